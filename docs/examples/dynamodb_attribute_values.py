"""DynamoDB attribute values by hand: each `in` test narrows the ten-form union to one form."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Union

from lambda_events import AttributeValueDict, DynamoDBStreamEventDict, LambdaContext

JSONValue = Union[str, int, float, bool, None, Sequence["JSONValue"], Mapping[str, "JSONValue"]]


def to_json(value: AttributeValueDict) -> JSONValue:
    """An attribute value as a JSON value (numbers as int
    or float, sets and binaries as lists of text)."""
    if "S" in value:
        return value["S"]
    if "N" in value:
        number = float(value["N"])
        return int(number) if number.is_integer() else number
    if "BOOL" in value:
        return value["BOOL"]
    if "NULL" in value:
        return None
    if "M" in value:
        return {name: to_json(item) for name, item in value["M"].items()}
    if "L" in value:
        return [to_json(item) for item in value["L"]]
    if "SS" in value:
        return sorted(value["SS"])
    if "NS" in value:
        return sorted(float(number) for number in value["NS"])
    if "B" in value:
        return value["B"]  # base64 text, as the stream record carries it
    return sorted(value["BS"])  # the only form left: the checker knows it is a binary set


def handler(event: DynamoDBStreamEventDict, context: LambdaContext) -> list[dict[str, JSONValue]]:
    """The new image of every record that has one, as JSON values."""
    return [
        {name: to_json(value) for name, value in record["dynamodb"]["NewImage"].items()}
        for record in event["Records"]
        if "NewImage" in record["dynamodb"]
    ]
