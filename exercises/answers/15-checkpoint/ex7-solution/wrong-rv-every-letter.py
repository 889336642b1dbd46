# slip: every letter, hoping one matches
ex7_choice = "ABCD"
