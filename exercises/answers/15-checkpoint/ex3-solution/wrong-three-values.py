# slip: center, low and high
ex3_interval = (0.85, 0.7295, 0.9282)
