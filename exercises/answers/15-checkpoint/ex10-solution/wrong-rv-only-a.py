# slip: a single letter in a set
ex10_choices = {"A"}
