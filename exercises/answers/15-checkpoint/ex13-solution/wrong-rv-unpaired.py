# slip: treats the runs as independent, using only the discordant counts as pass rates
import math
p1, p2 = 2 / 40, 7 / 40
se = math.sqrt(p1 * (1 - p1) / 40 + p2 * (1 - p2) / 40)
d = p2 - p1
ex13_interval = (d, d - 1.96 * se, d + 1.96 * se)
