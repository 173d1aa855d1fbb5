"""Powertools' `dynamodb_multiple_records.py`: collect the `Id` key of every record of a DynamoDB stream
batch.

Differences:
- `record.dynamodb.keys` (deserialized) is `deserialize_dynamodb_image(record["dynamodb"]["Keys"])`:
  `{"N": "123.45"}` becomes `Decimal("123.45")` in both.
"""

from __future__ import annotations

from typing import Any

from lambda_events import DynamoDBStreamEventDict, LambdaContext, deserialize_dynamodb_image


def lambda_handler(event: DynamoDBStreamEventDict, context: LambdaContext) -> dict[str, Any]:
    """Report the `Id` of every record that has one."""
    processed_keys: list[Any] = []
    for record in event["Records"]:
        if record["dynamodb"] and record["dynamodb"]["Keys"] and "Id" in record["dynamodb"]["Keys"]:
            key = deserialize_dynamodb_image(record["dynamodb"]["Keys"])["Id"]
            processed_keys.append(key)

    return {"statusCode": 200, "body": f"Processed keys: {processed_keys}"}
