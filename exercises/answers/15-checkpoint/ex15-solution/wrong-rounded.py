# slip: rounded to whole dollars
ex15_npv = round(sum(4_000 / 1.05**t for t in range(1, 6)) - 9_000)
