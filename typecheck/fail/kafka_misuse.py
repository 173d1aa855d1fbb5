"""Misuses of the Kafka types that both checkers must reject."""

from lambda_events import KafkaEventDict, KafkaRecordDict


def key_may_be_null(record: KafkaRecordDict) -> str:
    return record.get("key", "").upper()  # expect-error: mypy[union-attr] pyright[reportOptionalMemberAccess]


def header_values_are_byte_lists(record: KafkaRecordDict) -> str:
    return record["headers"][0]["traceparent"].decode()  # expect-error: mypy[attr-defined,no-any-return] pyright[reportAttributeAccessIssue,reportUnknownMemberType,reportUnknownVariableType]


def timestamp_type_is_a_closed_set(record: KafkaRecordDict) -> None:
    record["timestampType"] = "BROKER_TIME"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]


def records_are_grouped_by_topic_partition(event: KafkaEventDict) -> KafkaRecordDict:
    return event["records"][0]  # expect-error: mypy[index,return-value] pyright[reportArgumentType,reportReturnType]
