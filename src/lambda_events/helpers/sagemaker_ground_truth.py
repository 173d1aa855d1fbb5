"""Decoding a Ground Truth worker's answer: the task template's output, kept as JSON text."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Union

from lambda_events.helpers._decoding import json_value, text_field

if TYPE_CHECKING:
    from lambda_events.types.sagemaker_ground_truth import GroundTruthWorkerAnnotationDict

__all__ = ["decode_ground_truth_annotation"]

_CONTENT = ("annotationData", "content")


def decode_ground_truth_annotation(annotation: Union[GroundTruthWorkerAnnotationDict, Mapping[str, Any]]) -> Any:
    """A worker's answer (an element of an annotated data object's `annotations`), parsed from its JSON text.

    >>> decode_ground_truth_annotation({"workerId": "w", "annotationData": {"content": '{"label": "stop"}'}})
    {'label': 'stop'}

    Raises `EventDecodeError` naming `annotationData.content` when it is missing, not a string or not JSON.
    """
    return json_value(text_field(annotation, _CONTENT), "annotationData.content")
