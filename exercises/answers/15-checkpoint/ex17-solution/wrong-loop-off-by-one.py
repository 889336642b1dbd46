# slip: counts one more application after reaching the target
_n = 0
while 1 - 0.975**_n < 0.5:
    _n += 1
ex17_applications = _n + 1
