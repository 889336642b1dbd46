"""The chapter's bibliography, book/references.bib, and the citations that use it.

The .bib is the one source of the references page (book/references.md renders it group by group)
and of every ``{cite}`` in the topics and the book's pages. These checks keep it whole: it parses,
each key is there once, each entry is dated and in exactly one group of the page, web pages that
change in place say when they were consulted, and every cited key exists.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pybtex.errors
import pytest
from pybtex.backends.plaintext import Backend as PlainText
from pybtex.database import BibliographyData, BibliographyDataError, parse_string
from pybtex.plugin import find_plugin

from aicareer.bibtex import register_dollar_sign

REPO = Path(__file__).resolve().parents[1]
BIB = REPO / "book" / "references.bib"
REFERENCES_PAGE = REPO / "book" / "references.md"

GROUPS = {
    "books",
    "essays",
    "reports",
    "press",
    "papers",
    "documentation",
    "courses",
    "data",
    "tools",
}
KEY = re.compile(r"[a-z][a-z0-9]*\d{4}[a-z0-9]+")
YEAR = re.compile(r"\d{4}(--\d{4})?")
URLDATE = re.compile(r"\d{4}-\d{2}(-\d{2})?")
# {cite}`a`, {cite:t}`a,b`, {cite:p}`a`, {footcite}`a` and the other variants of the roles.
CITE = re.compile(r"\{(?:foot)?cite(?::[a-z]+)?\}`([^`]*)`")
# Code, not prose: fenced blocks (``` or ~~~, three or more) and ``double-backtick`` literals.
FENCE = re.compile(r"^ *(`{3,}|~{3,}).*?^ *\1", re.M | re.S)
LITERAL = re.compile(r"``.+?``", re.S)
FILTER = re.compile(r'^:filter:\s*keywords\s*%\s*"([^"]+)"\s*$', re.M)


def parse_bib(text: str) -> BibliographyData:
    """Parse BibTeX strictly: a repeated key (pybtex compares keys case-insensitively) raises."""
    previous = pybtex.errors.strict
    pybtex.errors.set_strict_mode(True)
    try:
        return parse_string(text, "bibtex")
    finally:
        pybtex.errors.set_strict_mode(previous)


def cited_keys(text: str) -> list[str]:
    """Keys cited in MyST text by the cite and footcite roles, in order.

    Code does not cite: fenced blocks and inline literals (a guide showing ``{cite:t}`key` ``)
    are skipped.
    """
    text = FENCE.sub("", text)
    text = LITERAL.sub("", text)
    return [key.strip() for keys in CITE.findall(text) for key in keys.split(",") if key.strip()]


def page_texts() -> dict[str, str]:
    """Every text that may cite: the topic notebooks' markdown cells and the book's own pages."""
    texts = {}
    for path in sorted(REPO.glob("exercises/source/*/*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        texts[str(path.relative_to(REPO))] = "\n\n".join(
            "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            for cell in cells
            if cell["cell_type"] == "markdown"
        )
    for path in sorted(REPO.glob("book/*.md")):
        texts[str(path.relative_to(REPO))] = path.read_text(encoding="utf-8")
    return texts


@pytest.fixture(scope="module")
def bib() -> BibliographyData:
    return parse_bib(BIB.read_text(encoding="utf-8"))


# The helpers, on small invented texts.


def test_cited_keys_finds_every_role_and_splits_lists():
    text = (
        "As {cite:t}`huyen2025aiengineering` argues, and others agree {cite:p}`a2020x, b2021y`;"
        " see {cite}`c2022z` and a footnote{footcite}`d2023w`. Not a role: `cite:t` or {cite:t}."
        " Code, not a citation: `` {cite:t}`shown2020code` `` and\n"
        "```md\n{cite}`fenced2020code`\n```\n"
    )
    assert cited_keys(text) == ["huyen2025aiengineering", "a2020x", "b2021y", "c2022z", "d2023w"]


def test_a_repeated_key_fails_to_parse():
    entry = "@misc{{{key}, title = {{T}}, year = {{2026}}, keywords = {{data}}}}\n"
    assert len(parse_bib(entry.format(key="one2026x")).entries) == 1
    with pytest.raises(BibliographyDataError, match="repeated"):
        parse_bib(entry.format(key="one2026x") + entry.format(key="One2026X"))


def test_an_unknown_cited_key_is_caught():
    known = {"huyen2025aiengineering"}
    text = "{cite:t}`huyen2025aiengineering` and {cite:p}`nobody2099nothing`"
    assert [k for k in cited_keys(text) if k not in known] == ["nobody2099nothing"]


# The bibliography itself.


def test_keys_are_readable(bib):
    bad = [key for key in bib.entries if not KEY.fullmatch(key)]
    assert not bad, f"keys must be lower-case author-or-org + year + word: {bad}"


def test_every_entry_is_dated(bib):
    bad = {
        k: e.fields.get("year")
        for k, e in bib.entries.items()
        if not YEAR.fullmatch(e.fields.get("year", ""))
    }
    assert not bad, f"entries without a year (YYYY or YYYY--YYYY): {bad}"


def test_every_entry_has_exactly_one_group(bib):
    bad = {
        k: e.fields.get("keywords")
        for k, e in bib.entries.items()
        if e.fields.get("keywords", "").strip() not in GROUPS
    }
    assert not bad, f"keywords must be one of {sorted(GROUPS)}: {bad}"


def test_web_pages_say_when_they_were_consulted(bib):
    for key, entry in bib.entries.items():
        fields = entry.fields
        consulted = "consulted" in fields.get("note", "").lower()
        if entry.type == "online":
            assert URLDATE.fullmatch(fields.get("urldate", "")), f"{key}: @online needs urldate"
            # pybtex prints urldate only beside a url; without one the note carries the date.
            assert "url" in fields or consulted, f"{key}: give a url or a note 'Consulted ...'"
        else:
            assert "urldate" not in fields, f"{key}: a page with urldate is @online"
        if consulted:
            assert entry.type == "online", f"{key}: a consulted page is @online with urldate"


def test_special_characters_are_escaped():
    text = BIB.read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("%"))
    for char in "$&%":
        unescaped = re.findall(rf"(?<!\\){re.escape(char)}", body)
        assert not unescaped, f"escape {char} as \\{char} in {BIB.name}"


def test_every_entry_renders_without_latex_and_shows_its_date(bib):
    # As the book renders it: pybtex's plain style (bibtex_default_style), with aicareer.bibtex.
    register_dollar_sign()
    style = find_plugin("pybtex.style.formatting", "plain")()
    backend = PlainText()  # one instance: render_as() looks the backend up for every entry
    for entry in style.format_entries(bib.entries.values()):
        text = entry.text.render(backend)
        assert not re.search(r"[\\{}]", text), f"{entry.key} renders LaTeX: {text}"
        year = bib.entries[entry.key].fields["year"].replace("--", "\u2013")
        assert year in text, f"{entry.key} does not show its year: {text}"


def test_the_references_page_lists_every_entry_once(bib):
    groups = FILTER.findall(REFERENCES_PAGE.read_text(encoding="utf-8"))
    assert sorted(groups) == sorted(GROUPS), "one {bibliography} per group, each group once"
    for key, entry in bib.entries.items():
        matched = [g for g in groups if re.search(g, entry.fields["keywords"], re.IGNORECASE)]
        assert len(matched) == 1, f"{key} is listed by {len(matched)} filters: {matched}"


def test_every_cited_key_exists(bib):
    known = {key.lower() for key in bib.entries}
    missing = {
        name: unknown
        for name, text in page_texts().items()
        if (unknown := sorted({k for k in cited_keys(text) if k.lower() not in known}))
    }
    assert not missing, f"cited keys missing from {BIB.name}: {missing}"
