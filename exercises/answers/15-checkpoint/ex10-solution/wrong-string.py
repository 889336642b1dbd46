# slip: one string of letters instead of a collection
ex10_choices = "ACDFG"
