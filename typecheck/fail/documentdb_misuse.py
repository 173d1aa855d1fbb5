"""Misuses of the DocumentDB types that both checkers must reject."""

from typing import Any

from lambda_events import DocumentDBChangeEventDict, DocumentDBEventDict


def operation_type_is_a_closed_set(change: DocumentDBChangeEventDict) -> None:
    change["operationType"] = "upsert"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]


def cluster_time_key_is_extended_json(change: DocumentDBChangeEventDict) -> object:
    return change["clusterTime"]["timestamp"]  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def full_document_may_be_null(change: DocumentDBChangeEventDict) -> Any:
    return change.get("fullDocument", {})["email"]  # expect-error: mypy[index] pyright[reportOptionalSubscript,reportUnknownVariableType]


def event_source_is_fixed(event: DocumentDBEventDict) -> None:
    event["eventSource"] = "aws:documentdb"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]
