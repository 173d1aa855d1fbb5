"""Log the whole request for debugging, without its secrets."""

from __future__ import annotations

import json
import logging

from lambda_events import (
    APIGatewayProxyEventDict,
    APIGatewayProxyResponseDict,
    LambdaContext,
    api_gateway_proxy_response,
    json_body,
    redact,
)

logger = logging.getLogger(__name__)


def handler(event: APIGatewayProxyEventDict, context: LambdaContext) -> APIGatewayProxyResponseDict:
    """Log the event with its credentials replaced by
    `[SENSITIVE]`; the event itself is left unchanged."""
    logger.info("request %s", json.dumps(redact(event)))
    return api_gateway_proxy_response(json_body({"path": event["path"]}))
