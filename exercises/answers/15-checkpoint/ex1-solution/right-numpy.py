# style: numpy arrays and a numpy scalar
monthly_revenue = [8, 9, 10, 11, 12, 13, 15, 17, 19, 22, 25, 28, 32, 36]  # USD millions, oldest first
_r = np.array(monthly_revenue, dtype=float)
ex1_ratio = _r[-1] * 12 / _r[-12:].sum()
