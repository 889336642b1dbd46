# style: numpy isin and unique, returns numpy float64
import numpy as np
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
    top = np.unique(np.array(list(ranked[:k]), dtype=object)) if ranked else np.array([], dtype=object)
    found = sum(1 for r in rel if any(r == t for t in top))
    return np.float64(found) / np.float64(len(rel))
