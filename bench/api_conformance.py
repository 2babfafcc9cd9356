"""The JSON API against its own OpenAPI description, with schemathesis.

Starts `forge serve` on a fresh database, gives schemathesis an account's API token, and runs
every check (examples, coverage, fuzzing and stateful phases) against /openapi.json. Prints
the cases generated and the failures by check.

The target: zero server errors and zero responses that break the description (status codes,
content types, headers, bodies, the Allow header). Two checks judge the request side instead:
ST201 (a request outside the schema was accepted) and ST202 (a request inside the schema was
refused). They are printed apart, with the operations, because some of what the API refuses
cannot be said in JSON Schema: an exercise name that is not in the library, both RIR and RPE
on one set, more weekdays than days per week, an upload that is not a Strong or Hevy file.

Run: .venv/bin/python bench/api_conformance.py [--database sqlite|postgres] [--examples 50]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from forge_server import Server, accounts_with_tokens, drop, free_port, prepare

REQUEST_SIDE = {"ST201", "ST202"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--examples", type=int, default=50, help="cases per operation and phase")
    parser.add_argument("--seed", type=int, default=None)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        url, env, created = prepare(options.database, folder)
        server = Server(free_port(), 2, env)
        try:
            (token,) = accounts_with_tokens(url, 1)
            server.start()
            report = folder / "report.json"
            command = [
                str(Path(sys.executable).with_name("schemathesis")),
                "run",
                f"http://127.0.0.1:{server.port}/openapi.json",
                "--header",
                f"Authorization: Bearer {token}",
                "--checks",
                "all",
                "--max-examples",
                str(options.examples),
                "--workers",
                "2",
                "--generation-database",
                "none",
                "--report",
                "json",
                "--report-json-path",
                str(report),
                "--no-color",
                *(["--seed", str(options.seed)] if options.seed is not None else []),
            ]
            subprocess.run(command, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            result = json.loads(report.read_text())
        finally:
            server.kill()
            drop(created)
    print_result(options.database, result)


def print_result(database: str, result: dict[str, object]) -> None:
    cases = result["test_cases"]
    operations = result["operations"]
    assert isinstance(cases, dict) and isinstance(operations, dict)
    failures = result["failures"]
    assert isinstance(failures, list)
    print(f"schemathesis {result['schemathesis_version']} on {database}, seed {result['seed']}")
    print(f"  operations tested {operations['tested']} of {operations['total']}, cases generated {cases['generated']}")
    response_side = [f for f in failures if f["code"] not in REQUEST_SIDE]
    request_side = [f for f in failures if f["code"] in REQUEST_SIDE]
    server_errors = sum(f["count"] for f in failures if f["code"] == "ST101")
    print(f"  server errors (5xx): {server_errors}")
    print(f"  responses breaking the description: {sum(f['count'] for f in response_side if f['code'] != 'ST101')}")
    for failure in response_side:
        print(f"    {failure['code']} {failure['title']}: {', '.join(failure['operations'])}")
    for failure in request_side:
        print(f"  {failure['code']} {failure['title']} (request side, see the docstring): {failure['count']}")
        for operation in failure["operations"]:
            print(f"    {operation}")
    print("PASS" if not response_side else "FAIL")
    sys.exit(0 if not response_side else 1)


if __name__ == "__main__":
    main()
