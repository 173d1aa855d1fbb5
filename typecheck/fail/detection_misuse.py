"""Misuses of the guards, the handler aliases and the context that both checkers must reject."""

from collections.abc import Mapping
from typing import Any

from lambda_events import (
    APIGatewayProxyHandler,
    APIGatewayProxyResponseDict,
    LambdaContext,
    SQSBatchResponseDict,
    SQSEventDict,
    SQSHandler,
    detect_event_source,
    is_api_gateway_event,
    is_sqs_event,
)


def sns_key_after_sqs_guard(event: Mapping[str, Any]) -> str:
    if is_sqs_event(event):
        return event["Records"][0]["Sns"]["Message"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]
    return ""


def rest_key_after_sqs_guard(event: object) -> str:
    if is_sqs_event(event):
        return event["httpMethod"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]
    return ""


def http_api_key_after_rest_guard(event: object) -> str:
    if is_api_gateway_event(event):
        return event["rawPath"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]
    return ""


def misspelt_source(event: object) -> bool:
    return detect_event_source(event) == "sqs_queue"  # expect-error: mypy[comparison-overlap] pyright[reportUnnecessaryComparison]


def answers_like_an_api(event: SQSEventDict, context: LambdaContext) -> APIGatewayProxyResponseDict:
    return {"statusCode": 200}


def takes_messages(event: SQSEventDict, context: LambdaContext) -> SQSBatchResponseDict:
    return {"batchItemFailures": []}


wrong_response: SQSHandler = answers_like_an_api  # expect-error: mypy[assignment] pyright[reportAssignmentType]
wrong_event: APIGatewayProxyHandler = takes_messages  # expect-error: mypy[assignment] pyright[reportAssignmentType]


def called_without_a_context(event: SQSEventDict, handler: SQSHandler) -> None:
    handler(event, object())  # expect-error: mypy[arg-type] pyright[reportArgumentType]


def memory_is_a_string(context: LambdaContext) -> int:
    return context.memory_limit_in_mb * 2 + 1  # expect-error: mypy[no-any-return,operator] pyright[reportOperatorIssue,reportUnknownVariableType]


def context_is_read_only(context: LambdaContext) -> None:
    context.function_name = "other"  # expect-error: mypy[misc] pyright[reportAttributeAccessIssue]


def client_context_may_be_none(context: LambdaContext) -> object:
    return context.client_context.custom  # expect-error: mypy[union-attr] pyright[reportOptionalMemberAccess]
