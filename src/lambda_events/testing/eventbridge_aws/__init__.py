"""Test events of AWS services' own EventBridge events: one module per module of
`lambda_events.eventbridge.aws`, one factory per event type, named after it in snake_case
(`ec2.ec2_instance_state_change_event(instance_id="i-0abc...", state="stopped", seed=1)`).

Import a factory from its service's module. `eventbridge_aws_event("ec2_instance_state_change_event")` calls
any of them by name with only `seed` and `at` (what `lambda-events sample NAME` prints).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Callable, Optional, cast

from lambda_events.testing._scenario import Seed

__all__ = ["FACTORY_MODULES", "eventbridge_aws_event"]


def eventbridge_aws_event(factory: str, *, seed: Seed = None, at: Optional[datetime] = None) -> object:
    """The event the factory called `factory` makes with its defaults, `seed` and `at`; `ValueError` naming
    the known factories when there is none by that name."""
    module_name = FACTORY_MODULES.get(factory)
    if module_name is None:
        raise ValueError(f"factory: {factory!r} is not an EventBridge event factory; known: {', '.join(FACTORY_MODULES)}")
    make = cast("Callable[..., object]", getattr(importlib.import_module(module_name), factory))
    return make(seed=seed, at=at)


# --- begin generated (scripts/generate_eventbridge.py) ---
FACTORY_MODULES: Mapping[str, str] = MappingProxyType(
    {
        "athena_query_state_change_event": "lambda_events.testing.eventbridge_aws.athena",
        "ec2_instance_launch_successful_event": "lambda_events.testing.eventbridge_aws.autoscaling",
        "ec2_instance_launch_unsuccessful_event": "lambda_events.testing.eventbridge_aws.autoscaling",
        "ec2_instance_terminate_successful_event": "lambda_events.testing.eventbridge_aws.autoscaling",
        "ec2_instance_terminate_unsuccessful_event": "lambda_events.testing.eventbridge_aws.autoscaling",
        "ec2_instance_launch_lifecycle_action_event": "lambda_events.testing.eventbridge_aws.autoscaling",
        "ec2_instance_terminate_lifecycle_action_event": "lambda_events.testing.eventbridge_aws.autoscaling",
        "ec2_auto_scaling_instance_refresh_started_event": "lambda_events.testing.eventbridge_aws.autoscaling",
        "ec2_auto_scaling_instance_refresh_checkpoint_reached_event": "lambda_events.testing.eventbridge_aws.autoscaling",
        "ec2_auto_scaling_instance_refresh_succeeded_event": "lambda_events.testing.eventbridge_aws.autoscaling",
        "ec2_auto_scaling_instance_refresh_failed_event": "lambda_events.testing.eventbridge_aws.autoscaling",
        "ec2_auto_scaling_instance_refresh_cancelled_event": "lambda_events.testing.eventbridge_aws.autoscaling",
        "batch_job_state_change_event": "lambda_events.testing.eventbridge_aws.batch",
        "aws_api_call_via_cloudtrail_event": "lambda_events.testing.eventbridge_aws.cloudtrail",
        "aws_console_sign_in_via_cloudtrail_event": "lambda_events.testing.eventbridge_aws.cloudtrail",
        "codebuild_build_state_change_event": "lambda_events.testing.eventbridge_aws.codebuild",
        "codebuild_build_phase_change_event": "lambda_events.testing.eventbridge_aws.codebuild",
        "codecommit_repository_state_change_event": "lambda_events.testing.eventbridge_aws.codecommit",
        "codecommit_pull_request_state_change_event": "lambda_events.testing.eventbridge_aws.codecommit",
        "codedeploy_deployment_state_change_notification_event": "lambda_events.testing.eventbridge_aws.codedeploy",
        "codedeploy_instance_state_change_notification_event": "lambda_events.testing.eventbridge_aws.codedeploy",
        "codepipeline_pipeline_execution_state_change_event": "lambda_events.testing.eventbridge_aws.codepipeline",
        "codepipeline_stage_execution_state_change_event": "lambda_events.testing.eventbridge_aws.codepipeline",
        "codepipeline_action_execution_state_change_event": "lambda_events.testing.eventbridge_aws.codepipeline",
        "ec2_instance_state_change_event": "lambda_events.testing.eventbridge_aws.ec2",
        "ec2_spot_instance_interruption_warning_event": "lambda_events.testing.eventbridge_aws.ec2",
        "ec2_instance_rebalance_recommendation_event": "lambda_events.testing.eventbridge_aws.ec2",
        "ebs_snapshot_notification_event": "lambda_events.testing.eventbridge_aws.ec2",
        "ebs_volume_notification_event": "lambda_events.testing.eventbridge_aws.ec2",
        "ec2_spot_instance_request_fulfillment_event": "lambda_events.testing.eventbridge_aws.ec2",
        "ebs_multi_volume_snapshots_completion_status_event": "lambda_events.testing.eventbridge_aws.ec2",
        "ebs_fast_snapshot_restore_state_change_notification_event": "lambda_events.testing.eventbridge_aws.ec2",
        "ecr_image_action_event": "lambda_events.testing.eventbridge_aws.ecr",
        "ecr_image_scan_event": "lambda_events.testing.eventbridge_aws.ecr",
        "ecs_task_state_change_event": "lambda_events.testing.eventbridge_aws.ecs",
        "ecs_container_instance_state_change_event": "lambda_events.testing.eventbridge_aws.ecs",
        "ecs_deployment_state_change_event": "lambda_events.testing.eventbridge_aws.ecs",
        "ecs_service_action_event": "lambda_events.testing.eventbridge_aws.ecs",
        "emr_cluster_state_change_event": "lambda_events.testing.eventbridge_aws.emr",
        "emr_step_status_change_event": "lambda_events.testing.eventbridge_aws.emr",
        "emr_instance_group_state_change_event": "lambda_events.testing.eventbridge_aws.emr",
        "emr_instance_fleet_state_change_event": "lambda_events.testing.eventbridge_aws.emr",
        "emr_auto_scaling_policy_state_change_event": "lambda_events.testing.eventbridge_aws.emr",
        "emr_configuration_error_event": "lambda_events.testing.eventbridge_aws.emr",
        "glue_job_state_change_event": "lambda_events.testing.eventbridge_aws.glue",
        "glue_crawler_state_change_event": "lambda_events.testing.eventbridge_aws.glue",
        "glue_job_run_status_event": "lambda_events.testing.eventbridge_aws.glue",
        "sagemaker_training_job_state_change_event": "lambda_events.testing.eventbridge_aws.sagemaker",
        "sagemaker_processing_job_state_change_event": "lambda_events.testing.eventbridge_aws.sagemaker",
        "sagemaker_transform_job_state_change_event": "lambda_events.testing.eventbridge_aws.sagemaker",
        "sagemaker_model_building_pipeline_execution_status_change_event": "lambda_events.testing.eventbridge_aws.sagemaker",
        "sagemaker_model_building_pipeline_execution_step_status_change_event": "lambda_events.testing.eventbridge_aws.sagemaker",
        "step_functions_execution_status_change_event": "lambda_events.testing.eventbridge_aws.states",
    }
)
"""The module of each factory, by factory name: what `lambda-events sample NAME` accepts."""
# --- end generated ---
