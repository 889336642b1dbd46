# style: month-by-month vesting summed per year, a tuple
_months = [0.0] * 48
_months[11] = 320_000 / 4
for _m in range(12, 48):
    _months[_m] += 320_000 / 48
for _m in range(24, 48):
    _months[_m] += 40_000 / 48
_tc = []
for _y in range(4):
    _b = 170_000 * 1.04**_y
    _tc.append(_b + 0.1 * _b + (25_000, 10_000, 0, 0)[_y] + sum(_months[12 * _y:12 * _y + 12]))
ex12_tc = tuple(_tc)
