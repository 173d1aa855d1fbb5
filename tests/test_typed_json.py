"""The typed forms of the JSON decoders: `as_json=True` (the document typed as `JSONValue`) and `type=` (the
document checked against a user's TypedDict), on the sample events' payloads and on bad input; and the
validator on the constructs a user's TypedDict is made of."""

from __future__ import annotations

import base64
import copy
import json
import typing
from collections.abc import Callable
from typing import Any, Literal, Optional, Union

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typing_extensions import NotRequired, Required, TypedDict

import lambda_events as le
from lambda_events import EventDecodeError, JSONValue, find_event_problems
from lambda_events.testing import sqs_event
from tests.fixture_catalog import HTTP_EVENT_TYPES, event_named, events_of, items_of
from tests.support import json_text
from tests.test_docs_code_blocks import BLOCKS

# --- the decoders, each with the records of the sample events it reads ------------------------------------


def _ground_truth_answers() -> list[Any]:
    return [answer for item in events_of("GroundTruthDatasetObjectDict") for answer in item["annotations"]]


def _pipeline_jobs() -> list[Any]:
    """The CodePipeline samples, and one whose action passes JSON (the samples pass plain text)."""
    job = event_named("codePipelineEvent.json")
    job["CodePipeline.job"]["data"]["actionConfiguration"]["configuration"]["UserParameters"] = '{"stage": "beta"}'
    return [*events_of("CodePipelineJobEventDict"), job]


# name: (the decoder, the records of the samples it reads, where its errors point)
DECODERS: dict[str, tuple[Callable[..., Any], Callable[[], list[Any]], str]] = {
    "sqs": (le.decode_sqs_json, lambda: items_of("Records", "SQSEventDict"), "body"),
    "sns": (le.decode_sns_json, lambda: items_of("Records", "SNSEventDict"), "Sns.Message"),
    "kinesis": (le.decode_kinesis_json, lambda: items_of("Records", "KinesisStreamEventDict"), "kinesis.data"),
    "kafka": (le.decode_kafka_json, lambda: items_of("records", "KafkaEventDict"), "value"),
    "mq": (
        le.decode_mq_json,
        lambda: [*items_of("messages", "ActiveMQEventDict"), *items_of("rmqMessagesByQueue", "RabbitMQEventDict")],
        "data",
    ),
    "firehose": (
        le.decode_firehose_json,
        lambda: items_of("records", "KinesisFirehoseEventDict", "KinesisFirehoseMSKEventDict"),
        "data",
    ),
    "iot_rule": (
        le.decode_iot_rule_original_payload_json,
        lambda: events_of("IoTRuleErrorActionEventDict"),
        "base64OriginalPayload",
    ),
    "http": (le.decode_json_body, lambda: events_of(*sorted(HTTP_EVENT_TYPES)), "body"),
    "codepipeline": (
        le.decode_codepipeline_user_parameters,
        _pipeline_jobs,
        "CodePipeline.job.data.actionConfiguration.configuration.UserParameters",
    ),
    "ground_truth": (le.decode_ground_truth_annotation, _ground_truth_answers, "annotationData.content"),
}


def _where(name: str, record: Any) -> str:
    """Where the decoder's errors point for `record`: a Firehose record of an Amazon MSK source holds its
    payload in `kafkaRecordValue`."""
    if name == "firehose" and "data" not in record:
        return "kafkaRecordValue"
    return DECODERS[name][2]


def _decoded(name: str) -> list[tuple[Any, JSONValue]]:
    """The records of the samples whose payload is JSON, each with its document (decoded untyped)."""
    decoder, records, _ = DECODERS[name]
    found: list[tuple[Any, JSONValue]] = []
    for record in records():
        try:
            found.append((record, decoder(record)))
        except EventDecodeError:  # a payload that is text, not JSON (`Test message.`)
            continue
    return found


def _typeddict(name: str, fields: dict[str, Any]) -> Any:
    """A TypedDict class made at run time (the functional syntax, which checkers only accept with literals)."""
    make: Any = TypedDict
    return make(name, fields)


def _shape(value: object) -> object:
    """A type that `value` matches exactly: a TypedDict declaring each of an object's keys, with the shapes
    of their values; `list[Any]` for a list; the class of a scalar."""
    if isinstance(value, dict):
        fields = typing.cast("dict[str, object]", value)
        return _typeddict("Shape", {key: _shape(item) for key, item in fields.items()})
    if isinstance(value, list):
        return list[Any]
    scalar: type[object] = type(value)
    return scalar


@pytest.mark.parametrize("name", sorted(DECODERS))
def test_every_decoder_has_a_json_payload_among_the_samples(name: str) -> None:
    assert [document for _, document in _decoded(name) if isinstance(document, dict)]


@pytest.mark.parametrize("name", sorted(DECODERS))
def test_as_json_returns_the_untyped_document(name: str) -> None:
    decoder = DECODERS[name][0]
    for record, document in _decoded(name):
        assert decoder(record, as_json=True) == document
        assert find_event_problems(document, JSONValue) == []


@pytest.mark.parametrize("name", sorted(DECODERS))
def test_type_returns_the_document_when_it_matches(name: str) -> None:
    decoder = DECODERS[name][0]
    for record, document in _decoded(name):
        if isinstance(document, dict):
            assert decoder(record, type=_shape(document)) == document


@pytest.mark.parametrize("name", sorted(DECODERS))
def test_a_mismatch_is_a_decode_error_naming_where_and_what(name: str) -> None:
    decoder = DECODERS[name][0]
    for record, document in _decoded(name):
        if not isinstance(document, dict):
            continue
        shape = _shape(document)
        needs_more = _typeddict("NeedsMore", {**typing.get_type_hints(shape), "zz_missing": str})
        with pytest.raises(
            EventDecodeError, match=r"does not match NeedsMore \(1 problem\): \$: missing required key 'zz_missing'$"
        ) as raised:
            decoder(record, type=needs_more)
        assert raised.value.where == _where(name, record)
        keys = list(document)
        first = keys[0]
        declares_less = _typeddict("DeclaresLess", dict.fromkeys(keys[1:], Any))
        with pytest.raises(EventDecodeError) as raised:
            decoder(record, type=declares_less)
        assert raised.value.problem.startswith("does not match DeclaresLess (1 problem): $")
        segment = f".{first}" if first.isidentifier() else f"[{json.dumps(first)}]"
        assert raised.value.problem.endswith(f"${segment}: key not declared by DeclaresLess")


@pytest.mark.parametrize("name", sorted(DECODERS))
def test_a_document_that_is_not_an_object_is_reported(name: str) -> None:
    decoder = DECODERS[name][0]
    record = next(record for record, document in _decoded(name) if isinstance(document, dict))
    replaced = _with_payload(name, record, "[1, 2]")
    with pytest.raises(EventDecodeError) as raised:
        decoder(replaced, type=OrderDict)
    assert raised.value.where == _where(name, record)
    assert raised.value.problem == "does not match OrderDict (1 problem): $: expected OrderDict (an object), got list"
    assert decoder(replaced, as_json=True) == [1, 2]


@pytest.mark.parametrize("name", sorted(DECODERS))
def test_bad_payloads_fail_the_same_way_in_every_form(name: str) -> None:
    decoder = DECODERS[name][0]
    record = _decoded(name)[0][0]
    broken = _with_payload(name, record, '{"id": ')
    messages: set[str] = set()
    for arguments in ({}, {"as_json": True}, {"type": OrderDict}):
        with pytest.raises(EventDecodeError) as raised:
            decoder(broken, **arguments)
        assert raised.value.where == _where(name, record) and raised.value.problem.startswith("invalid JSON")
        messages.add(str(raised.value))
    assert len(messages) == 1


def _with_payload(name: str, record: Any, text: str) -> Any:
    """A copy of `record` whose payload is the JSON `text`, encoded as the decoder expects it."""
    changed = copy.deepcopy(record)
    encoded = base64.b64encode(text.encode()).decode()
    if name == "sqs":
        changed["body"] = text
    elif name == "sns":
        changed["Sns"]["Message"] = text
    elif name == "kinesis":
        changed["kinesis"]["data"] = encoded
    elif name == "kafka":
        changed["value"] = encoded
    elif name == "mq":
        changed["data"] = encoded
    elif name == "firehose":
        changed["data" if "data" in changed else "kafkaRecordValue"] = encoded
    elif name == "iot_rule":
        changed["base64OriginalPayload"] = encoded
    elif name == "http":
        changed["body"], changed["isBase64Encoded"] = text, False
    elif name == "codepipeline":
        changed["CodePipeline.job"]["data"]["actionConfiguration"]["configuration"]["UserParameters"] = text
    else:
        changed["annotationData"]["content"] = text
    return changed


# --- the arguments -----------------------------------------------------------------------------------------


class OrderItemDict(TypedDict):
    """An item of an order."""

    sku: str
    quantity: int


class OrderDict(TypedDict):
    """A user's payload type made of every construct the check supports."""

    id: str
    status: Literal["NEW", "PAID"]
    items: list[OrderItemDict]
    note: NotRequired[Optional[str]]
    tags: NotRequired[dict[str, str]]
    extra: NotRequired[Any]
    raw: NotRequired[JSONValue]
    total: NotRequired[Union[int, float]]


class PartialDict(TypedDict, total=False):
    """A class whose keys are optional unless marked `Required`."""

    id: Required[str]
    comment: str


ORDER = {"id": "o-1", "status": "NEW", "items": [{"sku": "a", "quantity": 2}]}


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"type": dict}, "^type must be a TypedDict class, got type <class 'dict'>$"),
        ({"type": "OrderDict"}, "^type must be a TypedDict class, got str 'OrderDict'$"),
        ({"type": JSONValue}, "^type must be a TypedDict class, got "),
        ({"type": Optional[OrderDict]}, "^type must be a TypedDict class, got "),
        ({"type": {"id": str}}, "^type must be a TypedDict class, got dict "),
        ({"type": OrderDict, "as_json": True}, "^as_json=True and type cannot be given together"),
        ({"as_json": "yes"}, "^as_json must be a bool, got str$"),
        ({"as_json": 1}, "^as_json must be a bool, got int$"),
    ],
)
def test_a_wrong_argument_is_a_type_error_naming_it(arguments: dict[str, Any], message: str) -> None:
    for name, (decoder, _, _) in DECODERS.items():
        with pytest.raises(TypeError, match=message):
            decoder(_decoded(name)[0][0], **arguments)


def test_the_arguments_are_checked_even_when_there_is_nothing_to_decode() -> None:
    no_parameters = event_named("codePipelineEventEmptyUserParameters.json")
    assert le.decode_codepipeline_user_parameters(no_parameters, type=OrderDict) is None
    with pytest.raises(TypeError, match="^type must be a TypedDict class"):
        le.decode_codepipeline_user_parameters(no_parameters, type=dict)


def test_a_typeddict_whose_keys_cannot_be_resolved_is_a_type_error_naming_the_argument() -> None:
    unresolvable = _typeddict("Unresolvable", {"id": "NoSuchName"})
    with pytest.raises(TypeError, match="^type Unresolvable cannot be checked at run time: .*NoSuchName"):
        le.decode_sqs_json({"body": "{}"}, type=unresolvable)


def test_the_untyped_call_is_unchanged() -> None:
    assert le.decode_sqs_json({"body": "[1]"}) == [1]
    assert le.decode_sqs_json({"body": "[1]"}, as_json=False) == [1]
    assert le.decode_sqs_json({"body": "NaN"}, allow_nan=True, as_json=True) != 0


# --- what the check accepts and reports -------------------------------------------------------------------


@pytest.mark.parametrize(
    "document",
    [
        ORDER,
        {**ORDER, "note": None, "tags": {"a": "b"}, "extra": object(), "raw": {"a": [1, None, {"b": 1.5}]}},
        {**ORDER, "status": "PAID", "total": 1.5, "items": []},
    ],
)
def test_a_matching_document_is_returned_as_it_is(document: dict[str, Any]) -> None:
    assert find_event_problems(document, OrderDict) == []


@pytest.mark.parametrize(
    ("document", "problems"),
    [
        ({**ORDER, "status": "LOST"}, ["$.status: expected 'NEW' | 'PAID', got 'LOST'"]),
        (
            {**ORDER, "items": [{"sku": 1}]},
            ["$.items[0]: missing required key 'quantity'", "$.items[0].sku: expected str, got int"],
        ),
        ({**ORDER, "note": 3}, ["$.note: expected str | None, got int"]),
        ({**ORDER, "tags": {"a": 1}}, ["$.tags.a: expected str, got int"]),
        ({**ORDER, "raw": {"a": {1, 2}}}, ["$.raw.a: expected a JSON value, got set"]),
        ({**ORDER, "total": True}, ["$.total: expected int | float, got bool"]),
        (
            {"status": "NEW", "items": [], "surprise": 1},
            ["$: missing required key 'id'", "$.surprise: key not declared by OrderDict"],
        ),
    ],
)
def test_every_mismatch_is_reported_with_its_path(document: dict[str, Any], problems: list[str]) -> None:
    assert [str(problem) for problem in find_event_problems(document, OrderDict)] == problems
    with pytest.raises(EventDecodeError) as raised:
        le.decode_sqs_json({"body": json_text(document)} if _is_json(document) else {"body": "{}"}, type=OrderDict)
    if _is_json(document):
        assert raised.value.problem.endswith("; ".join(problems))


def _is_json(value: Any) -> bool:
    try:
        json_text(value)
    except TypeError:
        return False
    return True


def test_keys_marked_required_or_not_are_honoured_under_postponed_annotations() -> None:
    # This module uses `from __future__ import annotations`: the classes cannot see `NotRequired` themselves.
    assert find_event_problems({"id": "x"}, PartialDict) == []
    assert [str(problem) for problem in find_event_problems({}, PartialDict)] == ["$: missing required key 'id'"]
    assert find_event_problems(ORDER, OrderDict) == []


def test_a_long_list_of_problems_is_cut_short_with_a_count() -> None:
    document = {"items": [{"sku": index, "quantity": 1} for index in range(9)], "id": "x", "status": "NEW"}
    with pytest.raises(EventDecodeError) as raised:
        le.decode_sqs_json({"body": json_text(document)}, type=OrderDict)
    assert raised.value.problem.startswith("does not match OrderDict (9 problems): $.items[0].sku: expected str")
    assert raised.value.problem.endswith("$.items[4].sku: expected str, got int; and 4 more")


def test_a_standard_library_typeddict_is_accepted() -> None:
    make: Any = typing.TypedDict
    standard = make("Standard", {"id": str})
    assert le.decode_sqs_json({"body": '{"id": "x"}'}, type=standard) == {"id": "x"}
    with pytest.raises(EventDecodeError, match="expected str, got int"):
        le.decode_sqs_json({"body": '{"id": 1}'}, type=standard)


# --- Lambda destination records ---------------------------------------------------------------------------


class OrderEventDict(TypedDict):
    orderId: str
    total: NotRequired[int]


class ShipmentDict(TypedDict):
    status: str


def test_destination_payloads_are_checked_against_their_types() -> None:
    success = event_named("lambdaDestinationSuccess.json")
    record = le.decode_lambda_destination_record(success, request_type=OrderEventDict, response_type=ShipmentDict)
    assert record == success
    assert le.decode_lambda_destination_record(success, as_json=True) == success
    with pytest.raises(EventDecodeError) as raised:
        le.decode_lambda_destination_record(success, request_type=ShipmentDict)
    assert raised.value.where == "$.requestPayload"
    assert "missing required key 'status'" in raised.value.problem
    with pytest.raises(EventDecodeError) as raised:
        le.decode_lambda_destination_record(success, response_type=OrderEventDict)
    assert raised.value.where == "$.responsePayload"


def test_a_destination_error_payload_is_not_checked_against_the_response_type() -> None:
    failure = event_named("lambdaDestinationRetriesExhausted.json")
    assert le.decode_lambda_destination_record(failure, response_type=ShipmentDict) == failure
    eventbridge = event_named("lambdaDestinationEventBridgeSuccess.json")  # its response is a string
    with pytest.raises(EventDecodeError) as raised:
        le.decode_lambda_destination_record(eventbridge, response_type=ShipmentDict)
    assert raised.value.where == "$.detail.responsePayload"


@pytest.mark.parametrize("argument", ["request_type", "response_type"])
def test_destination_type_arguments_are_checked(argument: str) -> None:
    success = event_named("lambdaDestinationSuccess.json")
    with pytest.raises(TypeError, match=f"^{argument} must be a TypedDict class"):
        le.decode_lambda_destination_record(success, **{argument: str})
    with pytest.raises(TypeError, match=f"^as_json=True and {argument} cannot be given together"):
        le.decode_lambda_destination_record(success, as_json=True, **{argument: OrderEventDict})


# --- properties ---------------------------------------------------------------------------------------------

JSON_DOCUMENTS = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
ORDERS = st.fixed_dictionaries(
    {
        "id": st.one_of(st.text(max_size=5), st.integers()),
        "status": st.sampled_from(["NEW", "PAID", "LOST"]),
        "items": st.lists(
            st.fixed_dictionaries({"sku": st.text(max_size=3), "quantity": st.integers() | st.text(max_size=2)}),
            max_size=3,
        ),
    },
    optional={"note": st.none() | st.text(max_size=3) | st.integers(), "raw": JSON_DOCUMENTS, "surprise": st.just(1)},
)


@given(document=JSON_DOCUMENTS)
@settings(max_examples=200)
def test_every_json_document_is_a_json_value(document: Any) -> None:
    text = json_text(document)
    assert find_event_problems(document, JSONValue) == []
    assert le.decode_sqs_json({"body": text}, as_json=True) == le.decode_sqs_json({"body": text})


@given(document=ORDERS)
@settings(max_examples=200)
def test_the_decoder_raises_exactly_when_the_validator_finds_problems(document: dict[str, Any]) -> None:
    problems = find_event_problems(document, OrderDict)
    record = {"kinesis": {"data": base64.b64encode(json_text(document).encode()).decode()}}
    if problems:
        with pytest.raises(EventDecodeError) as raised:
            le.decode_kinesis_json(record, type=OrderDict)
        assert raised.value.where == "kinesis.data"
        assert f"({len(problems)} problem" in raised.value.problem
        assert str(problems[0]) in raised.value.problem
    else:
        assert le.decode_kinesis_json(record, type=OrderDict) == document


# --- the documented examples, run -------------------------------------------------------------------------


def _documented(page: str, marker: str) -> dict[str, Any]:
    """The names the inline code block of `page` containing `marker` defines, once run."""
    code = next(code for name, code in BLOCKS if name.startswith(page) and marker in code)
    namespace: dict[str, Any] = {"__name__": "documented_example"}
    exec(compile(code, page, "exec", dont_inherit=True), namespace)  # not this module's postponed annotations
    return namespace


def test_the_readme_example_reports_the_orders_that_do_not_match() -> None:
    handler = _documented("README.md", "type=OrderDict")["handler"]
    event = sqs_event(bodies=[{"id": "o-1", "total": 3}, {"id": "o-2", "total": "3"}, "not JSON"])
    failed = [record["messageId"] for record in event["Records"][1:]]
    assert handler(event, None) == {"batchItemFailures": [{"itemIdentifier": message} for message in failed]}


def test_the_typing_patterns_examples_run_on_real_events() -> None:
    order_ids = _documented("docs/typing-patterns.md", "as_json=True")["order_ids"]
    assert order_ids(sqs_event(bodies=[{"id": "o-1"}, [1], {"id": 2}])) == ["o-1"]
    destination = _documented("docs/typing-patterns.md", "request_type=ShipOrderDict")["handler"]
    record = event_named("lambdaDestinationSuccess.json")
    record["requestPayload"] = {"orderId": "order-1001"}
    with pytest.raises(EventDecodeError, match=r"requestPayload: does not match ShipOrderDict"):
        destination({"Records": [{"body": json_text({**record, "requestPayload": {"orderId": 1}})}]}, None)
    assert destination({"Records": [{"body": json_text(record)}]}, None) is None
