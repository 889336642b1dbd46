# slip: picks A (lowercase, with spaces)
ex2_choice = " a "
