# slip: no difference
ex2_choice = "b"
