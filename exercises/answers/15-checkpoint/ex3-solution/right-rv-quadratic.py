# style: roots of the Wilson quadratic in p
import math
k, n, z = 41, 48, 1.96
a = n + z * z
b = -(2 * k + z * z)
c = k * k / n
d = math.sqrt(b * b - 4 * a * c)
ex3_interval = ((-b - d) / (2 * a), (-b + d) / (2 * a))
