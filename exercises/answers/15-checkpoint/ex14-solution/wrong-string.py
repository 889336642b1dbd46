# slip: a string
ex14_items = "444"
