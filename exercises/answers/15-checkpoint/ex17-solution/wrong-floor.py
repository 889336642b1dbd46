# slip: rounds down, one application short
ex17_applications = math.floor(math.log(0.5) / math.log(0.975))
