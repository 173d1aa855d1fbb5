"""Test events of Amazon S3 event notifications, and the test message S3 sends when one is configured."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Optional
from urllib.parse import quote_plus

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.s3 import (
        S3EventDict,
        S3EventName,
        S3EventRecordDict,
        S3ObjectDict,
        S3ReplicationEventDataDict,
        S3TestEventDict,
    )

__all__ = ["s3_event", "s3_notification_key", "s3_test_event"]


def bucket_arn(scene: Scenario, bucket: str) -> str:
    """The ARN of a bucket (no Region or account: bucket names are global in a partition)."""
    return scene.arn("s3", bucket, regional=False, owned=False)


def s3_notification_key(key: str) -> str:
    """An object key as S3 writes it in notifications: URL-encoded like a form, a space as `+`, `/` kept."""
    return quote_plus(key, safe="/")


def s3_event(
    *,
    keys: Sequence[str] = ("uploads/report.csv",),
    bucket: str = "example-bucket",
    event_name: S3EventName = "ObjectCreated:Put",
    size: int = 1024,
    version_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> S3EventDict:
    """An S3 notification with one record per key (keys are given as stored and URL-encoded as S3 does).

    Deletions and expirations carry no size or entity tag; restores, lifecycle transitions, Intelligent-Tiering
    and replication events carry the data S3 adds for them.
    """
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    owner = scene.chars(14)
    configuration = scene.uuid()
    records: list[S3EventRecordDict] = []
    for index, key in enumerate(keys):
        s3_object: S3ObjectDict = {"key": s3_notification_key(key), "sequencer": scene.hex(18, upper=True)}
        if not event_name.startswith(("ObjectRemoved", "LifecycleExpiration")):
            s3_object["size"] = size
            s3_object["eTag"] = scene.hex(32)
        if version_id is not None:
            s3_object["versionId"] = version_id
        record: S3EventRecordDict = {
            "eventVersion": "2.1",
            "eventSource": "aws:s3",
            "awsRegion": region,
            "eventTime": scene.iso(index),
            "eventName": event_name,
            "userIdentity": {"principalId": f"AWS:{scene.principal_id()}"},
            "requestParameters": {"sourceIPAddress": scene.ip()},
            "responseElements": {"x-amz-request-id": scene.hex(16, upper=True), "x-amz-id-2": scene.base64(57)},
            "s3": {
                "s3SchemaVersion": "1.0",
                "configurationId": configuration,
                "bucket": {"name": bucket, "ownerIdentity": {"principalId": owner}, "arn": bucket_arn(scene, bucket)},
                "object": s3_object,
            },
        }
        _add_event_data(record, scene)
        records.append(record)
    return {"Records": records}


def _add_event_data(record: S3EventRecordDict, scene: Scenario) -> None:
    """The part S3 adds for restores, transitions, Intelligent-Tiering and replication events."""
    name = record["eventName"]
    if name == "ObjectRestore:Completed":
        record["glacierEventData"] = {
            "restoreEventData": {
                "lifecycleRestorationExpiryTime": scene.iso(7 * 24 * 3600 * 1000),
                "lifecycleRestoreStorageClass": "GLACIER",
            }
        }
    elif name == "LifecycleTransition":
        record["lifecycleEventData"] = {"transitionEventData": {"destinationStorageClass": "GLACIER"}}
    elif name == "IntelligentTiering":
        record["intelligentTieringEventData"] = {"destinationAccessTier": "ARCHIVE_ACCESS"}
    elif name.startswith("Replication:"):
        replication: S3ReplicationEventDataDict = {
            "replicationRuleId": scene.uuid(),
            "destinationBucket": bucket_arn(scene, f"{record['s3']['bucket']['name']}-replica"),
            "s3Operation": "OBJECT_PUT",
            "requestTime": scene.iso(-60_000),
        }
        if name == "Replication:OperationFailedReplication":
            replication["failureReason"] = "AssumeRoleNotPermitted"
        if name in ("Replication:OperationMissedThreshold", "Replication:OperationReplicatedAfterThreshold"):
            replication["threshold"] = "15"
        if name == "Replication:OperationReplicatedAfterThreshold":
            replication["replicationTime"] = "1005"
        record["replicationEventData"] = replication


def s3_test_event(
    *,
    bucket: str = "example-bucket",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> S3TestEventDict:
    """The message S3 sends to a queue or topic when a bucket's notification configuration is saved."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        "Service": "Amazon S3",
        "Event": "s3:TestEvent",
        "Time": scene.iso(),
        "Bucket": bucket,
        "RequestId": scene.hex(16, upper=True),
        "HostId": scene.base64(57),
    }
