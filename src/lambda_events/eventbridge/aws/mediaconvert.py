"""AWS Elemental MediaConvert events (`source` `aws.mediaconvert`): the status changes of a transcoding job.

Authority: the MediaConvert User Guide, "Using EventBridge with AWS Elemental MediaConvert" and "List of
EventBridge events for MediaConvert" (which keys each status adds); `resources` holds the job's ARN.
"""

from typing import Any, Literal, Optional

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "MediaConvertAudioStreamDict",
    "MediaConvertInputDetailDict",
    "MediaConvertJobProgressDict",
    "MediaConvertJobStateChangeDetailDict",
    "MediaConvertJobStateChangeEventDict",
    "MediaConvertOutputDetailDict",
    "MediaConvertOutputGroupDetailDict",
    "MediaConvertVideoDetailsDict",
    "MediaConvertVideoStreamDict",
    "MediaConvertWarningDict",
]

EVENTS = {
    "MediaConvertJobStateChangeEventDict": ("aws.mediaconvert", "MediaConvert Job State Change"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- MediaConvert Job State Change ---------------------------------------------------------------------------------

class MediaConvertVideoStreamDict(TypedDict):
    """A video stream MediaConvert found in an input."""

    streamId: int
    """The stream's index in the input."""
    width: int
    """Frame width, in pixels."""
    height: int
    """Frame height, in pixels."""
    frameRate: float
    """Frames per second (`29.97`)."""
    sar: str
    """The sample aspect ratio (`1:1`)."""
    bitDepth: int
    """Bits per colour sample."""
    interlaceMode: str
    """`PROGRESSIVE` or an interlaced field order."""
    colorFormat: str
    """The chroma sampling (`YUV_420`)."""
    standard: str
    """The broadcast standard, `UNSPECIFIED` for file inputs."""
    fourCC: str
    """The codec's four-character code (`avc1`)."""


class MediaConvertAudioStreamDict(TypedDict):
    """An audio stream MediaConvert found in an input."""

    streamId: int
    """The stream's index in the input."""
    codec: str
    """The audio codec (`AAC`)."""
    channels: int
    """The number of channels."""
    sampleRate: int
    """Samples per second (`44100`)."""
    language: str
    """The stream's language code, `UND` when undetermined."""


class MediaConvertInputDetailDict(TypedDict):
    """What MediaConvert found in one of the job's inputs."""

    id: int
    """The input's position in the job, from 1."""
    uri: str
    """The input file's location (`s3://bucket/clip.mp4`)."""
    video: list[MediaConvertVideoStreamDict]
    """The input's video streams."""
    audio: list[MediaConvertAudioStreamDict]
    """The input's audio streams."""
    data: Optional[list[dict[str, Any]]]
    """The input's data streams (captions, metadata); `null` when it has none, as the samples show."""


class MediaConvertVideoDetailsDict(TypedDict):
    """The picture size of an output."""

    widthInPx: int
    """Width, in pixels."""
    heightInPx: int
    """Height, in pixels."""


class MediaConvertOutputDetailDict(TypedDict):
    """One output file the job wrote."""

    outputFilePaths: NotRequired[list[str]]
    """Where the output was written (`s3://bucket/out/clip.mp4`); the user guide's `COMPLETE` example has it,
    the console's samples do not."""
    durationInMs: int
    """The output's duration, in milliseconds."""
    videoDetails: NotRequired[MediaConvertVideoDetailsDict]
    """The output's picture size; absent for audio-only outputs."""


class MediaConvertOutputGroupDetailDict(TypedDict):
    """One output group of the completed job."""

    outputDetails: list[MediaConvertOutputDetailDict]
    """The group's outputs."""
    type: NotRequired[str]
    """The group's kind (`FILE_GROUP`, `HLS_GROUP`, `DASH_ISO_GROUP`, `CMAF_GROUP`, `MS_SMOOTH_GROUP`);
    absent in the console's samples."""
    playlistFilePaths: NotRequired[list[str]]
    """Streaming groups only: where the group's main playlists or manifests were written."""


class MediaConvertJobProgressDict(TypedDict):
    """How far a job has got, as `STATUS_UPDATE` reports it."""

    phaseProgress: dict[str, Any]
    """Progress per phase (`PROBING`, `TRANSCODING`, `UPLOADING`), each with its percentage and timing."""
    jobPercentComplete: int
    """The job's overall progress, in percent."""
    currentPhase: str
    """The phase the job is in (`TRANSCODING`)."""
    retryCount: int
    """How many times MediaConvert has retried the job."""


class MediaConvertWarningDict(TypedDict):
    """A warning MediaConvert raised while running the job."""

    code: int
    """The warning code; the user guide's list of warning codes explains each."""
    count: int
    """How many times the warning was raised."""


class MediaConvertJobStateChangeDetailDict(TypedDict):
    """The `detail` of `MediaConvert Job State Change`; which optional keys appear depends on `status`."""

    timestamp: int
    """When the status changed, in milliseconds since the Unix epoch."""
    accountId: str
    """The id of the account that owns the job."""
    queue: str
    """The ARN of the queue the job ran in."""
    jobId: str
    """The job's id (`1234567890123-abc123`)."""
    status: str
    """The job's new status: `INPUT_INFORMATION`, `PROGRESSING`, `STATUS_UPDATE`, `COMPLETE`, `CANCELED`,
    `ERROR`, `NEW_WARNING` or `QUEUE_HOP`, as the user guide lists them."""
    userMetadata: dict[str, str]
    """The key-value pairs given with the job (`CreateJob`'s `UserMetadata`); often empty."""
    inputDetails: NotRequired[list[MediaConvertInputDetailDict]]
    """`INPUT_INFORMATION` only: what MediaConvert found in each input."""
    outputGroupDetails: NotRequired[list[MediaConvertOutputGroupDetailDict]]
    """`COMPLETE` (and, in the console's samples, `ERROR`): the outputs written, per output group."""
    jobProgress: NotRequired[MediaConvertJobProgressDict]
    """`STATUS_UPDATE` only: how far the job has got."""
    framesDecoded: NotRequired[int]
    """`STATUS_UPDATE` only: how many input frames have been decoded so far."""
    errorCode: NotRequired[int]
    """`ERROR` only: the error code; the user guide's list of error codes explains each. Absent in the
    console's `ERROR` sample."""
    errorMessage: NotRequired[str]
    """`ERROR` only: what went wrong, in words."""
    warnings: NotRequired[list[MediaConvertWarningDict]]
    """`NEW_WARNING` and `COMPLETE`: the warnings raised so far."""


_MediaConvertJobStateChangeRouting = TypedDict(
    "_MediaConvertJobStateChangeRouting",
    {"detail-type": Literal["MediaConvert Job State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `MediaConvert Job State Change`.
"""


class MediaConvertJobStateChangeEventDict(_MediaConvertJobStateChangeRouting, EventBridgeEnvelopeDict):
    """MediaConvert sends it as a job progresses: when it starts, has read its inputs, reports progress,
    warns, completes, is canceled or fails."""

    source: Literal["aws.mediaconvert"]
    """Always `aws.mediaconvert`."""
    detail: MediaConvertJobStateChangeDetailDict
    """The job, its new status, and what that status reports."""
