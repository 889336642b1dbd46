# slip: multiplies by 1.05 ** t (compounds instead of discounting)
ex15_npv = sum(4000 * 1.05 ** t for t in range(1, 6)) - 3000 - 120 * 50
