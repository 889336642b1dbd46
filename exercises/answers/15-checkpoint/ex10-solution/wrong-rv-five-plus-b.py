# slip: the five parts plus the star count
ex10_choices = ["A", "B", "C", "D", "F", "G"]
