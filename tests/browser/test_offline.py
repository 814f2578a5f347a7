"""The course offline, in Chromium, from a sub-folder of its host: one visit saves it (the note says
so once); with the network gone and the server down, every page opens, a quiz answers, a checklist
ticks, a workout session runs, and a reload keeps it all; a page never saved gets the offline page
with links to the saved ones. A second build with one page changed is offered once, is never mixed
with the first, and shows the new text after the learner's click. The manifest is valid and its
icons load. Straight from the disk the site works with no service worker and no console error."""

from __future__ import annotations

import hashlib
import http.server
import json
import re
import shutil
import struct
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from abcourse.site.offline import MANIFEST, pages, precached_urls, write_worker

from ..support import CHAPTERS
from .axe import describe, run_axe
from .conftest import LIVE_WIDGET, PageProblems, open_chapter, wait_for_widgets, watch
from .serve import QuietServer
from .test_checklist import chapter_checklists, checklist_widget
from .test_quiz import answer_with_mouse, chapter_quizzes, feedback_of, quiz_widget
from .test_workout import LOG_KEY, T0, logged, open_plan, run_to_the_end, start

#: the site is published in a sub-folder of its host, as on a project's GitHub Pages
FOLDER = "course"
READY = "ready to use offline"
UPDATE = "A new version of the course is ready"
#: the page the second build changes, and its new text
CHANGED_PAGE = "book/intro.html"
NEW_TEXT = "This course was updated while you had it open."
#: the site's other module scripts, which Chromium does not load from file://
OTHER_MODULES = r"_static/(widget-host|abcourse-widgets|abcourse-progress)/"


class Host:
    """A web server on a fixed port whose site can change (a new build) or go away (no signal:
    every connection is dropped unanswered)."""

    def __init__(self, site: Path | None) -> None:
        self.site = site
        host = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args, **kwargs) -> None:
                super().__init__(*args, directory=str(host.site or "/nonexistent"), **kwargs)

            def handle_one_request(self) -> None:
                if host.site is None:
                    self.close_connection = True
                    return
                super().handle_one_request()

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self.server = QuietServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/{FOLDER}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def publish(html: Path, root: Path) -> Path:
    """A host's folder with the built site in its sub-folder."""
    root.mkdir(parents=True)
    shutil.copytree(html, root / FOLDER)
    return root


@pytest.fixture(scope="module")
def sites(built_site, tmp_path_factory) -> dict[str, Path]:
    """The built site as published, and a second build of it in which one page changed: the page
    and the worker, whose step of the build runs again on the changed copy."""
    base = tmp_path_factory.mktemp("offline")
    first = publish(built_site.html, base / "first")
    second = publish(built_site.html, base / "second")
    changed = second / FOLDER / CHANGED_PAGE
    text = changed.read_text(encoding="utf-8")
    heading_end = text.index("</h1>", text.index("<article")) + len("</h1>")
    text = f"{text[:heading_end]}\n<p>{NEW_TEXT}</p>{text[heading_end:]}"
    changed.write_text(text, encoding="utf-8")
    write_worker(second / FOLDER)
    return {"first": first, "second": second}


@pytest.fixture()
def host(sites) -> Iterator[Host]:
    host = Host(sites["first"])
    yield host
    host.close()


def wait_until_saved(page: Page) -> None:
    """Until the worker is active, serves this page (its precache done) and the page says so."""
    page.wait_for_function(
        "navigator.serviceWorker.controller?.state === 'activated'", timeout=30_000
    )
    expect(page.locator(".abc-offline-note[data-kind='ready']")).to_contain_text(READY)


def go_offline(context: BrowserContext, host: Host) -> None:
    context.set_offline(True)
    host.site = None


def site_path(url: str, root: str) -> str:
    """A URL's file, as a path from the site's root (query and fragment left out)."""
    return unquote(urlsplit(url).path).removeprefix(root)


def revisions(worker: Path) -> dict[str, str]:
    text = worker.read_text(encoding="utf-8")
    return dict(re.findall(r'url:"([^"]+)",revision:"([^"]+)"', text))


def test_the_worker_lists_the_pages_and_no_source_map_source_or_html_manager(built_site) -> None:
    """Every page, and none of what no page loads. That it lists every file a page loads is
    shown offline below: there any file it left out fails to load, and fails the test."""
    precached = set(precached_urls(built_site.html / "sw.js"))
    assert set(pages(built_site.html)) <= precached
    assert not [url for url in precached if url.startswith("_sources/") or url.endswith(".map")]
    assert not [url for url in precached if "html-manager" in url or "require" in url]
    assert not [url for url in precached if url.startswith("_downloads/")]


def test_after_one_visit_the_course_works_offline_and_keeps_progress(
    browser: Browser, problems: PageProblems, host: Host, sites
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, service_workers="allow")
    watch(context, problems)
    page = context.new_page()
    page.clock.install(time=T0)
    page.goto(f"{host.url}/book/intro.html")
    wait_until_saved(page)
    page.get_by_role("button", name="OK").click()
    expect(page.locator(".abc-offline-note")).to_have_count(0)

    go_offline(context, host)
    html = sites["first"] / FOLDER
    for name in pages(html):
        if name == "offline.html":
            continue
        page.goto(f"{host.url}/{name}")
        # the page itself, with its text, not the offline page
        expect(page.get_by_role("heading", level=1).first).to_be_visible()
        if "abc-widget-placeholder" in (html / name).read_text(encoding="utf-8"):
            wait_for_widgets(page)
            expect(page.locator(".abc-widget-failed")).to_have_count(0)
        # the note was shown once, on the visit that saved the course
        expect(page.locator("html[data-abc-offline='registered']")).to_have_count(1)
        expect(page.locator(".abc-offline-note")).to_have_count(0)

    chapter = CHAPTERS[0]
    quiz = chapter_quizzes(chapter)[0]
    checklist = chapter_checklists(chapter)[0]
    open_chapter(page, host.url, chapter)
    answer_with_mouse(quiz_widget(page, quiz), quiz["questions"][0])
    expect(feedback_of(quiz_widget(page, quiz), quiz["questions"][0])).to_contain_text("Correct")
    checklist_widget(page, checklist).get_by_label(checklist["cues"][0]["cue"]).check()
    page.reload()
    page.wait_for_selector(LIVE_WIDGET)
    expect(feedback_of(quiz_widget(page, quiz), quiz["questions"][0])).to_contain_text("Correct")
    cue = checklist_widget(page, checklist).get_by_label(checklist["cues"][0]["cue"])
    expect(cue).to_be_checked()

    open_plan(page, host.url)
    start(page)
    first = page.locator(".abc-workout-big").inner_text()
    page.clock.run_for(3_000)
    expect(page.locator(".abc-workout-big")).not_to_have_text(first)
    run_to_the_end(page)
    expect(page.locator(".abc-workout-summary")).to_contain_text("Session finished")
    sessions = logged(page)
    page.clock.pause_at(T0 + timedelta(minutes=30))
    page.reload()
    page.wait_for_selector(".abc-workout-start", timeout=20_000)
    assert logged(page) == sessions and len(sessions) == 1, LOG_KEY
    context.close()
    assert not problems.all(), "problems on the pages:\n" + "\n".join(problems.all())


def test_a_page_never_saved_gets_the_offline_page(
    browser: Browser, problems: PageProblems, host: Host, sites
) -> None:
    context = browser.new_context(service_workers="allow")
    watch(context, problems)
    page = context.new_page()
    page.goto(f"{host.url}/book/glossary.html")
    wait_until_saved(page)
    go_offline(context, host)
    page.goto(f"{host.url}/book/not-saved-here.html")
    expect(page.get_by_role("heading", level=1)).to_have_text("You are offline")
    links = page.locator(".abc-offline-pages a")
    not_in_toc = {"index.html", "genindex.html", "search.html", "offline.html"}
    expect(links).to_have_count(len(set(pages(sites["first"] / FOLDER)) - not_in_toc))
    # its links lead from the site's root, whatever address it stands in for
    links.filter(has_text=re.compile("Weak core")).first.click()
    expect(page).to_have_url(f"{host.url}/book/{CHAPTERS[0]}.html")
    page.wait_for_selector(LIVE_WIDGET)
    context.close()
    assert not problems.all(), "problems on the pages:\n" + "\n".join(problems.all())


def test_a_new_build_is_offered_once_and_never_mixed(
    browser: Browser, problems: PageProblems, host: Host, sites
) -> None:
    first, second = sites["first"] / FOLDER, sites["second"] / FOLDER
    changed = {
        url
        for url, revision in revisions(second / "sw.js").items()
        if revisions(first / "sw.js").get(url) != revision
    }
    assert changed == {CHANGED_PAGE, "searchindex.js"} or changed == {CHANGED_PAGE}, changed

    context = browser.new_context(service_workers="allow")
    watch(context, problems)
    page = context.new_page()
    page.goto(f"{host.url}/{CHANGED_PAGE}")
    wait_until_saved(page)
    host.site = sites["second"]
    # back in signal: the page looks for a new build
    context.set_offline(True)
    context.set_offline(False)
    prompt = page.locator(".abc-offline-note[data-kind='update']")
    expect(prompt).to_contain_text(UPDATE, timeout=20_000)
    page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")
    page.wait_for_timeout(500)
    expect(prompt).to_have_count(1)
    expect(page.get_by_text(NEW_TEXT)).to_have_count(0)

    # until the learner agrees, another tab still gets the whole first build
    other = context.new_page()
    other.goto(f"{host.url}/{CHANGED_PAGE}")
    expect(other.locator(".abc-offline-note[data-kind='update']")).to_have_count(1)
    expect(other.get_by_text(NEW_TEXT)).to_have_count(0)
    other.get_by_role("button", name="Not now").click()
    other.goto(f"{host.url}/book/safety.html")
    expect(other.locator("html[data-abc-offline='registered']")).to_have_count(1)
    expect(other.locator(".abc-offline-note")).to_have_count(0)
    other.close()

    bodies: dict[str, bytes] = {}

    def keep(response) -> None:
        path = site_path(response.url, f"/{FOLDER}/")
        if response.ok and (second / path).is_file():
            bodies[path] = response.body()

    page.on("response", keep)
    with page.expect_navigation():
        prompt.get_by_role("button", name="Reload").click()
    expect(page.get_by_text(NEW_TEXT)).to_be_visible()
    page.wait_for_load_state("networkidle")
    expect(page.locator(".abc-offline-note")).to_have_count(0)
    mixed = [path for path, body in bodies.items() if body != (second / path).read_bytes()]
    assert CHANGED_PAGE in bodies and len(bodies) > 10, sorted(bodies)
    assert mixed == [], f"files of the first build on the second's page: {mixed}"
    context.close()
    assert not problems.all(), "problems on the pages:\n" + "\n".join(problems.all())


MODES = [(scheme, width) for scheme in ("light", "dark") for width in (1280, 390)]


@pytest.mark.service_workers
@pytest.mark.parametrize("styled_page", MODES, ids=[f"{s}-{w}" for s, w in MODES], indirect=True)
def test_the_notes_and_the_offline_page_pass_axe(styled_page: Page, site_url: str) -> None:
    """The "ready" note as the first visit shows it, with the update offer beside it (drawn by
    the same module, as a new build would show it), then the offline page."""
    page = styled_page
    page.goto(f"{site_url}/book/intro.html")
    wait_until_saved(page)
    page.evaluate(
        """async (root) => {
            const { showNote } = await import(`${root}/_static/abcourse-offline/notes.js`);
            const { MESSAGES } = await import(`${root}/_static/abcourse-offline/messages.js`);
            showNote("update", MESSAGES.update, [
                { label: MESSAGES.reload, primary: true }, { label: MESSAGES.later }]);
        }""",
        site_url,
    )
    notes = page.locator(".abc-offline-note")
    expect(notes).to_have_count(2)
    for note in notes.all():
        box = note.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= page.viewport_size["width"]
    violations = run_axe(page)
    assert not violations, describe(violations)
    page.goto(f"{site_url}/offline.html")
    expect(page.get_by_role("heading", level=1)).to_have_text("You are offline")
    violations = run_axe(page)
    assert not violations, describe(violations)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def test_the_manifest_is_valid_and_its_icons_load(
    browser: Browser, problems: PageProblems, host: Host
) -> None:
    context = browser.new_context(service_workers="allow")
    watch(context, problems)
    page = context.new_page()
    page.goto(f"{host.url}/book/intro.html")
    wait_until_saved(page)
    cdp = context.new_cdp_session(page)
    parsed = cdp.send("Page.getAppManifest")
    assert parsed["url"] == f"{host.url}/{MANIFEST}"
    assert parsed["errors"] == [], parsed["errors"]
    # Playwright's browser contexts are incognito profiles, where Chromium installs no app
    installable = [
        error
        for error in cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
        if error["errorId"] != "in-incognito"
    ]
    assert installable == [], installable
    manifest = json.loads(parsed["data"])
    assert manifest["name"] == "Why Do Ab Workouts Hurt My Back?"
    assert manifest["display"] == "standalone"
    assert manifest["start_url"] == "book/intro.html"
    assert page.request.get(f"{host.url}/{manifest['start_url']}").ok
    sizes = set()
    for icon in manifest["icons"]:
        response = page.request.get(f"{host.url}/{icon['src']}")
        assert response.ok and response.headers["content-type"] == "image/png", icon
        width, height = png_size(response.body())
        assert f"{width}x{height}" == icon["sizes"], icon
        sizes.add((width, icon["purpose"]))
    assert {(192, "any"), (512, "any"), (192, "maskable"), (512, "maskable")} <= sizes
    colours = page.eval_on_selector_all(
        "meta[name='theme-color']", "tags => tags.map(t => [t.media, t.content])"
    )
    assert {media for media, _ in colours} == {
        "(prefers-color-scheme: light)",
        "(prefers-color-scheme: dark)",
    }
    context.close()
    assert not problems.all(), "problems on the pages:\n" + "\n".join(problems.all())


def test_straight_from_the_disk_no_worker_and_no_console_error_of_its_own(
    browser: Browser, built_site
) -> None:
    """From file:// no service worker can run and nothing tries to register one. (Chromium loads
    no module script from file://, so the widget host and the progress box, both modules, log a
    CORS error and a failed load each there: theirs, not this part's, and counted as such.)"""
    context = browser.new_context(service_workers="allow")
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type in {"error", "warning"} else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    requested: list[str] = []
    page.on("request", lambda request: requested.append(site_path(request.url, "")))
    for name in ("index.html", "book/intro.html", f"book/{CHAPTERS[0]}.html"):
        page.goto(f"file://{built_site.html / name}")
        page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    context.close()
    assert [url for url in requested if url.endswith(("sw.js", "register.js"))] == []
    assert [url for url in requested if url.endswith("start.js")], "the offline script not loaded"
    blocked = [text for text in errors if "blocked by CORS policy" in text]
    failed = [text for text in errors if text == "Failed to load resource: net::ERR_FAILED"]
    others = [text for text in blocked if not re.search(OTHER_MODULES, text)]
    assert others == [], others
    assert len(failed) == len(blocked) and len(errors) == len(blocked) + len(failed), errors


def test_the_worker_changes_with_the_pages_it_serves(built_site) -> None:
    """Each file is listed with a hash of its content: a page changed in a rebuild gets a new
    revision, so a learner's browser fetches it again."""
    listed = revisions(built_site.html / "sw.js")
    for url in ("book/intro.html", "searchindex.js", "manifest.webmanifest"):
        body = (built_site.html / url).read_bytes()
        assert listed[url] == hashlib.md5(body).hexdigest(), url  # Workbox's hash
