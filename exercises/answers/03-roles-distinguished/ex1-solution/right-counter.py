# style: counts (true, predicted) pairs with collections.Counter, then reads the matrix from it
from collections import Counter


def confusion_matrix(y_true, y_pred, labels):
    """Return the confusion matrix of y_pred against y_true as a list of lists of int."""
    if not all(isinstance(s, (list, tuple)) for s in (y_true, y_pred, labels)):
        raise TypeError("y_true, y_pred and labels must be lists or tuples")
    if not labels or len(set(labels)) < len(labels):
        raise ValueError("labels must be non-empty and without duplicates")
    if len(y_true) != len(y_pred):
        raise ValueError("y_true and y_pred must have the same length")
    unknown = [v for v in (*y_true, *y_pred) if v not in set(labels)]
    if unknown:
        raise ValueError(f"{unknown[0]!r} is not one of the labels")
    pairs = Counter(zip(y_true, y_pred))
    return [[int(pairs[(t, p)]) for p in labels] for t in labels]
