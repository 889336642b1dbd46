# slip: a list holding one string of five letters
ex10_choices = ["ACDFG"]
