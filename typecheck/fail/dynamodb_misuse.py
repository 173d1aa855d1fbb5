"""Misuses of the DynamoDB types that both checkers must reject."""

from lambda_events import (
    AttributeValueDict,
    DynamoDBStreamRecordDict,
    DynamoDBStreamRecordPayloadDict,
)


def form_must_be_tested_first(value: AttributeValueDict) -> str:
    return value["S"]  # expect-error


def narrowed_to_a_string(value: AttributeValueDict) -> str:
    if "S" in value:
        return value["N"]  # expect-error
    return ""


def string_value_is_text() -> AttributeValueDict:
    return {"S": 1}  # expect-error


def no_such_form() -> AttributeValueDict:
    return {"X": "a"}  # expect-error


def null_is_always_true() -> AttributeValueDict:
    return {"NULL": False}  # expect-error


def nested_values_are_checked() -> AttributeValueDict:
    return {"M": {"tags": {"L": [{"N": 7}]}}}  # expect-error


def event_name_is_a_closed_set(record: DynamoDBStreamRecordDict) -> None:
    record["eventName"] = "UPDATE"  # expect-error


def view_type_is_a_closed_set() -> DynamoDBStreamRecordPayloadDict:
    return {"Keys": {}, "SequenceNumber": "1", "SizeBytes": 1, "StreamViewType": "BOTH"}  # expect-error
