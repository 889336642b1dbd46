# slip: pairs queries by position instead of by name
def recall_at_k(ranked, relevant, k):
    """Share of the relevant ids that appear among the first k ranked ids."""
    if not isinstance(ranked, (list, tuple)) or not isinstance(relevant, (list, tuple, set, frozenset)):
        raise TypeError("ranked must be a list and relevant a list or set")
    if isinstance(k, bool) or not isinstance(k, int):
        raise TypeError("k must be an int")
    if k < 1:
        raise ValueError(f"k must be at least 1, not {k}")
    rel = set(relevant)  # duplicates in relevant count once
    if not rel:
        raise ValueError("relevant is empty: recall is undefined")
    return len(rel & set(ranked[:k])) / len(rel)


def mean_recall_at_k(results, qrels, k):
    """Average recall@k over queries: results maps query -> ranked ids, qrels query -> relevant ids."""
    if not isinstance(results, dict) or not isinstance(qrels, dict):
        raise TypeError("results and qrels must be dicts keyed by query")
    if not qrels:
        raise ValueError("qrels is empty")
    if set(results) != set(qrels):
        raise ValueError("results and qrels must have the same queries")
    return sum(recall_at_k(r, g, k) for r, g in zip(results.values(), qrels.values())) / len(qrels)
