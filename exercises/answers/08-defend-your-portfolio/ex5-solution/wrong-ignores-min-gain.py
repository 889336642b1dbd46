# slip: ignores min_gain: any interval above zero ships
def ship_decision(difference, interval, p_value, alpha=0.05, min_gain=0.0):
    """Apply the ship rule; return {"decision", "reason", "explanation"} (see the exercise)."""
    def number(name, x):
        if isinstance(x, bool) or not isinstance(x, (int, float)):
            raise TypeError(f"{name} must be a number")
        if not math.isfinite(x):
            raise ValueError(f"{name} must be finite")
        return float(x)

    difference = number("difference", difference)
    p_value = number("p_value", p_value)
    alpha = number("alpha", alpha)
    min_gain = number("min_gain", min_gain)
    if not isinstance(interval, (list, tuple)):
        raise TypeError("interval must be a (low, high) pair")
    if len(interval) != 2:
        raise ValueError("interval must have exactly two elements")
    low, high = number("low", interval[0]), number("high", interval[1])
    if low > high:
        raise ValueError("interval has low > high")
    if not 0.0 <= p_value <= 1.0:
        raise ValueError("p_value must be between 0 and 1")
    if not 0.0 < alpha < 1.0:
        raise ValueError("alpha must be strictly between 0 and 1")
    if min_gain < 0:
        raise ValueError("min_gain cannot be negative")

    significant = p_value < alpha
    if significant and low > 0:
        decision, reason = "ship", "better"
    elif significant and high < 0:
        decision, reason = "don't ship", "worse"
    elif significant and low > 0:
        decision, reason = "don't ship", "too small"
    else:
        decision, reason = "don't ship", "inconclusive"
    explanation = (f"{decision.capitalize()} ({reason}): B minus A is {100 * difference:+.1f} points, "
                   f"95% interval {100 * low:+.1f} to {100 * high:+.1f}, p = {p_value:.3f} "
                   f"(alpha {alpha}, minimum gain {100 * min_gain:.1f} points).")
    return {"decision": decision, "reason": reason, "explanation": explanation}
