"""Test events of API Gateway HTTP APIs (payload 2.0)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Optional, cast

from lambda_events.helpers._arguments import optional_mapping_argument
from lambda_events.testing._http import Body, Fields, request_parts
from lambda_events.testing._payload_v2 import payload_v2_event
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.api_gateway import api_host

if TYPE_CHECKING:
    from lambda_events.types.api_gateway import APIGatewayHTTPMethod
    from typing_extensions import TypeVar

    from lambda_events.types.api_gateway_v2 import APIGatewayProxyEventV2Dict, APIGatewayV2AuthorizerDict

    # The event's own parameter, as `lambda_events.types.api_gateway_v2` declares it (its stub exports only
    # the public names): the type of the `authorizer` given, the union of the three kinds without one.
    AuthorizerT = TypeVar("AuthorizerT", bound=Mapping[str, object], default=APIGatewayV2AuthorizerDict)

__all__ = ["api_gateway_v2_event"]


def api_gateway_v2_event(
    *,
    method: APIGatewayHTTPMethod = "GET",
    path: str = "/",
    body: Body = None,
    headers: Fields = None,
    query: Fields = None,
    cookies: Sequence[str] = (),
    path_parameters: Optional[Mapping[str, str]] = None,
    stage_variables: Optional[Mapping[str, str]] = None,
    route_key: str = "$default",
    stage: str = "$default",
    authorizer: Optional[AuthorizerT] = None,
    sam_local: bool = False,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> APIGatewayProxyEventV2Dict[AuthorizerT]:
    """An HTTP API proxy integration event (payload format 2.0).

    Header names are lower-cased and repeated values joined with commas, as are repeated query parameters;
    `cookies` (`name=value`) arrive in their own list. Maps and lists with nothing in them are left out,
    except that with `sam_local`, as `sam local start-api` sends it, `stageVariables` is `null` when the stage
    has none.

    `authorizer`, a mapping, is copied into `requestContext.authorizer` (`{"jwt": ...}`, `{"iam": ...}` or
    `{"lambda": ...}`), and its type parameterises the event's: an `APIGatewayV2JWTAuthorizerDict` gives an
    `APIGatewayProxyEventV2Dict[APIGatewayV2JWTAuthorizerDict]`. Without it the key is absent and the type is
    the bare `APIGatewayProxyEventV2Dict`. Anything but a mapping or `None` raises `TypeError`.
    """
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    api_id = scene.lower_id(10)
    request = request_parts(scene, api_host(scene, api_id), headers=headers, query=query, body=body, lower_case=True)
    event = payload_v2_event(
        scene,
        request,
        method=method,
        path=path if stage == "$default" else f"/{stage}{path}",
        cookies=cookies,
        api_id=api_id,
        domain=api_host(scene, api_id),
        account_id=account,
        request_id=scene.base64(10),
        route_key=route_key,
        stage=stage,
        authorizer=optional_mapping_argument(authorizer, "authorizer"),
        path_parameters=path_parameters,
        stage_variables=stage_variables,
    )
    if sam_local and "stageVariables" not in event:
        event["stageVariables"] = None
    return cast("APIGatewayProxyEventV2Dict[AuthorizerT]", event)
