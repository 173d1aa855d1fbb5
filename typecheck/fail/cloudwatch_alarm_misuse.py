"""Misuses of the CloudWatch alarm types that both checkers must reject."""

from lambda_events import CloudWatchAlarmEventDict, CloudWatchAlarmStateDict


def state_value_is_a_closed_set(state: CloudWatchAlarmStateDict) -> None:
    state["value"] = "CRITICAL"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]


def narrow_before_reading_the_rule(event: CloudWatchAlarmEventDict) -> str:
    return event["alarmData"]["configuration"]["alarmRule"]  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def reason_data_is_a_json_string(state: CloudWatchAlarmStateDict) -> float:
    return state["reasonData"]["threshold"]  # expect-error: mypy[index,return-value] pyright[reportArgumentType,reportReturnType,reportTypedDictNotRequiredAccess]
