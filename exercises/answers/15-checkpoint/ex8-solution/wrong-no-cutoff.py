# slip: counts the hit at rank 7, past the cut-off
results = {
    "q1": (["d3", "d1", "d7", "d2", "d9", "d8", "d6"], {"d8"}),
    "q2": (["d4", "d8", "d2", "d5", "d6"], {"d2", "d5"}),
    "q3": (["d1", "d6", "d8", "d9", "d7", "d4", "d2"], {"d7", "d2"}),
    "q4": (["d5", "d2", "d4", "d1", "d3"], {"d2", "d3"}),
}
_rr = []
for _r, _rel in results.values():
    _h = [i for i, d in enumerate(_r, start=1) if d in _rel]
    _rr.append(1 / _h[0] if _h else 0.0)
ex8_mrr = sum(_rr) / len(_rr)
