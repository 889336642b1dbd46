# style: numpy's ceil, a float with a whole value
_z = NormalDist().inv_cdf(0.975) + NormalDist().inv_cdf(0.8)
ex14_items = np.ceil(_z**2 * (0.72 * 0.28 + 0.80 * 0.20) / (0.80 - 0.72) ** 2)
