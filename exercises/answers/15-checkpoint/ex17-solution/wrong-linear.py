# slip: adds probabilities linearly (0.5 / p)
ex17_applications = math.ceil(0.5 / 0.025)
