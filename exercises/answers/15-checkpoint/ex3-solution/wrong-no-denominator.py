# slip: forgets to divide by 1 + z^2/n
_z = 1.96
_n, _p = 48, 41 / 48
_c = _p + _z**2 / (2 * _n)
_h = _z * math.sqrt(_p * (1 - _p) / _n + _z**2 / (4 * _n**2))
ex3_interval = (_c - _h, min(1.0, _c + _h))
