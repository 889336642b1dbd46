# style: numpy mean of a list comprehension
import numpy as np
results = {
    "q1": (["d3", "d1", "d7", "d2", "d9", "d8", "d6"], {"d8"}),
    "q2": (["d4", "d8", "d2", "d5", "d6"], {"d2", "d5"}),
    "q3": (["d1", "d6", "d8", "d9", "d7", "d4", "d2"], {"d7", "d2"}),
    "q4": (["d5", "d2", "d4", "d1", "d3"], {"d2", "d3"}),
}
ex8_mrr = np.mean([
    next((1 / (i + 1) for i, d in enumerate(r[:5]) if d in rel), 0.0) for r, rel in results.values()
])
