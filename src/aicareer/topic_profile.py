"""A profile across topics: points (or confidence) grouped by topic, as a table and a bar chart.

The checkpoint page draws a reader's confidence by topic and an example student's profile with
these helpers, and the grader's feedback (:mod:`aicareer.grading.profile`) draws a student's
real profile with the same chart. Nothing here knows any answer: it only adds and divides the
numbers it is given.

>>> rows = [("01-market", 2, 2), ("01-market", 0, 3), ("09-pay", 4, 4)]
>>> table = percent_by_topic(rows)
>>> table["01-market"]
{'items': 2, 'earned': 2.0, 'possible': 5.0, 'percent': 40.0}
>>> table["09-pay"]["percent"]
100.0
>>> short_label("09-compensation")
'09'
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from matplotlib.figure import Figure
from matplotlib.patches import Patch

from aicareer.plotting import PALETTE

# Bars below this share are hatched as well as colored, so the weak topics stand out in print and
# for readers who do not see the color difference.
WEAK_BELOW = 60.0


def _number(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        try:
            import numpy as np

            if isinstance(value, (np.integer, np.floating)):
                return float(value)
        except ImportError:  # pragma: no cover - numpy is a course dependency
            pass
        raise TypeError(f"{name} must be a number, not {type(value).__name__}")
    if not math.isfinite(float(value)):
        raise ValueError(f"{name} must be finite, not {value!r}")
    return float(value)


def percent_by_topic(rows: Iterable[tuple[str, float, float]]) -> dict[str, dict]:
    """Group ``(topic, earned, possible)`` rows by topic, in order of first appearance.

    Returns ``{topic: {"items", "earned", "possible", "percent"}}`` where ``percent`` is
    ``100 * earned / possible`` (``0.0`` for a topic with nothing possible).

    >>> percent_by_topic([("a", 1, 4), ("b", 0.5, 1), ("a", 0, 0)])["a"]["percent"]
    25.0
    >>> percent_by_topic([("a", 5, 4)])
    Traceback (most recent call last):
    ...
    ValueError: earned (5.0) exceeds possible (4.0) for topic 'a'
    """
    table: dict[str, dict] = {}
    for row in rows:
        if not isinstance(row, (tuple, list)) or len(row) != 3:
            raise TypeError(f"each row is a (topic, earned, possible) tuple, not {row!r}")
        topic, earned, possible = row
        if not isinstance(topic, str) or not topic.strip():
            raise TypeError(f"a topic must be a non-empty string, not {topic!r}")
        earned, possible = _number("earned", earned), _number("possible", possible)
        if earned < 0 or possible < 0:
            raise ValueError(f"points cannot be negative: {row!r}")
        if earned > possible:
            raise ValueError(f"earned ({earned}) exceeds possible ({possible}) for topic {topic!r}")
        entry = table.setdefault(topic, {"items": 0, "earned": 0.0, "possible": 0.0})
        entry["items"] += 1
        entry["earned"] += earned
        entry["possible"] += possible
    for entry in table.values():
        entry["percent"] = 100.0 * entry["earned"] / entry["possible"] if entry["possible"] else 0.0
    return table


def short_label(topic: str) -> str:
    """The number of a topic id such as ``"09-compensation"`` (or the id itself if unnumbered).

    >>> short_label("14-where-to-find-work"), short_label("glossary")
    ('14', 'glossary')
    """
    head = topic.split("-", 1)[0]
    return head if head.isdigit() else topic


def plot_topic_profile(
    percent: Mapping[str, float],
    *,
    markers: Mapping[str, float] | None = None,
    bar_label: str = "points earned",
    marker_label: str = "confidence",
    title: str = "Profile by topic",
    ylabel: str = "Share (%)",
) -> Figure:
    """Draw one bar per topic (0-100), each labeled with its value, and return the Figure.

    *percent* maps topic ids to values from 0 to 100, drawn in the mapping's order with the
    topic's number as the tick label. Bars below 60% are hatched as well as colored. Optional
    *markers* (same scale) are drawn as black diamonds, for example a self-rated confidence, so
    that the gap between the two is visible without relying on color. The figure is not shown;
    the caller shows, saves or closes it.

    >>> fig = plot_topic_profile({"01-market": 40.0, "09-pay": 100.0})
    >>> [t.get_text() for t in fig.axes[0].get_xticklabels()]
    ['01', '09']
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['40%', '100%']
    """
    if not isinstance(percent, Mapping) or not percent:
        raise ValueError("percent must be a non-empty mapping of topic to a value from 0 to 100")
    values = []
    for topic, value in percent.items():
        v = _number(f"the value of {topic!r}", value)
        if not 0.0 <= v <= 100.0:
            raise ValueError(f"values are percentages from 0 to 100, not {v} for {topic!r}")
        values.append(v)
    topics = list(percent)
    fig = Figure(figsize=(max(6.0, 0.55 * len(topics) + 2.5), 4.4), layout="constrained")
    ax = fig.add_subplot()
    xs = list(range(len(topics)))
    bars = ax.bar(xs, values, color=PALETTE[0], edgecolor="black", linewidth=0.6)
    for bar, v in zip(bars, values, strict=True):
        if v < WEAK_BELOW:
            bar.set_hatch("//")
            bar.set_facecolor(PALETTE[1])
        ax.text(bar.get_x() + bar.get_width() / 2, v + 2, f"{v:.0f}%", ha="center", fontsize=8)
    handles = [
        Patch(
            facecolor=PALETTE[0], edgecolor="black", label=f"{bar_label}, {WEAK_BELOW:.0f}% or more"
        ),
        Patch(
            facecolor=PALETTE[1],
            edgecolor="black",
            hatch="//",
            label=f"{bar_label}, below {WEAK_BELOW:.0f}%",
        ),
    ]
    if markers:
        mx, my = [], []
        for i, topic in enumerate(topics):
            if topic in markers:
                mx.append(i)
                my.append(_number(f"the marker of {topic!r}", markers[topic]))
        (line,) = ax.plot(mx, my, linestyle="none", marker="D", color="black", label=marker_label)
        handles.append(line)
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=3, fontsize=8)
    ax.axhline(WEAK_BELOW, color="grey", linestyle=":", linewidth=1)
    ax.set_xticks(xs, [short_label(t) for t in topics])
    ax.set_ylim(0, 112)
    ax.set_xlabel("Topic (number of the page)")
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    return fig
