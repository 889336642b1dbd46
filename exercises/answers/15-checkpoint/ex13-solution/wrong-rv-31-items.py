# slip: n = 31 unchanged items only... uses n = 9 + 31 - 9
import math
from statistics import mean, stdev
d = [1] * 7 + [-1] * 2 + [0] * 22
m = mean(d)
h = 1.96 * stdev(d) / math.sqrt(len(d))
ex13_interval = (m, m - h, m + h)
