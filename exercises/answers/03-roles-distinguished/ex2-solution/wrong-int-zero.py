# slip: zero over zero reported as the int 0, not the float 0.0
def precision_recall(y_true, y_pred, labels):
    """Return {label: {"precision": float, "recall": float}} for every label, in label order."""
    matrix = confusion_matrix(y_true, y_pred, labels)
    result = {}
    for i, label in enumerate(labels):
        tp = matrix[i][i]
        predicted = sum(matrix[k][i] for k in range(len(labels)))
        actual = sum(matrix[i])
        result[label] = {"precision": tp / predicted if predicted else 0, "recall": tp / actual if actual else 0}
    return result
