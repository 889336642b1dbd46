# style: one loop over zip per label, with confusion_matrix called only to validate
def precision_recall(y_true, y_pred, labels):
    """Return {label: {"precision": float, "recall": float}} for every label, in label order.

    A ratio with a zero denominator is reported as 0.0. Raises the same TypeError and ValueError
    as confusion_matrix for bad arguments.
    """
    confusion_matrix(y_true, y_pred, labels)
    out = {}
    for label in labels:
        tp = predicted = actual = 0
        for t, p in zip(y_true, y_pred):
            tp += t == p == label
            predicted += p == label
            actual += t == label
        out[label] = {"precision": tp / predicted if predicted else 0.0,
                      "recall": tp / actual if actual else 0.0}
    return out
