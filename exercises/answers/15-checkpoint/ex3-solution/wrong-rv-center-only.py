# slip: Wilson half-width around p-hat instead of the Wilson center
import math
n, p, z = 48, 41 / 48, 1.959964
den = 1 + z * z / n
h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
ex3_interval = (p - h, p + h)
