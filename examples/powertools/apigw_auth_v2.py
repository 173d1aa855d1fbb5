"""Powertools' `apigw_auth_v2.py`: an HTTP API Lambda authorizer (simple responses) that lets a known
`Authorization` header through, with the user as context.

Differences:
- `event.headers.get("Authorization")` is `get_header(event, "Authorization")`: Powertools' headers compare
  names without regard to case, and so does `get_header`.
- `get_user_by_token` returns `None` for a request without the header, where Powertools' example passes
  `None` to `compare_digest`, which raises `TypeError`.
"""

from __future__ import annotations

from secrets import compare_digest
from typing import Optional

from lambda_events import (
    APIGatewayAuthorizerEventV2Dict,
    APIGatewayAuthorizerResponseV2,
    APIGatewayAuthorizerResponseV2Dict,
    LambdaContext,
    get_header,
)


def get_user_by_token(token: Optional[str]) -> Optional[dict[str, str]]:
    """The user the token belongs to (this stand-in knows one token, `value`)."""
    if token is not None and compare_digest(token, "value"):
        return {"name": "Foo"}
    return None


def lambda_handler(
    event: APIGatewayAuthorizerEventV2Dict, context: LambdaContext
) -> APIGatewayAuthorizerResponseV2Dict:
    """Authorize a known token, with its user as the context."""
    user = get_user_by_token(get_header(event, "Authorization"))

    if user is None:
        return APIGatewayAuthorizerResponseV2(authorize=False).asdict()

    response = APIGatewayAuthorizerResponseV2(
        authorize=True,
        context=user,
    )

    return response.asdict()
