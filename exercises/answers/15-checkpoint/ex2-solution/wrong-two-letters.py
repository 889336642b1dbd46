# slip: hedges with two letters
ex2_choice = "CD"
