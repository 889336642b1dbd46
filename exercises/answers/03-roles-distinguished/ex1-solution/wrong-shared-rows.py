# slip: builds the rows with [[0] * n] * n, so every row is the same list
def confusion_matrix(y_true, y_pred, labels):
    """Return the confusion matrix of y_pred against y_true as a list of lists of int."""
    for seq in (y_true, y_pred, labels):
        if not isinstance(seq, (list, tuple)):
            raise TypeError("arguments must be lists or tuples")
    if len(labels) == 0 or len(set(labels)) != len(labels):
        raise ValueError("labels must be non-empty and unique")
    if len(y_true) != len(y_pred):
        raise ValueError("lengths differ")
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels)] * len(labels)
    for t, p in zip(y_true, y_pred):
        if t not in index or p not in index:
            raise ValueError("value not in labels")
        matrix[index[t]][index[p]] += 1
    return matrix
