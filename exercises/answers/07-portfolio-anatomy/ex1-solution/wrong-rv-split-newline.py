# slip: splits on \n only, so \r line endings miscount lines
import re as _re


def lint_readme(text):
    """Return the findings of the README linter for the Markdown *text*, as a list of 2-tuples.

    ("missing-section", name) for each required section without a matching heading, in the order
    problem, baseline, evaluation, demo, failures; then ("metric-without-n", line) and
    ("metric-without-interval", line) for metric lines (1-based line numbers), by line.
    Raises TypeError if text is not a str.
    """
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    sections = {
        "problem": {"problem", "the problem", "problem statement"},
        "baseline": {"baseline", "baselines"},
        "evaluation": {"evaluation", "eval", "evals", "results"},
        "demo": {"demo", "live demo", "deployment"},
        "failures": {"failures", "failure modes", "known failures", "limitations"},
    }
    heading = _re.compile(r"^[ \t]*#{1,6}[ \t]+(.*)$")
    metric = _re.compile(r"(?<!\w)(accuracy|precision|recall|f1|mrr|ndcg|pass[ \t]+rate|win[ \t]+rate|exact[ \t]+match)(?!\w)", _re.I)
    value = _re.compile(r"\d*\.\d+|\d+ ?%")
    n_re = _re.compile(r"(?<!\w)[nN][ \t]*=[ \t]*\d")
    ci_re = _re.compile(r"±|\+/-|(?<!\w)intervals?(?!\w)|(?<!\w)ci(?!\w)", _re.I)
    titles = set()
    metrics = []
    in_fence = False
    for number, line in enumerate(text.split("\n"), start=1):
        if _re.match(r"^[ \t]*(```|~~~)", line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        m = heading.match(line)
        if m:
            title = _re.sub(r"[ \t]#+[ \t]*$", "", m.group(1))
            title = _re.sub(r"[ \t]+", " ", title.strip()).lower()
            titles.add(title)
            continue
        if metric.search(line) and value.search(line):
            if not n_re.search(line):
                metrics.append(("metric-without-n", number))
            if not ci_re.search(line):
                metrics.append(("metric-without-interval", number))
    missing = [("missing-section", s) for s, names in sections.items() if not titles & names]
    return missing + metrics
