"""A delivery-pipeline notifier: CodePipeline stage and action results, CodeBuild builds and ECR scans, one
function for the rules of all three services, narrowed on `detail-type`."""

from __future__ import annotations

from typing import Union

from lambda_events import LambdaContext
from lambda_events.eventbridge.aws.codebuild import CodeBuildBuildStateChangeEventDict
from lambda_events.eventbridge.aws.codepipeline import CodePipelineActionExecutionStateChangeEventDict
from lambda_events.eventbridge.aws.ecr import ECRImageScanEventDict

DeliveryEventDict = Union[
    CodePipelineActionExecutionStateChangeEventDict,
    CodeBuildBuildStateChangeEventDict,
    ECRImageScanEventDict,
]
"""What the rules send the function."""


def handler(event: DeliveryEventDict, context: LambdaContext) -> str | None:
    """A chat message for what needs a person's attention; `None` for the rest."""
    if event["detail-type"] == "CodePipeline Action Execution State Change":
        action = event["detail"]
        if action["state"] != "FAILED":
            return None
        summary = action.get("execution-result", {}).get("external-execution-summary", "no summary")
        return f"{action['pipeline']}/{action['stage']}/{action['action']} failed: {summary}"
    if event["detail-type"] == "CodeBuild Build State Change":
        build = event["detail"]
        if build["build-status"] in ("IN_PROGRESS", "SUCCEEDED"):
            return None
        return f"build of {build['project-name']} {build['build-status'].lower()}"
    scan = event["detail"]
    counts = scan.get("finding-severity-counts", {})
    serious = counts.get("CRITICAL", 0) + counts.get("HIGH", 0)
    if scan["scan-status"] == "COMPLETE" and serious == 0:
        return None
    return f"{scan['repository-name']}@{scan['image-digest'][:19]}: scan {scan['scan-status']}, {serious} critical or high"
