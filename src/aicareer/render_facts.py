"""Release prose with its dated figures filled in from the fact registry.

A source notebook writes ``{fact}`key``` where a dated figure goes (see :mod:`aicareer.facts`).
Students read the student edition in JupyterLab, where a MyST role would show as raw text, so
nbgrader's ``generate_assignment`` replaces each one with the fact's text before it computes
checksums: the released notebook, the gradebook's copy of each cell and the book all carry the
same words. It runs first in ``c.GenerateAssignment.preprocessors`` (in
``exercises/nbgrader_config.py``), so a release from the formgrader renders facts exactly as
``make release`` does.
"""

from __future__ import annotations

from pathlib import Path

from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Unicode

from aicareer import facts


class RenderFacts(NbGraderPreprocessor):
    """Replace every ``{fact}`key``` of a markdown cell with the text of that fact."""

    facts_folder = Unicode(
        "",
        help="Folder of the fact files (*.toml); empty means the course's, "
        "src/aicareer/data/facts.",
    ).tag(config=True)

    def preprocess(self, nb, resources):
        registry = facts.load(Path(self.facts_folder) if self.facts_folder else None)
        for cell in nb.cells:
            if cell.cell_type == "markdown" and "{fact}" in cell.source:
                cell.source = facts.render(cell.source, registry)
        return nb, resources
