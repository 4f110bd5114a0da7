"""Settings, read once at an edge (CLI ``main``, the Streamlit entry point) and passed down.

Sources, strongest first: keyword arguments, environment variables (``ASSISTANT_*``), a ``.env``
file, a TOML settings file (``ASSISTANT_SETTINGS_FILE`` or ``./assistant.toml``), defaults. The
model endpoint itself follows the ``openai`` package's own variables (``OPENAI_BASE_URL``,
``OPENAI_API_KEY``) so that Ollama, vLLM, llama.cpp and LM Studio work by URL alone.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from assistant.models import NoteFormat, RestoreMode

StructuredMode = Literal["auto", "json_schema", "json_object", "tools"]


def _settings_file() -> Path:
    return Path(os.environ.get("ASSISTANT_SETTINGS_FILE", "assistant.toml"))


class Settings(BaseSettings):
    """Everything an organisation or a writer may want to change without touching code."""

    model_config = SettingsConfigDict(
        env_prefix="ASSISTANT_", env_file=".env", extra="ignore", populate_by_name=True
    )

    # --- model endpoint (unset model = offline drafter)
    llm_model: str | None = Field(default=None, description="Model name; None runs offline.")
    llm_base_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("ASSISTANT_LLM_BASE_URL", "OPENAI_BASE_URL", "llm_base_url"),
    )
    llm_api_key: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("ASSISTANT_LLM_API_KEY", "OPENAI_API_KEY", "llm_api_key"),
    )
    llm_timeout_s: float = Field(default=60.0, gt=0)
    llm_max_retries: int = Field(default=2, ge=0, le=10)
    llm_retry_backoff_s: float = Field(default=0.5, ge=0, description="First retry wait; doubles.")
    llm_structured_mode: StructuredMode = "auto"
    llm_temperature: float = Field(default=0.2, ge=0, le=2)
    llm_max_tokens: int = Field(default=2000, gt=0)

    # --- drafting
    note_format: NoteFormat = NoteFormat.SOAP
    restore_mode: RestoreMode = RestoreMode.INITIALS
    max_input_chars: int = Field(default=60_000, gt=0, description="Larger inputs are refused.")

    # --- rules (data files an organisation can edit)
    timeliness_threshold_hours: float = Field(default=24.0, gt=0)
    rules_data_dir: Path | None = Field(
        default=None, description="Folder of lexicon YAML files overriding the bundled ones."
    )

    # --- storage
    data_dir: Path = Field(default=Path(".data"))
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default is a SQLite file in data_dir."
    )
    encryption_key: SecretStr | None = Field(
        default=None,
        description="Fernet key for the placeholder map at rest; without one the map is not stored.",
    )

    # --- interface
    ui_language: Literal["en", "th"] = "en"
    author: str | None = Field(default=None, description="Default name recorded at approval.")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (
            init_settings,
            env_settings,
            dotenv_settings,
            TomlConfigSettingsSource(settings_cls, toml_file=_settings_file()),
        )

    @property
    def offline(self) -> bool:
        """True when no model is configured: drafting uses the embedded offline drafter."""
        return not self.llm_model

    def resolved_database_url(self) -> str:
        """The database URL, defaulting to a SQLite file under ``data_dir``."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'notes.db').resolve()}"
