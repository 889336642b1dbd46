# slip: checks only y_true against labels; an unknown predicted value raises KeyError, not ValueError
def confusion_matrix(y_true, y_pred, labels):
    """Return the confusion matrix of y_pred against y_true as a list of lists of int.

    Rows are true labels and columns predicted labels, both in the order of `labels`.
    Raises TypeError for arguments that are not lists or tuples, and ValueError for empty or
    duplicated labels, unequal lengths, or values that are not in `labels`.
    """
    for name, arg in (("y_true", y_true), ("y_pred", y_pred), ("labels", labels)):
        if not isinstance(arg, (list, tuple)):
            raise TypeError(f"{name} must be a list or tuple")
    if len(labels) == 0:
        raise ValueError("labels is empty")
    if len(set(labels)) != len(labels):
        raise ValueError("labels contains a duplicate")
    if len(y_true) != len(y_pred):
        raise ValueError("y_true and y_pred have different lengths")
    position = {label: i for i, label in enumerate(labels)}
    for value in list(y_true):
        if value not in position:
            raise ValueError(f"{value!r} is not in labels")
    matrix = [[0] * len(labels) for _ in labels]
    for t, p in zip(y_true, y_pred):
        matrix[position[t]][position[p]] += 1
    return matrix
