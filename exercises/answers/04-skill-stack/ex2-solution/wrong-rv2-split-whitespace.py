# slip: tokenizes on whitespace after lowercasing, keeping punctuation glued to words
import math
import re
from collections import Counter


def tokenize(text):
    """Lowercase text and return its maximal runs of ASCII letters and digits, in order."""
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    return text.lower().split()


def bm25_scores(query, docs, k1=1.5, b=0.75):
    """Return the BM25 score of every document in docs for query, as a list of floats."""
    if not isinstance(query, str):
        raise TypeError("query must be a str")
    if not isinstance(docs, (list, tuple)) or not all(isinstance(d, str) for d in docs):
        raise TypeError("docs must be a list or tuple of str")
    if len(docs) == 0:
        raise ValueError("no documents")
    terms = set(tokenize(query))
    if not terms:
        raise ValueError("query has no tokens")
    if not (k1 >= 0 and 0 <= b <= 1):
        raise ValueError("bad k1 or b")
    toks = [tokenize(d) for d in docs]
    n_docs = len(docs)
    avgdl = sum(len(t) for t in toks) / n_docs
    if avgdl == 0:
        return [0.0] * n_docs
    counts = [Counter(t) for t in toks]
    scores = []
    for c, t in zip(counts, toks):
        s = 0.0
        for term in terms:
            n_t = sum(1 for cc in counts if term in cc)
            idf = math.log(1 + (n_docs - n_t + 0.5) / (n_t + 0.5))
            f = c[term]
            s += idf * f * (k1 + 1) / (f + k1 * (1 - b + b * len(t) / avgdl))
        scores.append(float(s))
    return scores


def rank_documents(query, docs, k):
    """Return the indices of the k best documents for query, best first, ties by lower index."""
    if type(k) is not int:
        raise TypeError("k must be an int")
    if k < 1:
        raise ValueError("k must be at least 1")
    scores = bm25_scores(query, docs)
    order = sorted(range(len(docs)), key=lambda i: (-scores[i], i))
    return order[:k]
