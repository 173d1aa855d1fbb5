"""Firehose data transformation responses: records from bytes, text and JSON, results, partition keys."""

from __future__ import annotations

import base64
import json
from decimal import Decimal
from typing import Any

import pytest

from lambda_events import (
    EventDecodeError,
    KinesisFirehoseDataTransformationRecord,
    KinesisFirehoseDataTransformationResponse,
    KinesisFirehoseTransformationRecordDict,
    KinesisFirehoseTransformationResponseDict,
    base64_from_bytes,
    base64_from_json,
    base64_from_str,
    find_event_problems,
)
from tests.fixture_catalog import fixture_named


def put_event() -> dict[str, Any]:
    event: dict[str, Any] = fixture_named("kinesisFirehosePutEvent.json").event()
    return event


def untyped(value: object) -> Any:
    """`value` hidden from the type checkers, as a caller without type checking would pass it."""
    return value


def decoded(data: str) -> bytes:
    return base64.b64decode(data, validate=True)


def test_base64_helpers() -> None:
    assert base64_from_bytes(b"\x00\xff") == "AP8="
    assert decoded(base64_from_str("héllo")) == "héllo".encode()
    assert decoded(base64_from_json({"a": [1, 2], "b": "é"})) == b'{"a":[1,2],"b":"\\u00e9"}'
    assert decoded(base64_from_json({"price": Decimal("1.50")}, default=str)) == b'{"price":"1.50"}'


@pytest.mark.parametrize("result", ["Ok", "Dropped", "ProcessingFailed"])
def test_every_result_with_every_kind_of_data(result: Any) -> None:
    records = [
        KinesisFirehoseDataTransformationRecord("r1", result, base64_from_str("as given")),
        KinesisFirehoseDataTransformationRecord.from_bytes("r2", b"\x01\x02", result),
        KinesisFirehoseDataTransformationRecord.from_text("r3", "line\n", result),
        KinesisFirehoseDataTransformationRecord.from_json("r4", {"n": 1}, result),
    ]
    dicts = [record.asdict() for record in records]
    for record_dict in dicts:
        assert find_event_problems(record_dict, KinesisFirehoseTransformationRecordDict) == []
        assert record_dict["result"] == result
        assert "metadata" not in record_dict
    assert [decoded(record_dict["data"]) for record_dict in dicts] == [b"as given", b"\x01\x02", b"line\n", b'{"n":1}']
    assert [record_dict["recordId"] for record_dict in dicts] == ["r1", "r2", "r3", "r4"]


def test_a_dropped_record_needs_no_data() -> None:
    assert KinesisFirehoseDataTransformationRecord("r1", "Dropped").asdict() == {
        "recordId": "r1",
        "result": "Dropped",
        "data": "",
    }


def test_partition_keys_become_metadata() -> None:
    keys = {"customer_id": "4242", "year": "2024"}
    record = KinesisFirehoseDataTransformationRecord.from_json("r1", {"customer_id": 4242}, partition_keys=keys)
    keys["year"] = "changed later"
    record_dict = record.asdict()
    assert find_event_problems(record_dict, KinesisFirehoseTransformationRecordDict) == []
    assert record_dict.get("metadata") == {"partitionKeys": {"customer_id": "4242", "year": "2024"}}


def test_invalid_records_are_refused() -> None:
    with pytest.raises(ValueError, match="result must be one of Ok, Dropped, ProcessingFailed, got 'Failed'"):
        KinesisFirehoseDataTransformationRecord("r1", untyped("Failed"), "")
    with pytest.raises(ValueError, match="data of record 'r1' is not base64"):
        KinesisFirehoseDataTransformationRecord("r1", "Ok", "plain text!")
    with pytest.raises(ValueError, match="partition key 'year' of record 'r1': names and values must be strings"):
        KinesisFirehoseDataTransformationRecord("r1", "Ok", "", partition_keys=untyped({"year": 2024}))


def test_a_response_built_from_the_event_answers_each_record() -> None:
    event = put_event()
    response = KinesisFirehoseDataTransformationResponse.from_event(event)
    first, second = event["records"]
    response.add_record(KinesisFirehoseDataTransformationRecord.from_text(first["recordId"], "HELLO WORLD"))
    response.add_record(KinesisFirehoseDataTransformationRecord(second["recordId"], "ProcessingFailed", second["data"]))
    answer = response.asdict()
    assert find_event_problems(answer, KinesisFirehoseTransformationResponseDict) == []
    assert answer == {
        "records": [
            {"recordId": "record1", "result": "Ok", "data": base64_from_str("HELLO WORLD")},
            {"recordId": "record2", "result": "ProcessingFailed", "data": "eyJIZWxsbyI6ICJXb3JsZCJ9"},
        ]
    }
    assert json.loads(json.dumps(answer)) == answer


def test_a_missing_or_unknown_answer_is_refused() -> None:
    response = KinesisFirehoseDataTransformationResponse.from_event(put_event())
    response.add_record(KinesisFirehoseDataTransformationRecord("record1", "Dropped"))
    response.add_record(KinesisFirehoseDataTransformationRecord("record9", "Dropped"))
    with pytest.raises(ValueError, match=r"records not answered: \['record2'\]; answered but not in the event: \['record9'\]"):
        response.asdict()


def test_a_record_answered_twice_is_refused() -> None:
    response = KinesisFirehoseDataTransformationResponse([KinesisFirehoseDataTransformationRecord("r1", "Dropped")])
    with pytest.raises(ValueError, match="record 'r1' is answered twice"):
        response.add_record(KinesisFirehoseDataTransformationRecord("r1", "Ok"))


def test_an_empty_response_is_refused() -> None:
    with pytest.raises(ValueError, match="it has none"):
        KinesisFirehoseDataTransformationResponse().asdict()


def test_a_response_without_an_event_accepts_any_ids() -> None:
    response = KinesisFirehoseDataTransformationResponse()
    response.add_record(KinesisFirehoseDataTransformationRecord.from_text("anything", "x"))
    assert find_event_problems(response.asdict(), KinesisFirehoseTransformationResponseDict) == []


def test_an_event_without_record_ids_is_named() -> None:
    with pytest.raises(EventDecodeError, match=r"^records\[1\]\.recordId: missing$"):
        KinesisFirehoseDataTransformationResponse.from_event({"records": [{"recordId": "a"}, {"data": ""}]})
    with pytest.raises(EventDecodeError, match="^records: missing$"):
        KinesisFirehoseDataTransformationResponse.from_event({})
