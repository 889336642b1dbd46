# slip: uses only the base rate's variance, twice
import math
from statistics import NormalDist
z = NormalDist().inv_cdf(0.975) + NormalDist().inv_cdf(0.8)
ex14_items = math.ceil(z * z * 2 * 0.72 * 0.28 / 0.08 ** 2)
