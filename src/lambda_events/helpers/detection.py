"""Which AWS service sent an event: `detect_event_source`, and one type guard per source.

Detection reads a few keys, never the whole event. One table of rules (`_MARKER_RULES`) lists the key that
marks each family of events (`Records`, `requestContext`, `triggerSource`, `detail-type`, ...), in a fixed
order; the first marker the event has chooses the rule, and the rule tells the family's sources apart by one
or two more keys (the `eventSource` of the first record, the payload `version`, a key of `requestContext`).
A dict that no rule recognises gives `None`: detection does not guess.

The guards (`is_sqs_event`, ...) are that same decision compared with one source, so `if is_sqs_event(event):`
narrows `event` to `SQSEventDict` for mypy and pyright (`TypeIs`, PEP 742). Neither detection nor the guards
import the event types at run time.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, Optional, cast, get_args

from lambda_events._s3_detail_types import S3EventBridgeDetailType

if TYPE_CHECKING:
    from collections.abc import Callable

    if sys.version_info >= (3, 13):
        from typing import TypeIs
    else:
        from typing_extensions import TypeIs

    from lambda_events.types.alb import ALBEventDict
    from lambda_events.types.amazon_mq import ActiveMQEventDict, RabbitMQEventDict
    from lambda_events.types.api_gateway import APIGatewayProxyEventDict
    from lambda_events.types.api_gateway_authorizer import (
        APIGatewayAuthorizerEventV2Dict,
        APIGatewayAuthorizerRequestEventDict,
        APIGatewayAuthorizerTokenEventDict,
        APIGatewayAuthorizerWebSocketEventDict,
    )
    from lambda_events.types.api_gateway_v2 import APIGatewayProxyEventV2Dict
    from lambda_events.types.api_gateway_websocket import APIGatewayWebSocketEventDict
    from lambda_events.types.appsync import (
        AppSyncAuthorizerEventDict,
        AppSyncBatchResolverEventDict,
        AppSyncResolverEventDict,
        AppSyncResolverTemplateEventDict,
    )
    from lambda_events.types.appsync_events import AppSyncEventsEventDict
    from lambda_events.types.aws_config import AWSConfigRuleEventDict
    from lambda_events.types.bedrock_agent import BedrockAgentEventDict
    from lambda_events.types.cloudformation import CloudFormationCustomResourceEventDict
    from lambda_events.types.cloudfront import CloudFrontRequestEventDict, CloudFrontResponseEventDict
    from lambda_events.types.cloudwatch_alarm import CloudWatchAlarmEventDict
    from lambda_events.types.cloudwatch_dashboard import CloudWatchDashboardCustomWidgetEventDict
    from lambda_events.types.cloudwatch_logs import CloudWatchLogsEventDict
    from lambda_events.types.codedeploy import CodeDeployLifecycleHookEventDict
    from lambda_events.types.codepipeline import CodePipelineJobEventDict
    from lambda_events.types.cognito import (
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
    from lambda_events.types.dynamodb import DynamoDBStreamEventDict, DynamoDBStreamTimeWindowEventDict
    from lambda_events.types.eventbridge import EventBridgeEventDict, ScheduledEventDict
    from lambda_events.types.iot_registry import IoTRegistryEventDict
    from lambda_events.types.kafka import KafkaEventDict
    from lambda_events.types.kinesis import KinesisStreamEventDict, KinesisStreamTimeWindowEventDict
    from lambda_events.types.kinesis_firehose import KinesisFirehoseEventDict
    from lambda_events.types.lambda_function_url import LambdaFunctionUrlEventDict
    from lambda_events.types.lex_v2 import LexV2EventDict
    from lambda_events.types.s3 import S3EventDict
    from lambda_events.types.s3_batch_operation import S3BatchOperationEventDict
    from lambda_events.types.s3_eventbridge import S3EventBridgeNotificationEventDict
    from lambda_events.types.s3_object_lambda import S3ObjectLambdaEventDict
    from lambda_events.types.secrets_manager import SecretsManagerEventDict
    from lambda_events.types.ses import SESEventDict
    from lambda_events.types.sns import SNSEventDict
    from lambda_events.types.sqs import SQSEventDict
    from lambda_events.types.transfer_family import TransferFamilyAuthorizerEventDict
    from lambda_events.types.vpc_lattice import VPCLatticeEventDict, VPCLatticeEventV2Dict

    _Rule = Callable[[Mapping[str, Any]], Optional["EventSource"]]

__all__ = [
    "EVENT_SOURCE_TYPE_NAMES",
    "EventSource",
    "detect_event_source",
    "is_activemq_event",
    "is_alb_event",
    "is_apigw_http_authorizer_event",
    "is_apigw_http_event",
    "is_apigw_rest_authorizer_request_event",
    "is_apigw_rest_authorizer_token_event",
    "is_apigw_rest_event",
    "is_apigw_websocket_authorizer_event",
    "is_apigw_websocket_event",
    "is_appsync_authorizer_event",
    "is_appsync_batch_resolver_event",
    "is_appsync_events_event",
    "is_appsync_resolver_event",
    "is_appsync_resolver_template_event",
    "is_bedrock_agent_event",
    "is_cloudformation_custom_resource_event",
    "is_cloudfront_request_event",
    "is_cloudfront_response_event",
    "is_cloudwatch_alarm_event",
    "is_cloudwatch_custom_widget_event",
    "is_cloudwatch_logs_event",
    "is_codedeploy_lifecycle_hook_event",
    "is_codepipeline_job_event",
    "is_cognito_create_auth_challenge_event",
    "is_cognito_custom_email_sender_event",
    "is_cognito_custom_message_event",
    "is_cognito_custom_sms_sender_event",
    "is_cognito_define_auth_challenge_event",
    "is_cognito_post_authentication_event",
    "is_cognito_post_confirmation_event",
    "is_cognito_pre_authentication_event",
    "is_cognito_pre_sign_up_event",
    "is_cognito_pre_token_generation_client_credentials_event",
    "is_cognito_pre_token_generation_event",
    "is_cognito_pre_token_generation_v2_event",
    "is_cognito_user_migration_event",
    "is_cognito_verify_auth_challenge_response_event",
    "is_config_rule_event",
    "is_connect_contact_flow_event",
    "is_documentdb_event",
    "is_dynamodb_stream_event",
    "is_dynamodb_stream_time_window_event",
    "is_eventbridge_event",
    "is_function_url_event",
    "is_iot_registry_event",
    "is_kafka_event",
    "is_kinesis_firehose_event",
    "is_kinesis_stream_event",
    "is_kinesis_stream_time_window_event",
    "is_lex_v2_event",
    "is_rabbitmq_event",
    "is_s3_batch_operation_event",
    "is_s3_event",
    "is_s3_eventbridge_event",
    "is_s3_object_lambda_event",
    "is_scheduled_event",
    "is_secrets_manager_rotation_event",
    "is_ses_event",
    "is_sns_event",
    "is_sqs_event",
    "is_transfer_family_authorizer_event",
    "is_vpc_lattice_v1_event",
    "is_vpc_lattice_v2_event",
]

EventSource = Literal[
    # Queues, streams and notifications.
    "sqs",
    "sns",
    "s3",
    "ses",
    "dynamodb_stream",
    "dynamodb_stream_time_window",
    "kinesis_stream",
    "kinesis_stream_time_window",
    "kinesis_firehose",
    "kafka",
    "activemq",
    "rabbitmq",
    "documentdb",
    "cloudwatch_logs",
    # EventBridge and the services that call a function with a document of their own.
    "eventbridge",
    "scheduled",
    "s3_eventbridge",
    "cloudwatch_alarm",
    "cloudwatch_custom_widget",
    "s3_batch_operation",
    "s3_object_lambda",
    "secrets_manager_rotation",
    "config_rule",
    "cloudformation_custom_resource",
    "codedeploy_lifecycle_hook",
    "codepipeline_job",
    "connect_contact_flow",
    "bedrock_agent",
    "iot_registry",
    "lex_v2",
    "transfer_family_authorizer",
    # HTTP requests and their authorizers.
    "apigw_rest",
    "apigw_http",
    "apigw_websocket",
    "apigw_rest_authorizer_token",
    "apigw_rest_authorizer_request",
    "apigw_websocket_authorizer",
    "apigw_http_authorizer",
    "alb",
    "function_url",
    "vpc_lattice_v1",
    "vpc_lattice_v2",
    "cloudfront_request",
    "cloudfront_response",
    # AppSync.
    "appsync_resolver",
    "appsync_batch_resolver",
    "appsync_resolver_template",
    "appsync_authorizer",
    "appsync_events",
    # Cognito user pool triggers.
    "cognito_pre_sign_up",
    "cognito_post_confirmation",
    "cognito_pre_authentication",
    "cognito_post_authentication",
    "cognito_define_auth_challenge",
    "cognito_create_auth_challenge",
    "cognito_verify_auth_challenge_response",
    "cognito_pre_token_generation",
    "cognito_pre_token_generation_v2",
    "cognito_pre_token_generation_client_credentials",
    "cognito_user_migration",
    "cognito_custom_message",
    "cognito_custom_email_sender",
    "cognito_custom_sms_sender",
]
"""One short name per kind of event a Lambda function receives; `EVENT_SOURCE_TYPE_NAMES` gives its type."""

EVENT_SOURCE_TYPE_NAMES: Mapping[EventSource, str] = MappingProxyType(
    {
        "sqs": "SQSEventDict",
        "sns": "SNSEventDict",
        "s3": "S3EventDict",
        "ses": "SESEventDict",
        "dynamodb_stream": "DynamoDBStreamEventDict",
        "dynamodb_stream_time_window": "DynamoDBStreamTimeWindowEventDict",
        "kinesis_stream": "KinesisStreamEventDict",
        "kinesis_stream_time_window": "KinesisStreamTimeWindowEventDict",
        "kinesis_firehose": "KinesisFirehoseEventDict",
        "kafka": "KafkaEventDict",
        "activemq": "ActiveMQEventDict",
        "rabbitmq": "RabbitMQEventDict",
        "documentdb": "DocumentDBEventDict",
        "cloudwatch_logs": "CloudWatchLogsEventDict",
        "eventbridge": "EventBridgeEventDict",
        "scheduled": "ScheduledEventDict",
        "s3_eventbridge": "S3EventBridgeNotificationEventDict",
        "cloudwatch_alarm": "CloudWatchAlarmEventDict",
        "cloudwatch_custom_widget": "CloudWatchDashboardCustomWidgetEventDict",
        "s3_batch_operation": "S3BatchOperationEventDict",
        "s3_object_lambda": "S3ObjectLambdaEventDict",
        "secrets_manager_rotation": "SecretsManagerEventDict",
        "config_rule": "AWSConfigRuleEventDict",
        "cloudformation_custom_resource": "CloudFormationCustomResourceEventDict",
        "codedeploy_lifecycle_hook": "CodeDeployLifecycleHookEventDict",
        "codepipeline_job": "CodePipelineJobEventDict",
        "connect_contact_flow": "ConnectContactFlowEventDict",
        "bedrock_agent": "BedrockAgentEventDict",
        "iot_registry": "IoTRegistryEventDict",
        "lex_v2": "LexV2EventDict",
        "transfer_family_authorizer": "TransferFamilyAuthorizerEventDict",
        "apigw_rest": "APIGatewayProxyEventDict",
        "apigw_http": "APIGatewayProxyEventV2Dict",
        "apigw_websocket": "APIGatewayWebSocketEventDict",
        "apigw_rest_authorizer_token": "APIGatewayAuthorizerTokenEventDict",
        "apigw_rest_authorizer_request": "APIGatewayAuthorizerRequestEventDict",
        "apigw_websocket_authorizer": "APIGatewayAuthorizerWebSocketEventDict",
        "apigw_http_authorizer": "APIGatewayAuthorizerEventV2Dict",
        "alb": "ALBEventDict",
        "function_url": "LambdaFunctionUrlEventDict",
        "vpc_lattice_v1": "VPCLatticeEventDict",
        "vpc_lattice_v2": "VPCLatticeEventV2Dict",
        "cloudfront_request": "CloudFrontRequestEventDict",
        "cloudfront_response": "CloudFrontResponseEventDict",
        "appsync_resolver": "AppSyncResolverEventDict",
        "appsync_batch_resolver": "AppSyncBatchResolverEventDict",
        "appsync_resolver_template": "AppSyncResolverTemplateEventDict",
        "appsync_authorizer": "AppSyncAuthorizerEventDict",
        "appsync_events": "AppSyncEventsEventDict",
        "cognito_pre_sign_up": "PreSignUpTriggerEventDict",
        "cognito_post_confirmation": "PostConfirmationTriggerEventDict",
        "cognito_pre_authentication": "PreAuthenticationTriggerEventDict",
        "cognito_post_authentication": "PostAuthenticationTriggerEventDict",
        "cognito_define_auth_challenge": "DefineAuthChallengeTriggerEventDict",
        "cognito_create_auth_challenge": "CreateAuthChallengeTriggerEventDict",
        "cognito_verify_auth_challenge_response": "VerifyAuthChallengeResponseTriggerEventDict",
        "cognito_pre_token_generation": "PreTokenGenerationTriggerEventDict",
        "cognito_pre_token_generation_v2": "PreTokenGenerationV2TriggerEventDict",
        "cognito_pre_token_generation_client_credentials": "PreTokenGenerationClientCredentialsTriggerEventDict",
        "cognito_user_migration": "UserMigrationTriggerEventDict",
        "cognito_custom_message": "CustomMessageTriggerEventDict",
        "cognito_custom_email_sender": "CustomEmailSenderTriggerEventDict",
        "cognito_custom_sms_sender": "CustomSMSSenderTriggerEventDict",
    }
)
"""The name, in `lambda_events`, of the type of each source's event (read-only)."""


# --- The rules --------------------------------------------------------------------------------------------


def _mapping(value: object) -> Optional[Mapping[str, Any]]:
    """`value` if it is a JSON object (any `Mapping`), else `None`."""
    if type(value) is dict or isinstance(value, Mapping):
        return cast("Mapping[str, Any]", value)
    return None


def _when_present(source: EventSource, *keys: str) -> _Rule:
    """A rule giving `source` when the event also has every one of `keys`."""

    def rule(event: Mapping[str, Any]) -> Optional[EventSource]:
        for key in keys:
            if key not in event:
                return None
        return source

    return rule


def _when_inside(source: EventSource, marker: str, inner_key: str) -> _Rule:
    """A rule giving `source` when the marker's value is an object with `inner_key` (single-key envelopes)."""

    def rule(event: Mapping[str, Any]) -> Optional[EventSource]:
        inner = _mapping(event[marker])
        return source if inner is not None and inner_key in inner else None

    return rule


# The `eventSource` (`EventSource` for SNS) of the records of the services that batch records.
_RECORD_SOURCES: dict[str, EventSource] = {
    "aws:sqs": "sqs",
    "aws:sns": "sns",
    "aws:s3": "s3",
    "aws:ses": "ses",
    "aws:dynamodb": "dynamodb_stream",
    "aws:kinesis": "kinesis_stream",
}
# Lambda@Edge records carry no `eventSource`: `cf.config.eventType` names the trigger.
_CLOUDFRONT_EVENT_TYPES: dict[str, EventSource] = {
    "viewer-request": "cloudfront_request",
    "origin-request": "cloudfront_request",
    "viewer-response": "cloudfront_response",
    "origin-response": "cloudfront_response",
}
# Tumbling-window events may have no record at all (the final call of a window): the service part of
# `eventSourceARN` (`arn:aws:kinesis:...`, `arn:aws:dynamodb:...`) tells them apart.
_TIME_WINDOW_SERVICES: dict[str, EventSource] = {
    "kinesis": "kinesis_stream_time_window",
    "dynamodb": "dynamodb_stream_time_window",
}


def _from_records(event: Mapping[str, Any]) -> Optional[EventSource]:
    """`Records` events: the first record's `eventSource`, or Lambda@Edge's `cf.config.eventType`."""
    if "window" in event:
        arn = event.get("eventSourceARN")
        if not isinstance(arn, str) or "shardId" not in event:
            return None
        arn_parts = arn.split(":", 3)
        return _TIME_WINDOW_SERVICES.get(arn_parts[2]) if len(arn_parts) == 4 else None
    records = event["Records"]
    if type(records) is not list or not records:
        return None
    record = _mapping(cast("list[object]", records)[0])
    if record is None:
        return None
    record_source = record.get("eventSource", record.get("EventSource"))
    if isinstance(record_source, str):
        return _RECORD_SOURCES.get(record_source)
    edge = _mapping(record.get("cf"))
    config = _mapping(edge.get("config")) if edge is not None else None
    trigger = config.get("eventType") if config is not None else None
    return _CLOUDFRONT_EVENT_TYPES.get(trigger) if isinstance(trigger, str) else None


def _from_authorizer_type(event: Mapping[str, Any]) -> Optional[EventSource]:
    """API Gateway Lambda authorizers: `type` is `TOKEN` or `REQUEST`; the ARN key names the API kind."""
    kind = event["type"]
    if kind == "TOKEN":
        return "apigw_rest_authorizer_token" if "methodArn" in event else None
    if kind != "REQUEST":
        return None
    if "routeArn" in event:
        return "apigw_http_authorizer"
    if "methodArn" not in event:
        return None
    context = _mapping(event.get("requestContext"))
    if context is not None and "connectionId" in context:
        return "apigw_websocket_authorizer"
    return "apigw_rest_authorizer_request"


def _from_request_context(event: Mapping[str, Any]) -> Optional[EventSource]:
    """HTTP requests: the keys of `requestContext` and the payload `version` tell the services apart.

    HTTP APIs (payload 2.0), function URLs and VPC Lattice v2 all send `version: "2.0"`; Lattice names its
    service network, and a function URL's `domainName` is `<url-id>.lambda-url.<region>.on.aws`.
    """
    context = _mapping(event["requestContext"])
    if context is None:
        return None
    if "elb" in context:
        return "alb"
    if "connectionId" in context:
        return "apigw_websocket" if "eventType" in context else None
    if event.get("version") == "2.0":
        if "serviceNetworkArn" in context:
            return "vpc_lattice_v2"
        if "http" not in context or "routeKey" not in event:
            return None
        domain = context.get("domainName")
        is_function_url = isinstance(domain, str) and ".lambda-url." in domain
        return "function_url" if is_function_url else "apigw_http"
    if "httpMethod" in event and "resource" in event:
        return "apigw_rest"
    if "authorizationToken" in event and "apiId" in context:
        return "appsync_authorizer"
    return None


# Everything before the first `_` of a user pool's `triggerSource` (`PreSignUp_AdminCreateUser`).
_COGNITO_TRIGGERS: dict[str, EventSource] = {
    "PreSignUp": "cognito_pre_sign_up",
    "PostConfirmation": "cognito_post_confirmation",
    "PreAuthentication": "cognito_pre_authentication",
    "PostAuthentication": "cognito_post_authentication",
    "DefineAuthChallenge": "cognito_define_auth_challenge",
    "CreateAuthChallenge": "cognito_create_auth_challenge",
    "VerifyAuthChallengeResponse": "cognito_verify_auth_challenge_response",
    "TokenGeneration": "cognito_pre_token_generation",
    "UserMigration": "cognito_user_migration",
    "CustomMessage": "cognito_custom_message",
    "CustomEmailSender": "cognito_custom_email_sender",
    "CustomSMSSender": "cognito_custom_sms_sender",
}


def _from_cognito_trigger(event: Mapping[str, Any]) -> Optional[EventSource]:
    """Cognito user pool triggers, by the prefix of `triggerSource`.

    Pre token generation events share their trigger sources across event versions: version two and three
    events list the requested `scopes` (and are documented as `version` `2` or `3`; published examples say
    `1`), and a client credentials grant has a trigger source of its own.
    """
    trigger = event["triggerSource"]
    if not isinstance(trigger, str) or "userPoolId" not in event:
        return None
    source = _COGNITO_TRIGGERS.get(trigger.partition("_")[0])
    if source != "cognito_pre_token_generation":
        return source
    if trigger == "TokenGeneration_ClientCredentials":
        return "cognito_pre_token_generation_client_credentials"
    request = _mapping(event.get("request"))
    if event.get("version") in ("2", "3") or (request is not None and "scopes" in request):
        return "cognito_pre_token_generation_v2"
    return source


# The `detail-type` of the object events S3 sends to EventBridge (not the CloudTrail API calls on aws.s3).
_S3_EVENTBRIDGE_DETAIL_TYPES = frozenset(get_args(S3EventBridgeDetailType))


def _from_eventbridge(event: Mapping[str, Any]) -> Optional[EventSource]:
    """EventBridge envelopes: scheduled rules and S3 object events by `source` and `detail-type`."""
    detail_type = event["detail-type"]
    producer = event.get("source")
    if not isinstance(detail_type, str) or not isinstance(producer, str) or "detail" not in event:
        return None
    if producer == "aws.events" and detail_type == "Scheduled Event":
        return "scheduled"
    if producer == "aws.s3" and detail_type in _S3_EVENTBRIDGE_DETAIL_TYPES:
        return "s3_eventbridge"
    return "eventbridge"


# A top-level `eventSource` (event source mappings that are not `Records` lists), with the key that holds
# the batch.
_BATCH_SOURCES: dict[str, tuple[EventSource, str]] = {
    "aws:mq": ("activemq", "messages"),
    "aws:amq": ("activemq", "messages"),
    "aws:rmq": ("rabbitmq", "rmqMessagesByQueue"),
    "aws:kafka": ("kafka", "records"),
    "SelfManagedKafka": ("kafka", "records"),
    "aws:SelfManagedKafka": ("kafka", "records"),
    "aws:docdb": ("documentdb", "events"),
}


def _from_event_source(event: Mapping[str, Any]) -> Optional[EventSource]:
    """Amazon MQ, Kafka and DocumentDB batches: the top-level `eventSource` and its batch key."""
    name = event["eventSource"]
    found = _BATCH_SOURCES.get(name) if isinstance(name, str) else None
    return found[0] if found is not None and found[1] in event else None


def _from_appsync_info(event: Mapping[str, Any]) -> Optional[EventSource]:
    """AppSync's context: `info` names a GraphQL field (resolvers) or a channel (AppSync Events)."""
    info = _mapping(event["info"])
    if info is None:
        return None
    if "fieldName" in info and "arguments" in event:
        return "appsync_resolver"
    if "channelNamespace" in info and "events" in event:
        return "appsync_events"
    return None


def _from_connect(event: Mapping[str, Any]) -> Optional[EventSource]:
    """Amazon Connect flows name their event `ContactFlowEvent`."""
    return "connect_contact_flow" if event.get("Name") == "ContactFlowEvent" else None


_IOT_REGISTRY_EVENT_TYPES = frozenset(
    {
        "THING_EVENT",
        "THING_TYPE_EVENT",
        "THING_TYPE_ASSOCIATION_EVENT",
        "THING_GROUP_EVENT",
        "THING_GROUP_MEMBERSHIP_EVENT",
        "THING_GROUP_HIERARCHY_EVENT",
    }
)


def _from_iot_registry(event: Mapping[str, Any]) -> Optional[EventSource]:
    """AWS IoT registry events (forwarded by a topic rule) by their `eventType`."""
    kind = event["eventType"]
    if isinstance(kind, str) and kind in _IOT_REGISTRY_EVENT_TYPES and "operation" in event:
        return "iot_registry"
    return None


# The table: the key that marks a family of events, and the rule that names the source. The first marker
# the event has decides, so a marker comes before any marker its events may also carry (`type`, which only
# API Gateway authorizers have, before the `requestContext` most of them send). The common sources come first.
_MARKER_RULES: tuple[tuple[str, _Rule], ...] = (
    ("Records", _from_records),
    ("type", _from_authorizer_type),
    ("requestContext", _from_request_context),
    ("triggerSource", _from_cognito_trigger),
    ("detail-type", _from_eventbridge),
    ("eventSource", _from_event_source),
    ("awslogs", _when_inside("cloudwatch_logs", "awslogs", "data")),
    ("deliveryStreamArn", _when_present("kinesis_firehose", "invocationId", "records")),
    ("info", _from_appsync_info),
    ("fieldName", _when_present("appsync_resolver_template", "typeName", "arguments")),
    ("raw_path", _when_present("vpc_lattice_v1", "method", "is_base64_encoded")),
    ("RequestType", _when_present("cloudformation_custom_resource", "ResponseURL", "StackId", "LogicalResourceId")),
    ("ClientRequestToken", _when_present("secrets_manager_rotation", "SecretId", "Step")),
    ("CodePipeline.job", _when_inside("codepipeline_job", "CodePipeline.job", "data")),
    ("LifecycleEventHookExecutionId", _when_present("codedeploy_lifecycle_hook", "DeploymentId")),
    ("configRuleName", _when_present("config_rule", "invokingEvent", "resultToken")),
    ("Details", _from_connect),
    ("alarmData", _when_present("cloudwatch_alarm", "alarmArn")),
    ("widgetContext", _when_inside("cloudwatch_custom_widget", "widgetContext", "dashboardName")),
    ("invocationSchemaVersion", _when_present("s3_batch_operation", "tasks", "job")),
    ("xAmzRequestId", _when_present("s3_object_lambda", "protocolVersion", "userRequest")),
    ("serverId", _when_present("transfer_family_authorizer", "username", "protocol", "sourceIp")),
    ("actionGroup", _when_present("bedrock_agent", "agent", "messageVersion")),
    ("invocationSource", _when_present("lex_v2", "sessionState", "bot")),
    ("eventType", _from_iot_registry),
)


def detect_event_source(event: object) -> Optional[EventSource]:
    """The kind of Lambda event `event` is, or `None` when it is none we know.

    `event` may be anything: a dict (or other `Mapping`) as Lambda delivers it, a list (AppSync's batch
    resolver event), or any other object (then `None`). It never raises, and it reads only the few keys that
    tell the sources apart, so a malformed event of a known source is still recognised (check it with
    `find_event_problems`). Returns `None` rather than guessing.

    >>> detect_event_source({"Records": [{"eventSource": "aws:sqs", "body": "hello"}]})
    'sqs'
    >>> detect_event_source({"Records": []}) is None
    True
    """
    if type(event) is dict or isinstance(event, Mapping):
        mapping = cast("Mapping[str, Any]", event)
        for marker, rule in _MARKER_RULES:
            if marker in mapping:
                return rule(mapping)
        return None
    if type(event) is list and event and detect_event_source(cast("list[object]", event)[0]) == "appsync_resolver":
        return "appsync_batch_resolver"
    return None


# --- The guards: the same decision, compared with one source -------------------------------------------------


def is_sqs_event(event: object) -> TypeIs[SQSEventDict]:
    """Whether `event` is an Amazon SQS batch (`"sqs"`)."""
    return detect_event_source(event) == "sqs"


def is_sns_event(event: object) -> TypeIs[SNSEventDict]:
    """Whether `event` is an Amazon SNS notification (`"sns"`)."""
    return detect_event_source(event) == "sns"


def is_s3_event(event: object) -> TypeIs[S3EventDict]:
    """Whether `event` is an Amazon S3 event notification (`"s3"`)."""
    return detect_event_source(event) == "s3"


def is_ses_event(event: object) -> TypeIs[SESEventDict]:
    """Whether `event` is an Amazon SES receipt rule's Lambda action (`"ses"`)."""
    return detect_event_source(event) == "ses"


def is_dynamodb_stream_event(event: object) -> TypeIs[DynamoDBStreamEventDict]:
    """Whether `event` is a batch of DynamoDB stream records (`"dynamodb_stream"`)."""
    return detect_event_source(event) == "dynamodb_stream"


def is_dynamodb_stream_time_window_event(event: object) -> TypeIs[DynamoDBStreamTimeWindowEventDict]:
    """Whether `event` is a DynamoDB stream batch of a tumbling window (`"dynamodb_stream_time_window"`)."""
    return detect_event_source(event) == "dynamodb_stream_time_window"


def is_kinesis_stream_event(event: object) -> TypeIs[KinesisStreamEventDict]:
    """Whether `event` is a batch of Kinesis data stream records (`"kinesis_stream"`)."""
    return detect_event_source(event) == "kinesis_stream"


def is_kinesis_stream_time_window_event(event: object) -> TypeIs[KinesisStreamTimeWindowEventDict]:
    """Whether `event` is a Kinesis stream batch of a tumbling window (`"kinesis_stream_time_window"`)."""
    return detect_event_source(event) == "kinesis_stream_time_window"


def is_kinesis_firehose_event(event: object) -> TypeIs[KinesisFirehoseEventDict]:
    """Whether `event` is an Amazon Data Firehose transformation batch (`"kinesis_firehose"`)."""
    return detect_event_source(event) == "kinesis_firehose"


def is_kafka_event(event: object) -> TypeIs[KafkaEventDict]:
    """Whether `event` is a batch from Amazon MSK or a self-managed Kafka cluster (`"kafka"`)."""
    return detect_event_source(event) == "kafka"


def is_activemq_event(event: object) -> TypeIs[ActiveMQEventDict]:
    """Whether `event` is a batch from an Amazon MQ for ActiveMQ broker (`"activemq"`)."""
    return detect_event_source(event) == "activemq"


def is_rabbitmq_event(event: object) -> TypeIs[RabbitMQEventDict]:
    """Whether `event` is a batch from an Amazon MQ for RabbitMQ broker (`"rabbitmq"`)."""
    return detect_event_source(event) == "rabbitmq"


def is_documentdb_event(event: object) -> TypeIs[DocumentDBEventDict]:
    """Whether `event` is a batch of Amazon DocumentDB change stream events (`"documentdb"`)."""
    return detect_event_source(event) == "documentdb"


def is_cloudwatch_logs_event(event: object) -> TypeIs[CloudWatchLogsEventDict]:
    """Whether `event` is a CloudWatch Logs subscription delivery (`"cloudwatch_logs"`)."""
    return detect_event_source(event) == "cloudwatch_logs"


def is_eventbridge_event(event: object) -> TypeIs[EventBridgeEventDict]:
    """Whether `event` is an EventBridge event other than a schedule's or S3's (`"eventbridge"`)."""
    return detect_event_source(event) == "eventbridge"


def is_scheduled_event(event: object) -> TypeIs[ScheduledEventDict]:
    """Whether `event` is an EventBridge scheduled rule's tick (`"scheduled"`)."""
    return detect_event_source(event) == "scheduled"


def is_s3_eventbridge_event(event: object) -> TypeIs[S3EventBridgeNotificationEventDict]:
    """Whether `event` is an S3 object event delivered by EventBridge (`"s3_eventbridge"`)."""
    return detect_event_source(event) == "s3_eventbridge"


def is_cloudwatch_alarm_event(event: object) -> TypeIs[CloudWatchAlarmEventDict]:
    """Whether `event` is a CloudWatch alarm's Lambda action (`"cloudwatch_alarm"`)."""
    return detect_event_source(event) == "cloudwatch_alarm"


def is_cloudwatch_custom_widget_event(event: object) -> TypeIs[CloudWatchDashboardCustomWidgetEventDict]:
    """Whether `event` is a CloudWatch dashboard custom widget call (`"cloudwatch_custom_widget"`)."""
    return detect_event_source(event) == "cloudwatch_custom_widget"


def is_s3_batch_operation_event(event: object) -> TypeIs[S3BatchOperationEventDict]:
    """Whether `event` is an S3 Batch Operations task (`"s3_batch_operation"`)."""
    return detect_event_source(event) == "s3_batch_operation"


def is_s3_object_lambda_event(event: object) -> TypeIs[S3ObjectLambdaEventDict]:
    """Whether `event` is an S3 Object Lambda access point request (`"s3_object_lambda"`)."""
    return detect_event_source(event) == "s3_object_lambda"


def is_secrets_manager_rotation_event(event: object) -> TypeIs[SecretsManagerEventDict]:
    """Whether `event` is a step of a Secrets Manager rotation (`"secrets_manager_rotation"`)."""
    return detect_event_source(event) == "secrets_manager_rotation"


def is_config_rule_event(event: object) -> TypeIs[AWSConfigRuleEventDict]:
    """Whether `event` is an AWS Config custom rule evaluation (`"config_rule"`)."""
    return detect_event_source(event) == "config_rule"


def is_cloudformation_custom_resource_event(event: object) -> TypeIs[CloudFormationCustomResourceEventDict]:
    """Whether `event` is a CloudFormation custom resource request (`"cloudformation_custom_resource"`)."""
    return detect_event_source(event) == "cloudformation_custom_resource"


def is_codedeploy_lifecycle_hook_event(event: object) -> TypeIs[CodeDeployLifecycleHookEventDict]:
    """Whether `event` is a CodeDeploy lifecycle hook (`"codedeploy_lifecycle_hook"`)."""
    return detect_event_source(event) == "codedeploy_lifecycle_hook"


def is_codepipeline_job_event(event: object) -> TypeIs[CodePipelineJobEventDict]:
    """Whether `event` is a CodePipeline job for a Lambda invoke action (`"codepipeline_job"`)."""
    return detect_event_source(event) == "codepipeline_job"


def is_connect_contact_flow_event(event: object) -> TypeIs[ConnectContactFlowEventDict]:
    """Whether `event` is an Amazon Connect flow's function call (`"connect_contact_flow"`)."""
    return detect_event_source(event) == "connect_contact_flow"


def is_bedrock_agent_event(event: object) -> TypeIs[BedrockAgentEventDict]:
    """Whether `event` is a Bedrock agent's action group call (`"bedrock_agent"`)."""
    return detect_event_source(event) == "bedrock_agent"


def is_iot_registry_event(event: object) -> TypeIs[IoTRegistryEventDict]:
    """Whether `event` is an AWS IoT registry event (`"iot_registry"`)."""
    return detect_event_source(event) == "iot_registry"


def is_lex_v2_event(event: object) -> TypeIs[LexV2EventDict]:
    """Whether `event` is an Amazon Lex V2 code hook call (`"lex_v2"`)."""
    return detect_event_source(event) == "lex_v2"


def is_transfer_family_authorizer_event(event: object) -> TypeIs[TransferFamilyAuthorizerEventDict]:
    """Whether `event` is a Transfer Family custom identity provider call (`"transfer_family_authorizer"`)."""
    return detect_event_source(event) == "transfer_family_authorizer"


def is_apigw_rest_event(event: object) -> TypeIs[APIGatewayProxyEventDict]:
    """Whether `event` is an API Gateway REST API (or payload 1.0) proxy request (`"apigw_rest"`)."""
    return detect_event_source(event) == "apigw_rest"


def is_apigw_http_event(event: object) -> TypeIs[APIGatewayProxyEventV2Dict]:
    """Whether `event` is an API Gateway HTTP API payload 2.0 request (`"apigw_http"`)."""
    return detect_event_source(event) == "apigw_http"


def is_apigw_websocket_event(event: object) -> TypeIs[APIGatewayWebSocketEventDict]:
    """Whether `event` is an API Gateway WebSocket route's event (`"apigw_websocket"`)."""
    return detect_event_source(event) == "apigw_websocket"


def is_apigw_rest_authorizer_token_event(event: object) -> TypeIs[APIGatewayAuthorizerTokenEventDict]:
    """Whether `event` is a TOKEN Lambda authorizer call (`"apigw_rest_authorizer_token"`)."""
    return detect_event_source(event) == "apigw_rest_authorizer_token"


def is_apigw_rest_authorizer_request_event(event: object) -> TypeIs[APIGatewayAuthorizerRequestEventDict]:
    """Whether `event` is a REQUEST authorizer call of a REST API (or an HTTP API's payload 1.0)
    (`"apigw_rest_authorizer_request"`)."""
    return detect_event_source(event) == "apigw_rest_authorizer_request"


def is_apigw_websocket_authorizer_event(event: object) -> TypeIs[APIGatewayAuthorizerWebSocketEventDict]:
    """Whether `event` is a WebSocket API's `$connect` authorizer call (`"apigw_websocket_authorizer"`)."""
    return detect_event_source(event) == "apigw_websocket_authorizer"


def is_apigw_http_authorizer_event(event: object) -> TypeIs[APIGatewayAuthorizerEventV2Dict]:
    """Whether `event` is an HTTP API authorizer call, payload 2.0 (`"apigw_http_authorizer"`)."""
    return detect_event_source(event) == "apigw_http_authorizer"


def is_alb_event(event: object) -> TypeIs[ALBEventDict]:
    """Whether `event` is an Application Load Balancer request (`"alb"`)."""
    return detect_event_source(event) == "alb"


def is_function_url_event(event: object) -> TypeIs[LambdaFunctionUrlEventDict]:
    """Whether `event` is a Lambda function URL request (`"function_url"`)."""
    return detect_event_source(event) == "function_url"


def is_vpc_lattice_v1_event(event: object) -> TypeIs[VPCLatticeEventDict]:
    """Whether `event` is a VPC Lattice request, event structure version 1 (`"vpc_lattice_v1"`)."""
    return detect_event_source(event) == "vpc_lattice_v1"


def is_vpc_lattice_v2_event(event: object) -> TypeIs[VPCLatticeEventV2Dict]:
    """Whether `event` is a VPC Lattice request, event structure version 2 (`"vpc_lattice_v2"`)."""
    return detect_event_source(event) == "vpc_lattice_v2"


def is_cloudfront_request_event(event: object) -> TypeIs[CloudFrontRequestEventDict]:
    """Whether `event` is a Lambda@Edge viewer-request or origin-request call (`"cloudfront_request"`)."""
    return detect_event_source(event) == "cloudfront_request"


def is_cloudfront_response_event(event: object) -> TypeIs[CloudFrontResponseEventDict]:
    """Whether `event` is a Lambda@Edge viewer-response or origin-response call (`"cloudfront_response"`)."""
    return detect_event_source(event) == "cloudfront_response"


def is_appsync_resolver_event(event: object) -> TypeIs[AppSyncResolverEventDict]:
    """Whether `event` is an AppSync Direct Lambda resolver call (`"appsync_resolver"`)."""
    return detect_event_source(event) == "appsync_resolver"


def is_appsync_batch_resolver_event(event: object) -> TypeIs[AppSyncBatchResolverEventDict]:
    """Whether `event` is a list of AppSync resolver calls (batching, `"appsync_batch_resolver"`)."""
    return detect_event_source(event) == "appsync_batch_resolver"


def is_appsync_resolver_template_event(event: object) -> TypeIs[AppSyncResolverTemplateEventDict]:
    """Whether `event` is the payload of Amplify's resolver mapping template (`"appsync_resolver_template"`)."""
    return detect_event_source(event) == "appsync_resolver_template"


def is_appsync_authorizer_event(event: object) -> TypeIs[AppSyncAuthorizerEventDict]:
    """Whether `event` is an AppSync Lambda authorizer call (`"appsync_authorizer"`)."""
    return detect_event_source(event) == "appsync_authorizer"


def is_appsync_events_event(event: object) -> TypeIs[AppSyncEventsEventDict]:
    """Whether `event` is an AppSync Events channel namespace's call (`"appsync_events"`)."""
    return detect_event_source(event) == "appsync_events"


def is_cognito_pre_sign_up_event(event: object) -> TypeIs[PreSignUpTriggerEventDict]:
    """Whether `event` is a Cognito pre sign-up trigger (`"cognito_pre_sign_up"`)."""
    return detect_event_source(event) == "cognito_pre_sign_up"


def is_cognito_post_confirmation_event(event: object) -> TypeIs[PostConfirmationTriggerEventDict]:
    """Whether `event` is a Cognito post confirmation trigger (`"cognito_post_confirmation"`)."""
    return detect_event_source(event) == "cognito_post_confirmation"


def is_cognito_pre_authentication_event(event: object) -> TypeIs[PreAuthenticationTriggerEventDict]:
    """Whether `event` is a Cognito pre authentication trigger (`"cognito_pre_authentication"`)."""
    return detect_event_source(event) == "cognito_pre_authentication"


def is_cognito_post_authentication_event(event: object) -> TypeIs[PostAuthenticationTriggerEventDict]:
    """Whether `event` is a Cognito post authentication trigger (`"cognito_post_authentication"`)."""
    return detect_event_source(event) == "cognito_post_authentication"


def is_cognito_define_auth_challenge_event(event: object) -> TypeIs[DefineAuthChallengeTriggerEventDict]:
    """Whether `event` is a Cognito define auth challenge trigger (`"cognito_define_auth_challenge"`)."""
    return detect_event_source(event) == "cognito_define_auth_challenge"


def is_cognito_create_auth_challenge_event(event: object) -> TypeIs[CreateAuthChallengeTriggerEventDict]:
    """Whether `event` is a Cognito create auth challenge trigger (`"cognito_create_auth_challenge"`)."""
    return detect_event_source(event) == "cognito_create_auth_challenge"


def is_cognito_verify_auth_challenge_response_event(
    event: object,
) -> TypeIs[VerifyAuthChallengeResponseTriggerEventDict]:
    """Whether `event` is a Cognito verify auth challenge response trigger
    (`"cognito_verify_auth_challenge_response"`)."""
    return detect_event_source(event) == "cognito_verify_auth_challenge_response"


def is_cognito_pre_token_generation_event(event: object) -> TypeIs[PreTokenGenerationTriggerEventDict]:
    """Whether `event` is a Cognito pre token generation trigger, event version one
    (`"cognito_pre_token_generation"`)."""
    return detect_event_source(event) == "cognito_pre_token_generation"


def is_cognito_pre_token_generation_v2_event(event: object) -> TypeIs[PreTokenGenerationV2TriggerEventDict]:
    """Whether `event` is a Cognito pre token generation trigger for a user, event version two or three
    (`"cognito_pre_token_generation_v2"`)."""
    return detect_event_source(event) == "cognito_pre_token_generation_v2"


def is_cognito_pre_token_generation_client_credentials_event(
    event: object,
) -> TypeIs[PreTokenGenerationClientCredentialsTriggerEventDict]:
    """Whether `event` is a Cognito pre token generation trigger for a client credentials grant
    (`"cognito_pre_token_generation_client_credentials"`)."""
    return detect_event_source(event) == "cognito_pre_token_generation_client_credentials"


def is_cognito_user_migration_event(event: object) -> TypeIs[UserMigrationTriggerEventDict]:
    """Whether `event` is a Cognito user migration trigger (`"cognito_user_migration"`)."""
    return detect_event_source(event) == "cognito_user_migration"


def is_cognito_custom_message_event(event: object) -> TypeIs[CustomMessageTriggerEventDict]:
    """Whether `event` is a Cognito custom message trigger (`"cognito_custom_message"`)."""
    return detect_event_source(event) == "cognito_custom_message"


def is_cognito_custom_email_sender_event(event: object) -> TypeIs[CustomEmailSenderTriggerEventDict]:
    """Whether `event` is a Cognito custom email sender trigger (`"cognito_custom_email_sender"`)."""
    return detect_event_source(event) == "cognito_custom_email_sender"


def is_cognito_custom_sms_sender_event(event: object) -> TypeIs[CustomSMSSenderTriggerEventDict]:
    """Whether `event` is a Cognito custom SMS sender trigger (`"cognito_custom_sms_sender"`)."""
    return detect_event_source(event) == "cognito_custom_sms_sender"
