# style: counts hits directly with generator expressions; confusion_matrix is called only to validate
def precision_recall(y_true, y_pred, labels):
    """Return {label: {"precision": float, "recall": float}} for every label, in label order."""
    confusion_matrix(y_true, y_pred, labels)  # same TypeError / ValueError as Exercise 1
    pairs = list(zip(y_true, y_pred))

    def ratio(hits, total):
        return hits / total if total else 0.0

    out = {}
    for label in labels:
        tp = sum(1 for t, p in pairs if t == label and p == label)
        out[label] = {
            "precision": float(ratio(tp, sum(1 for _, p in pairs if p == label))),
            "recall": float(ratio(tp, sum(1 for t, _ in pairs if t == label))),
        }
    return out
