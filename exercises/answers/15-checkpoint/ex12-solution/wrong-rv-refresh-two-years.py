# slip: refresh vests over two years
tc = []
for y in range(1, 5):
    base = 170_000 * 1.04 ** (y - 1)
    sign = {1: 25_000, 2: 10_000}.get(y, 0)
    refresh = 20_000 if y >= 3 else 0
    tc.append(base * 1.1 + sign + 80_000 + refresh)
ex12_tc = tc
