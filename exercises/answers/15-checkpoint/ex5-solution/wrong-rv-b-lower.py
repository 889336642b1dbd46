# slip: picks B (lowercase, with spaces)
ex5_choice = " b "
