"""Amazon Bedrock Agents: the event an action group sends to its Lambda function (for an action group defined
by an OpenAPI schema, or by function details), and the response the function returns."""

from typing import Any, Literal, Union, final

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "BedrockAgentApiEventDict",
    "BedrockAgentApiResponseDict",
    "BedrockAgentApiResultDict",
    "BedrockAgentBodyDict",
    "BedrockAgentEventDict",
    "BedrockAgentFunctionEventDict",
    "BedrockAgentFunctionResponseBodyDict",
    "BedrockAgentFunctionResponseDict",
    "BedrockAgentFunctionResultDict",
    "BedrockAgentInfoDict",
    "BedrockAgentKnowledgeBaseConfigurationDict",
    "BedrockAgentParameterDict",
    "BedrockAgentRequestBodyContentDict",
    "BedrockAgentRequestBodyDict",
    "BedrockAgentResponseDict",
    "BedrockAgentRetrievalConfigurationDict",
    "BedrockAgentVectorSearchConfigurationDict",
]


class BedrockAgentInfoDict(TypedDict):
    """The agent that called the action group."""

    name: str
    """The agent's name."""
    id: str
    """The agent's id."""
    alias: str
    """The id of the agent alias that was invoked (`TSTALIASID` for the console's test alias)."""
    version: str
    """The agent version the alias points to (`DRAFT`, `1`)."""


class BedrockAgentParameterDict(TypedDict):
    """One value the agent elicited, as a name, a type and its value as text."""

    name: str
    """The parameter's (or property's) name in the schema or function details."""
    type: str
    """Its type in the schema (`string`, `number`, `integer`, `boolean`, `array`)."""
    value: str
    """Its value, always sent as text: convert it according to `type`."""


class BedrockAgentRequestBodyContentDict(TypedDict):
    """The request body for one media type."""

    properties: list[BedrockAgentParameterDict]
    """The body's properties the agent filled in."""


class BedrockAgentRequestBodyDict(TypedDict):
    """The request body of the API operation, as the agent filled it in."""

    content: dict[str, BedrockAgentRequestBodyContentDict]
    """The body by media type (`application/json`)."""


class _BedrockAgentEventBase(TypedDict):
    """The keys of every action group event."""

    messageVersion: Literal["1.0"]
    """The version of the event and response formats; only `1.0` exists."""
    agent: BedrockAgentInfoDict
    """The agent that called the action group."""
    inputText: str
    """The user's input in this turn of the conversation."""
    sessionId: str
    """The id of the session with the agent."""
    actionGroup: str
    """The name of the action group."""
    sessionAttributes: dict[str, str]
    """Attributes kept for the whole session, by key; may be empty."""
    promptSessionAttributes: dict[str, str]
    """Attributes kept for this turn only, by key; may be empty."""


@final
class BedrockAgentApiEventDict(_BedrockAgentEventBase):
    """The event of an action group defined by an OpenAPI schema: the agent calls one API operation."""

    apiPath: str
    """The operation's path in the schema, with parameters in braces (`/claims/{claimId}`)."""
    httpMethod: str
    """The operation's method in the schema (`GET`, `POST`)."""
    parameters: NotRequired[list[BedrockAgentParameterDict]]
    """The path, query and header parameters the agent filled in; absent when the operation takes none."""
    requestBody: NotRequired[BedrockAgentRequestBodyDict]
    """The request body the agent filled in; absent when the operation takes none."""


@final
class BedrockAgentFunctionEventDict(_BedrockAgentEventBase):
    """The event of an action group defined by function details: the agent calls one function."""

    function: str
    """The function's name in the action group."""
    parameters: NotRequired[list[BedrockAgentParameterDict]]
    """The parameters the agent filled in; absent when the function takes none."""


BedrockAgentEventDict = Union[BedrockAgentApiEventDict, BedrockAgentFunctionEventDict]
"""Either kind of action group event; test `"function" in event` (or `"apiPath" in event`) to tell them apart
(both are final, so type checkers narrow on that test)."""


class BedrockAgentBodyDict(TypedDict):
    """A response body for one media type."""

    body: str
    """The body, as text (a JSON document serialised to a string for `application/json`)."""


class BedrockAgentApiResultDict(TypedDict):
    """The result of the API operation."""

    actionGroup: str
    """The event's `actionGroup`, copied unchanged."""
    apiPath: str
    """The event's `apiPath`, copied unchanged."""
    httpMethod: str
    """The event's `httpMethod`, copied unchanged."""
    httpStatusCode: int
    """The HTTP status the operation ended with (`200`)."""
    responseBody: dict[str, BedrockAgentBodyDict]
    """The response body by media type, as the schema defines it (`application/json`)."""


class BedrockAgentFunctionResponseBodyDict(TypedDict):
    """The outcome of the function."""

    responseState: NotRequired[Literal["FAILURE", "REPROMPT"]]
    """`FAILURE` ends the session; `REPROMPT` makes the agent ask the model again. Absent on success."""
    responseBody: dict[str, BedrockAgentBodyDict]
    """The result by content type (`TEXT`)."""


class BedrockAgentFunctionResultDict(TypedDict):
    """The result of the function."""

    actionGroup: str
    """The event's `actionGroup`, copied unchanged."""
    function: str
    """The event's `function`, copied unchanged."""
    functionResponse: BedrockAgentFunctionResponseBodyDict
    """The outcome of the function."""


class BedrockAgentVectorSearchConfigurationDict(TypedDict):
    """How to search a knowledge base's vector store."""

    numberOfResults: NotRequired[int]
    """How many results to retrieve."""
    overrideSearchType: NotRequired[Literal["HYBRID", "SEMANTIC"]]
    """Search by meaning only (`SEMANTIC`) or combine it with text matching (`HYBRID`): the `SearchType`
    enumeration of the Bedrock Agent Runtime API."""
    filter: NotRequired[dict[str, Any]]
    """A filter on the documents' metadata, in the shape of the `RetrievalFilter` API type."""


class BedrockAgentRetrievalConfigurationDict(TypedDict):
    """How to retrieve from a knowledge base."""

    vectorSearchConfiguration: BedrockAgentVectorSearchConfigurationDict
    """How to search its vector store."""


class BedrockAgentKnowledgeBaseConfigurationDict(TypedDict):
    """Retrieval settings for one knowledge base, applied to the rest of the turn."""

    knowledgeBaseId: str
    """The knowledge base's id."""
    retrievalConfiguration: BedrockAgentRetrievalConfigurationDict
    """How to retrieve from it."""


class _BedrockAgentResponseBase(TypedDict):
    """The keys every response may carry besides its result."""

    messageVersion: Literal["1.0"]
    """The version of the response format; only `1.0` exists."""
    sessionAttributes: NotRequired[dict[str, str]]
    """The session attributes to keep from now on; the previous ones stay when absent."""
    promptSessionAttributes: NotRequired[dict[str, str]]
    """The prompt session attributes to keep for this turn; the previous ones stay when absent."""
    knowledgeBasesConfiguration: NotRequired[list[BedrockAgentKnowledgeBaseConfigurationDict]]
    """Retrieval settings for the agent's knowledge bases."""


class BedrockAgentApiResponseDict(_BedrockAgentResponseBase):
    """The response to an API event."""

    response: BedrockAgentApiResultDict
    """The result of the operation."""


class BedrockAgentFunctionResponseDict(_BedrockAgentResponseBase):
    """The response to a function event."""

    response: BedrockAgentFunctionResultDict
    """The result of the function."""


BedrockAgentResponseDict = Union[BedrockAgentApiResponseDict, BedrockAgentFunctionResponseDict]
"""The response to either kind of event; return the kind that matches the event."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

BedrockAgentHandler = Callable[["BedrockAgentEventDict", "LambdaContext"], "BedrockAgentResponseDict"]
"""A Bedrock agent's action group; return the API or function response matching the event."""

__all__ += ["BedrockAgentHandler"]
# --- end generated handler aliases ---
