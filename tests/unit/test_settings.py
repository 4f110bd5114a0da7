"""Model configuration comes from the environment, as the openai client reads it, or a file."""

from __future__ import annotations

from assistant.settings import Settings


def test_no_model_means_offline():
    assert Settings().offline


def test_openai_variables_configure_the_endpoint(monkeypatch):
    monkeypatch.setenv("ASSISTANT_LLM_MODEL", "qwen2.5:7b")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:11434/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "unused")
    settings = Settings()
    assert not settings.offline
    assert settings.llm_base_url == "http://127.0.0.1:11434/v1"
    assert settings.llm_api_key.get_secret_value() == "unused"
    assert "unused" not in repr(settings)  # the key never reaches a log through repr


def test_settings_file_is_read_and_the_environment_wins(tmp_path, monkeypatch):
    path = tmp_path / "assistant.toml"
    path.write_text(
        'llm_model = "from-file"\nllm_base_url = "http://127.0.0.1:8080/v1"\n'
        'restore_mode = "full"\ntimeliness_threshold_hours = 48\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("ASSISTANT_SETTINGS_FILE", str(path))
    settings = Settings()
    assert settings.llm_model == "from-file"
    assert settings.llm_base_url == "http://127.0.0.1:8080/v1"
    assert settings.restore_mode.value == "full"
    assert settings.timeliness_threshold_hours == 48

    monkeypatch.setenv("ASSISTANT_LLM_MODEL", "from-env")
    assert Settings().llm_model == "from-env"
