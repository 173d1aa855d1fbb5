"""AWS Key Management Service events (`source` `aws.kms`): automatic rotation of a key's material, the end of
a scheduled key deletion, and the expiry of imported key material.

Authority: the AWS KMS Developer Guide, "Monitoring with Amazon EventBridge" (each event's `detail` holds only
`key-id`; `resources` holds the key's ARN).
"""

from typing import Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import TypedDict

__all__ = [
    "KMSCMKDeletionDetailDict",
    "KMSCMKDeletionEventDict",
    "KMSCMKRotationDetailDict",
    "KMSCMKRotationEventDict",
    "KMSImportedKeyMaterialExpirationDetailDict",
    "KMSImportedKeyMaterialExpirationEventDict",
]

EVENTS = {
    "KMSCMKRotationEventDict": ("aws.kms", "KMS CMK Rotation"),
    "KMSCMKDeletionEventDict": ("aws.kms", "KMS CMK Deletion"),
    "KMSImportedKeyMaterialExpirationEventDict": ("aws.kms", "KMS Imported Key Material Expiration"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- KMS CMK Rotation ----------------------------------------------------------------------------------------------

_KMSKeyHyphenatedKeys = TypedDict(
    "_KMSKeyHyphenatedKeys",
    {"key-id": str},
)
"""The key of every KMS event's detail, whose name is not a Python identifier.

- `key-id`: the id of the KMS key (`1234abcd-12ab-34cd-56ef-1234567890ab`; its ARN is in `resources`).
"""


class KMSCMKRotationDetailDict(_KMSKeyHyphenatedKeys):
    """The `detail` of `KMS CMK Rotation`; `key-id` is documented on the base."""


_KMSCMKRotationRouting = TypedDict(
    "_KMSCMKRotationRouting",
    {"detail-type": Literal["KMS CMK Rotation"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `KMS CMK Rotation`.
"""


class KMSCMKRotationEventDict(_KMSCMKRotationRouting, EventBridgeEnvelopeDict):
    """KMS sends it after it rotates the key material of a KMS key with automatic rotation enabled."""

    source: Literal["aws.kms"]
    """Always `aws.kms`."""
    detail: KMSCMKRotationDetailDict
    """The key whose material was rotated."""


# --- KMS CMK Deletion ----------------------------------------------------------------------------------------------

class KMSCMKDeletionDetailDict(_KMSKeyHyphenatedKeys):
    """The `detail` of `KMS CMK Deletion`; `key-id` is documented on the base."""


_KMSCMKDeletionRouting = TypedDict(
    "_KMSCMKDeletionRouting",
    {"detail-type": Literal["KMS CMK Deletion"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `KMS CMK Deletion`.
"""


class KMSCMKDeletionEventDict(_KMSCMKDeletionRouting, EventBridgeEnvelopeDict):
    """KMS sends it when it deletes a KMS key at the end of the key's scheduled-deletion waiting period."""

    source: Literal["aws.kms"]
    """Always `aws.kms`."""
    detail: KMSCMKDeletionDetailDict
    """The deleted key."""


# --- KMS Imported Key Material Expiration --------------------------------------------------------------------------

class KMSImportedKeyMaterialExpirationDetailDict(_KMSKeyHyphenatedKeys):
    """The `detail` of `KMS Imported Key Material Expiration`; `key-id` is documented on the base."""


_KMSImportedKeyMaterialExpirationRouting = TypedDict(
    "_KMSImportedKeyMaterialExpirationRouting",
    {"detail-type": Literal["KMS Imported Key Material Expiration"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `KMS Imported Key Material Expiration`.
"""


class KMSImportedKeyMaterialExpirationEventDict(_KMSImportedKeyMaterialExpirationRouting, EventBridgeEnvelopeDict):
    """KMS sends it when it deletes imported key material whose expiration date has passed; the key becomes
    unusable until material is imported again."""

    source: Literal["aws.kms"]
    """Always `aws.kms`."""
    detail: KMSImportedKeyMaterialExpirationDetailDict
    """The key whose imported material expired."""
