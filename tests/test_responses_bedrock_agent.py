"""Bedrock agent action group responses, for OpenAPI and function-details action groups."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from lambda_events import (
    BedrockAgentApiResponseDict,
    BedrockAgentFunctionResponseDict,
    BedrockAgentKnowledgeBaseConfigurationDict,
    BedrockAgentResponseDict,
    EventDecodeError,
    bedrock_agent_api_response,
    bedrock_agent_function_response,
    find_event_problems,
)
from tests.fixture_catalog import event_named

API_EVENTS = ["bedrockAgentEvent.json", "bedrockAgentEventWithPathParams.json", "bedrockAgentPostEvent.json"]
FUNCTION_EVENT = "bedrockAgentFunctionEvent.json"
KNOWLEDGE_BASES: list[BedrockAgentKnowledgeBaseConfigurationDict] = [
    {
        "knowledgeBaseId": "KB12345678",
        "retrievalConfiguration": {"vectorSearchConfiguration": {"numberOfResults": 5, "overrideSearchType": "HYBRID"}},
    }
]


def assert_valid(response: object, shape: object) -> None:
    assert find_event_problems(response, shape) == []
    assert find_event_problems(response, BedrockAgentResponseDict) == []


@pytest.mark.parametrize("name", API_EVENTS)
def test_api_response_echoes_the_operation_and_the_session(name: str) -> None:
    event = event_named(name)
    before = copy.deepcopy(event)
    response = bedrock_agent_api_response(event, {"claims": [{"id": "c-1", "open": True}]})
    assert_valid(response, BedrockAgentApiResponseDict)
    assert response == {
        "messageVersion": "1.0",
        "response": {
            "actionGroup": event["actionGroup"],
            "apiPath": event["apiPath"],
            "httpMethod": event["httpMethod"],
            "httpStatusCode": 200,
            "responseBody": {"application/json": {"body": '{"claims":[{"id":"c-1","open":true}]}'}},
        },
        "sessionAttributes": event["sessionAttributes"],
        "promptSessionAttributes": event["promptSessionAttributes"],
    }
    assert event == before


def test_api_response_every_option() -> None:
    response = bedrock_agent_api_response(
        event_named("bedrockAgentPostEvent.json"),
        "claim not found",
        status_code=404,
        content_type="text/plain",
        session_attributes={"claimId": "c-9"},
        prompt_session_attributes={},
        knowledge_bases_configuration=KNOWLEDGE_BASES,
    )
    assert_valid(response, BedrockAgentApiResponseDict)
    assert response["response"]["httpStatusCode"] == 404
    assert response["response"]["responseBody"] == {"text/plain": {"body": "claim not found"}}
    assert response.get("sessionAttributes") == {"claimId": "c-9"}
    assert response.get("promptSessionAttributes") == {}
    assert response.get("knowledgeBasesConfiguration") == KNOWLEDGE_BASES


def test_function_response_echoes_the_function_and_the_session() -> None:
    event = event_named(FUNCTION_EVENT)
    response = bedrock_agent_function_response(event, "Your vacation from March 15 to March 20 is booked.")
    assert_valid(response, BedrockAgentFunctionResponseDict)
    assert response == {
        "messageVersion": "1.0",
        "response": {
            "actionGroup": "VacationsActionGroup",
            "function": "submitVacationRequest",
            "functionResponse": {"responseBody": {"TEXT": {"body": "Your vacation from March 15 to March 20 is booked."}}},
        },
        "sessionAttributes": {"employeeId": "EMP123", "department": "Engineering"},
        "promptSessionAttributes": {"lastInteraction": "2024-02-01T15:30:00Z", "requestType": "vacation"},
    }


@pytest.mark.parametrize("state", ["FAILURE", "REPROMPT"])
def test_function_response_every_option(state: Any) -> None:
    response = bedrock_agent_function_response(
        event_named(FUNCTION_EVENT),
        {"error": "overlapping request", "days": 6},
        response_state=state,
        session_attributes={},
        prompt_session_attributes={"retry": "yes"},
        knowledge_bases_configuration=KNOWLEDGE_BASES,
    )
    assert_valid(response, BedrockAgentFunctionResponseDict)
    assert response["response"]["functionResponse"] == {
        "responseState": state,
        "responseBody": {"TEXT": {"body": '{"error":"overlapping request","days":6}'}},
    }
    assert response.get("sessionAttributes") == {}
    assert response.get("promptSessionAttributes") == {"retry": "yes"}
    assert response.get("knowledgeBasesConfiguration") == KNOWLEDGE_BASES


def test_an_event_of_the_other_kind_is_named() -> None:
    with pytest.raises(EventDecodeError, match="^apiPath: missing$"):
        bedrock_agent_api_response(event_named(FUNCTION_EVENT), {})
    with pytest.raises(EventDecodeError, match="^function: missing$"):
        bedrock_agent_function_response(event_named("bedrockAgentEvent.json"), "x")


def test_an_unknown_message_version_is_named() -> None:
    event = event_named(FUNCTION_EVENT)
    event["messageVersion"] = "2.0"
    with pytest.raises(EventDecodeError, match="^messageVersion: expected '1.0', got '2.0'$"):
        bedrock_agent_function_response(event, "x")


def test_a_plain_mapping_without_session_attributes_gets_none() -> None:
    event = {"messageVersion": "1.0", "actionGroup": "g", "function": "f"}
    response = bedrock_agent_function_response(event, "done")
    assert_valid(response, BedrockAgentFunctionResponseDict)
    assert "sessionAttributes" not in response
    assert "promptSessionAttributes" not in response
