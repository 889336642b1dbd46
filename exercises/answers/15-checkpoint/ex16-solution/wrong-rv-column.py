# slip: reads the first column of P^3 instead of the first row
import numpy as np
transition = [[0.60, 0.35, 0.05],
              [0.00, 0.75, 0.25],
              [0.00, 0.10, 0.90]]
ex16_distribution = np.linalg.matrix_power(np.array(transition), 3)[:, 0]
