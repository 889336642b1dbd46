# slip: 3 * P instead of P^3, normalized
import numpy as np
transition = [[0.60, 0.35, 0.05],
              [0.00, 0.75, 0.25],
              [0.00, 0.10, 0.90]]
row = 3 * np.array(transition)[0]
ex16_distribution = row / row.sum()
