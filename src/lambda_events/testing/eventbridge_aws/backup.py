"""Test events of AWS Backup (`aws.backup`): state changes of backup, copy and restore jobs and of backup
vaults."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional, get_args

from lambda_events.eventbridge.aws.backup import BackupJobState
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.backup import (
        BackupCopyJobStateChangeDetailDict,
        BackupCopyJobStateChangeEventDict,
        BackupJobStateChangeDetailDict,
        BackupJobStateChangeEventDict,
        BackupRecoveryPointCreatorDict,
        BackupRestoreJobStateChangeDetailDict,
        BackupRestoreJobStateChangeEventDict,
        BackupVaultStateChangeEventDict,
    )

__all__ = [
    "backup_copy_job_state_change_event",
    "backup_job_state_change_event",
    "backup_restore_job_state_change_event",
    "backup_vault_state_change_event",
]

RestoreJobStatus = Literal["PENDING", "RUNNING", "COMPLETED", "ABORTED", "FAILED"]
"""The statuses of a restore job."""
_ENDED = ("COMPLETED", "FAILED", "ABORTED", "EXPIRED", "PARTIAL")
_FAILURE = "Insufficient privileges to perform this action."


def _creator(scene: Scenario) -> BackupRecoveryPointCreatorDict:
    """A backup plan and rule that started a job."""
    plan = scene.uuid()
    return {
        "backupPlanId": plan,
        "backupPlanArn": scene.arn("backup", f"backup-plan:{plan}"),
        "backupPlanVersion": scene.base64(36),
        "backupRuleId": scene.uuid(),
    }


def backup_job_state_change_event(
    *,
    state: BackupJobState = "COMPLETED",
    vault: str = "Default",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> BackupJobStateChangeEventDict:
    """A scheduled backup of an EBS volume into `vault` entered `state` (one of `BackupJobState`); ended jobs
    have a completion date, failed and aborted ones a status message."""
    check_one_of("state", state, get_args(BackupJobState))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    volume = scene.arn("ec2", f"volume/vol-{scene.hex(17)}")
    detail: BackupJobStateChangeDetailDict = {
        "backupJobId": scene.uuid(),
        "backupVaultArn": scene.arn("backup", f"backup-vault:{vault}"),
        "backupVaultName": vault,
        "resourceArn": volume,
        "resourceType": "EBS",
        "state": state,
        "creationDate": scene.iso(-30 * 60 * 1000),
        "iamRoleArn": scene.arn("iam", "role/service-role/AWSBackupDefaultServiceRole", regional=False),
        "createdBy": _creator(scene),
        "percentDone": "100.0" if state == "COMPLETED" else "0.0",
        "startBy": scene.iso(8 * 3600 * 1000),
        "isParent": False,
    }
    if state in _ENDED:
        detail["completionDate"] = scene.iso()
    if state == "COMPLETED":
        detail["backupSizeInBytes"] = detail["bytesTransferred"] = "8589934592"
        detail["recoveryPointArn"] = scene.arn("ec2", f"snapshot/snap-{scene.hex(17)}", owned=False)
    if state in ("FAILED", "ABORTED"):
        detail["statusMessage"] = _FAILURE
    return {
        **aws_event_envelope(scene, [volume]),
        "source": "aws.backup",
        "detail-type": "Backup Job State Change",
        "detail": detail,
    }


def backup_copy_job_state_change_event(
    *,
    state: BackupJobState = "COMPLETED",
    destination_region: str = "us-west-2",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> BackupCopyJobStateChangeEventDict:
    """A copy of an EBS recovery point to a vault in `destination_region` entered `state`."""
    check_one_of("state", state, get_args(BackupJobState))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    volume = scene.arn("ec2", f"volume/vol-{scene.hex(17)}")
    detail: BackupCopyJobStateChangeDetailDict = {
        "copyJobId": scene.uuid(),
        "sourceBackupVaultArn": scene.arn("backup", "backup-vault:Default"),
        "destinationBackupVaultArn": f"arn:aws:backup:{destination_region}:{account}:backup-vault:Default",
        "resourceArn": volume,
        "resourceType": "EBS",
        "state": state,
        "creationDate": scene.iso(-30 * 60 * 1000),
        "iamRoleArn": scene.arn("iam", "role/service-role/AWSBackupDefaultServiceRole", regional=False),
        "sourceRecoveryPointArn": scene.arn("ec2", f"snapshot/snap-{scene.hex(17)}", owned=False),
        "createdBy": _creator(scene),
        "isParent": False,
    }
    if state in _ENDED:
        detail["completionDate"] = scene.iso()
    if state == "COMPLETED":
        detail["backupSizeInBytes"] = "8589934592"
        detail["destinationRecoveryPointArn"] = f"arn:aws:ec2:{destination_region}::snapshot/snap-{scene.hex(17)}"
    if state in ("FAILED", "ABORTED"):
        detail["statusMessage"] = _FAILURE
    return {
        **aws_event_envelope(scene, [volume]),
        "source": "aws.backup",
        "detail-type": "Copy Job State Change",
        "detail": detail,
    }


def backup_restore_job_state_change_event(
    *,
    status: RestoreJobStatus = "COMPLETED",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> BackupRestoreJobStateChangeEventDict:
    """A restore of an EBS recovery point entered `status` (restore jobs report `status`, not `state`)."""
    check_one_of("status", status, get_args(RestoreJobStatus))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    detail: BackupRestoreJobStateChangeDetailDict = {
        "restoreJobId": scene.uuid().upper(),
        "recoveryPointArn": scene.arn("ec2", f"snapshot/snap-{scene.hex(17)}", owned=False),
        "resourceType": "EBS",
        "status": status,
        "creationDate": scene.iso(-10 * 60 * 1000),
        "iamRoleArn": scene.arn("iam", "role/service-role/AWSBackupDefaultServiceRole", regional=False),
        "backupVaultArn": scene.arn("backup", "backup-vault:Default"),
        "sourceResourceArn": scene.arn("ec2", f"volume/vol-{scene.hex(17)}"),
        "backupSizeInBytes": "8589934592",
        "percentDone": "100.0" if status == "COMPLETED" else "0.0",
    }
    if status in ("COMPLETED", "FAILED", "ABORTED"):
        detail["completionDate"] = scene.iso()
    if status == "COMPLETED":
        detail["createdResourceArn"] = scene.arn("ec2", f"volume/vol-{scene.hex(17)}")
    if status in ("FAILED", "ABORTED"):
        detail["statusMessage"] = _FAILURE
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.backup",
        "detail-type": "Restore Job State Change",
        "detail": detail,
    }


def backup_vault_state_change_event(
    *,
    vault: str = "Default",
    state: str = "CREATED",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> BackupVaultStateChangeEventDict:
    """The backup vault `vault` entered `state` (`CREATED` by default)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, [scene.arn("backup", f"backup-vault:{vault}")]),
        "source": "aws.backup",
        "detail-type": "Backup Vault State Change",
        "detail": {"backupVaultName": vault, "state": state},
    }
