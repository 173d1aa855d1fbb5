"""Runtime checks of the stream types beyond the fixtures: recursive attribute values and derived fixtures.

The recursive `AttributeValueDict` must resolve at run time and be validated to any depth by both checkers.
Fixtures derived by decoding another fixture's payload must stay exactly what decoding produces.
"""

from __future__ import annotations

import base64
import gzip
import json
import zlib
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typeguard import CollectionCheckStrategy, TypeCheckError, check_type

from lambda_events import AttributeValueDict, AttributeValueLDict, AttributeValueMDict, find_event_problems
from lambda_events._typing import get_type_hints
from tests.fixture_catalog import fixture_named


def typeguard_accepts(value: object) -> bool:
    """Whether typeguard, checking every list item, accepts `value` as an attribute value."""
    try:
        check_type(value, AttributeValueDict, collection_check_strategy=CollectionCheckStrategy.ALL_ITEMS)
    except TypeCheckError:
        return False
    return True


def nested(depth: int, leaf: object) -> object:
    """`leaf` wrapped alternately in lists and maps, `depth` levels deep."""
    value: object = leaf
    for level in range(depth):
        value = {"L": [{"S": "x"}, value]} if level % 2 else {"M": {"child": value, "n": {"N": "1"}}}
    return value


def test_recursive_forms_resolve_at_run_time() -> None:
    assert get_type_hints(AttributeValueMDict)["M"] == dict[str, AttributeValueDict]
    assert get_type_hints(AttributeValueLDict)["L"] == list[AttributeValueDict]


@pytest.mark.parametrize(
    "value",
    [
        {"S": "text"},
        {"N": "-1.5E+10"},
        {"B": "AAE="},
        {"SS": ["a", "b"]},
        {"NS": ["1", "2"]},
        {"BS": ["AAE=", "/w=="]},
        {"M": {}},
        {"L": []},
        {"NULL": True},
        {"BOOL": False},
        nested(40, {"BS": ["AAE="]}),
    ],
    ids=repr,
)
def test_every_form_and_deep_nesting_are_accepted(value: object) -> None:
    assert find_event_problems(value, AttributeValueDict) == []
    assert typeguard_accepts(value)


@pytest.mark.parametrize(
    ("value", "problem_path"),
    [
        ({"S": 1}, "$.S"),
        ({"X": "a"}, "$.X"),
        ({"NULL": False}, "$.NULL"),
        ({"SS": ["a", 2]}, "$.SS[1]"),
        ({"BOOL": "true"}, "$.BOOL"),
        (nested(9, {"S": 1}), None),
    ],
    ids=repr,
)
def test_wrong_values_are_rejected_at_their_path(value: object, problem_path: str | None) -> None:
    problems = find_event_problems(value, AttributeValueDict)
    assert problems
    if problem_path is not None:
        assert problem_path in {problem.path for problem in problems}
    else:
        assert all(problem.path.endswith(".S") for problem in problems)
    assert not typeguard_accepts(value)


def test_two_forms_in_one_value_are_rejected() -> None:
    assert find_event_problems({"S": "a", "N": "1"}, AttributeValueDict)
    assert not typeguard_accepts({"S": "a", "N": "1"})


Json = dict[str, object]


def one_form(form: str) -> Callable[[object], Json]:
    """A function wrapping a value in the attribute value form `form`."""
    return lambda value: {form: value}


def base64_text(raw: bytes) -> str:
    """`raw` base64-encoded."""
    return base64.b64encode(raw).decode()


_scalars: st.SearchStrategy[Json] = st.one_of(
    st.text().map(one_form("S")),
    st.integers().map(str).map(one_form("N")),
    st.binary(max_size=8).map(base64_text).map(one_form("B")),
    st.lists(st.text(), min_size=1, max_size=3, unique=True).map(one_form("SS")),
    st.just({"NULL": True}),
    st.booleans().map(one_form("BOOL")),
)


def containers(children: st.SearchStrategy[Json]) -> st.SearchStrategy[Json]:
    """Lists and maps of `children`."""
    lists = st.lists(children, max_size=3).map(one_form("L"))
    maps = st.dictionaries(st.text(max_size=5), children, max_size=3).map(one_form("M"))
    return st.one_of(lists, maps)


_attribute_values = st.recursive(_scalars, containers, max_leaves=12)


@given(_attribute_values)
def test_generated_attribute_values_validate(value: Json) -> None:
    assert find_event_problems(value, AttributeValueDict) == []
    assert typeguard_accepts(value)


@given(_attribute_values)
def test_a_numeric_string_leaf_anywhere_is_caught(value: Json) -> None:
    corrupted = {"L": [value, {"M": {"bad": {"S": 0}}}]}
    assert [problem.path for problem in find_event_problems(corrupted, AttributeValueDict)] == ["$.L[1].M.bad.S"]
    assert not typeguard_accepts(corrupted)


def decompress(raw: bytes) -> Any:
    """The JSON document in gzip (or, for one shared sample, zlib) data."""
    return json.loads(gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else zlib.decompress(raw))


@pytest.mark.parametrize(
    ("source", "derived"),
    [
        ("cloudWatchLogEvent.json", "cloudWatchLogEventDecoded.json"),
        ("cloudWatchLogEventWithPolicyLevel.json", "cloudWatchLogEventWithPolicyLevelDecoded.json"),
    ],
)
def test_decoded_cloudwatch_logs_fixtures_are_the_decoded_samples(source: str, derived: str) -> None:
    data = fixture_named(source).raw()["awslogs"]["data"]
    assert decompress(base64.b64decode(data)) == fixture_named(derived).raw()


def test_decoded_kinesis_cloudwatch_logs_fixtures_are_the_decoded_records() -> None:
    records = fixture_named("kinesisStreamCloudWatchLogsEvent.json").raw()["Records"]
    for index, record in enumerate(records):
        decoded = decompress(base64.b64decode(record["kinesis"]["data"]))
        assert decoded == fixture_named(f"kinesisStreamCloudWatchLogsEventRecord{index}Decoded.json").raw()


def test_firehose_cloudwatch_logs_records_carry_the_decoded_fixtures() -> None:
    records = fixture_named("kinesisFirehoseCloudWatchLogsEvent.json").raw()["records"]
    decoded = [decompress(base64.b64decode(record["data"])) for record in records]
    assert decoded == [
        fixture_named("cloudWatchLogsControlMessageDecoded.json").raw(),
        fixture_named("cloudWatchLogsAccountPolicyDecoded.json").raw(),
    ]


def test_kinesis_dynamodb_record_carries_the_change_record_fixture() -> None:
    record = fixture_named("kinesisStreamDynamoDBChangeEvent.json").raw()["Records"][0]
    decoded = json.loads(base64.b64decode(record["kinesis"]["data"]))
    assert decoded == fixture_named("dynamodbKinesisChangeRecord.json").raw()
    assert "eventVersion" not in decoded and "SequenceNumber" not in decoded["dynamodb"]
