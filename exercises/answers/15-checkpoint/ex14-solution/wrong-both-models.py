# slip: items for both models together
_z = NormalDist().inv_cdf(0.975) + NormalDist().inv_cdf(0.8)
ex14_items = 2 * math.ceil(_z**2 * (0.8 * 0.2 + 0.85 * 0.15) / 0.05**2)
