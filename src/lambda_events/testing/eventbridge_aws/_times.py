"""The US-style times some AWS services write in their EventBridge events (`Nov 29, 2016 7:43:20 PM`)."""

from __future__ import annotations

from datetime import datetime

__all__ = ["us_time"]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def us_time(moment: datetime, *, comma_after_year: bool) -> str:
    """`moment` as `Nov 29, 2016 7:43:20 PM` (Systems Manager Automation), or with a comma after the year,
    `Apr 1, 2022, 4:38:07 PM` (Amazon Inspector)."""
    hour = moment.hour % 12 or 12
    half = "AM" if moment.hour < 12 else "PM"
    year = f"{moment.year}," if comma_after_year else str(moment.year)
    return f"{_MONTHS[moment.month - 1]} {moment.day}, {year} {hour}:{moment:%M:%S} {half}"
