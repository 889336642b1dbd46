# slip: tokenizes with str.split, so punctuation sticks to words
import math
import re


def tokenize(text):
    """Lowercase text and return its maximal runs of ASCII letters and digits, in order."""
    if not isinstance(text, str):  # tokenize only accepts text
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    return text.lower().split()


def bm25_scores(query, docs, k1=1.5, b=0.75):
    """Return the BM25 score of every document in docs for query, as a list of floats."""
    if not isinstance(query, str):  # the query is text to tokenize
        raise TypeError("query must be a str")
    if not isinstance(docs, (list, tuple)) or not all(isinstance(d, str) for d in docs):
        raise TypeError("docs must be a list of strings")
    if len(docs) == 0:  # BM25 needs at least one document for avgdl
        raise ValueError("docs is empty: there is nothing to search")
    for name, v in (("k1", k1), ("b", b)):
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise TypeError(f"{name} must be a number")
    if k1 < 0 or not 0 <= b <= 1:  # the usual BM25 parameter ranges
        raise ValueError("need k1 >= 0 and 0 <= b <= 1")
    terms = set(tokenize(query))  # distinct query terms only
    if not terms:
        raise ValueError(f"query {query!r} has no tokens")
    toks = [tokenize(d) for d in docs]
    n = len(docs)
    avgdl = sum(len(t) for t in toks) / n
    if avgdl == 0:
        return [0.0] * n  # every document is empty: nothing can match
    df = {t: sum(1 for d in toks if t in d) for t in terms}
    idf = {t: math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5)) for t in terms}
    scores = []
    for d in toks:
        s = 0.0
        for t in terms:
            f = d.count(t)
            if f:
                s += idf[t] * f * (k1 + 1) / (f + k1 * (1 - b + b * len(d) / avgdl))
        scores.append(float(s))  # plain float, one per document
    return scores


def rank_documents(query, docs, k):
    """Return the indices of the k best documents for query, best first, ties by lower index."""
    if isinstance(k, bool) or not isinstance(k, int):
        raise TypeError("k must be an int")
    if k < 1:
        raise ValueError(f"k must be at least 1, not {k}")
    scores = bm25_scores(query, docs)
    order = sorted(range(len(docs)), key=lambda i: (-scores[i], i))
    return order[:k]  # slicing caps k at the number of documents
