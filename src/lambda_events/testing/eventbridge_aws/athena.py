"""Test events of Amazon Athena (`aws.athena`): query state changes."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional, get_args

from lambda_events.eventbridge.aws.athena import AthenaQueryState
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.athena import AthenaQueryStateChangeDetailDict, AthenaQueryStateChangeEventDict

__all__ = ["athena_query_state_change_event"]

_PREVIOUS: dict[str, AthenaQueryState] = {"QUEUED": "QUEUED", "RUNNING": "QUEUED"}


def athena_query_state_change_event(
    *,
    state: AthenaQueryState = "SUCCEEDED",
    workgroup: str = "primary",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> AthenaQueryStateChangeEventDict:
    """A DML query of `workgroup` entered `state` (from `RUNNING`, or from `QUEUED`); a `FAILED` query carries
    an `athenaError`."""
    check_one_of("state", state, get_args(AthenaQueryState))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    detail: AthenaQueryStateChangeDetailDict = {
        "versionId": "0",
        "currentState": state,
        "previousState": _PREVIOUS.get(state, "RUNNING"),
        "statementType": "DML",
        "queryExecutionId": scene.uuid(),
        "workgroupName": workgroup,
        "sequenceNumber": {"QUEUED": "1", "RUNNING": "2"}.get(state, "3"),
    }
    if state == "FAILED":
        detail["athenaError"] = {
            "errorCategory": 2.0,
            "errorType": 1301.0,
            "errorMessage": "TABLE_NOT_FOUND: line 1:15: Table 'awsdatacatalog.sales.orders' does not exist",
            "retryable": False,
        }
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.athena",
        "detail-type": "Athena Query State Change",
        "detail": detail,
    }
