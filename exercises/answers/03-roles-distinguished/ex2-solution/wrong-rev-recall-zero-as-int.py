# slip: zero-over-zero recall returned as int 0
def precision_recall(y_true, y_pred, labels):
    """Return {label: {"precision": float, "recall": float}} for every label, in label order.

    A ratio with a zero denominator is reported as 0.0. Raises the same TypeError and ValueError
    as confusion_matrix for bad arguments.
    """
    m = confusion_matrix(y_true, y_pred, labels)
    out = {}
    for i, label in enumerate(labels):
        tp = m[i][i]
        predicted = sum(row[i] for row in m)
        actual = sum(m[i])
        out[label] = {"precision": tp / predicted if predicted else 0.0,
                      "recall": tp / actual if actual else 0}
    return out
