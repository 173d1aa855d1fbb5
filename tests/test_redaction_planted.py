"""`redact` leaks no planted secret: generated secrets, under generated secret-like names (any casing, any
separators), at random depths of every fixture, in maps, name/value lists, header and query maps, URLs,
authorization values, JWTs, Kafka headers, JSON bodies and base64 (gzip too) payloads; no planted value may
be found anywhere in the output, in any form `redact` claims to handle (as text, percent-decoded, base64- or
gzip-decoded, as Kafka header bytes). And the harmless look-alikes of secrets come back unchanged.
"""

from __future__ import annotations

import base64
import binascii
import copy
import gzip
import json
import string
import zlib
from typing import Any, Callable, cast
from urllib.parse import quote, unquote_plus

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lambda_events import redact
from tests.fixture_catalog import Fixture, all_fixtures

FIXTURES = all_fixtures()

# Names: a prefix, a secret word, a suffix, each word cased its own way, joined by a separator.
_PREFIXES: tuple[list[str], ...] = (
    [],
    ["db"],
    ["x"],
    ["x", "amz"],
    ["client"],
    ["my"],
    ["user"],
    ["aws"],
    ["refresh"],
    ["id"],
)
_SECRET_WORDS: tuple[list[str], ...] = (
    ["password"],
    ["passwd"],
    ["pass", "phrase"],
    ["secret"],
    ["token"],
    ["api", "key"],
    ["apikey"],
    ["authorization"],
    ["cookie"],
    ["set", "cookie"],
    ["credential"],
    ["credentials"],
    ["signature"],
    ["private", "key"],
    ["access", "key", "id"],
    ["secret", "access", "key"],
    ["session", "token"],
    ["access", "token"],
    ["client", "secret"],
)
_SUFFIXES: tuple[list[str], ...] = ([], ["value"], ["2"], ["data"], ["hash"], ["b64"])
_CASINGS: tuple[Callable[[str], str], ...] = (str.lower, str.upper, str.title, str.capitalize)
# Names that carry a secret in their value's shape only; `redact` must not rely on them.
_HARMLESS_NAMES = ("referer", "note", "link", "payload", "message", "description", "location", "detail", "data")
_ALPHANUMERIC = string.ascii_letters + string.digits


def _name(parts: tuple[list[str], list[str], list[str], list[Callable[[str], str]], str]) -> str:
    prefix, word, suffix, casings, separator = parts
    words = prefix + word + suffix
    return separator.join(casing(item) for casing, item in zip(casings, words))


def _names(separators: list[str]) -> st.SearchStrategy[str]:
    """Secret-like names: a prefix, a secret word, a suffix, each word cased its own way, then joined."""
    casings = st.lists(st.sampled_from(_CASINGS), min_size=6, max_size=6)
    parts = st.tuples(
        st.sampled_from(_PREFIXES),
        st.sampled_from(_SECRET_WORDS),
        st.sampled_from(_SUFFIXES),
        casings,
        st.sampled_from(separators),
    )
    return parts.map(_name)


NAMES = _names(["", "-", "_", ".", " "])
QUERY_NAMES = _names(["", "-", "_"])
"""Names for query parameters and `name=value` text (no dots or blanks, which a query parameter's name
written in text cannot be told from its surroundings by)."""
PARAMETERS = (
    st.sampled_from(
        ["X-Amz-Signature", "X-Amz-Credential", "X-Amz-Security-Token", "Signature", "AWSAccessKeyId", "sig"]
    )
    | QUERY_NAMES
)
SECRETS = st.text(_ALPHANUMERIC, min_size=12, max_size=20).map(lambda text: f"Zq7{text}")
"""Secret values: alphanumeric (so every encoding keeps them whole), and found in no fixture."""
HARMLESS = st.sampled_from(_HARMLESS_NAMES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _url(kind: int, secret: str, parameter: str) -> str:
    """A URL carrying `secret`: in its user information, as a presigned URL's parameter, or percent-encoded
    inside another URL's query."""
    query = f"X-Amz-Algorithm=AWS4-HMAC-SHA256&{parameter}={secret}&X-Amz-Expires=60"
    presigned = f"https://b.s3.amazonaws.com/k.txt?{query}"
    userinfo = (f"admin:{secret}", f"x-access-token:{secret}", secret)[kind % 3]
    return (
        presigned,
        f"https://{userinfo}@db.example.com:5432/orders",
        f"postgres://{userinfo}@db.example.com/orders?sslmode=require",
        f"https://example.com/login?next={quote(presigned, safe='')}",
        f"https://example.com/callback?next={quote(f'https://{userinfo}@example.org/', safe='')}",
    )[kind % 5]


def _shaped(kind: int, secret: str, name: str) -> str:
    """A string whose shape says it holds `secret`, whatever its key (`name`: a secret-like name)."""
    jwt = ".".join([_b64url(b'{"alg":"HS256","typ":"JWT"}'), _b64url(json.dumps({"sub": secret}).encode()), secret])
    shapes = (
        f"Bearer {secret}",
        f"bearer {secret}",
        f"Basic {_b64(f'jane:{secret}'.encode())}",
        f'Digest username="jane", realm="api", nonce="abc", response="{secret}"',
        f"AWS4-HMAC-SHA256 Credential=AKIA/20240101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature={secret}",
        jwt,
        f"token: {jwt}",
        f"page=2&{name}={secret}",
        f"{name}: {secret}",
    )
    return shapes[kind] if kind < len(shapes) else _url(kind, secret, name)


def _payload(kind: int, secret: str, name: str) -> str:
    """A JSON document holding `secret` under a secret name, as text, base64, or gzip in base64."""
    text = json.dumps({"order": 7, name: secret, "lines": [{"name": name, "value": secret}]})
    return (text, _b64(text.encode()), _b64(gzip.compress(text.encode())))[kind % 3]


def _plant(parts: tuple[int, int, str, str, str, str]) -> tuple[str, Any, str]:
    """One planted secret: the key to add it under, the value to add, and the secret."""
    kind, variant, secret, name, query_name, harmless = parts
    if kind == 0:
        return name, secret, secret
    if kind == 1:
        return name, ([secret], {"nested": {"deeper": secret}}, [{"v": secret}])[variant % 3], secret
    if kind == 2:  # a name/value list (SES headers, Bedrock agent parameters, CloudFront headers)
        pair = (
            {"name": name, "value": secret},
            {"name": name, "type": "string", "value": secret},
            {"key": name, "value": secret},
        )
        return harmless, [{"name": "page", "value": "2"}, pair[variant % 3]], secret
    if kind == 3:  # a map that holds `name` and `value` next to real keys
        return harmless, {"name": "n", "value": "v", name: secret}, secret
    if kind == 4:  # Kafka headers: secret-named, or a secret-shaped value under any name
        header = ({name: list(secret.encode())}, {"traceparent": list(f"Bearer {secret}".encode())})[variant % 2]
        return "headers", [{"headerKey": list(b"header")}, header], secret
    if kind == 5:  # SQS / SNS message attributes
        attribute = ({"stringValue": secret, "dataType": "String"}, {"Type": "String", "Value": secret})[variant % 2]
        return ("messageAttributes", "MessageAttributes")[variant % 2], {name: attribute}, secret
    if kind in (6, 7):
        return harmless, _shaped(variant % 14, secret, query_name), secret
    return ("body", "Message", "data", harmless)[variant % 4], _payload(variant, secret, name), secret


PLANTS = st.tuples(st.integers(0, 9), st.integers(0, 59), SECRETS, NAMES, PARAMETERS, HARMLESS).map(_plant)
WRAPPINGS = st.lists(st.booleans(), max_size=2)
"""Levels to wrap a planted value in: a list (`True`) or a map."""


def _maps(value: Any) -> list[dict[str, Any]]:
    """Every dict inside `value`, the outermost first."""
    found: list[dict[str, Any]] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            found.append(cast("dict[str, Any]", item))
            stack.extend(cast("dict[str, Any]", item).values())
        elif isinstance(item, list):
            stack.extend(cast("list[object]", item))
    return found


def _readings(text: str, depth: int = 0) -> list[str]:
    """`text`, and what it reads as once percent-decoded, base64-decoded (and gunzipped)."""
    readings = [text]
    if depth > 3:
        return readings
    for decoded in (unquote_plus(text), _base64_text(text)):
        if decoded is not None and decoded != text:
            readings.extend(_readings(decoded, depth + 1))
    return readings


def _base64_text(text: str) -> str | None:
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    if data[:2] == b"\x1f\x8b":
        try:
            data = zlib.decompress(data, wbits=47)
        except zlib.error:
            return None
    return data.decode("utf-8", errors="replace")


def visible_texts(value: Any) -> list[str]:
    """Every reading of every string in `value` (byte lists read as text), and the whole as JSON."""
    texts = [json.dumps(value, ensure_ascii=False)]
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            texts.extend(_readings(item))
        elif isinstance(item, dict):
            stack.extend(cast("dict[str, Any]", item).values())
        elif isinstance(item, list):
            items = cast("list[object]", item)
            if items and all(type(byte) is int and 0 <= byte <= 255 for byte in items):
                texts.extend(_readings(bytes(cast("list[int]", items)).decode("utf-8", errors="replace")))
            else:
                stack.extend(items)
    return texts


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda fixture: fixture.name)
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_no_planted_secret_survives(fixture: Fixture, data: st.DataObject) -> None:
    event = fixture.raw()
    planted: list[str] = []
    for _ in range(data.draw(st.integers(1, 4), label="plants")):
        maps = _maps(event)
        target = data.draw(st.sampled_from(maps), label="map") if maps else event
        key, value, secret = data.draw(PLANTS, label="plant")
        for in_list in data.draw(WRAPPINGS, label="wrappers"):
            value = [value] if in_list else {"inner": value}
        target[key] = value
        planted.append(secret)
    original = copy.deepcopy(event)
    redacted = redact(event)
    assert event == original, "the input was changed"
    texts = visible_texts(redacted)
    survivors = [secret for secret in planted if any(secret in text for text in texts)]
    assert not survivors, f"secrets left in the output: {survivors}"


# --- harmless look-alikes -----------------------------------------------------------------------------

LOOK_ALIKES: dict[str, Any] = {
    "headers": {
        "Access-Control-Allow-Credentials": "true",
        "Access-Control-Allow-Headers": "Authorization, Content-Type, X-Api-Key",
        "Vary": "Cookie",
        "Referer": "https://example.com/orders?page=2&sort=desc",
    },
    "multiValueHeaders": {"access-control-allow-credentials": ["true"]},
    "queryStringParameters": {"tokenizer": "standard", "page": "2"},
    "multiValueQueryStringParameters": {"Tokenizer": ["standard"]},
    "rawQueryString": "tokenizer=standard&page=2",
    "detail": {
        "authorizer": {"name": "orders-authorizer", "type": "TOKEN", "id": "abc123"},
        "SecretId": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-a1b2c3",
        "secretName": "db",
        "SignatureVersion": "1",
        "token_type": "Bearer",
        "maxTokens": 512,
        "issueTokens": True,
        "resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-a1b2c3",
        "ResourceProperties": {"ServiceToken": "arn:aws:lambda:us-east-1:123456789012:function:provider"},
        "metadataOptions": {"httpTokens": "required"},
    },
    "requestContext": {"authorizer": {"principalId": "user-1", "integrationLatency": 12, "claims": {"sub": "u"}}},
    "parameters": [{"name": "city", "type": "string", "value": "Paris"}],
    "pairs": [{"name": "n", "value": "v"}, {"key": "Host", "value": "example.com"}],
    "text": [
        "jane@example.com",
        "mailto:jane@example.com",
        "Basic plan, basic support",
        "https://example.com/a/b?c=d#e",
        "arn:aws:s3:::bucket/key",
        "key=value&a=b",
        "eyJhbGciOi is not a token",
        "ratio: 3:2",
    ],
    "body": '{\n  "order": 7,\n  "lines": [{"name": "pen", "value": 2}]\n}',
    "data": base64.b64encode(b'{"order": 7}').decode("ascii"),
    "kafkaHeaders": [{"traceparent": list(b"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")}],
}


def test_harmless_look_alikes_survive_unchanged() -> None:
    assert redact(LOOK_ALIKES) == LOOK_ALIKES
