# slip: only three years
_base = [170_000 * 1.04 ** (year - 1) for year in (1, 2, 3)]
ex12_tc = [b * 1.1 + s + e for b, s, e in zip(_base, [25_000, 10_000, 0], [80_000, 80_000, 90_000])]
