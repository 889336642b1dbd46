# slip: loop returns the count after one extra increment
n = 0
while 1 - 0.975 ** n < 0.5:
    n += 1
n += 1
ex17_applications = n
