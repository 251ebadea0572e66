"""The HTML report in a real browser: Debian's headless Chromium driven by its chromedriver.

Selenium is pointed at the system browser and driver, so nothing downloads a browser. The
screenshot of seed 003's report is kept in artifacts/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "artifacts"
SEED = next((ROOT / "fixtures" / "seeds").glob("003_*.txt"))
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver") or ("/usr/lib/chromium/chromedriver"
                                                if Path("/usr/lib/chromium/chromedriver").exists() else None)

pytestmark = pytest.mark.skipif(CHROMIUM is None or CHROMEDRIVER is None,
                                reason="Debian's chromium and chromium-driver are not installed (make browser)")


@pytest.fixture(scope="module")
def report_file() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / "seed003-report.html"
    run = subprocess.run([sys.executable, "-m", "refcheck.cli", "check", str(SEED), "--no-config", "--format", "html",
                          "-o", str(target)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert run.returncode == 1 and run.stdout == "", run.stderr  # seed 003 has errors; the report went to the file
    return target


@pytest.fixture(scope="module")
def findings() -> list[dict]:
    run = subprocess.run([sys.executable, "-m", "refcheck.cli", "check", str(SEED), "--no-config", "--format", "json"],
                         cwd=ROOT, capture_output=True, text=True, check=False)
    return json.loads(run.stdout)["files"][0]["findings"]


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--force-device-scale-factor=1"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


@pytest.fixture
def page(browser, report_file):
    browser.get(report_file.as_uri())
    browser.get_log("browser")  # start each test with an empty console
    browser.refresh()
    return browser


def _current(driver) -> dict | None:
    return driver.execute_script(
        "var c = document.querySelector('.current'); if (!c) return null; var r = c.getBoundingClientRect();"
        "return {id: c.id, top: r.top, bottom: r.bottom, height: window.innerHeight,"
        " focused: document.activeElement === c};")


def test_the_page_loads_without_console_errors_and_fetches_nothing(page):
    assert [e for e in page.get_log("browser") if e["level"] in ("SEVERE", "WARNING")] == []
    assert page.execute_script("return performance.getEntriesByType('resource').length") == 0


def test_clicking_a_finding_scrolls_to_its_citation_and_highlights_it(page):
    link = page.find_elements("css selector", "aside.findings a.finding-link[href*='-c']")[5]
    target = link.get_attribute("data-target")
    link.click()
    current = _current(page)
    assert current["id"] == target and current["focused"]
    assert current["top"] >= 0 and current["bottom"] <= current["height"]
    assert page.find_element("id", target).tag_name == "mark"


def test_a_finding_is_reached_and_followed_with_the_keyboard(page):
    from selenium.webdriver.common.keys import Keys

    body = page.find_element("tag name", "body")
    body.send_keys(Keys.TAB)  # the skip link comes first
    assert page.switch_to.active_element.get_attribute("class") == "skip"
    page.switch_to.active_element.send_keys(Keys.ENTER)
    link = page.find_element("css selector", "aside.findings a.finding-link")
    link.send_keys(Keys.ENTER)
    assert _current(page)["id"] == link.get_attribute("data-target")


def test_a_citation_shows_its_message_on_focus(page):
    mark = page.find_element("css selector", "mark.cite.status-error")
    page.execute_script("arguments[0].focus()", mark)
    tip = page.execute_script("return getComputedStyle(arguments[0], '::after').content", mark)
    assert "error" in tip and mark.get_attribute("tabindex") == "0"


def test_screenshot_of_seed_003_shows_the_summary_the_marked_text_and_every_finding(page, findings):
    shot = ARTIFACTS / "seed003-report.png"
    assert page.save_screenshot(str(shot))
    png = shot.read_bytes()
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == tuple(page.execute_script("return [window.innerWidth, window.innerHeight]"))
    assert len(png) > 50_000  # a rendered page, not a blank one
    assert page.find_element("css selector", "header.top h1").text == "refcheck report"
    summary = page.find_element("css selector", "header.top .summary").text
    errors = sum(1 for f in findings if f["severity"] == "error")
    assert f"{errors} errors" in summary
    assert len(page.find_elements("css selector", "aside.findings li")) == len(findings)
    assert len(page.find_elements("css selector", "mark.cite")) > 50
    assert page.find_elements("css selector", ".entry .badge.status-warning")  # seed 003 has uncited entries


def test_print_shows_the_page_flat_with_the_status_words_kept(page):
    page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        aside = page.find_element("css selector", "aside.findings")
        assert page.execute_script("return getComputedStyle(arguments[0]).position", aside) == "static"
        mark = page.find_element("css selector", "mark.cite.status-error")
        assert page.execute_script("return getComputedStyle(arguments[0], '::before').content", mark) == '"\u2716"'
        assert page.execute_script("return getComputedStyle(arguments[0]).backgroundColor", mark) == "rgba(0, 0, 0, 0)"
    finally:
        page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
