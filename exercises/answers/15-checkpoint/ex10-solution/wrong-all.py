# slip: every letter
ex10_choices = set("ABCDEFGH")
