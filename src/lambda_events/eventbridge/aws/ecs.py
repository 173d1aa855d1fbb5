"""Amazon ECS events (`source` `aws.ecs`): task and container instance state changes, service deployment
state changes and service actions.

Authority: the Amazon ECS Developer Guide ("Amazon ECS events", "Amazon ECS task state change events",
"Amazon ECS container instance state change events", "Amazon ECS service deployment state change events",
"Amazon ECS service action events") and the `Task` and `ContainerInstance` shapes of the ECS API Reference,
which the task and container instance events mirror.
"""

from typing import Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "ECSAttachmentDict",
    "ECSContainerDict",
    "ECSContainerInstanceStateChangeDetailDict",
    "ECSContainerInstanceStateChangeEventDict",
    "ECSContainerOverrideDict",
    "ECSDeploymentStateChangeDetailDict",
    "ECSDeploymentStateChangeEventDict",
    "ECSEphemeralStorageDict",
    "ECSEventType",
    "ECSKeyValuePairDict",
    "ECSManagedAgentDict",
    "ECSNetworkBindingDict",
    "ECSNetworkInterfaceDict",
    "ECSResourceDict",
    "ECSServiceActionDetailDict",
    "ECSServiceActionEventDict",
    "ECSTaskOverridesDict",
    "ECSTaskStateChangeDetailDict",
    "ECSTaskStateChangeEventDict",
    "ECSVersionInfoDict",
]

EVENTS = {
    "ECSTaskStateChangeEventDict": ("aws.ecs", "ECS Task State Change"),
    "ECSContainerInstanceStateChangeEventDict": ("aws.ecs", "ECS Container Instance State Change"),
    "ECSDeploymentStateChangeEventDict": ("aws.ecs", "ECS Deployment State Change"),
    "ECSServiceActionEventDict": ("aws.ecs", "ECS Service Action"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- shared shapes ----------------------------------------------------------------------------------------


class ECSKeyValuePairDict(TypedDict):
    """A name and value (an environment variable, a container instance attribute)."""

    name: str
    """The name."""
    value: NotRequired[str]
    """The value; absent for an attribute without one."""


class ECSResourceDict(TypedDict):
    """A resource of a container instance (`CPU`, `MEMORY`, `PORTS`, `PORTS_UDP`, `GPU`)."""

    name: str
    """The resource's name."""
    type: str
    """The type of its value: `INTEGER`, `LONG`, `DOUBLE` or `STRINGSET`."""
    integerValue: NotRequired[int]
    """The value, for `INTEGER` resources."""
    longValue: NotRequired[int]
    """The value, for `LONG` resources."""
    doubleValue: NotRequired[float]
    """The value, for `DOUBLE` resources."""
    stringSetValue: NotRequired[list[str]]
    """The values, for `STRINGSET` resources (the reserved ports)."""


class ECSAttachmentDict(TypedDict):
    """An elastic network interface or other attachment of a task or container instance."""

    id: str
    """The attachment's id."""
    type: str
    """The attachment's type (`eni`, `ElasticNetworkInterface`)."""
    status: str
    """The attachment's status (`PRECREATED`, `ATTACHED`, `DELETED`...)."""
    details: NotRequired[list[ECSKeyValuePairDict]]
    """The attachment's details (`subnetId`, `networkInterfaceId`, `macAddress`, `privateIPv4Address`...)."""


# --- ECS Task State Change --------------------------------------------------------------------------------


class ECSNetworkBindingDict(TypedDict):
    """A port a container is reachable on (bridge and host network modes)."""

    bindIP: NotRequired[str]
    """The IP address the port is bound to."""
    containerPort: NotRequired[int]
    """The port in the container."""
    hostPort: NotRequired[int]
    """The port on the host."""
    protocol: NotRequired[str]
    """`tcp` or `udp`."""
    containerPortRange: NotRequired[str]
    """The container's port range, when a range is mapped."""
    hostPortRange: NotRequired[str]
    """The host's port range, when a range is mapped."""


class ECSNetworkInterfaceDict(TypedDict):
    """A network interface of a container (`awsvpc` network mode)."""

    attachmentId: NotRequired[str]
    """The id of the task's attachment."""
    privateIpv4Address: NotRequired[str]
    """The private IPv4 address."""
    ipv6Address: NotRequired[str]
    """The IPv6 address, when it has one."""


class ECSManagedAgentDict(TypedDict):
    """An agent ECS runs beside a container (`ExecuteCommandAgent`)."""

    name: str
    """The agent's name."""
    lastStatus: str
    """The agent's status."""
    lastStartedAt: NotRequired[str]
    """When the agent last started, ISO 8601."""
    reason: NotRequired[str]
    """Why the agent is in its status."""


class ECSContainerDict(TypedDict):
    """A container of the task."""

    containerArn: str
    """The container's ARN."""
    lastStatus: str
    """The container's status (`PENDING`, `RUNNING`, `STOPPED`)."""
    name: str
    """The container's name in the task definition."""
    taskArn: str
    """The task's ARN."""
    image: NotRequired[str]
    """The image the container runs."""
    imageDigest: NotRequired[str]
    """The image's digest, once it is pulled."""
    runtimeId: NotRequired[str]
    """The container's id in the container runtime, once it is started."""
    exitCode: NotRequired[int]
    """The container's exit code, once it stopped."""
    reason: NotRequired[str]
    """Why the container stopped, when it is known."""
    networkBindings: NotRequired[list[ECSNetworkBindingDict]]
    """The container's port bindings."""
    networkInterfaces: NotRequired[list[ECSNetworkInterfaceDict]]
    """The container's network interfaces."""
    healthStatus: NotRequired[str]
    """`HEALTHY`, `UNHEALTHY` or `UNKNOWN`, when the container has a health check."""
    managedAgents: NotRequired[list[ECSManagedAgentDict]]
    """The agents ECS runs beside the container."""
    cpu: NotRequired[str]
    """The CPU units reserved for the container, as text."""
    memory: NotRequired[str]
    """The hard memory limit of the container in MiB, as text."""
    memoryReservation: NotRequired[str]
    """The soft memory limit of the container in MiB, as text."""
    gpuIds: NotRequired[list[str]]
    """The GPUs assigned to the container."""


class ECSContainerOverrideDict(TypedDict):
    """What the task's launch changed for one container."""

    name: str
    """The container's name."""
    command: NotRequired[list[str]]
    """The command that replaced the image's."""
    environment: NotRequired[list[ECSKeyValuePairDict]]
    """Environment variables added or replaced."""
    cpu: NotRequired[int]
    """The CPU units that replaced the task definition's."""
    memory: NotRequired[int]
    """The hard memory limit that replaced the task definition's."""
    memoryReservation: NotRequired[int]
    """The soft memory limit that replaced the task definition's."""


class ECSTaskOverridesDict(TypedDict):
    """What the task's launch changed in its task definition."""

    containerOverrides: list[ECSContainerOverrideDict]
    """One entry per container (often only its name)."""
    cpu: NotRequired[str]
    """The task's CPU units, when changed."""
    memory: NotRequired[str]
    """The task's memory in MiB, when changed."""
    executionRoleArn: NotRequired[str]
    """The execution role, when changed."""
    taskRoleArn: NotRequired[str]
    """The task role, when changed."""


class ECSEphemeralStorageDict(TypedDict):
    """The ephemeral storage of a Fargate task."""

    sizeInGiB: int
    """Its size in GiB."""


class ECSTaskStateChangeDetailDict(TypedDict):
    """The `detail` of `ECS Task State Change`: the task as `DescribeTasks` describes it. The keys present in
    every sample (2016 onwards) are required; the rest depend on the launch type and the task's progress."""

    clusterArn: str
    """The cluster's ARN."""
    containers: list[ECSContainerDict]
    """The task's containers."""
    createdAt: str
    """When the task was created, ISO 8601."""
    desiredStatus: str
    """The status ECS drives the task to (`RUNNING`, `STOPPED`)."""
    lastStatus: str
    """The task's status (`PROVISIONING`, `PENDING`, `ACTIVATING`, `RUNNING`, `DEACTIVATING`, `STOPPING`,
    `DEPROVISIONING`, `STOPPED`)."""
    overrides: ECSTaskOverridesDict
    """What the task's launch changed in its task definition."""
    taskArn: str
    """The task's ARN."""
    taskDefinitionArn: str
    """The task definition's ARN, with its revision."""
    updatedAt: str
    """When the task last changed, ISO 8601."""
    version: int
    """A counter that grows with each change of the task: order events with it, not with `time`."""
    containerInstanceArn: NotRequired[str]
    """The container instance running the task (EC2 launch type)."""
    attachments: NotRequired[list[ECSAttachmentDict]]
    """The task's network interfaces (`awsvpc` network mode)."""
    attributes: NotRequired[list[ECSKeyValuePairDict]]
    """The task's attributes (`ecs.cpu-architecture`)."""
    availabilityZone: NotRequired[str]
    """The Availability Zone the task runs in."""
    capacityProviderName: NotRequired[str]
    """The capacity provider that runs the task."""
    connectivity: NotRequired[str]
    """`CONNECTED` or `DISCONNECTED`."""
    connectivityAt: NotRequired[str]
    """When `connectivity` last changed, ISO 8601."""
    cpu: NotRequired[str]
    """The task's CPU units, as text."""
    memory: NotRequired[str]
    """The task's memory in MiB, as text."""
    enableExecuteCommand: NotRequired[bool]
    """Whether ECS Exec is enabled."""
    ephemeralStorage: NotRequired[ECSEphemeralStorageDict]
    """The Fargate task's ephemeral storage."""
    executionStoppedAt: NotRequired[str]
    """When the task's essential container exited, ISO 8601."""
    group: NotRequired[str]
    """The task's group (`service:my-service`, `family:my-task`)."""
    healthStatus: NotRequired[str]
    """`HEALTHY`, `UNHEALTHY` or `UNKNOWN`."""
    launchType: NotRequired[str]
    """`EC2`, `FARGATE`, `EXTERNAL` or `MANAGED_INSTANCES`."""
    platformVersion: NotRequired[str]
    """The Fargate platform version."""
    platformFamily: NotRequired[str]
    """The Fargate platform family (`Linux`)."""
    pullStartedAt: NotRequired[str]
    """When the first image pull started, ISO 8601."""
    pullStoppedAt: NotRequired[str]
    """When the last image pull finished, ISO 8601."""
    startedAt: NotRequired[str]
    """When the task started running, ISO 8601."""
    startedBy: NotRequired[str]
    """Who started it (`ecs-svc/...` for a service's deployment)."""
    stopCode: NotRequired[str]
    """Why the task stopped, as a code (`EssentialContainerExited`, `UserInitiated`, `TaskFailedToStart`,
    `ServiceSchedulerInitiated`, `SpotInterruption`, `TerminationNotice`)."""
    stoppedAt: NotRequired[str]
    """When the task stopped, ISO 8601."""
    stoppedReason: NotRequired[str]
    """Why the task stopped, in words."""
    stoppingAt: NotRequired[str]
    """When the task started stopping, ISO 8601."""


# --- ECS Container Instance State Change --------------------------------------------------------------------


class ECSVersionInfoDict(TypedDict):
    """The versions of the ECS agent and Docker on a container instance; `{}` when they are not reported."""

    agentVersion: NotRequired[str]
    """The ECS agent's version."""
    agentHash: NotRequired[str]
    """The ECS agent's Git commit."""
    dockerVersion: NotRequired[str]
    """The Docker version."""


class ECSContainerInstanceStateChangeDetailDict(TypedDict):
    """The `detail` of `ECS Container Instance State Change`: the container instance as
    `DescribeContainerInstances` describes it."""

    agentConnected: bool
    """Whether the ECS agent is connected."""
    clusterArn: str
    """The cluster's ARN."""
    containerInstanceArn: str
    """The container instance's ARN."""
    pendingTasksCount: int
    """The tasks in `PENDING` on the instance."""
    registeredResources: list[ECSResourceDict]
    """The resources the instance registered."""
    remainingResources: list[ECSResourceDict]
    """The resources not used by its tasks."""
    runningTasksCount: int
    """The tasks in `RUNNING` on the instance."""
    status: str
    """`REGISTERING`, `REGISTRATION_FAILED`, `ACTIVE`, `INACTIVE`, `DEREGISTERING` or `DRAINING`."""
    version: int
    """A counter that grows with each change of the instance: order events with it."""
    versionInfo: ECSVersionInfoDict
    """The versions of the agent and Docker."""
    updatedAt: str
    """When the instance last changed, ISO 8601."""
    ec2InstanceId: NotRequired[str]
    """The EC2 instance's id."""
    attributes: NotRequired[list[ECSKeyValuePairDict]]
    """The instance's attributes."""
    attachments: NotRequired[list[ECSAttachmentDict]]
    """The instance's trunk network interfaces."""
    registeredAt: NotRequired[str]
    """When the instance registered, ISO 8601."""
    agentUpdateStatus: NotRequired[str]
    """The status of an agent update in progress."""
    capacityProviderName: NotRequired[str]
    """The instance's capacity provider."""
    statusReason: NotRequired[str]
    """Why the instance is in its status."""
    accountType: NotRequired[str]
    """Not documented for this event; present in some."""


# --- ECS Deployment State Change, ECS Service Action -------------------------------------------------------

ECSEventType = Literal["INFO", "WARN", "ERROR"]
"""The severity of a deployment or service action event: the three values the ECS Developer Guide lists."""


class ECSDeploymentStateChangeDetailDict(TypedDict):
    """The `detail` of `ECS Deployment State Change`: a service deployment started, completed or failed."""

    eventType: ECSEventType
    """`INFO` for progress, `ERROR` for a failed deployment."""
    eventName: str
    """`SERVICE_DEPLOYMENT_IN_PROGRESS`, `SERVICE_DEPLOYMENT_COMPLETED` or `SERVICE_DEPLOYMENT_FAILED`."""
    deploymentId: str
    """The deployment's id (`ecs-svc/...`)."""
    updatedAt: str
    """When the deployment changed, ISO 8601."""
    reason: NotRequired[str]
    """Why (`ECS deployment circuit breaker: task failed to start.`)."""


class ECSServiceActionDetailDict(TypedDict):
    """The `detail` of `ECS Service Action`: the service reached a steady state, or the scheduler could not
    place or start its tasks."""

    eventType: ECSEventType
    """`INFO`, `WARN` or `ERROR`."""
    eventName: str
    """What happened (`SERVICE_STEADY_STATE`, `TASKSET_STEADY_STATE`, `CAPACITY_PROVIDER_STEADY_STATE`,
    `SERVICE_DESIRED_COUNT_UPDATED`, `SERVICE_TASK_START_IMPAIRED`, `SERVICE_DISCOVERY_INSTANCE_UNHEALTHY`,
    `SERVICE_TASK_PLACEMENT_FAILURE`, `SERVICE_TASK_CONFIGURATION_FAILURE`...)."""
    clusterArn: str
    """The cluster's ARN."""
    createdAt: str
    """When it happened, ISO 8601."""
    reason: NotRequired[str]
    """Why, for warnings and errors (`RESOURCE:MEMORY`, the failed tasks' reason)."""
    capacityProviderArns: NotRequired[list[str]]
    """`CAPACITY_PROVIDER_STEADY_STATE`: the capacity providers."""
    taskSetArns: NotRequired[list[str]]
    """`TASKSET_STEADY_STATE`: the task sets."""
    desiredCount: NotRequired[int]
    """`SERVICE_DESIRED_COUNT_UPDATED`: the new desired count."""
    containerInstanceArns: NotRequired[list[str]]
    """`SERVICE_TASK_PLACEMENT_FAILURE`: the instances that could not take the task."""
    containerPort: NotRequired[int]
    """`SERVICE_DISCOVERY_INSTANCE_UNHEALTHY`: the container's port."""
    serviceRegistryArn: NotRequired[str]
    """`SERVICE_DISCOVERY_INSTANCE_UNHEALTHY`: the Cloud Map service's ARN."""
    targetGroupArns: NotRequired[list[str]]
    """The load balancer target groups concerned."""
    targets: NotRequired[list[str]]
    """The targets concerned."""
    ec2InstanceIds: NotRequired[list[str]]
    """The EC2 instances concerned."""


_ECSTaskStateChangeRouting = TypedDict(
    "_ECSTaskStateChangeRouting",
    {"detail-type": Literal["ECS Task State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `ECS Task State Change`.
"""


class ECSTaskStateChangeEventDict(_ECSTaskStateChangeRouting, EventBridgeEnvelopeDict):
    """A task or one of its containers changed status; `resources` holds the task's ARN."""

    source: Literal["aws.ecs"]
    """Always `aws.ecs`."""
    detail: ECSTaskStateChangeDetailDict
    """The event's data."""


_ECSContainerInstanceStateChangeRouting = TypedDict(
    "_ECSContainerInstanceStateChangeRouting",
    {"detail-type": Literal["ECS Container Instance State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `ECS Container Instance State Change`.
"""


class ECSContainerInstanceStateChangeEventDict(_ECSContainerInstanceStateChangeRouting, EventBridgeEnvelopeDict):
    """A container instance's status, resources or agent connection changed."""

    source: Literal["aws.ecs"]
    """Always `aws.ecs`."""
    detail: ECSContainerInstanceStateChangeDetailDict
    """The event's data."""


_ECSDeploymentStateChangeRouting = TypedDict(
    "_ECSDeploymentStateChangeRouting",
    {"detail-type": Literal["ECS Deployment State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `ECS Deployment State Change`.
"""


class ECSDeploymentStateChangeEventDict(_ECSDeploymentStateChangeRouting, EventBridgeEnvelopeDict):
    """A service deployment started, completed or failed; `resources` holds the service's ARN."""

    source: Literal["aws.ecs"]
    """Always `aws.ecs`."""
    detail: ECSDeploymentStateChangeDetailDict
    """The event's data."""


_ECSServiceActionRouting = TypedDict(
    "_ECSServiceActionRouting",
    {"detail-type": Literal["ECS Service Action"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `ECS Service Action`.
"""


class ECSServiceActionEventDict(_ECSServiceActionRouting, EventBridgeEnvelopeDict):
    """The service scheduler reports on a service; `resources` holds the service's ARN."""

    source: Literal["aws.ecs"]
    """Always `aws.ecs`."""
    detail: ECSServiceActionDetailDict
    """The event's data."""
