"""Application Load Balancer: the factories of `lambda_events.testing.alb`
and the types of `lambda_events.types.alb`."""

from __future__ import annotations

import pytest
from hypothesis import strategies as st

from lambda_events import (
    ALBEventDict,
    ALBMultiValueEventDict,
    ALBSingleValueEventDict,
    find_event_problems,
)
from lambda_events import testing as factories
from tests.fixture_catalog import all_fixtures, fixture_named
from tests.support import (
    Case,
    bodies,
    factory_test,
    fields,
    methods,
    paths,
    problem_paths,
)

CASES = [
    Case(
        factories.alb_event,
        {
            "method": methods, "path": paths, "body": bodies, "headers": fields, "query": fields,
            "multi_value": st.booleans(),
        },
        "alb",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


@pytest.mark.parametrize(
    "name",
    [fixture.name for fixture in all_fixtures() if fixture.folder == "alb" and fixture.type_name == "ALBEventDict"],
)
def test_each_alb_sample_is_exactly_one_form(name: str) -> None:
    event = fixture_named(name).event()
    matches = [form for form in (ALBSingleValueEventDict, ALBMultiValueEventDict) if not find_event_problems(event, form)]
    expected = ALBMultiValueEventDict if "multiValueHeaders" in event else ALBSingleValueEventDict
    assert matches == [expected]


def test_alb_event_with_both_header_forms_is_rejected() -> None:
    single = fixture_named("albEvent.json").event()
    multi = fixture_named("albMultiValueHeadersEvent.json").event()
    mixed = {**single, "multiValueHeaders": multi["multiValueHeaders"]}
    assert problem_paths(mixed, ALBEventDict) == {"$.multiValueHeaders"}
