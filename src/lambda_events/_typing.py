"""The typing constructs every event module uses, from the standard library where it has them.

Python 3.12 is the first version whose `typing.TypedDict` has everything we rely on: `NotRequired`
(3.11), generic TypedDicts (3.11), and acceptance by pydantic, which refuses `typing.TypedDict` classes
before 3.12. On older versions the same names come from `typing_extensions`, so a TypedDict from this
library behaves the same on every supported Python.
"""

import sys

if sys.version_info >= (3, 12):
    from typing import NotRequired, TypedDict, get_type_hints, is_typeddict
else:
    from typing_extensions import NotRequired, TypedDict, get_type_hints, is_typeddict

__all__ = ["NotRequired", "TypedDict", "get_type_hints", "is_typeddict"]
