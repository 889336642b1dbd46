# slip: letter with a period
ex7_choice = "A."
