# slip: uses the point probability P(X = m) only
ex11_p = 2 * math.comb(11, 2) / 2**11
