"""Amazon Connect: the event a flow's "Invoke AWS Lambda function" block sends with the contact's data."""

from typing import Any, Literal, Optional

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "ConnectAudioStreamDict",
    "ConnectChannel",
    "ConnectContactDataDict",
    "ConnectContactFlowDetailsDict",
    "ConnectContactFlowEventDict",
    "ConnectCustomerMediaStreamsDict",
    "ConnectEndpointDict",
    "ConnectInitiationMethod",
    "ConnectMediaStreamsDict",
    "ConnectQueueDict",
    "ConnectReferenceDict",
]

ConnectChannel = Literal["VOICE", "CHAT", "TASK", "EMAIL"]
"""How the contact reached the contact center."""

ConnectInitiationMethod = Literal[
    "INBOUND",
    "OUTBOUND",
    "TRANSFER",
    "QUEUE_TRANSFER",
    "CALLBACK",
    "API",
    "DISCONNECT",
    "MONITOR",
    "EXTERNAL_OUTBOUND",
    "WEBRTC_API",
    "AGENT_REPLY",
    "FLOW",
    "CAMPAIGN_PREVIEW",
]
"""How the contact was started."""


class ConnectEndpointDict(TypedDict):
    """An address of the contact: a phone number, an email address, or a flow."""

    Address: str
    """The address (`+11234567890` in E.164 format for phone numbers)."""
    Type: Literal["TELEPHONE_NUMBER", "VOIP", "CONTACT_FLOW", "CONNECT_PHONENUMBER_ARN", "EMAIL_ADDRESS"]
    """What kind of address it is."""


class ConnectQueueDict(TypedDict):
    """The queue the contact is in."""

    ARN: str
    """The queue's ARN."""
    Name: str
    """The queue's name."""
    OutboundCallerId: NotRequired[ConnectEndpointDict]
    """The caller id the queue shows on outbound calls, when it has one."""


class ConnectAudioStreamDict(TypedDict):
    """Where the customer's audio is streamed; every value is `null` when live media streaming is off."""

    StartFragmentNumber: Optional[str]
    """The Kinesis Video Streams fragment where the contact's audio starts."""
    StartTimestamp: Optional[str]
    """When the audio stream started, in milliseconds since the Unix epoch, as text."""
    StopTimestamp: NotRequired[Optional[str]]
    """When the audio stream stopped, in milliseconds since the Unix epoch, as text; once it has stopped."""
    StreamARN: Optional[str]
    """The ARN of the Kinesis video stream."""


class ConnectCustomerMediaStreamsDict(TypedDict):
    """The customer's media streams."""

    Audio: ConnectAudioStreamDict
    """The customer's audio stream."""


class ConnectMediaStreamsDict(TypedDict):
    """The contact's live media streams."""

    Customer: ConnectCustomerMediaStreamsDict
    """The customer's media streams."""


class ConnectReferenceDict(TypedDict):
    """A reference attached to the contact (a URL or an attachment of a task, for example)."""

    Type: str
    """The kind of reference (`URL`, `ATTACHMENT`, `NUMBER`, `STRING`, `DATE`, `EMAIL`)."""
    Value: str
    """The reference's value."""


class ConnectContactDataDict(TypedDict):
    """The data Amazon Connect sends about the contact for every invocation."""

    Attributes: dict[str, str]
    """The contact's user-defined attributes (set by "Set contact attributes" blocks); may be empty."""
    Channel: ConnectChannel
    """How the contact reached the contact center."""
    ContactId: str
    """The id of the contact."""
    CustomerEndpoint: Optional[ConnectEndpointDict]
    """The customer's address (the calling number); `null` when there is none, as for chats and tasks."""
    CustomerId: NotRequired[str]
    """The customer's id (a CRM customer number, for example), when one was set."""
    Description: NotRequired[str]
    """The contact's description (of a task, for example), when it has one."""
    InitialContactId: str
    """The id of the first contact of a chain of transfers; the contact's own id when it was not transferred."""
    InitiationMethod: ConnectInitiationMethod
    """How the contact was started."""
    InstanceARN: str
    """The ARN of the Amazon Connect instance."""
    LanguageCode: NotRequired[str]
    """The language of the contact (`en-US`), when one was set."""
    MediaStreams: ConnectMediaStreamsDict
    """The contact's live media streams."""
    Name: NotRequired[str]
    """The contact's name (of a task, for example), when it has one."""
    PreviousContactId: str
    """The id of the contact this one was transferred from; the contact's own id when it was not."""
    Queue: Optional[ConnectQueueDict]
    """The queue the contact is in; `null` when it is in none yet."""
    References: NotRequired[dict[str, ConnectReferenceDict]]
    """References attached to the contact, by name."""
    RelatedContactId: NotRequired[str]
    """The id of a contact this one is related to, when it was created as related."""
    SegmentAttributes: NotRequired[dict[str, Any]]
    """System-defined attributes of the contact (`connect:Subtype`, ...), by key."""
    SystemEndpoint: Optional[ConnectEndpointDict]
    """The contact center's address the customer reached (the dialled number); `null` when there is none."""
    Tags: NotRequired[dict[str, str]]
    """The contact's tags, by key."""


class ConnectContactFlowDetailsDict(TypedDict):
    """The contact's data and the block's parameters."""

    ContactData: ConnectContactDataDict
    """The data Amazon Connect sends about the contact."""
    Parameters: dict[str, str]
    """The "Function input parameters" set on the block, by name; may be empty."""


class ConnectContactFlowEventDict(TypedDict):
    """The event an "Invoke AWS Lambda function" block sends.

    The function must return a flat object of string values (at most 32 KB), which the flow reads as
    `$.External` attributes.
    """

    Details: ConnectContactFlowDetailsDict
    """The contact's data and the block's parameters."""
    Name: Literal["ContactFlowEvent"]
    """Always `ContactFlowEvent`."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, Mapping, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

ConnectContactFlowHandler = Callable[["ConnectContactFlowEventDict", "LambdaContext"], Mapping[str, str]]
"""An Amazon Connect flow's function; return a flat object of string values."""

__all__ += ["ConnectContactFlowHandler"]
# --- end generated handler aliases ---
