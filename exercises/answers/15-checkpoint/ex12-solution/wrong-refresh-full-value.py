# slip: counts the whole refresh grant in year 3
_base = [170_000 * 1.04 ** (year - 1) for year in (1, 2, 3, 4)]
_eq = [80_000, 80_000, 120_000, 80_000]
ex12_tc = [b * 1.1 + s + e for b, s, e in zip(_base, [25_000, 10_000, 0, 0], _eq)]
