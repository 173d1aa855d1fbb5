"""AWS CloudTrail records delivered by EventBridge: `AWS API Call via CloudTrail` (an API call to any
service, with that service's `source`) and `AWS Console Sign In via CloudTrail` (`aws.signin`).

The `detail` is the CloudTrail record, generic over its `requestParameters` and `responseElements`:
`AWSAPICallViaCloudTrailEventDict[MyRequestDict, MyResponseDict]` types one API's call; bare, both are
`Optional[dict[str, Any]]`. `userIdentity` is a union that narrows on its `type`.

Authority: the CloudTrail User Guide ("CloudTrail record contents", "CloudTrail userIdentity element",
"AWS console sign-in events") and the EventBridge User Guide ("Events from AWS services delivered via
CloudTrail"). A key the record-contents page marks `Optional: True`, or that a version of the record still
sent leaves out (the console's samples span versions 1.02 to 1.08), is `NotRequired`.
"""

from typing import TYPE_CHECKING, Any, Generic, Literal, Optional, Union

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

if TYPE_CHECKING:
    # Defaults (PEP 696) let a bare `AWSAPICallViaCloudTrailEventDict` mean "parameters of unknown shape"
    # under strict checkers; the runtime keeps the cheaper `typing.TypeVar`.
    from typing_extensions import TypeVar

    RequestT = TypeVar("RequestT", default=Optional[dict[str, Any]])
    ResponseT = TypeVar("ResponseT", default=Optional[dict[str, Any]])
else:
    from typing import TypeVar

    RequestT = TypeVar("RequestT")
    ResponseT = TypeVar("ResponseT")

__all__ = [
    "AWSAPICallViaCloudTrailDetailDict",
    "AWSAPICallViaCloudTrailEventDict",
    "AWSConsoleSignInViaCloudTrailDetailDict",
    "AWSConsoleSignInViaCloudTrailEventDict",
    "CloudTrailAddendumDict",
    "CloudTrailAssumedRoleIdentityDict",
    "CloudTrailAWSServiceIdentityDict",
    "CloudTrailFederatedUserIdentityDict",
    "CloudTrailIAMUserIdentityDict",
    "CloudTrailInScopeOfDict",
    "CloudTrailOnBehalfOfDict",
    "CloudTrailOtherIdentityDict",
    "CloudTrailResourceDict",
    "CloudTrailRootIdentityDict",
    "CloudTrailSessionAttributesDict",
    "CloudTrailSessionContextDict",
    "CloudTrailSessionIssuerDict",
    "CloudTrailTLSDetailsDict",
    "CloudTrailUserIdentityDict",
    "CloudTrailWebIdFederationDataDict",
]

EVENTS = {
    "AWSAPICallViaCloudTrailEventDict": (None, "AWS API Call via CloudTrail"),
    "AWSConsoleSignInViaCloudTrailEventDict": (None, "AWS Console Sign In via CloudTrail"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads. Both detail-types come from any `source`."""

# --- userIdentity -------------------------------------------------------------------------------------------


class CloudTrailSessionIssuerDict(TypedDict):
    """Who issued temporary credentials: the role, user or account they were obtained from."""

    type: str
    """`Root`, `IAMUser` or `Role`."""
    principalId: str
    """The internal id of the issuer."""
    arn: str
    """The ARN of the issuer (the role's ARN for `Role`)."""
    accountId: str
    """The account that owns the issuer."""
    userName: NotRequired[str]
    """The friendly name of the issuer (the role's name); absent for an account's root user."""


class CloudTrailWebIdFederationDataDict(TypedDict):
    """Web identity federation: the provider and its token's attributes; `{}` when the session was not
    obtained through one."""

    federatedProvider: NotRequired[str]
    """The identity provider (`accounts.google.com`, a Cognito identity pool's provider, an OIDC issuer)."""
    attributes: NotRequired[dict[str, str]]
    """Claims of the provider's token (`appid`, `sub`...)."""


class CloudTrailSessionAttributesDict(TypedDict):
    """When the temporary credentials were issued, and whether with MFA."""

    creationDate: str
    """When the credentials were issued, ISO 8601 in UTC."""
    mfaAuthenticated: str
    """`true` when the credentials were obtained after multi-factor authentication, `false` otherwise (text)."""


class CloudTrailSessionContextDict(TypedDict):
    """How a request made with temporary credentials got them."""

    sessionIssuer: NotRequired[CloudTrailSessionIssuerDict]
    """Who issued the credentials; absent for a root or IAM user's own console session."""
    webIdFederationData: NotRequired[CloudTrailWebIdFederationDataDict]
    """The web identity federation data; `{}` when none was used; absent in older records."""
    attributes: NotRequired[CloudTrailSessionAttributesDict]
    """When and how the credentials were issued."""
    sourceIdentity: NotRequired[str]
    """The source identity set when the role was assumed (`sts:SourceIdentity`)."""
    ec2RoleDelivery: NotRequired[str]
    """For credentials of an EC2 instance's role: the instance metadata service version that delivered them
    (`1.0` or `2.0`)."""
    assumedRoot: NotRequired[str]
    """`true` when the session is a privileged root session taken by a management account (text)."""


class CloudTrailOnBehalfOfDict(TypedDict):
    """The IAM Identity Center user a request was made for."""

    userId: str
    """The user's id in the identity store."""
    identityStoreArn: str
    """The ARN of the identity store."""


class CloudTrailInScopeOfDict(TypedDict):
    """For credentials an AWS service obtained for a resource: the scope they were issued in."""

    issuerType: str
    """The type of resource that obtained the credentials (`AWS::Lambda::Function`)."""
    credentialsIssuedTo: NotRequired[str]
    """The ARN of the resource the credentials were issued to."""
    sourceArn: NotRequired[str]
    """The ARN of the resource whose request led to the credentials."""
    sourceAccount: NotRequired[str]
    """The account that owns `sourceArn`."""


class _CloudTrailIdentityDetailsDict(TypedDict):
    """The keys any kind of identity may carry, each when it applies."""

    accessKeyId: NotRequired[str]
    """The access key the request was signed with (`ASIA...` for temporary credentials); absent or empty
    for requests made by AWS on the identity's behalf."""
    sessionContext: NotRequired[CloudTrailSessionContextDict]
    """Present when the request was made with temporary credentials."""
    credentialId: NotRequired[str]
    """The id of the bearer token credential of the request (IAM Identity Center, console sessions)."""
    onBehalfOf: NotRequired[CloudTrailOnBehalfOfDict]
    """The IAM Identity Center user the request was made for."""
    inScopeOf: NotRequired[CloudTrailInScopeOfDict]
    """The scope of credentials an AWS service obtained for a resource."""
    identityProvider: NotRequired[str]
    """`SAMLUser` and `WebIdentityUser`: the identity provider's name or ARN."""


class _CloudTrailPrincipalDict(_CloudTrailIdentityDetailsDict):
    """The keys of an identity that is a principal of the account: always present for these types."""

    principalId: str
    """The unique id of the principal; for an assumed role, the role's id and the session name joined by a
    colon."""
    arn: str
    """The ARN of the principal (`arn:aws:sts::123456789012:assumed-role/Admin/session` for an assumed
    role)."""
    accountId: str
    """The account that owns the principal (for an assumed role, the role's account)."""
    invokedBy: NotRequired[str]
    """The AWS service that made the request on the principal's behalf (`ec2.amazonaws.com`), or `AWS
    Internal`."""


class CloudTrailRootIdentityDict(_CloudTrailPrincipalDict):
    """The account's root user made the request."""

    type: Literal["Root"]
    """Always `Root`."""
    userName: NotRequired[str]
    """The account's alias, when it has one."""


class CloudTrailIAMUserIdentityDict(_CloudTrailPrincipalDict):
    """An IAM user made the request with its own credentials."""

    type: Literal["IAMUser"]
    """Always `IAMUser`."""
    userName: str
    """The user's name."""


class CloudTrailAssumedRoleIdentityDict(_CloudTrailPrincipalDict):
    """The request was made with temporary credentials of an assumed role (`sts:AssumeRole`, a function's
    execution role, an instance profile, IAM Identity Center)."""

    type: Literal["AssumedRole"]
    """Always `AssumedRole`."""
    userName: NotRequired[str]
    """Not documented for this type; present in some records."""


class CloudTrailFederatedUserIdentityDict(_CloudTrailPrincipalDict):
    """The request was made with temporary credentials of `sts:GetFederationToken`."""

    type: Literal["FederatedUser"]
    """Always `FederatedUser`."""
    userName: NotRequired[str]
    """Not documented for this type; present in some records."""


class CloudTrailAWSServiceIdentityDict(_CloudTrailIdentityDetailsDict):
    """An AWS service made the request with its own service-linked credentials."""

    type: Literal["AWSService"]
    """Always `AWSService`."""
    invokedBy: str
    """The service's principal (`cloudtrail.amazonaws.com`)."""
    principalId: NotRequired[str]
    """The principal's id, when the service reports one."""
    arn: NotRequired[str]
    """The principal's ARN, when the service reports one."""
    accountId: NotRequired[str]
    """The account the service acted in, when the service reports it."""
    userName: NotRequired[str]
    """Not documented for this type; present in some records."""


class CloudTrailOtherIdentityDict(_CloudTrailIdentityDetailsDict):
    """The identity types whose keys depend on the request: `Role`, `Directory`, `AWSAccount` (another
    account, through a resource policy), `IdentityCenterUser`, `SAMLUser`, `WebIdentityUser` and `Unknown`
    (an identity CloudTrail cannot determine)."""

    type: Literal["Role", "Directory", "AWSAccount", "IdentityCenterUser", "SAMLUser", "WebIdentityUser", "Unknown"]
    """The identity's type (the other values the `userIdentity` page documents)."""
    principalId: NotRequired[str]
    """The principal's id, when known."""
    arn: NotRequired[str]
    """The principal's ARN, when known."""
    accountId: NotRequired[str]
    """The principal's account, when known (`AWSAccount`: the other account)."""
    userName: NotRequired[str]
    """The user's name (`SAMLUser`, `WebIdentityUser`, `Unknown` when known)."""
    invokedBy: NotRequired[str]
    """The AWS service that made the request on the principal's behalf."""


CloudTrailUserIdentityDict = Union[
    CloudTrailRootIdentityDict,
    CloudTrailIAMUserIdentityDict,
    CloudTrailAssumedRoleIdentityDict,
    CloudTrailFederatedUserIdentityDict,
    CloudTrailAWSServiceIdentityDict,
    CloudTrailOtherIdentityDict,
]
"""Who made the request: one shape per `type`, so `if identity["type"] == "IAMUser":` narrows it."""

# --- the record ---------------------------------------------------------------------------------------------


class CloudTrailTLSDetailsDict(TypedDict):
    """The TLS connection of the request (record version 1.08 and later, for the services that report it)."""

    tlsVersion: str
    """The TLS version (`TLSv1.2`, `TLSv1.3`)."""
    cipherSuite: str
    """The negotiated cipher suite (`ECDHE-RSA-AES128-GCM-SHA256`)."""
    clientProvidedHostHeader: NotRequired[str]
    """The host name the client called (`ec2.us-east-1.amazonaws.com`), when it sent one."""


class CloudTrailResourceDict(TypedDict):
    """A resource the request accessed."""

    type: str
    """The resource type (`AWS::S3::Object`, `AWS::DynamoDB::Table`)."""
    ARN: NotRequired[str]
    """The resource's ARN; absent when only `ARNPrefix` is known."""
    ARNPrefix: NotRequired[str]
    """The ARN prefix of the resources a listing accessed (`arn:aws:s3:::bucket/prefix`)."""
    accountId: NotRequired[str]
    """The account that owns the resource, when it is known."""


class CloudTrailAddendumDict(TypedDict):
    """Present when CloudTrail delivered the record late or corrected it."""

    reason: str
    """Why: `DELIVERY_DELAY`, `UPDATED_DATA` or `SERVICE_OUTAGE`."""
    updatedFields: NotRequired[str]
    """`UPDATED_DATA`: the fields that changed, comma-separated."""
    originalRequestID: NotRequired[str]
    """`UPDATED_DATA`: the `requestID` of the record this one corrects."""
    originalEventID: NotRequired[str]
    """`UPDATED_DATA`: the `eventID` of the record this one corrects."""


class AWSAPICallViaCloudTrailDetailDict(TypedDict, Generic[RequestT, ResponseT]):
    """The `detail` of `AWS API Call via CloudTrail`: the CloudTrail record of one API call, generic over its
    `requestParameters` and `responseElements`."""

    eventVersion: str
    """The record format version (`1.08`, `1.11`); a higher minor version only adds keys."""
    userIdentity: CloudTrailUserIdentityDict
    """Who made the request; narrows on its `type`."""
    eventTime: str
    """When the request completed, ISO 8601 in UTC."""
    eventSource: str
    """The service's endpoint name (`s3.amazonaws.com`, `ec2.amazonaws.com`)."""
    eventName: str
    """The API action (`PutObject`, `RunInstances`)."""
    awsRegion: str
    """The Region the request was made to."""
    sourceIPAddress: str
    """The caller's IP address; an AWS service's name (`lambda.amazonaws.com`) or `AWS Internal` for calls
    AWS made."""
    userAgent: NotRequired[str]
    """The caller's user agent (`aws-cli/2.15.0 ...`, `console.amazonaws.com`); `Optional: True` in the
    record-contents page."""
    errorCode: NotRequired[str]
    """The error the service returned (`AccessDenied`); absent when the call succeeded."""
    errorMessage: NotRequired[str]
    """The error's message; absent when the call succeeded or the service gave none."""
    requestParameters: RequestT
    """The request's parameters as the service records them; `null` for actions without parameters."""
    responseElements: ResponseT
    """The response of actions that change something; `null` for reads and failed calls."""
    additionalEventData: NotRequired[dict[str, Any]]
    """Data the service adds that is not in the request or response (`x-amz-id-2`, `SignatureVersion`)."""
    requestID: NotRequired[str]
    """The service's id of the request; absent from console sign-in records."""
    eventID: str
    """The id CloudTrail gives the record (a UUID)."""
    readOnly: NotRequired[bool]
    """Whether the action only reads; absent in older records and for console sign-ins."""
    resources: NotRequired[list[CloudTrailResourceDict]]
    """The resources the request accessed, for the services that report them."""
    eventType: str
    """The kind of record: `AwsApiCall` here (other kinds: `AwsServiceEvent`, `AwsConsoleAction`,
    `AwsConsoleSignIn`, `AwsVpceEvent`)."""
    apiVersion: NotRequired[str]
    """The API version of the action, for the services that report it."""
    managementEvent: NotRequired[bool]
    """Whether the record is a management event (record version 1.06 and later)."""
    recipientAccountId: NotRequired[str]
    """The account that received the record (it may differ from the caller's)."""
    serviceEventDetails: NotRequired[dict[str, Any]]
    """Service events: what the service reports, in a shape of its own."""
    sharedEventID: NotRequired[str]
    """A UUID shared by the records delivered to several accounts for one cross-account action."""
    vpcEndpointId: NotRequired[str]
    """The VPC endpoint the request came through."""
    vpcEndpointAccountId: NotRequired[str]
    """The account that owns the VPC endpoint the request came through."""
    eventCategory: NotRequired[str]
    """`Management`, `Data` or `NetworkActivity` (record version 1.07 and later)."""
    addendum: NotRequired[CloudTrailAddendumDict]
    """Why the record was delivered late or corrected."""
    sessionCredentialFromConsole: NotRequired[str]
    """`true` when the request's credentials came from a console session (text)."""
    edgeDeviceDetails: NotRequired[dict[str, Any]]
    """The edge device (an Outposts rack, a Snow device) the request was made on."""
    tlsDetails: NotRequired[CloudTrailTLSDetailsDict]
    """The request's TLS connection, for the services that report it."""


_AWSAPICallViaCloudTrailRouting = TypedDict(
    "_AWSAPICallViaCloudTrailRouting",
    {"detail-type": Literal["AWS API Call via CloudTrail"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `AWS API Call via CloudTrail`.
"""


class AWSAPICallViaCloudTrailEventDict(_AWSAPICallViaCloudTrailRouting, EventBridgeEnvelopeDict, Generic[RequestT, ResponseT]):
    """CloudTrail sends it to EventBridge for an API call that a trail, or the account's event history,
    records (read-only `Get`/`List`/`Describe` calls are not sent). Parameterise it with the request's and the
    response's shapes: `AWSAPICallViaCloudTrailEventDict[MyRequestDict, MyResponseDict]`."""

    source: str
    """The called service's source (`aws.s3`, `aws.ec2`)."""
    detail: AWSAPICallViaCloudTrailDetailDict[RequestT, ResponseT]
    """The CloudTrail record of the call."""


# --- AWS Console Sign In via CloudTrail ---------------------------------------------------------------------

AWSConsoleSignInViaCloudTrailDetailDict = AWSAPICallViaCloudTrailDetailDict[None, dict[str, str]]
"""The `detail` of `AWS Console Sign In via CloudTrail`: the CloudTrail record of a sign-in (`eventName`
`ConsoleLogin`, `CheckMfa`, `SwitchRole`, ...; `eventType` `AwsConsoleSignIn`). `requestParameters` is
always `null`; `responseElements` maps the event's name to `Success` or `Failure`
(`{"ConsoleLogin": "Success"}`); `additionalEventData` holds `LoginTo`, `MobileVersion` and `MFAUsed`."""

_AWSConsoleSignInViaCloudTrailRouting = TypedDict(
    "_AWSConsoleSignInViaCloudTrailRouting",
    {"detail-type": Literal["AWS Console Sign In via CloudTrail"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `AWS Console Sign In via CloudTrail`.
"""


class AWSConsoleSignInViaCloudTrailEventDict(_AWSConsoleSignInViaCloudTrailRouting, EventBridgeEnvelopeDict):
    """A sign-in to the AWS Management Console (successful or not), as CloudTrail records it."""

    source: str
    """`aws.signin`."""
    detail: AWSConsoleSignInViaCloudTrailDetailDict
    """The CloudTrail record of the sign-in."""
