# slip: n off by one (10 trials)
import math
ex11_p = min(1, 2 * sum(math.comb(10, i) for i in range(0, 3)) / 2**10)
