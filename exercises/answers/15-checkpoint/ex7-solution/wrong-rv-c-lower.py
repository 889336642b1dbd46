# slip: picks C (lowercase, with spaces)
ex7_choice = " c "
