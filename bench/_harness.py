"""Shared measuring code for the bench scripts: interleaved timing, medians, ratios, and tables.

This kind of machine is noisy, so nothing here reports a lone absolute time: calls are timed in CPU time
(`time.process_time`, so time the core spends on other processes is not counted), every figure is the
median of repeated rounds, and the variants of one comparison run interleaved in the same process (round 1
of A, of B, of C, then round 2 ...), so a slow second hurts them all alike. Ratios are taken against the row named as
the baseline of the comparison. The cyclic garbage collector is paused while calls are timed, as `timeit` does.
"""

from __future__ import annotations

import gc
import os
import platform
import statistics
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    """What one bench script reports: its Markdown, and the ratios it contributes to the chart."""

    markdown: str
    bars: list[tuple[str, float]]


@dataclass(frozen=True)
class Measurement:
    """The median time of one variant of a comparison, and its ratio to the comparison's baseline."""

    label: str
    seconds: float
    ratio: float


def machine_label() -> str:
    """Python version and machine, printed with every table of absolute times."""
    return f"CPython {platform.python_version()} on {platform.machine()}, {platform.system()} ({_cpu_name()})"


def _cpu_name() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def compare_calls(
    variants: Sequence[tuple[str, Callable[[], object]]], *, rounds: int = 15, min_round_seconds: float = 0.02
) -> list[Measurement]:
    """Time each zero-argument callable per call, interleaved; the first variant is the baseline.

    Each round calls a variant as many times as it takes to fill `min_round_seconds` (calibrated once), so
    the per-call figure is not dominated by the timer's resolution.
    """
    numbers = [_calibrate(function, min_round_seconds) for _, function in variants]
    samples: list[list[float]] = [[] for _ in variants]
    for _ in range(rounds):
        for index, (_, function) in enumerate(variants):
            samples[index].append(_time_calls(function, numbers[index]) / numbers[index])
    return _measurements([label for label, _ in variants], samples)


def compare_commands(
    variants: Sequence[tuple[str, Sequence[str]]], *, rounds: int = 15, environment: Mapping[str, str] | None = None
) -> list[Measurement]:
    """Run each command `rounds` times, interleaved; each prints the seconds it measured on its last line.

    The commands run with bytecode caching on (as in a Lambda deployment, whose packages pip compiled), even
    where the environment turns it off, unless `environment` (variables added for every command) sets
    `PYTHONDONTWRITEBYTECODE` again; each runs once unmeasured first so the caches exist.
    """
    variables = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    variables.update(environment or {})
    for _, command in variants:
        subprocess.run(list(command), capture_output=True, env=variables, check=True)
    samples: list[list[float]] = [[] for _ in variants]
    for _ in range(rounds):
        for index, (_, command) in enumerate(variants):
            output = subprocess.run(list(command), capture_output=True, text=True, env=variables, check=True).stdout
            samples[index].append(float(output.strip().splitlines()[-1]))
    return _measurements([label for label, _ in variants], samples)


def _measurements(labels: list[str], samples: list[list[float]]) -> list[Measurement]:
    medians = [statistics.median(values) for values in samples]
    return [Measurement(label, median, median / medians[0]) for label, median in zip(labels, medians)]


def _calibrate(function: Callable[[], object], min_seconds: float) -> int:
    number = 1
    while True:
        if _time_calls(function, number) >= min_seconds or number >= 1 << 24:
            return number
        number *= 2


def _time_calls(function: Callable[[], object], number: int) -> float:
    # CPU time of this process: on a shared machine, the time other processes hold the core is not
    # charged to the variant that happened to be running (single-threaded code: the same as wall time
    # on an idle machine). The cyclic garbage collector is paused while the calls run, as `timeit` does: a
    # full collection walks every object the bench keeps alive (all its inputs, tens of megabytes), and it
    # would be charged to whichever variant happened to trigger it (the 6 MB DynamoDB row once measured
    # ours at 1.04x boto3's time that way, against 0.33-0.46x in a process of its own). No variant here
    # creates reference cycles, so reference counting frees all it allocates either way.
    collecting = gc.isenabled()
    gc.disable()
    try:
        start = time.process_time()
        for _ in range(number):
            function()
        return time.process_time() - start
    finally:
        if collecting:
            gc.enable()


def format_seconds(seconds: float) -> str:
    """`1.23 µs`, `4.56 ms` or `7.89 s`."""
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6), ("ns", 1e-9)):
        if seconds >= scale:
            return f"{seconds / scale:.2f} {unit}"
    return f"{seconds / 1e-9:.2f} ns"


def markdown_table(title: str, measurements: list[Measurement], baseline_note: str) -> str:
    """A Markdown section: the title, what the ratio is against, and one row per variant."""
    rows = [f"### {title}", "", f"Ratio: time / {baseline_note}. {machine_label()}.", ""]
    rows += ["| variant | median | ratio |", "|---|---:|---:|"]
    rows += [f"| {m.label} | {format_seconds(m.seconds)} | {m.ratio:.2f}x |" for m in measurements]
    return "\n".join(rows) + "\n"
