# style: numpy arrays and two stable sorts for the ranking, validation first in one pass
def evaluate_run(run, qrels, k):
    """Mean recall@k, MRR@k and nDCG@k (linear gain) of a run against graded judgments.

    Ties in score are broken by doc id, ascending. Queries without a relevant judgment score 0.0
    and are left out of the means. Returns {"recall", "mrr", "ndcg", "per_query"}.
    """
    if type(run) is not dict or type(qrels) is not dict:
        raise TypeError("run and qrels must be dicts")
    if type(k) is not int:
        raise TypeError("k must be an int")
    if k < 1:
        raise ValueError("k must be >= 1")
    out = {}
    for qid in qrels:
        judg = qrels[qid]
        if not isinstance(judg, dict):
            raise TypeError("judgments must be dicts")
        if any(type(g) is not int for g in judg.values()):
            raise TypeError("grades must be ints")
        if any(g < 0 or g > 3 for g in judg.values()):
            raise ValueError("grades are 0..3")
        res = run.get(qid, ())
        if not isinstance(res, (list, tuple)):
            raise TypeError("results must be a list or tuple")
        if any(not isinstance(p, (list, tuple)) for p in res):
            raise TypeError("pairs must be tuples or lists")
        if any(len(p) != 2 for p in res):
            raise ValueError("pairs have two elements")
        docs = [p[0] for p in res]
        scores = [p[1] for p in res]
        if any(not isinstance(d, str) for d in docs):
            raise TypeError("doc ids are strings")
        if any(isinstance(s, bool) or not isinstance(s, (int, float)) for s in scores):
            raise TypeError("scores are numbers")
        if not np.all(np.isfinite(np.asarray(scores, dtype=float))):
            raise ValueError("scores must be finite")
        if len(set(docs)) < len(docs):
            raise ValueError("duplicate doc id")
        grades_all = np.array(sorted(judg.values(), reverse=True), dtype=float)
        n_rel = int(np.count_nonzero(grades_all >= 1))
        if n_rel == 0:
            out[qid] = {"recall": 0.0, "rr": 0.0, "ndcg": 0.0}
            continue
        order = sorted(range(len(docs)), key=lambda i: docs[i])           # by id first...
        order = sorted(order, key=lambda i: -scores[i])                    # ...then stable by score
        top = np.array([judg.get(docs[i], 0) for i in order[:k]], dtype=float)
        disc = 1.0 / np.log2(np.arange(2, top.size + 2))
        hits = np.flatnonzero(top >= 1)
        ideal = grades_all[:k]
        idisc = 1.0 / np.log2(np.arange(2, ideal.size + 2))
        out[qid] = {"recall": float(hits.size / n_rel),
                    "rr": float(1.0 / (hits[0] + 1)) if hits.size else 0.0,
                    "ndcg": float(np.dot(top, disc) / np.dot(ideal, idisc))}
    keep = [q for q in out if any(g >= 1 for g in qrels[q].values())]
    if not keep:
        raise ValueError("no query with a relevant document")
    mean = lambda name: float(np.mean([out[q][name] for q in keep]))
    return {"recall": mean("recall"), "mrr": mean("rr"), "ndcg": mean("ndcg"), "per_query": out}
