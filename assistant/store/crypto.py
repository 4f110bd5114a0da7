"""The placeholder↔identifier map at rest: Fernet-encrypted, or not stored at all.

The map is the one thing that turns a redacted draft back into names and phone numbers, so it is
never written in plain text. Without ``Settings.encryption_key`` the cipher is "disabled":
:meth:`MapCipher.seal` returns None and nothing is stored (a reopened draft then keeps whatever
restored text it already had). A client's list of people and places
(:meth:`MapCipher.seal_values`) is sealed with the same key when there is one.
"""

from __future__ import annotations

import json

from cryptography.fernet import Fernet, InvalidToken
from pydantic import SecretStr

from assistant.errors import StorageError
from assistant.models import PlaceholderMap


class MapCipher:
    """Encrypts and decrypts placeholder maps with one Fernet key (or refuses to store them)."""

    def __init__(self, key: SecretStr | str | bytes | None) -> None:
        if isinstance(key, SecretStr):
            key = key.get_secret_value()
        self._fernet: Fernet | None = None
        if key:
            try:
                self._fernet = Fernet(key if isinstance(key, bytes) else key.encode("ascii"))
            except (ValueError, UnicodeEncodeError) as exc:
                raise StorageError(
                    "ASSISTANT_ENCRYPTION_KEY is not a valid Fernet key. Create one with: "
                    "python -c \"from cryptography.fernet import Fernet; "
                    "print(Fernet.generate_key().decode())\""
                ) from exc

    @property
    def enabled(self) -> bool:
        """True when a key is configured and maps are stored (encrypted)."""
        return self._fernet is not None

    @staticmethod
    def generate_key() -> str:
        """A fresh key for ``ASSISTANT_ENCRYPTION_KEY``."""
        return Fernet.generate_key().decode("ascii")

    def seal(self, mapping: PlaceholderMap | None) -> bytes | None:
        """The map as a Fernet token, or None when there is no key or nothing to store."""
        if self._fernet is None or mapping is None or not mapping.entries:
            return None
        return self._fernet.encrypt(mapping.model_dump_json().encode("utf-8"))

    def open(self, token: bytes | None) -> PlaceholderMap | None:
        """The map back from its token; None without a key or token."""
        if self._fernet is None or not token:
            return None
        try:
            return PlaceholderMap.model_validate_json(self._fernet.decrypt(token))
        except InvalidToken as exc:
            raise StorageError(
                "The stored identifier map cannot be decrypted with the configured key."
            ) from exc

    def seal_values(self, values: list[str]) -> bytes | None:
        """A list of identifying strings as a Fernet token, or None without a key."""
        if self._fernet is None:
            return None
        return self._fernet.encrypt(json.dumps(values, ensure_ascii=False).encode("utf-8"))

    def open_values(self, token: bytes) -> list[str]:
        """A sealed list back; refused plainly without a key or with another key."""
        if self._fernet is None:
            raise StorageError(
                "The case list is stored encrypted; set ASSISTANT_ENCRYPTION_KEY to the key it "
                "was saved with to read it."
            )
        try:
            values = json.loads(self._fernet.decrypt(token))
        except InvalidToken as exc:
            raise StorageError(
                "The stored case list cannot be decrypted with the configured key."
            ) from exc
        return [str(v) for v in values]
