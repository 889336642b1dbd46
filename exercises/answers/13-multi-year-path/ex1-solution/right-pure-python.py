# style: plain Python, one vector-matrix product per year, no numpy
def level_outlook(transition, start, comp, years=(1, 3, 5, 10)):
    """Distribution over levels and expected compensation after each number of years."""
    def numeric(x):
        try:
            import numbers
            return isinstance(x, numbers.Real) and not isinstance(x, bool) and type(x).__name__ != "bool_"
        except Exception:
            return False

    if hasattr(transition, "tolist") and hasattr(transition, "ndim"):
        if transition.ndim != 2:
            raise ValueError("2-D matrix expected")
        transition = transition.tolist()
    if not isinstance(transition, (list, tuple)):
        raise TypeError("matrix expected")
    rows = []
    for r in transition:
        if not isinstance(r, (list, tuple)):
            raise TypeError("rows must be lists or tuples")
        rows.append([x for x in r])
    n = len(rows)
    if n == 0:
        raise ValueError("empty")
    for r in rows:
        if len(r) != n:
            raise ValueError("not square")
        for x in r:
            if not numeric(x):
                raise TypeError("entries must be numbers")
            if x != x or x in (float("inf"), float("-inf")) or x < 0:
                raise ValueError("bad entry")
        if abs(math.fsum(r) - 1.0) > 1e-9:
            raise ValueError("row does not sum to 1")
    if hasattr(comp, "tolist"):
        comp = comp.tolist()
    if not isinstance(comp, (list, tuple)):
        raise TypeError("comp must be a sequence")
    for x in comp:
        if not numeric(x):
            raise TypeError("comp must hold numbers")
    if len(comp) != n:
        raise ValueError("comp length")
    if any(x != x or abs(x) == float("inf") for x in comp):
        raise ValueError("comp must be finite")
    if isinstance(start, bool) or not numeric(start) or int(start) != start or isinstance(start, float):
        raise TypeError("start must be an int")
    start = int(start)
    if start < 0 or start >= n:
        raise ValueError("start out of range")
    if not isinstance(years, (list, tuple)):
        raise TypeError("years must be a list or tuple")
    for y in years:
        if isinstance(y, (bool, float)) or not numeric(y):
            raise TypeError("years must be ints")
    if any(y < 0 for y in years) or len(set(years)) != len(years):
        raise ValueError("bad years")
    out = {}
    for y in years:
        dist = [0.0] * n
        dist[start] = 1.0
        for _ in range(int(y)):
            dist = [sum(dist[i] * rows[i][j] for i in range(n)) for j in range(n)]
        dist = [float(p) for p in dist]
        out[int(y)] = {"distribution": dist,
                       "expected_comp": float(sum(p * float(c) for p, c in zip(dist, comp)))}
    return out
