"""VPC Lattice targets for both event structure versions."""

from __future__ import annotations

from lambda_events import VPCLatticeEventDict, VPCLatticeEventV2Dict, VPCLatticeResponseDict


def handler_v1(event: VPCLatticeEventDict, context: object) -> VPCLatticeResponseDict:
    """Answer with the order id from the query string (version 1.0 events)."""
    order_id = event["query_string_parameters"].get("order-id", "none")
    return {"statusCode": 200, "statusDescription": "200 OK", "body": f"order {order_id} via {event['raw_path']}"}


def handler_v2(event: VPCLatticeEventV2Dict, context: object) -> VPCLatticeResponseDict:
    """Answer with every `tag` value and the caller's principal (version 2.0 events)."""
    tags = event.get("queryStringParameters", {}).get("tag", [])
    agents = event["headers"].get("user-agent", ["unknown"])
    principal = event["requestContext"]["identity"].get("principal", "unauthenticated")
    return {
        "statusCode": 200,
        "headers": {"content-type": "text/plain"},
        "body": f"{principal} ({agents[0]}) asked for {', '.join(tags)} in {event['requestContext']['region']}",
        "isBase64Encoded": False,
    }
