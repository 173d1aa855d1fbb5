"""Test events of CloudWatch dashboard custom widgets."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.cloudwatch_dashboard import CloudWatchDashboardCustomWidgetEventDict

__all__ = ["cloudwatch_dashboard_event"]


def cloudwatch_dashboard_event(
    *,
    params: Optional[Mapping[str, Any]] = None,
    describe: bool = False,
    dashboard: str = "example-dashboard",
    title: str = "Example widget",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CloudWatchDashboardCustomWidgetEventDict:
    """A dashboard custom widget call for the last three hours, with the widget's `params` (a TypedDict cannot
    declare the copies CloudWatch also puts at the top level, so they are left out); `describe` asks for the
    widget's documentation instead."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    end = scene.epoch_ms()
    event: CloudWatchDashboardCustomWidgetEventDict = {
        "widgetContext": {
            "dashboardName": dashboard,
            "widgetId": f"widget-{scene.rng.randrange(1, 40)}",
            "domain": f"https://{region}.console.aws.amazon.com",
            "accountId": account,
            "locale": "en",
            "timezone": {"label": "UTC", "offsetISO": "+00:00", "offsetInMinutes": 0},
            "period": 300,
            "isAutoPeriod": True,
            "timeRange": {"mode": "relative", "start": end - 10_800_000, "end": end, "relativeStart": 10_800_000},
            "theme": "light",
            "linkCharts": True,
            "title": title,
            "forms": {"all": {}},
            "params": dict(params or {}),
            "width": 588,
            "height": 369,
        }
    }
    if describe:
        event["describe"] = True
    return event
