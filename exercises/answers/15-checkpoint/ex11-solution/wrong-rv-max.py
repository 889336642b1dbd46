# slip: uses max(2, 9) as m
import math
ex11_p = min(1, 2 * sum(math.comb(11, i) for i in range(0, 10)) / 2**11)
