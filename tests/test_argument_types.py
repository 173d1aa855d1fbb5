"""The one rule for arguments, over EVERY public function of `lambda_events` (the list is `__all__`).

An argument of the wrong Python type raises `TypeError` whose message starts with the argument's name; malformed
content inside an event raises `EventDecodeError`; a value of the right type but out of range raises a plain
`ValueError`. Hypothesis calls each public function, and each public constructor, class method and method of
the helper classes, with generated arguments of every Python type (and JSON-ish content), and accepts nothing
else: no `AttributeError`, `KeyError`, `IndexError`, `RecursionError`, `UnicodeError` or stray `TypeError`.
The detection functions accept anything and never raise. Nothing reaches the network: the CloudFormation
sender's transport and boto3 are replaced.
"""

from __future__ import annotations

import inspect
import math
import typing
from collections.abc import Callable, Iterator
from enum import Enum
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import lambda_events as le
from lambda_events import CloudFormationResponseError, EventDecodeError, EventValidationError

JSON_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=20)
)
JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)


class Opaque:
    """An object of a type no function expects."""


# Every Python type a caller might pass by mistake, and JSON documents (the right type with the wrong content).
ANYTHING = st.one_of(
    JSON,
    st.binary(max_size=20),
    st.tuples(JSON_SCALARS),
    st.frozensets(st.integers(), max_size=3),
    st.builds(Opaque),
    st.just(len),
    st.sampled_from(["", "SUCCESS", "FAILED", "Ok", "Succeeded", "arn:aws:s3:::b/k", "a%ff", "1.0"]),
    st.dictionaries(st.sampled_from(["Records", "body", "headers", "version", "RequestType"]), JSON, max_size=3),
)

# The detection functions: any value at all, never an exception.
DETECTION = sorted(name for name in le.__all__ if name == "detect_event_source" or name.startswith("is_"))


# Functions whose documented TypeError names the path of the offending value inside an argument rather
# than the argument (`address.city: float is not supported`), as boto3's serializer does.
PATH_NAMING_TYPE_ERRORS = {"serialize_dynamodb_item", "serialize_dynamodb_value"}


def _is_public_callable(name: str) -> bool:
    value = getattr(le, name)
    if inspect.isfunction(value):
        return name not in DETECTION
    if not inspect.isclass(value) or typing.is_typeddict(value) or issubclass(value, (BaseException, Enum)):
        return False  # types, exceptions and enumerations (`HttpVerb`) are not functions
    return not getattr(value, "_is_protocol", False) and value.__module__.startswith("lambda_events.helpers")


FUNCTIONS = sorted(name for name in le.__all__ if _is_public_callable(name))


def _valid_instances() -> Iterator[object]:
    """One valid instance of each helper class, to call its methods on."""
    yield le.APIGatewayAuthorizerResponse("user", "us-east-1", "123456789012", "a1b2c3", "prod")
    yield le.APIGatewayAuthorizerResponseV2(True)
    yield le.APIGatewayAuthorizerResponseWebSocket("user", "us-east-1", "123456789012", "a1b2c3", "prod")
    yield le.AppSyncAuthorizerResponse(True)
    yield le.KinesisFirehoseDataTransformationRecord("r-1")
    yield le.KinesisFirehoseDataTransformationResponse(expected_record_ids=["r-1"])
    yield le.S3BatchOperationResponseRecord("t-1", "Succeeded")
    yield le.S3BatchOperationResponse("1.0", "inv-1", task_ids=["t-1"])


def _methods() -> Iterator[tuple[str, Callable[..., Any]]]:
    for instance in _valid_instances():
        for name, _ in inspect.getmembers(type(instance), callable):
            if not name.startswith("_"):
                yield f"{type(instance).__name__}.{name}", getattr(instance, name)


METHODS = dict(_methods())


def _parameter_names(function: Callable[..., Any]) -> tuple[str, ...]:
    return tuple(inspect.signature(function).parameters)


@st.composite
def _arguments(draw: st.DrawFn, function: Callable[..., Any]) -> dict[str, Any]:
    """Every required parameter, and some optional ones, bound to generated values."""
    arguments: dict[str, Any] = {}
    for name, parameter in inspect.signature(function).parameters.items():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if parameter.default is parameter.empty or draw(st.booleans()):
            arguments[name] = draw(ANYTHING)
    return arguments


def _check_call(label: str, function: Callable[..., Any], arguments: dict[str, Any]) -> None:
    """Call `function`; only a result or a documented exception may come out (see the module docstring)."""
    names = _parameter_names(function)
    try:
        function(**arguments)
    except EventDecodeError:
        pass
    except (EventValidationError, CloudFormationResponseError):
        pass
    except TypeError as error:
        message = str(error)
        names_it = message.startswith(names) or message.startswith("the event or record given")
        if label in PATH_NAMING_TYPE_ERRORS:
            names_it = names_it or error.__cause__ is None and ": " in message and "object" not in message
        assert names_it, (
            f"{label}({arguments!r}) raised a TypeError that does not name the argument: {message}"
        )
    except ValueError as error:
        assert type(error) is ValueError, f"{label}({arguments!r}) raised {type(error).__name__}: {error}"


@pytest.fixture(autouse=True)
def _no_network() -> Iterator[None]:
    """Nothing a generated argument makes reach the network or AWS."""
    def no_boto3(name: str) -> object:
        raise ImportError(f"{name} is not used in this test")

    refused = OSError("the network is not used in this test")
    with mock.patch("urllib.request.urlopen", side_effect=refused), mock.patch(
        "lambda_events.helpers.codepipeline_artifacts.importlib", SimpleNamespace(import_module=no_boto3)
    ):
        yield


def test_the_documented_counts_are_current() -> None:
    """README's and the Reliability page's counts of what this module calls are the counts it calls."""
    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    reliability = (root / "docs" / "reliability.md").read_text(encoding="utf-8")
    assert f"every public function and constructor ({len(FUNCTIONS)}) and method ({len(METHODS)})" in readme
    assert f"every detection function ({len(DETECTION)})" in readme
    assert f"public functions and constructors ({len(FUNCTIONS)} today)" in reliability
    assert f"and {len(METHODS)} methods of the helper classes" in reliability
    assert f"each detection function ({len(DETECTION)} today)" in reliability


def test_every_public_function_is_covered() -> None:
    functions = set(FUNCTIONS) | set(DETECTION)
    callables = {name for name in le.__all__ if inspect.isfunction(getattr(le, name))}
    assert callables <= functions
    assert len(FUNCTIONS) >= 70 and len(DETECTION) >= 70 and len(METHODS) >= 15


@pytest.mark.parametrize("name", FUNCTIONS)
@given(data=st.data())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_public_functions_raise_only_documented_exceptions(name: str, data: st.DataObject) -> None:
    function = getattr(le, name)
    _check_call(name, function, data.draw(_arguments(function)))


@pytest.mark.parametrize("name", sorted(METHODS))
@given(data=st.data())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_methods_raise_only_documented_exceptions(name: str, data: st.DataObject) -> None:
    method = METHODS[name]
    _check_call(name, method, data.draw(_arguments(method)))


@pytest.mark.parametrize("name", DETECTION)
@given(value=ANYTHING)
@settings(max_examples=30, deadline=None)
def test_detection_accepts_anything(name: str, value: Any) -> None:
    result = getattr(le, name)(value)
    assert result is None or isinstance(result, (str, bool))


def _nested_list(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth):
        value = [value]
    return value


class _HostileMapping(dict):  # type: ignore[type-arg]  # a dict whose lookups raise
    def __contains__(self, key: object) -> bool:
        raise RuntimeError("hostile")


@pytest.mark.parametrize("name", DETECTION)
def test_detection_never_raises_on_deep_or_hostile_input(name: str) -> None:
    for value in (_nested_list(993), _nested_list(100_000), [{"info": _nested_list(100_000)}], _HostileMapping()):
        assert getattr(le, name)(value) in (None, False)


# --- the findings of issue 14, each an input that misbehaved before ---------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        lambda: le.decode_kinesis_data(None),  # type: ignore[arg-type]
        lambda: le.decode_kafka_key(None),  # type: ignore[arg-type]
        lambda: le.decode_kafka_headers(None),  # type: ignore[arg-type]
        lambda: le.decode_body(None),  # type: ignore[arg-type]
        lambda: le.decode_text_body(None),  # type: ignore[arg-type]
        lambda: le.decode_json_body(None),  # type: ignore[call-overload]
        lambda: le.decode_config_rule_parameters(None),  # type: ignore[arg-type]
        lambda: le.get_cookies(None),  # type: ignore[arg-type]
        lambda: le.get_header(None, "a"),  # type: ignore[call-overload]
        lambda: le.get_header({"headers": {}}, None),  # type: ignore[call-overload]
        lambda: le.get_multi_value_header(None, "a"),  # type: ignore[arg-type]
        lambda: le.get_all_headers(None),  # type: ignore[arg-type]
        lambda: le.get_query_parameter(None, "a"),  # type: ignore[call-overload]
        lambda: le.get_multi_value_query_parameter(None, "a"),  # type: ignore[arg-type]
        lambda: le.parse_arn(None),  # type: ignore[arg-type]
        lambda: le.sqs_batch_response_from_records(None),  # type: ignore[arg-type]
        lambda: le.sqs_batch_response("msg-1"),
        lambda: le.kinesis_batch_response([1]),  # type: ignore[list-item]
        lambda: le.decode_sqs_json({"body": "{}"}, type=int),
        lambda: le.decode_json_body({"body": "{}"}, type="OrderDict"),  # type: ignore[call-overload]
        lambda: le.decode_kinesis_json({"kinesis": {"data": "e30="}}, as_json="yes"),  # type: ignore[call-overload]
        lambda: le.decode_lambda_destination_record("{}", request_type=cast(Any, le.JSONValue)),  # an alias, not a class
        lambda: le.decode_codepipeline_user_parameters({}, type=3),  # type: ignore[call-overload]
    ],
)
def test_a_wrong_argument_type_is_a_type_error_naming_it(call: Callable[[], object]) -> None:
    with pytest.raises(TypeError, match=r"^(\w+(\[\d+\])? must be|the event or record given must be)"):
        call()


def test_a_single_string_is_not_a_list_of_ids() -> None:
    with pytest.raises(TypeError, match="^failed_message_ids must be an iterable of str such as a list"):
        le.sqs_batch_response("msg-1")
    assert le.sqs_batch_response(["msg-1"]) == {"batchItemFailures": [{"itemIdentifier": "msg-1"}]}


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, {"a": [math.nan]}])
def test_builders_refuse_nan_and_infinity(value: Any) -> None:
    with pytest.raises(ValueError, match="cannot be written as JSON"):
        le.json_body(value)
    with pytest.raises(ValueError, match="cannot be written as JSON"):
        le.base64_from_json(value)
    with pytest.raises(ValueError, match="cannot be written as JSON"):
        le.KinesisFirehoseDataTransformationRecord.from_json("r-1", value)
    event = {"RequestType": "Create", "StackId": "s", "RequestId": "r", "LogicalResourceId": "l"}
    with pytest.raises(ValueError, match="cannot be written as JSON"):
        le.cloudformation_response(event, "SUCCESS", data={"x": value})
    function_event = {"actionGroup": "g", "function": "f", "messageVersion": "1.0"}
    with pytest.raises(ValueError, match="cannot be written as JSON"):
        le.bedrock_agent_function_response(function_event, {"x": value})


@pytest.mark.parametrize("text", ["NaN", "[Infinity]", '{"a": -Infinity}', "1e999", "[-1e400]"])
def test_decoders_reject_nan_and_infinity_unless_allowed(text: str) -> None:
    with pytest.raises(EventDecodeError, match="^body: invalid JSON: .*allow_nan=True"):
        le.decode_sqs_json({"body": text})
    with pytest.raises(EventDecodeError, match="^body: invalid JSON: .*allow_nan=True"):
        le.decode_json_body({"body": text})
    decoded = le.decode_sqs_json({"body": text}, allow_nan=True)
    assert decoded is not None
    assert le.decode_json_body({"body": text}, allow_nan=True) is not None
    with pytest.raises(TypeError, match="^allow_nan must be a bool"):
        le.decode_sqs_json({"body": text}, allow_nan="yes")  # type: ignore[call-overload]


def test_authorizer_contexts_refuse_nan_and_infinity() -> None:
    with pytest.raises(ValueError, match="JSON has no NaN"):
        le.APIGatewayAuthorizerResponse("u", "us-east-1", "123456789012", "a1", "prod", context={"score": math.nan})
    with pytest.raises(ValueError, match="^context cannot be written as JSON"):
        le.APIGatewayAuthorizerResponseV2(True, context={"score": math.inf})
    with pytest.raises(ValueError, match="^resolver_context cannot be written as JSON"):
        le.AppSyncAuthorizerResponse(True, resolver_context={"score": -math.inf})


def _deep(depth: int) -> list[Any]:
    return _nested_list(depth)


@pytest.mark.parametrize(
    "call",
    [
        lambda: le.decode_kafka_headers({"headers": [{"a": [_deep(100_000)]}]}),
        lambda: le.deserialize_dynamodb_value({"S": _deep(100_000)}),
        lambda: le.deserialize_dynamodb_value({"NS": [_deep(100_000)]}),
        lambda: le.S3BatchOperationResponse.from_event({"invocationSchemaVersion": _deep(100_000)}),
        lambda: le.bedrock_agent_function_response({"messageVersion": _deep(100_000)}, "x"),
        lambda: le.decode_sqs_json({"body": "[" * 100_000 + "]" * 100_000}),
        lambda: le.decode_kafka_headers({"headers": [{"a": [10**5000]}]}),
    ],
)
def test_deep_or_huge_content_is_a_decode_error_with_a_short_message(call: Callable[[], object]) -> None:
    with pytest.raises(EventDecodeError) as raised:
        call()
    assert len(str(raised.value)) < 300


def test_finite_numbers_still_decode_exactly() -> None:
    assert le.decode_sqs_json({"body": "[1.5, -2e10, 1e308, 0]"}) == [1.5, -2e10, 1e308, 0]
