"""DynamoDB attribute values: the same Python values as boto3's `TypeDeserializer`, exact numbers, binary as
bytes, a serializer that round-trips, errors with paths, and nesting that never escapes as RecursionError."""

from __future__ import annotations

import base64
import importlib
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any, cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lambda_events import (
    DYNAMODB_MAX_DEPTH,
    EventDecodeError,
    deserialize_dynamodb_image,
    deserialize_dynamodb_value,
    serialize_dynamodb_item,
    serialize_dynamodb_value,
)
from tests.fixture_catalog import all_fixtures

BOTO3_TYPES: Any = importlib.import_module("boto3.dynamodb.types")  # boto3 is untyped
BOTO3_DESERIALIZER: Any = BOTO3_TYPES.TypeDeserializer()
BOTO3_SERIALIZER: Any = BOTO3_TYPES.TypeSerializer()


def assert_decode_error(call: Callable[[], object], where: str, problem: str) -> None:
    """`call()` raises `EventDecodeError` naming `where`, with a problem that starts with `problem`."""
    with pytest.raises(EventDecodeError) as caught:
        call()
    assert caught.value.where == where
    assert caught.value.problem.startswith(problem)


def for_boto3(av: Any) -> Any:
    """The same attribute value with `B` / `BS` as bytes, the form boto3 accepts (stream JSON has base64)."""
    ((tag, raw),) = av.items()
    if tag == "B":
        return {"B": base64.b64decode(raw)}
    if tag == "BS":
        return {"BS": [base64.b64decode(item) for item in raw]}
    if tag == "M":
        return {"M": {key: for_boto3(value) for key, value in raw.items()}}
    if tag == "L":
        return {"L": [for_boto3(value) for value in raw]}
    return av


def canonical(value: Any) -> Any:
    """A value whose equality is exact: numbers compared by their text, boto3's Binary as bytes, sets sorted."""
    if isinstance(value, Decimal):
        return ("N", str(value))
    if isinstance(value, BOTO3_TYPES.Binary):
        return ("B", bytes(value.value))
    if isinstance(value, (bytes, bytearray)):
        return ("B", bytes(value))
    if isinstance(value, dict):
        return {key: canonical(item) for key, item in cast("dict[str, object]", value).items()}
    if isinstance(value, list):
        return [canonical(item) for item in cast("list[object]", value)]
    if isinstance(value, (set, frozenset)):
        return ("set", sorted((canonical(item) for item in cast("set[object]", value)), key=repr))
    return (type(value).__name__, value)


def boto3_value(av: Any) -> Any:
    return BOTO3_DESERIALIZER.deserialize(for_boto3(av))


# --- strategies -------------------------------------------------------------------------------------------

number_texts = st.one_of(
    st.tuples(st.integers(-(10**38) + 1, 10**38 - 1), st.integers(-80, 80)).map(
        lambda pair: str(Decimal(pair[0]).scaleb(pair[1]))
    ),
    st.integers(-(10**20), 10**20).map(str),
    st.sampled_from(["0", "-0", "0.0", "1.50", "1E+3", "-7.5", "12345678901234567890.123456789012345678", "1e-5"]),
)
base64_texts = st.binary(max_size=16).map(lambda data: base64.b64encode(data).decode("ascii"))
scalar_avs: st.SearchStrategy[dict[str, Any]] = st.one_of(
    st.text(max_size=10).map(lambda text: {"S": text}),
    number_texts.map(lambda text: {"N": text}),
    base64_texts.map(lambda text: {"B": text}),
    st.booleans().map(lambda flag: {"BOOL": flag}),
    st.just({"NULL": True}),
    st.lists(st.text(max_size=5), min_size=1, max_size=4, unique=True).map(lambda items: {"SS": items}),
    st.lists(number_texts, min_size=1, max_size=4).map(lambda items: {"NS": items}),
    st.lists(base64_texts, min_size=1, max_size=4).map(lambda items: {"BS": items}),
)


def containers(children: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    """Maps and lists of attribute values."""
    maps = st.dictionaries(st.text(max_size=6), children, max_size=4).map(lambda entries: {"M": entries})
    lists = st.lists(children, max_size=4).map(lambda items: {"L": items})
    return st.one_of(maps, lists)


attribute_values = st.recursive(scalar_avs, containers, max_leaves=20)

exact_numbers = number_texts.map(Decimal)
python_scalars = st.one_of(
    st.text(max_size=10),
    exact_numbers,
    st.binary(max_size=10),
    st.booleans(),
    st.none(),
    st.frozensets(st.text(max_size=5), min_size=1, max_size=4).map(set),
    st.frozensets(exact_numbers, min_size=1, max_size=4).map(set),
    st.frozensets(st.binary(max_size=5), min_size=1, max_size=4).map(set),
)
python_values = st.recursive(
    python_scalars,
    lambda children: st.one_of(
        st.dictionaries(st.text(max_size=6), children, max_size=4), st.lists(children, max_size=4)
    ),
    max_leaves=20,
)


# --- deserializing --------------------------------------------------------------------------------------


@given(attribute_values)
@settings(max_examples=300)
def test_values_equal_boto3s_type_deserializer(av: Any) -> None:
    ours = deserialize_dynamodb_value(av)
    assert canonical(ours) == canonical(boto3_value(av))
    assert ours == boto3_value(av)


@given(st.dictionaries(st.text(max_size=8), attribute_values, max_size=8))
@settings(max_examples=100)
def test_images_equal_boto3s_type_deserializer(image: dict[str, Any]) -> None:
    expected = {name: boto3_value(av) for name, av in image.items()}
    assert canonical(deserialize_dynamodb_image(image)) == canonical(expected)


def stream_images() -> list[dict[str, Any]]:
    images: list[dict[str, Any]] = []
    for fixture in all_fixtures():
        event = fixture.event()
        if fixture.type_name in ("DynamoDBStreamEventDict", "DynamoDBStreamTimeWindowEventDict"):
            changes = [record["dynamodb"] for record in event["Records"]]
        elif fixture.type_name == "DynamoDBKinesisChangeRecordDict":
            changes = [event["dynamodb"]]
        else:
            continue
        images.extend(change[key] for change in changes for key in ("Keys", "NewImage", "OldImage") if key in change)
    return images


def test_every_fixture_image_equals_boto3s_output() -> None:
    images = stream_images()
    assert len(images) > 10
    tags_seen: set[str] = set()
    for image in images:
        expected = {name: boto3_value(av) for name, av in image.items()}
        assert canonical(deserialize_dynamodb_image(image)) == canonical(expected)
        tags_seen.update(tag for av in image.values() for tag in av)
    assert {"S", "N", "B", "SS", "NS", "BS", "M", "L", "BOOL", "NULL"} <= tags_seen


def test_types_of_the_python_values() -> None:
    value = deserialize_dynamodb_value(
        {"M": {"n": {"N": "1.50"}, "b": {"B": "aGk="}, "bs": {"BS": ["aGk="]}, "ns": {"NS": ["1", "2"]}}}
    )
    assert value == {"n": Decimal("1.50"), "b": b"hi", "bs": {b"hi"}, "ns": {Decimal(1), Decimal(2)}}
    assert type(value["b"]) is bytes and str(value["n"]) == "1.50"


def test_numbers_keep_all_38_digits_and_never_round() -> None:
    digits38 = "1234567890123456789012345678901234567.8"
    assert str(deserialize_dynamodb_value({"N": digits38})) == digits38
    for too_precise in ("1234567890123456789012345678901234567.89", "1.0000000000000000000000000000000000000000"):
        with pytest.raises(Exception):
            boto3_value({"N": too_precise})
        with pytest.raises(EventDecodeError, match="^value: N: .* is outside DynamoDB's numbers") as caught:
            deserialize_dynamodb_value({"N": too_precise})
        assert caught.value.__cause__ is not None


@pytest.mark.parametrize(
    ("av", "where", "problem"),
    [
        ({"X": 1}, "value", "unknown attribute type 'X'"),
        ({"s": "lower case"}, "value", "unknown attribute type 's'"),
        ({"S": "a", "N": "1"}, "value", "expected exactly one key naming the attribute type, got 2"),
        ({}, "value", "expected exactly one key naming the attribute type, got 0"),
        ({"S": 5}, "value", "S: expected str, got int"),
        ({"N": 5}, "value", "N: expected a number as text, got int"),
        ({"N": "abc"}, "value", "N: not a number: 'abc'"),
        ({"N": "NaN"}, "value", "N: 'NaN' is not a finite number"),
        ({"N": "-Infinity"}, "value", "N: '-Infinity' is not a finite number"),
        ({"N": "1e500"}, "value", "N: '1e500' is outside DynamoDB's numbers"),
        ({"B": "not base64"}, "value", "B: invalid base64"),
        ({"B": b"raw"}, "value", "B: expected base64 text, got bytes"),
        ({"BOOL": "true"}, "value", "BOOL: expected true or false, got str"),
        ({"NULL": False}, "value", "NULL: expected true, got False"),
        ({"M": []}, "value", "M: expected an object, got list"),
        ({"L": {}}, "value", "L: expected a list, got dict"),
        ({"SS": "a"}, "value", "SS: expected a list, got str"),
        ({"SS": ["a", 1]}, "SS[1]", "expected str, got int"),
        ({"NS": ["1", "x"]}, "NS[1]", "not a number: 'x'"),
        ({"BS": ["@@"]}, "BS[0]", "invalid base64"),
        ({"M": {"address": {"M": {"city": {"X": 1}}}}}, "M.address.M.city", "unknown attribute type 'X'"),
        ({"M": {"a": {"L": [{"S": "x"}, {"N": "?"}]}}}, "M.a.L[1]", "N: not a number"),
        ({"L": [{"L": [{"S": "x"}, 7]}]}, "L[0].L[1]", "expected an attribute value object such as"),
        ({"L": [{"M": {"tags": {"NS": ["1", "y"]}}}]}, "L[0].M.tags.NS[1]", "not a number: 'y'"),
    ],
)
def test_malformed_values_raise_with_their_path(av: Any, where: str, problem: str) -> None:
    assert_decode_error(lambda: deserialize_dynamodb_value(av), where, problem)


def test_image_errors_start_with_the_attribute_name() -> None:
    image = {"id": {"S": "1"}, "address": {"M": {"city": {"S": 5}}}}
    with pytest.raises(EventDecodeError, match=r"^address\.M\.city: S: expected str, got int$"):
        deserialize_dynamodb_image(image)
    with pytest.raises(EventDecodeError, match=r"^tags: expected an attribute value object such as"):
        deserialize_dynamodb_image({"tags": ["a"]})
    with pytest.raises(EventDecodeError, match=r"^scores\.NS\[0\]: expected a number as text, got float$"):
        deserialize_dynamodb_image({"scores": {"NS": [1.5]}})


def nested(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {"S": "bottom"}
    for level in range(depth):
        value = {"M": {"child": value}} if level % 2 else {"L": [value]}
    return value


def test_dynamodbs_own_depth_of_32_works() -> None:
    value = deserialize_dynamodb_value(nested(32))
    for level in reversed(range(32)):
        value = value["child"] if level % 2 else value[0]
    assert value == "bottom"
    assert canonical(deserialize_dynamodb_image({"deep": nested(32)})) == canonical(
        {"deep": boto3_value(nested(32))}
    )


def test_a_value_that_is_not_a_mapping_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="^av must be a mapping such as a dict, got str$"):
        deserialize_dynamodb_value("S")  # type: ignore[arg-type]  # the wrong type on purpose
    with pytest.raises(TypeError, match="^image must be a mapping"):
        deserialize_dynamodb_image([{"S": "x"}])  # type: ignore[arg-type]  # the wrong type on purpose


def test_the_depth_limit_is_explicit_and_a_decode_error() -> None:
    assert DYNAMODB_MAX_DEPTH == 64
    deserialize_dynamodb_value(nested(DYNAMODB_MAX_DEPTH))
    with pytest.raises(EventDecodeError, match=r"nested deeper than 64 levels \(DYNAMODB_MAX_DEPTH") as caught:
        deserialize_dynamodb_value(nested(DYNAMODB_MAX_DEPTH + 1))
    assert caught.value.where.startswith("L[0].M.child.L[0]")
    for depth in (165, 10_000):  # 165 levels raised RecursionError through the validator's walk
        with pytest.raises(EventDecodeError, match="nested deeper than 64 levels"):
            deserialize_dynamodb_value(nested(depth))
        with pytest.raises(EventDecodeError, match="nested deeper than 64 levels"):
            deserialize_dynamodb_image({"deep": nested(depth)})


# --- serializing ----------------------------------------------------------------------------------------


@given(python_values)
@settings(max_examples=300)
def test_serialize_then_deserialize_round_trips_exactly(value: Any) -> None:
    assert canonical(deserialize_dynamodb_value(serialize_dynamodb_value(value))) == canonical(value)


@given(attribute_values)
@settings(max_examples=200)
def test_deserialize_then_serialize_gives_back_canonical_attribute_values(av: Any) -> None:
    again = serialize_dynamodb_value(deserialize_dynamodb_value(av))
    assert canonical(deserialize_dynamodb_value(again)) == canonical(deserialize_dynamodb_value(av))


@given(python_values)
@settings(max_examples=200)
def test_serialize_agrees_with_boto3s_type_serializer(value: Any) -> None:
    ours = serialize_dynamodb_value(value)
    theirs = BOTO3_SERIALIZER.serialize(value)
    assert canonical(deserialize_dynamodb_value(ours)) == canonical(BOTO3_DESERIALIZER.deserialize(theirs))


def test_serialize_item() -> None:
    item = {"id": "o-1", "total": Decimal("19.99"), "count": 3, "paid": True, "raw": b"\x00\xff", "tags": {"b", "a"}}
    assert serialize_dynamodb_item(item) == {
        "id": {"S": "o-1"},
        "total": {"N": "19.99"},
        "count": {"N": "3"},
        "paid": {"BOOL": True},
        "raw": {"B": "AP8="},
        "tags": {"SS": ["a", "b"]},
    }
    assert deserialize_dynamodb_image(serialize_dynamodb_item(item)) == dict(item, count=Decimal(3))


def test_bool_is_not_a_number_and_subclasses_serialize_by_value() -> None:
    import enum

    class Color(str, enum.Enum):
        RED = "red"

    class Size(enum.IntEnum):
        LARGE = 3

    assert serialize_dynamodb_value([True, 1, Color.RED, Size.LARGE, (1,), frozenset({"x"})]) == {
        "L": [{"BOOL": True}, {"N": "1"}, {"S": "red"}, {"N": "3"}, {"L": [{"N": "1"}]}, {"SS": ["x"]}]
    }


@pytest.mark.parametrize(
    ("value", "where", "problem"),
    [
        ({"price": 1.5}, "price", "float is not supported"),
        ({"a": {"b": [1, object()]}}, "a.b[1]", "object has no DynamoDB attribute type"),
        ({"mixed": {1, "x"}}, "mixed", "a set must hold only strings, only numbers or only bytes"),
        ({"flags": {True}}, "flags", "a set must hold only strings"),
        ({"m": {1: "x"}}, "m", "map keys must be str, got int"),
    ],
)
def test_unsupported_types_raise_type_error_with_the_path(value: Any, where: str, problem: str) -> None:
    with pytest.raises(TypeError, match=f"^{re.escape(where)}: {problem}"):
        serialize_dynamodb_item(value)


@pytest.mark.parametrize(
    ("value", "where", "problem"),
    [
        ({"tags": set[str]()}, "tags", "DynamoDB has no empty sets"),
        ({"n": Decimal("NaN")}, "n", "Decimal('NaN') is not a finite number"),
        ({"n": Decimal("Infinity")}, "n", "Decimal('Infinity') is not a finite number"),
        ({"ns": {Decimal("NaN")}}, "ns", "Decimal('NaN') is not a finite number"),
        ({"n": 10**38}, "n", "100000000000000000000000000000000000000 is outside DynamoDB's numbers"),
        ({"l": [[Decimal("1.0000000000000000000000000000000000000001")]]}, "l[0][0]", "Decimal('1.0000"),
    ],
)
def test_unstorable_values_raise_decode_errors_with_the_path(value: Any, where: str, problem: str) -> None:
    assert_decode_error(lambda: serialize_dynamodb_item(value), where, problem)


def test_serializing_absurd_depth_is_a_decode_error() -> None:
    value: Any = "bottom"
    for _ in range(10_000):
        value = [value]
    with pytest.raises(EventDecodeError, match="nested deeper than 64 levels"):
        serialize_dynamodb_value(value)
    cycle: list[Any] = []
    cycle.append(cycle)
    with pytest.raises(EventDecodeError, match=r"^cycle(\[0\])+: nested deeper than 64 levels"):
        serialize_dynamodb_item({"cycle": cycle})
    at_the_limit: Any = "bottom"
    for _ in range(DYNAMODB_MAX_DEPTH):
        at_the_limit = [at_the_limit]
    assert deserialize_dynamodb_value(serialize_dynamodb_value(at_the_limit)) == at_the_limit
