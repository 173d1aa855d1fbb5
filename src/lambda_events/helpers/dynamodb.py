"""DynamoDB attribute values (`{"N": "42"}`) to Python values and back, exactly.

Deserializing gives what boto3's `TypeDeserializer` gives for the same attribute values, with the binary
values of stream JSON (base64 text) decoded: `S` -> `str`, `N` -> `decimal.Decimal` exactly as stored,
`B` -> `bytes`, `SS` / `NS` / `BS` -> `set`, `M` -> `dict`, `L` -> `list`, `BOOL` -> `bool`, `NULL` -> `None`.
Numbers are read with the decimal context boto3 uses for DynamoDB (38 digits of precision, every rounding and
exponent overflow trapped): a number with more digits than DynamoDB keeps is an error, never rounded.

It is stricter than boto3 where boto3 accepts what DynamoDB never sends: a type key in lower case (`{"s":
"x"}`), an object with several type keys (boto3 silently uses the first), `N` text that is not a number or
not finite (boto3 returns `Decimal('NaN')` or `Infinity`), `NULL` other than `true`, and values of the
wrong JSON type (`{"S": 5}`). All of these raise `EventDecodeError` with the path of the offending value
(`address.M.city`).

Nesting is limited to `DYNAMODB_MAX_DEPTH` (64) levels of maps, lists and sets, twice the 32 levels
DynamoDB itself stores, so no item DynamoDB holds is refused: anything deeper raises `EventDecodeError`
naming the path where the limit was reached, in both directions, never `RecursionError` (a Python value
that contains itself is refused the same way).
"""

from __future__ import annotations

import binascii
import decimal
from collections.abc import Mapping, Set
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Callable, Union, cast

from lambda_events.helpers._arguments import mapping_argument
from lambda_events.helpers._decoding import is_list, is_object, strict_b64decode
from lambda_events.helpers._describe import kind, preview
from lambda_events.helpers.errors import EventDecodeError

if TYPE_CHECKING:
    from lambda_events.types.dynamodb import AttributeValueDict

__all__ = [
    "DYNAMODB_MAX_DEPTH",
    "deserialize_dynamodb_image",
    "deserialize_dynamodb_value",
    "serialize_dynamodb_item",
    "serialize_dynamodb_value",
]

DYNAMODB_MAX_DEPTH = 64
"""The deepest nesting of maps, lists and sets the (de)serializers accept: twice DynamoDB's own 32 levels."""

_TOO_DEEP = f"nested deeper than {DYNAMODB_MAX_DEPTH} levels (DYNAMODB_MAX_DEPTH; DynamoDB stores at most 32)"

# DynamoDB's number limits, as boto3 declares them, plus InvalidOperation so that text which is not a
# number raises instead of becoming NaN.
_NUMBER_CONTEXT = decimal.Context(
    prec=38,
    Emin=-128,
    Emax=126,
    traps=[
        decimal.Clamped,
        decimal.Overflow,
        decimal.Inexact,
        decimal.Rounded,
        decimal.Underflow,
        decimal.InvalidOperation,
    ],
)
_create_decimal = _NUMBER_CONTEXT.create_decimal
_NUMBER_LIMITS = "at most 38 significant digits, exponent within DynamoDB's range"


class _Invalid(Exception):
    """A value that cannot be converted; `steps` collects its path, innermost first, as the error unwinds.

    `label` names the attribute type whose value is wrong (`N`), for the message; a set clears it, since
    its path (`tags.NS[2]`) says so already.
    """

    def __init__(self, problem: str, label: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.label = label
        self.steps: list[str] = []

    def message(self) -> str:
        """The problem, prefixed with the attribute type it concerns."""
        return f"{self.label}: {self.problem}" if self.label else self.problem


class _Unsupported(_Invalid):
    """A Python value of a type DynamoDB has no attribute value for (serializing only)."""


def _path(steps: list[str], root: str) -> str:
    """Join the steps (innermost first) into a path: `address.M.city`, `tags.L[2]`, `value[0]`."""
    path = ""
    for step in reversed(steps):
        path += step if step.startswith("[") else f".{step}"
    if not path or path.startswith("["):
        return root + path
    return path[1:]


# --- deserializing -----------------------------------------------------------------------------------------
#
# The loops over maps, lists and images read each value's type key and call its decoder inline, with no
# check of their own: a malformed value makes that line raise AttributeError, TypeError, ValueError or
# KeyError, and only then does `_shape_problem` look at the value again to say what is wrong with it.


def _value(av: Any) -> Any:
    try:
        (tag,) = av
        return _DECODERS[tag](av[tag], 1)
    except (AttributeError, TypeError, ValueError, KeyError):
        raise _shape_problem(av) from None


def _shape_problem(av: Any) -> _Invalid:
    """What is wrong with an attribute value whose type key could not be read, or is unknown."""
    if not is_object(av):
        return _Invalid(f"expected an attribute value object such as {{\"S\": ...}}, got {kind(av)}")
    keys = list(av)
    if len(keys) != 1:
        return _Invalid(f"expected exactly one key naming the attribute type, got {len(keys)}: {preview(keys)}")
    return _Invalid(f"unknown attribute type {preview(keys[0])} (expected one of {', '.join(_DECODERS)})")


def _string(raw: Any, level: int = 0) -> str:
    if isinstance(raw, str):
        return raw
    raise _Invalid(f"expected str, got {kind(raw)}", "S")


def _number(raw: Any, level: int = 0) -> Decimal:
    if not isinstance(raw, str):
        raise _Invalid(f"expected a number as text, got {kind(raw)}", "N")
    try:
        number = _create_decimal(raw)
    except decimal.InvalidOperation as error:
        raise _Invalid(f"not a number: {preview(raw)}", "N") from error
    except decimal.DecimalException as error:
        raise _Invalid(f"{preview(raw)} is outside DynamoDB's numbers ({_NUMBER_LIMITS})", "N") from error
    if not number.is_finite():
        raise _Invalid(f"{preview(raw)} is not a finite number", "N")
    return number


def _binary(raw: Any, level: int = 0) -> bytes:
    if not isinstance(raw, str):
        raise _Invalid(f"expected base64 text, got {kind(raw)}", "B")
    try:
        return strict_b64decode(raw)
    except ValueError as error:
        raise _Invalid(f"invalid base64: {error}", "B") from error


def _boolean(raw: Any, level: int = 0) -> bool:
    if raw is True or raw is False:
        return raw
    raise _Invalid(f"expected true or false, got {kind(raw)}", "BOOL")


def _null(raw: Any, level: int = 0) -> None:
    if raw is not True:
        raise _Invalid(f"expected true, got {preview(raw)}", "NULL")


def _values_by_name(named: Mapping[str, Any], step: str, level: int) -> dict[str, Any]:
    """Decode a map's entries or an image's attributes (their values at nesting `level`); a problem's path
    gets `step` + the entry's name."""
    result: dict[str, Any] = {}
    name = ""
    av: Any = None
    try:
        for name, av in named.items():
            (tag,) = av
            result[name] = _DECODERS[tag](av[tag], level)
    except (AttributeError, TypeError, ValueError, KeyError):
        invalid = _shape_problem(av)
        invalid.steps.append(step + name)
        raise invalid from None
    except _Invalid as invalid:
        invalid.steps.append(step + name)
        raise
    return result


def _map(raw: Any, level: int) -> dict[str, Any]:
    if not is_object(raw):
        raise _Invalid(f"expected an object, got {kind(raw)}", "M")
    if level > DYNAMODB_MAX_DEPTH:
        raise _Invalid(_TOO_DEEP, "M")
    return _values_by_name(raw, "M.", level + 1)


def _list(raw: Any, level: int) -> list[Any]:
    if not is_list(raw):
        raise _Invalid(f"expected a list, got {kind(raw)}", "L")
    if level > DYNAMODB_MAX_DEPTH:
        raise _Invalid(_TOO_DEEP, "L")
    result: list[Any] = []
    append = result.append
    av: Any = None
    try:
        for av in raw:
            (tag,) = av
            append(_DECODERS[tag](av[tag], level + 1))
    except (AttributeError, TypeError, ValueError, KeyError):
        invalid = _shape_problem(av)
        invalid.steps.append(f"L[{len(result)}]")
        raise invalid from None
    except _Invalid as invalid:
        invalid.steps.append(f"L[{len(result)}]")
        raise
    return result


def _set_of(tag: str, member: Callable[[Any], Any]) -> Callable[[Any, int], set[Any]]:
    def decode_set(raw: Any, level: int = 0) -> set[Any]:
        if not is_list(raw):
            raise _Invalid(f"expected a list, got {kind(raw)}", tag)
        try:
            return {member(item) for item in raw}
        except _Invalid as invalid:
            invalid.label = ""
            invalid.steps.append(f"{tag}[{_first_rejected(raw, member)}]")
            raise

    return decode_set


def _first_rejected(items: list[Any], member: Callable[[Any], Any]) -> int:
    """The index of the first item `member` rejects (on a set's error path, to name the item)."""
    for index, item in enumerate(items):
        try:
            member(item)
        except _Invalid:
            return index
    return len(items)


# Dispatch on the type key: one dictionary lookup instead of a chain of comparisons.
_DECODERS: dict[str, Callable[[Any, int], Any]] = {
    "S": _string,
    "N": _number,
    "BOOL": _boolean,
    "M": _map,
    "L": _list,
    "NULL": _null,
    "B": _binary,
    "SS": _set_of("SS", _string),
    "NS": _set_of("NS", _number),
    "BS": _set_of("BS", _binary),
}


def _decode_error(invalid: _Invalid, root: str) -> EventDecodeError:
    error = EventDecodeError(_path(invalid.steps, root), invalid.message())
    error.__cause__ = invalid.__cause__
    return error


def deserialize_dynamodb_value(av: Union[AttributeValueDict, Mapping[str, Any]]) -> Any:
    """Return the Python value of one attribute value (see the module documentation for the mapping).

    >>> deserialize_dynamodb_value({"M": {"price": {"N": "19.99"}, "tags": {"SS": ["new"]}}})
    {'price': Decimal('19.99'), 'tags': {'new'}}
    >>> deserialize_dynamodb_value({"B": "aGVsbG8="})
    b'hello'

    Raises `EventDecodeError` naming the path inside the value (`M.address.M.city`) when a value has an
    unknown or malformed shape, a number DynamoDB cannot hold, or invalid base64.
    """
    av = mapping_argument(av, "av")
    try:
        return _value(av)
    except _Invalid as invalid:
        raise _decode_error(invalid, "value") from invalid.__cause__


def deserialize_dynamodb_image(
    image: Union[Mapping[str, AttributeValueDict], Mapping[str, Any]],
) -> dict[str, Any]:
    """Return an item as a `dict` of Python values, from its attribute values by name (a stream record's
    `Keys`, `NewImage` or `OldImage`).

    >>> image = {"id": {"S": "order-7"}, "total": {"N": "42.50"}, "paid": {"BOOL": True}}
    >>> deserialize_dynamodb_image(image)
    {'id': 'order-7', 'total': Decimal('42.50'), 'paid': True}

    Raises `EventDecodeError` naming the attribute's path (`address.M.city`) when a value has an unknown or
    malformed shape, a number DynamoDB cannot hold, or invalid base64.
    """
    image = mapping_argument(image, "image")
    try:
        return _values_by_name(image, "", 1)
    except _Invalid as invalid:
        raise _decode_error(invalid, "image") from invalid.__cause__


# --- serializing -------------------------------------------------------------------------------------------


def _serialize(value: Any, level: int) -> Any:
    encode = _ENCODERS.get(value.__class__)
    if encode is None:
        encode = _encoder_for(value)
    return encode(value, level)


def _encoder_for(value: Any) -> Callable[[Any, int], Any]:
    """The encoder for a value whose exact type is not in `_ENCODERS` (a subclass, or unsupported)."""
    if isinstance(value, bool):  # before int: bool is an int
        return _encode_boolean
    if isinstance(value, (int, Decimal)):
        return _encode_number
    if isinstance(value, str):
        return _encode_string
    if isinstance(value, (bytes, bytearray)):
        return _encode_binary
    if isinstance(value, Mapping):
        return _encode_map
    if isinstance(value, (list, tuple)):
        return _encode_list
    if isinstance(value, Set):
        return _encode_set
    if isinstance(value, float):
        raise _Unsupported("float is not supported: DynamoDB numbers are exact; use decimal.Decimal")
    raise _Unsupported(f"{type(value).__name__} has no DynamoDB attribute type")


def _number_text(value: Any) -> str:
    try:
        number = _create_decimal(value)
    except decimal.DecimalException as error:
        raise _Invalid(f"{preview(value)} is outside DynamoDB's numbers ({_NUMBER_LIMITS})") from error
    if not number.is_finite():
        raise _Invalid(f"{preview(value)} is not a finite number")
    return str(number)


def _encode_none(value: None, level: int = 0) -> Any:
    return {"NULL": True}


def _encode_boolean(value: bool, level: int = 0) -> Any:
    return {"BOOL": bool(value)}


def _encode_number(value: Union[int, Decimal], level: int = 0) -> Any:
    return {"N": _number_text(value)}


def _encode_string(value: str, level: int = 0) -> Any:
    return {"S": value if type(value) is str else str.__str__(value)}  # an enum's value, not its name


def _encode_binary(value: Union[bytes, bytearray], level: int = 0) -> Any:
    return {"B": binascii.b2a_base64(value, newline=False).decode("ascii")}


def _encode_map(value: Mapping[Any, Any], level: int) -> Any:
    if level > DYNAMODB_MAX_DEPTH:
        raise _Invalid(_TOO_DEEP)
    result: dict[str, Any] = {}
    for key, item in value.items():
        if not isinstance(key, str):
            raise _Unsupported(f"map keys must be str, got {kind(key)} {preview(key)}")
        try:
            result[key] = _serialize(item, level + 1)
        except _Invalid as invalid:
            invalid.steps.append(key)
            raise
    return {"M": result}


def _encode_list(value: Union[list[Any], tuple[Any, ...]], level: int) -> Any:
    if level > DYNAMODB_MAX_DEPTH:
        raise _Invalid(_TOO_DEEP)
    result: list[Any] = []
    try:
        for item in value:
            result.append(_serialize(item, level + 1))
    except _Invalid as invalid:
        invalid.steps.append(f"[{len(result)}]")
        raise
    return {"L": result}


def _encode_set(value: Set[Any], level: int = 0) -> Any:
    if not value:
        raise _Invalid("DynamoDB has no empty sets: remove the attribute or store something else")
    if all(isinstance(item, str) for item in value):
        return {"SS": sorted(str(item) for item in value)}
    if all(isinstance(item, (bytes, bytearray)) for item in value):
        return {"BS": [_encode_binary(item)["B"] for item in sorted(bytes(item) for item in value)]}
    if all(isinstance(item, (int, Decimal)) and not isinstance(item, bool) for item in value):
        return {"NS": sorted((_number_text(item) for item in value), key=Decimal)}
    kinds = sorted({kind(item) for item in value})
    raise _Unsupported(f"a set must hold only strings, only numbers or only bytes, got {', '.join(kinds)}")


_ENCODERS: dict[type, Callable[[Any, int], Any]] = {
    str: _encode_string,
    Decimal: _encode_number,
    int: _encode_number,
    bool: _encode_boolean,
    dict: _encode_map,
    list: _encode_list,
    type(None): _encode_none,
    bytes: _encode_binary,
    set: _encode_set,
    frozenset: _encode_set,
    tuple: _encode_list,
    bytearray: _encode_binary,
}


def _serialize_error(invalid: _Invalid, root: str) -> Exception:
    where = _path(invalid.steps, root)
    if isinstance(invalid, _Unsupported):
        return TypeError(f"{where}: {invalid.problem}")
    return EventDecodeError(where, invalid.problem)


def serialize_dynamodb_value(value: Any) -> AttributeValueDict:
    """Return the attribute value of a Python value, as it appears in stream JSON (binary as base64 text).

    `None` -> `NULL`, `bool` -> `BOOL`, `int` / `Decimal` -> `N`, `str` -> `S`, `bytes` / `bytearray` -> `B`,
    a mapping -> `M`, a list or tuple -> `L`, a set of strings / numbers / bytes -> `SS` / `NS` / `BS` (sorted,
    so the output is the same on every run).

    >>> serialize_dynamodb_value({"price": Decimal("19.99"), "tags": {"new"}, "raw": b"hi"})
    {'M': {'price': {'N': '19.99'}, 'tags': {'SS': ['new']}, 'raw': {'B': 'aGk='}}}

    Like boto3's `TypeSerializer`, raises `TypeError` for a value of a type DynamoDB has no attribute type
    for, `float` included (a float is rarely the decimal number you meant: pass `Decimal(str(x))`), a set
    mixing types, or a map key that is not a `str`. Raises `EventDecodeError` (a `ValueError`) for a value
    DynamoDB cannot store: an empty set, a number that is not finite or exceeds DynamoDB's limits, or
    nesting deeper than `DYNAMODB_MAX_DEPTH`. Both name the path (`address.city`, `tags[2]`).
    """
    try:
        return cast("AttributeValueDict", _serialize(value, 1))
    except _Invalid as invalid:
        raise _serialize_error(invalid, "value") from invalid.__cause__


def serialize_dynamodb_item(item: Mapping[str, Any]) -> dict[str, AttributeValueDict]:
    """Return an item's attribute values by name: the inverse of `deserialize_dynamodb_image`.

    >>> serialize_dynamodb_item({"id": "order-7", "total": Decimal("42.50"), "note": None})
    {'id': {'S': 'order-7'}, 'total': {'N': '42.50'}, 'note': {'NULL': True}}

    Raises `TypeError` or `EventDecodeError` naming the attribute's path, as `serialize_dynamodb_value`.
    """
    item = mapping_argument(item, "item")
    try:
        return cast("dict[str, AttributeValueDict]", _encode_map(item, 0)["M"])
    except _Invalid as invalid:
        raise _serialize_error(invalid, "item") from invalid.__cause__
