"""Amazon Data Firehose data transformation: the response that answers every incoming record.

Firehose expects exactly one answer per incoming `recordId`, each `Ok` (deliver its `data`), `Dropped`
(discard it on purpose) or `ProcessingFailed` (send it to the error output); a missing, repeated or unknown
record id fails the whole batch. Build the response from the event to have that checked:

    response = KinesisFirehoseDataTransformationResponse.from_event(event)
    for record in event["records"]:
        response.add_record(KinesisFirehoseDataTransformationRecord.from_json(record["recordId"], {...}))
    return response.asdict()
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, Union, cast, get_args

from lambda_events.helpers._arguments import items_argument, optional_mapping_argument, str_argument, strings_argument
from lambda_events.helpers._builders import base64_from_bytes, compact_json, item_identifiers
from lambda_events.helpers._decoding import as_list, field, strict_b64decode
from lambda_events.helpers._describe import kind

if TYPE_CHECKING:
    from lambda_events.types.kinesis_firehose import (
        KinesisFirehoseEventDict,
        KinesisFirehoseTransformationRecordDict,
        KinesisFirehoseTransformationResponseDict,
    )

__all__ = [
    "KinesisFirehoseDataTransformationRecord",
    "KinesisFirehoseDataTransformationResponse",
    "base64_from_bytes",
    "base64_from_json",
    "base64_from_str",
]

_Result = Literal["Ok", "Dropped", "ProcessingFailed"]
_RESULTS: tuple[str, ...] = get_args(_Result)


def base64_from_str(text: str) -> str:
    """`text` encoded as UTF-8, then base64-encoded (`ValueError` for a lone surrogate, which UTF-8 cannot hold)."""
    try:
        return base64_from_bytes(str_argument(text, "text").encode("utf-8"))
    except UnicodeEncodeError as error:
        raise ValueError(f"text cannot be encoded as UTF-8: {error}") from None


def base64_from_json(value: Any, *, default: Callable[[Any], Any] | None = None) -> str:
    """`value` as compact JSON, encoded as UTF-8, then base64-encoded.

    `default` converts what `json` cannot (a `Decimal`, a `datetime`), as in `json.dumps`. Firehose joins
    the records it delivers without a separator: to write JSON lines, use `base64_from_str(... + "\\n")`.
    """
    return base64_from_str(compact_json(value, default))


class KinesisFirehoseDataTransformationRecord:
    """The answer for one incoming record: its id, the result, the new `data` (base64) and partition keys."""

    __slots__ = ("data", "partition_keys", "record_id", "result")

    def __init__(
        self,
        record_id: str,
        result: _Result = "Ok",
        data: str = "",
        partition_keys: Mapping[str, str] | None = None,
    ) -> None:
        """Answer `record_id` with `result`; `data` is ALREADY base64 (see `from_bytes`, `from_text`, `from_json`).

        `partition_keys` (dynamic partitioning) are the values the stream's S3 prefix expressions read as
        `partitionKeyFromLambda:<name>`. Raises `ValueError` on an unknown result, `data` that is not
        base64, or a partition key or value that is not a string; `TypeError` when `record_id`, `result` or
        `data` is not a `str` or `partition_keys` not a mapping.
        """
        record_id, data = str_argument(record_id, "record_id"), str_argument(data, "data")
        partition_keys = optional_mapping_argument(partition_keys, "partition_keys")
        if str_argument(result, "result") not in _RESULTS:
            raise ValueError(f"result must be one of {', '.join(_RESULTS)}, got {result!r}")
        try:
            strict_b64decode(data)
        except ValueError as error:  # binascii.Error is a ValueError
            raise ValueError(f"data of record {record_id!r} is not base64 ({error}); use from_text or from_bytes") from error
        for name, value in cast("Mapping[object, object]", partition_keys or {}).items():
            if not (isinstance(name, str) and isinstance(value, str)):
                raise ValueError(f"partition key {name!r} of record {record_id!r}: names and values must be strings")
        self.record_id = record_id
        """The `recordId` of the incoming record."""
        self.result: _Result = result
        """`Ok`, `Dropped` or `ProcessingFailed`."""
        self.data = data
        """The transformed payload, base64-encoded."""
        self.partition_keys: dict[str, str] | None = (
            dict(partition_keys) if partition_keys is not None else None
        )
        """The dynamic partitioning keys, or None."""

    @classmethod
    def from_bytes(
        cls,
        record_id: str,
        data: bytes,
        result: _Result = "Ok",
        partition_keys: Mapping[str, str] | None = None,
    ) -> KinesisFirehoseDataTransformationRecord:
        """The answer whose payload is `data`, base64-encoded here."""
        return cls(record_id, result, base64_from_bytes(data), partition_keys)

    @classmethod
    def from_text(
        cls,
        record_id: str,
        text: str,
        result: _Result = "Ok",
        partition_keys: Mapping[str, str] | None = None,
    ) -> KinesisFirehoseDataTransformationRecord:
        """The answer whose payload is `text` as UTF-8, base64-encoded here."""
        return cls(record_id, result, base64_from_str(text), partition_keys)

    @classmethod
    def from_json(
        cls,
        record_id: str,
        value: Any,
        result: _Result = "Ok",
        partition_keys: Mapping[str, str] | None = None,
    ) -> KinesisFirehoseDataTransformationRecord:
        """The answer whose payload is `value` as compact JSON (no trailing newline), base64-encoded here."""
        return cls(record_id, result, base64_from_json(value), partition_keys)

    def asdict(self) -> KinesisFirehoseTransformationRecordDict:
        """The record as Firehose reads it."""
        record: KinesisFirehoseTransformationRecordDict = {
            "recordId": self.record_id,
            "result": self.result,
            "data": self.data,
        }
        if self.partition_keys is not None:
            record["metadata"] = {"partitionKeys": dict(self.partition_keys)}
        return record


class KinesisFirehoseDataTransformationResponse:
    """The answers to one Firehose invocation, one per incoming record."""

    __slots__ = ("_answered", "expected_record_ids", "records")

    def __init__(
        self,
        records: Iterable[KinesisFirehoseDataTransformationRecord] = (),
        expected_record_ids: Iterable[str] | None = None,
    ) -> None:
        """Start with `records`. With `expected_record_ids` (see `from_event`), `asdict` checks every one is answered."""
        self.records: list[KinesisFirehoseDataTransformationRecord] = []
        """The answers added so far, in order."""
        self.expected_record_ids: list[str] | None = (
            strings_argument(expected_record_ids, "expected_record_ids") if expected_record_ids is not None else None
        )
        """The record ids of the event being answered, when known."""
        self._answered: set[str] = set()
        for index, record in enumerate(items_argument(records, "records")):
            if not isinstance(record, KinesisFirehoseDataTransformationRecord):
                raise TypeError(f"records[{index}] must be a KinesisFirehoseDataTransformationRecord, got {kind(record)}")
            self.add_record(record)

    @classmethod
    def from_event(
        cls, event: Union[KinesisFirehoseEventDict, Mapping[str, Any]]
    ) -> KinesisFirehoseDataTransformationResponse:
        """An empty response for `event`, whose `asdict` checks that each of its records is answered once.

        Raises `EventDecodeError` naming `records`, or the first record without a string `recordId`.
        """
        records = as_list(field(event, ("records",)), "records")
        return cls(expected_record_ids=item_identifiers(records, "records", ("recordId",)))

    def add_record(self, record: KinesisFirehoseDataTransformationRecord) -> None:
        """Add the answer for one record; `ValueError` if that record was answered already, `TypeError` if
        `record` is not a `KinesisFirehoseDataTransformationRecord`."""
        given = cast(object, record)
        if not isinstance(given, KinesisFirehoseDataTransformationRecord):
            raise TypeError(f"record must be a KinesisFirehoseDataTransformationRecord, got {kind(given)}")
        if record.record_id in self._answered:
            raise ValueError(f"record {record.record_id!r} is answered twice; Firehose needs exactly one answer")
        self._answered.add(record.record_id)
        self.records.append(record)

    def asdict(self) -> KinesisFirehoseTransformationResponseDict:
        """The response Firehose reads.

        Raises `ValueError` when there is no record, or, for a response built `from_event`, when a record of
        the event is not answered or an answered id is not in the event (Firehose would fail the batch).
        """
        if not self.records:
            raise ValueError("a Firehose transformation response needs one record per incoming record; it has none")
        if self.expected_record_ids is not None:
            expected = set(self.expected_record_ids)
            missing = [record_id for record_id in self.expected_record_ids if record_id not in self._answered]
            unknown = [record.record_id for record in self.records if record.record_id not in expected]
            if missing or unknown:
                raise ValueError(f"records not answered: {missing}; answered but not in the event: {unknown}")
        return {"records": [record.asdict() for record in self.records]}
