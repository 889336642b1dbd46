# slip: picks A (lowercase, with spaces)
ex5_choice = " a "
