# slip: skips a gap it cannot close completely instead of spending the hours that are left on it
import math
import numbers

import matplotlib.pyplot as plt


def _validated_items(checklist):
    """Check the checklist and return a list of (skill, weight, target, score) with floats."""
    if not isinstance(checklist, dict):
        raise TypeError(f"checklist must be a dict of skill -> (weight, target, score), "
                        f"not {type(checklist).__name__}")
    if not checklist:
        raise ValueError("checklist is empty: give at least one skill")
    items = []
    for skill, value in checklist.items():
        if not isinstance(skill, str):
            raise TypeError(f"skill names must be strings, not {skill!r}")
        if not isinstance(value, tuple):
            raise TypeError(f"{skill}: the value must be a tuple (weight, target, score), "
                            f"not {type(value).__name__}")
        if len(value) != 3:
            raise ValueError(f"{skill}: expected (weight, target, score), got {len(value)} values")
        numbers_ = []
        for name, x in zip(("weight", "target", "score"), value):
            if isinstance(x, bool) or not isinstance(x, numbers.Real):
                raise TypeError(f"{skill}: {name} must be a number, not {x!r}")
            x = float(x)
            if math.isnan(x):
                raise ValueError(f"{skill}: {name} is NaN")
            numbers_.append(x)
        weight, target, score = numbers_
        if not (weight > 0 and math.isfinite(weight)):
            raise ValueError(f"{skill}: weight must be a positive number, got {weight}")
        if not 0 < target <= 4:
            raise ValueError(f"{skill}: target must satisfy 0 < target <= 4, got {target}")
        if not 0 <= score <= 4:
            raise ValueError(f"{skill}: score must be between 0 and 4, got {score}")
        items.append((skill, weight, target, score))
    return items
def score_checklist(checklist):
    """Return {"readiness": float, "level": str, "gaps": [(skill, priority), ...]}."""
    items = _validated_items(checklist)
    total_weight = sum(w for _, w, _, _ in items)
    covered = sum(w * min(s, t) / t for _, w, t, s in items)
    readiness = covered / total_weight
    shortfalls = {skill: max(0.0, t - s) for skill, _, t, s in items}
    if readiness >= 0.8 and all(gap < 2 for gap in shortfalls.values()):
        level = "ready"
    elif readiness >= 0.6:
        level = "almost"
    else:
        level = "not yet"
    gaps = [(skill, float(w * shortfalls[skill])) for skill, w, _, _ in items
            if shortfalls[skill] > 0]
    gaps.sort(key=lambda pair: (-pair[1], pair[0]))
    return {"readiness": float(readiness), "level": level, "gaps": gaps}
def plan_gaps(checklist, hours_per_level, budget_hours):
    """Spend `budget_hours` on the gaps that raise readiness fastest; return the plan and its effect."""
    items = _validated_items(checklist)
    if not isinstance(hours_per_level, dict):
        raise TypeError(f"hours_per_level must be a dict of skill -> hours, not {type(hours_per_level).__name__}")
    if isinstance(budget_hours, bool) or not isinstance(budget_hours, numbers.Real):
        raise TypeError(f"budget_hours must be a number of hours, not {budget_hours!r}")
    budget = float(budget_hours)
    if not (math.isfinite(budget) and budget >= 0):
        raise ValueError(f"budget_hours must be a finite number >= 0, got {budget_hours}")
    total_weight = sum(w for _, w, _, _ in items)
    gaps = []
    for skill, w, t, s in items:
        if s >= t:
            continue  # at or above target: nothing to plan
        if skill not in hours_per_level:
            raise ValueError(f"hours_per_level has no estimate for the gap {skill!r}")
        h = hours_per_level[skill]
        if isinstance(h, bool) or not isinstance(h, numbers.Real):
            raise TypeError(f"{skill}: hours per level must be a number, not {h!r}")
        h = float(h)
        if not (math.isfinite(h) and h > 0):
            raise ValueError(f"{skill}: hours per level must be a positive number, got {h}")
        # readiness gained per hour on this skill: weight / (target * hours per level * total weight)
        gaps.append((w / (t * h * total_weight), skill, h, t - s))
    gaps.sort(key=lambda g: (-g[0], g[1]))
    new_score = {skill: s for skill, _, _, s in items}
    plan, left = [], budget
    for _, skill, h, shortfall in gaps:
        if left <= 0:
            break
        hours = h * shortfall
        if hours > left:
            continue
        new_score[skill] += hours / h
        plan.append((skill, float(hours)))
        left -= hours
    after = {skill: (w, t, min(new_score[skill], t)) for skill, w, t, _ in items}
    result = score_checklist(after)
    return {"plan": plan, "readiness_after": result["readiness"], "level_after": result["level"],
            "hours_left": float(left)}
def plot_skill_profile(checklist):
    """Plot targets and self-scores per skill as horizontal bars; return (fig, ax)."""
    items = _validated_items(checklist)
    result = score_checklist(checklist)
    names = [skill for skill, _, _, _ in items]
    y = list(range(len(items)))[::-1]  # first skill at the top
    fig, ax = plt.subplots(figsize=(7.5, 0.35 * len(items) + 1.5))
    ax.barh(y, [t for _, _, t, _ in items], height=0.7, label="target", alpha=0.35)
    ax.barh(y, [s for _, _, _, s in items], height=0.35, label="self-score")
    ax.set_yticks(y, names)
    ax.set_xlim(0, 4)
    ax.set_xlabel("level (0 = never done it, 4 = could teach it)")
    ax.set_title(f"Readiness {result['readiness']:.0%} ({result['level']})")
    ax.legend(loc="lower right")
    return fig, ax
