"""Launch buttons (JupyterHub through nbgitpuller, Binder, Colab): shown on topic pages exactly as
``_config.yml`` configures them, and none when none is configured.

A small book (one page, one notebook, no execution) is built with the course's own ``_config.yml``
plus launch settings, so the links are checked as the theme really renders them, in a browser.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import nbformat
import pytest
import yaml
from browsing import StaticServer, new_watched_page, screenshot_path, topic_pages
from course import REPO, venv_env

pytestmark = pytest.mark.slow

HUB = "https://hub.example.edu"
BINDER = "https://mybinder.org"
COLAB = "https://colab.research.google.com"
REPO_URL = "https://github.com/example-org/ai-course"
BRANCH = "main"
NOTEBOOK = "notebooks/launch-demo"
# The label each provider's button carries, and the _config.yml key that turns it on.
PROVIDERS = {"JupyterHub": "jupyterhub_url", "Binder": "binderhub_url", "Colab": "colab_url"}


def course_config() -> dict:
    return yaml.safe_load((REPO / "_config.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def launch_book(tmp_path_factory) -> Path:
    """Build a one-notebook book with every launch button configured; return its HTML folder."""
    root = tmp_path_factory.mktemp("launch-book")
    config = course_config()
    config["execute"] = {"execute_notebooks": "off"}
    config["launch_buttons"] = {
        "notebook_interface": "jupyterlab",
        "jupyterhub_url": HUB,
        "binderhub_url": BINDER,
        "colab_url": COLAB,
        "thebe": False,
    }
    config["repository"] = {"url": REPO_URL, "branch": BRANCH, "path_to_book": ""}
    (root / "_config.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    # The course's configuration names its bibliography file: the small book needs it too.
    for bibfile in config.get("bibtex_bibfiles", []):
        (root / bibfile).parent.mkdir(parents=True, exist_ok=True)
        (root / bibfile).write_text((REPO / bibfile).read_text(encoding="utf-8"), encoding="utf-8")
    toc = {"format": "jb-book", "root": "intro", "chapters": [{"file": NOTEBOOK}]}
    (root / "_toc.yml").write_text(yaml.safe_dump(toc), encoding="utf-8")
    (root / "intro.md").write_text("# Launch test\n\nA page that is not a notebook.\n")
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.cells = [nbformat.v4.new_markdown_cell("# A topic"), nbformat.v4.new_code_cell("1 + 1")]
    (root / "notebooks").mkdir()
    nbformat.write(nb, root / f"{NOTEBOOK}.ipynb")
    proc = subprocess.run(
        [str(Path(sys.executable).parent / "jupyter-book"), "build", str(root), "-W", "-n"],
        cwd=root,
        env=venv_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, f"the launch test book does not build:\n{proc.stdout[-4000:]}"
    return root / "_build" / "html"


@pytest.mark.xdist_group("launch")
def test_launch_buttons_link_to_each_provider(browser, launch_book):
    with StaticServer(launch_book) as server:
        context, page, watch = new_watched_page(browser, server.url)
        try:
            page.goto(f"{server.url}/{NOTEBOOK}.html")
            page.locator('button[aria-label="Launch interactive content"]').click()
            links = page.locator(".dropdown-launch-buttons a")
            links.first.wait_for(state="visible")
            page.screenshot(path=screenshot_path("launch-buttons"))
            found = {
                links.nth(i).inner_text().strip(): links.nth(i).get_attribute("href")
                for i in range(links.count())
            }
            # The images of the buttons are the theme's own files, served by the site.
            assert not watch.problems(), json.dumps(watch.problems(), indent=1)
            page.goto(f"{server.url}/intro.html")
            assert page.locator(".dropdown-launch-buttons").count() == 0, (
                "a page that is not a notebook shows launch buttons"
            )
        finally:
            context.close()
    assert set(found) == set(PROVIDERS), found

    hub = urlsplit(found["JupyterHub"])
    assert f"{hub.scheme}://{hub.netloc}{hub.path}" == f"{HUB}/hub/user-redirect/git-pull"
    query = {k: v[0] for k, v in parse_qs(hub.query).items()}
    assert query == {
        "repo": REPO_URL,
        "branch": BRANCH,
        # nbgitpuller clones into a folder named after the repository.
        "urlpath": f"lab/tree/ai-course/{NOTEBOOK}.ipynb",
    }
    assert found["Binder"] == (
        f"{BINDER}/v2/gh/example-org/ai-course/{BRANCH}?urlpath=lab/tree/{NOTEBOOK}.ipynb"
    )
    assert found["Colab"] == f"{COLAB}/github/example-org/ai-course/blob/{BRANCH}/{NOTEBOOK}.ipynb"


def test_thebe_stays_off():
    """Thebe loads its code from a CDN, which the offline book must not do."""
    assert not (course_config().get("launch_buttons") or {}).get("thebe"), "thebe is on"


@pytest.mark.xdist_group("book")
def test_topic_pages_show_the_configured_launch_buttons(built_book):
    """The course's own build shows exactly the providers configured (by default: none)."""
    launch = course_config().get("launch_buttons") or {}
    expected = {label for label, key in PROVIDERS.items() if launch.get(key)}
    assert topic_pages(), "no topic page in _toc.yml"
    for docname in topic_pages():
        html = (built_book / f"{docname}.html").read_text(encoding="utf-8")
        shown = {label for label in PROVIDERS if f'title="Launch on {label}"' in html}
        shown |= {"?"} if ("dropdown-launch-buttons" in html and not shown) else set()
        assert shown == expected, f"{docname} shows launch buttons {shown}, expected {expected}"
