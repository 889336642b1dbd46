# slip: option numbers instead of letters
ex10_choices = {1, 3, 4, 6, 7}
