# slip: a one-sided test's quantile
_z = NormalDist().inv_cdf(0.95) + NormalDist().inv_cdf(0.8)
ex14_items = math.ceil(_z**2 * (0.72 * 0.28 + 0.80 * 0.20) / 0.08**2)
