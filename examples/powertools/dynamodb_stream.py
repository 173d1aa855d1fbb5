"""Powertools' `dynamodb_stream.py`: tell a DynamoDB stream's modifications from its insertions.

Differences:
- `DynamoDBRecordEventName.MODIFY` and `.INSERT` are the `Literal` values `"MODIFY"` and `"INSERT"`, which the
  checkers know (a misspelt one is an error).
"""

from __future__ import annotations

from lambda_events import DynamoDBStreamEventDict, LambdaContext


def lambda_handler(event: DynamoDBStreamEventDict, context: LambdaContext) -> str:
    """Branch on each record's event name."""
    for record in event["Records"]:
        if record["eventName"] == "MODIFY":
            pass
        elif record["eventName"] == "INSERT":
            pass
    return "success"
