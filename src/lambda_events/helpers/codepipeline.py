"""The user parameters of a CodePipeline job, decoded."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Optional, Union, overload

from lambda_events.helpers._decoding import as_object, field, json_value
from lambda_events.helpers._describe import kind
from lambda_events.helpers._typed_json import typed_document, typed_form
from lambda_events.helpers.errors import EventDecodeError

if TYPE_CHECKING:
    from lambda_events.helpers._typed_json import DocumentT
    from lambda_events.helpers.typed_json import JSONValue
    from lambda_events.types.codepipeline import CodePipelineJobEventDict

__all__ = ["decode_codepipeline_user_parameters"]

_CONFIGURATION = ("CodePipeline.job", "data", "actionConfiguration", "configuration")
_WHERE = "CodePipeline.job.data.actionConfiguration.configuration.UserParameters"


@overload
def decode_codepipeline_user_parameters(
    event: Union[CodePipelineJobEventDict, Mapping[str, Any]],
    *,
    as_json: Literal[False] = False,
    type: None = None,
    allow_nan: bool = False,
) -> Any:
    """Untyped, as before: `Any`."""


@overload
def decode_codepipeline_user_parameters(
    event: Union[CodePipelineJobEventDict, Mapping[str, Any]], *, as_json: Literal[True], allow_nan: bool = False
) -> JSONValue:
    """`as_json=True`: the document typed as `JSONValue`."""


@overload
def decode_codepipeline_user_parameters(
    event: Union[CodePipelineJobEventDict, Mapping[str, Any]], *, type: type[DocumentT], allow_nan: bool = False
) -> Optional[DocumentT]:
    """`type=SomeTypedDict`: the document, checked against it."""


def decode_codepipeline_user_parameters(
    event: Union[CodePipelineJobEventDict, Mapping[str, Any]],
    *,
    type: object = None,
    as_json: bool = False,
    allow_nan: bool = False,
) -> Any:
    """Return the JSON document the pipeline's action passes in `UserParameters`, or `None` when the action
    has none: CodePipeline leaves the key out when the field is empty, and an empty string counts the same.

    The field is free text; this helper is for actions that put JSON there (read the string itself
    otherwise).

    >>> configuration = {"FunctionName": "deploy", "UserParameters": '{"stage": "beta"}'}
    >>> decode_codepipeline_user_parameters(
    ...     {"CodePipeline.job": {"data": {"actionConfiguration": {"configuration": configuration}}}})
    {'stage': 'beta'}

    Raises `EventDecodeError` naming the path
    (`CodePipeline.job.data.actionConfiguration.configuration.UserParameters`) when the configuration is
    missing, or the parameters are not a string or not JSON (`NaN`, `Infinity` and numbers too large for a
    float are refused unless `allow_nan=True`).

    Typed forms: `as_json=True` returns the same document typed as `JSONValue`; `type=SomeTypedDict` checks
    it against that TypedDict (no parameters still give `None`) and raises `EventDecodeError` naming the path
    and every mismatch when it does not match, `TypeError` when `type` is not a TypedDict class (see
    `lambda_events.helpers.typed_json`).
    """
    typed_form(type, as_json)
    configuration = as_object(field(event, _CONFIGURATION), ".".join(_CONFIGURATION))
    parameters = configuration.get("UserParameters")
    if parameters is None or parameters == "":
        return None
    if not isinstance(parameters, str):
        raise EventDecodeError(_WHERE, f"expected str, got {kind(parameters)}")
    return typed_document(json_value(parameters, _WHERE, allow_nan), _WHERE, type, as_json)
