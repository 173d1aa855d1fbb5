"""A Firehose data transformation: JSON documents become JSON lines stamped with their arrival
time, empty documents are dropped, and data that is not JSON goes to the stream's error output.

Firehose needs exactly one answer per incoming record;
building the response from the event checks that."""

from __future__ import annotations

import base64
import json

from lambda_events import (
    KinesisFirehoseDataTransformationRecord,
    KinesisFirehoseDataTransformationResponse,
    KinesisFirehoseEventDict,
    KinesisFirehoseRecordDict,
    KinesisFirehoseTransformationResponseDict,
)


def transform(record: KinesisFirehoseRecordDict) -> KinesisFirehoseDataTransformationRecord:
    """The answer for one record."""
    try:
        document = json.loads(base64.b64decode(record["data"]))
    except ValueError:
        return KinesisFirehoseDataTransformationRecord(
            record["recordId"], "ProcessingFailed", record["data"]
        )
    if not document:
        return KinesisFirehoseDataTransformationRecord(record["recordId"], "Dropped")
    line = (
        json.dumps({"arrivedAt": record["approximateArrivalTimestamp"], "document": document})
        + "\n"
    )
    return KinesisFirehoseDataTransformationRecord.from_text(record["recordId"], line)


def handler(
    event: KinesisFirehoseEventDict, context: object
) -> KinesisFirehoseTransformationResponseDict:
    """Answer every record of the batch."""
    response = KinesisFirehoseDataTransformationResponse.from_event(event)
    for record in event["records"]:
        response.add_record(transform(record))
    return response.asdict()
