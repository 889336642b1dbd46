# slip: month 12 releases one month only
tc = []
for y in range(1, 5):
    base = 170_000 * 1.04 ** (y - 1)
    sign = {1: 25_000, 2: 10_000}.get(y, 0)
    equity = 320_000 / 48 * (1 if y == 1 else 12)
    refresh = 10_000 if y >= 3 else 0
    tc.append(base * 1.1 + sign + equity + refresh)
ex12_tc = tc
