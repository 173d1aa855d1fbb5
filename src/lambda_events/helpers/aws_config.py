"""Decoders for the JSON strings of an AWS Config rule evaluation event."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Union, cast

from lambda_events.helpers._arguments import mapping_argument
from lambda_events.helpers._decoding import json_object, text_field
from lambda_events.helpers.errors import EventDecodeError

if TYPE_CHECKING:
    from lambda_events.types.aws_config import AWSConfigInvokingEventDict, AWSConfigRuleEventDict

__all__ = ["decode_config_invoking_event", "decode_config_rule_parameters"]


def decode_config_invoking_event(
    event: Union[AWSConfigRuleEventDict, Mapping[str, Any]],
) -> AWSConfigInvokingEventDict:
    """Return the invoking event: what triggered the evaluation (`invokingEvent`, a JSON object in a string).

    Its `messageType` says which of the three shapes it has (`ConfigurationItemChangeNotification`,
    `OversizedConfigurationItemChangeNotification`, `ScheduledNotification`); compare it to narrow the type.

    >>> decode_config_invoking_event({"invokingEvent": '{"messageType": "ScheduledNotification"}'})
    {'messageType': 'ScheduledNotification'}

    Raises `EventDecodeError` naming `invokingEvent` when it is missing, not JSON, or not a JSON object with
    a string `messageType`.
    """
    document = json_object(text_field(event, ("invokingEvent",)), "invokingEvent")
    if not isinstance(document.get("messageType"), str):
        raise EventDecodeError("invokingEvent", "not an AWS Config invoking event: no messageType string")
    return cast("AWSConfigInvokingEventDict", document)


def decode_config_rule_parameters(event: Union[AWSConfigRuleEventDict, Mapping[str, Any]]) -> dict[str, Any]:
    """Return the rule's parameters (`ruleParameters`, a JSON object in a string); `{}` when the rule has
    none (the key absent, `null` or an empty string).

    >>> decode_config_rule_parameters({"ruleParameters": '{"desiredInstanceType": "t3.micro"}'})
    {'desiredInstanceType': 't3.micro'}
    >>> decode_config_rule_parameters({})
    {}

    Raises `EventDecodeError` naming `ruleParameters` when it is not JSON or not a JSON object.
    """
    parameters = mapping_argument(event, "event").get("ruleParameters")
    if parameters is None or parameters == "":
        return {}
    return json_object(text_field(event, ("ruleParameters",)), "ruleParameters")
