"""A Data Firehose transformation: JSON records are enriched, empty ones dropped, the rest sent to errors."""

from __future__ import annotations

from lambda_events import (
    EventDecodeError,
    KinesisFirehoseDataTransformationRecord,
    KinesisFirehoseDataTransformationResponse,
    KinesisFirehoseEventDict,
    KinesisFirehoseTransformationResponseDict,
    LambdaContext,
    decode_firehose_json,
    decode_firehose_text,
)


def handler(event: KinesisFirehoseEventDict, context: LambdaContext) -> KinesisFirehoseTransformationResponseDict:
    """Answer every record exactly once (the response built from the event checks it)."""
    response = KinesisFirehoseDataTransformationResponse.from_event(event)
    for record in event["records"]:
        record_id = record["recordId"]
        if not decode_firehose_text(record).strip():
            response.add_record(KinesisFirehoseDataTransformationRecord(record_id, "Dropped", record["data"]))
            continue
        try:
            document = decode_firehose_json(record)
        except EventDecodeError:
            document = None
        if not isinstance(document, dict):
            # Firehose delivers a failed record, unchanged, to the stream's error output prefix.
            response.add_record(KinesisFirehoseDataTransformationRecord(record_id, "ProcessingFailed", record["data"]))
            continue
        # Present only when the Firehose stream reads from a Kinesis data stream.
        metadata = record.get("kinesisRecordMetadata")
        source = metadata["shardId"] if metadata is not None else "direct put"
        response.add_record(KinesisFirehoseDataTransformationRecord.from_json(record_id, {"source": source, **document}))
    return response.asdict()
