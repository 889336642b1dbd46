# style: explicit loop with a seen-set, isinstance checks
def recall_at_k(ranked, relevant, k):
    """Share of the distinct relevant ids found among the first k entries of ranked (a float)."""
    if isinstance(k, bool) or not isinstance(k, int):
        raise TypeError("k must be an int")
    if not isinstance(ranked, (list, tuple)) or isinstance(ranked, str):
        raise TypeError("ranked must be a list or tuple")
    if not isinstance(relevant, (list, tuple, set, frozenset)):
        raise TypeError("relevant must be a list, tuple, set or frozenset")
    if k < 1:
        raise ValueError("k must be at least 1")
    wanted = []
    for r in relevant:
        if r not in wanted:
            wanted.append(r)
    if len(wanted) == 0:
        raise ValueError("relevant must not be empty")
    found = []
    for i, d in enumerate(ranked):
        if i >= k:
            break
        if d in wanted and d not in found:
            found.append(d)
    return len(found) / len(wanted)
