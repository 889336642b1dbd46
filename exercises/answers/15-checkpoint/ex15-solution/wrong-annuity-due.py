# slip: discounts from year 0 (raises at the start of each year)
ex15_npv = sum(4_000 / 1.05**t for t in range(0, 5)) - 9_000
