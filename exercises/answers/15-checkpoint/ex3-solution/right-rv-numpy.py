# style: numpy, exact z, list of numpy floats
import numpy as np
from statistics import NormalDist
k, n = 41, 48
z = NormalDist().inv_cdf(0.975)
p = k / n
den = 1 + z**2 / n
c = (p + z**2 / (2 * n)) / den
h = z * np.sqrt(p * (1 - p) / n + z**2 / (4 * n**2)) / den
ex3_interval = list(np.array([c - h, c + h]))
