# style: a tuple in another order
ex10_choices = ("G", "F", "D", "C", "A")
