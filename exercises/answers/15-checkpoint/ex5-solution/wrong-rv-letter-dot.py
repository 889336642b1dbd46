# slip: letter with a period
ex5_choice = "C."
