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

    _Rule = Callable[[Mapping[str, Any]], Optional["EventSource"]]

# --- begin generated source ids (scripts/generate_exports.py) ---
if TYPE_CHECKING:
    from lambda_events.types.sqs import SQSEventDict
    from lambda_events.types.sns import SNSEventDict
    from lambda_events.types.kinesis import KinesisStreamEventDict, KinesisStreamTimeWindowEventDict
    from lambda_events.types.kinesis_firehose import KinesisFirehoseEventDict, KinesisFirehoseMSKEventDict
    from lambda_events.types.dynamodb import DynamoDBStreamEventDict, DynamoDBStreamTimeWindowEventDict
    from lambda_events.types.kafka import KafkaEventDict
    from lambda_events.types.amazon_mq import ActiveMQEventDict, RabbitMQEventDict
    from lambda_events.types.documentdb import DocumentDBEventDict
    from lambda_events.types.cloudwatch_logs import CloudWatchLogsEventDict
    from lambda_events.types.s3 import S3EventDict
    from lambda_events.types.s3_eventbridge import S3EventBridgeNotificationEventDict
    from lambda_events.types.s3_batch_operation import S3BatchOperationEventDict
    from lambda_events.types.s3_object_lambda import S3ObjectLambdaEventDict
    from lambda_events.types.api_gateway import APIGatewayProxyEventDict
    from lambda_events.types.api_gateway_v2 import APIGatewayProxyEventV2Dict
    from lambda_events.types.api_gateway_websocket import APIGatewayWebSocketEventDict
    from lambda_events.types.alb import ALBEventDict
    from lambda_events.types.lambda_function_url import LambdaFunctionUrlEventDict
    from lambda_events.types.vpc_lattice import VPCLatticeEventDict, VPCLatticeEventV2Dict
    from lambda_events.types.cloudfront import CloudFrontRequestEventDict, CloudFrontResponseEventDict
    from lambda_events.types.appsync import AppSyncAuthorizerEventDict, AppSyncBatchResolverEventDict, AppSyncResolverEventDict, AppSyncResolverTemplateEventDict
    from lambda_events.types.appsync_events import AppSyncEventsEventDict
    from lambda_events.types.api_gateway_authorizer import APIGatewayAuthorizerEventV2Dict, APIGatewayAuthorizerRequestEventDict, APIGatewayAuthorizerTokenEventDict, APIGatewayAuthorizerWebSocketEventDict
    from lambda_events.types.iot_authorizer import IoTAuthorizerEventDict
    from lambda_events.types.cognito import CreateAuthChallengeTriggerEventDict, CustomEmailSenderTriggerEventDict, CustomMessageTriggerEventDict, CustomSMSSenderTriggerEventDict, DefineAuthChallengeTriggerEventDict, InboundFederationTriggerEventDict, PostAuthenticationTriggerEventDict, PostConfirmationTriggerEventDict, PreAuthenticationTriggerEventDict, PreSignUpTriggerEventDict, PreTokenGenerationClientCredentialsTriggerEventDict, PreTokenGenerationTriggerEventDict, PreTokenGenerationV2TriggerEventDict, UserMigrationTriggerEventDict, VerifyAuthChallengeResponseTriggerEventDict
    from lambda_events.types.client_vpn import ClientVPNConnectionEventDict
    from lambda_events.types.transfer_family import TransferFamilyAuthorizerEventDict
    from lambda_events.types.eventbridge import EventBridgeEventDict, ScheduledEventDict
    from lambda_events.types.cloudwatch_alarm import CloudWatchAlarmEventDict
    from lambda_events.types.cloudwatch_dashboard import CloudWatchDashboardCustomWidgetEventDict
    from lambda_events.types.aws_config import AWSConfigRuleEventDict
    from lambda_events.types.cloudformation import CloudFormationCDKIsCompleteRequestDict, CloudFormationCDKOnEventRequestDict, CloudFormationCustomResourceEventDict
    from lambda_events.types.codedeploy import CodeDeployLifecycleHookEventDict
    from lambda_events.types.autoscaling import AutoScalingTerminationPolicyEventDict
    from lambda_events.types.codecommit import CodeCommitEventDict
    from lambda_events.types.codepipeline import CodePipelineJobEventDict
    from lambda_events.types.secrets_manager import SecretsManagerEventDict
    from lambda_events.types.lambda_destination import LambdaDestinationEventBridgeEventDict, LambdaDestinationRecordDict
    from lambda_events.types.iot_rule import IoTRuleErrorActionEventDict
    from lambda_events.types.iot_registry import IoTRegistryEventDict
    from lambda_events.types.lex_v2 import LexV2EventDict
    from lambda_events.types.bedrock_agent import BedrockAgentEventDict
    from lambda_events.types.connect import ConnectContactFlowEventDict
    from lambda_events.types.sagemaker_ground_truth import GroundTruthConsolidationEventDict, GroundTruthPreAnnotationEventDict
    from lambda_events.types.workmail import WorkMailEventDict
    from lambda_events.types.ses import SESEventDict

__all__ = [
    "EVENT_SOURCE_TYPE_NAMES",
    "EventSource",
    "detect_event_source",
    "is_alb_event",
    "is_amazon_mq_activemq_event",
    "is_amazon_mq_rabbitmq_event",
    "is_api_gateway_authorizer_request_event",
    "is_api_gateway_authorizer_token_event",
    "is_api_gateway_authorizer_v2_event",
    "is_api_gateway_authorizer_websocket_event",
    "is_api_gateway_event",
    "is_api_gateway_v2_event",
    "is_api_gateway_websocket_event",
    "is_appsync_authorizer_event",
    "is_appsync_batch_resolver_event",
    "is_appsync_events_event",
    "is_appsync_resolver_event",
    "is_appsync_resolver_template_event",
    "is_autoscaling_event",
    "is_aws_config_event",
    "is_bedrock_agent_event",
    "is_client_vpn_event",
    "is_cloudformation_cdk_is_complete_event",
    "is_cloudformation_cdk_on_event_event",
    "is_cloudformation_event",
    "is_cloudfront_request_event",
    "is_cloudfront_response_event",
    "is_cloudwatch_alarm_event",
    "is_cloudwatch_dashboard_event",
    "is_cloudwatch_logs_event",
    "is_codecommit_event",
    "is_codedeploy_event",
    "is_codepipeline_event",
    "is_cognito_create_auth_challenge_event",
    "is_cognito_custom_email_sender_event",
    "is_cognito_custom_message_event",
    "is_cognito_custom_sms_sender_event",
    "is_cognito_define_auth_challenge_event",
    "is_cognito_inbound_federation_event",
    "is_cognito_post_authentication_event",
    "is_cognito_post_confirmation_event",
    "is_cognito_pre_authentication_event",
    "is_cognito_pre_sign_up_event",
    "is_cognito_pre_token_generation_client_credentials_event",
    "is_cognito_pre_token_generation_event",
    "is_cognito_pre_token_generation_v2_event",
    "is_cognito_user_migration_event",
    "is_cognito_verify_auth_challenge_response_event",
    "is_connect_event",
    "is_documentdb_event",
    "is_dynamodb_event",
    "is_dynamodb_time_window_event",
    "is_eventbridge_event",
    "is_eventbridge_scheduled_event",
    "is_iot_authorizer_event",
    "is_iot_registry_event",
    "is_iot_rule_error_action_event",
    "is_kafka_event",
    "is_kinesis_event",
    "is_kinesis_firehose_event",
    "is_kinesis_firehose_msk_event",
    "is_kinesis_time_window_event",
    "is_lambda_destination_event",
    "is_lambda_destination_eventbridge_event",
    "is_lambda_function_url_event",
    "is_lex_v2_event",
    "is_s3_batch_operation_event",
    "is_s3_event",
    "is_s3_eventbridge_event",
    "is_s3_object_lambda_event",
    "is_sagemaker_ground_truth_consolidation_event",
    "is_sagemaker_ground_truth_pre_annotation_event",
    "is_secrets_manager_event",
    "is_ses_event",
    "is_sns_event",
    "is_sqs_event",
    "is_transfer_family_event",
    "is_vpc_lattice_event",
    "is_vpc_lattice_v2_event",
    "is_workmail_event",
]

EventSource = Literal[
    "sqs",
    "sns",
    "kinesis",
    "kinesis_time_window",
    "kinesis_firehose",
    "kinesis_firehose_msk",
    "dynamodb",
    "dynamodb_time_window",
    "kafka",
    "amazon_mq_activemq",
    "amazon_mq_rabbitmq",
    "documentdb",
    "cloudwatch_logs",
    "s3",
    "s3_eventbridge",
    "s3_batch_operation",
    "s3_object_lambda",
    "api_gateway",
    "api_gateway_v2",
    "api_gateway_websocket",
    "alb",
    "lambda_function_url",
    "vpc_lattice",
    "vpc_lattice_v2",
    "cloudfront_request",
    "cloudfront_response",
    "appsync_resolver",
    "appsync_batch_resolver",
    "appsync_resolver_template",
    "appsync_authorizer",
    "appsync_events",
    "api_gateway_authorizer_token",
    "api_gateway_authorizer_request",
    "api_gateway_authorizer_websocket",
    "api_gateway_authorizer_v2",
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
    "cognito_inbound_federation",
    "iot_authorizer",
    "client_vpn",
    "transfer_family",
    "eventbridge",
    "eventbridge_scheduled",
    "cloudwatch_alarm",
    "cloudwatch_dashboard",
    "aws_config",
    "cloudformation",
    "cloudformation_cdk_on_event",
    "cloudformation_cdk_is_complete",
    "codedeploy",
    "autoscaling",
    "codecommit",
    "codepipeline",
    "secrets_manager",
    "lambda_destination",
    "lambda_destination_eventbridge",
    "iot_rule_error_action",
    "iot_registry",
    "lex_v2",
    "bedrock_agent",
    "connect",
    "ses",
    "workmail",
    "sagemaker_ground_truth_pre_annotation",
    "sagemaker_ground_truth_consolidation",
]
"""One id per kind of event a Lambda function receives; `EVENT_SOURCE_TYPE_NAMES` gives its type."""

EVENT_SOURCE_TYPE_NAMES: Mapping[EventSource, str] = MappingProxyType(
    {
        "sqs": "SQSEventDict",
        "sns": "SNSEventDict",
        "kinesis": "KinesisStreamEventDict",
        "kinesis_time_window": "KinesisStreamTimeWindowEventDict",
        "kinesis_firehose": "KinesisFirehoseEventDict",
        "kinesis_firehose_msk": "KinesisFirehoseMSKEventDict",
        "dynamodb": "DynamoDBStreamEventDict",
        "dynamodb_time_window": "DynamoDBStreamTimeWindowEventDict",
        "kafka": "KafkaEventDict",
        "amazon_mq_activemq": "ActiveMQEventDict",
        "amazon_mq_rabbitmq": "RabbitMQEventDict",
        "documentdb": "DocumentDBEventDict",
        "cloudwatch_logs": "CloudWatchLogsEventDict",
        "s3": "S3EventDict",
        "s3_eventbridge": "S3EventBridgeNotificationEventDict",
        "s3_batch_operation": "S3BatchOperationEventDict",
        "s3_object_lambda": "S3ObjectLambdaEventDict",
        "api_gateway": "APIGatewayProxyEventDict",
        "api_gateway_v2": "APIGatewayProxyEventV2Dict",
        "api_gateway_websocket": "APIGatewayWebSocketEventDict",
        "alb": "ALBEventDict",
        "lambda_function_url": "LambdaFunctionUrlEventDict",
        "vpc_lattice": "VPCLatticeEventDict",
        "vpc_lattice_v2": "VPCLatticeEventV2Dict",
        "cloudfront_request": "CloudFrontRequestEventDict",
        "cloudfront_response": "CloudFrontResponseEventDict",
        "appsync_resolver": "AppSyncResolverEventDict",
        "appsync_batch_resolver": "AppSyncBatchResolverEventDict",
        "appsync_resolver_template": "AppSyncResolverTemplateEventDict",
        "appsync_authorizer": "AppSyncAuthorizerEventDict",
        "appsync_events": "AppSyncEventsEventDict",
        "api_gateway_authorizer_token": "APIGatewayAuthorizerTokenEventDict",
        "api_gateway_authorizer_request": "APIGatewayAuthorizerRequestEventDict",
        "api_gateway_authorizer_websocket": "APIGatewayAuthorizerWebSocketEventDict",
        "api_gateway_authorizer_v2": "APIGatewayAuthorizerEventV2Dict",
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
        "cognito_inbound_federation": "InboundFederationTriggerEventDict",
        "iot_authorizer": "IoTAuthorizerEventDict",
        "client_vpn": "ClientVPNConnectionEventDict",
        "transfer_family": "TransferFamilyAuthorizerEventDict",
        "eventbridge": "EventBridgeEventDict",
        "eventbridge_scheduled": "ScheduledEventDict",
        "cloudwatch_alarm": "CloudWatchAlarmEventDict",
        "cloudwatch_dashboard": "CloudWatchDashboardCustomWidgetEventDict",
        "aws_config": "AWSConfigRuleEventDict",
        "cloudformation": "CloudFormationCustomResourceEventDict",
        "cloudformation_cdk_on_event": "CloudFormationCDKOnEventRequestDict",
        "cloudformation_cdk_is_complete": "CloudFormationCDKIsCompleteRequestDict",
        "codedeploy": "CodeDeployLifecycleHookEventDict",
        "autoscaling": "AutoScalingTerminationPolicyEventDict",
        "codecommit": "CodeCommitEventDict",
        "codepipeline": "CodePipelineJobEventDict",
        "secrets_manager": "SecretsManagerEventDict",
        "lambda_destination": "LambdaDestinationRecordDict",
        "lambda_destination_eventbridge": "LambdaDestinationEventBridgeEventDict",
        "iot_rule_error_action": "IoTRuleErrorActionEventDict",
        "iot_registry": "IoTRegistryEventDict",
        "lex_v2": "LexV2EventDict",
        "bedrock_agent": "BedrockAgentEventDict",
        "connect": "ConnectContactFlowEventDict",
        "ses": "SESEventDict",
        "workmail": "WorkMailEventDict",
        "sagemaker_ground_truth_pre_annotation": "GroundTruthPreAnnotationEventDict",
        "sagemaker_ground_truth_consolidation": "GroundTruthConsolidationEventDict",
    }
)
"""The name, in `lambda_events`, of the type of each source's event (read-only)."""
# --- end generated source ids ---


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
    "aws:dynamodb": "dynamodb",
    "aws:kinesis": "kinesis",
    "aws:codecommit": "codecommit",
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
    "kinesis": "kinesis_time_window",
    "dynamodb": "dynamodb_time_window",
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
    return _from_lambda_at_edge(record)


def _from_lambda_at_edge(record: Mapping[str, Any]) -> Optional[EventSource]:
    """A Lambda@Edge record: `cf.config.eventType` names the trigger; in the older documented form, which has
    no `eventType`, a `response` makes it a response event and a `request` alone a request event."""
    edge = _mapping(record.get("cf"))
    config = _mapping(edge.get("config")) if edge is not None else None
    if edge is None or config is None:
        return None
    trigger = config.get("eventType")
    if trigger is not None:
        return _CLOUDFRONT_EVENT_TYPES.get(trigger) if isinstance(trigger, str) else None
    if "distributionId" not in config:
        return None
    if "response" in edge:
        return "cloudfront_response"
    return "cloudfront_request" if "request" in edge else None


def _from_authorizer_type(event: Mapping[str, Any]) -> Optional[EventSource]:
    """API Gateway Lambda authorizers: `type` is `TOKEN` or `REQUEST`; the ARN key names the API kind."""
    kind = event["type"]
    if kind == "TOKEN":
        return "api_gateway_authorizer_token" if "methodArn" in event else None
    if kind != "REQUEST":
        return None
    if "routeArn" in event:
        return "api_gateway_authorizer_v2"
    if "methodArn" not in event:
        return None
    context = _mapping(event.get("requestContext"))
    if context is not None and "connectionId" in context:
        return "api_gateway_authorizer_websocket"
    return "api_gateway_authorizer_request"


def _from_request_context(event: Mapping[str, Any]) -> Optional[EventSource]:
    """HTTP requests (and Lambda's invocation records, whose `requestContext` has a `condition`): the keys of
    `requestContext` and the payload `version` tell the services apart.

    HTTP APIs (payload 2.0), function URLs and VPC Lattice v2 all send `version: "2.0"`; Lattice names its
    service network, and a function URL's `domainName` is `<url-id>.lambda-url.<region>.on.aws`.
    """
    context = _mapping(event["requestContext"])
    if context is None:
        return None
    if "condition" in context and "requestPayload" in event:
        return "lambda_destination"
    if "elb" in context:
        return "alb"
    if "connectionId" in context:
        return "api_gateway_websocket" if "eventType" in context else None
    if event.get("version") == "2.0":
        if "serviceNetworkArn" in context:
            return "vpc_lattice_v2"
        if "http" not in context or "routeKey" not in event:
            return None
        domain = context.get("domainName")
        is_function_url = isinstance(domain, str) and ".lambda-url." in domain
        return "lambda_function_url" if is_function_url else "api_gateway_v2"
    if "httpMethod" in event and "resource" in event:
        return "api_gateway"
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
    "InboundFederation": "cognito_inbound_federation",
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
        return "eventbridge_scheduled"
    if producer == "aws.s3" and detail_type in _S3_EVENTBRIDGE_DETAIL_TYPES:
        return "s3_eventbridge"
    if producer == "lambda" and detail_type.startswith("Lambda Function Invocation Result - "):
        return "lambda_destination_eventbridge"
    return "eventbridge"


# A top-level `eventSource` (event source mappings that are not `Records` lists), with the key that holds
# the batch.
_BATCH_SOURCES: dict[str, tuple[EventSource, str]] = {
    "aws:mq": ("amazon_mq_activemq", "messages"),
    "aws:amq": ("amazon_mq_activemq", "messages"),
    "aws:rmq": ("amazon_mq_rabbitmq", "rmqMessagesByQueue"),
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


def _from_firehose(event: Mapping[str, Any]) -> Optional[EventSource]:
    """Firehose transformation batches: `sourceMSKArn` marks a stream whose source is Amazon MSK."""
    if "invocationId" not in event or "records" not in event:
        return None
    return "kinesis_firehose_msk" if "sourceMSKArn" in event else "kinesis_firehose"


def _from_cloudformation_request(event: Mapping[str, Any]) -> Optional[EventSource]:
    """CloudFormation custom resource requests, and the AWS CDK provider framework's handler requests.

    CloudFormation's own request carries the presigned `ResponseURL` (an `https` URL). The provider framework
    passes its handlers that request with the URL left out or masked (`...`), and those are the framework's;
    a version that passes the URL on unchanged sends CloudFormation's request itself, detected as
    `cloudformation` (a Create or Delete `onEvent` request also validates as that type). Of the others,
    an `isComplete` request carries what `onEvent` returned: a `PhysicalResourceId` on `Create` (where
    CloudFormation sends none), or `Data` or `NoEcho`. An `Update` or `Delete` whose `onEvent` returned only
    the physical id is the same document as the `onEvent` request, and is named `cloudformation_cdk_on_event`.
    """
    for key in ("StackId", "LogicalResourceId", "RequestId", "ResourceProperties"):
        if key not in event:
            return None
    url = event.get("ResponseURL")
    if isinstance(url, str) and url.startswith("https://"):
        return "cloudformation"
    merged = "Data" in event or "NoEcho" in event
    if merged or (event["RequestType"] == "Create" and "PhysicalResourceId" in event):
        return "cloudformation_cdk_is_complete"
    return "cloudformation_cdk_on_event"


def _from_connect(event: Mapping[str, Any]) -> Optional[EventSource]:
    """Amazon Connect flows name their event `ContactFlowEvent` (older flows `ContactFlowExecution`)."""
    return "connect" if event.get("Name") in ("ContactFlowEvent", "ContactFlowExecution") else None


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


def _from_ground_truth(event: Mapping[str, Any]) -> Optional[EventSource]:
    """SageMaker Ground Truth: a pre-annotation request carries one `dataObject`, a consolidation request the
    `payload` that points at the annotations."""
    if "dataObject" in event:
        return "sagemaker_ground_truth_pre_annotation"
    if "payload" in event and "labelAttributeName" in event:
        return "sagemaker_ground_truth_consolidation"
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
    ("deliveryStreamArn", _from_firehose),
    ("info", _from_appsync_info),
    ("fieldName", _when_present("appsync_resolver_template", "typeName", "arguments")),
    ("raw_path", _when_present("vpc_lattice", "method", "is_base64_encoded")),
    ("RequestType", _from_cloudformation_request),
    ("ClientRequestToken", _when_present("secrets_manager", "SecretId", "Step")),
    ("CodePipeline.job", _when_inside("codepipeline", "CodePipeline.job", "data")),
    ("LifecycleEventHookExecutionId", _when_present("codedeploy", "DeploymentId")),
    ("configRuleName", _when_present("aws_config", "invokingEvent", "resultToken")),
    ("Details", _from_connect),
    ("alarmData", _when_present("cloudwatch_alarm", "alarmArn")),
    ("widgetContext", _when_inside("cloudwatch_dashboard", "widgetContext", "dashboardName")),
    ("invocationSchemaVersion", _when_present("s3_batch_operation", "tasks", "job")),
    ("xAmzRequestId", _when_present("s3_object_lambda", "protocolVersion", "userRequest")),
    ("connectionMetadata", _when_present("iot_authorizer", "protocols")),
    ("labelingJobArn", _from_ground_truth),
    ("summaryVersion", _when_present("workmail", "envelope", "flowDirection", "invocationId")),
    ("connection-id", _when_present("client_vpn", "endpoint-id", "schema-version")),
    ("CapacityToTerminate", _when_present("autoscaling", "AutoScalingGroupARN", "Instances", "Cause")),
    ("cloudwatchTraceId", _when_present("iot_rule_error_action", "ruleName", "failures", "base64OriginalPayload")),
    ("serverId", _when_present("transfer_family", "username", "protocol", "sourceIp")),
    ("actionGroup", _when_present("bedrock_agent", "agent", "messageVersion")),
    ("invocationSource", _when_present("lex_v2", "sessionState", "bot")),
    ("eventType", _from_iot_registry),
)


def detect_event_source(event: object) -> Optional[EventSource]:
    """The kind of Lambda event `event` is, or `None` when it is none we know.

    `event` may be anything: a dict (or other `Mapping`) as Lambda delivers it, a list (AppSync's batch
    resolver event), or any other object (then `None`). It never raises, and it reads only the few keys that
    tell the sources apart, so a malformed event of a known source is still recognised (check it with
    `find_event_problems`). Returns `None` rather than guessing. A list is read one level deep only (its
    first item), so no nesting, however deep, can exhaust the stack; a `Mapping` whose own methods raise, or
    whose values' comparisons raise, is no event we know: `None`.

    >>> detect_event_source({"Records": [{"eventSource": "aws:sqs", "body": "hello"}]})
    'sqs'
    >>> detect_event_source({"Records": []}) is None
    True
    """
    try:
        if type(event) is dict or isinstance(event, Mapping):
            return _detect_object(cast("Mapping[str, Any]", event))
        if type(event) is list and event:
            first = _mapping(cast("list[object]", event)[0])
            if first is not None and _detect_object(first) == "appsync_resolver":
                return "appsync_batch_resolver"
        return None
    except Exception:  # a hostile Mapping or value (its __contains__, __getitem__ or __eq__ raises)
        return None


def _detect_object(event: Mapping[str, Any]) -> Optional[EventSource]:
    """The first rule whose marker the event has decides."""
    for marker, rule in _MARKER_RULES:
        if marker in event:
            return rule(event)
    return None


# --- The guards: the same decision, compared with one source -------------------------------------------------

# --- begin generated guards (scripts/generate_exports.py) ---


def is_sqs_event(event: object) -> TypeIs[SQSEventDict]:
    """Whether `event` is a `SQSEventDict` (Amazon SQS, source `"sqs"`)."""
    return detect_event_source(event) == "sqs"


def is_sns_event(event: object) -> TypeIs[SNSEventDict]:
    """Whether `event` is a `SNSEventDict` (Amazon SNS, source `"sns"`)."""
    return detect_event_source(event) == "sns"


def is_kinesis_event(event: object) -> TypeIs[KinesisStreamEventDict]:
    """Whether `event` is a `KinesisStreamEventDict` (Amazon Kinesis Data Streams, source `"kinesis"`)."""
    return detect_event_source(event) == "kinesis"


def is_kinesis_time_window_event(event: object) -> TypeIs[KinesisStreamTimeWindowEventDict]:
    """Whether `event` is a `KinesisStreamTimeWindowEventDict` (Amazon Kinesis Data Streams, source `"kinesis_time_window"`)."""
    return detect_event_source(event) == "kinesis_time_window"


def is_kinesis_firehose_event(event: object) -> TypeIs[KinesisFirehoseEventDict]:
    """Whether `event` is a `KinesisFirehoseEventDict` (Amazon Data Firehose transformation, source `"kinesis_firehose"`)."""
    return detect_event_source(event) == "kinesis_firehose"


def is_kinesis_firehose_msk_event(event: object) -> TypeIs[KinesisFirehoseMSKEventDict]:
    """Whether `event` is a `KinesisFirehoseMSKEventDict` (Amazon Data Firehose transformation, source `"kinesis_firehose_msk"`)."""
    return detect_event_source(event) == "kinesis_firehose_msk"


def is_dynamodb_event(event: object) -> TypeIs[DynamoDBStreamEventDict]:
    """Whether `event` is a `DynamoDBStreamEventDict` (Amazon DynamoDB Streams, source `"dynamodb"`)."""
    return detect_event_source(event) == "dynamodb"


def is_dynamodb_time_window_event(event: object) -> TypeIs[DynamoDBStreamTimeWindowEventDict]:
    """Whether `event` is a `DynamoDBStreamTimeWindowEventDict` (Amazon DynamoDB Streams, source `"dynamodb_time_window"`)."""
    return detect_event_source(event) == "dynamodb_time_window"


def is_kafka_event(event: object) -> TypeIs[KafkaEventDict]:
    """Whether `event` is a `KafkaEventDict` (Apache Kafka (Amazon MSK and self-managed), source `"kafka"`)."""
    return detect_event_source(event) == "kafka"


def is_amazon_mq_activemq_event(event: object) -> TypeIs[ActiveMQEventDict]:
    """Whether `event` is a `ActiveMQEventDict` (Amazon MQ (ActiveMQ and RabbitMQ), source `"amazon_mq_activemq"`)."""
    return detect_event_source(event) == "amazon_mq_activemq"


def is_amazon_mq_rabbitmq_event(event: object) -> TypeIs[RabbitMQEventDict]:
    """Whether `event` is a `RabbitMQEventDict` (Amazon MQ (ActiveMQ and RabbitMQ), source `"amazon_mq_rabbitmq"`)."""
    return detect_event_source(event) == "amazon_mq_rabbitmq"


def is_documentdb_event(event: object) -> TypeIs[DocumentDBEventDict]:
    """Whether `event` is a `DocumentDBEventDict` (Amazon DocumentDB change streams, source `"documentdb"`)."""
    return detect_event_source(event) == "documentdb"


def is_cloudwatch_logs_event(event: object) -> TypeIs[CloudWatchLogsEventDict]:
    """Whether `event` is a `CloudWatchLogsEventDict` (Amazon CloudWatch Logs subscriptions, source `"cloudwatch_logs"`)."""
    return detect_event_source(event) == "cloudwatch_logs"


def is_s3_event(event: object) -> TypeIs[S3EventDict]:
    """Whether `event` is a `S3EventDict` (Amazon S3 notifications, source `"s3"`)."""
    return detect_event_source(event) == "s3"


def is_s3_eventbridge_event(event: object) -> TypeIs[S3EventBridgeNotificationEventDict]:
    """Whether `event` is a `S3EventBridgeNotificationEventDict` (Amazon S3 events through EventBridge, source `"s3_eventbridge"`)."""
    return detect_event_source(event) == "s3_eventbridge"


def is_s3_batch_operation_event(event: object) -> TypeIs[S3BatchOperationEventDict]:
    """Whether `event` is a `S3BatchOperationEventDict` (Amazon S3 Batch Operations, source `"s3_batch_operation"`)."""
    return detect_event_source(event) == "s3_batch_operation"


def is_s3_object_lambda_event(event: object) -> TypeIs[S3ObjectLambdaEventDict]:
    """Whether `event` is a `S3ObjectLambdaEventDict` (Amazon S3 Object Lambda, source `"s3_object_lambda"`)."""
    return detect_event_source(event) == "s3_object_lambda"


def is_api_gateway_event(event: object) -> TypeIs[APIGatewayProxyEventDict]:
    """Whether `event` is a `APIGatewayProxyEventDict` (API Gateway REST API (proxy integration), source `"api_gateway"`)."""
    return detect_event_source(event) == "api_gateway"


def is_api_gateway_v2_event(event: object) -> TypeIs[APIGatewayProxyEventV2Dict]:
    """Whether `event` is a `APIGatewayProxyEventV2Dict` (API Gateway HTTP API, source `"api_gateway_v2"`)."""
    return detect_event_source(event) == "api_gateway_v2"


def is_api_gateway_websocket_event(event: object) -> TypeIs[APIGatewayWebSocketEventDict]:
    """Whether `event` is a `APIGatewayWebSocketEventDict` (API Gateway WebSocket API, source `"api_gateway_websocket"`)."""
    return detect_event_source(event) == "api_gateway_websocket"


def is_alb_event(event: object) -> TypeIs[ALBEventDict]:
    """Whether `event` is a `ALBEventDict` (Application Load Balancer, source `"alb"`)."""
    return detect_event_source(event) == "alb"


def is_lambda_function_url_event(event: object) -> TypeIs[LambdaFunctionUrlEventDict]:
    """Whether `event` is a `LambdaFunctionUrlEventDict` (Lambda function URLs, source `"lambda_function_url"`)."""
    return detect_event_source(event) == "lambda_function_url"


def is_vpc_lattice_event(event: object) -> TypeIs[VPCLatticeEventDict]:
    """Whether `event` is a `VPCLatticeEventDict` (Amazon VPC Lattice, source `"vpc_lattice"`)."""
    return detect_event_source(event) == "vpc_lattice"


def is_vpc_lattice_v2_event(event: object) -> TypeIs[VPCLatticeEventV2Dict]:
    """Whether `event` is a `VPCLatticeEventV2Dict` (Amazon VPC Lattice, source `"vpc_lattice_v2"`)."""
    return detect_event_source(event) == "vpc_lattice_v2"


def is_cloudfront_request_event(event: object) -> TypeIs[CloudFrontRequestEventDict]:
    """Whether `event` is a `CloudFrontRequestEventDict` (Amazon CloudFront Lambda@Edge, source `"cloudfront_request"`)."""
    return detect_event_source(event) == "cloudfront_request"


def is_cloudfront_response_event(event: object) -> TypeIs[CloudFrontResponseEventDict]:
    """Whether `event` is a `CloudFrontResponseEventDict` (Amazon CloudFront Lambda@Edge, source `"cloudfront_response"`)."""
    return detect_event_source(event) == "cloudfront_response"


def is_appsync_resolver_event(event: object) -> TypeIs[AppSyncResolverEventDict]:
    """Whether `event` is a `AppSyncResolverEventDict` (AWS AppSync GraphQL, source `"appsync_resolver"`)."""
    return detect_event_source(event) == "appsync_resolver"


def is_appsync_batch_resolver_event(event: object) -> TypeIs[AppSyncBatchResolverEventDict]:
    """Whether `event` is a `AppSyncBatchResolverEventDict` (AWS AppSync GraphQL, source `"appsync_batch_resolver"`)."""
    return detect_event_source(event) == "appsync_batch_resolver"


def is_appsync_resolver_template_event(event: object) -> TypeIs[AppSyncResolverTemplateEventDict]:
    """Whether `event` is a `AppSyncResolverTemplateEventDict` (AWS AppSync GraphQL, source `"appsync_resolver_template"`)."""
    return detect_event_source(event) == "appsync_resolver_template"


def is_appsync_authorizer_event(event: object) -> TypeIs[AppSyncAuthorizerEventDict]:
    """Whether `event` is a `AppSyncAuthorizerEventDict` (AWS AppSync GraphQL, source `"appsync_authorizer"`)."""
    return detect_event_source(event) == "appsync_authorizer"


def is_appsync_events_event(event: object) -> TypeIs[AppSyncEventsEventDict]:
    """Whether `event` is a `AppSyncEventsEventDict` (AWS AppSync Events, source `"appsync_events"`)."""
    return detect_event_source(event) == "appsync_events"


def is_api_gateway_authorizer_token_event(event: object) -> TypeIs[APIGatewayAuthorizerTokenEventDict]:
    """Whether `event` is a `APIGatewayAuthorizerTokenEventDict` (API Gateway Lambda authorizers, source `"api_gateway_authorizer_token"`)."""
    return detect_event_source(event) == "api_gateway_authorizer_token"


def is_api_gateway_authorizer_request_event(event: object) -> TypeIs[APIGatewayAuthorizerRequestEventDict]:
    """Whether `event` is a `APIGatewayAuthorizerRequestEventDict` (API Gateway Lambda authorizers, source `"api_gateway_authorizer_request"`)."""
    return detect_event_source(event) == "api_gateway_authorizer_request"


def is_api_gateway_authorizer_websocket_event(event: object) -> TypeIs[APIGatewayAuthorizerWebSocketEventDict]:
    """Whether `event` is a `APIGatewayAuthorizerWebSocketEventDict` (API Gateway Lambda authorizers, source `"api_gateway_authorizer_websocket"`)."""
    return detect_event_source(event) == "api_gateway_authorizer_websocket"


def is_api_gateway_authorizer_v2_event(event: object) -> TypeIs[APIGatewayAuthorizerEventV2Dict]:
    """Whether `event` is a `APIGatewayAuthorizerEventV2Dict` (API Gateway Lambda authorizers, source `"api_gateway_authorizer_v2"`)."""
    return detect_event_source(event) == "api_gateway_authorizer_v2"


def is_cognito_pre_sign_up_event(event: object) -> TypeIs[PreSignUpTriggerEventDict]:
    """Whether `event` is a `PreSignUpTriggerEventDict` (Amazon Cognito user pool triggers, source `"cognito_pre_sign_up"`)."""
    return detect_event_source(event) == "cognito_pre_sign_up"


def is_cognito_post_confirmation_event(event: object) -> TypeIs[PostConfirmationTriggerEventDict]:
    """Whether `event` is a `PostConfirmationTriggerEventDict` (Amazon Cognito user pool triggers, source `"cognito_post_confirmation"`)."""
    return detect_event_source(event) == "cognito_post_confirmation"


def is_cognito_pre_authentication_event(event: object) -> TypeIs[PreAuthenticationTriggerEventDict]:
    """Whether `event` is a `PreAuthenticationTriggerEventDict` (Amazon Cognito user pool triggers, source `"cognito_pre_authentication"`)."""
    return detect_event_source(event) == "cognito_pre_authentication"


def is_cognito_post_authentication_event(event: object) -> TypeIs[PostAuthenticationTriggerEventDict]:
    """Whether `event` is a `PostAuthenticationTriggerEventDict` (Amazon Cognito user pool triggers, source `"cognito_post_authentication"`)."""
    return detect_event_source(event) == "cognito_post_authentication"


def is_cognito_define_auth_challenge_event(event: object) -> TypeIs[DefineAuthChallengeTriggerEventDict]:
    """Whether `event` is a `DefineAuthChallengeTriggerEventDict` (Amazon Cognito user pool triggers, source `"cognito_define_auth_challenge"`)."""
    return detect_event_source(event) == "cognito_define_auth_challenge"


def is_cognito_create_auth_challenge_event(event: object) -> TypeIs[CreateAuthChallengeTriggerEventDict]:
    """Whether `event` is a `CreateAuthChallengeTriggerEventDict` (Amazon Cognito user pool triggers, source `"cognito_create_auth_challenge"`)."""
    return detect_event_source(event) == "cognito_create_auth_challenge"


def is_cognito_verify_auth_challenge_response_event(event: object) -> TypeIs[VerifyAuthChallengeResponseTriggerEventDict]:
    """Whether `event` is a `VerifyAuthChallengeResponseTriggerEventDict` (Amazon Cognito user pool triggers, source `"cognito_verify_auth_challenge_response"`)."""
    return detect_event_source(event) == "cognito_verify_auth_challenge_response"


def is_cognito_pre_token_generation_event(event: object) -> TypeIs[PreTokenGenerationTriggerEventDict]:
    """Whether `event` is a `PreTokenGenerationTriggerEventDict` (Amazon Cognito user pool triggers, source `"cognito_pre_token_generation"`)."""
    return detect_event_source(event) == "cognito_pre_token_generation"


def is_cognito_pre_token_generation_v2_event(event: object) -> TypeIs[PreTokenGenerationV2TriggerEventDict]:
    """Whether `event` is a `PreTokenGenerationV2TriggerEventDict` (Amazon Cognito user pool triggers, source `"cognito_pre_token_generation_v2"`)."""
    return detect_event_source(event) == "cognito_pre_token_generation_v2"


def is_cognito_pre_token_generation_client_credentials_event(event: object) -> TypeIs[PreTokenGenerationClientCredentialsTriggerEventDict]:
    """Whether `event` is a `PreTokenGenerationClientCredentialsTriggerEventDict` (Amazon Cognito user pool triggers, source `"cognito_pre_token_generation_client_credentials"`)."""
    return detect_event_source(event) == "cognito_pre_token_generation_client_credentials"


def is_cognito_user_migration_event(event: object) -> TypeIs[UserMigrationTriggerEventDict]:
    """Whether `event` is a `UserMigrationTriggerEventDict` (Amazon Cognito user pool triggers, source `"cognito_user_migration"`)."""
    return detect_event_source(event) == "cognito_user_migration"


def is_cognito_custom_message_event(event: object) -> TypeIs[CustomMessageTriggerEventDict]:
    """Whether `event` is a `CustomMessageTriggerEventDict` (Amazon Cognito user pool triggers, source `"cognito_custom_message"`)."""
    return detect_event_source(event) == "cognito_custom_message"


def is_cognito_custom_email_sender_event(event: object) -> TypeIs[CustomEmailSenderTriggerEventDict]:
    """Whether `event` is a `CustomEmailSenderTriggerEventDict` (Amazon Cognito user pool triggers, source `"cognito_custom_email_sender"`)."""
    return detect_event_source(event) == "cognito_custom_email_sender"


def is_cognito_custom_sms_sender_event(event: object) -> TypeIs[CustomSMSSenderTriggerEventDict]:
    """Whether `event` is a `CustomSMSSenderTriggerEventDict` (Amazon Cognito user pool triggers, source `"cognito_custom_sms_sender"`)."""
    return detect_event_source(event) == "cognito_custom_sms_sender"


def is_cognito_inbound_federation_event(event: object) -> TypeIs[InboundFederationTriggerEventDict]:
    """Whether `event` is a `InboundFederationTriggerEventDict` (Amazon Cognito user pool triggers, source `"cognito_inbound_federation"`)."""
    return detect_event_source(event) == "cognito_inbound_federation"


def is_iot_authorizer_event(event: object) -> TypeIs[IoTAuthorizerEventDict]:
    """Whether `event` is a `IoTAuthorizerEventDict` (AWS IoT Core custom authorizers, source `"iot_authorizer"`)."""
    return detect_event_source(event) == "iot_authorizer"


def is_client_vpn_event(event: object) -> TypeIs[ClientVPNConnectionEventDict]:
    """Whether `event` is a `ClientVPNConnectionEventDict` (AWS Client VPN connect handlers, source `"client_vpn"`)."""
    return detect_event_source(event) == "client_vpn"


def is_transfer_family_event(event: object) -> TypeIs[TransferFamilyAuthorizerEventDict]:
    """Whether `event` is a `TransferFamilyAuthorizerEventDict` (AWS Transfer Family identity providers, source `"transfer_family"`)."""
    return detect_event_source(event) == "transfer_family"


def is_eventbridge_event(event: object) -> TypeIs[EventBridgeEventDict]:
    """Whether `event` is a `EventBridgeEventDict` (Amazon EventBridge, source `"eventbridge"`)."""
    return detect_event_source(event) == "eventbridge"


def is_eventbridge_scheduled_event(event: object) -> TypeIs[ScheduledEventDict]:
    """Whether `event` is a `ScheduledEventDict` (Amazon EventBridge, source `"eventbridge_scheduled"`)."""
    return detect_event_source(event) == "eventbridge_scheduled"


def is_cloudwatch_alarm_event(event: object) -> TypeIs[CloudWatchAlarmEventDict]:
    """Whether `event` is a `CloudWatchAlarmEventDict` (Amazon CloudWatch alarm actions, source `"cloudwatch_alarm"`)."""
    return detect_event_source(event) == "cloudwatch_alarm"


def is_cloudwatch_dashboard_event(event: object) -> TypeIs[CloudWatchDashboardCustomWidgetEventDict]:
    """Whether `event` is a `CloudWatchDashboardCustomWidgetEventDict` (Amazon CloudWatch dashboard custom widgets, source `"cloudwatch_dashboard"`)."""
    return detect_event_source(event) == "cloudwatch_dashboard"


def is_aws_config_event(event: object) -> TypeIs[AWSConfigRuleEventDict]:
    """Whether `event` is a `AWSConfigRuleEventDict` (AWS Config rules, source `"aws_config"`)."""
    return detect_event_source(event) == "aws_config"


def is_cloudformation_event(event: object) -> TypeIs[CloudFormationCustomResourceEventDict]:
    """Whether `event` is a `CloudFormationCustomResourceEventDict` (AWS CloudFormation custom resources, source `"cloudformation"`)."""
    return detect_event_source(event) == "cloudformation"


def is_cloudformation_cdk_on_event_event(event: object) -> TypeIs[CloudFormationCDKOnEventRequestDict]:
    """Whether `event` is a `CloudFormationCDKOnEventRequestDict` (AWS CloudFormation custom resources, source `"cloudformation_cdk_on_event"`)."""
    return detect_event_source(event) == "cloudformation_cdk_on_event"


def is_cloudformation_cdk_is_complete_event(event: object) -> TypeIs[CloudFormationCDKIsCompleteRequestDict]:
    """Whether `event` is a `CloudFormationCDKIsCompleteRequestDict` (AWS CloudFormation custom resources, source `"cloudformation_cdk_is_complete"`)."""
    return detect_event_source(event) == "cloudformation_cdk_is_complete"


def is_codedeploy_event(event: object) -> TypeIs[CodeDeployLifecycleHookEventDict]:
    """Whether `event` is a `CodeDeployLifecycleHookEventDict` (AWS CodeDeploy lifecycle hooks, source `"codedeploy"`)."""
    return detect_event_source(event) == "codedeploy"


def is_autoscaling_event(event: object) -> TypeIs[AutoScalingTerminationPolicyEventDict]:
    """Whether `event` is a `AutoScalingTerminationPolicyEventDict` (EC2 Auto Scaling custom termination policies, source `"autoscaling"`)."""
    return detect_event_source(event) == "autoscaling"


def is_codecommit_event(event: object) -> TypeIs[CodeCommitEventDict]:
    """Whether `event` is a `CodeCommitEventDict` (AWS CodeCommit triggers, source `"codecommit"`)."""
    return detect_event_source(event) == "codecommit"


def is_codepipeline_event(event: object) -> TypeIs[CodePipelineJobEventDict]:
    """Whether `event` is a `CodePipelineJobEventDict` (AWS CodePipeline Invoke actions, source `"codepipeline"`)."""
    return detect_event_source(event) == "codepipeline"


def is_secrets_manager_event(event: object) -> TypeIs[SecretsManagerEventDict]:
    """Whether `event` is a `SecretsManagerEventDict` (AWS Secrets Manager rotation, source `"secrets_manager"`)."""
    return detect_event_source(event) == "secrets_manager"


def is_lambda_destination_event(event: object) -> TypeIs[LambdaDestinationRecordDict]:
    """Whether `event` is a `LambdaDestinationRecordDict` (Lambda invocation records (destinations), source `"lambda_destination"`)."""
    return detect_event_source(event) == "lambda_destination"


def is_lambda_destination_eventbridge_event(event: object) -> TypeIs[LambdaDestinationEventBridgeEventDict]:
    """Whether `event` is a `LambdaDestinationEventBridgeEventDict` (Lambda invocation records (destinations), source `"lambda_destination_eventbridge"`)."""
    return detect_event_source(event) == "lambda_destination_eventbridge"


def is_iot_rule_error_action_event(event: object) -> TypeIs[IoTRuleErrorActionEventDict]:
    """Whether `event` is a `IoTRuleErrorActionEventDict` (AWS IoT rule actions, source `"iot_rule_error_action"`)."""
    return detect_event_source(event) == "iot_rule_error_action"


def is_iot_registry_event(event: object) -> TypeIs[IoTRegistryEventDict]:
    """Whether `event` is a `IoTRegistryEventDict` (AWS IoT registry events, source `"iot_registry"`)."""
    return detect_event_source(event) == "iot_registry"


def is_lex_v2_event(event: object) -> TypeIs[LexV2EventDict]:
    """Whether `event` is a `LexV2EventDict` (Amazon Lex V2 code hooks, source `"lex_v2"`)."""
    return detect_event_source(event) == "lex_v2"


def is_bedrock_agent_event(event: object) -> TypeIs[BedrockAgentEventDict]:
    """Whether `event` is a `BedrockAgentEventDict` (Amazon Bedrock agents, source `"bedrock_agent"`)."""
    return detect_event_source(event) == "bedrock_agent"


def is_connect_event(event: object) -> TypeIs[ConnectContactFlowEventDict]:
    """Whether `event` is a `ConnectContactFlowEventDict` (Amazon Connect contact flows, source `"connect"`)."""
    return detect_event_source(event) == "connect"


def is_ses_event(event: object) -> TypeIs[SESEventDict]:
    """Whether `event` is a `SESEventDict` (Amazon SES email receiving, source `"ses"`)."""
    return detect_event_source(event) == "ses"


def is_workmail_event(event: object) -> TypeIs[WorkMailEventDict]:
    """Whether `event` is a `WorkMailEventDict` (Amazon WorkMail email flow rules, source `"workmail"`)."""
    return detect_event_source(event) == "workmail"


def is_sagemaker_ground_truth_pre_annotation_event(event: object) -> TypeIs[GroundTruthPreAnnotationEventDict]:
    """Whether `event` is a `GroundTruthPreAnnotationEventDict` (Amazon SageMaker Ground Truth custom labeling, source `"sagemaker_ground_truth_pre_annotation"`)."""
    return detect_event_source(event) == "sagemaker_ground_truth_pre_annotation"


def is_sagemaker_ground_truth_consolidation_event(event: object) -> TypeIs[GroundTruthConsolidationEventDict]:
    """Whether `event` is a `GroundTruthConsolidationEventDict` (Amazon SageMaker Ground Truth custom labeling, source `"sagemaker_ground_truth_consolidation"`)."""
    return detect_event_source(event) == "sagemaker_ground_truth_consolidation"


# --- end generated guards ---
