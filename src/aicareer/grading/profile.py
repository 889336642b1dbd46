"""Feedback that shows a student where they stand, topic by topic, without showing the key.

:class:`AddTopicProfile` runs in ``GenerateFeedback`` after nbgrader's ``GetGrades``, which leaves
each grade cell's score and maximum in ``cell.metadata.nbgrader["score"]`` and ``["points"]``. For
every autograded test cell that names a topic, it adds up earned and possible points per topic and
appends one markdown cell to the feedback: a table, a bar chart of the share earned per topic
(labeled with the numbers and hatched below 60%, so color is not the only carrier of meaning),
and a "go back to" list of the topics and sections behind every test cell that lost points.

A test cell names its topic in the first comment line of its source, for example::

    # topic: 09-compensation; section: A worked four-year TC

The source of a test cell comes from the gradebook when the course's grader rebuilds a submission,
so a student cannot change the tag; the line is outside the hidden-test region, so the student
reads it in the notebook too. A ``{"aicareer": {"topic": ..., "section": ...}}`` entry in the cell
metadata is read as well, for notebooks graded without the rebuild (the release keeps only known
metadata keys, and the rebuild keeps only nbgrader's, so the comment is the form that survives).

The profile shows points and the names of test cells, topics and sections: never a test's source,
output or expected value. A notebook whose test cells name no topic is left unchanged.
"""

from __future__ import annotations

import base64
import io
import re

import nbformat
from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Bool, Unicode

from aicareer.topic_profile import WEAK_BELOW, percent_by_topic, plot_topic_profile

ATTACHMENT = "topic-profile.png"


def _is_test_cell(cell) -> bool:
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return cell.cell_type == "code" and bool(meta.get("grade")) and not meta.get("solution")


def _points(value) -> float:
    try:
        return max(0.0, float(value))
    except (TypeError, ValueError):
        return 0.0


def _md(text: str) -> str:
    """Text safe inside a markdown table cell or list item."""
    return re.sub(r"([\\|*_`<>\[\]])", r"\\\1", str(text)).replace("\n", " ")


class AddTopicProfile(NbGraderPreprocessor):
    """Append a per-topic table, chart and "go back to" list to a graded notebook's feedback."""

    topic_pattern = Unicode(
        r"^#\s*topic:\s*(?P<topic>[0-9A-Za-z][\w.-]*)(?:\s*;\s*section:\s*(?P<section>.*\S))?\s*$",
        help="Regular expression matched against each line of a test cell (multiline) to find "
        "its topic tag; named groups 'topic' (required) and 'section' (optional).",
    ).tag(config=True)

    metadata_key = Unicode(
        "aicareer",
        help="Cell metadata key also read for a topic tag: {key: {'topic': ..., 'section': ...}}.",
    ).tag(config=True)

    heading = Unicode(
        "Your profile across the topics",
        help="Heading (level 2) of the markdown cell appended to the feedback.",
    ).tag(config=True)

    link_template = Unicode(
        "",
        help="Link for a topic in the 'go back to' list, formatted with {topic}, for example "
        "'https://example.org/notebooks/{topic}.html'; empty for plain text.",
    ).tag(config=True)

    include_figure = Bool(
        True, help="Attach a bar chart of the share of points earned per topic."
    ).tag(config=True)

    def topic_of(self, cell) -> tuple[str, str] | None:
        """Return ``(topic, section)`` of a test cell, or None if it names no topic."""
        match = re.search(self.topic_pattern, cell.source, re.M)
        if match:
            return match.group("topic"), (match.groupdict().get("section") or "").strip()
        tag = cell.get("metadata", {}).get(self.metadata_key, {})
        if isinstance(tag, dict) and isinstance(tag.get("topic"), str) and tag["topic"].strip():
            section = tag.get("section")
            return tag["topic"].strip(), section.strip() if isinstance(section, str) else ""
        return None

    def rows(self, nb) -> list[dict]:
        """One dict per tagged test cell: grade_id, topic, section, earned and possible points."""
        found = []
        for cell in nb.cells:
            if not _is_test_cell(cell):
                continue
            tagged = self.topic_of(cell)
            if tagged is None:
                continue
            meta = cell.metadata["nbgrader"]
            possible = _points(meta.get("points"))
            earned = min(_points(meta.get("score")), possible)
            found.append(
                {
                    "grade_id": str(meta.get("grade_id", "?")),
                    "topic": tagged[0],
                    "section": tagged[1],
                    "earned": earned,
                    "possible": possible,
                }
            )
        return found

    def preprocess(self, nb, resources):
        rows = self.rows(nb)
        if not rows:
            return nb, resources
        table = percent_by_topic((r["topic"], r["earned"], r["possible"]) for r in rows)
        cell = nbformat.v4.new_markdown_cell(self.markdown(rows, table))
        if self.include_figure:
            cell.attachments = {ATTACHMENT: {"image/png": self.figure_png(table)}}
            cell.source += f"\n\n![{self.alt_text(table)}](attachment:{ATTACHMENT})\n"
        cell.source += "\n\n" + self.go_back(rows)
        nb.cells.append(cell)
        return nb, resources

    # -- the pieces of the cell ---------------------------------------------------------------
    def markdown(self, rows: list[dict], table: dict[str, dict]) -> str:
        earned = sum(r["earned"] for r in rows)
        possible = sum(r["possible"] for r in rows)
        share = 100 * earned / possible if possible else 0.0
        lines = [
            f"## {self.heading}",
            "",
            "The points you earned on the autograded test cells, grouped by the topic each "
            "question draws on. The table counts points only: hidden tests stay hidden. A topic "
            f"below {WEAK_BELOW:.0f}% is the first one to go back to.",
            "",
            "| Topic | Test cells | Points earned | Points possible | Share earned |",
            "| --- | ---: | ---: | ---: | ---: |",
        ]
        for topic, t in table.items():
            lines.append(
                f"| {_md(topic)} | {t['items']} | {t['earned']:g} | {t['possible']:g} "
                f"| {t['percent']:.0f}% |"
            )
        lines.append(f"| **All topics** | {len(rows)} | {earned:g} | {possible:g} | {share:.0f}% |")
        return "\n".join(lines)

    def alt_text(self, table: dict[str, dict]) -> str:
        weak = [t for t, v in table.items() if v["percent"] < WEAK_BELOW]
        said = ", ".join(weak) if weak else "none"
        return (
            (
                "Bar chart of the share of autograded points earned per topic, one labeled bar per "
                f"topic number from 0 to 100%; topics below {WEAK_BELOW:.0f}% (hatched): {said}"
            )
            .replace("[", "(")
            .replace("]", ")")
        )

    def figure_png(self, table: dict[str, dict]) -> str:
        fig = plot_topic_profile(
            {t: v["percent"] for t, v in table.items()},
            title="Share of autograded points earned, by topic",
            ylabel="Points earned (%)",
        )
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=90, bbox_inches="tight")
        return base64.b64encode(buffer.getvalue()).decode("ascii")

    def go_back(self, rows: list[dict]) -> str:
        missed: dict[tuple[str, str], list[dict]] = {}
        for r in rows:
            if r["earned"] < r["possible"]:
                missed.setdefault((r["topic"], r["section"]), []).append(r)
        if not missed:
            return "### Go back to\n\nYou earned every autograded point: nothing to go back to."
        lines = ["### Go back to", ""]
        for (topic, section), cells in missed.items():
            name = _md(topic)
            if self.link_template:
                name = f"[{name}]({self.link_template.format(topic=topic)})"
            where = f', section "{_md(section)}"' if section else ""
            lost = "; ".join(
                f"{_md(r['grade_id'])} ({r['earned']:g} of {r['possible']:g} "
                f"point{'' if r['possible'] == 1 else 's'})"
                for r in cells
            )
            lines.append(f"- **{name}**{where}: {lost}")
        return "\n".join(lines)
