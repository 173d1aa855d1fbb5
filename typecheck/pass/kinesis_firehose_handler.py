"""A Firehose transformation that upper-cases JSON names and partitions the output by customer."""

from __future__ import annotations

import base64
import json

from lambda_events import (
    KinesisFirehoseEventDict,
    KinesisFirehoseTransformationRecordDict,
    KinesisFirehoseTransformationResponseDict,
)


def handler(event: KinesisFirehoseEventDict, context: object) -> KinesisFirehoseTransformationResponseDict:
    """Transform every record; drop heartbeats; send what cannot be parsed to the error output."""
    output: list[KinesisFirehoseTransformationRecordDict] = []
    for record in event["records"]:
        metadata = record.get("kinesisRecordMetadata")
        source = metadata["shardId"] if metadata else event["deliveryStreamArn"]
        try:
            document = json.loads(base64.b64decode(record["data"]))
        except ValueError:
            output.append({"recordId": record["recordId"], "result": "ProcessingFailed", "data": record["data"]})
            continue
        if document.get("type") == "heartbeat":
            output.append({"recordId": record["recordId"], "result": "Dropped", "data": record["data"]})
            continue
        document["source"] = source
        transformed = base64.b64encode(json.dumps(document).encode() + b"\n").decode()
        output.append(
            {
                "recordId": record["recordId"],
                "result": "Ok",
                "data": transformed,
                "metadata": {"partitionKeys": {"customerId": str(document.get("customerId", "unknown"))}},
            }
        )
    return {"records": output}
