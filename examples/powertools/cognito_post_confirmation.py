"""Powertools' `cognito_post_confirmation.py`: a Cognito "post confirmation" trigger that reports the new
user's attributes.

Differences: none.
"""

from __future__ import annotations

from typing import Any

from lambda_events import LambdaContext, PostConfirmationTriggerEventDict


def lambda_handler(event: PostConfirmationTriggerEventDict, context: LambdaContext) -> dict[str, Any]:
    """The confirmed user's attributes."""
    user_attributes = event["request"]["userAttributes"]

    return {"statusCode": 200, "body": f"User attributes: {user_attributes}"}
