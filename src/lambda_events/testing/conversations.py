"""Test events of conversational services: Amazon Bedrock agent action groups, Amazon Lex V2 code hooks and
Amazon Connect flows."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Optional, Union, cast

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.bedrock_agent import (
        BedrockAgentApiEventDict,
        BedrockAgentFunctionEventDict,
        BedrockAgentParameterDict,
    )
    from lambda_events.types.connect import ConnectChannel, ConnectContactFlowEventDict
    from lambda_events.types.lex_v2 import LexV2EventDict, LexV2IntentDict, LexV2SlotDict

__all__ = ["bedrock_agent_api_event", "bedrock_agent_function_event", "connect_contact_flow_event", "lex_v2_event"]

ParameterValue = Union[str, int, float, bool]
"""A value the agent elicited, as a test gives it (sent as text, with its schema type)."""


def _parameters(values: Mapping[str, ParameterValue]) -> list[BedrockAgentParameterDict]:
    def typed(value: ParameterValue) -> tuple[str, str]:
        if isinstance(value, bool):
            return "boolean", "true" if value else "false"
        if isinstance(value, int):
            return "integer", str(value)
        if isinstance(value, float):
            return "number", repr(value)
        return "string", value

    return [{"name": name, "type": typed(value)[0], "value": typed(value)[1]} for name, value in values.items()]


def _agent_call(
    scene: Scenario, agent: str, input_text: str, action_group: str, session_attributes: Optional[Mapping[str, str]]
) -> dict[str, Any]:
    """What every call of an agent to an action group carries: the agent, the user's input, the session."""
    return {
        "messageVersion": "1.0",
        "agent": {"name": agent, "id": scene.chars(10), "alias": "TSTALIASID", "version": "DRAFT"},
        "inputText": input_text,
        "sessionId": scene.digits(15),
        "actionGroup": action_group,
        "sessionAttributes": dict(session_attributes or {}),
        "promptSessionAttributes": {},
    }


def bedrock_agent_api_event(
    *,
    api_path: str = "/claims/{claimId}",
    method: str = "GET",
    parameters: Optional[Mapping[str, ParameterValue]] = None,
    body: Optional[Mapping[str, ParameterValue]] = None,
    input_text: str = "What is the status of claim 20?",
    action_group: str = "ClaimManagement",
    agent: str = "example-agent",
    session_attributes: Optional[Mapping[str, str]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> BedrockAgentApiEventDict:
    """A Bedrock agent calling an API operation of an action group defined by an OpenAPI schema, with the
    `parameters` and JSON request `body` properties it elicited."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    event = {
        **_agent_call(scene, agent, input_text, action_group, session_attributes),
        "apiPath": api_path,
        "httpMethod": method,
        "parameters": _parameters(parameters or {}),
    }
    if body is not None:
        event["requestBody"] = {"content": {"application/json": {"properties": _parameters(body)}}}
    return cast("BedrockAgentApiEventDict", event)


def bedrock_agent_function_event(
    *,
    function: str = "get_claim_status",
    parameters: Optional[Mapping[str, ParameterValue]] = None,
    input_text: str = "What is the status of claim 20?",
    action_group: str = "ClaimManagement",
    agent: str = "example-agent",
    session_attributes: Optional[Mapping[str, str]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> BedrockAgentFunctionEventDict:
    """A Bedrock agent calling a function of an action group defined by function details."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    event = {
        **_agent_call(scene, agent, input_text, action_group, session_attributes),
        "function": function,
        "parameters": _parameters(parameters or {}),
    }
    return cast("BedrockAgentFunctionEventDict", event)


def _slot(value: str) -> LexV2SlotDict:
    return {"shape": "Scalar", "value": {"originalValue": value, "interpretedValue": value, "resolvedValues": [value]}}


def lex_v2_event(
    *,
    intent: str = "BookHotel",
    slots: Optional[Mapping[str, Optional[str]]] = None,
    input_transcript: str = "I want to book a hotel",
    invocation_source: Literal["DialogCodeHook", "FulfillmentCodeHook"] = "DialogCodeHook",
    session_attributes: Optional[Mapping[str, str]] = None,
    bot: str = "ExampleBot",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> LexV2EventDict:
    """A Lex V2 code hook event for `intent` with its `slots` (`None`: not filled yet); a fulfillment hook
    comes when the intent is ready for fulfillment."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    filled = slots if slots is not None else {"Location": "New York", "Nights": None}
    state: Literal["InProgress", "ReadyForFulfillment"]
    state = "ReadyForFulfillment" if invocation_source == "FulfillmentCodeHook" else "InProgress"

    def current() -> LexV2IntentDict:
        return {
            "name": intent,
            "slots": {name: _slot(value) if value is not None else None for name, value in filled.items()},
            "state": state,
            "confirmationState": "None",
        }

    return {
        "messageVersion": "1.0",
        "invocationSource": invocation_source,
        "inputMode": "Text",
        "responseContentType": "text/plain; charset=utf-8",
        "sessionId": scene.digits(12),
        "inputTranscript": input_transcript,
        "bot": {
            "id": scene.chars(10),
            "name": bot,
            "localeId": "en_US",
            "version": "DRAFT",
            "aliasId": "TSTALIASID",
            "aliasName": "TestBotAlias",
        },
        "interpretations": [
            {"intent": current(), "nluConfidence": 0.92, "interpretationSource": "Lex"},
            {
                "intent": {"name": "FallbackIntent", "slots": {}, "state": "InProgress", "confirmationState": "None"},
                "interpretationSource": "Lex",
            },
        ],
        "sessionState": {
            "sessionAttributes": dict(session_attributes or {}),
            "intent": current(),
            "originatingRequestId": scene.uuid(),
        },
    }


def connect_contact_flow_event(
    *,
    attributes: Optional[Mapping[str, str]] = None,
    parameters: Optional[Mapping[str, str]] = None,
    channel: ConnectChannel = "VOICE",
    customer_number: str = "+12065550100",
    queue: Optional[str] = "BasicQueue",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> ConnectContactFlowEventDict:
    """An Amazon Connect "Invoke AWS Lambda function" block's event for an inbound contact: the contact's
    `attributes` and the block's `parameters` (a call comes from `customer_number`; chats and tasks have no
    phone numbers)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    instance = scene.arn("connect", f"instance/{scene.uuid()}")
    contact_id = scene.uuid()
    voice = channel == "VOICE"
    return {
        "Name": "ContactFlowEvent",
        "Details": {
            "ContactData": {
                "Attributes": dict(attributes or {}),
                "Channel": channel,
                "ContactId": contact_id,
                "CustomerEndpoint": {"Address": customer_number, "Type": "TELEPHONE_NUMBER"} if voice else None,
                "InitialContactId": contact_id,
                "InitiationMethod": "INBOUND" if voice else "API",
                "InstanceARN": instance,
                "MediaStreams": {
                    "Customer": {"Audio": {"StartFragmentNumber": None, "StartTimestamp": None, "StreamARN": None}}
                },
                "PreviousContactId": contact_id,
                "Queue": {"ARN": f"{instance}/queue/{scene.uuid()}", "Name": queue} if queue is not None else None,
                "SystemEndpoint": {"Address": "+18005550199", "Type": "TELEPHONE_NUMBER"} if voice else None,
            },
            "Parameters": dict(parameters or {}),
        },
    }
