"""The report in a real browser: Debian's headless Chromium through chromedriver (installed by
.ci/run; skipped where they are missing)."""

import os
import shutil

import pytest

from biaskit.pipeline import run_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
webdriver = pytest.importorskip("selenium.webdriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="chromium and chromedriver are not installed")

HOSTILE = ('Gaza talks <script>window.pwned = 1; document.title = "pwned"</script>\n\n'
           'Hamas praised the deal <img src=x onerror="window.pwned = 2">, the envoy said.\n\n'
           'Israel rejected the plan </script><script>window.pwned = 3</script> and '
           '<a href="javascript:window.pwned=4">read more</a>.\n\n'
           '"We will not stop," Hamas said. Israel rejected the terrible plan.\n')


@pytest.fixture(scope="module")
def browser():
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    os.environ["SE_OFFLINE"] = "true"  # never let Selenium fetch a browser or driver
    opts = Options()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run", "--allow-file-access-from-files"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=opts)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    base = tmp_path_factory.mktemp("browser")
    for rel, text in {"wire/a.txt": HOSTILE, "<b onmouseover=alert(1)>x</b>/e.txt": "Hamas spoke.\n", "wire/b.txt": "Israel and Hamas met.\n\nHamas said talks went well.\n",
                      "paper/c.txt": "Hamas fired rockets.\n\nIsrael struck back, the army said.\n",
                      "paper/d.txt": "Egypt hosted talks.\n\nHamas and Israel sent envoys to Cairo.\n"}.items():
        p = base / "corpus" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    out = base / "out"
    run_report([base / "corpus"], out)
    return out


def pages(out):
    return sorted(out.rglob("*.html"))


def test_every_page_loads_cleanly_with_its_images_and_no_article_script_runs(browser, report):
    names = [p.relative_to(report).as_posix() for p in pages(report)]
    assert {"index.html", "actors.html", "outlets.html", "articles.html", "articles/article_0001.html"} <= set(names)
    for page in pages(report):
        browser.get(page.as_uri())
        errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
        assert errors == [], (page.name, errors)
        images = browser.execute_script(
            "return Array.from(document.images).map(i => [i.complete && i.naturalWidth > 0, i.alt]);")
        assert all(ok for ok, _ in images), (page.name, images)
        assert browser.execute_script("return window.pwned === undefined;"), page.name
        assert browser.title != "pwned"
    # the hostile article is there, shown as text
    hostile = next(p for p in pages(report) if p.parent.name == "articles" and "pwned" in p.read_text(encoding="utf-8"))
    browser.get(hostile.as_uri())
    assert "<script>window.pwned = 1" in browser.find_element("tag name", "body").text


def test_tables_sort_when_a_header_is_clicked(browser, report):
    from selenium.webdriver.common.by import By

    browser.get((report / "actors.html").as_uri())
    table = browser.find_element(By.CSS_SELECTOR, "table.sortable")
    first_column = lambda: [r.find_elements(By.TAG_NAME, "td")[0].text for r in table.find_elements(By.CSS_SELECTOR, "tbody tr")]
    before = first_column()
    table.find_elements(By.CSS_SELECTOR, "thead th")[0].click()
    after = first_column()
    assert after == sorted(before, key=str.lower)
    table.find_elements(By.CSS_SELECTOR, "thead th")[0].click()
    assert first_column() == after[::-1]
    assert browser.get_log("browser") == [] or all(e["level"] != "SEVERE" for e in browser.get_log("browser"))


def test_the_actors_and_outlets_tables_take_a_wide_windows_width_and_wrap_counts_only_between_them(browser, report):
    browser.set_window_size(1800, 1000)
    for page in ("actors.html", "outlets.html"):
        browser.get((report / page).as_uri())
        widths = browser.execute_script(
            "return [document.querySelector('main table.sortable').getBoundingClientRect().width,"
            " document.querySelector('main > :not(.wide)').getBoundingClientRect().width];")
        assert widths[0] > 1300 and widths[1] <= 1200, page  # the table spreads out, the text keeps its measure
    browser.set_window_size(700, 1000)  # narrow: cells wrap, but a name never parts from its count
    browser.get((report / "actors.html").as_uri())
    lines = browser.execute_script(
        "return Array.from(document.querySelectorAll('.count')).map(s => [s.textContent, s.getClientRects().length]);")
    assert lines and all(n == 1 for _, n in lines), lines
