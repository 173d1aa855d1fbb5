"""AWS Certificate Manager events (`source` `aws.acm`): a certificate nearing its expiry.

Authority: the ACM User Guide, "Amazon EventBridge support for ACM" (ACM sends the event daily from 45 days
before expiry by default, adjustable with `PutAccountConfiguration`; `resources` holds the certificate's
ARN).
"""

from typing import Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import TypedDict

__all__ = [
    "ACMCertificateApproachingExpirationDetailDict",
    "ACMCertificateApproachingExpirationEventDict",
]

EVENTS = {
    "ACMCertificateApproachingExpirationEventDict": ("aws.acm", "ACM Certificate Approaching Expiration"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- ACM Certificate Approaching Expiration ------------------------------------------------------------------------

class ACMCertificateApproachingExpirationDetailDict(TypedDict):
    """The `detail` of `ACM Certificate Approaching Expiration`."""

    DaysToExpiry: int
    """Whole days until the certificate expires."""
    CommonName: str
    """The certificate's common name (the first domain name it covers)."""


_ACMCertificateApproachingExpirationRouting = TypedDict(
    "_ACMCertificateApproachingExpirationRouting",
    {"detail-type": Literal["ACM Certificate Approaching Expiration"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `ACM Certificate Approaching Expiration`.
"""


class ACMCertificateApproachingExpirationEventDict(
    _ACMCertificateApproachingExpirationRouting, EventBridgeEnvelopeDict
):
    """ACM sends it each day while a certificate is within the account's expiry-warning window."""

    source: Literal["aws.acm"]
    """Always `aws.acm`."""
    detail: ACMCertificateApproachingExpirationDetailDict
    """How soon the certificate expires, and its name."""
