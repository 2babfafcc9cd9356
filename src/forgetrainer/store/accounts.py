"""Accounts: registration, login with throttling, password changes, deletion, web sessions
and personal API tokens. Secrets are never stored: passwords as argon2 hashes, session and
API tokens as SHA-256 digests."""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import hashlib
import re
import secrets
import zoneinfo
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select

from forgetrainer.store.database import Database
from forgetrainer.store.errors import AccountError, NotFound, Throttled
from forgetrainer.store.models import ApiToken, LoginAttempt, User, WebSession, as_utc, utcnow

__all__ = [
    "LOCAL_EMAIL",
    "MAX_FAILED_LOGINS",
    "SESSION_DAYS",
    "Accounts",
    "SessionInfo",
    "timezones",
    "valid_timezone",
]

LOCAL_EMAIL = "local@forge.invalid"
MAX_FAILED_LOGINS = 5
THROTTLE_WINDOW = dt.timedelta(minutes=15)
SESSION_DAYS = 30
TOKEN_USE_RESOLUTION = dt.timedelta(minutes=5)
MIN_PASSWORD = 8
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_hasher = PasswordHasher()


@functools.cache
def timezones() -> frozenset[str]:
    """The IANA zones this machine knows."""
    return frozenset(zoneinfo.available_timezones())


def valid_timezone(zone: str) -> str | None:
    """The zone itself when known, None for "" (the server's clock); anything else is an error."""
    zone = zone.strip()
    if not zone:
        return None
    if zone not in timezones():
        close = difflib.get_close_matches(zone, sorted(timezones()), n=1)
        hint = f"; did you mean {close[0]}?" if close else " such as Europe/Paris or America/New_York"
        raise AccountError(f"'{zone}' is not a time zone: give an IANA name{hint}")
    return zone


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class SessionInfo:
    user_id: int
    email: str
    unit: str
    csrf_token: str
    timezone: str | None = None  # an IANA zone; None: the server's clock


class Accounts:
    def __init__(self, database: Database):
        self.db = database

    # -- registration and passwords ---------------------------------------------------------

    @staticmethod
    def _check_password(password: str) -> None:
        if len(password) < MIN_PASSWORD:
            raise AccountError(f"the password needs at least {MIN_PASSWORD} characters")
        if len(password) > 1024:
            raise AccountError("the password is longer than 1,024 characters")

    def register(self, *, email: str, password: str, timezone: str = "") -> int:
        address = email.strip().lower()
        if not _EMAIL.match(address) or len(address) > 254:
            raise AccountError(f"'{email}' is not an email address")
        self._check_password(password)
        # The browser fills the zone in; one it cannot name leaves the account on the server's clock.
        zone = timezone.strip() if timezone.strip() in timezones() else None
        with self.db.session() as session:
            if session.scalar(select(User.id).where(User.email == address)) is not None:
                raise AccountError("an account with this email exists already")
            user = User(email=address, password_hash=_hasher.hash(password), unit="kg", local=False, timezone=zone)
            session.add(user)
            session.flush()
            return user.id

    def local_user(self) -> int:
        """The account-less user of the command line, created on first use."""
        with self.db.session() as session:
            found = session.scalar(select(User.id).where(User.email == LOCAL_EMAIL))
            if found is not None:
                return found
            user = User(email=LOCAL_EMAIL, password_hash="!", unit="kg", local=True)
            session.add(user)
            session.flush()
            return user.id

    def login(self, *, email: str, password: str, client: str = "") -> int:
        """The user id for a right email and password; failed tries are throttled per email
        and client address."""
        address = email.strip().lower()
        key = f"{address}|{client}"
        now = utcnow()
        with self.db.session() as session:
            recent = session.scalars(
                select(LoginAttempt.at)
                .where(LoginAttempt.key == key, LoginAttempt.at > now - THROTTLE_WINDOW)
                .order_by(LoginAttempt.at)
            ).all()
            if len(recent) >= MAX_FAILED_LOGINS:
                oldest = recent[-MAX_FAILED_LOGINS]
                raise Throttled(int((as_utc(oldest) + THROTTLE_WINDOW - now).total_seconds()) + 1)
            user = session.scalar(select(User).where(User.email == address, User.local.is_(False)))
            valid = False
            if user is not None:
                try:
                    valid = _hasher.verify(user.password_hash, password)
                except (VerificationError, InvalidHashError):
                    valid = False
            if not valid or user is None:
                session.add(LoginAttempt(key=key, at=now))
        if not valid or user is None:
            raise AccountError("the email or the password is wrong")
        with self.db.session() as session:
            session.execute(delete(LoginAttempt).where(LoginAttempt.key == key))
        return user.id

    def change_password(self, user_id: int, *, current: str, new: str) -> None:
        self._check_password(new)
        with self.db.session() as session:
            user = session.get(User, user_id)
            if user is None:
                raise NotFound("no such account")
            try:
                _hasher.verify(user.password_hash, current)
            except (VerificationError, InvalidHashError):
                raise AccountError("the current password is wrong") from None
            user.password_hash = _hasher.hash(new)
            # Every other session ends: a changed password should lock out whoever had the old one.
            session.execute(delete(WebSession).where(WebSession.user_id == user_id))

    def set_unit(self, user_id: int, unit: str) -> None:
        if unit not in ("kg", "lb"):
            raise AccountError(f"unit '{unit}' is not kg or lb")
        with self.db.session() as session:
            user = session.get(User, user_id)
            if user is None:
                raise NotFound("no such account")
            user.unit = unit

    def set_timezone(self, user_id: int, zone: str) -> str | None:
        """Set the zone whose calendar decides "today" for this account ("" for the server's)."""
        chosen = valid_timezone(zone)
        with self.db.session() as session:
            user = session.get(User, user_id)
            if user is None:
                raise NotFound("no such account")
            user.timezone = chosen
        return chosen

    def delete(self, user_id: int, *, password: str) -> None:
        """Delete the account and everything in it."""
        with self.db.session() as session:
            user = session.get(User, user_id)
            if user is None:
                raise NotFound("no such account")
            try:
                _hasher.verify(user.password_hash, password)
            except (VerificationError, InvalidHashError):
                raise AccountError("the password is wrong") from None
            session.delete(user)

    def email_of(self, user_id: int) -> str:
        with self.db.session() as session:
            email = session.scalar(select(User.email).where(User.id == user_id))
        if email is None:
            raise NotFound("no such account")
        return email

    # -- web sessions -------------------------------------------------------------------------

    def open_session(self, user_id: int) -> tuple[str, str]:
        """A new session: (token for the cookie, CSRF token for the forms)."""
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
        with self.db.session() as session:
            session.add(
                WebSession(
                    token_hash=_digest(token),
                    user_id=user_id,
                    csrf_token=csrf,
                    expires_at=utcnow() + dt.timedelta(days=SESSION_DAYS),
                )
            )
        return token, csrf

    def session_for(self, token: str) -> SessionInfo | None:
        if not token:
            return None
        with self.db.session() as session:
            row = session.execute(
                select(WebSession, User)
                .join(User, User.id == WebSession.user_id)
                .where(WebSession.token_hash == _digest(token))
            ).first()
            if row is None:
                return None
            web, user = row
            if as_utc(web.expires_at) < utcnow():
                session.delete(web)
                return None
            return SessionInfo(user.id, user.email, user.unit, web.csrf_token, user.timezone)

    def close_session(self, token: str) -> None:
        with self.db.session() as session:
            session.execute(delete(WebSession).where(WebSession.token_hash == _digest(token)))

    # -- personal API tokens ------------------------------------------------------------------

    def create_token(self, user_id: int, name: str) -> str:
        """A new token, shown once: only its digest is kept."""
        label = name.strip()[:80] or "API token"
        token = "ft_" + secrets.token_urlsafe(30)
        with self.db.session() as session:
            session.add(ApiToken(user_id=user_id, name=label, token_hash=_digest(token), prefix=token[:10]))
        return token

    def user_for_token(self, token: str) -> SessionInfo | None:
        if not token.startswith("ft_"):
            return None
        with self.db.session() as session:
            row = session.execute(
                select(ApiToken, User)
                .join(User, User.id == ApiToken.user_id)
                .where(ApiToken.token_hash == _digest(token))
            ).first()
            if row is None:
                return None
            api_token, user = row
            now = utcnow()
            # Recorded to the minute or so it is shown with; writing it on every call would turn
            # each read of the API into a write.
            if api_token.last_used_at is None or now - as_utc(api_token.last_used_at) > TOKEN_USE_RESOLUTION:
                api_token.last_used_at = now
            return SessionInfo(user.id, user.email, user.unit, "", user.timezone)

    def tokens(self, user_id: int) -> list[ApiToken]:
        with self.db.session() as session:
            return list(session.scalars(select(ApiToken).where(ApiToken.user_id == user_id).order_by(ApiToken.id)))

    def revoke_token(self, user_id: int, token_id: int) -> None:
        with self.db.session() as session:
            found = session.scalar(select(ApiToken).where(ApiToken.id == token_id, ApiToken.user_id == user_id))
            if found is None:
                raise NotFound("no such token")
            session.delete(found)

    def count_users(self) -> int:
        with self.db.session() as session:
            return int(session.scalar(select(func.count(User.id))) or 0)
