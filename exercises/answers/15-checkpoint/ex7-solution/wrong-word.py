# slip: a word instead of a letter
ex7_choice = "initialize"
