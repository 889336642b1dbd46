# slip: uses z(1 - power) for the power term
def items_needed(p_base, p_new, alpha=0.05, power=0.8, discordance=None):
    """Return the number of eval items needed to detect p_base -> p_new (an int).

    Two-sided test at level alpha, normal approximation, with the given power. With
    discordance=None, the two runs are analyzed as independent samples of n items each
    (unpaired); otherwise discordance is the share of items on which the two models disagree,
    and the analysis is paired.
    Raises TypeError or ValueError for invalid arguments (see the exercise).
    """
    def is_number(x):
        return isinstance(x, (int, float, np.integer, np.floating)) and not isinstance(x, bool)

    for name, value in (("p_base", p_base), ("p_new", p_new), ("alpha", alpha), ("power", power)):
        if not is_number(value):
            raise TypeError(f"{name} must be a number, not {type(value).__name__}")
        if not 0.0 < float(value) < 1.0:
            raise ValueError(f"{name} must be strictly between 0 and 1, not {value}")
    if p_new == p_base:
        raise ValueError("p_new must differ from p_base: there is no improvement to detect")
    delta = float(p_new) - float(p_base)
    z = NormalDist().inv_cdf(1 - float(alpha) / 2) + NormalDist().inv_cdf(1 - float(power))
    if discordance is None:
        variance = p_base * (1 - p_base) + p_new * (1 - p_new)
    else:
        if not is_number(discordance):
            raise TypeError(f"discordance must be a number or None, not {type(discordance).__name__}")
        if not abs(delta) - 1e-12 <= float(discordance) <= 1.0:
            raise ValueError(f"discordance must be between |p_new - p_base| = {abs(delta):g} and 1")
        variance = float(discordance) - delta**2
    return math.ceil(z**2 * variance / delta**2)
