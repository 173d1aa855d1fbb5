"""Amazon CloudWatch dashboards: the event a custom widget sends to its Lambda function each time the
dashboard draws it (or asks for its documentation)."""

from typing import Any, Literal

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "CloudWatchDashboardCustomWidgetEventDict",
    "CloudWatchWidgetContextDict",
    "CloudWatchWidgetFormsDict",
    "CloudWatchWidgetTimeRangeDict",
    "CloudWatchWidgetTimeZoneDict",
    "CloudWatchWidgetZoomDict",
]


class CloudWatchWidgetTimeZoneDict(TypedDict):
    """The time zone the dashboard shows times in."""

    label: Literal["UTC", "Local"]
    """`UTC`, or `Local` for the viewer's browser time zone (the dashboard's two time zone settings)."""
    offsetISO: str
    """The offset from UTC (`+00:00`)."""
    offsetInMinutes: int
    """The offset from UTC, in minutes."""


class CloudWatchWidgetZoomDict(TypedDict):
    """The part of the time range the viewer zoomed in on."""

    start: int
    """The start of the zoomed range, in milliseconds since the Unix epoch."""
    end: int
    """The end of the zoomed range, in milliseconds since the Unix epoch."""


class CloudWatchWidgetTimeRangeDict(TypedDict):
    """The dashboard's time range."""

    mode: Literal["relative", "absolute"]
    """`relative` for a range ending now (the last 3 hours), `absolute` for fixed dates (the dashboard's two
    time range modes)."""
    start: int
    """The start of the range, in milliseconds since the Unix epoch."""
    end: int
    """The end of the range, in milliseconds since the Unix epoch."""
    relativeStart: NotRequired[int]
    """How far back a relative range starts, in milliseconds; only in `relative` mode."""
    zoom: NotRequired[CloudWatchWidgetZoomDict]
    """The zoomed part of the range, when the viewer zoomed in a graph."""


class CloudWatchWidgetFormsDict(TypedDict):
    """The values of the HTML form fields in the widget, when the call comes from a form action."""

    all: dict[str, Any]
    """The value of every form field, by name; empty when the widget has no form."""


class CloudWatchWidgetContextDict(TypedDict):
    """What CloudWatch tells every custom widget call about the dashboard and the widget."""

    dashboardName: str
    """The name of the dashboard showing the widget."""
    widgetId: str
    """The widget's id in the dashboard (`widget-16`)."""
    domain: NotRequired[str]
    """The console's address (`https://us-east-1.console.aws.amazon.com`), for building console links; not
    sent in every call."""
    accountId: str
    """The id of the account of the dashboard."""
    locale: str
    """The viewer's language (`en`)."""
    timezone: CloudWatchWidgetTimeZoneDict
    """The time zone the dashboard shows times in."""
    period: int
    """The dashboard's period, in seconds."""
    isAutoPeriod: bool
    """`true` when the period adapts to the time range."""
    timeRange: CloudWatchWidgetTimeRangeDict
    """The dashboard's time range."""
    theme: Literal["light", "dark"]
    """The console's color theme: the two values the CloudWatch user guide shows; the console may add
    themes, so the set is open."""
    linkCharts: bool
    """`true` when the dashboard's graphs zoom together."""
    title: str
    """The widget's title."""
    forms: CloudWatchWidgetFormsDict
    """The values of the widget's HTML form fields."""
    params: dict[str, Any]
    """The widget's parameters, as set in its definition (any JSON values)."""
    width: int
    """The widget's width, in pixels."""
    height: int
    """The widget's height, in pixels."""


class CloudWatchDashboardCustomWidgetEventDict(TypedDict):
    """The event of a custom widget call; the function returns HTML, or JSON such as `{"markdown": "..."}`.

    CloudWatch also copies each of the widget's parameters to the top level of the event, under its own name.
    A TypedDict cannot declare names chosen by the widget's author: read them from `widgetContext["params"]`.
    """

    widgetContext: CloudWatchWidgetContextDict
    """The dashboard and the widget."""
    describe: NotRequired[bool]
    """`true` when the console asks for the widget's documentation (in Markdown) instead of its content."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Any, Callable, Mapping, TYPE_CHECKING, Union

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

CloudWatchDashboardCustomWidgetHandler = Callable[
    ["CloudWatchDashboardCustomWidgetEventDict", "LambdaContext"],
    Union[str, Mapping[str, Any]],
]
"""A CloudWatch dashboard custom widget; return HTML (a string) or JSON such as `{"markdown": "..."}`."""

__all__ += ["CloudWatchDashboardCustomWidgetHandler"]
# --- end generated handler aliases ---
