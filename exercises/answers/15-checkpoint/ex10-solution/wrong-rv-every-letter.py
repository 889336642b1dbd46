# slip: every letter
ex10_choices = list("ABCDEFGH")
