"""Amazon WorkMail email flow rules: the summary of a message a Run Lambda action sends (synchronously, before
delivery, or asynchronously, during it), and the actions a synchronous function answers with."""

from typing import Literal, Union

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "WorkMailActionDict",
    "WorkMailActionType",
    "WorkMailAddressDict",
    "WorkMailBounceActionDict",
    "WorkMailBounceParametersDict",
    "WorkMailEnvelopeDict",
    "WorkMailEventDict",
    "WorkMailMessageActionDict",
    "WorkMailSyncResponseDict",
]

WorkMailActionType = Literal["DEFAULT", "DROP", "BYPASS_SPAM_CHECK", "MOVE_TO_JUNK"]
"""The actions a synchronous function may take on a message without parameters (the WorkMail administrator
guide, "Synchronous Run Lambda response schema"); `BOUNCE` takes a message (`WorkMailBounceActionDict`)."""


class WorkMailAddressDict(TypedDict):
    """An email address."""

    address: str
    """The address (`jane@example.com`)."""


class WorkMailEnvelopeDict(TypedDict):
    """The SMTP envelope of the message."""

    mailFrom: WorkMailAddressDict
    """The envelope sender (`MAIL FROM`)."""
    recipients: list[WorkMailAddressDict]
    """The envelope recipients (`RCPT TO`)."""


class WorkMailEventDict(TypedDict):
    """The summary of an email message that matched a flow rule with a Run Lambda action. The full message is
    read with the WorkMail Message Flow API (`GetRawMessageContent`) by `messageId`."""

    summaryVersion: str
    """The version of the summary's format (`2018-10-10`, `2019-07-28`)."""
    envelope: WorkMailEnvelopeDict
    """The SMTP envelope: sender and recipients."""
    sender: WorkMailAddressDict
    """The address of the user who sent the message."""
    subject: str
    """The subject, cut to its first 256 characters."""
    messageId: str
    """The id of the message for the Message Flow API (reading, and for synchronous rules updating, it)."""
    invocationId: str
    """The id of this invocation, the same for its retries: use it to avoid doing the work twice."""
    flowDirection: Literal["INBOUND", "OUTBOUND"]
    """Whether the rule is an inbound or an outbound email flow rule."""
    truncated: bool
    """`true` when the summary was cut to fit the 128 KB payload limit (recipients are dropped first)."""


class WorkMailBounceParametersDict(TypedDict):
    """The parameters of a `BOUNCE` action."""

    bounceMessage: str
    """The text of the bounce message sent back to the sender."""


class WorkMailBounceActionDict(TypedDict):
    """Refuse the message: the sender receives a bounce message."""

    type: Literal["BOUNCE"]
    """Always `BOUNCE`."""
    parameters: WorkMailBounceParametersDict
    """The bounce message."""


class WorkMailMessageActionDict(TypedDict):
    """An action without parameters: deliver (`DEFAULT`), drop silently, skip the spam check, or deliver to
    the junk folder."""

    type: WorkMailActionType
    """The action."""


class WorkMailActionDict(TypedDict):
    """What to do with the message for some or all of its recipients."""

    action: Union[WorkMailBounceActionDict, WorkMailMessageActionDict]
    """The action to take."""
    recipients: NotRequired[list[str]]
    """The recipients the action applies to; give this or `allRecipients`."""
    allRecipients: NotRequired[bool]
    """`true` to apply the action to every recipient not named by another action."""


class WorkMailSyncResponseDict(TypedDict):
    """What a synchronous Run Lambda function returns: the actions on the message (at most 10); a recipient
    without an action gets the rule's fallback action."""

    actions: list[WorkMailActionDict]
    """The actions, each for some or all recipients."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, Optional, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

WorkMailHandler = Callable[["WorkMailEventDict", "LambdaContext"], Optional["WorkMailSyncResponseDict"]]
"""A WorkMail Run Lambda action; a synchronous rule reads the actions returned, an asynchronous one ignores them."""

__all__ += ["WorkMailHandler"]
# --- end generated handler aliases ---
