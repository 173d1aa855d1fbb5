"""The EventBridge event factories: what a test author passes shows up in the event, values outside a
documented closed set are refused with a `ValueError` naming the argument, and inputs are not kept."""

from __future__ import annotations

import importlib
from datetime import datetime
from typing import Any

import pytest

from lambda_events import find_event_problems
from lambda_events.eventbridge import eventbridge_detail_type, eventbridge_type
from lambda_events.testing.eventbridge_aws import FACTORY_MODULES

# (factory, the argument, a value outside its documented set)
REFUSED: list[tuple[str, str, Any]] = [
    ("ec2_instance_state_change_event", "state", "asleep"),
    ("ec2_spot_instance_interruption_warning_event", "action", "reboot"),
    ("ebs_snapshot_notification_event", "action", "deleteSnapshot"),
    ("ebs_volume_notification_event", "action", "resizeVolume"),
    ("aws_api_call_via_cloudtrail_event", "identity", "Robot"),
    ("aws_api_call_via_cloudtrail_event", "event_source", "not a host"),
    ("ec2_auto_scaling_instance_refresh_checkpoint_reached_event", "percentage", 0),
    ("ecs_task_state_change_event", "status", "DONE"),
    ("ecs_deployment_state_change_event", "event_name", "SERVICE_DEPLOYMENT_PAUSED"),
    ("step_functions_execution_status_change_event", "status", "DONE"),
    ("batch_job_state_change_event", "status", "DONE"),
    ("glue_job_state_change_event", "state", "RUNNING"),
    ("glue_crawler_state_change_event", "state", "Running"),
    ("athena_query_state_change_event", "state", "DONE"),
    ("emr_cluster_state_change_event", "state", "DONE"),
    ("emr_step_status_change_event", "state", "DONE"),
    ("sagemaker_training_job_state_change_event", "status", "Done"),
    ("sagemaker_model_building_pipeline_execution_status_change_event", "status", "Done"),
    ("codepipeline_pipeline_execution_state_change_event", "state", "DONE"),
    ("codepipeline_action_execution_state_change_event", "state", "DONE"),
    ("codebuild_build_state_change_event", "status", "DONE"),
    ("codebuild_build_phase_change_event", "duration_seconds", -1),
    ("codedeploy_deployment_state_change_notification_event", "state", "DONE"),
    ("codecommit_repository_state_change_event", "event", "referenceMoved"),
    ("ecr_image_action_event", "action", "PULL"),
    ("ecr_image_scan_event", "findings", {"SEVERE": 1}),
    ("ecr_image_scan_event", "findings", {"HIGH": -1}),
    ("ecr_image_scan_event", "findings", {"HIGH": "2"}),
]


def factory(name: str) -> Any:
    """The factory called `name`."""
    return getattr(importlib.import_module(FACTORY_MODULES[name]), name)


@pytest.mark.parametrize(("name", "argument", "value"), REFUSED, ids=lambda item: str(item))
def test_a_value_outside_the_documented_set_names_the_argument(name: str, argument: str, value: Any) -> None:
    with pytest.raises(ValueError, match=f"^{argument}: "):
        factory(name)(**{argument: value}, seed=1)


@pytest.mark.parametrize("name", sorted(FACTORY_MODULES))
def test_a_naive_time_is_refused(name: str) -> None:
    with pytest.raises(ValueError, match="^at: "):
        factory(name)(seed=1, at=datetime(2024, 5, 17, 9, 30))


def test_the_arguments_show_up_in_the_event() -> None:
    event = factory("ec2_instance_state_change_event")(instance_id="i-0123456789abcdef0", state="terminated", seed=1)
    assert event["detail"] == {"instance-id": "i-0123456789abcdef0", "state": "terminated"}
    assert event["resources"] == ["arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0"]
    refusal = factory("ecs_task_state_change_event")(status="STOPPED", exit_code=137, seed=1)
    assert refusal["detail"]["containers"][0]["exitCode"] == 137
    assert factory("glue_job_state_change_event")(state="FAILED", seed=1)["detail"]["severity"] == "ERROR"


def test_every_state_of_a_closed_set_makes_a_valid_event() -> None:
    for state in ("pending", "running", "stopping", "stopped", "shutting-down", "terminated"):
        event = factory("ec2_instance_state_change_event")(state=state, seed=1)
        assert find_event_problems(event, eventbridge_type("EC2InstanceStateChangeEventDict")) == []
    for status in ("RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE"):
        event = factory("step_functions_execution_status_change_event")(status=status, seed=1)
        assert find_event_problems(event, eventbridge_type("StepFunctionsExecutionStatusChangeEventDict")) == []
    for state in ("ABANDONED", "CANCELED", "FAILED", "STARTED", "SUCCEEDED"):
        event = factory("codepipeline_action_execution_state_change_event")(state=state, seed=1)
        assert find_event_problems(event, eventbridge_type("CodePipelineActionExecutionStateChangeEventDict")) == []


def test_the_cloudtrail_record_copies_the_parameters_given() -> None:
    parameters = {"bucketName": "orders", "policy": {"Version": "2012-10-17"}}
    event = factory("aws_api_call_via_cloudtrail_event")(request_parameters=parameters, error_code="AccessDenied", seed=1)
    assert eventbridge_detail_type(event) == "AWSAPICallViaCloudTrailEventDict"
    assert event["source"] == "aws.s3" and event["detail"]["errorCode"] == "AccessDenied"
    assert event["detail"]["requestParameters"] == parameters and event["detail"]["responseElements"] is None
    event["detail"]["requestParameters"]["bucketName"] = "changed"
    assert parameters["bucketName"] == "orders", "the event holds a copy"
    failed = factory("aws_console_sign_in_via_cloudtrail_event")(succeeded=False, seed=1)
    assert failed["detail"]["responseElements"] == {"ConsoleLogin": "Failure"}
    assert failed["detail"]["errorMessage"] == "Failed authentication"
