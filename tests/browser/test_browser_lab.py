"""The student flow in JupyterLab, in a real browser: open a topic notebook, run all cells, press
nbgrader's Validate, read its verdict; the instructor tools are nowhere to be seen.

JupyterLab runs with the students' settings (``JUPYTER_CONFIG_DIR=lab/student``, as ``make lab``)
on a temporary copy of ``notebooks/``; the fixture ends the server whatever happens.
"""

from __future__ import annotations

import json
import time

import pytest
from browsing import new_watched_page, screenshot_path
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("lab")]

INSTRUCTOR_TOOLS = ("Formgrader", "Create Assignment", "Assignment List", "Course List")


def wait_until(predicate, timeout: float, what: str, interval: float = 0.25):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


def open_menu(page, menu: str) -> list[str]:
    """Open a menu of the menu bar; return the labels of its items (the menu stays open)."""
    close_menus(page)
    page.locator(".lm-MenuBar-itemLabel", has_text=menu).first.click()
    page.locator(".lm-Menu").first.wait_for(state="visible")
    labels = page.locator(".lm-Menu .lm-Menu-itemLabel").all_inner_texts()
    return [t.strip() for t in labels if t.strip()]


def close_menus(page) -> None:
    for _ in range(3):
        if page.locator(".lm-Menu").count() == 0:
            return
        page.keyboard.press("Escape")
        page.wait_for_timeout(200)


def command_palette_matches(page, query: str) -> list[str]:
    """The commands the command palette offers for *query* (opened from View, as a user would).

    The modal palette closes when it loses focus, and JupyterLab may take focus back while it
    settles after start-up; so a palette that closed under the test is opened again.
    """
    box = page.locator(".jp-ModalCommandPalette .lm-CommandPalette-input")
    labels = page.locator(".lm-CommandPalette-item:visible .lm-CommandPalette-itemLabel")
    for attempt in range(5):
        if not box.is_visible():
            open_menu(page, "View")
            page.locator(".lm-Menu .lm-Menu-itemLabel", has_text="Activate Command Palette").click()
        try:
            box.fill(query, timeout=5_000)
            page.wait_for_timeout(300)
            found = [t.strip() for t in labels.all_inner_texts()]
            if box.is_visible() and box.input_value() == query:
                break
        except PlaywrightTimeoutError:
            pass
        if attempt == 4:
            raise AssertionError(f"the command palette kept closing while searching {query!r}")
    page.keyboard.press("Escape")
    box.wait_for(state="hidden")
    return found


def test_student_runs_and_validates_a_topic(browser, student_lab, student_notebooks):
    notebook = student_notebooks[0]
    context, page, watch = new_watched_page(browser, student_lab.url)
    try:
        page.set_default_timeout(60_000)
        page.goto(f"{student_lab.url}/lab/tree/{notebook}?token={student_lab.token}")
        page.locator(".jp-NotebookPanel .jp-Cell").first.wait_for(state="visible")
        idle = page.locator('.jp-NotebookPanel .jp-Notebook-ExecutionIndicator[data-status="idle"]')
        idle.first.wait_for(state="attached", timeout=90_000)

        # The instructor's tools are not offered to the student, neither in the menus, nor in
        # the command palette, nor as a side panel; Validate is there.
        menus = page.locator(".lm-MenuBar-itemLabel").all_inner_texts()
        offered = []
        if "Nbgrader" in menus:
            offered += open_menu(page, "Nbgrader")
            close_menus(page)
        offered += [
            label for tool in INSTRUCTOR_TOOLS for label in command_palette_matches(page, tool)
        ]
        panels = page.locator(".jp-SideBar .lm-TabBar-tab").evaluate_all(
            "tabs => tabs.map(t => (t.getAttribute('title') || '') + ' ' + t.textContent)"
        )
        shown = [
            x for x in offered + panels if any(t.lower() in x.lower() for t in INSTRUCTOR_TOOLS)
        ]
        assert not shown, f"instructor tools visible to the student: {shown}"
        validate = page.locator(".jp-NotebookPanel-toolbar .validate-button")
        assert validate.is_visible(), "the notebook toolbar has no Validate button"

        # Run all cells from the Run menu, as a student would.
        assert "Run All Cells" in open_menu(page, "Run")
        page.locator(".lm-Menu:visible .lm-Menu-itemLabel", has_text="Run All Cells").first.click()
        prompts = page.locator(".jp-NotebookPanel .jp-CodeCell .jp-InputArea-prompt")

        def finished() -> bool:
            texts = prompts.all_inner_texts()
            return "[*]:" not in texts and idle.count() > 0 and any(t != "[ ]:" for t in texts)

        wait_until(finished, 120, "the notebook's cells to run")
        executed = [t for t in prompts.all_inner_texts() if t.strip() not in ("[ ]:", "")]
        stderr = '[data-mime-type="application/vnd.jupyter.stderr"]'
        errors = page.locator(f".jp-NotebookPanel .jp-OutputArea-output{stderr}").all_inner_texts()
        tracebacks = [e for e in errors if "Traceback" in e or "Error" in e]
        page.screenshot(path=screenshot_path(f"lab-run-all-{notebook}"))
        assert executed, "no cell ran"
        # The stubs raise NotImplementedError; any other error means the notebook itself is broken
        # for students (a missing package, a data file that is not there, ...).
        other = [e[-600:] for e in tracebacks if "NotImplementedError" not in e]
        assert not other, f"cells failed with something else than the exercise stubs: {other}"

        # Validate: nbgrader runs the saved notebook and shows its verdict in a dialog.
        validate.click()
        dialog = page.locator(".jp-Dialog")
        dialog.locator(".jp-Dialog-header", has_text="Validation Results").wait_for(
            state="visible", timeout=180_000
        )
        page.screenshot(path=screenshot_path(f"lab-validate-{notebook}"))
        body = dialog.locator(".jp-Dialog-body")
        verdict = body.inner_text()
        assert "There was an error running the validate command" not in verdict, verdict[-2000:]
        # The untouched student edition fails its visible tests: the student is told which.
        failed = page.locator(
            ".jp-Dialog-body.validation-failed, .jp-Dialog-body .validation-failed"
        )
        assert failed.count() == 1, verdict[-2000:]
        assert "The following cell failed" in verdict, verdict[-2000:]
        dialog.locator("button", has_text="Ok").first.click()

        problems = {k: v for k, v in watch.problems().items() if k != "console errors"}
        assert not problems, json.dumps(problems, indent=1)
    except Exception:
        page.screenshot(path=screenshot_path(f"lab-failure-{notebook}"))
        print(student_lab.log_tail())
        raise
    finally:
        context.close()
