# style: float with a whole value
import math
from statistics import NormalDist
nd = NormalDist()
n = (nd.inv_cdf(0.975) + nd.inv_cdf(0.8)) ** 2 * (0.72 * (1 - 0.72) + 0.80 * (1 - 0.80)) / (0.80 - 0.72) ** 2
ex14_items = float(math.ceil(n))
