# style: the annuity formula, rounded to the cent
ex15_npv = round(4_000 * (1 - 1.05**-5) / 0.05 - (3_000 + 120 * 50), 2)
