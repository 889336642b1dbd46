# slip: counts with zip and never validates (unequal lengths and unknown values pass silently)
def precision_recall(y_true, y_pred, labels):
    """Return {label: {"precision": float, "recall": float}} for every label, in label order."""
    pairs = list(zip(y_true, y_pred))
    result = {}
    for label in labels:
        tp = sum(t == label and p == label for t, p in pairs)
        predicted = sum(p == label for _, p in pairs)
        actual = sum(t == label for t, _ in pairs)
        result[label] = {"precision": tp / predicted if predicted else 0.0,
                         "recall": tp / actual if actual else 0.0}
    return result
