"""The dated-fact registry: its files, its command, and how the pages use it."""

from __future__ import annotations

import datetime as dt
import re

import nbformat
import pytest
from course import REPO, TOPICS

from aicareer import facts

GOOD = """
[haiku-4-5-input-price]
text = "$1 per million input tokens"
value = 1.0
what = "List price of Claude Haiku 4.5 input tokens"
source = "anthropic2026pricing"
true_as_of = "2026-11"
checked = 2026-11-20
standing = "verified"

[old-figure]
text = "about 500"
what = "An old headcount"
source = "someone2023"
true_as_of = "2023"
checked = 2026-03-01
standing = "secondary"
"""


def write(folder, name, text):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_load_and_render(tmp_path):
    registry = facts.load(write(tmp_path / "f", "a.toml", GOOD))
    assert set(registry) == {"haiku-4-5-input-price", "old-figure"}
    fact = registry["haiku-4-5-input-price"]
    assert fact.value == 1.0 and fact.checked == dt.date(2026, 11, 20) and fact.file == "a.toml"
    page = "Haiku costs {fact}`haiku-4-5-input-price`; {fact}` old-figure ` came."
    rendered = facts.render(page, registry)
    assert rendered == "Haiku costs $1 per million input tokens; about 500 came."
    with pytest.raises(facts.FactsError, match="no-such"):
        facts.render("{fact}`no-such`", registry)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("checked = 2026-11-20", 'checked = "2026-11-20"'), "TOML date"),
        (('true_as_of = "2026-11"', 'true_as_of = "Nov 2026"'), "YYYY"),
        (('true_as_of = "2026-11"', 'true_as_of = "2026-13"'), "not a date"),
        (('standing = "verified"', 'standing = "sure"'), "standing"),
        (("value = 1.0", "value = true"), "number"),
        (('what = "List price of Claude Haiku 4.5 input tokens"', 'what = " "'), "what"),
        (('text = "$1 per million input tokens"', 'txt = "$1"'), "missing"),
        (("[haiku-4-5-input-price]", "[Haiku_Price]"), "lower-case"),
        (("[haiku-4-5-input-price]", "[haiku-4.5-price]"), "nest tables"),
    ],
)
def test_a_bad_fact_is_named_with_its_file(tmp_path, change, message):
    folder = write(tmp_path / "f", "bad.toml", GOOD.replace(*change, 1))
    with pytest.raises(facts.FactsError, match=message) as err:
        facts.load(folder)
    assert "bad.toml" in str(err.value)


def test_a_fact_recorded_twice_is_an_error(tmp_path):
    folder = write(tmp_path / "f", "a.toml", GOOD)
    write(folder, "b.toml", GOOD.split("[old-figure]")[1].join(["[old-figure]", ""]))
    with pytest.raises(facts.FactsError, match=r"recorded twice, in a\.toml and b\.toml"):
        facts.load(folder)


@pytest.mark.parametrize(
    ("checked", "today", "stale"),
    [
        (dt.date(2026, 5, 28), dt.date(2026, 11, 28), False),  # exactly six months: not more
        (dt.date(2026, 5, 27), dt.date(2026, 11, 28), True),
        (dt.date(2026, 2, 28), dt.date(2026, 8, 31), True),
        (dt.date(2026, 3, 1), dt.date(2026, 8, 31), False),
        (dt.date(2026, 2, 28), dt.date(2026, 8, 30), True),  # Feb has no 30th: cut-off Feb 28
        (dt.date(2025, 12, 31), dt.date(2026, 6, 30), False),
    ],
)
def test_stale_means_checked_more_than_six_months_ago(checked, today, stale):
    fact = facts.Fact("k", "t", "w", "s", "2026", checked, "verified")
    assert fact.is_stale(today) is stale


def test_report_lists_oldest_check_first_and_flags_stale(tmp_path):
    registry = facts.load(write(tmp_path / "f", "a.toml", GOOD))
    text = facts.report(registry, {"old-figure": ["01-x"]}, dt.date(2026, 11, 28), 6)
    lines = [line for line in text.splitlines() if line.startswith(("STALE", "ok"))]
    assert lines[0].startswith("STALE") and "old-figure" in lines[0] and "01-x" in lines[0]
    assert lines[1].startswith("ok") and "haiku-4-5-input-price" in lines[1]
    assert "1 of 2 checked more than 6 months ago" in text


def test_the_command_lists_every_fact_and_can_fail_on_stale(capsys):
    assert facts.main(["--repo", str(REPO), "--today", "2026-11-28"]) == 0
    out = capsys.readouterr().out
    registry = facts.load()
    assert f"{len(registry)} dated facts" in out
    assert all(key in out for key in registry)
    far_future = ["--repo", str(REPO), "--today", "2099-01-01", "--fail-on-stale"]
    assert facts.main(far_future) == (1 if registry else 0)


def test_code_reads_a_value_and_a_wrong_key_says_so():
    registry = facts.load()
    numeric = [f for f in registry.values() if isinstance(f.value, int | float)]
    if numeric:
        assert facts.value(numeric[0].key) == numeric[0].value
    with pytest.raises(KeyError, match="no fact 'no-such-fact'"):
        facts.get("no-such-fact")
    with pytest.raises(TypeError):
        facts.get(3)


# The course itself.


def bib_keys() -> set[str]:
    text = (REPO / "book" / "references.bib").read_text(encoding="utf-8")
    return set(re.findall(r"^@\w+\{([^,\s]+),", text, re.M))


def test_every_fact_has_a_source_in_the_bibliography():
    keys = bib_keys()
    unknown = {f.key: f.source for f in facts.load().values() if f.source not in keys}
    assert not unknown, f"these facts name a source that book/references.bib lacks: {unknown}"


def test_every_fact_is_used_and_every_use_is_a_fact():
    registry = facts.load()
    pages = facts.pages_using(REPO)
    assert not set(pages) - set(registry), "a page uses a fact that no file records"
    unused = sorted(set(registry) - set(pages))
    assert not unused, f"recorded but printed by no page: {unused}"


@pytest.mark.parametrize("topic", TOPICS)
def test_student_edition_prints_facts_not_roles(topic):
    nb = nbformat.read(REPO / "notebooks" / f"{topic}.ipynb", as_version=4)
    left = [c.source[:80] for c in nb.cells if "{fact}" in c.source]
    assert not left, f"{topic}: a {{fact}} role reached the student edition: {left}"


def test_a_role_in_a_code_span_is_an_example_not_a_use():
    markdown = (
        "Costs {fact}`k1`; write `` {fact}`k2` `` or `{fact}`; then {fact}` k3 `.\n"
        "```\n{fact}`k4`\n```\n"
    )
    assert facts.keys_used(markdown, 'x = facts.value("k5") + facts.text("k6")') == {
        "k1",
        "k3",
        "k5",
        "k6",
    }


def test_a_role_in_a_directive_is_a_use_and_in_a_code_block_is_not():
    markdown = (
        "```{glossary}\nMCP\n  Its revision {fact}`k1` is current.\n```\n\n"
        "````python\nx = '{fact}`k2`'\n```\n````\n\n"
        "~~~\n{fact}`k3`\n~~~\nThen {fact}`k4`."
    )
    assert facts.keys_used(markdown) == {"k1", "k4"}
