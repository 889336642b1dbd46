# style: headings and fences parsed with string methods, findings built in one pass
def lint_readme(text):
    """Return the findings of the README linter for the Markdown *text*, as a list of 2-tuples."""
    if type(text) is not str and not isinstance(text, str):
        raise TypeError("text must be a str")
    sections = [
        ("problem", ("problem", "the problem", "problem statement")),
        ("baseline", ("baseline", "baselines")),
        ("evaluation", ("evaluation", "eval", "evals", "results")),
        ("demo", ("demo", "live demo", "deployment")),
        ("failures", ("failures", "failure modes", "known failures", "limitations")),
    ]
    metric = re.compile(r"(?<!\w)(accuracy|precision|recall|f1|mrr|ndcg|pass\s+rate|win\s+rate|exact\s+match)(?!\w)", re.I)
    value = re.compile(r"[0-9]*\.[0-9]+|[0-9]+(\.[0-9]+)?\s?%")

    def heading_title(line):
        body = line.lstrip(" \t")
        hashes = len(body) - len(body.lstrip("#"))
        if not 1 <= hashes <= 6:
            return None
        rest = body[hashes:]
        if not rest or rest[0] not in " \t":
            return None
        words = rest.replace("\t", " ").split(" ")
        words = [w for w in words if w]
        if words and set(words[-1]) == {"#"}:
            words = words[:-1]
        return " ".join(words).lower()

    titles, later = set(), []
    fenced = False
    for i, line in enumerate(text.splitlines()):
        if line.lstrip(" \t")[:3] in ("```", "~~~"):
            fenced = not fenced
            continue
        if fenced:
            continue
        title = heading_title(line)
        if title is not None:
            titles.add(title)
            continue
        m = metric.search(line)
        if m is None:
            continue
        if value.search(line.replace("\t", " ")) is None and value.search(line) is None:
            continue
        has_n = re.search(r"(?<!\w)[nN][ \t]*=[ \t]*[0-9]", line) is not None
        has_ci = ("±" in line or "+/-" in line
                  or re.search(r"(?<!\w)(intervals?|ci)(?!\w)", line, re.I) is not None)
        if not has_n:
            later.append(("metric-without-n", i + 1))
        if not has_ci:
            later.append(("metric-without-interval", i + 1))
    found = [("missing-section", name) for name, names in sections
             if not any(n in titles for n in names)]
    return found + later
