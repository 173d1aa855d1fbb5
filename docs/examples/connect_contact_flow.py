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
    queue_data = contact.get(
        "Queue"
    )  # null, or absent in older flows, before the contact is queued
    queue = queue_data["Name"] if queue_data is not None else "none"
    greeting_language = event["Details"]["Parameters"].get(
        "language", "en-US"
    )  # parameters set in the block
    channel = contact["Channel"].upper()  # older flows say `Voice`, newer ones `VOICE`
    return {**customer, "channel": channel, "queue": queue, "language": greeting_language}
