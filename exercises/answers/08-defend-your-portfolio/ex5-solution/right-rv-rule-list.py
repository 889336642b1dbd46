# style: a rule table walked in order
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
    rules = [(lambda: p_value < alpha and low > min_gain, ("ship", "better")),
             (lambda: p_value < alpha and high < 0, ("don't ship", "worse")),
             (lambda: p_value < alpha and low > 0, ("don't ship", "too small")),
             (lambda: True, ("don't ship", "inconclusive"))]
    decision, reason = next(out for test, out in rules if test())
    explanation = "Decision: %s (%s), %s points, p = %s." % (decision, reason, format(100 * difference, "+.1f"), format(p_value, ".3f"))
    return {"decision": decision, "reason": reason, "explanation": explanation}

