# slip: picks D (lowercase, with spaces)
ex5_choice = " d "
