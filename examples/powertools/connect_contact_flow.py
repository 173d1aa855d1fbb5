"""Powertools' `connect_contact_flow.py`: an Amazon Connect contact flow function that checks what it is
told about the contact.

Differences:
- Powertools' enums are our `Literal` values: `ConnectContactFlowChannel.VOICE` is `"VOICE"`,
  `ConnectContactFlowEndpointType.TELEPHONE_NUMBER` is `"TELEPHONE_NUMBER"`,
  `ConnectContactFlowInitiationMethod.API` is `"API"`. The checkers reject a misspelt value as surely as a
  misspelt enum member, and nothing needs importing.
- The customer endpoint is `null` for some contacts (a chat without one, for example): the check on its
  type first checks that it is there.
"""

from __future__ import annotations

from lambda_events import ConnectContactFlowEventDict, LambdaContext


def lambda_handler(event: ConnectContactFlowEventDict, context: LambdaContext) -> None:
    """Check the contact's attributes, channel, customer endpoint and initiation method."""
    assert event["Details"]["ContactData"]["Attributes"] == {"Language": "en-US"}
    assert event["Details"]["ContactData"]["Channel"] == "VOICE"
    customer_endpoint = event["Details"]["ContactData"]["CustomerEndpoint"]
    assert customer_endpoint is not None and customer_endpoint["Type"] == "TELEPHONE_NUMBER"
    assert event["Details"]["ContactData"]["InitiationMethod"] == "API"
