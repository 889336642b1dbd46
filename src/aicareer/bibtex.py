"""Sphinx extension for the book's bibliography: a BibTeX ``\\$`` renders as a dollar sign.

``book/references.bib`` writes a dollar sign the way BibTeX and LaTeX need it, ``\\$`` (a bare
``$`` starts math). sphinxcontrib-bibtex formats entries with pybtex, which turns LaTeX into
Unicode with ``latexcodec``; latexcodec 3.0 decodes ``\\%`` and ``\\&`` but has no entry for
``\\$``, so the references page printed "about \\$180". This extension registers the missing
translation when the book is built; ``tests/test_bibliography.py`` renders every entry the same
way and fails on any LaTeX left in the output.

    >>> import codecs
    >>> register_dollar_sign()
    >>> codecs.decode(r"about \\$180 per credit hour, 66\\% of postings", "ulatex")
    'about $180 per credit hour, 66% of postings'
"""

from __future__ import annotations

from typing import Any

from latexcodec import codec as latex_codec


def register_dollar_sign() -> None:
    """Teach latexcodec (so pybtex) to decode ``\\$`` as ``$`` (decoding only); harmless twice."""
    latex_codec._LATEX_UNICODE_TABLE.register(
        latex_codec.UnicodeLatexTranslation(
            unicode="$",
            latex="\\$",
            encode=False,
            decode=True,
            text_mode=True,
            math_mode=False,
        )
    )


def setup(app: Any) -> dict[str, Any]:
    """Sphinx entry point: register the translation before any page is read."""
    register_dollar_sign()
    return {"parallel_read_safe": True, "parallel_write_safe": True}
