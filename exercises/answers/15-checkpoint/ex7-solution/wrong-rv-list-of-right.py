# slip: a list where a string is asked
ex7_choice = ["A"]
