# style: z = 1.96, a list
_z = 1.96
_n, _p = 48, 41 / 48
_d = 1 + _z * _z / _n
_c = (_p + _z * _z / (2 * _n)) / _d
_h = _z / _d * math.sqrt(_p * (1 - _p) / _n + _z * _z / (4 * _n * _n))
ex3_interval = [_c - _h, _c + _h]
