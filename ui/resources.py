"""Process-wide resources for the app: settings, the pipeline services and the note store.

Kept out of ``app.py`` on purpose: a page importing the entry point would re-run it (Streamlit
executes the entry script, not a module). Everything cached here is shared by every browser
session, so nothing per-writer or per-client is ever cached here.
"""

from __future__ import annotations

import logging
import threading

import streamlit as st

from assistant.pipeline import Services
from assistant.settings import Settings
from assistant.store import NoteRepository, open_repository

log = logging.getLogger(__name__)


def get_settings() -> Settings:
    """Settings from the environment, ``.env`` and the settings file (cheap; read per run)."""
    return Settings()


def services_factory(settings: Settings) -> Services:
    """How services are built; tests replace this with a fake."""
    return Services.from_settings(settings)


def _settings_key(settings: Settings) -> str:
    return "|".join(
        str(x) for x in (settings.llm_model, settings.llm_base_url, settings.rules_data_dir,
                         settings.note_format, settings.restore_mode)
    )


@st.cache_resource(show_spinner=False)
def _services(_key: str, _settings: Settings) -> Services:
    services = services_factory(_settings)
    threading.Thread(target=_warm, args=(services,), daemon=True, name="warm-services").start()
    return services


def _warm(services: Services) -> None:
    """Load the heavy engines in the background so the first page appears at once."""
    try:
        services.warm()
    except Exception as exc:  # the first real call will report it properly
        log.warning("warming services failed: %s", type(exc).__name__)


def get_services() -> Services:
    """The one Services object for this process and configuration."""
    settings = get_settings()
    return _services(_settings_key(settings), settings)


@st.cache_resource(show_spinner=False)
def _repository(url: str, _settings: Settings) -> NoteRepository:
    return open_repository(_settings)


def get_repository() -> NoteRepository:
    """The note store (migrated to head on first use) for the configured database."""
    settings = get_settings()
    has_key = "k" if settings.encryption_key else "-"
    return _repository(f"{settings.resolved_database_url()}#{has_key}", settings)
