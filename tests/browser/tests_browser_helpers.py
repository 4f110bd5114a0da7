"""Small Playwright steps shared by the browser tests (Streamlit-specific waits live here)."""

from __future__ import annotations

import time


def wait_idle(page, timeout_s: float = 90) -> None:
    """Wait until Streamlit has finished the current script run."""
    deadline = time.monotonic() + timeout_s
    time.sleep(0.8)
    quiet = 0
    while time.monotonic() < deadline:
        running = page.locator('[data-testid="stStatusWidget"]').count()
        quiet = 0 if running else quiet + 1
        if quiet >= 2:
            return
        time.sleep(0.3)
    raise AssertionError("the app kept running for too long")


def type_jottings(page, text: str, label: str = "Session jottings") -> None:
    box = page.get_by_label(label)
    box.click()
    box.fill(text)
    box.press("Control+Enter")  # commit the text area value (a rerun follows)
    wait_idle(page)


def draft_and_wait(page, button: str = "Draft", approve_label: str = "Approve note") -> None:
    from playwright.sync_api import expect

    page.get_by_role("button", name=button, exact=True).click()
    expect(page.get_by_role("button", name=approve_label)).to_be_visible(timeout=180_000)
    wait_idle(page)


def set_ui_language(page, label: str) -> None:
    page.get_by_test_id("stSidebar").get_by_text(label, exact=True).click()
    wait_idle(page)


def code_texts(page) -> list[str]:
    return [c.inner_text() for c in page.get_by_test_id("stCode").all()]


def complete_prompts(page, fact: str = "Reviewed with the client today.") -> int:
    """Replace the offline drafter's "[Add: …]" prompts in the section boxes with a sentence, as
    a writer must before approving; returns how many boxes changed."""
    import re

    prompt = re.compile(r"\[(?:Add|เพิ่ม):[^\[\]\n]*\]")
    changed = 0
    for box in page.get_by_test_id("stMain").locator("textarea").all():
        value = box.input_value()
        if prompt.search(value):
            box.fill(prompt.sub(fact, value))
            box.press("Control+Enter")  # commit (a rerun and a re-check follow)
            wait_idle(page)
            changed += 1
    return changed


def approve(page, author: str) -> str:
    """Approve (completing the drafter's prompts, and giving a reason if errors remain); returns
    the approved text shown."""
    complete_prompts(page)
    name = page.get_by_label("Your name (recorded with the approval)")
    name.fill(author)
    name.press("Tab")  # blur commits the value (a rerun follows)
    wait_idle(page)
    reason = page.get_by_label("Reason for approving with open errors")
    if reason.count():
        reason.fill("Reviewed; wording agreed with supervisor")
        reason.press("Tab")
        wait_idle(page)
    banner = page.get_by_text("Approved — version 1")
    for _ in range(3):  # a click that lands during a rerun can be dropped; try again
        page.get_by_role("button", name="Approve note").click()
        if poll(lambda: banner.count() > 0, timeout_s=20):
            break
    assert banner.count(), "approval did not complete"
    wait_idle(page)
    return code_texts(page)[0]


def screenshot_results(page, path) -> None:
    """The drafted note beside its findings: scroll the result into view, then capture."""
    path.parent.mkdir(parents=True, exist_ok=True)
    marks = page.locator(".marked-text mark")
    assert poll(lambda: marks.count() > 0), "no highlighted finding to show in the screenshot"
    heading = page.get_by_test_id("stHeading").filter(has_text="SOAP").first
    heading.evaluate("""e => {
        e.scrollIntoView({block: 'start'});
        let p = e.parentElement;  // Streamlit scrolls an inner container, not the window
        while (p && !(p.scrollHeight > p.clientHeight && /auto|scroll/.test(getComputedStyle(p).overflowY))) p = p.parentElement;
        if (p) p.scrollBy(0, -90);
    }""")
    time.sleep(0.8)
    page.screenshot(path=str(path))


def poll(condition, timeout_s: float = 15) -> bool:
    """True as soon as ``condition()`` holds, False after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.3)
    return False
