"""Decoders for CloudWatch Logs subscription data: base64 of gzip of a JSON document, delivered to Lambda
directly, or written into a Kinesis data stream or a Firehose stream by the subscription. (A zlib stream is
accepted as well as gzip: one widely copied sample event uses it.)

Decompression is bounded by `max_size`. The default, `DEFAULT_MAX_DECOMPRESSED_SIZE` (64 MiB), is sized from
what Lambda can deliver: a synchronous invocation carries at most 6 MB, so after base64 at most about 4.5 MB
of gzip reaches a function (a Kinesis record holds at most 1 MB, a Firehose record 1,000 KiB). Log text
compresses about 5 to 15 times, so a real document stays far below 64 MiB, while gzip can expand by a factor
above 1,000 (a 1 MB "bomb" of zeros becomes 1 GB): the limit rejects such a payload after producing 64 MiB,
never more, which a function of the smallest memory size can afford. Pass a larger `max_size` if your logs
are extremely repetitive. The bound holds for memory too: the output is written into one buffer, so a
bomb costs about `max_size` bytes before it is rejected (1.02 times the default, measured), never a copy.

The same payload, wherever it arrives, decodes to the same document:

>>> import base64, gzip, json
>>> document = {"messageType": "DATA_MESSAGE", "owner": "123456789012", "logGroup": "/aws/lambda/f",
...             "logStream": "s", "subscriptionFilters": ["all"],
...             "logEvents": [{"id": "1", "timestamp": 1700000000000, "message": "hello"}]}
>>> data = base64.b64encode(gzip.compress(json.dumps(document).encode())).decode()
>>> decode_cloudwatch_logs({"awslogs": {"data": data}})["logEvents"][0]["message"]
'hello'
>>> extract_cloudwatch_logs_from_kinesis_record({"kinesis": {"data": data}}) == document
True
>>> len(extract_cloudwatch_logs_from_kinesis_event({"Records": [{"kinesis": {"data": data}}] * 2}))
2
>>> extract_cloudwatch_logs_from_firehose_record({"recordId": "1", "data": data}) == document
True
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Union, cast

from lambda_events.helpers._arguments import int_argument
from lambda_events.helpers._decoding import (
    as_list,
    as_object,
    base64_bytes,
    field,
    gunzip_buffer,
    json_object,
    text_field,
    utf8_text,
)
from lambda_events.helpers.errors import EventDecodeError

if TYPE_CHECKING:
    from lambda_events.types.cloudwatch_logs import CloudWatchLogsDecodedDataDict, CloudWatchLogsEventDict
    from lambda_events.types.kinesis import KinesisStreamEventDict, KinesisStreamRecordDict
    from lambda_events.types.kinesis_firehose import KinesisFirehoseRecordDict

__all__ = [
    "DEFAULT_MAX_DECOMPRESSED_SIZE",
    "decode_cloudwatch_logs",
    "extract_cloudwatch_logs_from_firehose_record",
    "extract_cloudwatch_logs_from_kinesis_event",
    "extract_cloudwatch_logs_from_kinesis_record",
]

DEFAULT_MAX_DECOMPRESSED_SIZE = 64 * 1024 * 1024
"""The default limit on the decompressed size of one CloudWatch Logs document: 64 MiB (see the module's
documentation for the reasoning)."""

# The keys of every document a subscription sends (`CloudWatchLogsDecodedDataDict`'s required keys).
_DOCUMENT_KEYS = ("messageType", "owner", "logGroup", "logStream", "subscriptionFilters", "logEvents")


def decode_cloudwatch_logs(
    event: Union[CloudWatchLogsEventDict, Mapping[str, Any]], *, max_size: int = DEFAULT_MAX_DECOMPRESSED_SIZE
) -> CloudWatchLogsDecodedDataDict:
    """Return the log events a subscription filter sent (the document in `awslogs.data`).

    A `CONTROL_MESSAGE` document is CloudWatch Logs checking that the destination is reachable: skip it.

    Raises `EventDecodeError` naming `awslogs.data` on bad base64, gzip, UTF-8 or JSON, a document that is
    not CloudWatch Logs data, or more than `max_size` bytes once decompressed.
    """
    return _logs_document(text_field(event, ("awslogs", "data")), "awslogs.data", max_size)


def extract_cloudwatch_logs_from_kinesis_record(
    record: Union[KinesisStreamRecordDict, Mapping[str, Any]], *, max_size: int = DEFAULT_MAX_DECOMPRESSED_SIZE
) -> CloudWatchLogsDecodedDataDict:
    """Return the log events in a Kinesis record written by a CloudWatch Logs subscription (`kinesis.data`).

    Raises `EventDecodeError` naming `kinesis.data`, for the same reasons as `decode_cloudwatch_logs`.
    """
    return _logs_document(text_field(record, ("kinesis", "data")), "kinesis.data", max_size)


def extract_cloudwatch_logs_from_kinesis_event(
    event: Union[KinesisStreamEventDict, Mapping[str, Any]], *, max_size: int = DEFAULT_MAX_DECOMPRESSED_SIZE
) -> list[CloudWatchLogsDecodedDataDict]:
    """Return the log documents of every record of a Kinesis event, in order (`max_size` applies to each).

    Raises `EventDecodeError` naming the record (`Records[3].kinesis.data`).
    """
    records = as_list(field(event, ("Records",)), "Records")
    max_size = int_argument(max_size, "max_size")
    documents: list[CloudWatchLogsDecodedDataDict] = []
    for index, record in enumerate(records):
        as_object(record, f"Records[{index}]")  # malformed content (EventDecodeError), not a wrong argument
        try:
            documents.append(extract_cloudwatch_logs_from_kinesis_record(record, max_size=max_size))
        except EventDecodeError as error:
            raise EventDecodeError(f"Records[{index}].{error.where}", error.problem) from error
    return documents


def extract_cloudwatch_logs_from_firehose_record(
    record: Union[KinesisFirehoseRecordDict, Mapping[str, Any]], *, max_size: int = DEFAULT_MAX_DECOMPRESSED_SIZE
) -> CloudWatchLogsDecodedDataDict:
    """Return the log events in a Firehose record written by a CloudWatch Logs subscription (`data`).

    Raises `EventDecodeError` naming `data`, for the same reasons as `decode_cloudwatch_logs`.
    """
    return _logs_document(text_field(record, ("data",)), "data", max_size)


def _logs_document(data: str, where: str, max_size: int) -> CloudWatchLogsDecodedDataDict:
    document = json_object(utf8_text(gunzip_buffer(base64_bytes(data, where), where, max_size), where), where)
    for key in _DOCUMENT_KEYS:
        if key not in document:
            raise EventDecodeError(where, f"not CloudWatch Logs data: {key} is missing")
    return cast("CloudWatchLogsDecodedDataDict", document)
