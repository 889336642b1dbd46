# slip: no discounting
ex15_npv = 5 * 4_000 - 9_000
