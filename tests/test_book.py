"""The built book: every page of the table of contents, no warnings, nothing fetched from other
hosts, math served locally, and no solution or hidden test anywhere in the site."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
import yaml
from course import COURSE, REPO, TOPICS

from aicareer.leaks import distinctive_lines, leaks, visible_text
from aicareer.release import student_text

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("book")]

# A resource the browser loads by itself (not a link the reader may follow).
EXTERNAL_RESOURCE = re.compile(
    r"""<(?:script|img|iframe|source|video|audio)\b[^>]*\bsrc=["'](?:https?:)?//"""
    r"""|<link\b[^>]*\bhref=["'](?:https?:)?//"""
    r"""|url\(\s*["']?(?:https?:)?//""",
    re.IGNORECASE,
)


def toc_files() -> list[str]:
    toc = yaml.safe_load((REPO / "_toc.yml").read_text(encoding="utf-8"))
    files = [toc["root"]]
    for part in toc.get("parts", []):
        files += [chapter["file"] for chapter in part["chapters"]]
    return files


def test_every_page_of_the_toc_is_built(built_book: Path):
    missing = [f for f in toc_files() if not (built_book / f"{f}.html").is_file()]
    assert not missing, f"pages in _toc.yml without HTML: {missing}"


def test_every_topic_is_in_the_toc():
    listed = {Path(f).name for f in toc_files() if f.startswith("notebooks/")}
    assert listed == set(TOPICS), f"topics missing from _toc.yml: {set(TOPICS) - listed}"


def test_the_introduction_links_every_topic():
    intro = (REPO / "book" / "intro.md").read_text(encoding="utf-8")
    linked = set(re.findall(r"\{doc\}`\.\./notebooks/([^`]+)`", intro))
    assert linked == set(TOPICS), f"topics the introduction does not link: {set(TOPICS) - linked}"


def test_site_loads_nothing_from_other_hosts(built_book: Path):
    offenders = {}
    for path in [*built_book.rglob("*.html"), *built_book.rglob("*.css")]:
        hits = EXTERNAL_RESOURCE.findall(path.read_text(encoding="utf-8", errors="replace"))
        if hits:
            offenders[str(path.relative_to(built_book))] = hits[:3]
    assert not offenders, f"pages that load from other hosts: {offenders}"


def test_math_is_served_from_the_site(built_book: Path):
    assert (built_book / "_static" / "mathjax" / "tex-chtml.js").is_file()
    pages_with_math = [
        p for p in built_book.rglob("*.html") if "tex-chtml.js" in p.read_text(encoding="utf-8")
    ]
    assert pages_with_math, "no page loads MathJax: is there math in the book?"
    for page in pages_with_math:
        assert "cdn.jsdelivr.net" not in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("topic", TOPICS)
def test_no_solution_or_hidden_test_in_the_site(built_book: Path, topic: str):
    """Every file the site builds from a topic (its page, its source copy, its download) is free
    of the topic's solution and hidden-test lines. Other topics' files are not searched: a
    generic line such as ``ax.set_ylim(bottom=0)`` may stand in two topics."""
    source = nbformat.read(COURSE / "source" / topic / f"{topic}.ipynb", as_version=4)
    lines = distinctive_lines(source)
    assert lines, "no distinctive solution lines to look for"
    files = [p for p in built_book.rglob(f"*{topic}*") if p.is_file()]
    assert any(p.suffix == ".html" for p in files), f"no page was built for {topic}"
    found = {}
    for path in files:
        if path.suffix == ".ipynb":
            text = student_text(nbformat.read(path, as_version=4))
        else:
            text = path.read_text(encoding="utf-8", errors="replace")
            text = visible_text(text) if path.suffix == ".html" else text
        hits = leaks(lines, text)
        if hits:
            found[str(path.relative_to(built_book))] = hits[:2]
    assert not found, f"solution or hidden-test text in the built site: {found}"


def test_topic_pages_show_no_traceback(built_book: Path):
    for topic in TOPICS:
        page = built_book / "notebooks" / f"{topic}.html"
        text = visible_text(page.read_text(encoding="utf-8"))
        assert "Traceback (most recent call last)" not in text, f"{topic} shows a traceback"


def test_book_pages_print_facts_from_the_registry(built_book: Path):
    from aicareer import facts

    glossary = (built_book / "book" / "glossary.html").read_text(encoding="utf-8")
    assert "{fact}" not in glossary
    assert f"as of November 2026,\n{facts.text('mcp-current-revision')} (final" in glossary or (
        f"as of November 2026, {facts.text('mcp-current-revision')} (final" in glossary
    )
