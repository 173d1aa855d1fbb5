"""Checks of the Python arguments of the public functions: the one rule for a wrong type.

Every public function raises `TypeError` when an argument has the wrong Python type (an event that is not a
mapping, a name that is not a `str`, a string where a list of strings is expected), with a message naming the
argument; malformed content INSIDE an event raises `EventDecodeError`; an argument of the right type but
out of range (a negative size, a status code of 42, a non-finite number) raises `ValueError`. Each check
returns its value, typed, so that a function reads `event = mapping_argument(event, "event")`.
"""

from __future__ import annotations

import math
import typing
from collections.abc import Iterable, Mapping
from typing import Any, Optional, cast

from lambda_events._typing import is_typeddict_class
from lambda_events.helpers._describe import kind, preview


def mapping_argument(value: object, name: str) -> Mapping[str, Any]:
    """`value` if it is a mapping (a `dict`, checked first because it is quicker); `TypeError` otherwise."""
    if type(value) is dict or isinstance(value, Mapping):
        return cast("Mapping[str, Any]", value)
    raise TypeError(f"{name} must be a mapping such as a dict, got {kind(value)}")


def optional_mapping_argument(value: object, name: str) -> Optional[Mapping[str, Any]]:
    """`value` if it is `None` or a mapping; `TypeError` otherwise."""
    return None if value is None else mapping_argument(value, name)


def str_argument(value: object, name: str) -> str:
    """`value` if it is a `str`; `TypeError` otherwise."""
    if isinstance(value, str):
        return value
    raise TypeError(f"{name} must be a str, got {kind(value)}")


def optional_str_argument(value: object, name: str) -> Optional[str]:
    """`value` if it is `None` or a `str`; `TypeError` otherwise."""
    return None if value is None else str_argument(value, name)


def bool_argument(value: object, name: str) -> bool:
    """`value` if it is `True` or `False`; `TypeError` otherwise (a truthy string is not a flag)."""
    if value is True or value is False:
        return value
    raise TypeError(f"{name} must be a bool, got {kind(value)}")


def int_argument(value: object, name: str, minimum: Optional[int] = 0) -> int:
    """`value` if it is an `int` (not a `bool`) of at least `minimum` (if not `None`): `TypeError`, or
    `ValueError` below it."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an int, got {kind(value)}")
    if minimum is not None and value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, got {value}")
    return value


def seconds_argument(value: object, name: str, *, positive: bool) -> float:
    """`value` as a finite number of seconds, greater than zero if `positive`, else at least zero.

    `TypeError` when it is not an `int` or `float` (a `bool` is not a number here); `ValueError` when it is
    NaN, infinite or out of range.
    """
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise TypeError(f"{name} must be a number of seconds, got {kind(value)}")
    seconds = float(value)
    if not math.isfinite(seconds) or seconds < 0 or (positive and seconds == 0):
        bound = "greater than 0" if positive else "at least 0"
        raise ValueError(f"{name} must be a finite number of seconds {bound}, got {value!r}")
    return seconds


def strings_argument(values: object, name: str) -> list[str]:
    """The strings of `values`, an iterable of `str` that is not itself a string; `TypeError` otherwise.

    A single string is refused rather than iterated character by character (`"msg-1"` is not a list of ids).
    """
    if not _is_collection(values):
        raise TypeError(f"{name} must be an iterable of str such as a list (not a single string), got {kind(values)}")
    found: list[str] = []
    for index, item in enumerate(cast("Iterable[object]", values)):
        if not isinstance(item, str):
            raise TypeError(f"{name}[{index}] must be a str, got {kind(item)}")
        found.append(item)
    return found


def items_argument(values: object, name: str) -> list[object]:
    """The items of `values`, a list, tuple or other iterable that is neither a string nor a mapping."""
    if not _is_collection(values):
        raise TypeError(f"{name} must be an iterable such as a list, got {kind(values)}")
    return list(cast("Iterable[object]", values))


def _is_collection(values: object) -> bool:
    """Whether `values` is an iterable of items: not a string, bytes or a mapping (which iterate otherwise)."""
    return isinstance(values, Iterable) and not isinstance(values, (str, bytes, bytearray, Mapping))


def callable_argument(value: object, name: str) -> None:
    """Nothing if `value` is `None` or callable; `TypeError` otherwise."""
    if value is not None and not callable(value):
        raise TypeError(f"{name} must be a function or None, got {kind(value)}")


def typeddict_argument(value: object, name: str) -> type:
    """The TypedDict class `value` is, or whose parametrization it is (`DetailDict[int]`); `TypeError`
    otherwise (a `dict`, a `Union`, an instance, the name of a class)."""
    cls = value if is_typeddict_class(value) else typing.get_origin(value)
    if is_typeddict_class(cls):
        return cast(type, cls)
    raise TypeError(f"{name} must be a TypedDict class, got {kind(value)} {preview(value)}")
