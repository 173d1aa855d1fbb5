"""Powertools' `kinesis_firehose_response_drop.py`: a Firehose transformation that wraps each record's JSON
in a document and drops the records that are not JSON.

Differences:
- `record.data_as_json` is `decode_firehose_json(record)`, which raises `EventDecodeError` (a `ValueError`,
  naming the record) where Powertools raises `JSONDecodeError`.
"""

from __future__ import annotations

from typing import Any

from lambda_events import (
    EventDecodeError,
    KinesisFirehoseDataTransformationRecord,
    KinesisFirehoseDataTransformationResponse,
    KinesisFirehoseEventDict,
    KinesisFirehoseTransformationResponseDict,
    LambdaContext,
    base64_from_json,
    decode_firehose_json,
)


def lambda_handler(
    event: KinesisFirehoseEventDict, context: LambdaContext
) -> KinesisFirehoseTransformationResponseDict:
    """Answer every JSON record with its transformed data; drop the others."""
    result = KinesisFirehoseDataTransformationResponse()

    for record in event["records"]:
        try:
            payload: dict[str, Any] = decode_firehose_json(record)

            transformed_data = {"tool_used": "powertools_dataclass", "original_payload": payload}

            processed_record = KinesisFirehoseDataTransformationRecord(
                record_id=record["recordId"],
                data=base64_from_json(transformed_data),
            )
        except EventDecodeError:
            processed_record = KinesisFirehoseDataTransformationRecord(
                record_id=record["recordId"],
                data=record["data"],
                result="Dropped",
            )

        result.add_record(processed_record)

    return result.asdict()
