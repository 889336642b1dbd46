# slip: a string
ex17_applications = "28"
