# slip: uses only the 9 items that changed (wrong denominator)
_d = np.array([1] * 7 + [-1] * 2, dtype=float)
_h = 1.96 * _d.std(ddof=1) / math.sqrt(len(_d))
ex13_interval = (_d.mean(), _d.mean() - _h, _d.mean() + _h)
