"""Test events of Amazon CloudWatch Synthetics (`aws.synthetics`): canary state changes and run results."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.synthetics import (
        SyntheticsCanaryStatusChangeEventDict,
        SyntheticsCanaryTestRunFailureDetailDict,
        SyntheticsCanaryTestRunFailureEventDict,
        SyntheticsCanaryTestRunSuccessfulEventDict,
    )

__all__ = [
    "synthetics_canary_status_change_event",
    "synthetics_canary_test_run_failure_event",
    "synthetics_canary_test_run_successful_event",
]


def synthetics_canary_status_change_event(
    *,
    canary: str = "checkout-flow",
    state: str = "RUNNING",
    previous_state: str = "STARTING",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SyntheticsCanaryStatusChangeEventDict:
    """The canary `canary` went from `previous_state` to `state`, no setting changed."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.synthetics",
        "detail-type": "Synthetics Canary Status Change",
        "detail": {
            "account-id": account,
            "canary-id": scene.uuid(),
            "canary-name": canary,
            "current-state": state,
            "previous-state": previous_state,
            "source-location": "NULL",
            "updated-on": scene.epoch_ms() / 1000,
            "changed-config": {},
            "message": "Canary status has changed",
        },
    }


def _run(scene: Scenario, canary: str, passed: bool, reason: str) -> SyntheticsCanaryTestRunFailureDetailDict:
    """The detail of a canary run's result (the same shape for both detail-types)."""
    started = scene.epoch_ms(-20_000) // 1000
    moment = scene.now
    return {
        "account-id": scene.account,
        "canary-id": scene.uuid(),
        "canary-name": canary,
        "canary-run-id": scene.uuid(),
        "artifact-location": f"cw-syn-results-{scene.account}-{scene.region}/canary/{scene.region}/{canary}-"
        f"{scene.hex(12)}/{moment:%Y/%m/%d/%H/%M-%S}-{moment.microsecond // 1000:03d}",
        "test-run-status": "PASSED" if passed else "FAILED",
        "state-reason": "null" if passed else reason,
        "canary-run-timeline": {"started": started, "completed": started + 20},
        "message": "Test run result is generated successfully",
    }


def synthetics_canary_test_run_failure_event(
    *,
    canary: str = "checkout-flow",
    reason: str = "Error: net::ERR_NAME_NOT_RESOLVED",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SyntheticsCanaryTestRunFailureEventDict:
    """A run of the canary `canary` failed for `reason`."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.synthetics",
        "detail-type": "Synthetics Canary TestRun Failure",
        "detail": _run(scene, canary, False, reason),
    }


def synthetics_canary_test_run_successful_event(
    *,
    canary: str = "checkout-flow",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SyntheticsCanaryTestRunSuccessfulEventDict:
    """A run of the canary `canary` passed."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.synthetics",
        "detail-type": "Synthetics Canary TestRun Successful",
        "detail": _run(scene, canary, True, ""),
    }
