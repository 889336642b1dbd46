# style: closed form from the counts, a list
_n, _up, _down = 40, 7, 2
_mean = (_up - _down) / _n
_var = (_up + _down - _n * _mean**2) / (_n - 1)
_h = 1.96 * math.sqrt(_var / _n)
ex13_interval = [_mean, _mean - _h, _mean + _h]
