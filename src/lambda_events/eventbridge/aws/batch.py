"""AWS Batch events (`source` `aws.batch`): a job changed status.

Authority: the AWS Batch User Guide ("AWS Batch events", "Job state change events", "Job states") and the
`JobDetail` shape of the Batch API Reference, which the event's `detail` mirrors. The keys in the console's
sample (a `RUNNABLE` job) are required; the others appear as the job progresses or by job kind.
"""

from typing import Any, Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "BatchAttemptContainerDict",
    "BatchAttemptDict",
    "BatchContainerDict",
    "BatchJobDependencyDict",
    "BatchJobStateChangeDetailDict",
    "BatchJobStateChangeEventDict",
    "BatchJobStatus",
    "BatchKeyValuePairDict",
    "BatchNetworkInterfaceDict",
    "BatchResourceRequirementDict",
    "BatchRetryStrategyDict",
]

EVENTS = {
    "BatchJobStateChangeEventDict": ("aws.batch", "Batch Job State Change"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

BatchJobStatus = Literal["SUBMITTED", "PENDING", "RUNNABLE", "STARTING", "RUNNING", "SUCCEEDED", "FAILED"]
"""A job's status: the states of the AWS Batch User Guide's job lifecycle."""


class BatchKeyValuePairDict(TypedDict):
    """A name and value (an environment variable)."""

    name: str
    """The name."""
    value: str
    """The value."""


class BatchResourceRequirementDict(TypedDict):
    """A resource the container reserves."""

    type: str
    """`VCPU`, `MEMORY` or `GPU`."""
    value: str
    """The amount, as text (vCPUs, MiB, GPUs)."""


class BatchNetworkInterfaceDict(TypedDict):
    """A network interface of the job's container."""

    attachmentId: NotRequired[str]
    """The attachment's id."""
    privateIpv4Address: NotRequired[str]
    """The private IPv4 address."""
    ipv6Address: NotRequired[str]
    """The IPv6 address."""


class BatchAttemptContainerDict(TypedDict):
    """The container of one attempt."""

    containerInstanceArn: NotRequired[str]
    """The ECS container instance that ran it."""
    taskArn: NotRequired[str]
    """The ECS task that ran it."""
    exitCode: NotRequired[int]
    """The container's exit code."""
    reason: NotRequired[str]
    """Why the container stopped, in words."""
    logStreamName: NotRequired[str]
    """The CloudWatch Logs stream of the container."""
    networkInterfaces: NotRequired[list[BatchNetworkInterfaceDict]]
    """The container's network interfaces."""


class BatchAttemptDict(TypedDict):
    """One attempt to run the job."""

    container: NotRequired[BatchAttemptContainerDict]
    """The attempt's container."""
    startedAt: NotRequired[int]
    """When the attempt started running, in milliseconds since the epoch."""
    stoppedAt: NotRequired[int]
    """When the attempt stopped, in milliseconds since the epoch."""
    statusReason: NotRequired[str]
    """Why the attempt ended, in words."""


class BatchRetryStrategyDict(TypedDict):
    """How often the job is retried."""

    attempts: NotRequired[int]
    """The number of attempts (1 to 10)."""
    evaluateOnExit: NotRequired[list[dict[str, str]]]
    """Conditions (`onExitCode`, `onReason`, `onStatusReason`, `action`) that decide a retry."""


class BatchJobDependencyDict(TypedDict):
    """A job this job depends on."""

    jobId: str
    """The other job's id."""
    type: NotRequired[str]
    """`N_TO_N` or `SEQUENTIAL` for array jobs."""


class BatchContainerDict(TypedDict):
    """The job's container, as `DescribeJobs` describes it (a container job)."""

    image: str
    """The image."""
    command: list[str]
    """The command."""
    volumes: list[dict[str, Any]]
    """The volumes (`name`, `host`, `efsVolumeConfiguration`)."""
    environment: list[BatchKeyValuePairDict]
    """The environment variables."""
    mountPoints: list[dict[str, Any]]
    """The mount points (`containerPath`, `sourceVolume`, `readOnly`)."""
    ulimits: list[dict[str, Any]]
    """The ulimits (`name`, `softLimit`, `hardLimit`)."""
    resourceRequirements: NotRequired[list[BatchResourceRequirementDict]]
    """The vCPUs, memory and GPUs reserved."""
    vcpus: NotRequired[int]
    """The vCPUs reserved (older job definitions)."""
    memory: NotRequired[int]
    """The memory reserved in MiB (older job definitions)."""
    jobRoleArn: NotRequired[str]
    """The role the container's code runs with."""
    executionRoleArn: NotRequired[str]
    """The role ECS pulls the image and writes logs with."""
    readonlyRootFilesystem: NotRequired[bool]
    """Whether the root file system is read-only."""
    privileged: NotRequired[bool]
    """Whether the container is privileged."""
    user: NotRequired[str]
    """The user the container runs as."""
    exitCode: NotRequired[int]
    """The exit code of the last attempt."""
    reason: NotRequired[str]
    """Why the last attempt's container stopped."""
    containerInstanceArn: NotRequired[str]
    """The ECS container instance of the last attempt."""
    taskArn: NotRequired[str]
    """The ECS task of the last attempt."""
    logStreamName: NotRequired[str]
    """The CloudWatch Logs stream of the last attempt."""
    instanceType: NotRequired[str]
    """The instance type (multi-node jobs)."""
    networkInterfaces: NotRequired[list[BatchNetworkInterfaceDict]]
    """The network interfaces of the last attempt."""
    linuxParameters: NotRequired[dict[str, Any]]
    """Linux-specific settings (devices, shared memory, swap)."""
    logConfiguration: NotRequired[dict[str, Any]]
    """The log driver and its options."""
    secrets: NotRequired[list[dict[str, str]]]
    """The secrets passed to the container (`name`, `valueFrom`)."""
    networkConfiguration: NotRequired[dict[str, Any]]
    """Fargate: whether the task gets a public IP address."""
    fargatePlatformConfiguration: NotRequired[dict[str, Any]]
    """Fargate: the platform version."""
    runtimePlatform: NotRequired[dict[str, Any]]
    """Fargate: the operating system and CPU architecture."""
    ephemeralStorage: NotRequired[dict[str, Any]]
    """Fargate: the ephemeral storage size."""


class BatchJobStateChangeDetailDict(TypedDict):
    """The `detail` of `Batch Job State Change`: the job as `DescribeJobs` describes it."""

    jobName: str
    """The job's name."""
    jobId: str
    """The job's id."""
    jobQueue: str
    """The ARN of the job queue."""
    status: BatchJobStatus
    """The status the job entered."""
    attempts: list[BatchAttemptDict]
    """The attempts so far."""
    createdAt: int
    """When the job was submitted, in milliseconds since the epoch."""
    retryStrategy: BatchRetryStrategyDict
    """How often the job is retried."""
    dependsOn: list[BatchJobDependencyDict]
    """The jobs this one waits for."""
    jobDefinition: str
    """The ARN of the job definition, with its revision."""
    parameters: dict[str, str]
    """The parameters substituted into the command."""
    container: NotRequired[BatchContainerDict]
    """The job's container (container jobs)."""
    jobArn: NotRequired[str]
    """The job's ARN."""
    statusReason: NotRequired[str]
    """Why the job is in its status, in words."""
    startedAt: NotRequired[int]
    """When the job started running, in milliseconds since the epoch."""
    stoppedAt: NotRequired[int]
    """When the job stopped, in milliseconds since the epoch."""
    tags: NotRequired[dict[str, str]]
    """The job's tags."""
    propagateTags: NotRequired[bool]
    """Whether the tags are copied to the ECS task."""
    platformCapabilities: NotRequired[list[str]]
    """`EC2` or `FARGATE`."""
    timeout: NotRequired[dict[str, int]]
    """The timeout (`attemptDurationSeconds`)."""
    arrayProperties: NotRequired[dict[str, Any]]
    """Array jobs: the size, index and status summary."""
    nodeProperties: NotRequired[dict[str, Any]]
    """Multi-node parallel jobs: the nodes."""
    eksProperties: NotRequired[dict[str, Any]]
    """Jobs on Amazon EKS: the pod."""
    ecsProperties: NotRequired[dict[str, Any]]
    """Jobs with ECS properties: the task."""
    shareIdentifier: NotRequired[str]
    """The fair-share scheduling identifier."""
    schedulingPriority: NotRequired[int]
    """The fair-share scheduling priority."""
    isCancelled: NotRequired[bool]
    """Whether the job was cancelled."""
    isTerminated: NotRequired[bool]
    """Whether the job was terminated."""


_BatchJobStateChangeRouting = TypedDict(
    "_BatchJobStateChangeRouting",
    {"detail-type": Literal["Batch Job State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Batch Job State Change`.
"""


class BatchJobStateChangeEventDict(_BatchJobStateChangeRouting, EventBridgeEnvelopeDict):
    """A job moved to another status; `resources` holds the job's ARN."""

    source: Literal["aws.batch"]
    """Always `aws.batch`."""
    detail: BatchJobStateChangeDetailDict
    """The event's data."""
