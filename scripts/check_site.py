"""Drive the built documentation site in headless Chromium, as a reader's browser shows it.

`make site-check` runs it after `make docs` has built `site/`. It serves `site/` over HTTP on 127.0.0.1 (the
search runs in a web worker, which a browser refuses to start from `file://`: the search box would stay on
"Initializing search") and checks, with Debian's Chromium (`/usr/bin/chromium`, which the Makefile installs
where it is missing) driven by Playwright:

- every page renders: a title, no JavaScript error, no request to the server that fails;
- no code block scrolls sideways at 1280 px, the width the content column was designed for;
- the reference shows no private name (`_T`, `_HTTPEvent`, a private base) in a heading, a signature, a
  list of bases or a Type column, no implementation signature beside a function's overloads, and no key or
  attribute without its type;
- no code block is titled with a repository path (`docs/examples/sqs_partial_batch.py`);
- the header has the light and dark mode toggle (which works), the top-level tabs and the repository link;
- the search returns results for "SQS".

It saves screenshots of the home page, a source page and the search results, at 1280 px and at a phone's
width, under `site/screenshots/`, for a person to look at. Exit status 0 when every check passes, 1 with
every problem listed otherwise.
"""

from __future__ import annotations

import functools
import shutil
import sys
import threading
from collections.abc import Generator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Page, ViewportSize, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
SCREENSHOTS = SITE / "screenshots"

DESKTOP: ViewportSize = {"width": 1280, "height": 900}
PHONE: ViewportSize = {"width": 390, "height": 844}

SOURCE_PAGE = "sources/sqs/"
"""The source page photographed: its examples, key tables and reference are typical of every source."""

SEARCH_TERM = "SQS"

# A name that starts with an underscore, as a whole word: `_T`, `_HTTPEvent` (not `__init__`'s dunders).
PRIVATE_NAME = r"(?<![\w.])_[A-Za-z]\w*"

OVERFLOWING_CODE_BLOCKS = """
() => [...document.querySelectorAll('.md-content pre > code')]
  .filter((code) => code.scrollWidth > code.clientWidth + 1)
  .map((code) => code.textContent.split('\\n').reduce((a, b) => (b.length > a.length ? b : a), ''))
"""
"""The longest line of each code block wider than its box (one that would scroll sideways)."""

PRIVATE_NAMES_IN_REFERENCE = """
(pattern) => {
  const privateName = new RegExp(pattern);
  const places = [
    ...document.querySelectorAll('.doc-heading, .doc-signature, .doc-class-bases, .doc-overloads'),
    ...document.querySelectorAll('.doc-contents table td:nth-child(2)'),
  ];
  return places
    .map((element) => element.textContent.replace(/\\s+/g, ' ').trim())
    .filter((text) => privateName.test(text));
}
"""
"""The text of each heading, signature, list of bases or Type cell of the reference that names a private name."""

IMPLEMENTATIONS_BESIDE_OVERLOADS = """
() => [...document.querySelectorAll('.doc-function')]
  .filter((fn) => fn.querySelector(':scope > .doc-contents > .doc-overloads, :scope .doc-overloads'))
  .filter((fn) => fn.querySelector(':scope > .doc-signature, :scope > .doc-heading + .doc-signature'))
  .map((fn) => (fn.querySelector('.doc-heading') || fn).textContent.trim())
"""
"""The functions whose overloads are shown together with the signature of their implementation."""


UNTYPED_ROWS = """
() => [...document.querySelectorAll('.doc-contents table')]
  .filter((table) => ['Key', 'Attribute'].includes(table.querySelector('th')?.textContent.trim()))
  .flatMap((table) => [...table.querySelectorAll('tbody tr')])
  .filter((row) => row.children.length > 1 && !row.children[1].textContent.trim())
  .map((row) => row.children[0].textContent.trim())
"""
"""The keys and attributes of the reference's tables whose Type cell is empty."""

PATH_TITLES = """
() => [...document.querySelectorAll('.md-content .highlight .filename')]
  .map((title) => title.textContent.trim())
  .filter((title) => /^(docs|examples|src|tests|scripts)[/]/.test(title))
"""
"""Titles of code blocks that are repository paths rather than what the reader would call the file."""


class _QuietHandler(SimpleHTTPRequestHandler):
    """Serves `site/`, without a log line per request."""

    def log_message(self, format: str, *args: Any) -> None:
        """Log nothing: failures are reported by the browser's checks."""


class _QuietServer(ThreadingHTTPServer):
    """An HTTP server that does not print a traceback when the browser drops a connection it no longer needs
    (a page closed while a file was still being sent): the page's own checks report what failed to load."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Ignore a connection the client closed; report any other error as the standard server does."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve(directory: Path) -> Generator[str, None, None]:
    """Serve `directory` over HTTP on 127.0.0.1 (a free port) and give the base address."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def chromium_path() -> str:
    """Debian's Chromium, which Playwright drives instead of downloading a browser of its own."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("check_site: Chromium not found (the Makefile installs Debian's `chromium` package)")


def site_pages() -> list[str]:
    """Every page of the built site, as a path relative to its root (`""` for the home page)."""
    pages: list[str] = []
    for index in sorted(SITE.rglob("index.html")):
        relative = index.parent.relative_to(SITE).as_posix()
        if relative.startswith(("assets", "screenshots", "search")):
            continue
        pages.append("" if relative == "." else f"{relative}/")
    return pages


def open_page(page: Page, url: str, problems: list[str], where: str) -> None:
    """Load `url`, recording JavaScript errors and failed requests to the site as problems of `where`.

    Requests elsewhere are left out: the header asks the repository's host for its star count, which a
    machine without network access cannot reach, and the page shows the link without it.
    """
    base = url.split("/", 3)[:3]
    page.on("pageerror", lambda error: problems.append(f"{where}: JavaScript error: {error}"))
    page.on(
        "requestfailed",
        lambda request: problems.append(f"{where}: request failed: {request.url}")
        if request.url.split("/", 3)[:3] == base
        else None,
    )
    response = page.goto(url, wait_until="load")
    if response is None or not response.ok:
        problems.append(f"{where}: HTTP {response.status if response else 'no response'}")


def check_pages(browser: Browser, base: str) -> list[str]:
    """Render every page at 1280 px and check its title, code blocks and reference."""
    problems: list[str] = []
    pages = site_pages()
    if len(pages) < 20:
        problems.append(f"only {len(pages)} pages found in {SITE}: was the site built?")
    for path in pages:
        where = path or "home page"
        page = browser.new_page(viewport=DESKTOP)
        open_page(page, base + path, problems, where)
        if not page.locator("article h1").count():
            problems.append(f"{where}: no title (h1) rendered")
        for line in page.evaluate(OVERFLOWING_CODE_BLOCKS):
            problems.append(f"{where}: a code block scrolls sideways at 1280 px: {line.strip()[:100]!r}")
        for text in page.evaluate(PRIVATE_NAMES_IN_REFERENCE, PRIVATE_NAME):
            problems.append(f"{where}: private name in the reference: {text[:160]!r}")
        for name in page.evaluate(UNTYPED_ROWS):
            problems.append(f"{where}: {name}: no type in its table of keys or attributes")
        for title in page.evaluate(PATH_TITLES):
            problems.append(f"{where}: a code block titled with a repository path: {title!r}")
        for name in page.evaluate(IMPLEMENTATIONS_BESIDE_OVERLOADS):
            problems.append(f"{where}: {name}: implementation signature shown beside the overloads")
        page.close()
    return problems


def check_search(browser: Browser, base: str, viewport: ViewportSize, suffix: str) -> list[str]:
    """Search for SQS from the home page; photograph the results."""
    problems: list[str] = []
    page = browser.new_page(viewport=viewport)
    open_page(page, base, problems, f"search ({suffix})")
    page.keyboard.press("/")  # Material's shortcut: opens the search, also where the search box is hidden
    page.locator("input.md-search__input").fill(SEARCH_TERM)
    results = page.locator(".md-search-result__item")
    try:
        results.first.wait_for(state="visible", timeout=15_000)
    except Exception:  # noqa: BLE001 - Playwright's timeout: reported with what the page says instead
        meta = page.locator(".md-search-result__meta").text_content() or "nothing"
        problems.append(f"search ({suffix}): no result for {SEARCH_TERM!r}; the page says {meta.strip()!r}")
    page.screenshot(path=str(SCREENSHOTS / f"search-{suffix}.png"))
    page.close()
    return problems


HEADER_PARTS = {
    "the light and dark mode toggle": "form[data-md-component=palette] label",
    "the top-level tabs": ".md-tabs .md-tabs__link",
    "the link to the repository": ".md-header a.md-source",
}
"""What a reader of a Material for MkDocs site expects in its header at 1280 px, by CSS selector."""


def check_header(browser: Browser, base: str) -> list[str]:
    """The home page's header has a mode toggle, tabs and the repository link, and the toggle works."""
    problems: list[str] = []
    page = browser.new_page(viewport=DESKTOP)
    open_page(page, base, problems, "header")
    for part, selector in HEADER_PARTS.items():
        if not page.locator(selector).first.is_visible():
            problems.append(f"header: {part} is missing")
    scheme = page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")
    toggle = page.locator("form[data-md-component=palette] label:visible").first
    if toggle.count():
        toggle.click()
        if page.evaluate("() => document.body.getAttribute('data-md-color-scheme')") == scheme:
            problems.append(f"header: the mode toggle does not change the colour scheme ({scheme})")
    page.close()
    return problems


def take_screenshots(browser: Browser, base: str, viewport: ViewportSize, suffix: str) -> list[str]:
    """The home page and a source page, as a reader first sees them."""
    problems: list[str] = []
    for name, path in (("home", ""), ("source", SOURCE_PAGE)):
        page = browser.new_page(viewport=viewport)
        open_page(page, base + path, problems, f"{name} ({suffix})")
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{suffix}.png"))
        page.close()
    return problems


def main() -> int:
    """Run every check; print the problems and the screenshots' place."""
    if not (SITE / "index.html").exists():
        print(f"check_site: {SITE} has no index.html: build the site first (make docs)", file=sys.stderr)
        return 1
    SCREENSHOTS.mkdir(exist_ok=True)
    problems: list[str] = []
    with serve(SITE) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox"])
        try:
            problems += check_pages(browser, base)
            problems += check_header(browser, base)
            for viewport, suffix in ((DESKTOP, "1280px"), (PHONE, "phone")):
                problems += check_search(browser, base, viewport, suffix)
                problems += take_screenshots(browser, base, viewport, suffix)
        finally:
            browser.close()
    for problem in problems:
        print(problem, file=sys.stderr)
    pages = len(site_pages())
    print(f"check_site: {pages} pages, {len(problems)} problems; screenshots in {SCREENSHOTS.relative_to(ROOT)}/")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
