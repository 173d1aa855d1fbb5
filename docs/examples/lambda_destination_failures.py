"""The on-failure destination of an asynchronous function is an SQS
queue: log why each invocation failed and keep its event for a replay."""

import json
import logging
from typing import Any

from lambda_events import (
    LambdaDestinationRecordDict,
    LambdaFunctionErrorDict,
    SQSBatchResponseDict,
    SQSEventDict,
    decode_lambda_destination_record,
)

logger = logging.getLogger(__name__)


def handler(event: SQSEventDict, context: object) -> SQSBatchResponseDict:
    for message in event["Records"]:
        # On failure, the response payload is the error the function raised (or absent: it never
        # ran).
        record: LambdaDestinationRecordDict[Any, LambdaFunctionErrorDict] = (
            decode_lambda_destination_record(message)
        )
        error = record.get("responsePayload")
        logger.error(
            "invocation %s failed (%s after %d attempts): %s; event: %s",
            record["requestContext"]["requestId"],
            record["requestContext"]["condition"],
            record["requestContext"]["approximateInvokeCount"],
            error["errorMessage"] if error is not None else "it never ran",
            json.dumps(record["requestPayload"]),
        )
    return {"batchItemFailures": []}
