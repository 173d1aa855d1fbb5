"""Amazon Transcribe events (`source` `aws.transcribe`): state changes of transcription jobs, language
identification, Call Analytics jobs and custom vocabularies.

Authority: the Amazon Transcribe Developer Guide, "Using Amazon EventBridge with Amazon Transcribe" (an
example event per detail-type), and the API reference for the closed sets of job and vocabulary states.
`resources` is empty for these events.
"""

from typing import Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "TranscribeCallAnalyticsJobStateChangeDetailDict",
    "TranscribeCallAnalyticsJobStateChangeEventDict",
    "TranscribeJobStateChangeDetailDict",
    "TranscribeJobStateChangeEventDict",
    "TranscribeJobStatus",
    "TranscribeLanguageIdentificationStateChangeDetailDict",
    "TranscribeLanguageIdentificationStateChangeEventDict",
    "TranscribeVocabularyStateChangeDetailDict",
    "TranscribeVocabularyStateChangeEventDict",
]

EVENTS = {
    "TranscribeJobStateChangeEventDict": ("aws.transcribe", "Transcribe Job State Change"),
    "TranscribeLanguageIdentificationStateChangeEventDict": ("aws.transcribe", "Language Identification State Change"),
    "TranscribeCallAnalyticsJobStateChangeEventDict": ("aws.transcribe", "Call Analytics Job State Change"),
    "TranscribeVocabularyStateChangeEventDict": ("aws.transcribe", "Vocabulary State Change"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- Transcribe Job State Change -----------------------------------------------------------------------------------

TranscribeJobStatus = Literal["QUEUED", "IN_PROGRESS", "FAILED", "COMPLETED"]
"""A job's status: the closed set of the API reference's `TranscriptionJobStatus` (and Call Analytics'
`CallAnalyticsJobStatus`). The developer guide documents events for `COMPLETED` and `FAILED`."""


class TranscribeJobStateChangeDetailDict(TypedDict):
    """The `detail` of `Transcribe Job State Change`."""

    TranscriptionJobName: str
    """The job's name, as given to `StartTranscriptionJob`; pass it to `GetTranscriptionJob` for the
    transcript's location or the failure reason."""
    TranscriptionJobStatus: TranscribeJobStatus
    """The job's new status."""


_TranscribeJobStateChangeRouting = TypedDict(
    "_TranscribeJobStateChangeRouting",
    {"detail-type": Literal["Transcribe Job State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Transcribe Job State Change`.
"""


class TranscribeJobStateChangeEventDict(_TranscribeJobStateChangeRouting, EventBridgeEnvelopeDict):
    """Transcribe sends it when a transcription job (standard or medical) completes or fails."""

    source: Literal["aws.transcribe"]
    """Always `aws.transcribe`."""
    detail: TranscribeJobStateChangeDetailDict
    """The job and its new status."""


# --- Language Identification State Change --------------------------------------------------------------------------

class TranscribeLanguageIdentificationStateChangeDetailDict(TypedDict):
    """The `detail` of `Language Identification State Change`."""

    JobType: str
    """The kind of job the identification belongs to (`TranscriptionJob`)."""
    JobName: str
    """The job's name."""
    LanguageIdentificationStatus: Literal["COMPLETED", "FAILED"]
    """Whether the language was identified; the developer guide documents these two values."""


_TranscribeLanguageIdentificationStateChangeRouting = TypedDict(
    "_TranscribeLanguageIdentificationStateChangeRouting",
    {"detail-type": Literal["Language Identification State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Language Identification State Change`.
"""


class TranscribeLanguageIdentificationStateChangeEventDict(
    _TranscribeLanguageIdentificationStateChangeRouting, EventBridgeEnvelopeDict
):
    """Transcribe sends it when it finishes (or fails) identifying the language of a job's media."""

    source: Literal["aws.transcribe"]
    """Always `aws.transcribe`."""
    detail: TranscribeLanguageIdentificationStateChangeDetailDict
    """The job and the identification's status."""


# --- Call Analytics Job State Change -------------------------------------------------------------------------------

class TranscribeCallAnalyticsJobStateChangeDetailDict(TypedDict):
    """The `detail` of `Call Analytics Job State Change`."""

    JobName: str
    """The Call Analytics job's name, as given to `StartCallAnalyticsJob`."""
    JobStatus: TranscribeJobStatus
    """The job's new status."""


_TranscribeCallAnalyticsJobStateChangeRouting = TypedDict(
    "_TranscribeCallAnalyticsJobStateChangeRouting",
    {"detail-type": Literal["Call Analytics Job State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Call Analytics Job State Change`.
"""


class TranscribeCallAnalyticsJobStateChangeEventDict(
    _TranscribeCallAnalyticsJobStateChangeRouting, EventBridgeEnvelopeDict
):
    """Transcribe sends it when a Call Analytics job changes status."""

    source: Literal["aws.transcribe"]
    """Always `aws.transcribe`."""
    detail: TranscribeCallAnalyticsJobStateChangeDetailDict
    """The job and its new status."""


# --- Vocabulary State Change ---------------------------------------------------------------------------------------

class TranscribeVocabularyStateChangeDetailDict(TypedDict):
    """The `detail` of `Vocabulary State Change`."""

    VocabularyName: str
    """The custom vocabulary's name."""
    VocabularyState: Literal["PENDING", "READY", "FAILED"]
    """The vocabulary's new state: the closed set of the API reference's `VocabularyState`."""
    FailureReason: NotRequired[str]
    """Why the vocabulary failed; only when `VocabularyState` is `FAILED`."""


_TranscribeVocabularyStateChangeRouting = TypedDict(
    "_TranscribeVocabularyStateChangeRouting",
    {"detail-type": Literal["Vocabulary State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Vocabulary State Change`.
"""


class TranscribeVocabularyStateChangeEventDict(_TranscribeVocabularyStateChangeRouting, EventBridgeEnvelopeDict):
    """Transcribe sends it when a custom vocabulary becomes ready to use or fails to build."""

    source: Literal["aws.transcribe"]
    """Always `aws.transcribe`."""
    detail: TranscribeVocabularyStateChangeDetailDict
    """The vocabulary and its new state."""
