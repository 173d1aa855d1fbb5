"""Amazon GuardDuty events (`source` `aws.guardduty`): a finding was generated or updated.

Authority: the GuardDuty User Guide, "Processing GuardDuty findings with Amazon EventBridge" (the event
carries the finding in `detail`, in the format of the API's `Finding`, and is sent for new findings and for
updates of an existing finding at the detector's publishing frequency) and the API reference's `Finding`,
`Resource`, `Service` and `Action`. The parts common to most findings are typed; the details of the less
common resource and action kinds (EKS, ECS, S3, RDS, Lambda, runtime monitoring, malware scans) are typed as
the JSON objects the API reference describes, under their documented names.
"""

from typing import Any, Literal, Union

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "GuardDutyAccessKeyDetailsDict",
    "GuardDutyActionDict",
    "GuardDutyCityDict",
    "GuardDutyCountryDict",
    "GuardDutyFindingDetailDict",
    "GuardDutyFindingEventDict",
    "GuardDutyGeoLocationDict",
    "GuardDutyIamInstanceProfileDict",
    "GuardDutyInstanceDetailsDict",
    "GuardDutyNetworkConnectionActionDict",
    "GuardDutyNetworkInterfaceDict",
    "GuardDutyOrganizationDict",
    "GuardDutyPortDetailsDict",
    "GuardDutyPrivateIpAddressDict",
    "GuardDutyProductCodeDict",
    "GuardDutyRemoteIpDetailsDict",
    "GuardDutyResourceDict",
    "GuardDutySecurityGroupDict",
    "GuardDutyServiceDict",
    "GuardDutyTagDict",
]

EVENTS = {
    "GuardDutyFindingEventDict": ("aws.guardduty", "GuardDuty Finding"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- GuardDuty Finding ---------------------------------------------------------------------------------------------

class GuardDutyTagDict(TypedDict):
    """A tag of the affected resource."""

    key: str
    """The tag's key."""
    value: str
    """The tag's value."""


class GuardDutyProductCodeDict(TypedDict):
    """A product code of the instance's AMI."""

    productCodeId: NotRequired[str]
    """The product code's id."""
    productCodeType: NotRequired[str]
    """The product code's type (`marketplace`)."""


class GuardDutyIamInstanceProfileDict(TypedDict):
    """The instance profile attached to the instance."""

    arn: str
    """The profile's ARN."""
    id: str
    """The profile's id."""


class GuardDutyPrivateIpAddressDict(TypedDict):
    """A private address of a network interface."""

    privateDnsName: str
    """The private DNS name."""
    privateIpAddress: str
    """The private IPv4 address."""


class GuardDutySecurityGroupDict(TypedDict):
    """A security group of a network interface."""

    groupId: str
    """The group's id (`sg-0123456789abcdef0`)."""
    groupName: str
    """The group's name."""


class GuardDutyNetworkInterfaceDict(TypedDict):
    """A network interface of the instance."""

    networkInterfaceId: NotRequired[str]
    """The interface's id (`eni-...`); absent in the console's sample."""
    ipv6Addresses: list[str]
    """The interface's IPv6 addresses; may be empty."""
    privateDnsName: str
    """The interface's private DNS name."""
    privateIpAddress: str
    """The interface's primary private IPv4 address."""
    privateIpAddresses: list[GuardDutyPrivateIpAddressDict]
    """All the interface's private addresses."""
    publicDnsName: NotRequired[str]
    """The interface's public DNS name; only when it has a public address."""
    publicIp: NotRequired[str]
    """The interface's public IPv4 address; only when it has one."""
    securityGroups: list[GuardDutySecurityGroupDict]
    """The interface's security groups."""
    subnetId: str
    """The subnet's id."""
    vpcId: str
    """The VPC's id."""


class GuardDutyInstanceDetailsDict(TypedDict):
    """The EC2 instance a finding is about."""

    instanceId: str
    """The instance's id."""
    instanceType: str
    """The instance type (`t3.micro`)."""
    instanceState: str
    """The instance's state when the finding was generated (`running`)."""
    availabilityZone: str
    """The instance's Availability Zone."""
    imageId: str
    """The AMI's id."""
    imageDescription: NotRequired[str]
    """The AMI's description, when it has one."""
    launchTime: Union[str, int]
    """When the instance was launched: ISO 8601 in the API, milliseconds since the epoch in the console's
    sample."""
    platform: NotRequired[str]
    """The platform (`windows`); absent for Linux instances."""
    productCodes: list[GuardDutyProductCodeDict]
    """The AMI's product codes; may be empty."""
    iamInstanceProfile: NotRequired[GuardDutyIamInstanceProfileDict]
    """The instance profile; absent when the instance has none."""
    networkInterfaces: NotRequired[list[GuardDutyNetworkInterfaceDict]]
    """The instance's network interfaces."""
    outpostArn: NotRequired[str]
    """The ARN of the Outpost the instance runs on, if any."""
    tags: list[GuardDutyTagDict]
    """The instance's tags; may be empty."""


class GuardDutyAccessKeyDetailsDict(TypedDict):
    """The IAM credentials a finding is about."""

    accessKeyId: str
    """The access key's id (`GeneratedFindingAccessKeyId` in sample findings)."""
    principalId: str
    """The id of the principal the key belongs to."""
    userName: str
    """The user (or role session) name."""
    userType: str
    """The kind of principal (`IAMUser`, `AssumedRole`, `Root`, `FederatedUser`)."""


class GuardDutyResourceDict(TypedDict):
    """The resource the finding is about; which details are present depends on `resourceType`."""

    resourceType: str
    """The kind of resource (`Instance`, `AccessKey`, `S3Bucket`, `EKSCluster`, `ECSCluster`, `Container`,
    `RDSDBInstance`, `Lambda`)."""
    instanceDetails: NotRequired[GuardDutyInstanceDetailsDict]
    """The EC2 instance (`Instance` findings, and others that involve an instance)."""
    accessKeyDetails: NotRequired[GuardDutyAccessKeyDetailsDict]
    """The IAM credentials (`AccessKey` and `S3Bucket` findings)."""
    s3BucketDetails: NotRequired[list[dict[str, Any]]]
    """`S3Bucket` findings: the buckets, as the API's `S3BucketDetail`."""
    eksClusterDetails: NotRequired[dict[str, Any]]
    """EKS findings: the cluster, as the API's `EksClusterDetails`."""
    kubernetesDetails: NotRequired[dict[str, Any]]
    """EKS findings: the Kubernetes user and workload, as the API's `KubernetesDetails`."""
    ecsClusterDetails: NotRequired[dict[str, Any]]
    """ECS findings: the cluster and task, as the API's `EcsClusterDetails`."""
    containerDetails: NotRequired[dict[str, Any]]
    """Container findings: the container, as the API's `Container`."""
    ebsVolumeDetails: NotRequired[dict[str, Any]]
    """Malware findings: the scanned EBS volumes, as the API's `EbsVolumeDetails`."""
    rdsDbInstanceDetails: NotRequired[dict[str, Any]]
    """RDS findings: the database, as the API's `RdsDbInstanceDetails`."""
    rdsLimitlessDbDetails: NotRequired[dict[str, Any]]
    """RDS findings on a Limitless database, as the API's `RdsLimitlessDbDetails`."""
    rdsDbUserDetails: NotRequired[dict[str, Any]]
    """RDS findings: the database user, as the API's `RdsDbUserDetails`."""
    lambdaDetails: NotRequired[dict[str, Any]]
    """Lambda findings: the function, as the API's `LambdaDetails`."""


class GuardDutyPortDetailsDict(TypedDict):
    """A port of a connection."""

    port: int
    """The port number."""
    portName: str
    """The port's well-known name (`SSH`), or `Unknown`."""


class GuardDutyOrganizationDict(TypedDict):
    """Who owns the remote address."""

    asn: Union[str, int]
    """The autonomous system number: a string in the API, a number (`-1`) in the console's sample."""
    asnOrg: NotRequired[str]
    """The autonomous system's organisation."""
    isp: str
    """The internet service provider."""
    org: str
    """The organisation the address is registered to."""


class GuardDutyCityDict(TypedDict):
    """The city of the remote address."""

    cityName: str
    """The city's name."""


class GuardDutyCountryDict(TypedDict):
    """The country of the remote address."""

    countryCode: NotRequired[str]
    """The country's code; absent in the console's sample."""
    countryName: str
    """The country's name."""


class GuardDutyGeoLocationDict(TypedDict):
    """The location of the remote address."""

    lat: float
    """Latitude."""
    lon: float
    """Longitude."""


class GuardDutyRemoteIpDetailsDict(TypedDict):
    """The remote address of a connection or API call, with what GuardDuty knows about it."""

    ipAddressV4: NotRequired[str]
    """The IPv4 address."""
    ipAddressV6: NotRequired[str]
    """The IPv6 address."""
    organization: NotRequired[GuardDutyOrganizationDict]
    """Who owns the address."""
    country: NotRequired[GuardDutyCountryDict]
    """The address's country."""
    city: NotRequired[GuardDutyCityDict]
    """The address's city."""
    geoLocation: NotRequired[GuardDutyGeoLocationDict]
    """The address's location."""


class GuardDutyNetworkConnectionActionDict(TypedDict):
    """A network connection seen by GuardDuty (`actionType` `NETWORK_CONNECTION`)."""

    blocked: bool
    """Whether the connection was blocked."""
    connectionDirection: str
    """`INBOUND`, `OUTBOUND` or `UNKNOWN`."""
    localPortDetails: GuardDutyPortDetailsDict
    """The port on the resource."""
    localIpDetails: NotRequired[dict[str, str]]
    """The address on the resource (`ipAddressV4`, `ipAddressV6`)."""
    protocol: str
    """The protocol (`TCP`, `UDP`)."""
    remoteIpDetails: GuardDutyRemoteIpDetailsDict
    """The remote address."""
    remotePortDetails: GuardDutyPortDetailsDict
    """The remote port."""


class GuardDutyActionDict(TypedDict):
    """What the finding's activity was; the key matching `actionType` holds its details."""

    actionType: str
    """The kind of activity: `NETWORK_CONNECTION`, `PORT_PROBE`, `DNS_REQUEST`, `AWS_API_CALL`,
    `KUBERNETES_API_CALL`, `RDS_LOGIN_ATTEMPT`, `KUBERNETES_PERMISSION_CHECKED`, `KUBERNETES_ROLE_BINDING`,
    `KUBERNETES_ROLE`."""
    networkConnectionAction: NotRequired[GuardDutyNetworkConnectionActionDict]
    """`NETWORK_CONNECTION`: the connection."""
    portProbeAction: NotRequired[dict[str, Any]]
    """`PORT_PROBE`: the probes, as the API's `PortProbeAction`."""
    dnsRequestAction: NotRequired[dict[str, Any]]
    """`DNS_REQUEST`: the query, as the API's `DnsRequestAction`."""
    awsApiCallAction: NotRequired[dict[str, Any]]
    """`AWS_API_CALL`: the call, as the API's `AwsApiCallAction`."""
    kubernetesApiCallAction: NotRequired[dict[str, Any]]
    """`KUBERNETES_API_CALL`: the call, as the API's `KubernetesApiCallAction`."""
    rdsLoginAttemptAction: NotRequired[dict[str, Any]]
    """`RDS_LOGIN_ATTEMPT`: the attempts, as the API's `RdsLoginAttemptAction`."""
    kubernetesPermissionCheckedDetails: NotRequired[dict[str, Any]]
    """`KUBERNETES_PERMISSION_CHECKED`: the check, as the API's `KubernetesPermissionCheckedDetails`."""
    kubernetesRoleBindingDetails: NotRequired[dict[str, Any]]
    """`KUBERNETES_ROLE_BINDING`: the binding, as the API's `KubernetesRoleBindingDetails`."""
    kubernetesRoleDetails: NotRequired[dict[str, Any]]
    """`KUBERNETES_ROLE`: the role, as the API's `KubernetesRoleDetails`."""


class GuardDutyServiceDict(TypedDict):
    """What GuardDuty observed, and when."""

    serviceName: str
    """Always `guardduty`."""
    detectorId: str
    """The id of the detector that generated the finding."""
    action: NotRequired[GuardDutyActionDict]
    """The activity that prompted the finding; absent for findings of other kinds (malware scans, attack
    sequences)."""
    resourceRole: str
    """Whether the resource was the `TARGET` or the `ACTOR` of the activity."""
    additionalInfo: NotRequired[dict[str, Any]]
    """Further facts, which depend on the finding type (`threatListName`, `unusual`, `sample` for sample
    findings)."""
    eventFirstSeen: str
    """When the activity was first seen, ISO 8601."""
    eventLastSeen: str
    """When the activity was last seen, ISO 8601."""
    archived: bool
    """Whether the finding is archived."""
    count: int
    """How many times the activity was seen (the finding's occurrences)."""
    featureName: NotRequired[str]
    """The GuardDuty protection plan that produced the finding (`CloudTrail`, `DnsLogs`, `FlowLogs`,
    `S3DataEvents`, `EksAuditLogs`, `RuntimeMonitoring`, ...)."""
    evidence: NotRequired[dict[str, Any]]
    """The threat intelligence behind the finding, as the API's `Evidence`."""
    userFeedback: NotRequired[str]
    """Feedback given on the finding (`USEFUL`, `NOT_USEFUL`)."""
    ebsVolumeScanDetails: NotRequired[dict[str, Any]]
    """Malware findings: the EBS volume scan, as the API's `EbsVolumeScanDetails`."""
    runtimeDetails: NotRequired[dict[str, Any]]
    """Runtime monitoring findings: the process and context, as the API's `RuntimeDetails`."""
    detection: NotRequired[dict[str, Any]]
    """Anomaly or attack sequence findings: what was detected, as the API's `Detection`."""
    malwareScanDetails: NotRequired[dict[str, Any]]
    """Malware findings: the threats found, as the API's `MalwareScanDetails`."""


class GuardDutyFindingDetailDict(TypedDict):
    """The `detail` of `GuardDuty Finding`: the finding."""

    schemaVersion: str
    """The version of the finding format (`2.0`)."""
    accountId: str
    """The id of the account the finding is about."""
    region: str
    """The Region the finding was generated in."""
    partition: str
    """The AWS partition (`aws`)."""
    id: str
    """The finding's id."""
    arn: str
    """The finding's ARN."""
    type: str
    """The finding type, `ThreatPurpose:ResourceTypeAffected/ThreatFamilyName.DetectionMechanism!Artifact`
    (`Recon:EC2/PortProbeUnprotectedPort`)."""
    resource: GuardDutyResourceDict
    """The resource the finding is about."""
    service: GuardDutyServiceDict
    """What GuardDuty observed."""
    severity: float
    """The severity, from 1.0 to 8.9 (low below 4, medium below 7, high below 9; 9.0 to 10.0 critical)."""
    confidence: NotRequired[float]
    """GuardDuty's confidence in the finding; absent in the console's sample."""
    createdAt: str
    """When the finding was created, ISO 8601."""
    updatedAt: str
    """When the finding was last updated, ISO 8601."""
    title: str
    """The finding's title."""
    description: str
    """The finding's description."""


_GuardDutyFindingRouting = TypedDict(
    "_GuardDutyFindingRouting",
    {"detail-type": Literal["GuardDuty Finding"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `GuardDuty Finding`.
"""


class GuardDutyFindingEventDict(_GuardDutyFindingRouting, EventBridgeEnvelopeDict):
    """GuardDuty sends it when it generates a finding, and again when a finding's occurrences are updated;
    `resources` is empty."""

    source: Literal["aws.guardduty"]
    """Always `aws.guardduty`."""
    detail: GuardDutyFindingDetailDict
    """The finding."""
