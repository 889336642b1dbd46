# slip: uses 5 instead of 0.05 as the rate
ex15_npv = sum(4_000 / (1 + 5) ** t for t in range(1, 6)) - 9_000
