"""Detection cost: `detect_event_source` on every fixture, against a function doing one plain `dict.get`.

Three measurements. First, one loop over all the fixtures, for the average cost of a call (and of a guard,
which is the same decision compared with one source). Second, each fixture alone, interleaved with the
baseline on the same fixture: the median and the slowest per-call costs, and which source is the slowest
to recognise (the target is a median under 2 µs). Fixtures that are no event (responses, decoded payloads)
are measured too: for them detection goes through its whole table and answers `None`. Third, the AWS
services' EventBridge events (`lambda_events.eventbridge`): `eventbridge_detail_type` and a guard on each of
their fixtures, which is one dict lookup on `source` and `detail-type`, beside `detect_event_source` on the
same events.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from typing import Any

from _harness import Measurement, Section, compare_calls, format_seconds, machine_label, markdown_table

from lambda_events import detect_event_source, is_sqs_event
from lambda_events.eventbridge import eventbridge_detail_type, is_ec2_instance_state_change_event
from tests.fixture_catalog import EVENTBRIDGE_AWS_FOLDER, all_fixtures

TARGET_SECONDS = 2e-6
NOT_AN_EVENT = "(no event: detection gives None)"


def one_lookup(event: Any) -> object:
    """Baseline: a function call and one `dict.get` (AppSync's batch, a list, has no `get`): the least any
    detection must cost."""
    return event.get("Records") if hasattr(event, "get") else None


def loop_over(function: Callable[[object], object], events: Sequence[object]) -> Callable[[], None]:
    """A zero-argument callable applying `function` to every event."""

    def run() -> None:
        for event in events:
            function(event)

    return run


def per_call(measurements: list[Measurement], calls: int) -> list[Measurement]:
    """The same measurements divided by the number of calls each made."""
    return [Measurement(m.label, m.seconds / calls, m.ratio) for m in measurements]


def whole_set(events: Sequence[object]) -> str:
    """All fixtures in one loop: the average cost per call."""
    measurements = compare_calls(
        [
            ("one function doing one dict.get (baseline)", loop_over(one_lookup, events)),
            ("detect_event_source", loop_over(detect_event_source, events)),
            ("is_sqs_event (a guard)", loop_over(is_sqs_event, events)),
        ]
    )
    title = f"Detection, every fixture in one loop ({len(events)} events), per call"
    return markdown_table(title, per_call(measurements, len(events)), "the one-lookup baseline")


def each_fixture(named_events: Sequence[tuple[str, object]]) -> str:
    """Each fixture alone: median, slowest, and the slowest sources."""
    costs: list[tuple[float, float, str, str]] = []
    for name, event in named_events:
        _, detection = compare_calls(
            [("baseline", loop_over(one_lookup, [event])), ("detect", loop_over(detect_event_source, [event]))],
            rounds=15,
            min_round_seconds=0.002,
        )
        source = detect_event_source(event) or NOT_AN_EVENT
        costs.append((detection.seconds, detection.ratio, source, name))
    median = statistics.median(cost for cost, *_ in costs)
    by_source: dict[str, list[tuple[float, float]]] = {}
    for cost, ratio, source, _ in costs:
        by_source.setdefault(source, []).append((cost, ratio))
    source_medians = sorted(
        (
            Measurement(
                source,
                statistics.median(cost for cost, _ in values),
                statistics.median(ratio for _, ratio in values),
            )
            for source, values in by_source.items()
        ),
        key=lambda measurement: measurement.seconds,
        reverse=True,
    )
    slowest_cost, _, slowest_source, slowest_name = max(costs)
    verdict = "under" if median < TARGET_SECONDS else "OVER"
    lines = [
        f"### Detection, each of the {len(costs)} fixtures alone",
        "",
        f"{machine_label()}.",
        "",
        f"- median per call: **{format_seconds(median)}** ({verdict} the {format_seconds(TARGET_SECONDS)} target)",
        f"- slowest fixture: {format_seconds(slowest_cost)} ({slowest_name}, `{slowest_source}`)",
        f"- slowest source (median of its fixtures): `{source_medians[0].label}`,"
        f" {format_seconds(source_medians[0].seconds)}",
        "",
    ]
    table = markdown_table(
        "The five slowest sources (median over their fixtures)", source_medians[:5], "the one-lookup baseline"
    )
    return "\n".join(lines) + "\n" + table


def eventbridge_detail_types(events: Sequence[object]) -> str:
    """The AWS services' EventBridge events in one loop: which registered type each is, per call."""
    measurements = compare_calls(
        [
            ("one function doing one dict.get (baseline)", loop_over(one_lookup, events)),
            ("eventbridge_detail_type", loop_over(eventbridge_detail_type, events)),
            ("is_ec2_instance_state_change_event (a guard)", loop_over(is_ec2_instance_state_change_event, events)),
            ("detect_event_source (answers eventbridge)", loop_over(detect_event_source, events)),
        ]
    )
    title = f"EventBridge detail types, every AWS service event fixture in one loop ({len(events)} events), per call"
    return markdown_table(title, per_call(measurements, len(events)), "the one-lookup baseline")


def main() -> Section:
    """Run the three measurements; return the Markdown sections."""
    fixtures = all_fixtures()
    named_events = [(fixture.name, fixture.raw()) for fixture in fixtures]
    aws_events = [fixture.raw() for fixture in fixtures if fixture.folder.startswith(f"{EVENTBRIDGE_AWS_FOLDER}/")]
    sections = [whole_set([event for _, event in named_events]), each_fixture(named_events), eventbridge_detail_types(aws_events)]
    return Section("\n".join(sections), [])


if __name__ == "__main__":
    print(main().markdown)
