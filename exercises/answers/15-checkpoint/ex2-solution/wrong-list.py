# slip: the right letter inside a list
ex2_choice = ["D"]
