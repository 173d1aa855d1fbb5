"""Test events of AWS Key Management Service (`aws.kms`): key material rotation, key deletion, and the expiry
of imported key material."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.kms import (
        KMSCMKDeletionEventDict,
        KMSCMKRotationEventDict,
        KMSImportedKeyMaterialExpirationEventDict,
    )

__all__ = ["kms_cmk_deletion_event", "kms_cmk_rotation_event", "kms_imported_key_material_expiration_event"]


def _key(scene: Scenario, key_id: Optional[str]) -> tuple[str, list[str]]:
    """The key id given, or a new one, with the key's ARN as the event's `resources`."""
    key = key_id if key_id is not None else scene.uuid()
    return key, [scene.arn("kms", f"key/{key}")]


def kms_cmk_rotation_event(
    *,
    key_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> KMSCMKRotationEventDict:
    """KMS rotated the key material of the key `key_id` (a new key id by default)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    key, resources = _key(scene, key_id)
    return {
        **aws_event_envelope(scene, resources),
        "source": "aws.kms",
        "detail-type": "KMS CMK Rotation",
        "detail": {"key-id": key},
    }


def kms_cmk_deletion_event(
    *,
    key_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> KMSCMKDeletionEventDict:
    """KMS deleted the key `key_id` at the end of its waiting period."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    key, resources = _key(scene, key_id)
    return {
        **aws_event_envelope(scene, resources),
        "source": "aws.kms",
        "detail-type": "KMS CMK Deletion",
        "detail": {"key-id": key},
    }


def kms_imported_key_material_expiration_event(
    *,
    key_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> KMSImportedKeyMaterialExpirationEventDict:
    """KMS deleted the expired imported key material of the key `key_id`."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    key, resources = _key(scene, key_id)
    return {
        **aws_event_envelope(scene, resources),
        "source": "aws.kms",
        "detail-type": "KMS Imported Key Material Expiration",
        "detail": {"key-id": key},
    }
