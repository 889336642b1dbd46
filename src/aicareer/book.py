"""Sphinx extension of the course book: MathJax served from the site itself, and a sidebar that
screen readers can name.

Sphinx loads MathJax from a CDN by default, so math shows as raw TeX when the book is read
offline. This extension points ``mathjax_path`` at ``_static/mathjax/tex-chtml.js`` and copies
MathJax 3 there from the ``django-static-mathjax`` package (a plain copy of MathJax's release
files; Django itself is not needed). The files are copied into the output at the end of the
build rather than placed in the source ``_static`` folder, because Jupyter Book adds every
``.js`` file of that folder as a script to every page.

The theme's sidebar folds each page's sub-pages under a ``<summary>`` holding only a chevron icon,
which a screen reader announces as an unnamed control (axe-core's serious "summary-name"). The
extension names each one after the page it belongs to.

The references page lists its entries in a ``role="list"`` whose items docutils marks with the
deprecated ``doc-biblioentry`` role, which leaves the list without list items (axe-core's
critical "aria-required-children"); the extension makes each entry a ``listitem``.

    >>> entries_as_list_items('<div class="citation" id="id3" role="doc-biblioentry">')
    '<div class="citation" id="id3" role="listitem">'

The book's own pages print a dated figure from the fact registry with the role ``{fact}`key```
(the topics' notebooks get the same text at release; see :mod:`aicareer.facts`).

    >>> name_sidebar_toggles('<a href="g.html">Grading</a><details><summary>')[-59:]
    '<summary aria-label="Show or hide the pages under Grading">'
"""

from __future__ import annotations

import re
import shutil
from importlib import resources
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx

MATHJAX_URL = "mathjax/tex-chtml.js"
# What tex-chtml.js loads on demand: TeX extensions, fonts, the menu and accessibility tools.
MATHJAX_PARTS = ("tex-chtml.js", "input/tex", "output/chtml", "a11y", "ui", "sre")


def mathjax_source() -> Path:
    """Return the folder holding MathJax 3's ``es5`` build."""
    return Path(str(resources.files("mathjax") / "static" / "mathjax" / "es5"))


def copy_mathjax(dest: Path) -> None:
    """Copy the parts of MathJax the book uses into *dest* (skipping files already there)."""
    src = mathjax_source()
    for part in MATHJAX_PARTS:
        if (src / part).is_dir():
            shutil.copytree(src / part, dest / part, dirs_exist_ok=True)
        else:
            dest.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src / part, dest / part)


def _use_local_mathjax(app: Sphinx, config) -> None:
    config.mathjax_path = MATHJAX_URL


def _copy_mathjax(app: Sphinx, exception: Exception | None) -> None:
    if exception is None and app.builder.format == "html":
        copy_mathjax(Path(app.outdir) / "_static" / "mathjax")


# A sidebar entry with sub-pages: the page's link, then the <details> whose <summary> folds them.
_TOGGLE = re.compile(r"(<a\b[^>]*>(?P<title>[^<]*)</a>\s*<details[^>]*>\s*)<summary>")


def name_sidebar_toggles(html: str) -> str:
    """Give every sidebar ``<summary>`` that follows a page link an ``aria-label``."""
    return _TOGGLE.sub(
        lambda m: (
            f'{m.group(1)}<summary aria-label="Show or hide the pages under '
            f'{m.group("title").strip()}">'
        ),
        html,
    )


def _name_toggles_in_sidebar(app: Sphinx, pagename, templatename, context, doctree) -> None:
    generate = context.get("generate_toctree_html")
    if generate is None:
        return

    def named(*args, **kwargs):
        return name_sidebar_toggles(str(generate(*args, **kwargs)))

    context["generate_toctree_html"] = named


def entries_as_list_items(html: str) -> str:
    """Give the bibliography's entries the role its ``role="list"`` container requires."""
    return html.replace('role="doc-biblioentry"', 'role="listitem"')


def _bibliography_as_list(app: Sphinx, pagename, templatename, context, doctree) -> None:
    if "body" in context:
        context["body"] = entries_as_list_items(context["body"])


def _drop_duplicate_scripts(app: Sphinx, pagename, templatename, context, doctree) -> None:
    """Keep one copy of each script of a page.

    Sphinx 7 writes an inline script added after the builder started twice (once as registered
    by the extension, once re-added from the registry), and sphinx-thebe adds its configuration
    that way: two ``const THEBE_JS_URL`` declarations, a SyntaxError on every page.
    """
    scripts = context.get("script_files")
    if not scripts:
        return
    seen, unique = set(), []
    for js in scripts:
        key = repr((str(js.filename or ""), js.priority, sorted(js.attributes.items())))
        if key not in seen:
            seen.add(key)
            unique.append(js)
    scripts[:] = unique


def fact_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """The ``{fact}`key``` role: the text of the fact, or an error naming the unknown key."""
    from aicareer import facts

    key = text.strip()
    try:
        return [nodes.Text(facts.plain(facts.text(key)))], []
    except KeyError as err:
        message = inliner.reporter.error(str(err.args[0]), line=lineno)
        return [inliner.problematic(rawtext, rawtext, message)], [message]


def setup(app: Sphinx) -> dict:
    app.add_role("fact", fact_role)
    app.connect("config-inited", _use_local_mathjax, priority=900)
    app.connect("build-finished", _copy_mathjax)
    app.connect("html-page-context", _drop_duplicate_scripts, priority=900)
    app.connect("html-page-context", _name_toggles_in_sidebar, priority=900)
    app.connect("html-page-context", _bibliography_as_list, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
