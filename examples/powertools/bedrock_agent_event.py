"""Powertools' `bedrock_agent_event.py`: a Bedrock agent action group that logs the user's input and answers the
API operation with a fixed body.

Differences:
- The event is a `BedrockAgentApiEventDict`, the API-schema form of `BedrockAgentEventDict` (the form
  Powertools' `BedrockAgentEvent` describes); the function-details form has no `apiPath`.
- Powertools' `Logger` is the standard library's `logging`; its keyword `input_text=` goes in `extra`.
- The returned dict is the example's own, kept as it is: its snake_case keys are not the response Bedrock
  reads (`messageVersion`, `response`); `bedrock_agent_api_response` builds that one.
"""

from __future__ import annotations

import logging
from typing import Any

from lambda_events import BedrockAgentApiEventDict, LambdaContext

logger = logging.getLogger(__name__)


def lambda_handler(event: BedrockAgentApiEventDict, context: LambdaContext) -> dict[str, Any]:
    """Log the input, answer the operation."""
    input_text = event["inputText"]

    logger.info(f"Bedrock Agent {event['actionGroup']} invoked with input", extra={"input_text": input_text})

    return {
        "message_version": "1.0",
        "responses": [
            {
                "action_group": event["actionGroup"],
                "api_path": event["apiPath"],
                "http_method": event["httpMethod"],
                "http_status_code": 200,
                "response_body": {"application/json": {"body": "This is the response"}},
            },
        ],
    }
