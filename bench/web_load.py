"""The web app under load, against nginx serving the same pages from the static export.

For an exercise page, its JSON twin, a hub and a search, wrk drives 64 connections at each
server in turn and the script prints requests/s, p50 and p99 latency, errors, the dynamic
server's share of nginx's throughput, and the server's resident memory afterwards.

Needs Debian's nginx and wrk (apt-get install nginx wrk).
Run: .venv/bin/python bench/web_load.py [--seconds 10] [--connections 64] [--workers 2]
Targets: >= 25 % of nginx's throughput for exercise HTML and JSON, p99 < 20 ms at 64
connections, zero errors, server RSS < 250 MB.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from forgetrainer.catalog import default_catalog
from forgetrainer.export import build_site

# (label, dynamic path, static path in the export)
TARGETS = (
    ("exercise page", "/exercise/barbell-back-squat", "/exercise/barbell-back-squat/"),
    ("exercise JSON", "/exercise/barbell-back-squat.json", "/exercise/barbell-back-squat.json"),
    ("hub", "/exercises/legs", "/exercises/legs/"),
    ("search", "/search?q=glutes+with+dumbbells+for+beginners", "/search/"),
    ("API exercise", "/api/v1/exercises/barbell-back-squat", "/exercise/barbell-back-squat.json"),
    ("API search", "/api/v1/search?q=knee+friendly+legs+for+beginners", "/search.json"),
)
NGINX_CONF = """
worker_processes {workers};
pid {root}/nginx.pid;
error_log {root}/nginx-error.log;
events {{ worker_connections 4096; }}
http {{
  access_log off;
  sendfile on;
  include /etc/nginx/mime.types;
  types {{ text/markdown md; }}
  server {{
    listen 127.0.0.1:{port};
    root {site};
    location / {{ try_files $uri $uri/index.html =404; }}
  }}
}}
"""


@dataclass
class Result:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"nothing answered at {url}")


def _milliseconds(text: str) -> float:
    number, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()  # type: ignore[union-attr]
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def run_wrk(url: str, seconds: int, connections: int) -> Result:
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    p50 = _milliseconds(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1))  # type: ignore[union-attr]
    p99 = _milliseconds(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1))  # type: ignore[union-attr]
    errors = 0
    if match := re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        errors += int(match.group(1))
    if match := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output):
        errors += sum(int(value) for value in match.groups())
    return Result(rps, p50, p99, errors)


def rss_megabytes(pid: int) -> float:
    """Resident memory of a process and all its children."""
    pids = [pid]
    children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    pids += [int(child) for child in children]
    total = 0
    for one in pids:
        status = Path(f"/proc/{one}/status")
        if status.exists():
            match = re.search(r"VmRSS:\s+(\d+) kB", status.read_text())
            total += int(match.group(1)) if match else 0
    return total / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    for tool in ("nginx", "wrk"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is needed: apt-get install nginx wrk")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        root.chmod(0o755)  # nginx workers run as an unprivileged user
        site = root / "site"
        build_site(default_catalog(), site)
        nginx_port, app_port = free_port(), free_port()
        conf = root / "nginx.conf"
        conf.write_text(NGINX_CONF.format(workers=args.workers, root=root, port=nginx_port, site=site))
        subprocess.run(["nginx", "-c", str(conf)], check=True)
        env = {**os.environ, "FORGE_BASE_URL": f"http://127.0.0.1:{app_port}"}
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "forgetrainer.web.app:create_app",
                "--factory",
                "--host",
                "127.0.0.1",
                "--port",
                str(app_port),
                "--workers",
                str(args.workers),
                "--log-level",
                "warning",
                "--no-access-log",
            ],
            env=env,
            start_new_session=True,
        )
        try:
            wait_for(f"http://127.0.0.1:{nginx_port}/")
            wait_for(f"http://127.0.0.1:{app_port}/")
            print(
                f"{len(default_catalog())} exercises; wrk -t2 -c{args.connections} -d{args.seconds}s; "
                f"forge serve with {args.workers} uvicorn workers; nginx with {args.workers} workers"
            )
            print(f"{'page':<15}{'server':<8}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}{'share':>8}")
            for label, dynamic, static in TARGETS:
                for _ in range(3 * args.workers):  # render once in every worker before measuring
                    urllib.request.urlopen(f"http://127.0.0.1:{app_port}{dynamic}").read()
                base = run_wrk(f"http://127.0.0.1:{nginx_port}{static}", args.seconds, args.connections)
                ours = run_wrk(f"http://127.0.0.1:{app_port}{dynamic}", args.seconds, args.connections)
                for name, result in (("nginx", base), ("forge", ours)):
                    share = (
                        f"{100 * ours.requests_per_second / base.requests_per_second:.0f} %" if name == "forge" else ""
                    )
                    print(
                        f"{label:<15}{name:<8}{result.requests_per_second:>10.0f}{result.p50_ms:>9.2f}"
                        f"{result.p99_ms:>9.2f}{result.errors:>8}{share:>8}"
                    )
            print(f"forge serve resident memory after the run: {rss_megabytes(server.pid):.0f} MB (all workers)")
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
            subprocess.run(["nginx", "-c", str(conf), "-s", "stop"], check=False)


if __name__ == "__main__":
    main()
