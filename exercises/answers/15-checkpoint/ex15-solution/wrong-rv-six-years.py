# slip: range(0, 6), counts a raise now and five more
ex15_npv = sum(4000 / 1.05 ** t for t in range(0, 6)) - 3000 - 120 * 50
