# slip: discounts the cost as if paid at the end of year 1
ex15_npv = sum(4000 / 1.05 ** t for t in range(1, 6)) - (3000 + 120 * 50) / 1.05
