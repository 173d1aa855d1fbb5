"""Misuses of the Transfer Family identity provider types that both checkers must reject."""

from lambda_events import TransferFamilyAuthorizerEventDict, TransferFamilyAuthorizerResponseDict


def protocol_is_a_closed_set(event: TransferFamilyAuthorizerEventDict) -> bool:
    return event["protocol"] == "SCP"  # expect-error: mypy[comparison-overlap] pyright[reportUnnecessaryComparison]


def home_directory_type_is_a_closed_set() -> TransferFamilyAuthorizerResponseDict:
    return {"Role": "arn:aws:iam::123456789012:role/transfer", "HomeDirectoryType": "VIRTUAL"}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def mappings_are_a_json_string() -> TransferFamilyAuthorizerResponseDict:
    return {"HomeDirectoryDetails": [{"Entry": "/", "Target": "/bucket/home"}]}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def public_keys_are_a_list() -> TransferFamilyAuthorizerResponseDict:
    return {"PublicKeys": "ssh-ed25519 AAAA jsmith"}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]
