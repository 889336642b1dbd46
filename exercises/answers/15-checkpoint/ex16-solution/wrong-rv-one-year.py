# slip: one year only
transition = [[0.60, 0.35, 0.05],
              [0.00, 0.75, 0.25],
              [0.00, 0.10, 0.90]]
ex16_distribution = list(transition[0])
