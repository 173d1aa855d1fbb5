"""Powertools' `s3_object_lambda.py`: an S3 Object Lambda access point that serves objects in upper case.

Differences:
- `event.input_s3_url`, `event.request_route` and `event.request_token` are `inputS3Url`, `outputRoute`
  and `outputToken` of `event["getObjectContext"]`; the event is an `S3ObjectLambdaGetObjectEventDict` (the
  `GetObject` request, the one Powertools' shortcuts read).
- The original object is fetched with the standard library's `urlopen` rather than `requests` (not a
  dependency here).
- boto3 ships no type information, so the module loads it as `Any` (`importlib.import_module`).
- Powertools' `Logger` and its `inject_lambda_context` decorator (correlation id, event logging) are left
  out: the logger is not part of the data classes.
"""

from __future__ import annotations

import importlib
from typing import Any
from urllib.request import urlopen

from lambda_events import LambdaContext, S3ObjectLambdaGetObjectEventDict

boto3: Any = importlib.import_module("boto3")
session = boto3.session.Session()
s3 = session.client("s3", region_name="us-east-1")


def lambda_handler(event: S3ObjectLambdaGetObjectEventDict, context: LambdaContext) -> dict[str, int]:
    """Send S3 the object, upper-cased."""
    with urlopen(event["getObjectContext"]["inputS3Url"]) as response:
        original_object = response.read().decode("utf-8")

    transformed_object = original_object.upper()

    s3.write_get_object_response(
        Body=transformed_object,
        RequestRoute=event["getObjectContext"]["outputRoute"],
        RequestToken=event["getObjectContext"]["outputToken"],
    )

    return {"status_code": 200}
