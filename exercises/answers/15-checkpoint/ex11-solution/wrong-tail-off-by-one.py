# slip: P(X < m) instead of P(X <= m)
ex11_p = min(1.0, 2 * sum(math.comb(11, i) for i in range(2)) / 2**11)
