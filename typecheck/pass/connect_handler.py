"""An Amazon Connect flow function that looks up the caller and routes by language."""

from __future__ import annotations

from lambda_events import ConnectContactFlowEventDict


def handler(event: ConnectContactFlowEventDict, context: object) -> dict[str, str]:
    """Return flat string attributes, which the flow reads as `$.External.<name>`."""
    contact = event["Details"]["ContactData"]
    caller = contact["CustomerEndpoint"]["Address"] if contact["CustomerEndpoint"] else "anonymous"
    queue_data = contact.get("Queue")
    queue = queue_data["Name"] if queue_data is not None else "none"
    streams = contact.get("MediaStreams")
    audio = streams["Customer"]["Audio"] if streams is not None else None
    recording = (audio["StreamARN"] if audio is not None else None) or "not streamed"
    language = contact.get("LanguageCode", event["Details"]["Parameters"].get("defaultLanguage", "en-US"))
    return {
        "Caller": caller,
        "Channel": contact["Channel"],
        "Queue": queue,
        "Language": language,
        "Recording": recording,
        "VIP": contact["Attributes"].get("vip", "false"),
    }
