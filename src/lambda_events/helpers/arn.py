"""Amazon Resource Names, split into their parts and rebuilt exactly.

An ARN is `arn:partition:service:region:account-id:resource`; the resource may itself contain colons and
slashes. Most services prefix the resource with its type (`function:my-fn`, `table/orders/stream/...`,
`role/path/name`); some do not (S3 buckets and objects, SQS queues, SNS topics, API Gateway).
"""

from __future__ import annotations

from typing import NamedTuple, Optional

from lambda_events.helpers._arguments import str_argument
from lambda_events.helpers._describe import preview
from lambda_events.helpers.errors import EventDecodeError

__all__ = ["ARN", "APIGatewayRouteArn", "parse_api_gateway_route_arn", "parse_arn"]

# Services whose resource is not `type/id` or `type:id`: S3 bucket and object ARNs (`bucket/key`, with no
# region nor account), SQS queues and SNS topics (`name`, `topic:subscription-id`), API Gateway
# (`/restapis/id`) and execute-api (`api-id/stage/method/path`).
_UNTYPED_SERVICES = frozenset({"sqs", "sns", "apigateway", "execute-api"})


class ARN(NamedTuple):
    """The parts of an ARN; `str(arn)` and `.arn` rebuild the exact text it was parsed from."""

    partition: str
    """`aws`, `aws-cn`, `aws-us-gov`..."""
    service: str
    """The service namespace: `lambda`, `dynamodb`, `s3`..."""
    region: str
    """The Region (`us-east-1`); empty for global resources (IAM, S3 buckets)."""
    account_id: str
    """The 12-digit owner account; empty for some resources (S3 buckets), `aws` for AWS managed policies."""
    resource: str
    """Everything after the account id, unchanged (`function:my-fn:prod`)."""
    resource_type: Optional[str]
    """The resource's type (`function`, `table`, `role`), or `None` where the service uses none."""
    resource_id: str
    """The resource after its type and the separator (`my-fn:prod`); the whole resource when it has no type."""

    @property
    def arn(self) -> str:
        """The ARN as text, exactly as it was parsed."""
        return f"arn:{self.partition}:{self.service}:{self.region}:{self.account_id}:{self.resource}"

    def __str__(self) -> str:
        return self.arn


def parse_arn(arn: str) -> ARN:
    """Split an ARN into its parts; the resource's type and id are split at the first `/` or `:`.

    >>> arn = parse_arn("arn:aws:lambda:us-east-1:123456789012:function:my-fn:prod")
    >>> arn.service, arn.region, arn.account_id, arn.resource_type, arn.resource_id
    ('lambda', 'us-east-1', '123456789012', 'function', 'my-fn:prod')
    >>> parse_arn("arn:aws:iam::123456789012:role/service/deployer").resource_id
    'service/deployer'
    >>> parse_arn("arn:aws:s3:::my-bucket/photos/cat.jpg").resource_type is None
    True

    S3 bucket and object ARNs, SQS, SNS, API Gateway and execute-api ARNs have no resource type (`None`); S3
    ARNs with an account (access points, `accesspoint/name`) do. Raises `EventDecodeError` naming the input
    when it does not start with `arn:`, has fewer than six colon-separated fields, or has an empty
    partition, service or resource; `TypeError` when `arn` is not a `str`.
    """
    fields = str_argument(arn, "arn").split(":", 5)
    if len(fields) != 6 or fields[0] != "arn":
        raise EventDecodeError(
            preview(arn, 100), "not an ARN: expected arn:partition:service:region:account-id:resource"
        )
    _, partition, service, region, account_id, resource = fields
    for name, value in (("partition", partition), ("service", service), ("resource", resource)):
        if not value:
            raise EventDecodeError(preview(arn, 100), f"not an ARN: the {name} is empty")
    resource_type, resource_id = _split_resource(service, account_id, resource)
    return ARN(partition, service, region, account_id, resource, resource_type, resource_id)


def _split_resource(service: str, account_id: str, resource: str) -> tuple[Optional[str], str]:
    if service in _UNTYPED_SERVICES or (service == "s3" and not account_id):
        return None, resource
    slash, colon = resource.find("/"), resource.find(":")
    candidates = [position for position in (slash, colon) if position > 0]
    if not candidates:
        return None, resource
    separator = min(candidates)
    return resource[:separator], resource[separator + 1 :]


class APIGatewayRouteArn(NamedTuple):
    """The parts of the ARN of an API Gateway method or route (the `methodArn` a Lambda authorizer receives).

    The ARN is `arn:partition:execute-api:region:account-id:api-id/stage/method/resource-path`; `.arn` and
    `str()` rebuild it exactly.
    """

    partition: str
    """`aws`, `aws-cn`, `aws-us-gov`..."""
    region: str
    """The API's Region."""
    aws_account_id: str
    """The API owner's account (named as in `APIGatewayAuthorizerResponse(aws_account_id=...)`)."""
    api_id: str
    """The API's id (`a1b2c3d4e5`)."""
    stage: str
    """The stage (`prod`), or `*`."""
    http_method: str
    """The HTTP method (`GET`), `*` for any, or a WebSocket route key (`$connect`)."""
    resource_path: str
    """The resource path with its leading `/` (`/pets/{id}`, `/` for the root, `/*`); empty when the ARN ends
    at the method (WebSocket routes)."""

    @property
    def arn(self) -> str:
        """The ARN as text, exactly as it was parsed."""
        return (
            f"arn:{self.partition}:execute-api:{self.region}:{self.aws_account_id}:"
            f"{self.api_id}/{self.stage}/{self.http_method}{self.resource_path}"
        )

    def __str__(self) -> str:
        return self.arn


def parse_api_gateway_route_arn(method_arn: str) -> APIGatewayRouteArn:
    """Split the ARN of an API Gateway method or route into its parts.

    >>> route = parse_api_gateway_route_arn(
    ...     "arn:aws:execute-api:us-east-1:123456789012:a1b2c3/prod/GET/pets/7"
    ... )
    >>> route.api_id, route.stage, route.http_method, route.resource_path
    ('a1b2c3', 'prod', 'GET', '/pets/7')
    >>> route._replace(resource_path="/*").arn  # a policy resource for every path of GET
    'arn:aws:execute-api:us-east-1:123456789012:a1b2c3/prod/GET/*'

    Raises `EventDecodeError` naming the input when it is not an execute-api ARN, or lacks the API id, the
    stage or the method.
    """
    parsed = parse_arn(str_argument(method_arn, "method_arn"))
    if parsed.service != "execute-api":
        raise EventDecodeError(preview(method_arn, 100), f"not an execute-api ARN (service is {parsed.service!r})")
    parts = parsed.resource.split("/", 3)
    if len(parts) < 3 or not all(parts[:3]):
        raise EventDecodeError(
            preview(method_arn, 100), "expected api-id/stage/method[/resource-path] after the account"
        )
    api_id, stage, http_method = parts[:3]
    resource_path = f"/{parts[3]}" if len(parts) == 4 else ""
    return APIGatewayRouteArn(
        parsed.partition, parsed.region, parsed.account_id, api_id, stage, http_method, resource_path
    )
