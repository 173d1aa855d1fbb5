"""Misuses of the JSON decoders' typed forms that both checkers must reject."""

from typing_extensions import TypedDict

from lambda_events import (
    JSONValue,
    SNSRecordDict,
    SQSRecordDict,
    decode_json_body,
    decode_lambda_destination_record,
    decode_sns_json,
    decode_sqs_json,
)


class OrderDict(TypedDict):
    """A user's payload type."""

    id: str
    """The order's id."""


def a_key_the_typeddict_lacks(record: SQSRecordDict) -> object:
    return decode_sqs_json(record, type=OrderDict)["total"]  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def a_declared_key_has_its_type(record: SNSRecordDict) -> int:
    return decode_sns_json(record, type=OrderDict)["id"]  # expect-error: mypy[return-value] pyright[reportReturnType]


def a_json_value_must_be_narrowed(record: SQSRecordDict) -> dict[str, JSONValue]:
    return decode_sqs_json(record, as_json=True)  # expect-error: mypy[return-value] pyright[reportReturnType]


def an_object_of_json_values_is_not_a_string(value: JSONValue) -> str:
    if isinstance(value, dict):
        return value["id"]  # expect-error: mypy[return-value] pyright[reportReturnType]
    return ""


def type_and_as_json_exclude_each_other(event: dict[str, object]) -> object:
    return decode_json_body(event, type=OrderDict, as_json=True)  # expect-error: mypy[call-overload] pyright[reportArgumentType]


def a_payload_type_is_a_class(record: SQSRecordDict) -> object:
    return decode_lambda_destination_record(record, request_type="OrderDict")  # expect-error: mypy[call-overload] pyright[reportArgumentType,reportCallIssue,reportUnknownVariableType]


def an_alias_is_not_a_class(record: SQSRecordDict) -> object:
    return decode_sqs_json(record, type=JSONValue)  # expect-error: mypy[call-overload] pyright[reportArgumentType,reportCallIssue,reportUnknownVariableType]
