"""Passwords go to the OS keychain only: a plain-file keyring (keyrings.alt) is refused on a desk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring  # type: ignore[import-untyped]

from hms_desktop import secrets
from hms_desktop.db.profiles import Backend, Profile

PROFILE = Profile("clinic", Backend.POSTGRESQL, host="db", port=5432, database="hms", user="desk")


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[PlaintextKeyring]:
    kr = PlaintextKeyring()
    kr.file_path = str(tmp_path / "keyring_pass.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(previous)


def test_a_plain_file_keyring_is_refused_with_what_to_do(
    file_keyring: PlaintextKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(secrets.ALLOW_FILE_KEYRING_ENV, raising=False)
    with pytest.raises(secrets.KeychainUnavailable, match="in a file on disk") as caught:
        secrets.set_db_password(PROFILE, "s3cret")
    assert "gnome-keyring" in caught.value.message and "at sign-in" in caught.value.message
    with pytest.raises(secrets.KeychainUnavailable):
        secrets.get_db_password(PROFILE)
    assert file_keyring.get_password(secrets.SERVICE, PROFILE.keychain_key) is None  # nothing written


def test_the_test_command_may_use_its_throwaway_file_keyring(
    file_keyring: PlaintextKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(secrets.ALLOW_FILE_KEYRING_ENV, "1")
    secrets.set_db_password(PROFILE, "s3cret")
    assert secrets.get_db_password(PROFILE) == "s3cret"
