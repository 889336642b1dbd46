# slip: the one-sided tail only
ex11_p = sum(math.comb(11, i) for i in range(3)) / 2**11
