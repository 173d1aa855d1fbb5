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
    from typing_extensions import TypeVar as _ExtensionsTypeVar

__all__ = [
    "OPEN_LITERAL",
    "NotRequired",
    "Required",
    "TypedDict",
    "get_type_hints",
    "is_typeddict",
    "is_typeddict_class",
    "parameter_default",
    "type_parameter",
]


def is_typeddict_class(tp: object) -> bool:
    """Whether `tp` is a TypedDict class of either implementation: `is_typeddict`, and also a class made by
    `typing_extensions.TypedDict` on Python 3.12 and later, which `typing.is_typeddict` does not recognize
    (users of newer `typing_extensions` features define their TypedDicts with it)."""
    return is_typeddict(tp) or (
        isinstance(tp, type) and dict in tp.__mro__ and hasattr(tp, "__required_keys__") and hasattr(tp, "__total__")
    )


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
    `TYPE_CHECKING`. At run time the `TypeVar` also carries the default (`__default__`, which pydantic reads)
    except on Python 3.12, whose `typing.TypeVar` takes none: importing `typing_extensions` there for it would
    slow every import of the package.
    """
    # Called through `Any`: the checkers read the declarations under `TYPE_CHECKING`, not these.
    make: Any = TypeVar
    if sys.version_info >= (3, 13):
        parameter = make(name, bound=bound, default=default)
    elif sys.version_info >= (3, 12):
        parameter = make(name, bound=bound)
    else:
        make = _ExtensionsTypeVar
        parameter = make(name, bound=bound, default=default)
    _defaults[parameter] = default
    return parameter


def parameter_default(parameter: object) -> object:
    """What a type parameter means when a generic TypedDict is used bare: the default recorded by
    `type_parameter`, else `Any` (the run-time `TypeVar`s of the other generic TypedDicts)."""
    return _defaults.get(parameter, Any)
