# slip: rounded to tens of dollars
ex15_npv = round(sum(4000 / 1.05 ** t for t in range(1, 6)) - 9000, -1)
