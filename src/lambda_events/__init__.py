"""Every AWS Lambda event and response as a TypedDict, with thin runtime helpers.

Annotate a handler with the event's type and keep working on the plain `dict` Lambda hands you:

    from lambda_events import SQSEventDict, SQSBatchResponseDict

    def handler(event: SQSEventDict, context: object) -> SQSBatchResponseDict:
        ...

Importing this package creates none of the types: each name is loaded from its source's module the first
time it is used (PEP 562), so a cold start pays only for the sources the function touches. Type checkers
and editors see every name through the static imports below.
"""

TYPE_CHECKING = False

# --- begin generated exports (scripts/generate_exports.py) ---
if TYPE_CHECKING:
    from lambda_events.helpers.errors import (
        EventDecodeError as EventDecodeError,
    )
    from lambda_events.helpers.sqs import (
        decode_sqs_json as decode_sqs_json,
    )
    from lambda_events.helpers.validation import (
        EventValidationError as EventValidationError,
        ValidationProblem as ValidationProblem,
        assert_valid_event as assert_valid_event,
        find_event_problems as find_event_problems,
    )
    from lambda_events.types.eventbridge import (
        EventBridgeEventDict as EventBridgeEventDict,
    )
    from lambda_events.types.s3 import (
        S3BucketDict as S3BucketDict,
        S3EntityDict as S3EntityDict,
        S3EventDict as S3EventDict,
        S3EventName as S3EventName,
        S3EventRecordDict as S3EventRecordDict,
        S3GlacierEventDataDict as S3GlacierEventDataDict,
        S3IntelligentTieringEventDataDict as S3IntelligentTieringEventDataDict,
        S3LifecycleEventDataDict as S3LifecycleEventDataDict,
        S3ObjectDict as S3ObjectDict,
        S3ReplicationEventDataDict as S3ReplicationEventDataDict,
        S3RequestParametersDict as S3RequestParametersDict,
        S3ResponseElementsDict as S3ResponseElementsDict,
        S3RestoreEventDataDict as S3RestoreEventDataDict,
        S3TestEventDict as S3TestEventDict,
        S3TransitionEventDataDict as S3TransitionEventDataDict,
        S3UserIdentityDict as S3UserIdentityDict,
    )
    from lambda_events.types.sns import (
        SNSEventDict as SNSEventDict,
        SNSMessageAttributeDict as SNSMessageAttributeDict,
        SNSMessageDict as SNSMessageDict,
        SNSNotificationDict as SNSNotificationDict,
        SNSRecordDict as SNSRecordDict,
    )
    from lambda_events.types.sqs import (
        SQSAttributesDict as SQSAttributesDict,
        SQSBatchItemFailureDict as SQSBatchItemFailureDict,
        SQSBatchResponseDict as SQSBatchResponseDict,
        SQSEventDict as SQSEventDict,
        SQSMessageAttributeDict as SQSMessageAttributeDict,
        SQSRecordDict as SQSRecordDict,
    )

__all__ = [
    "EventBridgeEventDict",
    "EventDecodeError",
    "EventValidationError",
    "S3BucketDict",
    "S3EntityDict",
    "S3EventDict",
    "S3EventName",
    "S3EventRecordDict",
    "S3GlacierEventDataDict",
    "S3IntelligentTieringEventDataDict",
    "S3LifecycleEventDataDict",
    "S3ObjectDict",
    "S3ReplicationEventDataDict",
    "S3RequestParametersDict",
    "S3ResponseElementsDict",
    "S3RestoreEventDataDict",
    "S3TestEventDict",
    "S3TransitionEventDataDict",
    "S3UserIdentityDict",
    "SNSEventDict",
    "SNSMessageAttributeDict",
    "SNSMessageDict",
    "SNSNotificationDict",
    "SNSRecordDict",
    "SQSAttributesDict",
    "SQSBatchItemFailureDict",
    "SQSBatchResponseDict",
    "SQSEventDict",
    "SQSMessageAttributeDict",
    "SQSRecordDict",
    "ValidationProblem",
    "assert_valid_event",
    "decode_sqs_json",
    "find_event_problems",
]

_MODULE_OF = {
    "EventBridgeEventDict": "lambda_events.types.eventbridge",
    "EventDecodeError": "lambda_events.helpers.errors",
    "EventValidationError": "lambda_events.helpers.validation",
    "S3BucketDict": "lambda_events.types.s3",
    "S3EntityDict": "lambda_events.types.s3",
    "S3EventDict": "lambda_events.types.s3",
    "S3EventName": "lambda_events.types.s3",
    "S3EventRecordDict": "lambda_events.types.s3",
    "S3GlacierEventDataDict": "lambda_events.types.s3",
    "S3IntelligentTieringEventDataDict": "lambda_events.types.s3",
    "S3LifecycleEventDataDict": "lambda_events.types.s3",
    "S3ObjectDict": "lambda_events.types.s3",
    "S3ReplicationEventDataDict": "lambda_events.types.s3",
    "S3RequestParametersDict": "lambda_events.types.s3",
    "S3ResponseElementsDict": "lambda_events.types.s3",
    "S3RestoreEventDataDict": "lambda_events.types.s3",
    "S3TestEventDict": "lambda_events.types.s3",
    "S3TransitionEventDataDict": "lambda_events.types.s3",
    "S3UserIdentityDict": "lambda_events.types.s3",
    "SNSEventDict": "lambda_events.types.sns",
    "SNSMessageAttributeDict": "lambda_events.types.sns",
    "SNSMessageDict": "lambda_events.types.sns",
    "SNSNotificationDict": "lambda_events.types.sns",
    "SNSRecordDict": "lambda_events.types.sns",
    "SQSAttributesDict": "lambda_events.types.sqs",
    "SQSBatchItemFailureDict": "lambda_events.types.sqs",
    "SQSBatchResponseDict": "lambda_events.types.sqs",
    "SQSEventDict": "lambda_events.types.sqs",
    "SQSMessageAttributeDict": "lambda_events.types.sqs",
    "SQSRecordDict": "lambda_events.types.sqs",
    "ValidationProblem": "lambda_events.helpers.validation",
    "assert_valid_event": "lambda_events.helpers.validation",
    "decode_sqs_json": "lambda_events.helpers.sqs",
    "find_event_problems": "lambda_events.helpers.validation",
}
# --- end generated exports ---


def __getattr__(name: str) -> object:
    """Import the module that defines `name`, cache the value here, and return it."""
    module_name = _MODULE_OF.get(name)
    if module_name is None:
        raise AttributeError(f"module 'lambda_events' has no attribute {name!r}")
    value: object = getattr(__import__(module_name, fromlist=[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """List the loaded attributes and every public name, loaded or not."""
    return sorted(set(globals()) | set(__all__))
