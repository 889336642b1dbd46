# style: from the counts, no list of differences
import math
n, up, down = 40, 7, 2
m = (up - down) / n
ss = up * (1 - m) ** 2 + down * (-1 - m) ** 2 + (n - up - down) * m ** 2
h = 1.96 * math.sqrt(ss / (n - 1)) / math.sqrt(n)
ex13_interval = (m, m - h, m + h)
