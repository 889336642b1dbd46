# slip: Wald (normal approximation) interval
import math
p = 41 / 48
z = 1.959964
h = z * math.sqrt(p * (1 - p) / 48)
ex3_interval = (p - h, p + h)
