# slip: one string of letters where a collection is asked
ex10_choices = "ACDFG"
