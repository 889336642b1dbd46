# slip: ignores the regressions
import math
from statistics import mean, stdev
d = [1] * 7 + [0] * 33
m = mean(d)
h = 1.96 * stdev(d) / math.sqrt(40)
ex13_interval = (m, m - h, m + h)
