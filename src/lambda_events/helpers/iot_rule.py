"""Decoders for the message of an AWS IoT rule's error action: the original MQTT payload, base64-encoded."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Union

from lambda_events.helpers._decoding import base64_bytes, json_value, text_field, utf8_text

if TYPE_CHECKING:
    from lambda_events.types.iot_rule import IoTRuleErrorActionEventDict

__all__ = ["decode_iot_rule_original_payload", "decode_iot_rule_original_payload_json"]

_PAYLOAD = ("base64OriginalPayload",)


def decode_iot_rule_original_payload(event: Union[IoTRuleErrorActionEventDict, Mapping[str, Any]]) -> bytes:
    """The payload of the message the failed rule was processing, as bytes.

    >>> decode_iot_rule_original_payload({"base64OriginalPayload": "aGk="})
    b'hi'

    Raises `EventDecodeError` naming `base64OriginalPayload` when it is missing, not a string or not base64.
    """
    return base64_bytes(text_field(event, _PAYLOAD), "base64OriginalPayload")


def decode_iot_rule_original_payload_json(
    event: Union[IoTRuleErrorActionEventDict, Mapping[str, Any]], *, allow_nan: bool = False
) -> Any:
    """The payload of the message the failed rule was processing, parsed as UTF-8 JSON.

    Raises `EventDecodeError` naming `base64OriginalPayload` when it is not base64 of UTF-8 JSON: `NaN`,
    `Infinity` and numbers too large for a float are refused unless `allow_nan=True`.
    """
    text = utf8_text(decode_iot_rule_original_payload(event), "base64OriginalPayload")
    return json_value(text, "base64OriginalPayload", allow_nan)
