# style: column convention inside: iterates v = P.T @ v up to the largest year, numpy loop
def level_outlook(transition, start, comp, years=(1, 3, 5, 10)):
    """Distribution over levels and expected compensation after each number of years.

    Returns {year: {"distribution": [n floats], "expected_comp": float}} for the requested years.
    """
    if isinstance(transition, np.ndarray):
        if transition.ndim != 2:
            raise ValueError("2-D")
        rows = [list(r) for r in transition.tolist()]
    elif isinstance(transition, (list, tuple)):
        rows = []
        for r in transition:
            if not isinstance(r, (list, tuple)):
                raise TypeError("rows")
            rows.append(list(r))
    else:
        raise TypeError("transition")
    n = len(rows)
    if n == 0 or any(len(r) != n for r in rows):
        raise ValueError("square")
    for r in rows:
        for x in r:
            if isinstance(x, (bool, np.bool_)) or not isinstance(x, (int, float, np.number)):
                raise TypeError("entry")
            if not np.isfinite(x) or x < 0:
                raise ValueError("entry")
        if not math.isclose(math.fsum(r), 1.0, rel_tol=0, abs_tol=1e-9):
            raise ValueError("row sum")
    if isinstance(comp, np.ndarray):
        if comp.ndim != 1:
            raise ValueError("comp")
        comp = comp.tolist()
    if not isinstance(comp, (list, tuple)):
        raise TypeError("comp")
    for x in comp:
        if isinstance(x, (bool, np.bool_)) or not isinstance(x, (int, float, np.number)):
            raise TypeError("comp")
    if len(comp) != n:
        raise ValueError("comp length")
    if not all(np.isfinite(x) for x in comp):
        raise ValueError("comp finite")
    if isinstance(start, (bool, np.bool_)) or not isinstance(start, (int, np.integer)):
        raise TypeError("start")
    if start < 0 or start >= n:
        raise ValueError("start")
    if not isinstance(years, (list, tuple)):
        raise TypeError("years")
    for y in years:
        if isinstance(y, (bool, np.bool_)) or not isinstance(y, (int, np.integer)):
            raise TypeError("years")
        if y < 0:
            raise ValueError("years")
    if len(set(years)) != len(years):
        raise ValueError("years")
    Q = np.array(rows, dtype=float).T          # column convention: v_{t+1} = Q v_t
    c = np.array(comp, dtype=float)
    v = np.zeros(n)
    v[start] = 1.0
    snapshots = {}
    for t in range(max(years, default=0) + 1):
        if t in years:
            snapshots[t] = v.copy()
        v = Q @ v
    return {int(y): {"distribution": snapshots[y].tolist(), "expected_comp": float(c.dot(snapshots[y]))}
            for y in years}
