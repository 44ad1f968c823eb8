"""Authenticated encryption of users' words at rest, with key rotation.

Fernet (AES-CBC with an HMAC) from `cryptography`: a tampered or foreign value fails to open
instead of being read as garbage. Several keys can be configured; the first seals, all open,
so an operator can rotate by putting a new key first and re-sealing (`python -m bot rotate-keys`).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import ClassVar

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

log = logging.getLogger(__name__)


class CipherError(RuntimeError):
    """A value could not be opened with any configured key."""


class Cipher:
    """Seals and opens text. One is installed per process before the database is used."""

    _installed: ClassVar[Cipher | None] = None

    def __init__(self, keys: list[bytes]) -> None:
        if not keys:
            raise ValueError("at least one encryption key is needed")
        self._fernet = MultiFernet([Fernet(k) for k in keys])

    @classmethod
    def from_setting(cls, value: str) -> Cipher:
        """Keys as the ENCRYPTION_KEYS setting holds them: comma-separated, newest first."""
        return cls([k.strip().encode() for k in value.split(",") if k.strip()])

    @classmethod
    def for_local_run(cls, data_dir: Path) -> Cipher:
        """A key kept beside the local database, created on first use, with a warning."""
        path = data_dir / "encryption.key"
        if not path.exists():
            data_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(Fernet.generate_key())
            log.warning(
                "No ENCRYPTION_KEYS set: generated a local key at %s. Set "
                "ENCRYPTION_KEYS in production and keep it outside the database.",
                path,
            )
        return cls([path.read_bytes().strip()])

    def install(self) -> None:
        Cipher._installed = self

    @classmethod
    def current(cls) -> Cipher:
        if cls._installed is None:
            raise CipherError("no cipher installed: call Cipher.install() at start-up")
        return cls._installed

    def seal(self, text: str) -> bytes:
        return self._fernet.encrypt(text.encode("utf-8"))

    def open(self, token: bytes) -> str:
        try:
            return self._fernet.decrypt(token).decode("utf-8")
        except InvalidToken as error:
            raise CipherError("a stored value could not be decrypted with any key") from error

    def reseal(self, token: bytes) -> bytes:
        """Re-encrypt with the newest key (rotation)."""
        return self._fernet.rotate(token)


def new_key() -> str:
    return Fernet.generate_key().decode()
