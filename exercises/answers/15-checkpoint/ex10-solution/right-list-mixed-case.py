# style: a list with lowercase, spaces and a repeat
ex10_choices = [" a", "c", "D ", "f", "G", "g"]
