# style: explicit loop over the last twelve months, int-valued pieces
monthly_revenue = [8, 9, 10, 11, 12, 13, 15, 17, 19, 22, 25, 28, 32, 36]  # USD millions, oldest first
ttm = 0
for v in monthly_revenue[len(monthly_revenue) - 12:]:
    ttm += v
ex1_ratio = (monthly_revenue[len(monthly_revenue) - 1] * 12) / ttm
