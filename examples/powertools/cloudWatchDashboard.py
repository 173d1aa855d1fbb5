"""Powertools' `cloudWatchDashboard.py`: a CloudWatch dashboard custom widget that shows the dashboard,
the time range and the theme it was called with.

Differences:
- Powertools' `Logger` is the standard library's `logging`.
"""

from __future__ import annotations

import logging

from lambda_events import CloudWatchDashboardCustomWidgetEventDict, LambdaContext

logger = logging.getLogger(__name__)


def lambda_handler(event: CloudWatchDashboardCustomWidgetEventDict, context: LambdaContext) -> dict[str, str]:
    """The widget's title and its Markdown."""
    logger.info(f"Processing custom widget for dashboard: {event['widgetContext']['dashboardName']}")

    widget_id = event["widgetContext"]["widgetId"]
    time_range_start = event["widgetContext"]["timeRange"]["start"]
    time_range_end = event["widgetContext"]["timeRange"]["end"]

    return {
        "title": f"Custom Widget {widget_id}",
        "markdown": f"""
        Dashboard: {event["widgetContext"]["dashboardName"]}
        Time Range: {time_range_start} to {time_range_end}
        Theme: {event["widgetContext"]["theme"]}
        """,
    }
