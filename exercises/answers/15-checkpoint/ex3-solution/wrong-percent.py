# slip: percentages instead of fractions
ex3_interval = (72.95, 92.82)
