"""A CloudWatch dashboard custom widget that shows the time range the dashboard displays."""

from __future__ import annotations

from datetime import datetime, timezone

from lambda_events import CloudWatchDashboardCustomWidgetEventDict, LambdaContext

DOCUMENTATION = """## Time range
Shows the time range of the dashboard (or of the zoom). Parameter: `heading`, the title to show."""


def handler(event: CloudWatchDashboardCustomWidgetEventDict, context: LambdaContext) -> str:
    """HTML for the widget, or its documentation
    (Markdown) when the console asks with `describe`."""
    if event.get("describe", False):
        return DOCUMENTATION
    widget = event["widgetContext"]
    time_range = widget["timeRange"]
    shown = time_range.get("zoom", {"start": time_range["start"], "end": time_range["end"]})
    start = datetime.fromtimestamp(shown["start"] / 1000, tz=timezone.utc)
    end = datetime.fromtimestamp(shown["end"] / 1000, tz=timezone.utc)
    heading = str(widget["params"].get("heading", widget["title"]))
    zone = widget["timezone"]["label"]
    return f"<h2>{heading}</h2><p>{start:%Y-%m-%d %H:%M} to {end:%H:%M} UTC ({zone})</p>"
