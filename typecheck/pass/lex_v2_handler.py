"""An Amazon Lex V2 code hook that validates a hotel booking and fulfils it."""

from __future__ import annotations

from lambda_events import LexV2EventDict, LexV2IntentDict, LexV2ResponseDict, LexV2SessionStateDict

CITIES = {"new york", "chicago", "seattle"}


def slot_text(intent: LexV2IntentDict, name: str) -> str | None:
    """The interpreted value of a slot, or None when the user has not filled it."""
    slot = intent["slots"].get(name)
    return slot["value"]["interpretedValue"] if slot is not None else None


def handler(event: LexV2EventDict, context: object) -> LexV2ResponseDict:
    """Ask again for an unknown city; once fulfilled, close the conversation with a confirmation."""
    state: LexV2SessionStateDict = event["sessionState"]
    intent = state.get("intent") or event["interpretations"][0]["intent"]
    attributes = state.get("sessionAttributes", {})
    if event["invocationSource"] == "DialogCodeHook":
        city = slot_text(intent, "Location")
        if city is not None and city.lower() not in CITIES:
            intent["slots"]["Location"] = None
            return {
                "sessionState": {
                    "sessionAttributes": attributes,
                    "dialogAction": {"type": "ElicitSlot", "slotToElicit": "Location"},
                    "intent": intent,
                },
                "messages": [{"contentType": "PlainText", "content": f"We have no hotels in {city}. Which city?"}],
            }
        return {"sessionState": {"sessionAttributes": attributes, "dialogAction": {"type": "Delegate"}, "intent": intent}}
    intent["state"] = "Fulfilled"
    nights = slot_text(intent, "Nights") or "some"
    return {
        "sessionState": {"sessionAttributes": attributes, "dialogAction": {"type": "Close"}, "intent": intent},
        "messages": [
            {"contentType": "PlainText", "content": f"Booked {nights} nights in {slot_text(intent, 'Location')}."},
            {
                "contentType": "ImageResponseCard",
                "imageResponseCard": {"title": "Anything else?", "buttons": [{"text": "No, thanks", "value": "no"}]},
            },
        ],
    }
