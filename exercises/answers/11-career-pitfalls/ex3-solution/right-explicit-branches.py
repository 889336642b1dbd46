# style: separate helper for z values and integer ceiling by negated floor division
def items_needed(p_base, p_new, alpha=0.05, power=0.8, discordance=None):
    """Return the number of eval items needed to detect p_base -> p_new (an int).

    Two-sided test at level alpha, normal approximation, with the given power. With
    discordance=None, the two runs are analyzed as independent samples of n items each
    (unpaired); otherwise discordance is the share of items on which the two models disagree,
    and the analysis is paired.
    Raises TypeError or ValueError for invalid arguments (see the exercise).
    """
    from numbers import Real

    def number(x, name):
        if isinstance(x, bool) or not isinstance(x, Real):
            raise TypeError(f"{name} must be a number")
        return float(x)

    pb, pn, a, pw = (number(v, k) for v, k in ((p_base, "p_base"), (p_new, "p_new"),
                                              (alpha, "alpha"), (power, "power")))
    if not all(0 < v < 1 for v in (pb, pn, a, pw)):
        raise ValueError("p_base, p_new, alpha and power must lie strictly in (0, 1)")
    if pb == pn:
        raise ValueError("nothing to detect")
    d = pn - pb
    dist = NormalDist()
    z_total = dist.inv_cdf(1 - a / 2) + dist.inv_cdf(pw)
    if discordance is None:
        var = pb * (1 - pb) + pn * (1 - pn)
    else:
        psi = number(discordance, "discordance")
        if psi > 1 or psi < abs(d) - 1e-12:
            raise ValueError("discordance out of range")
        var = psi - d * d
    x = z_total * z_total * var / (d * d)
    return int(-(-x // 1))
