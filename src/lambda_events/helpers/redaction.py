"""Redaction of the secrets an event carries, so that it can be logged.

`redact(event)` returns a deep copy in which every secret string is replaced by `"[SENSITIVE]"`; everything
else is kept as it is. Only non-empty strings are replaced (numbers, booleans, `null` and empty strings stay),
so the copy still has the shape of the event and still matches its type. What counts as a secret:

- credentials sent in headers, whatever the case of their name and whether single- or multi-value:
  `Authorization`, `Proxy-Authorization`, `Cookie`, `Set-Cookie`, and any header (or query parameter, user
  attribute, session or request attribute) whose name contains `token`, `secret`, `password`, `api-key` /
  `apikey` / `api_key` or `credential`; the cookies of HTTP APIs and function URLs (`cookies`);
  the API key API Gateway reports (`apiKey`) and the usage plan key an authorizer returns;
- authorizer inputs and outputs: `authorizationToken`, `identitySource`, the `context` of an authorizer's
  response, the Lambda authorizer's context API Gateway passes on in `requestContext.authorizer` (all but
  `principalId`, `integrationLatency` and the JWT, IAM and Cognito claims), AppSync's `resolverContext` and
  `handlerContext`;
- Cognito: passwords (`password`), the encrypted codes of the custom sender triggers (`request.code`), the
  answer to a custom challenge and its expected answer (`challengeAnswer`, `privateChallengeParameters`).
  `clientMetadata` and `validationData` are kept: Cognito documents them as not for sensitive information;
- CodePipeline's `artifactCredentials`, Secrets Manager's `ClientRequestToken` and `RotationToken`, AWS
  Config's `resultToken`, S3 Object Lambda's `outputToken`, Transfer Family's `password`;
- the signature, credential and security token of presigned URLs (S3 Object Lambda's `inputS3Url`,
  CloudFormation's `ResponseURL`), and query parameters with the names above (or `signature`) in URLs and
  query strings: the URL stays readable, only those parameter values are replaced.

`extra_keys` adds key names (any case) whose values are secret wherever they appear. Nested payloads kept as
strings (an SQS body, a base64 Kinesis record) are not parsed. The input is never changed. The walk is
iterative, so a deeply nested event cannot exhaust the stack, and a cycle cannot make it loop (a container is
copied once for each place it is reached under a different key).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar, Union, cast

__all__ = ["SENSITIVE", "redact"]

SENSITIVE = "[SENSITIVE]"
"""What `redact` puts in place of every secret string."""

T = TypeVar("T")

# Keys whose whole value is secret, wherever they appear (compared in lower case).
_SECRET_KEYS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "cookies",
        "x-api-key",
        "apikey",
        "usageidentifierkey",
        "authorizationtoken",
        "identitysource",
        "resolvercontext",
        "handlercontext",
        "password",
        "challengeanswer",
        "privatechallengeparameters",
        "artifactcredentials",
        "secretaccesskey",
        "sessiontoken",
        "clientrequesttoken",
        "rotationtoken",
        "resulttoken",
        "outputtoken",
    }
)
# Maps from a name to a value, whose names are checked with `_looks_secret` (headers, query parameters and
# attributes are named by the caller, so their names are all there is to go by).
_NAMED_MAPS = frozenset(
    {
        "headers",
        "multivalueheaders",
        "requestheaders",
        "customheaders",
        "querystringparameters",
        "multivaluequerystringparameters",
        "query_string_parameters",
        "userattributes",
        "sessionattributes",
        "promptsessionattributes",
        "requestattributes",
    }
)
_SECRET_NAME_PARTS = ("token", "secret", "password", "api-key", "apikey", "api_key", "credential")
# Query parameters of presigned URLs are secret when they carry a signature, too (`X-Amz-Signature`, `Signature`).
_SECRET_PARAMETER_PARTS = ("signature",)
_SECRET_NAMES = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-amzn-oidc-data"})
# Strings holding a URL or a query string: parameters with secret-looking names are replaced.
_URL_KEYS = frozenset({"inputs3url", "responseurl", "url", "rawquerystring", "querystring"})
# The keys of `requestContext.authorizer` that API Gateway itself sets; the others are the context a Lambda
# authorizer returned.
_AUTHORIZER_OWN_KEYS = frozenset({"principalid", "integrationlatency", "claims", "scopes", "jwt", "iam"})


def _looks_secret(name: str) -> bool:
    """Whether a header, parameter or attribute name (in lower case) names a secret."""
    return name in _SECRET_NAMES or any(part in name for part in _SECRET_NAME_PARTS)


def redact(event: T, *, extra_keys: Iterable[str] = ()) -> T:
    """Return a deep copy of `event` with every secret string replaced by `"[SENSITIVE]"` (see the module
    documentation for what is secret); `extra_keys` names more keys, in any case, whose values are secret.

    >>> redact({"headers": {"authorization": "Bearer abc", "accept": "*/*"}, "password": "hunter2"})
    {'headers': {'authorization': '[SENSITIVE]', 'accept': '*/*'}, 'password': '[SENSITIVE]'}

    Mappings come back as `dict`, sequences as `list`; the input is not changed.
    """
    secret_keys = _SECRET_KEYS.union(key.lower() for key in extra_keys)
    return cast("T", _Redaction(secret_keys).copy(event))


class _Redaction:
    """One iterative deep copy: each container is copied empty, then filled from a work list."""

    def __init__(self, secret_keys: frozenset[str]) -> None:
        self.secret_keys = secret_keys
        self.work: list[tuple[Any, Any, str, bool]] = []
        self.copies: dict[tuple[int, str, bool], Union[dict[Any, Any], list[Any]]] = {}

    def copy(self, value: Any) -> Any:
        result = self.child(value, "", False)
        while self.work:
            source, target, container_key, blank = self.work.pop()
            if isinstance(target, dict):
                self.fill_mapping(source, cast("dict[str, Any]", target), container_key, blank)
            else:
                items = cast("list[Any]", target)
                items.extend(self.child(item, container_key, blank) for item in source)
        return result

    def child(self, value: object, container_key: str, blank: bool) -> Any:
        """The copy of one value: a new container to fill later, a replaced string, or the value itself."""
        kind = type(value)
        if kind is str or isinstance(value, str):
            return SENSITIVE if blank and value else value
        is_mapping = issubclass(kind, Mapping)
        if not is_mapping and not issubclass(kind, (list, tuple)):
            return value
        memo = (id(value), container_key, blank)
        found = self.copies.get(memo)
        if found is None:
            found = _empty_mapping() if is_mapping else _empty_list()
            self.copies[memo] = found
            self.work.append((value, found, container_key, blank))
        return found

    def fill_mapping(self, source: Mapping[Any, Any], target: dict[Any, Any], container_key: str, blank: bool) -> None:
        if blank:
            # A `{key, value}` or `{name, value}` pair (a CloudFront or SES header) keeps its name readable.
            is_pair = "value" in source and ("key" in source or "name" in source)
            for key, item in source.items():
                target[key] = self.child(item, container_key, not is_pair or key == "value")
            return
        if container_key in _NAMED_MAPS and "value" in source and ("name" in source or "key" in source):
            name = source.get("name", source.get("key"))
            secret_pair = isinstance(name, str) and _looks_secret(name.lower())
            for key, item in source.items():
                target[key] = self.child(item, container_key, secret_pair and key == "value")
            return
        for key, item in source.items():
            lower = key.lower() if isinstance(key, str) else ""
            if self.is_secret(source, container_key, lower):
                target[key] = self.child(item, lower, True)
            elif lower in _URL_KEYS and isinstance(item, str):
                target[key] = _redact_query(item)
            else:
                target[key] = self.child(item, lower if lower else container_key, False)

    def is_secret(self, mapping: Mapping[Any, Any], container_key: str, key: str) -> bool:
        """Whether the value of `key` (lower case) in `mapping`, itself under `container_key`, is secret."""
        if key in self.secret_keys:
            return True
        if container_key in _NAMED_MAPS:
            return _looks_secret(key)
        if container_key == "authorizer":
            return key not in _AUTHORIZER_OWN_KEYS
        if key == "code":
            return container_key == "request"
        return key == "context" and ("policyDocument" in mapping or "isAuthorized" in mapping)


def _empty_mapping() -> dict[Any, Any]:
    return {}


def _empty_list() -> list[Any]:
    return []


def _redact_query(text: str) -> str:
    """`text` (a URL or a query string) with the values of secret-looking query parameters replaced."""
    head, separator, query = text.partition("?")
    if not separator:
        if "://" in text or "=" not in text:
            return text
        head, query = "", text
    parameters = query.split("&")
    changed = False
    for index, parameter in enumerate(parameters):
        name, equals, _ = parameter.partition("=")
        lower = name.lower()
        if equals and (_looks_secret(lower) or any(part in lower for part in _SECRET_PARAMETER_PARTS)):
            parameters[index] = f"{name}={SENSITIVE}"
            changed = True
    if not changed:
        return text
    return f"{head}{separator}{'&'.join(parameters)}"
