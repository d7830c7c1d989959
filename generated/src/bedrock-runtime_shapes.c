/*
 * bedrock_runtime_shapes.c - shape descriptors of Bedrock Runtime.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/bedrock-runtime.h>
#include <awsc/shape.h>

/* List and map types all share the layouts of awsc_list_view and
 * awsc_map_view, which the codecs rely on. */
_Static_assert(offsetof(struct awsc_bedrock_runtime_async_invoke_summaries, count) == offsetof(struct awsc_list_view, count), "AsyncInvokeSummaries");
_Static_assert(offsetof(struct awsc_bedrock_runtime_cache_details_list, count) == offsetof(struct awsc_list_view, count), "CacheDetailsList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_citation_generated_content_list, count) == offsetof(struct awsc_list_view, count), "CitationGeneratedContentList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_citation_source_content_list, count) == offsetof(struct awsc_list_view, count), "CitationSourceContentList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_citation_source_content_list_delta, count) == offsetof(struct awsc_list_view, count), "CitationSourceContentListDelta");
_Static_assert(offsetof(struct awsc_bedrock_runtime_citations, count) == offsetof(struct awsc_list_view, count), "Citations");
_Static_assert(offsetof(struct awsc_bedrock_runtime_content_blocks, count) == offsetof(struct awsc_list_view, count), "ContentBlocks");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_origin_list, count) == offsetof(struct awsc_list_view, count), "GuardrailOriginList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_document_content_blocks, count) == offsetof(struct awsc_list_view, count), "DocumentContentBlocks");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_assessment_list, count) == offsetof(struct awsc_list_view, count), "GuardrailAssessmentList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_difference_scenario_list, count) == offsetof(struct awsc_list_view, count), "GuardrailAutomatedReasoningDifferenceScenarioList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding_list, count) == offsetof(struct awsc_list_view, count), "GuardrailAutomatedReasoningFindingList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_input_text_reference_list, count) == offsetof(struct awsc_list_view, count), "GuardrailAutomatedReasoningInputTextReferenceList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_rule_list, count) == offsetof(struct awsc_list_view, count), "GuardrailAutomatedReasoningRuleList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_statement_list, count) == offsetof(struct awsc_list_view, count), "GuardrailAutomatedReasoningStatementList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_list, count) == offsetof(struct awsc_list_view, count), "GuardrailAutomatedReasoningTranslationList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_option_list, count) == offsetof(struct awsc_list_view, count), "GuardrailAutomatedReasoningTranslationOptionList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_block_list, count) == offsetof(struct awsc_list_view, count), "GuardrailChecksContentBlockList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_category_config_list, count) == offsetof(struct awsc_list_view, count), "GuardrailChecksContentFilterCategoryConfigList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_result_list, count) == offsetof(struct awsc_list_view, count), "GuardrailChecksContentFilterResultList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_checks_message_list, count) == offsetof(struct awsc_list_view, count), "GuardrailChecksMessageList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_config_list, count) == offsetof(struct awsc_list_view, count), "GuardrailChecksPromptAttackCategoryConfigList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result_list, count) == offsetof(struct awsc_list_view, count), "GuardrailChecksPromptAttackResultList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_config_list, count) == offsetof(struct awsc_list_view, count), "GuardrailChecksSensitiveInformationEntityConfigList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_list, count) == offsetof(struct awsc_list_view, count), "GuardrailChecksSensitiveInformationResultList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_content_block_list, count) == offsetof(struct awsc_list_view, count), "GuardrailContentBlockList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_content_filter_list, count) == offsetof(struct awsc_list_view, count), "GuardrailContentFilterList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filters, count) == offsetof(struct awsc_list_view, count), "GuardrailContextualGroundingFilters");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_custom_word_list, count) == offsetof(struct awsc_list_view, count), "GuardrailCustomWordList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_managed_word_list, count) == offsetof(struct awsc_list_view, count), "GuardrailManagedWordList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_output_content_list, count) == offsetof(struct awsc_list_view, count), "GuardrailOutputContentList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_pii_entity_filter_list, count) == offsetof(struct awsc_list_view, count), "GuardrailPiiEntityFilterList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_regex_filter_list, count) == offsetof(struct awsc_list_view, count), "GuardrailRegexFilterList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_topic_list, count) == offsetof(struct awsc_list_view, count), "GuardrailTopicList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_messages, count) == offsetof(struct awsc_list_view, count), "Messages");
_Static_assert(offsetof(struct awsc_bedrock_runtime_search_result_content_blocks, count) == offsetof(struct awsc_list_view, count), "SearchResultContentBlocks");
_Static_assert(offsetof(struct awsc_bedrock_runtime_system_content_blocks, count) == offsetof(struct awsc_list_view, count), "SystemContentBlocks");
_Static_assert(offsetof(struct awsc_bedrock_runtime_tag_list, count) == offsetof(struct awsc_list_view, count), "TagList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_tool_configuration_tools_list, count) == offsetof(struct awsc_list_view, count), "ToolConfigurationToolsList");
_Static_assert(offsetof(struct awsc_bedrock_runtime_tool_result_blocks_delta, count) == offsetof(struct awsc_list_view, count), "ToolResultBlocksDelta");
_Static_assert(offsetof(struct awsc_bedrock_runtime_tool_result_content_blocks, count) == offsetof(struct awsc_list_view, count), "ToolResultContentBlocks");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_assessment_list_map, count) == offsetof(struct awsc_map_view, count), "GuardrailAssessmentListMap");
_Static_assert(offsetof(struct awsc_bedrock_runtime_guardrail_assessment_map, count) == offsetof(struct awsc_map_view, count), "GuardrailAssessmentMap");
_Static_assert(offsetof(struct awsc_bedrock_runtime_prompt_variable_map, count) == offsetof(struct awsc_map_view, count), "PromptVariableMap");
_Static_assert(offsetof(struct awsc_bedrock_runtime_request_metadata, count) == offsetof(struct awsc_map_view, count), "RequestMetadata");

extern const struct awsc_shape awsc__bedrock_runtime_AccessDeniedException;
static const struct awsc_shape s_AccountId;
static const struct awsc_shape s_AnyToolChoice;
static const struct awsc_shape s_AppliedGuardrailDetails;
extern const struct awsc_shape awsc__bedrock_runtime_ApplyGuardrailRequest;
extern const struct awsc_shape awsc__bedrock_runtime_ApplyGuardrailResponse;
static const struct awsc_shape s_AsyncInvokeArn;
static const struct awsc_shape s_AsyncInvokeIdempotencyToken;
static const struct awsc_shape s_AsyncInvokeIdentifier;
static const struct awsc_shape s_AsyncInvokeMessage;
static const struct awsc_shape s_AsyncInvokeOutputDataConfig;
static const struct awsc_shape s_AsyncInvokeS3OutputDataConfig;
static const struct awsc_shape s_AsyncInvokeStatus;
static const struct awsc_shape s_AsyncInvokeSummaries;
static const struct awsc_shape s_AsyncInvokeSummary;
static const struct awsc_shape s_AudioBlock;
static const struct awsc_shape s_AudioFormat;
static const struct awsc_shape s_AudioSource;
static const struct awsc_shape s_AudioSourceBytesBlob;
static const struct awsc_shape s_AutoToolChoice;
static const struct awsc_shape s_AutomatedReasoningRuleIdentifier;
static const struct awsc_shape s_BidirectionalInputPayloadPart;
static const struct awsc_shape s_BidirectionalOutputPayloadPart;
static const struct awsc_shape s_Blob;
static const struct awsc_shape s_Body;
static const struct awsc_shape s_Boolean;
static const struct awsc_shape s_CacheDetail;
static const struct awsc_shape s_CacheDetailInputTokensInteger;
static const struct awsc_shape s_CacheDetailsList;
static const struct awsc_shape s_CachePointBlock;
static const struct awsc_shape s_CachePointType;
static const struct awsc_shape s_CacheTTL;
static const struct awsc_shape s_Citation;
static const struct awsc_shape s_CitationGeneratedContent;
static const struct awsc_shape s_CitationGeneratedContentList;
static const struct awsc_shape s_CitationLocation;
static const struct awsc_shape s_CitationSourceContent;
static const struct awsc_shape s_CitationSourceContentDelta;
static const struct awsc_shape s_CitationSourceContentList;
static const struct awsc_shape s_CitationSourceContentListDelta;
static const struct awsc_shape s_Citations;
static const struct awsc_shape s_CitationsConfig;
static const struct awsc_shape s_CitationsContentBlock;
static const struct awsc_shape s_CitationsDelta;
extern const struct awsc_shape awsc__bedrock_runtime_ConflictException;
static const struct awsc_shape s_ContentBlock;
static const struct awsc_shape s_ContentBlockDelta;
static const struct awsc_shape s_ContentBlockDeltaEvent;
static const struct awsc_shape s_ContentBlockStart;
static const struct awsc_shape s_ContentBlockStartEvent;
static const struct awsc_shape s_ContentBlockStopEvent;
static const struct awsc_shape s_ContentBlocks;
static const struct awsc_shape s_ConversationRole;
static const struct awsc_shape s_ConversationalModelId;
static const struct awsc_shape s_ConverseMetrics;
static const struct awsc_shape s_ConverseOutput;
extern const struct awsc_shape awsc__bedrock_runtime_ConverseRequest;
static const struct awsc_shape s_ConverseRequestAdditionalModelResponseFieldPathsList;
static const struct awsc_shape s_ConverseRequestAdditionalModelResponseFieldPathsListMemberString;
extern const struct awsc_shape awsc__bedrock_runtime_ConverseResponse;
static const struct awsc_shape s_ConverseStreamMetadataEvent;
static const struct awsc_shape s_ConverseStreamMetrics;
static const struct awsc_shape s_ConverseStreamOutput;
extern const struct awsc_shape awsc__bedrock_runtime_ConverseStreamRequest;
static const struct awsc_shape s_ConverseStreamRequestAdditionalModelResponseFieldPathsList;
static const struct awsc_shape s_ConverseStreamRequestAdditionalModelResponseFieldPathsListMemberString;
extern const struct awsc_shape awsc__bedrock_runtime_ConverseStreamResponse;
static const struct awsc_shape s_ConverseStreamTrace;
static const struct awsc_shape s_ConverseTokensRequest;
static const struct awsc_shape s_ConverseTrace;
static const struct awsc_shape s_CountTokensInput;
extern const struct awsc_shape awsc__bedrock_runtime_CountTokensRequest;
extern const struct awsc_shape awsc__bedrock_runtime_CountTokensResponse;
static const struct awsc_shape s_Document;
static const struct awsc_shape s_DocumentBlock;
static const struct awsc_shape s_DocumentBlockNameString;
static const struct awsc_shape s_DocumentCharLocation;
static const struct awsc_shape s_DocumentCharLocationDocumentIndexInteger;
static const struct awsc_shape s_DocumentCharLocationEndInteger;
static const struct awsc_shape s_DocumentCharLocationStartInteger;
static const struct awsc_shape s_DocumentChunkLocation;
static const struct awsc_shape s_DocumentChunkLocationDocumentIndexInteger;
static const struct awsc_shape s_DocumentChunkLocationEndInteger;
static const struct awsc_shape s_DocumentChunkLocationStartInteger;
static const struct awsc_shape s_DocumentContentBlock;
static const struct awsc_shape s_DocumentContentBlocks;
static const struct awsc_shape s_DocumentFormat;
static const struct awsc_shape s_DocumentPageLocation;
static const struct awsc_shape s_DocumentPageLocationDocumentIndexInteger;
static const struct awsc_shape s_DocumentPageLocationEndInteger;
static const struct awsc_shape s_DocumentPageLocationStartInteger;
static const struct awsc_shape s_DocumentSource;
static const struct awsc_shape s_DocumentSourceBytesBlob;
static const struct awsc_shape s_ErrorBlock;
static const struct awsc_shape s_FoundationModelVersionIdentifier;
extern const struct awsc_shape awsc__bedrock_runtime_GetAsyncInvokeRequest;
extern const struct awsc_shape awsc__bedrock_runtime_GetAsyncInvokeResponse;
static const struct awsc_shape s_GuardrailAction;
static const struct awsc_shape s_GuardrailArn;
static const struct awsc_shape s_GuardrailAssessment;
static const struct awsc_shape s_GuardrailAssessmentList;
static const struct awsc_shape s_GuardrailAssessmentListMap;
static const struct awsc_shape s_GuardrailAssessmentMap;
static const struct awsc_shape s_GuardrailAutomatedReasoningDifferenceScenarioList;
static const struct awsc_shape s_GuardrailAutomatedReasoningFinding;
static const struct awsc_shape s_GuardrailAutomatedReasoningFindingList;
static const struct awsc_shape s_GuardrailAutomatedReasoningImpossibleFinding;
static const struct awsc_shape s_GuardrailAutomatedReasoningInputTextReference;
static const struct awsc_shape s_GuardrailAutomatedReasoningInputTextReferenceList;
static const struct awsc_shape s_GuardrailAutomatedReasoningInvalidFinding;
static const struct awsc_shape s_GuardrailAutomatedReasoningLogicWarning;
static const struct awsc_shape s_GuardrailAutomatedReasoningLogicWarningType;
static const struct awsc_shape s_GuardrailAutomatedReasoningNoTranslationsFinding;
static const struct awsc_shape s_GuardrailAutomatedReasoningPoliciesProcessed;
static const struct awsc_shape s_GuardrailAutomatedReasoningPolicyAssessment;
static const struct awsc_shape s_GuardrailAutomatedReasoningPolicyUnitsProcessed;
static const struct awsc_shape s_GuardrailAutomatedReasoningPolicyVersionArn;
static const struct awsc_shape s_GuardrailAutomatedReasoningRule;
static const struct awsc_shape s_GuardrailAutomatedReasoningRuleList;
static const struct awsc_shape s_GuardrailAutomatedReasoningSatisfiableFinding;
static const struct awsc_shape s_GuardrailAutomatedReasoningScenario;
static const struct awsc_shape s_GuardrailAutomatedReasoningStatement;
static const struct awsc_shape s_GuardrailAutomatedReasoningStatementList;
static const struct awsc_shape s_GuardrailAutomatedReasoningStatementLogicContent;
static const struct awsc_shape s_GuardrailAutomatedReasoningStatementNaturalLanguageContent;
static const struct awsc_shape s_GuardrailAutomatedReasoningTooComplexFinding;
static const struct awsc_shape s_GuardrailAutomatedReasoningTranslation;
static const struct awsc_shape s_GuardrailAutomatedReasoningTranslationAmbiguousFinding;
static const struct awsc_shape s_GuardrailAutomatedReasoningTranslationConfidence;
static const struct awsc_shape s_GuardrailAutomatedReasoningTranslationList;
static const struct awsc_shape s_GuardrailAutomatedReasoningTranslationOption;
static const struct awsc_shape s_GuardrailAutomatedReasoningTranslationOptionList;
static const struct awsc_shape s_GuardrailAutomatedReasoningValidFinding;
static const struct awsc_shape s_GuardrailChecksConfig;
static const struct awsc_shape s_GuardrailChecksContentBlock;
static const struct awsc_shape s_GuardrailChecksContentBlockList;
static const struct awsc_shape s_GuardrailChecksContentFilterCategory;
static const struct awsc_shape s_GuardrailChecksContentFilterCategoryConfig;
static const struct awsc_shape s_GuardrailChecksContentFilterCategoryConfigList;
static const struct awsc_shape s_GuardrailChecksContentFilterConfig;
static const struct awsc_shape s_GuardrailChecksContentFilterResult;
static const struct awsc_shape s_GuardrailChecksContentFilterResultEntry;
static const struct awsc_shape s_GuardrailChecksContentFilterResultEntrySeverityScoreDouble;
static const struct awsc_shape s_GuardrailChecksContentFilterResultList;
static const struct awsc_shape s_GuardrailChecksContentFilterUsage;
static const struct awsc_shape s_GuardrailChecksMessage;
static const struct awsc_shape s_GuardrailChecksMessageList;
static const struct awsc_shape s_GuardrailChecksPromptAttackCategory;
static const struct awsc_shape s_GuardrailChecksPromptAttackCategoryConfig;
static const struct awsc_shape s_GuardrailChecksPromptAttackCategoryConfigList;
static const struct awsc_shape s_GuardrailChecksPromptAttackConfig;
static const struct awsc_shape s_GuardrailChecksPromptAttackResult;
static const struct awsc_shape s_GuardrailChecksPromptAttackResultEntry;
static const struct awsc_shape s_GuardrailChecksPromptAttackResultEntrySeverityScoreDouble;
static const struct awsc_shape s_GuardrailChecksPromptAttackResultList;
static const struct awsc_shape s_GuardrailChecksPromptAttackUsage;
static const struct awsc_shape s_GuardrailChecksResults;
static const struct awsc_shape s_GuardrailChecksRole;
static const struct awsc_shape s_GuardrailChecksSensitiveInformationConfig;
static const struct awsc_shape s_GuardrailChecksSensitiveInformationEntityConfig;
static const struct awsc_shape s_GuardrailChecksSensitiveInformationEntityConfigList;
static const struct awsc_shape s_GuardrailChecksSensitiveInformationEntityType;
static const struct awsc_shape s_GuardrailChecksSensitiveInformationResult;
static const struct awsc_shape s_GuardrailChecksSensitiveInformationResultEntry;
static const struct awsc_shape s_GuardrailChecksSensitiveInformationResultEntryBeginOffsetInteger;
static const struct awsc_shape s_GuardrailChecksSensitiveInformationResultEntryConfidenceScoreDouble;
static const struct awsc_shape s_GuardrailChecksSensitiveInformationResultEntryContentIndexInteger;
static const struct awsc_shape s_GuardrailChecksSensitiveInformationResultEntryEndOffsetInteger;
static const struct awsc_shape s_GuardrailChecksSensitiveInformationResultEntryMessageIndexInteger;
static const struct awsc_shape s_GuardrailChecksSensitiveInformationResultList;
static const struct awsc_shape s_GuardrailChecksSensitiveInformationUsage;
static const struct awsc_shape s_GuardrailChecksTextContent;
static const struct awsc_shape s_GuardrailChecksUsageResults;
static const struct awsc_shape s_GuardrailConfiguration;
static const struct awsc_shape s_GuardrailContentBlock;
static const struct awsc_shape s_GuardrailContentBlockList;
static const struct awsc_shape s_GuardrailContentFilter;
static const struct awsc_shape s_GuardrailContentFilterConfidence;
static const struct awsc_shape s_GuardrailContentFilterList;
static const struct awsc_shape s_GuardrailContentFilterStrength;
static const struct awsc_shape s_GuardrailContentFilterType;
static const struct awsc_shape s_GuardrailContentPolicyAction;
static const struct awsc_shape s_GuardrailContentPolicyAssessment;
static const struct awsc_shape s_GuardrailContentPolicyImageUnitsProcessed;
static const struct awsc_shape s_GuardrailContentPolicyUnitsProcessed;
static const struct awsc_shape s_GuardrailContentQualifier;
static const struct awsc_shape s_GuardrailContentQualifierList;
static const struct awsc_shape s_GuardrailContentSource;
static const struct awsc_shape s_GuardrailContextualGroundingFilter;
static const struct awsc_shape s_GuardrailContextualGroundingFilterScoreDouble;
static const struct awsc_shape s_GuardrailContextualGroundingFilterThresholdDouble;
static const struct awsc_shape s_GuardrailContextualGroundingFilterType;
static const struct awsc_shape s_GuardrailContextualGroundingFilters;
static const struct awsc_shape s_GuardrailContextualGroundingPolicyAction;
static const struct awsc_shape s_GuardrailContextualGroundingPolicyAssessment;
static const struct awsc_shape s_GuardrailContextualGroundingPolicyUnitsProcessed;
static const struct awsc_shape s_GuardrailConverseContentBlock;
static const struct awsc_shape s_GuardrailConverseContentQualifier;
static const struct awsc_shape s_GuardrailConverseContentQualifierList;
static const struct awsc_shape s_GuardrailConverseImageBlock;
static const struct awsc_shape s_GuardrailConverseImageFormat;
static const struct awsc_shape s_GuardrailConverseImageSource;
static const struct awsc_shape s_GuardrailConverseImageSourceBytesBlob;
static const struct awsc_shape s_GuardrailConverseTextBlock;
static const struct awsc_shape s_GuardrailCoverage;
static const struct awsc_shape s_GuardrailCustomWord;
static const struct awsc_shape s_GuardrailCustomWordList;
static const struct awsc_shape s_GuardrailId;
static const struct awsc_shape s_GuardrailIdentifier;
static const struct awsc_shape s_GuardrailImageBlock;
static const struct awsc_shape s_GuardrailImageCoverage;
static const struct awsc_shape s_GuardrailImageFormat;
static const struct awsc_shape s_GuardrailImageSource;
static const struct awsc_shape s_GuardrailImageSourceBytesBlob;
static const struct awsc_shape s_GuardrailInvocationMetrics;
static const struct awsc_shape s_GuardrailManagedWord;
static const struct awsc_shape s_GuardrailManagedWordList;
static const struct awsc_shape s_GuardrailManagedWordType;
static const struct awsc_shape s_GuardrailOrigin;
static const struct awsc_shape s_GuardrailOriginList;
static const struct awsc_shape s_GuardrailOutputContent;
static const struct awsc_shape s_GuardrailOutputContentList;
static const struct awsc_shape s_GuardrailOutputScope;
static const struct awsc_shape s_GuardrailOutputText;
static const struct awsc_shape s_GuardrailOwnership;
static const struct awsc_shape s_GuardrailPiiEntityFilter;
static const struct awsc_shape s_GuardrailPiiEntityFilterList;
static const struct awsc_shape s_GuardrailPiiEntityType;
static const struct awsc_shape s_GuardrailProcessingLatency;
static const struct awsc_shape s_GuardrailRegexFilter;
static const struct awsc_shape s_GuardrailRegexFilterList;
static const struct awsc_shape s_GuardrailSensitiveInformationPolicyAction;
static const struct awsc_shape s_GuardrailSensitiveInformationPolicyAssessment;
static const struct awsc_shape s_GuardrailSensitiveInformationPolicyFreeUnitsProcessed;
static const struct awsc_shape s_GuardrailSensitiveInformationPolicyUnitsProcessed;
static const struct awsc_shape s_GuardrailStreamConfiguration;
static const struct awsc_shape s_GuardrailStreamProcessingMode;
static const struct awsc_shape s_GuardrailTextBlock;
static const struct awsc_shape s_GuardrailTextCharactersCoverage;
static const struct awsc_shape s_GuardrailTopic;
static const struct awsc_shape s_GuardrailTopicList;
static const struct awsc_shape s_GuardrailTopicPolicyAction;
static const struct awsc_shape s_GuardrailTopicPolicyAssessment;
static const struct awsc_shape s_GuardrailTopicPolicyUnitsProcessed;
static const struct awsc_shape s_GuardrailTopicType;
static const struct awsc_shape s_GuardrailTrace;
static const struct awsc_shape s_GuardrailTraceAssessment;
static const struct awsc_shape s_GuardrailUsage;
static const struct awsc_shape s_GuardrailVersion;
static const struct awsc_shape s_GuardrailWordPolicyAction;
static const struct awsc_shape s_GuardrailWordPolicyAssessment;
static const struct awsc_shape s_GuardrailWordPolicyUnitsProcessed;
static const struct awsc_shape s_ImageBlock;
static const struct awsc_shape s_ImageBlockDelta;
static const struct awsc_shape s_ImageBlockStart;
static const struct awsc_shape s_ImageFormat;
static const struct awsc_shape s_ImageSource;
static const struct awsc_shape s_ImageSourceBytesBlob;
static const struct awsc_shape s_ImagesGuarded;
static const struct awsc_shape s_ImagesTotal;
static const struct awsc_shape s_InferenceConfiguration;
static const struct awsc_shape s_InferenceConfigurationMaxTokensInteger;
static const struct awsc_shape s_InferenceConfigurationStopSequencesList;
static const struct awsc_shape s_InferenceConfigurationTemperatureFloat;
static const struct awsc_shape s_InferenceConfigurationTopPFloat;
static const struct awsc_shape s_Integer;
extern const struct awsc_shape awsc__bedrock_runtime_InternalServerException;
static const struct awsc_shape s_InvocationArn;
extern const struct awsc_shape awsc__bedrock_runtime_InvokeGuardrailChecksRequest;
extern const struct awsc_shape awsc__bedrock_runtime_InvokeGuardrailChecksResponse;
static const struct awsc_shape s_InvokeModelIdentifier;
extern const struct awsc_shape awsc__bedrock_runtime_InvokeModelRequest;
extern const struct awsc_shape awsc__bedrock_runtime_InvokeModelResponse;
static const struct awsc_shape s_InvokeModelTokensRequest;
static const struct awsc_shape s_InvokeModelWithBidirectionalStreamInput;
static const struct awsc_shape s_InvokeModelWithBidirectionalStreamOutput;
extern const struct awsc_shape awsc__bedrock_runtime_InvokeModelWithBidirectionalStreamRequest;
extern const struct awsc_shape awsc__bedrock_runtime_InvokeModelWithBidirectionalStreamResponse;
extern const struct awsc_shape awsc__bedrock_runtime_InvokeModelWithResponseStreamRequest;
extern const struct awsc_shape awsc__bedrock_runtime_InvokeModelWithResponseStreamResponse;
static const struct awsc_shape s_InvokedModelId;
static const struct awsc_shape s_JsonSchemaDefinition;
static const struct awsc_shape s_KmsKeyId;
extern const struct awsc_shape awsc__bedrock_runtime_ListAsyncInvokesRequest;
extern const struct awsc_shape awsc__bedrock_runtime_ListAsyncInvokesResponse;
static const struct awsc_shape s_Long;
static const struct awsc_shape s_MaxResults;
static const struct awsc_shape s_Message;
static const struct awsc_shape s_MessageStartEvent;
static const struct awsc_shape s_MessageStopEvent;
static const struct awsc_shape s_Messages;
static const struct awsc_shape s_MimeType;
extern const struct awsc_shape awsc__bedrock_runtime_ModelErrorException;
static const struct awsc_shape s_ModelInputPayload;
extern const struct awsc_shape awsc__bedrock_runtime_ModelNotReadyException;
static const struct awsc_shape s_ModelOutputs;
extern const struct awsc_shape awsc__bedrock_runtime_ModelStreamErrorException;
extern const struct awsc_shape awsc__bedrock_runtime_ModelTimeoutException;
static const struct awsc_shape s_NonBlankString;
static const struct awsc_shape s_NonEmptyString;
static const struct awsc_shape s_NonNegativeInteger;
static const struct awsc_shape s_OutputConfig;
static const struct awsc_shape s_OutputConfigEffortString;
static const struct awsc_shape s_OutputFormat;
static const struct awsc_shape s_OutputFormatStructure;
static const struct awsc_shape s_OutputFormatType;
static const struct awsc_shape s_PaginationToken;
static const struct awsc_shape s_PartBody;
static const struct awsc_shape s_PayloadPart;
static const struct awsc_shape s_PerformanceConfigLatency;
static const struct awsc_shape s_PerformanceConfiguration;
static const struct awsc_shape s_PromptRouterTrace;
static const struct awsc_shape s_PromptVariableMap;
static const struct awsc_shape s_PromptVariableValues;
static const struct awsc_shape s_ReasoningContentBlock;
static const struct awsc_shape s_ReasoningContentBlockDelta;
static const struct awsc_shape s_ReasoningTextBlock;
static const struct awsc_shape s_RequestMetadata;
static const struct awsc_shape s_RequestMetadataJson;
static const struct awsc_shape s_RequestMetadataKeyString;
static const struct awsc_shape s_RequestMetadataValueString;
extern const struct awsc_shape awsc__bedrock_runtime_ResourceNotFoundException;
static const struct awsc_shape s_ResponseStream;
static const struct awsc_shape s_S3Location;
static const struct awsc_shape s_S3Uri;
static const struct awsc_shape s_SearchResultBlock;
static const struct awsc_shape s_SearchResultContentBlock;
static const struct awsc_shape s_SearchResultContentBlocks;
static const struct awsc_shape s_SearchResultLocation;
static const struct awsc_shape s_SearchResultLocationEndInteger;
static const struct awsc_shape s_SearchResultLocationSearchResultIndexInteger;
static const struct awsc_shape s_SearchResultLocationStartInteger;
extern const struct awsc_shape awsc__bedrock_runtime_ServiceQuotaExceededException;
static const struct awsc_shape s_ServiceTier;
static const struct awsc_shape s_ServiceTierType;
extern const struct awsc_shape awsc__bedrock_runtime_ServiceUnavailableException;
static const struct awsc_shape s_SortAsyncInvocationBy;
static const struct awsc_shape s_SortOrder;
static const struct awsc_shape s_SpecificToolChoice;
extern const struct awsc_shape awsc__bedrock_runtime_StartAsyncInvokeRequest;
extern const struct awsc_shape awsc__bedrock_runtime_StartAsyncInvokeResponse;
static const struct awsc_shape s_StatusCode;
static const struct awsc_shape s_StopReason;
static const struct awsc_shape s_String;
static const struct awsc_shape s_SystemContentBlock;
static const struct awsc_shape s_SystemContentBlocks;
static const struct awsc_shape s_SystemTool;
static const struct awsc_shape s_Tag;
static const struct awsc_shape s_TagKey;
static const struct awsc_shape s_TagList;
static const struct awsc_shape s_TagValue;
static const struct awsc_shape s_TextCharactersGuarded;
static const struct awsc_shape s_TextCharactersTotal;
extern const struct awsc_shape awsc__bedrock_runtime_ThrottlingException;
static const struct awsc_shape s_Timestamp;
static const struct awsc_shape s_TokenUsage;
static const struct awsc_shape s_TokenUsageCacheReadInputTokensInteger;
static const struct awsc_shape s_TokenUsageCacheWriteInputTokensInteger;
static const struct awsc_shape s_TokenUsageInputTokensInteger;
static const struct awsc_shape s_TokenUsageOutputTokensInteger;
static const struct awsc_shape s_TokenUsageTotalTokensInteger;
static const struct awsc_shape s_Tool;
static const struct awsc_shape s_ToolAdditionBlock;
static const struct awsc_shape s_ToolChoice;
static const struct awsc_shape s_ToolConfiguration;
static const struct awsc_shape s_ToolConfigurationToolsList;
static const struct awsc_shape s_ToolInputSchema;
static const struct awsc_shape s_ToolName;
static const struct awsc_shape s_ToolReference;
static const struct awsc_shape s_ToolReferenceNameString;
static const struct awsc_shape s_ToolReferenceServerNameString;
static const struct awsc_shape s_ToolReferenceTypeString;
static const struct awsc_shape s_ToolRemovalBlock;
static const struct awsc_shape s_ToolResultBlock;
static const struct awsc_shape s_ToolResultBlockDelta;
static const struct awsc_shape s_ToolResultBlockStart;
static const struct awsc_shape s_ToolResultBlocksDelta;
static const struct awsc_shape s_ToolResultContentBlock;
static const struct awsc_shape s_ToolResultContentBlocks;
static const struct awsc_shape s_ToolResultStatus;
static const struct awsc_shape s_ToolSpecification;
static const struct awsc_shape s_ToolUseBlock;
static const struct awsc_shape s_ToolUseBlockDelta;
static const struct awsc_shape s_ToolUseBlockStart;
static const struct awsc_shape s_ToolUseId;
static const struct awsc_shape s_ToolUseType;
static const struct awsc_shape s_Trace;
extern const struct awsc_shape awsc__bedrock_runtime_ValidationException;
static const struct awsc_shape s_VideoBlock;
static const struct awsc_shape s_VideoFormat;
static const struct awsc_shape s_VideoSource;
static const struct awsc_shape s_VideoSourceBytesBlob;
static const struct awsc_shape s_WebLocation;

/* one after the other, each ending with its NUL */
static const char s_AsyncInvokeStatus_values[] =
    "InProgress\0"
    "Completed\0"
    "Failed\0";

enum awsc_bedrock_runtime_async_invoke_status awsc_bedrock_runtime_async_invoke_status_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_async_invoke_status)awsc_enum_parse(s_AsyncInvokeStatus_values, 3, value);
}

const char *awsc_bedrock_runtime_async_invoke_status_str(enum awsc_bedrock_runtime_async_invoke_status value)
{
    return awsc_enum_str(s_AsyncInvokeStatus_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_AudioFormat_values[] =
    "mp3\0"
    "opus\0"
    "wav\0"
    "aac\0"
    "flac\0"
    "mp4\0"
    "ogg\0"
    "mkv\0"
    "mka\0"
    "x-aac\0"
    "m4a\0"
    "mpeg\0"
    "mpga\0"
    "pcm\0"
    "webm\0";

enum awsc_bedrock_runtime_audio_format awsc_bedrock_runtime_audio_format_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_audio_format)awsc_enum_parse(s_AudioFormat_values, 15, value);
}

const char *awsc_bedrock_runtime_audio_format_str(enum awsc_bedrock_runtime_audio_format value)
{
    return awsc_enum_str(s_AudioFormat_values, 15, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_CachePointType_values[] =
    "default\0";

enum awsc_bedrock_runtime_cache_point_type awsc_bedrock_runtime_cache_point_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_cache_point_type)awsc_enum_parse(s_CachePointType_values, 1, value);
}

const char *awsc_bedrock_runtime_cache_point_type_str(enum awsc_bedrock_runtime_cache_point_type value)
{
    return awsc_enum_str(s_CachePointType_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_CacheTTL_values[] =
    "5m\0"
    "1h\0";

enum awsc_bedrock_runtime_cache_ttl awsc_bedrock_runtime_cache_ttl_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_cache_ttl)awsc_enum_parse(s_CacheTTL_values, 2, value);
}

const char *awsc_bedrock_runtime_cache_ttl_str(enum awsc_bedrock_runtime_cache_ttl value)
{
    return awsc_enum_str(s_CacheTTL_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ConversationRole_values[] =
    "user\0"
    "assistant\0"
    "system\0";

enum awsc_bedrock_runtime_conversation_role awsc_bedrock_runtime_conversation_role_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_conversation_role)awsc_enum_parse(s_ConversationRole_values, 3, value);
}

const char *awsc_bedrock_runtime_conversation_role_str(enum awsc_bedrock_runtime_conversation_role value)
{
    return awsc_enum_str(s_ConversationRole_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_DocumentFormat_values[] =
    "pdf\0"
    "csv\0"
    "doc\0"
    "docx\0"
    "xls\0"
    "xlsx\0"
    "html\0"
    "txt\0"
    "md\0";

enum awsc_bedrock_runtime_document_format awsc_bedrock_runtime_document_format_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_document_format)awsc_enum_parse(s_DocumentFormat_values, 9, value);
}

const char *awsc_bedrock_runtime_document_format_str(enum awsc_bedrock_runtime_document_format value)
{
    return awsc_enum_str(s_DocumentFormat_values, 9, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailAction_values[] =
    "NONE\0"
    "GUARDRAIL_INTERVENED\0";

enum awsc_bedrock_runtime_guardrail_action awsc_bedrock_runtime_guardrail_action_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_action)awsc_enum_parse(s_GuardrailAction_values, 2, value);
}

const char *awsc_bedrock_runtime_guardrail_action_str(enum awsc_bedrock_runtime_guardrail_action value)
{
    return awsc_enum_str(s_GuardrailAction_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailAutomatedReasoningLogicWarningType_values[] =
    "ALWAYS_FALSE\0"
    "ALWAYS_TRUE\0";

enum awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning_type awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning_type)awsc_enum_parse(s_GuardrailAutomatedReasoningLogicWarningType_values, 2, value);
}

const char *awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning_type_str(enum awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning_type value)
{
    return awsc_enum_str(s_GuardrailAutomatedReasoningLogicWarningType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailChecksContentFilterCategory_values[] =
    "VIOLENCE\0"
    "HATE\0"
    "SEXUAL\0"
    "MISCONDUCT\0"
    "INSULTS\0";

enum awsc_bedrock_runtime_guardrail_checks_content_filter_category awsc_bedrock_runtime_guardrail_checks_content_filter_category_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_checks_content_filter_category)awsc_enum_parse(s_GuardrailChecksContentFilterCategory_values, 5, value);
}

const char *awsc_bedrock_runtime_guardrail_checks_content_filter_category_str(enum awsc_bedrock_runtime_guardrail_checks_content_filter_category value)
{
    return awsc_enum_str(s_GuardrailChecksContentFilterCategory_values, 5, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailChecksPromptAttackCategory_values[] =
    "JAILBREAK\0"
    "PROMPT_INJECTION\0"
    "PROMPT_LEAKAGE\0";

enum awsc_bedrock_runtime_guardrail_checks_prompt_attack_category awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_checks_prompt_attack_category)awsc_enum_parse(s_GuardrailChecksPromptAttackCategory_values, 3, value);
}

const char *awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_str(enum awsc_bedrock_runtime_guardrail_checks_prompt_attack_category value)
{
    return awsc_enum_str(s_GuardrailChecksPromptAttackCategory_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailChecksRole_values[] =
    "user\0"
    "assistant\0"
    "system\0";

enum awsc_bedrock_runtime_guardrail_checks_role awsc_bedrock_runtime_guardrail_checks_role_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_checks_role)awsc_enum_parse(s_GuardrailChecksRole_values, 3, value);
}

const char *awsc_bedrock_runtime_guardrail_checks_role_str(enum awsc_bedrock_runtime_guardrail_checks_role value)
{
    return awsc_enum_str(s_GuardrailChecksRole_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailChecksSensitiveInformationEntityType_values[] =
    "ADDRESS\0"
    "AGE\0"
    "AWS_ACCESS_KEY\0"
    "AWS_SECRET_KEY\0"
    "CA_HEALTH_NUMBER\0"
    "CA_SOCIAL_INSURANCE_NUMBER\0"
    "CREDIT_DEBIT_CARD_CVV\0"
    "CREDIT_DEBIT_CARD_EXPIRY\0"
    "CREDIT_DEBIT_CARD_NUMBER\0"
    "DRIVER_ID\0"
    "EMAIL\0"
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER\0"
    "IP_ADDRESS\0"
    "LICENSE_PLATE\0"
    "MAC_ADDRESS\0"
    "NAME\0"
    "PASSWORD\0"
    "PHONE\0"
    "PIN\0"
    "SWIFT_CODE\0"
    "UK_NATIONAL_HEALTH_SERVICE_NUMBER\0"
    "UK_NATIONAL_INSURANCE_NUMBER\0"
    "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER\0"
    "URL\0"
    "USERNAME\0"
    "US_BANK_ACCOUNT_NUMBER\0"
    "US_BANK_ROUTING_NUMBER\0"
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER\0"
    "US_PASSPORT_NUMBER\0"
    "US_SOCIAL_SECURITY_NUMBER\0"
    "VEHICLE_IDENTIFICATION_NUMBER\0";

enum awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_type awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_type)awsc_enum_parse(s_GuardrailChecksSensitiveInformationEntityType_values, 31, value);
}

const char *awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_type_str(enum awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_type value)
{
    return awsc_enum_str(s_GuardrailChecksSensitiveInformationEntityType_values, 31, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailContentFilterConfidence_values[] =
    "NONE\0"
    "LOW\0"
    "MEDIUM\0"
    "HIGH\0";

enum awsc_bedrock_runtime_guardrail_content_filter_confidence awsc_bedrock_runtime_guardrail_content_filter_confidence_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_content_filter_confidence)awsc_enum_parse(s_GuardrailContentFilterConfidence_values, 4, value);
}

const char *awsc_bedrock_runtime_guardrail_content_filter_confidence_str(enum awsc_bedrock_runtime_guardrail_content_filter_confidence value)
{
    return awsc_enum_str(s_GuardrailContentFilterConfidence_values, 4, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailContentFilterStrength_values[] =
    "NONE\0"
    "LOW\0"
    "MEDIUM\0"
    "HIGH\0";

enum awsc_bedrock_runtime_guardrail_content_filter_strength awsc_bedrock_runtime_guardrail_content_filter_strength_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_content_filter_strength)awsc_enum_parse(s_GuardrailContentFilterStrength_values, 4, value);
}

const char *awsc_bedrock_runtime_guardrail_content_filter_strength_str(enum awsc_bedrock_runtime_guardrail_content_filter_strength value)
{
    return awsc_enum_str(s_GuardrailContentFilterStrength_values, 4, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailContentFilterType_values[] =
    "INSULTS\0"
    "HATE\0"
    "SEXUAL\0"
    "VIOLENCE\0"
    "MISCONDUCT\0"
    "PROMPT_ATTACK\0";

enum awsc_bedrock_runtime_guardrail_content_filter_type awsc_bedrock_runtime_guardrail_content_filter_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_content_filter_type)awsc_enum_parse(s_GuardrailContentFilterType_values, 6, value);
}

const char *awsc_bedrock_runtime_guardrail_content_filter_type_str(enum awsc_bedrock_runtime_guardrail_content_filter_type value)
{
    return awsc_enum_str(s_GuardrailContentFilterType_values, 6, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailContentPolicyAction_values[] =
    "BLOCKED\0"
    "NONE\0";

enum awsc_bedrock_runtime_guardrail_content_policy_action awsc_bedrock_runtime_guardrail_content_policy_action_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_content_policy_action)awsc_enum_parse(s_GuardrailContentPolicyAction_values, 2, value);
}

const char *awsc_bedrock_runtime_guardrail_content_policy_action_str(enum awsc_bedrock_runtime_guardrail_content_policy_action value)
{
    return awsc_enum_str(s_GuardrailContentPolicyAction_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailContentQualifier_values[] =
    "grounding_source\0"
    "query\0"
    "guard_content\0";

enum awsc_bedrock_runtime_guardrail_content_qualifier awsc_bedrock_runtime_guardrail_content_qualifier_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_content_qualifier)awsc_enum_parse(s_GuardrailContentQualifier_values, 3, value);
}

const char *awsc_bedrock_runtime_guardrail_content_qualifier_str(enum awsc_bedrock_runtime_guardrail_content_qualifier value)
{
    return awsc_enum_str(s_GuardrailContentQualifier_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailContentSource_values[] =
    "INPUT\0"
    "OUTPUT\0";

enum awsc_bedrock_runtime_guardrail_content_source awsc_bedrock_runtime_guardrail_content_source_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_content_source)awsc_enum_parse(s_GuardrailContentSource_values, 2, value);
}

const char *awsc_bedrock_runtime_guardrail_content_source_str(enum awsc_bedrock_runtime_guardrail_content_source value)
{
    return awsc_enum_str(s_GuardrailContentSource_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailContextualGroundingFilterType_values[] =
    "GROUNDING\0"
    "RELEVANCE\0";

enum awsc_bedrock_runtime_guardrail_contextual_grounding_filter_type awsc_bedrock_runtime_guardrail_contextual_grounding_filter_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_contextual_grounding_filter_type)awsc_enum_parse(s_GuardrailContextualGroundingFilterType_values, 2, value);
}

const char *awsc_bedrock_runtime_guardrail_contextual_grounding_filter_type_str(enum awsc_bedrock_runtime_guardrail_contextual_grounding_filter_type value)
{
    return awsc_enum_str(s_GuardrailContextualGroundingFilterType_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailContextualGroundingPolicyAction_values[] =
    "BLOCKED\0"
    "NONE\0";

enum awsc_bedrock_runtime_guardrail_contextual_grounding_policy_action awsc_bedrock_runtime_guardrail_contextual_grounding_policy_action_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_contextual_grounding_policy_action)awsc_enum_parse(s_GuardrailContextualGroundingPolicyAction_values, 2, value);
}

const char *awsc_bedrock_runtime_guardrail_contextual_grounding_policy_action_str(enum awsc_bedrock_runtime_guardrail_contextual_grounding_policy_action value)
{
    return awsc_enum_str(s_GuardrailContextualGroundingPolicyAction_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailConverseContentQualifier_values[] =
    "grounding_source\0"
    "query\0"
    "guard_content\0";

enum awsc_bedrock_runtime_guardrail_converse_content_qualifier awsc_bedrock_runtime_guardrail_converse_content_qualifier_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_converse_content_qualifier)awsc_enum_parse(s_GuardrailConverseContentQualifier_values, 3, value);
}

const char *awsc_bedrock_runtime_guardrail_converse_content_qualifier_str(enum awsc_bedrock_runtime_guardrail_converse_content_qualifier value)
{
    return awsc_enum_str(s_GuardrailConverseContentQualifier_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailConverseImageFormat_values[] =
    "png\0"
    "jpeg\0";

enum awsc_bedrock_runtime_guardrail_converse_image_format awsc_bedrock_runtime_guardrail_converse_image_format_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_converse_image_format)awsc_enum_parse(s_GuardrailConverseImageFormat_values, 2, value);
}

const char *awsc_bedrock_runtime_guardrail_converse_image_format_str(enum awsc_bedrock_runtime_guardrail_converse_image_format value)
{
    return awsc_enum_str(s_GuardrailConverseImageFormat_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailImageFormat_values[] =
    "png\0"
    "jpeg\0";

enum awsc_bedrock_runtime_guardrail_image_format awsc_bedrock_runtime_guardrail_image_format_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_image_format)awsc_enum_parse(s_GuardrailImageFormat_values, 2, value);
}

const char *awsc_bedrock_runtime_guardrail_image_format_str(enum awsc_bedrock_runtime_guardrail_image_format value)
{
    return awsc_enum_str(s_GuardrailImageFormat_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailManagedWordType_values[] =
    "PROFANITY\0";

enum awsc_bedrock_runtime_guardrail_managed_word_type awsc_bedrock_runtime_guardrail_managed_word_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_managed_word_type)awsc_enum_parse(s_GuardrailManagedWordType_values, 1, value);
}

const char *awsc_bedrock_runtime_guardrail_managed_word_type_str(enum awsc_bedrock_runtime_guardrail_managed_word_type value)
{
    return awsc_enum_str(s_GuardrailManagedWordType_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailOrigin_values[] =
    "REQUEST\0"
    "ACCOUNT_ENFORCED\0"
    "ORGANIZATION_ENFORCED\0";

enum awsc_bedrock_runtime_guardrail_origin awsc_bedrock_runtime_guardrail_origin_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_origin)awsc_enum_parse(s_GuardrailOrigin_values, 3, value);
}

const char *awsc_bedrock_runtime_guardrail_origin_str(enum awsc_bedrock_runtime_guardrail_origin value)
{
    return awsc_enum_str(s_GuardrailOrigin_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailOutputScope_values[] =
    "INTERVENTIONS\0"
    "FULL\0";

enum awsc_bedrock_runtime_guardrail_output_scope awsc_bedrock_runtime_guardrail_output_scope_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_output_scope)awsc_enum_parse(s_GuardrailOutputScope_values, 2, value);
}

const char *awsc_bedrock_runtime_guardrail_output_scope_str(enum awsc_bedrock_runtime_guardrail_output_scope value)
{
    return awsc_enum_str(s_GuardrailOutputScope_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailOwnership_values[] =
    "SELF\0"
    "CROSS_ACCOUNT\0";

enum awsc_bedrock_runtime_guardrail_ownership awsc_bedrock_runtime_guardrail_ownership_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_ownership)awsc_enum_parse(s_GuardrailOwnership_values, 2, value);
}

const char *awsc_bedrock_runtime_guardrail_ownership_str(enum awsc_bedrock_runtime_guardrail_ownership value)
{
    return awsc_enum_str(s_GuardrailOwnership_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailPiiEntityType_values[] =
    "ADDRESS\0"
    "AGE\0"
    "AWS_ACCESS_KEY\0"
    "AWS_SECRET_KEY\0"
    "CA_HEALTH_NUMBER\0"
    "CA_SOCIAL_INSURANCE_NUMBER\0"
    "CREDIT_DEBIT_CARD_CVV\0"
    "CREDIT_DEBIT_CARD_EXPIRY\0"
    "CREDIT_DEBIT_CARD_NUMBER\0"
    "DRIVER_ID\0"
    "EMAIL\0"
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER\0"
    "IP_ADDRESS\0"
    "LICENSE_PLATE\0"
    "MAC_ADDRESS\0"
    "NAME\0"
    "PASSWORD\0"
    "PHONE\0"
    "PIN\0"
    "SWIFT_CODE\0"
    "UK_NATIONAL_HEALTH_SERVICE_NUMBER\0"
    "UK_NATIONAL_INSURANCE_NUMBER\0"
    "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER\0"
    "URL\0"
    "USERNAME\0"
    "US_BANK_ACCOUNT_NUMBER\0"
    "US_BANK_ROUTING_NUMBER\0"
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER\0"
    "US_PASSPORT_NUMBER\0"
    "US_SOCIAL_SECURITY_NUMBER\0"
    "VEHICLE_IDENTIFICATION_NUMBER\0";

enum awsc_bedrock_runtime_guardrail_pii_entity_type awsc_bedrock_runtime_guardrail_pii_entity_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_pii_entity_type)awsc_enum_parse(s_GuardrailPiiEntityType_values, 31, value);
}

const char *awsc_bedrock_runtime_guardrail_pii_entity_type_str(enum awsc_bedrock_runtime_guardrail_pii_entity_type value)
{
    return awsc_enum_str(s_GuardrailPiiEntityType_values, 31, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailSensitiveInformationPolicyAction_values[] =
    "ANONYMIZED\0"
    "BLOCKED\0"
    "NONE\0";

enum awsc_bedrock_runtime_guardrail_sensitive_information_policy_action awsc_bedrock_runtime_guardrail_sensitive_information_policy_action_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_sensitive_information_policy_action)awsc_enum_parse(s_GuardrailSensitiveInformationPolicyAction_values, 3, value);
}

const char *awsc_bedrock_runtime_guardrail_sensitive_information_policy_action_str(enum awsc_bedrock_runtime_guardrail_sensitive_information_policy_action value)
{
    return awsc_enum_str(s_GuardrailSensitiveInformationPolicyAction_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailStreamProcessingMode_values[] =
    "sync\0"
    "async\0";

enum awsc_bedrock_runtime_guardrail_stream_processing_mode awsc_bedrock_runtime_guardrail_stream_processing_mode_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_stream_processing_mode)awsc_enum_parse(s_GuardrailStreamProcessingMode_values, 2, value);
}

const char *awsc_bedrock_runtime_guardrail_stream_processing_mode_str(enum awsc_bedrock_runtime_guardrail_stream_processing_mode value)
{
    return awsc_enum_str(s_GuardrailStreamProcessingMode_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailTopicPolicyAction_values[] =
    "BLOCKED\0"
    "NONE\0";

enum awsc_bedrock_runtime_guardrail_topic_policy_action awsc_bedrock_runtime_guardrail_topic_policy_action_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_topic_policy_action)awsc_enum_parse(s_GuardrailTopicPolicyAction_values, 2, value);
}

const char *awsc_bedrock_runtime_guardrail_topic_policy_action_str(enum awsc_bedrock_runtime_guardrail_topic_policy_action value)
{
    return awsc_enum_str(s_GuardrailTopicPolicyAction_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailTopicType_values[] =
    "DENY\0";

enum awsc_bedrock_runtime_guardrail_topic_type awsc_bedrock_runtime_guardrail_topic_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_topic_type)awsc_enum_parse(s_GuardrailTopicType_values, 1, value);
}

const char *awsc_bedrock_runtime_guardrail_topic_type_str(enum awsc_bedrock_runtime_guardrail_topic_type value)
{
    return awsc_enum_str(s_GuardrailTopicType_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailTrace_values[] =
    "enabled\0"
    "disabled\0"
    "enabled_full\0";

enum awsc_bedrock_runtime_guardrail_trace awsc_bedrock_runtime_guardrail_trace_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_trace)awsc_enum_parse(s_GuardrailTrace_values, 3, value);
}

const char *awsc_bedrock_runtime_guardrail_trace_str(enum awsc_bedrock_runtime_guardrail_trace value)
{
    return awsc_enum_str(s_GuardrailTrace_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_GuardrailWordPolicyAction_values[] =
    "BLOCKED\0"
    "NONE\0";

enum awsc_bedrock_runtime_guardrail_word_policy_action awsc_bedrock_runtime_guardrail_word_policy_action_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_word_policy_action)awsc_enum_parse(s_GuardrailWordPolicyAction_values, 2, value);
}

const char *awsc_bedrock_runtime_guardrail_word_policy_action_str(enum awsc_bedrock_runtime_guardrail_word_policy_action value)
{
    return awsc_enum_str(s_GuardrailWordPolicyAction_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ImageFormat_values[] =
    "png\0"
    "jpeg\0"
    "gif\0"
    "webp\0";

enum awsc_bedrock_runtime_image_format awsc_bedrock_runtime_image_format_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_image_format)awsc_enum_parse(s_ImageFormat_values, 4, value);
}

const char *awsc_bedrock_runtime_image_format_str(enum awsc_bedrock_runtime_image_format value)
{
    return awsc_enum_str(s_ImageFormat_values, 4, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_OutputFormatType_values[] =
    "json_schema\0";

enum awsc_bedrock_runtime_output_format_type awsc_bedrock_runtime_output_format_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_output_format_type)awsc_enum_parse(s_OutputFormatType_values, 1, value);
}

const char *awsc_bedrock_runtime_output_format_type_str(enum awsc_bedrock_runtime_output_format_type value)
{
    return awsc_enum_str(s_OutputFormatType_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_PerformanceConfigLatency_values[] =
    "standard\0"
    "optimized\0";

enum awsc_bedrock_runtime_performance_config_latency awsc_bedrock_runtime_performance_config_latency_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_performance_config_latency)awsc_enum_parse(s_PerformanceConfigLatency_values, 2, value);
}

const char *awsc_bedrock_runtime_performance_config_latency_str(enum awsc_bedrock_runtime_performance_config_latency value)
{
    return awsc_enum_str(s_PerformanceConfigLatency_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ServiceTierType_values[] =
    "priority\0"
    "default\0"
    "flex\0"
    "reserved\0";

enum awsc_bedrock_runtime_service_tier_type awsc_bedrock_runtime_service_tier_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_service_tier_type)awsc_enum_parse(s_ServiceTierType_values, 4, value);
}

const char *awsc_bedrock_runtime_service_tier_type_str(enum awsc_bedrock_runtime_service_tier_type value)
{
    return awsc_enum_str(s_ServiceTierType_values, 4, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_SortAsyncInvocationBy_values[] =
    "SubmissionTime\0";

enum awsc_bedrock_runtime_sort_async_invocation_by awsc_bedrock_runtime_sort_async_invocation_by_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_sort_async_invocation_by)awsc_enum_parse(s_SortAsyncInvocationBy_values, 1, value);
}

const char *awsc_bedrock_runtime_sort_async_invocation_by_str(enum awsc_bedrock_runtime_sort_async_invocation_by value)
{
    return awsc_enum_str(s_SortAsyncInvocationBy_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_SortOrder_values[] =
    "Ascending\0"
    "Descending\0";

enum awsc_bedrock_runtime_sort_order awsc_bedrock_runtime_sort_order_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_sort_order)awsc_enum_parse(s_SortOrder_values, 2, value);
}

const char *awsc_bedrock_runtime_sort_order_str(enum awsc_bedrock_runtime_sort_order value)
{
    return awsc_enum_str(s_SortOrder_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_StopReason_values[] =
    "end_turn\0"
    "tool_use\0"
    "max_tokens\0"
    "stop_sequence\0"
    "guardrail_intervened\0"
    "content_filtered\0"
    "malformed_model_output\0"
    "malformed_tool_use\0"
    "model_context_window_exceeded\0";

enum awsc_bedrock_runtime_stop_reason awsc_bedrock_runtime_stop_reason_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_stop_reason)awsc_enum_parse(s_StopReason_values, 9, value);
}

const char *awsc_bedrock_runtime_stop_reason_str(enum awsc_bedrock_runtime_stop_reason value)
{
    return awsc_enum_str(s_StopReason_values, 9, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ToolResultStatus_values[] =
    "success\0"
    "error\0";

enum awsc_bedrock_runtime_tool_result_status awsc_bedrock_runtime_tool_result_status_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_tool_result_status)awsc_enum_parse(s_ToolResultStatus_values, 2, value);
}

const char *awsc_bedrock_runtime_tool_result_status_str(enum awsc_bedrock_runtime_tool_result_status value)
{
    return awsc_enum_str(s_ToolResultStatus_values, 2, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_ToolUseType_values[] =
    "server_tool_use\0";

enum awsc_bedrock_runtime_tool_use_type awsc_bedrock_runtime_tool_use_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_tool_use_type)awsc_enum_parse(s_ToolUseType_values, 1, value);
}

const char *awsc_bedrock_runtime_tool_use_type_str(enum awsc_bedrock_runtime_tool_use_type value)
{
    return awsc_enum_str(s_ToolUseType_values, 1, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_Trace_values[] =
    "ENABLED\0"
    "DISABLED\0"
    "ENABLED_FULL\0";

enum awsc_bedrock_runtime_trace awsc_bedrock_runtime_trace_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_trace)awsc_enum_parse(s_Trace_values, 3, value);
}

const char *awsc_bedrock_runtime_trace_str(enum awsc_bedrock_runtime_trace value)
{
    return awsc_enum_str(s_Trace_values, 3, (int)value);
}

/* one after the other, each ending with its NUL */
static const char s_VideoFormat_values[] =
    "mkv\0"
    "mov\0"
    "mp4\0"
    "webm\0"
    "flv\0"
    "mpeg\0"
    "mpg\0"
    "wmv\0"
    "three_gp\0";

enum awsc_bedrock_runtime_video_format awsc_bedrock_runtime_video_format_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_video_format)awsc_enum_parse(s_VideoFormat_values, 9, value);
}

const char *awsc_bedrock_runtime_video_format_str(enum awsc_bedrock_runtime_video_format value)
{
    return awsc_enum_str(s_VideoFormat_values, 9, (int)value);
}

static const struct awsc_range s_AsyncInvokeArn_range = { true, true, 1, 2048 };
static const struct awsc_range s_AsyncInvokeIdempotencyToken_range = { true, true, 1, 256 };
static const struct awsc_range s_AsyncInvokeIdentifier_range = { true, true, 1, 256 };
static const struct awsc_range s_AsyncInvokeMessage_range = { true, true, 0, 2048 };
static const struct awsc_range s_AudioSourceBytesBlob_range = { true, false, 1, 0 };
static const struct awsc_range s_AutomatedReasoningRuleIdentifier_range = { true, true, 0, 12 };
static const struct awsc_range s_Body_range = { true, true, 0, 25000000 };
static const struct awsc_range s_CacheDetailInputTokensInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_ConversationalModelId_range = { true, true, 1, 2048 };
static const struct awsc_range s_ConverseRequestAdditionalModelResponseFieldPathsList_range = { true, true, 0, 10 };
static const struct awsc_range s_ConverseRequestAdditionalModelResponseFieldPathsListMemberString_range = { true, true, 1, 256 };
static const struct awsc_range s_ConverseStreamRequestAdditionalModelResponseFieldPathsList_range = { true, true, 0, 10 };
static const struct awsc_range s_ConverseStreamRequestAdditionalModelResponseFieldPathsListMemberString_range = { true, true, 1, 256 };
static const struct awsc_range s_DocumentBlockNameString_range = { true, true, 1, 200 };
static const struct awsc_range s_DocumentCharLocationDocumentIndexInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_DocumentCharLocationEndInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_DocumentCharLocationStartInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_DocumentChunkLocationDocumentIndexInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_DocumentChunkLocationEndInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_DocumentChunkLocationStartInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_DocumentPageLocationDocumentIndexInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_DocumentPageLocationEndInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_DocumentPageLocationStartInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_DocumentSourceBytesBlob_range = { true, false, 1, 0 };
static const struct awsc_range s_FoundationModelVersionIdentifier_range = { true, true, 1, 256 };
static const struct awsc_range s_GuardrailArn_range = { true, true, 0, 2048 };
static const struct awsc_range s_GuardrailAutomatedReasoningDifferenceScenarioList_range = { true, true, 0, 2 };
static const struct awsc_range s_GuardrailAutomatedReasoningPolicyVersionArn_range = { true, true, 0, 2048 };
static const struct awsc_range s_GuardrailAutomatedReasoningStatementLogicContent_range = { true, true, 0, 1000 };
static const struct awsc_range s_GuardrailAutomatedReasoningStatementNaturalLanguageContent_range = { true, true, 0, 1000 };
static const struct awsc_range s_GuardrailAutomatedReasoningTranslationConfidence_range = { true, true, 0, 1 };
static const struct awsc_range s_GuardrailAutomatedReasoningTranslationOptionList_range = { true, true, 0, 2 };
static const struct awsc_range s_GuardrailChecksContentBlockList_range = { true, false, 1, 0 };
static const struct awsc_range s_GuardrailChecksContentFilterCategoryConfigList_range = { true, true, 1, 5 };
static const struct awsc_range s_GuardrailChecksContentFilterResultEntrySeverityScoreDouble_range = { true, true, 0.0, 1.0 };
static const struct awsc_range s_GuardrailChecksMessageList_range = { true, false, 1, 0 };
static const struct awsc_range s_GuardrailChecksPromptAttackCategoryConfigList_range = { true, true, 1, 3 };
static const struct awsc_range s_GuardrailChecksPromptAttackResultEntrySeverityScoreDouble_range = { true, true, 0.0, 1.0 };
static const struct awsc_range s_GuardrailChecksSensitiveInformationEntityConfigList_range = { true, true, 1, 31 };
static const struct awsc_range s_GuardrailChecksSensitiveInformationResultEntryBeginOffsetInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_GuardrailChecksSensitiveInformationResultEntryConfidenceScoreDouble_range = { true, true, 0.0, 1.0 };
static const struct awsc_range s_GuardrailChecksSensitiveInformationResultEntryContentIndexInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_GuardrailChecksSensitiveInformationResultEntryEndOffsetInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_GuardrailChecksSensitiveInformationResultEntryMessageIndexInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_GuardrailChecksTextContent_range = { true, false, 1, 0 };
static const struct awsc_range s_GuardrailContextualGroundingFilterScoreDouble_range = { true, true, 0, 1 };
static const struct awsc_range s_GuardrailContextualGroundingFilterThresholdDouble_range = { true, true, 0, 1 };
static const struct awsc_range s_GuardrailConverseImageSourceBytesBlob_range = { true, false, 1, 0 };
static const struct awsc_range s_GuardrailId_range = { true, true, 0, 2048 };
static const struct awsc_range s_GuardrailIdentifier_range = { true, true, 0, 2048 };
static const struct awsc_range s_GuardrailImageSourceBytesBlob_range = { true, false, 1, 0 };
static const struct awsc_range s_ImageSourceBytesBlob_range = { true, false, 1, 0 };
static const struct awsc_range s_InferenceConfigurationMaxTokensInteger_range = { true, false, 1, 0 };
static const struct awsc_range s_InferenceConfigurationStopSequencesList_range = { true, true, 0, 2500 };
static const struct awsc_range s_InferenceConfigurationTemperatureFloat_range = { true, true, 0, 1 };
static const struct awsc_range s_InferenceConfigurationTopPFloat_range = { true, true, 0, 1 };
static const struct awsc_range s_InvocationArn_range = { true, true, 1, 2048 };
static const struct awsc_range s_InvokeModelIdentifier_range = { true, true, 1, 2048 };
static const struct awsc_range s_KmsKeyId_range = { true, true, 1, 2048 };
static const struct awsc_range s_MaxResults_range = { true, true, 1, 1000 };
static const struct awsc_range s_NonEmptyString_range = { true, false, 1, 0 };
static const struct awsc_range s_NonNegativeInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_OutputConfigEffortString_range = { true, true, 0, 16 };
static const struct awsc_range s_PaginationToken_range = { true, true, 1, 2048 };
static const struct awsc_range s_PartBody_range = { true, true, 0, 1000000 };
static const struct awsc_range s_RequestMetadata_range = { true, true, 1, 16 };
static const struct awsc_range s_RequestMetadataJson_range = { true, true, 0, 8500 };
static const struct awsc_range s_RequestMetadataKeyString_range = { true, true, 1, 256 };
static const struct awsc_range s_RequestMetadataValueString_range = { true, true, 0, 256 };
static const struct awsc_range s_S3Uri_range = { true, true, 1, 1024 };
static const struct awsc_range s_SearchResultLocationEndInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_SearchResultLocationSearchResultIndexInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_SearchResultLocationStartInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_StatusCode_range = { true, true, 100, 599 };
static const struct awsc_range s_TagKey_range = { true, true, 1, 128 };
static const struct awsc_range s_TagList_range = { true, true, 0, 200 };
static const struct awsc_range s_TagValue_range = { true, true, 0, 256 };
static const struct awsc_range s_TokenUsageCacheReadInputTokensInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_TokenUsageCacheWriteInputTokensInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_TokenUsageInputTokensInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_TokenUsageOutputTokensInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_TokenUsageTotalTokensInteger_range = { true, false, 0, 0 };
static const struct awsc_range s_ToolConfigurationToolsList_range = { true, false, 1, 0 };
static const struct awsc_range s_ToolName_range = { true, true, 1, 64 };
static const struct awsc_range s_ToolReferenceNameString_range = { true, true, 1, 128 };
static const struct awsc_range s_ToolReferenceServerNameString_range = { true, true, 1, 128 };
static const struct awsc_range s_ToolReferenceTypeString_range = { true, true, 1, 64 };
static const struct awsc_range s_ToolUseId_range = { true, true, 1, 64 };
static const struct awsc_range s_VideoSourceBytesBlob_range = { true, false, 1, 0 };

static const struct awsc_member awsc__bedrock_runtime_AccessDeniedException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_NonBlankString, offsetof(struct awsc_bedrock_runtime_access_denied_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_AccessDeniedException_by_wire_name[] = { 0 };

static const struct awsc_member s_AppliedGuardrailDetails_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"guardrailId", &s_GuardrailId, offsetof(struct awsc_bedrock_runtime_applied_guardrail_details, guardrail_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"guardrailVersion", &s_GuardrailVersion, offsetof(struct awsc_bedrock_runtime_applied_guardrail_details, guardrail_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"guardrailArn", &s_GuardrailArn, offsetof(struct awsc_bedrock_runtime_applied_guardrail_details, guardrail_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"guardrailOrigin", &s_GuardrailOriginList, offsetof(struct awsc_bedrock_runtime_applied_guardrail_details, guardrail_origin), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"guardrailOwnership", &s_GuardrailOwnership, offsetof(struct awsc_bedrock_runtime_applied_guardrail_details, guardrail_ownership), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AppliedGuardrailDetails_by_wire_name[] = { 2, 0, 3, 4, 1 };

static const struct awsc_member awsc__bedrock_runtime_ApplyGuardrailRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"guardrailIdentifier", &s_GuardrailIdentifier, offsetof(struct awsc_bedrock_runtime_apply_guardrail_input, guardrail_identifier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"guardrailVersion", &s_GuardrailVersion, offsetof(struct awsc_bedrock_runtime_apply_guardrail_input, guardrail_version), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"source", &s_GuardrailContentSource, offsetof(struct awsc_bedrock_runtime_apply_guardrail_input, source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"content", &s_GuardrailContentBlockList, offsetof(struct awsc_bedrock_runtime_apply_guardrail_input, content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"outputScope", &s_GuardrailOutputScope, offsetof(struct awsc_bedrock_runtime_apply_guardrail_input, output_scope), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_ApplyGuardrailRequest_by_wire_name[] = { 3, 0, 1, 4, 2 };

static const struct awsc_member awsc__bedrock_runtime_ApplyGuardrailResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"usage", &s_GuardrailUsage, offsetof(struct awsc_bedrock_runtime_apply_guardrail_output, usage), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"action", &s_GuardrailAction, offsetof(struct awsc_bedrock_runtime_apply_guardrail_output, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"actionReason", &s_String, offsetof(struct awsc_bedrock_runtime_apply_guardrail_output, action_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"outputs", &s_GuardrailOutputContentList, offsetof(struct awsc_bedrock_runtime_apply_guardrail_output, outputs), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"assessments", &s_GuardrailAssessmentList, offsetof(struct awsc_bedrock_runtime_apply_guardrail_output, assessments), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"guardrailCoverage", &s_GuardrailCoverage, offsetof(struct awsc_bedrock_runtime_apply_guardrail_output, guardrail_coverage), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_ApplyGuardrailResponse_by_wire_name[] = { 1, 2, 4, 5, 3, 0 };

static const struct awsc_member s_AsyncInvokeOutputDataConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"s3OutputDataConfig", &s_AsyncInvokeS3OutputDataConfig, offsetof(struct awsc_bedrock_runtime_async_invoke_output_data_config, s3_output_data_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AsyncInvokeOutputDataConfig_by_wire_name[] = { 0 };

static const struct awsc_member s_AsyncInvokeS3OutputDataConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"s3Uri", &s_S3Uri, offsetof(struct awsc_bedrock_runtime_async_invoke_s3_output_data_config, s3_uri), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"kmsKeyId", &s_KmsKeyId, offsetof(struct awsc_bedrock_runtime_async_invoke_s3_output_data_config, kms_key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"bucketOwner", &s_AccountId, offsetof(struct awsc_bedrock_runtime_async_invoke_s3_output_data_config, bucket_owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AsyncInvokeS3OutputDataConfig_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member s_AsyncInvokeSummary_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"invocationArn", &s_InvocationArn, offsetof(struct awsc_bedrock_runtime_async_invoke_summary, invocation_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"modelArn", &s_AsyncInvokeArn, offsetof(struct awsc_bedrock_runtime_async_invoke_summary, model_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"clientRequestToken", &s_AsyncInvokeIdempotencyToken, offsetof(struct awsc_bedrock_runtime_async_invoke_summary, client_request_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"status", &s_AsyncInvokeStatus, offsetof(struct awsc_bedrock_runtime_async_invoke_summary, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"failureMessage", &s_AsyncInvokeMessage, offsetof(struct awsc_bedrock_runtime_async_invoke_summary, failure_message), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"submitTime", &s_Timestamp, offsetof(struct awsc_bedrock_runtime_async_invoke_summary, submit_time), offsetof(struct awsc_bedrock_runtime_async_invoke_summary, has_submit_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"lastModifiedTime", &s_Timestamp, offsetof(struct awsc_bedrock_runtime_async_invoke_summary, last_modified_time), offsetof(struct awsc_bedrock_runtime_async_invoke_summary, has_last_modified_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"endTime", &s_Timestamp, offsetof(struct awsc_bedrock_runtime_async_invoke_summary, end_time), offsetof(struct awsc_bedrock_runtime_async_invoke_summary, has_end_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"outputDataConfig", &s_AsyncInvokeOutputDataConfig, offsetof(struct awsc_bedrock_runtime_async_invoke_summary, output_data_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AsyncInvokeSummary_by_wire_name[] = { 2, 7, 4, 0, 6, 1, 8, 3, 5 };

static const struct awsc_member s_AudioBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"format", &s_AudioFormat, offsetof(struct awsc_bedrock_runtime_audio_block, format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"source", &s_AudioSource, offsetof(struct awsc_bedrock_runtime_audio_block, source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"error", &s_ErrorBlock, offsetof(struct awsc_bedrock_runtime_audio_block, error), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AudioBlock_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member s_AudioSource_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"bytes", &s_AudioSourceBytesBlob, offsetof(struct awsc_bedrock_runtime_audio_source, bytes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"s3Location", &s_S3Location, offsetof(struct awsc_bedrock_runtime_audio_source, s3_location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_AudioSource_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_BidirectionalInputPayloadPart_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"bytes", &s_PartBody, offsetof(struct awsc_bedrock_runtime_bidirectional_input_payload_part, bytes), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_BidirectionalInputPayloadPart_by_wire_name[] = { 0 };

static const struct awsc_member s_BidirectionalOutputPayloadPart_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"bytes", &s_PartBody, offsetof(struct awsc_bedrock_runtime_bidirectional_output_payload_part, bytes), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_BidirectionalOutputPayloadPart_by_wire_name[] = { 0 };

static const struct awsc_member s_CacheDetail_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"ttl", &s_CacheTTL, offsetof(struct awsc_bedrock_runtime_cache_detail, ttl), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"inputTokens", &s_CacheDetailInputTokensInteger, offsetof(struct awsc_bedrock_runtime_cache_detail, input_tokens), offsetof(struct awsc_bedrock_runtime_cache_detail, has_input_tokens), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CacheDetail_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_CachePointBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"type", &s_CachePointType, offsetof(struct awsc_bedrock_runtime_cache_point_block, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"ttl", &s_CacheTTL, offsetof(struct awsc_bedrock_runtime_cache_point_block, ttl), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CachePointBlock_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_Citation_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"title", &s_String, offsetof(struct awsc_bedrock_runtime_citation, title), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"source", &s_String, offsetof(struct awsc_bedrock_runtime_citation, source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"sourceContent", &s_CitationSourceContentList, offsetof(struct awsc_bedrock_runtime_citation, source_content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"location", &s_CitationLocation, offsetof(struct awsc_bedrock_runtime_citation, location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Citation_by_wire_name[] = { 3, 1, 2, 0 };

static const struct awsc_member s_CitationGeneratedContent_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"text", &s_String, offsetof(struct awsc_bedrock_runtime_citation_generated_content, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CitationGeneratedContent_by_wire_name[] = { 0 };

static const struct awsc_member s_CitationLocation_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"web", &s_WebLocation, offsetof(struct awsc_bedrock_runtime_citation_location, web), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"documentChar", &s_DocumentCharLocation, offsetof(struct awsc_bedrock_runtime_citation_location, document_char), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"documentPage", &s_DocumentPageLocation, offsetof(struct awsc_bedrock_runtime_citation_location, document_page), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"documentChunk", &s_DocumentChunkLocation, offsetof(struct awsc_bedrock_runtime_citation_location, document_chunk), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"searchResultLocation", &s_SearchResultLocation, offsetof(struct awsc_bedrock_runtime_citation_location, search_result_location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CitationLocation_by_wire_name[] = { 1, 3, 2, 4, 0 };

static const struct awsc_member s_CitationSourceContent_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"text", &s_String, offsetof(struct awsc_bedrock_runtime_citation_source_content, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CitationSourceContent_by_wire_name[] = { 0 };

static const struct awsc_member s_CitationSourceContentDelta_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"text", &s_String, offsetof(struct awsc_bedrock_runtime_citation_source_content_delta, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CitationSourceContentDelta_by_wire_name[] = { 0 };

static const struct awsc_member s_CitationsConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"enabled", &s_Boolean, offsetof(struct awsc_bedrock_runtime_citations_config, enabled), offsetof(struct awsc_bedrock_runtime_citations_config, has_enabled), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CitationsConfig_by_wire_name[] = { 0 };

static const struct awsc_member s_CitationsContentBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"content", &s_CitationGeneratedContentList, offsetof(struct awsc_bedrock_runtime_citations_content_block, content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"citations", &s_Citations, offsetof(struct awsc_bedrock_runtime_citations_content_block, citations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CitationsContentBlock_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_CitationsDelta_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"title", &s_String, offsetof(struct awsc_bedrock_runtime_citations_delta, title), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"source", &s_String, offsetof(struct awsc_bedrock_runtime_citations_delta, source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"sourceContent", &s_CitationSourceContentListDelta, offsetof(struct awsc_bedrock_runtime_citations_delta, source_content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"location", &s_CitationLocation, offsetof(struct awsc_bedrock_runtime_citations_delta, location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CitationsDelta_by_wire_name[] = { 3, 1, 2, 0 };

static const struct awsc_member awsc__bedrock_runtime_ConflictException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_NonBlankString, offsetof(struct awsc_bedrock_runtime_conflict_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_ConflictException_by_wire_name[] = { 0 };

static const struct awsc_member s_ContentBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"text", &s_String, offsetof(struct awsc_bedrock_runtime_content_block, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"image", &s_ImageBlock, offsetof(struct awsc_bedrock_runtime_content_block, image), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"document", &s_DocumentBlock, offsetof(struct awsc_bedrock_runtime_content_block, document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"video", &s_VideoBlock, offsetof(struct awsc_bedrock_runtime_content_block, video), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"audio", &s_AudioBlock, offsetof(struct awsc_bedrock_runtime_content_block, audio), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"toolUse", &s_ToolUseBlock, offsetof(struct awsc_bedrock_runtime_content_block, tool_use), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"toolResult", &s_ToolResultBlock, offsetof(struct awsc_bedrock_runtime_content_block, tool_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"guardContent", &s_GuardrailConverseContentBlock, offsetof(struct awsc_bedrock_runtime_content_block, guard_content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"cachePoint", &s_CachePointBlock, offsetof(struct awsc_bedrock_runtime_content_block, cache_point), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"reasoningContent", &s_ReasoningContentBlock, offsetof(struct awsc_bedrock_runtime_content_block, reasoning_content), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"citationsContent", &s_CitationsContentBlock, offsetof(struct awsc_bedrock_runtime_content_block, citations_content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"searchResult", &s_SearchResultBlock, offsetof(struct awsc_bedrock_runtime_content_block, search_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"toolAddition", &s_ToolAdditionBlock, offsetof(struct awsc_bedrock_runtime_content_block, tool_addition), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"toolRemoval", &s_ToolRemovalBlock, offsetof(struct awsc_bedrock_runtime_content_block, tool_removal), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ContentBlock_by_wire_name[] = { 4, 8, 10, 2, 7, 1, 9, 11, 0, 12, 13, 6, 5, 3 };

static const struct awsc_member s_ContentBlockDelta_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"text", &s_String, offsetof(struct awsc_bedrock_runtime_content_block_delta, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"toolUse", &s_ToolUseBlockDelta, offsetof(struct awsc_bedrock_runtime_content_block_delta, tool_use), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"toolResult", &s_ToolResultBlocksDelta, offsetof(struct awsc_bedrock_runtime_content_block_delta, tool_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"reasoningContent", &s_ReasoningContentBlockDelta, offsetof(struct awsc_bedrock_runtime_content_block_delta, reasoning_content), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"citation", &s_CitationsDelta, offsetof(struct awsc_bedrock_runtime_content_block_delta, citation), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"image", &s_ImageBlockDelta, offsetof(struct awsc_bedrock_runtime_content_block_delta, image), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ContentBlockDelta_by_wire_name[] = { 4, 5, 3, 0, 2, 1 };

static const struct awsc_member s_ContentBlockDeltaEvent_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"delta", &s_ContentBlockDelta, offsetof(struct awsc_bedrock_runtime_content_block_delta_event, delta), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"contentBlockIndex", &s_NonNegativeInteger, offsetof(struct awsc_bedrock_runtime_content_block_delta_event, content_block_index), offsetof(struct awsc_bedrock_runtime_content_block_delta_event, has_content_block_index), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ContentBlockDeltaEvent_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ContentBlockStart_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"toolUse", &s_ToolUseBlockStart, offsetof(struct awsc_bedrock_runtime_content_block_start, tool_use), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"toolResult", &s_ToolResultBlockStart, offsetof(struct awsc_bedrock_runtime_content_block_start, tool_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"image", &s_ImageBlockStart, offsetof(struct awsc_bedrock_runtime_content_block_start, image), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ContentBlockStart_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member s_ContentBlockStartEvent_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"start", &s_ContentBlockStart, offsetof(struct awsc_bedrock_runtime_content_block_start_event, start), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"contentBlockIndex", &s_NonNegativeInteger, offsetof(struct awsc_bedrock_runtime_content_block_start_event, content_block_index), offsetof(struct awsc_bedrock_runtime_content_block_start_event, has_content_block_index), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ContentBlockStartEvent_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ContentBlockStopEvent_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"contentBlockIndex", &s_NonNegativeInteger, offsetof(struct awsc_bedrock_runtime_content_block_stop_event, content_block_index), offsetof(struct awsc_bedrock_runtime_content_block_stop_event, has_content_block_index), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ContentBlockStopEvent_by_wire_name[] = { 0 };

static const struct awsc_member s_ConverseMetrics_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"latencyMs", &s_Long, offsetof(struct awsc_bedrock_runtime_converse_metrics, latency_ms), offsetof(struct awsc_bedrock_runtime_converse_metrics, has_latency_ms), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ConverseMetrics_by_wire_name[] = { 0 };

static const struct awsc_member s_ConverseOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_Message, offsetof(struct awsc_bedrock_runtime_converse_output, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ConverseOutput_by_wire_name[] = { 0 };

static const struct awsc_member awsc__bedrock_runtime_ConverseRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"modelId", &s_ConversationalModelId, offsetof(struct awsc_bedrock_runtime_converse_input, model_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"messages", &s_Messages, offsetof(struct awsc_bedrock_runtime_converse_input, messages), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"system", &s_SystemContentBlocks, offsetof(struct awsc_bedrock_runtime_converse_input, system), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"inferenceConfig", &s_InferenceConfiguration, offsetof(struct awsc_bedrock_runtime_converse_input, inference_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"toolConfig", &s_ToolConfiguration, offsetof(struct awsc_bedrock_runtime_converse_input, tool_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"guardrailConfig", &s_GuardrailConfiguration, offsetof(struct awsc_bedrock_runtime_converse_input, guardrail_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"additionalModelRequestFields", &s_Document, offsetof(struct awsc_bedrock_runtime_converse_input, additional_model_request_fields), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"promptVariables", &s_PromptVariableMap, offsetof(struct awsc_bedrock_runtime_converse_input, prompt_variables), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"additionalModelResponseFieldPaths", &s_ConverseRequestAdditionalModelResponseFieldPathsList, offsetof(struct awsc_bedrock_runtime_converse_input, additional_model_response_field_paths), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"requestMetadata", &s_RequestMetadata, offsetof(struct awsc_bedrock_runtime_converse_input, request_metadata), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"performanceConfig", &s_PerformanceConfiguration, offsetof(struct awsc_bedrock_runtime_converse_input, performance_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"serviceTier", &s_ServiceTier, offsetof(struct awsc_bedrock_runtime_converse_input, service_tier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"outputConfig", &s_OutputConfig, offsetof(struct awsc_bedrock_runtime_converse_input, output_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_ConverseRequest_by_wire_name[] = { 6, 8, 5, 3, 1, 0, 12, 10, 7, 9, 11, 2, 4 };

static const struct awsc_member awsc__bedrock_runtime_ConverseResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"output", &s_ConverseOutput, offsetof(struct awsc_bedrock_runtime_converse_response, output), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"stopReason", &s_StopReason, offsetof(struct awsc_bedrock_runtime_converse_response, stop_reason), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"usage", &s_TokenUsage, offsetof(struct awsc_bedrock_runtime_converse_response, usage), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"metrics", &s_ConverseMetrics, offsetof(struct awsc_bedrock_runtime_converse_response, metrics), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"additionalModelResponseFields", &s_Document, offsetof(struct awsc_bedrock_runtime_converse_response, additional_model_response_fields), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"trace", &s_ConverseTrace, offsetof(struct awsc_bedrock_runtime_converse_response, trace), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"performanceConfig", &s_PerformanceConfiguration, offsetof(struct awsc_bedrock_runtime_converse_response, performance_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"serviceTier", &s_ServiceTier, offsetof(struct awsc_bedrock_runtime_converse_response, service_tier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_ConverseResponse_by_wire_name[] = { 4, 3, 0, 6, 7, 1, 5, 2 };

static const struct awsc_member s_ConverseStreamMetadataEvent_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"usage", &s_TokenUsage, offsetof(struct awsc_bedrock_runtime_converse_stream_metadata_event, usage), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"metrics", &s_ConverseStreamMetrics, offsetof(struct awsc_bedrock_runtime_converse_stream_metadata_event, metrics), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"trace", &s_ConverseStreamTrace, offsetof(struct awsc_bedrock_runtime_converse_stream_metadata_event, trace), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"performanceConfig", &s_PerformanceConfiguration, offsetof(struct awsc_bedrock_runtime_converse_stream_metadata_event, performance_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"serviceTier", &s_ServiceTier, offsetof(struct awsc_bedrock_runtime_converse_stream_metadata_event, service_tier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ConverseStreamMetadataEvent_by_wire_name[] = { 1, 3, 4, 2, 0 };

static const struct awsc_member s_ConverseStreamMetrics_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"latencyMs", &s_Long, offsetof(struct awsc_bedrock_runtime_converse_stream_metrics, latency_ms), offsetof(struct awsc_bedrock_runtime_converse_stream_metrics, has_latency_ms), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ConverseStreamMetrics_by_wire_name[] = { 0 };

static const struct awsc_member s_ConverseStreamOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"messageStart", &s_MessageStartEvent, offsetof(struct awsc_bedrock_runtime_converse_stream_event, message_start), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"contentBlockStart", &s_ContentBlockStartEvent, offsetof(struct awsc_bedrock_runtime_converse_stream_event, content_block_start), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"contentBlockDelta", &s_ContentBlockDeltaEvent, offsetof(struct awsc_bedrock_runtime_converse_stream_event, content_block_delta), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"contentBlockStop", &s_ContentBlockStopEvent, offsetof(struct awsc_bedrock_runtime_converse_stream_event, content_block_stop), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"messageStop", &s_MessageStopEvent, offsetof(struct awsc_bedrock_runtime_converse_stream_event, message_stop), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"metadata", &s_ConverseStreamMetadataEvent, offsetof(struct awsc_bedrock_runtime_converse_stream_event, metadata), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"internalServerException", &awsc__bedrock_runtime_InternalServerException, offsetof(struct awsc_bedrock_runtime_converse_stream_event, internal_server_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"modelStreamErrorException", &awsc__bedrock_runtime_ModelStreamErrorException, offsetof(struct awsc_bedrock_runtime_converse_stream_event, model_stream_error_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"validationException", &awsc__bedrock_runtime_ValidationException, offsetof(struct awsc_bedrock_runtime_converse_stream_event, validation_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"throttlingException", &awsc__bedrock_runtime_ThrottlingException, offsetof(struct awsc_bedrock_runtime_converse_stream_event, throttling_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"serviceUnavailableException", &awsc__bedrock_runtime_ServiceUnavailableException, offsetof(struct awsc_bedrock_runtime_converse_stream_event, service_unavailable_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ConverseStreamOutput_by_wire_name[] = { 2, 1, 3, 6, 0, 4, 5, 7, 10, 9, 8 };

static const struct awsc_member awsc__bedrock_runtime_ConverseStreamRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"modelId", &s_ConversationalModelId, offsetof(struct awsc_bedrock_runtime_converse_stream_input, model_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"messages", &s_Messages, offsetof(struct awsc_bedrock_runtime_converse_stream_input, messages), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"system", &s_SystemContentBlocks, offsetof(struct awsc_bedrock_runtime_converse_stream_input, system), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"inferenceConfig", &s_InferenceConfiguration, offsetof(struct awsc_bedrock_runtime_converse_stream_input, inference_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"toolConfig", &s_ToolConfiguration, offsetof(struct awsc_bedrock_runtime_converse_stream_input, tool_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"guardrailConfig", &s_GuardrailStreamConfiguration, offsetof(struct awsc_bedrock_runtime_converse_stream_input, guardrail_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"additionalModelRequestFields", &s_Document, offsetof(struct awsc_bedrock_runtime_converse_stream_input, additional_model_request_fields), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"promptVariables", &s_PromptVariableMap, offsetof(struct awsc_bedrock_runtime_converse_stream_input, prompt_variables), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"additionalModelResponseFieldPaths", &s_ConverseStreamRequestAdditionalModelResponseFieldPathsList, offsetof(struct awsc_bedrock_runtime_converse_stream_input, additional_model_response_field_paths), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"requestMetadata", &s_RequestMetadata, offsetof(struct awsc_bedrock_runtime_converse_stream_input, request_metadata), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"performanceConfig", &s_PerformanceConfiguration, offsetof(struct awsc_bedrock_runtime_converse_stream_input, performance_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"serviceTier", &s_ServiceTier, offsetof(struct awsc_bedrock_runtime_converse_stream_input, service_tier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"outputConfig", &s_OutputConfig, offsetof(struct awsc_bedrock_runtime_converse_stream_input, output_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_ConverseStreamRequest_by_wire_name[] = { 6, 8, 5, 3, 1, 0, 12, 10, 7, 9, 11, 2, 4 };

static const struct awsc_member awsc__bedrock_runtime_ConverseStreamResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"stream", &s_ConverseStreamOutput, offsetof(struct awsc_bedrock_runtime_converse_stream_output, stream), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_ConverseStreamResponse_by_wire_name[] = { 0 };

static const struct awsc_member s_ConverseStreamTrace_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"guardrail", &s_GuardrailTraceAssessment, offsetof(struct awsc_bedrock_runtime_converse_stream_trace, guardrail), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"promptRouter", &s_PromptRouterTrace, offsetof(struct awsc_bedrock_runtime_converse_stream_trace, prompt_router), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ConverseStreamTrace_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ConverseTokensRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"messages", &s_Messages, offsetof(struct awsc_bedrock_runtime_converse_tokens_request, messages), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"system", &s_SystemContentBlocks, offsetof(struct awsc_bedrock_runtime_converse_tokens_request, system), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"toolConfig", &s_ToolConfiguration, offsetof(struct awsc_bedrock_runtime_converse_tokens_request, tool_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"additionalModelRequestFields", &s_Document, offsetof(struct awsc_bedrock_runtime_converse_tokens_request, additional_model_request_fields), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ConverseTokensRequest_by_wire_name[] = { 3, 0, 1, 2 };

static const struct awsc_member s_ConverseTrace_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"guardrail", &s_GuardrailTraceAssessment, offsetof(struct awsc_bedrock_runtime_converse_trace, guardrail), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"promptRouter", &s_PromptRouterTrace, offsetof(struct awsc_bedrock_runtime_converse_trace, prompt_router), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ConverseTrace_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_CountTokensInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"invokeModel", &s_InvokeModelTokensRequest, offsetof(struct awsc_bedrock_runtime_count_tokens_input, invoke_model), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"converse", &s_ConverseTokensRequest, offsetof(struct awsc_bedrock_runtime_count_tokens_input, converse), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_CountTokensInput_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__bedrock_runtime_CountTokensRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"modelId", &s_FoundationModelVersionIdentifier, offsetof(struct awsc_bedrock_runtime_count_tokens_request, model_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"input", &s_CountTokensInput, offsetof(struct awsc_bedrock_runtime_count_tokens_request, input), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_CountTokensRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__bedrock_runtime_CountTokensResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"inputTokens", &s_Integer, offsetof(struct awsc_bedrock_runtime_count_tokens_output, input_tokens), offsetof(struct awsc_bedrock_runtime_count_tokens_output, has_input_tokens), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_CountTokensResponse_by_wire_name[] = { 0 };

static const struct awsc_member s_DocumentBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"format", &s_DocumentFormat, offsetof(struct awsc_bedrock_runtime_document_block, format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"name", &s_DocumentBlockNameString, offsetof(struct awsc_bedrock_runtime_document_block, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"source", &s_DocumentSource, offsetof(struct awsc_bedrock_runtime_document_block, source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"context", &s_String, offsetof(struct awsc_bedrock_runtime_document_block, context), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"citations", &s_CitationsConfig, offsetof(struct awsc_bedrock_runtime_document_block, citations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DocumentBlock_by_wire_name[] = { 4, 3, 0, 1, 2 };

static const struct awsc_member s_DocumentCharLocation_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"documentIndex", &s_DocumentCharLocationDocumentIndexInteger, offsetof(struct awsc_bedrock_runtime_document_char_location, document_index), offsetof(struct awsc_bedrock_runtime_document_char_location, has_document_index), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"start", &s_DocumentCharLocationStartInteger, offsetof(struct awsc_bedrock_runtime_document_char_location, start), offsetof(struct awsc_bedrock_runtime_document_char_location, has_start), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"end", &s_DocumentCharLocationEndInteger, offsetof(struct awsc_bedrock_runtime_document_char_location, end), offsetof(struct awsc_bedrock_runtime_document_char_location, has_end), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DocumentCharLocation_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member s_DocumentChunkLocation_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"documentIndex", &s_DocumentChunkLocationDocumentIndexInteger, offsetof(struct awsc_bedrock_runtime_document_chunk_location, document_index), offsetof(struct awsc_bedrock_runtime_document_chunk_location, has_document_index), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"start", &s_DocumentChunkLocationStartInteger, offsetof(struct awsc_bedrock_runtime_document_chunk_location, start), offsetof(struct awsc_bedrock_runtime_document_chunk_location, has_start), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"end", &s_DocumentChunkLocationEndInteger, offsetof(struct awsc_bedrock_runtime_document_chunk_location, end), offsetof(struct awsc_bedrock_runtime_document_chunk_location, has_end), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DocumentChunkLocation_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member s_DocumentContentBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"text", &s_String, offsetof(struct awsc_bedrock_runtime_document_content_block, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DocumentContentBlock_by_wire_name[] = { 0 };

static const struct awsc_member s_DocumentPageLocation_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"documentIndex", &s_DocumentPageLocationDocumentIndexInteger, offsetof(struct awsc_bedrock_runtime_document_page_location, document_index), offsetof(struct awsc_bedrock_runtime_document_page_location, has_document_index), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"start", &s_DocumentPageLocationStartInteger, offsetof(struct awsc_bedrock_runtime_document_page_location, start), offsetof(struct awsc_bedrock_runtime_document_page_location, has_start), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"end", &s_DocumentPageLocationEndInteger, offsetof(struct awsc_bedrock_runtime_document_page_location, end), offsetof(struct awsc_bedrock_runtime_document_page_location, has_end), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DocumentPageLocation_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member s_DocumentSource_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"bytes", &s_DocumentSourceBytesBlob, offsetof(struct awsc_bedrock_runtime_document_source, bytes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"s3Location", &s_S3Location, offsetof(struct awsc_bedrock_runtime_document_source, s3_location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"text", &s_String, offsetof(struct awsc_bedrock_runtime_document_source, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"content", &s_DocumentContentBlocks, offsetof(struct awsc_bedrock_runtime_document_source, content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_DocumentSource_by_wire_name[] = { 0, 3, 1, 2 };

static const struct awsc_member s_ErrorBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_String, offsetof(struct awsc_bedrock_runtime_error_block, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ErrorBlock_by_wire_name[] = { 0 };

static const struct awsc_member awsc__bedrock_runtime_GetAsyncInvokeRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"invocationArn", &s_InvocationArn, offsetof(struct awsc_bedrock_runtime_get_async_invoke_input, invocation_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_GetAsyncInvokeRequest_by_wire_name[] = { 0 };

static const struct awsc_member awsc__bedrock_runtime_GetAsyncInvokeResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"invocationArn", &s_InvocationArn, offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, invocation_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"modelArn", &s_AsyncInvokeArn, offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, model_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"clientRequestToken", &s_AsyncInvokeIdempotencyToken, offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, client_request_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"status", &s_AsyncInvokeStatus, offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"failureMessage", &s_AsyncInvokeMessage, offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, failure_message), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"submitTime", &s_Timestamp, offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, submit_time), offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, has_submit_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"lastModifiedTime", &s_Timestamp, offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, last_modified_time), offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, has_last_modified_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"endTime", &s_Timestamp, offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, end_time), offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, has_end_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"outputDataConfig", &s_AsyncInvokeOutputDataConfig, offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, output_data_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_GetAsyncInvokeResponse_by_wire_name[] = { 2, 7, 4, 0, 6, 1, 8, 3, 5 };

static const struct awsc_member s_GuardrailAssessment_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"topicPolicy", &s_GuardrailTopicPolicyAssessment, offsetof(struct awsc_bedrock_runtime_guardrail_assessment, topic_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"contentPolicy", &s_GuardrailContentPolicyAssessment, offsetof(struct awsc_bedrock_runtime_guardrail_assessment, content_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"wordPolicy", &s_GuardrailWordPolicyAssessment, offsetof(struct awsc_bedrock_runtime_guardrail_assessment, word_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"sensitiveInformationPolicy", &s_GuardrailSensitiveInformationPolicyAssessment, offsetof(struct awsc_bedrock_runtime_guardrail_assessment, sensitive_information_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"contextualGroundingPolicy", &s_GuardrailContextualGroundingPolicyAssessment, offsetof(struct awsc_bedrock_runtime_guardrail_assessment, contextual_grounding_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"automatedReasoningPolicy", &s_GuardrailAutomatedReasoningPolicyAssessment, offsetof(struct awsc_bedrock_runtime_guardrail_assessment, automated_reasoning_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"invocationMetrics", &s_GuardrailInvocationMetrics, offsetof(struct awsc_bedrock_runtime_guardrail_assessment, invocation_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"appliedGuardrailDetails", &s_AppliedGuardrailDetails, offsetof(struct awsc_bedrock_runtime_guardrail_assessment, applied_guardrail_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailAssessment_by_wire_name[] = { 7, 5, 1, 4, 6, 3, 0, 2 };

static const struct awsc_member s_GuardrailAutomatedReasoningFinding_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"valid", &s_GuardrailAutomatedReasoningValidFinding, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding, valid), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"invalid", &s_GuardrailAutomatedReasoningInvalidFinding, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding, invalid), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"satisfiable", &s_GuardrailAutomatedReasoningSatisfiableFinding, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding, satisfiable), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"impossible", &s_GuardrailAutomatedReasoningImpossibleFinding, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding, impossible), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"translationAmbiguous", &s_GuardrailAutomatedReasoningTranslationAmbiguousFinding, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding, translation_ambiguous), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"tooComplex", &s_GuardrailAutomatedReasoningTooComplexFinding, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding, too_complex), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"noTranslations", &s_GuardrailAutomatedReasoningNoTranslationsFinding, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding, no_translations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailAutomatedReasoningFinding_by_wire_name[] = { 3, 1, 6, 2, 5, 4, 0 };

static const struct awsc_member s_GuardrailAutomatedReasoningImpossibleFinding_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"translation", &s_GuardrailAutomatedReasoningTranslation, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_impossible_finding, translation), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"contradictingRules", &s_GuardrailAutomatedReasoningRuleList, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_impossible_finding, contradicting_rules), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"logicWarning", &s_GuardrailAutomatedReasoningLogicWarning, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_impossible_finding, logic_warning), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailAutomatedReasoningImpossibleFinding_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member s_GuardrailAutomatedReasoningInputTextReference_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"text", &s_GuardrailAutomatedReasoningStatementNaturalLanguageContent, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_input_text_reference, text), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailAutomatedReasoningInputTextReference_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardrailAutomatedReasoningInvalidFinding_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"translation", &s_GuardrailAutomatedReasoningTranslation, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_invalid_finding, translation), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"contradictingRules", &s_GuardrailAutomatedReasoningRuleList, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_invalid_finding, contradicting_rules), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"logicWarning", &s_GuardrailAutomatedReasoningLogicWarning, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_invalid_finding, logic_warning), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailAutomatedReasoningInvalidFinding_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member s_GuardrailAutomatedReasoningLogicWarning_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"type", &s_GuardrailAutomatedReasoningLogicWarningType, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"premises", &s_GuardrailAutomatedReasoningStatementList, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning, premises), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"claims", &s_GuardrailAutomatedReasoningStatementList, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning, claims), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailAutomatedReasoningLogicWarning_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member s_GuardrailAutomatedReasoningPolicyAssessment_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"findings", &s_GuardrailAutomatedReasoningFindingList, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_policy_assessment, findings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailAutomatedReasoningPolicyAssessment_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardrailAutomatedReasoningRule_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"identifier", &s_AutomatedReasoningRuleIdentifier, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_rule, identifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"policyVersionArn", &s_GuardrailAutomatedReasoningPolicyVersionArn, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_rule, policy_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailAutomatedReasoningRule_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_GuardrailAutomatedReasoningSatisfiableFinding_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"translation", &s_GuardrailAutomatedReasoningTranslation, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_satisfiable_finding, translation), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"claimsTrueScenario", &s_GuardrailAutomatedReasoningScenario, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_satisfiable_finding, claims_true_scenario), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"claimsFalseScenario", &s_GuardrailAutomatedReasoningScenario, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_satisfiable_finding, claims_false_scenario), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"logicWarning", &s_GuardrailAutomatedReasoningLogicWarning, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_satisfiable_finding, logic_warning), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailAutomatedReasoningSatisfiableFinding_by_wire_name[] = { 2, 1, 3, 0 };

static const struct awsc_member s_GuardrailAutomatedReasoningScenario_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"statements", &s_GuardrailAutomatedReasoningStatementList, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_scenario, statements), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailAutomatedReasoningScenario_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardrailAutomatedReasoningStatement_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"logic", &s_GuardrailAutomatedReasoningStatementLogicContent, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_statement, logic), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"naturalLanguage", &s_GuardrailAutomatedReasoningStatementNaturalLanguageContent, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_statement, natural_language), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailAutomatedReasoningStatement_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_GuardrailAutomatedReasoningTranslation_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"premises", &s_GuardrailAutomatedReasoningStatementList, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation, premises), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"claims", &s_GuardrailAutomatedReasoningStatementList, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation, claims), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"untranslatedPremises", &s_GuardrailAutomatedReasoningInputTextReferenceList, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation, untranslated_premises), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"untranslatedClaims", &s_GuardrailAutomatedReasoningInputTextReferenceList, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation, untranslated_claims), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"confidence", &s_GuardrailAutomatedReasoningTranslationConfidence, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation, confidence), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation, has_confidence), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailAutomatedReasoningTranslation_by_wire_name[] = { 1, 4, 0, 3, 2 };

static const struct awsc_member s_GuardrailAutomatedReasoningTranslationAmbiguousFinding_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"options", &s_GuardrailAutomatedReasoningTranslationOptionList, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_ambiguous_finding, options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"differenceScenarios", &s_GuardrailAutomatedReasoningDifferenceScenarioList, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_ambiguous_finding, difference_scenarios), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailAutomatedReasoningTranslationAmbiguousFinding_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_GuardrailAutomatedReasoningTranslationOption_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"translations", &s_GuardrailAutomatedReasoningTranslationList, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_option, translations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailAutomatedReasoningTranslationOption_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardrailAutomatedReasoningValidFinding_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"translation", &s_GuardrailAutomatedReasoningTranslation, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_valid_finding, translation), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"claimsTrueScenario", &s_GuardrailAutomatedReasoningScenario, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_valid_finding, claims_true_scenario), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"supportingRules", &s_GuardrailAutomatedReasoningRuleList, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_valid_finding, supporting_rules), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"logicWarning", &s_GuardrailAutomatedReasoningLogicWarning, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_valid_finding, logic_warning), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailAutomatedReasoningValidFinding_by_wire_name[] = { 1, 3, 2, 0 };

static const struct awsc_member s_GuardrailChecksConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"contentFilter", &s_GuardrailChecksContentFilterConfig, offsetof(struct awsc_bedrock_runtime_guardrail_checks_config, content_filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"promptAttack", &s_GuardrailChecksPromptAttackConfig, offsetof(struct awsc_bedrock_runtime_guardrail_checks_config, prompt_attack), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"sensitiveInformation", &s_GuardrailChecksSensitiveInformationConfig, offsetof(struct awsc_bedrock_runtime_guardrail_checks_config, sensitive_information), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailChecksConfig_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member s_GuardrailChecksContentBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"text", &s_GuardrailChecksTextContent, offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_block, text), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailChecksContentBlock_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardrailChecksContentFilterCategoryConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"category", &s_GuardrailChecksContentFilterCategory, offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_category_config, category), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailChecksContentFilterCategoryConfig_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardrailChecksContentFilterConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"categories", &s_GuardrailChecksContentFilterCategoryConfigList, offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_config, categories), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailChecksContentFilterConfig_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardrailChecksContentFilterResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"results", &s_GuardrailChecksContentFilterResultList, offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_result, results), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailChecksContentFilterResult_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardrailChecksContentFilterResultEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"category", &s_GuardrailChecksContentFilterCategory, offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_result_entry, category), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"severityScore", &s_GuardrailChecksContentFilterResultEntrySeverityScoreDouble, offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_result_entry, severity_score), offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_result_entry, has_severity_score), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailChecksContentFilterResultEntry_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_GuardrailChecksContentFilterUsage_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"textUnits", &s_Integer, offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_usage, text_units), offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_usage, has_text_units), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailChecksContentFilterUsage_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardrailChecksMessage_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"role", &s_GuardrailChecksRole, offsetof(struct awsc_bedrock_runtime_guardrail_checks_message, role), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"content", &s_GuardrailChecksContentBlockList, offsetof(struct awsc_bedrock_runtime_guardrail_checks_message, content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailChecksMessage_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_GuardrailChecksPromptAttackCategoryConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"category", &s_GuardrailChecksPromptAttackCategory, offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_config, category), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailChecksPromptAttackCategoryConfig_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardrailChecksPromptAttackConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"categories", &s_GuardrailChecksPromptAttackCategoryConfigList, offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_config, categories), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailChecksPromptAttackConfig_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardrailChecksPromptAttackResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"results", &s_GuardrailChecksPromptAttackResultList, offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result, results), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailChecksPromptAttackResult_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardrailChecksPromptAttackResultEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"category", &s_GuardrailChecksPromptAttackCategory, offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result_entry, category), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"severityScore", &s_GuardrailChecksPromptAttackResultEntrySeverityScoreDouble, offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result_entry, severity_score), offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result_entry, has_severity_score), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailChecksPromptAttackResultEntry_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_GuardrailChecksPromptAttackUsage_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"textUnits", &s_Integer, offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_usage, text_units), offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_usage, has_text_units), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailChecksPromptAttackUsage_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardrailChecksResults_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"contentFilter", &s_GuardrailChecksContentFilterResult, offsetof(struct awsc_bedrock_runtime_guardrail_checks_results, content_filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"promptAttack", &s_GuardrailChecksPromptAttackResult, offsetof(struct awsc_bedrock_runtime_guardrail_checks_results, prompt_attack), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"sensitiveInformation", &s_GuardrailChecksSensitiveInformationResult, offsetof(struct awsc_bedrock_runtime_guardrail_checks_results, sensitive_information), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailChecksResults_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member s_GuardrailChecksSensitiveInformationConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"entities", &s_GuardrailChecksSensitiveInformationEntityConfigList, offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_config, entities), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailChecksSensitiveInformationConfig_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardrailChecksSensitiveInformationEntityConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"type", &s_GuardrailChecksSensitiveInformationEntityType, offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_config, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailChecksSensitiveInformationEntityConfig_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardrailChecksSensitiveInformationResult_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"results", &s_GuardrailChecksSensitiveInformationResultList, offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result, results), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"truncated", &s_Boolean, offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result, truncated), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result, has_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailChecksSensitiveInformationResult_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_GuardrailChecksSensitiveInformationResultEntry_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"type", &s_GuardrailChecksSensitiveInformationEntityType, offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"confidenceScore", &s_GuardrailChecksSensitiveInformationResultEntryConfidenceScoreDouble, offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, confidence_score), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, has_confidence_score), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"beginOffset", &s_GuardrailChecksSensitiveInformationResultEntryBeginOffsetInteger, offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, begin_offset), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, has_begin_offset), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"endOffset", &s_GuardrailChecksSensitiveInformationResultEntryEndOffsetInteger, offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, end_offset), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, has_end_offset), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"messageIndex", &s_GuardrailChecksSensitiveInformationResultEntryMessageIndexInteger, offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, message_index), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, has_message_index), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"contentIndex", &s_GuardrailChecksSensitiveInformationResultEntryContentIndexInteger, offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, content_index), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, has_content_index), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailChecksSensitiveInformationResultEntry_by_wire_name[] = { 2, 1, 5, 3, 4, 0 };

static const struct awsc_member s_GuardrailChecksSensitiveInformationUsage_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"textUnits", &s_Integer, offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_usage, text_units), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_usage, has_text_units), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailChecksSensitiveInformationUsage_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardrailChecksUsageResults_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"contentFilter", &s_GuardrailChecksContentFilterUsage, offsetof(struct awsc_bedrock_runtime_guardrail_checks_usage_results, content_filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"promptAttack", &s_GuardrailChecksPromptAttackUsage, offsetof(struct awsc_bedrock_runtime_guardrail_checks_usage_results, prompt_attack), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"sensitiveInformation", &s_GuardrailChecksSensitiveInformationUsage, offsetof(struct awsc_bedrock_runtime_guardrail_checks_usage_results, sensitive_information), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailChecksUsageResults_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member s_GuardrailConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"guardrailIdentifier", &s_GuardrailIdentifier, offsetof(struct awsc_bedrock_runtime_guardrail_configuration, guardrail_identifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"guardrailVersion", &s_GuardrailVersion, offsetof(struct awsc_bedrock_runtime_guardrail_configuration, guardrail_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"trace", &s_GuardrailTrace, offsetof(struct awsc_bedrock_runtime_guardrail_configuration, trace), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailConfiguration_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member s_GuardrailContentBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"text", &s_GuardrailTextBlock, offsetof(struct awsc_bedrock_runtime_guardrail_content_block, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"image", &s_GuardrailImageBlock, offsetof(struct awsc_bedrock_runtime_guardrail_content_block, image), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailContentBlock_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_GuardrailContentFilter_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"type", &s_GuardrailContentFilterType, offsetof(struct awsc_bedrock_runtime_guardrail_content_filter, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"confidence", &s_GuardrailContentFilterConfidence, offsetof(struct awsc_bedrock_runtime_guardrail_content_filter, confidence), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"filterStrength", &s_GuardrailContentFilterStrength, offsetof(struct awsc_bedrock_runtime_guardrail_content_filter, filter_strength), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"action", &s_GuardrailContentPolicyAction, offsetof(struct awsc_bedrock_runtime_guardrail_content_filter, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"detected", &s_Boolean, offsetof(struct awsc_bedrock_runtime_guardrail_content_filter, detected), offsetof(struct awsc_bedrock_runtime_guardrail_content_filter, has_detected), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailContentFilter_by_wire_name[] = { 3, 1, 4, 2, 0 };

static const struct awsc_member s_GuardrailContentPolicyAssessment_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"filters", &s_GuardrailContentFilterList, offsetof(struct awsc_bedrock_runtime_guardrail_content_policy_assessment, filters), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailContentPolicyAssessment_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardrailContextualGroundingFilter_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"type", &s_GuardrailContextualGroundingFilterType, offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"threshold", &s_GuardrailContextualGroundingFilterThresholdDouble, offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, threshold), offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, has_threshold), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"score", &s_GuardrailContextualGroundingFilterScoreDouble, offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, score), offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, has_score), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"action", &s_GuardrailContextualGroundingPolicyAction, offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"detected", &s_Boolean, offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, detected), offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, has_detected), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailContextualGroundingFilter_by_wire_name[] = { 3, 4, 2, 1, 0 };

static const struct awsc_member s_GuardrailContextualGroundingPolicyAssessment_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"filters", &s_GuardrailContextualGroundingFilters, offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_policy_assessment, filters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailContextualGroundingPolicyAssessment_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardrailConverseContentBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"text", &s_GuardrailConverseTextBlock, offsetof(struct awsc_bedrock_runtime_guardrail_converse_content_block, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"image", &s_GuardrailConverseImageBlock, offsetof(struct awsc_bedrock_runtime_guardrail_converse_content_block, image), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailConverseContentBlock_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_GuardrailConverseImageBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"format", &s_GuardrailConverseImageFormat, offsetof(struct awsc_bedrock_runtime_guardrail_converse_image_block, format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"source", &s_GuardrailConverseImageSource, offsetof(struct awsc_bedrock_runtime_guardrail_converse_image_block, source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailConverseImageBlock_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_GuardrailConverseImageSource_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"bytes", &s_GuardrailConverseImageSourceBytesBlob, offsetof(struct awsc_bedrock_runtime_guardrail_converse_image_source, bytes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailConverseImageSource_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardrailConverseTextBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"text", &s_String, offsetof(struct awsc_bedrock_runtime_guardrail_converse_text_block, text), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"qualifiers", &s_GuardrailConverseContentQualifierList, offsetof(struct awsc_bedrock_runtime_guardrail_converse_text_block, qualifiers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailConverseTextBlock_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_GuardrailCoverage_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"textCharacters", &s_GuardrailTextCharactersCoverage, offsetof(struct awsc_bedrock_runtime_guardrail_coverage, text_characters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"images", &s_GuardrailImageCoverage, offsetof(struct awsc_bedrock_runtime_guardrail_coverage, images), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailCoverage_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_GuardrailCustomWord_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"match", &s_String, offsetof(struct awsc_bedrock_runtime_guardrail_custom_word, match), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"action", &s_GuardrailWordPolicyAction, offsetof(struct awsc_bedrock_runtime_guardrail_custom_word, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"detected", &s_Boolean, offsetof(struct awsc_bedrock_runtime_guardrail_custom_word, detected), offsetof(struct awsc_bedrock_runtime_guardrail_custom_word, has_detected), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailCustomWord_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member s_GuardrailImageBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"format", &s_GuardrailImageFormat, offsetof(struct awsc_bedrock_runtime_guardrail_image_block, format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"source", &s_GuardrailImageSource, offsetof(struct awsc_bedrock_runtime_guardrail_image_block, source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailImageBlock_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_GuardrailImageCoverage_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"guarded", &s_ImagesGuarded, offsetof(struct awsc_bedrock_runtime_guardrail_image_coverage, guarded), offsetof(struct awsc_bedrock_runtime_guardrail_image_coverage, has_guarded), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"total", &s_ImagesTotal, offsetof(struct awsc_bedrock_runtime_guardrail_image_coverage, total), offsetof(struct awsc_bedrock_runtime_guardrail_image_coverage, has_total), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailImageCoverage_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_GuardrailImageSource_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"bytes", &s_GuardrailImageSourceBytesBlob, offsetof(struct awsc_bedrock_runtime_guardrail_image_source, bytes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailImageSource_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardrailInvocationMetrics_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"guardrailProcessingLatency", &s_GuardrailProcessingLatency, offsetof(struct awsc_bedrock_runtime_guardrail_invocation_metrics, guardrail_processing_latency), offsetof(struct awsc_bedrock_runtime_guardrail_invocation_metrics, has_guardrail_processing_latency), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"usage", &s_GuardrailUsage, offsetof(struct awsc_bedrock_runtime_guardrail_invocation_metrics, usage), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"guardrailCoverage", &s_GuardrailCoverage, offsetof(struct awsc_bedrock_runtime_guardrail_invocation_metrics, guardrail_coverage), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailInvocationMetrics_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member s_GuardrailManagedWord_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"match", &s_String, offsetof(struct awsc_bedrock_runtime_guardrail_managed_word, match), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"type", &s_GuardrailManagedWordType, offsetof(struct awsc_bedrock_runtime_guardrail_managed_word, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"action", &s_GuardrailWordPolicyAction, offsetof(struct awsc_bedrock_runtime_guardrail_managed_word, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"detected", &s_Boolean, offsetof(struct awsc_bedrock_runtime_guardrail_managed_word, detected), offsetof(struct awsc_bedrock_runtime_guardrail_managed_word, has_detected), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailManagedWord_by_wire_name[] = { 2, 3, 0, 1 };

static const struct awsc_member s_GuardrailOutputContent_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"text", &s_GuardrailOutputText, offsetof(struct awsc_bedrock_runtime_guardrail_output_content, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailOutputContent_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardrailPiiEntityFilter_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"match", &s_String, offsetof(struct awsc_bedrock_runtime_guardrail_pii_entity_filter, match), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"type", &s_GuardrailPiiEntityType, offsetof(struct awsc_bedrock_runtime_guardrail_pii_entity_filter, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"action", &s_GuardrailSensitiveInformationPolicyAction, offsetof(struct awsc_bedrock_runtime_guardrail_pii_entity_filter, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"detected", &s_Boolean, offsetof(struct awsc_bedrock_runtime_guardrail_pii_entity_filter, detected), offsetof(struct awsc_bedrock_runtime_guardrail_pii_entity_filter, has_detected), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailPiiEntityFilter_by_wire_name[] = { 2, 3, 0, 1 };

static const struct awsc_member s_GuardrailRegexFilter_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"name", &s_String, offsetof(struct awsc_bedrock_runtime_guardrail_regex_filter, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"match", &s_String, offsetof(struct awsc_bedrock_runtime_guardrail_regex_filter, match), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"regex", &s_String, offsetof(struct awsc_bedrock_runtime_guardrail_regex_filter, regex), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"action", &s_GuardrailSensitiveInformationPolicyAction, offsetof(struct awsc_bedrock_runtime_guardrail_regex_filter, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"detected", &s_Boolean, offsetof(struct awsc_bedrock_runtime_guardrail_regex_filter, detected), offsetof(struct awsc_bedrock_runtime_guardrail_regex_filter, has_detected), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailRegexFilter_by_wire_name[] = { 3, 4, 1, 0, 2 };

static const struct awsc_member s_GuardrailSensitiveInformationPolicyAssessment_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"piiEntities", &s_GuardrailPiiEntityFilterList, offsetof(struct awsc_bedrock_runtime_guardrail_sensitive_information_policy_assessment, pii_entities), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"regexes", &s_GuardrailRegexFilterList, offsetof(struct awsc_bedrock_runtime_guardrail_sensitive_information_policy_assessment, regexes), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailSensitiveInformationPolicyAssessment_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_GuardrailStreamConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"guardrailIdentifier", &s_GuardrailIdentifier, offsetof(struct awsc_bedrock_runtime_guardrail_stream_configuration, guardrail_identifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"guardrailVersion", &s_GuardrailVersion, offsetof(struct awsc_bedrock_runtime_guardrail_stream_configuration, guardrail_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"trace", &s_GuardrailTrace, offsetof(struct awsc_bedrock_runtime_guardrail_stream_configuration, trace), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"streamProcessingMode", &s_GuardrailStreamProcessingMode, offsetof(struct awsc_bedrock_runtime_guardrail_stream_configuration, stream_processing_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailStreamConfiguration_by_wire_name[] = { 0, 1, 3, 2 };

static const struct awsc_member s_GuardrailTextBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"text", &s_String, offsetof(struct awsc_bedrock_runtime_guardrail_text_block, text), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"qualifiers", &s_GuardrailContentQualifierList, offsetof(struct awsc_bedrock_runtime_guardrail_text_block, qualifiers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailTextBlock_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_GuardrailTextCharactersCoverage_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"guarded", &s_TextCharactersGuarded, offsetof(struct awsc_bedrock_runtime_guardrail_text_characters_coverage, guarded), offsetof(struct awsc_bedrock_runtime_guardrail_text_characters_coverage, has_guarded), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"total", &s_TextCharactersTotal, offsetof(struct awsc_bedrock_runtime_guardrail_text_characters_coverage, total), offsetof(struct awsc_bedrock_runtime_guardrail_text_characters_coverage, has_total), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailTextCharactersCoverage_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_GuardrailTopic_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"name", &s_String, offsetof(struct awsc_bedrock_runtime_guardrail_topic, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"type", &s_GuardrailTopicType, offsetof(struct awsc_bedrock_runtime_guardrail_topic, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"action", &s_GuardrailTopicPolicyAction, offsetof(struct awsc_bedrock_runtime_guardrail_topic, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"detected", &s_Boolean, offsetof(struct awsc_bedrock_runtime_guardrail_topic, detected), offsetof(struct awsc_bedrock_runtime_guardrail_topic, has_detected), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailTopic_by_wire_name[] = { 2, 3, 0, 1 };

static const struct awsc_member s_GuardrailTopicPolicyAssessment_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"topics", &s_GuardrailTopicList, offsetof(struct awsc_bedrock_runtime_guardrail_topic_policy_assessment, topics), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailTopicPolicyAssessment_by_wire_name[] = { 0 };

static const struct awsc_member s_GuardrailTraceAssessment_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"modelOutput", &s_ModelOutputs, offsetof(struct awsc_bedrock_runtime_guardrail_trace_assessment, model_output), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"inputAssessment", &s_GuardrailAssessmentMap, offsetof(struct awsc_bedrock_runtime_guardrail_trace_assessment, input_assessment), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"outputAssessments", &s_GuardrailAssessmentListMap, offsetof(struct awsc_bedrock_runtime_guardrail_trace_assessment, output_assessments), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"actionReason", &s_String, offsetof(struct awsc_bedrock_runtime_guardrail_trace_assessment, action_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailTraceAssessment_by_wire_name[] = { 3, 1, 0, 2 };

static const struct awsc_member s_GuardrailUsage_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"topicPolicyUnits", &s_GuardrailTopicPolicyUnitsProcessed, offsetof(struct awsc_bedrock_runtime_guardrail_usage, topic_policy_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, has_topic_policy_units), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"contentPolicyUnits", &s_GuardrailContentPolicyUnitsProcessed, offsetof(struct awsc_bedrock_runtime_guardrail_usage, content_policy_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, has_content_policy_units), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"wordPolicyUnits", &s_GuardrailWordPolicyUnitsProcessed, offsetof(struct awsc_bedrock_runtime_guardrail_usage, word_policy_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, has_word_policy_units), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"sensitiveInformationPolicyUnits", &s_GuardrailSensitiveInformationPolicyUnitsProcessed, offsetof(struct awsc_bedrock_runtime_guardrail_usage, sensitive_information_policy_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, has_sensitive_information_policy_units), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"sensitiveInformationPolicyFreeUnits", &s_GuardrailSensitiveInformationPolicyFreeUnitsProcessed, offsetof(struct awsc_bedrock_runtime_guardrail_usage, sensitive_information_policy_free_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, has_sensitive_information_policy_free_units), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"contextualGroundingPolicyUnits", &s_GuardrailContextualGroundingPolicyUnitsProcessed, offsetof(struct awsc_bedrock_runtime_guardrail_usage, contextual_grounding_policy_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, has_contextual_grounding_policy_units), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"contentPolicyImageUnits", &s_GuardrailContentPolicyImageUnitsProcessed, offsetof(struct awsc_bedrock_runtime_guardrail_usage, content_policy_image_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, has_content_policy_image_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"automatedReasoningPolicyUnits", &s_GuardrailAutomatedReasoningPolicyUnitsProcessed, offsetof(struct awsc_bedrock_runtime_guardrail_usage, automated_reasoning_policy_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, has_automated_reasoning_policy_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"automatedReasoningPolicies", &s_GuardrailAutomatedReasoningPoliciesProcessed, offsetof(struct awsc_bedrock_runtime_guardrail_usage, automated_reasoning_policies), offsetof(struct awsc_bedrock_runtime_guardrail_usage, has_automated_reasoning_policies), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailUsage_by_wire_name[] = { 8, 7, 6, 1, 5, 4, 3, 0, 2 };

static const struct awsc_member s_GuardrailWordPolicyAssessment_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"customWords", &s_GuardrailCustomWordList, offsetof(struct awsc_bedrock_runtime_guardrail_word_policy_assessment, custom_words), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"managedWordLists", &s_GuardrailManagedWordList, offsetof(struct awsc_bedrock_runtime_guardrail_word_policy_assessment, managed_word_lists), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_GuardrailWordPolicyAssessment_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ImageBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"format", &s_ImageFormat, offsetof(struct awsc_bedrock_runtime_image_block, format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"source", &s_ImageSource, offsetof(struct awsc_bedrock_runtime_image_block, source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"error", &s_ErrorBlock, offsetof(struct awsc_bedrock_runtime_image_block, error), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ImageBlock_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member s_ImageBlockDelta_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"source", &s_ImageSource, offsetof(struct awsc_bedrock_runtime_image_block_delta, source), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"error", &s_ErrorBlock, offsetof(struct awsc_bedrock_runtime_image_block_delta, error), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ImageBlockDelta_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ImageBlockStart_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"format", &s_ImageFormat, offsetof(struct awsc_bedrock_runtime_image_block_start, format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ImageBlockStart_by_wire_name[] = { 0 };

static const struct awsc_member s_ImageSource_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"bytes", &s_ImageSourceBytesBlob, offsetof(struct awsc_bedrock_runtime_image_source, bytes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"s3Location", &s_S3Location, offsetof(struct awsc_bedrock_runtime_image_source, s3_location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ImageSource_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_InferenceConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"maxTokens", &s_InferenceConfigurationMaxTokensInteger, offsetof(struct awsc_bedrock_runtime_inference_configuration, max_tokens), offsetof(struct awsc_bedrock_runtime_inference_configuration, has_max_tokens), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"temperature", &s_InferenceConfigurationTemperatureFloat, offsetof(struct awsc_bedrock_runtime_inference_configuration, temperature), offsetof(struct awsc_bedrock_runtime_inference_configuration, has_temperature), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"topP", &s_InferenceConfigurationTopPFloat, offsetof(struct awsc_bedrock_runtime_inference_configuration, top_p), offsetof(struct awsc_bedrock_runtime_inference_configuration, has_top_p), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"stopSequences", &s_InferenceConfigurationStopSequencesList, offsetof(struct awsc_bedrock_runtime_inference_configuration, stop_sequences), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InferenceConfiguration_by_wire_name[] = { 0, 3, 1, 2 };

static const struct awsc_member awsc__bedrock_runtime_InternalServerException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_NonBlankString, offsetof(struct awsc_bedrock_runtime_internal_server_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_InternalServerException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__bedrock_runtime_InvokeGuardrailChecksRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"messages", &s_GuardrailChecksMessageList, offsetof(struct awsc_bedrock_runtime_invoke_guardrail_checks_input, messages), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"checks", &s_GuardrailChecksConfig, offsetof(struct awsc_bedrock_runtime_invoke_guardrail_checks_input, checks), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_InvokeGuardrailChecksRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__bedrock_runtime_InvokeGuardrailChecksResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"results", &s_GuardrailChecksResults, offsetof(struct awsc_bedrock_runtime_invoke_guardrail_checks_output, results), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"usage", &s_GuardrailChecksUsageResults, offsetof(struct awsc_bedrock_runtime_invoke_guardrail_checks_output, usage), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_InvokeGuardrailChecksResponse_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__bedrock_runtime_InvokeModelRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"body", &s_Body, offsetof(struct awsc_bedrock_runtime_invoke_model_input, body), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"contentType\0" "Content-Type", &s_MimeType, offsetof(struct awsc_bedrock_runtime_invoke_model_input, content_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"accept\0" "Accept", &s_MimeType, offsetof(struct awsc_bedrock_runtime_invoke_model_input, accept), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"modelId", &s_InvokeModelIdentifier, offsetof(struct awsc_bedrock_runtime_invoke_model_input, model_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"trace\0" "X-Amzn-Bedrock-Trace", &s_Trace, offsetof(struct awsc_bedrock_runtime_invoke_model_input, trace), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"guardrailIdentifier\0" "X-Amzn-Bedrock-GuardrailIdentifier", &s_GuardrailIdentifier, offsetof(struct awsc_bedrock_runtime_invoke_model_input, guardrail_identifier), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"guardrailVersion\0" "X-Amzn-Bedrock-GuardrailVersion", &s_GuardrailVersion, offsetof(struct awsc_bedrock_runtime_invoke_model_input, guardrail_version), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"performanceConfigLatency\0" "X-Amzn-Bedrock-PerformanceConfig-Latency", &s_PerformanceConfigLatency, offsetof(struct awsc_bedrock_runtime_invoke_model_input, performance_config_latency), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"serviceTier\0" "X-Amzn-Bedrock-Service-Tier", &s_ServiceTierType, offsetof(struct awsc_bedrock_runtime_invoke_model_input, service_tier), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"requestMetadata\0" "X-Amzn-Bedrock-Request-Metadata", &s_RequestMetadataJson, offsetof(struct awsc_bedrock_runtime_invoke_model_input, request_metadata), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_InvokeModelRequest_by_wire_name[] = { 2, 1, 5, 6, 7, 9, 8, 4, 0, 3 };

static const struct awsc_member awsc__bedrock_runtime_InvokeModelResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"body", &s_Body, offsetof(struct awsc_bedrock_runtime_invoke_model_output, body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"contentType\0" "Content-Type", &s_MimeType, offsetof(struct awsc_bedrock_runtime_invoke_model_output, content_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"performanceConfigLatency\0" "X-Amzn-Bedrock-PerformanceConfig-Latency", &s_PerformanceConfigLatency, offsetof(struct awsc_bedrock_runtime_invoke_model_output, performance_config_latency), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"serviceTier\0" "X-Amzn-Bedrock-Service-Tier", &s_ServiceTierType, offsetof(struct awsc_bedrock_runtime_invoke_model_output, service_tier), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_InvokeModelResponse_by_wire_name[] = { 1, 2, 3, 0 };

static const struct awsc_member s_InvokeModelTokensRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"body", &s_Body, offsetof(struct awsc_bedrock_runtime_invoke_model_tokens_request, body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InvokeModelTokensRequest_by_wire_name[] = { 0 };

static const struct awsc_member s_InvokeModelWithBidirectionalStreamInput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"chunk", &s_BidirectionalInputPayloadPart, offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_input, chunk), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InvokeModelWithBidirectionalStreamInput_by_wire_name[] = { 0 };

static const struct awsc_member s_InvokeModelWithBidirectionalStreamOutput_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"chunk", &s_BidirectionalOutputPayloadPart, offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event, chunk), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"internalServerException", &awsc__bedrock_runtime_InternalServerException, offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event, internal_server_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"modelStreamErrorException", &awsc__bedrock_runtime_ModelStreamErrorException, offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event, model_stream_error_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"validationException", &awsc__bedrock_runtime_ValidationException, offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event, validation_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"throttlingException", &awsc__bedrock_runtime_ThrottlingException, offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event, throttling_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"modelTimeoutException", &awsc__bedrock_runtime_ModelTimeoutException, offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event, model_timeout_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"serviceUnavailableException", &awsc__bedrock_runtime_ServiceUnavailableException, offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event, service_unavailable_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_InvokeModelWithBidirectionalStreamOutput_by_wire_name[] = { 0, 1, 2, 5, 6, 4, 3 };

static const struct awsc_member awsc__bedrock_runtime_InvokeModelWithBidirectionalStreamRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"modelId", &s_InvokeModelIdentifier, offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_request, model_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"body", &s_InvokeModelWithBidirectionalStreamInput, offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_request, body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_InvokeModelWithBidirectionalStreamRequest_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__bedrock_runtime_InvokeModelWithBidirectionalStreamResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"body", &s_InvokeModelWithBidirectionalStreamOutput, offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_output, body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_InvokeModelWithBidirectionalStreamResponse_by_wire_name[] = { 0 };

static const struct awsc_member awsc__bedrock_runtime_InvokeModelWithResponseStreamRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"body", &s_Body, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, body), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"contentType\0" "Content-Type", &s_MimeType, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, content_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"accept\0" "X-Amzn-Bedrock-Accept", &s_MimeType, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, accept), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"modelId", &s_InvokeModelIdentifier, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, model_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT},
    {"trace\0" "X-Amzn-Bedrock-Trace", &s_Trace, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, trace), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"guardrailIdentifier\0" "X-Amzn-Bedrock-GuardrailIdentifier", &s_GuardrailIdentifier, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, guardrail_identifier), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"guardrailVersion\0" "X-Amzn-Bedrock-GuardrailVersion", &s_GuardrailVersion, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, guardrail_version), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"performanceConfigLatency\0" "X-Amzn-Bedrock-PerformanceConfig-Latency", &s_PerformanceConfigLatency, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, performance_config_latency), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"serviceTier\0" "X-Amzn-Bedrock-Service-Tier", &s_ServiceTierType, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, service_tier), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"requestMetadata\0" "X-Amzn-Bedrock-Request-Metadata", &s_RequestMetadataJson, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, request_metadata), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_InvokeModelWithResponseStreamRequest_by_wire_name[] = { 1, 2, 5, 6, 7, 9, 8, 4, 0, 3 };

static const struct awsc_member awsc__bedrock_runtime_InvokeModelWithResponseStreamResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"body", &s_ResponseStream, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_output, body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"contentType\0" "X-Amzn-Bedrock-Content-Type", &s_MimeType, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_output, content_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"performanceConfigLatency\0" "X-Amzn-Bedrock-PerformanceConfig-Latency", &s_PerformanceConfigLatency, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_output, performance_config_latency), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
    {"serviceTier\0" "X-Amzn-Bedrock-Service-Tier", &s_ServiceTierType, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_output, service_tier), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_InvokeModelWithResponseStreamResponse_by_wire_name[] = { 1, 2, 3, 0 };

static const struct awsc_member s_JsonSchemaDefinition_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"schema", &s_String, offsetof(struct awsc_bedrock_runtime_json_schema_definition, schema), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"name", &s_String, offsetof(struct awsc_bedrock_runtime_json_schema_definition, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"description", &s_String, offsetof(struct awsc_bedrock_runtime_json_schema_definition, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_JsonSchemaDefinition_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member awsc__bedrock_runtime_ListAsyncInvokesRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"submitTimeAfter", &s_Timestamp, offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, submit_time_after), offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, has_submit_time_after), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"submitTimeBefore", &s_Timestamp, offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, submit_time_before), offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, has_submit_time_before), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"statusEquals", &s_AsyncInvokeStatus, offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, status_equals), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"maxResults", &s_MaxResults, offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, max_results), offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, has_max_results), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"nextToken", &s_PaginationToken, offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"sortBy", &s_SortAsyncInvocationBy, offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, sort_by), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
    {"sortOrder", &s_SortOrder, offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, sort_order), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_ListAsyncInvokesRequest_by_wire_name[] = { 3, 4, 5, 6, 2, 0, 1 };

static const struct awsc_member awsc__bedrock_runtime_ListAsyncInvokesResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"nextToken", &s_PaginationToken, offsetof(struct awsc_bedrock_runtime_list_async_invokes_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"asyncInvokeSummaries", &s_AsyncInvokeSummaries, offsetof(struct awsc_bedrock_runtime_list_async_invokes_output, async_invoke_summaries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_ListAsyncInvokesResponse_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_Message_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"role", &s_ConversationRole, offsetof(struct awsc_bedrock_runtime_message, role), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"content", &s_ContentBlocks, offsetof(struct awsc_bedrock_runtime_message, content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Message_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_MessageStartEvent_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"role", &s_ConversationRole, offsetof(struct awsc_bedrock_runtime_message_start_event, role), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MessageStartEvent_by_wire_name[] = { 0 };

static const struct awsc_member s_MessageStopEvent_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"stopReason", &s_StopReason, offsetof(struct awsc_bedrock_runtime_message_stop_event, stop_reason), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"additionalModelResponseFields", &s_Document, offsetof(struct awsc_bedrock_runtime_message_stop_event, additional_model_response_fields), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_MessageStopEvent_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__bedrock_runtime_ModelErrorException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_NonBlankString, offsetof(struct awsc_bedrock_runtime_model_error_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"originalStatusCode", &s_StatusCode, offsetof(struct awsc_bedrock_runtime_model_error_exception, original_status_code), offsetof(struct awsc_bedrock_runtime_model_error_exception, has_original_status_code), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"resourceName", &s_NonBlankString, offsetof(struct awsc_bedrock_runtime_model_error_exception, resource_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_ModelErrorException_by_wire_name[] = { 0, 1, 2 };

static const struct awsc_member awsc__bedrock_runtime_ModelNotReadyException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_NonBlankString, offsetof(struct awsc_bedrock_runtime_model_not_ready_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_ModelNotReadyException_by_wire_name[] = { 0 };

static const struct awsc_member awsc__bedrock_runtime_ModelStreamErrorException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_NonBlankString, offsetof(struct awsc_bedrock_runtime_model_stream_error_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"originalStatusCode", &s_StatusCode, offsetof(struct awsc_bedrock_runtime_model_stream_error_exception, original_status_code), offsetof(struct awsc_bedrock_runtime_model_stream_error_exception, has_original_status_code), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"originalMessage", &s_NonBlankString, offsetof(struct awsc_bedrock_runtime_model_stream_error_exception, original_message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_ModelStreamErrorException_by_wire_name[] = { 0, 2, 1 };

static const struct awsc_member awsc__bedrock_runtime_ModelTimeoutException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_NonBlankString, offsetof(struct awsc_bedrock_runtime_model_timeout_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_ModelTimeoutException_by_wire_name[] = { 0 };

static const struct awsc_member s_OutputConfig_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"textFormat", &s_OutputFormat, offsetof(struct awsc_bedrock_runtime_output_config, text_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"effort", &s_OutputConfigEffortString, offsetof(struct awsc_bedrock_runtime_output_config, effort), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_OutputConfig_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_OutputFormat_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"type", &s_OutputFormatType, offsetof(struct awsc_bedrock_runtime_output_format, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"structure", &s_OutputFormatStructure, offsetof(struct awsc_bedrock_runtime_output_format, structure), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_OutputFormat_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_OutputFormatStructure_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"jsonSchema", &s_JsonSchemaDefinition, offsetof(struct awsc_bedrock_runtime_output_format_structure, json_schema), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_OutputFormatStructure_by_wire_name[] = { 0 };

static const struct awsc_member s_PayloadPart_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"bytes", &s_PartBody, offsetof(struct awsc_bedrock_runtime_payload_part, bytes), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PayloadPart_by_wire_name[] = { 0 };

static const struct awsc_member s_PerformanceConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"latency", &s_PerformanceConfigLatency, offsetof(struct awsc_bedrock_runtime_performance_configuration, latency), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PerformanceConfiguration_by_wire_name[] = { 0 };

static const struct awsc_member s_PromptRouterTrace_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"invokedModelId", &s_InvokedModelId, offsetof(struct awsc_bedrock_runtime_prompt_router_trace, invoked_model_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PromptRouterTrace_by_wire_name[] = { 0 };

static const struct awsc_member s_PromptVariableValues_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"text", &s_String, offsetof(struct awsc_bedrock_runtime_prompt_variable_values, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_PromptVariableValues_by_wire_name[] = { 0 };

static const struct awsc_member s_ReasoningContentBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"reasoningText", &s_ReasoningTextBlock, offsetof(struct awsc_bedrock_runtime_reasoning_content_block, reasoning_text), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"redactedContent", &s_Blob, offsetof(struct awsc_bedrock_runtime_reasoning_content_block, redacted_content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReasoningContentBlock_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_ReasoningContentBlockDelta_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"text", &s_String, offsetof(struct awsc_bedrock_runtime_reasoning_content_block_delta, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"redactedContent", &s_Blob, offsetof(struct awsc_bedrock_runtime_reasoning_content_block_delta, redacted_content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"signature", &s_String, offsetof(struct awsc_bedrock_runtime_reasoning_content_block_delta, signature), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReasoningContentBlockDelta_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member s_ReasoningTextBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"text", &s_String, offsetof(struct awsc_bedrock_runtime_reasoning_text_block, text), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"signature", &s_String, offsetof(struct awsc_bedrock_runtime_reasoning_text_block, signature), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ReasoningTextBlock_by_wire_name[] = { 1, 0 };

static const struct awsc_member awsc__bedrock_runtime_ResourceNotFoundException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_NonBlankString, offsetof(struct awsc_bedrock_runtime_resource_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_ResourceNotFoundException_by_wire_name[] = { 0 };

static const struct awsc_member s_ResponseStream_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"chunk", &s_PayloadPart, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event, chunk), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"internalServerException", &awsc__bedrock_runtime_InternalServerException, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event, internal_server_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"modelStreamErrorException", &awsc__bedrock_runtime_ModelStreamErrorException, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event, model_stream_error_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"validationException", &awsc__bedrock_runtime_ValidationException, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event, validation_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"throttlingException", &awsc__bedrock_runtime_ThrottlingException, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event, throttling_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"modelTimeoutException", &awsc__bedrock_runtime_ModelTimeoutException, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event, model_timeout_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"serviceUnavailableException", &awsc__bedrock_runtime_ServiceUnavailableException, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event, service_unavailable_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ResponseStream_by_wire_name[] = { 0, 1, 2, 5, 6, 4, 3 };

static const struct awsc_member s_S3Location_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"uri", &s_S3Uri, offsetof(struct awsc_bedrock_runtime_s3_location, uri), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"bucketOwner", &s_AccountId, offsetof(struct awsc_bedrock_runtime_s3_location, bucket_owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_S3Location_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_SearchResultBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"source", &s_String, offsetof(struct awsc_bedrock_runtime_search_result_block, source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"title", &s_String, offsetof(struct awsc_bedrock_runtime_search_result_block, title), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"content", &s_SearchResultContentBlocks, offsetof(struct awsc_bedrock_runtime_search_result_block, content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"citations", &s_CitationsConfig, offsetof(struct awsc_bedrock_runtime_search_result_block, citations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SearchResultBlock_by_wire_name[] = { 3, 2, 0, 1 };

static const struct awsc_member s_SearchResultContentBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"text", &s_String, offsetof(struct awsc_bedrock_runtime_search_result_content_block, text), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SearchResultContentBlock_by_wire_name[] = { 0 };

static const struct awsc_member s_SearchResultLocation_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"searchResultIndex", &s_SearchResultLocationSearchResultIndexInteger, offsetof(struct awsc_bedrock_runtime_search_result_location, search_result_index), offsetof(struct awsc_bedrock_runtime_search_result_location, has_search_result_index), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"start", &s_SearchResultLocationStartInteger, offsetof(struct awsc_bedrock_runtime_search_result_location, start), offsetof(struct awsc_bedrock_runtime_search_result_location, has_start), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"end", &s_SearchResultLocationEndInteger, offsetof(struct awsc_bedrock_runtime_search_result_location, end), offsetof(struct awsc_bedrock_runtime_search_result_location, has_end), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SearchResultLocation_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member awsc__bedrock_runtime_ServiceQuotaExceededException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_NonBlankString, offsetof(struct awsc_bedrock_runtime_service_quota_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_ServiceQuotaExceededException_by_wire_name[] = { 0 };

static const struct awsc_member s_ServiceTier_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"type", &s_ServiceTierType, offsetof(struct awsc_bedrock_runtime_service_tier, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ServiceTier_by_wire_name[] = { 0 };

static const struct awsc_member awsc__bedrock_runtime_ServiceUnavailableException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_NonBlankString, offsetof(struct awsc_bedrock_runtime_service_unavailable_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_ServiceUnavailableException_by_wire_name[] = { 0 };

static const struct awsc_member s_SpecificToolChoice_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"name", &s_ToolName, offsetof(struct awsc_bedrock_runtime_specific_tool_choice, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SpecificToolChoice_by_wire_name[] = { 0 };

static const struct awsc_member awsc__bedrock_runtime_StartAsyncInvokeRequest_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"clientRequestToken", &s_AsyncInvokeIdempotencyToken, offsetof(struct awsc_bedrock_runtime_start_async_invoke_input, client_request_token), AWSC_NO_PRESENCE, AWSC_MF_IDEMPOTENCY_TOKEN, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"modelId", &s_AsyncInvokeIdentifier, offsetof(struct awsc_bedrock_runtime_start_async_invoke_input, model_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"modelInput", &s_ModelInputPayload, offsetof(struct awsc_bedrock_runtime_start_async_invoke_input, model_input), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"outputDataConfig", &s_AsyncInvokeOutputDataConfig, offsetof(struct awsc_bedrock_runtime_start_async_invoke_input, output_data_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"tags", &s_TagList, offsetof(struct awsc_bedrock_runtime_start_async_invoke_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_StartAsyncInvokeRequest_by_wire_name[] = { 0, 1, 2, 3, 4 };

static const struct awsc_member awsc__bedrock_runtime_StartAsyncInvokeResponse_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"invocationArn", &s_InvocationArn, offsetof(struct awsc_bedrock_runtime_start_async_invoke_output, invocation_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_StartAsyncInvokeResponse_by_wire_name[] = { 0 };

static const struct awsc_member s_SystemContentBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"text", &s_NonEmptyString, offsetof(struct awsc_bedrock_runtime_system_content_block, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"guardContent", &s_GuardrailConverseContentBlock, offsetof(struct awsc_bedrock_runtime_system_content_block, guard_content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"cachePoint", &s_CachePointBlock, offsetof(struct awsc_bedrock_runtime_system_content_block, cache_point), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SystemContentBlock_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member s_SystemTool_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"name", &s_ToolName, offsetof(struct awsc_bedrock_runtime_system_tool, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_SystemTool_by_wire_name[] = { 0 };

static const struct awsc_member s_Tag_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"key", &s_TagKey, offsetof(struct awsc_bedrock_runtime_tag, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"value", &s_TagValue, offsetof(struct awsc_bedrock_runtime_tag, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Tag_by_wire_name[] = { 0, 1 };

static const struct awsc_member awsc__bedrock_runtime_ThrottlingException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_NonBlankString, offsetof(struct awsc_bedrock_runtime_throttling_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_ThrottlingException_by_wire_name[] = { 0 };

static const struct awsc_member s_TokenUsage_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"inputTokens", &s_TokenUsageInputTokensInteger, offsetof(struct awsc_bedrock_runtime_token_usage, input_tokens), offsetof(struct awsc_bedrock_runtime_token_usage, has_input_tokens), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"outputTokens", &s_TokenUsageOutputTokensInteger, offsetof(struct awsc_bedrock_runtime_token_usage, output_tokens), offsetof(struct awsc_bedrock_runtime_token_usage, has_output_tokens), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"totalTokens", &s_TokenUsageTotalTokensInteger, offsetof(struct awsc_bedrock_runtime_token_usage, total_tokens), offsetof(struct awsc_bedrock_runtime_token_usage, has_total_tokens), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"cacheReadInputTokens", &s_TokenUsageCacheReadInputTokensInteger, offsetof(struct awsc_bedrock_runtime_token_usage, cache_read_input_tokens), offsetof(struct awsc_bedrock_runtime_token_usage, has_cache_read_input_tokens), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"cacheWriteInputTokens", &s_TokenUsageCacheWriteInputTokensInteger, offsetof(struct awsc_bedrock_runtime_token_usage, cache_write_input_tokens), offsetof(struct awsc_bedrock_runtime_token_usage, has_cache_write_input_tokens), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"cacheDetails", &s_CacheDetailsList, offsetof(struct awsc_bedrock_runtime_token_usage, cache_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_TokenUsage_by_wire_name[] = { 5, 3, 4, 0, 1, 2 };

static const struct awsc_member s_Tool_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"toolSpec", &s_ToolSpecification, offsetof(struct awsc_bedrock_runtime_tool, tool_spec), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"systemTool", &s_SystemTool, offsetof(struct awsc_bedrock_runtime_tool, system_tool), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"cachePoint", &s_CachePointBlock, offsetof(struct awsc_bedrock_runtime_tool, cache_point), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_Tool_by_wire_name[] = { 2, 1, 0 };

static const struct awsc_member s_ToolAdditionBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"tool", &s_ToolReference, offsetof(struct awsc_bedrock_runtime_tool_addition_block, tool), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ToolAdditionBlock_by_wire_name[] = { 0 };

static const struct awsc_member s_ToolChoice_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"auto", &s_AutoToolChoice, offsetof(struct awsc_bedrock_runtime_tool_choice, auto_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"any", &s_AnyToolChoice, offsetof(struct awsc_bedrock_runtime_tool_choice, any), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"tool", &s_SpecificToolChoice, offsetof(struct awsc_bedrock_runtime_tool_choice, tool), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ToolChoice_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member s_ToolConfiguration_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"tools", &s_ToolConfigurationToolsList, offsetof(struct awsc_bedrock_runtime_tool_configuration, tools), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"toolChoice", &s_ToolChoice, offsetof(struct awsc_bedrock_runtime_tool_configuration, tool_choice), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ToolConfiguration_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ToolInputSchema_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"json", &s_Document, offsetof(struct awsc_bedrock_runtime_tool_input_schema, json), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ToolInputSchema_by_wire_name[] = { 0 };

static const struct awsc_member s_ToolReference_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"type", &s_ToolReferenceTypeString, offsetof(struct awsc_bedrock_runtime_tool_reference, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"name", &s_ToolReferenceNameString, offsetof(struct awsc_bedrock_runtime_tool_reference, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"serverName", &s_ToolReferenceServerNameString, offsetof(struct awsc_bedrock_runtime_tool_reference, server_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ToolReference_by_wire_name[] = { 1, 2, 0 };

static const struct awsc_member s_ToolRemovalBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"tool", &s_ToolReference, offsetof(struct awsc_bedrock_runtime_tool_removal_block, tool), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ToolRemovalBlock_by_wire_name[] = { 0 };

static const struct awsc_member s_ToolResultBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"toolUseId", &s_ToolUseId, offsetof(struct awsc_bedrock_runtime_tool_result_block, tool_use_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"content", &s_ToolResultContentBlocks, offsetof(struct awsc_bedrock_runtime_tool_result_block, content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"status", &s_ToolResultStatus, offsetof(struct awsc_bedrock_runtime_tool_result_block, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"type", &s_String, offsetof(struct awsc_bedrock_runtime_tool_result_block, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ToolResultBlock_by_wire_name[] = { 1, 2, 0, 3 };

static const struct awsc_member s_ToolResultBlockDelta_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"text", &s_String, offsetof(struct awsc_bedrock_runtime_tool_result_block_delta, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"json", &s_Document, offsetof(struct awsc_bedrock_runtime_tool_result_block_delta, json), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ToolResultBlockDelta_by_wire_name[] = { 1, 0 };

static const struct awsc_member s_ToolResultBlockStart_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"toolUseId", &s_ToolUseId, offsetof(struct awsc_bedrock_runtime_tool_result_block_start, tool_use_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"type", &s_String, offsetof(struct awsc_bedrock_runtime_tool_result_block_start, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"status", &s_ToolResultStatus, offsetof(struct awsc_bedrock_runtime_tool_result_block_start, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ToolResultBlockStart_by_wire_name[] = { 2, 0, 1 };

static const struct awsc_member s_ToolResultContentBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"json", &s_Document, offsetof(struct awsc_bedrock_runtime_tool_result_content_block, json), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"text", &s_String, offsetof(struct awsc_bedrock_runtime_tool_result_content_block, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"image", &s_ImageBlock, offsetof(struct awsc_bedrock_runtime_tool_result_content_block, image), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"document", &s_DocumentBlock, offsetof(struct awsc_bedrock_runtime_tool_result_content_block, document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"video", &s_VideoBlock, offsetof(struct awsc_bedrock_runtime_tool_result_content_block, video), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"searchResult", &s_SearchResultBlock, offsetof(struct awsc_bedrock_runtime_tool_result_content_block, search_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ToolResultContentBlock_by_wire_name[] = { 3, 2, 0, 5, 1, 4 };

static const struct awsc_member s_ToolSpecification_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"name", &s_ToolName, offsetof(struct awsc_bedrock_runtime_tool_specification, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"description", &s_NonEmptyString, offsetof(struct awsc_bedrock_runtime_tool_specification, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"inputSchema", &s_ToolInputSchema, offsetof(struct awsc_bedrock_runtime_tool_specification, input_schema), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"strict", &s_Boolean, offsetof(struct awsc_bedrock_runtime_tool_specification, strict), offsetof(struct awsc_bedrock_runtime_tool_specification, has_strict), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ToolSpecification_by_wire_name[] = { 1, 2, 0, 3 };

static const struct awsc_member s_ToolUseBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"toolUseId", &s_ToolUseId, offsetof(struct awsc_bedrock_runtime_tool_use_block, tool_use_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"name", &s_ToolName, offsetof(struct awsc_bedrock_runtime_tool_use_block, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"input", &s_Document, offsetof(struct awsc_bedrock_runtime_tool_use_block, input), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"type", &s_ToolUseType, offsetof(struct awsc_bedrock_runtime_tool_use_block, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ToolUseBlock_by_wire_name[] = { 2, 1, 0, 3 };

static const struct awsc_member s_ToolUseBlockDelta_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"input", &s_String, offsetof(struct awsc_bedrock_runtime_tool_use_block_delta, input), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ToolUseBlockDelta_by_wire_name[] = { 0 };

static const struct awsc_member s_ToolUseBlockStart_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"toolUseId", &s_ToolUseId, offsetof(struct awsc_bedrock_runtime_tool_use_block_start, tool_use_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"name", &s_ToolName, offsetof(struct awsc_bedrock_runtime_tool_use_block_start, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"type", &s_ToolUseType, offsetof(struct awsc_bedrock_runtime_tool_use_block_start, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_ToolUseBlockStart_by_wire_name[] = { 1, 0, 2 };

static const struct awsc_member awsc__bedrock_runtime_ValidationException_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"message", &s_NonBlankString, offsetof(struct awsc_bedrock_runtime_validation_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t awsc__bedrock_runtime_ValidationException_by_wire_name[] = { 0 };

static const struct awsc_member s_VideoBlock_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"format", &s_VideoFormat, offsetof(struct awsc_bedrock_runtime_video_block, format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"source", &s_VideoSource, offsetof(struct awsc_bedrock_runtime_video_block, source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_VideoBlock_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_VideoSource_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"bytes", &s_VideoSourceBytesBlob, offsetof(struct awsc_bedrock_runtime_video_source, bytes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"s3Location", &s_S3Location, offsetof(struct awsc_bedrock_runtime_video_source, s3_location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_VideoSource_by_wire_name[] = { 0, 1 };

static const struct awsc_member s_WebLocation_members[] = {
    /* names (name, then wire name, query name, XML namespace as the flags say), shape, offset (of the C member), has_ offset, flags, location, timestamp format */
    {"url", &s_String, offsetof(struct awsc_bedrock_runtime_web_location, url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
    {"domain", &s_String, offsetof(struct awsc_bedrock_runtime_web_location, domain), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT},
};
static const uint16_t s_WebLocation_by_wire_name[] = { 1, 0 };

const struct awsc_shape awsc__bedrock_runtime_AccessDeniedException = {
    .name = "AccessDeniedException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_bedrock_runtime_access_denied_exception),
    .members = awsc__bedrock_runtime_AccessDeniedException_members,
    .member_count = 1,
    .by_wire_name = awsc__bedrock_runtime_AccessDeniedException_by_wire_name,
    .error_code = "AccessDeniedException",
    .http_status = 403,
};

static const struct awsc_shape s_AccountId = {
    .name = "AccountId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_AnyToolChoice = {
    .name = "AnyToolChoice",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_any_tool_choice),
};

static const struct awsc_shape s_AppliedGuardrailDetails = {
    .name = "AppliedGuardrailDetails",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_applied_guardrail_details),
    .members = s_AppliedGuardrailDetails_members,
    .member_count = 5,
    .by_wire_name = s_AppliedGuardrailDetails_by_wire_name,
};

const struct awsc_shape awsc__bedrock_runtime_ApplyGuardrailRequest = {
    .name = "ApplyGuardrailRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_apply_guardrail_input),
    .members = awsc__bedrock_runtime_ApplyGuardrailRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__bedrock_runtime_ApplyGuardrailRequest_by_wire_name,
};

const struct awsc_shape awsc__bedrock_runtime_ApplyGuardrailResponse = {
    .name = "ApplyGuardrailResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_apply_guardrail_output),
    .members = awsc__bedrock_runtime_ApplyGuardrailResponse_members,
    .member_count = 6,
    .by_wire_name = awsc__bedrock_runtime_ApplyGuardrailResponse_by_wire_name,
};

static const struct awsc_shape s_AsyncInvokeArn = {
    .name = "AsyncInvokeArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AsyncInvokeArn_range,
};

static const struct awsc_shape s_AsyncInvokeIdempotencyToken = {
    .name = "AsyncInvokeIdempotencyToken",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AsyncInvokeIdempotencyToken_range,
};

static const struct awsc_shape s_AsyncInvokeIdentifier = {
    .name = "AsyncInvokeIdentifier",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AsyncInvokeIdentifier_range,
};

static const struct awsc_shape s_AsyncInvokeMessage = {
    .name = "AsyncInvokeMessage",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
    .range = &s_AsyncInvokeMessage_range,
};

static const struct awsc_shape s_AsyncInvokeOutputDataConfig = {
    .name = "AsyncInvokeOutputDataConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_bedrock_runtime_async_invoke_output_data_config),
    .members = s_AsyncInvokeOutputDataConfig_members,
    .member_count = 1,
    .by_wire_name = s_AsyncInvokeOutputDataConfig_by_wire_name,
};

static const struct awsc_shape s_AsyncInvokeS3OutputDataConfig = {
    .name = "AsyncInvokeS3OutputDataConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_async_invoke_s3_output_data_config),
    .members = s_AsyncInvokeS3OutputDataConfig_members,
    .member_count = 3,
    .by_wire_name = s_AsyncInvokeS3OutputDataConfig_by_wire_name,
};

static const struct awsc_shape s_AsyncInvokeStatus = {
    .name = "AsyncInvokeStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_AsyncInvokeStatus_values,
    .enum_count = 3,
};

static const struct awsc_shape s_AsyncInvokeSummaries = {
    .name = "AsyncInvokeSummaries",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_async_invoke_summaries),
    .item = &s_AsyncInvokeSummary,
};

static const struct awsc_shape s_AsyncInvokeSummary = {
    .name = "AsyncInvokeSummary",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_async_invoke_summary),
    .members = s_AsyncInvokeSummary_members,
    .member_count = 9,
    .by_wire_name = s_AsyncInvokeSummary_by_wire_name,
};

static const struct awsc_shape s_AudioBlock = {
    .name = "AudioBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_audio_block),
    .members = s_AudioBlock_members,
    .member_count = 3,
    .by_wire_name = s_AudioBlock_by_wire_name,
};

static const struct awsc_shape s_AudioFormat = {
    .name = "AudioFormat",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_AudioFormat_values,
    .enum_count = 15,
};

static const struct awsc_shape s_AudioSource = {
    .name = "AudioSource",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION | AWSC_SF_SENSITIVE,
    .size = sizeof(struct awsc_bedrock_runtime_audio_source),
    .members = s_AudioSource_members,
    .member_count = 2,
    .by_wire_name = s_AudioSource_by_wire_name,
};

static const struct awsc_shape s_AudioSourceBytesBlob = {
    .name = "AudioSourceBytesBlob",
    .type = AWSC_SHAPE_BLOB,
    .size = sizeof(struct awsc_blob),
    .range = &s_AudioSourceBytesBlob_range,
};

static const struct awsc_shape s_AutoToolChoice = {
    .name = "AutoToolChoice",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_auto_tool_choice),
};

static const struct awsc_shape s_AutomatedReasoningRuleIdentifier = {
    .name = "AutomatedReasoningRuleIdentifier",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_AutomatedReasoningRuleIdentifier_range,
};

static const struct awsc_shape s_BidirectionalInputPayloadPart = {
    .name = "BidirectionalInputPayloadPart",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_SENSITIVE | AWSC_SF_EVENT,
    .size = sizeof(struct awsc_bedrock_runtime_bidirectional_input_payload_part),
    .members = s_BidirectionalInputPayloadPart_members,
    .member_count = 1,
    .by_wire_name = s_BidirectionalInputPayloadPart_by_wire_name,
};

static const struct awsc_shape s_BidirectionalOutputPayloadPart = {
    .name = "BidirectionalOutputPayloadPart",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_SENSITIVE | AWSC_SF_EVENT,
    .size = sizeof(struct awsc_bedrock_runtime_bidirectional_output_payload_part),
    .members = s_BidirectionalOutputPayloadPart_members,
    .member_count = 1,
    .by_wire_name = s_BidirectionalOutputPayloadPart_by_wire_name,
};

static const struct awsc_shape s_Blob = {
    .name = "Blob",
    .type = AWSC_SHAPE_BLOB,
    .size = sizeof(struct awsc_blob),
};

static const struct awsc_shape s_Body = {
    .name = "Body",
    .type = AWSC_SHAPE_BLOB,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(struct awsc_blob),
    .range = &s_Body_range,
};

static const struct awsc_shape s_Boolean = {
    .name = "Boolean",
    .type = AWSC_SHAPE_BOOLEAN,
    .size = sizeof(bool),
};

static const struct awsc_shape s_CacheDetail = {
    .name = "CacheDetail",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_cache_detail),
    .members = s_CacheDetail_members,
    .member_count = 2,
    .by_wire_name = s_CacheDetail_by_wire_name,
};

static const struct awsc_shape s_CacheDetailInputTokensInteger = {
    .name = "CacheDetailInputTokensInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_CacheDetailInputTokensInteger_range,
};

static const struct awsc_shape s_CacheDetailsList = {
    .name = "CacheDetailsList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_cache_details_list),
    .item = &s_CacheDetail,
};

static const struct awsc_shape s_CachePointBlock = {
    .name = "CachePointBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_cache_point_block),
    .members = s_CachePointBlock_members,
    .member_count = 2,
    .by_wire_name = s_CachePointBlock_by_wire_name,
};

static const struct awsc_shape s_CachePointType = {
    .name = "CachePointType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_CachePointType_values,
    .enum_count = 1,
};

static const struct awsc_shape s_CacheTTL = {
    .name = "CacheTTL",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_CacheTTL_values,
    .enum_count = 2,
};

static const struct awsc_shape s_Citation = {
    .name = "Citation",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_citation),
    .members = s_Citation_members,
    .member_count = 4,
    .by_wire_name = s_Citation_by_wire_name,
};

static const struct awsc_shape s_CitationGeneratedContent = {
    .name = "CitationGeneratedContent",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_bedrock_runtime_citation_generated_content),
    .members = s_CitationGeneratedContent_members,
    .member_count = 1,
    .by_wire_name = s_CitationGeneratedContent_by_wire_name,
};

static const struct awsc_shape s_CitationGeneratedContentList = {
    .name = "CitationGeneratedContentList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_citation_generated_content_list),
    .item = &s_CitationGeneratedContent,
};

static const struct awsc_shape s_CitationLocation = {
    .name = "CitationLocation",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_bedrock_runtime_citation_location),
    .members = s_CitationLocation_members,
    .member_count = 5,
    .by_wire_name = s_CitationLocation_by_wire_name,
};

static const struct awsc_shape s_CitationSourceContent = {
    .name = "CitationSourceContent",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_bedrock_runtime_citation_source_content),
    .members = s_CitationSourceContent_members,
    .member_count = 1,
    .by_wire_name = s_CitationSourceContent_by_wire_name,
};

static const struct awsc_shape s_CitationSourceContentDelta = {
    .name = "CitationSourceContentDelta",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_citation_source_content_delta),
    .members = s_CitationSourceContentDelta_members,
    .member_count = 1,
    .by_wire_name = s_CitationSourceContentDelta_by_wire_name,
};

static const struct awsc_shape s_CitationSourceContentList = {
    .name = "CitationSourceContentList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_citation_source_content_list),
    .item = &s_CitationSourceContent,
};

static const struct awsc_shape s_CitationSourceContentListDelta = {
    .name = "CitationSourceContentListDelta",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_citation_source_content_list_delta),
    .item = &s_CitationSourceContentDelta,
};

static const struct awsc_shape s_Citations = {
    .name = "Citations",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_citations),
    .item = &s_Citation,
};

static const struct awsc_shape s_CitationsConfig = {
    .name = "CitationsConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_citations_config),
    .members = s_CitationsConfig_members,
    .member_count = 1,
    .by_wire_name = s_CitationsConfig_by_wire_name,
};

static const struct awsc_shape s_CitationsContentBlock = {
    .name = "CitationsContentBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_citations_content_block),
    .members = s_CitationsContentBlock_members,
    .member_count = 2,
    .by_wire_name = s_CitationsContentBlock_by_wire_name,
};

static const struct awsc_shape s_CitationsDelta = {
    .name = "CitationsDelta",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_citations_delta),
    .members = s_CitationsDelta_members,
    .member_count = 4,
    .by_wire_name = s_CitationsDelta_by_wire_name,
};

const struct awsc_shape awsc__bedrock_runtime_ConflictException = {
    .name = "ConflictException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_bedrock_runtime_conflict_exception),
    .members = awsc__bedrock_runtime_ConflictException_members,
    .member_count = 1,
    .by_wire_name = awsc__bedrock_runtime_ConflictException_by_wire_name,
    .error_code = "ConflictException",
    .http_status = 400,
};

static const struct awsc_shape s_ContentBlock = {
    .name = "ContentBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_bedrock_runtime_content_block),
    .members = s_ContentBlock_members,
    .member_count = 14,
    .by_wire_name = s_ContentBlock_by_wire_name,
};

static const struct awsc_shape s_ContentBlockDelta = {
    .name = "ContentBlockDelta",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_bedrock_runtime_content_block_delta),
    .members = s_ContentBlockDelta_members,
    .member_count = 6,
    .by_wire_name = s_ContentBlockDelta_by_wire_name,
};

static const struct awsc_shape s_ContentBlockDeltaEvent = {
    .name = "ContentBlockDeltaEvent",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EVENT,
    .size = sizeof(struct awsc_bedrock_runtime_content_block_delta_event),
    .members = s_ContentBlockDeltaEvent_members,
    .member_count = 2,
    .by_wire_name = s_ContentBlockDeltaEvent_by_wire_name,
};

static const struct awsc_shape s_ContentBlockStart = {
    .name = "ContentBlockStart",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_bedrock_runtime_content_block_start),
    .members = s_ContentBlockStart_members,
    .member_count = 3,
    .by_wire_name = s_ContentBlockStart_by_wire_name,
};

static const struct awsc_shape s_ContentBlockStartEvent = {
    .name = "ContentBlockStartEvent",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EVENT,
    .size = sizeof(struct awsc_bedrock_runtime_content_block_start_event),
    .members = s_ContentBlockStartEvent_members,
    .member_count = 2,
    .by_wire_name = s_ContentBlockStartEvent_by_wire_name,
};

static const struct awsc_shape s_ContentBlockStopEvent = {
    .name = "ContentBlockStopEvent",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EVENT,
    .size = sizeof(struct awsc_bedrock_runtime_content_block_stop_event),
    .members = s_ContentBlockStopEvent_members,
    .member_count = 1,
    .by_wire_name = s_ContentBlockStopEvent_by_wire_name,
};

static const struct awsc_shape s_ContentBlocks = {
    .name = "ContentBlocks",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_content_blocks),
    .item = &s_ContentBlock,
};

static const struct awsc_shape s_ConversationRole = {
    .name = "ConversationRole",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ConversationRole_values,
    .enum_count = 3,
};

static const struct awsc_shape s_ConversationalModelId = {
    .name = "ConversationalModelId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ConversationalModelId_range,
};

static const struct awsc_shape s_ConverseMetrics = {
    .name = "ConverseMetrics",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_converse_metrics),
    .members = s_ConverseMetrics_members,
    .member_count = 1,
    .by_wire_name = s_ConverseMetrics_by_wire_name,
};

static const struct awsc_shape s_ConverseOutput = {
    .name = "ConverseOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_bedrock_runtime_converse_output),
    .members = s_ConverseOutput_members,
    .member_count = 1,
    .by_wire_name = s_ConverseOutput_by_wire_name,
};

const struct awsc_shape awsc__bedrock_runtime_ConverseRequest = {
    .name = "ConverseRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_converse_input),
    .members = awsc__bedrock_runtime_ConverseRequest_members,
    .member_count = 13,
    .by_wire_name = awsc__bedrock_runtime_ConverseRequest_by_wire_name,
};

static const struct awsc_shape s_ConverseRequestAdditionalModelResponseFieldPathsList = {
    .name = "ConverseRequestAdditionalModelResponseFieldPathsList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_origin_list),
    .range = &s_ConverseRequestAdditionalModelResponseFieldPathsList_range,
    .item = &s_ConverseRequestAdditionalModelResponseFieldPathsListMemberString,
};

static const struct awsc_shape s_ConverseRequestAdditionalModelResponseFieldPathsListMemberString = {
    .name = "ConverseRequestAdditionalModelResponseFieldPathsListMemberString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ConverseRequestAdditionalModelResponseFieldPathsListMemberString_range,
};

const struct awsc_shape awsc__bedrock_runtime_ConverseResponse = {
    .name = "ConverseResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_converse_response),
    .members = awsc__bedrock_runtime_ConverseResponse_members,
    .member_count = 8,
    .by_wire_name = awsc__bedrock_runtime_ConverseResponse_by_wire_name,
};

static const struct awsc_shape s_ConverseStreamMetadataEvent = {
    .name = "ConverseStreamMetadataEvent",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EVENT,
    .size = sizeof(struct awsc_bedrock_runtime_converse_stream_metadata_event),
    .members = s_ConverseStreamMetadataEvent_members,
    .member_count = 5,
    .by_wire_name = s_ConverseStreamMetadataEvent_by_wire_name,
};

static const struct awsc_shape s_ConverseStreamMetrics = {
    .name = "ConverseStreamMetrics",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_converse_stream_metrics),
    .members = s_ConverseStreamMetrics_members,
    .member_count = 1,
    .by_wire_name = s_ConverseStreamMetrics_by_wire_name,
};

static const struct awsc_shape s_ConverseStreamOutput = {
    .name = "ConverseStreamOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EVENTSTREAM,
    .size = sizeof(struct awsc_bedrock_runtime_converse_stream_event),
    .members = s_ConverseStreamOutput_members,
    .member_count = 11,
    .by_wire_name = s_ConverseStreamOutput_by_wire_name,
};

const struct awsc_shape awsc__bedrock_runtime_ConverseStreamRequest = {
    .name = "ConverseStreamRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_converse_stream_input),
    .members = awsc__bedrock_runtime_ConverseStreamRequest_members,
    .member_count = 13,
    .by_wire_name = awsc__bedrock_runtime_ConverseStreamRequest_by_wire_name,
};

static const struct awsc_shape s_ConverseStreamRequestAdditionalModelResponseFieldPathsList = {
    .name = "ConverseStreamRequestAdditionalModelResponseFieldPathsList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_origin_list),
    .range = &s_ConverseStreamRequestAdditionalModelResponseFieldPathsList_range,
    .item = &s_ConverseStreamRequestAdditionalModelResponseFieldPathsListMemberString,
};

static const struct awsc_shape s_ConverseStreamRequestAdditionalModelResponseFieldPathsListMemberString = {
    .name = "ConverseStreamRequestAdditionalModelResponseFieldPathsListMemberString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ConverseStreamRequestAdditionalModelResponseFieldPathsListMemberString_range,
};

const struct awsc_shape awsc__bedrock_runtime_ConverseStreamResponse = {
    .name = "ConverseStreamResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_converse_stream_output),
    .members = awsc__bedrock_runtime_ConverseStreamResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__bedrock_runtime_ConverseStreamResponse_by_wire_name,
    .payload = "stream",
};

static const struct awsc_shape s_ConverseStreamTrace = {
    .name = "ConverseStreamTrace",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_converse_stream_trace),
    .members = s_ConverseStreamTrace_members,
    .member_count = 2,
    .by_wire_name = s_ConverseStreamTrace_by_wire_name,
};

static const struct awsc_shape s_ConverseTokensRequest = {
    .name = "ConverseTokensRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_converse_tokens_request),
    .members = s_ConverseTokensRequest_members,
    .member_count = 4,
    .by_wire_name = s_ConverseTokensRequest_by_wire_name,
};

static const struct awsc_shape s_ConverseTrace = {
    .name = "ConverseTrace",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_converse_trace),
    .members = s_ConverseTrace_members,
    .member_count = 2,
    .by_wire_name = s_ConverseTrace_by_wire_name,
};

static const struct awsc_shape s_CountTokensInput = {
    .name = "CountTokensInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_bedrock_runtime_count_tokens_input),
    .members = s_CountTokensInput_members,
    .member_count = 2,
    .by_wire_name = s_CountTokensInput_by_wire_name,
};

const struct awsc_shape awsc__bedrock_runtime_CountTokensRequest = {
    .name = "CountTokensRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_count_tokens_request),
    .members = awsc__bedrock_runtime_CountTokensRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__bedrock_runtime_CountTokensRequest_by_wire_name,
};

const struct awsc_shape awsc__bedrock_runtime_CountTokensResponse = {
    .name = "CountTokensResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_count_tokens_output),
    .members = awsc__bedrock_runtime_CountTokensResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__bedrock_runtime_CountTokensResponse_by_wire_name,
};

static const struct awsc_shape s_Document = {
    .name = "Document",
    .type = AWSC_SHAPE_DOCUMENT,
    .flags = AWSC_SF_DOCUMENT,
    .size = sizeof(struct awsc_document),
};

static const struct awsc_shape s_DocumentBlock = {
    .name = "DocumentBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_document_block),
    .members = s_DocumentBlock_members,
    .member_count = 5,
    .by_wire_name = s_DocumentBlock_by_wire_name,
};

static const struct awsc_shape s_DocumentBlockNameString = {
    .name = "DocumentBlockNameString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_DocumentBlockNameString_range,
};

static const struct awsc_shape s_DocumentCharLocation = {
    .name = "DocumentCharLocation",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_document_char_location),
    .members = s_DocumentCharLocation_members,
    .member_count = 3,
    .by_wire_name = s_DocumentCharLocation_by_wire_name,
};

static const struct awsc_shape s_DocumentCharLocationDocumentIndexInteger = {
    .name = "DocumentCharLocationDocumentIndexInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_DocumentCharLocationDocumentIndexInteger_range,
};

static const struct awsc_shape s_DocumentCharLocationEndInteger = {
    .name = "DocumentCharLocationEndInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_DocumentCharLocationEndInteger_range,
};

static const struct awsc_shape s_DocumentCharLocationStartInteger = {
    .name = "DocumentCharLocationStartInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_DocumentCharLocationStartInteger_range,
};

static const struct awsc_shape s_DocumentChunkLocation = {
    .name = "DocumentChunkLocation",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_document_chunk_location),
    .members = s_DocumentChunkLocation_members,
    .member_count = 3,
    .by_wire_name = s_DocumentChunkLocation_by_wire_name,
};

static const struct awsc_shape s_DocumentChunkLocationDocumentIndexInteger = {
    .name = "DocumentChunkLocationDocumentIndexInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_DocumentChunkLocationDocumentIndexInteger_range,
};

static const struct awsc_shape s_DocumentChunkLocationEndInteger = {
    .name = "DocumentChunkLocationEndInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_DocumentChunkLocationEndInteger_range,
};

static const struct awsc_shape s_DocumentChunkLocationStartInteger = {
    .name = "DocumentChunkLocationStartInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_DocumentChunkLocationStartInteger_range,
};

static const struct awsc_shape s_DocumentContentBlock = {
    .name = "DocumentContentBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_bedrock_runtime_document_content_block),
    .members = s_DocumentContentBlock_members,
    .member_count = 1,
    .by_wire_name = s_DocumentContentBlock_by_wire_name,
};

static const struct awsc_shape s_DocumentContentBlocks = {
    .name = "DocumentContentBlocks",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_document_content_blocks),
    .item = &s_DocumentContentBlock,
};

static const struct awsc_shape s_DocumentFormat = {
    .name = "DocumentFormat",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_DocumentFormat_values,
    .enum_count = 9,
};

static const struct awsc_shape s_DocumentPageLocation = {
    .name = "DocumentPageLocation",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_document_page_location),
    .members = s_DocumentPageLocation_members,
    .member_count = 3,
    .by_wire_name = s_DocumentPageLocation_by_wire_name,
};

static const struct awsc_shape s_DocumentPageLocationDocumentIndexInteger = {
    .name = "DocumentPageLocationDocumentIndexInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_DocumentPageLocationDocumentIndexInteger_range,
};

static const struct awsc_shape s_DocumentPageLocationEndInteger = {
    .name = "DocumentPageLocationEndInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_DocumentPageLocationEndInteger_range,
};

static const struct awsc_shape s_DocumentPageLocationStartInteger = {
    .name = "DocumentPageLocationStartInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_DocumentPageLocationStartInteger_range,
};

static const struct awsc_shape s_DocumentSource = {
    .name = "DocumentSource",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_bedrock_runtime_document_source),
    .members = s_DocumentSource_members,
    .member_count = 4,
    .by_wire_name = s_DocumentSource_by_wire_name,
};

static const struct awsc_shape s_DocumentSourceBytesBlob = {
    .name = "DocumentSourceBytesBlob",
    .type = AWSC_SHAPE_BLOB,
    .size = sizeof(struct awsc_blob),
    .range = &s_DocumentSourceBytesBlob_range,
};

static const struct awsc_shape s_ErrorBlock = {
    .name = "ErrorBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(struct awsc_bedrock_runtime_error_block),
    .members = s_ErrorBlock_members,
    .member_count = 1,
    .by_wire_name = s_ErrorBlock_by_wire_name,
};

static const struct awsc_shape s_FoundationModelVersionIdentifier = {
    .name = "FoundationModelVersionIdentifier",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_FoundationModelVersionIdentifier_range,
};

const struct awsc_shape awsc__bedrock_runtime_GetAsyncInvokeRequest = {
    .name = "GetAsyncInvokeRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_get_async_invoke_input),
    .members = awsc__bedrock_runtime_GetAsyncInvokeRequest_members,
    .member_count = 1,
    .by_wire_name = awsc__bedrock_runtime_GetAsyncInvokeRequest_by_wire_name,
};

const struct awsc_shape awsc__bedrock_runtime_GetAsyncInvokeResponse = {
    .name = "GetAsyncInvokeResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_get_async_invoke_output),
    .members = awsc__bedrock_runtime_GetAsyncInvokeResponse_members,
    .member_count = 9,
    .by_wire_name = awsc__bedrock_runtime_GetAsyncInvokeResponse_by_wire_name,
};

static const struct awsc_shape s_GuardrailAction = {
    .name = "GuardrailAction",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailAction_values,
    .enum_count = 2,
};

static const struct awsc_shape s_GuardrailArn = {
    .name = "GuardrailArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_GuardrailArn_range,
};

static const struct awsc_shape s_GuardrailAssessment = {
    .name = "GuardrailAssessment",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_assessment),
    .members = s_GuardrailAssessment_members,
    .member_count = 8,
    .by_wire_name = s_GuardrailAssessment_by_wire_name,
};

static const struct awsc_shape s_GuardrailAssessmentList = {
    .name = "GuardrailAssessmentList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_assessment_list),
    .item = &s_GuardrailAssessment,
};

static const struct awsc_shape s_GuardrailAssessmentListMap = {
    .name = "GuardrailAssessmentListMap",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_assessment_list_map),
    .item = &s_GuardrailAssessmentList,
    .key = &s_String,
    .value_offset = offsetof(struct awsc_bedrock_runtime_guardrail_assessment_list_map_entry, value),
    .entry_size = sizeof(struct awsc_bedrock_runtime_guardrail_assessment_list_map_entry),
};

static const struct awsc_shape s_GuardrailAssessmentMap = {
    .name = "GuardrailAssessmentMap",
    .type = AWSC_SHAPE_MAP,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_assessment_map),
    .item = &s_GuardrailAssessment,
    .key = &s_String,
    .value_offset = offsetof(struct awsc_bedrock_runtime_guardrail_assessment_map_entry, value),
    .entry_size = sizeof(struct awsc_bedrock_runtime_guardrail_assessment_map_entry),
};

static const struct awsc_shape s_GuardrailAutomatedReasoningDifferenceScenarioList = {
    .name = "GuardrailAutomatedReasoningDifferenceScenarioList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_difference_scenario_list),
    .range = &s_GuardrailAutomatedReasoningDifferenceScenarioList_range,
    .item = &s_GuardrailAutomatedReasoningScenario,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningFinding = {
    .name = "GuardrailAutomatedReasoningFinding",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding),
    .members = s_GuardrailAutomatedReasoningFinding_members,
    .member_count = 7,
    .by_wire_name = s_GuardrailAutomatedReasoningFinding_by_wire_name,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningFindingList = {
    .name = "GuardrailAutomatedReasoningFindingList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding_list),
    .item = &s_GuardrailAutomatedReasoningFinding,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningImpossibleFinding = {
    .name = "GuardrailAutomatedReasoningImpossibleFinding",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_impossible_finding),
    .members = s_GuardrailAutomatedReasoningImpossibleFinding_members,
    .member_count = 3,
    .by_wire_name = s_GuardrailAutomatedReasoningImpossibleFinding_by_wire_name,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningInputTextReference = {
    .name = "GuardrailAutomatedReasoningInputTextReference",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_input_text_reference),
    .members = s_GuardrailAutomatedReasoningInputTextReference_members,
    .member_count = 1,
    .by_wire_name = s_GuardrailAutomatedReasoningInputTextReference_by_wire_name,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningInputTextReferenceList = {
    .name = "GuardrailAutomatedReasoningInputTextReferenceList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_input_text_reference_list),
    .item = &s_GuardrailAutomatedReasoningInputTextReference,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningInvalidFinding = {
    .name = "GuardrailAutomatedReasoningInvalidFinding",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_invalid_finding),
    .members = s_GuardrailAutomatedReasoningInvalidFinding_members,
    .member_count = 3,
    .by_wire_name = s_GuardrailAutomatedReasoningInvalidFinding_by_wire_name,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningLogicWarning = {
    .name = "GuardrailAutomatedReasoningLogicWarning",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning),
    .members = s_GuardrailAutomatedReasoningLogicWarning_members,
    .member_count = 3,
    .by_wire_name = s_GuardrailAutomatedReasoningLogicWarning_by_wire_name,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningLogicWarningType = {
    .name = "GuardrailAutomatedReasoningLogicWarningType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailAutomatedReasoningLogicWarningType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningNoTranslationsFinding = {
    .name = "GuardrailAutomatedReasoningNoTranslationsFinding",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_no_translations_finding),
};

static const struct awsc_shape s_GuardrailAutomatedReasoningPoliciesProcessed = {
    .name = "GuardrailAutomatedReasoningPoliciesProcessed",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_GuardrailAutomatedReasoningPolicyAssessment = {
    .name = "GuardrailAutomatedReasoningPolicyAssessment",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_policy_assessment),
    .members = s_GuardrailAutomatedReasoningPolicyAssessment_members,
    .member_count = 1,
    .by_wire_name = s_GuardrailAutomatedReasoningPolicyAssessment_by_wire_name,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningPolicyUnitsProcessed = {
    .name = "GuardrailAutomatedReasoningPolicyUnitsProcessed",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_GuardrailAutomatedReasoningPolicyVersionArn = {
    .name = "GuardrailAutomatedReasoningPolicyVersionArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_GuardrailAutomatedReasoningPolicyVersionArn_range,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningRule = {
    .name = "GuardrailAutomatedReasoningRule",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_rule),
    .members = s_GuardrailAutomatedReasoningRule_members,
    .member_count = 2,
    .by_wire_name = s_GuardrailAutomatedReasoningRule_by_wire_name,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningRuleList = {
    .name = "GuardrailAutomatedReasoningRuleList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_rule_list),
    .item = &s_GuardrailAutomatedReasoningRule,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningSatisfiableFinding = {
    .name = "GuardrailAutomatedReasoningSatisfiableFinding",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_satisfiable_finding),
    .members = s_GuardrailAutomatedReasoningSatisfiableFinding_members,
    .member_count = 4,
    .by_wire_name = s_GuardrailAutomatedReasoningSatisfiableFinding_by_wire_name,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningScenario = {
    .name = "GuardrailAutomatedReasoningScenario",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_scenario),
    .members = s_GuardrailAutomatedReasoningScenario_members,
    .member_count = 1,
    .by_wire_name = s_GuardrailAutomatedReasoningScenario_by_wire_name,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningStatement = {
    .name = "GuardrailAutomatedReasoningStatement",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_statement),
    .members = s_GuardrailAutomatedReasoningStatement_members,
    .member_count = 2,
    .by_wire_name = s_GuardrailAutomatedReasoningStatement_by_wire_name,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningStatementList = {
    .name = "GuardrailAutomatedReasoningStatementList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_statement_list),
    .item = &s_GuardrailAutomatedReasoningStatement,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningStatementLogicContent = {
    .name = "GuardrailAutomatedReasoningStatementLogicContent",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
    .range = &s_GuardrailAutomatedReasoningStatementLogicContent_range,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningStatementNaturalLanguageContent = {
    .name = "GuardrailAutomatedReasoningStatementNaturalLanguageContent",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
    .range = &s_GuardrailAutomatedReasoningStatementNaturalLanguageContent_range,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningTooComplexFinding = {
    .name = "GuardrailAutomatedReasoningTooComplexFinding",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_too_complex_finding),
};

static const struct awsc_shape s_GuardrailAutomatedReasoningTranslation = {
    .name = "GuardrailAutomatedReasoningTranslation",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation),
    .members = s_GuardrailAutomatedReasoningTranslation_members,
    .member_count = 5,
    .by_wire_name = s_GuardrailAutomatedReasoningTranslation_by_wire_name,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningTranslationAmbiguousFinding = {
    .name = "GuardrailAutomatedReasoningTranslationAmbiguousFinding",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_ambiguous_finding),
    .members = s_GuardrailAutomatedReasoningTranslationAmbiguousFinding_members,
    .member_count = 2,
    .by_wire_name = s_GuardrailAutomatedReasoningTranslationAmbiguousFinding_by_wire_name,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningTranslationConfidence = {
    .name = "GuardrailAutomatedReasoningTranslationConfidence",
    .type = AWSC_SHAPE_DOUBLE,
    .size = sizeof(double),
    .range = &s_GuardrailAutomatedReasoningTranslationConfidence_range,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningTranslationList = {
    .name = "GuardrailAutomatedReasoningTranslationList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_list),
    .item = &s_GuardrailAutomatedReasoningTranslation,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningTranslationOption = {
    .name = "GuardrailAutomatedReasoningTranslationOption",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_option),
    .members = s_GuardrailAutomatedReasoningTranslationOption_members,
    .member_count = 1,
    .by_wire_name = s_GuardrailAutomatedReasoningTranslationOption_by_wire_name,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningTranslationOptionList = {
    .name = "GuardrailAutomatedReasoningTranslationOptionList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_option_list),
    .range = &s_GuardrailAutomatedReasoningTranslationOptionList_range,
    .item = &s_GuardrailAutomatedReasoningTranslationOption,
};

static const struct awsc_shape s_GuardrailAutomatedReasoningValidFinding = {
    .name = "GuardrailAutomatedReasoningValidFinding",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_valid_finding),
    .members = s_GuardrailAutomatedReasoningValidFinding_members,
    .member_count = 4,
    .by_wire_name = s_GuardrailAutomatedReasoningValidFinding_by_wire_name,
};

static const struct awsc_shape s_GuardrailChecksConfig = {
    .name = "GuardrailChecksConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_config),
    .members = s_GuardrailChecksConfig_members,
    .member_count = 3,
    .by_wire_name = s_GuardrailChecksConfig_by_wire_name,
};

static const struct awsc_shape s_GuardrailChecksContentBlock = {
    .name = "GuardrailChecksContentBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_block),
    .members = s_GuardrailChecksContentBlock_members,
    .member_count = 1,
    .by_wire_name = s_GuardrailChecksContentBlock_by_wire_name,
};

static const struct awsc_shape s_GuardrailChecksContentBlockList = {
    .name = "GuardrailChecksContentBlockList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_block_list),
    .range = &s_GuardrailChecksContentBlockList_range,
    .item = &s_GuardrailChecksContentBlock,
};

static const struct awsc_shape s_GuardrailChecksContentFilterCategory = {
    .name = "GuardrailChecksContentFilterCategory",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailChecksContentFilterCategory_values,
    .enum_count = 5,
};

static const struct awsc_shape s_GuardrailChecksContentFilterCategoryConfig = {
    .name = "GuardrailChecksContentFilterCategoryConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_category_config),
    .members = s_GuardrailChecksContentFilterCategoryConfig_members,
    .member_count = 1,
    .by_wire_name = s_GuardrailChecksContentFilterCategoryConfig_by_wire_name,
};

static const struct awsc_shape s_GuardrailChecksContentFilterCategoryConfigList = {
    .name = "GuardrailChecksContentFilterCategoryConfigList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_category_config_list),
    .range = &s_GuardrailChecksContentFilterCategoryConfigList_range,
    .item = &s_GuardrailChecksContentFilterCategoryConfig,
};

static const struct awsc_shape s_GuardrailChecksContentFilterConfig = {
    .name = "GuardrailChecksContentFilterConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_config),
    .members = s_GuardrailChecksContentFilterConfig_members,
    .member_count = 1,
    .by_wire_name = s_GuardrailChecksContentFilterConfig_by_wire_name,
};

static const struct awsc_shape s_GuardrailChecksContentFilterResult = {
    .name = "GuardrailChecksContentFilterResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_result),
    .members = s_GuardrailChecksContentFilterResult_members,
    .member_count = 1,
    .by_wire_name = s_GuardrailChecksContentFilterResult_by_wire_name,
};

static const struct awsc_shape s_GuardrailChecksContentFilterResultEntry = {
    .name = "GuardrailChecksContentFilterResultEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_result_entry),
    .members = s_GuardrailChecksContentFilterResultEntry_members,
    .member_count = 2,
    .by_wire_name = s_GuardrailChecksContentFilterResultEntry_by_wire_name,
};

static const struct awsc_shape s_GuardrailChecksContentFilterResultEntrySeverityScoreDouble = {
    .name = "GuardrailChecksContentFilterResultEntrySeverityScoreDouble",
    .type = AWSC_SHAPE_DOUBLE,
    .size = sizeof(double),
    .range = &s_GuardrailChecksContentFilterResultEntrySeverityScoreDouble_range,
};

static const struct awsc_shape s_GuardrailChecksContentFilterResultList = {
    .name = "GuardrailChecksContentFilterResultList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_result_list),
    .item = &s_GuardrailChecksContentFilterResultEntry,
};

static const struct awsc_shape s_GuardrailChecksContentFilterUsage = {
    .name = "GuardrailChecksContentFilterUsage",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_usage),
    .members = s_GuardrailChecksContentFilterUsage_members,
    .member_count = 1,
    .by_wire_name = s_GuardrailChecksContentFilterUsage_by_wire_name,
};

static const struct awsc_shape s_GuardrailChecksMessage = {
    .name = "GuardrailChecksMessage",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_message),
    .members = s_GuardrailChecksMessage_members,
    .member_count = 2,
    .by_wire_name = s_GuardrailChecksMessage_by_wire_name,
};

static const struct awsc_shape s_GuardrailChecksMessageList = {
    .name = "GuardrailChecksMessageList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_message_list),
    .range = &s_GuardrailChecksMessageList_range,
    .item = &s_GuardrailChecksMessage,
};

static const struct awsc_shape s_GuardrailChecksPromptAttackCategory = {
    .name = "GuardrailChecksPromptAttackCategory",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailChecksPromptAttackCategory_values,
    .enum_count = 3,
};

static const struct awsc_shape s_GuardrailChecksPromptAttackCategoryConfig = {
    .name = "GuardrailChecksPromptAttackCategoryConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_config),
    .members = s_GuardrailChecksPromptAttackCategoryConfig_members,
    .member_count = 1,
    .by_wire_name = s_GuardrailChecksPromptAttackCategoryConfig_by_wire_name,
};

static const struct awsc_shape s_GuardrailChecksPromptAttackCategoryConfigList = {
    .name = "GuardrailChecksPromptAttackCategoryConfigList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_config_list),
    .range = &s_GuardrailChecksPromptAttackCategoryConfigList_range,
    .item = &s_GuardrailChecksPromptAttackCategoryConfig,
};

static const struct awsc_shape s_GuardrailChecksPromptAttackConfig = {
    .name = "GuardrailChecksPromptAttackConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_config),
    .members = s_GuardrailChecksPromptAttackConfig_members,
    .member_count = 1,
    .by_wire_name = s_GuardrailChecksPromptAttackConfig_by_wire_name,
};

static const struct awsc_shape s_GuardrailChecksPromptAttackResult = {
    .name = "GuardrailChecksPromptAttackResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result),
    .members = s_GuardrailChecksPromptAttackResult_members,
    .member_count = 1,
    .by_wire_name = s_GuardrailChecksPromptAttackResult_by_wire_name,
};

static const struct awsc_shape s_GuardrailChecksPromptAttackResultEntry = {
    .name = "GuardrailChecksPromptAttackResultEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result_entry),
    .members = s_GuardrailChecksPromptAttackResultEntry_members,
    .member_count = 2,
    .by_wire_name = s_GuardrailChecksPromptAttackResultEntry_by_wire_name,
};

static const struct awsc_shape s_GuardrailChecksPromptAttackResultEntrySeverityScoreDouble = {
    .name = "GuardrailChecksPromptAttackResultEntrySeverityScoreDouble",
    .type = AWSC_SHAPE_DOUBLE,
    .size = sizeof(double),
    .range = &s_GuardrailChecksPromptAttackResultEntrySeverityScoreDouble_range,
};

static const struct awsc_shape s_GuardrailChecksPromptAttackResultList = {
    .name = "GuardrailChecksPromptAttackResultList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result_list),
    .item = &s_GuardrailChecksPromptAttackResultEntry,
};

static const struct awsc_shape s_GuardrailChecksPromptAttackUsage = {
    .name = "GuardrailChecksPromptAttackUsage",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_usage),
    .members = s_GuardrailChecksPromptAttackUsage_members,
    .member_count = 1,
    .by_wire_name = s_GuardrailChecksPromptAttackUsage_by_wire_name,
};

static const struct awsc_shape s_GuardrailChecksResults = {
    .name = "GuardrailChecksResults",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_results),
    .members = s_GuardrailChecksResults_members,
    .member_count = 3,
    .by_wire_name = s_GuardrailChecksResults_by_wire_name,
};

static const struct awsc_shape s_GuardrailChecksRole = {
    .name = "GuardrailChecksRole",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailChecksRole_values,
    .enum_count = 3,
};

static const struct awsc_shape s_GuardrailChecksSensitiveInformationConfig = {
    .name = "GuardrailChecksSensitiveInformationConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_config),
    .members = s_GuardrailChecksSensitiveInformationConfig_members,
    .member_count = 1,
    .by_wire_name = s_GuardrailChecksSensitiveInformationConfig_by_wire_name,
};

static const struct awsc_shape s_GuardrailChecksSensitiveInformationEntityConfig = {
    .name = "GuardrailChecksSensitiveInformationEntityConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_config),
    .members = s_GuardrailChecksSensitiveInformationEntityConfig_members,
    .member_count = 1,
    .by_wire_name = s_GuardrailChecksSensitiveInformationEntityConfig_by_wire_name,
};

static const struct awsc_shape s_GuardrailChecksSensitiveInformationEntityConfigList = {
    .name = "GuardrailChecksSensitiveInformationEntityConfigList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_config_list),
    .range = &s_GuardrailChecksSensitiveInformationEntityConfigList_range,
    .item = &s_GuardrailChecksSensitiveInformationEntityConfig,
};

static const struct awsc_shape s_GuardrailChecksSensitiveInformationEntityType = {
    .name = "GuardrailChecksSensitiveInformationEntityType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailChecksSensitiveInformationEntityType_values,
    .enum_count = 31,
};

static const struct awsc_shape s_GuardrailChecksSensitiveInformationResult = {
    .name = "GuardrailChecksSensitiveInformationResult",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result),
    .members = s_GuardrailChecksSensitiveInformationResult_members,
    .member_count = 2,
    .by_wire_name = s_GuardrailChecksSensitiveInformationResult_by_wire_name,
};

static const struct awsc_shape s_GuardrailChecksSensitiveInformationResultEntry = {
    .name = "GuardrailChecksSensitiveInformationResultEntry",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry),
    .members = s_GuardrailChecksSensitiveInformationResultEntry_members,
    .member_count = 6,
    .by_wire_name = s_GuardrailChecksSensitiveInformationResultEntry_by_wire_name,
};

static const struct awsc_shape s_GuardrailChecksSensitiveInformationResultEntryBeginOffsetInteger = {
    .name = "GuardrailChecksSensitiveInformationResultEntryBeginOffsetInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_GuardrailChecksSensitiveInformationResultEntryBeginOffsetInteger_range,
};

static const struct awsc_shape s_GuardrailChecksSensitiveInformationResultEntryConfidenceScoreDouble = {
    .name = "GuardrailChecksSensitiveInformationResultEntryConfidenceScoreDouble",
    .type = AWSC_SHAPE_DOUBLE,
    .size = sizeof(double),
    .range = &s_GuardrailChecksSensitiveInformationResultEntryConfidenceScoreDouble_range,
};

static const struct awsc_shape s_GuardrailChecksSensitiveInformationResultEntryContentIndexInteger = {
    .name = "GuardrailChecksSensitiveInformationResultEntryContentIndexInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_GuardrailChecksSensitiveInformationResultEntryContentIndexInteger_range,
};

static const struct awsc_shape s_GuardrailChecksSensitiveInformationResultEntryEndOffsetInteger = {
    .name = "GuardrailChecksSensitiveInformationResultEntryEndOffsetInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_GuardrailChecksSensitiveInformationResultEntryEndOffsetInteger_range,
};

static const struct awsc_shape s_GuardrailChecksSensitiveInformationResultEntryMessageIndexInteger = {
    .name = "GuardrailChecksSensitiveInformationResultEntryMessageIndexInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_GuardrailChecksSensitiveInformationResultEntryMessageIndexInteger_range,
};

static const struct awsc_shape s_GuardrailChecksSensitiveInformationResultList = {
    .name = "GuardrailChecksSensitiveInformationResultList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_list),
    .item = &s_GuardrailChecksSensitiveInformationResultEntry,
};

static const struct awsc_shape s_GuardrailChecksSensitiveInformationUsage = {
    .name = "GuardrailChecksSensitiveInformationUsage",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_usage),
    .members = s_GuardrailChecksSensitiveInformationUsage_members,
    .member_count = 1,
    .by_wire_name = s_GuardrailChecksSensitiveInformationUsage_by_wire_name,
};

static const struct awsc_shape s_GuardrailChecksTextContent = {
    .name = "GuardrailChecksTextContent",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
    .range = &s_GuardrailChecksTextContent_range,
};

static const struct awsc_shape s_GuardrailChecksUsageResults = {
    .name = "GuardrailChecksUsageResults",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_usage_results),
    .members = s_GuardrailChecksUsageResults_members,
    .member_count = 3,
    .by_wire_name = s_GuardrailChecksUsageResults_by_wire_name,
};

static const struct awsc_shape s_GuardrailConfiguration = {
    .name = "GuardrailConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_configuration),
    .members = s_GuardrailConfiguration_members,
    .member_count = 3,
    .by_wire_name = s_GuardrailConfiguration_by_wire_name,
};

static const struct awsc_shape s_GuardrailContentBlock = {
    .name = "GuardrailContentBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_content_block),
    .members = s_GuardrailContentBlock_members,
    .member_count = 2,
    .by_wire_name = s_GuardrailContentBlock_by_wire_name,
};

static const struct awsc_shape s_GuardrailContentBlockList = {
    .name = "GuardrailContentBlockList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_content_block_list),
    .item = &s_GuardrailContentBlock,
};

static const struct awsc_shape s_GuardrailContentFilter = {
    .name = "GuardrailContentFilter",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_content_filter),
    .members = s_GuardrailContentFilter_members,
    .member_count = 5,
    .by_wire_name = s_GuardrailContentFilter_by_wire_name,
};

static const struct awsc_shape s_GuardrailContentFilterConfidence = {
    .name = "GuardrailContentFilterConfidence",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailContentFilterConfidence_values,
    .enum_count = 4,
};

static const struct awsc_shape s_GuardrailContentFilterList = {
    .name = "GuardrailContentFilterList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_content_filter_list),
    .item = &s_GuardrailContentFilter,
};

static const struct awsc_shape s_GuardrailContentFilterStrength = {
    .name = "GuardrailContentFilterStrength",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailContentFilterStrength_values,
    .enum_count = 4,
};

static const struct awsc_shape s_GuardrailContentFilterType = {
    .name = "GuardrailContentFilterType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailContentFilterType_values,
    .enum_count = 6,
};

static const struct awsc_shape s_GuardrailContentPolicyAction = {
    .name = "GuardrailContentPolicyAction",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailContentPolicyAction_values,
    .enum_count = 2,
};

static const struct awsc_shape s_GuardrailContentPolicyAssessment = {
    .name = "GuardrailContentPolicyAssessment",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_content_policy_assessment),
    .members = s_GuardrailContentPolicyAssessment_members,
    .member_count = 1,
    .by_wire_name = s_GuardrailContentPolicyAssessment_by_wire_name,
};

static const struct awsc_shape s_GuardrailContentPolicyImageUnitsProcessed = {
    .name = "GuardrailContentPolicyImageUnitsProcessed",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_GuardrailContentPolicyUnitsProcessed = {
    .name = "GuardrailContentPolicyUnitsProcessed",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_GuardrailContentQualifier = {
    .name = "GuardrailContentQualifier",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailContentQualifier_values,
    .enum_count = 3,
};

static const struct awsc_shape s_GuardrailContentQualifierList = {
    .name = "GuardrailContentQualifierList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_origin_list),
    .item = &s_GuardrailContentQualifier,
};

static const struct awsc_shape s_GuardrailContentSource = {
    .name = "GuardrailContentSource",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailContentSource_values,
    .enum_count = 2,
};

static const struct awsc_shape s_GuardrailContextualGroundingFilter = {
    .name = "GuardrailContextualGroundingFilter",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter),
    .members = s_GuardrailContextualGroundingFilter_members,
    .member_count = 5,
    .by_wire_name = s_GuardrailContextualGroundingFilter_by_wire_name,
};

static const struct awsc_shape s_GuardrailContextualGroundingFilterScoreDouble = {
    .name = "GuardrailContextualGroundingFilterScoreDouble",
    .type = AWSC_SHAPE_DOUBLE,
    .size = sizeof(double),
    .range = &s_GuardrailContextualGroundingFilterScoreDouble_range,
};

static const struct awsc_shape s_GuardrailContextualGroundingFilterThresholdDouble = {
    .name = "GuardrailContextualGroundingFilterThresholdDouble",
    .type = AWSC_SHAPE_DOUBLE,
    .size = sizeof(double),
    .range = &s_GuardrailContextualGroundingFilterThresholdDouble_range,
};

static const struct awsc_shape s_GuardrailContextualGroundingFilterType = {
    .name = "GuardrailContextualGroundingFilterType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailContextualGroundingFilterType_values,
    .enum_count = 2,
};

static const struct awsc_shape s_GuardrailContextualGroundingFilters = {
    .name = "GuardrailContextualGroundingFilters",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filters),
    .item = &s_GuardrailContextualGroundingFilter,
};

static const struct awsc_shape s_GuardrailContextualGroundingPolicyAction = {
    .name = "GuardrailContextualGroundingPolicyAction",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailContextualGroundingPolicyAction_values,
    .enum_count = 2,
};

static const struct awsc_shape s_GuardrailContextualGroundingPolicyAssessment = {
    .name = "GuardrailContextualGroundingPolicyAssessment",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_policy_assessment),
    .members = s_GuardrailContextualGroundingPolicyAssessment_members,
    .member_count = 1,
    .by_wire_name = s_GuardrailContextualGroundingPolicyAssessment_by_wire_name,
};

static const struct awsc_shape s_GuardrailContextualGroundingPolicyUnitsProcessed = {
    .name = "GuardrailContextualGroundingPolicyUnitsProcessed",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_GuardrailConverseContentBlock = {
    .name = "GuardrailConverseContentBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_converse_content_block),
    .members = s_GuardrailConverseContentBlock_members,
    .member_count = 2,
    .by_wire_name = s_GuardrailConverseContentBlock_by_wire_name,
};

static const struct awsc_shape s_GuardrailConverseContentQualifier = {
    .name = "GuardrailConverseContentQualifier",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailConverseContentQualifier_values,
    .enum_count = 3,
};

static const struct awsc_shape s_GuardrailConverseContentQualifierList = {
    .name = "GuardrailConverseContentQualifierList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_origin_list),
    .item = &s_GuardrailConverseContentQualifier,
};

static const struct awsc_shape s_GuardrailConverseImageBlock = {
    .name = "GuardrailConverseImageBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_converse_image_block),
    .members = s_GuardrailConverseImageBlock_members,
    .member_count = 2,
    .by_wire_name = s_GuardrailConverseImageBlock_by_wire_name,
};

static const struct awsc_shape s_GuardrailConverseImageFormat = {
    .name = "GuardrailConverseImageFormat",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailConverseImageFormat_values,
    .enum_count = 2,
};

static const struct awsc_shape s_GuardrailConverseImageSource = {
    .name = "GuardrailConverseImageSource",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION | AWSC_SF_SENSITIVE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_converse_image_source),
    .members = s_GuardrailConverseImageSource_members,
    .member_count = 1,
    .by_wire_name = s_GuardrailConverseImageSource_by_wire_name,
};

static const struct awsc_shape s_GuardrailConverseImageSourceBytesBlob = {
    .name = "GuardrailConverseImageSourceBytesBlob",
    .type = AWSC_SHAPE_BLOB,
    .size = sizeof(struct awsc_blob),
    .range = &s_GuardrailConverseImageSourceBytesBlob_range,
};

static const struct awsc_shape s_GuardrailConverseTextBlock = {
    .name = "GuardrailConverseTextBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_converse_text_block),
    .members = s_GuardrailConverseTextBlock_members,
    .member_count = 2,
    .by_wire_name = s_GuardrailConverseTextBlock_by_wire_name,
};

static const struct awsc_shape s_GuardrailCoverage = {
    .name = "GuardrailCoverage",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_coverage),
    .members = s_GuardrailCoverage_members,
    .member_count = 2,
    .by_wire_name = s_GuardrailCoverage_by_wire_name,
};

static const struct awsc_shape s_GuardrailCustomWord = {
    .name = "GuardrailCustomWord",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_custom_word),
    .members = s_GuardrailCustomWord_members,
    .member_count = 3,
    .by_wire_name = s_GuardrailCustomWord_by_wire_name,
};

static const struct awsc_shape s_GuardrailCustomWordList = {
    .name = "GuardrailCustomWordList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_custom_word_list),
    .item = &s_GuardrailCustomWord,
};

static const struct awsc_shape s_GuardrailId = {
    .name = "GuardrailId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_GuardrailId_range,
};

static const struct awsc_shape s_GuardrailIdentifier = {
    .name = "GuardrailIdentifier",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_GuardrailIdentifier_range,
};

static const struct awsc_shape s_GuardrailImageBlock = {
    .name = "GuardrailImageBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_image_block),
    .members = s_GuardrailImageBlock_members,
    .member_count = 2,
    .by_wire_name = s_GuardrailImageBlock_by_wire_name,
};

static const struct awsc_shape s_GuardrailImageCoverage = {
    .name = "GuardrailImageCoverage",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_image_coverage),
    .members = s_GuardrailImageCoverage_members,
    .member_count = 2,
    .by_wire_name = s_GuardrailImageCoverage_by_wire_name,
};

static const struct awsc_shape s_GuardrailImageFormat = {
    .name = "GuardrailImageFormat",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailImageFormat_values,
    .enum_count = 2,
};

static const struct awsc_shape s_GuardrailImageSource = {
    .name = "GuardrailImageSource",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION | AWSC_SF_SENSITIVE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_image_source),
    .members = s_GuardrailImageSource_members,
    .member_count = 1,
    .by_wire_name = s_GuardrailImageSource_by_wire_name,
};

static const struct awsc_shape s_GuardrailImageSourceBytesBlob = {
    .name = "GuardrailImageSourceBytesBlob",
    .type = AWSC_SHAPE_BLOB,
    .size = sizeof(struct awsc_blob),
    .range = &s_GuardrailImageSourceBytesBlob_range,
};

static const struct awsc_shape s_GuardrailInvocationMetrics = {
    .name = "GuardrailInvocationMetrics",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_invocation_metrics),
    .members = s_GuardrailInvocationMetrics_members,
    .member_count = 3,
    .by_wire_name = s_GuardrailInvocationMetrics_by_wire_name,
};

static const struct awsc_shape s_GuardrailManagedWord = {
    .name = "GuardrailManagedWord",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_managed_word),
    .members = s_GuardrailManagedWord_members,
    .member_count = 4,
    .by_wire_name = s_GuardrailManagedWord_by_wire_name,
};

static const struct awsc_shape s_GuardrailManagedWordList = {
    .name = "GuardrailManagedWordList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_managed_word_list),
    .item = &s_GuardrailManagedWord,
};

static const struct awsc_shape s_GuardrailManagedWordType = {
    .name = "GuardrailManagedWordType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailManagedWordType_values,
    .enum_count = 1,
};

static const struct awsc_shape s_GuardrailOrigin = {
    .name = "GuardrailOrigin",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailOrigin_values,
    .enum_count = 3,
};

static const struct awsc_shape s_GuardrailOriginList = {
    .name = "GuardrailOriginList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_origin_list),
    .item = &s_GuardrailOrigin,
};

static const struct awsc_shape s_GuardrailOutputContent = {
    .name = "GuardrailOutputContent",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_output_content),
    .members = s_GuardrailOutputContent_members,
    .member_count = 1,
    .by_wire_name = s_GuardrailOutputContent_by_wire_name,
};

static const struct awsc_shape s_GuardrailOutputContentList = {
    .name = "GuardrailOutputContentList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_output_content_list),
    .item = &s_GuardrailOutputContent,
};

static const struct awsc_shape s_GuardrailOutputScope = {
    .name = "GuardrailOutputScope",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailOutputScope_values,
    .enum_count = 2,
};

static const struct awsc_shape s_GuardrailOutputText = {
    .name = "GuardrailOutputText",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_GuardrailOwnership = {
    .name = "GuardrailOwnership",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailOwnership_values,
    .enum_count = 2,
};

static const struct awsc_shape s_GuardrailPiiEntityFilter = {
    .name = "GuardrailPiiEntityFilter",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_pii_entity_filter),
    .members = s_GuardrailPiiEntityFilter_members,
    .member_count = 4,
    .by_wire_name = s_GuardrailPiiEntityFilter_by_wire_name,
};

static const struct awsc_shape s_GuardrailPiiEntityFilterList = {
    .name = "GuardrailPiiEntityFilterList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_pii_entity_filter_list),
    .item = &s_GuardrailPiiEntityFilter,
};

static const struct awsc_shape s_GuardrailPiiEntityType = {
    .name = "GuardrailPiiEntityType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailPiiEntityType_values,
    .enum_count = 31,
};

static const struct awsc_shape s_GuardrailProcessingLatency = {
    .name = "GuardrailProcessingLatency",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_GuardrailRegexFilter = {
    .name = "GuardrailRegexFilter",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_regex_filter),
    .members = s_GuardrailRegexFilter_members,
    .member_count = 5,
    .by_wire_name = s_GuardrailRegexFilter_by_wire_name,
};

static const struct awsc_shape s_GuardrailRegexFilterList = {
    .name = "GuardrailRegexFilterList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_regex_filter_list),
    .item = &s_GuardrailRegexFilter,
};

static const struct awsc_shape s_GuardrailSensitiveInformationPolicyAction = {
    .name = "GuardrailSensitiveInformationPolicyAction",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailSensitiveInformationPolicyAction_values,
    .enum_count = 3,
};

static const struct awsc_shape s_GuardrailSensitiveInformationPolicyAssessment = {
    .name = "GuardrailSensitiveInformationPolicyAssessment",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_sensitive_information_policy_assessment),
    .members = s_GuardrailSensitiveInformationPolicyAssessment_members,
    .member_count = 2,
    .by_wire_name = s_GuardrailSensitiveInformationPolicyAssessment_by_wire_name,
};

static const struct awsc_shape s_GuardrailSensitiveInformationPolicyFreeUnitsProcessed = {
    .name = "GuardrailSensitiveInformationPolicyFreeUnitsProcessed",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_GuardrailSensitiveInformationPolicyUnitsProcessed = {
    .name = "GuardrailSensitiveInformationPolicyUnitsProcessed",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_GuardrailStreamConfiguration = {
    .name = "GuardrailStreamConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_stream_configuration),
    .members = s_GuardrailStreamConfiguration_members,
    .member_count = 4,
    .by_wire_name = s_GuardrailStreamConfiguration_by_wire_name,
};

static const struct awsc_shape s_GuardrailStreamProcessingMode = {
    .name = "GuardrailStreamProcessingMode",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailStreamProcessingMode_values,
    .enum_count = 2,
};

static const struct awsc_shape s_GuardrailTextBlock = {
    .name = "GuardrailTextBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_text_block),
    .members = s_GuardrailTextBlock_members,
    .member_count = 2,
    .by_wire_name = s_GuardrailTextBlock_by_wire_name,
};

static const struct awsc_shape s_GuardrailTextCharactersCoverage = {
    .name = "GuardrailTextCharactersCoverage",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_text_characters_coverage),
    .members = s_GuardrailTextCharactersCoverage_members,
    .member_count = 2,
    .by_wire_name = s_GuardrailTextCharactersCoverage_by_wire_name,
};

static const struct awsc_shape s_GuardrailTopic = {
    .name = "GuardrailTopic",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_topic),
    .members = s_GuardrailTopic_members,
    .member_count = 4,
    .by_wire_name = s_GuardrailTopic_by_wire_name,
};

static const struct awsc_shape s_GuardrailTopicList = {
    .name = "GuardrailTopicList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_topic_list),
    .item = &s_GuardrailTopic,
};

static const struct awsc_shape s_GuardrailTopicPolicyAction = {
    .name = "GuardrailTopicPolicyAction",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailTopicPolicyAction_values,
    .enum_count = 2,
};

static const struct awsc_shape s_GuardrailTopicPolicyAssessment = {
    .name = "GuardrailTopicPolicyAssessment",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_topic_policy_assessment),
    .members = s_GuardrailTopicPolicyAssessment_members,
    .member_count = 1,
    .by_wire_name = s_GuardrailTopicPolicyAssessment_by_wire_name,
};

static const struct awsc_shape s_GuardrailTopicPolicyUnitsProcessed = {
    .name = "GuardrailTopicPolicyUnitsProcessed",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_GuardrailTopicType = {
    .name = "GuardrailTopicType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailTopicType_values,
    .enum_count = 1,
};

static const struct awsc_shape s_GuardrailTrace = {
    .name = "GuardrailTrace",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailTrace_values,
    .enum_count = 3,
};

static const struct awsc_shape s_GuardrailTraceAssessment = {
    .name = "GuardrailTraceAssessment",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_trace_assessment),
    .members = s_GuardrailTraceAssessment_members,
    .member_count = 4,
    .by_wire_name = s_GuardrailTraceAssessment_by_wire_name,
};

static const struct awsc_shape s_GuardrailUsage = {
    .name = "GuardrailUsage",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_usage),
    .members = s_GuardrailUsage_members,
    .member_count = 9,
    .by_wire_name = s_GuardrailUsage_by_wire_name,
};

static const struct awsc_shape s_GuardrailVersion = {
    .name = "GuardrailVersion",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_GuardrailWordPolicyAction = {
    .name = "GuardrailWordPolicyAction",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_GuardrailWordPolicyAction_values,
    .enum_count = 2,
};

static const struct awsc_shape s_GuardrailWordPolicyAssessment = {
    .name = "GuardrailWordPolicyAssessment",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_word_policy_assessment),
    .members = s_GuardrailWordPolicyAssessment_members,
    .member_count = 2,
    .by_wire_name = s_GuardrailWordPolicyAssessment_by_wire_name,
};

static const struct awsc_shape s_GuardrailWordPolicyUnitsProcessed = {
    .name = "GuardrailWordPolicyUnitsProcessed",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_ImageBlock = {
    .name = "ImageBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_image_block),
    .members = s_ImageBlock_members,
    .member_count = 3,
    .by_wire_name = s_ImageBlock_by_wire_name,
};

static const struct awsc_shape s_ImageBlockDelta = {
    .name = "ImageBlockDelta",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_image_block_delta),
    .members = s_ImageBlockDelta_members,
    .member_count = 2,
    .by_wire_name = s_ImageBlockDelta_by_wire_name,
};

static const struct awsc_shape s_ImageBlockStart = {
    .name = "ImageBlockStart",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_image_block_start),
    .members = s_ImageBlockStart_members,
    .member_count = 1,
    .by_wire_name = s_ImageBlockStart_by_wire_name,
};

static const struct awsc_shape s_ImageFormat = {
    .name = "ImageFormat",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ImageFormat_values,
    .enum_count = 4,
};

static const struct awsc_shape s_ImageSource = {
    .name = "ImageSource",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION | AWSC_SF_SENSITIVE,
    .size = sizeof(struct awsc_bedrock_runtime_image_source),
    .members = s_ImageSource_members,
    .member_count = 2,
    .by_wire_name = s_ImageSource_by_wire_name,
};

static const struct awsc_shape s_ImageSourceBytesBlob = {
    .name = "ImageSourceBytesBlob",
    .type = AWSC_SHAPE_BLOB,
    .size = sizeof(struct awsc_blob),
    .range = &s_ImageSourceBytesBlob_range,
};

static const struct awsc_shape s_ImagesGuarded = {
    .name = "ImagesGuarded",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_ImagesTotal = {
    .name = "ImagesTotal",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_InferenceConfiguration = {
    .name = "InferenceConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_inference_configuration),
    .members = s_InferenceConfiguration_members,
    .member_count = 4,
    .by_wire_name = s_InferenceConfiguration_by_wire_name,
};

static const struct awsc_shape s_InferenceConfigurationMaxTokensInteger = {
    .name = "InferenceConfigurationMaxTokensInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_InferenceConfigurationMaxTokensInteger_range,
};

static const struct awsc_shape s_InferenceConfigurationStopSequencesList = {
    .name = "InferenceConfigurationStopSequencesList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_origin_list),
    .range = &s_InferenceConfigurationStopSequencesList_range,
    .item = &s_NonEmptyString,
};

static const struct awsc_shape s_InferenceConfigurationTemperatureFloat = {
    .name = "InferenceConfigurationTemperatureFloat",
    .type = AWSC_SHAPE_FLOAT,
    .size = sizeof(float),
    .range = &s_InferenceConfigurationTemperatureFloat_range,
};

static const struct awsc_shape s_InferenceConfigurationTopPFloat = {
    .name = "InferenceConfigurationTopPFloat",
    .type = AWSC_SHAPE_FLOAT,
    .size = sizeof(float),
    .range = &s_InferenceConfigurationTopPFloat_range,
};

static const struct awsc_shape s_Integer = {
    .name = "Integer",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

const struct awsc_shape awsc__bedrock_runtime_InternalServerException = {
    .name = "InternalServerException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_bedrock_runtime_internal_server_exception),
    .members = awsc__bedrock_runtime_InternalServerException_members,
    .member_count = 1,
    .by_wire_name = awsc__bedrock_runtime_InternalServerException_by_wire_name,
    .error_code = "InternalServerException",
    .http_status = 500,
};

static const struct awsc_shape s_InvocationArn = {
    .name = "InvocationArn",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_InvocationArn_range,
};

const struct awsc_shape awsc__bedrock_runtime_InvokeGuardrailChecksRequest = {
    .name = "InvokeGuardrailChecksRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_invoke_guardrail_checks_input),
    .members = awsc__bedrock_runtime_InvokeGuardrailChecksRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__bedrock_runtime_InvokeGuardrailChecksRequest_by_wire_name,
};

const struct awsc_shape awsc__bedrock_runtime_InvokeGuardrailChecksResponse = {
    .name = "InvokeGuardrailChecksResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_invoke_guardrail_checks_output),
    .members = awsc__bedrock_runtime_InvokeGuardrailChecksResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__bedrock_runtime_InvokeGuardrailChecksResponse_by_wire_name,
};

static const struct awsc_shape s_InvokeModelIdentifier = {
    .name = "InvokeModelIdentifier",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_InvokeModelIdentifier_range,
};

const struct awsc_shape awsc__bedrock_runtime_InvokeModelRequest = {
    .name = "InvokeModelRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_invoke_model_input),
    .members = awsc__bedrock_runtime_InvokeModelRequest_members,
    .member_count = 10,
    .by_wire_name = awsc__bedrock_runtime_InvokeModelRequest_by_wire_name,
    .payload = "body",
};

const struct awsc_shape awsc__bedrock_runtime_InvokeModelResponse = {
    .name = "InvokeModelResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_invoke_model_output),
    .members = awsc__bedrock_runtime_InvokeModelResponse_members,
    .member_count = 4,
    .by_wire_name = awsc__bedrock_runtime_InvokeModelResponse_by_wire_name,
    .payload = "body",
};

static const struct awsc_shape s_InvokeModelTokensRequest = {
    .name = "InvokeModelTokensRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_invoke_model_tokens_request),
    .members = s_InvokeModelTokensRequest_members,
    .member_count = 1,
    .by_wire_name = s_InvokeModelTokensRequest_by_wire_name,
};

static const struct awsc_shape s_InvokeModelWithBidirectionalStreamInput = {
    .name = "InvokeModelWithBidirectionalStreamInput",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EVENTSTREAM,
    .size = sizeof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_input),
    .members = s_InvokeModelWithBidirectionalStreamInput_members,
    .member_count = 1,
    .by_wire_name = s_InvokeModelWithBidirectionalStreamInput_by_wire_name,
};

static const struct awsc_shape s_InvokeModelWithBidirectionalStreamOutput = {
    .name = "InvokeModelWithBidirectionalStreamOutput",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EVENTSTREAM,
    .size = sizeof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event),
    .members = s_InvokeModelWithBidirectionalStreamOutput_members,
    .member_count = 7,
    .by_wire_name = s_InvokeModelWithBidirectionalStreamOutput_by_wire_name,
};

const struct awsc_shape awsc__bedrock_runtime_InvokeModelWithBidirectionalStreamRequest = {
    .name = "InvokeModelWithBidirectionalStreamRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_request),
    .members = awsc__bedrock_runtime_InvokeModelWithBidirectionalStreamRequest_members,
    .member_count = 2,
    .by_wire_name = awsc__bedrock_runtime_InvokeModelWithBidirectionalStreamRequest_by_wire_name,
    .payload = "body",
};

const struct awsc_shape awsc__bedrock_runtime_InvokeModelWithBidirectionalStreamResponse = {
    .name = "InvokeModelWithBidirectionalStreamResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_output),
    .members = awsc__bedrock_runtime_InvokeModelWithBidirectionalStreamResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__bedrock_runtime_InvokeModelWithBidirectionalStreamResponse_by_wire_name,
    .payload = "body",
};

const struct awsc_shape awsc__bedrock_runtime_InvokeModelWithResponseStreamRequest = {
    .name = "InvokeModelWithResponseStreamRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input),
    .members = awsc__bedrock_runtime_InvokeModelWithResponseStreamRequest_members,
    .member_count = 10,
    .by_wire_name = awsc__bedrock_runtime_InvokeModelWithResponseStreamRequest_by_wire_name,
    .payload = "body",
};

const struct awsc_shape awsc__bedrock_runtime_InvokeModelWithResponseStreamResponse = {
    .name = "InvokeModelWithResponseStreamResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_output),
    .members = awsc__bedrock_runtime_InvokeModelWithResponseStreamResponse_members,
    .member_count = 4,
    .by_wire_name = awsc__bedrock_runtime_InvokeModelWithResponseStreamResponse_by_wire_name,
    .payload = "body",
};

static const struct awsc_shape s_InvokedModelId = {
    .name = "InvokedModelId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_JsonSchemaDefinition = {
    .name = "JsonSchemaDefinition",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_json_schema_definition),
    .members = s_JsonSchemaDefinition_members,
    .member_count = 3,
    .by_wire_name = s_JsonSchemaDefinition_by_wire_name,
};

static const struct awsc_shape s_KmsKeyId = {
    .name = "KmsKeyId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_KmsKeyId_range,
};

const struct awsc_shape awsc__bedrock_runtime_ListAsyncInvokesRequest = {
    .name = "ListAsyncInvokesRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_list_async_invokes_input),
    .members = awsc__bedrock_runtime_ListAsyncInvokesRequest_members,
    .member_count = 7,
    .by_wire_name = awsc__bedrock_runtime_ListAsyncInvokesRequest_by_wire_name,
};

const struct awsc_shape awsc__bedrock_runtime_ListAsyncInvokesResponse = {
    .name = "ListAsyncInvokesResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_list_async_invokes_output),
    .members = awsc__bedrock_runtime_ListAsyncInvokesResponse_members,
    .member_count = 2,
    .by_wire_name = awsc__bedrock_runtime_ListAsyncInvokesResponse_by_wire_name,
};

static const struct awsc_shape s_Long = {
    .name = "Long",
    .type = AWSC_SHAPE_LONG,
    .size = sizeof(int64_t),
};

static const struct awsc_shape s_MaxResults = {
    .name = "MaxResults",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_MaxResults_range,
};

static const struct awsc_shape s_Message = {
    .name = "Message",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_message),
    .members = s_Message_members,
    .member_count = 2,
    .by_wire_name = s_Message_by_wire_name,
};

static const struct awsc_shape s_MessageStartEvent = {
    .name = "MessageStartEvent",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EVENT,
    .size = sizeof(struct awsc_bedrock_runtime_message_start_event),
    .members = s_MessageStartEvent_members,
    .member_count = 1,
    .by_wire_name = s_MessageStartEvent_by_wire_name,
};

static const struct awsc_shape s_MessageStopEvent = {
    .name = "MessageStopEvent",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EVENT,
    .size = sizeof(struct awsc_bedrock_runtime_message_stop_event),
    .members = s_MessageStopEvent_members,
    .member_count = 2,
    .by_wire_name = s_MessageStopEvent_by_wire_name,
};

static const struct awsc_shape s_Messages = {
    .name = "Messages",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_messages),
    .item = &s_Message,
};

static const struct awsc_shape s_MimeType = {
    .name = "MimeType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

const struct awsc_shape awsc__bedrock_runtime_ModelErrorException = {
    .name = "ModelErrorException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_bedrock_runtime_model_error_exception),
    .members = awsc__bedrock_runtime_ModelErrorException_members,
    .member_count = 3,
    .by_wire_name = awsc__bedrock_runtime_ModelErrorException_by_wire_name,
    .error_code = "ModelErrorException",
    .http_status = 424,
};

static const struct awsc_shape s_ModelInputPayload = {
    .name = "ModelInputPayload",
    .type = AWSC_SHAPE_DOCUMENT,
    .flags = AWSC_SF_SENSITIVE | AWSC_SF_DOCUMENT,
    .size = sizeof(struct awsc_document),
};

const struct awsc_shape awsc__bedrock_runtime_ModelNotReadyException = {
    .name = "ModelNotReadyException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT | AWSC_SF_RETRYABLE,
    .size = sizeof(struct awsc_bedrock_runtime_model_not_ready_exception),
    .members = awsc__bedrock_runtime_ModelNotReadyException_members,
    .member_count = 1,
    .by_wire_name = awsc__bedrock_runtime_ModelNotReadyException_by_wire_name,
    .error_code = "ModelNotReadyException",
    .http_status = 429,
};

static const struct awsc_shape s_ModelOutputs = {
    .name = "ModelOutputs",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_guardrail_origin_list),
    .item = &s_GuardrailOutputText,
};

const struct awsc_shape awsc__bedrock_runtime_ModelStreamErrorException = {
    .name = "ModelStreamErrorException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_bedrock_runtime_model_stream_error_exception),
    .members = awsc__bedrock_runtime_ModelStreamErrorException_members,
    .member_count = 3,
    .by_wire_name = awsc__bedrock_runtime_ModelStreamErrorException_by_wire_name,
    .error_code = "ModelStreamErrorException",
    .http_status = 424,
};

const struct awsc_shape awsc__bedrock_runtime_ModelTimeoutException = {
    .name = "ModelTimeoutException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_bedrock_runtime_model_timeout_exception),
    .members = awsc__bedrock_runtime_ModelTimeoutException_members,
    .member_count = 1,
    .by_wire_name = awsc__bedrock_runtime_ModelTimeoutException_by_wire_name,
    .error_code = "ModelTimeoutException",
    .http_status = 408,
};

static const struct awsc_shape s_NonBlankString = {
    .name = "NonBlankString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_NonEmptyString = {
    .name = "NonEmptyString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_NonEmptyString_range,
};

static const struct awsc_shape s_NonNegativeInteger = {
    .name = "NonNegativeInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_NonNegativeInteger_range,
};

static const struct awsc_shape s_OutputConfig = {
    .name = "OutputConfig",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_output_config),
    .members = s_OutputConfig_members,
    .member_count = 2,
    .by_wire_name = s_OutputConfig_by_wire_name,
};

static const struct awsc_shape s_OutputConfigEffortString = {
    .name = "OutputConfigEffortString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_OutputConfigEffortString_range,
};

static const struct awsc_shape s_OutputFormat = {
    .name = "OutputFormat",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_output_format),
    .members = s_OutputFormat_members,
    .member_count = 2,
    .by_wire_name = s_OutputFormat_by_wire_name,
};

static const struct awsc_shape s_OutputFormatStructure = {
    .name = "OutputFormatStructure",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION | AWSC_SF_SENSITIVE,
    .size = sizeof(struct awsc_bedrock_runtime_output_format_structure),
    .members = s_OutputFormatStructure_members,
    .member_count = 1,
    .by_wire_name = s_OutputFormatStructure_by_wire_name,
};

static const struct awsc_shape s_OutputFormatType = {
    .name = "OutputFormatType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_OutputFormatType_values,
    .enum_count = 1,
};

static const struct awsc_shape s_PaginationToken = {
    .name = "PaginationToken",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_PaginationToken_range,
};

static const struct awsc_shape s_PartBody = {
    .name = "PartBody",
    .type = AWSC_SHAPE_BLOB,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(struct awsc_blob),
    .range = &s_PartBody_range,
};

static const struct awsc_shape s_PayloadPart = {
    .name = "PayloadPart",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_SENSITIVE | AWSC_SF_EVENT,
    .size = sizeof(struct awsc_bedrock_runtime_payload_part),
    .members = s_PayloadPart_members,
    .member_count = 1,
    .by_wire_name = s_PayloadPart_by_wire_name,
};

static const struct awsc_shape s_PerformanceConfigLatency = {
    .name = "PerformanceConfigLatency",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_PerformanceConfigLatency_values,
    .enum_count = 2,
};

static const struct awsc_shape s_PerformanceConfiguration = {
    .name = "PerformanceConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_performance_configuration),
    .members = s_PerformanceConfiguration_members,
    .member_count = 1,
    .by_wire_name = s_PerformanceConfiguration_by_wire_name,
};

static const struct awsc_shape s_PromptRouterTrace = {
    .name = "PromptRouterTrace",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_prompt_router_trace),
    .members = s_PromptRouterTrace_members,
    .member_count = 1,
    .by_wire_name = s_PromptRouterTrace_by_wire_name,
};

static const struct awsc_shape s_PromptVariableMap = {
    .name = "PromptVariableMap",
    .type = AWSC_SHAPE_MAP,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(struct awsc_bedrock_runtime_prompt_variable_map),
    .item = &s_PromptVariableValues,
    .key = &s_String,
    .value_offset = offsetof(struct awsc_bedrock_runtime_prompt_variable_map_entry, value),
    .entry_size = sizeof(struct awsc_bedrock_runtime_prompt_variable_map_entry),
};

static const struct awsc_shape s_PromptVariableValues = {
    .name = "PromptVariableValues",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_bedrock_runtime_prompt_variable_values),
    .members = s_PromptVariableValues_members,
    .member_count = 1,
    .by_wire_name = s_PromptVariableValues_by_wire_name,
};

static const struct awsc_shape s_ReasoningContentBlock = {
    .name = "ReasoningContentBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION | AWSC_SF_SENSITIVE,
    .size = sizeof(struct awsc_bedrock_runtime_reasoning_content_block),
    .members = s_ReasoningContentBlock_members,
    .member_count = 2,
    .by_wire_name = s_ReasoningContentBlock_by_wire_name,
};

static const struct awsc_shape s_ReasoningContentBlockDelta = {
    .name = "ReasoningContentBlockDelta",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION | AWSC_SF_SENSITIVE,
    .size = sizeof(struct awsc_bedrock_runtime_reasoning_content_block_delta),
    .members = s_ReasoningContentBlockDelta_members,
    .member_count = 3,
    .by_wire_name = s_ReasoningContentBlockDelta_by_wire_name,
};

static const struct awsc_shape s_ReasoningTextBlock = {
    .name = "ReasoningTextBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(struct awsc_bedrock_runtime_reasoning_text_block),
    .members = s_ReasoningTextBlock_members,
    .member_count = 2,
    .by_wire_name = s_ReasoningTextBlock_by_wire_name,
};

static const struct awsc_shape s_RequestMetadata = {
    .name = "RequestMetadata",
    .type = AWSC_SHAPE_MAP,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(struct awsc_bedrock_runtime_request_metadata),
    .range = &s_RequestMetadata_range,
    .item = &s_RequestMetadataValueString,
    .key = &s_RequestMetadataKeyString,
    .value_offset = offsetof(struct awsc_bedrock_runtime_request_metadata_entry, value),
    .entry_size = sizeof(struct awsc_bedrock_runtime_request_metadata_entry),
};

static const struct awsc_shape s_RequestMetadataJson = {
    .name = "RequestMetadataJson",
    .type = AWSC_SHAPE_STRING,
    .flags = AWSC_SF_SENSITIVE,
    .size = sizeof(const char *),
    .range = &s_RequestMetadataJson_range,
};

static const struct awsc_shape s_RequestMetadataKeyString = {
    .name = "RequestMetadataKeyString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_RequestMetadataKeyString_range,
};

static const struct awsc_shape s_RequestMetadataValueString = {
    .name = "RequestMetadataValueString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_RequestMetadataValueString_range,
};

const struct awsc_shape awsc__bedrock_runtime_ResourceNotFoundException = {
    .name = "ResourceNotFoundException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_bedrock_runtime_resource_not_found_exception),
    .members = awsc__bedrock_runtime_ResourceNotFoundException_members,
    .member_count = 1,
    .by_wire_name = awsc__bedrock_runtime_ResourceNotFoundException_by_wire_name,
    .error_code = "ResourceNotFoundException",
    .http_status = 404,
};

static const struct awsc_shape s_ResponseStream = {
    .name = "ResponseStream",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EVENTSTREAM,
    .size = sizeof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event),
    .members = s_ResponseStream_members,
    .member_count = 7,
    .by_wire_name = s_ResponseStream_by_wire_name,
};

static const struct awsc_shape s_S3Location = {
    .name = "S3Location",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_s3_location),
    .members = s_S3Location_members,
    .member_count = 2,
    .by_wire_name = s_S3Location_by_wire_name,
};

static const struct awsc_shape s_S3Uri = {
    .name = "S3Uri",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_S3Uri_range,
};

static const struct awsc_shape s_SearchResultBlock = {
    .name = "SearchResultBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_search_result_block),
    .members = s_SearchResultBlock_members,
    .member_count = 4,
    .by_wire_name = s_SearchResultBlock_by_wire_name,
};

static const struct awsc_shape s_SearchResultContentBlock = {
    .name = "SearchResultContentBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_search_result_content_block),
    .members = s_SearchResultContentBlock_members,
    .member_count = 1,
    .by_wire_name = s_SearchResultContentBlock_by_wire_name,
};

static const struct awsc_shape s_SearchResultContentBlocks = {
    .name = "SearchResultContentBlocks",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_search_result_content_blocks),
    .item = &s_SearchResultContentBlock,
};

static const struct awsc_shape s_SearchResultLocation = {
    .name = "SearchResultLocation",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_search_result_location),
    .members = s_SearchResultLocation_members,
    .member_count = 3,
    .by_wire_name = s_SearchResultLocation_by_wire_name,
};

static const struct awsc_shape s_SearchResultLocationEndInteger = {
    .name = "SearchResultLocationEndInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_SearchResultLocationEndInteger_range,
};

static const struct awsc_shape s_SearchResultLocationSearchResultIndexInteger = {
    .name = "SearchResultLocationSearchResultIndexInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_SearchResultLocationSearchResultIndexInteger_range,
};

static const struct awsc_shape s_SearchResultLocationStartInteger = {
    .name = "SearchResultLocationStartInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_SearchResultLocationStartInteger_range,
};

const struct awsc_shape awsc__bedrock_runtime_ServiceQuotaExceededException = {
    .name = "ServiceQuotaExceededException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_bedrock_runtime_service_quota_exceeded_exception),
    .members = awsc__bedrock_runtime_ServiceQuotaExceededException_members,
    .member_count = 1,
    .by_wire_name = awsc__bedrock_runtime_ServiceQuotaExceededException_by_wire_name,
    .error_code = "ServiceQuotaExceededException",
    .http_status = 400,
};

static const struct awsc_shape s_ServiceTier = {
    .name = "ServiceTier",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_service_tier),
    .members = s_ServiceTier_members,
    .member_count = 1,
    .by_wire_name = s_ServiceTier_by_wire_name,
};

static const struct awsc_shape s_ServiceTierType = {
    .name = "ServiceTierType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ServiceTierType_values,
    .enum_count = 4,
};

const struct awsc_shape awsc__bedrock_runtime_ServiceUnavailableException = {
    .name = "ServiceUnavailableException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION,
    .size = sizeof(struct awsc_bedrock_runtime_service_unavailable_exception),
    .members = awsc__bedrock_runtime_ServiceUnavailableException_members,
    .member_count = 1,
    .by_wire_name = awsc__bedrock_runtime_ServiceUnavailableException_by_wire_name,
    .error_code = "ServiceUnavailableException",
    .http_status = 503,
};

static const struct awsc_shape s_SortAsyncInvocationBy = {
    .name = "SortAsyncInvocationBy",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_SortAsyncInvocationBy_values,
    .enum_count = 1,
};

static const struct awsc_shape s_SortOrder = {
    .name = "SortOrder",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_SortOrder_values,
    .enum_count = 2,
};

static const struct awsc_shape s_SpecificToolChoice = {
    .name = "SpecificToolChoice",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_specific_tool_choice),
    .members = s_SpecificToolChoice_members,
    .member_count = 1,
    .by_wire_name = s_SpecificToolChoice_by_wire_name,
};

const struct awsc_shape awsc__bedrock_runtime_StartAsyncInvokeRequest = {
    .name = "StartAsyncInvokeRequest",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_start_async_invoke_input),
    .members = awsc__bedrock_runtime_StartAsyncInvokeRequest_members,
    .member_count = 5,
    .by_wire_name = awsc__bedrock_runtime_StartAsyncInvokeRequest_by_wire_name,
};

const struct awsc_shape awsc__bedrock_runtime_StartAsyncInvokeResponse = {
    .name = "StartAsyncInvokeResponse",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_start_async_invoke_output),
    .members = awsc__bedrock_runtime_StartAsyncInvokeResponse_members,
    .member_count = 1,
    .by_wire_name = awsc__bedrock_runtime_StartAsyncInvokeResponse_by_wire_name,
};

static const struct awsc_shape s_StatusCode = {
    .name = "StatusCode",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_StatusCode_range,
};

static const struct awsc_shape s_StopReason = {
    .name = "StopReason",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_StopReason_values,
    .enum_count = 9,
};

static const struct awsc_shape s_String = {
    .name = "String",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
};

static const struct awsc_shape s_SystemContentBlock = {
    .name = "SystemContentBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_bedrock_runtime_system_content_block),
    .members = s_SystemContentBlock_members,
    .member_count = 3,
    .by_wire_name = s_SystemContentBlock_by_wire_name,
};

static const struct awsc_shape s_SystemContentBlocks = {
    .name = "SystemContentBlocks",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_system_content_blocks),
    .item = &s_SystemContentBlock,
};

static const struct awsc_shape s_SystemTool = {
    .name = "SystemTool",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_system_tool),
    .members = s_SystemTool_members,
    .member_count = 1,
    .by_wire_name = s_SystemTool_by_wire_name,
};

static const struct awsc_shape s_Tag = {
    .name = "Tag",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_tag),
    .members = s_Tag_members,
    .member_count = 2,
    .by_wire_name = s_Tag_by_wire_name,
};

static const struct awsc_shape s_TagKey = {
    .name = "TagKey",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_TagKey_range,
};

static const struct awsc_shape s_TagList = {
    .name = "TagList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_tag_list),
    .range = &s_TagList_range,
    .item = &s_Tag,
};

static const struct awsc_shape s_TagValue = {
    .name = "TagValue",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_TagValue_range,
};

static const struct awsc_shape s_TextCharactersGuarded = {
    .name = "TextCharactersGuarded",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

static const struct awsc_shape s_TextCharactersTotal = {
    .name = "TextCharactersTotal",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
};

const struct awsc_shape awsc__bedrock_runtime_ThrottlingException = {
    .name = "ThrottlingException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_bedrock_runtime_throttling_exception),
    .members = awsc__bedrock_runtime_ThrottlingException_members,
    .member_count = 1,
    .by_wire_name = awsc__bedrock_runtime_ThrottlingException_by_wire_name,
    .error_code = "ThrottlingException",
    .http_status = 429,
};

static const struct awsc_shape s_Timestamp = {
    .name = "Timestamp",
    .type = AWSC_SHAPE_TIMESTAMP,
    .timestamp_format = AWSC_TSFMT_ISO8601,
    .size = sizeof(struct awsc_timestamp),
};

static const struct awsc_shape s_TokenUsage = {
    .name = "TokenUsage",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_token_usage),
    .members = s_TokenUsage_members,
    .member_count = 6,
    .by_wire_name = s_TokenUsage_by_wire_name,
};

static const struct awsc_shape s_TokenUsageCacheReadInputTokensInteger = {
    .name = "TokenUsageCacheReadInputTokensInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_TokenUsageCacheReadInputTokensInteger_range,
};

static const struct awsc_shape s_TokenUsageCacheWriteInputTokensInteger = {
    .name = "TokenUsageCacheWriteInputTokensInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_TokenUsageCacheWriteInputTokensInteger_range,
};

static const struct awsc_shape s_TokenUsageInputTokensInteger = {
    .name = "TokenUsageInputTokensInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_TokenUsageInputTokensInteger_range,
};

static const struct awsc_shape s_TokenUsageOutputTokensInteger = {
    .name = "TokenUsageOutputTokensInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_TokenUsageOutputTokensInteger_range,
};

static const struct awsc_shape s_TokenUsageTotalTokensInteger = {
    .name = "TokenUsageTotalTokensInteger",
    .type = AWSC_SHAPE_INTEGER,
    .size = sizeof(int32_t),
    .range = &s_TokenUsageTotalTokensInteger_range,
};

static const struct awsc_shape s_Tool = {
    .name = "Tool",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_bedrock_runtime_tool),
    .members = s_Tool_members,
    .member_count = 3,
    .by_wire_name = s_Tool_by_wire_name,
};

static const struct awsc_shape s_ToolAdditionBlock = {
    .name = "ToolAdditionBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_tool_addition_block),
    .members = s_ToolAdditionBlock_members,
    .member_count = 1,
    .by_wire_name = s_ToolAdditionBlock_by_wire_name,
};

static const struct awsc_shape s_ToolChoice = {
    .name = "ToolChoice",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_bedrock_runtime_tool_choice),
    .members = s_ToolChoice_members,
    .member_count = 3,
    .by_wire_name = s_ToolChoice_by_wire_name,
};

static const struct awsc_shape s_ToolConfiguration = {
    .name = "ToolConfiguration",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_tool_configuration),
    .members = s_ToolConfiguration_members,
    .member_count = 2,
    .by_wire_name = s_ToolConfiguration_by_wire_name,
};

static const struct awsc_shape s_ToolConfigurationToolsList = {
    .name = "ToolConfigurationToolsList",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_tool_configuration_tools_list),
    .range = &s_ToolConfigurationToolsList_range,
    .item = &s_Tool,
};

static const struct awsc_shape s_ToolInputSchema = {
    .name = "ToolInputSchema",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_bedrock_runtime_tool_input_schema),
    .members = s_ToolInputSchema_members,
    .member_count = 1,
    .by_wire_name = s_ToolInputSchema_by_wire_name,
};

static const struct awsc_shape s_ToolName = {
    .name = "ToolName",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ToolName_range,
};

static const struct awsc_shape s_ToolReference = {
    .name = "ToolReference",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_tool_reference),
    .members = s_ToolReference_members,
    .member_count = 3,
    .by_wire_name = s_ToolReference_by_wire_name,
};

static const struct awsc_shape s_ToolReferenceNameString = {
    .name = "ToolReferenceNameString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ToolReferenceNameString_range,
};

static const struct awsc_shape s_ToolReferenceServerNameString = {
    .name = "ToolReferenceServerNameString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ToolReferenceServerNameString_range,
};

static const struct awsc_shape s_ToolReferenceTypeString = {
    .name = "ToolReferenceTypeString",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ToolReferenceTypeString_range,
};

static const struct awsc_shape s_ToolRemovalBlock = {
    .name = "ToolRemovalBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_tool_removal_block),
    .members = s_ToolRemovalBlock_members,
    .member_count = 1,
    .by_wire_name = s_ToolRemovalBlock_by_wire_name,
};

static const struct awsc_shape s_ToolResultBlock = {
    .name = "ToolResultBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_tool_result_block),
    .members = s_ToolResultBlock_members,
    .member_count = 4,
    .by_wire_name = s_ToolResultBlock_by_wire_name,
};

static const struct awsc_shape s_ToolResultBlockDelta = {
    .name = "ToolResultBlockDelta",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_bedrock_runtime_tool_result_block_delta),
    .members = s_ToolResultBlockDelta_members,
    .member_count = 2,
    .by_wire_name = s_ToolResultBlockDelta_by_wire_name,
};

static const struct awsc_shape s_ToolResultBlockStart = {
    .name = "ToolResultBlockStart",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_tool_result_block_start),
    .members = s_ToolResultBlockStart_members,
    .member_count = 3,
    .by_wire_name = s_ToolResultBlockStart_by_wire_name,
};

static const struct awsc_shape s_ToolResultBlocksDelta = {
    .name = "ToolResultBlocksDelta",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_tool_result_blocks_delta),
    .item = &s_ToolResultBlockDelta,
};

static const struct awsc_shape s_ToolResultContentBlock = {
    .name = "ToolResultContentBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_bedrock_runtime_tool_result_content_block),
    .members = s_ToolResultContentBlock_members,
    .member_count = 6,
    .by_wire_name = s_ToolResultContentBlock_by_wire_name,
};

static const struct awsc_shape s_ToolResultContentBlocks = {
    .name = "ToolResultContentBlocks",
    .type = AWSC_SHAPE_LIST,
    .size = sizeof(struct awsc_bedrock_runtime_tool_result_content_blocks),
    .item = &s_ToolResultContentBlock,
};

static const struct awsc_shape s_ToolResultStatus = {
    .name = "ToolResultStatus",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ToolResultStatus_values,
    .enum_count = 2,
};

static const struct awsc_shape s_ToolSpecification = {
    .name = "ToolSpecification",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_tool_specification),
    .members = s_ToolSpecification_members,
    .member_count = 4,
    .by_wire_name = s_ToolSpecification_by_wire_name,
};

static const struct awsc_shape s_ToolUseBlock = {
    .name = "ToolUseBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_tool_use_block),
    .members = s_ToolUseBlock_members,
    .member_count = 4,
    .by_wire_name = s_ToolUseBlock_by_wire_name,
};

static const struct awsc_shape s_ToolUseBlockDelta = {
    .name = "ToolUseBlockDelta",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_tool_use_block_delta),
    .members = s_ToolUseBlockDelta_members,
    .member_count = 1,
    .by_wire_name = s_ToolUseBlockDelta_by_wire_name,
};

static const struct awsc_shape s_ToolUseBlockStart = {
    .name = "ToolUseBlockStart",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_tool_use_block_start),
    .members = s_ToolUseBlockStart_members,
    .member_count = 3,
    .by_wire_name = s_ToolUseBlockStart_by_wire_name,
};

static const struct awsc_shape s_ToolUseId = {
    .name = "ToolUseId",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .range = &s_ToolUseId_range,
};

static const struct awsc_shape s_ToolUseType = {
    .name = "ToolUseType",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_ToolUseType_values,
    .enum_count = 1,
};

static const struct awsc_shape s_Trace = {
    .name = "Trace",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_Trace_values,
    .enum_count = 3,
};

const struct awsc_shape awsc__bedrock_runtime_ValidationException = {
    .name = "ValidationException",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
    .size = sizeof(struct awsc_bedrock_runtime_validation_exception),
    .members = awsc__bedrock_runtime_ValidationException_members,
    .member_count = 1,
    .by_wire_name = awsc__bedrock_runtime_ValidationException_by_wire_name,
    .error_code = "ValidationException",
    .http_status = 400,
};

static const struct awsc_shape s_VideoBlock = {
    .name = "VideoBlock",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_video_block),
    .members = s_VideoBlock_members,
    .member_count = 2,
    .by_wire_name = s_VideoBlock_by_wire_name,
};

static const struct awsc_shape s_VideoFormat = {
    .name = "VideoFormat",
    .type = AWSC_SHAPE_STRING,
    .size = sizeof(const char *),
    .enum_values = s_VideoFormat_values,
    .enum_count = 9,
};

static const struct awsc_shape s_VideoSource = {
    .name = "VideoSource",
    .type = AWSC_SHAPE_STRUCTURE,
    .flags = AWSC_SF_UNION,
    .size = sizeof(struct awsc_bedrock_runtime_video_source),
    .members = s_VideoSource_members,
    .member_count = 2,
    .by_wire_name = s_VideoSource_by_wire_name,
};

static const struct awsc_shape s_VideoSourceBytesBlob = {
    .name = "VideoSourceBytesBlob",
    .type = AWSC_SHAPE_BLOB,
    .size = sizeof(struct awsc_blob),
    .range = &s_VideoSourceBytesBlob_range,
};

static const struct awsc_shape s_WebLocation = {
    .name = "WebLocation",
    .type = AWSC_SHAPE_STRUCTURE,
    .size = sizeof(struct awsc_bedrock_runtime_web_location),
    .members = s_WebLocation_members,
    .member_count = 2,
    .by_wire_name = s_WebLocation_by_wire_name,
};
