"""Misuses of the Amazon MQ types that both checkers must reject."""

from lambda_events import ActiveMQEventDict, ActiveMQMessageDict, RabbitMQMessageDict


def message_id_is_spelt_id(message: ActiveMQMessageDict) -> str:
    return message["messageId"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def event_source_is_fixed(event: ActiveMQEventDict) -> None:
    event["eventSource"] = "aws:activemq"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]


def content_type_may_be_null(message: RabbitMQMessageDict) -> str:
    return message["basicProperties"]["contentType"].lower()  # expect-error: mypy[union-attr] pyright[reportOptionalMemberAccess]


def body_size_is_a_number(message: RabbitMQMessageDict) -> str:
    return message["basicProperties"]["bodySize"] + " bytes"  # expect-error: mypy[operator,return-value] pyright[reportOperatorIssue,reportUnknownVariableType]
