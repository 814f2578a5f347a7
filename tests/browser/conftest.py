"""Browser fixtures: the built book served on 127.0.0.1 and a guarded Chromium page.

Every page a test opens is watched: a console error, an uncaught exception, a failed request,
an HTTP error status or any request to a host other than the loopback server fails the test.
Requests off loopback are also blocked, so the site is tested as it would behave offline.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    Locator,
    Page,
    Request,
    sync_playwright,
)

from .browsers import find_chromium
from .serve import serve

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}
LOCAL_SCHEMES = {"blob", "data", "about"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test in this folder, so `-m "not browser"` leaves them out."""
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def site_url(built_site) -> Iterator[str]:
    with serve(built_site.html) as url:
        yield url


@pytest.fixture(scope="session")
def fixture_site_url(fixture_book) -> Iterator[str]:
    """The small book of an anywidget page, a slider page and a plain page, served."""
    with serve(fixture_book.html) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        try:
            executable = find_chromium(playwright.chromium.executable_path)
        except FileNotFoundError as error:
            pytest.fail(str(error))
        browser = playwright.chromium.launch(
            executable_path=executable,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        block_service_workers(browser)
        yield browser
        browser.close()


#: Before any page script: the course's worker is not registered (register.js takes the refusal
#: quietly, as from a host that serves none). Playwright's own block would log a warning on every
#: page, which the tests that watch the console would count.
NO_WORKER = """if (navigator.serviceWorker) {
  navigator.serviceWorker.register = () => Promise.reject(new Error("no service worker here"));
}"""


def block_service_workers(browser: Browser) -> None:
    """Open every context with the course's service worker kept out unless a test asks for it
    (``service_workers="allow"``: the offline tests). A worker a test did not ask for would save
    the whole course in the background and show its "ready to use offline" note over the foot of
    the page, under a control another test is about to press."""
    new_context = browser.new_context
    new_page = browser.new_page

    def context_without_worker(**options: object) -> BrowserContext:
        allowed = options.pop("service_workers", None) == "allow"
        context = new_context(**options)
        if not allowed:
            context.add_init_script(NO_WORKER)
        return context

    def page_without_worker(**options: object) -> Page:
        allowed = options.pop("service_workers", None) == "allow"
        page = new_page(**options)
        if not allowed:
            page.add_init_script(NO_WORKER)
        return page

    browser.new_context = context_without_worker  # type: ignore[method-assign]
    browser.new_page = page_without_worker  # type: ignore[method-assign]


@dataclass
class PageProblems:
    """What went wrong on the pages of one test."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    offsite_requests: list[str] = field(default_factory=list)

    def all(self) -> list[str]:
        return [
            *(f"console error: {text}" for text in self.console_errors),
            *(f"uncaught error: {text}" for text in self.page_errors),
            *(f"failed request: {text}" for text in self.failed_requests),
            *(f"request off loopback: {text}" for text in self.offsite_requests),
        ]


def is_loopback(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in LOCAL_SCHEMES:
        return True
    return parts.hostname in LOOPBACK_HOSTS


#: what a page asks for only after its load event: the favicon (Chromium), and the offline
#: module with its imports (start.js waits for the load event, so the page comes first)
AFTER_LOAD = ("favicon.svg", "/_static/abcourse-offline/")


def is_cancelled_favicon(request: Request) -> bool:
    """A file the page asks for after its load event, cancelled because a test reloads or moves
    on as soon as the widgets show: no fault of the site (a missing one is a 404)."""
    path = request.url.split("?")[0]
    after_load = path.endswith(AFTER_LOAD[0]) or AFTER_LOAD[1] in path
    return after_load and request.failure == "net::ERR_ABORTED"


def watch(context: BrowserContext, problems: PageProblems) -> None:
    def route(route_request) -> None:
        url = route_request.request.url
        if is_loopback(url):
            route_request.continue_()
        else:
            problems.offsite_requests.append(url)
            route_request.abort()

    context.route("**/*", route)

    def on_page(page: Page) -> None:
        page.on(
            "console",
            lambda message: (
                problems.console_errors.append(message.text) if message.type == "error" else None
            ),
        )
        page.on("pageerror", lambda error: problems.page_errors.append(str(error)))
        page.on(
            "requestfailed",
            lambda request: (
                problems.failed_requests.append(f"{request.url} ({request.failure})")
                if is_loopback(request.url) and not is_cancelled_favicon(request)
                else None
            ),
        )
        page.on(
            "response",
            lambda response: (
                problems.failed_requests.append(f"{response.url} (HTTP {response.status})")
                if response.status >= 400
                else None
            ),
        )

    context.on("page", on_page)


@pytest.fixture()
def problems() -> PageProblems:
    return PageProblems()


@pytest.fixture()
def context(browser: Browser, problems: PageProblems) -> Iterator[BrowserContext]:
    context = browser.new_context(accept_downloads=True)
    watch(context, problems)
    yield context
    context.close()


@pytest.fixture()
def page(context: BrowserContext, problems: PageProblems) -> Iterator[Page]:
    """A page in a fresh profile (empty localStorage); fails the test on any page problem."""
    page = context.new_page()
    yield page
    found = problems.all()
    assert not found, "problems on the page:\n" + "\n".join(found)


@pytest.fixture()
def styled_page(
    browser: Browser, problems: PageProblems, request: pytest.FixtureRequest
) -> Iterator[Page]:
    """A page at the colour scheme and width given by the test's parameters: (scheme, width); a
    test marked ``service_workers`` lets the course's worker run."""
    scheme, width = request.param
    workers = "allow" if request.node.get_closest_marker("service_workers") else "block"
    context = browser.new_context(
        viewport={"width": width, "height": 900}, color_scheme=scheme, service_workers=workers
    )
    watch(context, problems)
    page = context.new_page()
    yield page
    context.close()
    found = problems.all()
    assert not found, "problems on the page:\n" + "\n".join(found)


#: a widget the host has rendered: the build's drawing of it carries ``data-abc-prerendered``
LIVE_WIDGET = ".abc-widget-view:not([data-abc-prerendered]) .abc-widget"


def wait_for_widgets(page: Page) -> None:
    """Wait until every view tag on the page has its live widget (or its failure message)."""
    page.wait_for_load_state("networkidle")
    views = page.locator("script[type='application/vnd.jupyter.widget-view+json']").count()
    page.wait_for_function(
        """n => document.querySelectorAll(
            '.abc-widget-view:not([data-abc-prerendered]) > .abc-widget, .abc-widget-failed'
        ).length >= n""",
        arg=views,
        timeout=15_000,
    )


def open_checklist(widget: Locator) -> Locator:
    """Open a form checklist's fold, as a learner taps its "Check your form" line, and return it.
    The cues start folded (checklist.js)."""
    fold = widget.locator("details.abc-checklist-body")
    if not fold.evaluate("(details) => details.open"):
        fold.locator("> summary").click()
    return widget


def open_chapter(page: Page, site_url: str, chapter: str) -> Page:
    """Open a chapter and wait until its first widget is live (drawn at build time, then
    rendered by the host)."""
    page.goto(f"{site_url}/book/{chapter}.html")
    page.wait_for_selector(LIVE_WIDGET, timeout=15_000)
    return page


def save_records(page: Page, records: dict[str, object]) -> None:
    """Save records in localStorage the way the widgets do (a versioned envelope per key)."""
    page.evaluate(
        """(records) => {
            for (const [key, data] of Object.entries(records)) {
                const envelope = {version: 1, savedAt: "2026-01-01", data};
                localStorage.setItem(key, JSON.stringify(envelope));
            }
        }""",
        records,
    )


# Saved self-test records of a learner with short holds and a small, gentle rise in training: the
# plan has a profile and exercises to show.
WEAK_CORE_RECORDS: dict[str, object] = {
    "abcourse:v1:tool:endurance": {
        "times": {"flexor": 20, "extensor": 15, "sideLeft": 10, "sideRight": 12},
        "sex": "unspecified",
    },
    "abcourse:v1:tool:progression": {
        "weeks": [
            {"sessions": 3, "volume": 10, "pain": 1},
            {"sessions": 3, "volume": 11, "pain": 2},
        ],
        "unit": "sets",
    },
}
