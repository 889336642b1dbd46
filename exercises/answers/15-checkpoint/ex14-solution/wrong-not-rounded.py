# slip: the raw formula, not a whole number
_z = NormalDist().inv_cdf(0.975) + NormalDist().inv_cdf(0.8)
ex14_items = _z**2 * (0.72 * 0.28 + 0.80 * 0.20) / 0.08**2
