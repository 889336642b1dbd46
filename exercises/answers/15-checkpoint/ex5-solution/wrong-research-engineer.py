# slip: research engineer
ex5_choice = "B"
