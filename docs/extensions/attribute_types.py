"""A Griffe extension for the documentation build: every attribute in the reference's tables has a type.

Two kinds of attribute carry no annotation in our code, and would show an empty Type cell:

- an instance attribute set from a parameter of `__init__` (`self.where = where`): its type is the
  parameter's annotation;
- a member of an `Enum` (`HttpVerb.GET = "GET"`): its type is the enum itself.

`__slots__` is not an attribute a reader uses: it is removed from the reference.
"""

from __future__ import annotations

from typing import Any

import griffe


def _is_enum(cls: griffe.Class) -> bool:
    """Whether one of the class's bases is `Enum` (or a subclass of it from the standard library)."""
    return any(str(base).rsplit(".", 1)[-1] in {"Enum", "IntEnum", "StrEnum", "Flag"} for base in cls.bases)


def _parameter_annotation(value: object) -> griffe.Expr | str | None:
    """The annotation of the `__init__` parameter that `value` names, when it names one."""
    if not isinstance(value, griffe.ExprName) or not isinstance(value.parent, griffe.Function):
        return None
    function = value.parent
    if function.name != "__init__" or value.name not in function.parameters:
        return None
    return function.parameters[value.name].annotation


def annotate(cls: griffe.Class) -> None:
    """Give each attribute of `cls` without an annotation the type it has."""
    cls.members.pop("__slots__", None)
    enum = _is_enum(cls)
    for attribute in cls.attributes.values():
        if attribute.is_alias or attribute.annotation is not None:
            continue
        if enum and "class-attribute" in attribute.labels:
            attribute.annotation = griffe.ExprName(cls.name, parent=cls.parent)
        else:
            attribute.annotation = _parameter_annotation(attribute.value)


class AttributeTypesExtension(griffe.Extension):
    """Run `annotate` on every class Griffe loads."""

    def on_class_members(self, *, cls: griffe.Class, **kwargs: Any) -> None:
        """Annotate the class's attributes once its members are known."""
        annotate(cls)
