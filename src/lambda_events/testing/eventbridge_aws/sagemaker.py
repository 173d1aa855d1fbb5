"""Test events of Amazon SageMaker (`aws.sagemaker`): training, processing and transform jobs, pipeline
executions."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional, get_args

from lambda_events.eventbridge.aws.sagemaker import (
    SageMakerJobStatus,
    SageMakerPipelineExecutionStatus,
    SageMakerPipelineStepStatus,
)
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.sagemaker import (
        SageMakerModelBuildingPipelineExecutionStatusChangeDetailDict,
        SageMakerModelBuildingPipelineExecutionStepStatusChangeDetailDict,
        SageMakerModelBuildingPipelineExecutionStepStatusChangeEventDict,
        SageMakerModelBuildingPipelineExecutionStatusChangeEventDict,
        SageMakerProcessingJobStateChangeDetailDict,
        SageMakerProcessingJobStateChangeEventDict,
        SageMakerTrainingJobStateChangeDetailDict,
        SageMakerTrainingJobStateChangeEventDict,
        SageMakerTransformJobStateChangeDetailDict,
        SageMakerTransformJobStateChangeEventDict,
    )

__all__ = [
    "sagemaker_model_building_pipeline_execution_status_change_event",
    "sagemaker_model_building_pipeline_execution_step_status_change_event",
    "sagemaker_processing_job_state_change_event",
    "sagemaker_training_job_state_change_event",
    "sagemaker_transform_job_state_change_event",
]

_FAILURE = "AlgorithmError: the training script exited with code 1"


def _role(scene: Scenario) -> str:
    """The SageMaker execution role of the scenario's account."""
    return f"arn:aws:iam::{scene.account}:role/SageMakerExecutionRole"


def sagemaker_training_job_state_change_event(
    *,
    job_name: str = "churn-xgboost",
    status: SageMakerJobStatus = "Completed",
    bucket: str = "example-ml-bucket",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SageMakerTrainingJobStateChangeEventDict:
    """A training job entered `status`; once `Completed` it has model artifacts in `bucket`, once `Failed`
    a `FailureReason`."""
    check_one_of("status", status, get_args(SageMakerJobStatus))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    job_arn = scene.arn("sagemaker", f"training-job/{job_name}")
    started = scene.iso(-900_000, fraction=False)
    detail: SageMakerTrainingJobStateChangeDetailDict = {
        "TrainingJobName": job_name,
        "TrainingJobArn": job_arn,
        "TrainingJobStatus": status,
        "SecondaryStatus": {"InProgress": "Training", "Stopping": "Stopping"}.get(status, status),
        "HyperParameters": {"max_depth": "5", "num_round": "100"},
        "AlgorithmSpecification": {
            "TrainingImage": f"683313688378.dkr.ecr.{scene.region}.amazonaws.com/sagemaker-xgboost:1.7-1",
            "TrainingInputMode": "File",
        },
        "RoleArn": _role(scene),
        "InputDataConfig": [
            {"ChannelName": "train", "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": f"s3://{bucket}/train/"}}}
        ],
        "OutputDataConfig": {"S3OutputPath": f"s3://{bucket}/models/"},
        "ResourceConfig": {"InstanceType": "ml.m5.xlarge", "InstanceCount": 1, "VolumeSizeInGB": 30},
        "StoppingCondition": {"MaxRuntimeInSeconds": 3600},
        "CreationTime": scene.iso(-960_000, fraction=False),
        "TrainingStartTime": started,
        "LastModifiedTime": scene.iso(fraction=False),
        "SecondaryStatusTransitions": [{"Status": "Starting", "StartTime": started, "StatusMessage": "Preparing the instances for training"}],
        "Tags": {},
    }
    if status in ("Completed", "Failed", "Stopped"):
        detail["TrainingEndTime"] = scene.iso(fraction=False)
    if status == "Completed":
        detail["ModelArtifacts"] = {"S3ModelArtifacts": f"s3://{bucket}/models/{job_name}/output/model.tar.gz"}
    if status == "Failed":
        detail["FailureReason"] = _FAILURE
    return {
        **aws_event_envelope(scene, [job_arn]),
        "source": "aws.sagemaker",
        "detail-type": "SageMaker Training Job State Change",
        "detail": detail,
    }


def sagemaker_processing_job_state_change_event(
    *,
    job_name: str = "feature-prep",
    status: SageMakerJobStatus = "Completed",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SageMakerProcessingJobStateChangeEventDict:
    """A processing job entered `status`."""
    check_one_of("status", status, get_args(SageMakerJobStatus))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    job_arn = scene.arn("sagemaker", f"processing-job/{job_name}")
    detail: SageMakerProcessingJobStateChangeDetailDict = {
        "ProcessingJobName": job_name,
        "ProcessingJobArn": job_arn,
        "ProcessingJobStatus": status,
        "ProcessingResources": {"ClusterConfig": {"InstanceCount": 1, "InstanceType": "ml.m5.xlarge", "VolumeSizeInGB": 30}},
        "AppSpecification": {"ImageUri": f"{account}.dkr.ecr.{region}.amazonaws.com/processing:latest"},
        "RoleArn": _role(scene),
        "StoppingCondition": {"MaxRuntimeInSeconds": 3600},
        "ExperimentConfig": {},
        "CreationTime": scene.epoch_ms(-600_000),
        "LastModifiedTime": scene.epoch_ms(),
    }
    if status in ("Completed", "Failed", "Stopped"):
        detail["ProcessingStartTime"] = scene.epoch_ms(-540_000)
        detail["ProcessingEndTime"] = scene.epoch_ms()
    if status == "Failed":
        detail["FailureReason"] = "ClientError: the processing script exited with code 1"
    return {
        **aws_event_envelope(scene, [job_arn]),
        "source": "aws.sagemaker",
        "detail-type": "SageMaker Processing Job State Change",
        "detail": detail,
    }


def sagemaker_transform_job_state_change_event(
    *,
    job_name: str = "nightly-scoring",
    model: str = "churn-xgboost",
    status: SageMakerJobStatus = "Completed",
    bucket: str = "example-ml-bucket",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SageMakerTransformJobStateChangeEventDict:
    """A batch transform job of `model` entered `status`."""
    check_one_of("status", status, get_args(SageMakerJobStatus))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    job_arn = scene.arn("sagemaker", f"transform-job/{job_name}")
    detail: SageMakerTransformJobStateChangeDetailDict = {
        "TransformJobName": job_name,
        "TransformJobArn": job_arn,
        "TransformJobStatus": status,
        "ModelName": model,
        "MaxConcurrentTransforms": 1,
        "MaxPayloadInMB": 6,
        "BatchStrategy": "MultiRecord",
        "TransformInput": {
            "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": f"s3://{bucket}/batch/input/"}},
            "ContentType": "text/csv",
            "SplitType": "Line",
        },
        "TransformOutput": {"S3OutputPath": f"s3://{bucket}/batch/output/", "AssembleWith": "Line"},
        "TransformResources": {"InstanceType": "ml.m5.large", "InstanceCount": 1},
        "CreationTime": scene.iso(-600_000, fraction=False),
        "TransformStartTime": scene.iso(-540_000, fraction=False),
        "Tags": {},
    }
    if status in ("Completed", "Failed", "Stopped"):
        detail["TransformEndTime"] = scene.iso(fraction=False)
    if status == "Failed":
        detail["FailureReason"] = "ClientError: See job logs for more information"
    return {
        **aws_event_envelope(scene, [job_arn]),
        "source": "aws.sagemaker",
        "detail-type": "SageMaker Transform Job State Change",
        "detail": detail,
    }


def sagemaker_model_building_pipeline_execution_status_change_event(
    *,
    pipeline: str = "churn-pipeline",
    status: SageMakerPipelineExecutionStatus = "Succeeded",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SageMakerModelBuildingPipelineExecutionStatusChangeEventDict:
    """An execution of `pipeline` moved from `Executing` (or to it, from `Executing` when it starts) to `status`."""
    check_one_of("status", status, get_args(SageMakerPipelineExecutionStatus))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    pipeline_arn = scene.arn("sagemaker", f"pipeline/{pipeline}")
    execution_arn = f"{pipeline_arn}/execution/{scene.lower_id(12)}"
    detail: SageMakerModelBuildingPipelineExecutionStatusChangeDetailDict = {
        "pipelineArn": pipeline_arn,
        "pipelineExecutionArn": execution_arn,
        "pipelineExecutionDisplayName": f"execution-{scene.epoch_ms()}",
        "currentPipelineExecutionStatus": status,
        "previousPipelineExecutionStatus": "Stopping" if status == "Stopped" else "Executing",
        "executionStartTime": scene.iso(-1_800_000, fraction=False),
    }
    if status in ("Succeeded", "Failed", "Stopped"):
        detail["executionEndTime"] = scene.iso(fraction=False)
    return {
        **aws_event_envelope(scene, [pipeline_arn, execution_arn]),
        "source": "aws.sagemaker",
        "detail-type": "SageMaker Model Building Pipeline Execution Status Change",
        "detail": detail,
    }


def sagemaker_model_building_pipeline_execution_step_status_change_event(
    *,
    pipeline: str = "churn-pipeline",
    step: str = "Preprocess",
    status: SageMakerPipelineStepStatus = "Succeeded",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SageMakerModelBuildingPipelineExecutionStepStatusChangeEventDict:
    """The processing step `step` of an execution of `pipeline` entered `status` (from `Executing`)."""
    check_one_of("status", status, get_args(SageMakerPipelineStepStatus))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    pipeline_arn = scene.arn("sagemaker", f"pipeline/{pipeline}")
    execution_id = scene.lower_id(12)
    execution_arn = f"{pipeline_arn}/execution/{execution_id}"
    job_arn = scene.arn("sagemaker", f"processing-job/pipelines-{execution_id}-{step.lower()}-{scene.lower_id(10)}")
    detail: SageMakerModelBuildingPipelineExecutionStepStatusChangeDetailDict = {
        "metadata": {"processingJob": {"arn": job_arn}},
        "stepStartTime": scene.iso(-600_000, fraction=False),
        "stepName": step,
        "stepType": "Processing",
        "previousStepStatus": "Starting" if status == "Executing" else "Executing",
        "currentStepStatus": status,
        "pipelineArn": pipeline_arn,
        "pipelineExecutionArn": execution_arn,
    }
    if status in ("Succeeded", "Failed", "Stopped"):
        detail["stepEndTime"] = scene.iso(fraction=False)
    if status == "Failed":
        detail["failureReason"] = "ClientError: the processing job failed"
    return {
        **aws_event_envelope(scene, [pipeline_arn, execution_arn]),
        "source": "aws.sagemaker",
        "detail-type": "SageMaker Model Building Pipeline Execution Step Status Change",
        "detail": detail,
    }
