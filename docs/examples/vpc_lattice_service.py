"""A VPC Lattice service target (event version 2.0) that looks an order up."""

from __future__ import annotations

from lambda_events import (
    LambdaContext,
    VPCLatticeEventV2Dict,
    VPCLatticeResponseDict,
    get_query_parameter,
    json_body,
    vpc_lattice_response,
)


def handler(event: VPCLatticeEventV2Dict, context: LambdaContext) -> VPCLatticeResponseDict:
    """Answer `GET ?order-id=...` with the order and the
    calling principal, when Lattice authenticated it."""
    order_id = get_query_parameter(event, "order-id")  # v2 sends every query value as a list
    if event["method"] != "GET" or order_id is None:
        return vpc_lattice_response(
            json_body({"error": "GET ?order-id=... expected"}), status_code=400
        )
    identity = event["requestContext"]["identity"]
    caller = identity.get("principal", "unauthenticated")
    return vpc_lattice_response(json_body({"order": order_id, "caller": caller}))
