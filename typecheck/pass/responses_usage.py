"""Handlers that build their responses with the builders; each result has its source's exact response type."""

from __future__ import annotations

from decimal import Decimal

from lambda_events import (
    DENY_ALL_RESPONSE,
    ALBEventDict,
    ALBResponseDict,
    APIGatewayAuthorizerEventV2Dict,
    APIGatewayAuthorizerResponse,
    APIGatewayAuthorizerResponseDict,
    APIGatewayAuthorizerResponseV2,
    APIGatewayAuthorizerResponseV2Dict,
    APIGatewayAuthorizerTokenEventDict,
    APIGatewayProxyEventDict,
    APIGatewayProxyEventV2Dict,
    APIGatewayProxyResponseDict,
    APIGatewayProxyResponseV2Dict,
    AppSyncAuthorizerEventDict,
    AppSyncAuthorizerResponse,
    AppSyncAuthorizerResponseDict,
    BedrockAgentEventDict,
    BedrockAgentResponseDict,
    CloudFormationCustomResourceEventDict,
    CodePipelineJobEventDict,
    DynamoDBStreamBatchResponseDict,
    DynamoDBStreamEventDict,
    HttpVerb,
    KinesisFirehoseDataTransformationRecord,
    KinesisFirehoseDataTransformationResponse,
    KinesisFirehoseEventDict,
    KinesisFirehoseTransformationResponseDict,
    KinesisStreamBatchResponseDict,
    KinesisStreamEventDict,
    LambdaFunctionUrlEventDict,
    LambdaFunctionUrlResponseDict,
    S3BatchOperationEventDict,
    S3BatchOperationResponse,
    S3BatchOperationResponseDict,
    S3BatchOperationResponseRecord,
    SQSBatchResponseDict,
    SQSEventDict,
    VPCLatticeEventV2Dict,
    VPCLatticeResponseDict,
    alb_response,
    api_gateway_proxy_response,
    api_gateway_proxy_response_v2,
    bedrock_agent_api_response,
    bedrock_agent_function_response,
    binary_body,
    cloudformation_response,
    dynamodb_batch_response_from_records,
    get_codepipeline_artifact,
    json_body,
    kinesis_batch_response,
    lambda_function_url_response,
    put_codepipeline_artifact,
    send_cloudformation_response,
    sqs_batch_response_from_records,
    text_body,
    vpc_lattice_response,
)

ADMINS = {"alice"}
KNOWN_USERS = {"alice", "bob"}


def rest_api_handler(event: APIGatewayProxyEventDict, context: object) -> APIGatewayProxyResponseDict:
    """Answer with JSON, cookies as multi-value headers, and a 404 as text."""
    if event["path"] != "/prices":
        return api_gateway_proxy_response(text_body("not found"), status_code=404)
    return api_gateway_proxy_response(
        json_body({"price": Decimal("9.99")}, default=str),
        headers={"Cache-Control": "max-age=60"},
        multi_value_headers={"Set-Cookie": ["a=1; Secure", "b=2; Secure"]},
    )


def http_api_handler(event: APIGatewayProxyEventV2Dict, context: object) -> APIGatewayProxyResponseV2Dict:
    """Answer with JSON and a session cookie."""
    response = api_gateway_proxy_response_v2(json_body({"path": event["rawPath"]}), cookies=["session=abc; HttpOnly"])
    response["headers"] = {**response.get("headers", {}), "X-Handled-By": "http_api_handler"}
    return response


def alb_handler(event: ALBEventDict, context: object) -> ALBResponseDict:
    """Answer a multi-value target group with an image."""
    if "multiValueHeaders" in event:
        return alb_response(binary_body(b"GIF89a", "image/gif"), multi_value_headers={"Cache-Control": ["no-store"]})
    return alb_response(binary_body(b"GIF89a", "image/gif"), headers={"Cache-Control": "no-store"})


def function_url_handler(event: LambdaFunctionUrlEventDict, context: object) -> LambdaFunctionUrlResponseDict:
    """Answer 204 with a cookie that clears the session."""
    return lambda_function_url_response(status_code=204, cookies=["session=; Max-Age=0"])


def vpc_lattice_handler(event: VPCLatticeEventV2Dict, context: object) -> VPCLatticeResponseDict:
    """Answer with text."""
    response = vpc_lattice_response(text_body(f"{event['method']} {event['path']}"), status_code=202)
    description: str = response.get("statusDescription", "")
    print(description)
    return response


def token_authorizer(event: APIGatewayAuthorizerTokenEventDict, context: object) -> APIGatewayAuthorizerResponseDict:
    """Deny unknown users; allow admins everything and others reads, with conditions on one route."""
    user = event["authorizationToken"]
    if user not in KNOWN_USERS:
        return DENY_ALL_RESPONSE
    policy = APIGatewayAuthorizerResponse.from_route_arn(event["methodArn"], user, context={"user": user, "level": 2})
    if user in ADMINS:
        policy.allow_all_routes()
    else:
        policy.allow_route(HttpVerb.GET, "/pets/*")
        policy.allow_route("POST", "/pets", conditions={"IpAddress": {"aws:SourceIp": ["203.0.113.0/24"]}})
        policy.deny_all_routes(HttpVerb.DELETE)
    response = policy.asdict()
    statements = response["policyDocument"]["Statement"]
    print(len(statements), statements[0]["Effect"])
    return response


def http_api_simple_authorizer(event: APIGatewayAuthorizerEventV2Dict, context: object) -> APIGatewayAuthorizerResponseV2Dict:
    """Allow requests that carry any identity source."""
    return APIGatewayAuthorizerResponseV2(bool(event.get("identitySource")), {"roles": ["reader"]}).asdict()


def appsync_authorizer(event: AppSyncAuthorizerEventDict, context: object) -> AppSyncAuthorizerResponseDict:
    """Authorize a token, hiding one field."""
    response = AppSyncAuthorizerResponse(
        event["authorizationToken"] == "secret", max_age=300, deny_fields=["Query.salary"]
    ).asdict()
    if response["isAuthorized"]:
        response["resolverContext"] = {"tenant": "acme"}
    return response


def firehose_handler(event: KinesisFirehoseEventDict, context: object) -> KinesisFirehoseTransformationResponseDict:
    """Upper-case every record, partitioned by Region."""
    response = KinesisFirehoseDataTransformationResponse.from_event(event)
    for record in event["records"]:
        response.add_record(
            KinesisFirehoseDataTransformationRecord.from_text(
                record["recordId"], record["data"].upper(), partition_keys={"region": event["region"]}
            )
        )
    return response.asdict()


def s3_batch_handler(event: S3BatchOperationEventDict, context: object) -> S3BatchOperationResponseDict:
    """Succeed every task."""
    response = S3BatchOperationResponse.from_event(event, treat_missing_keys_as="TemporaryFailure")
    for task in event["tasks"]:
        response.add_result(S3BatchOperationResponseRecord(task["taskId"], "Succeeded", task["s3Key"]))
    return response.asdict()


def sqs_handler(event: SQSEventDict, context: object) -> SQSBatchResponseDict:
    """Retry the messages whose body is empty."""
    return sqs_batch_response_from_records(record for record in event["Records"] if not record["body"])


def kinesis_handler(event: KinesisStreamEventDict, context: object) -> KinesisStreamBatchResponseDict:
    """Retry from the first record without data."""
    failed = [record["kinesis"]["sequenceNumber"] for record in event["Records"] if not record["kinesis"]["data"]]
    return kinesis_batch_response(failed[:1])


def dynamodb_handler(event: DynamoDBStreamEventDict, context: object) -> DynamoDBStreamBatchResponseDict:
    """Retry the removals."""
    return dynamodb_batch_response_from_records(r for r in event["Records"] if r["eventName"] == "REMOVE")


def custom_resource_handler(event: CloudFormationCustomResourceEventDict, context: object) -> None:
    """Report success with an attribute, or the failure."""
    try:
        response = cloudformation_response(event, "SUCCESS", data={"Endpoint": "db.example.com"}, no_echo=False)
    except ValueError as error:
        response = cloudformation_response(event, "FAILED", reason=str(error))
    if event["RequestType"] == "Create":
        response["PhysicalResourceId"] = f"db-{event['LogicalResourceId']}"
    send_cloudformation_response(event, response, timeout=5.0, retries=2)


def bedrock_handler(event: BedrockAgentEventDict, context: object) -> BedrockAgentResponseDict:
    """Answer either kind of action group."""
    if "function" in event:
        return bedrock_agent_function_response(event, "booked", response_state="REPROMPT")
    return bedrock_agent_api_response(event, {"claims": []}, status_code=200)


def pipeline_handler(event: CodePipelineJobEventDict, context: object) -> None:
    """Copy a template from the source artifact to the output artifact."""
    template: bytes = get_codepipeline_artifact(event, "SourceArtifact", "template.yaml")
    put_codepipeline_artifact(event, "BuildArtifact", "template.yaml", template.replace(b"dev", b"prod"))
