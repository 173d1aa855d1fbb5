"""Amazon SageMaker events (`source` `aws.sagemaker`): training, processing and transform job state changes,
and model building pipeline execution status changes.

Authority: the SageMaker Developer Guide ("Events that Amazon SageMaker sends to EventBridge") and the
SageMaker API Reference: the job events carry what `DescribeTrainingJob`, `DescribeProcessingJob` and
`DescribeTransformJob` return; nested API structures are typed as `dict[str, Any]`, with their keys named
in the docstrings. The keys of the console's samples are required.
"""

from typing import Any, Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "SageMakerAlgorithmSpecificationDict",
    "SageMakerJobStatus",
    "SageMakerModelBuildingPipelineExecutionStatusChangeDetailDict",
    "SageMakerModelBuildingPipelineExecutionStatusChangeEventDict",
    "SageMakerModelBuildingPipelineExecutionStepStatusChangeDetailDict",
    "SageMakerModelBuildingPipelineExecutionStepStatusChangeEventDict",
    "SageMakerOutputDataConfigDict",
    "SageMakerPipelineExecutionStatus",
    "SageMakerPipelineStepStatus",
    "SageMakerProcessingJobStateChangeDetailDict",
    "SageMakerProcessingJobStateChangeEventDict",
    "SageMakerStoppingConditionDict",
    "SageMakerTrainingJobStateChangeDetailDict",
    "SageMakerTrainingJobStateChangeEventDict",
    "SageMakerTransformJobStateChangeDetailDict",
    "SageMakerTransformJobStateChangeEventDict",
]

EVENTS = {
    "SageMakerTrainingJobStateChangeEventDict": ("aws.sagemaker", "SageMaker Training Job State Change"),
    "SageMakerProcessingJobStateChangeEventDict": ("aws.sagemaker", "SageMaker Processing Job State Change"),
    "SageMakerTransformJobStateChangeEventDict": ("aws.sagemaker", "SageMaker Transform Job State Change"),
    "SageMakerModelBuildingPipelineExecutionStatusChangeEventDict": ("aws.sagemaker", "SageMaker Model Building Pipeline Execution Status Change"),
    "SageMakerModelBuildingPipelineExecutionStepStatusChangeEventDict": ("aws.sagemaker", "SageMaker Model Building Pipeline Execution Step Status Change"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

SageMakerJobStatus = Literal["InProgress", "Completed", "Failed", "Stopping", "Stopped"]
"""The status of a training, processing or transform job: the values of the SageMaker API Reference
(`TrainingJobStatus`, `ProcessingJobStatus`, `TransformJobStatus`)."""


# --- SageMaker Training Job State Change --------------------------------------------------------------------


class SageMakerAlgorithmSpecificationDict(TypedDict):
    """The training algorithm."""

    TrainingInputMode: str
    """`Pipe`, `File` or `FastFile`."""
    TrainingImage: NotRequired[str]
    """The registry path of the training image."""
    AlgorithmName: NotRequired[str]
    """The algorithm resource's name, when one is used instead of an image."""
    MetricDefinitions: NotRequired[list[dict[str, str]]]
    """The metrics read from the logs (`Name`, `Regex`)."""
    EnableSageMakerMetricsTimeSeries: NotRequired[bool]
    """Whether the metrics are published as a time series."""
    ContainerEntrypoint: NotRequired[list[str]]
    """The container's entry point."""
    ContainerArguments: NotRequired[list[str]]
    """The container's arguments."""


class SageMakerOutputDataConfigDict(TypedDict):
    """Where the model artifacts go."""

    S3OutputPath: str
    """The S3 path of the artifacts."""
    KmsKeyId: NotRequired[str]
    """The KMS key that encrypts them."""
    CompressionType: NotRequired[str]
    """`GZIP` or `NONE`."""


class SageMakerStoppingConditionDict(TypedDict):
    """When the job is stopped."""

    MaxRuntimeInSeconds: NotRequired[int]
    """The longest the job may run."""
    MaxWaitTimeInSeconds: NotRequired[int]
    """Managed Spot training: the longest to wait for Spot capacity and run."""
    MaxPendingTimeInSeconds: NotRequired[int]
    """The longest the job may stay pending."""


class SageMakerTrainingJobStateChangeDetailDict(TypedDict):
    """The `detail` of `SageMaker Training Job State Change`: the job as `DescribeTrainingJob` returns it
    (times as ISO 8601 text). The keys of the console's sample are required, the rest depend on the job."""

    TrainingJobName: str
    """The job's name."""
    TrainingJobArn: str
    """The job's ARN."""
    TrainingJobStatus: SageMakerJobStatus
    """The job's status."""
    SecondaryStatus: str
    """The detailed status (`Starting`, `Downloading`, `Training`, `Uploading`, `Completed`, `Failed`...)."""
    HyperParameters: dict[str, str]
    """The hyperparameters."""
    AlgorithmSpecification: SageMakerAlgorithmSpecificationDict
    """The algorithm."""
    RoleArn: str
    """The role the job runs with."""
    InputDataConfig: list[dict[str, Any]]
    """The input channels (`ChannelName`, `DataSource`, `ContentType`, `CompressionType`, `RecordWrapperType`,
    `InputMode`...)."""
    OutputDataConfig: SageMakerOutputDataConfigDict
    """Where the artifacts go."""
    ResourceConfig: dict[str, Any]
    """The instances (`InstanceType`, `InstanceCount`, `VolumeSizeInGB`, `VolumeKmsKeyId`,
    `InstanceGroups`, `KeepAlivePeriodInSeconds`)."""
    StoppingCondition: SageMakerStoppingConditionDict
    """When the job is stopped."""
    CreationTime: str
    """When the job was created."""
    LastModifiedTime: str
    """When the job last changed."""
    SecondaryStatusTransitions: list[dict[str, Any]]
    """The secondary statuses so far (`Status`, `StartTime`, `EndTime`, `StatusMessage`)."""
    Tags: dict[str, str]
    """The job's tags."""
    VpcConfig: NotRequired[dict[str, Any]]
    """The VPC (`SecurityGroupIds`, `Subnets`); `{}` when none."""
    FailureReason: NotRequired[str]
    """Why the job failed."""
    TrainingStartTime: NotRequired[str]
    """When training started."""
    TrainingEndTime: NotRequired[str]
    """When training ended."""
    ModelArtifacts: NotRequired[dict[str, str]]
    """The artifacts (`S3ModelArtifacts`), once the job completed."""
    FinalMetricDataList: NotRequired[list[dict[str, Any]]]
    """The final values of the metrics (`MetricName`, `Value`, `Timestamp`)."""
    EnableNetworkIsolation: NotRequired[bool]
    """Whether network access is blocked."""
    EnableInterContainerTrafficEncryption: NotRequired[bool]
    """Whether traffic between instances is encrypted."""
    EnableManagedSpotTraining: NotRequired[bool]
    """Whether Spot capacity is used."""
    TrainingTimeInSeconds: NotRequired[int]
    """The seconds of training."""
    BillableTimeInSeconds: NotRequired[int]
    """The billed seconds."""
    CheckpointConfig: NotRequired[dict[str, Any]]
    """Where checkpoints go (`S3Uri`, `LocalPath`)."""
    DebugHookConfig: NotRequired[dict[str, Any]]
    """The Debugger hook."""
    DebugRuleEvaluationStatuses: NotRequired[list[dict[str, Any]]]
    """The Debugger rules' statuses."""
    ProfilerConfig: NotRequired[dict[str, Any]]
    """The Profiler configuration."""
    Environment: NotRequired[dict[str, str]]
    """The environment variables of the training container."""
    RetryStrategy: NotRequired[dict[str, Any]]
    """How often the job is retried (`MaximumRetryAttempts`)."""
    ExperimentConfig: NotRequired[dict[str, Any]]
    """The experiment the job belongs to."""
    WarmPoolStatus: NotRequired[dict[str, Any]]
    """The status of the job's warm pool."""
    TuningJobArn: NotRequired[str]
    """The hyperparameter tuning job that launched it."""
    LabelingJobArn: NotRequired[str]
    """The labeling job that created the input."""
    AutoMLJobArn: NotRequired[str]
    """The AutoML job that created it."""


# --- SageMaker Processing Job State Change ------------------------------------------------------------------


class SageMakerProcessingJobStateChangeDetailDict(TypedDict):
    """The `detail` of `SageMaker Processing Job State Change`: the job as `DescribeProcessingJob` returns it
    (times in milliseconds since the epoch)."""

    ProcessingJobName: str
    """The job's name."""
    ProcessingJobArn: str
    """The job's ARN."""
    ProcessingJobStatus: SageMakerJobStatus
    """The job's status."""
    ProcessingResources: dict[str, Any]
    """The cluster (`ClusterConfig`: `InstanceCount`, `InstanceType`, `VolumeSizeInGB`, `VolumeKmsKeyId`)."""
    AppSpecification: dict[str, Any]
    """The container (`ImageUri`, `ContainerEntrypoint`, `ContainerArguments`)."""
    RoleArn: str
    """The role the job runs with."""
    CreationTime: int
    """When the job was created."""
    LastModifiedTime: int
    """When the job last changed."""
    ProcessingInputs: NotRequired[list[dict[str, Any]]]
    """The inputs (`InputName`, `S3Input`, `DatasetDefinition`)."""
    ProcessingOutputConfig: NotRequired[dict[str, Any]]
    """The outputs (`Outputs`, `KmsKeyId`)."""
    StoppingCondition: NotRequired[SageMakerStoppingConditionDict]
    """When the job is stopped."""
    NetworkConfig: NotRequired[dict[str, Any]]
    """Network isolation, traffic encryption and the VPC."""
    Environment: NotRequired[dict[str, str]]
    """The environment variables of the container."""
    ExperimentConfig: NotRequired[dict[str, Any]]
    """The experiment the job belongs to; `{}` when none."""
    ExitMessage: NotRequired[str]
    """The container's exit message."""
    FailureReason: NotRequired[str]
    """Why the job failed."""
    ProcessingStartTime: NotRequired[int]
    """When processing started."""
    ProcessingEndTime: NotRequired[int]
    """When processing ended."""
    MonitoringScheduleArn: NotRequired[str]
    """The monitoring schedule that started the job."""
    AutoMLJobArn: NotRequired[str]
    """The AutoML job that started it."""
    TrainingJobArn: NotRequired[str]
    """The training job that started it."""
    Tags: NotRequired[dict[str, str]]
    """The job's tags."""


# --- SageMaker Transform Job State Change -------------------------------------------------------------------


class SageMakerTransformJobStateChangeDetailDict(TypedDict):
    """The `detail` of `SageMaker Transform Job State Change`: the job as `DescribeTransformJob` returns it
    (times as ISO 8601 text)."""

    TransformJobName: str
    """The job's name."""
    TransformJobArn: str
    """The job's ARN."""
    TransformJobStatus: SageMakerJobStatus
    """The job's status."""
    ModelName: str
    """The model that makes the predictions."""
    TransformInput: dict[str, Any]
    """The input (`DataSource`, `ContentType`, `CompressionType`, `SplitType`)."""
    TransformOutput: dict[str, Any]
    """The output (`S3OutputPath`, `Accept`, `AssembleWith`, `KmsKeyId`)."""
    TransformResources: dict[str, Any]
    """The instances (`InstanceType`, `InstanceCount`, `VolumeKmsKeyId`)."""
    CreationTime: str
    """When the job was created."""
    Tags: dict[str, str]
    """The job's tags."""
    FailureReason: NotRequired[str]
    """Why the job failed."""
    MaxConcurrentTransforms: NotRequired[int]
    """The parallel requests per instance."""
    MaxPayloadInMB: NotRequired[int]
    """The largest request payload."""
    BatchStrategy: NotRequired[str]
    """`MultiRecord` or `SingleRecord`."""
    Environment: NotRequired[dict[str, str]]
    """The environment variables of the container."""
    TransformStartTime: NotRequired[str]
    """When the transform started."""
    TransformEndTime: NotRequired[str]
    """When the transform ended."""
    ModelClientConfig: NotRequired[dict[str, Any]]
    """The invocation timeout and retries."""
    DataProcessing: NotRequired[dict[str, Any]]
    """The input and output filters."""
    DataCaptureConfig: NotRequired[dict[str, Any]]
    """Where captured data goes."""
    ExperimentConfig: NotRequired[dict[str, Any]]
    """The experiment the job belongs to."""
    LabelingJobArn: NotRequired[str]
    """The labeling job that created the input."""
    AutoMLJobArn: NotRequired[str]
    """The AutoML job that created it."""


# --- SageMaker Model Building Pipeline Execution Status Change ----------------------------------------------

SageMakerPipelineExecutionStatus = Literal["Executing", "Stopping", "Stopped", "Failed", "Succeeded"]
"""A pipeline execution's status: the `PipelineExecutionStatus` values of the SageMaker API Reference."""


class SageMakerModelBuildingPipelineExecutionStatusChangeDetailDict(TypedDict):
    """The `detail` of `SageMaker Model Building Pipeline Execution Status Change`."""

    pipelineArn: str
    """The pipeline's ARN."""
    pipelineExecutionArn: str
    """The execution's ARN."""
    pipelineExecutionDisplayName: str
    """The execution's display name."""
    currentPipelineExecutionStatus: SageMakerPipelineExecutionStatus
    """The status the execution entered."""
    previousPipelineExecutionStatus: SageMakerPipelineExecutionStatus
    """The status it left."""
    executionStartTime: str
    """When the execution started, ISO 8601."""
    executionEndTime: NotRequired[str]
    """When it ended, ISO 8601; absent while it runs."""
    pipelineExecutionDescription: NotRequired[str]
    """The execution's description, when it has one."""


_SageMakerTrainingJobStateChangeRouting = TypedDict(
    "_SageMakerTrainingJobStateChangeRouting",
    {"detail-type": Literal["SageMaker Training Job State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `SageMaker Training Job State Change`.
"""


class SageMakerTrainingJobStateChangeEventDict(_SageMakerTrainingJobStateChangeRouting, EventBridgeEnvelopeDict):
    """A training job changed status; `resources` holds its ARN."""

    source: Literal["aws.sagemaker"]
    """Always `aws.sagemaker`."""
    detail: SageMakerTrainingJobStateChangeDetailDict
    """The event's data."""


_SageMakerProcessingJobStateChangeRouting = TypedDict(
    "_SageMakerProcessingJobStateChangeRouting",
    {"detail-type": Literal["SageMaker Processing Job State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `SageMaker Processing Job State Change`.
"""


class SageMakerProcessingJobStateChangeEventDict(_SageMakerProcessingJobStateChangeRouting, EventBridgeEnvelopeDict):
    """A processing job changed status; `resources` holds its ARN."""

    source: Literal["aws.sagemaker"]
    """Always `aws.sagemaker`."""
    detail: SageMakerProcessingJobStateChangeDetailDict
    """The event's data."""


_SageMakerTransformJobStateChangeRouting = TypedDict(
    "_SageMakerTransformJobStateChangeRouting",
    {"detail-type": Literal["SageMaker Transform Job State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `SageMaker Transform Job State Change`.
"""


class SageMakerTransformJobStateChangeEventDict(_SageMakerTransformJobStateChangeRouting, EventBridgeEnvelopeDict):
    """A batch transform job changed status; `resources` holds its ARN."""

    source: Literal["aws.sagemaker"]
    """Always `aws.sagemaker`."""
    detail: SageMakerTransformJobStateChangeDetailDict
    """The event's data."""


_SageMakerModelBuildingPipelineExecutionStatusChangeRouting = TypedDict(
    "_SageMakerModelBuildingPipelineExecutionStatusChangeRouting",
    {"detail-type": Literal["SageMaker Model Building Pipeline Execution Status Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `SageMaker Model Building Pipeline Execution Status Change`.
"""


class SageMakerModelBuildingPipelineExecutionStatusChangeEventDict(_SageMakerModelBuildingPipelineExecutionStatusChangeRouting, EventBridgeEnvelopeDict):
    """A pipeline execution changed status; `resources` holds the pipeline's and the execution's ARNs."""

    source: Literal["aws.sagemaker"]
    """Always `aws.sagemaker`."""
    detail: SageMakerModelBuildingPipelineExecutionStatusChangeDetailDict
    """The event's data."""


# --- SageMaker Model Building Pipeline Execution Step Status Change -----------------------------------------


SageMakerPipelineStepStatus = Literal["Starting", "Executing", "Stopping", "Stopped", "Failed", "Succeeded"]
"""A pipeline step's status: the `StepStatus` values of the SageMaker API Reference."""


class SageMakerModelBuildingPipelineExecutionStepStatusChangeDetailDict(TypedDict):
    """The `detail` of `SageMaker Model Building Pipeline Execution Step Status Change`."""

    pipelineArn: str
    """The pipeline's ARN."""
    pipelineExecutionArn: str
    """The execution's ARN."""
    stepName: str
    """The step's name."""
    stepType: str
    """The step's type (`Processing`, `Training`, `Transform`, `Model`, `RegisterModel`, `Condition`, `Fail`,
    `Lambda`, `QualityCheck`, `ClarifyCheck`, `EMR`, `Callback`...)."""
    currentStepStatus: SageMakerPipelineStepStatus
    """The status the step entered."""
    previousStepStatus: SageMakerPipelineStepStatus
    """The status it left."""
    stepStartTime: str
    """When the step started, ISO 8601."""
    stepEndTime: NotRequired[str]
    """When it ended, ISO 8601; absent while it runs."""
    metadata: dict[str, Any]
    """What the step ran, by kind (`processingJob`, `trainingJob`, `transformJob`, `model`, `registerModel`,
    `condition`, `lambda`...), each with its `arn` or outcome."""
    failureReason: NotRequired[str]
    """Why the step failed."""


_SageMakerModelBuildingPipelineExecutionStepStatusChangeRouting = TypedDict(
    "_SageMakerModelBuildingPipelineExecutionStepStatusChangeRouting",
    {"detail-type": Literal["SageMaker Model Building Pipeline Execution Step Status Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `SageMaker Model Building Pipeline Execution Step Status Change`.
"""


class SageMakerModelBuildingPipelineExecutionStepStatusChangeEventDict(_SageMakerModelBuildingPipelineExecutionStepStatusChangeRouting, EventBridgeEnvelopeDict):
    """A step of a pipeline execution changed status; `resources` holds the pipeline's and the execution's ARNs."""

    source: Literal["aws.sagemaker"]
    """Always `aws.sagemaker`."""
    detail: SageMakerModelBuildingPipelineExecutionStepStatusChangeDetailDict
    """The event's data."""
