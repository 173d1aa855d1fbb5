"""Every AWS Lambda event and response as a TypedDict, with thin runtime helpers.

Annotate a handler with the event's type and keep working on the plain `dict` Lambda hands you:

    from lambda_events import SQSEventDict, SQSBatchResponseDict

    def handler(event: SQSEventDict, context: object) -> SQSBatchResponseDict:
        ...

Importing this package creates none of the types: each name is loaded from its source's module the first
time it is used (PEP 562), so a cold start pays only for the sources the function touches. Type checkers
and editors read `__init__.pyi`, which imports every name statically. This file stays small so that a
deployment package shipped without `__pycache__` compiles little at a cold start.
"""

# --- begin generated name table (scripts/generate_exports.py) ---
_NAMES_BY_MODULE = (
    ("helpers.amazon_mq", "decode_mq_data decode_mq_json decode_mq_text"),
    ("helpers.arn", "APIGatewayRouteArn ARN parse_api_gateway_route_arn parse_arn"),
    ("helpers.authorizer_responses", "APIGatewayAuthorizerResponse APIGatewayAuthorizerResponseV2 AppSyncAuthorizerResponse DENY_ALL_RESPONSE HttpVerb"),
    ("helpers.aws_config", "decode_config_invoking_event decode_config_rule_parameters"),
    ("helpers.batch_responses", "dynamodb_batch_response dynamodb_batch_response_from_records kinesis_batch_response kinesis_batch_response_from_records sqs_batch_response sqs_batch_response_from_records"),
    ("helpers.bedrock_agent_responses", "bedrock_agent_api_response bedrock_agent_function_response"),
    ("helpers.cloudformation_responses", "CLOUDFORMATION_RESPONSE_MAX_BYTES CloudFormationResponseError cloudformation_response send_cloudformation_response"),
    ("helpers.cloudwatch_logs", "DEFAULT_MAX_DECOMPRESSED_SIZE decode_cloudwatch_logs extract_cloudwatch_logs_from_firehose_record extract_cloudwatch_logs_from_kinesis_event extract_cloudwatch_logs_from_kinesis_record"),
    ("helpers.codepipeline", "decode_codepipeline_user_parameters"),
    ("helpers.codepipeline_artifacts", "get_codepipeline_artifact put_codepipeline_artifact"),
    ("helpers.detection", "EVENT_SOURCE_TYPE_NAMES EventSource detect_event_source is_alb_event is_amazon_mq_activemq_event is_amazon_mq_rabbitmq_event is_api_gateway_authorizer_request_event is_api_gateway_authorizer_token_event is_api_gateway_authorizer_v2_event is_api_gateway_authorizer_websocket_event is_api_gateway_event is_api_gateway_v2_event is_api_gateway_websocket_event is_appsync_authorizer_event is_appsync_batch_resolver_event is_appsync_events_event is_appsync_resolver_event is_appsync_resolver_template_event is_aws_config_event is_bedrock_agent_event is_cloudformation_event is_cloudfront_request_event is_cloudfront_response_event is_cloudwatch_alarm_event is_cloudwatch_dashboard_event is_cloudwatch_logs_event is_codedeploy_event is_codepipeline_event is_cognito_create_auth_challenge_event is_cognito_custom_email_sender_event is_cognito_custom_message_event is_cognito_custom_sms_sender_event is_cognito_define_auth_challenge_event is_cognito_post_authentication_event is_cognito_post_confirmation_event is_cognito_pre_authentication_event is_cognito_pre_sign_up_event is_cognito_pre_token_generation_client_credentials_event is_cognito_pre_token_generation_event is_cognito_pre_token_generation_v2_event is_cognito_user_migration_event is_cognito_verify_auth_challenge_response_event is_connect_event is_documentdb_event is_dynamodb_event is_dynamodb_time_window_event is_eventbridge_event is_eventbridge_scheduled_event is_iot_registry_event is_kafka_event is_kinesis_event is_kinesis_firehose_event is_kinesis_time_window_event is_lambda_function_url_event is_lex_v2_event is_s3_batch_operation_event is_s3_event is_s3_eventbridge_event is_s3_object_lambda_event is_secrets_manager_event is_ses_event is_sns_event is_sqs_event is_transfer_family_event is_vpc_lattice_event is_vpc_lattice_v2_event"),
    ("helpers.dynamodb", "deserialize_dynamodb_image deserialize_dynamodb_value serialize_dynamodb_item serialize_dynamodb_value"),
    ("helpers.errors", "EventDecodeError"),
    ("helpers.firehose", "decode_firehose_data decode_firehose_json decode_firehose_text"),
    ("helpers.firehose_responses", "KinesisFirehoseDataTransformationRecord KinesisFirehoseDataTransformationResponse base64_from_bytes base64_from_json base64_from_str"),
    ("helpers.http", "decode_body decode_json_body decode_text_body get_cookies get_header get_multi_value_header get_multi_value_query_parameter get_query_parameter"),
    ("helpers.http_responses", "HttpResponseBody alb_response api_gateway_proxy_response api_gateway_proxy_response_v2 binary_body json_body lambda_function_url_response text_body vpc_lattice_response"),
    ("helpers.kafka", "decode_kafka_headers decode_kafka_json decode_kafka_key decode_kafka_text decode_kafka_value"),
    ("helpers.kinesis", "decode_kinesis_data decode_kinesis_json decode_kinesis_text"),
    ("helpers.redaction", "SENSITIVE redact"),
    ("helpers.s3", "s3_object_key"),
    ("helpers.s3_batch_responses", "S3BatchOperationResponse S3BatchOperationResponseRecord"),
    ("helpers.sns", "decode_sns_json decode_sns_s3_event"),
    ("helpers.sqs", "decode_sqs_json decode_sqs_s3_event decode_sqs_sns_message decode_sqs_sns_s3_event"),
    ("helpers.validation", "EventValidationError ValidationProblem assert_valid_event find_event_problems"),
    ("types.alb", "ALBElbContextDict ALBEventDict ALBHandler ALBMultiValueEventDict ALBRequestContextDict ALBResponseDict ALBSingleValueEventDict"),
    ("types.amazon_mq", "ActiveMQDestinationDict ActiveMQEventDict ActiveMQHandler ActiveMQMessageDict RabbitMQBasicPropertiesDict RabbitMQEventDict RabbitMQHandler RabbitMQLongStringDict RabbitMQMessageDict"),
    ("types.api_gateway", "APIGatewayClientCertDict APIGatewayClientCertValidityDict APIGatewayCognitoAuthorizerContextDict APIGatewayHTTPMethod APIGatewayLambdaAuthorizerContextDict APIGatewayProxyEventDict APIGatewayProxyHandler APIGatewayProxyRequestContextDict APIGatewayProxyResponseDict APIGatewayRequestIdentityDict"),
    ("types.api_gateway_authorizer", "APIGatewayAuthorizerEventV2Dict APIGatewayAuthorizerPolicyDocumentDict APIGatewayAuthorizerPolicyStatementDict APIGatewayAuthorizerRequestContextDict APIGatewayAuthorizerRequestEventDict APIGatewayAuthorizerRequestHandler APIGatewayAuthorizerRequestIdentityDict APIGatewayAuthorizerResponseDict APIGatewayAuthorizerResponseV2Dict APIGatewayAuthorizerTokenEventDict APIGatewayAuthorizerTokenHandler APIGatewayAuthorizerV2Handler APIGatewayAuthorizerWebSocketEventDict APIGatewayAuthorizerWebSocketHandler"),
    ("types.api_gateway_v2", "APIGatewayProxyEventV2Dict APIGatewayProxyEventV2RequestContextDict APIGatewayProxyResponseV2Dict APIGatewayProxyV2Handler APIGatewayV2AuthenticationDict APIGatewayV2AuthorizerDict APIGatewayV2ClientCertDict APIGatewayV2ClientCertValidityDict APIGatewayV2CognitoIdentityDict APIGatewayV2HTTPDict APIGatewayV2IAMAuthorizerDict APIGatewayV2IAMDict APIGatewayV2JWTAuthorizerDict APIGatewayV2JWTDict APIGatewayV2LambdaAuthorizerDict"),
    ("types.api_gateway_websocket", "APIGatewayWebSocketEventDict APIGatewayWebSocketHandler APIGatewayWebSocketIdentityDict APIGatewayWebSocketRequestContextDict"),
    ("types.appsync", "AppSyncAuthorizerEventDict AppSyncAuthorizerHandler AppSyncAuthorizerRequestContextDict AppSyncAuthorizerResponseDict AppSyncBatchResolverEventDict AppSyncBatchResolverHandler AppSyncIdentityCognitoDict AppSyncIdentityDict AppSyncIdentityIAMDict AppSyncIdentityLambdaDict AppSyncIdentityOIDCDict AppSyncInfoDict AppSyncPrevDict AppSyncRequestDict AppSyncResolverEventDict AppSyncResolverHandler AppSyncResolverTemplateEventDict AppSyncResolverTemplateHandler"),
    ("types.appsync_events", "AppSyncEventsChannelDict AppSyncEventsChannelNamespaceDict AppSyncEventsEventDict AppSyncEventsHandler AppSyncEventsIdentityDict AppSyncEventsIdentityLambdaDict AppSyncEventsInfoDict AppSyncEventsOutgoingEventDict AppSyncEventsPublishedEventDict AppSyncEventsRequestDict AppSyncEventsResponseDict"),
    ("types.aws_config", "AWSConfigChangeType AWSConfigChangedPropertyDict AWSConfigConfigurationItemChangeNotificationDict AWSConfigConfigurationItemDict AWSConfigConfigurationItemDiffDict AWSConfigConfigurationItemStatus AWSConfigConfigurationItemSummaryDict AWSConfigInvokingEventDict AWSConfigOversizedConfigurationItemChangeNotificationDict AWSConfigRelationshipDict AWSConfigRuleEventDict AWSConfigRuleHandler AWSConfigScheduledNotificationDict"),
    ("types.bedrock_agent", "BedrockAgentApiEventDict BedrockAgentApiResponseDict BedrockAgentApiResultDict BedrockAgentBodyDict BedrockAgentEventDict BedrockAgentFunctionEventDict BedrockAgentFunctionResponseBodyDict BedrockAgentFunctionResponseDict BedrockAgentFunctionResultDict BedrockAgentHandler BedrockAgentInfoDict BedrockAgentKnowledgeBaseConfigurationDict BedrockAgentParameterDict BedrockAgentRequestBodyContentDict BedrockAgentRequestBodyDict BedrockAgentResponseDict BedrockAgentRetrievalConfigurationDict BedrockAgentVectorSearchConfigurationDict"),
    ("types.cloudformation", "CloudFormationCustomResourceCreateEventDict CloudFormationCustomResourceDeleteEventDict CloudFormationCustomResourceEventDict CloudFormationCustomResourceHandler CloudFormationCustomResourceResponseDict CloudFormationCustomResourceUpdateEventDict"),
    ("types.cloudfront", "CloudFrontConfigDict CloudFrontCustomOriginDict CloudFrontGeneratedResponseDict CloudFrontHeaderDict CloudFrontHeadersDict CloudFrontOriginDict CloudFrontRequestBodyDict CloudFrontRequestDict CloudFrontRequestEventDict CloudFrontRequestHandler CloudFrontRequestRecordDict CloudFrontRequestRecordEntityDict CloudFrontRequestResultDict CloudFrontResponseConfigDict CloudFrontResponseDict CloudFrontResponseEventDict CloudFrontResponseHandler CloudFrontResponseRecordDict CloudFrontResponseRecordEntityDict CloudFrontResponseResultDict CloudFrontS3OriginDict"),
    ("types.cloudwatch_alarm", "CloudWatchAlarmActionsSuppressedBy CloudWatchAlarmCompositeConfigurationDict CloudWatchAlarmCompositeReasonDataDict CloudWatchAlarmConfigurationDict CloudWatchAlarmDataDict CloudWatchAlarmEvaluatedDatapointDict CloudWatchAlarmEventDict CloudWatchAlarmHandler CloudWatchAlarmMetricConfigurationDict CloudWatchAlarmMetricDataQueryDict CloudWatchAlarmMetricDict CloudWatchAlarmMetricReasonDataDict CloudWatchAlarmMetricStatDict CloudWatchAlarmStateDict CloudWatchAlarmStateValue CloudWatchAlarmTriggeringAlarmDict CloudWatchAlarmTriggeringAlarmStateDict"),
    ("types.cloudwatch_dashboard", "CloudWatchDashboardCustomWidgetEventDict CloudWatchDashboardCustomWidgetHandler CloudWatchWidgetContextDict CloudWatchWidgetFormsDict CloudWatchWidgetTimeRangeDict CloudWatchWidgetTimeZoneDict CloudWatchWidgetZoomDict"),
    ("types.cloudwatch_logs", "CloudWatchLogsDataDict CloudWatchLogsDecodedDataDict CloudWatchLogsEventDict CloudWatchLogsHandler CloudWatchLogsLogEventDict"),
    ("types.codedeploy", "CodeDeployLifecycleHookEventDict CodeDeployLifecycleHookHandler"),
    ("types.codepipeline", "CodePipelineActionConfigurationDict CodePipelineArtifactCredentialsDict CodePipelineArtifactDict CodePipelineArtifactLocationDict CodePipelineConfigurationDict CodePipelineEncryptionKeyDict CodePipelineJobDataDict CodePipelineJobDict CodePipelineJobEventDict CodePipelineJobHandler CodePipelineS3LocationDict"),
    ("types.cognito", "CognitoCallerContextDict CognitoChallengeName CognitoChallengeResultDict CognitoCreateAuthChallengeHandler CognitoCustomEmailSenderHandler CognitoCustomMessageHandler CognitoCustomSMSSenderHandler CognitoDefineAuthChallengeHandler CognitoEmptyResponseDict CognitoGroupConfigurationDict CognitoGroupOverrideDetailsDict CognitoPostAuthenticationHandler CognitoPostConfirmationHandler CognitoPreAuthenticationHandler CognitoPreSignUpHandler CognitoPreTokenGenerationClientCredentialsHandler CognitoPreTokenGenerationHandler CognitoPreTokenGenerationV2Handler CognitoSenderCallerContextDict CognitoUserMigrationHandler CognitoUserPoolTriggerEventDict CognitoUserPoolTriggerHandler CognitoVerifyAuthChallengeResponseHandler CreateAuthChallengeRequestDict CreateAuthChallengeResponseDict CreateAuthChallengeTriggerEventDict CustomEmailSenderRequestDict CustomEmailSenderTriggerEventDict CustomMessageRequestDict CustomMessageResponseDict CustomMessageTriggerEventDict CustomSMSSenderRequestDict CustomSMSSenderTriggerEventDict DefineAuthChallengeRequestDict DefineAuthChallengeResponseDict DefineAuthChallengeTriggerEventDict PostAuthenticationRequestDict PostAuthenticationTriggerEventDict PostConfirmationRequestDict PostConfirmationTriggerEventDict PreAuthenticationRequestDict PreAuthenticationTriggerEventDict PreSignUpRequestDict PreSignUpResponseDict PreSignUpTriggerEventDict PreTokenGenerationAccessTokenDict PreTokenGenerationClaimsAndScopeOverrideDict PreTokenGenerationClaimsOverrideDict PreTokenGenerationClientCredentialsRequestDict PreTokenGenerationClientCredentialsTriggerEventDict PreTokenGenerationIdTokenDict PreTokenGenerationRequestDict PreTokenGenerationResponseDict PreTokenGenerationTriggerEventDict PreTokenGenerationV2RequestDict PreTokenGenerationV2ResponseDict PreTokenGenerationV2TriggerEventDict UserMigrationRequestDict UserMigrationResponseDict UserMigrationTriggerEventDict VerifyAuthChallengeResponseRequestDict VerifyAuthChallengeResponseResponseDict VerifyAuthChallengeResponseTriggerEventDict"),
    ("types.connect", "ConnectAudioStreamDict ConnectChannel ConnectContactDataDict ConnectContactFlowDetailsDict ConnectContactFlowEventDict ConnectContactFlowHandler ConnectCustomerMediaStreamsDict ConnectEndpointDict ConnectInitiationMethod ConnectMediaStreamsDict ConnectQueueDict ConnectReferenceDict"),
    ("types.context", "LambdaClientContext LambdaClientContextClient LambdaCognitoIdentity LambdaContext"),
    ("types.documentdb", "DocumentDBChangeEventDict DocumentDBClusterTimeDict DocumentDBEventDict DocumentDBEventRecordDict DocumentDBHandler DocumentDBNamespaceDict DocumentDBResumeTokenDict DocumentDBTimestampDict DocumentDBTruncatedArrayDict DocumentDBUpdateDescriptionDict"),
    ("types.dynamodb", "AttributeValueBDict AttributeValueBOOLDict AttributeValueBSDict AttributeValueDict AttributeValueLDict AttributeValueMDict AttributeValueNDict AttributeValueNSDict AttributeValueNULLDict AttributeValueSDict AttributeValueSSDict DynamoDBKinesisChangeRecordDict DynamoDBKinesisChangeRecordPayloadDict DynamoDBStreamBatchItemFailureDict DynamoDBStreamBatchResponseDict DynamoDBStreamEventDict DynamoDBStreamHandler DynamoDBStreamInsertPayloadDict DynamoDBStreamInsertRecordDict DynamoDBStreamModifyPayloadDict DynamoDBStreamModifyRecordDict DynamoDBStreamRecordDict DynamoDBStreamRecordPayloadDict DynamoDBStreamRemovePayloadDict DynamoDBStreamRemoveRecordDict DynamoDBStreamTimeWindowDict DynamoDBStreamTimeWindowEventDict DynamoDBStreamTimeWindowHandler DynamoDBStreamTimeWindowResponseDict DynamoDBUserIdentityDict"),
    ("types.eventbridge", "EventBridgeEventDict EventBridgeHandler ScheduledEventDetailDict ScheduledEventDict ScheduledEventHandler"),
    ("types.iot_registry", "IoTRegistryEventDict IoTRegistryGroupArnIdDict IoTRegistryHandler IoTRegistryPropagatingAttributeDict IoTRegistryThingEventDict IoTRegistryThingGroupEventDict IoTRegistryThingGroupHierarchyEventDict IoTRegistryThingGroupMembershipEventDict IoTRegistryThingTypeAssociationEventDict IoTRegistryThingTypeEventDict"),
    ("types.kafka", "KafkaEventDict KafkaHandler KafkaRecordDict KafkaSchemaMetadataDict"),
    ("types.kinesis", "KinesisStreamBatchItemFailureDict KinesisStreamBatchResponseDict KinesisStreamEventDict KinesisStreamHandler KinesisStreamRecordDict KinesisStreamRecordPayloadDict KinesisStreamTimeWindowDict KinesisStreamTimeWindowEventDict KinesisStreamTimeWindowHandler KinesisStreamTimeWindowResponseDict"),
    ("types.kinesis_firehose", "KinesisFirehoseEventDict KinesisFirehoseHandler KinesisFirehoseRecordDict KinesisFirehoseRecordMetadataDict KinesisFirehoseTransformationMetadataDict KinesisFirehoseTransformationRecordDict KinesisFirehoseTransformationResponseDict"),
    ("types.lambda_function_url", "LambdaFunctionUrlAuthorizerDict LambdaFunctionUrlCognitoIdentityDict LambdaFunctionUrlEventDict LambdaFunctionUrlHTTPDict LambdaFunctionUrlHandler LambdaFunctionUrlIAMDict LambdaFunctionUrlRequestContextDict LambdaFunctionUrlResponseDict"),
    ("types.lex_v2", "LexV2ActiveContextDict LexV2ActiveContextTimeToLiveDict LexV2BotDict LexV2ButtonDict LexV2DialogActionDict LexV2DialogActionType LexV2EventDict LexV2Handler LexV2ImageResponseCardDict LexV2IntentDict LexV2InterpretationDict LexV2MessageDict LexV2PromptDict LexV2ProposedNextStateDict LexV2ResolvedContextDict LexV2ResponseDict LexV2RuntimeHintValueDict LexV2RuntimeHintsDict LexV2ScalarSlotDict LexV2SentimentResponseDict LexV2SentimentScoreDict LexV2SessionStateDict LexV2SlotDict LexV2SlotHintDict LexV2SlotValueDict LexV2SubSlotDict LexV2TranscriptionDict LexV2TranscriptionScalarSlotDict LexV2TranscriptionSlotDict LexV2TranscriptionSlotValueDict"),
    ("types.s3", "S3BucketDict S3EntityDict S3EventDict S3EventName S3EventRecordDict S3GlacierEventDataDict S3Handler S3IntelligentTieringEventDataDict S3LifecycleEventDataDict S3ObjectDict S3ReplicationEventDataDict S3RequestParametersDict S3ResponseElementsDict S3RestoreEventDataDict S3TestEventDict S3TransitionEventDataDict S3UserIdentityDict"),
    ("types.s3_batch_operation", "S3BatchOperationEventDict S3BatchOperationHandler S3BatchOperationJobDict S3BatchOperationJobV2Dict S3BatchOperationResponseDict S3BatchOperationResultCode S3BatchOperationResultDict S3BatchOperationTaskDict S3BatchOperationTaskV2Dict S3BatchOperationV1EventDict S3BatchOperationV2EventDict"),
    ("types.s3_eventbridge", "S3EventBridgeBucketDict S3EventBridgeDetailType S3EventBridgeNotificationDetailDict S3EventBridgeNotificationEventDict S3EventBridgeNotificationHandler S3EventBridgeObjectDict"),
    ("types.s3_object_lambda", "S3ObjectLambdaConfigurationDict S3ObjectLambdaEventDict S3ObjectLambdaGetObjectContextDict S3ObjectLambdaGetObjectEventDict S3ObjectLambdaHandler S3ObjectLambdaHeadObjectContextDict S3ObjectLambdaHeadObjectEventDict S3ObjectLambdaListObjectsContextDict S3ObjectLambdaListObjectsEventDict S3ObjectLambdaListObjectsV2ContextDict S3ObjectLambdaListObjectsV2EventDict S3ObjectLambdaSessionAttributesDict S3ObjectLambdaSessionContextDict S3ObjectLambdaSessionIssuerDict S3ObjectLambdaUserIdentityDict S3ObjectLambdaUserIdentityType S3ObjectLambdaUserRequestDict"),
    ("types.secrets_manager", "SecretsManagerEventDict SecretsManagerHandler SecretsManagerRotationStep"),
    ("types.ses", "SESBounceActionDict SESCommonHeadersDict SESEventDict SESEventRecordDict SESHandler SESLambdaActionDict SESLambdaResponseDict SESMailDict SESMailHeaderDict SESMessageDict SESReceiptActionDict SESReceiptDict SESReceivedNotificationDict SESS3ActionDict SESSNSActionDict SESStopActionDict SESVerdictDict SESWorkMailActionDict"),
    ("types.sns", "SNSEventDict SNSHandler SNSMessageAttributeDict SNSMessageDict SNSNotificationDict SNSRecordDict"),
    ("types.sqs", "SQSAttributesDict SQSBatchItemFailureDict SQSBatchResponseDict SQSEventDict SQSHandler SQSMessageAttributeDict SQSRecordDict"),
    ("types.transfer_family", "TransferFamilyAuthorizerEventDict TransferFamilyAuthorizerHandler TransferFamilyAuthorizerResponseDict TransferFamilyPosixProfileDict"),
    ("types.vpc_lattice", "VPCLatticeEventDict VPCLatticeEventV2Dict VPCLatticeHandler VPCLatticeIdentityV2Dict VPCLatticeRequestContextV2Dict VPCLatticeResponseDict VPCLatticeV2Handler"),
)
# --- end generated name table ---

_module_of: dict[str, str] = {}


def _public_names() -> dict[str, str]:
    """Every public name mapped to the dotted name of its module, built from the table on first use."""
    if not _module_of:
        for module, names in _NAMES_BY_MODULE:
            for name in names.split():
                _module_of[name] = "lambda_events." + module
    return _module_of


def __getattr__(name: str) -> object:
    """Import the module that defines `name`, cache the value here, and return it. `__all__` is computed."""
    if name == "__all__":
        return sorted(_public_names())
    module_name = _public_names().get(name)
    if module_name is None:
        raise AttributeError(f"module 'lambda_events' has no attribute {name!r}")
    value: object = getattr(__import__(module_name, fromlist=[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """List the loaded attributes and every public name, loaded or not."""
    return sorted(set(globals()) | set(_public_names()))
