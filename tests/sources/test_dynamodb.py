"""Amazon DynamoDB Streams: the factories of `lambda_events.testing.dynamodb`
and the types of `lambda_events.types.dynamodb`."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typeguard import CollectionCheckStrategy, TypeCheckError, check_type

import lambda_events
from lambda_events import (
    AttributeValueDict,
    AttributeValueLDict,
    AttributeValueMDict,
    find_event_problems,
)
from lambda_events import testing as factories
from lambda_events._typing import get_type_hints
from tests.fixture_catalog import fixture_named
from tests.support import (
    Case,
    factory_test,
    items,
    json_objects,
)

CASES = [
    Case(
        factories.dynamodb_event,
        {
            "new_images": st.lists(items, min_size=1, max_size=3), "old_images": st.lists(items, max_size=3),
            "ttl_expired": st.booleans(),
        },
        "dynamodb",
    ),
    Case(
        factories.dynamodb_event,
        {
            "old_images": st.lists(items, min_size=1, max_size=3), "ttl_expired": st.booleans(),
        },
        "dynamodb",
    ),
    Case(
        factories.dynamodb_time_window_event,
        {
            "new_images": st.lists(items, min_size=1, max_size=2), "state": st.none() | json_objects,
            "final": st.booleans(),
        },
        "dynamodb_time_window",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


@settings(max_examples=60, deadline=None)
@given(new=st.lists(items, min_size=1, max_size=3), old=st.lists(items, max_size=3))
def test_dynamodb_images_deserialize_back(new: list[dict[str, Any]], old: list[dict[str, Any]]) -> None:
    records = factories.dynamodb_event(new_images=new, old_images=old, seed=1)["Records"]
    assert len(records) == max(len(new), len(old))
    for index, record in enumerate(records):
        change = record["dynamodb"]
        image = new[index] if index < len(new) else old[index]
        assert lambda_events.deserialize_dynamodb_image(change["Keys"]) == {"id": image["id"]}
        if index < len(new):
            assert "NewImage" in change
            assert lambda_events.deserialize_dynamodb_image(change["NewImage"]) == new[index]
        if index < len(old):
            assert "OldImage" in change
            assert lambda_events.deserialize_dynamodb_image(change["OldImage"]) == old[index]
        has_new, has_old = index < len(new), index < len(old)
        assert record["eventName"] == ("MODIFY" if has_new and has_old else "INSERT" if has_new else "REMOVE")
        assert ("NewImage" in change) == (index < len(new)) and ("OldImage" in change) == (index < len(old))
    view = "NEW_AND_OLD_IMAGES" if old else "NEW_IMAGE"
    assert {record["dynamodb"]["StreamViewType"] for record in records} == {view}


def test_dynamodb_event_names_follow_the_images_and_contradictions_are_refused() -> None:
    removed = factories.dynamodb_event(old_images=[{"pk": "a", "n": 1}], key_names=["pk"], ttl_expired=True)
    record = removed["Records"][0]
    assert record["eventName"] == "REMOVE" and record.get("userIdentity", {}).get("type") == "Service"
    assert lambda_events.deserialize_dynamodb_image(record["dynamodb"]["Keys"]) == {"pk": "a"}
    keys_only = factories.dynamodb_event(keys=[{"pk": "a"}], event_name="REMOVE")["Records"][0]["dynamodb"]
    assert keys_only["StreamViewType"] == "KEYS_ONLY" and "OldImage" not in keys_only
    with pytest.raises(ValueError, match="cannot have"):
        factories.dynamodb_event(new_images=[{"pk": "a"}], event_name="REMOVE")
    with pytest.raises(ValueError, match="no key attribute sk"):
        factories.dynamodb_event(new_images=[{"pk": "a"}], key_names=["pk", "sk"])
    with pytest.raises(ValueError, match="at least one"):
        factories.dynamodb_event()


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


def test_kinesis_dynamodb_record_carries_the_change_record_fixture() -> None:
    record = fixture_named("kinesisStreamDynamoDBChangeEvent.json").raw()["Records"][0]
    decoded = json.loads(base64.b64decode(record["kinesis"]["data"]))
    assert decoded == fixture_named("dynamodbKinesisChangeRecord.json").raw()
    assert "eventVersion" not in decoded and "SequenceNumber" not in decoded["dynamodb"]


# --- records one by one, and batches composed from them ---------------------------------------------------


def test_a_batch_composed_from_records_mixes_every_kind_of_change() -> None:
    records = [
        factories.dynamodb_record("INSERT", new_image={"id": "a", "n": 1}, seed=1),
        factories.dynamodb_record("MODIFY", new_image={"id": "b", "n": 2}, old_image={"id": "b", "n": 1}, seed=2),
        factories.dynamodb_record("REMOVE", old_image={"id": "c", "n": 3}, ttl_expired=True, seed=3),
    ]
    event = factories.dynamodb_event(records=records)
    assert find_event_problems(event, lambda_events.DynamoDBStreamEventDict) == []
    assert [record["eventName"] for record in event["Records"]] == ["INSERT", "MODIFY", "REMOVE"]
    assert [sorted(record["dynamodb"]) for record in event["Records"]] == [
        ["ApproximateCreationDateTime", "Keys", "NewImage", "SequenceNumber", "SizeBytes", "StreamViewType"],
        [
            "ApproximateCreationDateTime", "Keys", "NewImage", "OldImage", "SequenceNumber", "SizeBytes",
            "StreamViewType",
        ],
        ["ApproximateCreationDateTime", "Keys", "OldImage", "SequenceNumber", "SizeBytes", "StreamViewType"],
    ]
    assert {record["dynamodb"]["StreamViewType"] for record in event["Records"]} == {"NEW_AND_OLD_IMAGES"}
    removed: Any = event["Records"][2]
    assert removed["userIdentity"]["principalId"] == "dynamodb.amazonaws.com"
    assert event["Records"] == records and event["Records"][0] is not records[0]  # copies


def test_a_record_of_a_keys_only_stream() -> None:
    record = factories.dynamodb_record("REMOVE", keys={"pk": "a"}, seed=1)
    assert record["dynamodb"]["StreamViewType"] == "KEYS_ONLY" and "OldImage" not in record["dynamodb"]
    assert lambda_events.deserialize_dynamodb_image(record["dynamodb"]["Keys"]) == {"pk": "a"}
    assert find_event_problems({"Records": [record]}, lambda_events.DynamoDBStreamEventDict) == []


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"event_name": "UPSERT", "new_image": {"id": "a"}}, "^event_name must be INSERT, MODIFY or REMOVE, got 'UP"),
        ({"event_name": "INSERT", "new_image": {"id": "a"}, "view_type": "ALL"}, "^view_type must be one of"),
        ({"event_name": "INSERT", "new_image": {}}, "^new_image is empty"),
        ({"event_name": "MODIFY", "new_image": {"id": "a"}, "old_image": {}}, "^old_image is empty"),
        ({"event_name": "INSERT", "new_image": {"id": "a"}, "old_image": {"id": "a"}}, "^old_image: INSERT records"),
        ({"event_name": "REMOVE", "new_image": {"id": "a"}}, "^new_image: REMOVE records have no new image"),
        ({"event_name": "MODIFY", "new_image": {"id": "a"}}, "^old_image is missing: MODIFY records of NEW_AND_OLD"),
        ({"event_name": "INSERT", "keys": {"id": "a"}, "view_type": "NEW_IMAGE"}, "^new_image is missing"),
        ({"event_name": "MODIFY", "new_image": {"id": "a"}, "old_image": {"id": "a"}, "view_type": "NEW_IMAGE"},
         "^old_image: NEW_IMAGE streams carry no old images"),
        ({"event_name": "REMOVE"}, "no image to take the keys from; pass keys="),
        ({"event_name": "INSERT", "new_image": {"id": "a"}, "ttl_expired": True}, "^ttl_expired: only a REMOVE"),
        ({"event_name": "INSERT", "new_image": {"id": "a"}, "key_names": ["sk"]}, "^key_names: the image has no"),
    ],
)
def test_a_record_dynamodb_never_sends_is_refused(arguments: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        factories.dynamodb_record(**arguments)


def test_an_empty_image_is_refused_not_turned_into_a_modify() -> None:
    with pytest.raises(ValueError, match=r"^old_images\[0\] is empty: an item always has its key attributes"):
        factories.dynamodb_event(new_images=[{"id": "a"}, {"id": "b"}], old_images=[{}, {"id": "b"}])
    with pytest.raises(ValueError, match=r"^new_images\[1\] is empty"):
        factories.dynamodb_event(new_images=[{"id": "a"}, {}])


def test_records_compose_only_alone_and_of_one_view_type() -> None:
    insert = factories.dynamodb_record("INSERT", new_image={"id": "a"}, seed=1)
    with pytest.raises(ValueError, match="^records: give either records or new_images"):
        factories.dynamodb_event(records=[insert], new_images=[{"id": "b"}])
    keys_only = factories.dynamodb_record("REMOVE", keys={"id": "a"}, seed=2)
    with pytest.raises(ValueError, match="^records: a stream has one view type, these have KEYS_ONLY, NEW_AND_OLD"):
        factories.dynamodb_event(records=[insert, keys_only])
