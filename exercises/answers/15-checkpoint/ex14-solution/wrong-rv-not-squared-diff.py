# slip: difference not squared
import math
from statistics import NormalDist
z = NormalDist().inv_cdf(0.975) + NormalDist().inv_cdf(0.8)
ex14_items = math.ceil(z * z * (0.72 * 0.28 + 0.80 * 0.20) / 0.08)
