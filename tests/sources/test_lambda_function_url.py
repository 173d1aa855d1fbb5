"""Lambda function URLs: the factories of `lambda_events.testing.lambda_function_url`
and the types of `lambda_events.types.lambda_function_url`."""

from __future__ import annotations

from hypothesis import strategies as st

from lambda_events import (
    LambdaFunctionUrlEventDict,
)
from lambda_events import testing as factories
from tests.fixture_catalog import fixture_named
from tests.support import (
    Case,
    bodies,
    factory_test,
    fields,
    methods,
    names,
    paths,
    problem_paths,
)

CASES = [
    Case(
        factories.lambda_function_url_event,
        {
            "method": methods, "path": paths, "body": bodies, "headers": fields, "query": fields,
            "cookies": st.lists(names, max_size=2), "iam": st.booleans(),
        },
        "lambda_function_url",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


def test_function_url_has_no_path_parameters() -> None:
    event = fixture_named("lambdaFunctionUrlIAMEvent.json").event()
    assert event["pathParameters"] is None
    event["pathParameters"] = {"id": "7"}
    assert problem_paths(event, LambdaFunctionUrlEventDict) == {"$.pathParameters"}
