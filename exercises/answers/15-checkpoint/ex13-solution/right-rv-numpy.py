# style: numpy ddof=1, numpy floats in a list
import numpy as np
d = np.array([1] * 7 + [-1] * 2 + [0] * 31, dtype=float)
m = d.mean()
h = 1.96 * d.std(ddof=1) / np.sqrt(d.size)
ex13_interval = [m, m - h, m + h]
