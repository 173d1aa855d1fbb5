"""Misuses of the Lex V2 types that both checkers must reject."""

from lambda_events import LexV2EventDict, LexV2IntentDict, LexV2ResponseDict


def dialog_action_is_a_closed_set(intent: LexV2IntentDict) -> LexV2ResponseDict:
    return {"sessionState": {"dialogAction": {"type": "Fulfill"}, "intent": intent}}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def slots_may_be_unfilled(intent: LexV2IntentDict) -> str:
    return intent["slots"]["City"]["value"]["interpretedValue"]  # expect-error: mypy[index] pyright[reportOptionalSubscript,reportUnknownVariableType]


def content_type_is_a_closed_set() -> LexV2ResponseDict:
    return {"sessionState": {"dialogAction": {"type": "ElicitIntent"}}, "messages": [{"contentType": "Text", "content": "Hi"}]}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def response_needs_session_state() -> LexV2ResponseDict:
    return {"messages": [{"contentType": "PlainText", "content": "Bye"}]}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def invocation_source_is_a_closed_set(event: LexV2EventDict) -> None:
    event["invocationSource"] = "Fulfillment"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]
