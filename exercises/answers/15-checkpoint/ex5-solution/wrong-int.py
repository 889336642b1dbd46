# slip: an int
ex5_choice = 2
