# slip: every letter, hoping one matches
ex2_choice = "ABCD"
