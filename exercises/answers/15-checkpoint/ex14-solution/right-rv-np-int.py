# style: numpy ceil cast to numpy int64
import numpy as np
from statistics import NormalDist
nd = NormalDist()
n = (nd.inv_cdf(0.975) + nd.inv_cdf(0.8)) ** 2 * (0.2016 + 0.16) / 0.0064
ex14_items = np.int64(np.ceil(n))
