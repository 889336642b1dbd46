# slip: ignores the value of the hours
ex15_npv = sum(4_000 / 1.05**t for t in range(1, 6)) - 3_000
