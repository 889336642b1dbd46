# slip: does not lowercase titles, so 'PROBLEM' misses
def lint_readme(text):
    """Return the findings of the README linter for the Markdown *text*, as a list of 2-tuples.

    ("missing-section", name) for each required section without a matching heading, in the order
    problem, baseline, evaluation, demo, failures; then ("metric-without-n", line) and
    ("metric-without-interval", line) for metric lines (1-based line numbers), by line.
    Raises TypeError if text is not a str.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str of Markdown, not {type(text).__name__}")
    accepted = {
        "problem": {"problem", "the problem", "problem statement"},
        "baseline": {"baseline", "baselines"},
        "evaluation": {"evaluation", "eval", "evals", "results"},
        "demo": {"demo", "live demo", "deployment"},
        "failures": {"failures", "failure modes", "known failures", "limitations"},
    }
    heading_re = re.compile(r"[ \t]*#{1,6}[ \t]+(.*)")
    metric_re = re.compile(
        r"\b(?:accuracy|precision|recall|f1|mrr|ndcg|pass[ \t]+rate|win[ \t]+rate|exact[ \t]+match)\b",
        re.IGNORECASE,
    )
    value_re = re.compile(r"\d*\.\d+|\d+(?:\.\d+)? ?%")
    n_re = re.compile(r"\b[nN][ \t]*=[ \t]*\d")
    interval_re = re.compile(r"±|\+/-|\bintervals?\b|\bci\b", re.IGNORECASE)

    titles = set()
    metric_findings = []
    in_fence = False
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.lstrip(" \t")
        if stripped.startswith("```") or stripped.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        heading = heading_re.fullmatch(line)
        if heading:
            title = re.sub(r"[ \t]#+[ \t]*$", "", heading.group(1))
            title = re.sub(r"^#+[ \t]*$", "", title)
            titles.add(re.sub(r"[ \t]+", " ", title.strip(" \t")))
            continue
        if metric_re.search(line) and value_re.search(line):
            if not n_re.search(line):
                metric_findings.append(("metric-without-n", number))
            if not interval_re.search(line):
                metric_findings.append(("metric-without-interval", number))

    missing = [("missing-section", name) for name, names in accepted.items()
               if not titles & names]
    return missing + metric_findings
