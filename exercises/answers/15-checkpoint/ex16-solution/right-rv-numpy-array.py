# style: numpy array, v @ P three times
import numpy as np
transition = [[0.60, 0.35, 0.05],
              [0.00, 0.75, 0.25],
              [0.00, 0.10, 0.90]]
v = np.array([1.0, 0.0, 0.0])
for _ in range(3):
    v = v @ np.array(transition)
ex16_distribution = v
