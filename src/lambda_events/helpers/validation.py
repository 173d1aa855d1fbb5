"""Strict run-time checking of an event against one of our types, reporting every problem with its path.

The checker understands exactly what our types use: TypedDicts (required and `NotRequired` keys, and no
undeclared key), generic TypedDicts, `Literal`, `Union` / `Optional`, `list`, `dict`, `Any`, and the JSON
scalars. It needs no third-party package, so the command-line tool and users' tests can call it anywhere.
"""

from __future__ import annotations

import json
import sys
import types
import typing
from collections.abc import Mapping, Sequence
from typing import Any, Literal, NamedTuple, TypeVar, Union, cast

from lambda_events._typing import get_type_hints, is_typeddict

__all__ = ["EventValidationError", "ValidationProblem", "assert_valid_event", "find_event_problems"]

if sys.version_info >= (3, 10):
    _UNION_ORIGINS: tuple[object, ...] = (Union, types.UnionType)
else:
    _UNION_ORIGINS: tuple[object, ...] = (Union,)
_MAPPING_ORIGINS: tuple[object, ...] = (dict, Mapping, typing.Mapping, typing.Dict)
_LIST_ORIGINS: tuple[object, ...] = (list, Sequence, typing.Sequence, typing.List)


class ValidationProblem(NamedTuple):
    """One way in which a value does not match its type."""

    path: str
    """Where the problem is, as a JSON path from the event's root (`$.Records[0].body`)."""
    message: str
    """What is wrong there (`expected str, got int`)."""

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class EventValidationError(ValueError):
    """An event does not match its type; `problems` lists every mismatch."""

    def __init__(self, type_name: str, problems: list[ValidationProblem]) -> None:
        listing = "\n".join(f"  {problem}" for problem in problems)
        super().__init__(f"event does not match {type_name}:\n{listing}")
        self.problems = problems
        """Every mismatch found, in document order."""


def find_event_problems(value: object, expected_type: object) -> list[ValidationProblem]:
    """Return every way `value` fails to match `expected_type`; an empty list means it matches.

    >>> from lambda_events import SQSBatchResponseDict
    >>> find_event_problems({"batchItemFailures": [{"itemIdentifier": 7}]}, SQSBatchResponseDict)
    [ValidationProblem(path='$.batchItemFailures[0].itemIdentifier', message='expected str, got int')]

    A TypedDict rejects keys it does not declare, so a match means the type describes the value completely.
    """
    problems: list[ValidationProblem] = []
    _check(value, expected_type, "$", {}, problems)
    return problems


def assert_valid_event(value: object, expected_type: object) -> None:
    """Raise `EventValidationError` listing every problem unless `value` matches `expected_type`."""
    problems = find_event_problems(value, expected_type)
    if problems:
        raise EventValidationError(type_name(expected_type), problems)


def type_name(tp: object) -> str:
    """Describe a type the way our messages do: `str`, `list[SQSRecordDict]`, `'aws:sqs'`, `str | None`."""
    if tp is type(None) or tp is None:
        return "None"
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is Literal:
        return " | ".join(repr(arg) for arg in args)
    if origin in _UNION_ORIGINS:
        return " | ".join(type_name(arg) for arg in args)
    if origin is not None:
        return f"{type_name(origin)}[{', '.join(type_name(arg) for arg in args)}]"
    name = getattr(tp, "__name__", None)
    return name if isinstance(name, str) else repr(tp)


def _check(value: object, tp: object, path: str, bindings: dict[object, object], out: list[ValidationProblem]) -> None:
    if isinstance(tp, TypeVar):
        tp = bindings.get(tp, Any)
    if tp is Any or tp is object:
        return
    if tp is None or tp is type(None):
        if value is not None:
            out.append(ValidationProblem(path, f"expected None, got {_value_kind(value)}"))
        return
    if is_typeddict(tp):
        _check_typeddict(value, tp, {}, path, bindings, out)
        return
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Annotated:  # the metadata says nothing about the value's shape
        _check(value, args[0], path, bindings, out)
        return
    if origin is Literal:
        if not any(type(value) is type(arg) and value == arg for arg in args):
            out.append(ValidationProblem(path, f"expected {type_name(tp)}, got {value!r}"))
        return
    if origin in _UNION_ORIGINS:
        _check_union(value, args, path, bindings, out)
        return
    if is_typeddict(origin):
        parameters: tuple[object, ...] = getattr(origin, "__parameters__", ())
        # An argument may itself be a type variable of an enclosing generic: bind it to what that one is bound to.
        arguments = [bindings.get(arg, Any) if isinstance(arg, TypeVar) else arg for arg in args]
        _check_typeddict(value, origin, dict(zip(parameters, arguments)), path, bindings, out)
        return
    if origin in _MAPPING_ORIGINS:
        _check_mapping(value, args, path, bindings, out)
        return
    if origin in _LIST_ORIGINS:
        _check_list(value, args[0] if args else Any, path, bindings, out)
        return
    _check_scalar(value, tp, path, out)


def _check_scalar(value: object, tp: object, path: str, out: list[ValidationProblem]) -> None:
    if tp is float:
        matches = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif tp is int:
        matches = isinstance(value, int) and not isinstance(value, bool)
    elif isinstance(tp, type):
        matches = isinstance(value, tp)
    else:
        raise TypeError(f"{path}: cannot check values against {tp!r}")
    if not matches:
        out.append(ValidationProblem(path, f"expected {type_name(tp)}, got {_value_kind(value)}"))


def _check_typeddict(
    value: object,
    cls: object,
    own_bindings: dict[object, object],
    path: str,
    bindings: dict[object, object],
    out: list[ValidationProblem],
) -> None:
    if not isinstance(value, dict):
        out.append(ValidationProblem(path, f"expected {type_name(cls)} (an object), got {_value_kind(value)}"))
        return
    members = cast("dict[str, object]", value)
    hints = _resolved_hints(cls)
    required: frozenset[str] = getattr(cls, "__required_keys__")
    scope = {**bindings, **own_bindings} if own_bindings else bindings
    for missing_key in sorted(required - members.keys()):
        out.append(ValidationProblem(path, f"missing required key {missing_key!r}"))
    for key, item in members.items():
        item_path = _key_path(path, key)
        if key not in hints:
            out.append(ValidationProblem(item_path, f"key not declared by {type_name(cls)}"))
        else:
            _check(item, hints[key], item_path, scope, out)


def _check_union(
    value: object, options: tuple[object, ...], path: str, bindings: dict[object, object], out: list[ValidationProblem]
) -> None:
    closest: list[ValidationProblem] | None = None
    is_object_value = isinstance(value, dict)
    for option in options:
        attempt: list[ValidationProblem] = []
        _check(value, option, path, bindings, attempt)
        if not attempt:
            return
        is_object_option = is_typeddict(option) or is_typeddict(typing.get_origin(option))
        if is_object_value and is_object_option and (closest is None or len(attempt) < len(closest)):
            closest = attempt
    if closest is not None:
        out.extend(closest)
    else:
        expected = " | ".join(type_name(option) for option in options)
        out.append(ValidationProblem(path, f"expected {expected}, got {_value_kind(value)}"))


def _check_mapping(
    value: object, args: tuple[object, ...], path: str, bindings: dict[object, object], out: list[ValidationProblem]
) -> None:
    if not isinstance(value, dict):
        out.append(ValidationProblem(path, f"expected an object, got {_value_kind(value)}"))
        return
    value = cast("dict[object, object]", value)
    key_type, value_type = args if args else (Any, Any)
    for key, item in value.items():
        item_path = _key_path(path, key)
        _check(key, key_type, item_path + " (key)", bindings, out)
        _check(item, value_type, item_path, bindings, out)


def _check_list(
    value: object, item_type: object, path: str, bindings: dict[object, object], out: list[ValidationProblem]
) -> None:
    if not isinstance(value, list):
        out.append(ValidationProblem(path, f"expected a list, got {_value_kind(value)}"))
        return
    value = cast("list[object]", value)
    for index, item in enumerate(value):
        _check(item, item_type, f"{path}[{index}]", bindings, out)


_hints_cache: dict[object, dict[str, object]] = {}


def _resolved_hints(cls: object) -> dict[str, object]:
    """The declared keys of a TypedDict with their resolved types (forward references evaluated)."""
    hints = _hints_cache.get(cls)
    if hints is None:
        hints = _hints_cache[cls] = get_type_hints(cls)
    return hints


def _key_path(path: str, key: object) -> str:
    if isinstance(key, str) and key.isidentifier():
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key) if isinstance(key, str) else repr(key)}]"


def _value_kind(value: object) -> str:
    return "None" if value is None else type(value).__name__
