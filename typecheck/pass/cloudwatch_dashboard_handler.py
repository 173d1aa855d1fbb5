"""A CloudWatch dashboard custom widget that answers in Markdown (JSON) and keeps its own form's state.

The docs example (`docs/examples/cloudwatch_custom_widget.py`) returns HTML; this one returns the JSON form
(`{"markdown": ...}`), reads the values of the form it draws, and describes the dashboard's settings.
"""

from __future__ import annotations

from lambda_events import CloudWatchDashboardCustomWidgetEventDict, CloudWatchWidgetContextDict

USAGE = "## Dashboard settings\nLists the dashboard's time settings. Parameter: `units` (`s` or `min`)."


def time_settings(widget: CloudWatchWidgetContextDict, units: str) -> list[str]:
    """One Markdown list item per time setting of the dashboard."""
    time_range = widget["timeRange"]
    divisor = 60 if units == "min" else 1
    items = [f"- period: {widget['period'] // divisor} {units}{' (auto)' if widget['isAutoPeriod'] else ''}"]
    if time_range["mode"] == "relative":
        items.append(f"- last {time_range.get('relativeStart', 0) // 1000 // divisor} {units}")
    if "zoom" in time_range:
        items.append(f"- zoomed: {time_range['zoom']['end'] - time_range['zoom']['start']} ms")
    items.append(f"- graphs {'linked' if widget['linkCharts'] else 'independent'}, {widget['timezone']['offsetISO']}")
    return items


def handler(event: CloudWatchDashboardCustomWidgetEventDict, context: object) -> dict[str, str]:
    """The widget's Markdown: its usage when the console asks, else the settings in the units of the form."""
    if event.get("describe", False):
        return {"markdown": USAGE}
    widget = event["widgetContext"]
    units = str(widget["forms"]["all"].get("units") or widget["params"].get("units", "s"))
    name = widget["dashboardName"]
    lines = [f"### {name} ({widget['accountId']}, {widget['locale']})", *time_settings(widget, units)]
    if "domain" in widget:
        lines.append(f"[Open the dashboard]({widget['domain']}/cloudwatch/home#dashboards:name={name})")
    form = f'<form><input name="units" value="{units}"></form><a class="btn" cwdb-action="call">Show</a>'
    return {"markdown": "\n".join([*lines, "", form])}
