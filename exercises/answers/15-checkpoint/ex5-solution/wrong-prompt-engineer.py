# slip: prompt engineer
ex5_choice = "d"
