"""Misuses of the response types and builders that both checkers must reject."""

from lambda_events import (
    ALBResponseDict,
    APIGatewayAuthorizerResponse,
    APIGatewayAuthorizerResponseDict,
    APIGatewayAuthorizerResponseV2Dict,
    APIGatewayProxyResponseDict,
    AppSyncAuthorizerResponseDict,
    BedrockAgentFunctionEventDict,
    CloudFormationCustomResourceEventDict,
    HttpVerb,
    KinesisFirehoseDataTransformationRecord,
    S3BatchOperationResponseRecord,
    alb_response,
    api_gateway_proxy_response_v2,
    bedrock_agent_function_response,
    binary_body,
    cloudformation_response,
    sqs_batch_response,
    vpc_lattice_response,
)


def status_code_as_text() -> APIGatewayProxyResponseDict:
    return {"statusCode": "200", "body": "ok"}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def authorizer_without_policy() -> APIGatewayAuthorizerResponseDict:
    return {"principalId": "user-1"}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def simple_authorizer_answer_as_text() -> APIGatewayAuthorizerResponseV2Dict:
    return {"isAuthorized": "yes"}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def appsync_ttl_as_text() -> AppSyncAuthorizerResponseDict:
    return {"isAuthorized": True, "ttlOverride": "300"}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def unknown_http_verb(policy: APIGatewayAuthorizerResponse) -> None:
    policy.allow_route("FETCH", "/pets")  # expect-error: mypy[arg-type] pyright[reportArgumentType]


def lower_case_http_verb(policy: APIGatewayAuthorizerResponse) -> None:
    policy.deny_route("get", "/pets")  # expect-error: mypy[arg-type] pyright[reportArgumentType]


def http_verb_that_does_not_exist() -> str:
    return HttpVerb.ANY.value  # expect-error: mypy[attr-defined,no-any-return] pyright[reportAttributeAccessIssue,reportUnknownMemberType,reportUnknownVariableType]


def nested_authorizer_context() -> APIGatewayAuthorizerResponse:
    return APIGatewayAuthorizerResponse("u", "us-east-1", "123456789012", "a1", "prod", context={"user": {"id": 1}})  # expect-error: mypy[dict-item] pyright[reportArgumentType]


def http_api_response_where_rest_is_expected() -> APIGatewayProxyResponseDict:
    return api_gateway_proxy_response_v2()  # expect-error: mypy[return-value] pyright[reportReturnType]


def lattice_response_where_alb_is_expected() -> ALBResponseDict:
    return vpc_lattice_response()  # expect-error: mypy[return-value] pyright[reportReturnType]


def cookies_on_a_load_balancer() -> ALBResponseDict:
    return alb_response(cookies=["a=b"])  # expect-error: mypy[call-arg] pyright[reportCallIssue,reportUnknownVariableType]


def multi_value_headers_on_an_http_api() -> None:
    api_gateway_proxy_response_v2(multi_value_headers={"Set-Cookie": ["a=b"]})  # expect-error: mypy[call-arg] pyright[reportCallIssue]


def binary_body_from_text() -> None:
    binary_body("not bytes")  # expect-error: mypy[arg-type] pyright[reportArgumentType]


def firehose_result_typo() -> None:
    KinesisFirehoseDataTransformationRecord("record-1", "Failed")  # expect-error: mypy[arg-type] pyright[reportArgumentType]


def s3_batch_result_code_typo() -> None:
    S3BatchOperationResponseRecord("task-1", "Success")  # expect-error: mypy[arg-type] pyright[reportArgumentType]


def cloudformation_status_typo(event: CloudFormationCustomResourceEventDict) -> None:
    cloudformation_response(event, "OK")  # expect-error: mypy[arg-type] pyright[reportArgumentType]


def bedrock_response_state_typo(event: BedrockAgentFunctionEventDict) -> None:
    bedrock_agent_function_response(event, "done", response_state="DONE")  # expect-error: mypy[arg-type] pyright[reportArgumentType]


def batch_failures_are_ids_not_numbers() -> None:
    sqs_batch_response([1, 2])  # expect-error: mypy[list-item] pyright[reportArgumentType]
