# slip: the normal (Wald) interval instead of Wilson
_p = 41 / 48
_h = 1.96 * math.sqrt(_p * (1 - _p) / 48)
ex3_interval = (_p - _h, _p + _h)
