"""Amazon SageMaker Ground Truth custom labeling workflows: the pre-annotation function (one data object in,
the task's input out) and the annotation consolidation function (the workers' answers in, one label per data
object out)."""

from typing import Any, Literal

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "GroundTruthAnnotationDataDict",
    "GroundTruthConsolidatedAnnotationDict",
    "GroundTruthConsolidatedContentDict",
    "GroundTruthConsolidationEventDict",
    "GroundTruthConsolidationPayloadDict",
    "GroundTruthDatasetObjectDict",
    "GroundTruthDatasetObjectSourceDict",
    "GroundTruthPreAnnotationEventDict",
    "GroundTruthPreAnnotationResponseDict",
    "GroundTruthWorkerAnnotationDict",
]


class GroundTruthPreAnnotationEventDict(TypedDict):
    """One data object of the labeling job, before it is shown to workers."""

    version: str
    """The request format's version (`2018-10-16`)."""
    labelingJobArn: str
    """The labeling job's ARN."""
    dataObject: dict[str, Any]
    """The data object's line of the input manifest: `source-ref` (the S3 URI of an image, a video frame, a
    document) or `source` (the text itself), and any other keys of the line (earlier labels and their
    `-metadata` for a verification or adjustment job: names the job's author chose)."""
    labelAttributeName: NotRequired[str]
    """The job's label attribute name; sent to jobs created since it was added, absent in AWS's older
    examples."""


class GroundTruthPreAnnotationResponseDict(TypedDict):
    """What the pre-annotation function returns for the data object."""

    taskInput: dict[str, Any]
    """The object the worker task template reads as `task.input` (the image URI, the text, the choices)."""
    isHumanAnnotationRequired: NotRequired[Literal["true", "false"]]
    """`"false"` to skip the object (it gets no human label); `"true"` or absent: send it to workers. A
    string, not a boolean."""


class GroundTruthConsolidationPayloadDict(TypedDict):
    """Where the workers' annotations are."""

    s3Uri: str
    """The S3 URI of a JSON file listing, per data object, the annotations of every worker
    (`GroundTruthDatasetObjectDict`); read it with the role of `roleArn`."""


class GroundTruthConsolidationEventDict(TypedDict):
    """A batch of annotated data objects to consolidate."""

    version: str
    """The request format's version (`2018-10-16`)."""
    labelingJobArn: str
    """The labeling job's ARN."""
    payload: GroundTruthConsolidationPayloadDict
    """Where the annotations are."""
    labelAttributeName: str
    """The job's label attribute name: the key the consolidated labels go under."""
    roleArn: str
    """The role the job runs with, which can read the annotations file."""
    outputConfig: str
    """The S3 URI of the job's output, for files the function writes."""


class GroundTruthAnnotationDataDict(TypedDict):
    """A worker's answer, as the task template submitted it."""

    content: str
    """The answer, as JSON text (parse it with `json.loads`)."""


class GroundTruthWorkerAnnotationDict(TypedDict):
    """One worker's annotation of a data object."""

    workerId: str
    """The worker's id (`private.us-east-1.abc123`)."""
    annotationData: GroundTruthAnnotationDataDict
    """The worker's answer."""


class GroundTruthDatasetObjectSourceDict(TypedDict):
    """The data object that was annotated: one of the two keys."""

    s3Uri: NotRequired[str]
    """The object's S3 URI, when the manifest named one (`source-ref`)."""
    content: NotRequired[str]
    """The object's text, when the manifest held it (`source`)."""


class GroundTruthDatasetObjectDict(TypedDict):
    """An entry of the annotations file `payload.s3Uri` points at: a data object and every worker's answer."""

    datasetObjectId: str
    """The data object's id in the job."""
    dataObject: GroundTruthDatasetObjectSourceDict
    """The data object."""
    annotations: list[GroundTruthWorkerAnnotationDict]
    """Every worker's answer."""


class GroundTruthConsolidatedContentDict(TypedDict):
    """The consolidated label of a data object."""

    content: dict[str, Any]
    """The label under the job's label attribute name (and, by convention, `<name>-metadata`)."""


class GroundTruthConsolidatedAnnotationDict(TypedDict):
    """One element of the list the consolidation function returns: the label of one data object."""

    datasetObjectId: str
    """The data object's id, as in the annotations file."""
    consolidatedAnnotation: GroundTruthConsolidatedContentDict
    """The label."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

GroundTruthPreAnnotationHandler = Callable[
    ["GroundTruthPreAnnotationEventDict", "LambdaContext"],
    "GroundTruthPreAnnotationResponseDict",
]
"""A Ground Truth pre-annotation function; return the task's input for the data object."""

GroundTruthConsolidationHandler = Callable[
    ["GroundTruthConsolidationEventDict", "LambdaContext"],
    list["GroundTruthConsolidatedAnnotationDict"],
]
"""A Ground Truth annotation consolidation function; return one label per data object."""

__all__ += ["GroundTruthPreAnnotationHandler", "GroundTruthConsolidationHandler"]
# --- end generated handler aliases ---
