"""S3 Batch Operations responses: echoed schema version and invocation id, result codes, task checks."""

from __future__ import annotations

from typing import Any

import pytest

from lambda_events import (
    EventDecodeError,
    S3BatchOperationResponse,
    S3BatchOperationResponseDict,
    S3BatchOperationResponseRecord,
    find_event_problems,
)
from tests.fixture_catalog import event_named

V1 = "s3BatchOperationEventSchemaV1.json"
V2 = "s3BatchOperationEventSchemaV2.json"


def untyped(value: object) -> Any:
    """`value` hidden from the type checkers, as a caller without type checking would pass it."""
    return value


@pytest.mark.parametrize(("name", "version"), [(V1, "1.0"), (V2, "2.0")])
def test_from_event_echoes_the_schema_version_and_invocation_id(name: str, version: str) -> None:
    event = event_named(name)
    response = S3BatchOperationResponse.from_event(event)
    response.add_result(S3BatchOperationResponseRecord(event["tasks"][0]["taskId"], "Succeeded", "copied"))
    answer = response.asdict()
    assert find_event_problems(answer, S3BatchOperationResponseDict) == []
    assert answer == {
        "invocationSchemaVersion": version,
        "treatMissingKeysAs": "PermanentFailure",
        "invocationId": "YXNkbGZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo",
        "results": [{"taskId": "dGFza2lkZ29lc2hlcmUK", "resultCode": "Succeeded", "resultString": "copied"}],
    }


@pytest.mark.parametrize("code", ["Succeeded", "TemporaryFailure", "PermanentFailure"])
def test_every_result_code_and_missing_key_treatment(code: Any) -> None:
    response = S3BatchOperationResponse("2.0", "invocation-1", treat_missing_keys_as=code)
    response.add_result(S3BatchOperationResponseRecord("task-1", code))
    answer = response.asdict()
    assert find_event_problems(answer, S3BatchOperationResponseDict) == []
    assert answer.get("treatMissingKeysAs") == code
    assert answer["results"] == [{"taskId": "task-1", "resultCode": code, "resultString": ""}]


def test_results_given_to_the_constructor() -> None:
    records = [S3BatchOperationResponseRecord("t1", "TemporaryFailure", "throttled, retry")]
    answer = S3BatchOperationResponse("1.0", "invocation-1", results=records).asdict()
    assert find_event_problems(answer, S3BatchOperationResponseDict) == []
    assert answer["results"] == [{"taskId": "t1", "resultCode": "TemporaryFailure", "resultString": "throttled, retry"}]


def test_no_result_leaves_the_task_to_the_missing_key_treatment() -> None:
    answer = S3BatchOperationResponse.from_event(event_named(V1), treat_missing_keys_as="TemporaryFailure").asdict()
    assert find_event_problems(answer, S3BatchOperationResponseDict) == []
    assert answer["results"] == []
    assert answer.get("treatMissingKeysAs") == "TemporaryFailure"


def test_a_result_for_another_task_or_a_second_result_is_refused() -> None:
    response = S3BatchOperationResponse.from_event(event_named(V2))
    with pytest.raises(ValueError, match="task 'other' is not a task of invocation 'YXNk"):
        response.add_result(S3BatchOperationResponseRecord("other", "Succeeded"))
    response.add_result(S3BatchOperationResponseRecord("dGFza2lkZ29lc2hlcmUK", "Succeeded"))
    with pytest.raises(ValueError, match="task 'dGFza2lkZ29lc2hlcmUK' has a result already"):
        response.add_result(S3BatchOperationResponseRecord("dGFza2lkZ29lc2hlcmUK", "PermanentFailure"))


def test_unknown_codes_and_versions_are_refused() -> None:
    with pytest.raises(ValueError, match="result_code must be one of Succeeded, TemporaryFailure, PermanentFailure"):
        S3BatchOperationResponseRecord("t1", untyped("Failed"))
    with pytest.raises(ValueError, match="treat_missing_keys_as must be one of"):
        S3BatchOperationResponse("1.0", "i", treat_missing_keys_as=untyped("Ignore"))
    with pytest.raises(ValueError, match="invocation_schema_version must be 1.0 or 2.0, got '3.0'"):
        S3BatchOperationResponse(untyped("3.0"), "i")


def test_an_event_lacking_what_is_echoed_is_named() -> None:
    event = event_named(V1)
    with pytest.raises(EventDecodeError, match=r"^invocationSchemaVersion: expected '1.0' or '2.0', got None$"):
        S3BatchOperationResponse.from_event(dict(event, invocationSchemaVersion=None))
    with pytest.raises(EventDecodeError, match="^invocationId: missing$"):
        S3BatchOperationResponse.from_event({key: value for key, value in event.items() if key != "invocationId"})
    with pytest.raises(EventDecodeError, match=r"^tasks\[0\]\.taskId: missing$"):
        S3BatchOperationResponse.from_event(dict(event, tasks=[{}]))
