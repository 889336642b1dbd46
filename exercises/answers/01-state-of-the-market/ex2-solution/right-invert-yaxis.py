# style: pandas groupby/explode instead of loops, bars drawn largest first with ax.invert_yaxis()
import matplotlib.pyplot as plt
import pandas as pd


def _rows_for_role(postings, role, needed):
    """Check the table and return the rows with this role (raises on bad input)."""
    if not isinstance(postings, pd.DataFrame):
        raise TypeError("postings must be a DataFrame")
    if not isinstance(role, str):
        raise TypeError("role must be a string")
    missing = [c for c in ["role", *needed] if c not in postings.columns]
    if missing:
        raise ValueError(f"missing column(s): {missing}")
    rows = postings.loc[postings["role"] == role]
    if rows.empty:
        raise ValueError(f"no posting has role {role!r}")
    return rows


def _sorted_shares(shares, index_name):
    """Sort a Series of shares by value descending, then label ascending."""
    frame = pd.DataFrame({"label": list(shares.index), "share": [float(v) for v in shares.to_numpy()]})
    frame = frame.sort_values(["share", "label"], ascending=[False, True], kind="mergesort")
    return pd.Series(frame["share"].to_list(), index=pd.Index(frame["label"].to_list(), name=index_name),
                     name="share", dtype=float)


def share_by(postings, column, role="ai_engineer"):
    """Return the share of `role` postings in each value of `column`, largest first."""
    if not isinstance(column, str):
        raise TypeError("column must be a string")
    rows = _rows_for_role(postings, role, [column])
    return _sorted_shares(rows.groupby(column).size() / len(rows), column)


def top_skills(postings, k=10, role="ai_engineer"):
    """Return the k skills listed by the largest share of `role` postings."""
    if type(k) is not int:
        raise TypeError("k must be an int")
    if k < 1:
        raise ValueError("k must be at least 1")
    rows = _rows_for_role(postings, role, ["skills"])
    pieces = rows["skills"].fillna("").str.split(";").map(lambda xs: sorted({x.strip() for x in xs} - {""}))
    exploded = pieces.explode().dropna()
    shares = exploded.value_counts() / len(rows)
    return _sorted_shares(shares, "skill").iloc[:k]


def plot_postings_summary(postings, role="ai_engineer", k=8):
    """Plot city shares, tier shares and top-k skills side by side; return (fig, axes)."""
    panels = [(share_by(postings, "city", role), "city"),
              (share_by(postings, "company_tier", role), "company tier"),
              (top_skills(postings, k, role), "skill")]
    fig, axes = plt.subplots(1, 3, figsize=(14, 4.5))
    for ax, (shares, what) in zip(axes, panels):
        ax.barh(list(shares.index), shares.to_numpy())  # largest first, at the bottom...
        ax.invert_yaxis()  # ... so flip the axis: the largest bar is now at the top
        ax.set_title(f"Share of {role} postings by {what}")
        ax.set_xlabel("share of postings")
    fig.tight_layout()
    return fig, axes
