"""Starting `forge serve` on a database of its own, for the reliability and conformance scripts.

SQLite lives in a temporary data folder; PostgreSQL gets a new database on the server named
by FORGE_BENCH_POSTGRES_URL (an admin URL, by default the local server), dropped afterwards.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

from forgetrainer.store import Accounts, Database

ADMIN_URL = os.environ.get("FORGE_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Server:
    def __init__(self, port: int, workers: int, env: dict[str, str]):
        self.port, self.workers, self.env = port, workers, env
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> float:
        began = time.monotonic()
        forge = Path(sys.executable).with_name("forge")
        command = [str(forge), "serve", "--port", str(self.port), "--workers", str(self.workers)]
        self.process = subprocess.Popen(command, env=self.env, start_new_session=True, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/api/v1/body-parts", timeout=1).status_code == 200:
                    return time.monotonic() - began
            except httpx.HTTPError:
                time.sleep(0.05)
        raise SystemExit("the server did not start within 60 s")

    def kill(self) -> None:
        """SIGKILL to the server and every worker: no clean shutdown, no flush."""
        if self.process is not None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
            self.process = None


def prepare(kind: str, folder: Path) -> tuple[str, dict[str, str], str | None]:
    env = {**os.environ, "XDG_DATA_HOME": str(folder / "data"), "XDG_CACHE_HOME": str(folder / "cache")}
    env.pop("FORGE_DATABASE_URL", None)
    if kind == "sqlite":
        (folder / "data" / "forgetrainer").mkdir(parents=True)
        return f"sqlite:///{folder / 'data' / 'forgetrainer' / 'forge.db'}", env, None
    name = f"forge_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    url = ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    env["FORGE_DATABASE_URL"] = url
    return url, env, name


def drop(name: str | None) -> None:
    if name is None:
        return
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def accounts_with_tokens(url: str, clients: int) -> list[str]:
    database = Database(url)  # creates the schema, as the server would
    accounts = Accounts(database)
    tokens = []
    for number in range(clients):
        user = accounts.register(email=f"client{number}@bench.example", password="bench password 1")
        tokens.append(accounts.create_token(user, "bench"))
    database.dispose()
    return tokens
