# slip: bonus 10% of base applied as base * 0.1 only in year 1
tc = []
for y in range(1, 5):
    base = 170_000 * 1.04 ** (y - 1)
    bonus = 17_000 if y == 1 else 0
    sign = {1: 25_000, 2: 10_000}.get(y, 0)
    refresh = 10_000 if y >= 3 else 0
    tc.append(base + bonus + sign + 80_000 + refresh)
ex12_tc = tc
