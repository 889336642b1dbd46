# slip: pooled variance 2 p(1-p) at the average rate
import math
from statistics import NormalDist
z = NormalDist().inv_cdf(0.975) + NormalDist().inv_cdf(0.8)
p = 0.76
ex14_items = math.ceil(z * z * 2 * p * (1 - p) / 0.08 ** 2)
