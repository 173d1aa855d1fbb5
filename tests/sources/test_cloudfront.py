"""Amazon CloudFront Lambda@Edge: the factories of `lambda_events.testing.cloudfront`
and the types of `lambda_events.types.cloudfront`."""

from __future__ import annotations

import pytest
from hypothesis import strategies as st

import lambda_events
from lambda_events import testing as factories
from tests.fixture_catalog import fixture_named
from tests.support import (
    Case,
    factory_test,
    fields,
    fixtures_of,
    methods,
    paths,
)

CASES = [
    Case(
        factories.cloudfront_request_event,
        {
            "uri": paths, "method": methods, "headers": fields, "query": fields,
            "event_type": st.sampled_from(["viewer-request", "origin-request"]),
        },
        "cloudfront_request",
    ),
    Case(
        factories.cloudfront_response_event,
        {
            "status": st.integers(100, 599), "response_headers": fields,
            "event_type": st.sampled_from(["viewer-response", "origin-response"]), "legacy": st.booleans(),
        },
        "cloudfront_response",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


def test_every_lambda_at_edge_trigger_and_origin_kind_has_a_fixture() -> None:
    request_events = [fixture.raw() for fixture in fixtures_of("CloudFrontRequestEventDict")]
    response_events = [fixture.raw() for fixture in fixtures_of("CloudFrontResponseEventDict")]
    event_types = {event["Records"][0]["cf"]["config"].get("eventType") for event in request_events + response_events}
    assert event_types == {"viewer-request", "origin-request", "viewer-response", "origin-response", None}
    origins = {
        kind for event in request_events for kind in event["Records"][0]["cf"]["request"].get("origin", {})
    }
    assert origins == {"custom", "s3"}


def test_the_older_form_is_valid_and_detected() -> None:
    request = factories.cloudfront_request_event(legacy=True, seed=1)
    record = request["Records"][0]["cf"]
    assert set(record["config"]) == {"distributionId", "requestId"} and "querystring" not in record["request"]
    assert lambda_events.detect_event_source(request) == "cloudfront_request"
    response = factories.cloudfront_response_event(legacy=True, seed=1)
    assert "request" not in response["Records"][0]["cf"]
    assert lambda_events.detect_event_source(response) == "cloudfront_response"
    with pytest.raises(ValueError, match="^query: "):
        factories.cloudfront_request_event(legacy=True, query={"a": "1"})
    older = fixture_named("cloudFrontOriginResponseEventOlderForm.json").raw()
    assert lambda_events.detect_event_source(older) == "cloudfront_response"
    no_distribution: dict[str, object] = {"Records": [{"cf": {"config": {}, "response": {}}}]}
    assert lambda_events.detect_event_source(no_distribution) is None
