"""Amazon CloudFront Lambda@Edge: the factories of `lambda_events.testing.cloudfront`
and the types of `lambda_events.types.cloudfront`."""

from __future__ import annotations

from hypothesis import strategies as st

from lambda_events import testing as factories
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
            "event_type": st.sampled_from(["viewer-response", "origin-response"]),
        },
        "cloudfront_response",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


def test_every_lambda_at_edge_trigger_and_origin_kind_has_a_fixture() -> None:
    request_events = [fixture.raw() for fixture in fixtures_of("CloudFrontRequestEventDict")]
    response_events = [fixture.raw() for fixture in fixtures_of("CloudFrontResponseEventDict")]
    event_types = {event["Records"][0]["cf"]["config"]["eventType"] for event in request_events + response_events}
    assert event_types == {"viewer-request", "origin-request", "viewer-response", "origin-response"}
    origins = {
        kind for event in request_events for kind in event["Records"][0]["cf"]["request"].get("origin", {})
    }
    assert origins == {"custom", "s3"}
