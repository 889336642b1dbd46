# slip: rounded to three decimals
import math
ex11_p = round(2 * sum(math.comb(11, i) for i in range(3)) / 2**11, 3)
