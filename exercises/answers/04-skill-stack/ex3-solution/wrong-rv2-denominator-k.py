# slip: divides by k (precision@k) instead of the number of relevant ids
def recall_at_k(ranked, relevant, k):
    """Share of the relevant ids that appear among the first k ranked ids."""
    if not isinstance(ranked, (list, tuple)):
        raise TypeError("ranked must be a list or tuple")
    if not isinstance(relevant, (list, tuple, set)):
        raise TypeError("relevant must be a list, tuple or set")
    if type(k) is not int:
        raise TypeError("k must be an int")
    if k < 1:
        raise ValueError("k must be at least 1")
    rel = set(relevant)
    if not rel:
        raise ValueError("no relevant ids")
    found = rel & set(ranked[:k])
    return len(found) / k


def mean_recall_at_k(results, qrels, k):
    """Average recall@k over queries: results maps query -> ranked ids, qrels query -> relevant ids."""
    if not isinstance(results, dict) or not isinstance(qrels, dict):
        raise TypeError("results and qrels must be dicts")
    if not qrels:
        raise ValueError("no queries")
    if set(results) != set(qrels):
        raise ValueError("different queries")
    return sum(recall_at_k(results[q], qrels[q], k) for q in qrels) / len(qrels)
