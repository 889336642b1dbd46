# slip: a list where a string is asked
ex5_choice = ["C"]
