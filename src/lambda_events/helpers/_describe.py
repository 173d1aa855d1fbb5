"""How error messages describe the values they received."""

from __future__ import annotations


def kind(value: object) -> str:
    """The JSON-ish name of a value's type, for messages: `None`, `str`, `list`, `dict`..."""
    return "None" if value is None else type(value).__name__


def preview(value: object, limit: int = 60) -> str:
    """`repr(value)`, shortened to `limit` characters, for messages that quote what they received.

    A container is described a few levels and items deep only (`reprlib`), so that a list nested 100,000
    deep or holding millions of items costs nothing and cannot raise `RecursionError`.
    """
    if isinstance(value, int) and value.bit_length() > 4 * limit:  # repr of a huge int is slow, or refused
        text = f"<int of {value.bit_length()} bits>"
    elif value is None or isinstance(value, (str, bytes, int, float)):
        text = repr(value[: limit + 1] if isinstance(value, (str, bytes)) else value)
    else:
        import reprlib

        shortener = reprlib.Repr()
        shortener.maxlevel, shortener.maxstring, shortener.maxother = 3, limit, limit
        try:
            text = shortener.repr(value)
        except Exception:  # a value whose own __repr__ raises
            text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else f"{text[: limit - 3]}..."
