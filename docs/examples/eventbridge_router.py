"""One function behind a rule that matches several AWS services: the guards of `lambda_events.eventbridge`
tell the events apart and narrow each to its type, without loading the types of the others."""

from __future__ import annotations

from collections.abc import Mapping

from lambda_events import LambdaContext
from lambda_events.eventbridge import (
    eventbridge_detail_type,
    is_ec2_instance_state_change_event,
    is_ecs_task_state_change_event,
    is_step_functions_execution_status_change_event,
)


def handler(event: Mapping[str, object], context: LambdaContext) -> str:
    """A one-line summary of the event, whatever service sent it."""
    if is_ec2_instance_state_change_event(event):
        return f"instance {event['detail']['instance-id']} is {event['detail']['state']}"
    if is_ecs_task_state_change_event(event):
        task = event["detail"]
        return f"task {task['taskArn'].rsplit('/', 1)[-1]} is {task['lastStatus']} (wanted {task['desiredStatus']})"
    if is_step_functions_execution_status_change_event(event):
        return f"execution {event['detail']['name']} is {event['detail']['status']}"
    return f"not handled here: {eventbridge_detail_type(event) or 'an event of no registered type'}"
