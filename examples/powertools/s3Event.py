"""Powertools' `s3Event.py`: report an S3 notification's bucket, and the last object's key and ETag.

Differences:
- `event.bucket_name` (the first record's bucket) is `event["Records"][0]["s3"]["bucket"]["name"]`.
- `record.s3.get_object.etag` is `record["s3"]["object"].get("eTag")`: S3 sends no ETag for deletions.
- Like Powertools' example, the return reads the loop's last values, which an empty event would not
  have: the `pyright: ignore[reportPossiblyUnboundVariable]` comments say so (S3 never sends an empty event).
"""

from __future__ import annotations

from typing import Optional
from urllib.parse import unquote_plus

from lambda_events import LambdaContext, S3EventDict


def lambda_handler(event: S3EventDict, context: LambdaContext) -> dict[str, Optional[str]]:
    """The bucket, and the last record's decoded key and ETag."""
    bucket_name = event["Records"][0]["s3"]["bucket"]["name"]

    for record in event["Records"]:
        object_key = unquote_plus(record["s3"]["object"]["key"])
        object_etag = record["s3"]["object"].get("eTag")
    return {
        "bucket": bucket_name,
        "object_key": object_key,  # pyright: ignore[reportPossiblyUnboundVariable]
        "object_etag": object_etag,  # pyright: ignore[reportPossiblyUnboundVariable]
    }
