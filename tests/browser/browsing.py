"""What the browser tests share (imported as ``from browsing import ...``; pytest puts this folder
on the path): the book's pages from ``_toc.yml``, Chromium's flags, and a watch on a page for
console errors, uncaught errors, HTTP errors and requests to other hosts."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from course import BUILD, REPO

CHROMIUM = Path("/usr/bin/chromium")
# Flags that let Debian's Chromium run headless as root on a machine without network.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = BUILD / "screenshots"
VIEWPORT = {"width": 1280, "height": 900}


# --- The book's pages ------------------------------------------------------------------------


def _chapters(entries: list[dict]) -> Iterator[str]:
    for entry in entries:
        if "file" in entry:
            yield entry["file"]
        yield from _chapters(entry.get("sections", []))


def toc_pages() -> list[str]:
    """Every page of ``_toc.yml``, root first, as docnames (``notebooks/09-compensation``)."""
    toc = yaml.safe_load((REPO / "_toc.yml").read_text(encoding="utf-8"))
    pages = [toc["root"]]
    for part in toc.get("parts", []):
        pages += list(_chapters(part.get("chapters", [])))
    pages += list(_chapters(toc.get("chapters", [])))
    return pages


def topic_pages() -> list[str]:
    """The topic pages: the notebooks of the student edition listed in ``_toc.yml``."""
    return [p for p in toc_pages() if p.startswith("notebooks/")]


def screenshot_path(name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS / (name.replace("/", "__") + ".png")


# --- Chromium ----------------------------------------------------------------------------------


@dataclass
class Watch:
    """What a browser context did that a reader would not want: errors and foreign requests."""

    origin: str
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)
    http_errors: list[str] = field(default_factory=list)

    def problems(self) -> dict[str, list[str]]:
        found = {
            "console errors": self.console_errors,
            "uncaught JavaScript errors": self.page_errors,
            "requests to other hosts (blocked)": self.foreign_requests,
            "HTTP errors": self.http_errors,
        }
        return {k: v for k, v in found.items() if v}

    def attach(self, page) -> None:
        def on_console(msg):
            if msg.type != "error":
                return
            # The browser asks every site for /favicon.ico by itself; the book has no favicon and
            # no page refers to one, so its 404 is not a fault of the page.
            url = (msg.location or {}).get("url", "")
            if url.endswith("/favicon.ico"):
                return
            self.console_errors.append(f"{msg.text} ({url})")

        def on_response(response):
            if response.status >= 400 and not response.url.endswith("/favicon.ico"):
                self.http_errors.append(f"{response.status} {response.url}")

        page.on("console", on_console)
        page.on("pageerror", lambda exc: self.page_errors.append(str(exc)))
        page.on("response", on_response)


def new_watched_page(browser, origin: str, **context_args):
    """A fresh browser context (empty storage) whose requests to any other origin are blocked."""
    context = browser.new_context(viewport=VIEWPORT, color_scheme="light", **context_args)
    watch = Watch(origin)

    def route(route):
        url = route.request.url
        if url.startswith(origin) or urlsplit(url).scheme in ("data", "blob", "about"):
            route.continue_()
        else:
            watch.foreign_requests.append(url)
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.set_default_timeout(30_000)
    watch.attach(page)
    return context, page, watch


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


class StaticServer:
    """Serve a folder over HTTP on a free loopback port, in a thread."""

    def __init__(self, root: Path):
        handler = functools.partial(_QuietHandler, directory=str(root))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> StaticServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
