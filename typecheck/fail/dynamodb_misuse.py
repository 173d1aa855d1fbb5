"""Misuses of the DynamoDB types that both checkers must reject."""

from lambda_events import (
    AttributeValueDict,
    DynamoDBStreamRecordDict,
    DynamoDBStreamRecordPayloadDict,
)


def form_must_be_tested_first(value: AttributeValueDict) -> str:
    return value["S"]  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def narrowed_to_a_string(value: AttributeValueDict) -> str:
    if "S" in value:
        return value["N"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]
    return ""


def string_value_is_text() -> AttributeValueDict:
    return {"S": 1}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def no_such_form() -> AttributeValueDict:
    return {"X": "a"}  # expect-error: mypy[return-value] pyright[reportReturnType]


def null_is_always_true() -> AttributeValueDict:
    return {"NULL": False}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def nested_values_are_checked() -> AttributeValueDict:
    return {"M": {"tags": {"L": [{"N": 7}]}}}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def event_name_is_a_closed_set(record: DynamoDBStreamRecordDict) -> None:
    record["eventName"] = "UPDATE"  # expect-error: mypy[arg-type] pyright[reportGeneralTypeIssues]


def view_type_is_a_closed_set() -> DynamoDBStreamRecordPayloadDict:
    return {"Keys": {}, "SequenceNumber": "1", "SizeBytes": 1, "StreamViewType": "BOTH"}  # expect-error: mypy[misc,return-value] pyright[reportReturnType]


def a_removed_item_has_no_new_image(record: DynamoDBStreamRecordDict) -> object:
    if record["eventName"] == "REMOVE":
        return record["dynamodb"]["NewImage"]  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]
    return None


def an_inserted_item_has_no_old_image(record: DynamoDBStreamRecordDict) -> object:
    if record["eventName"] == "INSERT":
        return record["dynamodb"]["OldImage"]  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]
    return None


def only_removals_carry_the_ttl_identity(record: DynamoDBStreamRecordDict) -> object:
    if record["eventName"] != "REMOVE":
        return record["userIdentity"]  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]
    return None
