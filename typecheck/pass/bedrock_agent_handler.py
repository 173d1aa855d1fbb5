"""An Amazon Bedrock agent action group function that answers both API-schema and function-details calls."""

from __future__ import annotations

import json

from lambda_events import BedrockAgentEventDict, BedrockAgentParameterDict, BedrockAgentResponseDict


def as_dict(parameters: list[BedrockAgentParameterDict]) -> dict[str, str]:
    """The elicited values by name."""
    return {parameter["name"]: parameter["value"] for parameter in parameters}


def handler(event: BedrockAgentEventDict, context: object) -> BedrockAgentResponseDict:
    """Answer the call in the response format that matches the event's form."""
    values = as_dict(event.get("parameters", []))
    if "function" in event:
        if "startDate" not in values:
            return {
                "messageVersion": "1.0",
                "response": {
                    "actionGroup": event["actionGroup"],
                    "function": event["function"],
                    "functionResponse": {
                        "responseState": "REPROMPT",
                        "responseBody": {"TEXT": {"body": "Ask the user for a start date."}},
                    },
                },
            }
        return {
            "messageVersion": "1.0",
            "response": {
                "actionGroup": event["actionGroup"],
                "function": event["function"],
                "functionResponse": {"responseBody": {"TEXT": {"body": f"Booked from {values['startDate']}."}}},
            },
            "sessionAttributes": {**event["sessionAttributes"], "lastFunction": event["function"]},
        }
    body = event.get("requestBody", {"content": {}})["content"].get("application/json")
    if body is not None:
        values.update(as_dict(body["properties"]))
    return {
        "messageVersion": "1.0",
        "response": {
            "actionGroup": event["actionGroup"],
            "apiPath": event["apiPath"],
            "httpMethod": event["httpMethod"],
            "httpStatusCode": 200,
            "responseBody": {"application/json": {"body": json.dumps(values)}},
        },
        "promptSessionAttributes": event["promptSessionAttributes"],
    }
