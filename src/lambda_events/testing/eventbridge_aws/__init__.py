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
        "ec2_instance_state_change_event": "lambda_events.testing.eventbridge_aws.ec2",
        "ec2_spot_instance_interruption_warning_event": "lambda_events.testing.eventbridge_aws.ec2",
        "ec2_instance_rebalance_recommendation_event": "lambda_events.testing.eventbridge_aws.ec2",
        "ebs_snapshot_notification_event": "lambda_events.testing.eventbridge_aws.ec2",
        "ebs_volume_notification_event": "lambda_events.testing.eventbridge_aws.ec2",
    }
)
"""The module of each factory, by factory name: what `lambda-events sample NAME` accepts."""
# --- end generated ---
