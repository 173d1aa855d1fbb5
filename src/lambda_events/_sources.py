"""The event sources lambda-events types: the one table everything that lists sources is made from.

`MODULES` has a row per module of `lambda_events.types` (its docs title and group and its root types);
`SOURCES` a row per kind of event a function receives, keyed by its source id: the module name, plus a variant
suffix where one module types several kinds of event (`api_gateway_authorizer_token`). The same word names the
types module, the test-event factory module (`lambda_events.testing.<module>`), the tests
(`tests/sources/test_<module>.py`), the fixtures folder (`tests/events/<module>/`) and the docs page
(`docs/sources/<module>.md`).

`scripts/generate_exports.py` expands these tables into every list: `EventSource`, `EVENT_SOURCE_TYPE_NAMES`
and the `is_<source>_event` guards of `lambda_events.helpers.detection`, the handler alias in each types
module, the name tables of `lambda_events/__init__.py` and `__init__.pyi`, the exports of
`lambda_events.testing`, and the tables of the README and the docs; `make test` fails when one is stale. At run
time, `lambda_events.testing.catalog` and the command line read the rows (sample arguments, payload
decoders). Importing this module creates no TypedDict.
"""

from __future__ import annotations

from typing import Any, NamedTuple, Optional

__all__ = ["MODULES", "SOURCES", "Module", "Source"]


class Module(NamedTuple):
    """A module of `lambda_events.types`: one AWS service's events, with its docs page."""

    name: str
    """The module's name, also its docs page (`docs/sources/<name>.md`) and fixtures folder."""
    title: str
    """The service and integration, as the docs and the README name it."""
    group: str
    """The section of the docs' source index the module belongs to."""
    root_types: tuple[str, ...]
    """The types a reader looks for first (events, responses), as listed in the README and the docs."""


class Source(NamedTuple):
    """A kind of event a Lambda function receives, as `detect_event_source` names it."""

    id: str
    """The source id: the module's name, plus a suffix for each variant of a module with several."""
    module: str
    """The module of `lambda_events.types` that types the event (and of `lambda_events.testing`)."""
    event: str
    """The event's type, exported by `lambda_events`."""
    handler: str
    """The name of the handler alias written into the types module."""
    returns: str
    """The handler's return annotation, a type expression over the module's names (quoted forward)."""
    handler_doc: str
    """The handler alias's docstring: who calls the function and what it does with the result."""
    factory: str
    """The factory in `lambda_events.testing.<module>` that builds a test event of this source."""
    sample: Optional[dict[str, Any]] = None
    """Keyword arguments for the factory that make a representative event (`lambda-events sample`)."""
    decoder: Optional[str] = None
    """The payload decoder of `lambda-events inspect` for this source's nested payloads, if it has any."""
    event_parameter: Optional[str] = None
    """The type parameter of a generic event type that the handler alias passes on (`AuthorizerContextT`, a
    name of the types module), making the alias generic too: `APIGatewayProxyHandler[MyAuthorizerContextDict]`;
    bare, the alias takes the parameter's default, as the bare event type does."""


ORDER: dict[str, Any] = {"id": "order-1001", "status": "PLACED", "total": 42}
"""The business payload the representative samples carry."""

MODULES: tuple[Module, ...] = (
    Module("sqs", "Amazon SQS", "Queues, streams and messaging", ("SQSEventDict", "SQSBatchResponseDict")),
    Module("sns", "Amazon SNS", "Queues, streams and messaging", ("SNSEventDict",)),
    Module(
        "kinesis",
        "Amazon Kinesis Data Streams",
        "Queues, streams and messaging",
        ("KinesisStreamEventDict", "KinesisStreamBatchResponseDict", "KinesisStreamTimeWindowEventDict"),
    ),
    Module(
        "kinesis_firehose",
        "Amazon Data Firehose transformation",
        "Queues, streams and messaging",
        ("KinesisFirehoseEventDict", "KinesisFirehoseMSKEventDict", "KinesisFirehoseTransformationResponseDict"),
    ),
    Module(
        "dynamodb",
        "Amazon DynamoDB Streams",
        "Queues, streams and messaging",
        ("DynamoDBStreamEventDict", "DynamoDBStreamBatchResponseDict", "AttributeValueDict"),
    ),
    Module("kafka", "Apache Kafka (Amazon MSK and self-managed)", "Queues, streams and messaging", ("KafkaEventDict",)),
    Module(
        "amazon_mq",
        "Amazon MQ (ActiveMQ and RabbitMQ)",
        "Queues, streams and messaging",
        ("ActiveMQEventDict", "RabbitMQEventDict"),
    ),
    Module("documentdb", "Amazon DocumentDB change streams", "Queues, streams and messaging", ("DocumentDBEventDict",)),
    Module(
        "cloudwatch_logs",
        "Amazon CloudWatch Logs subscriptions",
        "Queues, streams and messaging",
        ("CloudWatchLogsEventDict", "CloudWatchLogsDecodedDataDict"),
    ),
    Module("s3", "Amazon S3 notifications", "Storage", ("S3EventDict", "S3TestEventDict")),
    Module(
        "s3_eventbridge",
        "Amazon S3 events through EventBridge",
        "Storage",
        ("S3EventBridgeNotificationEventDict",),
    ),
    Module(
        "s3_batch_operation",
        "Amazon S3 Batch Operations",
        "Storage",
        ("S3BatchOperationEventDict", "S3BatchOperationResponseDict"),
    ),
    Module("s3_object_lambda", "Amazon S3 Object Lambda", "Storage", ("S3ObjectLambdaEventDict",)),
    Module(
        "api_gateway",
        "API Gateway REST API (proxy integration)",
        "HTTP, WebSocket and GraphQL",
        ("APIGatewayProxyEventDict", "APIGatewayProxyResponseDict"),
    ),
    Module(
        "api_gateway_v2",
        "API Gateway HTTP API",
        "HTTP, WebSocket and GraphQL",
        ("APIGatewayProxyEventV2Dict", "APIGatewayProxyResponseV2Dict"),
    ),
    Module(
        "api_gateway_websocket",
        "API Gateway WebSocket API",
        "HTTP, WebSocket and GraphQL",
        ("APIGatewayWebSocketEventDict",),
    ),
    Module("alb", "Application Load Balancer", "HTTP, WebSocket and GraphQL", ("ALBEventDict", "ALBResponseDict")),
    Module(
        "lambda_function_url",
        "Lambda function URLs",
        "HTTP, WebSocket and GraphQL",
        ("LambdaFunctionUrlEventDict", "LambdaFunctionUrlResponseDict"),
    ),
    Module(
        "vpc_lattice",
        "Amazon VPC Lattice",
        "HTTP, WebSocket and GraphQL",
        ("VPCLatticeEventV2Dict", "VPCLatticeEventDict", "VPCLatticeResponseDict"),
    ),
    Module(
        "cloudfront",
        "Amazon CloudFront Lambda@Edge",
        "HTTP, WebSocket and GraphQL",
        (
            "CloudFrontRequestEventDict",
            "CloudFrontResponseEventDict",
            "CloudFrontRequestResultDict",
            "CloudFrontResponseResultDict",
        ),
    ),
    Module(
        "appsync",
        "AWS AppSync GraphQL",
        "HTTP, WebSocket and GraphQL",
        (
            "AppSyncResolverEventDict",
            "AppSyncBatchResolverEventDict",
            "AppSyncAuthorizerEventDict",
            "AppSyncAuthorizerResponseDict",
        ),
    ),
    Module(
        "appsync_events",
        "AWS AppSync Events",
        "HTTP, WebSocket and GraphQL",
        ("AppSyncEventsEventDict", "AppSyncEventsResponseDict"),
    ),
    Module(
        "api_gateway_authorizer",
        "API Gateway Lambda authorizers",
        "Authorization and identity",
        (
            "APIGatewayAuthorizerTokenEventDict",
            "APIGatewayAuthorizerRequestEventDict",
            "APIGatewayAuthorizerEventV2Dict",
            "APIGatewayAuthorizerResponseDict",
            "APIGatewayAuthorizerResponseV2Dict",
        ),
    ),
    Module(
        "iot_authorizer",
        "AWS IoT Core custom authorizers",
        "Authorization and identity",
        ("IoTAuthorizerEventDict", "IoTAuthorizerResponseDict"),
    ),
    Module(
        "cognito",
        "Amazon Cognito user pool triggers",
        "Authorization and identity",
        (
            "CognitoUserPoolTriggerEventDict",
            "PreSignUpTriggerEventDict",
            "PostConfirmationTriggerEventDict",
            "PreAuthenticationTriggerEventDict",
            "PostAuthenticationTriggerEventDict",
            "DefineAuthChallengeTriggerEventDict",
            "CreateAuthChallengeTriggerEventDict",
            "VerifyAuthChallengeResponseTriggerEventDict",
            "PreTokenGenerationTriggerEventDict",
            "PreTokenGenerationV2TriggerEventDict",
            "PreTokenGenerationClientCredentialsTriggerEventDict",
            "UserMigrationTriggerEventDict",
            "CustomMessageTriggerEventDict",
            "CustomEmailSenderTriggerEventDict",
            "CustomSMSSenderTriggerEventDict",
            "InboundFederationTriggerEventDict",
        ),
    ),
    Module(
        "client_vpn",
        "AWS Client VPN connect handlers",
        "Authorization and identity",
        ("ClientVPNConnectionEventDict", "ClientVPNConnectionResponseDict"),
    ),
    Module(
        "transfer_family",
        "AWS Transfer Family identity providers",
        "Authorization and identity",
        ("TransferFamilyAuthorizerEventDict", "TransferFamilyAuthorizerResponseDict"),
    ),
    Module(
        "eventbridge",
        "Amazon EventBridge",
        "Events and operations",
        ("EventBridgeEventDict", "ScheduledEventDict"),
    ),
    Module(
        "cloudwatch_alarm",
        "Amazon CloudWatch alarm actions",
        "Events and operations",
        ("CloudWatchAlarmEventDict",),
    ),
    Module(
        "cloudwatch_dashboard",
        "Amazon CloudWatch dashboard custom widgets",
        "Events and operations",
        ("CloudWatchDashboardCustomWidgetEventDict",),
    ),
    Module(
        "aws_config",
        "AWS Config rules",
        "Events and operations",
        ("AWSConfigRuleEventDict", "AWSConfigInvokingEventDict"),
    ),
    Module(
        "cloudformation",
        "AWS CloudFormation custom resources",
        "Events and operations",
        (
            "CloudFormationCustomResourceEventDict",
            "CloudFormationCustomResourceResponseDict",
            "CloudFormationCDKOnEventRequestDict",
            "CloudFormationCDKIsCompleteRequestDict",
        ),
    ),
    Module(
        "codedeploy",
        "AWS CodeDeploy lifecycle hooks",
        "Events and operations",
        ("CodeDeployLifecycleHookEventDict",),
    ),
    Module(
        "autoscaling",
        "EC2 Auto Scaling custom termination policies",
        "Events and operations",
        ("AutoScalingTerminationPolicyEventDict", "AutoScalingTerminationPolicyResponseDict"),
    ),
    Module("codecommit", "AWS CodeCommit triggers", "Events and operations", ("CodeCommitEventDict",)),
    Module("codepipeline", "AWS CodePipeline Invoke actions", "Events and operations", ("CodePipelineJobEventDict",)),
    Module("secrets_manager", "AWS Secrets Manager rotation", "Events and operations", ("SecretsManagerEventDict",)),
    Module(
        "lambda_destination",
        "Lambda invocation records (destinations)",
        "Events and operations",
        ("LambdaDestinationRecordDict", "LambdaDestinationEventBridgeEventDict", "EventSourceMappingFailureRecordDict"),
    ),
    Module(
        "iot_rule",
        "AWS IoT rule actions",
        "Events and operations",
        ("IoTRuleEventDict", "IoTRuleErrorActionEventDict"),
    ),
    Module("iot_registry", "AWS IoT registry events", "Events and operations", ("IoTRegistryEventDict",)),
    Module(
        "lex_v2",
        "Amazon Lex V2 code hooks",
        "Conversations, agents and mail",
        ("LexV2EventDict", "LexV2ResponseDict"),
    ),
    Module(
        "bedrock_agent",
        "Amazon Bedrock agents",
        "Conversations, agents and mail",
        ("BedrockAgentEventDict", "BedrockAgentResponseDict"),
    ),
    Module(
        "connect",
        "Amazon Connect contact flows",
        "Conversations, agents and mail",
        ("ConnectContactFlowEventDict",),
    ),
    Module(
        "sagemaker_ground_truth",
        "Amazon SageMaker Ground Truth custom labeling",
        "Events and operations",
        (
            "GroundTruthPreAnnotationEventDict",
            "GroundTruthPreAnnotationResponseDict",
            "GroundTruthConsolidationEventDict",
            "GroundTruthConsolidatedAnnotationDict",
        ),
    ),
    Module(
        "workmail",
        "Amazon WorkMail email flow rules",
        "Conversations, agents and mail",
        ("WorkMailEventDict", "WorkMailSyncResponseDict"),
    ),
    Module(
        "ses",
        "Amazon SES email receiving",
        "Conversations, agents and mail",
        ("SESEventDict", "SESLambdaResponseDict", "SESReceivedNotificationDict"),
    ),
)

SOURCES: tuple[Source, ...] = (
    Source(
        "sqs",
        module="sqs",
        event="SQSEventDict",
        handler="SQSHandler",
        returns='Optional["SQSBatchResponseDict"]',
        handler_doc="An SQS queue consumer; return a partial batch response (or `None`: the whole batch succeeded).",
        factory="sqs_event",
        sample={"bodies": [ORDER]},
        decoder="sqs",
    ),
    Source(
        "sns",
        module="sns",
        event="SNSEventDict",
        handler="SNSHandler",
        returns="object",
        handler_doc="An SNS subscriber; SNS invokes it asynchronously and ignores what it returns.",
        factory="sns_event",
        sample={"messages": [ORDER], "subject": "Order placed"},
        decoder="sns",
    ),
    Source(
        "kinesis",
        module="kinesis",
        event="KinesisStreamEventDict",
        handler="KinesisStreamHandler",
        returns='Optional["KinesisStreamBatchResponseDict"]',
        handler_doc=(
            "A Kinesis data stream consumer; return a partial batch response (or `None`: the whole batch succeeded)."
        ),
        factory="kinesis_event",
        sample={"data": [ORDER]},
        decoder="kinesis",
    ),
    Source(
        "kinesis_time_window",
        module="kinesis",
        event="KinesisStreamTimeWindowEventDict",
        handler="KinesisStreamTimeWindowHandler",
        returns='"KinesisStreamTimeWindowResponseDict"',
        handler_doc="A Kinesis data stream consumer with tumbling windows; return the window's state.",
        factory="kinesis_time_window_event",
        decoder="kinesis",
    ),
    Source(
        "kinesis_firehose",
        module="kinesis_firehose",
        event="KinesisFirehoseEventDict",
        handler="KinesisFirehoseHandler",
        returns='"KinesisFirehoseTransformationResponseDict"',
        handler_doc="An Amazon Data Firehose transformation; return every record, transformed, dropped or failed.",
        factory="kinesis_firehose_event",
        sample={"data": [ORDER]},
        decoder="firehose",
    ),
    Source(
        "kinesis_firehose_msk",
        module="kinesis_firehose",
        event="KinesisFirehoseMSKEventDict",
        handler="KinesisFirehoseMSKHandler",
        returns='"KinesisFirehoseTransformationResponseDict"',
        handler_doc="An Amazon Data Firehose transformation of records from an Amazon MSK topic; return every record.",
        factory="kinesis_firehose_msk_event",
        sample={"data": [ORDER]},
        decoder="firehose",
    ),
    Source(
        "dynamodb",
        module="dynamodb",
        event="DynamoDBStreamEventDict",
        handler="DynamoDBStreamHandler",
        returns='Optional["DynamoDBStreamBatchResponseDict"]',
        handler_doc=(
            "A DynamoDB stream consumer; return a partial batch response (or `None`: the whole batch succeeded)."
        ),
        factory="dynamodb_event",
        sample={"new_images": [{**ORDER, "status": "SHIPPED"}], "old_images": [ORDER]},
        decoder="dynamodb",
    ),
    Source(
        "dynamodb_time_window",
        module="dynamodb",
        event="DynamoDBStreamTimeWindowEventDict",
        handler="DynamoDBStreamTimeWindowHandler",
        returns='"DynamoDBStreamTimeWindowResponseDict"',
        handler_doc="A DynamoDB stream consumer with tumbling windows; return the window's state.",
        factory="dynamodb_time_window_event",
        decoder="dynamodb",
    ),
    Source(
        "kafka",
        module="kafka",
        event="KafkaEventDict",
        handler="KafkaHandler",
        returns="object",
        handler_doc="An Amazon MSK or self-managed Kafka consumer; Lambda ignores what it returns.",
        factory="kafka_event",
        sample={"values": [ORDER], "keys": [b"order-1001"]},
        decoder="kafka",
    ),
    Source(
        "amazon_mq_activemq",
        module="amazon_mq",
        event="ActiveMQEventDict",
        handler="ActiveMQHandler",
        returns="object",
        handler_doc="An Amazon MQ for ActiveMQ consumer; Lambda ignores what it returns.",
        factory="amazon_mq_activemq_event",
        decoder="amazon_mq_activemq",
    ),
    Source(
        "amazon_mq_rabbitmq",
        module="amazon_mq",
        event="RabbitMQEventDict",
        handler="RabbitMQHandler",
        returns="object",
        handler_doc="An Amazon MQ for RabbitMQ consumer; Lambda ignores what it returns.",
        factory="amazon_mq_rabbitmq_event",
        decoder="amazon_mq_rabbitmq",
    ),
    Source(
        "documentdb",
        module="documentdb",
        event="DocumentDBEventDict",
        handler="DocumentDBHandler",
        returns="object",
        handler_doc="An Amazon DocumentDB change stream consumer; Lambda ignores what it returns.",
        factory="documentdb_event",
    ),
    Source(
        "cloudwatch_logs",
        module="cloudwatch_logs",
        event="CloudWatchLogsEventDict",
        handler="CloudWatchLogsHandler",
        returns="object",
        handler_doc=(
            "A CloudWatch Logs subscription; the service invokes it asynchronously and ignores what it returns."
        ),
        factory="cloudwatch_logs_event",
        sample={"messages": ["START RequestId: 1", "Order order-1001 placed"]},
        decoder="cloudwatch_logs",
    ),
    Source(
        "s3",
        module="s3",
        event="S3EventDict",
        handler="S3Handler",
        returns="object",
        handler_doc="An S3 event notification consumer; S3 invokes it asynchronously and ignores what it returns.",
        factory="s3_event",
        sample={"keys": ["uploads/monthly report.csv"]},
    ),
    Source(
        "s3_eventbridge",
        module="s3_eventbridge",
        event="S3EventBridgeNotificationEventDict",
        handler="S3EventBridgeNotificationHandler",
        returns="object",
        handler_doc="The target of a rule on S3 object events; EventBridge ignores what it returns.",
        factory="s3_eventbridge_event",
    ),
    Source(
        "s3_batch_operation",
        module="s3_batch_operation",
        event="S3BatchOperationEventDict",
        handler="S3BatchOperationHandler",
        returns='"S3BatchOperationResponseDict"',
        handler_doc="An S3 Batch Operations task; return the result of each task.",
        factory="s3_batch_operation_event",
    ),
    Source(
        "s3_object_lambda",
        module="s3_object_lambda",
        event="S3ObjectLambdaEventDict",
        handler="S3ObjectLambdaHandler",
        returns="object",
        handler_doc=(
            "An S3 Object Lambda function; `GetObject` answers through `WriteGetObjectResponse`, the others by "
            "returning."
        ),
        factory="s3_object_lambda_event",
    ),
    Source(
        "api_gateway",
        module="api_gateway",
        event="APIGatewayProxyEventDict",
        handler="APIGatewayProxyHandler",
        returns='"APIGatewayProxyResponseDict"',
        handler_doc=(
            "A REST API (or payload 1.0) proxy integration; return the HTTP response. Generic like the event: "
            "`APIGatewayProxyHandler[MyContextDict]` takes an `APIGatewayProxyEventDict[MyContextDict]`."
        ),
        factory="api_gateway_event",
        sample={"method": "POST", "path": "/orders", "body": ORDER},
        decoder="http",
        event_parameter="AuthorizerContextT",
    ),
    Source(
        "api_gateway_v2",
        module="api_gateway_v2",
        event="APIGatewayProxyEventV2Dict",
        handler="APIGatewayProxyV2Handler",
        returns='"APIGatewayProxyResponseV2Dict"',
        handler_doc=(
            "An HTTP API payload 2.0 integration; return the structured HTTP response. Generic like the event: "
            "`APIGatewayProxyV2Handler[APIGatewayV2JWTAuthorizerDict]` for a route with a JWT authorizer."
        ),
        factory="api_gateway_v2_event",
        sample={"method": "POST", "path": "/orders", "body": ORDER, "route_key": "POST /orders"},
        decoder="http",
        event_parameter="AuthorizerT",
    ),
    Source(
        "api_gateway_websocket",
        module="api_gateway_websocket",
        event="APIGatewayWebSocketEventDict",
        handler="APIGatewayWebSocketHandler",
        returns='Optional["APIGatewayProxyResponseDict"]',
        handler_doc=(
            "A WebSocket API route's integration; `$connect` refuses the connection with a non-2xx `statusCode`. "
            "Generic like the event: `APIGatewayWebSocketHandler[MyAuthorizerContextDict]`."
        ),
        factory="api_gateway_websocket_event",
        decoder="http",
        event_parameter="AuthorizerContextT",
    ),
    Source(
        "alb",
        module="alb",
        event="ALBEventDict",
        handler="ALBHandler",
        returns='"ALBResponseDict"',
        handler_doc="An Application Load Balancer target; return the HTTP response.",
        factory="alb_event",
        sample={"method": "POST", "path": "/orders", "body": ORDER},
        decoder="http",
    ),
    Source(
        "lambda_function_url",
        module="lambda_function_url",
        event="LambdaFunctionUrlEventDict",
        handler="LambdaFunctionUrlHandler",
        returns='"LambdaFunctionUrlResponseDict"',
        handler_doc="A function URL's function; return the structured HTTP response.",
        factory="lambda_function_url_event",
        sample={"method": "POST", "path": "/orders", "body": ORDER},
        decoder="http",
    ),
    Source(
        "vpc_lattice",
        module="vpc_lattice",
        event="VPCLatticeEventDict",
        handler="VPCLatticeHandler",
        returns='"VPCLatticeResponseDict"',
        handler_doc="A VPC Lattice target, event structure version 1; return the HTTP response.",
        factory="vpc_lattice_event",
        decoder="http",
    ),
    Source(
        "vpc_lattice_v2",
        module="vpc_lattice",
        event="VPCLatticeEventV2Dict",
        handler="VPCLatticeV2Handler",
        returns='"VPCLatticeResponseDict"',
        handler_doc="A VPC Lattice target, event structure version 2; return the HTTP response.",
        factory="vpc_lattice_v2_event",
        decoder="http",
    ),
    Source(
        "cloudfront_request",
        module="cloudfront",
        event="CloudFrontRequestEventDict",
        handler="CloudFrontRequestHandler",
        returns='"CloudFrontRequestResultDict"',
        handler_doc=(
            "A Lambda@Edge viewer-request or origin-request function; return the request or a generated response."
        ),
        factory="cloudfront_request_event",
    ),
    Source(
        "cloudfront_response",
        module="cloudfront",
        event="CloudFrontResponseEventDict",
        handler="CloudFrontResponseHandler",
        returns='"CloudFrontResponseResultDict"',
        handler_doc="A Lambda@Edge viewer-response or origin-response function; return the response.",
        factory="cloudfront_response_event",
    ),
    Source(
        "appsync_resolver",
        module="appsync",
        event="AppSyncResolverEventDict",
        handler="AppSyncResolverHandler",
        returns="object",
        handler_doc="An AppSync Direct Lambda resolver; return the field's value (any JSON value).",
        factory="appsync_resolver_event",
        sample={"arguments": {"id": "post-1"}},
    ),
    Source(
        "appsync_batch_resolver",
        module="appsync",
        event="AppSyncBatchResolverEventDict",
        handler="AppSyncBatchResolverHandler",
        returns="Sequence[object]",
        handler_doc="An AppSync batching resolver; return one value per event, in the same order.",
        factory="appsync_batch_resolver_event",
    ),
    Source(
        "appsync_resolver_template",
        module="appsync",
        event="AppSyncResolverTemplateEventDict",
        handler="AppSyncResolverTemplateHandler",
        returns="object",
        handler_doc="A resolver behind Amplify's request mapping template; return the field's value (any JSON value).",
        factory="appsync_resolver_template_event",
        sample={"arguments": {"id": "post-1"}},
    ),
    Source(
        "appsync_authorizer",
        module="appsync",
        event="AppSyncAuthorizerEventDict",
        handler="AppSyncAuthorizerHandler",
        returns='"AppSyncAuthorizerResponseDict"',
        handler_doc="An AppSync Lambda authorizer; return whether the request is authorized.",
        factory="appsync_authorizer_event",
    ),
    Source(
        "appsync_events",
        module="appsync_events",
        event="AppSyncEventsEventDict",
        handler="AppSyncEventsHandler",
        returns='Optional["AppSyncEventsResponseDict"]',
        handler_doc=(
            "An AppSync Events channel namespace's function; return the events to broadcast, an error, or `None`."
        ),
        factory="appsync_events_event",
    ),
    Source(
        "api_gateway_authorizer_token",
        module="api_gateway_authorizer",
        event="APIGatewayAuthorizerTokenEventDict",
        handler="APIGatewayAuthorizerTokenHandler",
        returns='"APIGatewayAuthorizerResponseDict"',
        handler_doc="A TOKEN Lambda authorizer; return the principal and its IAM policy.",
        factory="api_gateway_authorizer_token_event",
    ),
    Source(
        "api_gateway_authorizer_request",
        module="api_gateway_authorizer",
        event="APIGatewayAuthorizerRequestEventDict",
        handler="APIGatewayAuthorizerRequestHandler",
        returns='"APIGatewayAuthorizerResponseDict"',
        handler_doc=(
            "A REQUEST Lambda authorizer of a REST API (or an HTTP API's payload 1.0); return the principal and its "
            "IAM policy."
        ),
        factory="api_gateway_authorizer_request_event",
    ),
    Source(
        "api_gateway_authorizer_websocket",
        module="api_gateway_authorizer",
        event="APIGatewayAuthorizerWebSocketEventDict",
        handler="APIGatewayAuthorizerWebSocketHandler",
        returns='"APIGatewayAuthorizerResponseDict"',
        handler_doc="A WebSocket API's `$connect` authorizer; return the principal and its IAM policy.",
        factory="api_gateway_authorizer_websocket_event",
    ),
    Source(
        "api_gateway_authorizer_v2",
        module="api_gateway_authorizer",
        event="APIGatewayAuthorizerEventV2Dict",
        handler="APIGatewayAuthorizerV2Handler",
        returns='Union["APIGatewayAuthorizerResponseV2Dict", "APIGatewayAuthorizerResponseDict"]',
        handler_doc=(
            "An HTTP API authorizer, payload 2.0; return a simple response or an IAM policy, as the authorizer is "
            "configured."
        ),
        factory="api_gateway_authorizer_v2_event",
    ),
    Source(
        "cognito_pre_sign_up",
        module="cognito",
        event="PreSignUpTriggerEventDict",
        handler="CognitoPreSignUpHandler",
        returns='"PreSignUpTriggerEventDict"',
        handler_doc="A Cognito pre sign-up trigger; return the event with its `response` filled in.",
        factory="cognito_pre_sign_up_event",
    ),
    Source(
        "cognito_post_confirmation",
        module="cognito",
        event="PostConfirmationTriggerEventDict",
        handler="CognitoPostConfirmationHandler",
        returns='"PostConfirmationTriggerEventDict"',
        handler_doc="A Cognito post confirmation trigger; return the event.",
        factory="cognito_post_confirmation_event",
    ),
    Source(
        "cognito_pre_authentication",
        module="cognito",
        event="PreAuthenticationTriggerEventDict",
        handler="CognitoPreAuthenticationHandler",
        returns='"PreAuthenticationTriggerEventDict"',
        handler_doc="A Cognito pre authentication trigger; return the event (raise to refuse the sign-in).",
        factory="cognito_pre_authentication_event",
    ),
    Source(
        "cognito_post_authentication",
        module="cognito",
        event="PostAuthenticationTriggerEventDict",
        handler="CognitoPostAuthenticationHandler",
        returns='"PostAuthenticationTriggerEventDict"',
        handler_doc="A Cognito post authentication trigger; return the event.",
        factory="cognito_post_authentication_event",
    ),
    Source(
        "cognito_define_auth_challenge",
        module="cognito",
        event="DefineAuthChallengeTriggerEventDict",
        handler="CognitoDefineAuthChallengeHandler",
        returns='"DefineAuthChallengeTriggerEventDict"',
        handler_doc="A Cognito define auth challenge trigger; return the event with its `response` filled in.",
        factory="cognito_define_auth_challenge_event",
    ),
    Source(
        "cognito_create_auth_challenge",
        module="cognito",
        event="CreateAuthChallengeTriggerEventDict",
        handler="CognitoCreateAuthChallengeHandler",
        returns='"CreateAuthChallengeTriggerEventDict"',
        handler_doc="A Cognito create auth challenge trigger; return the event with its `response` filled in.",
        factory="cognito_create_auth_challenge_event",
    ),
    Source(
        "cognito_verify_auth_challenge_response",
        module="cognito",
        event="VerifyAuthChallengeResponseTriggerEventDict",
        handler="CognitoVerifyAuthChallengeResponseHandler",
        returns='"VerifyAuthChallengeResponseTriggerEventDict"',
        handler_doc="A Cognito verify auth challenge response trigger; return the event with its `response` filled in.",
        factory="cognito_verify_auth_challenge_response_event",
    ),
    Source(
        "cognito_pre_token_generation",
        module="cognito",
        event="PreTokenGenerationTriggerEventDict",
        handler="CognitoPreTokenGenerationHandler",
        returns='"PreTokenGenerationTriggerEventDict"',
        handler_doc=(
            "A Cognito pre token generation trigger, event version one; return the event with its `response` filled in."
        ),
        factory="cognito_pre_token_generation_event",
    ),
    Source(
        "cognito_pre_token_generation_v2",
        module="cognito",
        event="PreTokenGenerationV2TriggerEventDict",
        handler="CognitoPreTokenGenerationV2Handler",
        returns='"PreTokenGenerationV2TriggerEventDict"',
        handler_doc=(
            "A Cognito pre token generation trigger (event versions two and three); return the event, `response` "
            "filled in."
        ),
        factory="cognito_pre_token_generation_v2_event",
    ),
    Source(
        "cognito_pre_token_generation_client_credentials",
        module="cognito",
        event="PreTokenGenerationClientCredentialsTriggerEventDict",
        handler="CognitoPreTokenGenerationClientCredentialsHandler",
        returns='"PreTokenGenerationClientCredentialsTriggerEventDict"',
        handler_doc=(
            "A Cognito pre token generation trigger for a client credentials grant; return the event, `response` "
            "filled in."
        ),
        factory="cognito_pre_token_generation_client_credentials_event",
    ),
    Source(
        "cognito_user_migration",
        module="cognito",
        event="UserMigrationTriggerEventDict",
        handler="CognitoUserMigrationHandler",
        returns='"UserMigrationTriggerEventDict"',
        handler_doc="A Cognito user migration trigger; return the event with the user's attributes in its `response`.",
        factory="cognito_user_migration_event",
    ),
    Source(
        "cognito_custom_message",
        module="cognito",
        event="CustomMessageTriggerEventDict",
        handler="CognitoCustomMessageHandler",
        returns='"CustomMessageTriggerEventDict"',
        handler_doc="A Cognito custom message trigger; return the event with the message in its `response`.",
        factory="cognito_custom_message_event",
    ),
    Source(
        "cognito_custom_email_sender",
        module="cognito",
        event="CustomEmailSenderTriggerEventDict",
        handler="CognitoCustomEmailSenderHandler",
        returns="object",
        handler_doc="A Cognito custom email sender; Cognito invokes it asynchronously and ignores what it returns.",
        factory="cognito_custom_email_sender_event",
    ),
    Source(
        "cognito_custom_sms_sender",
        module="cognito",
        event="CustomSMSSenderTriggerEventDict",
        handler="CognitoCustomSMSSenderHandler",
        returns="object",
        handler_doc="A Cognito custom SMS sender; Cognito invokes it asynchronously and ignores what it returns.",
        factory="cognito_custom_sms_sender_event",
    ),
    Source(
        "cognito_inbound_federation",
        module="cognito",
        event="InboundFederationTriggerEventDict",
        handler="CognitoInboundFederationHandler",
        returns='"InboundFederationTriggerEventDict"',
        handler_doc="A Cognito inbound federation trigger; return the event with `userAttributesToMap` filled in.",
        factory="cognito_inbound_federation_event",
    ),
    Source(
        "iot_authorizer",
        module="iot_authorizer",
        event="IoTAuthorizerEventDict",
        handler="IoTAuthorizerHandler",
        returns='"IoTAuthorizerResponseDict"',
        handler_doc="An AWS IoT Core custom authorizer; return whether the client may connect and its policies.",
        factory="iot_authorizer_event",
        sample={"client_id": "sensor-17"},
    ),
    Source(
        "client_vpn",
        module="client_vpn",
        event="ClientVPNConnectionEventDict",
        handler="ClientVPNConnectionHandler",
        returns='"ClientVPNConnectionResponseDict"',
        handler_doc="A Client VPN client connect handler; return whether to allow the connection.",
        factory="client_vpn_event",
    ),
    Source(
        "transfer_family",
        module="transfer_family",
        event="TransferFamilyAuthorizerEventDict",
        handler="TransferFamilyAuthorizerHandler",
        returns='"TransferFamilyAuthorizerResponseDict"',
        handler_doc=(
            "A Transfer Family custom identity provider; return the user's role and home directory, or `{}` to refuse."
        ),
        factory="transfer_family_event",
    ),
    Source(
        "eventbridge",
        module="eventbridge",
        event="EventBridgeEventDict",
        handler="EventBridgeHandler",
        returns="object",
        handler_doc="An EventBridge rule's target (`detail` of unknown shape); EventBridge ignores what it returns.",
        factory="eventbridge_event",
        sample={"detail": ORDER},
    ),
    Source(
        "eventbridge_scheduled",
        module="eventbridge",
        event="ScheduledEventDict",
        handler="ScheduledEventHandler",
        returns="object",
        handler_doc="A scheduled EventBridge rule's target; EventBridge ignores what it returns.",
        factory="eventbridge_scheduled_event",
    ),
    Source(
        "cloudwatch_alarm",
        module="cloudwatch_alarm",
        event="CloudWatchAlarmEventDict",
        handler="CloudWatchAlarmHandler",
        returns="object",
        handler_doc=(
            "A CloudWatch alarm's Lambda action; the alarm invokes it asynchronously and ignores what it returns."
        ),
        factory="cloudwatch_alarm_event",
        decoder="cloudwatch_alarm",
    ),
    Source(
        "cloudwatch_dashboard",
        module="cloudwatch_dashboard",
        event="CloudWatchDashboardCustomWidgetEventDict",
        handler="CloudWatchDashboardCustomWidgetHandler",
        returns="Union[str, Mapping[str, Any]]",
        handler_doc=(
            'A CloudWatch dashboard custom widget; return HTML (a string) or JSON such as `{"markdown": "..."}`.'
        ),
        factory="cloudwatch_dashboard_event",
        sample={"params": {"region": "us-east-1"}},
    ),
    Source(
        "aws_config",
        module="aws_config",
        event="AWSConfigRuleEventDict",
        handler="AWSConfigRuleHandler",
        returns="object",
        handler_doc="An AWS Config custom rule; it reports through `PutEvaluations`, Config ignores what it returns.",
        factory="aws_config_event",
        decoder="aws_config",
    ),
    Source(
        "cloudformation",
        module="cloudformation",
        event="CloudFormationCustomResourceEventDict",
        handler="CloudFormationCustomResourceHandler",
        returns="object",
        handler_doc="A CloudFormation custom resource; it answers by uploading to `ResponseURL`, not by returning.",
        factory="cloudformation_event",
        sample={"properties": {"BucketName": "example-bucket"}},
    ),
    Source(
        "cloudformation_cdk_on_event",
        module="cloudformation",
        event="CloudFormationCDKOnEventRequestDict",
        handler="CloudFormationCDKOnEventHandler",
        returns='Optional["CloudFormationCDKOnEventResponseDict"]',
        handler_doc="An AWS CDK provider framework `onEvent` handler; return the physical id and data (raise to fail).",
        factory="cloudformation_cdk_on_event_event",
        sample={"properties": {"BucketName": "example-bucket"}},
    ),
    Source(
        "cloudformation_cdk_is_complete",
        module="cloudformation",
        event="CloudFormationCDKIsCompleteRequestDict",
        handler="CloudFormationCDKIsCompleteHandler",
        returns='"CloudFormationCDKIsCompleteResponseDict"',
        handler_doc="An AWS CDK provider framework `isComplete` handler; return whether the operation is done.",
        factory="cloudformation_cdk_is_complete_event",
    ),
    Source(
        "codedeploy",
        module="codedeploy",
        event="CodeDeployLifecycleHookEventDict",
        handler="CodeDeployLifecycleHookHandler",
        returns="object",
        handler_doc="A CodeDeploy lifecycle hook; it reports through `PutLifecycleEventHookExecutionStatus`.",
        factory="codedeploy_event",
    ),
    Source(
        "autoscaling",
        module="autoscaling",
        event="AutoScalingTerminationPolicyEventDict",
        handler="AutoScalingTerminationPolicyHandler",
        returns='"AutoScalingTerminationPolicyResponseDict"',
        handler_doc="A custom termination policy; return the ids of the instances to terminate, preferred first.",
        factory="autoscaling_event",
        sample={"instances": [("a", "on-demand"), ("a", "on-demand"), ("b", "spot")], "terminate": 2},
    ),
    Source(
        "codecommit",
        module="codecommit",
        event="CodeCommitEventDict",
        handler="CodeCommitHandler",
        returns="object",
        handler_doc=(
            "A CodeCommit repository trigger; CodeCommit invokes it asynchronously and ignores what it returns."
        ),
        factory="codecommit_event",
        sample={"custom_data": "deploy-on-push"},
    ),
    Source(
        "codepipeline",
        module="codepipeline",
        event="CodePipelineJobEventDict",
        handler="CodePipelineJobHandler",
        returns="object",
        handler_doc="A CodePipeline invoke action; it reports through `PutJobSuccessResult` or `PutJobFailureResult`.",
        factory="codepipeline_event",
        sample={"user_parameters": {"environment": "staging"}},
        decoder="codepipeline",
    ),
    Source(
        "secrets_manager",
        module="secrets_manager",
        event="SecretsManagerEventDict",
        handler="SecretsManagerHandler",
        returns="object",
        handler_doc=(
            "A Secrets Manager rotation step; Secrets Manager ignores what it returns (raise to fail the step)."
        ),
        factory="secrets_manager_event",
    ),
    Source(
        "lambda_destination",
        module="lambda_destination",
        event="LambdaDestinationRecordDict",
        handler="LambdaDestinationHandler",
        returns="object",
        handler_doc=(
            "A function set as another function's destination; Lambda invokes it asynchronously with the record."
        ),
        factory="lambda_destination_event",
        sample={"request_payload": ORDER, "response_payload": {"status": "SHIPPED"}},
    ),
    Source(
        "lambda_destination_eventbridge",
        module="lambda_destination",
        event="LambdaDestinationEventBridgeEventDict",
        handler="LambdaDestinationEventBridgeHandler",
        returns="object",
        handler_doc=(
            "The target of a rule on invocation records sent to an event bus; EventBridge ignores what it returns."
        ),
        factory="lambda_destination_eventbridge_event",
        sample={"condition": "RetriesExhausted", "request_payload": ORDER},
    ),
    Source(
        "iot_rule_error_action",
        module="iot_rule",
        event="IoTRuleErrorActionEventDict",
        handler="IoTRuleErrorActionHandler",
        returns="object",
        handler_doc="A rule's error action; AWS IoT invokes it asynchronously and ignores what it returns.",
        factory="iot_rule_error_action_event",
        sample={"payload": {"temperature": 21.5}},
    ),
    Source(
        "iot_registry",
        module="iot_registry",
        event="IoTRegistryEventDict",
        handler="IoTRegistryHandler",
        returns="object",
        handler_doc="The target of an IoT rule on registry events; AWS IoT ignores what it returns.",
        factory="iot_registry_event",
    ),
    Source(
        "lex_v2",
        module="lex_v2",
        event="LexV2EventDict",
        handler="LexV2Handler",
        returns='"LexV2ResponseDict"',
        handler_doc="An Amazon Lex V2 code hook; return the session state and messages.",
        factory="lex_v2_event",
    ),
    Source(
        "bedrock_agent",
        module="bedrock_agent",
        event="BedrockAgentEventDict",
        handler="BedrockAgentHandler",
        returns='"BedrockAgentResponseDict"',
        handler_doc="A Bedrock agent's action group; return the API or function response matching the event.",
        factory="bedrock_agent_event",
        sample={"parameters": {"claimId": "20"}},
    ),
    Source(
        "connect",
        module="connect",
        event="ConnectContactFlowEventDict",
        handler="ConnectContactFlowHandler",
        returns="Mapping[str, str]",
        handler_doc="An Amazon Connect flow's function; return a flat object of string values.",
        factory="connect_event",
    ),
    Source(
        "ses",
        module="ses",
        event="SESEventDict",
        handler="SESHandler",
        returns='Optional["SESLambdaResponseDict"]',
        handler_doc="An SES receipt rule's Lambda action; a `RequestResponse` action may return a disposition.",
        factory="ses_event",
    ),
    Source(
        "workmail",
        module="workmail",
        event="WorkMailEventDict",
        handler="WorkMailHandler",
        returns='Optional["WorkMailSyncResponseDict"]',
        handler_doc=(
            "A WorkMail Run Lambda action; a synchronous rule reads the actions returned, an asynchronous one ignores"
            " them."
        ),
        factory="workmail_event",
    ),
    Source(
        "sagemaker_ground_truth_pre_annotation",
        module="sagemaker_ground_truth",
        event="GroundTruthPreAnnotationEventDict",
        handler="GroundTruthPreAnnotationHandler",
        returns='"GroundTruthPreAnnotationResponseDict"',
        handler_doc="A Ground Truth pre-annotation function; return the task's input for the data object.",
        factory="sagemaker_ground_truth_pre_annotation_event",
    ),
    Source(
        "sagemaker_ground_truth_consolidation",
        module="sagemaker_ground_truth",
        event="GroundTruthConsolidationEventDict",
        handler="GroundTruthConsolidationHandler",
        returns='list["GroundTruthConsolidatedAnnotationDict"]',
        handler_doc="A Ground Truth annotation consolidation function; return one label per data object.",
        factory="sagemaker_ground_truth_consolidation_event",
    ),
)
