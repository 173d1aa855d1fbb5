"""Test events of the Amazon Redshift Data API (`aws.redshift-data`): a statement ended."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.redshift_data import RedshiftDataStatementStatusChangeEventDict

__all__ = ["redshift_data_statement_status_change_event"]


def redshift_data_statement_status_change_event(
    *,
    state: str = "FINISHED",
    rows: int = 1200,
    statement_name: Optional[str] = None,
    cluster: str = "analytics",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> RedshiftDataStatementStatusChangeEventDict:
    """A statement run on the cluster `cluster` ended in `state` with `rows` rows (one page per 1,000);
    `statementName` is sent when `statement_name` is given."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    event: RedshiftDataStatementStatusChangeEventDict = {
        **aws_event_envelope(scene, [scene.arn("redshift", f"cluster:{cluster}")]),
        "source": "aws.redshift-data",
        "detail-type": "Redshift Data Statement Status Change",
        "detail": {
            "statementId": scene.uuid(),
            "state": state,
            "rows": rows,
            "pages": -(-rows // 1000),
            "expireAt": scene.iso(24 * 3_600_000, fraction=False),
            "principal": scene.arn("sts", "assumed-role/etl-role/etl-function", regional=False),
        },
    }
    if statement_name is not None:
        event["detail"]["statementName"] = statement_name
    return event
