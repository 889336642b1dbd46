"""Dated facts: every figure that can go stale, recorded once with its source and two dates.

A price, a salary band, a headcount, a valuation or a protocol revision is true on some date and
false a year later. The course keeps each such figure in one place, ``data/facts/*.toml`` (one
file per topic that introduces the figures, ``chapter.toml`` for the book's own pages), and the
pages take it from there:

- prose writes ``{fact}`key``` where the figure goes; the student edition gets the text of the
  fact (:class:`aicareer.render_facts.RenderFacts` renders it at release) and the book's own pages
  get it through a Sphinx role of the same name (``aicareer.book``);
- code reads the number with ``facts.value("key")``.

Each fact is a TOML table::

    [claude-haiku-4-5-input-price]
    text = "$1 per million input tokens"   # what the page prints
    value = 1.0                            # optional: the number, for code
    what = "List price of Claude Haiku 4.5 input tokens, standard tier"
    source = "anthropic2026pricing"        # a key of book/references.bib
    true_as_of = "2026-11"                 # the date it describes: YYYY, YYYY-MM or YYYY-MM-DD
    checked = 2026-11-20                   # the day someone last compared it with its source
    standing = "verified"                  # verified, secondary, estimate or unverified

``aicareer-facts`` (``make facts``) lists them oldest check first and flags those checked more than
six months ago, so a maintainer knows what to refresh each term.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

FIELDS_REQUIRED = ("text", "what", "source", "true_as_of", "checked", "standing")
FIELDS_OPTIONAL = ("value", "note")
# verified: read in the source itself; secondary: read in a report of the source; estimate: the
# course's own estimate, its method on the page; unverified: reported, and the page says so.
STANDINGS = ("verified", "secondary", "estimate", "unverified")
KEY = re.compile(r"[a-z0-9][a-z0-9-]*[a-z0-9]")
PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
# The MyST role a page writes where a figure goes: {fact}`key`
ROLE = re.compile(r"\{fact\}`([^`]*)`")
# Code reads a fact with facts.value("key") or facts.text("key").
CODE_USE = re.compile(r"\bfacts\.(?:value|text|get)\(\s*['\"]([^'\"]+)['\"]")
# Read left to right, a role wins over a code span at the same place, so a role's own backticks
# never open a span; a role shown inside a code span is an example, not a use.
ROLE_OR_SPAN = re.compile(r"\{fact\}`(?P<key>[^`\n]*)`|(?P<ticks>`+).+?(?P=ticks)", re.S)
FENCE = re.compile(r"^\s*(?P<mark>`{3,}|~{3,})(?P<info>.*)$")
STALE_AFTER_MONTHS = 6


class FactsError(ValueError):
    """A fact file or a page's use of a fact is wrong; the message says where and what to fix."""


@dataclass(frozen=True)
class Fact:
    """One dated figure: what the page prints, where it comes from, when it was true and checked."""

    key: str
    text: str
    what: str
    source: str
    true_as_of: str
    checked: dt.date
    standing: str
    value: float | int | str | None = None
    note: str = ""
    file: str = field(default="", compare=False)

    def age_in_months(self, today: dt.date) -> int:
        """Whole months from the last check to *today*."""
        months = (today.year - self.checked.year) * 12 + today.month - self.checked.month
        return months - (today.day < self.checked.day)

    def is_stale(self, today: dt.date, months: int = STALE_AFTER_MONTHS) -> bool:
        """Whether the last check is more than *months* months before *today*."""
        return months_after(self.checked, months) < today


def months_after(day: dt.date, months: int) -> dt.date:
    """The same day of the month *months* months after *day* (the month's last day if shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    month += 1
    first_of_next = dt.date(year + (month == 12), month % 12 + 1, 1)
    last_day = (first_of_next - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last_day))


def facts_folder() -> Path:
    """The folder of the course's fact files, inside the package."""
    return Path(str(resources.files("aicareer") / "data" / "facts"))


def _check_partial_date(text: object, where: str) -> str:
    if not isinstance(text, str) or not PARTIAL_DATE.fullmatch(text):
        raise FactsError(
            f"{where}: true_as_of must be a string YYYY, YYYY-MM or YYYY-MM-DD, got {text!r}"
        )
    year, month, day = PARTIAL_DATE.fullmatch(text).groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as err:
        raise FactsError(f"{where}: true_as_of {text!r} is not a date ({err})") from None
    return text


def _parse(key: str, table: object, file: str) -> Fact:
    where = f"{file} [{key}]"
    if isinstance(table, Mapping) and table and all(isinstance(v, Mapping) for v in table.values()):
        raise FactsError(
            f"{where}: a dot in a key makes TOML nest tables; write 4-5, not 4.5, in keys"
        )
    if not KEY.fullmatch(key):
        raise FactsError(
            f"{where}: a key is lower-case letters, digits and hyphens, like 'haiku-4-5-price'"
        )
    if not isinstance(table, Mapping):
        raise FactsError(f"{where}: a fact is a table of fields, not {type(table).__name__}")
    missing = [name for name in FIELDS_REQUIRED if name not in table]
    unknown = sorted(set(table) - set(FIELDS_REQUIRED) - set(FIELDS_OPTIONAL))
    if missing or unknown:
        raise FactsError(f"{where}: missing fields {missing}, unknown fields {unknown}")
    for name in ("text", "what", "source", "standing"):
        if not isinstance(table[name], str) or not table[name].strip():
            raise FactsError(f"{where}: {name} must be a non-empty string")
    if table["standing"] not in STANDINGS:
        raise FactsError(f"{where}: standing must be one of {', '.join(STANDINGS)}")
    checked = table["checked"]
    if type(checked) is not dt.date:
        raise FactsError(f"{where}: checked must be a TOML date such as 2026-11-20, unquoted")
    value = table.get("value")
    if value is not None and (isinstance(value, bool) or not isinstance(value, int | float | str)):
        raise FactsError(f"{where}: value must be a number or a string")
    return Fact(
        key=key,
        text=table["text"],
        what=table["what"],
        source=table["source"],
        true_as_of=_check_partial_date(table["true_as_of"], where),
        checked=checked,
        standing=table["standing"],
        value=value,
        note=table.get("note", ""),
        file=file,
    )


def load(folder: Path | None = None) -> dict[str, Fact]:
    """Read every ``*.toml`` fact file of *folder* (default: the course's); keys are unique."""
    folder = facts_folder() if folder is None else Path(folder)
    if not folder.is_dir():
        raise FactsError(f"no fact folder at {folder}")
    found: dict[str, Fact] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            tables = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as err:
            raise FactsError(f"{path.name} is not valid TOML: {err}") from None
        for key, table in tables.items():
            fact = _parse(key, table, path.name)
            if key in found:
                raise FactsError(
                    f"fact {key!r} is recorded twice, in {found[key].file} and {path.name}: "
                    "record it once and use the same key on every page"
                )
            found[key] = fact
    return found


@cache
def _course_facts() -> dict[str, Fact]:
    return load()


def get(key: str) -> Fact:
    """Return the course's fact *key* (with its text, value, source and dates)."""
    if not isinstance(key, str):
        raise TypeError(f"a fact key is a string, not {type(key).__name__}")
    facts = _course_facts()
    if key not in facts:
        close = [k for k in facts if key.split("-")[0] in k][:5]
        hint = f"; keys that look close: {', '.join(close)}" if close else ""
        raise KeyError(f"no fact {key!r} in {facts_folder()}{hint}")
    return facts[key]


def value(key: str) -> float | int | str:
    """Return the number (or string) of fact *key*, for code; its text is :func:`text`."""
    fact = get(key)
    if fact.value is None:
        raise ValueError(f"fact {key!r} has a text ({fact.text!r}) but no value for code")
    return fact.value


def text(key: str) -> str:
    """Return fact *key* as the page prints it."""
    return get(key).text


def render(markdown: str, facts: Mapping[str, Fact]) -> str:
    """Replace every ``{fact}`key``` in *markdown* with the fact's text."""

    def substitute(match: re.Match[str]) -> str:
        key = match.group(1).strip()
        if key not in facts:
            raise FactsError(
                f"the page uses {{fact}}`{key}`, which no file in data/facts records: add it there"
            )
        return facts[key].text

    return ROLE.sub(substitute, markdown)


def prose_lines(markdown: str) -> str:
    """*markdown* without its fenced code blocks; a MyST directive's body (```{glossary}) stays."""
    kept, stack = [], []  # stack: the open fences, each (marker, is_code)
    for line in markdown.splitlines():
        fence = FENCE.match(line)
        if fence and stack and fence["mark"] == stack[-1][0] and not fence["info"].strip():
            stack.pop()
            continue
        if fence and not (stack and stack[-1][1]):
            stack.append((fence["mark"], not fence["info"].strip().startswith("{")))
            continue
        if not (stack and stack[-1][1]):
            kept.append(line)
    return "\n".join(kept)


def keys_used(markdown: str = "", code: str = "") -> set[str]:
    """The fact keys a page uses: roles in its *markdown*, ``facts.*`` calls in its *code*.

    A role shown as an example inside a code span or a fenced code block is not a use.
    """
    matches = ROLE_OR_SPAN.finditer(prose_lines(markdown))
    roles = {m["key"].strip() for m in matches if m["key"] is not None}
    return roles | set(CODE_USE.findall(code))


def pages_using(repo: Path) -> dict[str, list[str]]:
    """Map each fact key to the pages of the course at *repo* that use it (sources and book)."""
    import nbformat

    pages: dict[str, list[str]] = {}
    sources = sorted((repo / "exercises" / "source").glob("*/*.ipynb"))
    for path in [*sources, *sorted((repo / "book").glob("*.md"))]:
        if path.suffix == ".ipynb":
            cells = nbformat.read(path, as_version=4).cells
            used = keys_used(
                "\n".join(c.source for c in cells if c.cell_type == "markdown"),
                "\n".join(c.source for c in cells if c.cell_type == "code"),
            )
        else:
            used = keys_used(path.read_text(encoding="utf-8"))
        for key in used:
            pages.setdefault(key, []).append(path.stem)
    return pages


def plain(markdown: str) -> str:
    """A fact's text for a terminal: MyST's escaped dollar (``\\$``, not math) as ``$``."""
    return markdown.replace("\\$", "$")


def oldest_first(facts: Iterable[Fact]) -> list[Fact]:
    """Facts ordered by the date they were last checked, oldest first, then by key."""
    return sorted(facts, key=lambda f: (f.checked, f.key))


def report(
    facts: Mapping[str, Fact], pages: Mapping[str, list[str]], today: dt.date, months: int
) -> str:
    """The maintainer's table: every fact oldest check first, stale ones flagged."""
    lines = [
        f"{len(facts)} dated facts, oldest check first; STALE = checked more than {months} "
        f"months before {today.isoformat()}",
        "",
    ]
    stale = 0
    for fact in oldest_first(facts.values()):
        flag = "STALE" if fact.is_stale(today, months) else "ok"
        stale += flag == "STALE"
        used = ", ".join(pages.get(fact.key, [])) or "no page"
        lines.append(
            f"{flag:<5}  checked {fact.checked.isoformat()}  true as of {fact.true_as_of:<10}  "
            f"{fact.key}: {plain(fact.text)}  [{fact.standing}; source {fact.source}; {used}]"
        )
    lines += ["", f"{stale} of {len(facts)} checked more than {months} months ago."]
    if stale:
        lines.append(
            "To refresh one: compare it with its source, update text/value/true_as_of in its file "
            "under src/aicareer/data/facts/, set checked to today, then `make release`."
        )
    return "\n".join(lines)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-28") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="List the course's dated facts, oldest check first, flagging stale ones."
    )
    parser.add_argument("--today", type=_date, default=dt.date.today(), help="default: today")
    parser.add_argument(
        "--months", type=int, default=STALE_AFTER_MONTHS, help="stale after this many months"
    )
    parser.add_argument(
        "--fail-on-stale", action="store_true", help="exit 1 when any fact is stale (for CI)"
    )
    parser.add_argument("--repo", type=Path, default=None, help="course root (default: here)")
    args = parser.parse_args(argv)
    from aicareer.release import ReleaseError, find_repo_root

    try:
        facts = load()
        repo = find_repo_root(args.repo)
    except (FactsError, ReleaseError) as err:
        print(f"facts: {err}", file=sys.stderr)
        return 2
    print(report(facts, pages_using(repo), args.today, args.months))
    any_stale = any(f.is_stale(args.today, args.months) for f in facts.values())
    return 1 if args.fail_on_stale and any_stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
