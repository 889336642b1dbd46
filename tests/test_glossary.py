"""The glossary holds the chapter's terms, and every topic links the first use of each to it.

The book build (``-W -n``) already fails on a ``{term}`` that names no glossary entry; these tests
check the other direction: a glossary term that a topic uses is linked where the reader first
meets it, and the intro's jargon list is in the glossary.
"""

from __future__ import annotations

import re

import nbformat
import pytest
from course import REPO, TOPICS

GLOSSARY = REPO / "book" / "glossary.md"
TERM_ROLE = re.compile(r"\{term\}`([^`]*)`")
# Text a reader does not read as prose: code, math, URLs of links, headings, HTML comments.
NOT_PROSE = re.compile(
    r"```.*?```|`[^`\n]*`|\$\$.*?\$\$|\$[^$\n]*\$|\]\([^)]*\)|^#+ .*?$|<!--.*?-->",
    re.S | re.M,
)


def glossary_terms(text: str) -> list[str]:
    """The terms of the ``{glossary}`` directive in *text* (a term line starts at column 0)."""
    body = text.split("```{glossary}", 1)[1].split("\n```", 1)[0]
    return [line.strip() for line in body.splitlines() if line and not line[0].isspace()]


def role_target(role_text: str) -> str:
    """The glossary term a ``{term}`` role points to: ``text <Term>`` or ``Term``."""
    explicit = re.fullmatch(r"(.*)<([^<>]+)>\s*", role_text, re.S)
    return (explicit.group(2) if explicit else role_text).strip()


def term_pattern(term: str) -> re.Pattern[str]:
    """Where *term* occurs as a word: acronyms match their case, other terms any case; plurals."""
    acronym = term.isupper() or (any(ch.isdigit() for ch in term) and term.upper() == term)
    words = re.escape(term)
    flags = 0 if acronym else re.I
    return re.compile(rf"(?<![\w@.-]){words}(?:s|es)?(?![\w-])", flags)


def first_use_unlinked(markdown: str, terms: list[str]) -> list[str]:
    """The terms whose first occurrence in *markdown* is not a ``{term}`` role pointing to them."""
    roles: list[tuple[int, int, str]] = []

    def keep_role(match: re.Match[str]) -> str:
        roles.append((match.start(), match.end(), role_target(match.group(1)).lower()))
        return match.group(0)

    TERM_ROLE.sub(keep_role, markdown)
    prose = NOT_PROSE.sub(lambda m: " " * len(m.group(0)), markdown)
    # A role's backticks were blanked with the code spans: put the roles back.
    for start, end, _ in roles:
        prose = prose[:start] + markdown[start:end] + prose[end:]
    unlinked = []
    for term in terms:
        hit = term_pattern(term).search(prose)
        if hit is None:
            continue
        linked = any(
            start <= hit.start() < end and target == term.lower() for start, end, target in roles
        )
        first_role = next((s for s, _, t in roles if t == term.lower()), None)
        if not linked and (first_role is None or first_role > hit.start()):
            unlinked.append(term)
    return unlinked


def test_first_use_rule_on_an_example():
    terms = ["RAG", "Baseline", "TC"]
    text = "Start with a {term}`baseline <Baseline>`. Baselines matter. RAG is next. `TC` is code."
    assert first_use_unlinked(text, terms) == ["RAG"]
    assert first_use_unlinked("# Baseline\n\nA {term}`Baseline`.", terms) == []
    assert first_use_unlinked("Its TCs vary; see {term}`TC`.", terms) == ["TC"]


@pytest.fixture(scope="module")
def terms() -> list[str]:
    return glossary_terms(GLOSSARY.read_text(encoding="utf-8"))


def test_glossary_is_alphabetical_and_unique(terms):
    assert len(terms) == len({t.lower() for t in terms}), "a glossary term is defined twice"
    assert terms == sorted(terms, key=str.lower), "keep the glossary in alphabetical order"


def test_jargon_list_is_in_the_glossary(terms):
    intro = (REPO / "book" / "intro.md").read_text(encoding="utf-8")
    jargon = intro.split("## Jargon for this chapter", 1)[1].split("\n## ", 1)[0]
    listed = [role_target(t) for t in TERM_ROLE.findall(jargon)]
    assert len(listed) >= 9
    assert set(listed) <= set(terms)


@pytest.mark.parametrize("topic", TOPICS)
def test_topic_links_first_use_of_each_term(topic, terms):
    nb = nbformat.read(REPO / "notebooks" / f"{topic}.ipynb", as_version=4)
    markdown = "\n\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    unlinked = first_use_unlinked(markdown, terms)
    assert not unlinked, (
        f"{topic}: link the first use of these glossary terms with {{term}}`...`: {unlinked}"
    )
