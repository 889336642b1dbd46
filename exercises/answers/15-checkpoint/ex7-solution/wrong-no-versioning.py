# slip: no versioning at all
ex7_choice = "d"
