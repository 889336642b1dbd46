# slip: letter with a period
ex2_choice = "D."
