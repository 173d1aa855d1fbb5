"""Misuses of the events generic over the authorizer context that both checkers must reject."""

from typing import TypedDict

from lambda_events import (
    APIGatewayLambdaAuthorizerContextDict,
    APIGatewayProxyEventDict,
    APIGatewayProxyEventV2Dict,
    APIGatewayProxyHandler,
    APIGatewayProxyResponseDict,
    APIGatewayWebSocketEventDict,
    LambdaContext,
)


class PetsContextDict(APIGatewayLambdaAuthorizerContextDict):
    tenantId: str


class SessionContextDict(TypedDict):
    sessionId: str


SessionAuthorizerDict = TypedDict("SessionAuthorizerDict", {"lambda": SessionContextDict})


def key_the_context_lacks(event: APIGatewayProxyEventDict[PetsContextDict]) -> str:
    context = event["requestContext"]
    if "authorizer" in context:
        return context["authorizer"]["tenant"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]
    return ""


def context_values_keep_their_types(event: APIGatewayProxyEventDict[PetsContextDict]) -> int:
    context = event["requestContext"]
    if "authorizer" in context:
        return context["authorizer"]["tenantId"]  # expect-error: mypy[return-value] pyright[reportReturnType]
    return 0


def http_api_lambda_context_key(event: APIGatewayProxyEventV2Dict[SessionAuthorizerDict]) -> str:
    context = event["requestContext"]
    if "authorizer" in context:
        return context["authorizer"]["lambda"]["session"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]
    return ""


def http_api_parameter_is_the_only_kind(event: APIGatewayProxyEventV2Dict[SessionAuthorizerDict]) -> object:
    context = event["requestContext"]
    if "authorizer" in context:
        return context["authorizer"]["jwt"]  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]
    return None


def websocket_context_key(event: APIGatewayWebSocketEventDict[PetsContextDict]) -> str:
    context = event["requestContext"]
    if "authorizer" in context:
        return context["authorizer"]["room"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]
    return ""


def the_context_is_an_object(event: APIGatewayProxyEventDict[str]) -> None:  # expect-error: mypy[type-var] pyright[reportInvalidTypeArguments]
    pass


def pets_handler(event: APIGatewayProxyEventDict[PetsContextDict], context: LambdaContext) -> APIGatewayProxyResponseDict:
    return {"statusCode": 204}


BARE_ALIAS: APIGatewayProxyHandler = pets_handler  # expect-error: mypy[assignment] pyright[reportAssignmentType]


def bare_parameter_is_not_parameterised(event: APIGatewayProxyEventDict, context: LambdaContext) -> None:
    pets_handler(event, context)  # expect-error: mypy[arg-type] pyright[reportArgumentType]
