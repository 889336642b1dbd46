# slip: four years of raises
ex15_npv = sum(4_000 / 1.05**t for t in range(1, 5)) - 9_000
