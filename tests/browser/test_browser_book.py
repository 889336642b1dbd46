"""The built book in a real browser (headless Chromium), page by page, as a reader meets it.

Every page of ``_toc.yml`` loads with no console error and nothing fetched from another host, its
images load, its math is typeset; the sidebar reaches every page; search finds a glossary term;
the dark-mode toggle works; each topic page offers its notebook for download. A screenshot of every
page is saved under ``_build/screenshots/`` for review.
"""

from __future__ import annotations

import json

import nbformat
import pytest
from browsing import new_watched_page, screenshot_path, toc_pages, topic_pages
from course import NOTEBOOKS

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("book")]

# Terms of book/glossary.md a reader may search for.
GLOSSARY_TERMS = ["Evals", "levels.fyi"]


def page_url(site: str, docname: str) -> str:
    return f"{site}/{docname}.html"


def settle(page) -> None:
    """Wait until MathJax has typeset the page and every image has loaded (or failed)."""
    page.wait_for_load_state("load")
    page.evaluate(
        """async () => {
            if (window.MathJax && MathJax.startup && MathJax.startup.promise) {
                await MathJax.startup.promise;
            }
            for (const img of document.images) { img.loading = "eager"; }
            await Promise.all(Array.from(document.images).map(img => img.complete ? null :
                new Promise(done => { img.onload = img.onerror = done; })));
        }"""
    )


@pytest.mark.parametrize("docname", toc_pages())
def test_page_loads_cleanly(book_page, site, docname):
    """The page loads with no error and no foreign request; its images and math render."""
    page, watch = book_page
    response = page.goto(page_url(site, docname))
    assert response is not None and response.ok, f"{docname}: HTTP {response and response.status}"
    settle(page)
    page.screenshot(path=screenshot_path(docname), full_page=True)

    assert page.locator("article h1").first.is_visible(), f"{docname} has no visible title"

    broken = page.evaluate(
        """Array.from(document.images)
            .filter(img => !(img.complete && img.naturalWidth > 0))
            .map(img => img.currentSrc || img.src)"""
    )
    assert not broken, f"{docname}: images that did not load: {broken}"

    math = page.evaluate(
        """() => {
            const nodes = Array.from(document.querySelectorAll("article .math"));
            return {
                total: nodes.length,
                untypeset: nodes.filter(n => !n.querySelector("mjx-container"))
                    .map(n => n.textContent.slice(0, 80)),
                errors: Array.from(document.querySelectorAll("mjx-merror"))
                    .map(n => n.getAttribute("data-mjx-error") || n.textContent),
            };
        }"""
    )
    assert not math["untypeset"], f"{docname}: math left as raw TeX: {math['untypeset'][:5]}"
    assert not math["errors"], f"{docname}: MathJax errors: {math['errors'][:5]}"

    assert not watch.problems(), f"{docname}: {json.dumps(watch.problems(), indent=1)}"


def test_some_page_has_typeset_math(built_book):
    """At least one page has math (the tests above check it is typeset where it appears)."""
    with_math = [
        d
        for d in toc_pages()
        if 'class="math' in (built_book / f"{d}.html").read_text(encoding="utf-8")
    ]
    assert with_math, "no page of the book has math: the MathJax checks would prove nothing"


def test_sidebar_reaches_every_page(book_page, site):
    """From the home page, click through the sidebar to every page of the table of contents."""
    page, watch = book_page
    pages = toc_pages()
    page.goto(page_url(site, pages[0]))
    links = page.locator("nav.bd-docs-nav a.reference.internal")

    def listed() -> list[str]:
        return links.evaluate_all("links => links.map(a => new URL(a.href).pathname)")

    missing = [d for d in pages if f"/{d}.html" not in listed()]
    assert not missing, f"pages missing from the sidebar: {missing}"
    for docname in pages[1:]:
        links.nth(listed().index(f"/{docname}.html")).click()
        page.wait_for_url(f"**/{docname}.html")
        assert page.locator("article h1").first.is_visible(), (
            f"the sidebar link to {docname} leads to a page with no title"
        )
        current = page.locator("nav.bd-docs-nav a.reference.internal.current")
        assert current.evaluate("a => new URL(a.href).pathname") == f"/{docname}.html", (
            f"the sidebar does not mark {docname} as the current page"
        )
    assert not watch.problems(), json.dumps(watch.problems(), indent=1)


@pytest.mark.parametrize("term", GLOSSARY_TERMS)
def test_search_finds_a_glossary_term(book_page, site, term):
    """Type the term in the search box as a reader would; the glossary is among the results."""
    page, watch = book_page
    page.goto(page_url(site, toc_pages()[0]))
    page.locator("button.search-button__button").first.click()
    box = page.locator("#pst-search-dialog input[name='q']")
    box.fill(term)
    box.press("Enter")
    page.wait_for_url("**/search.html?q=*")
    hit = page.locator('#search-results a[href*="glossary.html"]')
    hit.first.wait_for(state="visible", timeout=30_000)
    page.screenshot(path=screenshot_path(f"search-{term}"), full_page=True)
    assert not watch.problems(), json.dumps(watch.problems(), indent=1)


def test_dark_mode_toggle(browser, site):
    """The color-mode button switches to dark, and the choice survives a reload."""
    docname = (topic_pages() or toc_pages())[0]
    context, page, watch = new_watched_page(browser, site)
    try:
        page.goto(page_url(site, docname))
        html = page.locator("html")
        background = "getComputedStyle(document.body).backgroundColor"
        assert html.get_attribute("data-theme") == "light"
        light_background = page.evaluate(background)
        for _ in range(3):  # the button cycles through auto, light and dark
            if html.get_attribute("data-theme") == "dark":
                break
            page.locator("button.theme-switch-button").first.click()
        assert html.get_attribute("data-theme") == "dark", "the toggle never reached dark mode"
        assert page.evaluate(background) != light_background, "dark mode left the page light"
        page.reload()
        settle(page)
        assert html.get_attribute("data-theme") == "dark", "dark mode is lost on reload"
        page.screenshot(path=screenshot_path(f"{docname}-dark"), full_page=False)
        assert not watch.problems(), json.dumps(watch.problems(), indent=1)
    finally:
        context.close()


@pytest.mark.parametrize("docname", topic_pages())
def test_download_button_offers_the_notebook(browser, site, docname, tmp_path):
    """The download menu of a topic page offers the student edition's .ipynb, and it downloads."""
    context, page, watch = new_watched_page(browser, site, accept_downloads=True)
    try:
        page.goto(page_url(site, docname))
        page.locator('button[aria-label="Download this page"]').click()
        link = page.locator(".dropdown-download-buttons a", has_text=".ipynb")
        link.wait_for(state="visible")
        with page.expect_download() as download_info:
            link.click()
        download = download_info.value
        saved = tmp_path / download.suggested_filename
        download.save_as(saved)
        assert not watch.problems(), json.dumps(watch.problems(), indent=1)
    finally:
        context.close()
    name = docname.rsplit("/", 1)[-1]
    assert saved.name == f"{name}.ipynb"
    got = nbformat.read(saved, as_version=4)
    student_edition = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    assert [c.source for c in got.cells] == [c.source for c in student_edition.cells], (
        f"the download of {docname} is not the student edition notebooks/{name}.ipynb"
    )
