"""Redaction of the secrets an event carries, so that it can be logged.

`redact(event)` returns a deep copy in which every secret is replaced by `"[SENSITIVE]"`; everything else is
kept, so the copy still has the shape of the event and still matches its type. What counts as a secret is
written down once, on the documentation page "Redaction" (`docs/helpers/redaction.md`): keys, header,
parameter and attribute names that look like a secret's (case and separators ignored), name/value pairs
with such a name, a few keys by place (authorizer contexts, Cognito codes), and inside any string the user
information of URLs, secret-named parameters, JWTs and HTTP credentials; the same inside JSON, base64 and
gzip payloads held in strings, and Kafka header bytes.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any, Optional, TypeVar, Union, cast

from lambda_events.helpers._decoding import gunzip
from lambda_events.helpers._secret_names import SecretNames, normalize_name
from lambda_events.helpers._secret_text import SENSITIVE, SecretText
from lambda_events.helpers.errors import EventDecodeError

__all__ = ["SENSITIVE", "redact"]

T = TypeVar("T")

MAX_PAYLOAD_DEPTH = 8
"""How many payloads deep `redact` decodes (base64 data holding JSON whose member holds base64 text is three
deep). Deeper, a payload (JSON, base64 of text, gzip) is replaced by `"[SENSITIVE]"`, unchecked."""

MAX_DECOMPRESSED_SIZE = 64 * 1024 * 1024
"""How many bytes `redact` decompresses from gzip payloads in one call, in all; a gzip payload it cannot
decompress within that (or at all) is replaced by `"[SENSITIVE]"`, since what it holds cannot be checked."""

_SENSITIVE_BYTES = list(SENSITIVE.encode("ascii"))
_GZIP_MAGIC = b"\x1f\x8b"
_BASE64 = re.compile(r"(?:[A-Za-z0-9+/]{4}){2,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?")
# Keys of a name/value pair (a CloudFront or SES header, a Bedrock agent parameter): exactly these.
_PAIR_NAMES = ("name", "key")
_PAIR_COMPANIONS = frozenset({"type"})
# The keys of `requestContext.authorizer` that API Gateway itself sets; the others are the context a Lambda
# authorizer returned, which is secret.
_AUTHORIZER_OWN_KEYS = frozenset({"principalid", "integrationlatency", "claims", "scopes", "jwt", "iam"})
# Under a secret key, the type of an SQS or SNS message attribute stays readable (it must stay one of these).
_TYPE_KEYS = frozenset({"type", "datatype"})
_TYPE_NAMES = frozenset({"String", "Number", "Binary", "String.Array"})


def redact(event: T, *, extra_keys: Iterable[str] = (), decode_payloads: bool = True) -> T:
    """Return a deep copy of `event` with every secret replaced by `"[SENSITIVE]"` (see the module
    documentation, and the "Redaction" page for the complete rules). `extra_keys` names more keys whose values
    are secret wherever they appear, compared like the built-in names (any case, separators ignored);
    `decode_payloads=False` leaves JSON and base64 payloads held in strings as they are (faster; their
    secrets are then kept).

    >>> redact({"headers": {"authorization": "Bearer abc", "accept": "*/*"}, "dbPassword": "hunter2"})
    {'headers': {'authorization': '[SENSITIVE]', 'accept': '*/*'}, 'dbPassword': '[SENSITIVE]'}

    Any value is accepted: mappings come back as `dict`, lists and tuples as `list`, a string with its secrets
    replaced, anything else as it is; the input is not changed. Raises `TypeError` when `extra_keys` is a
    string, not iterable or holds anything but strings, or when `decode_payloads` is not a `bool`.
    """
    if isinstance(extra_keys, (str, bytes)):
        raise TypeError("extra_keys must be an iterable of key names, not a single string")
    if not isinstance(cast("object", extra_keys), Iterable):
        raise TypeError(f"extra_keys must be an iterable of key names, not {type(extra_keys).__name__}")
    if not isinstance(cast("object", decode_payloads), bool):
        raise TypeError(f"decode_payloads must be True or False, not {type(decode_payloads).__name__}")
    names: list[object] = list(extra_keys)
    for name in names:
        if not isinstance(name, str):
            raise TypeError(f"extra_keys must hold strings, got {type(name).__name__}")
    context = _Context(SecretNames(cast("list[str]", names)), decode_payloads)
    return cast("T", _Redaction(context, 0).copy(event))


class _Context:
    """What every walk of one `redact` call shares: the name rules and the decompression budget."""

    def __init__(self, names: SecretNames, decode_payloads: bool) -> None:
        self.names = names
        self.text = SecretText(names)
        self.decode_payloads = decode_payloads
        self.budget = MAX_DECOMPRESSED_SIZE


# One container to fill: its source, its copy, the normalised keys it and its parent are under, and whether
# every string in it is secret.
_Work = tuple[Any, Union[dict[Any, Any], list[Any]], str, str, bool]


class _Redaction:
    """One iterative deep copy: each container is copied empty, then filled from a work list. `changed` says
    whether anything was replaced."""

    def __init__(self, context: _Context, depth: int) -> None:
        self.context = context
        self.depth = depth
        self.changed = False
        self.work: list[_Work] = []
        self.copies: dict[tuple[int, str, str, bool], Union[dict[Any, Any], list[Any]]] = {}

    def copy(self, value: Any) -> Any:
        result = self.child(value, "", "", False)
        while self.work:
            source, target, key, parent, blank = self.work.pop()
            if isinstance(target, dict):
                self.fill_mapping(source, target, key, parent, blank)
            else:
                target.extend(self.child(item, key, parent, blank) for item in source)
        return result

    def child(self, value: object, key: str, parent: str, blank: bool) -> Any:
        """The copy of one value under `key` (in a container under `parent`): a new container to fill later,
        a string or byte list with its secrets replaced, or the value itself."""
        if isinstance(value, str):
            return self.string(value, blank)
        kind = type(value)
        is_mapping = issubclass(kind, Mapping)
        if not is_mapping:
            if not issubclass(kind, (list, tuple)):
                return self.blank_bytes() if blank and isinstance(value, (bytes, bytearray)) and value else value
            if _is_byte_list(cast("list[Any]", value)):
                return self.byte_list(cast("list[int]", value), blank)
        memo = (id(value), key, parent, blank)
        found = self.copies.get(memo)
        if found is None:
            found = _empty_mapping() if is_mapping else _empty_list()
            self.copies[memo] = found
            self.work.append((value, found, key, parent, blank))
        return found

    def fill_mapping(
        self, source: Mapping[Any, Any], target: dict[Any, Any], key: str, parent: str, blank: bool
    ) -> None:
        pair_name = _pair_name(source)
        if blank:
            for name, item in source.items():
                target[name] = self.child(item, key, parent, _blank_in_secret(name, item, key, pair_name))
            return
        secret_value = "value" in source and _named(source) in self.context.names
        own_context = key == "authorizer" and parent == "requestcontext"
        for name, item in source.items():
            lower = normalize_name(name) if isinstance(name, str) else ""
            if own_context:
                secret = lower not in _AUTHORIZER_OWN_KEYS
            else:
                secret = name in self.context.names or _is_secret_by_place(source, key, lower)
            target[name] = self.child(item, lower or key, key, secret or (secret_value and name == "value"))

    def string(self, text: str, blank: bool) -> str:
        if not text:
            return text
        if blank:
            self.changed = True
            return SENSITIVE
        redacted = self.payload(text) if self.context.decode_payloads else None
        if redacted is None:
            redacted = self.context.text.redact(text)
        if redacted != text:
            self.changed = True
        return redacted

    def payload(self, text: str) -> Optional[str]:
        """`text` redacted as the JSON or base64 payload it holds; `None` when it holds neither or nothing in
        it was secret (the caller then checks it as text). Deeper than `MAX_PAYLOAD_DEPTH`, a payload is
        replaced: what it holds is not checked."""
        deep = self.depth >= MAX_PAYLOAD_DEPTH
        if text.lstrip()[:1] in ("{", "["):
            try:
                value = json.loads(text)
            except (ValueError, RecursionError):
                return None
            if deep:
                return SENSITIVE
            nested = _Redaction(self.context, self.depth + 1)
            redacted = nested.copy(value)
            if not nested.changed:
                return text
            try:
                return json.dumps(redacted, ensure_ascii=False)
            except (ValueError, RecursionError):
                return SENSITIVE  # parsed, but too deep to write back: nothing of it is shown
        if len(text) < 8 or _BASE64.fullmatch(text) is None:
            return None
        data = base64.b64decode(text)
        if deep:
            return SENSITIVE if data[:2] == _GZIP_MAGIC or _is_utf8(data) else None
        if data[:2] == _GZIP_MAGIC:
            return self.gzip_payload(data)
        inner = self.bytes_text(data)
        return None if inner is None else base64.b64encode(inner).decode("ascii")

    def gzip_payload(self, data: bytes) -> str:
        """Base64 gzip data with its secrets replaced, or `[SENSITIVE]` when it cannot be decompressed."""
        try:
            plain = gunzip(data, "", self.context.budget)
        except EventDecodeError:
            self.changed = True
            return SENSITIVE
        self.context.budget -= len(plain)
        inner = self.bytes_text(plain)
        if inner is None:
            return base64.b64encode(data).decode("ascii")
        import gzip  # only gzip payloads with secrets need it

        return base64.b64encode(gzip.compress(inner, mtime=0)).decode("ascii")

    def bytes_text(self, data: bytes) -> Optional[bytes]:
        """UTF-8 `data` redacted as a string one payload deeper; `None` when it is not UTF-8 text or nothing in
        it was secret."""
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return None
        nested = _Redaction(self.context, self.depth + 1)
        redacted = nested.string(text, False)
        return redacted.encode("utf-8") if nested.changed else None

    def byte_list(self, values: list[int], blank: bool) -> list[int]:
        """A Kafka header value (a list of byte values): the bytes of `[SENSITIVE]` when secret, else its
        secrets replaced as in a string."""
        if blank:
            self.changed = True
            return list(_SENSITIVE_BYTES)
        if self.depth >= MAX_PAYLOAD_DEPTH:
            return list(values)
        inner = self.bytes_text(bytes(values))
        if inner is None:
            return list(values)
        self.changed = True
        return list(inner)

    def blank_bytes(self) -> bytes:
        self.changed = True
        return SENSITIVE.encode("ascii")


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _is_byte_list(values: list[Any]) -> bool:
    """Whether `values` is a non-empty list of byte values (`int` from 0 to 255), as Kafka headers carry."""
    return bool(values) and all(type(item) is int and 0 <= item <= 255 for item in values)


def _named(mapping: Mapping[Any, Any]) -> object:
    """What a mapping with a `value` names: its `name`, else its `key` (anything when neither is there)."""
    return mapping["name"] if "name" in mapping else mapping.get("key")


def _pair_name(mapping: Mapping[Any, Any]) -> Optional[str]:
    """The name of a name/value pair: a mapping of exactly `value` and `name` or `key` (and optionally `type`)
    whose name is a string; `None` for any other mapping."""
    if "value" not in mapping or len(mapping) > 3:
        return None
    names = [mapping[key] for key in _PAIR_NAMES if key in mapping]
    if len(names) != 1 or not isinstance(names[0], str):
        return None
    if any(key not in _PAIR_COMPANIONS for key in mapping if key != "value" and key not in _PAIR_NAMES):
        return None
    return names[0]


def _blank_in_secret(name: object, item: object, key: str, pair_name: Optional[str]) -> bool:
    """Whether an entry of a mapping under a secret key is secret: all are, except the name of a pair that
    repeats the key (a CloudFront header's `key`) and the type of a message attribute."""
    if pair_name is not None and name in _PAIR_NAMES and normalize_name(pair_name) == key:
        return False
    is_type = isinstance(name, str) and normalize_name(name) in _TYPE_KEYS
    return not (is_type and isinstance(item, str) and item in _TYPE_NAMES)


def _is_secret_by_place(mapping: Mapping[Any, Any], container: str, key: str) -> bool:
    """Whether the value of `key` is secret because of where it is: Cognito's `request.code`, and the
    `context` of an authorizer's response."""
    if key == "code":
        return container == "request"
    return key == "context" and ("policyDocument" in mapping or "isAuthorized" in mapping)


def _empty_mapping() -> dict[Any, Any]:
    return {}


def _empty_list() -> list[Any]:
    return []
