# slip: no input validation; bools and floats pass as counts, lengths are not checked
def p_at_least_one(rates, counts):
    """P(at least one offer) from counts[i] independent applications at rate rates[i]."""
    all_fail = 1.0
    for p, n in zip(rates, counts):
        all_fail *= (1.0 - p) ** n
    return 1.0 - all_fail
