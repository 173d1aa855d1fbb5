"""The object key of an S3 event notification record, decoded."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Union
from urllib.parse import unquote_plus

from lambda_events.helpers._decoding import text_field
from lambda_events.helpers.errors import EventDecodeError

if TYPE_CHECKING:
    from lambda_events.types.s3 import S3EventRecordDict

__all__ = ["s3_object_key"]

_KEY = ("s3", "object", "key")


def s3_object_key(record: Union[S3EventRecordDict, Mapping[str, Any]]) -> str:
    """Return a record's object key as stored in the bucket, decoded from the notification's URL form.

    S3 sends `s3.object.key` URL-encoded the way HTML forms are: a space arrives as `+`, a plus sign as
    `%2B`, other bytes of the UTF-8 key as `%XX`.

    >>> s3_object_key({"s3": {"object": {"key": "reports/2024+Q1/a%2Bb%C3%A9.csv"}}})
    'reports/2024 Q1/a+bé.csv'

    Raises `EventDecodeError` naming `s3.object.key` when it is missing or its `%XX` bytes are not UTF-8.
    """
    key = text_field(record, _KEY)
    try:
        return unquote_plus(key, errors="strict")
    except UnicodeDecodeError as error:
        raise EventDecodeError("s3.object.key", f"invalid UTF-8 after URL-decoding: {error}") from error
