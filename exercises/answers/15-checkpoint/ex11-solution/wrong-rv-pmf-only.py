# slip: twice the point probability P(X = m)
import math
ex11_p = 2 * math.comb(11, 2) / 2**11
