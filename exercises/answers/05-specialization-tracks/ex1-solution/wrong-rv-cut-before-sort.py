# slip: keeps the first k pairs in arrival order and only then sorts them (greedy shortcut)
def evaluate_run(run, qrels, k):
    """Mean recall@k, MRR@k and nDCG@k (linear gain) of a run against graded judgments.

    Ties in score are broken by doc id, ascending. Queries without a relevant judgment score 0.0
    and are left out of the means. Returns {"recall", "mrr", "ndcg", "per_query"}.
    """
    import math
    if not isinstance(run, dict) or not isinstance(qrels, dict):
        raise TypeError("run and qrels must be dicts")
    if type(k) is not int:
        raise TypeError("k must be an int")
    if k < 1:
        raise ValueError("k must be at least 1")
    per_query = {}
    kept_ids = []
    for q, judg in qrels.items():
        if not isinstance(judg, dict):
            raise TypeError("judgments must be a dict")
        for d, g in judg.items():
            if not isinstance(d, str):
                raise TypeError("doc id must be a string")
            if type(g) is not int:
                raise TypeError("grade must be an int")
            if g < 0 or g > 3:
                raise ValueError("grade must be 0 to 3")
        results = run.get(q, [])
        if not isinstance(results, (list, tuple)):
            raise TypeError("results must be a list or tuple")
        pairs = []
        seen = set()
        for pair in results:
            if not isinstance(pair, (list, tuple)):
                raise TypeError("each result must be a pair")
            if len(pair) != 2:
                raise ValueError("each result must have two elements")
            d, s = pair
            if not isinstance(d, str):
                raise TypeError("doc id must be a string")
            if isinstance(s, bool) or not isinstance(s, (int, float)):
                raise TypeError("score must be a number")
            if not math.isfinite(s):
                raise ValueError("score must be finite")
            if d in seen:
                raise ValueError("duplicate doc id")
            seen.add(d)
            pairs.append((d, s))
        ranked = sorted(pairs[:k], key=lambda p: (-p[1], p[0]))
        kept = [d for d, _ in ranked][:k]
        n_rel = sum(1 for g in judg.values() if g >= 1)
        if n_rel == 0:
            per_query[q] = {"recall": 0.0, "rr": 0.0, "ndcg": 0.0}
            continue
        kept_ids.append(q)
        hits = sum(1 for d in kept if judg.get(d, 0) >= 1)
        rr = 0.0
        for i, d in enumerate(kept, start=1):
            if judg.get(d, 0) >= 1:
                rr = 1.0 / i
                break
        dcg = sum(judg.get(d, 0) / math.log2(i + 1) for i, d in enumerate(kept, start=1))
        ideal = sorted(judg.values(), reverse=True)[:k]
        idcg = sum(g / math.log2(i + 1) for i, g in enumerate(ideal, start=1))
        per_query[q] = {"recall": hits / n_rel, "rr": rr, "ndcg": dcg / idcg}
    if not kept_ids:
        raise ValueError("no query has a relevant document")
    n = len(kept_ids)
    return {
        "recall": sum(per_query[q]["recall"] for q in kept_ids) / n,
        "mrr": sum(per_query[q]["rr"] for q in kept_ids) / n,
        "ndcg": sum(per_query[q]["ndcg"] for q in kept_ids) / n,
        "per_query": per_query,
    }
