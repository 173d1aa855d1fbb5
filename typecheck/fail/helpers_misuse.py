"""Misuses of the decoding helpers that both checkers must reject."""

from lambda_events import (
    APIGatewayProxyEventDict,
    CloudWatchLogsEventDict,
    KafkaRecordDict,
    KinesisStreamRecordDict,
    SQSRecordDict,
    decode_cloudwatch_logs,
    decode_kafka_headers,
    decode_kafka_key,
    decode_kinesis_data,
    decode_kinesis_json,
    decode_sqs_s3_event,
    get_header,
    get_query_parameter,
    parse_arn,
    serialize_dynamodb_value,
)


def data_is_bytes_not_text(record: KinesisStreamRecordDict) -> str:
    return decode_kinesis_data(record)  # expect-error: mypy[return-value] pyright[reportReturnType]


def a_string_is_not_a_record(data: str) -> object:
    return decode_kinesis_json(data)  # expect-error: mypy[call-overload] pyright[reportArgumentType]


def the_s3_test_event_must_be_handled(record: SQSRecordDict) -> int:
    return len(decode_sqs_s3_event(record)["Records"])  # expect-error: mypy[index] pyright[reportOptionalSubscript,reportUnknownArgumentType]


def a_header_may_be_absent(event: APIGatewayProxyEventDict) -> str:
    return get_header(event, "Content-Type").lower()  # expect-error: mypy[union-attr] pyright[reportOptionalMemberAccess]


def a_parameter_is_text(event: APIGatewayProxyEventDict) -> int:
    return get_query_parameter(event, "page", "1") + 1  # expect-error: mypy[no-any-return,operator] pyright[reportOperatorIssue,reportUnknownVariableType]


def a_kafka_key_may_be_absent(record: KafkaRecordDict) -> str:
    return decode_kafka_key(record).hex()  # expect-error: mypy[union-attr] pyright[reportOptionalMemberAccess]


def kafka_header_values_are_bytes(record: KafkaRecordDict) -> str:
    return decode_kafka_headers(record)[0][1] + "!"  # expect-error: mypy[operator,return-value] pyright[reportOperatorIssue,reportUnknownVariableType]


def timestamps_are_numbers(event: CloudWatchLogsEventDict) -> str:
    return decode_cloudwatch_logs(event)["logEvents"][0]["timestamp"] + " ms"  # expect-error: mypy[operator,return-value] pyright[reportOperatorIssue,reportUnknownVariableType]


def not_every_arn_has_a_resource_type(arn: str) -> str:
    return parse_arn(arn).resource_type.upper()  # expect-error: mypy[union-attr] pyright[reportOptionalMemberAccess]


def parsed_arns_are_immutable(arn: str) -> None:
    parse_arn(arn).region = "eu-west-1"  # expect-error: mypy[misc] pyright[reportAttributeAccessIssue]


def attribute_values_must_be_narrowed(price: int) -> str:
    return serialize_dynamodb_value(price)["N"]  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def the_size_limit_is_keyword_only(event: CloudWatchLogsEventDict) -> object:
    return decode_cloudwatch_logs(event, 1024)  # expect-error: mypy[misc] pyright[reportCallIssue,reportUnknownVariableType]
