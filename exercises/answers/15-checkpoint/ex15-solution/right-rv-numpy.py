# style: numpy discount factors, numpy float
import numpy as np
t = np.arange(1, 6)
ex15_npv = np.sum(4000 / 1.05 ** t) - (3000 + 120 * 50)
