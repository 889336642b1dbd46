# slip: divides by sqrt(n - 1)
import math
from statistics import mean, stdev
d = [1] * 7 + [-1] * 2 + [0] * 31
m = mean(d)
h = 1.96 * stdev(d) / math.sqrt(39)
ex13_interval = (m, m - h, m + h)
