# slip: reads column `start` of P^t (where you come from) instead of row `start`
def level_outlook(transition, start, comp, years=(1, 3, 5, 10)):
    """Distribution over levels and expected compensation after each number of years.

    Returns {year: {"distribution": [n floats], "expected_comp": float}} for the requested years.
    """
    def is_number(x):
        return isinstance(x, (int, float, np.integer, np.floating)) and not isinstance(
            x, (bool, np.bool_))

    if isinstance(transition, np.ndarray):
        if transition.ndim != 2:
            raise ValueError("transition must be a 2-D matrix")
        rows = transition.tolist()
    elif isinstance(transition, (list, tuple)):
        rows = [list(r) if isinstance(r, (list, tuple)) else None for r in transition]
        if any(r is None for r in rows):
            raise TypeError("each row of transition must be a list or tuple")
    else:
        raise TypeError("transition must be a list/tuple of rows or a 2-D numpy array")
    n = len(rows)
    if n == 0 or any(len(r) != n for r in rows):
        raise ValueError("transition must be a non-empty square matrix")
    for r in rows:
        if not all(is_number(x) for x in r):
            raise TypeError("transition entries must be numbers")
        if not all(math.isfinite(x) and x >= 0 for x in r):
            raise ValueError("transition entries must be finite and non-negative")
        if abs(math.fsum(r) - 1.0) > 1e-9:
            raise ValueError("every row of transition must sum to 1")
    if isinstance(comp, np.ndarray):
        comp = comp.tolist()
    if not isinstance(comp, (list, tuple)):
        raise TypeError("comp must be a list, tuple or 1-D array")
    if not all(is_number(c) for c in comp):
        raise TypeError("comp values must be numbers")
    if len(comp) != n:
        raise ValueError(f"comp needs one value per level ({n})")
    if not all(math.isfinite(c) for c in comp):
        raise ValueError("comp values must be finite")
    if isinstance(start, bool) or not isinstance(start, (int, np.integer)):
        raise TypeError("start must be an int")
    if not 0 <= start < n:
        raise ValueError(f"start must be between 0 and {n - 1}")
    if not isinstance(years, (list, tuple)):
        raise TypeError("years must be a list or tuple of ints")
    if any(isinstance(y, bool) or not isinstance(y, (int, np.integer)) for y in years):
        raise TypeError("years must be ints")
    if any(y < 0 for y in years) or len(set(years)) != len(years):
        raise ValueError("years must be distinct and non-negative")

    P = np.array(rows, dtype=float)
    c = np.array(comp, dtype=float)
    result = {}
    for y in years:
        pi = np.linalg.matrix_power(P, int(y))[:, start]
        result[int(y)] = {"distribution": [float(p) for p in pi],
                          "expected_comp": float(pi @ c)}
    return result
