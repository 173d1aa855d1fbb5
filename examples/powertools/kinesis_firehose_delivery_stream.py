"""Powertools' `kinesis_firehose_delivery_stream.py`: a Firehose transformation that re-serializes each
record's JSON, building the response by hand.

Differences:
- `record.data_as_json` is `decode_firehose_json(record)`.
- The base64 `data` is decoded to `str` (`.decode()`): Powertools' example puts `bytes` there, which the
  Lambda runtime cannot write as JSON, and Firehose reads a string.
"""

from __future__ import annotations

import base64
import json

from lambda_events import (
    KinesisFirehoseEventDict,
    KinesisFirehoseTransformationRecordDict,
    KinesisFirehoseTransformationResponseDict,
    LambdaContext,
    decode_firehose_json,
)


def lambda_handler(
    event: KinesisFirehoseEventDict, context: LambdaContext
) -> KinesisFirehoseTransformationResponseDict:
    """Answer every record with its JSON, re-serialized."""
    result: list[KinesisFirehoseTransformationRecordDict] = []

    for record in event["records"]:
        data = decode_firehose_json(record)

        processed_record: KinesisFirehoseTransformationRecordDict = {
            "recordId": record["recordId"],
            "data": base64.b64encode(json.dumps(data).encode("utf-8")).decode(),
            "result": "Ok",
        }

        result.append(processed_record)

    return {"records": result}
