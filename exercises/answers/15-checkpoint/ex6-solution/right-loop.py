# style: an explicit loop over the top k with a seen set
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
    wanted = set(relevant)
    seen = set()
    for position, doc in enumerate(ranked):
        if position >= k:
            break
        if doc in wanted:
            seen.add(doc)
    return len(seen) / len(wanted)
