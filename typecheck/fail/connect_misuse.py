"""Misuses of the Amazon Connect types that both checkers must reject."""

from lambda_events import ConnectContactDataDict, ConnectContactFlowEventDict


def queue_may_be_null(contact: ConnectContactDataDict) -> str:
    return contact["Queue"]["Name"]  # expect-error: mypy[index] pyright[reportOptionalSubscript,reportUnknownVariableType]


def channel_is_a_closed_set(contact: ConnectContactDataDict) -> None:
    contact["Channel"] = "FAX"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]


def parameters_are_strings(event: ConnectContactFlowEventDict) -> int:
    return event["Details"]["Parameters"]["retries"]  # expect-error: mypy[return-value] pyright[reportReturnType]
