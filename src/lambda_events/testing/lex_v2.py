"""Test events of Amazon Lex V2 code hooks."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.lex_v2 import LexV2EventDict, LexV2IntentDict, LexV2SlotDict

__all__ = ["lex_v2_event"]


def _slot(value: str) -> LexV2SlotDict:
    return {"shape": "Scalar", "value": {"originalValue": value, "interpretedValue": value, "resolvedValues": [value]}}


def lex_v2_event(
    *,
    intent: str = "BookHotel",
    slots: Optional[Mapping[str, Optional[str]]] = None,
    input_transcript: str = "I want to book a hotel",
    invocation_source: Literal["DialogCodeHook", "FulfillmentCodeHook"] = "DialogCodeHook",
    session_attributes: Optional[Mapping[str, str]] = None,
    bot: str = "ExampleBot",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> LexV2EventDict:
    """A Lex V2 code hook event for `intent` with its `slots` (`None`: not filled yet); a fulfillment hook
    comes when the intent is ready for fulfillment."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    filled = slots if slots is not None else {"Location": "New York", "Nights": None}
    state: Literal["InProgress", "ReadyForFulfillment"]
    state = "ReadyForFulfillment" if invocation_source == "FulfillmentCodeHook" else "InProgress"

    def current() -> LexV2IntentDict:
        return {
            "name": intent,
            "slots": {name: _slot(value) if value is not None else None for name, value in filled.items()},
            "state": state,
            "confirmationState": "None",
        }

    return {
        "messageVersion": "1.0",
        "invocationSource": invocation_source,
        "inputMode": "Text",
        "responseContentType": "text/plain; charset=utf-8",
        "sessionId": scene.digits(12),
        "inputTranscript": input_transcript,
        "bot": {
            "id": scene.chars(10),
            "name": bot,
            "localeId": "en_US",
            "version": "DRAFT",
            "aliasId": "TSTALIASID",
            "aliasName": "TestBotAlias",
        },
        "interpretations": [
            {"intent": current(), "nluConfidence": 0.92, "interpretationSource": "Lex"},
            {
                "intent": {"name": "FallbackIntent", "slots": {}, "state": "InProgress", "confirmationState": "None"},
                "interpretationSource": "Lex",
            },
        ],
        "sessionState": {
            "sessionAttributes": dict(session_attributes or {}),
            "intent": current(),
            "originatingRequestId": scene.uuid(),
        },
    }
