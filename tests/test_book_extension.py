"""aicareer.book: MathJax is copied from the installed package, not fetched."""

from aicareer import book


def test_mathjax_source_has_the_combined_component():
    assert (book.mathjax_source() / "tex-chtml.js").is_file()


def test_copy_mathjax_copies_what_tex_chtml_loads(tmp_path):
    book.copy_mathjax(tmp_path)
    assert (tmp_path / "tex-chtml.js").stat().st_size > 100_000
    assert any((tmp_path / "output" / "chtml" / "fonts" / "woff-v2").glob("*.woff"))
    assert (tmp_path / "input" / "tex" / "extensions").is_dir()
    book.copy_mathjax(tmp_path)  # a second build copies over the first without error
