"""Amazon EventBridge: the factories of `lambda_events.testing.eventbridge`, the types of
`lambda_events.types.eventbridge`, and those types against AWS's own sample events: the 464 samples of the
console's "Sample events" picker (`../shared/events/eventbridge-aws/AWSSampleEvents.json`, one JSON list).

The envelope (`EventBridgeEventDict`) must accept every sample, and the S3 object-level samples must pass as
`S3EventBridgeNotificationEventDict` and be detected as such. The samples that deviate from the envelope AWS
documents are listed with the reason, and each listed deviation must still be there, so the list cannot go
stale.
"""

from __future__ import annotations

import json
import typing
from typing import Any

import pytest
from hypothesis import strategies as st

import lambda_events
from lambda_events import testing as factories
from lambda_events._s3_detail_types import S3EventBridgeDetailType
from tests.fixture_catalog import SHARED_EVENTS_DIR
from tests.support import (
    Case,
    factory_test,
    json_objects,
    names,
    texts,
)

CASES = [
    Case(
        factories.eventbridge_event,
        {
            "detail": json_objects, "detail_type": texts, "source": names, "resources": st.lists(names, max_size=2),
        },
        "eventbridge",
    ),
    Case(factories.eventbridge_scheduled_event, {"rule": names}, "eventbridge_scheduled"),
]

test_factories_make_valid_events = factory_test(CASES)


SAMPLES_FILE = SHARED_EVENTS_DIR / "eventbridge-aws" / "AWSSampleEvents.json"

# (source, detail-type) -> the one problem AWS's sample has, and why the type does not accept it.
KNOWN_DEVIATIONS = {
    (
        "route53-recovery-readiness.amazonaws.com",
        "Route 53 Application Recovery Controller recovery group readiness status change",
    ): "$.version: expected str, got int",
    (
        "route53-recovery-readiness.amazonaws.com",
        "Route 53 Application Recovery Controller cell readiness status change",
    ): "$.version: expected str, got int",
    (
        "route53-recovery-readiness.amazonaws.com",
        "Route 53 Application Recovery Controller readiness check status change",
    ): "$.version: expected str, got int",
}
# Why: these three console samples write the envelope's `version` as the number 0. The EventBridge user guide
# ("Amazon EventBridge events": event structure) documents `version` as the string "0" in every event, and
# every other sample (461 of 464, from 101 sources) sends it as a string, so the type keeps `str`.

S3_DETAIL_TYPES: frozenset[str] = frozenset(typing.get_args(S3EventBridgeDetailType))

pytestmark = pytest.mark.skipif(not SAMPLES_FILE.is_file(), reason="../shared/events is not beside this checkout")


def _samples() -> list[dict[str, Any]]:
    samples: list[dict[str, Any]] = json.loads(SAMPLES_FILE.read_text(encoding="utf-8"))
    return samples


def _key(sample: dict[str, Any]) -> tuple[str, str]:
    return (sample["source"], sample["detail-type"])


def test_every_console_sample_is_an_eventbridge_event() -> None:
    seen_deviations: set[tuple[str, str]] = set()
    for sample in _samples():
        found = lambda_events.find_event_problems(sample, lambda_events.EventBridgeEventDict)
        problems = [str(problem) for problem in found]
        expected = KNOWN_DEVIATIONS.get(_key(sample))
        if expected is None:
            assert problems == [], _key(sample)
        else:
            assert problems == [expected], _key(sample)
            seen_deviations.add(_key(sample))
    assert seen_deviations == set(KNOWN_DEVIATIONS), "a listed deviation is no longer in the samples"


def test_every_console_sample_is_detected() -> None:
    for sample in _samples():
        assert lambda_events.detect_event_source(sample) is not None, _key(sample)


def test_s3_object_samples_are_s3_eventbridge_events() -> None:
    s3_samples = [
        sample for sample in _samples() if sample["source"] == "aws.s3" and sample["detail-type"] in S3_DETAIL_TYPES
    ]
    assert {sample["detail-type"] for sample in s3_samples} == S3_DETAIL_TYPES
    for sample in s3_samples:
        problems = lambda_events.find_event_problems(sample, lambda_events.S3EventBridgeNotificationEventDict)
        assert [str(problem) for problem in problems] == [], _key(sample)
        assert lambda_events.is_s3_eventbridge_event(sample), _key(sample)
