# style: exact fractions, converted to float at the end
from fractions import Fraction
results = {
    "q1": (["d3", "d1", "d7", "d2", "d9", "d8", "d6"], {"d8"}),
    "q2": (["d4", "d8", "d2", "d5", "d6"], {"d2", "d5"}),
    "q3": (["d1", "d6", "d8", "d9", "d7", "d4", "d2"], {"d7", "d2"}),
    "q4": (["d5", "d2", "d4", "d1", "d3"], {"d2", "d3"}),
}
total = Fraction(0)
for ranked, rel in results.values():
    hits = [i for i, d in enumerate(ranked, start=1) if d in rel and i <= 5]
    total += Fraction(1, hits[0]) if hits else Fraction(0)
ex8_mrr = float(total / len(results))
