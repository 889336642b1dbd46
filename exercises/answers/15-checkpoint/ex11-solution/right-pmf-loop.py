# style: binomial pmf summed in a loop, float powers
_tail = 0.0
for _i in range(0, 3):
    _tail += math.comb(11, _i) * 0.5**_i * 0.5 ** (11 - _i)
ex11_p = min(1.0, 2 * _tail)
