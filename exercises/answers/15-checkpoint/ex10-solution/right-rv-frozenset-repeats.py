# style: frozenset built from a messy list with repeats and whitespace
ex10_choices = frozenset([" a", "C\n", "d", "F", "g\t", "A"])
