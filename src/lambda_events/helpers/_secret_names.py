"""Which key, header, parameter and attribute names name a secret, for `redact` (the rules are listed in
`docs/helpers/redaction.md`).

Names are compared normalised: lower case, with everything but letters and digits removed, so `X-Api-Key`,
`x_api_key`, `xApiKey` and `X.API.KEY` are one name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["SecretNames", "normalize_name"]

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")

# A name containing one of these names a secret (`token` unless it starts `tokenizer`, `tokenise` ...) ...
_SECRET_PARTS = (
    "password",
    "passwd",
    "passphrase",
    "passcode",
    "secret",
    "apikey",
    "authorization",
    "cookie",
    "credential",
    "signature",
    "privatekey",
    "accesskey",
    "signingkey",
    "token(?!i[sz])",
)
_SECRET_PART = re.compile("|".join(_SECRET_PARTS))
# ... and so do these whole names.
_SECRET_NAMES = frozenset(
    {
        "sig",  # the signature of an Azure-style shared access signature URL
        "xamznoidcdata",  # the signed claims an Application Load Balancer passes on after authenticating
        "identitysource",
        "usageidentifierkey",
        "challengeanswer",
        "privatechallengeparameters",
        "resolvercontext",
        "handlercontext",
    }
)
# Names that match a part above but hold no secret: what kind of secret, or which one, when it expires, a
# CORS flag, CloudFormation's `ServiceToken` (a function's ARN), Cognito's `token_use` claim and its settings
# of the claims of the tokens it issues, EC2's `HttpTokens` setting (`optional` or `required`).
_HARMLESS_SUFFIXES = ("version", "method", "algorithm", "type", "arn", "expiry", "expiration", "expiresat", "expiresin")
_HARMLESS_NAMES = frozenset(
    {
        "accesscontrolallowcredentials",
        "secretid",
        "secretname",
        "apikeyid",
        "servicetoken",
        "tokenuse",
        "accesstokengeneration",
        "idtokengeneration",
        "httptokens",
    }
)


@lru_cache(maxsize=4096)
def normalize_name(name: str) -> str:
    """`name` in lower case, with every character that is not a letter or a digit removed (remembered for
    the names seen most)."""
    return _NOT_ALNUM.sub("", name.lower())


@lru_cache(maxsize=4096)
def _is_builtin_secret(name: str) -> bool:
    """The built-in rules' verdict on `name` (remembered for the names seen most)."""
    normalized = normalize_name(name)
    if normalized in _HARMLESS_NAMES or normalized.endswith(_HARMLESS_SUFFIXES):
        return False
    return normalized in _SECRET_NAMES or _SECRET_PART.search(normalized) is not None


# A part of every name above, whatever separators are written inside it: text without any of them (in
# lower case) holds no secret name.
_SOME_PART = re.compile(r"pass|secret|token|key|auth|cookie|credential|sig|answer|challenge|context|source|oidc")


class SecretNames:
    """The names of secrets: the rules above, plus the caller's own names (compared normalised too)."""

    def __init__(self, extra_names: Iterable[str] = ()) -> None:
        self.extra = frozenset(filter(None, (normalize_name(name) for name in extra_names)))

    def __contains__(self, name: object) -> bool:
        """Whether `name` (a string; anything else is no name) names a secret."""
        if not isinstance(name, str):
            return False
        if self.extra and normalize_name(name) in self.extra:
            return True
        return _is_builtin_secret(name)

    def may_be_in(self, lower_text: str) -> bool:
        """Whether `lower_text` (in lower case) may hold a secret name; `False` means it holds none."""
        return bool(self.extra) or _SOME_PART.search(lower_text) is not None
