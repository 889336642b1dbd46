# slip: the raw formula, not a whole number
_z = NormalDist().inv_cdf(0.975) + NormalDist().inv_cdf(0.8)
ex14_items = _z**2 * (0.8 * 0.2 + 0.85 * 0.15) / 0.05**2
