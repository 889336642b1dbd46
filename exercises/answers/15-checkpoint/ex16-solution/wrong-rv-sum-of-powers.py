# slip: averages the distributions of years 1 to 3
import numpy as np
transition = [[0.60, 0.35, 0.05],
              [0.00, 0.75, 0.25],
              [0.00, 0.10, 0.90]]
P = np.array(transition)
v = np.array([1.0, 0.0, 0.0])
acc = np.zeros(3)
for _ in range(3):
    v = v @ P
    acc += v
ex16_distribution = acc / 3
