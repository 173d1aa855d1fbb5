"""AWS services' own EventBridge events, typed: which one an event is, and a `TypeIs` guard per event type.

`eventbridge_detail_type(event)` names the event type of a known `source`/`detail-type` pair
(`"EC2InstanceStateChangeEventDict"`), and `is_ec2_instance_state_change_event(event)` narrows `event` to
`lambda_events.eventbridge.aws.ec2.EC2InstanceStateChangeEventDict`. Both are one dict lookup on those two
keys; this module imports the event types for type checkers only, so importing it creates no TypedDict.
`eventbridge_type(name)` loads the type of a name (for run-time checks such as `find_event_problems`), and
`EVENTBRIDGE_EVENT_TYPES` maps every registered name to its module.
`detect_event_source` keeps answering `"eventbridge"` for all of these events.

Conventions (every service module follows them; `ec2` is the model):

- **Module.** `src/lambda_events/eventbridge/aws/<service>.py`, named after `source` without `aws.`,
  lower-case, `-` → `_` (`aws.ec2` → `ec2`). The CloudTrail records (`AWS API Call via CloudTrail` and
  `AWS Console Sign In via CloudTrail`, any source) are in `cloudtrail.py`. A module imports only
  `typing`, `lambda_events._typing`, `lambda_events._eventbridge_envelope` and, where a detail embeds a
  CloudTrail record, `lambda_events.eventbridge.aws.cloudtrail`. Its docstring names the documentation
  pages it was written from.
- **Names.** Per detail-type, the detail-type in CamelCase with the service prefix AWS uses, plus
  `DetailDict` for the `detail` and `EventDict` for the whole event (`EC2InstanceStateChangeDetailDict`,
  `EC2InstanceStateChangeEventDict`). Sub-structures: the same prefix plus `Dict`. Closed sets of values
  that several keys share: a public `Literal` alias named without `Dict` (`EC2InstanceState`).
- **Event.** A functional TypedDict `_<Name>Routing` holding `detail-type` as a one-value `Literal`,
  documented in the string under it, and the class `<Name>EventDict(_<Name>Routing,
  EventBridgeEnvelopeDict)` declaring `source` (a one-value `Literal`; plain `str` only for a detail-type
  any source sends) and `detail`. Because `source` and `detail-type` are `Literal`s, a union of events
  narrows on either key under mypy and pyright strict.
- **Keys.** Every key has a docstring. Keys that are not identifiers go in a functional base
  `_<Name>HyphenatedKeys` whose docstring lists each in backquotes. A key is required only when the
  service's documentation says it is always sent (or every documented example and sample has it);
  otherwise `NotRequired`, with the evidence in its docstring. `Optional` only where `null` is documented
  or shown. A `Literal` only for a set the documentation closes (say where); otherwise `str`, naming the
  known values in the docstring.
- **Registry.** `__all__` is a literal list; `EVENTS` is a literal dict, alias → (`source`, `detail-type`),
  `source` `None` for "any source", with a docstring. `scripts/generate_eventbridge.py` (`make
  eventbridge`; `--check` runs in `make test`) reads it and writes the lookup tables and guards below, the
  factory index of `lambda_events.testing.eventbridge_aws`, and the table of `docs/eventbridge/index.md`.
  Never edit those generated blocks by hand.
- **Factory.** `src/lambda_events/testing/eventbridge_aws/<service>.py`, one per service module: per alias
  a factory named after it in snake_case (`ec2_instance_state_change_event`; the generator derives the
  name, keeping `CloudTrail`, `SageMaker`, `CodePipeline`, `CodeBuild`, `CodeDeploy` and `CodeCommit` one
  word: `sagemaker_training_job_state_change_event`), keyword-only arguments a
  test author cares about with realistic defaults, `region`, `account`, `seed`, `at` like every factory
  (`lambda_events.testing._scenario`), the envelope from `eventbridge_aws._envelope.aws_event`, and a
  `ValueError` naming the argument for a value outside a documented closed set. With no arguments but
  `seed` and `at` it must return a valid, deterministic event (the tests call every factory that way).
- **Fixtures.** `tests/events/eventbridge_aws/<service>/`, with a `fixtures.json` mapping each file to its
  alias. Every sample of `../shared/events/eventbridge-aws/AWSSampleEvents.json` whose pair is registered is
  a fixture: copied unchanged (`"origin": "shared/events/eventbridge-aws/AWSSampleEvents.json[<index>]"`),
  or, when it holds placeholders, one fixture per documented variant (`"origin": "derived from
  shared/events/eventbridge-aws/AWSSampleEvents.json[<index>]: <what was replaced and why>"`). Documented
  variants no sample shows: `"origin": "written from AWS documentation (<page>)"`. The tests check that
  every registered alias has a fixture and every sample of a registered pair is covered.
- **Docs.** A page per service group in `docs/eventbridge/`, listed in `mkdocs.yml`, with a complete
  handler example in `docs/examples/eventbridge_<service>.py` run by `tests/test_docs_examples.py`.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Optional, cast

if TYPE_CHECKING:
    if sys.version_info >= (3, 13):
        from typing import TypeIs
    else:
        from typing_extensions import TypeIs


def eventbridge_detail_type(event: object) -> Optional[str]:
    """The name of the event type registered for `event`'s `source` and `detail-type`
    (`"EC2InstanceStateChangeEventDict"`), or `None` when `event` is not a mapping, either key is missing or
    not a string, or the pair is not one this package types. It reads those two keys only, never raises,
    and does not check the rest of the event (`find_event_problems` does)."""
    if type(event) is not dict and not isinstance(event, Mapping):  # the ABC check only for other mappings
        return None
    mapping = cast("Mapping[str, object]", event)
    detail_type = mapping.get("detail-type")
    source = mapping.get("source")
    if not isinstance(detail_type, str) or not isinstance(source, str):
        return None
    return _ALIAS_BY_SOURCE_AND_DETAIL_TYPE.get((source, detail_type)) or _ALIAS_BY_DETAIL_TYPE_OF_ANY_SOURCE.get(
        detail_type
    )


def eventbridge_type(name: object) -> object:
    """The event type registered as `name` (`"EC2InstanceStateChangeEventDict"`, what
    `eventbridge_detail_type` returns), imported from its service module on first use; `LookupError` naming
    `name` when no event type is registered under it."""
    module = EVENTBRIDGE_EVENT_TYPES.get(name) if isinstance(name, str) else None
    if module is None or not isinstance(name, str):
        raise LookupError(f"name: {name!r} is not a registered EventBridge event type")
    import importlib  # only this function loads a service module

    event_type: object = getattr(importlib.import_module(module), name)
    return event_type


# --- begin generated (scripts/generate_eventbridge.py) ---
if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.athena import (
        AthenaQueryStateChangeEventDict,
    )
    from lambda_events.eventbridge.aws.autoscaling import (
        EC2AutoScalingInstanceRefreshCancelledEventDict,
        EC2AutoScalingInstanceRefreshCheckpointReachedEventDict,
        EC2AutoScalingInstanceRefreshFailedEventDict,
        EC2AutoScalingInstanceRefreshStartedEventDict,
        EC2AutoScalingInstanceRefreshSucceededEventDict,
        EC2InstanceLaunchLifecycleActionEventDict,
        EC2InstanceLaunchSuccessfulEventDict,
        EC2InstanceLaunchUnsuccessfulEventDict,
        EC2InstanceTerminateLifecycleActionEventDict,
        EC2InstanceTerminateSuccessfulEventDict,
        EC2InstanceTerminateUnsuccessfulEventDict,
    )
    from lambda_events.eventbridge.aws.batch import (
        BatchJobStateChangeEventDict,
    )
    from lambda_events.eventbridge.aws.cloudtrail import (
        AWSAPICallViaCloudTrailEventDict,
        AWSConsoleSignInViaCloudTrailEventDict,
    )
    from lambda_events.eventbridge.aws.codebuild import (
        CodeBuildBuildPhaseChangeEventDict,
        CodeBuildBuildStateChangeEventDict,
    )
    from lambda_events.eventbridge.aws.codecommit import (
        CodeCommitPullRequestStateChangeEventDict,
        CodeCommitRepositoryStateChangeEventDict,
    )
    from lambda_events.eventbridge.aws.codedeploy import (
        CodeDeployDeploymentStateChangeNotificationEventDict,
        CodeDeployInstanceStateChangeNotificationEventDict,
    )
    from lambda_events.eventbridge.aws.codepipeline import (
        CodePipelineActionExecutionStateChangeEventDict,
        CodePipelinePipelineExecutionStateChangeEventDict,
        CodePipelineStageExecutionStateChangeEventDict,
    )
    from lambda_events.eventbridge.aws.ec2 import (
        EBSFastSnapshotRestoreStateChangeNotificationEventDict,
        EBSMultiVolumeSnapshotsCompletionStatusEventDict,
        EBSSnapshotNotificationEventDict,
        EBSVolumeNotificationEventDict,
        EC2InstanceRebalanceRecommendationEventDict,
        EC2InstanceStateChangeEventDict,
        EC2SpotInstanceInterruptionWarningEventDict,
        EC2SpotInstanceRequestFulfillmentEventDict,
    )
    from lambda_events.eventbridge.aws.ecr import (
        ECRImageActionEventDict,
        ECRImageScanEventDict,
    )
    from lambda_events.eventbridge.aws.ecs import (
        ECSContainerInstanceStateChangeEventDict,
        ECSDeploymentStateChangeEventDict,
        ECSServiceActionEventDict,
        ECSTaskStateChangeEventDict,
    )
    from lambda_events.eventbridge.aws.emr import (
        EMRAutoScalingPolicyStateChangeEventDict,
        EMRClusterStateChangeEventDict,
        EMRConfigurationErrorEventDict,
        EMRInstanceFleetStateChangeEventDict,
        EMRInstanceGroupStateChangeEventDict,
        EMRStepStatusChangeEventDict,
    )
    from lambda_events.eventbridge.aws.glue import (
        GlueCrawlerStateChangeEventDict,
        GlueJobRunStatusEventDict,
        GlueJobStateChangeEventDict,
    )
    from lambda_events.eventbridge.aws.sagemaker import (
        SageMakerModelBuildingPipelineExecutionStatusChangeEventDict,
        SageMakerModelBuildingPipelineExecutionStepStatusChangeEventDict,
        SageMakerProcessingJobStateChangeEventDict,
        SageMakerTrainingJobStateChangeEventDict,
        SageMakerTransformJobStateChangeEventDict,
    )
    from lambda_events.eventbridge.aws.states import (
        StepFunctionsExecutionStatusChangeEventDict,
    )

_ALIAS_BY_SOURCE_AND_DETAIL_TYPE: dict[tuple[str, str], str] = {
    ("aws.athena", "Athena Query State Change"): "AthenaQueryStateChangeEventDict",
    ("aws.autoscaling", "EC2 Instance Launch Successful"): "EC2InstanceLaunchSuccessfulEventDict",
    ("aws.autoscaling", "EC2 Instance Launch Unsuccessful"): "EC2InstanceLaunchUnsuccessfulEventDict",
    ("aws.autoscaling", "EC2 Instance Terminate Successful"): "EC2InstanceTerminateSuccessfulEventDict",
    ("aws.autoscaling", "EC2 Instance Terminate Unsuccessful"): "EC2InstanceTerminateUnsuccessfulEventDict",
    ("aws.autoscaling", "EC2 Instance-launch Lifecycle Action"): "EC2InstanceLaunchLifecycleActionEventDict",
    ("aws.autoscaling", "EC2 Instance-terminate Lifecycle Action"): "EC2InstanceTerminateLifecycleActionEventDict",
    ("aws.autoscaling", "EC2 Auto Scaling Instance Refresh Started"): "EC2AutoScalingInstanceRefreshStartedEventDict",
    ("aws.autoscaling", "EC2 Auto Scaling Instance Refresh Checkpoint Reached"): "EC2AutoScalingInstanceRefreshCheckpointReachedEventDict",
    ("aws.autoscaling", "EC2 Auto Scaling Instance Refresh Succeeded"): "EC2AutoScalingInstanceRefreshSucceededEventDict",
    ("aws.autoscaling", "EC2 Auto Scaling Instance Refresh Failed"): "EC2AutoScalingInstanceRefreshFailedEventDict",
    ("aws.autoscaling", "EC2 Auto Scaling Instance Refresh Cancelled"): "EC2AutoScalingInstanceRefreshCancelledEventDict",
    ("aws.batch", "Batch Job State Change"): "BatchJobStateChangeEventDict",
    ("aws.codebuild", "CodeBuild Build State Change"): "CodeBuildBuildStateChangeEventDict",
    ("aws.codebuild", "CodeBuild Build Phase Change"): "CodeBuildBuildPhaseChangeEventDict",
    ("aws.codecommit", "CodeCommit Repository State Change"): "CodeCommitRepositoryStateChangeEventDict",
    ("aws.codecommit", "CodeCommit Pull Request State Change"): "CodeCommitPullRequestStateChangeEventDict",
    ("aws.codedeploy", "CodeDeploy Deployment State-change Notification"): "CodeDeployDeploymentStateChangeNotificationEventDict",
    ("aws.codedeploy", "CodeDeploy Instance State-change Notification"): "CodeDeployInstanceStateChangeNotificationEventDict",
    ("aws.codepipeline", "CodePipeline Pipeline Execution State Change"): "CodePipelinePipelineExecutionStateChangeEventDict",
    ("aws.codepipeline", "CodePipeline Stage Execution State Change"): "CodePipelineStageExecutionStateChangeEventDict",
    ("aws.codepipeline", "CodePipeline Action Execution State Change"): "CodePipelineActionExecutionStateChangeEventDict",
    ("aws.ec2", "EC2 Instance State-change Notification"): "EC2InstanceStateChangeEventDict",
    ("aws.ec2", "EC2 Spot Instance Interruption Warning"): "EC2SpotInstanceInterruptionWarningEventDict",
    ("aws.ec2", "EC2 Instance Rebalance Recommendation"): "EC2InstanceRebalanceRecommendationEventDict",
    ("aws.ec2", "EBS Snapshot Notification"): "EBSSnapshotNotificationEventDict",
    ("aws.ec2", "EBS Volume Notification"): "EBSVolumeNotificationEventDict",
    ("aws.ec2", "EC2 Spot Instance Request Fulfillment"): "EC2SpotInstanceRequestFulfillmentEventDict",
    ("aws.ec2", "EBS Multi-Volume Snapshots Completion Status"): "EBSMultiVolumeSnapshotsCompletionStatusEventDict",
    ("aws.ec2", "EBS Fast Snapshot Restore State-change Notification"): "EBSFastSnapshotRestoreStateChangeNotificationEventDict",
    ("aws.ecr", "ECR Image Action"): "ECRImageActionEventDict",
    ("aws.ecr", "ECR Image Scan"): "ECRImageScanEventDict",
    ("aws.ecs", "ECS Task State Change"): "ECSTaskStateChangeEventDict",
    ("aws.ecs", "ECS Container Instance State Change"): "ECSContainerInstanceStateChangeEventDict",
    ("aws.ecs", "ECS Deployment State Change"): "ECSDeploymentStateChangeEventDict",
    ("aws.ecs", "ECS Service Action"): "ECSServiceActionEventDict",
    ("aws.emr", "EMR Cluster State Change"): "EMRClusterStateChangeEventDict",
    ("aws.emr", "EMR Step Status Change"): "EMRStepStatusChangeEventDict",
    ("aws.emr", "EMR Instance Group State Change"): "EMRInstanceGroupStateChangeEventDict",
    ("aws.emr", "EMR Instance Fleet State Change"): "EMRInstanceFleetStateChangeEventDict",
    ("aws.emr", "EMR Auto Scaling Policy State Change"): "EMRAutoScalingPolicyStateChangeEventDict",
    ("aws.emr", "EMR Configuration Error"): "EMRConfigurationErrorEventDict",
    ("aws.glue", "Glue Job State Change"): "GlueJobStateChangeEventDict",
    ("aws.glue", "Glue Crawler State Change"): "GlueCrawlerStateChangeEventDict",
    ("aws.glue", "Glue Job Run Status"): "GlueJobRunStatusEventDict",
    ("aws.sagemaker", "SageMaker Training Job State Change"): "SageMakerTrainingJobStateChangeEventDict",
    ("aws.sagemaker", "SageMaker Processing Job State Change"): "SageMakerProcessingJobStateChangeEventDict",
    ("aws.sagemaker", "SageMaker Transform Job State Change"): "SageMakerTransformJobStateChangeEventDict",
    ("aws.sagemaker", "SageMaker Model Building Pipeline Execution Status Change"): "SageMakerModelBuildingPipelineExecutionStatusChangeEventDict",
    ("aws.sagemaker", "SageMaker Model Building Pipeline Execution Step Status Change"): "SageMakerModelBuildingPipelineExecutionStepStatusChangeEventDict",
    ("aws.states", "Step Functions Execution Status Change"): "StepFunctionsExecutionStatusChangeEventDict",
}

_ALIAS_BY_DETAIL_TYPE_OF_ANY_SOURCE: dict[str, str] = {
    "AWS API Call via CloudTrail": "AWSAPICallViaCloudTrailEventDict",
    "AWS Console Sign In via CloudTrail": "AWSConsoleSignInViaCloudTrailEventDict",
}

EVENTBRIDGE_EVENT_TYPES: Mapping[str, str] = MappingProxyType(
    {
        "AthenaQueryStateChangeEventDict": "lambda_events.eventbridge.aws.athena",
        "EC2InstanceLaunchSuccessfulEventDict": "lambda_events.eventbridge.aws.autoscaling",
        "EC2InstanceLaunchUnsuccessfulEventDict": "lambda_events.eventbridge.aws.autoscaling",
        "EC2InstanceTerminateSuccessfulEventDict": "lambda_events.eventbridge.aws.autoscaling",
        "EC2InstanceTerminateUnsuccessfulEventDict": "lambda_events.eventbridge.aws.autoscaling",
        "EC2InstanceLaunchLifecycleActionEventDict": "lambda_events.eventbridge.aws.autoscaling",
        "EC2InstanceTerminateLifecycleActionEventDict": "lambda_events.eventbridge.aws.autoscaling",
        "EC2AutoScalingInstanceRefreshStartedEventDict": "lambda_events.eventbridge.aws.autoscaling",
        "EC2AutoScalingInstanceRefreshCheckpointReachedEventDict": "lambda_events.eventbridge.aws.autoscaling",
        "EC2AutoScalingInstanceRefreshSucceededEventDict": "lambda_events.eventbridge.aws.autoscaling",
        "EC2AutoScalingInstanceRefreshFailedEventDict": "lambda_events.eventbridge.aws.autoscaling",
        "EC2AutoScalingInstanceRefreshCancelledEventDict": "lambda_events.eventbridge.aws.autoscaling",
        "BatchJobStateChangeEventDict": "lambda_events.eventbridge.aws.batch",
        "AWSAPICallViaCloudTrailEventDict": "lambda_events.eventbridge.aws.cloudtrail",
        "AWSConsoleSignInViaCloudTrailEventDict": "lambda_events.eventbridge.aws.cloudtrail",
        "CodeBuildBuildStateChangeEventDict": "lambda_events.eventbridge.aws.codebuild",
        "CodeBuildBuildPhaseChangeEventDict": "lambda_events.eventbridge.aws.codebuild",
        "CodeCommitRepositoryStateChangeEventDict": "lambda_events.eventbridge.aws.codecommit",
        "CodeCommitPullRequestStateChangeEventDict": "lambda_events.eventbridge.aws.codecommit",
        "CodeDeployDeploymentStateChangeNotificationEventDict": "lambda_events.eventbridge.aws.codedeploy",
        "CodeDeployInstanceStateChangeNotificationEventDict": "lambda_events.eventbridge.aws.codedeploy",
        "CodePipelinePipelineExecutionStateChangeEventDict": "lambda_events.eventbridge.aws.codepipeline",
        "CodePipelineStageExecutionStateChangeEventDict": "lambda_events.eventbridge.aws.codepipeline",
        "CodePipelineActionExecutionStateChangeEventDict": "lambda_events.eventbridge.aws.codepipeline",
        "EC2InstanceStateChangeEventDict": "lambda_events.eventbridge.aws.ec2",
        "EC2SpotInstanceInterruptionWarningEventDict": "lambda_events.eventbridge.aws.ec2",
        "EC2InstanceRebalanceRecommendationEventDict": "lambda_events.eventbridge.aws.ec2",
        "EBSSnapshotNotificationEventDict": "lambda_events.eventbridge.aws.ec2",
        "EBSVolumeNotificationEventDict": "lambda_events.eventbridge.aws.ec2",
        "EC2SpotInstanceRequestFulfillmentEventDict": "lambda_events.eventbridge.aws.ec2",
        "EBSMultiVolumeSnapshotsCompletionStatusEventDict": "lambda_events.eventbridge.aws.ec2",
        "EBSFastSnapshotRestoreStateChangeNotificationEventDict": "lambda_events.eventbridge.aws.ec2",
        "ECRImageActionEventDict": "lambda_events.eventbridge.aws.ecr",
        "ECRImageScanEventDict": "lambda_events.eventbridge.aws.ecr",
        "ECSTaskStateChangeEventDict": "lambda_events.eventbridge.aws.ecs",
        "ECSContainerInstanceStateChangeEventDict": "lambda_events.eventbridge.aws.ecs",
        "ECSDeploymentStateChangeEventDict": "lambda_events.eventbridge.aws.ecs",
        "ECSServiceActionEventDict": "lambda_events.eventbridge.aws.ecs",
        "EMRClusterStateChangeEventDict": "lambda_events.eventbridge.aws.emr",
        "EMRStepStatusChangeEventDict": "lambda_events.eventbridge.aws.emr",
        "EMRInstanceGroupStateChangeEventDict": "lambda_events.eventbridge.aws.emr",
        "EMRInstanceFleetStateChangeEventDict": "lambda_events.eventbridge.aws.emr",
        "EMRAutoScalingPolicyStateChangeEventDict": "lambda_events.eventbridge.aws.emr",
        "EMRConfigurationErrorEventDict": "lambda_events.eventbridge.aws.emr",
        "GlueJobStateChangeEventDict": "lambda_events.eventbridge.aws.glue",
        "GlueCrawlerStateChangeEventDict": "lambda_events.eventbridge.aws.glue",
        "GlueJobRunStatusEventDict": "lambda_events.eventbridge.aws.glue",
        "SageMakerTrainingJobStateChangeEventDict": "lambda_events.eventbridge.aws.sagemaker",
        "SageMakerProcessingJobStateChangeEventDict": "lambda_events.eventbridge.aws.sagemaker",
        "SageMakerTransformJobStateChangeEventDict": "lambda_events.eventbridge.aws.sagemaker",
        "SageMakerModelBuildingPipelineExecutionStatusChangeEventDict": "lambda_events.eventbridge.aws.sagemaker",
        "SageMakerModelBuildingPipelineExecutionStepStatusChangeEventDict": "lambda_events.eventbridge.aws.sagemaker",
        "StepFunctionsExecutionStatusChangeEventDict": "lambda_events.eventbridge.aws.states",
    }
)
"""Every registered event type's name, mapped to the module that defines it."""


def is_athena_query_state_change_event(event: object) -> TypeIs[AthenaQueryStateChangeEventDict]:
    """Whether `event` is `Athena Query State Change` from `aws.athena`
    (`lambda_events.eventbridge.aws.athena.AthenaQueryStateChangeEventDict`)."""
    return eventbridge_detail_type(event) == "AthenaQueryStateChangeEventDict"


def is_ec2_instance_launch_successful_event(event: object) -> TypeIs[EC2InstanceLaunchSuccessfulEventDict]:
    """Whether `event` is `EC2 Instance Launch Successful` from `aws.autoscaling`
    (`lambda_events.eventbridge.aws.autoscaling.EC2InstanceLaunchSuccessfulEventDict`)."""
    return eventbridge_detail_type(event) == "EC2InstanceLaunchSuccessfulEventDict"


def is_ec2_instance_launch_unsuccessful_event(event: object) -> TypeIs[EC2InstanceLaunchUnsuccessfulEventDict]:
    """Whether `event` is `EC2 Instance Launch Unsuccessful` from `aws.autoscaling`
    (`lambda_events.eventbridge.aws.autoscaling.EC2InstanceLaunchUnsuccessfulEventDict`)."""
    return eventbridge_detail_type(event) == "EC2InstanceLaunchUnsuccessfulEventDict"


def is_ec2_instance_terminate_successful_event(event: object) -> TypeIs[EC2InstanceTerminateSuccessfulEventDict]:
    """Whether `event` is `EC2 Instance Terminate Successful` from `aws.autoscaling`
    (`lambda_events.eventbridge.aws.autoscaling.EC2InstanceTerminateSuccessfulEventDict`)."""
    return eventbridge_detail_type(event) == "EC2InstanceTerminateSuccessfulEventDict"


def is_ec2_instance_terminate_unsuccessful_event(event: object) -> TypeIs[EC2InstanceTerminateUnsuccessfulEventDict]:
    """Whether `event` is `EC2 Instance Terminate Unsuccessful` from `aws.autoscaling`
    (`lambda_events.eventbridge.aws.autoscaling.EC2InstanceTerminateUnsuccessfulEventDict`)."""
    return eventbridge_detail_type(event) == "EC2InstanceTerminateUnsuccessfulEventDict"


def is_ec2_instance_launch_lifecycle_action_event(event: object) -> TypeIs[EC2InstanceLaunchLifecycleActionEventDict]:
    """Whether `event` is `EC2 Instance-launch Lifecycle Action` from `aws.autoscaling`
    (`lambda_events.eventbridge.aws.autoscaling.EC2InstanceLaunchLifecycleActionEventDict`)."""
    return eventbridge_detail_type(event) == "EC2InstanceLaunchLifecycleActionEventDict"


def is_ec2_instance_terminate_lifecycle_action_event(event: object) -> TypeIs[EC2InstanceTerminateLifecycleActionEventDict]:
    """Whether `event` is `EC2 Instance-terminate Lifecycle Action` from `aws.autoscaling`
    (`lambda_events.eventbridge.aws.autoscaling.EC2InstanceTerminateLifecycleActionEventDict`)."""
    return eventbridge_detail_type(event) == "EC2InstanceTerminateLifecycleActionEventDict"


def is_ec2_auto_scaling_instance_refresh_started_event(event: object) -> TypeIs[EC2AutoScalingInstanceRefreshStartedEventDict]:
    """Whether `event` is `EC2 Auto Scaling Instance Refresh Started` from `aws.autoscaling`
    (`lambda_events.eventbridge.aws.autoscaling.EC2AutoScalingInstanceRefreshStartedEventDict`)."""
    return eventbridge_detail_type(event) == "EC2AutoScalingInstanceRefreshStartedEventDict"


def is_ec2_auto_scaling_instance_refresh_checkpoint_reached_event(event: object) -> TypeIs[EC2AutoScalingInstanceRefreshCheckpointReachedEventDict]:
    """Whether `event` is `EC2 Auto Scaling Instance Refresh Checkpoint Reached` from `aws.autoscaling`
    (`lambda_events.eventbridge.aws.autoscaling.EC2AutoScalingInstanceRefreshCheckpointReachedEventDict`)."""
    return eventbridge_detail_type(event) == "EC2AutoScalingInstanceRefreshCheckpointReachedEventDict"


def is_ec2_auto_scaling_instance_refresh_succeeded_event(event: object) -> TypeIs[EC2AutoScalingInstanceRefreshSucceededEventDict]:
    """Whether `event` is `EC2 Auto Scaling Instance Refresh Succeeded` from `aws.autoscaling`
    (`lambda_events.eventbridge.aws.autoscaling.EC2AutoScalingInstanceRefreshSucceededEventDict`)."""
    return eventbridge_detail_type(event) == "EC2AutoScalingInstanceRefreshSucceededEventDict"


def is_ec2_auto_scaling_instance_refresh_failed_event(event: object) -> TypeIs[EC2AutoScalingInstanceRefreshFailedEventDict]:
    """Whether `event` is `EC2 Auto Scaling Instance Refresh Failed` from `aws.autoscaling`
    (`lambda_events.eventbridge.aws.autoscaling.EC2AutoScalingInstanceRefreshFailedEventDict`)."""
    return eventbridge_detail_type(event) == "EC2AutoScalingInstanceRefreshFailedEventDict"


def is_ec2_auto_scaling_instance_refresh_cancelled_event(event: object) -> TypeIs[EC2AutoScalingInstanceRefreshCancelledEventDict]:
    """Whether `event` is `EC2 Auto Scaling Instance Refresh Cancelled` from `aws.autoscaling`
    (`lambda_events.eventbridge.aws.autoscaling.EC2AutoScalingInstanceRefreshCancelledEventDict`)."""
    return eventbridge_detail_type(event) == "EC2AutoScalingInstanceRefreshCancelledEventDict"


def is_batch_job_state_change_event(event: object) -> TypeIs[BatchJobStateChangeEventDict]:
    """Whether `event` is `Batch Job State Change` from `aws.batch`
    (`lambda_events.eventbridge.aws.batch.BatchJobStateChangeEventDict`)."""
    return eventbridge_detail_type(event) == "BatchJobStateChangeEventDict"


def is_aws_api_call_via_cloudtrail_event(event: object) -> TypeIs[AWSAPICallViaCloudTrailEventDict]:
    """Whether `event` is `AWS API Call via CloudTrail` from any source
    (`lambda_events.eventbridge.aws.cloudtrail.AWSAPICallViaCloudTrailEventDict`)."""
    return eventbridge_detail_type(event) == "AWSAPICallViaCloudTrailEventDict"


def is_aws_console_sign_in_via_cloudtrail_event(event: object) -> TypeIs[AWSConsoleSignInViaCloudTrailEventDict]:
    """Whether `event` is `AWS Console Sign In via CloudTrail` from any source
    (`lambda_events.eventbridge.aws.cloudtrail.AWSConsoleSignInViaCloudTrailEventDict`)."""
    return eventbridge_detail_type(event) == "AWSConsoleSignInViaCloudTrailEventDict"


def is_codebuild_build_state_change_event(event: object) -> TypeIs[CodeBuildBuildStateChangeEventDict]:
    """Whether `event` is `CodeBuild Build State Change` from `aws.codebuild`
    (`lambda_events.eventbridge.aws.codebuild.CodeBuildBuildStateChangeEventDict`)."""
    return eventbridge_detail_type(event) == "CodeBuildBuildStateChangeEventDict"


def is_codebuild_build_phase_change_event(event: object) -> TypeIs[CodeBuildBuildPhaseChangeEventDict]:
    """Whether `event` is `CodeBuild Build Phase Change` from `aws.codebuild`
    (`lambda_events.eventbridge.aws.codebuild.CodeBuildBuildPhaseChangeEventDict`)."""
    return eventbridge_detail_type(event) == "CodeBuildBuildPhaseChangeEventDict"


def is_codecommit_repository_state_change_event(event: object) -> TypeIs[CodeCommitRepositoryStateChangeEventDict]:
    """Whether `event` is `CodeCommit Repository State Change` from `aws.codecommit`
    (`lambda_events.eventbridge.aws.codecommit.CodeCommitRepositoryStateChangeEventDict`)."""
    return eventbridge_detail_type(event) == "CodeCommitRepositoryStateChangeEventDict"


def is_codecommit_pull_request_state_change_event(event: object) -> TypeIs[CodeCommitPullRequestStateChangeEventDict]:
    """Whether `event` is `CodeCommit Pull Request State Change` from `aws.codecommit`
    (`lambda_events.eventbridge.aws.codecommit.CodeCommitPullRequestStateChangeEventDict`)."""
    return eventbridge_detail_type(event) == "CodeCommitPullRequestStateChangeEventDict"


def is_codedeploy_deployment_state_change_notification_event(event: object) -> TypeIs[CodeDeployDeploymentStateChangeNotificationEventDict]:
    """Whether `event` is `CodeDeploy Deployment State-change Notification` from `aws.codedeploy`
    (`lambda_events.eventbridge.aws.codedeploy.CodeDeployDeploymentStateChangeNotificationEventDict`)."""
    return eventbridge_detail_type(event) == "CodeDeployDeploymentStateChangeNotificationEventDict"


def is_codedeploy_instance_state_change_notification_event(event: object) -> TypeIs[CodeDeployInstanceStateChangeNotificationEventDict]:
    """Whether `event` is `CodeDeploy Instance State-change Notification` from `aws.codedeploy`
    (`lambda_events.eventbridge.aws.codedeploy.CodeDeployInstanceStateChangeNotificationEventDict`)."""
    return eventbridge_detail_type(event) == "CodeDeployInstanceStateChangeNotificationEventDict"


def is_codepipeline_pipeline_execution_state_change_event(event: object) -> TypeIs[CodePipelinePipelineExecutionStateChangeEventDict]:
    """Whether `event` is `CodePipeline Pipeline Execution State Change` from `aws.codepipeline`
    (`lambda_events.eventbridge.aws.codepipeline.CodePipelinePipelineExecutionStateChangeEventDict`)."""
    return eventbridge_detail_type(event) == "CodePipelinePipelineExecutionStateChangeEventDict"


def is_codepipeline_stage_execution_state_change_event(event: object) -> TypeIs[CodePipelineStageExecutionStateChangeEventDict]:
    """Whether `event` is `CodePipeline Stage Execution State Change` from `aws.codepipeline`
    (`lambda_events.eventbridge.aws.codepipeline.CodePipelineStageExecutionStateChangeEventDict`)."""
    return eventbridge_detail_type(event) == "CodePipelineStageExecutionStateChangeEventDict"


def is_codepipeline_action_execution_state_change_event(event: object) -> TypeIs[CodePipelineActionExecutionStateChangeEventDict]:
    """Whether `event` is `CodePipeline Action Execution State Change` from `aws.codepipeline`
    (`lambda_events.eventbridge.aws.codepipeline.CodePipelineActionExecutionStateChangeEventDict`)."""
    return eventbridge_detail_type(event) == "CodePipelineActionExecutionStateChangeEventDict"


def is_ec2_instance_state_change_event(event: object) -> TypeIs[EC2InstanceStateChangeEventDict]:
    """Whether `event` is `EC2 Instance State-change Notification` from `aws.ec2`
    (`lambda_events.eventbridge.aws.ec2.EC2InstanceStateChangeEventDict`)."""
    return eventbridge_detail_type(event) == "EC2InstanceStateChangeEventDict"


def is_ec2_spot_instance_interruption_warning_event(event: object) -> TypeIs[EC2SpotInstanceInterruptionWarningEventDict]:
    """Whether `event` is `EC2 Spot Instance Interruption Warning` from `aws.ec2`
    (`lambda_events.eventbridge.aws.ec2.EC2SpotInstanceInterruptionWarningEventDict`)."""
    return eventbridge_detail_type(event) == "EC2SpotInstanceInterruptionWarningEventDict"


def is_ec2_instance_rebalance_recommendation_event(event: object) -> TypeIs[EC2InstanceRebalanceRecommendationEventDict]:
    """Whether `event` is `EC2 Instance Rebalance Recommendation` from `aws.ec2`
    (`lambda_events.eventbridge.aws.ec2.EC2InstanceRebalanceRecommendationEventDict`)."""
    return eventbridge_detail_type(event) == "EC2InstanceRebalanceRecommendationEventDict"


def is_ebs_snapshot_notification_event(event: object) -> TypeIs[EBSSnapshotNotificationEventDict]:
    """Whether `event` is `EBS Snapshot Notification` from `aws.ec2`
    (`lambda_events.eventbridge.aws.ec2.EBSSnapshotNotificationEventDict`)."""
    return eventbridge_detail_type(event) == "EBSSnapshotNotificationEventDict"


def is_ebs_volume_notification_event(event: object) -> TypeIs[EBSVolumeNotificationEventDict]:
    """Whether `event` is `EBS Volume Notification` from `aws.ec2`
    (`lambda_events.eventbridge.aws.ec2.EBSVolumeNotificationEventDict`)."""
    return eventbridge_detail_type(event) == "EBSVolumeNotificationEventDict"


def is_ec2_spot_instance_request_fulfillment_event(event: object) -> TypeIs[EC2SpotInstanceRequestFulfillmentEventDict]:
    """Whether `event` is `EC2 Spot Instance Request Fulfillment` from `aws.ec2`
    (`lambda_events.eventbridge.aws.ec2.EC2SpotInstanceRequestFulfillmentEventDict`)."""
    return eventbridge_detail_type(event) == "EC2SpotInstanceRequestFulfillmentEventDict"


def is_ebs_multi_volume_snapshots_completion_status_event(event: object) -> TypeIs[EBSMultiVolumeSnapshotsCompletionStatusEventDict]:
    """Whether `event` is `EBS Multi-Volume Snapshots Completion Status` from `aws.ec2`
    (`lambda_events.eventbridge.aws.ec2.EBSMultiVolumeSnapshotsCompletionStatusEventDict`)."""
    return eventbridge_detail_type(event) == "EBSMultiVolumeSnapshotsCompletionStatusEventDict"


def is_ebs_fast_snapshot_restore_state_change_notification_event(event: object) -> TypeIs[EBSFastSnapshotRestoreStateChangeNotificationEventDict]:
    """Whether `event` is `EBS Fast Snapshot Restore State-change Notification` from `aws.ec2`
    (`lambda_events.eventbridge.aws.ec2.EBSFastSnapshotRestoreStateChangeNotificationEventDict`)."""
    return eventbridge_detail_type(event) == "EBSFastSnapshotRestoreStateChangeNotificationEventDict"


def is_ecr_image_action_event(event: object) -> TypeIs[ECRImageActionEventDict]:
    """Whether `event` is `ECR Image Action` from `aws.ecr`
    (`lambda_events.eventbridge.aws.ecr.ECRImageActionEventDict`)."""
    return eventbridge_detail_type(event) == "ECRImageActionEventDict"


def is_ecr_image_scan_event(event: object) -> TypeIs[ECRImageScanEventDict]:
    """Whether `event` is `ECR Image Scan` from `aws.ecr`
    (`lambda_events.eventbridge.aws.ecr.ECRImageScanEventDict`)."""
    return eventbridge_detail_type(event) == "ECRImageScanEventDict"


def is_ecs_task_state_change_event(event: object) -> TypeIs[ECSTaskStateChangeEventDict]:
    """Whether `event` is `ECS Task State Change` from `aws.ecs`
    (`lambda_events.eventbridge.aws.ecs.ECSTaskStateChangeEventDict`)."""
    return eventbridge_detail_type(event) == "ECSTaskStateChangeEventDict"


def is_ecs_container_instance_state_change_event(event: object) -> TypeIs[ECSContainerInstanceStateChangeEventDict]:
    """Whether `event` is `ECS Container Instance State Change` from `aws.ecs`
    (`lambda_events.eventbridge.aws.ecs.ECSContainerInstanceStateChangeEventDict`)."""
    return eventbridge_detail_type(event) == "ECSContainerInstanceStateChangeEventDict"


def is_ecs_deployment_state_change_event(event: object) -> TypeIs[ECSDeploymentStateChangeEventDict]:
    """Whether `event` is `ECS Deployment State Change` from `aws.ecs`
    (`lambda_events.eventbridge.aws.ecs.ECSDeploymentStateChangeEventDict`)."""
    return eventbridge_detail_type(event) == "ECSDeploymentStateChangeEventDict"


def is_ecs_service_action_event(event: object) -> TypeIs[ECSServiceActionEventDict]:
    """Whether `event` is `ECS Service Action` from `aws.ecs`
    (`lambda_events.eventbridge.aws.ecs.ECSServiceActionEventDict`)."""
    return eventbridge_detail_type(event) == "ECSServiceActionEventDict"


def is_emr_cluster_state_change_event(event: object) -> TypeIs[EMRClusterStateChangeEventDict]:
    """Whether `event` is `EMR Cluster State Change` from `aws.emr`
    (`lambda_events.eventbridge.aws.emr.EMRClusterStateChangeEventDict`)."""
    return eventbridge_detail_type(event) == "EMRClusterStateChangeEventDict"


def is_emr_step_status_change_event(event: object) -> TypeIs[EMRStepStatusChangeEventDict]:
    """Whether `event` is `EMR Step Status Change` from `aws.emr`
    (`lambda_events.eventbridge.aws.emr.EMRStepStatusChangeEventDict`)."""
    return eventbridge_detail_type(event) == "EMRStepStatusChangeEventDict"


def is_emr_instance_group_state_change_event(event: object) -> TypeIs[EMRInstanceGroupStateChangeEventDict]:
    """Whether `event` is `EMR Instance Group State Change` from `aws.emr`
    (`lambda_events.eventbridge.aws.emr.EMRInstanceGroupStateChangeEventDict`)."""
    return eventbridge_detail_type(event) == "EMRInstanceGroupStateChangeEventDict"


def is_emr_instance_fleet_state_change_event(event: object) -> TypeIs[EMRInstanceFleetStateChangeEventDict]:
    """Whether `event` is `EMR Instance Fleet State Change` from `aws.emr`
    (`lambda_events.eventbridge.aws.emr.EMRInstanceFleetStateChangeEventDict`)."""
    return eventbridge_detail_type(event) == "EMRInstanceFleetStateChangeEventDict"


def is_emr_auto_scaling_policy_state_change_event(event: object) -> TypeIs[EMRAutoScalingPolicyStateChangeEventDict]:
    """Whether `event` is `EMR Auto Scaling Policy State Change` from `aws.emr`
    (`lambda_events.eventbridge.aws.emr.EMRAutoScalingPolicyStateChangeEventDict`)."""
    return eventbridge_detail_type(event) == "EMRAutoScalingPolicyStateChangeEventDict"


def is_emr_configuration_error_event(event: object) -> TypeIs[EMRConfigurationErrorEventDict]:
    """Whether `event` is `EMR Configuration Error` from `aws.emr`
    (`lambda_events.eventbridge.aws.emr.EMRConfigurationErrorEventDict`)."""
    return eventbridge_detail_type(event) == "EMRConfigurationErrorEventDict"


def is_glue_job_state_change_event(event: object) -> TypeIs[GlueJobStateChangeEventDict]:
    """Whether `event` is `Glue Job State Change` from `aws.glue`
    (`lambda_events.eventbridge.aws.glue.GlueJobStateChangeEventDict`)."""
    return eventbridge_detail_type(event) == "GlueJobStateChangeEventDict"


def is_glue_crawler_state_change_event(event: object) -> TypeIs[GlueCrawlerStateChangeEventDict]:
    """Whether `event` is `Glue Crawler State Change` from `aws.glue`
    (`lambda_events.eventbridge.aws.glue.GlueCrawlerStateChangeEventDict`)."""
    return eventbridge_detail_type(event) == "GlueCrawlerStateChangeEventDict"


def is_glue_job_run_status_event(event: object) -> TypeIs[GlueJobRunStatusEventDict]:
    """Whether `event` is `Glue Job Run Status` from `aws.glue`
    (`lambda_events.eventbridge.aws.glue.GlueJobRunStatusEventDict`)."""
    return eventbridge_detail_type(event) == "GlueJobRunStatusEventDict"


def is_sagemaker_training_job_state_change_event(event: object) -> TypeIs[SageMakerTrainingJobStateChangeEventDict]:
    """Whether `event` is `SageMaker Training Job State Change` from `aws.sagemaker`
    (`lambda_events.eventbridge.aws.sagemaker.SageMakerTrainingJobStateChangeEventDict`)."""
    return eventbridge_detail_type(event) == "SageMakerTrainingJobStateChangeEventDict"


def is_sagemaker_processing_job_state_change_event(event: object) -> TypeIs[SageMakerProcessingJobStateChangeEventDict]:
    """Whether `event` is `SageMaker Processing Job State Change` from `aws.sagemaker`
    (`lambda_events.eventbridge.aws.sagemaker.SageMakerProcessingJobStateChangeEventDict`)."""
    return eventbridge_detail_type(event) == "SageMakerProcessingJobStateChangeEventDict"


def is_sagemaker_transform_job_state_change_event(event: object) -> TypeIs[SageMakerTransformJobStateChangeEventDict]:
    """Whether `event` is `SageMaker Transform Job State Change` from `aws.sagemaker`
    (`lambda_events.eventbridge.aws.sagemaker.SageMakerTransformJobStateChangeEventDict`)."""
    return eventbridge_detail_type(event) == "SageMakerTransformJobStateChangeEventDict"


def is_sagemaker_model_building_pipeline_execution_status_change_event(event: object) -> TypeIs[SageMakerModelBuildingPipelineExecutionStatusChangeEventDict]:
    """Whether `event` is `SageMaker Model Building Pipeline Execution Status Change` from `aws.sagemaker`
    (`lambda_events.eventbridge.aws.sagemaker.SageMakerModelBuildingPipelineExecutionStatusChangeEventDict`)."""
    return eventbridge_detail_type(event) == "SageMakerModelBuildingPipelineExecutionStatusChangeEventDict"


def is_sagemaker_model_building_pipeline_execution_step_status_change_event(event: object) -> TypeIs[SageMakerModelBuildingPipelineExecutionStepStatusChangeEventDict]:
    """Whether `event` is `SageMaker Model Building Pipeline Execution Step Status Change` from `aws.sagemaker`
    (`lambda_events.eventbridge.aws.sagemaker.SageMakerModelBuildingPipelineExecutionStepStatusChangeEventDict`)."""
    return eventbridge_detail_type(event) == "SageMakerModelBuildingPipelineExecutionStepStatusChangeEventDict"


def is_step_functions_execution_status_change_event(event: object) -> TypeIs[StepFunctionsExecutionStatusChangeEventDict]:
    """Whether `event` is `Step Functions Execution Status Change` from `aws.states`
    (`lambda_events.eventbridge.aws.states.StepFunctionsExecutionStatusChangeEventDict`)."""
    return eventbridge_detail_type(event) == "StepFunctionsExecutionStatusChangeEventDict"


__all__ = [
    "EVENTBRIDGE_EVENT_TYPES",
    "eventbridge_detail_type",
    "eventbridge_type",
    "is_athena_query_state_change_event",
    "is_aws_api_call_via_cloudtrail_event",
    "is_aws_console_sign_in_via_cloudtrail_event",
    "is_batch_job_state_change_event",
    "is_codebuild_build_phase_change_event",
    "is_codebuild_build_state_change_event",
    "is_codecommit_pull_request_state_change_event",
    "is_codecommit_repository_state_change_event",
    "is_codedeploy_deployment_state_change_notification_event",
    "is_codedeploy_instance_state_change_notification_event",
    "is_codepipeline_action_execution_state_change_event",
    "is_codepipeline_pipeline_execution_state_change_event",
    "is_codepipeline_stage_execution_state_change_event",
    "is_ebs_fast_snapshot_restore_state_change_notification_event",
    "is_ebs_multi_volume_snapshots_completion_status_event",
    "is_ebs_snapshot_notification_event",
    "is_ebs_volume_notification_event",
    "is_ec2_auto_scaling_instance_refresh_cancelled_event",
    "is_ec2_auto_scaling_instance_refresh_checkpoint_reached_event",
    "is_ec2_auto_scaling_instance_refresh_failed_event",
    "is_ec2_auto_scaling_instance_refresh_started_event",
    "is_ec2_auto_scaling_instance_refresh_succeeded_event",
    "is_ec2_instance_launch_lifecycle_action_event",
    "is_ec2_instance_launch_successful_event",
    "is_ec2_instance_launch_unsuccessful_event",
    "is_ec2_instance_rebalance_recommendation_event",
    "is_ec2_instance_state_change_event",
    "is_ec2_instance_terminate_lifecycle_action_event",
    "is_ec2_instance_terminate_successful_event",
    "is_ec2_instance_terminate_unsuccessful_event",
    "is_ec2_spot_instance_interruption_warning_event",
    "is_ec2_spot_instance_request_fulfillment_event",
    "is_ecr_image_action_event",
    "is_ecr_image_scan_event",
    "is_ecs_container_instance_state_change_event",
    "is_ecs_deployment_state_change_event",
    "is_ecs_service_action_event",
    "is_ecs_task_state_change_event",
    "is_emr_auto_scaling_policy_state_change_event",
    "is_emr_cluster_state_change_event",
    "is_emr_configuration_error_event",
    "is_emr_instance_fleet_state_change_event",
    "is_emr_instance_group_state_change_event",
    "is_emr_step_status_change_event",
    "is_glue_crawler_state_change_event",
    "is_glue_job_run_status_event",
    "is_glue_job_state_change_event",
    "is_sagemaker_model_building_pipeline_execution_status_change_event",
    "is_sagemaker_model_building_pipeline_execution_step_status_change_event",
    "is_sagemaker_processing_job_state_change_event",
    "is_sagemaker_training_job_state_change_event",
    "is_sagemaker_transform_job_state_change_event",
    "is_step_functions_execution_status_change_event",
]
# --- end generated ---
