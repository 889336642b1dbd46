# style: explicit loops, a seen-set for distinct ids, tuples as input
def recall_at_k(ranked, relevant, k):
    """Share of the relevant ids that appear among the first k ranked ids."""
    if type(ranked) not in (list, tuple) or not isinstance(relevant, (list, tuple, set)):
        raise TypeError("bad types")
    if isinstance(k, bool) or not isinstance(k, int):
        raise TypeError("k must be an int")
    if k < 1:
        raise ValueError("k must be at least 1")
    distinct = []
    for r in relevant:
        if r not in distinct:
            distinct.append(r)
    if len(distinct) == 0:
        raise ValueError("no relevant ids")
    hits = 0
    for r in distinct:
        if r in list(ranked)[:k]:
            hits += 1
    return float(hits) / float(len(distinct))


def mean_recall_at_k(results, qrels, k):
    """Average recall@k over queries: results maps query -> ranked ids, qrels query -> relevant ids."""
    if type(results) is not dict or type(qrels) is not dict:
        raise TypeError("dicts please")
    if len(qrels) == 0 or results.keys() != qrels.keys():
        raise ValueError("bad queries")
    total = 0.0
    for q in qrels:
        total += recall_at_k(results[q], qrels[q], k)
    return total / len(qrels)
