"""Test events of Amazon VPC Lattice services: payload versions 1 and 2."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._http import Body, Fields, RequestParts, check_request_line, joined, request_parts
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.vpc_lattice import VPCLatticeEventDict, VPCLatticeEventV2Dict

__all__ = ["vpc_lattice_event", "vpc_lattice_v2_event"]


def _lattice_request(scene: Scenario, service: str, headers: Fields, query: Fields, body: Body) -> RequestParts:
    """A request to the host name VPC Lattice gives `service`, headers in lower case."""
    host = f"{service}-{scene.hex(17)}.{scene.hex(7)}.vpc-lattice-svcs.{scene.region}.on.aws"
    return request_parts(scene, host, headers=headers, query=query, body=body, lower_case=True)


def vpc_lattice_event(
    *,
    method: str = "GET",
    path: str = "/",
    body: Body = None,
    headers: Fields = None,
    query: Fields = None,
    service: str = "example-service",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> VPCLatticeEventDict:
    """A VPC Lattice target event, structure version 1.0 (lower-case headers, repeated values joined)."""
    check_request_line(method, path)
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    request = _lattice_request(scene, service, headers, query, body)
    return {
        "raw_path": path,
        "method": method,
        "headers": joined(request.headers),
        "query_string_parameters": joined(request.query),
        "body": request.body.text or "",
        "is_base64_encoded": request.body.base64,
    }


def vpc_lattice_v2_event(
    *,
    method: str = "GET",
    path: str = "/",
    body: Body = None,
    headers: Fields = None,
    query: Fields = None,
    service: str = "example-service",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> VPCLatticeEventV2Dict:
    """A VPC Lattice target event, structure version 2.0 (every header and query value in a list, and the
    request context of an IAM-signed request from a VPC of `account`)."""
    check_request_line(method, path)
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    request = _lattice_request(scene, service, headers, query, body)
    session = scene.hex(32)
    event: VPCLatticeEventV2Dict = {
        "version": "2.0",
        "path": path,
        "method": method,
        "headers": request.headers,
        "isBase64Encoded": request.body.base64,
        "requestContext": {
            "serviceNetworkArn": scene.arn("vpc-lattice", f"servicenetwork/sn-{scene.hex(17)}"),
            "serviceArn": scene.arn("vpc-lattice", f"service/svc-{scene.hex(17)}"),
            "targetGroupArn": scene.arn("vpc-lattice", f"targetgroup/tg-{scene.hex(17)}"),
            "identity": {
                "sourceVpcArn": scene.arn("ec2", f"vpc/vpc-{scene.hex(17)}"),
                "type": "AWS_IAM",
                "principal": scene.arn("sts", f"assumed-role/example-role/{session}", regional=False),
                "sessionName": session,
            },
            "region": region,
            "timeEpoch": str(scene.epoch_ms() * 1000 + scene.rng.randrange(1000)),
        },
    }
    if request.query:
        event["queryStringParameters"] = request.query
    if request.body.text is not None:
        event["body"] = request.body.text
    return event
