# slip: standard deviation not divided by sqrt(n)
from statistics import mean, stdev
d = [1] * 7 + [-1] * 2 + [0] * 31
m = mean(d)
h = 1.96 * stdev(d)
ex13_interval = (m, m - h, m + h)
