# slip: readiness uses score / target without the min(), so a score above target counts more than 1
import math
import numbers

import matplotlib.pyplot as plt


def _num(x):
    if isinstance(x, bool) or not isinstance(x, numbers.Real):
        raise TypeError(f"not a real number: {x!r}")
    x = float(x)
    if math.isnan(x):
        raise ValueError("NaN is not allowed")
    return x


def _validated_items(checklist):
    """Check the checklist and return a list of (skill, weight, target, score) with floats."""
    if not isinstance(checklist, dict):
        raise TypeError("checklist must be a dict")
    if not checklist:
        raise ValueError("checklist is empty")
    items = []
    for skill, value in checklist.items():
        if not isinstance(skill, str):
            raise TypeError("skill names must be str")
        if not isinstance(value, tuple):
            raise TypeError("each value must be a tuple (weight, target, score)")
        if len(value) != 3:
            raise ValueError("each tuple has exactly three numbers")
        weight, target, score = (_num(v) for v in value)
        if not (weight > 0 and math.isfinite(weight)):
            raise ValueError("weight must be positive")
        if not 0 < target <= 4:
            raise ValueError("target must be in (0, 4]")
        if not 0 <= score <= 4:
            raise ValueError("score must be in [0, 4]")
        items.append((skill, weight, target, score))
    return items


def _level(items):
    total = sum(w for _, w, _, _ in items)
    readiness = sum(w * s / t for _, w, t, s in items) / total
    if readiness >= 0.8 and all(t - s < 2 for _, _, t, s in items):
        level = "ready"
    elif readiness >= 0.6:
        level = "almost"
    else:
        level = "not yet"
    return float(readiness), level


def score_checklist(checklist):
    """Return {"readiness": float, "level": str, "gaps": [(skill, priority), ...]}."""
    items = _validated_items(checklist)
    readiness, level = _level(items)
    gaps = [(skill, float(w * (t - s))) for skill, w, t, s in items if t - s > 0]
    gaps.sort(key=lambda g: (-g[1], g[0]))
    return {"readiness": readiness, "level": level, "gaps": gaps}


def plan_gaps(checklist, hours_per_level, budget_hours):
    """Spend `budget_hours` on the gaps that raise readiness fastest; return the plan and its effect."""
    items = _validated_items(checklist)
    if not isinstance(hours_per_level, dict):
        raise TypeError("hours_per_level must be a dict")
    budget = _num(budget_hours)
    if budget < 0:
        raise ValueError("budget_hours must not be negative")
    total = sum(w for _, w, _, _ in items)
    ranked = []
    for skill, w, t, s in items:
        if t - s <= 0:
            continue
        if skill not in hours_per_level:
            raise ValueError(f"no hour estimate for {skill!r}")
        h = _num(hours_per_level[skill])
        if not (h > 0 and math.isfinite(h)):
            raise ValueError("hour estimates must be positive and finite")
        ranked.append((w / (t * h * total), skill, h))
    ranked.sort(key=lambda r: (-r[0], r[1]))
    scores = {skill: s for skill, _, _, s in items}
    targets = {skill: t for skill, _, t, _ in items}
    plan = []
    left = budget
    for _, skill, h in ranked:
        if left <= 0:
            break
        need = h * (targets[skill] - scores[skill])
        spend = min(need, left)
        plan.append((skill, float(spend)))
        scores[skill] = targets[skill] if spend == need else scores[skill] + spend / h
        left -= spend
    after = [(skill, w, t, scores[skill]) for skill, w, t, _ in items]
    readiness, level = _level(after)
    return {"plan": plan, "readiness_after": readiness, "level_after": level, "hours_left": float(max(left, 0.0))}


def plot_skill_profile(checklist):
    """Plot targets and self-scores per skill as horizontal bars; return (fig, ax)."""
    items = _validated_items(checklist)
    result = score_checklist(checklist)
    names = [skill for skill, _, _, _ in items]
    fig, ax = plt.subplots(figsize=(7, 0.5 * len(names) + 1.5))
    ax.barh(names, [t for _, _, t, _ in items], height=0.7, label="target", color="lightgray")
    ax.barh(names, [s for _, _, _, s in items], height=0.35, label="self-score")
    ax.set_xlabel("level (0-4)")
    ax.set_xlim(0, 4)
    ax.legend()
    ax.set_title(f"Readiness {result['readiness']:.0%} ({result['level']})")
    return fig, ax
