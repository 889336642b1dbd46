# slip: builds the ideal ranking from the retrieved documents only (wrong denominator)
def evaluate_run(run, qrels, k):
    """Mean recall@k, MRR@k and nDCG@k (linear gain) of a run against graded judgments.

    Ties in score are broken by doc id, ascending. Queries without a relevant judgment score 0.0
    and are left out of the means. Returns {"recall", "mrr", "ndcg", "per_query"}.
    """
    if not isinstance(run, dict) or not isinstance(qrels, dict):
        raise TypeError("run and qrels must be dicts keyed by query id")
    if isinstance(k, bool) or not isinstance(k, int):
        raise TypeError("k must be an int")
    if k < 1:
        raise ValueError("k must be at least 1")

    def dcg(grades):
        return sum(g / math.log2(rank + 1) for rank, g in enumerate(grades, start=1))

    per_query, evaluated = {}, []
    for qid, judgments in qrels.items():
        if not isinstance(judgments, dict):
            raise TypeError(f"the judgments of {qid!r} must be a dict {{doc_id: grade}}")
        for doc, grade in judgments.items():
            if isinstance(grade, bool) or not isinstance(grade, int):
                raise TypeError(f"grade of {doc!r} must be an int from 0 to 3")
            if not 0 <= grade <= 3:
                raise ValueError(f"grade of {doc!r} must be between 0 and 3")
        results = run.get(qid, [])
        if not isinstance(results, (list, tuple)):
            raise TypeError(f"the results of {qid!r} must be a list or tuple of pairs")
        pairs = []
        for pair in results:
            if not isinstance(pair, (list, tuple)):
                raise TypeError("each result must be a (doc_id, score) pair")
            if len(pair) != 2:
                raise ValueError("each result must have exactly two elements")
            doc, score = pair
            if not isinstance(doc, str):
                raise TypeError("doc ids must be strings")
            if isinstance(score, bool) or not isinstance(score, (int, float)):
                raise TypeError("scores must be numbers")
            if not math.isfinite(score):
                raise ValueError("scores must be finite")
            pairs.append((doc, score))
        if len({doc for doc, _ in pairs}) != len(pairs):
            raise ValueError(f"a doc id repeats in the results of {qid!r}")

        n_relevant = sum(1 for g in judgments.values() if g >= 1)
        if n_relevant == 0:
            per_query[qid] = {"recall": 0.0, "rr": 0.0, "ndcg": 0.0}
            continue
        kept = [doc for doc, _ in sorted(pairs, key=lambda p: (-p[1], p[0]))][:k]
        grades = [judgments.get(doc, 0) for doc in kept]
        recall = sum(1 for g in grades if g >= 1) / n_relevant
        rr = next((1.0 / rank for rank, g in enumerate(grades, start=1) if g >= 1), 0.0)
        ideal = sorted(grades, reverse=True)[:k]
        if not any(ideal):
            ideal = [1]
        ndcg = dcg(grades) / dcg(ideal)
        per_query[qid] = {"recall": float(recall), "rr": float(rr), "ndcg": float(ndcg)}
        evaluated.append(per_query[qid])

    if not evaluated:
        raise ValueError("no query in qrels has a relevant document: nothing to evaluate")
    means = {name: sum(m[name] for m in evaluated) / len(evaluated) for name in ("recall", "rr", "ndcg")}
    return {"recall": means["recall"], "mrr": means["rr"], "ndcg": means["ndcg"],
            "per_query": per_query}
