"""AWS Backup events (`source` `aws.backup`): state changes of backup, copy and restore jobs, and of backup
vaults.

Authority: the AWS Backup Developer Guide, "Monitoring AWS Backup events using Amazon EventBridge" (an example
event per job state) and the API reference (`BackupJob`, `CopyJob`, `RestoreJobsListMember`) for the meaning
and the closed sets of states. AWS Backup sends these events best-effort, about every 5 minutes. As the guide
notes, job events report `state`, except restore jobs, which report `status`. Which keys appear grows with the
job's progress, so only the ones every example has are required.
"""

from typing import Literal, Union

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "BackupCopyJobStateChangeDetailDict",
    "BackupCopyJobStateChangeEventDict",
    "BackupJobState",
    "BackupJobStateChangeDetailDict",
    "BackupJobStateChangeEventDict",
    "BackupRecoveryPointCreatorDict",
    "BackupRestoreJobStateChangeDetailDict",
    "BackupRestoreJobStateChangeEventDict",
    "BackupVaultStateChangeDetailDict",
    "BackupVaultStateChangeEventDict",
]

EVENTS = {
    "BackupJobStateChangeEventDict": ("aws.backup", "Backup Job State Change"),
    "BackupCopyJobStateChangeEventDict": ("aws.backup", "Copy Job State Change"),
    "BackupRestoreJobStateChangeEventDict": ("aws.backup", "Restore Job State Change"),
    "BackupVaultStateChangeEventDict": ("aws.backup", "Backup Vault State Change"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- Backup Job State Change ---------------------------------------------------------------------------------------

BackupJobState = Literal[
    "CREATED", "PENDING", "RUNNING", "ABORTING", "ABORTED", "COMPLETED", "FAILED", "EXPIRED", "PARTIAL"
]
"""A backup or copy job's state: the closed set of the API reference's `BackupJobState` (`CopyJobState` is a
subset)."""


class BackupRecoveryPointCreatorDict(TypedDict):
    """The backup plan and rule that started a job; absent for on-demand jobs."""

    backupPlanId: str
    """The backup plan's id."""
    backupPlanArn: str
    """The backup plan's ARN."""
    backupPlanVersion: str
    """The version of the backup plan that ran."""
    backupRuleId: str
    """The id of the plan's rule that started the job."""


class BackupJobStateChangeDetailDict(TypedDict):
    """The `detail` of `Backup Job State Change`."""

    backupJobId: str
    """The job's id."""
    backupVaultArn: str
    """The ARN of the vault the backup goes to."""
    backupVaultName: str
    """The name of the vault the backup goes to."""
    resourceArn: str
    """The ARN of the resource being backed up."""
    resourceType: str
    """The kind of resource (`EBS`, `EC2`, `RDS`, `DynamoDB`, `EFS`, `S3`, ...)."""
    state: BackupJobState
    """The job's new state."""
    creationDate: str
    """When the job was created, ISO 8601."""
    iamRoleArn: str
    """The ARN of the role AWS Backup uses for the job."""
    backupSizeInBytes: NotRequired[str]
    """The size of the backup, in bytes, as a decimal string (`"26843545600"`), as the guide's examples show."""
    bytesTransferred: NotRequired[str]
    """How many bytes have been transferred to the vault, as a decimal string."""
    percentDone: NotRequired[str]
    """How far the job has got, in percent, as a decimal string (`"100.0"`)."""
    completionDate: NotRequired[str]
    """When the job completed, ISO 8601; once it has."""
    expectedCompletionDate: NotRequired[str]
    """When the job is expected to complete, ISO 8601."""
    startBy: NotRequired[str]
    """When the job must have started by, or it is canceled, ISO 8601."""
    recoveryPointArn: NotRequired[str]
    """The ARN of the recovery point the job creates; once it exists."""
    createdBy: NotRequired[BackupRecoveryPointCreatorDict]
    """The backup plan and rule that started the job; absent for on-demand jobs."""
    backupType: NotRequired[str]
    """The kind of backup, for resources that have several (`WindowsVSS`)."""
    isParent: NotRequired[bool]
    """`true` for a composite job that has child jobs (one per resource of a composite resource)."""
    parentJobId: NotRequired[str]
    """A child job only: the id of its parent job."""
    statusMessage: NotRequired[str]
    """Why the job is in its state: the failure reason for `FAILED` and `ABORTED`, and the issues of a
    `COMPLETED` job the console shows as "Completed with issues"."""


_BackupJobStateChangeRouting = TypedDict(
    "_BackupJobStateChangeRouting",
    {"detail-type": Literal["Backup Job State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Backup Job State Change`.
"""


class BackupJobStateChangeEventDict(_BackupJobStateChangeRouting, EventBridgeEnvelopeDict):
    """AWS Backup sends it when a backup job changes state; `resources` holds the ARN of the resource being
    backed up."""

    source: Literal["aws.backup"]
    """Always `aws.backup`."""
    detail: BackupJobStateChangeDetailDict
    """The job and its new state."""


# --- Copy Job State Change -----------------------------------------------------------------------------------------

class BackupCopyJobStateChangeDetailDict(TypedDict):
    """The `detail` of `Copy Job State Change`."""

    copyJobId: str
    """The copy job's id."""
    sourceBackupVaultArn: str
    """The ARN of the vault the recovery point is copied from."""
    destinationBackupVaultArn: str
    """The ARN of the vault the recovery point is copied to."""
    resourceArn: str
    """The ARN of the resource whose recovery point is copied."""
    resourceType: str
    """The kind of resource (`EBS`, `RDS`, ...)."""
    state: BackupJobState
    """The copy job's new state (`CREATED`, `RUNNING`, `COMPLETED`, `FAILED`, `PARTIAL`)."""
    creationDate: str
    """When the copy job was created, ISO 8601."""
    iamRoleArn: str
    """The ARN of the role AWS Backup uses for the copy."""
    sourceRecoveryPointArn: NotRequired[str]
    """The ARN of the recovery point being copied."""
    destinationRecoveryPointArn: NotRequired[str]
    """The ARN of the copy; once it exists."""
    backupSizeInBytes: NotRequired[str]
    """The size of the copy, in bytes, as a decimal string."""
    completionDate: NotRequired[str]
    """When the copy completed, ISO 8601; once it has."""
    createdBy: NotRequired[BackupRecoveryPointCreatorDict]
    """The backup plan and rule that started the copy; absent for on-demand copies."""
    isParent: NotRequired[bool]
    """`true` for a composite copy job that has child jobs."""
    parentJobId: NotRequired[str]
    """A child job only: the id of its parent job."""
    statusMessage: NotRequired[str]
    """Why the copy job is in its state (the failure reason for `FAILED`)."""


_BackupCopyJobStateChangeRouting = TypedDict(
    "_BackupCopyJobStateChangeRouting",
    {"detail-type": Literal["Copy Job State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Copy Job State Change`.
"""


class BackupCopyJobStateChangeEventDict(_BackupCopyJobStateChangeRouting, EventBridgeEnvelopeDict):
    """AWS Backup sends it when a job that copies a recovery point to another vault (possibly in another Region
    or account) changes state."""

    source: Literal["aws.backup"]
    """Always `aws.backup`."""
    detail: BackupCopyJobStateChangeDetailDict
    """The copy job and its new state."""


# --- Restore Job State Change --------------------------------------------------------------------------------------

class BackupRestoreJobStateChangeDetailDict(TypedDict):
    """The `detail` of `Restore Job State Change`; it reports `status`, not `state`."""

    restoreJobId: str
    """The restore job's id."""
    recoveryPointArn: str
    """The ARN of the recovery point being restored."""
    resourceType: str
    """The kind of resource restored (`EBS`, `RDS`, ...)."""
    status: Literal["PENDING", "RUNNING", "COMPLETED", "ABORTED", "FAILED"]
    """The restore job's new status: the closed set of the API reference's `RestoreJobStatus`."""
    creationDate: str
    """When the restore job was created, ISO 8601."""
    iamRoleArn: str
    """The ARN of the role AWS Backup uses for the restore."""
    backupVaultArn: NotRequired[str]
    """The ARN of the vault holding the recovery point."""
    sourceResourceArn: NotRequired[str]
    """The ARN of the resource the recovery point was taken from."""
    createdResourceArn: NotRequired[str]
    """The ARN of the resource the restore created; once it exists."""
    backupSizeInBytes: NotRequired[str]
    """The size of the restored data, in bytes, as a decimal string."""
    percentDone: NotRequired[Union[str, float]]
    """How far the restore has got, in percent: a decimal string in the API, a number in some of the guide's
    examples."""
    completionDate: NotRequired[str]
    """When the restore completed, ISO 8601; once it has."""
    restoreTestingPlanArn: NotRequired[str]
    """The ARN of the restore testing plan that started the restore; only for restore tests."""
    statusMessage: NotRequired[str]
    """Why the restore job is in its status (the failure reason for `FAILED`)."""


_BackupRestoreJobStateChangeRouting = TypedDict(
    "_BackupRestoreJobStateChangeRouting",
    {"detail-type": Literal["Restore Job State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Restore Job State Change`.
"""


class BackupRestoreJobStateChangeEventDict(_BackupRestoreJobStateChangeRouting, EventBridgeEnvelopeDict):
    """AWS Backup sends it when a job that restores a recovery point changes status."""

    source: Literal["aws.backup"]
    """Always `aws.backup`."""
    detail: BackupRestoreJobStateChangeDetailDict
    """The restore job and its new status."""


# --- Backup Vault State Change -------------------------------------------------------------------------------------

class BackupVaultStateChangeDetailDict(TypedDict):
    """The `detail` of `Backup Vault State Change`."""

    backupVaultName: str
    """The vault's name."""
    state: str
    """The vault's new state (`CREATED`, `DELETED`, `MODIFIED`)."""


_BackupVaultStateChangeRouting = TypedDict(
    "_BackupVaultStateChangeRouting",
    {"detail-type": Literal["Backup Vault State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Backup Vault State Change`.
"""


class BackupVaultStateChangeEventDict(_BackupVaultStateChangeRouting, EventBridgeEnvelopeDict):
    """AWS Backup sends it when a backup vault is created, deleted or changed; `resources` holds the vault's ARN."""

    source: Literal["aws.backup"]
    """Always `aws.backup`."""
    detail: BackupVaultStateChangeDetailDict
    """The vault and its new state."""
