"""The type parameter of the API Gateway events whose `requestContext.authorizer` holds what the method's (or
`$connect` route's) authorizer returned: REST APIs, HTTP APIs with payload format 1.0, WebSocket APIs.

Bound to `Mapping[str, object]`: the authorizer context is always a JSON object, so any TypedDict, a union of
TypedDicts or `dict[str, Any]` fits, and a non-object type (`str`, `None`) is refused where it is written.
The default, `dict[str, Any]`, is what the bare events have always said.
"""

from typing import TYPE_CHECKING, Any, Mapping

__all__ = ["AuthorizerContextT"]

if TYPE_CHECKING:
    # The default (PEP 696) keeps `APIGatewayProxyEventDict` alone meaning what it meant before the events
    # were generic; type checkers read it from `typing_extensions`, the runtime from `type_parameter`.
    from typing_extensions import TypeVar

    AuthorizerContextT = TypeVar("AuthorizerContextT", bound=Mapping[str, object], default=dict[str, Any])
else:
    from lambda_events._typing import type_parameter

    AuthorizerContextT = type_parameter("AuthorizerContextT", bound=Mapping[str, object], default=dict[str, Any])
