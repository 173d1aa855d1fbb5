"""A CloudWatch dashboard custom widget that shows the dashboard's time range, with its own documentation."""

from __future__ import annotations

from datetime import datetime, timezone

from lambda_events import CloudWatchDashboardCustomWidgetEventDict

DOCS = "## Time range widget\nShows the dashboard's time range. Parameters: `heading` (text)."


def handler(event: CloudWatchDashboardCustomWidgetEventDict, context: object) -> str:
    """Return the documentation when asked for it, else an HTML snippet."""
    if event.get("describe", False):
        return DOCS
    widget = event["widgetContext"]
    time_range = widget["timeRange"]
    shown = time_range.get("zoom", {"start": time_range["start"], "end": time_range["end"]})
    start = datetime.fromtimestamp(shown["start"] / 1000, tz=timezone.utc)
    heading = str(widget["params"].get("heading", widget["title"]))
    return f"<h2>{heading}</h2><p>{start:%Y-%m-%d %H:%M} UTC, every {widget['period']} s, {widget['theme']} theme</p>"
