# slip: accepts a string as a sequence of labels (type check too loose) and never checks duplicates
def confusion_matrix(y_true, y_pred, labels):
    """Return the confusion matrix of y_pred against y_true as a list of lists of int."""
    if len(labels) == 0:
        raise ValueError("labels is empty")
    if len(y_true) != len(y_pred):
        raise ValueError("lengths differ")
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for t, p in zip(y_true, y_pred):
        if t not in index or p not in index:
            raise ValueError("value not in labels")
        matrix[index[t]][index[p]] += 1
    return matrix
