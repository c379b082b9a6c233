"""`make bench`: build the scale data set, measure, write benchmarks/results/.

    python benchmarks/bench.py [--scale 0.1] [--rounds 100] [--duration 3]
                               [--http-rounds 3] [--reuse]

SQLite by default (var/bench.sqlite3, rebuilt unless --reuse); with
DATABASE_URL set, that database is used: it must be a throwaway one.
Steps, each in a child process so no state leaks between them:
1. `migrate` and `generate_scale_data --scale S` (development settings);
2. `benchmarks/pages.py`: queries and in-process render time per page, search
   latency, the iCal feed full and 304 (production settings);
3. HTTP: gunicorn with uvicorn workers, one per core (the production server),
   driven by wrk; each page is interleaved with the trivial view of
   `benchmarks/urls.py` and reported as a share of it; any status but 200
   fails the run; then the peak memory of the server processes;
4. `benchmarks/fanout.py`: publishing a post every member is told about.
"""

import argparse
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
VAR = ROOT / "var"
PYTHON = sys.executable
BIN = Path(PYTHON).parent
WRK_SCRIPT = ROOT / "benchmarks" / "status.lua"
CEILING = "/__ceiling__/"
WRK = shutil.which("wrk") or "wrk"
SLOW_PAGE_MS = 2000


def environment(database_url: str) -> dict:
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": database_url,
            "SECRET_KEY": env.get(
                "SECRET_KEY", "benchmark-only-secret-key-" + "x" * 30
            ),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "MEDIA_ROOT": str(VAR / "bench-media"),
            "STATIC_ROOT": str(VAR / "bench-static"),
            "LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(ROOT),
        }
    )
    return env


def run(command: list[str], env: dict, settings: str, **kwargs) -> None:
    subprocess.run(  # noqa: S603 - fixed interpreter and arguments
        command,
        check=True,
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": settings},
        **kwargs,
    )


def build(args, env: dict) -> float:
    manage = [PYTHON, str(ROOT / "manage.py")]
    started = time.monotonic()
    run(
        [*manage, "migrate", "--noinput", "--verbosity=0"],
        env,
        "osmose_site.settings.dev",
    )
    run(
        [
            *manage,
            "generate_scale_data",
            f"--scale={args.scale}",
            f"--seed={args.seed}",
        ],
        env,
        "osmose_site.settings.dev",
    )
    return time.monotonic() - started


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(env: dict, workers: int, port: int) -> subprocess.Popen:
    server = subprocess.Popen(  # noqa: S603 - fixed interpreter and arguments
        [
            str(BIN / "gunicorn"),
            "osmose_site.asgi:application",
            "--worker-class=uvicorn_worker.UvicornWorker",
            f"--workers={workers}",
            f"--bind=127.0.0.1:{port}",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "benchmarks.settings"},
        start_new_session=True,
    )
    # Ready when every worker has loaded Django: a few answers in a row.
    answered = 0
    for _ in range(300):
        try:
            with urllib.request.urlopen(  # noqa: S310 - our own local server
                f"http://127.0.0.1:{port}{CEILING}", timeout=5
            ) as response:
                answered = answered + 1 if response.status == 200 else 0
        except OSError:
            answered = 0
            time.sleep(0.2)
        if answered >= 4 * workers:
            return server
    os.killpg(server.pid, signal.SIGTERM)
    raise SystemExit("the server did not start")


def wrk(url: str, cookie: str, args, *, check: bool = True) -> dict:
    """One wrk run; raises when any response was not a 200."""
    out = subprocess.run(  # noqa: S603 - fixed program and arguments
        [
            WRK,
            f"-t{args.threads}",
            f"-c{args.connections}",
            f"-d{args.duration}s",
            "--latency",
            "--timeout=10s",
            "-H",
            f"Cookie: {cookie}",
            "-s",
            str(WRK_SCRIPT),
            url,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    figures = dict(
        line.split(" ", 1) for line in out.splitlines() if line.startswith("BENCH_")
    )
    requests = int(figures["BENCH_REQUESTS"])
    bad = int(figures["BENCH_NOT_200"])
    if check and bad:
        raise SystemExit(
            f"{url}: {bad} of {requests} responses were not 200 "
            f"(first status {figures.get('BENCH_FIRST_BAD', '?')})"
        )
    if requests == 0:  # every request timed out: no latency to report
        return {"requests": 0, "rps": 0.0, "p50_ms": 0.0, "p99_ms": 0.0}
    return {
        "requests": requests,
        "rps": float(figures["BENCH_RPS"]),
        "p50_ms": int(figures["BENCH_P50_US"]) / 1000,
        "p99_ms": int(figures["BENCH_P99_US"]) / 1000,
    }


def peak_memory_kib(server: subprocess.Popen) -> dict:
    """VmHWM (peak resident set) of the server's processes."""
    peaks = {}
    pids = [server.pid]
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children")
    if children.exists():
        pids += [int(pid) for pid in children.read_text().split()]
    for pid in pids:
        status = Path(f"/proc/{pid}/status")
        if status.exists():
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peaks[pid] = int(line.split()[1])
    return {
        "master_kib": peaks.get(server.pid, 0),
        "worker_max_kib": max(
            (kib for pid, kib in peaks.items() if pid != server.pid), default=0
        ),
    }


def http(args, env: dict, pages: list, cookie: str) -> dict:
    workers = os.cpu_count() or 1
    port = free_port()
    server = start_server(env, workers, port)
    base = f"http://127.0.0.1:{port}"
    # A page that takes seconds to render would keep the workers busy long
    # after wrk stops and skew every page measured after it: not loaded.
    urls = [
        ("ceiling", CEILING),
        *[
            (page["label"], page["url"])
            for page in pages
            if page["p50_ms"] <= SLOW_PAGE_MS
        ],
    ]
    runs = {label: [] for label, _url in urls}
    try:
        for _label, url in urls:  # warm every worker
            wrk(
                base + url,
                cookie,
                argparse.Namespace(**{**vars(args), "duration": 1}),
                check=False,
            )
        for _round in range(args.http_rounds):
            for label, url in urls[1:]:
                runs["ceiling"].append(wrk(base + CEILING, cookie, args))
                runs[label].append(wrk(base + url, cookie, args))
                print(
                    f"  {label:<44}{runs[label][-1]['rps']:>9.1f} req/s"
                    f" (ceiling {runs['ceiling'][-1]['rps']:.0f})",
                    file=sys.stderr,
                )
        memory = peak_memory_kib(server)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    ceiling_rps = statistics.median(run["rps"] for run in runs["ceiling"])
    results = {}
    for label, url in urls:
        rps = statistics.median(run["rps"] for run in runs[label])
        results[label] = {
            "url": url,
            "rps": round(rps, 1),
            "share_of_ceiling": round(100 * rps / ceiling_rps, 2),
            "p50_ms": round(statistics.median(run["p50_ms"] for run in runs[label]), 2),
            "p99_ms": round(statistics.median(run["p99_ms"] for run in runs[label]), 2),
        }
    return {
        "server": f"gunicorn, {workers} uvicorn workers",
        "wrk": f"-t{args.threads} -c{args.connections} -d{args.duration}s, "
        f"{args.http_rounds} interleaved rounds, medians",
        "pages": results,
        "memory": memory,
    }


def machine() -> str:
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = Path("/proc/meminfo").read_text().split("\n", 1)[0].split()[1]
    return (
        f"{os.cpu_count()} cores ({cpu}), {int(memory) // 1024 // 1024} GiB, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}"
    )


def write_report(report: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    stem = RESULTS / report["date"][:10]
    stem.with_suffix(".json").write_text(
        json.dumps(report, indent=2, ensure_ascii=False)
    )
    lines = [
        f"# Benchmark {report['date']}",
        "",
        f"- machine: {report['machine']}",
        f"- database: {report['database']}, data set `--scale {report['scale']}` "
        f"(built in {report['build_seconds']:.0f} s)",
        f"- server: {report['http']['server']}; wrk {report['http']['wrk']}",
        "",
        "| page | SQL queries | renders | render p50 ms | render p95 ms | req/s "
        "| % of ceiling | HTTP p50 ms | HTTP p99 ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    http_pages = report["http"]["pages"]
    ceiling = http_pages["ceiling"]
    lines.append(
        f"| trivial view (ceiling) | | | | | {ceiling['rps']} | 100 "
        f"| {ceiling['p50_ms']} | {ceiling['p99_ms']} |"
    )
    for page in report["pages"]:
        served = http_pages.get(page["label"], {})
        lines.append(
            f"| {page['label']} (`{page['url']}`) | {page['queries']} "
            f"| {page['rounds']} | {page['p50_ms']} | {page['p95_ms']} "
            f"| {served.get('rps', 'not loaded')} "
            f"| {served.get('share_of_ceiling', '')} | {served.get('p50_ms', '')} "
            f"| {served.get('p99_ms', '')} |"
        )
    ical = report["ical"]
    search = report["search"]
    fanout = report["fanout"]
    memory = report["http"]["memory"]
    lines += [
        "",
        f"- search over {search['queries']} words ({report['database']}): "
        f"p50 {search['p50_ms']} ms, p95 {search['p95_ms']} ms",
        f"- iCal feed ({ical['full']['bytes']} bytes): "
        f"full {ical['full']['p50_ms']} ms p50 / {ical['full']['p95_ms']} ms p95, "
        f"{ical['full']['queries']} queries; "
        f"304 {ical['not_modified']['p50_ms']} ms p50 / "
        f"{ical['not_modified']['p95_ms']} ms p95, "
        f"{ical['not_modified']['queries']} queries",
        f"- fan-out: publishing a post to {fanout['recipients']} members took "
        f"{fanout['seconds']} s and {fanout['queries']} queries "
        f"({fanout['notifications']} notifications)",
        f"- peak memory: server master {memory['master_kib'] // 1024} MiB, "
        f"largest worker {memory['worker_max_kib'] // 1024} MiB",
        "",
    ]
    stem.with_suffix(".md").write_text("\n".join(lines))
    return stem.with_suffix(".md")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--max-seconds", type=float, default=60)
    parser.add_argument("--duration", type=int, default=3)
    parser.add_argument("--http-rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--reuse", action="store_true", help="keep the built database")
    args = parser.parse_args()

    database_url = (
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR / 'bench.sqlite3'}"
    )
    env = environment(database_url)
    VAR.mkdir(exist_ok=True)
    build_seconds = 0.0
    if not args.reuse:
        if database_url.startswith("sqlite:///"):
            Path(database_url.removeprefix("sqlite:///")).unlink(missing_ok=True)
        print("building the data set…", file=sys.stderr)
        build_seconds = build(args, env)
    run(
        [PYTHON, "manage.py", "collectstatic", "--noinput", "--verbosity=0"],
        env,
        "benchmarks.settings",
    )
    with tempfile.TemporaryDirectory() as scratch:
        measured = Path(scratch) / "pages.json"
        print("in-process render…", file=sys.stderr)
        run(
            [
                PYTHON,
                "benchmarks/pages.py",
                str(measured),
                f"--rounds={args.rounds}",
                f"--max-seconds={args.max_seconds}",
            ],
            env,
            "benchmarks.settings",
        )
        inprocess = json.loads(measured.read_text())
        session = inprocess["session_cookie"]
        cookie = f"{session['name']}={session['value']}"
        print("HTTP throughput…", file=sys.stderr)
        served = http(args, env, inprocess["pages"], cookie)
        fanout_out = Path(scratch) / "fanout.json"
        print("fan-out…", file=sys.stderr)
        run(
            [PYTHON, "benchmarks/fanout.py", str(fanout_out)],
            env,
            "osmose_site.settings.dev",
        )
        fanout = json.loads(fanout_out.read_text())
    report = {
        "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%MZ"),
        "machine": machine(),
        "database": "PostgreSQL" if database_url.startswith("postgres") else "SQLite",
        "scale": args.scale,
        "build_seconds": round(build_seconds, 1),
        "pages": inprocess["pages"],
        "search": inprocess["search"],
        "ical": inprocess["ical"],
        "http": served,
        "fanout": fanout,
    }
    path = write_report(report)
    print(path.read_text())


if __name__ == "__main__":
    main()
