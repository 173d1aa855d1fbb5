"""A DynamoDB Streams consumer that turns item images into plain Python values."""

from __future__ import annotations

import base64
from decimal import Decimal
from typing import Union

from lambda_events import (
    AttributeValueDict,
    DynamoDBKinesisChangeRecordDict,
    DynamoDBStreamBatchResponseDict,
    DynamoDBStreamEventDict,
)

Plain = Union[str, Decimal, bytes, bool, None, list["Plain"], dict[str, "Plain"], set[str], set[Decimal], set[bytes]]


def plain(value: AttributeValueDict) -> Plain:
    """Convert one attribute value; each `in` test narrows the union to one form."""
    if "S" in value:
        text: str = value["S"]
        return text
    if "N" in value:
        return Decimal(value["N"])
    if "B" in value:
        return base64.b64decode(value["B"])
    if "SS" in value:
        return set(value["SS"])
    if "NS" in value:
        return {Decimal(number) for number in value["NS"]}
    if "BS" in value:
        return {base64.b64decode(item) for item in value["BS"]}
    if "M" in value:
        return {name: plain(item) for name, item in value["M"].items()}
    if "L" in value:
        return [plain(item) for item in value["L"]]
    if "NULL" in value:
        return None
    return value["BOOL"]


def audit(table: str, key: dict[str, Plain], change: str, before: Plain, after: Plain) -> None:
    """Pretend to write an audit line."""


def handler(event: DynamoDBStreamEventDict, context: object) -> DynamoDBStreamBatchResponseDict:
    """Audit every change; items removed by Time to Live are recorded as expirations."""
    for record in event["Records"]:
        change = record["dynamodb"]
        try:
            key = {name: plain(value) for name, value in change["Keys"].items()}
            # "OldImage" in change narrows to MODIFY or REMOVE payloads, "NewImage" to INSERT or MODIFY.
            before = {name: plain(value) for name, value in change["OldImage"].items()} if "OldImage" in change else {}
            after = {name: plain(value) for name, value in change["NewImage"].items()} if "NewImage" in change else {}
        except ValueError:
            return {"batchItemFailures": [{"itemIdentifier": change["SequenceNumber"]}]}
        # Only a REMOVE record can say that Time to Live deleted the item.
        expired = record["eventName"] == "REMOVE" and "userIdentity" in record
        kind = "EXPIRE" if expired else record["eventName"]
        audit(record["eventSourceARN"].split("/")[1], key, kind, before or None, after or None)
    return {"batchItemFailures": []}


def audit_kinesis_change(change: DynamoDBKinesisChangeRecordDict) -> None:
    """Audit a change record decoded from a Kinesis Data Streams for DynamoDB record."""
    identity = change.get("userIdentity")
    kind = "EXPIRE" if identity is not None else change["eventName"]
    key = {name: plain(value) for name, value in change["dynamodb"]["Keys"].items()}
    audit(change["tableName"], key, kind, None, None)


def new_items(event: DynamoDBStreamEventDict) -> list[dict[str, Plain]]:
    """The items as they are after each INSERT or MODIFY: comparing `eventName` narrows the record."""
    items: list[dict[str, Plain]] = []
    for record in event["Records"]:
        if record["eventName"] == "REMOVE":
            continue
        change = record["dynamodb"]  # an INSERT or MODIFY payload: it may carry NewImage
        if "NewImage" in change:
            items.append({name: plain(value) for name, value in change["NewImage"].items()})
    return items
