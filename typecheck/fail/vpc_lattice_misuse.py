"""Misuses of the VPC Lattice types that both checkers must reject."""

from lambda_events import VPCLatticeEventDict, VPCLatticeEventV2Dict, VPCLatticeResponseDict


def v2_header_values_are_lists(event: VPCLatticeEventV2Dict) -> str:
    return event["headers"]["host"].lower()  # expect-error: mypy[attr-defined,no-any-return] pyright[reportAttributeAccessIssue,reportUnknownMemberType,reportUnknownVariableType]


def v1_keys_are_snake_case(event: VPCLatticeEventDict) -> str:
    return event["rawPath"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def time_epoch_is_a_string(event: VPCLatticeEventV2Dict) -> int:
    return event["requestContext"]["timeEpoch"] // 1000  # expect-error: mypy[operator] pyright[reportOperatorIssue,reportUnknownVariableType]


def status_code_is_an_int() -> VPCLatticeResponseDict:
    return {"statusCode": "200"}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]
