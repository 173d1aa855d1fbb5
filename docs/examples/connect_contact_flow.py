"""An Amazon Connect flow's "Invoke AWS Lambda function" block: look the caller up for routing."""

from __future__ import annotations

from lambda_events import ConnectContactFlowEventDict, LambdaContext

CUSTOMERS = {"+12065550100": {"name": "Jane", "tier": "gold"}}
"""Customers by phone number (a real function would query a CRM)."""


def handler(event: ConnectContactFlowEventDict, context: LambdaContext) -> dict[str, str]:
    """Return flat string values, which the flow reads as `$.External.<name>`."""
    contact = event["Details"]["ContactData"]
    endpoint = contact["CustomerEndpoint"]  # null for contacts started by API or a task
    number = endpoint["Address"] if endpoint is not None else ""
    customer = CUSTOMERS.get(number, {"name": "there", "tier": "standard"})
    queue = contact["Queue"]["Name"] if contact["Queue"] is not None else "none"
    # parameters set in the block
    greeting_language = event["Details"]["Parameters"].get("language", "en-US")
    return {
        **customer,
        "channel": contact["Channel"],
        "queue": queue,
        "language": greeting_language,
    }
