# style: set comprehensions and statistics.fmean
import statistics


def recall_at_k(ranked, relevant, k):
    """Share of the relevant ids that appear among the first k ranked ids."""
    if not isinstance(ranked, (list, tuple)):
        raise TypeError("ranked must be a list or tuple")
    if not isinstance(relevant, (list, tuple, set, frozenset)):
        raise TypeError("relevant must be a list, tuple or set")
    if type(k) is not int:
        raise TypeError("k must be an int")
    if k < 1:
        raise ValueError("k must be at least 1")
    wanted = {r for r in relevant}
    if len(wanted) == 0:
        raise ValueError("no relevant ids")
    found = {d for d in ranked[:k] if d in wanted}
    return float(len(found) / len(wanted))


def mean_recall_at_k(results, qrels, k):
    """Average recall@k over queries: results maps query -> ranked ids, qrels query -> relevant ids."""
    if type(results) is not dict or type(qrels) is not dict:
        raise TypeError("results and qrels must be dicts")
    if len(qrels) == 0 or results.keys() != qrels.keys():
        raise ValueError("need the same, non-empty set of queries")
    return float(statistics.fmean(recall_at_k(results[q], qrels[q], k) for q in sorted(qrels)))
