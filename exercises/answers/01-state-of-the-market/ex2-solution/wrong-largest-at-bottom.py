# slip: draws the bars largest first without inverting the axis, so the largest bar is at the bottom
import numbers

import matplotlib.pyplot as plt
import pandas as pd


def _rows_for_role(postings, role, needed):
    """Check the table and return the rows with this role (raises on bad input)."""
    if not isinstance(postings, pd.DataFrame):
        raise TypeError(f"postings must be a pandas DataFrame, not {type(postings).__name__}")
    if not isinstance(role, str):
        raise TypeError(f"role must be a string such as 'ai_engineer', not {role!r}")
    missing = [c for c in ["role", *needed] if c not in postings.columns]
    if missing:
        raise ValueError(f"postings lacks the column(s) {missing}")
    rows = postings[postings["role"] == role]
    if len(rows) == 0:
        raise ValueError(f"no posting has role {role!r}")
    return rows
def _sorted_shares(shares, index_name):
    """Sort a Series of shares by value descending, then label ascending."""
    ordered = sorted(shares.items(), key=lambda kv: (-kv[1], kv[0]))
    out = pd.Series(
        [float(v) for _, v in ordered],
        index=pd.Index([k for k, _ in ordered], name=index_name),
        name="share",
        dtype=float,
    )
    return out
def share_by(postings, column, role="ai_engineer"):
    """Return the share of `role` postings in each value of `column`, largest first."""
    if not isinstance(column, str):
        raise TypeError(f"column must be a column name (a string), not {column!r}")
    rows = _rows_for_role(postings, role, [column])
    counts = rows[column].value_counts()
    return _sorted_shares(counts / len(rows), column)
def top_skills(postings, k=10, role="ai_engineer"):
    """Return the k skills listed by the largest share of `role` postings."""
    if isinstance(k, bool) or not isinstance(k, numbers.Integral):
        raise TypeError(f"k must be an int, not {type(k).__name__}")
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    rows = _rows_for_role(postings, role, ["skills"])
    counts = {}
    for text in rows["skills"]:
        if not isinstance(text, str):
            continue  # NaN: no skills listed
        skills = {piece.strip() for piece in text.split(";")} - {""}
        for skill in skills:
            counts[skill] = counts.get(skill, 0) + 1
    shares = pd.Series({s: c / len(rows) for s, c in counts.items()}, dtype=float)
    return _sorted_shares(shares, "skill").iloc[:k]
def plot_postings_summary(postings, role="ai_engineer", k=8):
    """Plot city shares, tier shares and top-k skills side by side; return (fig, axes)."""
    panels = [
        (share_by(postings, "city", role), f"Share of {role} postings by city"),
        (share_by(postings, "company_tier", role), f"Share of {role} postings by company tier"),
        (top_skills(postings, k, role), f"Top {k} skills in {role} postings"),
    ]
    fig, axes = plt.subplots(1, 3, figsize=(14, 4.5))
    for ax, (shares, title) in zip(axes, panels):
        ax.barh(list(shares.index), list(shares.values))
        ax.set_title(title, fontsize=10)
        ax.set_xlabel("share of postings")
    fig.tight_layout()
    return fig, axes
