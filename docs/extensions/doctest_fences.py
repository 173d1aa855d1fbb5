"""A Griffe extension for the documentation build: show the interactive examples in docstrings as code.

Our docstrings are Markdown with interactive examples (`>>>` lines followed by their output), as `doctest`
reads them. Markdown would take the `>` of those lines for nested quotations, so this wraps each example
(its `>>>` and `...` lines and the output after them, up to a blank line) in a `pycon` code fence.
"""

from __future__ import annotations

from typing import Any

import griffe

PROMPT = ">>>"
FENCE = "```"


def fence_doctests(text: str) -> str:
    """Return `text` with every interactive example outside an existing fence wrapped in a `pycon` fence."""
    output: list[str] = []
    in_fence = in_example = False
    for line in text.splitlines():
        stripped = line.strip()
        if in_example and not stripped:
            output.append(FENCE)
            in_example = False
        if stripped.startswith(FENCE) and not in_example:
            in_fence = not in_fence
        elif stripped.startswith(PROMPT) and not in_fence and not in_example:
            output.append(f"{FENCE}pycon")
            in_example = True
        output.append(line)
    if in_example:
        output.append(FENCE)
    return "\n".join(output)


class DoctestFences(griffe.Extension):
    """Fence the interactive examples of every docstring Griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite the object's docstring before mkdocstrings parses it."""
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)
