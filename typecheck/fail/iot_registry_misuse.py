"""Misuses of the AWS IoT registry event types that both checkers must reject."""

from lambda_events import IoTRegistryEventDict, IoTRegistryThingEventDict


def narrow_before_reading_the_thing_name(event: IoTRegistryEventDict) -> str:
    return event["thingName"]  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def operation_is_a_closed_set(event: IoTRegistryThingEventDict) -> None:
    event["operation"] = "MODIFIED"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]


def thing_type_may_be_null(event: IoTRegistryThingEventDict) -> str:
    return event["thingTypeName"].lower()  # expect-error: mypy[union-attr] pyright[reportOptionalMemberAccess]
