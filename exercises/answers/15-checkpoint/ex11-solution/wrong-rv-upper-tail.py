# slip: upper tail P(X >= m)
import math
ex11_p = min(1, 2 * sum(math.comb(11, i) for i in range(2, 12)) / 2**11)
