# slip: reports too small even when p is not below alpha
def ship_decision(difference, interval, p_value, alpha=0.05, min_gain=0.0):
    """Apply the ship rule; return {"decision", "reason", "explanation"} (see the exercise)."""
    def _num(x, name):
        if isinstance(x, bool) or not isinstance(x, (int, float)):
            raise TypeError(f"{name} must be a number")
        if not math.isfinite(x):
            raise ValueError(f"{name} must be finite")
    for value, name in ((difference, "difference"), (p_value, "p_value"), (alpha, "alpha"),
                        (min_gain, "min_gain")):
        _num(value, name)
    if not isinstance(interval, (list, tuple)):
        raise TypeError("interval must be a list or tuple")
    if len(interval) != 2:
        raise ValueError("interval has two ends")
    low, high = interval
    _num(low, "low")
    _num(high, "high")
    if low > high:
        raise ValueError("low > high")
    if not 0 <= p_value <= 1:
        raise ValueError("p_value outside [0, 1]")
    if not 0 < alpha < 1:
        raise ValueError("alpha outside (0, 1)")
    if min_gain < 0:
        raise ValueError("min_gain is negative")
    significant = p_value < alpha
    if significant and low > min_gain:
        decision, reason = "ship", "better"
    elif significant and high < 0:
        decision, reason = "don't ship", "worse"
    elif low > 0:
        decision, reason = "don't ship", "too small"
    else:
        decision, reason = "don't ship", "inconclusive"
    explanation = (f"B minus A is {100 * difference:+.1f} points "
                   f"(95% CI {100 * low:+.1f} to {100 * high:+.1f}), p = {p_value:.3f}: {reason}.")
    return {"decision": decision, "reason": reason, "explanation": explanation}
