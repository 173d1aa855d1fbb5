"""Test events of Amazon VPC Lattice Lambda targets, event structure versions 1.0 and 2.0."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._http import Body, Fields, encode_body, joined, lowered, multi, request_headers
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.vpc_lattice import VPCLatticeEventDict, VPCLatticeEventV2Dict

__all__ = ["vpc_lattice_event", "vpc_lattice_event_v2"]


def _lattice_host(scene: Scenario, service: str) -> str:
    return f"{service}-{scene.hex(17)}.{scene.hex(7)}.vpc-lattice-svcs.{scene.region}.on.aws"


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
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    encoded = encode_body(body)
    all_headers = lowered(request_headers(scene, _lattice_host(scene, service), headers, encoded, scene.ip()))
    return {
        "raw_path": path,
        "method": method,
        "headers": joined(all_headers),
        "query_string_parameters": joined(multi(query)),
        "body": encoded.text or "",
        "is_base64_encoded": encoded.base64,
    }


def vpc_lattice_event_v2(
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
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    encoded = encode_body(body)
    all_headers = lowered(request_headers(scene, _lattice_host(scene, service), headers, encoded, scene.ip()))
    session = scene.hex(32)
    event: VPCLatticeEventV2Dict = {
        "version": "2.0",
        "path": path,
        "method": method,
        "headers": all_headers,
        "isBase64Encoded": encoded.base64,
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
    all_query = multi(query)
    if all_query:
        event["queryStringParameters"] = all_query
    if encoded.text is not None:
        event["body"] = encoded.text
    return event
