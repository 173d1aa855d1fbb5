"""Test events of Amazon RDS (`aws.rds`): event notifications about DB instances, clusters, snapshots,
cluster snapshots, parameter groups and security groups."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope

if TYPE_CHECKING:
    from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
    from lambda_events.eventbridge.aws.rds import (
        RDSDBClusterEventDict,
        RDSDBClusterSnapshotEventDict,
        RDSDBInstanceDetailDict,
        RDSDBInstanceEventDict,
        RDSDBParameterGroupEventDict,
        RDSDBSecurityGroupEventDict,
        RDSDBSnapshotEventDict,
    )

__all__ = [
    "rds_db_cluster_event",
    "rds_db_cluster_snapshot_event",
    "rds_db_instance_event",
    "rds_db_parameter_group_event",
    "rds_db_security_group_event",
    "rds_db_snapshot_event",
]


def _parts(
    scene: Scenario,
    resource: str,
    name: str,
    source_type: str,
    category: str,
    message: str,
    event_id: Optional[str],
) -> tuple[EventBridgeEnvelopeDict, RDSDBInstanceDetailDict]:
    """The envelope and the detail every RDS event shares (all detail-types have the same shape); `EventID`
    only when `event_id` is given, as the console's samples have none."""
    arn = scene.arn("rds", f"{resource}:{name}")
    detail: RDSDBInstanceDetailDict = {
        "EventCategories": [category],
        "SourceType": source_type,
        "SourceArn": arn,
        "Date": scene.iso(),
        "SourceIdentifier": name,
        "Message": message,
    }
    if event_id is not None:
        detail["EventID"] = event_id
    return aws_event_envelope(scene, [arn]), detail


def rds_db_instance_event(
    *,
    instance: str = "orders-db",
    category: str = "failover",
    message: str = "A Multi-AZ failover has completed.",
    event_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> RDSDBInstanceEventDict:
    """An event about the DB instance `instance` (by default, a completed Multi-AZ failover).
    `EventID` is sent when `event_id` is given."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    envelope, detail = _parts(scene, "db", instance, "DB_INSTANCE", category, message, event_id)
    return {**envelope, "source": "aws.rds", "detail-type": "RDS DB Instance Event", "detail": detail}


def rds_db_cluster_event(
    *,
    cluster: str = "orders-cluster",
    category: str = "notification",
    message: str = "Database cluster has been patched",
    event_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> RDSDBClusterEventDict:
    """An event about the DB cluster `cluster` (by default, a completed patch).
    `EventID` is sent when `event_id` is given."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    envelope, detail = _parts(scene, "cluster", cluster, "CLUSTER", category, message, event_id)
    return {**envelope, "source": "aws.rds", "detail-type": "RDS DB Cluster Event", "detail": detail}


def rds_db_snapshot_event(
    *,
    snapshot: str = "rds:orders-db-2024-05-17-03-10",
    category: str = "creation",
    message: str = "Automated snapshot created",
    event_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> RDSDBSnapshotEventDict:
    """An event about the DB snapshot `snapshot` (by default, an automated snapshot was created).
    `EventID` is sent when `event_id` is given."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    envelope, detail = _parts(scene, "snapshot", snapshot, "SNAPSHOT", category, message, event_id)
    return {**envelope, "source": "aws.rds", "detail-type": "RDS DB Snapshot Event", "detail": detail}


def rds_db_cluster_snapshot_event(
    *,
    snapshot: str = "orders-cluster-final",
    category: str = "backup",
    message: str = "Creating manual cluster snapshot",
    event_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> RDSDBClusterSnapshotEventDict:
    """An event about the DB cluster snapshot `snapshot` (by default, a manual snapshot is being created).
    `EventID` is sent when `event_id` is given."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    envelope, detail = _parts(scene, "cluster-snapshot", snapshot, "CLUSTER_SNAPSHOT", category, message, event_id)
    return {**envelope, "source": "aws.rds", "detail-type": "RDS DB Cluster Snapshot Event", "detail": detail}


def rds_db_parameter_group_event(
    *,
    parameter_group: str = "orders-params",
    category: str = "configuration change",
    message: str = "Updated parameter time_zone to UTC with apply method immediate",
    event_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> RDSDBParameterGroupEventDict:
    """An event about the DB parameter group `parameter_group` (by default, a parameter was updated).
    `EventID` is sent when `event_id` is given."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    envelope, detail = _parts(scene, "pg", parameter_group, "DB_PARAM", category, message, event_id)
    return {**envelope, "source": "aws.rds", "detail-type": "RDS DB Parameter Group Event", "detail": detail}


def rds_db_security_group_event(
    *,
    security_group: str = "orders-sg",
    category: str = "configuration change",
    message: str = "Applied change to security group",
    event_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> RDSDBSecurityGroupEventDict:
    """An event about the DB security group `security_group` (by default, a change was applied).
    `EventID` is sent when `event_id` is given."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    envelope, detail = _parts(scene, "secgrp", security_group, "SECURITY_GROUP", category, message, event_id)
    return {**envelope, "source": "aws.rds", "detail-type": "RDS DB Security Group Event", "detail": detail}
