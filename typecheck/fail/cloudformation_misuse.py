"""Misuses of the CloudFormation custom resource types that both checkers must reject."""

from lambda_events import CloudFormationCustomResourceEventDict, CloudFormationCustomResourceResponseDict


def create_has_no_old_properties(event: CloudFormationCustomResourceEventDict) -> object:
    if event["RequestType"] == "Create":
        return event["OldResourceProperties"]  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]
    return None


def create_has_no_physical_id(event: CloudFormationCustomResourceEventDict) -> str:
    if event["RequestType"] == "Create":
        return event["PhysicalResourceId"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]
    return event["PhysicalResourceId"]


def status_is_a_closed_set(response: CloudFormationCustomResourceResponseDict) -> None:
    response["Status"] = "OK"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]


def response_needs_a_physical_id(
    event: CloudFormationCustomResourceEventDict,
) -> CloudFormationCustomResourceResponseDict:
    return {  # expect-error: mypy[typeddict-item] pyright[reportReturnType]
        "Status": "SUCCESS",
        "StackId": event["StackId"],
        "RequestId": event["RequestId"],
        "LogicalResourceId": event["LogicalResourceId"],
    }
