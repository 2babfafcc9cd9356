"""Logging under load, and through a crash: is every acknowledged write kept?

Starts `forge serve` on a fresh database (SQLite in a temporary data folder, or a new
PostgreSQL database), gives each of N clients an account and a personal API token, and has
them start workouts and log sets through /api/v1/me as fast as the server answers, for the
given time. With --kill-at T the whole server (every worker) is killed with SIGKILL T seconds
in and started again at once; clients keep retrying while it is down. When the time is up the
server is killed with SIGKILL again (no clean shutdown), and every set the server acknowledged
with a 201 is looked up in the database: it must be there, exactly as sent.

Prints: requests, acknowledged sets, writes/s, latency p50/p99, 5xx, refused connections while
down, and the verification (present / missing / changed).

Run:  .venv/bin/python bench/reliability.py --database sqlite [--clients 50] [--seconds 60]
      .venv/bin/python bench/reliability.py --database postgres --kill-at 30
PostgreSQL comes from FORGE_BENCH_POSTGRES_URL (an admin URL), by default the local server.
Targets: zero 5xx, zero missing or changed acknowledged writes, in every mode.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from forge_server import Server, accounts_with_tokens, drop, free_port, prepare
from sqlalchemy import select

from forgetrainer.store import Database
from forgetrainer.store.models import SetEntry

EXERCISES = ("barbell-back-squat", "barbell-bench-press", "barbell-deadlift", "pull-up", "dumbbell-lateral-raise")
SETS_PER_WORKOUT = 24


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    refused: int = 0
    acknowledged: dict[int, tuple[int, str, int, float, str]] = field(default_factory=dict)


async def one_client(base: str, token: str, stop_at: float, number: int, tally: Tally) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30) as http:
        workout: int | None = None
        count = 0
        while time.monotonic() < stop_at:
            try:
                if workout is None or count % SETS_PER_WORKOUT == 0:
                    started = await http.post("/api/v1/me/workouts", json={"title": f"Client {number}"})
                    tally.statuses[started.status_code] = tally.statuses.get(started.status_code, 0) + 1
                    if started.status_code != 201:
                        await asyncio.sleep(0.05)
                        continue
                    workout = started.json()["id"]
                slug = EXERCISES[(number + count) % len(EXERCISES)]
                reps, load, notes = 1 + count % 12, 20 + (count % 40) * 2.5, f"c{number}-{count}"
                body = {"exercise": slug, "load": load, "reps": reps, "rir": 2, "notes": notes}
                began = time.perf_counter()
                answer = await http.post(f"/api/v1/me/workouts/{workout}/sets", json=body)
                tally.latencies.append(time.perf_counter() - began)
                tally.statuses[answer.status_code] = tally.statuses.get(answer.status_code, 0) + 1
                if answer.status_code == 201:
                    tally.acknowledged[answer.json()["id"]] = (workout, slug, reps, load, notes)
                count += 1
            except (httpx.ConnectError, httpx.ReadError, httpx.RemoteProtocolError, httpx.WriteError):
                tally.refused += 1  # the server is down: nothing was acknowledged, try again
                await asyncio.sleep(0.05)


async def drive(base: str, tokens: list[str], seconds: float, tally: Tally) -> None:
    stop_at = time.monotonic() + seconds
    await asyncio.gather(*(one_client(base, token, stop_at, n, tally) for n, token in enumerate(tokens)))


def verify(url: str, tally: Tally) -> tuple[int, int, int]:
    database = Database(url, migrate=False)
    try:
        with database.session() as session:
            rows = {
                row.id: (row.workout_id, row.exercise, row.reps, row.load_kg, row.notes)
                for row in session.scalars(select(SetEntry))
            }
    finally:
        database.dispose()
    missing = [set_id for set_id in tally.acknowledged if set_id not in rows]
    changed = [set_id for set_id, sent in tally.acknowledged.items() if set_id in rows and _differs(rows[set_id], sent)]
    return len(tally.acknowledged) - len(missing), len(missing), len(changed)


def _differs(row: tuple[object, ...], sent: tuple[int, str, int, float, str]) -> bool:
    load = row[3] if isinstance(row[3], float | int) else 0.0
    return row[:3] != sent[:3] or row[4] != sent[4] or abs(load - sent[3]) > 1e-6


def run(kind: str, clients: int, seconds: float, workers: int, kill_at: float | None) -> bool:
    with tempfile.TemporaryDirectory() as scratch:
        url, env, created = prepare(kind, Path(scratch))
        try:
            tokens = accounts_with_tokens(url, clients)
            server = Server(free_port(), workers, env)
            server.start()
            base = f"http://127.0.0.1:{server.port}"
            tally = Tally()
            restart_seconds = None
            began = time.monotonic()
            if kill_at is None:
                asyncio.run(drive(base, tokens, seconds, tally))
            else:

                async def with_crash() -> float:
                    load = asyncio.create_task(drive(base, tokens, seconds, tally))
                    await asyncio.sleep(kill_at)
                    server.kill()
                    took = await asyncio.to_thread(server.start)
                    await load
                    return took

                restart_seconds = asyncio.run(with_crash())
            elapsed = time.monotonic() - began
            server.kill()
            present, missing, changed = verify(url, tally)
        finally:
            drop(created)
    report(kind, clients, workers, elapsed, tally, restart_seconds, kill_at, present, missing, changed)
    five_xx = sum(n for status, n in tally.statuses.items() if status >= 500)
    return five_xx == 0 and missing == 0 and changed == 0 and present > 0


def report(
    kind: str,
    clients: int,
    workers: int,
    elapsed: float,
    tally: Tally,
    restart: float | None,
    kill_at: float | None,
    present: int,
    missing: int,
    changed: int,
) -> None:
    requests = sum(tally.statuses.values())
    five_xx = sum(n for status, n in tally.statuses.items() if status >= 500)
    other = {status: n for status, n in tally.statuses.items() if status not in (200, 201) and status < 500}
    latencies = sorted(tally.latencies)
    p50 = statistics.median(latencies) * 1000 if latencies else 0.0
    p99 = latencies[int(len(latencies) * 0.99) - 1] * 1000 if latencies else 0.0
    crash = f", SIGKILL at {kill_at:g} s, back up in {restart:.2f} s" if restart is not None and kill_at else ""
    print(f"{kind}: {clients} clients, {workers} workers, {elapsed:.1f} s{crash}")
    acknowledged = len(tally.acknowledged)
    print(f"  requests {requests}, sets acknowledged {acknowledged} ({acknowledged / elapsed:.0f}/s)")
    print(f"  latency p50 {p50:.1f} ms, p99 {p99:.1f} ms; 5xx {five_xx}; other non-2xx {other or 0}")
    print(f"  connections refused while down {tally.refused}")
    print(f"  after SIGKILL: acknowledged sets present {present}, missing {missing}, changed {changed}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--kill-at", type=float, default=None, help="SIGKILL the server this many seconds in")
    options = parser.parse_args()
    kinds = ("sqlite", "postgres") if options.database == "both" else (options.database,)
    results = [run(kind, options.clients, options.seconds, options.workers, options.kill_at) for kind in kinds]
    print("PASS" if all(results) else "FAIL")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
