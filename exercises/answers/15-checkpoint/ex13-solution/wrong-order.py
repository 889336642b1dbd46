# slip: low, diff, high
_d = np.array([1] * 7 + [-1] * 2 + [0] * 31, dtype=float)
_h = 1.96 * _d.std(ddof=1) / math.sqrt(40)
ex13_interval = (_d.mean() - _h, _d.mean(), _d.mean() + _h)
