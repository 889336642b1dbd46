# slip: the raw logarithm ratio, not a whole number
ex17_applications = math.log(0.5) / math.log(0.975)
