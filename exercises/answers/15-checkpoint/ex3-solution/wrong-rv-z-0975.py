# slip: uses inv_cdf(0.95), a 90% interval
import math
from statistics import NormalDist
n, p = 48, 41 / 48
z = NormalDist().inv_cdf(0.95)
den = 1 + z * z / n
c = (p + z * z / (2 * n)) / den
h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
ex3_interval = [c - h, c + h]
