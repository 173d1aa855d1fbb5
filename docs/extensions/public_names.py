"""A Griffe extension for the documentation build: the reference shows what a reader can import or write.

Our modules name some types privately: aliases of unions and literals (`_HTTPEvent`, `_Result`), type
variables (`_T`) and TypedDict bases that hold keys which are not Python identifiers. A reader cannot import
those names, so the reference must not show them. Once the package is loaded, this rewrites every
annotation, return type and default of the package so that:

- a private alias is replaced by its value (a union nested in a union is flattened into it), so a signature
  lists the event types a helper accepts and a Type column the literal values a key takes;
- a private type variable loses its underscore (`_T` becomes `T`).

Private bases of a class stay (they give the class its inherited keys); the class template leaves them out
of the list of bases it shows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, Union, cast

import griffe

Annotation = Union[str, griffe.Expr]


def is_private(name: str) -> bool:
    """A `_name`, not a dunder."""
    return name.startswith("_") and not name.startswith("__")


def _union_members(expression: Annotation) -> list[Annotation] | None:
    """The members of `Union[...]`, or None when `expression` is no such union."""
    if isinstance(expression, griffe.ExprSubscript) and expression.canonical_path == "typing.Union":
        members = expression.slice
        return list(members.elements) if isinstance(members, griffe.ExprTuple) else [members]
    return None


class PublicNames:
    """Rewrites the annotations of one loaded package (see the module's docstring)."""

    def __init__(self, package: griffe.Module) -> None:
        self.package = package

    def _target(self, name: griffe.ExprName) -> griffe.Object | None:
        """The object of the package a name refers to, when the package has it."""
        path = name.canonical_path
        if not path.startswith(f"{self.package.path}."):
            return None
        try:
            target = self.package.get_member(path[len(self.package.path) + 1 :])
        except (KeyError, ValueError):
            return None
        return None if target.is_alias else target

    def _replacement(self, name: griffe.ExprName) -> Annotation | None:
        """What a private name becomes: a type variable's public name, an alias's value; None to keep it."""
        if not is_private(name.name):
            return None
        target = self._target(name)
        if not isinstance(target, griffe.Attribute) or target.value is None:
            return None
        value = target.value
        if isinstance(value, griffe.ExprCall) and str(value.function).rsplit(".", 1)[-1] == "TypeVar":
            return griffe.ExprName(name.name.lstrip("_"))
        return self.public(value)

    def public(self, expression: Annotation) -> Annotation:
        """A copy of `expression` with its private names replaced (names keep their scope: not copied)."""
        if isinstance(expression, str):
            return expression
        if isinstance(expression, griffe.ExprName):
            replacement = self._replacement(expression)
            return expression if replacement is None else replacement
        changes: dict[str, Any] = {}
        for field in dataclasses.fields(expression):
            value = getattr(expression, field.name)
            if isinstance(value, griffe.Expr):
                changes[field.name] = self.public(value)
            elif isinstance(value, (list, tuple)):
                items = [
                    self.public(item) if isinstance(item, griffe.Expr) else item
                    for item in cast("Sequence[object]", value)
                ]
                changes[field.name] = tuple(items) if isinstance(value, tuple) else items
        copied = dataclasses.replace(expression, **changes)
        members = _union_members(copied)
        if members is not None and isinstance(copied, griffe.ExprSubscript):
            flat: list[Annotation] = []
            for member in members:
                flat.extend(_union_members(member) or [member])
            if len(flat) > len(members):
                copied.slice = griffe.ExprTuple(flat, implicit=True)
        return copied

    def rewrite(self, obj: griffe.Object) -> None:
        """Rewrite `obj` and every member it defines (aliases to other modules are theirs to rewrite)."""
        if isinstance(obj, griffe.Function):
            for parameter in obj.parameters:
                if parameter.annotation is not None:
                    parameter.annotation = self.public(parameter.annotation)
                if isinstance(parameter.default, griffe.Expr):
                    parameter.default = self.public(parameter.default)
            if obj.returns is not None:
                obj.returns = self.public(obj.returns)
            for overload in obj.overloads or []:
                self.rewrite(overload)
        elif isinstance(obj, griffe.Attribute) and obj.annotation is not None:
            obj.annotation = self.public(obj.annotation)
        for member in obj.members.values():
            if isinstance(member, griffe.Object):
                self.rewrite(member)


class PublicNamesExtension(griffe.Extension):
    """Run `PublicNames` on each package mkdocstrings loads."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Rewrite the whole package once it is loaded."""
        PublicNames(pkg).rewrite(pkg)
