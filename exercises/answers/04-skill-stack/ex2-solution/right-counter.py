# style: collections.Counter for term frequencies and a sort on negated scores
import math
import re
from collections import Counter


def tokenize(text):
    """Lowercase text and return its maximal runs of ASCII letters and digits, in order."""
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    tokens, current = [], []
    for ch in text.lower():
        if ("a" <= ch <= "z") or ("0" <= ch <= "9"):
            current.append(ch)
        elif current:
            tokens.append("".join(current))
            current = []
    if current:
        tokens.append("".join(current))
    return tokens


def bm25_scores(query, docs, k1=1.5, b=0.75):
    """Return the BM25 score of every document in docs for query, as a list of floats."""
    if not isinstance(query, str):
        raise TypeError("query must be a str")
    if not isinstance(docs, (list, tuple)) or any(not isinstance(d, str) for d in docs):
        raise TypeError("docs must be a list of str")
    if not docs:
        raise ValueError("docs is empty")
    for v in (k1, b):
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise TypeError("k1 and b are numbers")
    if k1 < 0 or b < 0 or b > 1:
        raise ValueError("need k1 >= 0 and 0 <= b <= 1")
    q = sorted(set(tokenize(query)))
    if not q:
        raise ValueError("the query has no tokens")
    counts = [Counter(tokenize(d)) for d in docs]
    lengths = [sum(c.values()) for c in counts]
    avgdl = sum(lengths) / len(docs)
    if avgdl == 0:
        return [0.0 for _ in docs]
    n_docs = len(docs)
    out = []
    for c, length in zip(counts, lengths):
        total = 0.0
        for t in q:
            n_t = sum(1 for other in counts if other[t] > 0)
            f = c[t]
            if f == 0:
                continue
            idf = math.log(1.0 + (n_docs - n_t + 0.5) / (n_t + 0.5))
            total += idf * (f * (k1 + 1)) / (f + k1 * (1 - b + b * length / avgdl))
        out.append(float(total))
    return out


def rank_documents(query, docs, k):
    """Return the indices of the k best documents for query, best first, ties by lower index."""
    if type(k) is not int:
        raise TypeError("k must be an int")
    if k < 1:
        raise ValueError("k must be at least 1")
    scores = bm25_scores(query, docs)
    ranked = sorted(enumerate(scores), key=lambda pair: (-pair[1], pair[0]))
    return [i for i, _ in ranked][: min(k, len(docs))]
