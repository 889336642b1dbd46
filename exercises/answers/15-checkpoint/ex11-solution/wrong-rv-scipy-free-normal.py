# slip: normal approximation without continuity correction
from statistics import NormalDist
import math
z = (9 - 2) / math.sqrt(11)
ex11_p = 2 * (1 - NormalDist().cdf(z))
