# style: exact fraction by hand, then float
monthly_revenue = [8, 9, 10, 11, 12, 13, 15, 17, 19, 22, 25, 28, 32, 36]  # USD millions, oldest first
from fractions import Fraction
ex1_ratio = float(Fraction(monthly_revenue[-1] * 12, sum(monthly_revenue[2:])))
