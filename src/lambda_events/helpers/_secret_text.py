"""The secrets a string can hold whatever its key, for `redact` (the rules are listed in
`docs/helpers/redaction.md`): the user information of a URL, a JWT, the credentials after an HTTP
authentication scheme, and the value after a secret name followed by `=` or `:` (a query parameter, a form
field, a `name: value` line, a JSON member in text that is not parsed).
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Callable, Optional

from lambda_events.helpers._secret_names import SecretNames

__all__ = ["SENSITIVE", "SecretText"]

SENSITIVE = "[SENSITIVE]"
"""What `redact` puts in place of every secret string."""

# `scheme://user:password@host` (from `://`), and the same percent-encoded (a URL inside a query parameter).
_USERINFO = re.compile(r"://[^/?#\s@]+@")
_ENCODED_USERINFO = re.compile(
    r"(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]*%3A%2F%2F)((?:[^/?#\s@%&]|%(?!40|2F|3F|23|26)[0-9A-Fa-f]{2})+)%40",
    re.IGNORECASE,
)
# A JWT (JWS: three parts; JWE: five), each part base64url; header and payload are JSON objects (`eyJ`).
_JWT = re.compile(r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*){1,3}")
# HTTP authentication: a single credential after `Bearer`, `Negotiate`, `NTLM` or `Basic` (Basic only when it
# decodes to `user:password`, so that prose such as "Basic plan" stays) ...
_TOKEN68 = re.compile(r"\b(bearer|negotiate|ntlm|basic)(\s+)([A-Za-z0-9._~+/-]+=*)", re.IGNORECASE)
# ... and everything up to the end of the line after `Digest` or `AWS4-HMAC-SHA256` followed by parameters.
_PARAMETERS_SCHEME = re.compile(r"\b(digest|aws4-hmac-sha256)(\s+)(?=[\w-]+=)[^\r\n]*", re.IGNORECASE)
# After a secret name: `=` (also percent-encoded), or `:` then a blank (or `":` in quotes), then its value.
# The patterns with a look-behind start only where a run of their characters starts, so that a long run
# costs one scan, not one per position.
# Names before a separator are found in the reversed text (a separator, then the name's run of characters
# reversed), so that every run is matched once, from its separator.
_REVERSED_NAME = re.compile(r"(?:[=:]|[Dd]3%)\s*[\"']?\\?([A-Za-z0-9_.-]+)")
_SEPARATOR = re.compile(r"(\\?[\"']?)(\s*=\s*|%3[Dd]|\s*:(?:\s+|(?<=[\"']:)))")
_QUOTED_VALUE = re.compile(r"\"(?:[^\"\\]|\\.)*\"|\\\"(?:[^\"\\]|\\[^\"])*\\\"|'[^'\r\n]*'")
_EQUALS_VALUE = re.compile(r"(?:%(?!26|3[Dd])[0-9A-Fa-f]{2}|[^\s&;,\"'%])+")
_COLON_VALUE = re.compile(r"[^\r\n]*[^\s,;}\]]")
_SCHEMES = ("bearer", "negotiate", "ntlm", "basic", "digest", "aws4-hmac-sha256")


class SecretText:
    """Redaction of the secrets inside one string, judged with `names` for the secret-name rule."""

    def __init__(self, names: SecretNames) -> None:
        self.names = names

    def redact(self, text: str) -> str:
        """`text` with every secret these rules find replaced by `[SENSITIVE]` (the rest unchanged). Each
        pattern runs only when the text holds what it needs (a separator, `://`, `eyJ`, a scheme's name)."""
        lower = text.lower()
        if ("=" in text or ":" in text or "%3d" in lower) and self.names.may_be_in(lower):
            text = self._pairs(text)
        if "@" in text:
            text = _USERINFO.sub(f"://{SENSITIVE}@", text)
        if "%40" in text:
            text = _ENCODED_USERINFO.sub(rf"\1{SENSITIVE}%40", text)
        if "eyJ" in text:
            text = _JWT.sub(SENSITIVE, text)
        if (" " in text or "\t" in text) and any(scheme in lower for scheme in _SCHEMES):
            text = _TOKEN68.sub(_token68_replacement, text)
            text = _PARAMETERS_SCHEME.sub(rf"\1\2{SENSITIVE}", text)
        return text

    def _pairs(self, text: str) -> str:
        """`text` with the value after every secret name and `=` or `:` replaced."""
        pieces: list[str] = []
        position = 0
        size = len(text)
        runs = [(size - found.end(1), size - found.start(1)) for found in _REVERSED_NAME.finditer(text[::-1])]
        for start, end in reversed(runs):
            name = text[start:end]
            if start > 0 and text[start - 1] == "%":
                name = name[2:]  # after a percent-encoded separator (`%26sig%3D...`): the escape's hex digits
            separator = _SEPARATOR.match(text, end)
            if start < position or separator is None or name not in self.names:
                continue
            value = _pair_value(text, separator.end(), separator.group(2))
            if value is None:
                continue
            start, end = value
            pieces.append(text[position:start])
            pieces.append(SENSITIVE)
            position = end
        if not pieces:
            return text
        pieces.append(text[position:])
        return "".join(pieces)


def _pair_value(text: str, start: int, separator: str) -> Optional[tuple[int, int]]:
    """Where the value after a separator is: in quotes (kept around it), up to the end of the line after `:`,
    up to the next `&`, `;`, `,`, quote or blank after `=`; `None` when there is no value."""
    quoted = _QUOTED_VALUE.match(text, start)
    if quoted is not None:
        quote_length = 2 if quoted.group().startswith("\\") else 1
        return quoted.start() + quote_length, quoted.end() - quote_length
    matcher: Callable[[str, int], Optional[re.Match[str]]] = (
        _COLON_VALUE.match if separator.strip() == ":" else _EQUALS_VALUE.match
    )
    found = matcher(text, start)
    return (found.start(), found.end()) if found is not None else None


def _token68_replacement(match: re.Match[str]) -> str:
    scheme, blank, credential = match.groups()
    if scheme.lower() == "basic" and not _is_basic_credential(credential):
        return match.group()
    return f"{scheme}{blank}{SENSITIVE}"


def _is_basic_credential(credential: str) -> bool:
    """Whether `credential` is base64 of `user:password`, as HTTP Basic authentication sends."""
    try:
        return b":" in base64.b64decode(credential, validate=True)
    except (binascii.Error, ValueError):
        return False
