# slip: 1.0 if any relevant id is found, else 0.0
def recall_at_k(ranked, relevant, k):
    """Share of the distinct relevant ids found among the first k entries of ranked (a float)."""
    if isinstance(k, bool) or not isinstance(k, int):
        raise TypeError("k must be an int")
    if not isinstance(ranked, (list, tuple)):
        raise TypeError("ranked must be a list or tuple")
    if not isinstance(relevant, (list, tuple, set, frozenset)):
        raise TypeError("relevant must be a list, tuple or set")
    if k < 1:
        raise ValueError("k must be at least 1")
    if not relevant:
        raise ValueError("relevant is empty")
    return 1.0 if set(relevant) & set(ranked[:k]) else 0.0
