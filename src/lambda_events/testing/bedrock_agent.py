"""Test events of Amazon Bedrock Agents action groups: the API-schema and the function-details forms."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional, Union, cast

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.bedrock_agent import (
        BedrockAgentApiEventDict,
        BedrockAgentFunctionEventDict,
        BedrockAgentParameterDict,
    )

__all__ = ["bedrock_agent_event", "bedrock_agent_function_event"]


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


def bedrock_agent_event(
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
