# slip: server/discover made mandatory
ex7_choice = "C"
