# slip: interval for the failure rate 7/48
import math
n, p, z = 48, 7 / 48, 1.959964
den = 1 + z * z / n
c = (p + z * z / (2 * n)) / den
h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
ex3_interval = (c - h, c + h)
