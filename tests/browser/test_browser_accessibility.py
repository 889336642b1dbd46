"""Accessibility of the built book: an axe-core audit of every page in light and dark mode, figures
with alternative text that says what they show, and pages that work with the keyboard alone.

axe-core comes inside the PyPI package ``axe-playwright-python`` (nothing is fetched at run time).
The target is no violation of impact "serious" or "critical"; lesser findings are printed.
"""

from __future__ import annotations

import json
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from browsing import VIEWPORT, new_watched_page, toc_pages, topic_pages

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("book")]

BLOCKING = ("serious", "critical")
AXE = Axe()


def open_page(browser, site: str, docname: str, mode: str):
    """A fresh context in color *mode* (the theme's own switch, stored as the reader's choice)."""
    context, page, watch = new_watched_page(browser, site)
    page.add_init_script(f"localStorage.setItem('mode', '{mode}');")
    page.goto(f"{site}/{docname}.html")
    page.wait_for_load_state("load")
    page.evaluate("async () => { if (window.MathJax?.startup) await MathJax.startup.promise; }")
    assert page.locator("html").get_attribute("data-theme") == mode
    return context, page, watch


def summarise(violations: list[dict]) -> str:
    return json.dumps(
        [
            {
                "rule": v["id"],
                "impact": v["impact"],
                "help": v["help"],
                "where": [" ".join(n["target"]) for n in v["nodes"][:5]],
            }
            for v in violations
        ],
        indent=1,
    )


@pytest.mark.parametrize("mode", ["light", "dark"])
@pytest.mark.parametrize("docname", toc_pages())
def test_no_serious_accessibility_violation(browser, site, docname, mode):
    context, page, _ = open_page(browser, site, docname, mode)
    try:
        violations = AXE.run(page).response["violations"]
    finally:
        context.close()
    blocking = [v for v in violations if v["impact"] in BLOCKING]
    minor = [f"{v['id']} ({v['impact']})" for v in violations if v["impact"] not in BLOCKING]
    if minor:
        print(f"{docname} [{mode}]: minor findings: {', '.join(minor)}")
    assert not blocking, f"{docname} in {mode} mode:\n{summarise(blocking)}"


FILE_NAME = re.compile(r"\.(png|jpe?g|svg|gif)$|^[0-9a-f]{16,}", re.I)


@pytest.mark.parametrize("docname", topic_pages())
def test_every_figure_says_what_it_shows(browser, site, docname):
    """Each image in a topic's text has alternative text of a few words, not a file name."""
    context, page, _ = open_page(browser, site, docname, "light")
    try:
        alts = page.eval_on_selector_all(
            "article img", "imgs => imgs.map(i => [i.currentSrc || i.src, i.alt])"
        )
    finally:
        context.close()
    poor = [
        (src.rsplit("/", 1)[-1], alt)
        for src, alt in alts
        if FILE_NAME.search(alt.strip()) or len(alt.split()) < 5
    ]
    assert not poor, f"{docname}: figures whose alt text does not say what they show: {poor}"


def test_a_topic_page_works_with_the_keyboard_alone(browser, site):
    """Tab first reaches a skip link to the content; Tab then reaches the next page's link."""
    docname = topic_pages()[0]
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    try:
        page.goto(f"{site}/{docname}.html")
        page.keyboard.press("Tab")
        first = page.evaluate("document.activeElement.textContent.trim().toLowerCase()")
        assert "skip to main content" in first, f"the first Tab stop is {first!r}"
        page.keyboard.press("Enter")
        reached = False
        for _ in range(400):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.matches('a.right-next')"):
                reached = True
                break
        assert reached, "Tab never reaches the link to the next page"
        outline = page.evaluate(
            "(() => { const s = getComputedStyle(document.activeElement);"
            " return s.outlineStyle !== 'none' || s.boxShadow !== 'none'; })()"
        )
        assert outline, "the focused link shows no focus indicator"
        page.keyboard.press("Enter")
        page.wait_for_load_state("load")
        assert page.url != f"{site}/{docname}.html", "Enter on the next-page link went nowhere"
    finally:
        context.close()
