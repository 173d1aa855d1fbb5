"""Powertools' `cloudformation_custom_resource_handler.py`: a custom resource that hands each request
type to its own function.

Differences:
- The handler tests `event["RequestType"]` itself rather than a `request_type` variable: the event is a
  union narrowed by that key, so that `on_update` and `on_delete` read a `PhysicalResourceId` the checker
  knows is there (Create requests have none).
- `on_create` names the resource after the stack and the logical id (`physical_id = ...` in Powertools'
  example, a placeholder).
- `on_update` and `on_delete` return the resource's id (`{"PhysicalResourceId": ...}`, the id it keeps)
  where Powertools' return nothing: `return on_update(event)` of a function that returns nothing is an
  error under `mypy --strict`.
- Powertools' `Logger` is the standard library's `logging`.
"""

from __future__ import annotations

import logging
from typing import Optional

from lambda_events import (
    CloudFormationCustomResourceCreateEventDict,
    CloudFormationCustomResourceDeleteEventDict,
    CloudFormationCustomResourceEventDict,
    CloudFormationCustomResourceUpdateEventDict,
    LambdaContext,
)

logger = logging.getLogger(__name__)


def lambda_handler(
    event: CloudFormationCustomResourceEventDict, context: LambdaContext
) -> Optional[dict[str, str]]:
    """Create, update or delete the resource."""
    if event["RequestType"] == "Create":
        return on_create(event)
    if event["RequestType"] == "Update":
        return on_update(event)
    if event["RequestType"] == "Delete":
        return on_delete(event)


def on_create(event: CloudFormationCustomResourceCreateEventDict) -> dict[str, str]:
    """Create the resource; its id is the stack's name and the resource's logical id."""
    props = event["ResourceProperties"]
    logger.info(f"Create new resource with props {props}.")

    physical_id = f"{event['StackId'].split('/')[1]}-{event['LogicalResourceId']}"

    return {"PhysicalResourceId": physical_id}


def on_update(event: CloudFormationCustomResourceUpdateEventDict) -> dict[str, str]:
    """Update the resource, keeping its id."""
    physical_id = event["PhysicalResourceId"]
    props = event["ResourceProperties"]
    logger.info(f"Update resource {physical_id} with props {props}.")
    return {"PhysicalResourceId": physical_id}


def on_delete(event: CloudFormationCustomResourceDeleteEventDict) -> dict[str, str]:
    """Delete the resource."""
    physical_id = event["PhysicalResourceId"]
    logger.info(f"Delete resource {physical_id}.")
    return {"PhysicalResourceId": physical_id}
