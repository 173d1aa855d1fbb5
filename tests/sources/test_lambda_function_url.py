"""Lambda function URLs: the factories of `lambda_events.testing.lambda_function_url`
and the types of `lambda_events.types.lambda_function_url`."""

from __future__ import annotations

from hypothesis import strategies as st

from lambda_events import (
    LambdaFunctionUrlEventDict,
)
import lambda_events
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
            "cookies": st.lists(names, max_size=2), "iam": st.booleans(), "legacy": st.booleans(),
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


def test_older_iam_blocks_lack_the_caller_ids() -> None:
    event = factories.lambda_function_url_event(iam=True, legacy=True, seed=1)
    authorizer = event["requestContext"].get("authorizer")
    assert authorizer is not None
    assert not {"callerId", "userId", "principalOrgId"} & set(authorizer["iam"])
    assert lambda_events.find_event_problems(event, lambda_events.LambdaFunctionUrlEventDict) == []
    assert lambda_events.detect_event_source(event) == "lambda_function_url"
    signed = factories.lambda_function_url_event(iam=True, seed=1)["requestContext"].get("authorizer")
    assert signed is not None and "callerId" in signed["iam"]
