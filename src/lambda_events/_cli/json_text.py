"""JSON text as `lambda-events inspect` reads it: parsed without ever raising `RecursionError`, nested at most
`MAX_DEPTH` levels, and with every duplicate key found (JSON parsers keep the last value silently; AWS never
sends one, so a duplicate is a mistake worth pointing at)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple, cast

from lambda_events.helpers._decoding import is_list, is_object

__all__ = ["MAX_DEPTH", "JSONTextError", "Parsed", "parse_json"]

MAX_DEPTH = 128
"""The deepest nesting of objects and arrays accepted. AWS events are far shallower (a DynamoDB item nests at
most 32 levels, 64 with its type wrappers); deeper text is refused before anything walks it."""


class JSONTextError(ValueError):
    """The text is not JSON, or nests deeper than `MAX_DEPTH`."""


class Parsed(NamedTuple):
    """A parsed JSON document."""

    value: Any
    """The document, as `json.loads` returns it."""
    duplicates: list[str]
    """The JSON path of every key that appears twice in its object (the last value is the one kept)."""


class _Object(dict):  # type: ignore[type-arg]
    """A parsed object that had duplicate keys: `duplicate_keys` names them."""

    duplicate_keys: list[str]


_CONTAINERS = (dict, list, _Object)
"""The types of the objects and arrays `json.loads` makes here."""


def parse_json(text: str) -> Parsed:
    """Parse `text` (a leading UTF-8 byte order mark is ignored); `JSONTextError` when it is not JSON or
    nests deeper than `MAX_DEPTH`."""
    marked: list[_Object] = []

    def pairs_to_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) == len(pairs):
            return result
        counts: dict[str, int] = {}
        for key, _ in pairs:
            counts[key] = counts.get(key, 0) + 1
        duplicated = _Object(result)
        duplicated.duplicate_keys = [key for key, count in counts.items() if count > 1]
        marked.append(duplicated)
        return duplicated

    try:
        value = json.loads(text.removeprefix("\ufeff"), object_pairs_hook=pairs_to_object)
    except RecursionError:
        raise JSONTextError(f"nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as error:
        raise JSONTextError(f"not valid JSON: {error}") from None
    if not marked and _within_depth(value):
        return Parsed(value, [])
    duplicates = [  # the walk with paths, also to say where the depth limit is passed
        path + _step(key)
        for path, node in _containers(value)
        if isinstance(node, _Object)
        for key in node.duplicate_keys
    ]
    return Parsed(value, duplicates)


def _within_depth(value: Any) -> bool:
    """Whether `value` (as `json.loads` makes it) nests at most `MAX_DEPTH` levels: a quick walk, without
    paths or recursion."""
    stack: list[tuple[Any, int]] = [(value, 1)] if type(value) in _CONTAINERS else []
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return False
        children = cast("Iterable[Any]", node.values() if type(node) is not list else node)
        stack.extend([(item, depth + 1) for item in children if type(item) in _CONTAINERS])
    return True


def _containers(value: Any) -> Iterator[tuple[str, Any]]:
    """Every object and array in `value` with its JSON path, without recursion; `JSONTextError` past
    `MAX_DEPTH`."""
    stack: list[tuple[str, Any, int]] = [("$", value, 1)]
    while stack:
        path, node, depth = stack.pop()
        if not is_object(node) and not is_list(node):
            continue
        if depth > MAX_DEPTH:
            raise JSONTextError(f"nested deeper than {MAX_DEPTH} levels (at {path})")
        yield path, node
        if is_object(node):
            stack.extend((path + _step(key), item, depth + 1) for key, item in node.items())
        elif is_list(node):
            stack.extend((f"{path}[{index}]", item, depth + 1) for index, item in enumerate(node))


def _step(key: str) -> str:
    """The JSON path step to `key`: `.name`, or `["a key"]` when it is not an identifier."""
    return f".{key}" if key.isidentifier() else f"[{json.dumps(key)}]"
