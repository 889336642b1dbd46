# style: two stable sorts (doc id, then score descending), numpy for the discounts, tuple results accepted
import math

import numpy as np


def evaluate_run(run, qrels, k):
    """Mean recall@k, MRR@k and nDCG@k (linear gain) of a run against graded judgments.

    Ties in score are broken by doc id, ascending. Queries without a relevant judgment score 0.0
    and are left out of the means. Returns {"recall", "mrr", "ndcg", "per_query"}.
    """
    if type(run) is not dict or type(qrels) is not dict:
        raise TypeError("run and qrels must be dicts")
    if isinstance(k, bool) or not isinstance(k, int):
        raise TypeError("k must be an int")
    if k < 1:
        raise ValueError("k must be at least 1")
    per_query, used = {}, []
    for q in qrels:
        judg = qrels[q]
        if not isinstance(judg, dict):
            raise TypeError("judgments must be a dict")
        if any(not isinstance(d, str) for d in judg):
            raise TypeError("doc ids are strings")
        if any(isinstance(g, bool) or not isinstance(g, int) for g in judg.values()):
            raise TypeError("grades are ints")
        if any(not 0 <= g <= 3 for g in judg.values()):
            raise ValueError("grades are 0 to 3")
        res = run.get(q, ())
        if not isinstance(res, (list, tuple)):
            raise TypeError("a result list is a list or tuple")
        docs = []
        for p in res:
            if not isinstance(p, (tuple, list)):
                raise TypeError("pairs are tuples or lists")
            if len(p) != 2:
                raise ValueError("pairs have two elements")
            if not isinstance(p[0], str):
                raise TypeError("doc ids are strings")
            if isinstance(p[1], bool) or not isinstance(p[1], (int, float)):
                raise TypeError("scores are numbers")
            if not math.isfinite(p[1]):
                raise ValueError("scores are finite")
            docs.append((p[0], p[1]))
        if len({d for d, _ in docs}) != len(docs):
            raise ValueError("repeated doc id")
        docs.sort(key=lambda p: p[0])
        docs.sort(key=lambda p: p[1], reverse=True)
        top = docs[:k]
        gains = np.array([judg.get(d, 0) for d, _ in top], dtype=float)
        rel_total = int(np.sum(np.array(list(judg.values()), dtype=int) >= 1)) if judg else 0
        if rel_total == 0:
            per_query[q] = {"recall": 0.0, "rr": 0.0, "ndcg": 0.0}
            continue
        used.append(q)
        disc = 1.0 / np.log2(np.arange(2, len(top) + 2))
        ideal = np.sort(np.array(list(judg.values()), dtype=float))[::-1][:k]
        idisc = 1.0 / np.log2(np.arange(2, len(ideal) + 2))
        hits = np.flatnonzero(gains >= 1)
        per_query[q] = {
            "recall": float(len(hits) / rel_total),
            "rr": float(1.0 / (hits[0] + 1)) if len(hits) else 0.0,
            "ndcg": float(np.dot(gains, disc) / np.dot(ideal, idisc)),
        }
    if not used:
        raise ValueError("no query has a relevant document")
    return {
        "recall": float(np.mean([per_query[q]["recall"] for q in used])),
        "mrr": float(np.mean([per_query[q]["rr"] for q in used])),
        "ndcg": float(np.mean([per_query[q]["ndcg"] for q in used])),
        "per_query": per_query,
    }
