# slip: sorts the caller's list in place first
def recall_at_k(ranked, relevant, k):
    """Share of the distinct relevant ids found among the first k entries of ranked (a float)."""
    if type(k) is not int:
        raise TypeError("k must be an int")
    if type(ranked) not in (list, tuple) or type(relevant) not in (list, tuple, set, frozenset):
        raise TypeError("bad container")
    if k < 1:
        raise ValueError("k >= 1")
    rel = set(relevant)
    if not rel:
        raise ValueError("relevant is empty")
    if type(ranked) is list:
        ranked.sort(key=lambda d: d not in rel)
    return len(rel & set(ranked[:k])) / len(rel)
