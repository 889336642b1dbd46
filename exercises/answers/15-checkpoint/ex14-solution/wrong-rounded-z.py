# slip: z = 1.96 and 0.84, which the prompt rules out
ex14_items = math.ceil((1.96 + 0.84) ** 2 * (0.72 * 0.28 + 0.80 * 0.20) / 0.08**2)
