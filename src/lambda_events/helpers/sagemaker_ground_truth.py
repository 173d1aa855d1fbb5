"""Decoding a Ground Truth worker's answer: the task template's output, kept as JSON text."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Union, overload

from lambda_events.helpers._decoding import json_value, text_field
from lambda_events.helpers._typed_json import typed_document

if TYPE_CHECKING:
    from lambda_events.helpers._typed_json import DocumentT
    from lambda_events.helpers.typed_json import JSONValue
    from lambda_events.types.sagemaker_ground_truth import GroundTruthWorkerAnnotationDict

__all__ = ["decode_ground_truth_annotation"]

_CONTENT = ("annotationData", "content")
_WHERE = "annotationData.content"


@overload
def decode_ground_truth_annotation(
    annotation: Union[GroundTruthWorkerAnnotationDict, Mapping[str, Any]],
    *,
    as_json: Literal[False] = False,
    type: None = None,
) -> Any:
    """Untyped, as before: `Any`."""


@overload
def decode_ground_truth_annotation(
    annotation: Union[GroundTruthWorkerAnnotationDict, Mapping[str, Any]], *, as_json: Literal[True]
) -> JSONValue:
    """`as_json=True`: the document typed as `JSONValue`."""


@overload
def decode_ground_truth_annotation(
    annotation: Union[GroundTruthWorkerAnnotationDict, Mapping[str, Any]], *, type: type[DocumentT]
) -> DocumentT:
    """`type=SomeTypedDict`: the document, checked against it."""


def decode_ground_truth_annotation(
    annotation: Union[GroundTruthWorkerAnnotationDict, Mapping[str, Any]], *, type: object = None, as_json: bool = False
) -> Any:
    """A worker's answer (an element of an annotated data object's `annotations`), parsed from its JSON text.

    >>> answer = {"workerId": "w", "annotationData": {"content": '{"label": "stop"}'}}
    >>> decode_ground_truth_annotation(answer)
    {'label': 'stop'}

    Raises `EventDecodeError` naming `annotationData.content` when it is missing, not a string or not JSON.

    Typed forms: `as_json=True` returns the same document typed as `JSONValue`; `type=SomeTypedDict` checks
    it against that TypedDict and raises `EventDecodeError` naming `annotationData.content` and every mismatch when it
    does not match, `TypeError` when `type` is not a TypedDict class (see `lambda_events.helpers.typed_json`).
    """
    document = json_value(text_field(annotation, _CONTENT), _WHERE)
    return typed_document(document, _WHERE, type, as_json)
