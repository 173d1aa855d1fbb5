"""Which key, header, parameter and attribute names name a secret, for `redact` (the rules are listed in
`docs/helpers/redaction.md`).

Names are compared normalised: lower case, with everything but letters and digits removed, so `X-Api-Key`,
`x_api_key`, `xApiKey` and `X.API.KEY` are one name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["SecretNames", "normalize_name"]

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")

# A name containing one of these names a secret ...
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
)
# ... and so does `token`, unless it is the start of `tokenizer`, `tokenise`, `tokenization` ...
_TOKEN = re.compile(r"token(?!i[sz])")
# ... and these whole names.
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


def normalize_name(name: str) -> str:
    """`name` in lower case, with every character that is not a letter or a digit removed."""
    return _NOT_ALNUM.sub("", name.lower())


class SecretNames:
    """The names of secrets: the rules above, plus the caller's own names (compared normalised too)."""

    def __init__(self, extra_names: Iterable[str] = ()) -> None:
        self.extra = frozenset(normalize_name(name) for name in extra_names)
        self.verdicts: dict[str, bool] = {}

    def __contains__(self, name: object) -> bool:
        """Whether `name` (a string; anything else is no name) names a secret. Verdicts are remembered."""
        if not isinstance(name, str):
            return False
        verdict = self.verdicts.get(name)
        if verdict is None:
            verdict = self.verdicts[name] = self._judge(normalize_name(name))
        return verdict

    def _judge(self, name: str) -> bool:
        if name in self.extra:
            return True
        if name in _HARMLESS_NAMES or name.endswith(_HARMLESS_SUFFIXES):
            return False
        return name in _SECRET_NAMES or any(part in name for part in _SECRET_PARTS) or bool(_TOKEN.search(name))
