"""The typing constructs every event module uses, from the standard library where it has them.

Python 3.12 is the first version whose `typing.TypedDict` has everything we rely on: `NotRequired`
(3.11), generic TypedDicts (3.11), and acceptance by pydantic, which refuses `typing.TypedDict` classes
before 3.12. On older versions the same names come from `typing_extensions`, so a TypedDict from this
library behaves the same on every supported Python.

`OPEN_LITERAL` marks a `Literal` whose values AWS adds to over time (see `lambda_events.helpers.validation`).
"""

import sys
from typing import final

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
    "is_typeddict_class",
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
