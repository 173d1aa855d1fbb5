"""Misuses of the Bedrock agent types that both checkers must reject."""

from lambda_events import BedrockAgentApiEventDict, BedrockAgentEventDict, BedrockAgentFunctionResponseDict


def api_events_have_no_function(event: BedrockAgentApiEventDict) -> str:
    return event["function"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def narrow_before_reading_the_path(event: BedrockAgentEventDict) -> str:
    return event["apiPath"]  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def response_state_is_a_closed_set(event: BedrockAgentEventDict) -> BedrockAgentFunctionResponseDict:
    return {
        "messageVersion": "1.0",
        "response": {
            "actionGroup": event["actionGroup"],
            "function": "book",
            "functionResponse": {"responseState": "RETRY", "responseBody": {}},  # expect-error: mypy[typeddict-item] pyright[reportReturnType]
        },
    }
