"""Worker processes end with the process that started them: kill -9 of `dragoman ingest --workers 2` (worker
processes or a Dask LocalCluster) leaves no worker behind holding its ~260 MB model."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import alive_after, process_alive

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc")

BODY = ("Kazakh Foreign Minister Yerlan Zhaksybekov met Chinese Foreign Minister Wang Yi in Beijing on Monday. "
        "The two ministers signed an agreement on trade.")


def _stat(pid: int) -> list[str] | None:
    """Fields after the command name of /proc/PID/stat (state first, parent pid second); None when gone."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(") ", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return None


def _descendants(root: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (fields := _stat(int(entry))) is not None:
            children.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = set(), [root]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _kill_ingest_and_watch(tmp_path: Path, *options: str) -> None:
    """Start an ingest with workers, kill -9 it once its workers run, and require them gone within seconds."""
    corpus = tmp_path / "many.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"a{k}", "text": f"{BODY} Agreement {k}."}) + "\n"
                              for k in range(2000)))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    parent = subprocess.Popen([sys.executable, "-m", "dragoman.cli", "ingest", str(corpus), "--db",
                               str(tmp_path / "o.db"), "--workers", "2", *options],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    children: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and parent.poll() is None:
            children |= _descendants(parent.pid)
            if len([p for p in children if process_alive(p)]) >= 2:
                time.sleep(3)  # let the workers start their work (Dask: its worker processes) before the kill
                children |= _descendants(parent.pid)
                break
            time.sleep(0.2)
        assert parent.poll() is None, "the ingest ended before its workers could be seen"
        assert len(children) >= 2, f"no worker processes seen: {children}"
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    left = alive_after(children, 10)
    for pid in left:  # do not leave them to the next test
        os.kill(pid, signal.SIGKILL)
    assert not left, f"processes outlived their killed parent: {left}"


def test_worker_processes_exit_when_ingest_is_killed(tmp_path: Path) -> None:
    _kill_ingest_and_watch(tmp_path)


def test_dask_workers_exit_when_ingest_is_killed(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    _kill_ingest_and_watch(tmp_path, "--dask", "local")


# A worker whose watchdog thread would wait an hour: only the kernel's signal can end it in time.
_WORKER = ("import os, sys, time\n"
           "from dragoman import parallel\n"
           "parallel.PARENT_CHECK_SECONDS = 3600\n"
           "parallel.exit_with_parent(os.getppid())\n"
           "print('ready', flush=True)\n"
           "time.sleep(60)\n")
# The parent: starts the worker from a thread that then ends, prints the worker's pid, and lives on.
_PARENT = ("import subprocess, sys, threading, time\n"
           "started = []\n"
           "def start():\n"
           "    worker = subprocess.Popen([sys.executable, '-c', sys.argv[1]], stdout=subprocess.PIPE, text=True)\n"
           "    worker.stdout.readline()\n"
           "    started.append(worker)\n"
           "thread = threading.Thread(target=start)\n"
           "thread.start()\n"
           "thread.join()\n"
           "print(started[0].pid, flush=True)\n"
           "time.sleep(60)\n")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl(PR_SET_PDEATHSIG) is Linux's")
def test_the_kernel_ends_a_worker_at_once_and_only_when_its_parent_process_dies() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    parent = subprocess.Popen([sys.executable, "-c", _PARENT, _WORKER], stdout=subprocess.PIPE, text=True, env=env)
    try:
        worker = int(parent.stdout.readline())
        time.sleep(1.5)
        assert process_alive(worker), "the worker ended when the thread that started it ended"
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + 3
    while process_alive(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    if process_alive(worker):
        os.kill(worker, signal.SIGKILL)
        pytest.fail("the worker outlived its killed parent")
