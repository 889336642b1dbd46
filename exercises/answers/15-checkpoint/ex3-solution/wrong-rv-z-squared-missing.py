# slip: forgets to square z in the correction terms
import math
n, p, z = 48, 41 / 48, 1.959964
den = 1 + z / n
c = (p + z / (2 * n)) / den
h = z * math.sqrt(p * (1 - p) / n + z / (4 * n * n)) / den
ex3_interval = (c - h, c + h)
