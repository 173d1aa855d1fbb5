"""Powertools' `kinesis_firehose_response.py`: a Firehose transformation that wraps each record's text in
a JSON document.

Differences:
- `record.data_as_text` is `decode_firehose_text(record)`.
- Powertools' example wraps the event (`firehose_event = KinesisFirehoseEvent(event)`); with the wrapping
  line dropped, the handler reads `event` where it read `firehose_event`.
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
    """Answer every record with its text wrapped in a JSON document."""
    result = KinesisFirehoseDataTransformationResponse()

    for record in event["records"]:
        payload = decode_firehose_text(record)

        transformed_data = {"tool_used": "powertools_dataclass", "original_payload": payload}

        processed_record = KinesisFirehoseDataTransformationRecord(
            record_id=record["recordId"],
            data=base64_from_json(transformed_data),
        )
        result.add_record(processed_record)

    return result.asdict()
