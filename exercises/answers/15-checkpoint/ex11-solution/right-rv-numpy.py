# style: numpy cumulative pmf
import numpy as np
import math
pmf = np.array([math.comb(11, i) for i in range(12)]) / 2.0**11
ex11_p = min(1.0, 2 * pmf[:3].sum())
