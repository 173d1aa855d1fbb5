"""Decoders for the message of an AWS IoT rule's error action: the original MQTT payload, base64-encoded."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Union, overload

from lambda_events.helpers._decoding import base64_bytes, json_value, text_field, utf8_text
from lambda_events.helpers._typed_json import typed_document

if TYPE_CHECKING:
    from lambda_events.helpers._typed_json import DocumentT
    from lambda_events.helpers.typed_json import JSONValue
    from lambda_events.types.iot_rule import IoTRuleErrorActionEventDict

__all__ = ["decode_iot_rule_original_payload", "decode_iot_rule_original_payload_json"]

_PAYLOAD = ("base64OriginalPayload",)
_WHERE = "base64OriginalPayload"


def decode_iot_rule_original_payload(event: Union[IoTRuleErrorActionEventDict, Mapping[str, Any]]) -> bytes:
    """The payload of the message the failed rule was processing, as bytes.

    >>> decode_iot_rule_original_payload({"base64OriginalPayload": "aGk="})
    b'hi'

    Raises `EventDecodeError` naming `base64OriginalPayload` when it is missing, not a string or not base64.
    """
    return base64_bytes(text_field(event, _PAYLOAD), _WHERE)


@overload
def decode_iot_rule_original_payload_json(
    event: Union[IoTRuleErrorActionEventDict, Mapping[str, Any]],
    *,
    as_json: Literal[False] = False,
    type: None = None,
    allow_nan: bool = False,
) -> Any:
    """Untyped, as before: `Any`."""


@overload
def decode_iot_rule_original_payload_json(
    event: Union[IoTRuleErrorActionEventDict, Mapping[str, Any]], *, as_json: Literal[True], allow_nan: bool = False
) -> JSONValue:
    """`as_json=True`: the document typed as `JSONValue`."""


@overload
def decode_iot_rule_original_payload_json(
    event: Union[IoTRuleErrorActionEventDict, Mapping[str, Any]], *, type: type[DocumentT], allow_nan: bool = False
) -> DocumentT:
    """`type=SomeTypedDict`: the document, checked against it."""


def decode_iot_rule_original_payload_json(
    event: Union[IoTRuleErrorActionEventDict, Mapping[str, Any]],
    *,
    type: object = None,
    as_json: bool = False,
    allow_nan: bool = False,
) -> Any:
    """The payload of the message the failed rule was processing, parsed as UTF-8 JSON.

    Raises `EventDecodeError` naming `base64OriginalPayload` when it is not base64 of UTF-8 JSON: `NaN`,
    `Infinity` and numbers too large for a float are refused unless `allow_nan=True`.

    Typed forms: `as_json=True` returns the same document typed as `JSONValue`; `type=SomeTypedDict` checks
    it against that TypedDict and raises `EventDecodeError` naming `base64OriginalPayload` and every mismatch when it
    does not match, `TypeError` when `type` is not a TypedDict class (see `lambda_events.helpers.typed_json`).
    """
    text = utf8_text(decode_iot_rule_original_payload(event), _WHERE)
    return typed_document(json_value(text, _WHERE, allow_nan), _WHERE, type, as_json)
