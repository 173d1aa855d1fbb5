"""Misuses of the CloudWatch custom widget types that both checkers must reject."""

from lambda_events import CloudWatchDashboardCustomWidgetEventDict


def period_is_seconds(event: CloudWatchDashboardCustomWidgetEventDict) -> str:
    return event["widgetContext"]["period"] + " s"  # expect-error: mypy[operator,return-value] pyright[reportOperatorIssue,reportUnknownVariableType]


def parameters_are_read_from_the_context(event: CloudWatchDashboardCustomWidgetEventDict) -> object:
    return event["heading"]  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def theme_is_a_closed_set(event: CloudWatchDashboardCustomWidgetEventDict) -> None:
    event["widgetContext"]["theme"] = "blue"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]
