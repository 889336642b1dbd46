# slip: TTM from the first (oldest) twelve months
monthly_revenue = [8, 9, 10, 11, 12, 13, 15, 17, 19, 22, 25, 28, 32, 36]  # USD millions, oldest first
ex1_ratio = monthly_revenue[-1] * 12 / sum(monthly_revenue[:12])
