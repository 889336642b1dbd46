# slip: waits for one expected offer (1 / p)
ex17_applications = math.ceil(1 / 0.025)
