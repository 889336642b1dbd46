# slip: Wald interval clipped to [0, 1]
import math
p = 41 / 48
h = 1.96 * math.sqrt(p * (1 - p) / 48)
ex3_interval = (max(0.0, p - h), min(1.0, p + h))
