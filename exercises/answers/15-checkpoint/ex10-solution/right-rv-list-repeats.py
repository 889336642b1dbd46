# style: list with repeated letters, reverse order
ex10_choices = ["G", "F", "D", "C", "A", "G"]
