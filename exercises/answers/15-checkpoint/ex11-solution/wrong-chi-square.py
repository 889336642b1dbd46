# slip: the chi-square approximation without continuity correction
_chi2 = (9 - 2) ** 2 / (9 + 2)
ex11_p = math.erfc(math.sqrt(_chi2 / 2))
