# slip: a bool
ex17_applications = True
