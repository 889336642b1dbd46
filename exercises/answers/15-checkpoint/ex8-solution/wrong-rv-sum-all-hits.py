# slip: sums the reciprocal ranks of every relevant hit in the top 5
results = {
    "q1": (["d3", "d1", "d7", "d2", "d9", "d8", "d6"], {"d8"}),
    "q2": (["d4", "d8", "d2", "d5", "d6"], {"d2", "d5"}),
    "q3": (["d1", "d6", "d8", "d9", "d7", "d4", "d2"], {"d7", "d2"}),
    "q4": (["d5", "d2", "d4", "d1", "d3"], {"d2", "d3"}),
}
def rr(ranked, rel, k=5):
    return sum(1 / i for i, d in enumerate(ranked[:k], start=1) if d in rel)
ex8_mrr = sum(rr(*v) for v in results.values()) / len(results)
