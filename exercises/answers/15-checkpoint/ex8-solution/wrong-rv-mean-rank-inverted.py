# slip: reciprocal of the mean rank
results = {
    "q1": (["d3", "d1", "d7", "d2", "d9", "d8", "d6"], {"d8"}),
    "q2": (["d4", "d8", "d2", "d5", "d6"], {"d2", "d5"}),
    "q3": (["d1", "d6", "d8", "d9", "d7", "d4", "d2"], {"d7", "d2"}),
    "q4": (["d5", "d2", "d4", "d1", "d3"], {"d2", "d3"}),
}
ranks = []
for ranked, rel in results.values():
    for i, d in enumerate(ranked[:5], start=1):
        if d in rel:
            ranks.append(i)
            break
ex8_mrr = 1 / (sum(ranks) / len(ranks))
