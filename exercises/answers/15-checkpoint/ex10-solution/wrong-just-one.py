# slip: picks a single part
ex10_choices = ["A"]
