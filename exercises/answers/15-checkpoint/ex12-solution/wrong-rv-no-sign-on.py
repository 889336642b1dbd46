# slip: leaves out the sign-on bonuses
ex12_tc = [170_000 * 1.04 ** (y - 1) * 1.1 + 80_000 + (10_000 if y >= 3 else 0) for y in range(1, 5)]
