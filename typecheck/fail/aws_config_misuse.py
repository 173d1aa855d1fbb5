"""Misuses of the AWS Config rule types that both checkers must reject."""

from lambda_events import AWSConfigConfigurationItemChangeNotificationDict, AWSConfigRuleEventDict


def left_scope_is_a_bool(event: AWSConfigRuleEventDict) -> str:
    return event["eventLeftScope"].lower()  # expect-error: mypy[attr-defined,no-any-return] pyright[reportAttributeAccessIssue,reportUnknownMemberType,reportUnknownVariableType]


def invoking_event_is_a_string(event: AWSConfigRuleEventDict) -> str:
    return event["invokingEvent"]["messageType"]  # expect-error: mypy[index] pyright[reportArgumentType]


def configuration_may_be_null(notification: AWSConfigConfigurationItemChangeNotificationDict) -> object:
    return notification["configurationItem"]["configuration"]["instanceType"]  # expect-error: mypy[index] pyright[reportOptionalSubscript,reportUnknownVariableType]


def status_is_a_closed_set(notification: AWSConfigConfigurationItemChangeNotificationDict) -> None:
    notification["configurationItem"]["configurationItemStatus"] = "Deleted"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]
