# slip: picks D (lowercase, with spaces)
ex7_choice = " d "
