# slip: reads the tools, not the ownership
ex5_choice = "A"
