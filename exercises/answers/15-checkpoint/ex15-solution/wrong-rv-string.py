# slip: formatted string
ex15_npv = f"${sum(4000 / 1.05 ** t for t in range(1, 6)) - 9000:,.2f}"
