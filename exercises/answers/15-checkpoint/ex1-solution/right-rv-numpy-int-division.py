# style: numpy array slicing, numpy float result
import numpy as np
monthly_revenue = [8, 9, 10, 11, 12, 13, 15, 17, 19, 22, 25, 28, 32, 36]  # USD millions, oldest first
rev = np.array(monthly_revenue)
ex1_ratio = rev[-1] * 12 / rev[-12:].sum()
