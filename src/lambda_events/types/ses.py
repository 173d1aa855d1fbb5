"""Amazon SES email receiving: the event a receipt rule's Lambda action sends, the notification other
receipt actions publish to SNS, and the disposition a synchronously invoked function returns."""

from typing import Literal, Union

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "SESBounceActionDict",
    "SESCommonHeadersDict",
    "SESEventDict",
    "SESEventRecordDict",
    "SESLambdaActionDict",
    "SESLambdaResponseDict",
    "SESMailDict",
    "SESMailHeaderDict",
    "SESMessageDict",
    "SESReceiptActionDict",
    "SESReceiptDict",
    "SESReceivedNotificationDict",
    "SESS3ActionDict",
    "SESSNSActionDict",
    "SESStopActionDict",
    "SESVerdictDict",
    "SESWorkMailActionDict",
]


class SESMailHeaderDict(TypedDict):
    """One header of the received email."""

    name: str
    """The header's name (`Received`, `DKIM-Signature`)."""
    value: str
    """The header's value."""


_SESCommonHeadersReservedKeys = TypedDict("_SESCommonHeadersReservedKeys", {"from": list[str]})
"""The key of the common headers whose name is a Python keyword.

- `from`: the addresses of the `From` header, with their display names (`Jane Doe <janedoe@example.com>`).
"""


class SESCommonHeadersDict(_SESCommonHeadersReservedKeys):
    """The usual headers, decoded; keys for headers the email does not have are absent. `from` is documented on
    the base above."""

    date: str
    """The `Date` header, as written in the email."""
    returnPath: NotRequired[str]
    """The address of the `Return-Path` header (the envelope sender)."""
    to: NotRequired[list[str]]
    """The addresses of the `To` header."""
    cc: NotRequired[list[str]]
    """The addresses of the `Cc` header."""
    bcc: NotRequired[list[str]]
    """The addresses of the `Bcc` header."""
    sender: NotRequired[list[str]]
    """The addresses of the `Sender` header."""
    replyTo: NotRequired[list[str]]
    """The addresses of the `Reply-To` header."""
    messageId: NotRequired[str]
    """The `Message-ID` header the sender set (not the SES message id)."""
    subject: NotRequired[str]
    """The `Subject` header, decoded."""


class SESMailDict(TypedDict):
    """The received email (without its body)."""

    timestamp: str
    """When SES received the email, ISO 8601."""
    source: str
    """The envelope sender (`MAIL FROM`) address."""
    messageId: str
    """The id SES assigned to the email; with an S3 action, the key of the stored email ends with it."""
    destination: list[str]
    """Every recipient address of the email, including those this receipt rule did not match."""
    headersTruncated: bool
    """`true` when SES left headers out of the event because they were too large."""
    headers: list[SESMailHeaderDict]
    """The email's headers, in the order they appear."""
    commonHeaders: SESCommonHeadersDict
    """The usual headers, decoded."""


class SESVerdictDict(TypedDict):
    """The outcome of one check SES ran on the email."""

    status: Literal["PASS", "FAIL", "GRAY", "PROCESSING_FAILED"]
    """`PASS` or `FAIL`; `GRAY` when SES could not decide, `PROCESSING_FAILED` when the check failed to run."""


class SESLambdaActionDict(TypedDict):
    """The receipt rule's Lambda action."""

    type: Literal["Lambda"]
    """Always `Lambda`."""
    functionArn: str
    """The ARN of the invoked function."""
    invocationType: Literal["Event", "RequestResponse"]
    """`Event` for an asynchronous call; `RequestResponse` when SES waits for the function's disposition."""
    topicArn: NotRequired[str]
    """The SNS topic the action also notifies, when it is configured to."""


class SESS3ActionDict(TypedDict):
    """The receipt rule's S3 action, which stored the email."""

    type: Literal["S3"]
    """Always `S3`."""
    bucketName: str
    """The bucket the email was stored in."""
    objectKey: str
    """The key of the stored email (the rule's key prefix followed by the SES message id)."""
    topicArn: NotRequired[str]
    """The SNS topic the action notified, when it is configured to."""


class SESSNSActionDict(TypedDict):
    """The receipt rule's SNS action, which published the email itself in the notification's `content`."""

    type: Literal["SNS"]
    """Always `SNS`."""
    topicArn: str
    """The topic the email was published to."""


class SESBounceActionDict(TypedDict):
    """The receipt rule's bounce action, which rejected the email."""

    type: Literal["Bounce"]
    """Always `Bounce`."""
    smtpReplyCode: str
    """The SMTP reply code of the bounce (`550`)."""
    statusCode: NotRequired[str]
    """The SMTP enhanced status code of the bounce (`5.1.1`), when the action sets one."""
    message: str
    """The text of the bounce message."""
    sender: str
    """The address the bounce was sent from."""
    topicArn: NotRequired[str]
    """The SNS topic the action notified, when it is configured to."""


class SESStopActionDict(TypedDict):
    """The receipt rule's stop action, which ended the evaluation of the rule set."""

    type: Literal["Stop"]
    """Always `Stop`."""
    topicArn: NotRequired[str]
    """The SNS topic the action notified, when it is configured to."""


class SESWorkMailActionDict(TypedDict):
    """The receipt rule's WorkMail action, which handed the email to Amazon WorkMail."""

    type: Literal["WorkMail"]
    """Always `WorkMail`."""
    organizationArn: str
    """The ARN of the WorkMail organization."""
    topicArn: NotRequired[str]
    """The SNS topic the action notified, when it is configured to."""


SESReceiptActionDict = Union[
    SESLambdaActionDict,
    SESS3ActionDict,
    SESSNSActionDict,
    SESBounceActionDict,
    SESStopActionDict,
    SESWorkMailActionDict,
]
"""The receipt action that produced the event or notification; compare `type` to tell them apart. In a
Lambda event it is the Lambda action. (`AddHeader` and `Connect` actions publish nothing, so never appear.)"""


class SESReceiptDict(TypedDict):
    """How SES received the email and what it found."""

    timestamp: str
    """When the action was triggered, ISO 8601."""
    processingTimeMillis: int
    """Milliseconds from receiving the email to triggering the action."""
    recipients: list[str]
    """The envelope recipients (`RCPT TO`) this receipt rule matched."""
    spamVerdict: SESVerdictDict
    """Whether the email looks like spam."""
    virusVerdict: SESVerdictDict
    """Whether the email carries a virus."""
    spfVerdict: SESVerdictDict
    """Whether the Sender Policy Framework check passed."""
    dkimVerdict: SESVerdictDict
    """Whether the DomainKeys Identified Mail check passed."""
    dmarcVerdict: NotRequired[SESVerdictDict]
    """Whether the DMARC check passed."""
    dmarcPolicy: NotRequired[Literal["none", "quarantine", "reject"]]
    """The sending domain's DMARC policy; present only when the email failed DMARC."""
    action: SESReceiptActionDict
    """The action that produced this event or notification."""


class SESMessageDict(TypedDict):
    """The email and its receipt (the `ses` key of a record)."""

    mail: SESMailDict
    """The email."""
    receipt: SESReceiptDict
    """How it was received."""


class SESEventRecordDict(TypedDict):
    """One received email."""

    eventVersion: str
    """The version of the event format, `1.0`."""
    eventSource: Literal["aws:ses"]
    """Always `aws:ses`."""
    ses: SESMessageDict
    """The email and its receipt."""


class SESEventDict(TypedDict):
    """The event a receipt rule's Lambda action sends; it carries the headers, not the body."""

    Records: list[SESEventRecordDict]
    """The received emails; SES sends one per event."""


class SESReceivedNotificationDict(TypedDict):
    """The notification a receipt action publishes to SNS (the SNS `Message`, as JSON)."""

    notificationType: Literal["Received"]
    """Always `Received`."""
    mail: SESMailDict
    """The email."""
    receipt: SESReceiptDict
    """How it was received, and which action published the notification."""
    content: NotRequired[str]
    """The whole email, usually MIME; present only in notifications of the SNS action."""


class SESLambdaResponseDict(TypedDict):
    """What a function invoked with `RequestResponse` can return to steer the rule set."""

    disposition: Literal["STOP_RULE", "STOP_RULE_SET", "CONTINUE"]
    """Skip the rest of this rule's actions, stop the whole rule set, or carry on (the default)."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, Optional, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

SESHandler = Callable[["SESEventDict", "LambdaContext"], Optional["SESLambdaResponseDict"]]
"""An SES receipt rule's Lambda action; a `RequestResponse` action may return a disposition."""

__all__ += ["SESHandler"]
# --- end generated handler aliases ---
