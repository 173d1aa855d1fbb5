"""Test events of Amazon Connect flows that invoke a function."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.connect import ConnectChannel, ConnectContactFlowEventDict

__all__ = ["connect_event"]


def connect_event(
    *,
    attributes: Optional[Mapping[str, str]] = None,
    parameters: Optional[Mapping[str, str]] = None,
    channel: ConnectChannel = "VOICE",
    customer_number: str = "+12065550100",
    queue: Optional[str] = "BasicQueue",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> ConnectContactFlowEventDict:
    """An Amazon Connect "Invoke AWS Lambda function" block's event for an inbound contact: the contact's
    `attributes` and the block's `parameters` (a call comes from `customer_number`; chats and tasks have no
    phone numbers)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    instance = scene.arn("connect", f"instance/{scene.uuid()}")
    contact_id = scene.uuid()
    voice = channel == "VOICE"
    return {
        "Name": "ContactFlowEvent",
        "Details": {
            "ContactData": {
                "Attributes": dict(attributes or {}),
                "Channel": channel,
                "ContactId": contact_id,
                "CustomerEndpoint": {"Address": customer_number, "Type": "TELEPHONE_NUMBER"} if voice else None,
                "InitialContactId": contact_id,
                "InitiationMethod": "INBOUND" if voice else "API",
                "InstanceARN": instance,
                "MediaStreams": {
                    "Customer": {"Audio": {"StartFragmentNumber": None, "StartTimestamp": None, "StreamARN": None}}
                },
                "PreviousContactId": contact_id,
                "Queue": {"ARN": f"{instance}/queue/{scene.uuid()}", "Name": queue} if queue is not None else None,
                "SystemEndpoint": {"Address": "+18005550199", "Type": "TELEPHONE_NUMBER"} if voice else None,
            },
            "Parameters": dict(parameters or {}),
        },
    }
