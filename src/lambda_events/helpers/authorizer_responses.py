"""Lambda authorizer responses: the IAM policy of REST API and WebSocket API authorizers, the simple answer of
HTTP API authorizers, and the answer of AppSync authorizers.

A malformed authorizer response does not fail loudly: API Gateway answers every caller with `500` or
`403`. These builders refuse at run time, with a `ValueError` that names the culprit, what API Gateway would
reject, and build the policy's resource ARNs and statements the way API Gateway matches them.

    def handler(
        event: APIGatewayAuthorizerTokenEventDict, context: object
    ) -> APIGatewayAuthorizerResponseDict:
        user = find_user(event["authorizationToken"])
        if user is None:
            return DENY_ALL_RESPONSE
        policy = APIGatewayAuthorizerResponse.from_route_arn(
            event["methodArn"], user.id, context={"tier": user.tier}
        )
        policy.allow_route(HttpVerb.GET, "/pets/*")
        return policy.asdict()
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any, Final, Literal, Union, cast

from lambda_events.helpers._arguments import (
    bool_argument,
    int_argument,
    mapping_argument,
    optional_mapping_argument,
    optional_str_argument,
    str_argument,
    strings_argument,
)
from lambda_events.helpers._builders import compact_json
from lambda_events.helpers._describe import preview

if TYPE_CHECKING:
    from lambda_events.types.api_gateway_authorizer import (
        APIGatewayAuthorizerPolicyStatementDict,
        APIGatewayAuthorizerResponseDict,
        APIGatewayAuthorizerResponseV2Dict,
    )
    from lambda_events.types.appsync import AppSyncAuthorizerResponseDict

__all__ = [
    "DENY_ALL_RESPONSE",
    "APIGatewayAuthorizerResponse",
    "APIGatewayAuthorizerResponseV2",
    "APIGatewayAuthorizerResponseWebSocket",
    "AppSyncAuthorizerResponse",
    "HttpVerb",
]


class HttpVerb(str, Enum):
    """The HTTP methods of a route in an authorizer policy; `ALL` (`*`) matches every method."""

    GET = "GET"
    POST = "POST"
    PUT = "PUT"
    PATCH = "PATCH"
    HEAD = "HEAD"
    DELETE = "DELETE"
    OPTIONS = "OPTIONS"
    ALL = "*"


_HttpVerbName = Literal["GET", "POST", "PUT", "PATCH", "HEAD", "DELETE", "OPTIONS", "*"]
_HttpMethod = Union[HttpVerb, _HttpVerbName]
_Effect = Literal["Allow", "Deny"]
_Conditions = Mapping[str, Mapping[str, Union[str, Sequence[str]]]]
_POLICY_VERSION: Final = "2012-10-17"
# A resource is `*`, or a path: `/`, then URL path characters, `{}` of templates and IAM's `*`/`?` wildcards.
_RESOURCE_PATH = re.compile(r"\*|/[A-Za-z0-9\-._~!$&'()*+,;=:@%{}/?]*")
_CONTEXT_VALUE_TYPES = (str, int, float, bool)
_ARN = re.compile(r"arn:(?P<partition>[^:]+):execute-api:(?P<region>[^:]+):(?P<account>[^:]+):(?P<path>.+)")

DENY_ALL_RESPONSE: APIGatewayAuthorizerResponseDict = {
    "principalId": "deny-all",
    "policyDocument": {
        "Version": _POLICY_VERSION,
        "Statement": [{"Action": "execute-api:Invoke", "Effect": "Deny", "Resource": ["*"]}],
    },
}
"""A REST API authorizer response that denies every route of every API to everyone (do not modify it)."""


class _Route:
    __slots__ = ("arn", "conditions", "effect")

    def __init__(self, effect: _Effect, arn: str, conditions: _Conditions | None) -> None:
        self.effect: _Effect = effect
        self.arn = arn
        self.conditions = (
            {
                operator: {key: value if isinstance(value, str) else list(value) for key, value in values.items()}
                for operator, values in conditions.items()
            }
            if conditions
            else None
        )


class APIGatewayAuthorizerResponse:
    """The IAM policy a REST API (or an HTTP API with payload format 1.0) Lambda authorizer returns.

    Add routes with `allow_route`, `deny_route`, `allow_all_routes` and `deny_all_routes`, then return
    `asdict()`. API Gateway caches the policy for the token (the authorizer's TTL), so it must cover every
    route the caller may use next, not only the one being called: that is why routes take wildcards.
    An explicit `Deny` wins over any `Allow`.
    """

    def __init__(
        self,
        principal_id: str,
        region: str,
        aws_account_id: str,
        api_id: str,
        stage: str,
        context: Mapping[str, Union[str, int, float, bool]] | None = None,
        usage_identifier_key: str | None = None,
        partition: str = "aws",
    ) -> None:
        """A policy for `principal_id` over the routes of the API `api_id` in `stage` (`*`: every stage).

        `context` reaches the integration as `requestContext.authorizer.<key>`; API Gateway accepts only
        strings, numbers and booleans as its values. `usage_identifier_key` is the API key of a usage plan,
        for APIs whose API key source is `AUTHORIZER`. `partition` is `aws-cn` or `aws-us-gov` there.
        Raises `ValueError` on a context value of another type, `TypeError` when an argument has the wrong
        type.
        """
        _check_policy_arguments(
            principal_id, region, aws_account_id, api_id, stage, context, usage_identifier_key, partition
        )
        self.principal_id = principal_id
        """Who the caller is; API Gateway passes it to the integration as `requestContext.authorizer.principalId`."""
        self.region = region
        """The Region of the API."""
        self.aws_account_id = aws_account_id
        """The account that owns the API."""
        self.api_id = api_id
        """The id of the API."""
        self.stage = stage
        """The stage the routes are in (`*` for every stage)."""
        self.context: dict[str, Union[str, int, float, bool]] | None = (
            _checked_context(context) if context is not None else None
        )
        """The context returned with the policy."""
        self.usage_identifier_key = usage_identifier_key
        """The usage plan API key returned with the policy."""
        self.partition = partition
        """The AWS partition of the ARNs."""
        self._routes: list[_Route] = []

    @classmethod
    def from_route_arn(
        cls,
        arn: str,
        principal_id: str,
        context: Mapping[str, Union[str, int, float, bool]] | None = None,
        usage_identifier_key: str | None = None,
    ) -> APIGatewayAuthorizerResponse:
        """A policy for the API and stage of the request being authorized (its `methodArn` or `routeArn`).

        `arn:aws:execute-api:us-east-1:123456789012:abcdef123/test/GET/request` gives partition `aws`,
        Region `us-east-1`, account `123456789012`, API `abcdef123` and stage `test`. Raises `ValueError`
        when `arn` is not an execute-api ARN, `TypeError` when an argument has the wrong type.
        """
        partition, region, account, api_id, stage = _api_and_stage(arn)
        return cls(
            principal_id,
            region,
            account,
            api_id,
            stage,
            context=context,
            usage_identifier_key=usage_identifier_key,
            partition=partition,
        )

    def allow_route(self, http_method: _HttpMethod, resource: str, conditions: _Conditions | None = None) -> None:
        """Allow `http_method` (`HttpVerb.ALL` for any) on `resource`: `/pets`, `/pets/*`, `/`, or `*` (all).

        `conditions` is an IAM `Condition` block (`{"IpAddress": {"aws:SourceIp": ["203.0.113.0/24"]}}`); a
        route with conditions gets a statement of its own. Raises `ValueError` on an unknown method or on a
        resource that is not `*` and does not start with `/` or has characters API Gateway paths cannot hold.
        """
        self._add_route("Allow", http_method, resource, conditions)

    def deny_route(self, http_method: _HttpMethod, resource: str, conditions: _Conditions | None = None) -> None:
        """Deny `http_method` on `resource`, even where another statement allows it (see `allow_route`)."""
        self._add_route("Deny", http_method, resource, conditions)

    def allow_all_routes(self, http_method: _HttpMethod = HttpVerb.ALL) -> None:
        """Allow `http_method` (by default every method) on every resource of the API and stage."""
        self._add_route("Allow", http_method, "*", None)

    def deny_all_routes(self, http_method: _HttpMethod = HttpVerb.ALL) -> None:
        """Deny `http_method` (by default every method) on every resource of the API and stage."""
        self._add_route("Deny", http_method, "*", None)

    def asdict(self) -> APIGatewayAuthorizerResponseDict:
        """The response API Gateway reads: one statement per effect listing the routes without conditions,
        then one statement per route with conditions.

        Raises `ValueError` when no route was added (API Gateway treats an empty policy as an error).
        """
        return _policy_response(self.principal_id, self._routes, self.context, self.usage_identifier_key)

    def _add_route(
        self, effect: _Effect, http_method: _HttpMethod, resource: str, conditions: _Conditions | None
    ) -> None:
        try:
            verb = HttpVerb(http_method).value
        except ValueError:
            names = ", ".join(verb.value for verb in HttpVerb)
            raise ValueError(f"http_method must be one of {names}, got {preview(http_method)}") from None
        if not _RESOURCE_PATH.fullmatch(str_argument(resource, "resource")):
            raise ValueError(
                f"resource must be '*' or a path starting with '/' made of URL path characters, got {resource!r}"
            )
        scope = (self.partition, self.region, self.aws_account_id, self.api_id, self.stage)
        arn = _resource_arn(scope, f"{verb}/{resource.lstrip('/')}")
        self._routes.append(_Route(effect, arn, _checked_conditions(conditions)))


class APIGatewayAuthorizerResponseWebSocket:
    """The IAM policy a WebSocket API's Lambda authorizer returns (API Gateway calls it on `$connect`).

    A WebSocket API has route keys (`$connect`, `$default`, `sendmessage`) where a REST API has methods and
    paths, so each resource is `<api>/<stage>/<route key>`: add routes with `allow_route`, `deny_route`,
    `allow_all_routes` and `deny_all_routes`, then return `asdict()`. The arguments are those of
    `APIGatewayAuthorizerResponse`; `from_route_arn` reads them from the event's `methodArn`
    (`arn:aws:execute-api:us-east-1:123456789012:abcdef123/prod/$connect`).
    """

    __slots__ = ("_routes", "_scope", "context", "principal_id", "usage_identifier_key")

    def __init__(
        self,
        principal_id: str,
        region: str,
        aws_account_id: str,
        api_id: str,
        stage: str,
        context: Mapping[str, Union[str, int, float, bool]] | None = None,
        usage_identifier_key: str | None = None,
        partition: str = "aws",
    ) -> None:
        """A policy for `principal_id` over the routes of the WebSocket API `api_id` in `stage`.

        `context` reaches the integration of every route of the connection as
        `requestContext.authorizer.<key>`; API Gateway accepts only strings, numbers and booleans as its
        values. Raises `ValueError` on a context value of another type, `TypeError` when an argument has the
        wrong type.
        """
        _check_policy_arguments(
            principal_id, region, aws_account_id, api_id, stage, context, usage_identifier_key, partition
        )
        self.principal_id = principal_id
        """Who the caller is; API Gateway passes it to the integration as `requestContext.authorizer.principalId`."""
        self.context: dict[str, Union[str, int, float, bool]] | None = (
            _checked_context(context) if context is not None else None
        )
        """The context returned with the policy."""
        self.usage_identifier_key = usage_identifier_key
        """The usage plan API key returned with the policy."""
        self._scope = (partition, region, aws_account_id, api_id, stage)
        self._routes: list[_Route] = []

    @classmethod
    def from_route_arn(
        cls,
        arn: str,
        principal_id: str,
        context: Mapping[str, Union[str, int, float, bool]] | None = None,
        usage_identifier_key: str | None = None,
    ) -> APIGatewayAuthorizerResponseWebSocket:
        """A policy for the API and stage of the connection being authorized (the event's `methodArn`).

        Raises `ValueError` when `arn` is not an execute-api ARN, `TypeError` when an argument has the
        wrong type.
        """
        partition, region, account, api_id, stage = _api_and_stage(arn)
        return cls(principal_id, region, account, api_id, stage, context, usage_identifier_key, partition)

    def allow_route(self, resource: str, conditions: _Conditions | None = None) -> None:
        """Allow the route whose key is `resource` (`$connect`, `sendmessage`), or every route (`*`).

        A leading `/` is dropped. `conditions` is an IAM `Condition` block, as for
        `APIGatewayAuthorizerResponse.allow_route`. Raises `ValueError` on an empty route key, `TypeError` when
        an argument has the wrong type.
        """
        self._add_route("Allow", resource, conditions)

    def deny_route(self, resource: str, conditions: _Conditions | None = None) -> None:
        """Deny the route whose key is `resource`, even where another statement allows it."""
        self._add_route("Deny", resource, conditions)

    def allow_all_routes(self) -> None:
        """Allow every route of the API and stage."""
        self._add_route("Allow", "*", None)

    def deny_all_routes(self) -> None:
        """Deny every route of the API and stage."""
        self._add_route("Deny", "*", None)

    def asdict(self) -> APIGatewayAuthorizerResponseDict:
        """The response API Gateway reads, built as `APIGatewayAuthorizerResponse.asdict` builds it.

        Raises `ValueError` when no route was added (API Gateway treats an empty policy as an error).
        """
        return _policy_response(self.principal_id, self._routes, self.context, self.usage_identifier_key)

    def _add_route(self, effect: _Effect, resource: str, conditions: _Conditions | None) -> None:
        route_key = str_argument(resource, "resource").lstrip("/")  # `/$connect` is `$connect`, as in Powertools
        if not route_key:
            raise ValueError(f"resource must be a route key ('$connect', 'sendmessage') or '*', got {resource!r}")
        self._routes.append(_Route(effect, _resource_arn(self._scope, route_key), _checked_conditions(conditions)))


class APIGatewayAuthorizerResponseV2:
    """The simple response of an HTTP API Lambda authorizer (payload format 2.0 with simple responses on)."""

    def __init__(self, authorize: bool = False, context: Mapping[str, Any] | None = None) -> None:
        """`authorize=True` lets the request through; `context` reaches the integration as
        `requestContext.authorizer.lambda`. Raises `TypeError` when an argument has the wrong type (or
        `context` cannot be written as JSON), `ValueError` when `context` holds NaN or an infinity."""
        authorize = bool_argument(authorize, "authorize")
        context = optional_mapping_argument(context, "context")
        if context is not None:
            compact_json(context, name="context")  # what the runtime will do with the response: fail here
        self.authorize = authorize
        """Whether the request may go on."""
        self.context: dict[str, Any] | None = dict(context) if context is not None else None
        """The context returned with the answer."""

    def asdict(self) -> APIGatewayAuthorizerResponseV2Dict:
        """The response API Gateway reads."""
        response: APIGatewayAuthorizerResponseV2Dict = {"isAuthorized": self.authorize}
        if self.context is not None:
            response["context"] = dict(self.context)
        return response


class AppSyncAuthorizerResponse:
    """The response of an AppSync Lambda authorizer."""

    def __init__(
        self,
        authorize: bool = False,
        max_age: int | None = None,
        resolver_context: Mapping[str, Any] | None = None,
        deny_fields: Sequence[str] | None = None,
    ) -> None:
        """`authorize=True` lets the request run (by default it is refused, as with Powertools'
        `AppSyncAuthorizerResponse()`); `max_age` (0 to 3600 seconds; 0 disables caching) replaces the
        authorizer's cache TTL for this answer; `resolver_context` reaches resolvers as
        `identity.resolverContext`; `deny_fields` (`Type.field` names or field ARNs) resolve to `null` with
        an authorization error. Raises `ValueError` when `max_age` is outside 0..3600 or `resolver_context`
        holds NaN or an infinity, `TypeError` when an argument has the wrong type (or `resolver_context`
        cannot be written as JSON).
        """
        authorize = bool_argument(authorize, "authorize")
        if max_age is not None and not 0 <= int_argument(max_age, "max_age", None) <= 3600:
            raise ValueError(f"max_age must be an int of seconds from 0 to 3600, got {max_age!r}")
        resolver_context = optional_mapping_argument(resolver_context, "resolver_context")
        deny_fields = strings_argument(deny_fields, "deny_fields") if deny_fields is not None else None
        if resolver_context is not None:
            compact_json(resolver_context, name="resolver_context")  # as the runtime will: fail here instead
        self.authorize = authorize
        """Whether the request may run."""
        self.max_age = max_age
        """Seconds to cache this answer, or None for the authorizer's TTL."""
        self.resolver_context: dict[str, Any] | None = (
            dict(resolver_context) if resolver_context is not None else None
        )
        """The data passed to resolvers."""
        self.deny_fields: list[str] | None = list(deny_fields) if deny_fields is not None else None
        """The fields denied to the caller."""

    def asdict(self) -> AppSyncAuthorizerResponseDict:
        """The response AppSync reads (`isAuthorized`, `ttlOverride`, `resolverContext`, `deniedFields`)."""
        response: AppSyncAuthorizerResponseDict = {"isAuthorized": self.authorize}
        if self.max_age is not None:
            response["ttlOverride"] = self.max_age
        if self.resolver_context is not None:
            response["resolverContext"] = dict(self.resolver_context)
        if self.deny_fields is not None:
            response["deniedFields"] = list(self.deny_fields)
        return response


def _check_policy_arguments(
    principal_id: object,
    region: object,
    aws_account_id: object,
    api_id: object,
    stage: object,
    context: object,
    usage_identifier_key: object,
    partition: object,
) -> None:
    """Raise `TypeError` naming the first argument of a policy builder that has the wrong type."""
    for value, name in (
        (principal_id, "principal_id"),
        (region, "region"),
        (aws_account_id, "aws_account_id"),
        (api_id, "api_id"),
        (stage, "stage"),
        (partition, "partition"),
    ):
        str_argument(value, name)
    optional_str_argument(usage_identifier_key, "usage_identifier_key")
    optional_mapping_argument(context, "context")


def _api_and_stage(arn: str) -> tuple[str, str, str, str, str]:
    """The partition, Region, account, API id and stage of an execute-api method or route ARN."""
    match = _ARN.fullmatch(str_argument(arn, "arn"))
    path_parts = match["path"].split("/") if match else []
    if match is None or len(path_parts) < 3 or not all(path_parts[:2]):
        raise ValueError(f"not an execute-api method ARN (arn:<partition>:execute-api:...): {arn!r}")
    return match["partition"], match["region"], match["account"], path_parts[0], path_parts[1]


def _resource_arn(scope: tuple[str, str, str, str, str], route: str) -> str:
    """The ARN of `route` (`GET/pets`, `$connect`) in the API and stage of `scope` (partition first)."""
    partition, region, account, api_id, stage = scope
    return f"arn:{partition}:execute-api:{region}:{account}:{api_id}/{stage}/{route}"


def _policy_response(
    principal_id: str,
    routes: Sequence[_Route],
    context: Mapping[str, Union[str, int, float, bool]] | None,
    usage_identifier_key: str | None,
) -> APIGatewayAuthorizerResponseDict:
    """The policy response: one statement per effect listing the routes without conditions, then one
    statement per route with conditions; `ValueError` when there is no route."""
    if not routes:
        raise ValueError("the policy has no statement: add a route (allow_route, deny_all_routes, ...)")
    statements: list[APIGatewayAuthorizerPolicyStatementDict] = []
    for effect in ("Allow", "Deny"):
        same_effect = [route for route in routes if route.effect == effect]
        plain = [route.arn for route in same_effect if route.conditions is None]
        if plain:
            statements.append({"Action": "execute-api:Invoke", "Effect": effect, "Resource": plain})
        for route in same_effect:
            if route.conditions is not None:
                statements.append(
                    {
                        "Action": "execute-api:Invoke",
                        "Effect": effect,
                        "Resource": [route.arn],
                        "Condition": route.conditions,
                    }
                )
    response: APIGatewayAuthorizerResponseDict = {
        "principalId": principal_id,
        "policyDocument": {"Version": _POLICY_VERSION, "Statement": statements},
    }
    if context is not None:
        response["context"] = dict(context)
    if usage_identifier_key is not None:
        response["usageIdentifierKey"] = usage_identifier_key
    return response


def _checked_conditions(conditions: object) -> _Conditions | None:
    """`conditions` if it is `None` or an IAM `Condition` block: operator -> key -> a string or strings."""
    block = optional_mapping_argument(conditions, "conditions")
    for operator, values in (block or {}).items():
        for key, value in mapping_argument(values, f"conditions[{operator!r}]").items():
            if not isinstance(value, str):
                strings_argument(value, f"conditions[{operator!r}][{key!r}]")
    return cast("_Conditions | None", block)


def _checked_context(context: Mapping[str, Union[str, int, float, bool]]) -> dict[str, Union[str, int, float, bool]]:
    """A copy of `context`; `ValueError` naming the first key whose value API Gateway would refuse."""
    for key, value in cast("Mapping[object, object]", context).items():
        if not isinstance(key, str):
            raise ValueError(f"context keys must be strings, got {key!r}")
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"context[{key!r}] is {value}: JSON has no NaN or infinity, API Gateway could not read it")
        if not isinstance(value, _CONTEXT_VALUE_TYPES):
            raise ValueError(
                f"context[{key!r}] is {type(value).__name__}: API Gateway accepts only str, int, float and bool "
                "values (serialize objects and lists to a JSON string)"
            )
    return dict(context)
