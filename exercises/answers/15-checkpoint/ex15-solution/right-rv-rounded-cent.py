# style: closed-form annuity rounded to the cent
r = 0.05
ex15_npv = round(4000 * (1 - (1 + r) ** -5) / r - 3000 - 120 * 50, 2)
