"""What every public helper and builder returns, pinned with `assert_type` (typeshed's test-case style): a
helper that started returning `Any`, or a wider type, fails `make typecheck` under both checkers.

Each helper is called twice where it accepts an event: with our TypedDict and with a plain `dict`, so a
handler typed `dict[str, Any]` is never punished. `tests/test_typecheck_pass.py` checks that every public
function of `lambda_events.helpers` is named in an `assert_type` here or in `guard_narrowing.py`.
"""

from __future__ import annotations

from typing import Any, Optional, Union

from typing_extensions import NotRequired, TypedDict, assert_type

from lambda_events import (
    ALBResponseDict,
    APIGatewayAuthorizerResponse,
    APIGatewayAuthorizerResponseWebSocket,
    APIGatewayAuthorizerResponseDict,
    APIGatewayAuthorizerResponseV2,
    APIGatewayAuthorizerResponseV2Dict,
    APIGatewayProxyResponseDict,
    APIGatewayProxyResponseV2Dict,
    APIGatewayRouteArn,
    AppSyncAuthorizerResponse,
    AppSyncAuthorizerResponseDict,
    ARN,
    AttributeValueDict,
    AWSConfigInvokingEventDict,
    BedrockAgentApiResponseDict,
    BedrockAgentFunctionResponseDict,
    CloudFormationCustomResourceResponseDict,
    CloudWatchLogsDecodedDataDict,
    DynamoDBStreamBatchResponseDict,
    EventSource,
    EventSourceMappingFailureRecordDict,
    HttpResponseBody,
    JSONValue,
    KinesisFirehoseDataTransformationResponse,
    KinesisFirehoseTransformationResponseDict,
    KinesisStreamBatchResponseDict,
    LambdaDestinationRecordDict,
    LambdaFunctionUrlResponseDict,
    S3BatchOperationResponse,
    S3BatchOperationResponseDict,
    S3EventDict,
    SNSNotificationDict,
    SQSBatchResponseDict,
    SQSEventDict,
    ValidationProblem,
    VPCLatticeResponseDict,
    alb_response,
    api_gateway_proxy_response,
    api_gateway_proxy_response_v2,
    assert_valid_event,
    base64_from_bytes,
    base64_from_json,
    base64_from_str,
    bedrock_agent_api_response,
    bedrock_agent_function_response,
    binary_body,
    cloudformation_response,
    decode_body,
    decode_cloudwatch_logs,
    decode_codepipeline_user_parameters,
    decode_config_invoking_event,
    decode_config_rule_parameters,
    decode_event_source_mapping_failure,
    decode_firehose_data,
    decode_firehose_json,
    decode_firehose_text,
    decode_ground_truth_annotation,
    decode_iot_rule_original_payload,
    decode_iot_rule_original_payload_json,
    decode_json_body,
    decode_kafka_headers,
    decode_kafka_json,
    decode_kafka_key,
    decode_kafka_text,
    decode_kafka_value,
    decode_kinesis_data,
    decode_kinesis_json,
    decode_kinesis_text,
    decode_lambda_destination_record,
    decode_mq_data,
    decode_mq_json,
    decode_mq_text,
    decode_sns_json,
    decode_sns_s3_event,
    decode_sqs_json,
    decode_sqs_s3_event,
    decode_sqs_sns_message,
    decode_sqs_sns_s3_event,
    decode_text_body,
    deserialize_dynamodb_image,
    deserialize_dynamodb_value,
    detect_event_source,
    dynamodb_batch_response,
    dynamodb_batch_response_from_records,
    extract_cloudwatch_logs_from_firehose_record,
    extract_cloudwatch_logs_from_kinesis_event,
    extract_cloudwatch_logs_from_kinesis_record,
    find_event_problems,
    get_all_headers,
    get_codepipeline_artifact,
    get_cookies,
    get_header,
    get_multi_value_header,
    get_multi_value_query_parameter,
    get_query_parameter,
    json_body,
    kinesis_batch_response,
    kinesis_batch_response_from_records,
    lambda_function_url_response,
    parse_api_gateway_route_arn,
    parse_arn,
    put_codepipeline_artifact,
    redact,
    s3_object_key,
    send_cloudformation_response,
    serialize_dynamodb_item,
    serialize_dynamodb_value,
    sqs_batch_response,
    sqs_batch_response_from_records,
    text_body,
    vpc_lattice_response,
)
from lambda_events.testing import (
    amazon_mq_activemq_event,
    api_gateway_event,
    aws_config_event,
    bedrock_agent_event,
    bedrock_agent_function_event,
    cloudformation_event,
    cloudwatch_logs_event,
    codepipeline_event,
    dynamodb_event,
    iot_rule_error_action_event,
    kafka_event,
    kinesis_event,
    kinesis_firehose_event,
    s3_event,
    sns_event,
    sqs_event,
)

PLAIN: dict[str, Any] = {}


class OrderDict(TypedDict):
    """A user's own payload type, for the decoders' `type=` form."""

    id: str
    """The order's id."""
    note: NotRequired[Optional[str]]
    """A free-text note."""


def decoders() -> None:
    sqs = sqs_event()["Records"][0]
    assert_type(decode_sqs_json(sqs), Any)
    assert_type(decode_sqs_json(PLAIN), Any)
    assert_type(decode_sqs_sns_message(sqs), SNSNotificationDict)
    assert_type(decode_sqs_s3_event(sqs), Optional[S3EventDict])
    assert_type(decode_sqs_sns_s3_event(PLAIN), Optional[S3EventDict])
    sns = sns_event()["Records"][0]
    assert_type(decode_sns_json(sns), Any)
    assert_type(decode_sns_s3_event(sns), Optional[S3EventDict])
    assert_type(s3_object_key(s3_event()["Records"][0]), str)
    kinesis = kinesis_event()["Records"][0]
    assert_type(decode_kinesis_data(kinesis), bytes)
    assert_type(decode_kinesis_text(PLAIN), str)
    assert_type(decode_kinesis_json(kinesis), Any)
    firehose = kinesis_firehose_event()["records"][0]
    assert_type(decode_firehose_data(firehose), bytes)
    assert_type(decode_firehose_text(firehose), str)
    assert_type(decode_firehose_json(PLAIN), Any)
    kafka = next(iter(kafka_event()["records"].values()))[0]
    assert_type(decode_kafka_value(kafka), bytes)
    assert_type(decode_kafka_text(kafka), str)
    assert_type(decode_kafka_json(kafka), Any)
    assert_type(decode_kafka_key(kafka), Optional[bytes])
    assert_type(decode_kafka_headers(PLAIN), list[tuple[str, bytes]])
    message = amazon_mq_activemq_event()["messages"][0]
    assert_type(decode_mq_data(message), bytes)
    assert_type(decode_mq_text(message), str)
    assert_type(decode_mq_json(PLAIN), Any)
    logs = cloudwatch_logs_event()
    assert_type(decode_cloudwatch_logs(logs), CloudWatchLogsDecodedDataDict)
    assert_type(extract_cloudwatch_logs_from_kinesis_record(kinesis), CloudWatchLogsDecodedDataDict)
    assert_type(extract_cloudwatch_logs_from_kinesis_event(kinesis_event()), list[CloudWatchLogsDecodedDataDict])
    assert_type(extract_cloudwatch_logs_from_firehose_record(firehose), CloudWatchLogsDecodedDataDict)
    image = dynamodb_event(new_images=[{"id": "1"}])["Records"][0]["dynamodb"]["Keys"]
    assert_type(deserialize_dynamodb_image(image), dict[str, Any])
    assert_type(deserialize_dynamodb_value({"S": "x"}), Any)
    assert_type(serialize_dynamodb_value("x"), AttributeValueDict)
    assert_type(serialize_dynamodb_item({"id": "1"}), dict[str, AttributeValueDict])
    config = aws_config_event()
    assert_type(decode_config_invoking_event(config), AWSConfigInvokingEventDict)
    assert_type(decode_config_rule_parameters(PLAIN), dict[str, Any])
    assert_type(decode_codepipeline_user_parameters(codepipeline_event()), Any)
    assert_type(decode_lambda_destination_record(sqs), LambdaDestinationRecordDict[Any, Any])
    assert_type(decode_event_source_mapping_failure("{}"), EventSourceMappingFailureRecordDict)
    assert_type(decode_iot_rule_original_payload(iot_rule_error_action_event()), bytes)
    assert_type(decode_iot_rule_original_payload_json(PLAIN), Any)
    assert_type(decode_ground_truth_annotation(PLAIN), Any)


def typed_decoders() -> None:
    """The typed forms of the JSON decoders: `as_json=True` gives `JSONValue`, `type=` the TypedDict named."""
    sqs = sqs_event()["Records"][0]
    assert_type(decode_sqs_json(sqs, as_json=True), JSONValue)
    assert_type(decode_sqs_json(PLAIN, type=OrderDict, allow_nan=True), OrderDict)
    assert_type(decode_sqs_json(sqs, as_json=False), Any)
    assert_type(decode_sns_json(sns_event()["Records"][0], as_json=True), JSONValue)
    assert_type(decode_sns_json(PLAIN, type=OrderDict), OrderDict)
    kinesis = kinesis_event()["Records"][0]
    assert_type(decode_kinesis_json(kinesis, as_json=True, allow_nan=True), JSONValue)
    assert_type(decode_kinesis_json(kinesis, type=OrderDict), OrderDict)
    firehose = kinesis_firehose_event()["records"][0]
    assert_type(decode_firehose_json(firehose, as_json=True), JSONValue)
    assert_type(decode_firehose_json(firehose, type=OrderDict), OrderDict)
    kafka = next(iter(kafka_event()["records"].values()))[0]
    assert_type(decode_kafka_json(kafka, as_json=True), JSONValue)
    assert_type(decode_kafka_json(kafka, type=OrderDict), OrderDict)
    message = amazon_mq_activemq_event()["messages"][0]
    assert_type(decode_mq_json(message, as_json=True), JSONValue)
    assert_type(decode_mq_json(message, type=OrderDict), OrderDict)
    assert_type(decode_json_body(api_gateway_event(), as_json=True), JSONValue)
    assert_type(decode_json_body(PLAIN, type=OrderDict), OrderDict)
    iot = iot_rule_error_action_event()
    assert_type(decode_iot_rule_original_payload_json(iot, as_json=True), JSONValue)
    assert_type(decode_iot_rule_original_payload_json(iot, type=OrderDict), OrderDict)
    pipeline = codepipeline_event()
    assert_type(decode_codepipeline_user_parameters(pipeline, as_json=True), JSONValue)
    assert_type(decode_codepipeline_user_parameters(pipeline, type=OrderDict), Optional[OrderDict])
    assert_type(decode_ground_truth_annotation(PLAIN, as_json=True), JSONValue)
    assert_type(decode_ground_truth_annotation(PLAIN, type=OrderDict), OrderDict)
    record = decode_lambda_destination_record(sqs, as_json=True)
    assert_type(record, LambdaDestinationRecordDict[JSONValue, JSONValue])
    both = decode_lambda_destination_record(sqs, request_type=OrderDict, response_type=OrderDict)
    assert_type(both, LambdaDestinationRecordDict[OrderDict, OrderDict])
    request = decode_lambda_destination_record(sqs, request_type=OrderDict)
    assert_type(request, LambdaDestinationRecordDict[OrderDict, Any])
    response = decode_lambda_destination_record(PLAIN, response_type=OrderDict)
    assert_type(response, LambdaDestinationRecordDict[Any, OrderDict])


def json_value_narrowing(value: JSONValue) -> int:
    """`isinstance` narrows a `JSONValue` to a `dict[str, JSONValue]` or `list[JSONValue]` with nothing unknown.

    The narrowed types are pinned by assignment (`dict` and `list` are invariant, so only the exact type is
    accepted) rather than `assert_type`, which pyright reports as a mismatch for a recursive alias it has
    expanded once even though the two types are the same.
    """
    if isinstance(value, dict):
        fields: dict[str, JSONValue] = value
        for key in fields:
            assert_type(key, str)
        return len(fields)
    if isinstance(value, list):
        items: list[JSONValue] = value
        return len(items)
    if isinstance(value, str):
        assert_type(value, str)
        return len(value)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        assert_type(value, Union[int, float])
        return round(value)
    assert_type(value, None)
    return 0


def http_requests() -> None:
    request = api_gateway_event()
    assert_type(get_header(request, "host"), Optional[str])
    assert_type(get_header(PLAIN, "host", ""), str)
    assert_type(get_multi_value_header(request, "accept"), list[str])
    assert_type(get_all_headers(request), dict[str, list[str]])
    assert_type(get_query_parameter(PLAIN, "page"), Optional[str])
    assert_type(get_query_parameter(request, "page", 1), Union[str, int])
    assert_type(get_multi_value_query_parameter(request, "tag"), list[str])
    assert_type(get_cookies(request), dict[str, str])
    assert_type(decode_body(request), bytes)
    assert_type(decode_text_body(request), str)
    assert_type(decode_json_body(PLAIN), Any)


def responses() -> None:
    assert_type(json_body({"ok": True}), HttpResponseBody)
    body = json_body({"ok": True})
    assert_type(text_body("ok"), HttpResponseBody)
    assert_type(binary_body(b"\x00"), HttpResponseBody)
    assert_type(api_gateway_proxy_response(body), APIGatewayProxyResponseDict)
    assert_type(api_gateway_proxy_response_v2(body), APIGatewayProxyResponseV2Dict)
    assert_type(alb_response(body), ALBResponseDict)
    assert_type(lambda_function_url_response(body), LambdaFunctionUrlResponseDict)
    assert_type(vpc_lattice_response(body), VPCLatticeResponseDict)
    assert_type(base64_from_bytes(b"x"), str)
    assert_type(base64_from_str("x"), str)
    assert_type(base64_from_json({"x": 1}), str)
    assert_type(sqs_batch_response(["m-1"]), SQSBatchResponseDict)
    assert_type(sqs_batch_response_from_records(sqs_event()["Records"]), SQSBatchResponseDict)
    assert_type(kinesis_batch_response(["1"]), KinesisStreamBatchResponseDict)
    assert_type(kinesis_batch_response_from_records(kinesis_event()["Records"]), KinesisStreamBatchResponseDict)
    assert_type(dynamodb_batch_response(["1"]), DynamoDBStreamBatchResponseDict)
    assert_type(dynamodb_batch_response_from_records(dynamodb_event()["Records"]), DynamoDBStreamBatchResponseDict)
    resource = cloudformation_event()
    assert_type(cloudformation_response(resource, "SUCCESS"), CloudFormationCustomResourceResponseDict)
    assert_type(send_cloudformation_response(resource, cloudformation_response(resource, "FAILED")), None)
    assert_type(bedrock_agent_api_response(bedrock_agent_event(), {"ok": True}), BedrockAgentApiResponseDict)
    assert_type(bedrock_agent_function_response(bedrock_agent_function_event(), "ok"), BedrockAgentFunctionResponseDict)
    assert_type(get_codepipeline_artifact(codepipeline_event(), "in", "a.txt"), bytes)
    assert_type(put_codepipeline_artifact(codepipeline_event(), "out", "a.txt", b"x"), None)


def builders() -> None:
    policy = APIGatewayAuthorizerResponse("user", "us-east-1", "123456789012", "a1b2c3", "prod")
    assert_type(policy.asdict(), APIGatewayAuthorizerResponseDict)
    assert_type(APIGatewayAuthorizerResponseV2(authorize=True).asdict(), APIGatewayAuthorizerResponseV2Dict)
    assert_type(AppSyncAuthorizerResponse(authorize=True).asdict(), AppSyncAuthorizerResponseDict)
    assert_type(AppSyncAuthorizerResponse().asdict(), AppSyncAuthorizerResponseDict)
    websocket = APIGatewayAuthorizerResponseWebSocket.from_route_arn("arn:aws:execute-api:r:1:api/prod/$connect", "user")
    assert_type(websocket, APIGatewayAuthorizerResponseWebSocket)
    assert_type(websocket.asdict(), APIGatewayAuthorizerResponseDict)
    firehose = KinesisFirehoseDataTransformationResponse()
    assert_type(firehose.asdict(), KinesisFirehoseTransformationResponseDict)
    batch = S3BatchOperationResponse(invocation_schema_version="1.0", invocation_id="i")
    assert_type(batch.asdict(), S3BatchOperationResponseDict)
    assert_type(parse_arn("arn:aws:sqs:us-east-1:123456789012:q"), ARN)
    assert_type(parse_api_gateway_route_arn("arn:aws:execute-api:us-east-1:1:a/s/GET/"), APIGatewayRouteArn)


def checks() -> None:
    assert_type(detect_event_source(PLAIN), Optional[EventSource])
    assert_type(find_event_problems(PLAIN, SQSBatchResponseDict), list[ValidationProblem])
    assert_type(assert_valid_event(PLAIN, SQSBatchResponseDict), None)
    assert_type(redact(sqs_event()), SQSEventDict)
    assert_type(redact(PLAIN), dict[str, Any])
