# slip: leaves out the power term
_z = NormalDist().inv_cdf(0.975)
ex14_items = math.ceil(_z**2 * (0.8 * 0.2 + 0.85 * 0.15) / 0.05**2)
