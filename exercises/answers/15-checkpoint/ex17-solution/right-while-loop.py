# style: a while loop in floats, a numpy int
_n = 0
while not 1 - (1 - 0.025) ** _n >= 0.5:
    _n += 1
ex17_applications = np.int64(_n)
