"""Test events of Amazon Macie (`aws.macie`): a sensitive data finding about an S3 object."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed, partition_of
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.macie import MacieBlockPublicAccessDict, MacieFindingEventDict

__all__ = ["macie_finding_event"]


def macie_finding_event(
    *,
    bucket: str = "example-bucket",
    key: str = "exports/customers.csv",
    detection_type: str = "AWS_CREDENTIALS",
    occurrences: int = 3,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> MacieFindingEventDict:
    """A discovery job found `occurrences` of `detection_type` (a credentials category identifier) in the
    object `key` of `bucket`."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    partition = partition_of(region)
    bucket_arn = f"arn:{partition}:s3:::{bucket}"
    blocked: MacieBlockPublicAccessDict = {
        "blockPublicAcls": True,
        "blockPublicPolicy": True,
        "ignorePublicAcls": True,
        "restrictPublicBuckets": True,
    }
    job_id = scene.hex(32)
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.macie",
        "detail-type": "Macie Finding",
        "detail": {
            "schemaVersion": "1.0",
            "id": scene.hex(32),
            "accountId": account,
            "partition": partition,
            "region": region,
            "type": "SensitiveData:S3Object/Credentials",
            "category": "CLASSIFICATION",
            "title": "The S3 object contains credentials data.",
            "description": "The object contains credentials data such as AWS secret access keys or private keys.",
            "severity": {"score": 3, "description": "High"},
            "createdAt": scene.iso(),
            "updatedAt": scene.iso(),
            "count": 1,
            "resourcesAffected": {
                "s3Bucket": {
                    "arn": bucket_arn,
                    "name": bucket,
                    "createdAt": scene.iso(-30 * 86_400_000),
                    "owner": {"displayName": "example-owner", "id": scene.hex(64)},
                    "tags": [],
                    "defaultServerSideEncryption": {"encryptionType": "AES256"},
                    "publicAccess": {
                        "permissionConfiguration": {
                            "bucketLevelPermissions": {
                                "accessControlList": {
                                    "allowsPublicReadAccess": False,
                                    "allowsPublicWriteAccess": False,
                                },
                                "bucketPolicy": None,
                                "blockPublicAccess": blocked,
                            },
                            "accountLevelPermissions": {"blockPublicAccess": blocked},
                        },
                        "effectivePermission": "NOT_PUBLIC",
                    },
                    "allowsUnencryptedObjectUploads": "FALSE",
                },
                "s3Object": {
                    "bucketArn": bucket_arn,
                    "key": key,
                    "path": f"{bucket}/{key}",
                    "extension": key.rsplit(".", 1)[-1] if "." in key.rsplit("/", 1)[-1] else "",
                    "lastModified": scene.iso(-86_400_000),
                    "serverSideEncryption": {"encryptionType": "AES256"},
                    "size": 48213,
                    "storageClass": "STANDARD",
                    "tags": [],
                    "publicAccess": False,
                    "etag": scene.hex(32),
                },
            },
            "classificationDetails": {
                "jobArn": scene.arn("macie2", f"classification-job/{job_id}"),
                "jobId": job_id,
                "originType": "SENSITIVE_DATA_DISCOVERY_JOB",
                "result": {
                    "status": {"code": "COMPLETE"},
                    "sizeClassified": 48213,
                    "mimeType": "text/csv",
                    "sensitiveData": [
                        {
                            "category": "CREDENTIALS",
                            "totalCount": occurrences,
                            "detections": [{"type": detection_type, "count": occurrences}],
                        }
                    ],
                    "customDataIdentifiers": {"totalCount": 0, "detections": []},
                },
                "detailedResultsLocation": f"s3://example-macie-results/AWSLogs/{account}/Macie/{region}/{job_id}/",
            },
            "policyDetails": None,
            "sample": False,
            "archived": False,
        },
    }
