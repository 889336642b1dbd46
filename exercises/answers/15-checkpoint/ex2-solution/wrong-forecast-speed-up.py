# slip: believes the forecast speed-up
ex2_choice = "A"
