# slip: a dict of letter -> True
ex10_choices = {"A": True, "C": True, "D": True, "F": True, "G": True}
