# slip: ignores the stated 1.96 and uses the exact quantile
import math
from statistics import NormalDist, mean, stdev
d = [1] * 7 + [-1] * 2 + [0] * 31
m = mean(d)
h = NormalDist().inv_cdf(0.975) * stdev(d) / math.sqrt(40)
ex13_interval = (m, m - h, m + h)
