# slip: picks B (lowercase, with spaces)
ex7_choice = " b "
