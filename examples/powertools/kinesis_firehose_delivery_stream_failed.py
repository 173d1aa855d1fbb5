"""Powertools' `kinesis_firehose_delivery_stream_failed.py`: a Firehose transformation that wraps each
record's text in a JSON document and marks every record as failed (to show the `ProcessingFailed` result).

Differences:
- `record.data_as_text` is `decode_firehose_text(record)`.
- `record.build_data_transformation_response(data=..., result=...)` is
  `KinesisFirehoseDataTransformationRecord(record_id=record["recordId"], data=..., result=...)`.
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
    """Answer every record as failed, with its transformed data."""
    result = KinesisFirehoseDataTransformationResponse()

    for record in event["records"]:
        data = decode_firehose_text(record)

        transformed_data = {"new_data": "transformed data using Powertools", "original_payload": data}

        processed_record = KinesisFirehoseDataTransformationRecord(
            record_id=record["recordId"],
            data=base64_from_json(transformed_data),
            result="ProcessingFailed",
        )

        result.add_record(processed_record)

    return result.asdict()
