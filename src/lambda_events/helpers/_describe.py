"""How error messages describe the values they received."""

from __future__ import annotations


def kind(value: object) -> str:
    """The JSON-ish name of a value's type, for messages: `None`, `str`, `list`, `dict`..."""
    return "None" if value is None else type(value).__name__


def preview(value: object, limit: int = 60) -> str:
    """`repr(value)`, shortened to `limit` characters, for messages that quote what they received."""
    text = repr(value)
    return text if len(text) <= limit else f"{text[: limit - 3]}..."
