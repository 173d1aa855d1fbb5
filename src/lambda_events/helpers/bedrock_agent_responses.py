"""Amazon Bedrock Agents: the responses of action group functions, for both kinds of action group.

A response must echo parts of the event: `messageVersion`, `actionGroup`, and `apiPath` with `httpMethod`
(action groups defined by an OpenAPI schema) or `function` (action groups defined by function details).
These builders copy them, and carry the session attributes over unless given new ones.

A body given as a `str` is sent as it is; any other value is serialized as compact JSON.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Union, cast

from lambda_events.helpers._arguments import (
    int_argument,
    items_argument,
    mapping_argument,
    optional_mapping_argument,
    str_argument,
)
from lambda_events.helpers._builders import compact_json
from lambda_events.helpers._decoding import as_object, text_field
from lambda_events.helpers._describe import preview
from lambda_events.helpers.errors import EventDecodeError

if TYPE_CHECKING:
    from lambda_events.types.bedrock_agent import (
        BedrockAgentApiEventDict,
        BedrockAgentApiResponseDict,
        BedrockAgentFunctionEventDict,
        BedrockAgentFunctionResponseDict,
        BedrockAgentKnowledgeBaseConfigurationDict,
    )

__all__ = ["bedrock_agent_api_response", "bedrock_agent_function_response"]


def bedrock_agent_api_response(
    event: Union[BedrockAgentApiEventDict, Mapping[str, Any]],
    body: Any,
    *,
    status_code: int = 200,
    content_type: str = "application/json",
    session_attributes: Mapping[str, str] | None = None,
    prompt_session_attributes: Mapping[str, str] | None = None,
    knowledge_bases_configuration: Sequence[BedrockAgentKnowledgeBaseConfigurationDict] | None = None,
) -> BedrockAgentApiResponseDict:
    """The response to an action group defined by an OpenAPI schema: the operation's status and body.

    `content_type` must be a media type the schema gives the operation's response. The session attributes
    default to the event's. Raises `EventDecodeError` when the event is not an API event (it has no
    `apiPath` or `httpMethod`, as a function event), `TypeError` when an argument has the wrong type (a
    `body` that is not a `str` must be JSON-serializable), `ValueError` for a status code outside 100-599.
    """
    event = mapping_argument(event, "event")
    status_code = int_argument(status_code, "status_code", None)
    if not 100 <= status_code <= 599:
        raise ValueError(f"status_code must be an int from 100 to 599, got {status_code}")
    content_type = str_argument(content_type, "content_type")
    response: BedrockAgentApiResponseDict = {
        "messageVersion": _message_version(event),
        "response": {
            "actionGroup": text_field(event, ("actionGroup",)),
            "apiPath": text_field(event, ("apiPath",)),
            "httpMethod": text_field(event, ("httpMethod",)),
            "httpStatusCode": status_code,
            "responseBody": {content_type: {"body": _body_text(body)}},
        },
    }
    _add_session(response, event, session_attributes, prompt_session_attributes, knowledge_bases_configuration)
    return response


def bedrock_agent_function_response(
    event: Union[BedrockAgentFunctionEventDict, Mapping[str, Any]],
    body: Any,
    *,
    response_state: Literal["FAILURE", "REPROMPT"] | None = None,
    session_attributes: Mapping[str, str] | None = None,
    prompt_session_attributes: Mapping[str, str] | None = None,
    knowledge_bases_configuration: Sequence[BedrockAgentKnowledgeBaseConfigurationDict] | None = None,
) -> BedrockAgentFunctionResponseDict:
    """The response to an action group defined by function details: the function's result as `TEXT`.

    `response_state` is `FAILURE` (the agent ends the session) or `REPROMPT` (it asks the model again);
    leave it out on success. The session attributes default to the event's. Raises `EventDecodeError` when
    the event is not a function event (it has no `function`, as an API event), `TypeError` when an argument
    has the wrong type (a `body` that is not a `str` must be JSON-serializable), `ValueError` for another
    `response_state`.
    """
    event = mapping_argument(event, "event")
    if response_state not in (None, "FAILURE", "REPROMPT"):
        raise ValueError(f"response_state must be 'FAILURE', 'REPROMPT' or None, got {preview(response_state)}")
    response: BedrockAgentFunctionResponseDict = {
        "messageVersion": _message_version(event),
        "response": {
            "actionGroup": text_field(event, ("actionGroup",)),
            "function": text_field(event, ("function",)),
            "functionResponse": {"responseBody": {"TEXT": {"body": _body_text(body)}}},
        },
    }
    if response_state is not None:
        response["response"]["functionResponse"]["responseState"] = response_state
    _add_session(response, event, session_attributes, prompt_session_attributes, knowledge_bases_configuration)
    return response


def _add_session(
    response: Union[BedrockAgentApiResponseDict, BedrockAgentFunctionResponseDict],
    event: Mapping[str, Any],
    session_attributes: Mapping[str, str] | None,
    prompt_session_attributes: Mapping[str, str] | None,
    knowledge_bases_configuration: Sequence[BedrockAgentKnowledgeBaseConfigurationDict] | None,
) -> None:
    """Set the session attributes (given, else the event's) and the knowledge base configuration."""
    session = optional_mapping_argument(session_attributes, "session_attributes")
    if session is None and event.get("sessionAttributes") is not None:
        session = as_object(event["sessionAttributes"], "sessionAttributes")
    if session is not None:
        response["sessionAttributes"] = dict(cast("Mapping[str, str]", session))
    prompt_session = optional_mapping_argument(prompt_session_attributes, "prompt_session_attributes")
    if prompt_session is None and event.get("promptSessionAttributes") is not None:
        prompt_session = as_object(event["promptSessionAttributes"], "promptSessionAttributes")
    if prompt_session is not None:
        response["promptSessionAttributes"] = dict(cast("Mapping[str, str]", prompt_session))
    if knowledge_bases_configuration is not None:
        configurations = items_argument(knowledge_bases_configuration, "knowledge_bases_configuration")
        response["knowledgeBasesConfiguration"] = cast(
            "list[BedrockAgentKnowledgeBaseConfigurationDict]", configurations
        )


def _body_text(body: Any) -> str:
    return body if isinstance(body, str) else compact_json(body, name="body")


def _message_version(event: Mapping[str, Any]) -> Literal["1.0"]:
    version = event.get("messageVersion")
    if version != "1.0":
        raise EventDecodeError("messageVersion", f"expected '1.0', got {preview(version)}")
    return "1.0"
