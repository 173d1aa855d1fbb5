"""Handler signatures for every event source: `SQSHandler`, `APIGatewayProxyHandler`, ...

Each alias is a `Callable` of the source's event type and `LambdaContext`, returning what the service does
with the function's result: the response type where the service reads one, the event type itself for the
Cognito triggers that answer in the event's `response`, and `object` where the service ignores the result.
Assign a function to a variable annotated with an alias, and both checkers compare the whole signature:

    def _handle(event: SQSEventDict, context: LambdaContext) -> SQSBatchResponseDict: ...

    handler: SQSHandler = _handle

The aliases refer to the types by name (forward references), so importing this module creates no TypedDict.
"""

from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional, Sequence, Union

if TYPE_CHECKING:
    from lambda_events.types.alb import (
        ALBEventDict,
        ALBResponseDict,
    )
    from lambda_events.types.amazon_mq import (
        ActiveMQEventDict,
        RabbitMQEventDict,
    )
    from lambda_events.types.api_gateway import (
        APIGatewayProxyEventDict,
        APIGatewayProxyResponseDict,
    )
    from lambda_events.types.api_gateway_authorizer import (
        APIGatewayAuthorizerEventV2Dict,
        APIGatewayAuthorizerRequestEventDict,
        APIGatewayAuthorizerResponseDict,
        APIGatewayAuthorizerResponseV2Dict,
        APIGatewayAuthorizerTokenEventDict,
        APIGatewayAuthorizerWebSocketEventDict,
    )
    from lambda_events.types.api_gateway_v2 import (
        APIGatewayProxyEventV2Dict,
        APIGatewayProxyResponseV2Dict,
    )
    from lambda_events.types.api_gateway_websocket import APIGatewayWebSocketEventDict
    from lambda_events.types.appsync import (
        AppSyncAuthorizerEventDict,
        AppSyncAuthorizerResponseDict,
        AppSyncBatchResolverEventDict,
        AppSyncResolverEventDict,
        AppSyncResolverTemplateEventDict,
    )
    from lambda_events.types.appsync_events import (
        AppSyncEventsEventDict,
        AppSyncEventsResponseDict,
    )
    from lambda_events.types.aws_config import AWSConfigRuleEventDict
    from lambda_events.types.bedrock_agent import (
        BedrockAgentEventDict,
        BedrockAgentResponseDict,
    )
    from lambda_events.types.cloudformation import CloudFormationCustomResourceEventDict
    from lambda_events.types.cloudfront import (
        CloudFrontRequestEventDict,
        CloudFrontRequestResultDict,
        CloudFrontResponseEventDict,
        CloudFrontResponseResultDict,
    )
    from lambda_events.types.cloudwatch_alarm import CloudWatchAlarmEventDict
    from lambda_events.types.cloudwatch_dashboard import CloudWatchDashboardCustomWidgetEventDict
    from lambda_events.types.cloudwatch_logs import CloudWatchLogsEventDict
    from lambda_events.types.codedeploy import CodeDeployLifecycleHookEventDict
    from lambda_events.types.codepipeline import CodePipelineJobEventDict
    from lambda_events.types.cognito import (
        CognitoUserPoolTriggerEventDict,
        CreateAuthChallengeTriggerEventDict,
        CustomEmailSenderTriggerEventDict,
        CustomMessageTriggerEventDict,
        CustomSMSSenderTriggerEventDict,
        DefineAuthChallengeTriggerEventDict,
        PostAuthenticationTriggerEventDict,
        PostConfirmationTriggerEventDict,
        PreAuthenticationTriggerEventDict,
        PreSignUpTriggerEventDict,
        PreTokenGenerationClientCredentialsTriggerEventDict,
        PreTokenGenerationTriggerEventDict,
        PreTokenGenerationV2TriggerEventDict,
        UserMigrationTriggerEventDict,
        VerifyAuthChallengeResponseTriggerEventDict,
    )
    from lambda_events.types.connect import ConnectContactFlowEventDict
    from lambda_events.types.documentdb import DocumentDBEventDict
    from lambda_events.types.dynamodb import (
        DynamoDBStreamBatchResponseDict,
        DynamoDBStreamEventDict,
        DynamoDBStreamTimeWindowEventDict,
        DynamoDBStreamTimeWindowResponseDict,
    )
    from lambda_events.types.eventbridge import (
        EventBridgeEventDict,
        ScheduledEventDict,
    )
    from lambda_events.types.iot_registry import IoTRegistryEventDict
    from lambda_events.types.kafka import KafkaEventDict
    from lambda_events.types.kinesis import (
        KinesisStreamBatchResponseDict,
        KinesisStreamEventDict,
        KinesisStreamTimeWindowEventDict,
        KinesisStreamTimeWindowResponseDict,
    )
    from lambda_events.types.kinesis_firehose import (
        KinesisFirehoseEventDict,
        KinesisFirehoseTransformationResponseDict,
    )
    from lambda_events.types.lambda_function_url import (
        LambdaFunctionUrlEventDict,
        LambdaFunctionUrlResponseDict,
    )
    from lambda_events.types.lex_v2 import (
        LexV2EventDict,
        LexV2ResponseDict,
    )
    from lambda_events.types.s3 import S3EventDict
    from lambda_events.types.s3_batch_operation import (
        S3BatchOperationEventDict,
        S3BatchOperationResponseDict,
    )
    from lambda_events.types.s3_eventbridge import S3EventBridgeNotificationEventDict
    from lambda_events.types.s3_object_lambda import S3ObjectLambdaEventDict
    from lambda_events.types.secrets_manager import SecretsManagerEventDict
    from lambda_events.types.ses import (
        SESEventDict,
        SESLambdaResponseDict,
    )
    from lambda_events.types.sns import SNSEventDict
    from lambda_events.types.sqs import (
        SQSBatchResponseDict,
        SQSEventDict,
    )
    from lambda_events.types.transfer_family import (
        TransferFamilyAuthorizerEventDict,
        TransferFamilyAuthorizerResponseDict,
    )
    from lambda_events.types.vpc_lattice import (
        VPCLatticeEventDict,
        VPCLatticeEventV2Dict,
        VPCLatticeResponseDict,
    )
    from lambda_events.types.context import LambdaContext

__all__ = [
    "ALBHandler",
    "APIGatewayAuthorizerRequestHandler",
    "APIGatewayAuthorizerTokenHandler",
    "APIGatewayAuthorizerV2Handler",
    "APIGatewayAuthorizerWebSocketHandler",
    "APIGatewayProxyHandler",
    "APIGatewayProxyV2Handler",
    "APIGatewayWebSocketHandler",
    "AWSConfigRuleHandler",
    "ActiveMQHandler",
    "AppSyncAuthorizerHandler",
    "AppSyncBatchResolverHandler",
    "AppSyncEventsHandler",
    "AppSyncResolverHandler",
    "AppSyncResolverTemplateHandler",
    "BedrockAgentHandler",
    "CloudFormationCustomResourceHandler",
    "CloudFrontRequestHandler",
    "CloudFrontResponseHandler",
    "CloudWatchAlarmHandler",
    "CloudWatchCustomWidgetHandler",
    "CloudWatchLogsHandler",
    "CodeDeployLifecycleHookHandler",
    "CodePipelineJobHandler",
    "CognitoCreateAuthChallengeHandler",
    "CognitoCustomEmailSenderHandler",
    "CognitoCustomMessageHandler",
    "CognitoCustomSMSSenderHandler",
    "CognitoDefineAuthChallengeHandler",
    "CognitoPostAuthenticationHandler",
    "CognitoPostConfirmationHandler",
    "CognitoPreAuthenticationHandler",
    "CognitoPreSignUpHandler",
    "CognitoPreTokenGenerationClientCredentialsHandler",
    "CognitoPreTokenGenerationHandler",
    "CognitoPreTokenGenerationV2Handler",
    "CognitoUserMigrationHandler",
    "CognitoUserPoolTriggerHandler",
    "CognitoVerifyAuthChallengeResponseHandler",
    "ConnectContactFlowHandler",
    "DocumentDBHandler",
    "DynamoDBStreamHandler",
    "DynamoDBStreamTimeWindowHandler",
    "EventBridgeHandler",
    "IoTRegistryHandler",
    "KafkaHandler",
    "KinesisFirehoseHandler",
    "KinesisStreamHandler",
    "KinesisStreamTimeWindowHandler",
    "LambdaFunctionUrlHandler",
    "LexV2Handler",
    "RabbitMQHandler",
    "S3BatchOperationHandler",
    "S3EventBridgeNotificationHandler",
    "S3Handler",
    "S3ObjectLambdaHandler",
    "SESHandler",
    "SNSHandler",
    "SQSHandler",
    "ScheduledEventHandler",
    "SecretsManagerRotationHandler",
    "TransferFamilyAuthorizerHandler",
    "VPCLatticeHandler",
    "VPCLatticeV2Handler",
]

SQSHandler = Callable[["SQSEventDict", "LambdaContext"], Optional["SQSBatchResponseDict"]]
"""An SQS queue consumer; return a partial batch response (or `None`: the whole batch succeeded)."""

SNSHandler = Callable[["SNSEventDict", "LambdaContext"], object]
"""An SNS subscriber; SNS invokes it asynchronously and ignores what it returns."""

S3Handler = Callable[["S3EventDict", "LambdaContext"], object]
"""An S3 event notification consumer; S3 invokes it asynchronously and ignores what it returns."""

SESHandler = Callable[["SESEventDict", "LambdaContext"], Optional["SESLambdaResponseDict"]]
"""An SES receipt rule's Lambda action; a `RequestResponse` action may return a disposition."""

DynamoDBStreamHandler = Callable[
    ["DynamoDBStreamEventDict", "LambdaContext"],
    Optional["DynamoDBStreamBatchResponseDict"],
]
"""A DynamoDB stream consumer; return a partial batch response (or `None`: the whole batch succeeded)."""

DynamoDBStreamTimeWindowHandler = Callable[
    ["DynamoDBStreamTimeWindowEventDict", "LambdaContext"],
    "DynamoDBStreamTimeWindowResponseDict",
]
"""A DynamoDB stream consumer with tumbling windows; return the window's state."""

KinesisStreamHandler = Callable[["KinesisStreamEventDict", "LambdaContext"], Optional["KinesisStreamBatchResponseDict"]]
"""A Kinesis data stream consumer; return a partial batch response (or `None`: the whole batch succeeded)."""

KinesisStreamTimeWindowHandler = Callable[
    ["KinesisStreamTimeWindowEventDict", "LambdaContext"],
    "KinesisStreamTimeWindowResponseDict",
]
"""A Kinesis data stream consumer with tumbling windows; return the window's state."""

KinesisFirehoseHandler = Callable[
    ["KinesisFirehoseEventDict", "LambdaContext"],
    "KinesisFirehoseTransformationResponseDict",
]
"""An Amazon Data Firehose transformation; return every record, transformed, dropped or failed."""

KafkaHandler = Callable[["KafkaEventDict", "LambdaContext"], object]
"""An Amazon MSK or self-managed Kafka consumer; Lambda ignores what it returns."""

ActiveMQHandler = Callable[["ActiveMQEventDict", "LambdaContext"], object]
"""An Amazon MQ for ActiveMQ consumer; Lambda ignores what it returns."""

RabbitMQHandler = Callable[["RabbitMQEventDict", "LambdaContext"], object]
"""An Amazon MQ for RabbitMQ consumer; Lambda ignores what it returns."""

DocumentDBHandler = Callable[["DocumentDBEventDict", "LambdaContext"], object]
"""An Amazon DocumentDB change stream consumer; Lambda ignores what it returns."""

CloudWatchLogsHandler = Callable[["CloudWatchLogsEventDict", "LambdaContext"], object]
"""A CloudWatch Logs subscription; the service invokes it asynchronously and ignores what it returns."""

EventBridgeHandler = Callable[["EventBridgeEventDict", "LambdaContext"], object]
"""An EventBridge rule's target (`detail` of unknown shape); EventBridge ignores what it returns."""

ScheduledEventHandler = Callable[["ScheduledEventDict", "LambdaContext"], object]
"""A scheduled EventBridge rule's target; EventBridge ignores what it returns."""

S3EventBridgeNotificationHandler = Callable[["S3EventBridgeNotificationEventDict", "LambdaContext"], object]
"""The target of a rule on S3 object events; EventBridge ignores what it returns."""

CloudWatchAlarmHandler = Callable[["CloudWatchAlarmEventDict", "LambdaContext"], object]
"""A CloudWatch alarm's Lambda action; the alarm invokes it asynchronously and ignores what it returns."""

CloudWatchCustomWidgetHandler = Callable[
    ["CloudWatchDashboardCustomWidgetEventDict", "LambdaContext"],
    Union[str, Mapping[str, Any]],
]
"""A CloudWatch dashboard custom widget; return HTML (a string) or JSON such as `{"markdown": "..."}`."""

S3BatchOperationHandler = Callable[["S3BatchOperationEventDict", "LambdaContext"], "S3BatchOperationResponseDict"]
"""An S3 Batch Operations task; return the result of each task."""

S3ObjectLambdaHandler = Callable[["S3ObjectLambdaEventDict", "LambdaContext"], object]
"""An S3 Object Lambda function; `GetObject` answers through `WriteGetObjectResponse`, the others by returning."""

SecretsManagerRotationHandler = Callable[["SecretsManagerEventDict", "LambdaContext"], object]
"""A Secrets Manager rotation step; Secrets Manager ignores what it returns (raise to fail the step)."""

AWSConfigRuleHandler = Callable[["AWSConfigRuleEventDict", "LambdaContext"], object]
"""An AWS Config custom rule; it reports through `PutEvaluations`, Config ignores what it returns."""

CloudFormationCustomResourceHandler = Callable[["CloudFormationCustomResourceEventDict", "LambdaContext"], object]
"""A CloudFormation custom resource; it answers by uploading to `ResponseURL`, not by returning."""

CodeDeployLifecycleHookHandler = Callable[["CodeDeployLifecycleHookEventDict", "LambdaContext"], object]
"""A CodeDeploy lifecycle hook; it reports through `PutLifecycleEventHookExecutionStatus`."""

CodePipelineJobHandler = Callable[["CodePipelineJobEventDict", "LambdaContext"], object]
"""A CodePipeline invoke action; it reports through `PutJobSuccessResult` or `PutJobFailureResult`."""

ConnectContactFlowHandler = Callable[["ConnectContactFlowEventDict", "LambdaContext"], Mapping[str, str]]
"""An Amazon Connect flow's function; return a flat object of string values."""

BedrockAgentHandler = Callable[["BedrockAgentEventDict", "LambdaContext"], "BedrockAgentResponseDict"]
"""A Bedrock agent's action group; return the API or function response matching the event."""

IoTRegistryHandler = Callable[["IoTRegistryEventDict", "LambdaContext"], object]
"""The target of an IoT rule on registry events; AWS IoT ignores what it returns."""

LexV2Handler = Callable[["LexV2EventDict", "LambdaContext"], "LexV2ResponseDict"]
"""An Amazon Lex V2 code hook; return the session state and messages."""

TransferFamilyAuthorizerHandler = Callable[
    ["TransferFamilyAuthorizerEventDict", "LambdaContext"],
    "TransferFamilyAuthorizerResponseDict",
]
"""A Transfer Family custom identity provider; return the user's role and home directory, or `{}` to refuse."""

APIGatewayProxyHandler = Callable[["APIGatewayProxyEventDict", "LambdaContext"], "APIGatewayProxyResponseDict"]
"""A REST API (or payload 1.0) proxy integration; return the HTTP response."""

APIGatewayProxyV2Handler = Callable[["APIGatewayProxyEventV2Dict", "LambdaContext"], "APIGatewayProxyResponseV2Dict"]
"""An HTTP API payload 2.0 integration; return the structured HTTP response."""

APIGatewayWebSocketHandler = Callable[
    ["APIGatewayWebSocketEventDict", "LambdaContext"],
    Optional["APIGatewayProxyResponseDict"],
]
"""A WebSocket API route's integration; `$connect` refuses the connection with a non-2xx `statusCode`."""

APIGatewayAuthorizerTokenHandler = Callable[
    ["APIGatewayAuthorizerTokenEventDict", "LambdaContext"],
    "APIGatewayAuthorizerResponseDict",
]
"""A TOKEN Lambda authorizer; return the principal and its IAM policy."""

APIGatewayAuthorizerRequestHandler = Callable[
    ["APIGatewayAuthorizerRequestEventDict", "LambdaContext"],
    "APIGatewayAuthorizerResponseDict",
]
"""A REQUEST Lambda authorizer of a REST API (or an HTTP API's payload 1.0); return the principal and its IAM policy."""

APIGatewayAuthorizerWebSocketHandler = Callable[
    ["APIGatewayAuthorizerWebSocketEventDict", "LambdaContext"],
    "APIGatewayAuthorizerResponseDict",
]
"""A WebSocket API's `$connect` authorizer; return the principal and its IAM policy."""

APIGatewayAuthorizerV2Handler = Callable[
    ["APIGatewayAuthorizerEventV2Dict", "LambdaContext"],
    Union["APIGatewayAuthorizerResponseV2Dict", "APIGatewayAuthorizerResponseDict"],
]
"""An HTTP API authorizer, payload 2.0; return a simple response or an IAM policy, as the authorizer is configured."""

ALBHandler = Callable[["ALBEventDict", "LambdaContext"], "ALBResponseDict"]
"""An Application Load Balancer target; return the HTTP response."""

LambdaFunctionUrlHandler = Callable[["LambdaFunctionUrlEventDict", "LambdaContext"], "LambdaFunctionUrlResponseDict"]
"""A function URL's function; return the structured HTTP response."""

VPCLatticeHandler = Callable[["VPCLatticeEventDict", "LambdaContext"], "VPCLatticeResponseDict"]
"""A VPC Lattice target, event structure version 1; return the HTTP response."""

VPCLatticeV2Handler = Callable[["VPCLatticeEventV2Dict", "LambdaContext"], "VPCLatticeResponseDict"]
"""A VPC Lattice target, event structure version 2; return the HTTP response."""

CloudFrontRequestHandler = Callable[["CloudFrontRequestEventDict", "LambdaContext"], "CloudFrontRequestResultDict"]
"""A Lambda@Edge viewer-request or origin-request function; return the request or a generated response."""

CloudFrontResponseHandler = Callable[["CloudFrontResponseEventDict", "LambdaContext"], "CloudFrontResponseResultDict"]
"""A Lambda@Edge viewer-response or origin-response function; return the response."""

AppSyncResolverHandler = Callable[["AppSyncResolverEventDict", "LambdaContext"], object]
"""An AppSync Direct Lambda resolver; return the field's value (any JSON value)."""

AppSyncBatchResolverHandler = Callable[["AppSyncBatchResolverEventDict", "LambdaContext"], Sequence[object]]
"""An AppSync batching resolver; return one value per event, in the same order."""

AppSyncResolverTemplateHandler = Callable[["AppSyncResolverTemplateEventDict", "LambdaContext"], object]
"""A resolver behind Amplify's request mapping template; return the field's value (any JSON value)."""

AppSyncAuthorizerHandler = Callable[["AppSyncAuthorizerEventDict", "LambdaContext"], "AppSyncAuthorizerResponseDict"]
"""An AppSync Lambda authorizer; return whether the request is authorized."""

AppSyncEventsHandler = Callable[["AppSyncEventsEventDict", "LambdaContext"], Optional["AppSyncEventsResponseDict"]]
"""An AppSync Events channel namespace's function; return the events to broadcast, an error, or `None`."""

CognitoPreSignUpHandler = Callable[["PreSignUpTriggerEventDict", "LambdaContext"], "PreSignUpTriggerEventDict"]
"""A Cognito pre sign-up trigger; return the event with its `response` filled in."""

CognitoPostConfirmationHandler = Callable[
    ["PostConfirmationTriggerEventDict", "LambdaContext"],
    "PostConfirmationTriggerEventDict",
]
"""A Cognito post confirmation trigger; return the event."""

CognitoPreAuthenticationHandler = Callable[
    ["PreAuthenticationTriggerEventDict", "LambdaContext"],
    "PreAuthenticationTriggerEventDict",
]
"""A Cognito pre authentication trigger; return the event (raise to refuse the sign-in)."""

CognitoPostAuthenticationHandler = Callable[
    ["PostAuthenticationTriggerEventDict", "LambdaContext"],
    "PostAuthenticationTriggerEventDict",
]
"""A Cognito post authentication trigger; return the event."""

CognitoDefineAuthChallengeHandler = Callable[
    ["DefineAuthChallengeTriggerEventDict", "LambdaContext"],
    "DefineAuthChallengeTriggerEventDict",
]
"""A Cognito define auth challenge trigger; return the event with its `response` filled in."""

CognitoCreateAuthChallengeHandler = Callable[
    ["CreateAuthChallengeTriggerEventDict", "LambdaContext"],
    "CreateAuthChallengeTriggerEventDict",
]
"""A Cognito create auth challenge trigger; return the event with its `response` filled in."""

CognitoVerifyAuthChallengeResponseHandler = Callable[
    ["VerifyAuthChallengeResponseTriggerEventDict", "LambdaContext"],
    "VerifyAuthChallengeResponseTriggerEventDict",
]
"""A Cognito verify auth challenge response trigger; return the event with its `response` filled in."""

CognitoPreTokenGenerationHandler = Callable[
    ["PreTokenGenerationTriggerEventDict", "LambdaContext"],
    "PreTokenGenerationTriggerEventDict",
]
"""A Cognito pre token generation trigger, event version one; return the event with its `response` filled in."""

CognitoPreTokenGenerationV2Handler = Callable[
    ["PreTokenGenerationV2TriggerEventDict", "LambdaContext"],
    "PreTokenGenerationV2TriggerEventDict",
]
"""A Cognito pre token generation trigger (event versions two and three); return the event, `response` filled in."""

CognitoPreTokenGenerationClientCredentialsHandler = Callable[
    ["PreTokenGenerationClientCredentialsTriggerEventDict", "LambdaContext"],
    "PreTokenGenerationClientCredentialsTriggerEventDict",
]
"""A Cognito pre token generation trigger for a client credentials grant; return the event, `response` filled in."""

CognitoUserMigrationHandler = Callable[
    ["UserMigrationTriggerEventDict", "LambdaContext"],
    "UserMigrationTriggerEventDict",
]
"""A Cognito user migration trigger; return the event with the user's attributes in its `response`."""

CognitoCustomMessageHandler = Callable[
    ["CustomMessageTriggerEventDict", "LambdaContext"],
    "CustomMessageTriggerEventDict",
]
"""A Cognito custom message trigger; return the event with the message in its `response`."""

CognitoCustomEmailSenderHandler = Callable[["CustomEmailSenderTriggerEventDict", "LambdaContext"], object]
"""A Cognito custom email sender; Cognito invokes it asynchronously and ignores what it returns."""

CognitoCustomSMSSenderHandler = Callable[["CustomSMSSenderTriggerEventDict", "LambdaContext"], object]
"""A Cognito custom SMS sender; Cognito invokes it asynchronously and ignores what it returns."""

CognitoUserPoolTriggerHandler = Callable[
    ["CognitoUserPoolTriggerEventDict", "LambdaContext"],
    "CognitoUserPoolTriggerEventDict",
]
"""One function for several Cognito user pool triggers; return the event it received."""
