"""Accounts on both databases: registration, login, throttling, sessions, tokens, deletion."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from forgetrainer.store import AccountError, Accounts, Database, NotFound, SetValues, Throttled, TrainingLog
from forgetrainer.store.accounts import MAX_FAILED_LOGINS
from forgetrainer.store.models import ApiToken, SetEntry, User, WebSession


def test_register_and_log_in(database: Database) -> None:
    accounts = Accounts(database)
    user = accounts.register(email="Ana@Example.com ", password="correct horse")
    assert accounts.login(email="ana@example.com", password="correct horse") == user
    with pytest.raises(AccountError, match="the email or the password is wrong"):
        accounts.login(email="ana@example.com", password="wrong horse")
    with pytest.raises(AccountError, match="the email or the password is wrong"):
        accounts.login(email="nobody@example.com", password="correct horse")


def test_passwords_are_stored_as_argon2_hashes(database: Database) -> None:
    accounts = Accounts(database)
    user = accounts.register(email="ana@example.com", password="correct horse")
    with database.session() as session:
        stored = session.scalar(select(User.password_hash).where(User.id == user))
    assert stored is not None and stored.startswith("$argon2") and "correct horse" not in stored


def test_registration_errors_name_the_problem(database: Database) -> None:
    accounts = Accounts(database)
    accounts.register(email="ana@example.com", password="correct horse")
    with pytest.raises(AccountError, match="an account with this email exists already"):
        accounts.register(email="ANA@example.com", password="another one")
    with pytest.raises(AccountError, match="is not an email address"):
        accounts.register(email="ana", password="correct horse")
    with pytest.raises(AccountError, match="at least 8 characters"):
        accounts.register(email="bo@example.com", password="short")


def test_failed_logins_are_throttled_per_email_and_client(database: Database) -> None:
    accounts = Accounts(database)
    accounts.register(email="ana@example.com", password="correct horse")
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AccountError):
            accounts.login(email="ana@example.com", password="guess", client="10.0.0.1")
    with pytest.raises(Throttled) as caught:
        accounts.login(email="ana@example.com", password="correct horse", client="10.0.0.1")
    assert 0 < caught.value.retry_after_seconds <= 15 * 60
    assert accounts.login(email="ana@example.com", password="correct horse", client="10.0.0.2")


def test_sessions_open_close_and_end_on_password_change(database: Database) -> None:
    accounts = Accounts(database)
    user = accounts.register(email="ana@example.com", password="correct horse")
    token, csrf = accounts.open_session(user)
    info = accounts.session_for(token)
    assert info is not None and info.user_id == user and info.csrf_token == csrf
    with database.session() as session:
        assert session.scalar(select(WebSession.token_hash)) != token
    accounts.change_password(user, current="correct horse", new="battery staple")
    assert accounts.session_for(token) is None
    with pytest.raises(AccountError, match="the current password is wrong"):
        accounts.change_password(user, current="correct horse", new="whatever123")
    again, _ = accounts.open_session(user)
    accounts.close_session(again)
    assert accounts.session_for(again) is None


def test_api_tokens_are_hashed_at_rest_and_revocable(database: Database) -> None:
    accounts = Accounts(database)
    user = accounts.register(email="ana@example.com", password="correct horse")
    token = accounts.create_token(user, "phone")
    assert token.startswith("ft_")
    info = accounts.user_for_token(token)
    assert info is not None and info.user_id == user
    with database.session() as session:
        stored = session.scalar(select(ApiToken.token_hash))
    assert stored != token and token not in str(stored)
    [listed] = accounts.tokens(user)
    assert listed.name == "phone" and listed.last_used_at is not None
    other = accounts.register(email="bo@example.com", password="correct horse")
    with pytest.raises(NotFound):
        accounts.revoke_token(other, listed.id)
    accounts.revoke_token(user, listed.id)
    assert accounts.user_for_token(token) is None


def test_deleting_an_account_deletes_all_of_its_data(database: Database) -> None:
    accounts, log = Accounts(database), TrainingLog(database)
    user = accounts.register(email="ana@example.com", password="correct horse")
    keep = accounts.register(email="bo@example.com", password="correct horse")
    for owner in (user, keep):
        workout = log.start_workout(owner, title="Legs")
        log.log_set(owner, workout, SetValues("barbell-back-squat", 100, 5))
    accounts.create_token(user, "phone")
    with pytest.raises(AccountError, match="the password is wrong"):
        accounts.delete(user, password="nope nope")
    accounts.delete(user, password="correct horse")
    with database.session() as session:
        assert session.scalar(select(User.id).where(User.id == user)) is None
        owners = set(session.scalars(select(SetEntry.user_id)))
    assert owners == {keep}


def test_the_local_user_is_created_once(database: Database) -> None:
    accounts = Accounts(database)
    assert accounts.local_user() == accounts.local_user()
    with pytest.raises(AccountError):
        accounts.login(email="local@forge.invalid", password="!")


def test_an_account_keeps_a_known_time_zone_or_the_servers_clock(database: Database) -> None:
    accounts = Accounts(database)
    ana = accounts.register(email="ana@example.com", password="correct horse", timezone="Asia/Tokyo")
    browser_guess = accounts.register(email="bo@example.com", password="correct horse", timezone="Mars/Olympus")
    token, _ = accounts.open_session(ana)
    session = accounts.session_for(token)
    assert session is not None and session.timezone == "Asia/Tokyo"
    assert accounts.user_for_token(accounts.create_token(browser_guess, "t")).timezone is None  # type: ignore[union-attr]
    assert accounts.set_timezone(ana, " Europe/Paris ") == "Europe/Paris"
    assert accounts.session_for(token).timezone == "Europe/Paris"  # type: ignore[union-attr]
    assert accounts.set_timezone(ana, "") is None
    with pytest.raises(AccountError, match=r"'Europe/Pariss' is not a time zone: .*did you mean Europe/Paris\?"):
        accounts.set_timezone(ana, "Europe/Pariss")
    assert accounts.session_for(token).timezone is None  # type: ignore[union-attr]
