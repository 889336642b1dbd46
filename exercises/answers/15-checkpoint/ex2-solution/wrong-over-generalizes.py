# slip: over-generalizes the result
ex2_choice = " C "
