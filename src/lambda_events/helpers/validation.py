"""Strict run-time checking of an event against one of our types, reporting every problem with its path.

The checker understands exactly what our types use: TypedDicts (required and `NotRequired` keys, and no
undeclared key), generic TypedDicts, `Literal` (open or closed, below), `Union` / `Optional`, `list`,
`dict`, `Any`, `Annotated`, the JSON scalars, and `JSONValue` (any JSON document: `None`, `bool`,
`int`, `float`, `str`, and lists and `str`-keyed dicts of them). The same goes for a user's own TypedDicts
built of these, which is how the JSON decoders check their `type=` argument. It needs no third-party
package, so the command-line tool and users' tests can call it anywhere.

**Cost.** The first check against a type compiles a plan for it (type hints resolved once per TypedDict,
one small function per part of the type) and keeps it for later calls. A check then costs time linear in
the size of the value, with no work per key beyond the test of that key's value; paths are written only
for the problems found.

**Depth.** Objects and lists may nest `MAX_DEPTH` (100) levels deep, the event itself being level 1; an
object or list deeper than that is reported as a problem at its path and not looked into, so no input
raises `RecursionError`. DynamoDB, which nests attribute values deepest, allows 32 levels in an item (64
levels of objects here, plus the record around them).

**Open literal sets.** Where AWS adds values over time (DynamoDB and S3 event names, Cognito trigger
sources, Amazon Connect channels ...), the type says so with `Annotated[Literal[...], OPEN_LITERAL]`. Type
checkers see the `Literal` alone, so comparing the value narrows exactly as before; at run time a string
outside the set is accepted, so a real event is not rejected only because AWS added a value. Pass
`closed_literals=True` to report such values too. Where a `Union` tells its members apart by an open
`Literal` key (the DynamoDB record kinds by `eventName`, the Cognito triggers by `triggerSource`), a value
that belongs to another member is still reported: only a value no member declares counts as new. typeguard
and pydantic, which know nothing of the marker, check these keys as closed sets.
"""

from __future__ import annotations

import json
import sys
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Annotated, Any, Literal, NamedTuple, Optional, TypeVar, Union

from lambda_events._typing import (
    OPEN_LITERAL,
    NotRequired,
    Required,
    get_type_hints,
    is_typeddict_class,
    parameter_default,
)
from lambda_events.helpers.typed_json import JSONValue

__all__ = [
    "MAX_DEPTH",
    "OPEN_LITERAL",
    "EventValidationError",
    "ValidationProblem",
    "assert_valid_event",
    "find_event_problems",
]

MAX_DEPTH = 100
"""How many levels of objects and lists `find_event_problems` looks into (the event itself is level 1); an
object or list below that is reported as a problem at its path."""

if sys.version_info >= (3, 10):
    _UNION_ORIGINS: tuple[object, ...] = (Union, types.UnionType)
else:
    _UNION_ORIGINS: tuple[object, ...] = (Union,)
_MAPPING_ORIGINS: tuple[object, ...] = (dict, Mapping, typing.Mapping, typing.Dict)
_LIST_ORIGINS: tuple[object, ...] = (list, Sequence, typing.Sequence, typing.List)
_KEY_QUALIFIERS: tuple[object, ...] = (NotRequired, Required)
_TOO_DEEP = f"nested more than {MAX_DEPTH} levels deep: not checked further"
# `isinstance` under a name the type checkers do not narrow with: a value checked to be a `dict` stays `Any`
# for them, where `isinstance` would make its keys and items unknown (an error in strict mode).
_is_instance: Callable[[object, type], bool] = isinstance


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


def find_event_problems(
    value: object, expected_type: object, *, closed_literals: bool = False
) -> list[ValidationProblem]:
    """Return every way `value` fails to match `expected_type`; an empty list means it matches.

    >>> from lambda_events import SQSBatchResponseDict
    >>> find_event_problems({"batchItemFailures": [{"itemIdentifier": 7}]}, SQSBatchResponseDict)
    [ValidationProblem(path='$.batchItemFailures[0].itemIdentifier', message='expected str, got int')]

    A TypedDict rejects keys it does not declare, so a match means the type describes the value completely.
    `value` may be any object; objects and lists nested deeper than `MAX_DEPTH` are reported, not walked.
    A string outside an open `Literal` set (`OPEN_LITERAL`) is accepted unless `closed_literals` is true.

    Raises `TypeError` when `expected_type` is not a type this checker understands (`5`, `"SQSEventDict"`,
    `None`: pass `type(None)` to require `null`), or when `closed_literals` is not a `bool`.
    """
    if type(closed_literals) is not bool:
        raise TypeError(f"closed_literals must be True or False, got {_kind(closed_literals)}")
    found = _plan_for(expected_type, closed_literals).check(value, 1)
    if found is None:
        return []
    return [ValidationProblem("$" + "".join(problem[:0:-1]), problem[0]) for problem in found]


def assert_valid_event(value: object, expected_type: object, *, closed_literals: bool = False) -> None:
    """Raise `EventValidationError` listing every problem unless `value` matches `expected_type`.

    The arguments are those of `find_event_problems`, and so are the `TypeError`s.
    """
    problems = find_event_problems(value, expected_type, closed_literals=closed_literals)
    if problems:
        raise EventValidationError(type_name(expected_type), problems)


def type_name(tp: object) -> str:
    """Describe a type the way our messages do: `str`, `list[SQSRecordDict]`, `'aws:sqs'`, `str | None`."""
    if tp is type(None) or tp is None:
        return "None"
    if _is_annotated(tp):
        return type_name(typing.get_args(tp)[0])
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


# --- plans ----------------------------------------------------------------------------------------------
#
# A plan checks one part of a type. Its `check(value, level)` returns `None` when the value matches, else
# the problems found, each a list `[message, innermost path segment, ..., outermost segment]`: a container
# appends its own segment to each problem of its items, so a path is written only for what is reported, and
# a value that matches allocates nothing. `passes` holds the classes whose every instance matches (`str`
# for `str | None`), so that containers can skip calling `check` for most scalars.

_Problems = list[list[str]]
_Check = Callable[[Any, int], Optional[_Problems]]


class _Plan(NamedTuple):
    passes: frozenset[type]
    check: _Check


def _matches_anything(value: Any, level: int) -> None:
    return None


_ANY = _Plan(frozenset(), _matches_anything)

# Compiled plans by (type, closed_literals); a type is compiled once, the first time it is asked for.
_plans: dict[tuple[object, bool], _Plan] = {}
_hints_cache: dict[object, dict[str, object]] = {}


def _plan_for(expected_type: object, closed_literals: bool) -> _Plan:
    if expected_type is None:
        raise TypeError("expected_type is None, not a type: pass type(None) to require a null value")
    try:
        plan = _plans.get((expected_type, closed_literals))
    except TypeError:  # unhashable: a list, a dict ...
        raise TypeError(f"expected_type must be a type, got {expected_type!r}") from None
    if plan is None:
        try:
            plan = _Compiler(closed_literals).compile(expected_type, {})
        except TypeError as error:  # the type, or a type inside it, is none the checker understands
            raise TypeError(f"expected_type: {error}") from error
        _plans[(expected_type, closed_literals)] = plan
    return plan


def _resolved_hints(cls: object) -> dict[str, object]:
    """The declared keys of a TypedDict with their resolved types (forward references evaluated), qualifiers
    (`NotRequired`) and `Annotated` markers kept."""
    hints = _hints_cache.get(cls)
    if hints is None:
        try:
            try:
                hints = get_type_hints(cls, include_extras=True)
            except NameError:  # `JSONValue`'s own forward references, where its module did not import the name
                hints = get_type_hints(cls, localns={"JSONValue": JSONValue}, include_extras=True)
        except Exception as error:  # a forward reference that names nothing, an annotation that fails ...
            raise TypeError(f"cannot resolve the keys of {type_name(cls)}: {error!r}") from error
        _hints_cache[cls] = hints
    return hints


def _required_keys(cls: object) -> frozenset[str]:
    """The keys a TypedDict requires: its `__required_keys__`, corrected by the `NotRequired` / `Required`
    its resolved keys carry. (Where the class body's annotations are strings, `from __future__ import
    annotations`, the class cannot see these qualifiers and counts every key of a total class as required.)"""
    declared: frozenset[str] = getattr(cls, "__required_keys__")
    required: set[str] = set()
    for key, hint in _resolved_hints(cls).items():
        qualifier = typing.get_origin(hint)
        if qualifier is Required or (key in declared and qualifier is not NotRequired):
            required.add(key)
    return frozenset(required)


def _key_type(hint: object) -> object:
    """A TypedDict key's declared type without `NotRequired` / `Required`."""
    while typing.get_origin(hint) in _KEY_QUALIFIERS:
        hint = typing.get_args(hint)[0]
    return hint


def _is_annotated(tp: object) -> bool:
    return typing.get_origin(tp) is Annotated


class _Compiler:
    """Builds the plan of one type; the plans of the TypedDicts it meets are shared within it."""

    def __init__(self, closed_literals: bool) -> None:
        self.closed_literals = closed_literals
        self.typeddicts: dict[tuple[object, ...], _Plan] = {}
        self.unions: dict[tuple[object, ...], _Plan] = {}  # those without type variables to bind

    def compile(
        self, tp: object, bindings: Mapping[object, _Plan], excluded: frozenset[object] = frozenset()
    ) -> _Plan:
        """The plan of `tp`, its type variables bound by `bindings`. `excluded`: values an open `Literal`
        rejects because another member of the enclosing union declares them."""
        if isinstance(tp, TypeVar):
            argument = bindings.get(tp)
            return argument if argument is not None else self.compile(parameter_default(tp), {})
        if tp is Any or tp is object:
            return _ANY
        if _is_json_value(tp):
            return _JSON_VALUE
        if tp is None or tp is type(None):
            return _scalar_plan(type(None))
        if _is_annotated(tp):
            inner: object = typing.get_args(tp)[0]
            if not _is_open_literal(tp):
                return self.compile(inner, bindings, excluded)
            if typing.get_origin(inner) is not Literal:
                raise TypeError(f"OPEN_LITERAL marks a Literal, not {type_name(inner)}")
            return _literal_plan(typing.get_args(inner), open_set=not self.closed_literals, excluded=excluded)
        origin = typing.get_origin(tp)
        if origin is Literal:
            return _literal_plan(typing.get_args(tp), open_set=False, excluded=frozenset())
        if origin in _UNION_ORIGINS:
            options = typing.get_args(tp)
            if bindings:
                return self.union_plan(options, bindings)
            plan = self.unions.get(options)
            if plan is None:
                plan = self.unions[options] = self.union_plan(options, bindings)
            return plan
        if _typeddict_class(tp) is not None:
            return self.typeddict_plan(tp, bindings, {})
        args = typing.get_args(tp)
        if origin in _MAPPING_ORIGINS:
            key_type, value_type = args if args else (Any, Any)
            return _mapping_plan(self.compile(key_type, bindings), self.compile(value_type, bindings))
        if origin in _LIST_ORIGINS:
            return _list_plan(self.compile(args[0], bindings) if args else _ANY)
        if origin is None and isinstance(tp, type):
            return _scalar_plan(tp)
        raise TypeError(f"cannot check values against {tp!r}")

    def typeddict_plan(
        self, tp: object, bindings: Mapping[object, _Plan], exclusions: Mapping[str, frozenset[object]]
    ) -> _Plan:
        """The plan of a TypedDict, or of a generic one with its arguments (`EventBridgeEventDict[Detail]`);
        `exclusions` are the values each open `Literal` key rejects (see `_union_exclusions`)."""
        cls = _typeddict_class(tp)
        parameters: tuple[object, ...] = getattr(cls, "__parameters__", ())
        arguments = tuple(self.compile(arg, bindings) for arg in typing.get_args(tp))
        # A bare generic TypedDict: each parameter's default (`APIGatewayProxyEventV2Dict`'s authorizer union),
        # `Any` for those without one.
        arguments = arguments or tuple(self.compile(parameter_default(parameter), {}) for parameter in parameters)
        cache_key = (cls, arguments, *sorted(exclusions.items()))
        plan = self.typeddicts.get(cache_key)
        if plan is not None:
            return plan
        name = type_name(cls)
        required = _required_keys(cls)
        fields: dict[object, tuple[frozenset[type], _Check]] = {}

        def check(value: Any, level: int) -> Optional[_Problems]:
            if not _is_instance(value, dict):
                return [[f"expected {name} (an object), got {_kind(value)}"]]
            if level > MAX_DEPTH:
                return [[_TOO_DEEP]]
            problems: Optional[_Problems] = None
            if not value.keys() >= required:
                problems = [[f"missing required key {key!r}"] for key in sorted(required - value.keys())]
            level += 1
            for key, item in value.items():
                field = fields.get(key)
                if field is None:
                    problems = _nest([[f"key not declared by {name}"]], _segment(key), problems)
                elif item.__class__ not in field[0]:
                    found = field[1](item, level)
                    if found is not None:
                        problems = _nest(found, _segment(key), problems)
            return problems

        # Cached before its keys are compiled, so that a recursive type (DynamoDB's attribute values) finds it.
        plan = self.typeddicts[cache_key] = _Plan(frozenset(), check)
        own_bindings = dict(zip(parameters, arguments))
        for key, hint in _resolved_hints(cls).items():
            key_plan = self.compile(_key_type(hint), own_bindings, exclusions.get(key, frozenset()))
            fields[key] = (key_plan.passes, key_plan.check)
        return plan

    def union_plan(self, options: tuple[object, ...], bindings: Mapping[object, _Plan]) -> _Plan:
        """The plan of a `Union`: the value matches when one member matches. Otherwise, for an object, the
        problems of the object member that found the fewest (the first of those); for anything else, one
        problem naming every member."""
        exclusions = {} if self.closed_literals else _union_exclusions(options)
        plans = [
            self.typeddict_plan(option, bindings, exclusions[index])
            if index in exclusions
            else self.compile(option, bindings)
            for index, option in enumerate(options)
        ]
        if any(plan is _ANY for plan in plans):
            return _ANY
        checks = [plan.check for plan in plans]
        is_object_option = [_typeddict_class(option) is not None for option in options]
        candidates = _candidates(options)
        expected = " | ".join(type_name(option) for option in options)

        def check(value: Any, level: int) -> Optional[_Problems]:
            attempts: Optional[dict[int, _Problems]] = None
            is_object_value = _is_instance(value, dict)
            if is_object_value and candidates is not None:
                # First the members the value's keys point to: a match ends the search, whichever member it is.
                for index in candidates(value):
                    attempt = checks[index](value, level)
                    if attempt is None:
                        return None
                    attempts = attempts or {}
                    attempts[index] = attempt
            closest: Optional[_Problems] = None
            for index, option_check in enumerate(checks):
                attempt = attempts.get(index) if attempts else None  # each member is checked once
                if attempt is None:
                    attempt = option_check(value, level)
                    if attempt is None:
                        return None
                if is_object_value and is_object_option[index] and (closest is None or len(attempt) < len(closest)):
                    closest = attempt
            if closest is not None:
                return closest
            return [[f"expected {expected}, got {_kind(value)}"]]

        return _Plan(frozenset().union(*(plan.passes for plan in plans)), check)


def _scalar_plan(tp: type) -> _Plan:
    """A class: `float` takes an `int` too, and neither `int` nor `float` takes a `bool`."""
    expected = f"expected {type_name(tp)}, got "
    if tp is float or tp is int:
        numbers = (int, float) if tp is float else int

        def check(value: Any, level: int) -> Optional[_Problems]:
            if isinstance(value, numbers) and not isinstance(value, bool):
                return None
            return [[expected + _kind(value)]]

        return _Plan(frozenset({int, float}) if tp is float else frozenset({int}), check)

    def check_instance(value: Any, level: int) -> Optional[_Problems]:
        return None if isinstance(value, tp) else [[expected + _kind(value)]]

    return _Plan(frozenset({tp}), check_instance)


def _check_json_value(value: Any, level: int) -> Optional[_Problems]:
    """`JSONValue`: a JSON scalar, or a list or `str`-keyed dict of JSON values, to `MAX_DEPTH` levels."""
    if isinstance(value, _JSON_SCALARS):
        return None
    is_list = _is_instance(value, list)
    if not is_list and not _is_instance(value, dict):
        return [["expected a JSON value, got " + _kind(value)]]
    if level > MAX_DEPTH:
        return [[_TOO_DEEP]]
    problems: Optional[_Problems] = None
    level += 1
    for key, element in enumerate(value) if is_list else value.items():
        if key.__class__ is not str and not is_list:
            problems = _nest([["expected a str key, got " + _kind(key)]], _segment(key), problems)
        elif element.__class__ not in _JSON_SCALAR_CLASSES:
            found = _check_json_value(element, level)
            if found is not None:
                problems = _nest(found, f"[{key}]" if is_list else _segment(key), problems)
    return problems


_JSON_SCALARS = (str, int, float, type(None))  # `bool` is an `int`
_JSON_SCALAR_CLASSES = frozenset({str, int, float, bool, type(None)})
_JSON_VALUE = _Plan(_JSON_SCALAR_CLASSES, _check_json_value)


def _is_json_value(tp: object) -> bool:
    """Whether `tp` is `JSONValue`: itself, a forward reference to it, or the copy `get_type_hints` makes of
    it when it resolves a TypedDict's keys (the references one level down resolved, those below them not)."""
    if tp is JSONValue or (isinstance(tp, typing.ForwardRef) and tp.__forward_arg__ == "JSONValue"):
        return True
    if typing.get_origin(tp) not in _UNION_ORIGINS:
        return False
    scalars: list[object] = []
    containers: list[object] = []
    for option in typing.get_args(tp):
        (containers if typing.get_origin(option) in (list, dict) else scalars).append(option)
    if scalars != [type(None), bool, int, float, str] or len(containers) != 2:
        return False
    (items,), (key, value) = (typing.get_args(option) for option in containers)
    return key is str and _is_json_value(items) and _is_json_value(value)


def _literal_plan(values: tuple[object, ...], *, open_set: bool, excluded: frozenset[object]) -> _Plan:
    """A `Literal`: a value matches when it equals a member and has that member's exact class (`True` is
    not `1`). An open set also takes any other value of its members' classes but those in `excluded`."""
    by_class: dict[type, frozenset[object]] = {}
    for member in values:
        by_class[member.__class__] = by_class.get(member.__class__, frozenset()) | {member}
    expected = "expected " + " | ".join(repr(member) for member in values) + ", got "

    def check(value: Any, level: int) -> Optional[_Problems]:
        members = by_class.get(value.__class__)
        if members is not None and (value in members or (open_set and value not in excluded)):
            return None
        return [[expected + repr(value)]]

    return _Plan(frozenset(), check)


def _list_plan(item: _Plan) -> _Plan:
    """`list[X]` (and `Sequence[X]`): a JSON array, each item checked against `X`."""
    passes, item_check = item

    def check(value: Any, level: int) -> Optional[_Problems]:
        if not _is_instance(value, list):
            return [["expected a list, got " + _kind(value)]]
        if level > MAX_DEPTH:
            return [[_TOO_DEEP]]
        if item is _ANY:
            return None
        problems: Optional[_Problems] = None
        level += 1
        for index, element in enumerate(value):
            if element.__class__ not in passes:
                found = item_check(element, level)
                if found is not None:
                    problems = _nest(found, f"[{index}]", problems)
        return problems

    return _Plan(frozenset(), check)


def _mapping_plan(key: _Plan, item: _Plan) -> _Plan:
    """`dict[K, V]` (and `Mapping[K, V]`): a JSON object, each key checked against `K` (a problem's path
    ends with `(key)`) and each value against `V`."""
    key_passes, key_check = key
    item_passes, item_check = item

    def check(value: Any, level: int) -> Optional[_Problems]:
        if not _is_instance(value, dict):
            return [["expected an object, got " + _kind(value)]]
        if level > MAX_DEPTH:
            return [[_TOO_DEEP]]
        if key is _ANY and item is _ANY:
            return None
        problems: Optional[_Problems] = None
        level += 1
        for name, element in value.items():
            found = None if name.__class__ in key_passes else key_check(name, level)
            if found is not None:
                for problem in found:
                    problem.append(" (key)")
            if element.__class__ not in item_passes:
                element_found = item_check(element, level)
                if element_found is not None:
                    found = element_found if found is None else found + element_found
            if found is not None:
                problems = _nest(found, _segment(name), problems)
        return problems

    return _Plan(frozenset(), check)


def _nest(found: _Problems, segment: str, problems: Optional[_Problems]) -> _Problems:
    """Add the problems of an item (at `segment` of its container) to the container's `problems`."""
    for problem in found:
        problem.append(segment)
    if problems is None:
        return found
    problems.extend(found)
    return problems


def _typeddict_class(tp: object) -> Optional[object]:
    """The TypedDict class of `tp` (itself, or the origin of a generic alias), or `None` if it is none."""
    if is_typeddict_class(tp):
        return tp
    origin = typing.get_origin(tp)
    return origin if is_typeddict_class(origin) else None


def _literal_values(tp: object) -> Optional[tuple[object, ...]]:
    """The members of a `Literal`, open or not; `None` for any other type."""
    if _is_annotated(tp):
        tp = typing.get_args(tp)[0]
    return typing.get_args(tp) if typing.get_origin(tp) is Literal else None


def _union_exclusions(options: tuple[object, ...]) -> dict[int, dict[str, frozenset[object]]]:
    """For the TypedDict members of a union with an open `Literal` key: the values of that key that other
    members declare, which the member must still reject (an `INSERT` record whose `eventName` says
    `REMOVE` is no new kind of record). By member index, then key; members without any are left out."""
    open_keys: list[dict[str, tuple[object, ...]]] = []
    for option in options:
        cls = _typeddict_class(option)
        keys: dict[str, tuple[object, ...]] = {}
        for key, hint in (_resolved_hints(cls) if cls is not None else {}).items():
            declared = _key_type(hint)
            if _is_open_literal(declared):
                keys[key] = typing.get_args(typing.get_args(declared)[0])
        open_keys.append(keys)
    family: dict[str, set[object]] = {}
    for keys in open_keys:
        for key, values in keys.items():
            family.setdefault(key, set()).update(values)
    exclusions: dict[int, dict[str, frozenset[object]]] = {}
    for index, keys in enumerate(open_keys):
        excluded = {key: frozenset(family[key].difference(values)) for key, values in keys.items()}
        if any(excluded.values()):
            exclusions[index] = excluded
    return exclusions


def _candidates(options: tuple[object, ...]) -> Optional[Callable[[dict[object, object]], Sequence[int]]]:
    """For a union of several TypedDicts, a function giving the members an object can only be, judged by
    its keys, to try first: by the value of a key that every member requires as a `Literal` of strings
    (`eventName`), else by a key only one member declares (`S`, `M` ...), else by the keys each declares."""
    classes = {index: _typeddict_class(option) for index, option in enumerate(options)}
    members = {index: cls for index, cls in classes.items() if cls is not None}
    if len(members) < 2:
        return None
    hints = {index: _resolved_hints(cls) for index, cls in members.items()}
    required = {index: _required_keys(cls) for index, cls in members.items()}
    for key in hints[min(members)]:
        tag_table = _tag_table(key, {index: hints[index].get(key) for index in members}, required)
        if tag_table is not None and any(len(indices) < len(members) for indices in tag_table.values()):
            return _by_tag(key, tag_table)
    owners: dict[str, list[int]] = {}
    for index in members:
        for key in hints[index]:
            owners.setdefault(key, []).append(index)
    unique: dict[object, tuple[int, ...]] = {key: (indices[0],) for key, indices in owners.items() if len(indices) == 1}
    if all(any(unique.get(key) == (index,) for key in required[index]) for index in members):
        return _by_unique_key(unique)
    declared = {index: frozenset(hints[index]) for index in members}
    return _by_declared_keys(declared, required)


def _tag_table(
    key: str, hints: dict[int, Optional[object]], required: dict[int, frozenset[str]]
) -> Optional[dict[object, tuple[int, ...]]]:
    """Members by each string value of `key`, if every member requires `key` as a `Literal` of strings."""
    table: dict[object, tuple[int, ...]] = {}
    for index, hint in hints.items():
        values = _literal_values(_key_type(hint)) if key in required[index] else None
        if values is None or not all(isinstance(value, str) for value in values):
            return None
        for value in values:
            table[value] = (*table.get(value, ()), index)
    return table


def _by_tag(key: str, table: dict[object, tuple[int, ...]]) -> Callable[[dict[object, object]], Sequence[int]]:
    def candidates(value: dict[object, object]) -> Sequence[int]:
        tag = value.get(key)
        return table.get(tag, ()) if tag.__class__ is str else ()

    return candidates


def _by_unique_key(table: dict[object, tuple[int, ...]]) -> Callable[[dict[object, object]], Sequence[int]]:
    def candidates(value: dict[object, object]) -> Sequence[int]:
        for key in value:
            found = table.get(key)
            if found is not None:
                return found
        return ()

    return candidates


def _by_declared_keys(
    declared: dict[int, frozenset[str]], required: dict[int, frozenset[str]]
) -> Callable[[dict[object, object]], Sequence[int]]:
    shapes = [(index, declared[index], required[index]) for index in declared]

    def candidates(value: dict[object, object]) -> Sequence[int]:
        keys = value.keys()
        return [index for index, allowed, needed in shapes if keys <= allowed and keys >= needed]

    return candidates


def _is_open_literal(tp: object) -> bool:
    return _is_annotated(tp) and any(marker is OPEN_LITERAL for marker in getattr(tp, "__metadata__"))


def _segment(key: object) -> str:
    """A key's part of a JSON path: `.name`, or `["x-amz-id-2"]` for a key that is not an identifier."""
    if isinstance(key, str) and key.isidentifier():
        return "." + key
    return f"[{json.dumps(key) if isinstance(key, str) else repr(key)}]"


def _kind(value: object) -> str:
    return "None" if value is None else type(value).__name__
