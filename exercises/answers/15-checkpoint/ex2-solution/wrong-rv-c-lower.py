# slip: picks C (lowercase, with spaces)
ex2_choice = " c "
