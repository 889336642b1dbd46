# slip: divides by 1 + 0.05 t (simple interest)
ex15_npv = sum(4000 / (1 + 0.05 * t) for t in range(1, 6)) - 3000 - 120 * 50
