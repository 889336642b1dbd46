# slip: the continuity-corrected chi-square approximation
_chi2 = (abs(9 - 2) - 1) ** 2 / (9 + 2)
ex11_p = math.erfc(math.sqrt(_chi2 / 2))
