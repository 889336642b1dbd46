# slip: picks B (lowercase, with spaces)
ex2_choice = " b "
