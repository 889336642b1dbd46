# slip: TTM divided by run-rate, the ratio upside down
monthly_revenue = [8, 9, 10, 11, 12, 13, 15, 17, 19, 22, 25, 28, 32, 36]  # USD millions, oldest first
ex1_ratio = sum(monthly_revenue[-12:]) / (monthly_revenue[-1] * 12)
