# slip: a tuple holding the letter
ex7_choice = ("A",)
