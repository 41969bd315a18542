"""What the browser audits check on a public page: axe-core's accessibility rules, no
sideways scrolling, and a screenshot to look at.

axe-core is npm's (package-lock.json pins it; `make test` runs `npm ci`). Its source is
evaluated through the DevTools protocol, which the page's Content Security Policy does
not govern: the site's strict policy stays as visitors get it, no inline script added.
"""

from functools import cache

from django.conf import settings

AXE_SOURCE = settings.BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = settings.BASE_DIR / "test-results" / "screenshots"

# Every rule axe runs by default (WCAG 2.x A and AA, and its best practices), with the
# parts of each violation a reader needs to find it.
RUN_AXE = """async () => {
    const results = await axe.run(document, {resultTypes: ["violations"]});
    return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        // Where, and axe's reason there (such as the contrast ratio it measured).
        nodes: violation.nodes.map((node) => ({
            target: node.target.join(" "),
            reason: [...node.any, ...node.all, ...node.none].map((check) => check.message)[0],
        })),
    }));
}"""

# How far the page is wider than the window, and the innermost elements sticking out
# past its right edge (by tag and class), to say where to look.
OVERFLOW = """() => {
    const width = document.documentElement.clientWidth;
    const named = (element) => [element.localName, ...element.classList].join(".");
    const name = (element) => {
        const classed = element.parentElement?.closest("[class]");
        return classed ? `${named(classed)} ${named(element)}` : named(element);
    };
    const sticksOut = (element) => element.getBoundingClientRect().right > width + 0.5;
    const culprits = [...document.body.querySelectorAll("*")]
        .filter((element) => sticksOut(element) && ![...element.children].some(sticksOut))
        .slice(0, 3)
        .map(name);
    return {extra: document.documentElement.scrollWidth - width, culprits};
}"""


@cache
def axe_source():
    if not AXE_SOURCE.exists():
        raise FileNotFoundError(f"{AXE_SOURCE} is missing: run `make test` (npm ci)")
    return AXE_SOURCE.read_text()


def axe_violations(page):
    """axe-core's violations on the page as loaded: one readable line per rule broken
    and element breaking it."""
    page.evaluate(axe_source())
    return [
        f"{found['id']} ({found['impact']}): {found['help']}"
        f" at {node['target']}: {node['reason']}"
        for found in page.evaluate(RUN_AXE)
        for node in found["nodes"]
    ]


def sideways_overflow(page):
    """What scrolls sideways on the page, as one readable line (none: nothing does)."""
    found = page.evaluate(OVERFLOW)
    if found["extra"] <= 0:
        return []
    return [
        f"{found['extra']} px wider than the window at {', '.join(found['culprits'])}"
    ]


def screenshot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)
