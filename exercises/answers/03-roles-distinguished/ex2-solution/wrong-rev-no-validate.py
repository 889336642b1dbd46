# slip: skips validation: counts directly without calling confusion_matrix
def precision_recall(y_true, y_pred, labels):
    """Return {label: {"precision": float, "recall": float}} for every label, in label order.

    A ratio with a zero denominator is reported as 0.0. Raises the same TypeError and ValueError
    as confusion_matrix for bad arguments.
    """
    idx = {l: i for i, l in enumerate(labels)}
    m = [[0] * len(labels) for _ in labels]
    for t, p in zip(y_true, y_pred):
        if t in idx and p in idx:
            m[idx[t]][idx[p]] += 1
    out = {}
    for i, label in enumerate(labels):
        tp = m[i][i]
        predicted = sum(row[i] for row in m)
        actual = sum(m[i])
        out[label] = {"precision": tp / predicted if predicted else 0.0,
                      "recall": tp / actual if actual else 0.0}
    return out
