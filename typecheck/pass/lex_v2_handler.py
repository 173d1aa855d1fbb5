"""An Amazon Lex V2 dialog code hook that asks the user to choose when Lex is unsure what they meant.

The docs example (`docs/examples/lex_v2_fulfillment.py`) validates a slot and fulfils an intent; this one
steers the conversation itself: it weighs the interpretations and transcriptions, offers the likely intents
on a response card, asks to confirm a doubtful spoken request, and otherwise takes Lex's proposed next step
with recognition hints for the slot it asks for.
"""

from __future__ import annotations

from lambda_events import (
    LexV2ButtonDict,
    LexV2EventDict,
    LexV2InterpretationDict,
    LexV2ResponseDict,
    LexV2RuntimeHintsDict,
)

SURE = 0.8
"""The confidence above which the hook trusts Lex's first interpretation or transcription."""

CITY_HINTS = ["New York", "Chicago", "Seattle"]


def confidence(interpretation: LexV2InterpretationDict) -> float:
    """Lex's confidence in an interpretation; `FallbackIntent` has none, which counts as zero."""
    return interpretation.get("nluConfidence", 0.0)


def handler(event: LexV2EventDict, context: object) -> LexV2ResponseDict:
    """Disambiguate, confirm or delegate, keeping the session attributes."""
    state = event["sessionState"]
    attributes = {**state.get("sessionAttributes", {}), "lastInput": event["inputTranscript"]}
    candidates = [item for item in event["interpretations"] if item["intent"]["name"] != "FallbackIntent"]
    if candidates and confidence(candidates[0]) < SURE:
        buttons: list[LexV2ButtonDict] = [
            {"text": item["intent"]["name"], "value": item["intent"]["name"]} for item in candidates[:5]
        ]
        return {
            "sessionState": {"sessionAttributes": attributes, "dialogAction": {"type": "ElicitIntent"}},
            "messages": [
                {"contentType": "PlainText", "content": "Sorry, which of these do you mean?"},
                {"contentType": "ImageResponseCard", "imageResponseCard": {"title": "Choose one", "buttons": buttons}},
            ],
        }
    intent = state.get("intent") or event["interpretations"][0]["intent"]
    transcriptions = event.get("transcriptions", [])
    doubtful = bool(transcriptions) and transcriptions[0]["transcriptionConfidence"] < SURE
    if event["inputMode"] == "Speech" and doubtful and intent["confirmationState"] == "None":
        heard = transcriptions[0]["transcription"]
        return {
            "sessionState": {
                "sessionAttributes": attributes,
                "dialogAction": {"type": "ConfirmIntent"},
                "intent": intent,
            },
            "messages": [{"contentType": "SSML", "content": f"<speak>Did you say {heard}?</speak>"}],
        }
    proposed = event.get("proposedNextState")
    if proposed is None:
        return {
            "sessionState": {"sessionAttributes": attributes, "dialogAction": {"type": "Delegate"}, "intent": intent}
        }
    action = proposed["dialogAction"]
    hints: LexV2RuntimeHintsDict = {"slotHints": {}}
    if action["type"] == "ElicitSlot" and action.get("slotToElicit") == "City":
        action["slotElicitationStyle"] = "SpellByWord"
        hints["slotHints"][proposed["intent"]["name"]] = {
            "City": {"runtimeHintValues": [{"phrase": city} for city in CITY_HINTS]}
        }
    return {
        "sessionState": {
            "sessionAttributes": attributes,
            "dialogAction": action,
            "intent": proposed["intent"],
            "runtimeHints": hints,
        },
        "requestAttributes": event.get("requestAttributes", {}),
    }
