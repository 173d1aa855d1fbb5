"""The `detail-type` values of the object events S3 sends to EventBridge, written once for two readers.

`lambda_events.types.s3_eventbridge` exports the `Literal` as `S3EventBridgeDetailType`, and detection reads
its values with `typing.get_args` to recognise those events. It lives outside `types/` and imports only
`typing`, so that detection can use it without loading any event type.
"""

from typing import Literal

__all__ = ["S3EventBridgeDetailType"]

S3EventBridgeDetailType = Literal[
    "Object Created",
    "Object Deleted",
    "Object Restore Initiated",
    "Object Restore Completed",
    "Object Restore Expired",
    "Object Storage Class Changed",
    "Object Access Tier Changed",
    "Object ACL Updated",
    "Object Tags Added",
    "Object Tags Deleted",
]
"""The `detail-type` values of the object events S3 sends to EventBridge: the list of the S3 user guide
("Using EventBridge": event message structure), which the ten S3 samples of the EventBridge console match.
S3 may add detail types; an event with a new one is still an `EventBridgeEventDict`, detected as such."""
