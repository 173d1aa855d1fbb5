"""Misuses of the VPC Lattice types that both checkers must reject."""

from lambda_events import VPCLatticeEventDict, VPCLatticeEventV2Dict, VPCLatticeResponseDict


def v2_header_values_are_lists(event: VPCLatticeEventV2Dict) -> str:
    return event["headers"]["host"].lower()  # expect-error


def v1_keys_are_snake_case(event: VPCLatticeEventDict) -> str:
    return event["rawPath"]  # expect-error


def time_epoch_is_a_string(event: VPCLatticeEventV2Dict) -> int:
    return event["requestContext"]["timeEpoch"] // 1000  # expect-error


def status_code_is_an_int() -> VPCLatticeResponseDict:
    return {"statusCode": "200"}  # expect-error
