"""Test events of SageMaker Ground Truth custom labeling workflows: pre-annotation and annotation
consolidation requests."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.sagemaker_ground_truth import (
        GroundTruthConsolidationEventDict,
        GroundTruthPreAnnotationEventDict,
    )

__all__ = ["sagemaker_ground_truth_consolidation_event", "sagemaker_ground_truth_pre_annotation_event"]


def _check_job(job: str) -> None:
    if not job or not all(character.isalnum() or character == "-" for character in job):
        raise ValueError(f"job must be letters, digits and hyphens, not {job!r}")


def sagemaker_ground_truth_pre_annotation_event(
    *,
    data_object: Optional[Mapping[str, Any]] = None,
    job: str = "street-signs",
    label_attribute_name: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> GroundTruthPreAnnotationEventDict:
    """The pre-annotation request for `data_object` (a manifest line; default: an image in S3) of the
    labeling job `job`; `label_attribute_name` adds that key, as newer jobs send it.

    Raises `ValueError` for a `job` name with other characters than letters, digits and hyphens.
    """
    _check_job(job)
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    default = {"source-ref": f"s3://labeling-input-{scene.account}/{job}/{scene.digits(4)}.jpg"}
    event: GroundTruthPreAnnotationEventDict = {
        "version": "2018-10-16",
        "labelingJobArn": scene.arn("sagemaker", f"labeling-job/{job}"),
        "dataObject": dict(data_object) if data_object is not None else default,
    }
    if label_attribute_name is not None:
        event["labelAttributeName"] = label_attribute_name
    return event


def sagemaker_ground_truth_consolidation_event(
    *,
    job: Optional[str] = None,
    label_attribute_name: Optional[str] = None,
    iteration: int = 1,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> GroundTruthConsolidationEventDict:
    """The annotation consolidation request of the labeling job `job` (by default `street-signs-` and six
    random characters) at its `iteration` (the label attribute name defaults to the job's name).

    Raises `ValueError` for a bad `job` name or an `iteration` below 1.
    """
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    job = job if job is not None else f"street-signs-{scene.lower_id(6)}"
    _check_job(job)
    if iteration < 1:
        raise ValueError(f"iteration must be 1 or more, not {iteration}")
    output = f"s3://labeling-output-{scene.account}/{job}/annotations"
    stamp = scene.now.strftime("%Y-%m-%d_%H:%M:%S")
    return {
        "version": "2018-10-16",
        "labelingJobArn": scene.arn("sagemaker", f"labeling-job/{job}"),
        "payload": {"s3Uri": f"{output}/consolidation-request/iteration-{iteration}/{stamp}.json"},
        "labelAttributeName": label_attribute_name if label_attribute_name is not None else job,
        "roleArn": scene.arn("iam", "role/service-role/AmazonSageMaker-ExecutionRole", regional=False),
        "outputConfig": output,
    }
