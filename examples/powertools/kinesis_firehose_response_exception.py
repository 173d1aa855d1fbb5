"""Powertools' `kinesis_firehose_response_exception.py`: a Firehose transformation that wraps each
record's text in a JSON document, and returns a record it cannot transform as failed.

Differences:
- `record.data_as_text` is `decode_firehose_text(record)`.
- Powertools' example wraps the event (`firehose_event = KinesisFirehoseEvent(event)`, under an
  `@event_source` decorator that had wrapped it already); with the wrapping dropped, the handler reads
  `event` where it read `firehose_event`.
"""

from __future__ import annotations

from lambda_events import (
    KinesisFirehoseDataTransformationRecord,
    KinesisFirehoseDataTransformationResponse,
    KinesisFirehoseEventDict,
    KinesisFirehoseTransformationResponseDict,
    LambdaContext,
    base64_from_json,
    decode_firehose_text,
)


def lambda_handler(
    event: KinesisFirehoseEventDict, context: LambdaContext
) -> KinesisFirehoseTransformationResponseDict:
    """Answer every record with its transformed data, or as failed."""
    result = KinesisFirehoseDataTransformationResponse()

    for record in event["records"]:
        try:
            payload = decode_firehose_text(record)

            transformed_data = {"tool_used": "powertools_dataclass", "original_payload": payload}

            processed_record = KinesisFirehoseDataTransformationRecord(
                record_id=record["recordId"],
                data=base64_from_json(transformed_data),
            )
        except Exception:
            processed_record = KinesisFirehoseDataTransformationRecord(
                record_id=record["recordId"],
                data=record["data"],
                result="ProcessingFailed",
            )

        result.add_record(processed_record)

    return result.asdict()
