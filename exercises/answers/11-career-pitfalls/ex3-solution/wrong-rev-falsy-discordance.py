# slip: tests 'if not discordance', so discordance=0 is treated as unpaired
def items_needed(p_base, p_new, alpha=0.05, power=0.8, discordance=None):
    """Return the number of eval items needed to detect p_base -> p_new (an int).

    Two-sided test at level alpha, normal approximation, with the given power. With
    discordance=None, the two runs are analyzed as independent samples of n items each
    (unpaired); otherwise discordance is the share of items on which the two models disagree,
    and the analysis is paired.
    Raises TypeError or ValueError for invalid arguments (see the exercise).
    """
    def is_num(x):
        return isinstance(x, (int, float, np.integer, np.floating)) and not isinstance(x, (bool, np.bool_))
    for v in (p_base, p_new, alpha, power):
        if not is_num(v):
            raise TypeError("arguments must be numbers")
    if discordance is not None and not is_num(discordance):
        raise TypeError("discordance must be None or a number")
    for v in (p_base, p_new, alpha, power):
        if not 0 < v < 1:
            raise ValueError("arguments must lie strictly between 0 and 1")
    if p_new == p_base:
        raise ValueError("no change")
    delta = p_new - p_base
    if discordance and not abs(delta) <= discordance <= 1:
        raise ValueError("discordance out of range")
    z = NormalDist().inv_cdf(1 - alpha / 2) + NormalDist().inv_cdf(power)
    if not discordance:
        var = p_base * (1 - p_base) + p_new * (1 - p_new)
    else:
        var = discordance - delta ** 2
    return int(math.ceil(z ** 2 * var / delta ** 2))
