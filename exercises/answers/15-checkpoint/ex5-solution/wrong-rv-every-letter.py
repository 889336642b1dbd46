# slip: every letter, hoping one matches
ex5_choice = "ABCD"
