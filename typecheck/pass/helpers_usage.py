"""Handlers that decode nested payloads with the helpers, on our TypedDicts and on plain dicts alike."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Optional

from lambda_events import (
    APIGatewayAuthorizerTokenEventDict,
    APIGatewayProxyEventDict,
    APIGatewayProxyEventV2Dict,
    APIGatewayProxyResponseDict,
    AttributeValueDict,
    AWSConfigRuleEventDict,
    CloudWatchLogsEventDict,
    CodePipelineJobEventDict,
    DynamoDBStreamEventDict,
    EventDecodeError,
    KafkaEventDict,
    KinesisFirehoseEventDict,
    KinesisStreamBatchResponseDict,
    KinesisStreamEventDict,
    S3EventDict,
    SNSEventDict,
    SQSBatchResponseDict,
    SQSEventDict,
    decode_body,
    decode_cloudwatch_logs,
    decode_codepipeline_user_parameters,
    decode_config_invoking_event,
    decode_config_rule_parameters,
    decode_firehose_json,
    decode_json_body,
    decode_kafka_headers,
    decode_kafka_key,
    decode_kafka_text,
    decode_kinesis_data,
    decode_kinesis_json,
    decode_sns_s3_event,
    decode_sqs_s3_event,
    decode_sqs_sns_message,
    deserialize_dynamodb_image,
    deserialize_dynamodb_value,
    extract_cloudwatch_logs_from_kinesis_event,
    get_cookies,
    get_header,
    get_multi_value_header,
    get_multi_value_query_parameter,
    get_query_parameter,
    parse_api_gateway_route_arn,
    parse_arn,
    s3_object_key,
    serialize_dynamodb_item,
    serialize_dynamodb_value,
)


def store(key: str, value: object) -> None:
    """Pretend to store something."""


def kinesis_handler(event: KinesisStreamEventDict, context: object) -> KinesisStreamBatchResponseDict:
    """Decode each record's JSON; report the records that are not JSON so only they are retried."""
    response: KinesisStreamBatchResponseDict = {"batchItemFailures": []}
    for record in event["Records"]:
        raw: bytes = decode_kinesis_data(record)
        try:
            order = decode_kinesis_json(record)
        except EventDecodeError as error:
            print(f"{error.where}: {error.problem} ({len(raw)} bytes)")
            response["batchItemFailures"].append({"itemIdentifier": record["kinesis"]["sequenceNumber"]})
            continue
        stream = parse_arn(record["eventSourceARN"])
        store(f"{stream.region}/{stream.resource_id}", order)
    return response


def plain_dict_kinesis_handler(event: dict[str, Any], context: object) -> int:
    """The same helpers accept the untyped dict Lambda hands over."""
    total = 0
    for record in event["Records"]:
        total += len(decode_kinesis_data(record))
        store(record["eventID"], decode_kinesis_json(record))
    return total


def firehose_handler(event: KinesisFirehoseEventDict, context: object) -> list[str]:
    """Read each record's JSON document."""
    return [str(decode_firehose_json(record).get("ticker")) for record in event["records"]]


def kafka_handler(event: KafkaEventDict, context: object) -> None:
    """Keys may be absent; headers may repeat."""
    for batch in event["records"].values():
        for record in batch:
            key: Optional[bytes] = decode_kafka_key(record)
            headers: list[tuple[str, bytes]] = decode_kafka_headers(record)
            trace = [value.decode() for name, value in headers if name == "traceparent"]
            store(key.hex() if key is not None else "no-key", (decode_kafka_text(record), trace))


def fan_out_handler(event: SQSEventDict, context: object) -> SQSBatchResponseDict:
    """An S3 bucket notifies a topic, which fans out to this queue."""
    response: SQSBatchResponseDict = {"batchItemFailures": []}
    for record in event["Records"]:
        try:
            notification = decode_sqs_sns_message(record)
            s3_event = decode_sqs_s3_event({"body": notification["Message"]})
        except EventDecodeError:
            response["batchItemFailures"].append({"itemIdentifier": record["messageId"]})
            continue
        if s3_event is None:  # the s3:TestEvent sent when the notification was configured
            continue
        for s3_record in s3_event["Records"]:
            store(s3_record["s3"]["bucket"]["name"], s3_object_key(s3_record))
    return response


def sns_handler(event: SNSEventDict, context: object) -> None:
    """S3 notifications published to a topic this function subscribes to."""
    for record in event["Records"]:
        s3_event: Optional[S3EventDict] = decode_sns_s3_event(record)
        if s3_event is not None:
            keys = [s3_object_key(s3_record) for s3_record in s3_event["Records"]]
            store(record["Sns"]["TopicArn"], keys)


def rest_api_handler(event: APIGatewayProxyEventDict, context: object) -> APIGatewayProxyResponseDict:
    """Headers case-insensitively, query parameters with defaults, the body as JSON."""
    content_type: Optional[str] = get_header(event, "content-type")
    page: str = get_query_parameter(event, "page", "1")
    tags: list[str] = get_multi_value_query_parameter(event, "tag")
    accepts: list[str] = get_multi_value_header(event, "Accept")
    session: Optional[str] = get_cookies(event).get("session")
    if content_type is None or not content_type.startswith("application/json"):
        return {"statusCode": 415, "body": "expected JSON"}
    try:
        order = decode_json_body(event)
    except EventDecodeError as error:
        return {"statusCode": 400, "body": str(error)}
    store(f"{page}/{','.join(tags)}/{accepts}/{session}", order)
    return {"statusCode": 201, "body": ""}


def http_api_handler(event: APIGatewayProxyEventV2Dict, context: object) -> dict[str, Any]:
    """The same helpers on payload format 2.0."""
    upload: bytes = decode_body(event)
    return {"statusCode": 200, "body": f"{len(upload)} bytes from {get_header(event, 'User-Agent', 'unknown')}"}


def plain_dict_http_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    """An untyped event works too."""
    name = get_query_parameter(event, "name") or "world"
    return {"statusCode": 200, "body": f"hello {name}", "cookies": list(get_cookies(event))}


def authorizer(event: APIGatewayAuthorizerTokenEventDict, context: object) -> str:
    """Allow every method of the stage the caller asked for."""
    route = parse_api_gateway_route_arn(event["methodArn"])
    return route._replace(http_method="*", resource_path="/*").arn


def dynamodb_handler(event: DynamoDBStreamEventDict, context: object) -> None:
    """Work on items as Python values; write one back in DynamoDB's form."""
    for record in event["Records"]:
        change = record["dynamodb"]
        if "NewImage" not in change:
            continue
        item: dict[str, Any] = deserialize_dynamodb_image(change["NewImage"])
        total: Decimal = item["total"]
        attribute_values: dict[str, AttributeValueDict] = serialize_dynamodb_item(dict(item, total=total * 2))
        status = serialize_dynamodb_value("shipped")
        if "S" in status:
            store(status["S"], attribute_values)
        key_value = deserialize_dynamodb_value(record["dynamodb"]["Keys"]["id"])
        store(str(key_value), item)


def plain_dict_dynamodb_handler(event: dict[str, Any], context: object) -> list[dict[str, Any]]:
    """Untyped records deserialize the same way."""
    return [deserialize_dynamodb_image(record["dynamodb"]["Keys"]) for record in event["Records"]]


def logs_handler(event: CloudWatchLogsEventDict, context: object) -> list[str]:
    """Log events from a subscription filter."""
    document = decode_cloudwatch_logs(event, max_size=16 * 1024 * 1024)
    if document["messageType"] == "CONTROL_MESSAGE":
        return []
    return [f"{log_event['timestamp']} {log_event['message']}" for log_event in document["logEvents"]]


def logs_through_kinesis_handler(event: KinesisStreamEventDict, context: object) -> int:
    """Log events that a subscription wrote into a Kinesis stream."""
    return sum(len(document["logEvents"]) for document in extract_cloudwatch_logs_from_kinesis_event(event))


def config_rule_handler(event: AWSConfigRuleEventDict, context: object) -> str:
    """Evaluate according to what triggered the rule."""
    invoking = decode_config_invoking_event(event)
    parameters: dict[str, Any] = decode_config_rule_parameters(event)
    if invoking["messageType"] == "ScheduledNotification":
        return f"periodic check with {parameters}"
    return invoking["messageType"]


def pipeline_handler(event: CodePipelineJobEventDict, context: object) -> None:
    """JSON parameters of a pipeline action."""
    parameters = decode_codepipeline_user_parameters(event)
    store(event["CodePipeline.job"]["id"], parameters if parameters is not None else {})
