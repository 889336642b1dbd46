# slip: forgets the write-up of failures
ex10_choices = {"A", "C", "D", "F"}
