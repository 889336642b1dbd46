# slip: a list where a string is asked
ex2_choice = ["D"]
