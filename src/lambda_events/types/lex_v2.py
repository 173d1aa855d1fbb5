"""Amazon Lex V2 code hooks: the event a bot sends its Lambda function, and the answer that steers the
conversation.

Lex calls the function as a dialog code hook (on each turn, to validate slots and decide the next step) or
as a fulfillment code hook (once the intent is ready). The function answers with the session state, the
next dialog action and the messages to show the user.
"""

from typing import Any, Literal, Optional

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "LexV2ActiveContextDict",
    "LexV2ActiveContextTimeToLiveDict",
    "LexV2BotDict",
    "LexV2ButtonDict",
    "LexV2DialogActionDict",
    "LexV2DialogActionType",
    "LexV2EventDict",
    "LexV2ImageResponseCardDict",
    "LexV2IntentDict",
    "LexV2InterpretationDict",
    "LexV2MessageDict",
    "LexV2PromptDict",
    "LexV2ProposedNextStateDict",
    "LexV2ResolvedContextDict",
    "LexV2ResponseDict",
    "LexV2RuntimeHintValueDict",
    "LexV2RuntimeHintsDict",
    "LexV2ScalarSlotDict",
    "LexV2SentimentResponseDict",
    "LexV2SentimentScoreDict",
    "LexV2SessionStateDict",
    "LexV2SlotDict",
    "LexV2SlotHintDict",
    "LexV2SlotValueDict",
    "LexV2SubSlotDict",
    "LexV2TranscriptionDict",
]

LexV2DialogActionType = Literal["Close", "ConfirmIntent", "Delegate", "ElicitIntent", "ElicitSlot"]
"""What Lex does next: end the conversation, ask to confirm the intent, let the bot decide, ask what the
user wants, or ask for a slot value."""


class LexV2BotDict(TypedDict):
    """The bot that called the function."""

    id: str
    """The bot's id."""
    name: str
    """The bot's name."""
    localeId: str
    """The locale of the conversation (`en_US`)."""
    version: str
    """The bot version the alias points to (`DRAFT` or a number)."""
    aliasId: str
    """The id of the alias the client talks to (`TSTALIASID` for the test alias)."""
    aliasName: str
    """The name of that alias."""


class LexV2SlotValueDict(TypedDict):
    """A slot's value as the user said it and as Lex understood it."""

    originalValue: str
    """What the user said or typed."""
    interpretedValue: str
    """The value Lex resolved it to (a slot type value, an ISO 8601 date)."""
    resolvedValues: list[str]
    """Every value of the slot type the input could mean; may be empty."""


class LexV2ScalarSlotDict(TypedDict):
    """One value of a list slot."""

    shape: NotRequired[Literal["Scalar"]]
    """`Scalar` (Lex may leave the key out)."""
    value: LexV2SlotValueDict
    """The value."""


class LexV2SubSlotDict(TypedDict):
    """A filled sub-slot of a composite slot: a single value or a list of values."""

    shape: NotRequired[Literal["Scalar", "List"]]
    """`List` for a sub-slot that takes several values; `Scalar` otherwise (Lex may leave the key out)."""
    value: LexV2SlotValueDict
    """The value (for a list, the values joined)."""
    values: NotRequired[list[LexV2ScalarSlotDict]]
    """The values of a list sub-slot."""


class LexV2SlotDict(TypedDict):
    """A filled slot: a single value, a list of values, or a composite slot's sub-slots."""

    shape: NotRequired[Literal["Scalar", "List", "Composite"]]
    """`List` for a slot that takes several values, `Composite` for one made of sub-slots; `Scalar` otherwise
    (Lex may leave the key out for scalar slots)."""
    value: LexV2SlotValueDict
    """The value (for a list or composite slot, the whole input for it)."""
    values: NotRequired[list[LexV2ScalarSlotDict]]
    """The values of a list slot."""
    subSlots: NotRequired[dict[str, Optional[LexV2SubSlotDict]]]
    """The sub-slots of a composite slot by name; an unfilled one is `null`."""


class LexV2IntentDict(TypedDict):
    """An intent, with its slots and where it stands."""

    name: str
    """The intent's name (`BookHotel`, `FallbackIntent`)."""
    slots: dict[str, Optional[LexV2SlotDict]]
    """The intent's slots by name; a slot the user has not filled is `null`."""
    state: Literal["Failed", "Fulfilled", "FulfillmentInProgress", "InProgress", "ReadyForFulfillment", "Waiting"]
    """How far the intent is: `ReadyForFulfillment` when every required slot is filled."""
    confirmationState: Literal["Confirmed", "Denied", "None"]
    """The user's answer to the confirmation prompt; `None` when not asked yet."""
    kendraResponse: NotRequired[dict[str, Any]]
    """For the built-in `AMAZON.KendraSearchIntent`: the Amazon Kendra query result."""


class LexV2SentimentScoreDict(TypedDict):
    """How likely each sentiment is, from Amazon Comprehend."""

    mixed: float
    """Likelihood of a mixed sentiment."""
    negative: float
    """Likelihood of a negative sentiment."""
    neutral: float
    """Likelihood of a neutral sentiment."""
    positive: float
    """Likelihood of a positive sentiment."""


class LexV2SentimentResponseDict(TypedDict):
    """The sentiment of the user's utterance; only when sentiment analysis is on for the bot."""

    sentiment: Literal["MIXED", "NEGATIVE", "NEUTRAL", "POSITIVE"]
    """The most likely sentiment."""
    sentimentScore: LexV2SentimentScoreDict
    """The likelihood of each sentiment."""


class LexV2InterpretationDict(TypedDict):
    """One intent the utterance could mean, with Lex's confidence."""

    intent: LexV2IntentDict
    """The intent and the slots it would have."""
    nluConfidence: NotRequired[float]
    """Lex's confidence in this intent, from 0 to 1; absent for `FallbackIntent`."""
    sentimentResponse: NotRequired[LexV2SentimentResponseDict]
    """The utterance's sentiment, when sentiment analysis is on."""
    interpretationSource: NotRequired[Literal["Bedrock", "Lex"]]
    """Which model produced the interpretation."""


class LexV2DialogActionDict(TypedDict):
    """The next step of the conversation."""

    type: LexV2DialogActionType
    """What Lex does next."""
    slotToElicit: NotRequired[str]
    """With `ElicitSlot`: the slot to ask for."""
    slotElicitationStyle: NotRequired[Literal["Default", "SpellByLetter", "SpellByWord"]]
    """With `ElicitSlot`: how the user should say the value (spelling styles help with speech input)."""


class LexV2ActiveContextTimeToLiveDict(TypedDict):
    """How long a context stays active."""

    timeToLiveInSeconds: int
    """Seconds until the context expires."""
    turnsToLive: int
    """Conversation turns until the context expires."""


class LexV2ActiveContextDict(TypedDict):
    """A context that is active in the session."""

    name: str
    """The context's name."""
    contextAttributes: dict[str, str]
    """Values stored with the context, by name."""
    timeToLive: LexV2ActiveContextTimeToLiveDict
    """How long the context stays active."""


class LexV2RuntimeHintValueDict(TypedDict):
    """One phrase that helps Lex recognise a slot value."""

    phrase: str
    """The phrase."""


class LexV2SlotHintDict(TypedDict):
    """Hints for one slot."""

    runtimeHintValues: list[LexV2RuntimeHintValueDict]
    """The phrases to favour."""


class LexV2RuntimeHintsDict(TypedDict):
    """Phrases that improve recognition of slot values in the next turn."""

    slotHints: dict[str, dict[str, LexV2SlotHintDict]]
    """Hints by intent name, then by slot name."""


class LexV2SessionStateDict(TypedDict):
    """The state of the conversation, sent to the function and returned by it."""

    activeContexts: NotRequired[list[LexV2ActiveContextDict]]
    """The contexts active in the session."""
    sessionAttributes: NotRequired[dict[str, str]]
    """Application data kept for the whole session, by name."""
    runtimeHints: NotRequired[LexV2RuntimeHintsDict]
    """Recognition hints for slot values."""
    dialogAction: NotRequired[LexV2DialogActionDict]
    """The next step; required in the function's answer."""
    intent: NotRequired[LexV2IntentDict]
    """The current intent; required in the answer unless the dialog action is `ElicitIntent`."""
    originatingRequestId: NotRequired[str]
    """The id of the request that started the current conversation turn."""


class LexV2PromptDict(TypedDict):
    """Which attempt of a prompt Lex is at."""

    attempt: Literal["Initial", "Retry1", "Retry2", "Retry3", "Retry4", "Retry5"]
    """`Initial` the first time a slot is asked for, then `Retry1` and so on."""


class LexV2ProposedNextStateDict(TypedDict):
    """What Lex would do next if the function delegated."""

    dialogAction: LexV2DialogActionDict
    """The step Lex proposes."""
    intent: LexV2IntentDict
    """The intent that step applies to."""
    prompt: NotRequired[LexV2PromptDict]
    """Which attempt the proposed prompt is."""


class LexV2ResolvedContextDict(TypedDict):
    """What a transcription was resolved to."""

    intent: str
    """The name of the intent the transcription matched."""


class LexV2TranscriptionDict(TypedDict):
    """One way Lex transcribed spoken input."""

    transcription: str
    """The text."""
    transcriptionConfidence: float
    """Lex's confidence in the transcription, from 0 to 1."""
    resolvedContext: NotRequired[LexV2ResolvedContextDict]
    """The intent the transcription resolved to."""
    resolvedSlots: NotRequired[dict[str, LexV2SlotDict]]
    """The slot values the transcription resolved to, by slot name."""


class LexV2EventDict(TypedDict):
    """The event Amazon Lex V2 sends a dialog or fulfillment code hook."""

    messageVersion: str
    """The version of the event format, `1.0`."""
    invocationSource: Literal["DialogCodeHook", "FulfillmentCodeHook"]
    """Whether Lex asks for dialog help on this turn or for fulfillment of the intent."""
    inputMode: Literal["DTMF", "Speech", "Text"]
    """How the user gave the input: keypad tones, voice or text."""
    responseContentType: str
    """The content type the client accepts for the answer (`text/plain; charset=utf-8`, `audio/pcm`)."""
    sessionId: str
    """The id of the conversation session."""
    inputTranscript: str
    """The user's input as text (the transcription of spoken input)."""
    invocationLabel: NotRequired[str]
    """The label configured for the code hook at this point of the conversation flow."""
    bot: LexV2BotDict
    """The bot."""
    interpretations: list[LexV2InterpretationDict]
    """The intents the input could mean, most likely first."""
    proposedNextState: NotRequired[LexV2ProposedNextStateDict]
    """What Lex would do next; sent to dialog code hooks when Lex has a proposal."""
    requestAttributes: NotRequired[dict[str, str]]
    """Attributes the client sent with this request only, by name."""
    sessionState: LexV2SessionStateDict
    """The state of the conversation."""
    transcriptions: NotRequired[list[LexV2TranscriptionDict]]
    """The candidate transcriptions of spoken input, most likely first."""


class LexV2ButtonDict(TypedDict):
    """A button on a response card."""

    text: str
    """The label shown."""
    value: str
    """The value sent when the user chooses it."""


class LexV2ImageResponseCardDict(TypedDict):
    """A card with a title, an image and buttons."""

    title: str
    """The card's title."""
    subtitle: NotRequired[str]
    """A line under the title."""
    imageUrl: NotRequired[str]
    """The URL of the image."""
    buttons: NotRequired[list[LexV2ButtonDict]]
    """Up to five buttons."""


class LexV2MessageDict(TypedDict):
    """One message to show or say to the user."""

    contentType: Literal["CustomPayload", "ImageResponseCard", "PlainText", "SSML"]
    """The kind of message."""
    content: NotRequired[str]
    """The text, the SSML or the custom payload; required unless `contentType` is `ImageResponseCard`."""
    imageResponseCard: NotRequired[LexV2ImageResponseCardDict]
    """The card, when `contentType` is `ImageResponseCard`."""


class LexV2ResponseDict(TypedDict):
    """What a code hook returns to Lex."""

    sessionState: LexV2SessionStateDict
    """The new state, with the dialog action to take."""
    messages: NotRequired[list[LexV2MessageDict]]
    """Messages for the user; required when the dialog action is `ElicitIntent`."""
    requestAttributes: NotRequired[dict[str, str]]
    """Attributes for this request only, by name."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

LexV2Handler = Callable[["LexV2EventDict", "LambdaContext"], "LexV2ResponseDict"]
"""An Amazon Lex V2 code hook; return the session state and messages."""

__all__ += ["LexV2Handler"]
# --- end generated handler aliases ---
