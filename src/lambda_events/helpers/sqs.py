"""Decoders for SQS message bodies."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Union

from lambda_events.helpers.errors import EventDecodeError

if TYPE_CHECKING:
    from lambda_events.types.sqs import SQSRecordDict

__all__ = ["decode_sqs_json"]


def decode_sqs_json(record: Union[SQSRecordDict, Mapping[str, Any]]) -> Any:
    """Parse the JSON document in an SQS record's `body`.

    >>> decode_sqs_json({"body": '{"order": 7}'})
    {'order': 7}

    Raises `EventDecodeError` naming `body` when the key is missing, is not a string, or is not valid JSON.
    """
    body = record.get("body")
    if not isinstance(body, str):
        raise EventDecodeError("body", "missing" if body is None else f"expected str, got {type(body).__name__}")
    try:
        return json.loads(body)
    except ValueError as error:
        raise EventDecodeError("body", f"invalid JSON: {error}") from error
