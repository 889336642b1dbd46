# style: exact Fraction then float
import math
from fractions import Fraction
b, c = 2, 9
n, m = b + c, min(b, c)
ex11_p = float(min(Fraction(1), 2 * Fraction(sum(math.comb(n, i) for i in range(m + 1)), 2**n)))
