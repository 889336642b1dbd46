# slip: z = 1.96 and 0.84, which the prompt rules out
ex14_items = math.ceil((1.96 + 0.84) ** 2 * (0.8 * 0.2 + 0.85 * 0.15) / 0.05**2)
