"""A Bedrock agent action group served by one function, in both of its forms."""

from __future__ import annotations

from lambda_events import (
    BedrockAgentEventDict,
    BedrockAgentResponseDict,
    LambdaContext,
    bedrock_agent_api_response,
    bedrock_agent_function_response,
)

CLAIMS = [{"id": "claim-006", "status": "open"}, {"id": "claim-007", "status": "paid"}]


def handler(event: BedrockAgentEventDict, context: LambdaContext) -> BedrockAgentResponseDict:
    """Answer an OpenAPI operation (`apiPath`) or a
    function call (`function`), whichever the event is."""
    if "function" in event:  # the action group is defined by function details
        values = {
            parameter["name"]: parameter["value"] for parameter in event.get("parameters", [])
        }
        if "startDate" not in values:
            return bedrock_agent_function_response(
                event, "Which day should it start?", response_state="REPROMPT"
            )
        return bedrock_agent_function_response(
            event, f"Requested from {values['startDate']} to {values.get('endDate')}."
        )
    if event["apiPath"] == "/claims" and event["httpMethod"] == "GET":
        return bedrock_agent_api_response(event, CLAIMS)
    return bedrock_agent_api_response(
        event, {"error": f"no operation {event['httpMethod']} {event['apiPath']}"}, status_code=404
    )
