"""Browser fixtures: Debian's Chromium driven by Playwright against ``streamlit run ui/app.py``.

The server runs offline on a free loopback port with its own data directory; ``restart()``
replaces the process (same database) to prove nothing lives only in memory.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class StreamlitServer:
    """One ``streamlit run`` process at a time, restartable on the same data directory."""

    def __init__(self, data_dir: Path, log_dir: Path) -> None:
        self.data_dir = data_dir
        self.log_dir = log_dir
        self.proc: subprocess.Popen | None = None
        self.url = ""
        self.starts = 0

    def start(self) -> str:
        port = _free_port()
        self.starts += 1
        log = self.log_dir / f"streamlit-{self.starts}.log"
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("ASSISTANT_LLM", "OPENAI_"))}
        env.update(ASSISTANT_DATA_DIR=str(self.data_dir), TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="",
                   PYTHAINLP_OFFLINE="1", ASSISTANT_SETTINGS_FILE=str(self.log_dir / "none.toml"))
        env.pop("ASSISTANT_DATABASE_URL", None)
        cmd = [sys.executable, "-m", "streamlit", "run", str(REPO_ROOT / "ui" / "app.py"),
               "--server.address=127.0.0.1", f"--server.port={port}", "--server.headless=true",
               "--browser.gatherUsageStats=false", "--server.fileWatcherType=none"]
        with open(log, "wb") as fh:
            self.proc = subprocess.Popen(cmd, cwd=REPO_ROOT, stdout=fh, stderr=subprocess.STDOUT,
                                         env=env)
        self.url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=1) as r:
                    if r.status == 200:
                        return self.url
            except OSError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.3)

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=5)
        self.proc = None

    def restart(self) -> str:
        self.stop()
        return self.start()


@pytest.fixture(scope="module")
def chromium_path() -> str:
    exe = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
    if not exe:
        pytest.skip("no system Chromium (apt-get install -y chromium fonts-thai-tlwg)")
    return exe


@pytest.fixture(scope="module")
def server(tmp_path_factory, chromium_path):
    base = tmp_path_factory.mktemp("browser")
    srv = StreamlitServer(base / "data", base)
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path, headless=True, args=CHROMIUM_FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 1200}, locale="en-US")
    pg = context.new_page()
    pg.set_default_timeout(60_000)
    yield pg
    context.close()
