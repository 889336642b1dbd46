# slip: draws the bars in the returned order without inverting, so the largest share ends at the bottom
import matplotlib.pyplot as plt
import pandas as pd


def _rows(postings, role, needed):
    if not isinstance(postings, pd.DataFrame):
        raise TypeError("postings must be a pandas DataFrame")
    if not isinstance(role, str):
        raise TypeError("role must be a string")
    for col in needed:
        if col not in postings.columns:
            raise ValueError(f"postings has no column {col!r}")
    rows = postings[postings["role"] == role]
    if len(rows) == 0:
        raise ValueError(f"no posting has role {role!r}")
    return rows


def _order(counts, total, index_name):
    pairs = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return pd.Series([c / total for _, c in pairs], index=pd.Index([k for k, _ in pairs], name=index_name),
                     name="share", dtype=float)


def share_by(postings, column, role="ai_engineer"):
    """Return the share of `role` postings in each value of `column`, largest first."""
    if not isinstance(column, str):
        raise TypeError("column must be a string")
    rows = _rows(postings, role, ["role", column])
    counts = {}
    for value in rows[column]:
        counts[value] = counts.get(value, 0) + 1
    return _order(counts, len(rows), column)


def top_skills(postings, k=10, role="ai_engineer"):
    """Return the k skills listed by the largest share of `role` postings."""
    if not isinstance(postings, pd.DataFrame):
        raise TypeError("postings must be a pandas DataFrame")
    if isinstance(k, bool) or not isinstance(k, int):
        raise TypeError("k must be an int")
    if k < 1:
        raise ValueError("k must be at least 1")
    rows = _rows(postings, role, ["role", "skills"])
    counts = {}
    for text in rows["skills"]:
        if not isinstance(text, str):
            continue
        for skill in {piece.strip() for piece in text.split(";")} - {""}:
            counts[skill] = counts.get(skill, 0) + 1
    return _order(counts, len(rows), "skill").iloc[:k]


def plot_postings_summary(postings, role="ai_engineer", k=8):
    """Plot city shares, tier shares and top-k skills side by side; return (fig, axes)."""
    panels = [(share_by(postings, "city", role), "Share by city", "share of postings"),
              (share_by(postings, "company_tier", role), "Share by company tier", "share of postings"),
              (top_skills(postings, k, role), f"Top {k} skills", "share of postings listing the skill")]
    fig, axes = plt.subplots(1, 3, figsize=(15, 4.5))
    for ax, (series, title, xlabel) in zip(axes, panels):
        ax.barh(list(series.index), list(series.values))
        ax.set_title(title)
        ax.set_xlabel(xlabel)
    fig.tight_layout()
    return fig, axes
