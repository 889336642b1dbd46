# slip: repeats the year-1 sign-on every year
_base = [170_000 * 1.04 ** (year - 1) for year in (1, 2, 3, 4)]
_eq = [80_000, 80_000, 90_000, 90_000]
ex12_tc = [b * 1.1 + 25_000 + e for b, e in zip(_base, _eq)]
