"""Powertools' `aws_config_rule.py`: an AWS Config rule that logs the kind of notification it received.

Differences:
- `event.invoking_event.message_type` is `decode_config_invoking_event(event)["messageType"]`, and
  `event.raw_invoking_event` is `event["invokingEvent"]`.
- Powertools' `Logger` is the standard library's `logging`; its keyword `invoke_event=` goes in `extra`.
"""

from __future__ import annotations

import logging

from lambda_events import AWSConfigRuleEventDict, LambdaContext, decode_config_invoking_event

logger = logging.getLogger(__name__)


def lambda_handler(event: AWSConfigRuleEventDict, context: LambdaContext) -> dict[str, str]:
    """Log the notification's type and the raw invoking event."""
    message_type = decode_config_invoking_event(event)["messageType"]

    logger.info(f"Logging {message_type} event rule", extra={"invoke_event": event["invokingEvent"]})

    return {"Success": "OK"}
