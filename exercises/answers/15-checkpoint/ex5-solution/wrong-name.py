# slip: the role's name instead of its letter
ex5_choice = "ML engineer"
