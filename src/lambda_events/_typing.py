"""The typing constructs every event module uses, from the standard library where it has them.

Python 3.12 is the first version whose `typing.TypedDict` has everything we rely on: `NotRequired`
(3.11), generic TypedDicts (3.11), and acceptance by pydantic, which refuses `typing.TypedDict` classes
before 3.12. On older versions the same names come from `typing_extensions`, so a TypedDict from this
library behaves the same on every supported Python.

`OPEN_LITERAL` marks a `Literal` whose values AWS adds to over time (see `lambda_events.helpers.validation`).
`type_parameter` makes the run-time `TypeVar` of a generic TypedDict whose bare form means its default.
"""

import sys
from typing import Any, TypeVar, final

if sys.version_info >= (3, 12):
    from typing import NotRequired, Required, TypedDict, get_type_hints, is_typeddict
else:
    from typing_extensions import NotRequired, Required, TypedDict, get_type_hints, is_typeddict

__all__ = [
    "OPEN_LITERAL",
    "NotRequired",
    "Required",
    "TypedDict",
    "get_type_hints",
    "is_typeddict",
    "parameter_default",
    "type_parameter",
]


@final
class OpenLiteralMarker:
    """The class of `OPEN_LITERAL`; it has that one instance."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "OPEN_LITERAL"


OPEN_LITERAL = OpenLiteralMarker()
"""Marks a `Literal` of strings as an open set: `Annotated[Literal["INSERT", "MODIFY"], OPEN_LITERAL]`.

Type checkers see the `Literal` alone, so comparing a value still narrows exactly. At run time,
`find_event_problems` accepts a string outside the set (a value AWS added after the type was written)
unless it is called with `closed_literals=True`; see `lambda_events.helpers.validation`."""


_defaults: dict[object, object] = {}


def type_parameter(name: str, *, bound: object, default: object) -> Any:
    """The run-time `TypeVar` of a generic TypedDict, with `bound`, its `default` (PEP 696) recorded for
    `parameter_default`.

    Type checkers read a `typing_extensions.TypeVar` with the same bound and default, declared under
    `TYPE_CHECKING`; at run time `typing.TypeVar` is cheaper, but takes a default only from Python 3.13.
    """
    parameter = TypeVar(name, bound=bound)  # type: ignore[misc]  # a TypeVar made by a function
    _defaults[parameter] = default
    return parameter


def parameter_default(parameter: object) -> object:
    """What a type parameter means when a generic TypedDict is used bare: the default recorded by
    `type_parameter`, else `Any` (the run-time `TypeVar`s of the other generic TypedDicts)."""
    return _defaults.get(parameter, Any)
