# slip: the framework instead of the deployed link
ex10_choices = ("A", "C", "D", "E", "G")
