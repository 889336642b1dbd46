# slip: leaves out the value of the hours
ex15_npv = sum(4000 / 1.05 ** t for t in range(1, 6)) - 3000
