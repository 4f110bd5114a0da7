"""The app is served safely: local only, no error details, no telemetry (issue 7 item 8)."""

from __future__ import annotations

import tomllib
from pathlib import Path

CONFIG = Path(__file__).resolve().parents[2] / ".streamlit" / "config.toml"


def test_streamlit_config_serves_locally_without_leaking_errors():
    cfg = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    assert cfg["server"]["address"] == "localhost"
    assert cfg["server"]["port"] == 8501
    assert cfg["server"]["maxUploadSize"] <= 10
    assert cfg["client"]["showErrorDetails"] == "none"
    assert cfg["client"]["showErrorLinks"] is False
    assert cfg["browser"]["gatherUsageStats"] is False
    assert cfg["runner"]["magicEnabled"] is False
