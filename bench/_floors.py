"""The standard-library floors the bench scripts compare helpers with, built from the helpers' own blocks."""

from __future__ import annotations

import base64
import binascii
import sys
from collections.abc import Iterable, Mapping
from typing import Any

if sys.version_info >= (3, 11):
    STRICT_BASE64 = "binascii.a2b_base64(data, strict_mode=True)"

    def strict_base64(text: str) -> bytes:
        """The strict base64 decoder the helpers use on this Python."""
        return binascii.a2b_base64(text, strict_mode=True)

else:
    STRICT_BASE64 = "base64.b64decode(data, validate=True)"

    def strict_base64(text: str) -> bytes:
        """The strict base64 decoder the helpers use before 3.11 (no `strict_mode` there)."""
        return base64.b64decode(text, validate=True)


def lowered_lookups(headers: Mapping[str, Any], names: Iterable[str]) -> list[Any]:
    """Case-insensitive lookups with the standard library: lower-case the names once, then `dict.get`."""
    lowered = {name.lower(): value for name, value in headers.items()}
    return [lowered.get(name.lower()) for name in names]
