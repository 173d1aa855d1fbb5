"""Run every bench script; write bench/RESULTS.md and the chart bench/results.png.

Run it through `make bench`, which builds the environment with the comparison points (Powertools,
aws-lambda-typing, boto3) and the other CPythons `make runtime-matrix` set up.
"""

from __future__ import annotations

import datetime
import importlib
import platform
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
sys.path[:0] = [str(BENCH_DIR), str(ROOT)]

from _harness import Section, machine_label  # noqa: E402  (needs the paths above)

SCRIPTS = [
    "import_cost",
    "handler_cost",
    "helper_cost",
    "typed_json_cost",
    "detection_cost",
    "scale",
    "validation_cost",
    "static_cost",
]


def draw_chart(bars: list[tuple[str, float]], path: Path) -> None:
    """A horizontal bar chart of every ratio, with the 1.0 line marked."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = [label for label, _ in bars]
    values = [value for _, value in bars]
    figure, axes = plt.subplots(figsize=(12, 0.42 * len(bars) + 1.6))
    axes.barh(labels, values, color=["#2b8a3e" if value >= 1 else "#c92a2a" for value in values])
    axes.axvline(1.0, color="black", linewidth=0.8)
    axes.set_xscale("log")
    axes.invert_yaxis()
    axes.set_xlabel("the alternative's time / lambda-events' time (log scale): right of 1.0, lambda-events is faster")
    axes.set_title(f"lambda-events against the alternatives, CPython {platform.python_version()}", fontsize=10)
    for index, value in enumerate(values):
        axes.text(value, index, f" {value:.2f}x", va="center", fontsize=8)
    figure.tight_layout()
    figure.savefig(path, dpi=110)


def main() -> None:
    """Run each script in turn, printing its section as it finishes."""
    sections: list[Section] = []
    for name in SCRIPTS:
        print(f"running bench/{name}.py ...", flush=True)
        section: Section = importlib.import_module(name).main()
        print(section.markdown, flush=True)
        sections.append(section)
    today = datetime.date.today().isoformat()
    header = (
        "# Benchmark results\n\n"
        f"Written by `make bench` on {today}; {machine_label()}. Every figure is a median of repeated runs, "
        "and every ratio compares variants measured side by side in one process run.\n\n"
    )
    (BENCH_DIR / "RESULTS.md").write_text(header + "\n".join(section.markdown for section in sections), encoding="utf-8")
    draw_chart([bar for section in sections for bar in section.bars], BENCH_DIR / "results.png")
    print("wrote bench/RESULTS.md and bench/results.png")


if __name__ == "__main__":
    main()
