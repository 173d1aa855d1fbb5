"""Powertools' `debugging.py`: print a CodePipeline job event to see what it holds.

Differences:
- `print(event)` prints the event itself; Powertools' data class prints its properties. To print an
  event whose credentials should not reach the logs (this one holds the artifact credentials), print
  `redact(event)`.
"""

from __future__ import annotations

from lambda_events import CodePipelineJobEventDict, LambdaContext


def lambda_handler(event: CodePipelineJobEventDict, context: LambdaContext) -> None:
    """Print the event."""
    print(event)
