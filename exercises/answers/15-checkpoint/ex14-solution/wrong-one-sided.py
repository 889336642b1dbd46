# slip: a one-sided test's quantile
_z = NormalDist().inv_cdf(0.95) + NormalDist().inv_cdf(0.8)
ex14_items = math.ceil(_z**2 * (0.8 * 0.2 + 0.85 * 0.15) / 0.05**2)
