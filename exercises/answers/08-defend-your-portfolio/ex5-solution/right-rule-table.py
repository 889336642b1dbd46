# style: a list of (condition, decision, reason) rules checked in order
def ship_decision(difference, interval, p_value, alpha=0.05, min_gain=0.0):
    """Apply the ship rule; return {"decision", "reason", "explanation"}."""
    def num(x):
        if type(x) not in (int, float):
            raise TypeError("a number is required")
        if x != x or x in (float("inf"), float("-inf")):
            raise ValueError("a finite number is required")
        return x

    num(difference), num(p_value), num(alpha), num(min_gain)
    if type(interval) not in (list, tuple):
        raise TypeError("interval is a pair")
    if len(interval) != 2:
        raise ValueError("interval is a pair")
    low, high = num(interval[0]), num(interval[1])
    if low > high or not (0 <= p_value <= 1) or not (0 < alpha < 1) or min_gain < 0:
        raise ValueError("invalid value")
    sig = p_value < alpha
    rules = [
        (sig and low > min_gain, "ship", "better"),
        (sig and high < 0, "don't ship", "worse"),
        (sig and low > 0, "don't ship", "too small"),
        (True, "don't ship", "inconclusive"),
    ]
    decision, reason = next((d, r) for ok, d, r in rules if ok)
    sentence = (f"Decision: {decision}; reason: {reason}; the change is "
                f"{100 * difference:+.1f} points with p = {p_value:.3f}.")
    return {"decision": decision, "reason": reason, "explanation": sentence}
