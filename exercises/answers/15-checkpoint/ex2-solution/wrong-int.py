# slip: the position of the letter as an int
ex2_choice = 2
