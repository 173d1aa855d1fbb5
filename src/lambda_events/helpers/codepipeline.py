"""The user parameters of a CodePipeline job, decoded."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Union

from lambda_events.helpers._decoding import as_object, field, json_value
from lambda_events.helpers._describe import kind
from lambda_events.helpers.errors import EventDecodeError

if TYPE_CHECKING:
    from lambda_events.types.codepipeline import CodePipelineJobEventDict

__all__ = ["decode_codepipeline_user_parameters"]

_CONFIGURATION = ("CodePipeline.job", "data", "actionConfiguration", "configuration")
_WHERE = "CodePipeline.job.data.actionConfiguration.configuration.UserParameters"


def decode_codepipeline_user_parameters(
    event: Union[CodePipelineJobEventDict, Mapping[str, Any]], *, allow_nan: bool = False
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
    """
    configuration = as_object(field(event, _CONFIGURATION), ".".join(_CONFIGURATION))
    parameters = configuration.get("UserParameters")
    if parameters is None or parameters == "":
        return None
    if not isinstance(parameters, str):
        raise EventDecodeError(_WHERE, f"expected str, got {kind(parameters)}")
    return json_value(parameters, _WHERE, allow_nan)
