"""An Amazon Lex V2 bot's code hook: validate the city
while the dialog runs, then fulfil the booking."""

from __future__ import annotations

from typing import Optional

from lambda_events import LambdaContext, LexV2EventDict, LexV2IntentDict, LexV2ResponseDict

CITIES = {"new york", "chicago", "seattle"}


def slot_value(intent: LexV2IntentDict, name: str) -> Optional[str]:
    """The interpreted value of a slot; `None` while
    the user has not filled it (Lex sends `null`)."""
    slot = intent["slots"].get(name)
    return slot["value"]["interpretedValue"] if slot is not None else None


def handler(event: LexV2EventDict, context: LambdaContext) -> LexV2ResponseDict:
    """Ask again for an unknown city; let Lex go on
    otherwise; close the conversation once fulfilled."""
    intent = event["sessionState"].get("intent") or event["interpretations"][0]["intent"]
    attributes = event["sessionState"].get("sessionAttributes", {})
    city = slot_value(intent, "Location")
    if event["invocationSource"] == "DialogCodeHook":
        if city is not None and city.lower() not in CITIES:
            intent["slots"]["Location"] = None
            return {
                "sessionState": {
                    "sessionAttributes": attributes,
                    "dialogAction": {"type": "ElicitSlot", "slotToElicit": "Location"},
                    "intent": intent,
                },
                "messages": [
                    {
                        "contentType": "PlainText",
                        "content": f"There is no hotel in {city}. Which city?",
                    }
                ],
            }
        return {
            "sessionState": {
                "sessionAttributes": attributes,
                "dialogAction": {"type": "Delegate"},
                "intent": intent,
            }
        }
    intent["state"] = "Fulfilled"
    nights = slot_value(intent, "Nights") or "a few"
    return {
        "sessionState": {
            "sessionAttributes": attributes,
            "dialogAction": {"type": "Close"},
            "intent": intent,
        },
        "messages": [{"contentType": "PlainText", "content": f"Booked {nights} nights in {city}."}],
    }
