# style: a heap of (-gain per hour, skill) and a small record per skill instead of tuples and sorts
import heapq
import math
import numbers

import matplotlib.pyplot as plt


def _validated_items(checklist):
    """Check the checklist and return a list of (skill, weight, target, score) with floats."""
    if not isinstance(checklist, dict):
        raise TypeError("checklist must be a dict")
    if len(checklist) == 0:
        raise ValueError("checklist is empty")
    out = []
    for skill, value in checklist.items():
        if not isinstance(skill, str):
            raise TypeError("skill names must be strings")
        if type(value) is not tuple:
            raise TypeError("values must be tuples")
        if len(value) != 3:
            raise ValueError("values must have three numbers")
        if any(isinstance(x, bool) or not isinstance(x, numbers.Real) for x in value):
            raise TypeError("weight, target and score must be numbers")
        weight, target, score = (float(x) for x in value)
        if any(math.isnan(x) for x in (weight, target, score)):
            raise ValueError("NaN is not a level")
        if not (0 < weight < math.inf) or not (0 < target <= 4) or not (0 <= score <= 4):
            raise ValueError(f"{skill}: a number is out of range")
        out.append((skill, weight, target, score))
    return out


def _readiness_and_level(items):
    total = sum(w for _, w, _, _ in items)
    readiness = sum(w * min(1.0, s / t) for _, w, t, s in items) / total
    blocked = any(t - s >= 2 for _, _, t, s in items)
    level = "ready" if readiness >= 0.8 and not blocked else "almost" if readiness >= 0.6 else "not yet"
    return float(readiness), level


def score_checklist(checklist):
    """Return {"readiness": float, "level": str, "gaps": [(skill, priority), ...]}."""
    items = _validated_items(checklist)
    readiness, level = _readiness_and_level(items)
    gaps = sorted(((skill, float(w * (t - s))) for skill, w, t, s in items if s < t),
                  key=lambda g: (-g[1], g[0]))
    return {"readiness": readiness, "level": level, "gaps": gaps}


def plan_gaps(checklist, hours_per_level, budget_hours):
    """Spend `budget_hours` on the gaps that raise readiness fastest; return the plan and its effect."""
    items = _validated_items(checklist)
    if not isinstance(hours_per_level, dict):
        raise TypeError("hours_per_level must be a dict")
    if isinstance(budget_hours, bool) or not isinstance(budget_hours, numbers.Real):
        raise TypeError("budget_hours must be a number")
    if not 0 <= float(budget_hours) < math.inf:
        raise ValueError("budget_hours must be finite and >= 0")
    records = {skill: {"w": w, "t": t, "s": s} for skill, w, t, s in items}
    heap = []
    for skill, rec in records.items():
        if rec["s"] < rec["t"]:
            h = hours_per_level.get(skill)
            if h is None:
                raise ValueError(f"no hours estimate for {skill}")
            if isinstance(h, bool) or not isinstance(h, numbers.Real):
                raise TypeError("hours estimates must be numbers")
            if not 0 < float(h) < math.inf:
                raise ValueError("hours estimates must be positive and finite")
            rec["h"] = float(h)
            heapq.heappush(heap, (-rec["w"] / (rec["t"] * rec["h"]), skill))
    left, plan = float(budget_hours), []
    while heap and left > 0:
        _, skill = heapq.heappop(heap)
        rec = records[skill]
        spend = min(left, rec["h"] * (rec["t"] - rec["s"]))
        rec["s"] = min(rec["t"], rec["s"] + spend / rec["h"])
        plan.append((skill, float(spend)))
        left -= spend
    after = [(k, r["w"], r["t"], r["s"]) for k, r in records.items()]
    readiness, level = _readiness_and_level(after)
    return {"plan": plan, "readiness_after": readiness, "level_after": level, "hours_left": float(left)}


def plot_skill_profile(checklist):
    """Plot targets and self-scores per skill as horizontal bars; return (fig, ax)."""
    items = _validated_items(checklist)
    result = score_checklist(checklist)
    names = [skill for skill, _, _, _ in items]
    fig, ax = plt.subplots()
    ax.barh(names, [t for _, _, t, _ in items], height=0.7, label="target", alpha=0.4)
    ax.barh(names, [s for _, _, _, s in items], height=0.35, label="self-score")
    ax.invert_yaxis()  # first skill at the top
    ax.set_xlim(0, 4)
    ax.set_xlabel("level, 0 to 4")
    ax.set_title(f"Readiness {result['readiness']:.0%} ({result['level']})")
    ax.legend()
    return fig, ax
