# slip: computes the right share but never raises
def recall_at_k(ranked, relevant, k):
    """Share of the distinct relevant ids found among the first k entries of ranked (a float)."""
    wanted = set(relevant)
    if not wanted or k < 1:
        return 0.0
    return len(wanted & set(ranked[:k])) / len(wanted)
