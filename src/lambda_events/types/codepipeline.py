"""AWS CodePipeline: the job a pipeline's Lambda invoke action sends to a function."""

from typing import Literal, Optional

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "CodePipelineActionConfigurationDict",
    "CodePipelineArtifactCredentialsDict",
    "CodePipelineArtifactDict",
    "CodePipelineArtifactLocationDict",
    "CodePipelineConfigurationDict",
    "CodePipelineEncryptionKeyDict",
    "CodePipelineJobDataDict",
    "CodePipelineJobDict",
    "CodePipelineJobEventDict",
    "CodePipelineS3LocationDict",
]


class CodePipelineConfigurationDict(TypedDict):
    """The action's configuration as set in the pipeline."""

    FunctionName: str
    """The name of the function the action invokes."""
    UserParameters: NotRequired[str]
    """The action's user parameters, as text (often a JSON document); absent when the action sets none (the key
    is optional in the action's configuration; DefinitelyTyped and aws-lambda-go declare it always present)."""


class CodePipelineActionConfigurationDict(TypedDict):
    """The configuration of the action that invoked the function."""

    configuration: CodePipelineConfigurationDict
    """The action's configuration."""


class CodePipelineS3LocationDict(TypedDict):
    """Where an artifact is stored in the pipeline's artifact bucket."""

    bucketName: str
    """The artifact bucket's name."""
    objectKey: str
    """The key of the artifact's zip file."""


class CodePipelineArtifactLocationDict(TypedDict):
    """How to find an artifact."""

    type: Literal["S3"]
    """The kind of artifact store; always `S3`, the only `ArtifactLocationType` of the CodePipeline API."""
    s3Location: CodePipelineS3LocationDict
    """The artifact's bucket and key."""


class CodePipelineArtifactDict(TypedDict):
    """An input or output artifact of the action."""

    name: str
    """The artifact's name in the pipeline."""
    revision: Optional[str]
    """The revision of the source the artifact comes from (a commit id); `null` when there is none, as for
    output artifacts."""
    location: CodePipelineArtifactLocationDict
    """Where the artifact is stored."""


class CodePipelineArtifactCredentialsDict(TypedDict):
    """Temporary credentials that can read and write the pipeline's artifacts in S3."""

    accessKeyId: str
    """The access key id."""
    secretAccessKey: str
    """The secret access key."""
    sessionToken: str
    """The session token that goes with the temporary key. Always sent: the credentials are temporary, and the
    CodePipeline API's `AWSSessionCredentials` requires all three keys (DefinitelyTyped marks it optional)."""
    expirationTime: NotRequired[int]
    """When the credentials expire, in milliseconds since the Unix epoch."""


class CodePipelineEncryptionKeyDict(TypedDict):
    """The key that encrypts the pipeline's artifacts."""

    id: str
    """The key's id, ARN or alias ARN."""
    type: Literal["KMS"]
    """The kind of key; always `KMS`, the only `EncryptionKeyType` of the CodePipeline API."""


class CodePipelineJobDataDict(TypedDict):
    """What the job needs to run."""

    actionConfiguration: CodePipelineActionConfigurationDict
    """The configuration of the action."""
    inputArtifacts: list[CodePipelineArtifactDict]
    """The artifacts the action reads; may be empty."""
    outputArtifacts: list[CodePipelineArtifactDict]
    """The artifacts the action is expected to write; may be empty."""
    artifactCredentials: CodePipelineArtifactCredentialsDict
    """Credentials for the artifacts in S3."""
    continuationToken: NotRequired[str]
    """Present when the job continues an earlier run of this action that returned a continuation token."""
    encryptionKey: NotRequired[CodePipelineEncryptionKeyDict]
    """The key that encrypts the artifact store; absent when the store uses the default S3 encryption."""


class CodePipelineJobDict(TypedDict):
    """The job the function must complete."""

    id: str
    """The job id; report the outcome with `PutJobSuccessResult` or `PutJobFailureResult` and this id."""
    accountId: str
    """The id of the account that owns the pipeline."""
    data: CodePipelineJobDataDict
    """What the job needs to run."""


CodePipelineJobEventDict = TypedDict("CodePipelineJobEventDict", {"CodePipeline.job": CodePipelineJobDict})
"""The event a pipeline's Lambda invoke action sends; its only key is not a Python identifier.

- `CodePipeline.job`: the job to run. The function's return value is ignored: it must report the outcome to
  CodePipeline itself, or the action times out.
"""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

CodePipelineJobHandler = Callable[["CodePipelineJobEventDict", "LambdaContext"], object]
"""A CodePipeline invoke action; it reports through `PutJobSuccessResult` or `PutJobFailureResult`."""

__all__ += ["CodePipelineJobHandler"]
# --- end generated handler aliases ---
