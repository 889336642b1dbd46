# style: numpy arrays for term frequencies and lengths, stable argsort on negated scores, floats converted back
import math
import re

import numpy as np


def tokenize(text):
    """Lowercase text and return its maximal runs of ASCII letters and digits, in order."""
    if type(text) is not str:
        raise TypeError("text must be a str")
    return [m.group(0) for m in re.finditer(r"[0-9a-z]+", text.lower())]


def bm25_scores(query, docs, k1=1.5, b=0.75):
    """Return the BM25 score of every document in docs for query, as a list of floats."""
    if type(query) is not str or not isinstance(docs, (list, tuple)) or any(type(d) is not str for d in docs):
        raise TypeError("bad types")
    if not docs:
        raise ValueError("no documents")
    q = sorted(set(tokenize(query)))
    if not q or k1 < 0 or not 0 <= b <= 1:
        raise ValueError("bad query or parameters")
    toks = [tokenize(d) for d in docs]
    lengths = np.array([len(t) for t in toks], dtype=float)
    if lengths.mean() == 0:
        return [0.0 for _ in docs]
    tf = np.array([[t.count(term) for term in q] for t in toks], dtype=float)
    n = (tf > 0).sum(axis=0)
    idf = np.log(1 + (len(docs) - n + 0.5) / (n + 0.5))
    norm = k1 * (1 - b + b * lengths / lengths.mean())
    scores = (idf * tf * (k1 + 1) / (tf + norm[:, None])).sum(axis=1)
    return [float(s) for s in scores]


def rank_documents(query, docs, k):
    """Return the indices of the k best documents for query, best first, ties by lower index."""
    if isinstance(k, bool) or not isinstance(k, int):
        raise TypeError("k must be an int")
    if k < 1:
        raise ValueError("k must be at least 1")
    scores = np.array(bm25_scores(query, docs))
    return [int(i) for i in np.argsort(-scores, kind="stable")[:k]]
