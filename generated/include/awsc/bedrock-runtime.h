/*
 * awsc/bedrock_runtime.h - Amazon Bedrock Runtime (Bedrock Runtime, API 2023-09-30).
 *
 * Generated from the service model by awsc's generator; do not edit.
 * Sections: enums, structures (lists and maps first, then structures, then
 * map entries), operations, errors. Conventions: see <awsc/common.h>.
 */
#ifndef AWSC_BEDROCK_RUNTIME_H
#define AWSC_BEDROCK_RUNTIME_H

#include <awsc/awsc.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The service's descriptor (struct awsc_service, <awsc/shape.h>), in its
 * read-only tables: pass awsc_bedrock_runtime_service() to awsc_client_new(), or use
 * awsc_bedrock_runtime_client_new(). A function rather than a variable: see
 * <awsc/shape.h>. */
AWSC_API const struct awsc_service *awsc_bedrock_runtime_service(void);

static inline int awsc_bedrock_runtime_client_new(const struct awsc_config *config, struct awsc_client **client,
                                            struct awsc_error *err)
{
    return awsc_client_new(awsc_bedrock_runtime_service(), config, client, err);
}

/* ---------------------------------------------------------------- enums */

/* AsyncInvokeStatus: members of this type are strings; parse them with
 * awsc_bedrock_runtime_async_invoke_status_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_ASYNC_INVOKE_STATUS_UNKNOWN. */
enum awsc_bedrock_runtime_async_invoke_status {
    AWSC_BEDROCK_RUNTIME_ASYNC_INVOKE_STATUS_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_ASYNC_INVOKE_STATUS_IN_PROGRESS = 1, /* InProgress */
    AWSC_BEDROCK_RUNTIME_ASYNC_INVOKE_STATUS_COMPLETED = 2, /* Completed */
    AWSC_BEDROCK_RUNTIME_ASYNC_INVOKE_STATUS_FAILED = 3 /* Failed */
};
AWSC_API enum awsc_bedrock_runtime_async_invoke_status awsc_bedrock_runtime_async_invoke_status_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_async_invoke_status_str(enum awsc_bedrock_runtime_async_invoke_status value);

/* AudioFormat: members of this type are strings; parse them with
 * awsc_bedrock_runtime_audio_format_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_AUDIO_FORMAT_UNKNOWN. */
enum awsc_bedrock_runtime_audio_format {
    AWSC_BEDROCK_RUNTIME_AUDIO_FORMAT_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_AUDIO_FORMAT_MP3 = 1, /* mp3 */
    AWSC_BEDROCK_RUNTIME_AUDIO_FORMAT_OPUS = 2, /* opus */
    AWSC_BEDROCK_RUNTIME_AUDIO_FORMAT_WAV = 3, /* wav */
    AWSC_BEDROCK_RUNTIME_AUDIO_FORMAT_AAC = 4, /* aac */
    AWSC_BEDROCK_RUNTIME_AUDIO_FORMAT_FLAC = 5, /* flac */
    AWSC_BEDROCK_RUNTIME_AUDIO_FORMAT_MP4 = 6, /* mp4 */
    AWSC_BEDROCK_RUNTIME_AUDIO_FORMAT_OGG = 7, /* ogg */
    AWSC_BEDROCK_RUNTIME_AUDIO_FORMAT_MKV = 8, /* mkv */
    AWSC_BEDROCK_RUNTIME_AUDIO_FORMAT_MKA = 9, /* mka */
    AWSC_BEDROCK_RUNTIME_AUDIO_FORMAT_X_AAC = 10, /* x-aac */
    AWSC_BEDROCK_RUNTIME_AUDIO_FORMAT_M4A = 11, /* m4a */
    AWSC_BEDROCK_RUNTIME_AUDIO_FORMAT_MPEG = 12, /* mpeg */
    AWSC_BEDROCK_RUNTIME_AUDIO_FORMAT_MPGA = 13, /* mpga */
    AWSC_BEDROCK_RUNTIME_AUDIO_FORMAT_PCM = 14, /* pcm */
    AWSC_BEDROCK_RUNTIME_AUDIO_FORMAT_WEBM = 15 /* webm */
};
AWSC_API enum awsc_bedrock_runtime_audio_format awsc_bedrock_runtime_audio_format_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_audio_format_str(enum awsc_bedrock_runtime_audio_format value);

/* CachePointType: members of this type are strings; parse them with
 * awsc_bedrock_runtime_cache_point_type_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_CACHE_POINT_TYPE_UNKNOWN. */
enum awsc_bedrock_runtime_cache_point_type {
    AWSC_BEDROCK_RUNTIME_CACHE_POINT_TYPE_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_CACHE_POINT_TYPE_DEFAULT = 1 /* default */
};
AWSC_API enum awsc_bedrock_runtime_cache_point_type awsc_bedrock_runtime_cache_point_type_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_cache_point_type_str(enum awsc_bedrock_runtime_cache_point_type value);

/* CacheTTL: members of this type are strings; parse them with
 * awsc_bedrock_runtime_cache_ttl_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_CACHE_TTL_UNKNOWN. */
enum awsc_bedrock_runtime_cache_ttl {
    AWSC_BEDROCK_RUNTIME_CACHE_TTL_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_CACHE_TTL_5M = 1, /* 5m */
    AWSC_BEDROCK_RUNTIME_CACHE_TTL_1H = 2 /* 1h */
};
AWSC_API enum awsc_bedrock_runtime_cache_ttl awsc_bedrock_runtime_cache_ttl_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_cache_ttl_str(enum awsc_bedrock_runtime_cache_ttl value);

/* ConversationRole: members of this type are strings; parse them with
 * awsc_bedrock_runtime_conversation_role_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_CONVERSATION_ROLE_UNKNOWN. */
enum awsc_bedrock_runtime_conversation_role {
    AWSC_BEDROCK_RUNTIME_CONVERSATION_ROLE_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_CONVERSATION_ROLE_USER = 1, /* user */
    AWSC_BEDROCK_RUNTIME_CONVERSATION_ROLE_ASSISTANT = 2, /* assistant */
    AWSC_BEDROCK_RUNTIME_CONVERSATION_ROLE_SYSTEM = 3 /* system */
};
AWSC_API enum awsc_bedrock_runtime_conversation_role awsc_bedrock_runtime_conversation_role_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_conversation_role_str(enum awsc_bedrock_runtime_conversation_role value);

/* DocumentFormat: members of this type are strings; parse them with
 * awsc_bedrock_runtime_document_format_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_DOCUMENT_FORMAT_UNKNOWN. */
enum awsc_bedrock_runtime_document_format {
    AWSC_BEDROCK_RUNTIME_DOCUMENT_FORMAT_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_DOCUMENT_FORMAT_PDF = 1, /* pdf */
    AWSC_BEDROCK_RUNTIME_DOCUMENT_FORMAT_CSV = 2, /* csv */
    AWSC_BEDROCK_RUNTIME_DOCUMENT_FORMAT_DOC = 3, /* doc */
    AWSC_BEDROCK_RUNTIME_DOCUMENT_FORMAT_DOCX = 4, /* docx */
    AWSC_BEDROCK_RUNTIME_DOCUMENT_FORMAT_XLS = 5, /* xls */
    AWSC_BEDROCK_RUNTIME_DOCUMENT_FORMAT_XLSX = 6, /* xlsx */
    AWSC_BEDROCK_RUNTIME_DOCUMENT_FORMAT_HTML = 7, /* html */
    AWSC_BEDROCK_RUNTIME_DOCUMENT_FORMAT_TXT = 8, /* txt */
    AWSC_BEDROCK_RUNTIME_DOCUMENT_FORMAT_MD = 9 /* md */
};
AWSC_API enum awsc_bedrock_runtime_document_format awsc_bedrock_runtime_document_format_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_document_format_str(enum awsc_bedrock_runtime_document_format value);

/* GuardrailAction: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_action_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_ACTION_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_action {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_ACTION_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_ACTION_NONE = 1, /* NONE */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_ACTION_GUARDRAIL_INTERVENED = 2 /* GUARDRAIL_INTERVENED */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_action awsc_bedrock_runtime_guardrail_action_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_action_str(enum awsc_bedrock_runtime_guardrail_action value);

/* GuardrailAutomatedReasoningLogicWarningType: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning_type_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_AUTOMATED_REASONING_LOGIC_WARNING_TYPE_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning_type {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_AUTOMATED_REASONING_LOGIC_WARNING_TYPE_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_AUTOMATED_REASONING_LOGIC_WARNING_TYPE_ALWAYS_FALSE = 1, /* ALWAYS_FALSE */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_AUTOMATED_REASONING_LOGIC_WARNING_TYPE_ALWAYS_TRUE = 2 /* ALWAYS_TRUE */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning_type awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning_type_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning_type_str(enum awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning_type value);

/* GuardrailChecksContentFilterCategory: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_checks_content_filter_category_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_CONTENT_FILTER_CATEGORY_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_checks_content_filter_category {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_CONTENT_FILTER_CATEGORY_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_CONTENT_FILTER_CATEGORY_VIOLENCE = 1, /* VIOLENCE */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_CONTENT_FILTER_CATEGORY_HATE = 2, /* HATE */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_CONTENT_FILTER_CATEGORY_SEXUAL = 3, /* SEXUAL */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_CONTENT_FILTER_CATEGORY_MISCONDUCT = 4, /* MISCONDUCT */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_CONTENT_FILTER_CATEGORY_INSULTS = 5 /* INSULTS */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_checks_content_filter_category awsc_bedrock_runtime_guardrail_checks_content_filter_category_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_checks_content_filter_category_str(enum awsc_bedrock_runtime_guardrail_checks_content_filter_category value);

/* GuardrailChecksPromptAttackCategory: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_PROMPT_ATTACK_CATEGORY_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_checks_prompt_attack_category {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_PROMPT_ATTACK_CATEGORY_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_PROMPT_ATTACK_CATEGORY_JAILBREAK = 1, /* JAILBREAK */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_PROMPT_ATTACK_CATEGORY_PROMPT_INJECTION = 2, /* PROMPT_INJECTION */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_PROMPT_ATTACK_CATEGORY_PROMPT_LEAKAGE = 3 /* PROMPT_LEAKAGE */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_checks_prompt_attack_category awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_str(enum awsc_bedrock_runtime_guardrail_checks_prompt_attack_category value);

/* GuardrailChecksRole: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_checks_role_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_ROLE_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_checks_role {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_ROLE_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_ROLE_USER = 1, /* user */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_ROLE_ASSISTANT = 2, /* assistant */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_ROLE_SYSTEM = 3 /* system */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_checks_role awsc_bedrock_runtime_guardrail_checks_role_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_checks_role_str(enum awsc_bedrock_runtime_guardrail_checks_role value);

/* GuardrailChecksSensitiveInformationEntityType: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_type_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_type {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_ADDRESS = 1, /* ADDRESS */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_AGE = 2, /* AGE */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_AWS_ACCESS_KEY = 3, /* AWS_ACCESS_KEY */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_AWS_SECRET_KEY = 4, /* AWS_SECRET_KEY */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_CA_HEALTH_NUMBER = 5, /* CA_HEALTH_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_CA_SOCIAL_INSURANCE_NUMBER = 6, /* CA_SOCIAL_INSURANCE_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_CREDIT_DEBIT_CARD_CVV = 7, /* CREDIT_DEBIT_CARD_CVV */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_CREDIT_DEBIT_CARD_EXPIRY = 8, /* CREDIT_DEBIT_CARD_EXPIRY */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_CREDIT_DEBIT_CARD_NUMBER = 9, /* CREDIT_DEBIT_CARD_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_DRIVER_ID = 10, /* DRIVER_ID */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_EMAIL = 11, /* EMAIL */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_INTERNATIONAL_BANK_ACCOUNT_NUMBER = 12, /* INTERNATIONAL_BANK_ACCOUNT_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_IP_ADDRESS = 13, /* IP_ADDRESS */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_LICENSE_PLATE = 14, /* LICENSE_PLATE */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_MAC_ADDRESS = 15, /* MAC_ADDRESS */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_NAME = 16, /* NAME */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_PASSWORD = 17, /* PASSWORD */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_PHONE = 18, /* PHONE */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_PIN = 19, /* PIN */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_SWIFT_CODE = 20, /* SWIFT_CODE */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_UK_NATIONAL_HEALTH_SERVICE_NUMBER = 21, /* UK_NATIONAL_HEALTH_SERVICE_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_UK_NATIONAL_INSURANCE_NUMBER = 22, /* UK_NATIONAL_INSURANCE_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER = 23, /* UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_URL = 24, /* URL */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_USERNAME = 25, /* USERNAME */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_US_BANK_ACCOUNT_NUMBER = 26, /* US_BANK_ACCOUNT_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_US_BANK_ROUTING_NUMBER = 27, /* US_BANK_ROUTING_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER = 28, /* US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_US_PASSPORT_NUMBER = 29, /* US_PASSPORT_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_US_SOCIAL_SECURITY_NUMBER = 30, /* US_SOCIAL_SECURITY_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CHECKS_SENSITIVE_INFORMATION_ENTITY_TYPE_VEHICLE_IDENTIFICATION_NUMBER = 31 /* VEHICLE_IDENTIFICATION_NUMBER */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_type awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_type_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_type_str(enum awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_type value);

/* GuardrailContentFilterConfidence: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_content_filter_confidence_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_FILTER_CONFIDENCE_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_content_filter_confidence {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_FILTER_CONFIDENCE_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_FILTER_CONFIDENCE_NONE = 1, /* NONE */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_FILTER_CONFIDENCE_LOW = 2, /* LOW */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_FILTER_CONFIDENCE_MEDIUM = 3, /* MEDIUM */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_FILTER_CONFIDENCE_HIGH = 4 /* HIGH */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_content_filter_confidence awsc_bedrock_runtime_guardrail_content_filter_confidence_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_content_filter_confidence_str(enum awsc_bedrock_runtime_guardrail_content_filter_confidence value);

/* GuardrailContentFilterStrength: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_content_filter_strength_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_FILTER_STRENGTH_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_content_filter_strength {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_FILTER_STRENGTH_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_FILTER_STRENGTH_NONE = 1, /* NONE */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_FILTER_STRENGTH_LOW = 2, /* LOW */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_FILTER_STRENGTH_MEDIUM = 3, /* MEDIUM */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_FILTER_STRENGTH_HIGH = 4 /* HIGH */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_content_filter_strength awsc_bedrock_runtime_guardrail_content_filter_strength_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_content_filter_strength_str(enum awsc_bedrock_runtime_guardrail_content_filter_strength value);

/* GuardrailContentFilterType: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_content_filter_type_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_FILTER_TYPE_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_content_filter_type {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_FILTER_TYPE_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_FILTER_TYPE_INSULTS = 1, /* INSULTS */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_FILTER_TYPE_HATE = 2, /* HATE */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_FILTER_TYPE_SEXUAL = 3, /* SEXUAL */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_FILTER_TYPE_VIOLENCE = 4, /* VIOLENCE */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_FILTER_TYPE_MISCONDUCT = 5, /* MISCONDUCT */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_FILTER_TYPE_PROMPT_ATTACK = 6 /* PROMPT_ATTACK */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_content_filter_type awsc_bedrock_runtime_guardrail_content_filter_type_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_content_filter_type_str(enum awsc_bedrock_runtime_guardrail_content_filter_type value);

/* GuardrailContentPolicyAction: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_content_policy_action_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_POLICY_ACTION_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_content_policy_action {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_POLICY_ACTION_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_POLICY_ACTION_BLOCKED = 1, /* BLOCKED */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_POLICY_ACTION_NONE = 2 /* NONE */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_content_policy_action awsc_bedrock_runtime_guardrail_content_policy_action_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_content_policy_action_str(enum awsc_bedrock_runtime_guardrail_content_policy_action value);

/* GuardrailContentQualifier: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_content_qualifier_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_QUALIFIER_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_content_qualifier {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_QUALIFIER_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_QUALIFIER_GROUNDING_SOURCE = 1, /* grounding_source */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_QUALIFIER_QUERY = 2, /* query */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_QUALIFIER_GUARD_CONTENT = 3 /* guard_content */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_content_qualifier awsc_bedrock_runtime_guardrail_content_qualifier_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_content_qualifier_str(enum awsc_bedrock_runtime_guardrail_content_qualifier value);

/* GuardrailContentSource: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_content_source_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_SOURCE_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_content_source {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_SOURCE_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_SOURCE_INPUT = 1, /* INPUT */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTENT_SOURCE_OUTPUT = 2 /* OUTPUT */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_content_source awsc_bedrock_runtime_guardrail_content_source_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_content_source_str(enum awsc_bedrock_runtime_guardrail_content_source value);

/* GuardrailContextualGroundingFilterType: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_contextual_grounding_filter_type_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTEXTUAL_GROUNDING_FILTER_TYPE_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_contextual_grounding_filter_type {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTEXTUAL_GROUNDING_FILTER_TYPE_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTEXTUAL_GROUNDING_FILTER_TYPE_GROUNDING = 1, /* GROUNDING */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTEXTUAL_GROUNDING_FILTER_TYPE_RELEVANCE = 2 /* RELEVANCE */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_contextual_grounding_filter_type awsc_bedrock_runtime_guardrail_contextual_grounding_filter_type_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_contextual_grounding_filter_type_str(enum awsc_bedrock_runtime_guardrail_contextual_grounding_filter_type value);

/* GuardrailContextualGroundingPolicyAction: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_contextual_grounding_policy_action_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTEXTUAL_GROUNDING_POLICY_ACTION_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_contextual_grounding_policy_action {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTEXTUAL_GROUNDING_POLICY_ACTION_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTEXTUAL_GROUNDING_POLICY_ACTION_BLOCKED = 1, /* BLOCKED */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONTEXTUAL_GROUNDING_POLICY_ACTION_NONE = 2 /* NONE */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_contextual_grounding_policy_action awsc_bedrock_runtime_guardrail_contextual_grounding_policy_action_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_contextual_grounding_policy_action_str(enum awsc_bedrock_runtime_guardrail_contextual_grounding_policy_action value);

/* GuardrailConverseContentQualifier: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_converse_content_qualifier_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONVERSE_CONTENT_QUALIFIER_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_converse_content_qualifier {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONVERSE_CONTENT_QUALIFIER_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONVERSE_CONTENT_QUALIFIER_GROUNDING_SOURCE = 1, /* grounding_source */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONVERSE_CONTENT_QUALIFIER_QUERY = 2, /* query */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONVERSE_CONTENT_QUALIFIER_GUARD_CONTENT = 3 /* guard_content */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_converse_content_qualifier awsc_bedrock_runtime_guardrail_converse_content_qualifier_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_converse_content_qualifier_str(enum awsc_bedrock_runtime_guardrail_converse_content_qualifier value);

/* GuardrailConverseImageFormat: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_converse_image_format_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONVERSE_IMAGE_FORMAT_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_converse_image_format {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONVERSE_IMAGE_FORMAT_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONVERSE_IMAGE_FORMAT_PNG = 1, /* png */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_CONVERSE_IMAGE_FORMAT_JPEG = 2 /* jpeg */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_converse_image_format awsc_bedrock_runtime_guardrail_converse_image_format_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_converse_image_format_str(enum awsc_bedrock_runtime_guardrail_converse_image_format value);

/* GuardrailImageFormat: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_image_format_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_IMAGE_FORMAT_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_image_format {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_IMAGE_FORMAT_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_IMAGE_FORMAT_PNG = 1, /* png */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_IMAGE_FORMAT_JPEG = 2 /* jpeg */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_image_format awsc_bedrock_runtime_guardrail_image_format_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_image_format_str(enum awsc_bedrock_runtime_guardrail_image_format value);

/* GuardrailManagedWordType: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_managed_word_type_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_MANAGED_WORD_TYPE_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_managed_word_type {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_MANAGED_WORD_TYPE_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_MANAGED_WORD_TYPE_PROFANITY = 1 /* PROFANITY */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_managed_word_type awsc_bedrock_runtime_guardrail_managed_word_type_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_managed_word_type_str(enum awsc_bedrock_runtime_guardrail_managed_word_type value);

/* GuardrailOrigin: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_origin_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_ORIGIN_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_origin {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_ORIGIN_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_ORIGIN_REQUEST = 1, /* REQUEST */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_ORIGIN_ACCOUNT_ENFORCED = 2, /* ACCOUNT_ENFORCED */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_ORIGIN_ORGANIZATION_ENFORCED = 3 /* ORGANIZATION_ENFORCED */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_origin awsc_bedrock_runtime_guardrail_origin_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_origin_str(enum awsc_bedrock_runtime_guardrail_origin value);

/* GuardrailOutputScope: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_output_scope_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_OUTPUT_SCOPE_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_output_scope {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_OUTPUT_SCOPE_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_OUTPUT_SCOPE_INTERVENTIONS = 1, /* INTERVENTIONS */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_OUTPUT_SCOPE_FULL = 2 /* FULL */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_output_scope awsc_bedrock_runtime_guardrail_output_scope_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_output_scope_str(enum awsc_bedrock_runtime_guardrail_output_scope value);

/* GuardrailOwnership: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_ownership_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_OWNERSHIP_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_ownership {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_OWNERSHIP_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_OWNERSHIP_SELF = 1, /* SELF */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_OWNERSHIP_CROSS_ACCOUNT = 2 /* CROSS_ACCOUNT */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_ownership awsc_bedrock_runtime_guardrail_ownership_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_ownership_str(enum awsc_bedrock_runtime_guardrail_ownership value);

/* GuardrailPiiEntityType: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_pii_entity_type_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_pii_entity_type {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_ADDRESS = 1, /* ADDRESS */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_AGE = 2, /* AGE */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_AWS_ACCESS_KEY = 3, /* AWS_ACCESS_KEY */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_AWS_SECRET_KEY = 4, /* AWS_SECRET_KEY */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_CA_HEALTH_NUMBER = 5, /* CA_HEALTH_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_CA_SOCIAL_INSURANCE_NUMBER = 6, /* CA_SOCIAL_INSURANCE_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_CREDIT_DEBIT_CARD_CVV = 7, /* CREDIT_DEBIT_CARD_CVV */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_CREDIT_DEBIT_CARD_EXPIRY = 8, /* CREDIT_DEBIT_CARD_EXPIRY */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_CREDIT_DEBIT_CARD_NUMBER = 9, /* CREDIT_DEBIT_CARD_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_DRIVER_ID = 10, /* DRIVER_ID */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_EMAIL = 11, /* EMAIL */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_INTERNATIONAL_BANK_ACCOUNT_NUMBER = 12, /* INTERNATIONAL_BANK_ACCOUNT_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_IP_ADDRESS = 13, /* IP_ADDRESS */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_LICENSE_PLATE = 14, /* LICENSE_PLATE */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_MAC_ADDRESS = 15, /* MAC_ADDRESS */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_NAME = 16, /* NAME */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_PASSWORD = 17, /* PASSWORD */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_PHONE = 18, /* PHONE */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_PIN = 19, /* PIN */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_SWIFT_CODE = 20, /* SWIFT_CODE */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_UK_NATIONAL_HEALTH_SERVICE_NUMBER = 21, /* UK_NATIONAL_HEALTH_SERVICE_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_UK_NATIONAL_INSURANCE_NUMBER = 22, /* UK_NATIONAL_INSURANCE_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER = 23, /* UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_URL = 24, /* URL */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_USERNAME = 25, /* USERNAME */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_US_BANK_ACCOUNT_NUMBER = 26, /* US_BANK_ACCOUNT_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_US_BANK_ROUTING_NUMBER = 27, /* US_BANK_ROUTING_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER = 28, /* US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_US_PASSPORT_NUMBER = 29, /* US_PASSPORT_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_US_SOCIAL_SECURITY_NUMBER = 30, /* US_SOCIAL_SECURITY_NUMBER */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_PII_ENTITY_TYPE_VEHICLE_IDENTIFICATION_NUMBER = 31 /* VEHICLE_IDENTIFICATION_NUMBER */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_pii_entity_type awsc_bedrock_runtime_guardrail_pii_entity_type_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_pii_entity_type_str(enum awsc_bedrock_runtime_guardrail_pii_entity_type value);

/* GuardrailSensitiveInformationPolicyAction: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_sensitive_information_policy_action_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_SENSITIVE_INFORMATION_POLICY_ACTION_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_sensitive_information_policy_action {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_SENSITIVE_INFORMATION_POLICY_ACTION_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_SENSITIVE_INFORMATION_POLICY_ACTION_ANONYMIZED = 1, /* ANONYMIZED */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_SENSITIVE_INFORMATION_POLICY_ACTION_BLOCKED = 2, /* BLOCKED */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_SENSITIVE_INFORMATION_POLICY_ACTION_NONE = 3 /* NONE */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_sensitive_information_policy_action awsc_bedrock_runtime_guardrail_sensitive_information_policy_action_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_sensitive_information_policy_action_str(enum awsc_bedrock_runtime_guardrail_sensitive_information_policy_action value);

/* GuardrailStreamProcessingMode: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_stream_processing_mode_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_STREAM_PROCESSING_MODE_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_stream_processing_mode {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_STREAM_PROCESSING_MODE_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_STREAM_PROCESSING_MODE_SYNC = 1, /* sync */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_STREAM_PROCESSING_MODE_ASYNC = 2 /* async */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_stream_processing_mode awsc_bedrock_runtime_guardrail_stream_processing_mode_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_stream_processing_mode_str(enum awsc_bedrock_runtime_guardrail_stream_processing_mode value);

/* GuardrailTopicPolicyAction: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_topic_policy_action_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_TOPIC_POLICY_ACTION_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_topic_policy_action {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_TOPIC_POLICY_ACTION_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_TOPIC_POLICY_ACTION_BLOCKED = 1, /* BLOCKED */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_TOPIC_POLICY_ACTION_NONE = 2 /* NONE */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_topic_policy_action awsc_bedrock_runtime_guardrail_topic_policy_action_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_topic_policy_action_str(enum awsc_bedrock_runtime_guardrail_topic_policy_action value);

/* GuardrailTopicType: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_topic_type_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_TOPIC_TYPE_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_topic_type {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_TOPIC_TYPE_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_TOPIC_TYPE_DENY = 1 /* DENY */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_topic_type awsc_bedrock_runtime_guardrail_topic_type_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_topic_type_str(enum awsc_bedrock_runtime_guardrail_topic_type value);

/* GuardrailTrace: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_trace_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_TRACE_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_trace {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_TRACE_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_TRACE_ENABLED = 1, /* enabled */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_TRACE_DISABLED = 2, /* disabled */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_TRACE_ENABLED_FULL = 3 /* enabled_full */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_trace awsc_bedrock_runtime_guardrail_trace_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_trace_str(enum awsc_bedrock_runtime_guardrail_trace value);

/* GuardrailWordPolicyAction: members of this type are strings; parse them with
 * awsc_bedrock_runtime_guardrail_word_policy_action_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_GUARDRAIL_WORD_POLICY_ACTION_UNKNOWN. */
enum awsc_bedrock_runtime_guardrail_word_policy_action {
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_WORD_POLICY_ACTION_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_WORD_POLICY_ACTION_BLOCKED = 1, /* BLOCKED */
    AWSC_BEDROCK_RUNTIME_GUARDRAIL_WORD_POLICY_ACTION_NONE = 2 /* NONE */
};
AWSC_API enum awsc_bedrock_runtime_guardrail_word_policy_action awsc_bedrock_runtime_guardrail_word_policy_action_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_guardrail_word_policy_action_str(enum awsc_bedrock_runtime_guardrail_word_policy_action value);

/* ImageFormat: members of this type are strings; parse them with
 * awsc_bedrock_runtime_image_format_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_IMAGE_FORMAT_UNKNOWN. */
enum awsc_bedrock_runtime_image_format {
    AWSC_BEDROCK_RUNTIME_IMAGE_FORMAT_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_IMAGE_FORMAT_PNG = 1, /* png */
    AWSC_BEDROCK_RUNTIME_IMAGE_FORMAT_JPEG = 2, /* jpeg */
    AWSC_BEDROCK_RUNTIME_IMAGE_FORMAT_GIF = 3, /* gif */
    AWSC_BEDROCK_RUNTIME_IMAGE_FORMAT_WEBP = 4 /* webp */
};
AWSC_API enum awsc_bedrock_runtime_image_format awsc_bedrock_runtime_image_format_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_image_format_str(enum awsc_bedrock_runtime_image_format value);

/* OutputFormatType: members of this type are strings; parse them with
 * awsc_bedrock_runtime_output_format_type_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_OUTPUT_FORMAT_TYPE_UNKNOWN. */
enum awsc_bedrock_runtime_output_format_type {
    AWSC_BEDROCK_RUNTIME_OUTPUT_FORMAT_TYPE_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_OUTPUT_FORMAT_TYPE_JSON_SCHEMA = 1 /* json_schema */
};
AWSC_API enum awsc_bedrock_runtime_output_format_type awsc_bedrock_runtime_output_format_type_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_output_format_type_str(enum awsc_bedrock_runtime_output_format_type value);

/* PerformanceConfigLatency: members of this type are strings; parse them with
 * awsc_bedrock_runtime_performance_config_latency_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_PERFORMANCE_CONFIG_LATENCY_UNKNOWN. */
enum awsc_bedrock_runtime_performance_config_latency {
    AWSC_BEDROCK_RUNTIME_PERFORMANCE_CONFIG_LATENCY_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_PERFORMANCE_CONFIG_LATENCY_STANDARD = 1, /* standard */
    AWSC_BEDROCK_RUNTIME_PERFORMANCE_CONFIG_LATENCY_OPTIMIZED = 2 /* optimized */
};
AWSC_API enum awsc_bedrock_runtime_performance_config_latency awsc_bedrock_runtime_performance_config_latency_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_performance_config_latency_str(enum awsc_bedrock_runtime_performance_config_latency value);

/* ServiceTierType: members of this type are strings; parse them with
 * awsc_bedrock_runtime_service_tier_type_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_SERVICE_TIER_TYPE_UNKNOWN. */
enum awsc_bedrock_runtime_service_tier_type {
    AWSC_BEDROCK_RUNTIME_SERVICE_TIER_TYPE_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_SERVICE_TIER_TYPE_PRIORITY = 1, /* priority */
    AWSC_BEDROCK_RUNTIME_SERVICE_TIER_TYPE_DEFAULT = 2, /* default */
    AWSC_BEDROCK_RUNTIME_SERVICE_TIER_TYPE_FLEX = 3, /* flex */
    AWSC_BEDROCK_RUNTIME_SERVICE_TIER_TYPE_RESERVED = 4 /* reserved */
};
AWSC_API enum awsc_bedrock_runtime_service_tier_type awsc_bedrock_runtime_service_tier_type_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_service_tier_type_str(enum awsc_bedrock_runtime_service_tier_type value);

/* SortAsyncInvocationBy: members of this type are strings; parse them with
 * awsc_bedrock_runtime_sort_async_invocation_by_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_SORT_ASYNC_INVOCATION_BY_UNKNOWN. */
enum awsc_bedrock_runtime_sort_async_invocation_by {
    AWSC_BEDROCK_RUNTIME_SORT_ASYNC_INVOCATION_BY_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_SORT_ASYNC_INVOCATION_BY_SUBMISSION_TIME = 1 /* SubmissionTime */
};
AWSC_API enum awsc_bedrock_runtime_sort_async_invocation_by awsc_bedrock_runtime_sort_async_invocation_by_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_sort_async_invocation_by_str(enum awsc_bedrock_runtime_sort_async_invocation_by value);

/* SortOrder: members of this type are strings; parse them with
 * awsc_bedrock_runtime_sort_order_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_SORT_ORDER_UNKNOWN. */
enum awsc_bedrock_runtime_sort_order {
    AWSC_BEDROCK_RUNTIME_SORT_ORDER_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_SORT_ORDER_ASCENDING = 1, /* Ascending */
    AWSC_BEDROCK_RUNTIME_SORT_ORDER_DESCENDING = 2 /* Descending */
};
AWSC_API enum awsc_bedrock_runtime_sort_order awsc_bedrock_runtime_sort_order_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_sort_order_str(enum awsc_bedrock_runtime_sort_order value);

/* StopReason: members of this type are strings; parse them with
 * awsc_bedrock_runtime_stop_reason_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_STOP_REASON_UNKNOWN. */
enum awsc_bedrock_runtime_stop_reason {
    AWSC_BEDROCK_RUNTIME_STOP_REASON_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_STOP_REASON_END_TURN = 1, /* end_turn */
    AWSC_BEDROCK_RUNTIME_STOP_REASON_TOOL_USE = 2, /* tool_use */
    AWSC_BEDROCK_RUNTIME_STOP_REASON_MAX_TOKENS = 3, /* max_tokens */
    AWSC_BEDROCK_RUNTIME_STOP_REASON_STOP_SEQUENCE = 4, /* stop_sequence */
    AWSC_BEDROCK_RUNTIME_STOP_REASON_GUARDRAIL_INTERVENED = 5, /* guardrail_intervened */
    AWSC_BEDROCK_RUNTIME_STOP_REASON_CONTENT_FILTERED = 6, /* content_filtered */
    AWSC_BEDROCK_RUNTIME_STOP_REASON_MALFORMED_MODEL_OUTPUT = 7, /* malformed_model_output */
    AWSC_BEDROCK_RUNTIME_STOP_REASON_MALFORMED_TOOL_USE = 8, /* malformed_tool_use */
    AWSC_BEDROCK_RUNTIME_STOP_REASON_MODEL_CONTEXT_WINDOW_EXCEEDED = 9 /* model_context_window_exceeded */
};
AWSC_API enum awsc_bedrock_runtime_stop_reason awsc_bedrock_runtime_stop_reason_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_stop_reason_str(enum awsc_bedrock_runtime_stop_reason value);

/* ToolResultStatus: members of this type are strings; parse them with
 * awsc_bedrock_runtime_tool_result_status_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_TOOL_RESULT_STATUS_UNKNOWN. */
enum awsc_bedrock_runtime_tool_result_status {
    AWSC_BEDROCK_RUNTIME_TOOL_RESULT_STATUS_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_TOOL_RESULT_STATUS_SUCCESS = 1, /* success */
    AWSC_BEDROCK_RUNTIME_TOOL_RESULT_STATUS_ERROR = 2 /* error */
};
AWSC_API enum awsc_bedrock_runtime_tool_result_status awsc_bedrock_runtime_tool_result_status_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_tool_result_status_str(enum awsc_bedrock_runtime_tool_result_status value);

/* ToolUseType: members of this type are strings; parse them with
 * awsc_bedrock_runtime_tool_use_type_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_TOOL_USE_TYPE_UNKNOWN. */
enum awsc_bedrock_runtime_tool_use_type {
    AWSC_BEDROCK_RUNTIME_TOOL_USE_TYPE_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_TOOL_USE_TYPE_SERVER_TOOL_USE = 1 /* server_tool_use */
};
AWSC_API enum awsc_bedrock_runtime_tool_use_type awsc_bedrock_runtime_tool_use_type_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_tool_use_type_str(enum awsc_bedrock_runtime_tool_use_type value);

/* Trace: members of this type are strings; parse them with
 * awsc_bedrock_runtime_trace_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_TRACE_UNKNOWN. */
enum awsc_bedrock_runtime_trace {
    AWSC_BEDROCK_RUNTIME_TRACE_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_TRACE_ENABLED = 1, /* ENABLED */
    AWSC_BEDROCK_RUNTIME_TRACE_DISABLED = 2, /* DISABLED */
    AWSC_BEDROCK_RUNTIME_TRACE_ENABLED_FULL = 3 /* ENABLED_FULL */
};
AWSC_API enum awsc_bedrock_runtime_trace awsc_bedrock_runtime_trace_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_trace_str(enum awsc_bedrock_runtime_trace value);

/* VideoFormat: members of this type are strings; parse them with
 * awsc_bedrock_runtime_video_format_parse(). Values newer than this model parse as
 * AWSC_BEDROCK_RUNTIME_VIDEO_FORMAT_UNKNOWN. */
enum awsc_bedrock_runtime_video_format {
    AWSC_BEDROCK_RUNTIME_VIDEO_FORMAT_UNKNOWN = 0,
    AWSC_BEDROCK_RUNTIME_VIDEO_FORMAT_MKV = 1, /* mkv */
    AWSC_BEDROCK_RUNTIME_VIDEO_FORMAT_MOV = 2, /* mov */
    AWSC_BEDROCK_RUNTIME_VIDEO_FORMAT_MP4 = 3, /* mp4 */
    AWSC_BEDROCK_RUNTIME_VIDEO_FORMAT_WEBM = 4, /* webm */
    AWSC_BEDROCK_RUNTIME_VIDEO_FORMAT_FLV = 5, /* flv */
    AWSC_BEDROCK_RUNTIME_VIDEO_FORMAT_MPEG = 6, /* mpeg */
    AWSC_BEDROCK_RUNTIME_VIDEO_FORMAT_MPG = 7, /* mpg */
    AWSC_BEDROCK_RUNTIME_VIDEO_FORMAT_WMV = 8, /* wmv */
    AWSC_BEDROCK_RUNTIME_VIDEO_FORMAT_THREE_GP = 9 /* three_gp */
};
AWSC_API enum awsc_bedrock_runtime_video_format awsc_bedrock_runtime_video_format_parse(const char *value);
AWSC_API const char *awsc_bedrock_runtime_video_format_str(enum awsc_bedrock_runtime_video_format value);

/* ----------------------------------------------------------- structures */

struct awsc_bedrock_runtime_access_denied_exception;
struct awsc_bedrock_runtime_any_tool_choice;
struct awsc_bedrock_runtime_applied_guardrail_details;
struct awsc_bedrock_runtime_apply_guardrail_input;
struct awsc_bedrock_runtime_apply_guardrail_output;
struct awsc_bedrock_runtime_async_invoke_output_data_config;
struct awsc_bedrock_runtime_async_invoke_s3_output_data_config;
struct awsc_bedrock_runtime_async_invoke_summary;
struct awsc_bedrock_runtime_audio_block;
struct awsc_bedrock_runtime_audio_source;
struct awsc_bedrock_runtime_auto_tool_choice;
struct awsc_bedrock_runtime_bidirectional_input_payload_part;
struct awsc_bedrock_runtime_bidirectional_output_payload_part;
struct awsc_bedrock_runtime_cache_detail;
struct awsc_bedrock_runtime_cache_point_block;
struct awsc_bedrock_runtime_citation;
struct awsc_bedrock_runtime_citation_generated_content;
struct awsc_bedrock_runtime_citation_location;
struct awsc_bedrock_runtime_citation_source_content;
struct awsc_bedrock_runtime_citation_source_content_delta;
struct awsc_bedrock_runtime_citations_config;
struct awsc_bedrock_runtime_citations_content_block;
struct awsc_bedrock_runtime_citations_delta;
struct awsc_bedrock_runtime_conflict_exception;
struct awsc_bedrock_runtime_content_block;
struct awsc_bedrock_runtime_content_block_delta;
struct awsc_bedrock_runtime_content_block_delta_event;
struct awsc_bedrock_runtime_content_block_start;
struct awsc_bedrock_runtime_content_block_start_event;
struct awsc_bedrock_runtime_content_block_stop_event;
struct awsc_bedrock_runtime_converse_metrics;
struct awsc_bedrock_runtime_converse_output;
struct awsc_bedrock_runtime_converse_input;
struct awsc_bedrock_runtime_converse_response;
struct awsc_bedrock_runtime_converse_stream_metadata_event;
struct awsc_bedrock_runtime_converse_stream_metrics;
struct awsc_bedrock_runtime_converse_stream_event;
struct awsc_bedrock_runtime_converse_stream_input;
struct awsc_bedrock_runtime_converse_stream_output;
struct awsc_bedrock_runtime_converse_stream_trace;
struct awsc_bedrock_runtime_converse_tokens_request;
struct awsc_bedrock_runtime_converse_trace;
struct awsc_bedrock_runtime_count_tokens_input;
struct awsc_bedrock_runtime_count_tokens_request;
struct awsc_bedrock_runtime_count_tokens_output;
struct awsc_bedrock_runtime_document_block;
struct awsc_bedrock_runtime_document_char_location;
struct awsc_bedrock_runtime_document_chunk_location;
struct awsc_bedrock_runtime_document_content_block;
struct awsc_bedrock_runtime_document_page_location;
struct awsc_bedrock_runtime_document_source;
struct awsc_bedrock_runtime_error_block;
struct awsc_bedrock_runtime_get_async_invoke_input;
struct awsc_bedrock_runtime_get_async_invoke_output;
struct awsc_bedrock_runtime_guardrail_assessment;
struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding;
struct awsc_bedrock_runtime_guardrail_automated_reasoning_impossible_finding;
struct awsc_bedrock_runtime_guardrail_automated_reasoning_input_text_reference;
struct awsc_bedrock_runtime_guardrail_automated_reasoning_invalid_finding;
struct awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning;
struct awsc_bedrock_runtime_guardrail_automated_reasoning_no_translations_finding;
struct awsc_bedrock_runtime_guardrail_automated_reasoning_policy_assessment;
struct awsc_bedrock_runtime_guardrail_automated_reasoning_rule;
struct awsc_bedrock_runtime_guardrail_automated_reasoning_satisfiable_finding;
struct awsc_bedrock_runtime_guardrail_automated_reasoning_scenario;
struct awsc_bedrock_runtime_guardrail_automated_reasoning_statement;
struct awsc_bedrock_runtime_guardrail_automated_reasoning_too_complex_finding;
struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation;
struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_ambiguous_finding;
struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_option;
struct awsc_bedrock_runtime_guardrail_automated_reasoning_valid_finding;
struct awsc_bedrock_runtime_guardrail_checks_config;
struct awsc_bedrock_runtime_guardrail_checks_content_block;
struct awsc_bedrock_runtime_guardrail_checks_content_filter_category_config;
struct awsc_bedrock_runtime_guardrail_checks_content_filter_config;
struct awsc_bedrock_runtime_guardrail_checks_content_filter_result;
struct awsc_bedrock_runtime_guardrail_checks_content_filter_result_entry;
struct awsc_bedrock_runtime_guardrail_checks_content_filter_usage;
struct awsc_bedrock_runtime_guardrail_checks_message;
struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_config;
struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_config;
struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result;
struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result_entry;
struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_usage;
struct awsc_bedrock_runtime_guardrail_checks_results;
struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_config;
struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_config;
struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result;
struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry;
struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_usage;
struct awsc_bedrock_runtime_guardrail_checks_usage_results;
struct awsc_bedrock_runtime_guardrail_configuration;
struct awsc_bedrock_runtime_guardrail_content_block;
struct awsc_bedrock_runtime_guardrail_content_filter;
struct awsc_bedrock_runtime_guardrail_content_policy_assessment;
struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter;
struct awsc_bedrock_runtime_guardrail_contextual_grounding_policy_assessment;
struct awsc_bedrock_runtime_guardrail_converse_content_block;
struct awsc_bedrock_runtime_guardrail_converse_image_block;
struct awsc_bedrock_runtime_guardrail_converse_image_source;
struct awsc_bedrock_runtime_guardrail_converse_text_block;
struct awsc_bedrock_runtime_guardrail_coverage;
struct awsc_bedrock_runtime_guardrail_custom_word;
struct awsc_bedrock_runtime_guardrail_image_block;
struct awsc_bedrock_runtime_guardrail_image_coverage;
struct awsc_bedrock_runtime_guardrail_image_source;
struct awsc_bedrock_runtime_guardrail_invocation_metrics;
struct awsc_bedrock_runtime_guardrail_managed_word;
struct awsc_bedrock_runtime_guardrail_output_content;
struct awsc_bedrock_runtime_guardrail_pii_entity_filter;
struct awsc_bedrock_runtime_guardrail_regex_filter;
struct awsc_bedrock_runtime_guardrail_sensitive_information_policy_assessment;
struct awsc_bedrock_runtime_guardrail_stream_configuration;
struct awsc_bedrock_runtime_guardrail_text_block;
struct awsc_bedrock_runtime_guardrail_text_characters_coverage;
struct awsc_bedrock_runtime_guardrail_topic;
struct awsc_bedrock_runtime_guardrail_topic_policy_assessment;
struct awsc_bedrock_runtime_guardrail_trace_assessment;
struct awsc_bedrock_runtime_guardrail_usage;
struct awsc_bedrock_runtime_guardrail_word_policy_assessment;
struct awsc_bedrock_runtime_image_block;
struct awsc_bedrock_runtime_image_block_delta;
struct awsc_bedrock_runtime_image_block_start;
struct awsc_bedrock_runtime_image_source;
struct awsc_bedrock_runtime_inference_configuration;
struct awsc_bedrock_runtime_internal_server_exception;
struct awsc_bedrock_runtime_invoke_guardrail_checks_input;
struct awsc_bedrock_runtime_invoke_guardrail_checks_output;
struct awsc_bedrock_runtime_invoke_model_input;
struct awsc_bedrock_runtime_invoke_model_output;
struct awsc_bedrock_runtime_invoke_model_tokens_request;
struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_input;
struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event;
struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_request;
struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_output;
struct awsc_bedrock_runtime_invoke_model_with_response_stream_input;
struct awsc_bedrock_runtime_invoke_model_with_response_stream_output;
struct awsc_bedrock_runtime_json_schema_definition;
struct awsc_bedrock_runtime_list_async_invokes_input;
struct awsc_bedrock_runtime_list_async_invokes_output;
struct awsc_bedrock_runtime_message;
struct awsc_bedrock_runtime_message_start_event;
struct awsc_bedrock_runtime_message_stop_event;
struct awsc_bedrock_runtime_model_error_exception;
struct awsc_bedrock_runtime_model_not_ready_exception;
struct awsc_bedrock_runtime_model_stream_error_exception;
struct awsc_bedrock_runtime_model_timeout_exception;
struct awsc_bedrock_runtime_output_config;
struct awsc_bedrock_runtime_output_format;
struct awsc_bedrock_runtime_output_format_structure;
struct awsc_bedrock_runtime_payload_part;
struct awsc_bedrock_runtime_performance_configuration;
struct awsc_bedrock_runtime_prompt_router_trace;
struct awsc_bedrock_runtime_prompt_variable_values;
struct awsc_bedrock_runtime_reasoning_content_block;
struct awsc_bedrock_runtime_reasoning_content_block_delta;
struct awsc_bedrock_runtime_reasoning_text_block;
struct awsc_bedrock_runtime_resource_not_found_exception;
struct awsc_bedrock_runtime_invoke_model_with_response_stream_event;
struct awsc_bedrock_runtime_s3_location;
struct awsc_bedrock_runtime_search_result_block;
struct awsc_bedrock_runtime_search_result_content_block;
struct awsc_bedrock_runtime_search_result_location;
struct awsc_bedrock_runtime_service_quota_exceeded_exception;
struct awsc_bedrock_runtime_service_tier;
struct awsc_bedrock_runtime_service_unavailable_exception;
struct awsc_bedrock_runtime_specific_tool_choice;
struct awsc_bedrock_runtime_start_async_invoke_input;
struct awsc_bedrock_runtime_start_async_invoke_output;
struct awsc_bedrock_runtime_system_content_block;
struct awsc_bedrock_runtime_system_tool;
struct awsc_bedrock_runtime_tag;
struct awsc_bedrock_runtime_throttling_exception;
struct awsc_bedrock_runtime_token_usage;
struct awsc_bedrock_runtime_tool;
struct awsc_bedrock_runtime_tool_addition_block;
struct awsc_bedrock_runtime_tool_choice;
struct awsc_bedrock_runtime_tool_configuration;
struct awsc_bedrock_runtime_tool_input_schema;
struct awsc_bedrock_runtime_tool_reference;
struct awsc_bedrock_runtime_tool_removal_block;
struct awsc_bedrock_runtime_tool_result_block;
struct awsc_bedrock_runtime_tool_result_block_delta;
struct awsc_bedrock_runtime_tool_result_block_start;
struct awsc_bedrock_runtime_tool_result_content_block;
struct awsc_bedrock_runtime_tool_specification;
struct awsc_bedrock_runtime_tool_use_block;
struct awsc_bedrock_runtime_tool_use_block_delta;
struct awsc_bedrock_runtime_tool_use_block_start;
struct awsc_bedrock_runtime_validation_exception;
struct awsc_bedrock_runtime_video_block;
struct awsc_bedrock_runtime_video_source;
struct awsc_bedrock_runtime_web_location;
struct awsc_bedrock_runtime_guardrail_assessment_list_map_entry;
struct awsc_bedrock_runtime_guardrail_assessment_map_entry;
struct awsc_bedrock_runtime_prompt_variable_map_entry;
struct awsc_bedrock_runtime_request_metadata_entry;

/* AsyncInvokeSummaries: a list of AsyncInvokeSummary. */
struct awsc_bedrock_runtime_async_invoke_summaries {
    struct awsc_bedrock_runtime_async_invoke_summary *items;
    size_t count;
};

/* CacheDetailsList: a list of CacheDetail. */
struct awsc_bedrock_runtime_cache_details_list {
    struct awsc_bedrock_runtime_cache_detail *items;
    size_t count;
};

/* CitationGeneratedContentList: a list of CitationGeneratedContent. */
struct awsc_bedrock_runtime_citation_generated_content_list {
    struct awsc_bedrock_runtime_citation_generated_content *items;
    size_t count;
};

/* CitationSourceContentList: a list of CitationSourceContent. */
struct awsc_bedrock_runtime_citation_source_content_list {
    struct awsc_bedrock_runtime_citation_source_content *items;
    size_t count;
};

/* CitationSourceContentListDelta: a list of CitationSourceContentDelta. */
struct awsc_bedrock_runtime_citation_source_content_list_delta {
    struct awsc_bedrock_runtime_citation_source_content_delta *items;
    size_t count;
};

/* Citations: a list of Citation. */
struct awsc_bedrock_runtime_citations {
    struct awsc_bedrock_runtime_citation *items;
    size_t count;
};

/* ContentBlocks: a list of ContentBlock. */
struct awsc_bedrock_runtime_content_blocks {
    struct awsc_bedrock_runtime_content_block *items;
    size_t count;
};

/*
 * GuardrailOriginList: a list of GuardrailOrigin.
 * Also the type of ConverseRequestAdditionalModelResponseFieldPathsList,
 * ConverseStreamRequestAdditionalModelResponseFieldPathsList,
 * GuardrailContentQualifierList, GuardrailConverseContentQualifierList,
 * InferenceConfigurationStopSequencesList, ModelOutputs.
 */
struct awsc_bedrock_runtime_guardrail_origin_list {
    const char **items;
    size_t count;
};

/* DocumentContentBlocks: a list of DocumentContentBlock. */
struct awsc_bedrock_runtime_document_content_blocks {
    struct awsc_bedrock_runtime_document_content_block *items;
    size_t count;
};

/* GuardrailAssessmentList: a list of GuardrailAssessment. */
struct awsc_bedrock_runtime_guardrail_assessment_list {
    struct awsc_bedrock_runtime_guardrail_assessment *items;
    size_t count;
};

/* GuardrailAutomatedReasoningDifferenceScenarioList: a list of GuardrailAutomatedReasoningScenario. */
struct awsc_bedrock_runtime_guardrail_automated_reasoning_difference_scenario_list {
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_scenario *items;
    size_t count;
};

/* GuardrailAutomatedReasoningFindingList: a list of GuardrailAutomatedReasoningFinding. */
struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding_list {
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding *items;
    size_t count;
};

/* GuardrailAutomatedReasoningInputTextReferenceList: a list of GuardrailAutomatedReasoningInputTextReference. */
struct awsc_bedrock_runtime_guardrail_automated_reasoning_input_text_reference_list {
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_input_text_reference *items;
    size_t count;
};

/* GuardrailAutomatedReasoningRuleList: a list of GuardrailAutomatedReasoningRule. */
struct awsc_bedrock_runtime_guardrail_automated_reasoning_rule_list {
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_rule *items;
    size_t count;
};

/* GuardrailAutomatedReasoningStatementList: a list of GuardrailAutomatedReasoningStatement. */
struct awsc_bedrock_runtime_guardrail_automated_reasoning_statement_list {
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_statement *items;
    size_t count;
};

/* GuardrailAutomatedReasoningTranslationList: a list of GuardrailAutomatedReasoningTranslation. */
struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_list {
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation *items;
    size_t count;
};

/* GuardrailAutomatedReasoningTranslationOptionList: a list of GuardrailAutomatedReasoningTranslationOption. */
struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_option_list {
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_option *items;
    size_t count;
};

/* GuardrailChecksContentBlockList: a list of GuardrailChecksContentBlock. */
struct awsc_bedrock_runtime_guardrail_checks_content_block_list {
    struct awsc_bedrock_runtime_guardrail_checks_content_block *items;
    size_t count;
};

/* GuardrailChecksContentFilterCategoryConfigList: a list of GuardrailChecksContentFilterCategoryConfig. */
struct awsc_bedrock_runtime_guardrail_checks_content_filter_category_config_list {
    struct awsc_bedrock_runtime_guardrail_checks_content_filter_category_config *items;
    size_t count;
};

/* GuardrailChecksContentFilterResultList: a list of GuardrailChecksContentFilterResultEntry. */
struct awsc_bedrock_runtime_guardrail_checks_content_filter_result_list {
    struct awsc_bedrock_runtime_guardrail_checks_content_filter_result_entry *items;
    size_t count;
};

/* GuardrailChecksMessageList: a list of GuardrailChecksMessage. */
struct awsc_bedrock_runtime_guardrail_checks_message_list {
    struct awsc_bedrock_runtime_guardrail_checks_message *items;
    size_t count;
};

/* GuardrailChecksPromptAttackCategoryConfigList: a list of GuardrailChecksPromptAttackCategoryConfig. */
struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_config_list {
    struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_config *items;
    size_t count;
};

/* GuardrailChecksPromptAttackResultList: a list of GuardrailChecksPromptAttackResultEntry. */
struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result_list {
    struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result_entry *items;
    size_t count;
};

/* GuardrailChecksSensitiveInformationEntityConfigList: a list of GuardrailChecksSensitiveInformationEntityConfig. */
struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_config_list {
    struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_config *items;
    size_t count;
};

/* GuardrailChecksSensitiveInformationResultList: a list of GuardrailChecksSensitiveInformationResultEntry. */
struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_list {
    struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry *items;
    size_t count;
};

/* GuardrailContentBlockList: a list of GuardrailContentBlock. */
struct awsc_bedrock_runtime_guardrail_content_block_list {
    struct awsc_bedrock_runtime_guardrail_content_block *items;
    size_t count;
};

/* GuardrailContentFilterList: a list of GuardrailContentFilter. */
struct awsc_bedrock_runtime_guardrail_content_filter_list {
    struct awsc_bedrock_runtime_guardrail_content_filter *items;
    size_t count;
};

/* GuardrailContextualGroundingFilters: a list of GuardrailContextualGroundingFilter. */
struct awsc_bedrock_runtime_guardrail_contextual_grounding_filters {
    struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter *items;
    size_t count;
};

/* GuardrailCustomWordList: a list of GuardrailCustomWord. */
struct awsc_bedrock_runtime_guardrail_custom_word_list {
    struct awsc_bedrock_runtime_guardrail_custom_word *items;
    size_t count;
};

/* GuardrailManagedWordList: a list of GuardrailManagedWord. */
struct awsc_bedrock_runtime_guardrail_managed_word_list {
    struct awsc_bedrock_runtime_guardrail_managed_word *items;
    size_t count;
};

/* GuardrailOutputContentList: a list of GuardrailOutputContent. */
struct awsc_bedrock_runtime_guardrail_output_content_list {
    struct awsc_bedrock_runtime_guardrail_output_content *items;
    size_t count;
};

/* GuardrailPiiEntityFilterList: a list of GuardrailPiiEntityFilter. */
struct awsc_bedrock_runtime_guardrail_pii_entity_filter_list {
    struct awsc_bedrock_runtime_guardrail_pii_entity_filter *items;
    size_t count;
};

/* GuardrailRegexFilterList: a list of GuardrailRegexFilter. */
struct awsc_bedrock_runtime_guardrail_regex_filter_list {
    struct awsc_bedrock_runtime_guardrail_regex_filter *items;
    size_t count;
};

/* GuardrailTopicList: a list of GuardrailTopic. */
struct awsc_bedrock_runtime_guardrail_topic_list {
    struct awsc_bedrock_runtime_guardrail_topic *items;
    size_t count;
};

/* Messages: a list of Message. */
struct awsc_bedrock_runtime_messages {
    struct awsc_bedrock_runtime_message *items;
    size_t count;
};

/* SearchResultContentBlocks: a list of SearchResultContentBlock. */
struct awsc_bedrock_runtime_search_result_content_blocks {
    struct awsc_bedrock_runtime_search_result_content_block *items;
    size_t count;
};

/* SystemContentBlocks: a list of SystemContentBlock. */
struct awsc_bedrock_runtime_system_content_blocks {
    struct awsc_bedrock_runtime_system_content_block *items;
    size_t count;
};

/* TagList: a list of Tag. */
struct awsc_bedrock_runtime_tag_list {
    struct awsc_bedrock_runtime_tag *items;
    size_t count;
};

/* ToolConfigurationToolsList: a list of Tool. */
struct awsc_bedrock_runtime_tool_configuration_tools_list {
    struct awsc_bedrock_runtime_tool *items;
    size_t count;
};

/* ToolResultBlocksDelta: a list of ToolResultBlockDelta. */
struct awsc_bedrock_runtime_tool_result_blocks_delta {
    struct awsc_bedrock_runtime_tool_result_block_delta *items;
    size_t count;
};

/* ToolResultContentBlocks: a list of ToolResultContentBlock. */
struct awsc_bedrock_runtime_tool_result_content_blocks {
    struct awsc_bedrock_runtime_tool_result_content_block *items;
    size_t count;
};

/* GuardrailAssessmentListMap: a map from String to GuardrailAssessmentList. */
struct awsc_bedrock_runtime_guardrail_assessment_list_map {
    struct awsc_bedrock_runtime_guardrail_assessment_list_map_entry *entries;
    size_t count;
};

/* GuardrailAssessmentMap: a map from String to GuardrailAssessment. */
struct awsc_bedrock_runtime_guardrail_assessment_map {
    struct awsc_bedrock_runtime_guardrail_assessment_map_entry *entries;
    size_t count;
};

/* PromptVariableMap: a map from String to PromptVariableValues. */
struct awsc_bedrock_runtime_prompt_variable_map {
    struct awsc_bedrock_runtime_prompt_variable_map_entry *entries;
    size_t count;
};

/* RequestMetadata: a map from RequestMetadataKeyString to RequestMetadataValueString. */
struct awsc_bedrock_runtime_request_metadata {
    struct awsc_bedrock_runtime_request_metadata_entry *entries;
    size_t count;
};

/*
 * The request is denied because you do not have sufficient permissions to
 * perform the requested action. For troubleshooting this error, see
 * AccessDeniedException in the Amazon Bedrock User Guide
 */
struct awsc_bedrock_runtime_access_denied_exception {
    /* message: */
    const char *message;
};

/*
 * The model must request at least one tool (no text is generated). For
 * example, {"any" : {}} . For more information, see Call a tool with the
 * Converse API in the Amazon Bedrock User Guide.
 */
struct awsc_bedrock_runtime_any_tool_choice {
    char unused_; /* no members */
};

/*
 * Details about the specific guardrail that was applied during this
 * assessment, including its identifier, version, ARN, origin, and ownership
 * information.
 */
struct awsc_bedrock_runtime_applied_guardrail_details {
    /* guardrailId: The unique ID of the guardrail that was applied. */
    const char *guardrail_id;
    /* guardrailVersion: The version of the guardrail that was applied. */
    const char *guardrail_version;
    /* guardrailArn: The ARN of the guardrail that was applied. */
    const char *guardrail_arn;
    /* guardrailOrigin: The origin of how the guardrail was applied. This can be
     * either requested at the API level or enforced at the account or organization
     * level as a default guardrail. */
    struct awsc_bedrock_runtime_guardrail_origin_list guardrail_origin;
    /* guardrailOwnership: The ownership type of the guardrail, indicating whether
     * it is owned by the requesting account or is a cross-account guardrail shared
     * from another AWS account. One of enum
     * awsc_bedrock_runtime_guardrail_ownership's values (as its string). */
    const char *guardrail_ownership;
};

/* ApplyGuardrailRequest */
struct awsc_bedrock_runtime_apply_guardrail_input {
    /* guardrailIdentifier: The guardrail identifier used in the request to apply
     * the guardrail. Required. */
    const char *guardrail_identifier;
    /* guardrailVersion: The guardrail version used in the request to apply the
     * guardrail. Required. */
    const char *guardrail_version;
    /* source: The source of data used in the request to apply the guardrail.
     * Required. One of enum awsc_bedrock_runtime_guardrail_content_source's values
     * (as its string). */
    const char *source;
    /* content: The content details used in the request to apply the guardrail.
     * Required. */
    struct awsc_bedrock_runtime_guardrail_content_block_list content;
    /* outputScope: Specifies the scope of the output that you get in the response.
     * Set to FULL to return the entire output, including any detected and
     * non-detected entries in the response for enhanced debugging. One of enum
     * awsc_bedrock_runtime_guardrail_output_scope's values (as its string). */
    const char *output_scope;
};

/* ApplyGuardrailResponse */
struct awsc_bedrock_runtime_apply_guardrail_output {
    /* usage: The usage details in the response from the guardrail. Required. */
    struct awsc_bedrock_runtime_guardrail_usage *usage;
    /* action: The action taken in the response from the guardrail. Required. One
     * of enum awsc_bedrock_runtime_guardrail_action's values (as its string). */
    const char *action;
    /* actionReason: The reason for the action taken when harmful content is
     * detected. */
    const char *action_reason;
    /* outputs: The output details in the response from the guardrail. Required. */
    struct awsc_bedrock_runtime_guardrail_output_content_list outputs;
    /* assessments: The assessment details in the response from the guardrail.
     * Required. */
    struct awsc_bedrock_runtime_guardrail_assessment_list assessments;
    /* guardrailCoverage: The guardrail coverage details in the apply guardrail
     * response. */
    struct awsc_bedrock_runtime_guardrail_coverage *guardrail_coverage;
};

/*
 * Asynchronous invocation output data settings.
 */
struct awsc_bedrock_runtime_async_invoke_output_data_config {
    /* s3OutputDataConfig: A storage location for the output data in an S3 bucket */
    struct awsc_bedrock_runtime_async_invoke_s3_output_data_config *s3_output_data_config;
};

/*
 * Asynchronous invocation output data settings.
 */
struct awsc_bedrock_runtime_async_invoke_s3_output_data_config {
    /* s3Uri: An object URI starting with s3:// . Required. */
    const char *s3_uri;
    /* kmsKeyId: A KMS encryption key ID. */
    const char *kms_key_id;
    /* bucketOwner: If the bucket belongs to another AWS account, specify that
     * account's ID. */
    const char *bucket_owner;
};

/*
 * A summary of an asynchronous invocation.
 */
struct awsc_bedrock_runtime_async_invoke_summary {
    /* invocationArn: The invocation's ARN. Required. */
    const char *invocation_arn;
    /* modelArn: The invoked model's ARN. Required. */
    const char *model_arn;
    /* clientRequestToken: The invocation's idempotency token. */
    const char *client_request_token;
    /* status: The invocation's status. One of enum
     * awsc_bedrock_runtime_async_invoke_status's values (as its string). */
    const char *status;
    /* failureMessage: An error message. */
    const char *failure_message;
    /* submitTime: When the invocation was submitted. Required. */
    bool has_submit_time;
    struct awsc_timestamp submit_time;
    /* lastModifiedTime: When the invocation was last modified. */
    bool has_last_modified_time;
    struct awsc_timestamp last_modified_time;
    /* endTime: When the invocation ended. */
    bool has_end_time;
    struct awsc_timestamp end_time;
    /* outputDataConfig: The invocation's output data settings. Required. */
    struct awsc_bedrock_runtime_async_invoke_output_data_config *output_data_config;
};

/*
 * An audio content block that contains audio data in various supported
 * formats.
 */
struct awsc_bedrock_runtime_audio_block {
    /* format: The format of the audio data, such as MP3, WAV, FLAC, or other
     * supported audio formats. Required. One of enum
     * awsc_bedrock_runtime_audio_format's values (as its string). */
    const char *format;
    /* source: The source of the audio data, which can be provided as raw bytes or
     * an S3 location. Required. */
    struct awsc_bedrock_runtime_audio_source *source;
    /* error: Error information if the audio block could not be processed or
     * contains invalid data. */
    struct awsc_bedrock_runtime_error_block *error;
};

/*
 * The source of audio data, which can be provided either as raw bytes or a
 * reference to an S3 location.
 */
struct awsc_bedrock_runtime_audio_source {
    /* bytes: Audio data encoded in base64. */
    struct awsc_blob bytes;
    /* s3Location: A reference to audio data stored in an Amazon S3 bucket. To see
     * which models support S3 uploads, see Supported models and features for
     * Converse . */
    struct awsc_bedrock_runtime_s3_location *s3_location;
};

/*
 * The Model automatically decides if a tool should be called or whether to
 * generate text instead. For example, {"auto" : {}} . For more information,
 * see Call a tool with the Converse API in the Amazon Bedrock User Guide
 */
struct awsc_bedrock_runtime_auto_tool_choice {
    char unused_; /* no members */
};

/*
 * Payload content for the bidirectional input. The input is an audio stream.
 */
struct awsc_bedrock_runtime_bidirectional_input_payload_part {
    /* bytes: The audio content for the bidirectional input. */
    struct awsc_blob bytes;
};

/*
 * Output from the bidirectional stream. The output is speech and a text
 * transcription.
 */
struct awsc_bedrock_runtime_bidirectional_output_payload_part {
    /* bytes: The speech output of the bidirectional stream. */
    struct awsc_blob bytes;
};

/*
 * Cache creation metrics for a specific TTL duration
 */
struct awsc_bedrock_runtime_cache_detail {
    /* ttl: TTL duration for these cached tokens Required. One of enum
     * awsc_bedrock_runtime_cache_ttl's values (as its string). */
    const char *ttl;
    /* inputTokens: Number of tokens written to cache with this TTL (cache creation
     * tokens) Required. */
    bool has_input_tokens;
    int32_t input_tokens;
};

/*
 * Defines a section of content to be cached for reuse in subsequent API calls.
 */
struct awsc_bedrock_runtime_cache_point_block {
    /* type: Specifies the type of cache point within the CachePointBlock.
     * Required. One of enum awsc_bedrock_runtime_cache_point_type's values (as its
     * string). */
    const char *type;
    /* ttl: Optional TTL duration for cache entries. When specified, enables
     * extended TTL caching with the specified duration. When omitted, uses type
     * value for caching behavior. One of enum awsc_bedrock_runtime_cache_ttl's
     * values (as its string). */
    const char *ttl;
};

/*
 * Contains information about a citation that references a specific source
 * document. Citations provide traceability between the model's generated
 * response and the source documents that informed that response.
 */
struct awsc_bedrock_runtime_citation {
    /* title: The title or identifier of the source document being cited. */
    const char *title;
    /* source: The source from the original search result that provided the cited
     * content. */
    const char *source;
    /* sourceContent: The specific content from the source document that was
     * referenced or cited in the generated response. */
    struct awsc_bedrock_runtime_citation_source_content_list source_content;
    /* location: The precise location within the source document where the cited
     * content can be found, including character positions, page numbers, or chunk
     * identifiers. */
    struct awsc_bedrock_runtime_citation_location *location;
};

/*
 * Contains the generated text content that corresponds to or is supported by a
 * citation from a source document.
 */
struct awsc_bedrock_runtime_citation_generated_content {
    /* text: The text content that was generated by the model and is supported by
     * the associated citation. */
    const char *text;
};

/*
 * Specifies the precise location within a source document where cited content
 * can be found. This can include character-level positions, page numbers, or
 * document chunks depending on the document type and indexing method.
 */
struct awsc_bedrock_runtime_citation_location {
    /* web: The web URL that was cited for this reference. */
    struct awsc_bedrock_runtime_web_location *web;
    /* documentChar: The character-level location within the document where the
     * cited content is found. */
    struct awsc_bedrock_runtime_document_char_location *document_char;
    /* documentPage: The page-level location within the document where the cited
     * content is found. */
    struct awsc_bedrock_runtime_document_page_location *document_page;
    /* documentChunk: The chunk-level location within the document where the cited
     * content is found, typically used for documents that have been segmented into
     * logical chunks. */
    struct awsc_bedrock_runtime_document_chunk_location *document_chunk;
    /* searchResultLocation: The search result location where the cited content is
     * found, including the search result index and block positions within the
     * content array. */
    struct awsc_bedrock_runtime_search_result_location *search_result_location;
};

/*
 * Contains the actual text content from a source document that is being cited
 * or referenced in the model's response.
 */
struct awsc_bedrock_runtime_citation_source_content {
    /* text: The text content from the source document that is being cited. */
    const char *text;
};

/*
 * Contains incremental updates to the source content text during streaming
 * responses, allowing clients to build up the cited content progressively.
 */
struct awsc_bedrock_runtime_citation_source_content_delta {
    /* text: An incremental update to the text content from the source document
     * that is being cited. */
    const char *text;
};

/*
 * Configuration settings for enabling and controlling document citations in
 * Converse API responses. When enabled, the model can include citation
 * information that links generated content back to specific source documents.
 */
struct awsc_bedrock_runtime_citations_config {
    /* enabled: Specifies whether citations from the selected document should be
     * used in the model's response. Required. */
    bool has_enabled;
    bool enabled;
};

/*
 * A content block that contains both generated text and associated citation
 * information. This block type is returned when document citations are
 * enabled, providing traceability between the generated content and the source
 * documents that informed the response.
 */
struct awsc_bedrock_runtime_citations_content_block {
    /* content: The generated content that is supported by the associated
     * citations. */
    struct awsc_bedrock_runtime_citation_generated_content_list content;
    /* citations: An array of citations that reference the source documents used to
     * generate the associated content. */
    struct awsc_bedrock_runtime_citations citations;
};

/*
 * Contains incremental updates to citation information during streaming
 * responses. This allows clients to build up citation data progressively as
 * the response is generated.
 */
struct awsc_bedrock_runtime_citations_delta {
    /* title: The title or identifier of the source document being cited. */
    const char *title;
    /* source: The source from the original search result that provided the cited
     * content. */
    const char *source;
    /* sourceContent: The specific content from the source document that was
     * referenced or cited in the generated response. */
    struct awsc_bedrock_runtime_citation_source_content_list_delta source_content;
    /* location: Specifies the precise location within a source document where
     * cited content can be found. */
    struct awsc_bedrock_runtime_citation_location *location;
};

/*
 * Error occurred because of a conflict while performing an operation.
 */
struct awsc_bedrock_runtime_conflict_exception {
    /* message: */
    const char *message;
};

/*
 * A block of content for a message that you pass to, or receive from, a model
 * with the Converse or ConverseStream API operations.
 */
struct awsc_bedrock_runtime_content_block {
    /* text: Text to include in the message. */
    const char *text;
    /* image: Image to include in the message. This field is only supported by
     * Anthropic Claude 3 models. */
    struct awsc_bedrock_runtime_image_block *image;
    /* document: A document to include in the message. */
    struct awsc_bedrock_runtime_document_block *document;
    /* video: Video to include in the message. */
    struct awsc_bedrock_runtime_video_block *video;
    /* audio: An audio content block containing audio data in the conversation. */
    struct awsc_bedrock_runtime_audio_block *audio;
    /* toolUse: Information about a tool use request from a model. */
    struct awsc_bedrock_runtime_tool_use_block *tool_use;
    /* toolResult: The result for a tool request that a model makes. */
    struct awsc_bedrock_runtime_tool_result_block *tool_result;
    /* guardContent: Contains the content to assess with the guardrail. If you
     * don't specify guardContent in a call to the Converse API, the guardrail (if
     * passed in the Converse API) assesses the entire message. */
    struct awsc_bedrock_runtime_guardrail_converse_content_block *guard_content;
    /* cachePoint: CachePoint to include in the message. */
    struct awsc_bedrock_runtime_cache_point_block *cache_point;
    /* reasoningContent: Contains content regarding the reasoning that is carried
     * out by the model. Reasoning refers to a Chain of Thought (CoT) that the
     * model generates to enhance the accuracy of its final response. */
    struct awsc_bedrock_runtime_reasoning_content_block *reasoning_content;
    /* citationsContent: A content block that contains both generated text and
     * associated citation information, providing traceability between the response
     * and source documents. */
    struct awsc_bedrock_runtime_citations_content_block *citations_content;
    /* searchResult: Search result to include in the message. */
    struct awsc_bedrock_runtime_search_result_block *search_result;
    /* toolAddition: */
    struct awsc_bedrock_runtime_tool_addition_block *tool_addition;
    /* toolRemoval: */
    struct awsc_bedrock_runtime_tool_removal_block *tool_removal;
};

/*
 * A block of content in a streaming response.
 */
struct awsc_bedrock_runtime_content_block_delta {
    /* text: The content text. */
    const char *text;
    /* toolUse: Information about a tool that the model is requesting to use. */
    struct awsc_bedrock_runtime_tool_use_block_delta *tool_use;
    /* toolResult: An incremental update that contains the results from a tool
     * call. */
    struct awsc_bedrock_runtime_tool_result_blocks_delta tool_result;
    /* reasoningContent: Contains content regarding the reasoning that is carried
     * out by the model. Reasoning refers to a Chain of Thought (CoT) that the
     * model generates to enhance the accuracy of its final response. */
    struct awsc_bedrock_runtime_reasoning_content_block_delta *reasoning_content;
    /* citation: Incremental citation information that is streamed as part of the
     * response generation process. */
    struct awsc_bedrock_runtime_citations_delta *citation;
    /* image: A streaming delta event containing incremental image data. */
    struct awsc_bedrock_runtime_image_block_delta *image;
};

/*
 * The content block delta event.
 */
struct awsc_bedrock_runtime_content_block_delta_event {
    /* delta: The delta for a content block delta event. Required. */
    struct awsc_bedrock_runtime_content_block_delta *delta;
    /* contentBlockIndex: The block index for a content block delta event.
     * Required. */
    bool has_content_block_index;
    int32_t content_block_index;
};

/*
 * Content block start information.
 */
struct awsc_bedrock_runtime_content_block_start {
    /* toolUse: Information about a tool that the model is requesting to use. */
    struct awsc_bedrock_runtime_tool_use_block_start *tool_use;
    /* toolResult: The */
    struct awsc_bedrock_runtime_tool_result_block_start *tool_result;
    /* image: The initial event indicating the start of a streaming image block. */
    struct awsc_bedrock_runtime_image_block_start *image;
};

/*
 * Content block start event.
 */
struct awsc_bedrock_runtime_content_block_start_event {
    /* start: Start information about a content block start event. Required. */
    struct awsc_bedrock_runtime_content_block_start *start;
    /* contentBlockIndex: The index for a content block start event. Required. */
    bool has_content_block_index;
    int32_t content_block_index;
};

/*
 * A content block stop event.
 */
struct awsc_bedrock_runtime_content_block_stop_event {
    /* contentBlockIndex: The index for a content block. Required. */
    bool has_content_block_index;
    int32_t content_block_index;
};

/*
 * Metrics for a call to Converse .
 */
struct awsc_bedrock_runtime_converse_metrics {
    /* latencyMs: The latency of the call to Converse , in milliseconds. Required. */
    bool has_latency_ms;
    int64_t latency_ms;
};

/*
 * The output from a call to Converse .
 */
struct awsc_bedrock_runtime_converse_output {
    /* message: The message that the model generates. */
    struct awsc_bedrock_runtime_message *message;
};

/* ConverseRequest */
struct awsc_bedrock_runtime_converse_input {
    /* modelId: Specifies the model or throughput with which to run inference, or
     * the prompt resource to use in inference. Required. */
    const char *model_id;
    /* messages: The messages that you want to send to the model. */
    struct awsc_bedrock_runtime_messages messages;
    /* system: A prompt that provides instructions or context to the model about
     * the task it should perform, or the persona it should adopt during the
     * conversation. */
    struct awsc_bedrock_runtime_system_content_blocks system;
    /* inferenceConfig: Inference parameters to pass to the model. Converse and
     * ConverseStream support a base set of inference parameters. */
    struct awsc_bedrock_runtime_inference_configuration *inference_config;
    /* toolConfig: Configuration information for the tools that the model can use
     * when generating a response. */
    struct awsc_bedrock_runtime_tool_configuration *tool_config;
    /* guardrailConfig: Configuration information for a guardrail that you want to
     * use in the request. */
    struct awsc_bedrock_runtime_guardrail_configuration *guardrail_config;
    /* additionalModelRequestFields: Additional inference parameters that the model
     * supports, beyond the base set of inference parameters that Converse and
     * ConverseStream support in the inferenceConfig field. */
    struct awsc_document *additional_model_request_fields;
    /* promptVariables: Contains a map of variables in a prompt from Prompt
     * management to objects containing the values to fill in for them when running
     * model invocation. */
    struct awsc_bedrock_runtime_prompt_variable_map prompt_variables;
    /* additionalModelResponseFieldPaths: Additional model parameters field paths
     * to return in the response. Converse and ConverseStream return the requested
     * fields as a JSON Pointer object in the additionalModelResponseFields field. */
    struct awsc_bedrock_runtime_guardrail_origin_list additional_model_response_field_paths;
    /* requestMetadata: Key-value pairs that you can use to filter invocation logs. */
    struct awsc_bedrock_runtime_request_metadata request_metadata;
    /* performanceConfig: Model performance settings for the request. */
    struct awsc_bedrock_runtime_performance_configuration *performance_config;
    /* serviceTier: Specifies the processing tier configuration used for serving
     * the request. */
    struct awsc_bedrock_runtime_service_tier *service_tier;
    /* outputConfig: Output configuration for a model response. */
    struct awsc_bedrock_runtime_output_config *output_config;
};

/* ConverseResponse */
struct awsc_bedrock_runtime_converse_response {
    /* output: The result from the call to Converse . Required. */
    struct awsc_bedrock_runtime_converse_output *output;
    /* stopReason: The reason why the model stopped generating output. Required.
     * One of enum awsc_bedrock_runtime_stop_reason's values (as its string). */
    const char *stop_reason;
    /* usage: The total number of tokens used in the call to Converse . The total
     * includes the tokens input to the model and the tokens generated by the
     * model. Required. */
    struct awsc_bedrock_runtime_token_usage *usage;
    /* metrics: Metrics for the call to Converse . Required. */
    struct awsc_bedrock_runtime_converse_metrics *metrics;
    /* additionalModelResponseFields: Additional fields in the response that are
     * unique to the model. */
    struct awsc_document *additional_model_response_fields;
    /* trace: A trace object that contains information about the Guardrail
     * behavior. */
    struct awsc_bedrock_runtime_converse_trace *trace;
    /* performanceConfig: Model performance settings for the request. */
    struct awsc_bedrock_runtime_performance_configuration *performance_config;
    /* serviceTier: Specifies the processing tier configuration used for serving
     * the request. */
    struct awsc_bedrock_runtime_service_tier *service_tier;
};

/*
 * A conversation stream metadata event.
 */
struct awsc_bedrock_runtime_converse_stream_metadata_event {
    /* usage: Usage information for the conversation stream event. Required. */
    struct awsc_bedrock_runtime_token_usage *usage;
    /* metrics: The metrics for the conversation stream metadata event. Required. */
    struct awsc_bedrock_runtime_converse_stream_metrics *metrics;
    /* trace: The trace object in the response from ConverseStream that contains
     * information about the guardrail behavior. */
    struct awsc_bedrock_runtime_converse_stream_trace *trace;
    /* performanceConfig: Model performance configuration metadata for the
     * conversation stream event. */
    struct awsc_bedrock_runtime_performance_configuration *performance_config;
    /* serviceTier: Specifies the processing tier configuration used for serving
     * the request. */
    struct awsc_bedrock_runtime_service_tier *service_tier;
};

/*
 * Metrics for the stream.
 */
struct awsc_bedrock_runtime_converse_stream_metrics {
    /* latencyMs: The latency for the streaming request, in milliseconds. Required. */
    bool has_latency_ms;
    int64_t latency_ms;
};

/*
 * The messages output stream
 */
struct awsc_bedrock_runtime_converse_stream_event {
    /* messageStart: Message start information. */
    struct awsc_bedrock_runtime_message_start_event *message_start;
    /* contentBlockStart: Start information for a content block. */
    struct awsc_bedrock_runtime_content_block_start_event *content_block_start;
    /* contentBlockDelta: The messages output content block delta. */
    struct awsc_bedrock_runtime_content_block_delta_event *content_block_delta;
    /* contentBlockStop: Stop information for a content block. */
    struct awsc_bedrock_runtime_content_block_stop_event *content_block_stop;
    /* messageStop: Message stop information. */
    struct awsc_bedrock_runtime_message_stop_event *message_stop;
    /* metadata: Metadata for the converse output stream. */
    struct awsc_bedrock_runtime_converse_stream_metadata_event *metadata;
    /* internalServerException: An internal server error occurred. Retry your
     * request. */
    struct awsc_bedrock_runtime_internal_server_exception *internal_server_exception;
    /* modelStreamErrorException: A streaming error occurred. Retry your request. */
    struct awsc_bedrock_runtime_model_stream_error_exception *model_stream_error_exception;
    /* validationException: The input fails to satisfy the constraints specified by
     * Amazon Bedrock . For troubleshooting this error, see ValidationError in the
     * Amazon Bedrock User Guide. */
    struct awsc_bedrock_runtime_validation_exception *validation_exception;
    /* throttlingException: Your request was denied due to exceeding the account
     * quotas for Amazon Bedrock . For troubleshooting this error, see
     * ThrottlingException in the Amazon Bedrock User Guide. */
    struct awsc_bedrock_runtime_throttling_exception *throttling_exception;
    /* serviceUnavailableException: The service isn't currently available. For
     * troubleshooting this error, see ServiceUnavailable in the Amazon Bedrock
     * User Guide */
    struct awsc_bedrock_runtime_service_unavailable_exception *service_unavailable_exception;
};

/* ConverseStreamRequest */
struct awsc_bedrock_runtime_converse_stream_input {
    /* modelId: Specifies the model or throughput with which to run inference, or
     * the prompt resource to use in inference. Required. */
    const char *model_id;
    /* messages: The messages that you want to send to the model. */
    struct awsc_bedrock_runtime_messages messages;
    /* system: A prompt that provides instructions or context to the model about
     * the task it should perform, or the persona it should adopt during the
     * conversation. */
    struct awsc_bedrock_runtime_system_content_blocks system;
    /* inferenceConfig: Inference parameters to pass to the model. Converse and
     * ConverseStream support a base set of inference parameters. */
    struct awsc_bedrock_runtime_inference_configuration *inference_config;
    /* toolConfig: Configuration information for the tools that the model can use
     * when generating a response. */
    struct awsc_bedrock_runtime_tool_configuration *tool_config;
    /* guardrailConfig: Configuration information for a guardrail that you want to
     * use in the request. */
    struct awsc_bedrock_runtime_guardrail_stream_configuration *guardrail_config;
    /* additionalModelRequestFields: Additional inference parameters that the model
     * supports, beyond the base set of inference parameters that Converse and
     * ConverseStream support in the inferenceConfig field. */
    struct awsc_document *additional_model_request_fields;
    /* promptVariables: Contains a map of variables in a prompt from Prompt
     * management to objects containing the values to fill in for them when running
     * model invocation. */
    struct awsc_bedrock_runtime_prompt_variable_map prompt_variables;
    /* additionalModelResponseFieldPaths: Additional model parameters field paths
     * to return in the response. Converse and ConverseStream return the requested
     * fields as a JSON Pointer object in the additionalModelResponseFields field. */
    struct awsc_bedrock_runtime_guardrail_origin_list additional_model_response_field_paths;
    /* requestMetadata: Key-value pairs that you can use to filter invocation logs. */
    struct awsc_bedrock_runtime_request_metadata request_metadata;
    /* performanceConfig: Model performance settings for the request. */
    struct awsc_bedrock_runtime_performance_configuration *performance_config;
    /* serviceTier: Specifies the processing tier configuration used for serving
     * the request. */
    struct awsc_bedrock_runtime_service_tier *service_tier;
    /* outputConfig: Output configuration for a model response. */
    struct awsc_bedrock_runtime_output_config *output_config;
};

/* ConverseStreamResponse */
struct awsc_bedrock_runtime_converse_stream_output {
    /* stream: The output stream that the model generated.
     * Not filled: each event goes to the call's event callback as it arrives. */
    struct awsc_bedrock_runtime_converse_stream_event *stream;
};

/*
 * The trace object in a response from ConverseStream .
 */
struct awsc_bedrock_runtime_converse_stream_trace {
    /* guardrail: The guardrail trace object. */
    struct awsc_bedrock_runtime_guardrail_trace_assessment *guardrail;
    /* promptRouter: The request's prompt router. */
    struct awsc_bedrock_runtime_prompt_router_trace *prompt_router;
};

/*
 * The inputs from a Converse API request for token counting.
 */
struct awsc_bedrock_runtime_converse_tokens_request {
    /* messages: An array of messages to count tokens for. */
    struct awsc_bedrock_runtime_messages messages;
    /* system: The system content blocks to count tokens for. System content
     * provides instructions or context to the model about how it should behave or
     * respond. */
    struct awsc_bedrock_runtime_system_content_blocks system;
    /* toolConfig: The toolConfig of Converse input request to count tokens for.
     * Configuration information for the tools that the model can use when
     * generating a response. */
    struct awsc_bedrock_runtime_tool_configuration *tool_config;
    /* additionalModelRequestFields: The additionalModelRequestFields of Converse
     * input request to count tokens for. Use this field when you want to pass
     * additional parameters that the model supports. */
    struct awsc_document *additional_model_request_fields;
};

/*
 * The trace object in a response from Converse .
 */
struct awsc_bedrock_runtime_converse_trace {
    /* guardrail: The guardrail trace object. */
    struct awsc_bedrock_runtime_guardrail_trace_assessment *guardrail;
    /* promptRouter: The request's prompt router. */
    struct awsc_bedrock_runtime_prompt_router_trace *prompt_router;
};

/*
 * The input value for token counting. The value should be either an
 * InvokeModel or Converse request body.
 */
struct awsc_bedrock_runtime_count_tokens_input {
    /* invokeModel: An InvokeModel request for which to count tokens. Use this
     * field when you want to count tokens for a raw text input that would be sent
     * to the InvokeModel operation. */
    struct awsc_bedrock_runtime_invoke_model_tokens_request *invoke_model;
    /* converse: A Converse request for which to count tokens. Use this field when
     * you want to count tokens for a conversation-based input that would be sent
     * to the Converse operation. */
    struct awsc_bedrock_runtime_converse_tokens_request *converse;
};

/* CountTokensRequest */
struct awsc_bedrock_runtime_count_tokens_request {
    /* modelId: The unique identifier or ARN of the foundation model to use for
     * token counting. Each model processes tokens differently, so the token count
     * is specific to the model you specify. Required. */
    const char *model_id;
    /* input: The input for which to count tokens. The structure of this parameter
     * depends on whether you're counting tokens for an InvokeModel or Converse
     * request: For InvokeModel requests, provide the request ... Required. */
    struct awsc_bedrock_runtime_count_tokens_input *input;
};

/* CountTokensResponse */
struct awsc_bedrock_runtime_count_tokens_output {
    /* inputTokens: The number of tokens in the provided input according to the
     * specified model's tokenization rules. Required. */
    bool has_input_tokens;
    int32_t input_tokens;
};

/*
 * A document to include in a message.
 */
struct awsc_bedrock_runtime_document_block {
    /* format: The format of a document, or its extension. One of enum
     * awsc_bedrock_runtime_document_format's values (as its string). */
    const char *format;
    /* name: A name for the document. The name can only contain the following
     * characters: Alphanumeric characters Whitespace characters (no more than one
     * in a row) Hyphens Parentheses Square brackets This field ... Required. */
    const char *name;
    /* source: Contains the content of the document. Required. */
    struct awsc_bedrock_runtime_document_source *source;
    /* context: Contextual information about how the document should be processed
     * or interpreted by the model when generating citations. */
    const char *context;
    /* citations: Configuration settings that control how citations should be
     * generated for this specific document. */
    struct awsc_bedrock_runtime_citations_config *citations;
};

/*
 * Specifies a character-level location within a document, providing precise
 * positioning information for cited content using start and end character
 * indices.
 */
struct awsc_bedrock_runtime_document_char_location {
    /* documentIndex: The index of the document within the array of documents
     * provided in the request. */
    bool has_document_index;
    int32_t document_index;
    /* start: The starting character position of the cited content within the
     * document. */
    bool has_start;
    int32_t start;
    /* end: The ending character position of the cited content within the document. */
    bool has_end;
    int32_t end;
};

/*
 * Specifies a chunk-level location within a document, providing positioning
 * information for cited content using logical document segments or chunks.
 */
struct awsc_bedrock_runtime_document_chunk_location {
    /* documentIndex: The index of the document within the array of documents
     * provided in the request. */
    bool has_document_index;
    int32_t document_index;
    /* start: The starting chunk identifier or index of the cited content within
     * the document. */
    bool has_start;
    int32_t start;
    /* end: The ending chunk identifier or index of the cited content within the
     * document. */
    bool has_end;
    int32_t end;
};

/*
 * Contains the actual content of a document that can be processed by the model
 * and potentially cited in the response.
 */
struct awsc_bedrock_runtime_document_content_block {
    /* text: The text content of the document. */
    const char *text;
};

/*
 * Specifies a page-level location within a document, providing positioning
 * information for cited content using page numbers.
 */
struct awsc_bedrock_runtime_document_page_location {
    /* documentIndex: The index of the document within the array of documents
     * provided in the request. */
    bool has_document_index;
    int32_t document_index;
    /* start: The starting page number of the cited content within the document. */
    bool has_start;
    int32_t start;
    /* end: The ending page number of the cited content within the document. */
    bool has_end;
    int32_t end;
};

/*
 * Contains the content of a document.
 */
struct awsc_bedrock_runtime_document_source {
    /* bytes: The raw bytes for the document. If you use an Amazon Web Services
     * SDK, you don't need to encode the bytes in base64. */
    struct awsc_blob bytes;
    /* s3Location: The location of a document object in an Amazon S3 bucket. To see
     * which models support S3 uploads, see Supported models and features for
     * Converse . */
    struct awsc_bedrock_runtime_s3_location *s3_location;
    /* text: The text content of the document source. */
    const char *text;
    /* content: The structured content of the document source, which may include
     * various content blocks such as text, images, or other document elements. */
    struct awsc_bedrock_runtime_document_content_blocks content;
};

/*
 * A block containing error information when content processing fails.
 */
struct awsc_bedrock_runtime_error_block {
    /* message: A human-readable error message describing what went wrong during
     * content processing. */
    const char *message;
};

/* GetAsyncInvokeRequest */
struct awsc_bedrock_runtime_get_async_invoke_input {
    /* invocationArn: The invocation's ARN. Required. */
    const char *invocation_arn;
};

/* GetAsyncInvokeResponse */
struct awsc_bedrock_runtime_get_async_invoke_output {
    /* invocationArn: The invocation's ARN. Required. */
    const char *invocation_arn;
    /* modelArn: The invocation's model ARN. Required. */
    const char *model_arn;
    /* clientRequestToken: The invocation's idempotency token. */
    const char *client_request_token;
    /* status: The invocation's status. Required. One of enum
     * awsc_bedrock_runtime_async_invoke_status's values (as its string). */
    const char *status;
    /* failureMessage: An error message. */
    const char *failure_message;
    /* submitTime: When the invocation request was submitted. Required. */
    bool has_submit_time;
    struct awsc_timestamp submit_time;
    /* lastModifiedTime: The invocation's last modified time. */
    bool has_last_modified_time;
    struct awsc_timestamp last_modified_time;
    /* endTime: When the invocation ended. */
    bool has_end_time;
    struct awsc_timestamp end_time;
    /* outputDataConfig: Output data settings. Required. */
    struct awsc_bedrock_runtime_async_invoke_output_data_config *output_data_config;
};

/*
 * A behavior assessment of the guardrail policies used in a call to the
 * Converse API.
 */
struct awsc_bedrock_runtime_guardrail_assessment {
    /* topicPolicy: The topic policy. */
    struct awsc_bedrock_runtime_guardrail_topic_policy_assessment *topic_policy;
    /* contentPolicy: The content policy. */
    struct awsc_bedrock_runtime_guardrail_content_policy_assessment *content_policy;
    /* wordPolicy: The word policy. */
    struct awsc_bedrock_runtime_guardrail_word_policy_assessment *word_policy;
    /* sensitiveInformationPolicy: The sensitive information policy. */
    struct awsc_bedrock_runtime_guardrail_sensitive_information_policy_assessment *sensitive_information_policy;
    /* contextualGroundingPolicy: The contextual grounding policy used for the
     * guardrail assessment. */
    struct awsc_bedrock_runtime_guardrail_contextual_grounding_policy_assessment *contextual_grounding_policy;
    /* automatedReasoningPolicy: The automated reasoning policy assessment results,
     * including logical validation findings for the input content. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_policy_assessment *automated_reasoning_policy;
    /* invocationMetrics: The invocation metrics for the guardrail assessment. */
    struct awsc_bedrock_runtime_guardrail_invocation_metrics *invocation_metrics;
    /* appliedGuardrailDetails: */
    struct awsc_bedrock_runtime_applied_guardrail_details *applied_guardrail_details;
};

/*
 * Represents a logical validation result from automated reasoning policy
 * evaluation. The finding indicates whether claims in the input are logically
 * valid, invalid, satisfiable, impossible, or have other logical issues.
 */
struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding {
    /* valid: Contains the result when the automated reasoning evaluation
     * determines that the claims in the input are logically valid and definitively
     * true based on the provided premises and policy rules. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_valid_finding *valid;
    /* invalid: Contains the result when the automated reasoning evaluation
     * determines that the claims in the input are logically invalid and contradict
     * the established premises or policy rules. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_invalid_finding *invalid;
    /* satisfiable: Contains the result when the automated reasoning evaluation
     * determines that the claims in the input could be either true or false
     * depending on additional assumptions not provided in the input context. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_satisfiable_finding *satisfiable;
    /* impossible: Contains the result when the automated reasoning evaluation
     * determines that no valid logical conclusions can be drawn due to
     * contradictions in the premises or policy rules themselves. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_impossible_finding *impossible;
    /* translationAmbiguous: Contains the result when the automated reasoning
     * evaluation detects that the input has multiple valid logical
     * interpretations, requiring additional context or clarification to proceed
     * with validation. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_ambiguous_finding *translation_ambiguous;
    /* tooComplex: Contains the result when the automated reasoning evaluation
     * cannot process the input due to its complexity or volume exceeding the
     * system's processing capacity for logical analysis. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_too_complex_finding *too_complex;
    /* noTranslations: Contains the result when the automated reasoning evaluation
     * cannot extract any relevant logical information from the input that can be
     * validated against the policy rules. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_no_translations_finding *no_translations;
};

/*
 * Indicates that no valid claims can be made due to logical contradictions in
 * the premises or rules.
 */
struct awsc_bedrock_runtime_guardrail_automated_reasoning_impossible_finding {
    /* translation: The logical translation of the input that this finding
     * evaluates. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation *translation;
    /* contradictingRules: The automated reasoning policy rules that contradict the
     * claims and/or premises in the input. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_rule_list contradicting_rules;
    /* logicWarning: Indication of a logic issue with the translation without
     * needing to consider the automated reasoning policy rules. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning *logic_warning;
};

/*
 * References a portion of the original input text that corresponds to logical
 * elements.
 */
struct awsc_bedrock_runtime_guardrail_automated_reasoning_input_text_reference {
    /* text: The specific text from the original input that this reference points
     * to. */
    const char *text;
};

/*
 * Indicates that the claims are logically false and contradictory to the
 * established rules or premises.
 */
struct awsc_bedrock_runtime_guardrail_automated_reasoning_invalid_finding {
    /* translation: The logical translation of the input that this finding
     * invalidates. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation *translation;
    /* contradictingRules: The automated reasoning policy rules that contradict the
     * claims in the input. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_rule_list contradicting_rules;
    /* logicWarning: Indication of a logic issue with the translation without
     * needing to consider the automated reasoning policy rules. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning *logic_warning;
};

/*
 * Identifies logical issues in the translated statements that exist
 * independent of any policy rules, such as statements that are always true or
 * always false.
 */
struct awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning {
    /* type: The category of the detected logical issue, such as statements that
     * are always true or always false. One of enum
     * awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning_type's
     * values (as its string). */
    const char *type;
    /* premises: The logical statements that serve as premises under which the
     * claims are validated. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_statement_list premises;
    /* claims: The logical statements that are validated while assuming the policy
     * and premises. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_statement_list claims;
};

/*
 * Indicates that no relevant logical information could be extracted from the
 * input for validation.
 */
struct awsc_bedrock_runtime_guardrail_automated_reasoning_no_translations_finding {
    char unused_; /* no members */
};

/*
 * Contains the results of automated reasoning policy evaluation, including
 * logical findings about the validity of claims made in the input content.
 */
struct awsc_bedrock_runtime_guardrail_automated_reasoning_policy_assessment {
    /* findings: List of logical validation results produced by evaluating the
     * input content against automated reasoning policies. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding_list findings;
};

/*
 * References a specific automated reasoning policy rule that was applied
 * during evaluation.
 */
struct awsc_bedrock_runtime_guardrail_automated_reasoning_rule {
    /* identifier: The unique identifier of the automated reasoning rule. */
    const char *identifier;
    /* policyVersionArn: The ARN of the automated reasoning policy version that
     * contains this rule. */
    const char *policy_version_arn;
};

/*
 * Indicates that the claims could be either true or false depending on
 * additional assumptions not provided in the input.
 */
struct awsc_bedrock_runtime_guardrail_automated_reasoning_satisfiable_finding {
    /* translation: The logical translation of the input that this finding
     * evaluates. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation *translation;
    /* claimsTrueScenario: An example scenario demonstrating how the claims could
     * be logically true. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_scenario *claims_true_scenario;
    /* claimsFalseScenario: An example scenario demonstrating how the claims could
     * be logically false. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_scenario *claims_false_scenario;
    /* logicWarning: Indication of a logic issue with the translation without
     * needing to consider the automated reasoning policy rules. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning *logic_warning;
};

/*
 * Represents a logical scenario where claims can be evaluated as true or
 * false, containing specific logical assignments.
 */
struct awsc_bedrock_runtime_guardrail_automated_reasoning_scenario {
    /* statements: List of logical assignments and statements that define this
     * scenario. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_statement_list statements;
};

/*
 * A logical statement that includes both formal logic representation and
 * natural language explanation.
 */
struct awsc_bedrock_runtime_guardrail_automated_reasoning_statement {
    /* logic: The formal logical representation of the statement. */
    const char *logic;
    /* naturalLanguage: The natural language explanation of the logical statement. */
    const char *natural_language;
};

/*
 * Indicates that the input exceeds the processing capacity due to the volume
 * or complexity of the logical information.
 */
struct awsc_bedrock_runtime_guardrail_automated_reasoning_too_complex_finding {
    char unused_; /* no members */
};

/*
 * Contains the logical translation of natural language input into formal
 * logical statements, including premises, claims, and confidence scores.
 */
struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation {
    /* premises: The logical statements that serve as the foundation or assumptions
     * for the claims. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_statement_list premises;
    /* claims: The logical statements that are being validated against the premises
     * and policy rules. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_statement_list claims;
    /* untranslatedPremises: References to portions of the original input text that
     * correspond to the premises but could not be fully translated. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_input_text_reference_list untranslated_premises;
    /* untranslatedClaims: References to portions of the original input text that
     * correspond to the claims but could not be fully translated. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_input_text_reference_list untranslated_claims;
    /* confidence: A confidence score between 0 and 1 indicating how certain the
     * system is about the logical translation. */
    bool has_confidence;
    double confidence;
};

/*
 * Indicates that the input has multiple valid logical interpretations,
 * requiring additional context or clarification.
 */
struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_ambiguous_finding {
    /* options: Different logical interpretations that were detected during
     * translation of the input. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_option_list options;
    /* differenceScenarios: Scenarios showing how the different translation options
     * differ in meaning. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_difference_scenario_list difference_scenarios;
};

/*
 * Represents one possible logical interpretation of ambiguous input content.
 */
struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_option {
    /* translations: Example translations that provide this possible interpretation
     * of the input. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_list translations;
};

/*
 * Indicates that the claims are definitively true and logically implied by the
 * premises, with no possible alternative interpretations.
 */
struct awsc_bedrock_runtime_guardrail_automated_reasoning_valid_finding {
    /* translation: The logical translation of the input that this finding
     * validates. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation *translation;
    /* claimsTrueScenario: An example scenario demonstrating how the claims are
     * logically true. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_scenario *claims_true_scenario;
    /* supportingRules: The automated reasoning policy rules that support why this
     * result is considered valid. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_rule_list supporting_rules;
    /* logicWarning: Indication of a logic issue with the translation without
     * needing to consider the automated reasoning policy rules. */
    struct awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning *logic_warning;
};

/*
 * The configuration for inline guardrail checks. Specify one or more check
 * types to run against the messages.
 */
struct awsc_bedrock_runtime_guardrail_checks_config {
    /* contentFilter: The content filter check configuration. */
    struct awsc_bedrock_runtime_guardrail_checks_content_filter_config *content_filter;
    /* promptAttack: The prompt attack check configuration. */
    struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_config *prompt_attack;
    /* sensitiveInformation: The sensitive information check configuration. */
    struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_config *sensitive_information;
};

/*
 * A content block within a message to evaluate.
 */
struct awsc_bedrock_runtime_guardrail_checks_content_block {
    /* text: The text content to evaluate. */
    const char *text;
};

/*
 * The configuration for a single content filter category to evaluate.
 */
struct awsc_bedrock_runtime_guardrail_checks_content_filter_category_config {
    /* category: The content filter category to evaluate. Required. One of enum
     * awsc_bedrock_runtime_guardrail_checks_content_filter_category's values (as
     * its string). */
    const char *category;
};

/*
 * The configuration for the content filter check, specifying which categories
 * to evaluate.
 */
struct awsc_bedrock_runtime_guardrail_checks_content_filter_config {
    /* categories: The content filter categories to evaluate. Required. */
    struct awsc_bedrock_runtime_guardrail_checks_content_filter_category_config_list categories;
};

/*
 * The content filter check results.
 */
struct awsc_bedrock_runtime_guardrail_checks_content_filter_result {
    /* results: The per-category content filter results. Required. */
    struct awsc_bedrock_runtime_guardrail_checks_content_filter_result_list results;
};

/*
 * The evaluation result for a single content filter category.
 */
struct awsc_bedrock_runtime_guardrail_checks_content_filter_result_entry {
    /* category: The content filter category that was evaluated. Required. One of
     * enum awsc_bedrock_runtime_guardrail_checks_content_filter_category's values
     * (as its string). */
    const char *category;
    /* severityScore: The severity score for the category, ranging from 0.0 to 1.0.
     * Higher values indicate greater severity. Required. */
    bool has_severity_score;
    double severity_score;
};

/*
 * The text unit usage for the content filter check.
 */
struct awsc_bedrock_runtime_guardrail_checks_content_filter_usage {
    /* textUnits: The number of text units consumed by the content filter check.
     * Required. */
    bool has_text_units;
    int32_t text_units;
};

/*
 * A message to evaluate against guardrail checks, containing a role and
 * content blocks.
 */
struct awsc_bedrock_runtime_guardrail_checks_message {
    /* role: The role of the message sender. Required. One of enum
     * awsc_bedrock_runtime_guardrail_checks_role's values (as its string). */
    const char *role;
    /* content: The content blocks for the message. Required. */
    struct awsc_bedrock_runtime_guardrail_checks_content_block_list content;
};

/*
 * The configuration for a single prompt attack category to evaluate.
 */
struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_config {
    /* category: The prompt attack category to evaluate. Required. One of enum
     * awsc_bedrock_runtime_guardrail_checks_prompt_attack_category's values (as
     * its string). */
    const char *category;
};

/*
 * The configuration for the prompt attack check, specifying which categories
 * to evaluate.
 */
struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_config {
    /* categories: The prompt attack categories to evaluate. Required. */
    struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_config_list categories;
};

/*
 * The prompt attack check results.
 */
struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result {
    /* results: The per-category prompt attack results. Required. */
    struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result_list results;
};

/*
 * The evaluation result for a single prompt attack category.
 */
struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result_entry {
    /* category: The prompt attack category that was evaluated. Required. One of
     * enum awsc_bedrock_runtime_guardrail_checks_prompt_attack_category's values
     * (as its string). */
    const char *category;
    /* severityScore: The severity score for the category, ranging from 0.0 to 1.0.
     * Higher values indicate greater severity. Required. */
    bool has_severity_score;
    double severity_score;
};

/*
 * The text unit usage for the prompt attack check.
 */
struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_usage {
    /* textUnits: The number of text units consumed by the prompt attack check.
     * Required. */
    bool has_text_units;
    int32_t text_units;
};

/*
 * The results from the guardrail checks evaluation, organized by check type.
 */
struct awsc_bedrock_runtime_guardrail_checks_results {
    /* contentFilter: The content filter check results. */
    struct awsc_bedrock_runtime_guardrail_checks_content_filter_result *content_filter;
    /* promptAttack: The prompt attack check results. */
    struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result *prompt_attack;
    /* sensitiveInformation: The sensitive information check results. */
    struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result *sensitive_information;
};

/*
 * The configuration for the sensitive information check, specifying which
 * entity types to detect.
 */
struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_config {
    /* entities: The sensitive information entity types to detect. Required. */
    struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_config_list entities;
};

/*
 * The configuration for a single sensitive information entity type to detect.
 */
struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_config {
    /* type: The PII entity type to detect. Required. One of enum
     * awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_type's
     * values (as its string). */
    const char *type;
};

/*
 * The sensitive information check results.
 */
struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result {
    /* results: The detected sensitive information entities. Required. */
    struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_list results;
    /* truncated: Specifies whether the results were truncated because the number
     * of detected entities exceeded the maximum limit. */
    bool has_truncated;
    bool truncated;
};

/*
 * The detection result for a single sensitive information entity found in the
 * evaluated messages.
 */
struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry {
    /* type: The PII entity type that was detected. Required. One of enum
     * awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_type's
     * values (as its string). */
    const char *type;
    /* confidenceScore: The confidence score for the detection, ranging from 0.0 to
     * 1.0. Higher values indicate greater confidence. Required. */
    bool has_confidence_score;
    double confidence_score;
    /* beginOffset: The start character offset of the detected entity within the
     * content block. Required. */
    bool has_begin_offset;
    int32_t begin_offset;
    /* endOffset: The end character offset of the detected entity within the
     * content block. Required. */
    bool has_end_offset;
    int32_t end_offset;
    /* messageIndex: The zero-based index of the message in the input messages
     * array where the entity was detected. Required. */
    bool has_message_index;
    int32_t message_index;
    /* contentIndex: The zero-based index of the content block within the message
     * where the entity was detected. Required. */
    bool has_content_index;
    int32_t content_index;
};

/*
 * The text unit usage for the sensitive information check.
 */
struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_usage {
    /* textUnits: The number of text units consumed by the sensitive information
     * check. Required. */
    bool has_text_units;
    int32_t text_units;
};

/*
 * The text unit usage for the guardrail checks evaluation, organized by check
 * type.
 */
struct awsc_bedrock_runtime_guardrail_checks_usage_results {
    /* contentFilter: The text unit usage for the content filter check. */
    struct awsc_bedrock_runtime_guardrail_checks_content_filter_usage *content_filter;
    /* promptAttack: The text unit usage for the prompt attack check. */
    struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_usage *prompt_attack;
    /* sensitiveInformation: The text unit usage for the sensitive information
     * check. */
    struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_usage *sensitive_information;
};

/*
 * Configuration information for a guardrail that you use with the Converse
 * operation.
 */
struct awsc_bedrock_runtime_guardrail_configuration {
    /* guardrailIdentifier: The identifier for the guardrail. */
    const char *guardrail_identifier;
    /* guardrailVersion: The version of the guardrail. */
    const char *guardrail_version;
    /* trace: The trace behavior for the guardrail. One of enum
     * awsc_bedrock_runtime_guardrail_trace's values (as its string). */
    const char *trace;
};

/*
 * The content block to be evaluated by the guardrail.
 */
struct awsc_bedrock_runtime_guardrail_content_block {
    /* text: Text within content block to be evaluated by the guardrail. */
    struct awsc_bedrock_runtime_guardrail_text_block *text;
    /* image: Image within guardrail content block to be evaluated by the
     * guardrail. */
    struct awsc_bedrock_runtime_guardrail_image_block *image;
};

/*
 * The content filter for a guardrail.
 */
struct awsc_bedrock_runtime_guardrail_content_filter {
    /* type: The guardrail type. Required. One of enum
     * awsc_bedrock_runtime_guardrail_content_filter_type's values (as its string). */
    const char *type;
    /* confidence: The guardrail confidence. Required. One of enum
     * awsc_bedrock_runtime_guardrail_content_filter_confidence's values (as its
     * string). */
    const char *confidence;
    /* filterStrength: The filter strength setting for the guardrail content
     * filter. One of enum awsc_bedrock_runtime_guardrail_content_filter_strength's
     * values (as its string). */
    const char *filter_strength;
    /* action: The guardrail action. Required. One of enum
     * awsc_bedrock_runtime_guardrail_content_policy_action's values (as its
     * string). */
    const char *action;
    /* detected: Indicates whether content that breaches the guardrail
     * configuration is detected. */
    bool has_detected;
    bool detected;
};

/*
 * An assessment of a content policy for a guardrail.
 */
struct awsc_bedrock_runtime_guardrail_content_policy_assessment {
    /* filters: The content policy filters. Required. */
    struct awsc_bedrock_runtime_guardrail_content_filter_list filters;
};

/*
 * The details for the guardrails contextual grounding filter.
 */
struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter {
    /* type: The contextual grounding filter type. Required. One of enum
     * awsc_bedrock_runtime_guardrail_contextual_grounding_filter_type's values (as
     * its string). */
    const char *type;
    /* threshold: The threshold used by contextual grounding filter to determine
     * whether the content is grounded or not. Required. */
    bool has_threshold;
    double threshold;
    /* score: The score generated by contextual grounding filter. Required. */
    bool has_score;
    double score;
    /* action: The action performed by the guardrails contextual grounding filter.
     * Required. One of enum
     * awsc_bedrock_runtime_guardrail_contextual_grounding_policy_action's values
     * (as its string). */
    const char *action;
    /* detected: Indicates whether content that fails the contextual grounding
     * evaluation (grounding or relevance score less than the corresponding
     * threshold) was detected. */
    bool has_detected;
    bool detected;
};

/*
 * The policy assessment details for the guardrails contextual grounding
 * filter.
 */
struct awsc_bedrock_runtime_guardrail_contextual_grounding_policy_assessment {
    /* filters: The filter details for the guardrails contextual grounding filter. */
    struct awsc_bedrock_runtime_guardrail_contextual_grounding_filters filters;
};

/*
 * A content block for selective guarding with the Converse or ConverseStream
 * API operations.
 */
struct awsc_bedrock_runtime_guardrail_converse_content_block {
    /* text: The text to guard. */
    struct awsc_bedrock_runtime_guardrail_converse_text_block *text;
    /* image: Image within converse content block to be evaluated by the guardrail. */
    struct awsc_bedrock_runtime_guardrail_converse_image_block *image;
};

/*
 * An image block that contains images that you want to assess with a
 * guardrail.
 */
struct awsc_bedrock_runtime_guardrail_converse_image_block {
    /* format: The format details for the image type of the guardrail converse
     * image block. Required. One of enum
     * awsc_bedrock_runtime_guardrail_converse_image_format's values (as its
     * string). */
    const char *format;
    /* source: The image source (image bytes) of the guardrail converse image
     * block. Required. */
    struct awsc_bedrock_runtime_guardrail_converse_image_source *source;
};

/*
 * The image source (image bytes) of the guardrail converse image source.
 */
struct awsc_bedrock_runtime_guardrail_converse_image_source {
    /* bytes: The raw image bytes for the image. */
    struct awsc_blob bytes;
};

/*
 * A text block that contains text that you want to assess with a guardrail.
 * For more information, see GuardrailConverseContentBlock .
 */
struct awsc_bedrock_runtime_guardrail_converse_text_block {
    /* text: The text that you want to guard. Required. */
    const char *text;
    /* qualifiers: The qualifier details for the guardrails contextual grounding
     * filter. */
    struct awsc_bedrock_runtime_guardrail_origin_list qualifiers;
};

/*
 * The action of the guardrail coverage details.
 */
struct awsc_bedrock_runtime_guardrail_coverage {
    /* textCharacters: The text characters of the guardrail coverage details. */
    struct awsc_bedrock_runtime_guardrail_text_characters_coverage *text_characters;
    /* images: The guardrail coverage for images (the number of images that
     * guardrails guarded). */
    struct awsc_bedrock_runtime_guardrail_image_coverage *images;
};

/*
 * A custom word configured in a guardrail.
 */
struct awsc_bedrock_runtime_guardrail_custom_word {
    /* match: The match for the custom word. Required. */
    const char *match;
    /* action: The action for the custom word. Required. One of enum
     * awsc_bedrock_runtime_guardrail_word_policy_action's values (as its string). */
    const char *action;
    /* detected: Indicates whether custom word content that breaches the guardrail
     * configuration is detected. */
    bool has_detected;
    bool detected;
};

/*
 * Contain an image which user wants guarded. This block is accepted by the
 * guardrails independent API.
 */
struct awsc_bedrock_runtime_guardrail_image_block {
    /* format: The format details for the file type of the image blocked by the
     * guardrail. Required. One of enum
     * awsc_bedrock_runtime_guardrail_image_format's values (as its string). */
    const char *format;
    /* source: The image source (image bytes) details of the image blocked by the
     * guardrail. Required. */
    struct awsc_bedrock_runtime_guardrail_image_source *source;
};

/*
 * The details of the guardrail image coverage.
 */
struct awsc_bedrock_runtime_guardrail_image_coverage {
    /* guarded: The count (integer) of images guardrails guarded. */
    bool has_guarded;
    int32_t guarded;
    /* total: Represents the total number of images (integer) that were in the
     * request (guarded and unguarded). */
    bool has_total;
    int32_t total;
};

/*
 * The image source (image bytes) of the guardrail image source. Object used in
 * independent api.
 */
struct awsc_bedrock_runtime_guardrail_image_source {
    /* bytes: The bytes details of the guardrail image source. Object used in
     * independent api. */
    struct awsc_blob bytes;
};

/*
 * The invocation metrics for the guardrail.
 */
struct awsc_bedrock_runtime_guardrail_invocation_metrics {
    /* guardrailProcessingLatency: The processing latency details for the guardrail
     * invocation metrics. */
    bool has_guardrail_processing_latency;
    int64_t guardrail_processing_latency;
    /* usage: The usage details for the guardrail invocation metrics. */
    struct awsc_bedrock_runtime_guardrail_usage *usage;
    /* guardrailCoverage: The coverage details for the guardrail invocation
     * metrics. */
    struct awsc_bedrock_runtime_guardrail_coverage *guardrail_coverage;
};

/*
 * A managed word configured in a guardrail.
 */
struct awsc_bedrock_runtime_guardrail_managed_word {
    /* match: The match for the managed word. Required. */
    const char *match;
    /* type: The type for the managed word. Required. One of enum
     * awsc_bedrock_runtime_guardrail_managed_word_type's values (as its string). */
    const char *type;
    /* action: The action for the managed word. Required. One of enum
     * awsc_bedrock_runtime_guardrail_word_policy_action's values (as its string). */
    const char *action;
    /* detected: Indicates whether managed word content that breaches the guardrail
     * configuration is detected. */
    bool has_detected;
    bool detected;
};

/*
 * The output content produced by the guardrail.
 */
struct awsc_bedrock_runtime_guardrail_output_content {
    /* text: The specific text for the output content produced by the guardrail. */
    const char *text;
};

/*
 * A Personally Identifiable Information (PII) entity configured in a
 * guardrail.
 */
struct awsc_bedrock_runtime_guardrail_pii_entity_filter {
    /* match: The PII entity filter match. Required. */
    const char *match;
    /* type: The PII entity filter type. Required. One of enum
     * awsc_bedrock_runtime_guardrail_pii_entity_type's values (as its string). */
    const char *type;
    /* action: The PII entity filter action. Required. One of enum
     * awsc_bedrock_runtime_guardrail_sensitive_information_policy_action's values
     * (as its string). */
    const char *action;
    /* detected: Indicates whether personally identifiable information (PII) that
     * breaches the guardrail configuration is detected. */
    bool has_detected;
    bool detected;
};

/*
 * A Regex filter configured in a guardrail.
 */
struct awsc_bedrock_runtime_guardrail_regex_filter {
    /* name: The regex filter name. */
    const char *name;
    /* match: The regesx filter match. */
    const char *match;
    /* regex: The regex query. */
    const char *regex;
    /* action: The region filter action. Required. One of enum
     * awsc_bedrock_runtime_guardrail_sensitive_information_policy_action's values
     * (as its string). */
    const char *action;
    /* detected: Indicates whether custom regex entities that breach the guardrail
     * configuration are detected. */
    bool has_detected;
    bool detected;
};

/*
 * The assessment for a Personally Identifiable Information (PII) policy.
 */
struct awsc_bedrock_runtime_guardrail_sensitive_information_policy_assessment {
    /* piiEntities: The PII entities in the assessment. Required. */
    struct awsc_bedrock_runtime_guardrail_pii_entity_filter_list pii_entities;
    /* regexes: The regex queries in the assessment. Required. */
    struct awsc_bedrock_runtime_guardrail_regex_filter_list regexes;
};

/*
 * Configuration information for a guardrail that you use with the
 * ConverseStream action.
 */
struct awsc_bedrock_runtime_guardrail_stream_configuration {
    /* guardrailIdentifier: The identifier for the guardrail. */
    const char *guardrail_identifier;
    /* guardrailVersion: The version of the guardrail. */
    const char *guardrail_version;
    /* trace: The trace behavior for the guardrail. One of enum
     * awsc_bedrock_runtime_guardrail_trace's values (as its string). */
    const char *trace;
    /* streamProcessingMode: The processing mode. The processing mode. For more
     * information, see Configure streaming response behavior in the Amazon Bedrock
     * User Guide . One of enum
     * awsc_bedrock_runtime_guardrail_stream_processing_mode's values (as its
     * string). */
    const char *stream_processing_mode;
};

/*
 * The text block to be evaluated by the guardrail.
 */
struct awsc_bedrock_runtime_guardrail_text_block {
    /* text: The input text details to be evaluated by the guardrail. Required. */
    const char *text;
    /* qualifiers: The qualifiers describing the text block. */
    struct awsc_bedrock_runtime_guardrail_origin_list qualifiers;
};

/*
 * The guardrail coverage for the text characters.
 */
struct awsc_bedrock_runtime_guardrail_text_characters_coverage {
    /* guarded: The text characters that were guarded by the guardrail coverage. */
    bool has_guarded;
    int32_t guarded;
    /* total: The total text characters by the guardrail coverage. */
    bool has_total;
    int32_t total;
};

/*
 * Information about a topic guardrail.
 */
struct awsc_bedrock_runtime_guardrail_topic {
    /* name: The name for the guardrail. Required. */
    const char *name;
    /* type: The type behavior that the guardrail should perform when the model
     * detects the topic. Required. One of enum
     * awsc_bedrock_runtime_guardrail_topic_type's values (as its string). */
    const char *type;
    /* action: The action the guardrail should take when it intervenes on a topic.
     * Required. One of enum awsc_bedrock_runtime_guardrail_topic_policy_action's
     * values (as its string). */
    const char *action;
    /* detected: Indicates whether topic content that breaches the guardrail
     * configuration is detected. */
    bool has_detected;
    bool detected;
};

/*
 * A behavior assessment of a topic policy.
 */
struct awsc_bedrock_runtime_guardrail_topic_policy_assessment {
    /* topics: The topics in the assessment. Required. */
    struct awsc_bedrock_runtime_guardrail_topic_list topics;
};

/*
 * A Top level guardrail trace object. For more information, see ConverseTrace
 * .
 */
struct awsc_bedrock_runtime_guardrail_trace_assessment {
    /* modelOutput: The output from the model. */
    struct awsc_bedrock_runtime_guardrail_origin_list model_output;
    /* inputAssessment: The input assessment. */
    struct awsc_bedrock_runtime_guardrail_assessment_map input_assessment;
    /* outputAssessments: the output assessments. */
    struct awsc_bedrock_runtime_guardrail_assessment_list_map output_assessments;
    /* actionReason: Provides the reason for the action taken when harmful content
     * is detected. */
    const char *action_reason;
};

/*
 * The details on the use of the guardrail.
 */
struct awsc_bedrock_runtime_guardrail_usage {
    /* topicPolicyUnits: The topic policy units processed by the guardrail.
     * Required. */
    bool has_topic_policy_units;
    int32_t topic_policy_units;
    /* contentPolicyUnits: The content policy units processed by the guardrail.
     * Required. */
    bool has_content_policy_units;
    int32_t content_policy_units;
    /* wordPolicyUnits: The word policy units processed by the guardrail. Required. */
    bool has_word_policy_units;
    int32_t word_policy_units;
    /* sensitiveInformationPolicyUnits: The sensitive information policy units
     * processed by the guardrail. Required. */
    bool has_sensitive_information_policy_units;
    int32_t sensitive_information_policy_units;
    /* sensitiveInformationPolicyFreeUnits: The sensitive information policy free
     * units processed by the guardrail. Required. */
    bool has_sensitive_information_policy_free_units;
    int32_t sensitive_information_policy_free_units;
    /* contextualGroundingPolicyUnits: The contextual grounding policy units
     * processed by the guardrail. Required. */
    bool has_contextual_grounding_policy_units;
    int32_t contextual_grounding_policy_units;
    /* contentPolicyImageUnits: The content policy image units processed by the
     * guardrail. */
    bool has_content_policy_image_units;
    int32_t content_policy_image_units;
    /* automatedReasoningPolicyUnits: The number of text units processed by the
     * automated reasoning policy. */
    bool has_automated_reasoning_policy_units;
    int32_t automated_reasoning_policy_units;
    /* automatedReasoningPolicies: The number of automated reasoning policies that
     * were processed during the guardrail evaluation. */
    bool has_automated_reasoning_policies;
    int32_t automated_reasoning_policies;
};

/*
 * The word policy assessment.
 */
struct awsc_bedrock_runtime_guardrail_word_policy_assessment {
    /* customWords: Custom words in the assessment. Required. */
    struct awsc_bedrock_runtime_guardrail_custom_word_list custom_words;
    /* managedWordLists: Managed word lists in the assessment. Required. */
    struct awsc_bedrock_runtime_guardrail_managed_word_list managed_word_lists;
};

/*
 * Image content for a message.
 */
struct awsc_bedrock_runtime_image_block {
    /* format: The format of the image. Required. One of enum
     * awsc_bedrock_runtime_image_format's values (as its string). */
    const char *format;
    /* source: The source for the image. Required. */
    struct awsc_bedrock_runtime_image_source *source;
    /* error: Error information if the image block could not be processed or
     * contains invalid data. */
    struct awsc_bedrock_runtime_error_block *error;
};

/*
 * A streaming delta event that contains incremental image data during
 * streaming responses.
 */
struct awsc_bedrock_runtime_image_block_delta {
    /* source: The incremental image source data for this delta event. */
    struct awsc_bedrock_runtime_image_source *source;
    /* error: Error information if this image delta could not be processed. */
    struct awsc_bedrock_runtime_error_block *error;
};

/*
 * The initial event in a streaming image block that indicates the start of
 * image content.
 */
struct awsc_bedrock_runtime_image_block_start {
    /* format: The format of the image data that will be streamed in subsequent
     * delta events. Required. One of enum awsc_bedrock_runtime_image_format's
     * values (as its string). */
    const char *format;
};

/*
 * The source for an image.
 */
struct awsc_bedrock_runtime_image_source {
    /* bytes: The raw image bytes for the image. If you use an AWS SDK, you don't
     * need to encode the image bytes in base64. */
    struct awsc_blob bytes;
    /* s3Location: The location of an image object in an Amazon S3 bucket. To see
     * which models support S3 uploads, see Supported models and features for
     * Converse . */
    struct awsc_bedrock_runtime_s3_location *s3_location;
};

/*
 * Base inference parameters to pass to a model in a call to Converse or
 * ConverseStream . For more information, see Inference parameters for
 * foundation models .
 */
struct awsc_bedrock_runtime_inference_configuration {
    /* maxTokens: The maximum number of tokens to allow in the generated response.
     * The default value is the maximum allowed value for the model that you are
     * using. */
    bool has_max_tokens;
    int32_t max_tokens;
    /* temperature: The likelihood of the model selecting higher-probability
     * options while generating a response. */
    bool has_temperature;
    float temperature;
    /* topP: The percentage of most-likely candidates that the model considers for
     * the next token. */
    bool has_top_p;
    float top_p;
    /* stopSequences: A list of stop sequences. A stop sequence is a sequence of
     * characters that causes the model to stop generating the response. */
    struct awsc_bedrock_runtime_guardrail_origin_list stop_sequences;
};

/*
 * An internal server error occurred. For troubleshooting this error, see
 * InternalFailure in the Amazon Bedrock User Guide
 */
struct awsc_bedrock_runtime_internal_server_exception {
    /* message: */
    const char *message;
};

/* InvokeGuardrailChecksRequest */
struct awsc_bedrock_runtime_invoke_guardrail_checks_input {
    /* messages: The messages to evaluate against the specified guardrail checks.
     * Each message includes a role and one or more content blocks. Required. */
    struct awsc_bedrock_runtime_guardrail_checks_message_list messages;
    /* checks: The inline check configurations that specify which guardrail checks
     * to run against the messages. Required. */
    struct awsc_bedrock_runtime_guardrail_checks_config *checks;
};

/* InvokeGuardrailChecksResponse */
struct awsc_bedrock_runtime_invoke_guardrail_checks_output {
    /* results: The per-check results containing findings from the guardrail
     * evaluation. Required. */
    struct awsc_bedrock_runtime_guardrail_checks_results *results;
    /* usage: The per-check text unit consumption for the guardrail evaluation.
     * Required. */
    struct awsc_bedrock_runtime_guardrail_checks_usage_results *usage;
};

/* InvokeModelRequest */
struct awsc_bedrock_runtime_invoke_model_input {
    /* body: The prompt and inference parameters in the format specified in the
     * contentType in the header. You must provide the body in JSON format. */
    struct awsc_blob body;
    /* contentType: The MIME type of the input data in the request. You must
     * specify application/json . */
    const char *content_type;
    /* accept: The desired MIME type of the inference body in the response. The
     * default value is application/json . */
    const char *accept;
    /* modelId: The unique identifier of the model to invoke to run inference.
     * Required. */
    const char *model_id;
    /* trace: Specifies whether to enable or disable the Bedrock trace. If enabled,
     * you can see the full Bedrock trace. One of enum awsc_bedrock_runtime_trace's
     * values (as its string). */
    const char *trace;
    /* guardrailIdentifier: The unique identifier of the guardrail that you want to
     * use. If you don't provide a value, no guardrail is applied to the
     * invocation. */
    const char *guardrail_identifier;
    /* guardrailVersion: The version number for the guardrail. The value can also
     * be DRAFT . */
    const char *guardrail_version;
    /* performanceConfigLatency: Model performance settings for the request. One of
     * enum awsc_bedrock_runtime_performance_config_latency's values (as its
     * string). */
    const char *performance_config_latency;
    /* serviceTier: Specifies the processing tier type used for serving the
     * request. One of enum awsc_bedrock_runtime_service_tier_type's values (as its
     * string). */
    const char *service_tier;
    /* requestMetadata: Key-value pairs that you can use to filter invocation logs. */
    const char *request_metadata;
};

/* InvokeModelResponse */
struct awsc_bedrock_runtime_invoke_model_output {
    /* body: Inference response from the model in the format specified in the
     * contentType header. Required. */
    struct awsc_blob body;
    /* contentType: The MIME type of the inference result. Required. */
    const char *content_type;
    /* performanceConfigLatency: Model performance settings for the request. One of
     * enum awsc_bedrock_runtime_performance_config_latency's values (as its
     * string). */
    const char *performance_config_latency;
    /* serviceTier: Specifies the processing tier type used for serving the
     * request. One of enum awsc_bedrock_runtime_service_tier_type's values (as its
     * string). */
    const char *service_tier;
};

/*
 * The body of an InvokeModel API request for token counting. This structure
 * mirrors the input format for the InvokeModel operation, allowing you to
 * count tokens for raw text inference requests.
 */
struct awsc_bedrock_runtime_invoke_model_tokens_request {
    /* body: The request body to count tokens for, formatted according to the
     * model's expected input format. To learn about the input format for different
     * models, see Model inference parameters and responses . Required. */
    struct awsc_blob body;
};

/*
 * Payload content, the speech chunk, for the bidirectional input of the
 * invocation step.
 */
struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_input {
    /* chunk: The audio chunk that is used as input for the invocation step. */
    struct awsc_bedrock_runtime_bidirectional_input_payload_part *chunk;
};

/*
 * Output from the bidirectional stream that was used for model invocation.
 */
struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event {
    /* chunk: The speech chunk that was provided as output from the invocation
     * step. */
    struct awsc_bedrock_runtime_bidirectional_output_payload_part *chunk;
    /* internalServerException: The request encountered an unknown internal error. */
    struct awsc_bedrock_runtime_internal_server_exception *internal_server_exception;
    /* modelStreamErrorException: The request encountered an error with the model
     * stream. */
    struct awsc_bedrock_runtime_model_stream_error_exception *model_stream_error_exception;
    /* validationException: The input fails to satisfy the constraints specified by
     * an Amazon Web Services service. */
    struct awsc_bedrock_runtime_validation_exception *validation_exception;
    /* throttlingException: The request was denied due to request throttling. */
    struct awsc_bedrock_runtime_throttling_exception *throttling_exception;
    /* modelTimeoutException: The connection was closed because a request was not
     * received within the timeout period. */
    struct awsc_bedrock_runtime_model_timeout_exception *model_timeout_exception;
    /* serviceUnavailableException: The request has failed due to a temporary
     * failure of the server. */
    struct awsc_bedrock_runtime_service_unavailable_exception *service_unavailable_exception;
};

/* InvokeModelWithBidirectionalStreamRequest */
struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_request {
    /* modelId: The model ID or ARN of the model ID to use. Currently, only
     * amazon.nova-sonic-v1:0 is supported. Required. */
    const char *model_id;
    /* body: The prompt and inference parameters in the format specified in the
     * BidirectionalInputPayloadPart in the header. You must provide the body in
     * JSON format. Required. */
    struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_input *body;
};

/* InvokeModelWithBidirectionalStreamResponse */
struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_output {
    /* body: Streaming response from the model in the format specified by the
     * BidirectionalOutputPayloadPart header. Required.
     * Not filled: each event goes to the call's event callback as it arrives. */
    struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event *body;
};

/* InvokeModelWithResponseStreamRequest */
struct awsc_bedrock_runtime_invoke_model_with_response_stream_input {
    /* body: The prompt and inference parameters in the format specified in the
     * contentType in the header. You must provide the body in JSON format. */
    struct awsc_blob body;
    /* contentType: The MIME type of the input data in the request. You must
     * specify application/json . */
    const char *content_type;
    /* accept: The desired MIME type of the inference body in the response. The
     * default value is application/json . */
    const char *accept;
    /* modelId: The unique identifier of the model to invoke to run inference.
     * Required. */
    const char *model_id;
    /* trace: Specifies whether to enable or disable the Bedrock trace. If enabled,
     * you can see the full Bedrock trace. One of enum awsc_bedrock_runtime_trace's
     * values (as its string). */
    const char *trace;
    /* guardrailIdentifier: The unique identifier of the guardrail that you want to
     * use. If you don't provide a value, no guardrail is applied to the
     * invocation. */
    const char *guardrail_identifier;
    /* guardrailVersion: The version number for the guardrail. The value can also
     * be DRAFT . */
    const char *guardrail_version;
    /* performanceConfigLatency: Model performance settings for the request. One of
     * enum awsc_bedrock_runtime_performance_config_latency's values (as its
     * string). */
    const char *performance_config_latency;
    /* serviceTier: Specifies the processing tier type used for serving the
     * request. One of enum awsc_bedrock_runtime_service_tier_type's values (as its
     * string). */
    const char *service_tier;
    /* requestMetadata: Key-value pairs that you can use to filter invocation logs. */
    const char *request_metadata;
};

/* InvokeModelWithResponseStreamResponse */
struct awsc_bedrock_runtime_invoke_model_with_response_stream_output {
    /* body: Inference response from the model in the format specified by the
     * contentType header. To see the format and content of this field for
     * different models, refer to Inference parameters . Required.
     * Not filled: each event goes to the call's event callback as it arrives. */
    struct awsc_bedrock_runtime_invoke_model_with_response_stream_event *body;
    /* contentType: The MIME type of the inference result. Required. */
    const char *content_type;
    /* performanceConfigLatency: Model performance settings for the request. One of
     * enum awsc_bedrock_runtime_performance_config_latency's values (as its
     * string). */
    const char *performance_config_latency;
    /* serviceTier: Specifies the processing tier type used for serving the
     * request. One of enum awsc_bedrock_runtime_service_tier_type's values (as its
     * string). */
    const char *service_tier;
};

/*
 * JSON schema structured output format options.
 */
struct awsc_bedrock_runtime_json_schema_definition {
    /* schema: The JSON schema to constrain the model's output. For more
     * information, see JSON Schema Reference . Required. */
    const char *schema;
    /* name: The name of the JSON schema. */
    const char *name;
    /* description: A description of the JSON schema. */
    const char *description;
};

/* ListAsyncInvokesRequest */
struct awsc_bedrock_runtime_list_async_invokes_input {
    /* submitTimeAfter: Include invocations submitted after this time. */
    bool has_submit_time_after;
    struct awsc_timestamp submit_time_after;
    /* submitTimeBefore: Include invocations submitted before this time. */
    bool has_submit_time_before;
    struct awsc_timestamp submit_time_before;
    /* statusEquals: Filter invocations by status. One of enum
     * awsc_bedrock_runtime_async_invoke_status's values (as its string). */
    const char *status_equals;
    /* maxResults: The maximum number of invocations to return in one page of
     * results. */
    bool has_max_results;
    int32_t max_results;
    /* nextToken: Specify the pagination token from a previous request to retrieve
     * the next page of results. */
    const char *next_token;
    /* sortBy: How to sort the response. One of enum
     * awsc_bedrock_runtime_sort_async_invocation_by's values (as its string). */
    const char *sort_by;
    /* sortOrder: The sorting order for the response. One of enum
     * awsc_bedrock_runtime_sort_order's values (as its string). */
    const char *sort_order;
};

/* ListAsyncInvokesResponse */
struct awsc_bedrock_runtime_list_async_invokes_output {
    /* nextToken: Specify the pagination token from a previous request to retrieve
     * the next page of results. */
    const char *next_token;
    /* asyncInvokeSummaries: A list of invocation summaries. */
    struct awsc_bedrock_runtime_async_invoke_summaries async_invoke_summaries;
};

/*
 * A message input, or returned from, a call to Converse or ConverseStream .
 */
struct awsc_bedrock_runtime_message {
    /* role: The role that the message plays in the message. Required. One of enum
     * awsc_bedrock_runtime_conversation_role's values (as its string). */
    const char *role;
    /* content: The message content. Note the following restrictions: You can
     * include up to 20 images. Each image's size, height, and width must be no
     * more than 3.75 MB, 8000 px, and 8000 px, respectively. Required. */
    struct awsc_bedrock_runtime_content_blocks content;
};

/*
 * The start of a message.
 */
struct awsc_bedrock_runtime_message_start_event {
    /* role: The role for the message. Required. One of enum
     * awsc_bedrock_runtime_conversation_role's values (as its string). */
    const char *role;
};

/*
 * The stop event for a message.
 */
struct awsc_bedrock_runtime_message_stop_event {
    /* stopReason: The reason why the model stopped generating output. Required.
     * One of enum awsc_bedrock_runtime_stop_reason's values (as its string). */
    const char *stop_reason;
    /* additionalModelResponseFields: The additional model response fields. */
    struct awsc_document *additional_model_response_fields;
};

/*
 * The request failed due to an error while processing the model.
 */
struct awsc_bedrock_runtime_model_error_exception {
    /* message: */
    const char *message;
    /* originalStatusCode: The original status code. */
    bool has_original_status_code;
    int32_t original_status_code;
    /* resourceName: The resource name. */
    const char *resource_name;
};

/*
 * The model specified in the request is not ready to serve inference requests.
 * The AWS SDK will automatically retry the operation up to 5 times. For
 * information about configuring automatic retries, see Retry behavior in the
 * AWS SDKs and Tools reference guide.
 */
struct awsc_bedrock_runtime_model_not_ready_exception {
    /* message: */
    const char *message;
};

/*
 * An error occurred while streaming the response. Retry your request.
 */
struct awsc_bedrock_runtime_model_stream_error_exception {
    /* message: */
    const char *message;
    /* originalStatusCode: The original status code. */
    bool has_original_status_code;
    int32_t original_status_code;
    /* originalMessage: The original message. */
    const char *original_message;
};

/*
 * The request took too long to process. Processing time exceeded the model
 * timeout length.
 */
struct awsc_bedrock_runtime_model_timeout_exception {
    /* message: */
    const char *message;
};

/*
 * Output configuration for a model response in a call to Converse or
 * ConverseStream .
 */
struct awsc_bedrock_runtime_output_config {
    /* textFormat: Structured output parameters to control the model's text
     * response. */
    struct awsc_bedrock_runtime_output_format *text_format;
    /* effort: The effort level for the model to use when generating a response.
     * Higher effort levels allow the model to spend more time reasoning before
     * responding. */
    const char *effort;
};

/*
 * Structured output parameters to control the model's response.
 */
struct awsc_bedrock_runtime_output_format {
    /* type: The type of structured output format. Required. One of enum
     * awsc_bedrock_runtime_output_format_type's values (as its string). */
    const char *type;
    /* structure: The structure that the model's output must adhere to. Required. */
    struct awsc_bedrock_runtime_output_format_structure *structure;
};

/*
 * The structure that the model's output must adhere to.
 */
struct awsc_bedrock_runtime_output_format_structure {
    /* jsonSchema: A JSON schema structure that the model's output must adhere to. */
    struct awsc_bedrock_runtime_json_schema_definition *json_schema;
};

/*
 * Payload content included in the response.
 */
struct awsc_bedrock_runtime_payload_part {
    /* bytes: Base64-encoded bytes of payload data. */
    struct awsc_blob bytes;
};

/*
 * Performance settings for a model.
 */
struct awsc_bedrock_runtime_performance_configuration {
    /* latency: To use a latency-optimized version of the model, set to optimized .
     * One of enum awsc_bedrock_runtime_performance_config_latency's values (as its
     * string). */
    const char *latency;
};

/*
 * A prompt router trace.
 */
struct awsc_bedrock_runtime_prompt_router_trace {
    /* invokedModelId: The ID of the invoked model. */
    const char *invoked_model_id;
};

/*
 * Contains a map of variables in a prompt from Prompt management to an object
 * containing the values to fill in for them when running model invocation. For
 * more information, see How Prompt management works .
 */
struct awsc_bedrock_runtime_prompt_variable_values {
    /* text: The text value that the variable maps to. */
    const char *text;
};

/*
 * Contains content regarding the reasoning that is carried out by the model
 * with respect to the content in the content block. Reasoning refers to a
 * Chain of Thought (CoT) that the model generates to enhance the accuracy of
 * its final response.
 */
struct awsc_bedrock_runtime_reasoning_content_block {
    /* reasoningText: The reasoning that the model used to return the output. */
    struct awsc_bedrock_runtime_reasoning_text_block *reasoning_text;
    /* redactedContent: The content in the reasoning that was encrypted by the
     * model provider for safety reasons. The encryption doesn't affect the quality
     * of responses. */
    struct awsc_blob redacted_content;
};

/*
 * Contains content regarding the reasoning that is carried out by the model
 * with respect to the content in the content block. Reasoning refers to a
 * Chain of Thought (CoT) that the model generates to enhance the accuracy of
 * its final response.
 */
struct awsc_bedrock_runtime_reasoning_content_block_delta {
    /* text: The reasoning that the model used to return the output. */
    const char *text;
    /* redactedContent: The content in the reasoning that was encrypted by the
     * model provider for safety reasons. The encryption doesn't affect the quality
     * of responses. */
    struct awsc_blob redacted_content;
    /* signature: A token that verifies that the reasoning text was generated by
     * the model. If you pass a reasoning block back to the API in a multi-turn
     * conversation, include the text and its signature unmodified. */
    const char *signature;
};

/*
 * Contains the reasoning that the model used to return the output.
 */
struct awsc_bedrock_runtime_reasoning_text_block {
    /* text: The reasoning that the model used to return the output. Required. */
    const char *text;
    /* signature: A token that verifies that the reasoning text was generated by
     * the model. If you pass a reasoning block back to the API in a multi-turn
     * conversation, include the text and its signature unmodified. */
    const char *signature;
};

/*
 * The specified resource ARN was not found. For troubleshooting this error,
 * see ResourceNotFound in the Amazon Bedrock User Guide
 */
struct awsc_bedrock_runtime_resource_not_found_exception {
    /* message: */
    const char *message;
};

/*
 * Definition of content in the response stream.
 */
struct awsc_bedrock_runtime_invoke_model_with_response_stream_event {
    /* chunk: Content included in the response. */
    struct awsc_bedrock_runtime_payload_part *chunk;
    /* internalServerException: An internal server error occurred. Retry your
     * request. */
    struct awsc_bedrock_runtime_internal_server_exception *internal_server_exception;
    /* modelStreamErrorException: An error occurred while streaming the response.
     * Retry your request. */
    struct awsc_bedrock_runtime_model_stream_error_exception *model_stream_error_exception;
    /* validationException: Input validation failed. Check your request parameters
     * and retry the request. */
    struct awsc_bedrock_runtime_validation_exception *validation_exception;
    /* throttlingException: Your request was throttled because of service-wide
     * limitations. Resubmit your request later or in a different region. */
    struct awsc_bedrock_runtime_throttling_exception *throttling_exception;
    /* modelTimeoutException: The request took too long to process. Processing time
     * exceeded the model timeout length. */
    struct awsc_bedrock_runtime_model_timeout_exception *model_timeout_exception;
    /* serviceUnavailableException: The service isn't available. Try again later. */
    struct awsc_bedrock_runtime_service_unavailable_exception *service_unavailable_exception;
};

/*
 * A storage location in an Amazon S3 bucket.
 */
struct awsc_bedrock_runtime_s3_location {
    /* uri: An object URI starting with s3:// . Required. */
    const char *uri;
    /* bucketOwner: If the bucket belongs to another AWS account, specify that
     * account's ID. */
    const char *bucket_owner;
};

/*
 * A search result block that enables natural citations with proper source
 * attribution for retrieved content. This field is only supported by Anthropic
 * Claude Opus 4.1, Opus 4, Sonnet 4.5, Sonnet 4, Sonnet 3.7, and 3.5 Haiku
 * models.
 */
struct awsc_bedrock_runtime_search_result_block {
    /* source: The source URL or identifier for the content. Required. */
    const char *source;
    /* title: A descriptive title for the search result. Required. */
    const char *title;
    /* content: An array of search result content block. Required. */
    struct awsc_bedrock_runtime_search_result_content_blocks content;
    /* citations: Configuration setting for citations */
    struct awsc_bedrock_runtime_citations_config *citations;
};

/*
 * A block within a search result that contains the content.
 */
struct awsc_bedrock_runtime_search_result_content_block {
    /* text: The actual text content Required. */
    const char *text;
};

/*
 * Specifies a search result location within the content array, providing
 * positioning information for cited content using search result index and
 * block positions.
 */
struct awsc_bedrock_runtime_search_result_location {
    /* searchResultIndex: The index of the search result content block where the
     * cited content is found. */
    bool has_search_result_index;
    int32_t search_result_index;
    /* start: The starting position in the content array where the cited content
     * begins. */
    bool has_start;
    int32_t start;
    /* end: The ending position in the content array where the cited content ends. */
    bool has_end;
    int32_t end;
};

/*
 * Your request exceeds the service quota for your account. You can view your
 * quotas at Viewing service quotas . You can resubmit your request later.
 */
struct awsc_bedrock_runtime_service_quota_exceeded_exception {
    /* message: */
    const char *message;
};

/*
 * Specifies the processing tier configuration used for serving the request.
 */
struct awsc_bedrock_runtime_service_tier {
    /* type: Specifies the processing tier type used for serving the request.
     * Required. One of enum awsc_bedrock_runtime_service_tier_type's values (as
     * its string). */
    const char *type;
};

/*
 * The service isn't currently available. For troubleshooting this error, see
 * ServiceUnavailable in the Amazon Bedrock User Guide
 */
struct awsc_bedrock_runtime_service_unavailable_exception {
    /* message: */
    const char *message;
};

/*
 * The model must request a specific tool. For example, {"tool" : {"name" :
 * "Your tool name"}} . For more information, see Call a tool with the Converse
 * API in the Amazon Bedrock User Guide This field is only supported by
 * Anthropic Claude 3 models.
 */
struct awsc_bedrock_runtime_specific_tool_choice {
    /* name: The name of the tool that the model must request. Required. */
    const char *name;
};

/* StartAsyncInvokeRequest */
struct awsc_bedrock_runtime_start_async_invoke_input {
    /* clientRequestToken: Specify idempotency token to ensure that requests are
     * not duplicated. */
    const char *client_request_token;
    /* modelId: The model to invoke. Required. */
    const char *model_id;
    /* modelInput: Input to send to the model. Required. */
    struct awsc_document *model_input;
    /* outputDataConfig: Where to store the output. Required. */
    struct awsc_bedrock_runtime_async_invoke_output_data_config *output_data_config;
    /* tags: Tags to apply to the invocation. */
    struct awsc_bedrock_runtime_tag_list tags;
};

/* StartAsyncInvokeResponse */
struct awsc_bedrock_runtime_start_async_invoke_output {
    /* invocationArn: The ARN of the invocation. Required. */
    const char *invocation_arn;
};

/*
 * Contains configurations for instructions to provide the model for how to
 * handle input. To learn more, see Using the Converse API .
 */
struct awsc_bedrock_runtime_system_content_block {
    /* text: A system prompt for the model. */
    const char *text;
    /* guardContent: A content block to assess with the guardrail. Use with the
     * Converse or ConverseStream API operations. */
    struct awsc_bedrock_runtime_guardrail_converse_content_block *guard_content;
    /* cachePoint: CachePoint to include in the system prompt. */
    struct awsc_bedrock_runtime_cache_point_block *cache_point;
};

/*
 * Specifies a system-defined tool for the model to use. System-defined tools
 * are tools that are created and provided by the model provider.
 */
struct awsc_bedrock_runtime_system_tool {
    /* name: The name of the system-defined tool that you want to call. Required. */
    const char *name;
};

/*
 * A tag.
 */
struct awsc_bedrock_runtime_tag {
    /* key: The tag's key. Required. */
    const char *key;
    /* value: The tag's value. Required. */
    const char *value;
};

/*
 * Your request was denied due to exceeding the account quotas for Amazon
 * Bedrock . For troubleshooting this error, see ThrottlingException in the
 * Amazon Bedrock User Guide
 */
struct awsc_bedrock_runtime_throttling_exception {
    /* message: */
    const char *message;
};

/*
 * The tokens used in a message API inference call.
 */
struct awsc_bedrock_runtime_token_usage {
    /* inputTokens: The number of tokens sent in the request to the model.
     * Required. */
    bool has_input_tokens;
    int32_t input_tokens;
    /* outputTokens: The number of tokens that the model generated for the request.
     * Required. */
    bool has_output_tokens;
    int32_t output_tokens;
    /* totalTokens: The total of input tokens and tokens generated by the model.
     * Required. */
    bool has_total_tokens;
    int32_t total_tokens;
    /* cacheReadInputTokens: The number of input tokens read from the cache for the
     * request. */
    bool has_cache_read_input_tokens;
    int32_t cache_read_input_tokens;
    /* cacheWriteInputTokens: The number of input tokens written to the cache for
     * the request. */
    bool has_cache_write_input_tokens;
    int32_t cache_write_input_tokens;
    /* cacheDetails: Detailed breakdown of cache writes by TTL. Empty if no cache
     * creation occurred. Sorted by TTL duration (1h before 5m). */
    struct awsc_bedrock_runtime_cache_details_list cache_details;
};

/*
 * Information about a tool that you can use with the Converse API. For more
 * information, see Call a tool with the Converse API in the Amazon Bedrock
 * User Guide.
 */
struct awsc_bedrock_runtime_tool {
    /* toolSpec: The specfication for the tool. */
    struct awsc_bedrock_runtime_tool_specification *tool_spec;
    /* systemTool: Specifies the system-defined tool that you want use. */
    struct awsc_bedrock_runtime_system_tool *system_tool;
    /* cachePoint: CachePoint to include in the tool configuration. */
    struct awsc_bedrock_runtime_cache_point_block *cache_point;
};

/*
 * A content block for adding a tool to the available tool set
 * mid-conversation. Each block references a single tool via its tool field.
 * Use within a system role message to make a tool available without re-sending
 * the full tool configuration.
 */
struct awsc_bedrock_runtime_tool_addition_block {
    /* tool: A reference to the tool to add to the available tool set. Required. */
    struct awsc_bedrock_runtime_tool_reference *tool;
};

/*
 * Determines which tools the model should request in a call to Converse or
 * ConverseStream . For more information, see Call a tool with the Converse API
 * in the Amazon Bedrock User Guide.
 */
struct awsc_bedrock_runtime_tool_choice {
    /* auto: (Default). The Model automatically decides if a tool should be called
     * or whether to generate text instead. */
    struct awsc_bedrock_runtime_auto_tool_choice *auto_;
    /* any: The model must request at least one tool (no text is generated). */
    struct awsc_bedrock_runtime_any_tool_choice *any;
    /* tool: The Model must request the specified tool. Only supported by Anthropic
     * Claude 3 and Amazon Nova models. */
    struct awsc_bedrock_runtime_specific_tool_choice *tool;
};

/*
 * Configuration information for the tools that you pass to a model. For more
 * information, see Tool use (function calling) in the Amazon Bedrock User
 * Guide.
 */
struct awsc_bedrock_runtime_tool_configuration {
    /* tools: An array of tools that you want to pass to a model. Required. */
    struct awsc_bedrock_runtime_tool_configuration_tools_list tools;
    /* toolChoice: If supported by model, forces the model to request a tool. */
    struct awsc_bedrock_runtime_tool_choice *tool_choice;
};

/*
 * The schema for the tool. The top level schema type must be object . For more
 * information, see Call a tool with the Converse API in the Amazon Bedrock
 * User Guide.
 */
struct awsc_bedrock_runtime_tool_input_schema {
    /* json: The JSON schema for the tool. For more information, see JSON Schema
     * Reference . */
    struct awsc_document *json;
};

/*
 * A reference to a tool in the tool configuration. Used with ToolAdditionBlock
 * and ToolRemovalBlock to identify which tool to add or remove
 * mid-conversation.
 */
struct awsc_bedrock_runtime_tool_reference {
    /* type: The type of tool reference. */
    const char *type;
    /* name: The name of the tool. Must match the name of a tool declared in the
     * top-level tool configuration. */
    const char *name;
    /* serverName: The name of the MCP server that provides the tool. Required when
     * referencing an MCP tool. */
    const char *server_name;
};

/*
 * A content block for removing a tool from the available tool set
 * mid-conversation. Each block references a single tool via its tool field.
 * Use within a system role message to remove a tool without re-sending the
 * full tool configuration.
 */
struct awsc_bedrock_runtime_tool_removal_block {
    /* tool: A reference to the tool to remove from the available tool set.
     * Required. */
    struct awsc_bedrock_runtime_tool_reference *tool;
};

/*
 * A tool result block that contains the results for a tool request that the
 * model previously made. For more information, see Call a tool with the
 * Converse API in the Amazon Bedrock User Guide.
 */
struct awsc_bedrock_runtime_tool_result_block {
    /* toolUseId: The ID of the tool request that this is the result for. Required. */
    const char *tool_use_id;
    /* content: The content for tool result content block. Required. */
    struct awsc_bedrock_runtime_tool_result_content_blocks content;
    /* status: The status for the tool result content block. This field is only
     * supported by Amazon Nova and Anthropic Claude 3 and 4 models. One of enum
     * awsc_bedrock_runtime_tool_result_status's values (as its string). */
    const char *status;
    /* type: The type for the tool result content block. */
    const char *type;
};

/*
 * Contains incremental updates to tool results information during streaming
 * responses. This allows clients to build up tool results data progressively
 * as the response is generated.
 */
struct awsc_bedrock_runtime_tool_result_block_delta {
    /* text: The reasoning the model used to return the output. */
    const char *text;
    /* json: The JSON schema for the tool result content block. see JSON Schema
     * Reference . */
    struct awsc_document *json;
};

/*
 * The start of a tool result block. For more information, see Call a tool with
 * the Converse API in the Amazon Bedrock User Guide.
 */
struct awsc_bedrock_runtime_tool_result_block_start {
    /* toolUseId: The ID of the tool that was used to generate this tool result
     * block. Required. */
    const char *tool_use_id;
    /* type: The type for the tool that was used to generate this tool result
     * block. */
    const char *type;
    /* status: The status of the tool result block. One of enum
     * awsc_bedrock_runtime_tool_result_status's values (as its string). */
    const char *status;
};

/*
 * The tool result content block. For more information, see Call a tool with
 * the Converse API in the Amazon Bedrock User Guide.
 */
struct awsc_bedrock_runtime_tool_result_content_block {
    /* json: A tool result that is JSON format data. */
    struct awsc_document *json;
    /* text: A tool result that is text. */
    const char *text;
    /* image: A tool result that is an image. This field is only supported by
     * Amazon Nova and Anthropic Claude 3 and 4 models. */
    struct awsc_bedrock_runtime_image_block *image;
    /* document: A tool result that is a document. */
    struct awsc_bedrock_runtime_document_block *document;
    /* video: A tool result that is video. */
    struct awsc_bedrock_runtime_video_block *video;
    /* searchResult: A tool result that is a search result. */
    struct awsc_bedrock_runtime_search_result_block *search_result;
};

/*
 * The specification for the tool. For more information, see Call a tool with
 * the Converse API in the Amazon Bedrock User Guide.
 */
struct awsc_bedrock_runtime_tool_specification {
    /* name: The name for the tool. Required. */
    const char *name;
    /* description: The description for the tool. */
    const char *description;
    /* inputSchema: The input schema for the tool in JSON format. Required. */
    struct awsc_bedrock_runtime_tool_input_schema *input_schema;
    /* strict: Flag to enable structured output enforcement on a tool usage
     * response. */
    bool has_strict;
    bool strict;
};

/*
 * A tool use content block. Contains information about a tool that the model
 * is requesting be run., The model uses the result from the tool to generate a
 * response. For more information, see Call a tool with the Converse API in the
 * Amazon Bedrock User Guide.
 */
struct awsc_bedrock_runtime_tool_use_block {
    /* toolUseId: The ID for the tool request. Required. */
    const char *tool_use_id;
    /* name: The name of the tool that the model wants to use. Required. */
    const char *name;
    /* input: The input to pass to the tool. Required. */
    struct awsc_document *input;
    /* type: The type for the tool request. One of enum
     * awsc_bedrock_runtime_tool_use_type's values (as its string). */
    const char *type;
};

/*
 * The delta for a tool use block.
 */
struct awsc_bedrock_runtime_tool_use_block_delta {
    /* input: The input for a requested tool. Required. */
    const char *input;
};

/*
 * The start of a tool use block. For more information, see Call a tool with
 * the Converse API in the Amazon Bedrock User Guide.
 */
struct awsc_bedrock_runtime_tool_use_block_start {
    /* toolUseId: The ID for the tool request. Required. */
    const char *tool_use_id;
    /* name: The name of the tool that the model is requesting to use. Required. */
    const char *name;
    /* type: The type for the tool request. One of enum
     * awsc_bedrock_runtime_tool_use_type's values (as its string). */
    const char *type;
};

/*
 * The input fails to satisfy the constraints specified by Amazon Bedrock . For
 * troubleshooting this error, see ValidationError in the Amazon Bedrock User
 * Guide
 */
struct awsc_bedrock_runtime_validation_exception {
    /* message: */
    const char *message;
};

/*
 * A video block.
 */
struct awsc_bedrock_runtime_video_block {
    /* format: The block's format. Required. One of enum
     * awsc_bedrock_runtime_video_format's values (as its string). */
    const char *format;
    /* source: The block's source. Required. */
    struct awsc_bedrock_runtime_video_source *source;
};

/*
 * A video source. You can upload a smaller video as a base64-encoded string as
 * long as the encoded file is less than 25MB. You can also transfer videos up
 * to 1GB in size from an S3 bucket.
 */
struct awsc_bedrock_runtime_video_source {
    /* bytes: Video content encoded in base64. */
    struct awsc_blob bytes;
    /* s3Location: The location of a video object in an Amazon S3 bucket. To see
     * which models support S3 uploads, see Supported models and features for
     * Converse . */
    struct awsc_bedrock_runtime_s3_location *s3_location;
};

/*
 * Provides the URL and domain information for the website that was cited when
 * performing a web search.
 */
struct awsc_bedrock_runtime_web_location {
    /* url: The URL that was cited when performing a web search. */
    const char *url;
    /* domain: The domain that was cited when performing a web search. */
    const char *domain;
};

struct awsc_bedrock_runtime_guardrail_assessment_list_map_entry {
    const char *key;
    struct awsc_bedrock_runtime_guardrail_assessment_list value;
};

struct awsc_bedrock_runtime_guardrail_assessment_map_entry {
    const char *key;
    struct awsc_bedrock_runtime_guardrail_assessment value;
};

struct awsc_bedrock_runtime_prompt_variable_map_entry {
    const char *key;
    struct awsc_bedrock_runtime_prompt_variable_values value;
};

struct awsc_bedrock_runtime_request_metadata_entry {
    const char *key;
    const char *value;
};

/* ----------------------------------------------------------- operations */

/*
 * ApplyGuardrail
 * The action to apply a guardrail. For troubleshooting some of the common
 * errors you might encounter when using the ApplyGuardrail API, see
 * Troubleshooting Amazon Bedrock API Error Codes in the Amazon Bedrock User
 * Guide
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_BEDROCK_RUNTIME_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_INTERNAL_SERVER_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_SERVICE_QUOTA_EXCEEDED_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_SERVICE_UNAVAILABLE_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_THROTTLING_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_VALIDATION_EXCEPTION
 */
AWSC_API int awsc_bedrock_runtime_apply_guardrail(struct awsc_client *client,
                                                  const struct awsc_bedrock_runtime_apply_guardrail_input *input,
                                                  struct awsc_bedrock_runtime_apply_guardrail_output **output,
                                                  struct awsc_error *err);
typedef void awsc_bedrock_runtime_apply_guardrail_cb(void *user_data,
                                                     int status,
                                                     struct awsc_bedrock_runtime_apply_guardrail_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_bedrock_runtime_apply_guardrail_async(struct awsc_client *client,
                                                        const struct awsc_bedrock_runtime_apply_guardrail_input *input,
                                                        awsc_bedrock_runtime_apply_guardrail_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * Converse
 * Sends messages to the specified Amazon Bedrock model. Converse provides a
 * consistent interface that works with all models that support messages. This
 * allows you to write code once and use it with different models.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_BEDROCK_RUNTIME_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_INTERNAL_SERVER_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_MODEL_ERROR_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_MODEL_NOT_READY_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_MODEL_TIMEOUT_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_SERVICE_UNAVAILABLE_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_THROTTLING_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_VALIDATION_EXCEPTION
 */
AWSC_API int awsc_bedrock_runtime_converse(struct awsc_client *client,
                                           const struct awsc_bedrock_runtime_converse_input *input,
                                           struct awsc_bedrock_runtime_converse_response **output,
                                           struct awsc_error *err);
typedef void awsc_bedrock_runtime_converse_cb(void *user_data,
                                              int status,
                                              struct awsc_bedrock_runtime_converse_response *output,
                                              struct awsc_error *err);
AWSC_API int awsc_bedrock_runtime_converse_async(struct awsc_client *client,
                                                 const struct awsc_bedrock_runtime_converse_input *input,
                                                 awsc_bedrock_runtime_converse_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err);

/*
 * ConverseStream
 * Sends messages to the specified Amazon Bedrock model and returns the
 * response in a stream. ConverseStream provides a consistent API that works
 * with all Amazon Bedrock models that support messages. This allows you to
 * write code once and use it with different models.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_BEDROCK_RUNTIME_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_INTERNAL_SERVER_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_MODEL_ERROR_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_MODEL_NOT_READY_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_MODEL_TIMEOUT_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_SERVICE_UNAVAILABLE_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_THROTTLING_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_VALIDATION_EXCEPTION
 *
 * The response is an event stream: on_event is called with each event as
 * it arrives (the member of its type set; valid until on_event returns,
 * which returns non-zero to stop the stream). The call ends when the
 * stream does; the output holds the response's other members. See
 * <awsc/eventstream.h>.
 */
typedef int awsc_bedrock_runtime_converse_stream_event_cb(void *user_data,
                                                          const struct awsc_bedrock_runtime_converse_stream_event *event);
AWSC_API int awsc_bedrock_runtime_converse_stream(struct awsc_client *client,
                                                  const struct awsc_bedrock_runtime_converse_stream_input *input,
                                                  awsc_bedrock_runtime_converse_stream_event_cb *on_event,
                                                  void *user_data,
                                                  struct awsc_bedrock_runtime_converse_stream_output **output,
                                                  struct awsc_error *err);
typedef void awsc_bedrock_runtime_converse_stream_cb(void *user_data,
                                                     int status,
                                                     struct awsc_bedrock_runtime_converse_stream_output *output,
                                                     struct awsc_error *err);
AWSC_API int awsc_bedrock_runtime_converse_stream_async(struct awsc_client *client,
                                                        const struct awsc_bedrock_runtime_converse_stream_input *input,
                                                        awsc_bedrock_runtime_converse_stream_event_cb *on_event,
                                                        awsc_bedrock_runtime_converse_stream_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err);

/*
 * CountTokens
 * Returns the token count for a given inference request. This operation helps
 * you estimate token usage before sending requests to foundation models by
 * returning the token count that would be used if the same input were sent to
 * the model in an inference request.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_BEDROCK_RUNTIME_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_INTERNAL_SERVER_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_SERVICE_UNAVAILABLE_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_THROTTLING_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_VALIDATION_EXCEPTION
 */
AWSC_API int awsc_bedrock_runtime_count_tokens(struct awsc_client *client,
                                               const struct awsc_bedrock_runtime_count_tokens_request *input,
                                               struct awsc_bedrock_runtime_count_tokens_output **output,
                                               struct awsc_error *err);
typedef void awsc_bedrock_runtime_count_tokens_cb(void *user_data,
                                                  int status,
                                                  struct awsc_bedrock_runtime_count_tokens_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_bedrock_runtime_count_tokens_async(struct awsc_client *client,
                                                     const struct awsc_bedrock_runtime_count_tokens_request *input,
                                                     awsc_bedrock_runtime_count_tokens_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * GetAsyncInvoke
 * Retrieve information about an asynchronous invocation.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_BEDROCK_RUNTIME_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_INTERNAL_SERVER_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_THROTTLING_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_VALIDATION_EXCEPTION
 */
AWSC_API int awsc_bedrock_runtime_get_async_invoke(struct awsc_client *client,
                                                   const struct awsc_bedrock_runtime_get_async_invoke_input *input,
                                                   struct awsc_bedrock_runtime_get_async_invoke_output **output,
                                                   struct awsc_error *err);
typedef void awsc_bedrock_runtime_get_async_invoke_cb(void *user_data,
                                                      int status,
                                                      struct awsc_bedrock_runtime_get_async_invoke_output *output,
                                                      struct awsc_error *err);
AWSC_API int awsc_bedrock_runtime_get_async_invoke_async(struct awsc_client *client,
                                                         const struct awsc_bedrock_runtime_get_async_invoke_input *input,
                                                         awsc_bedrock_runtime_get_async_invoke_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err);

/*
 * InvokeGuardrailChecks
 * Evaluates messages against inline guardrail checks. You specify the check
 * configurations directly in the request, and Amazon Bedrock returns per-check
 * results with severity or confidence scores.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_BEDROCK_RUNTIME_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_INTERNAL_SERVER_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_SERVICE_UNAVAILABLE_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_THROTTLING_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_VALIDATION_EXCEPTION
 */
AWSC_API int awsc_bedrock_runtime_invoke_guardrail_checks(struct awsc_client *client,
                                                          const struct awsc_bedrock_runtime_invoke_guardrail_checks_input *input,
                                                          struct awsc_bedrock_runtime_invoke_guardrail_checks_output **output,
                                                          struct awsc_error *err);
typedef void awsc_bedrock_runtime_invoke_guardrail_checks_cb(void *user_data,
                                                             int status,
                                                             struct awsc_bedrock_runtime_invoke_guardrail_checks_output *output,
                                                             struct awsc_error *err);
AWSC_API int awsc_bedrock_runtime_invoke_guardrail_checks_async(struct awsc_client *client,
                                                                const struct awsc_bedrock_runtime_invoke_guardrail_checks_input *input,
                                                                awsc_bedrock_runtime_invoke_guardrail_checks_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err);

/*
 * InvokeModel
 * Invokes the specified Amazon Bedrock model to run inference using the prompt
 * and inference parameters provided in the request body. You use model
 * inference to generate text, images, and embeddings.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_BEDROCK_RUNTIME_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_INTERNAL_SERVER_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_MODEL_ERROR_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_MODEL_NOT_READY_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_MODEL_TIMEOUT_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_SERVICE_QUOTA_EXCEEDED_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_SERVICE_UNAVAILABLE_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_THROTTLING_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_VALIDATION_EXCEPTION
 */
AWSC_API int awsc_bedrock_runtime_invoke_model(struct awsc_client *client,
                                               const struct awsc_bedrock_runtime_invoke_model_input *input,
                                               struct awsc_bedrock_runtime_invoke_model_output **output,
                                               struct awsc_error *err);
typedef void awsc_bedrock_runtime_invoke_model_cb(void *user_data,
                                                  int status,
                                                  struct awsc_bedrock_runtime_invoke_model_output *output,
                                                  struct awsc_error *err);
AWSC_API int awsc_bedrock_runtime_invoke_model_async(struct awsc_client *client,
                                                     const struct awsc_bedrock_runtime_invoke_model_input *input,
                                                     awsc_bedrock_runtime_invoke_model_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err);

/*
 * InvokeModelWithBidirectionalStream
 * Invoke the specified Amazon Bedrock model to run inference using the
 * bidirectional stream. The response is returned in a stream that remains open
 * for 8 minutes. A single session can contain multiple prompts and responses
 * from the model.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_BEDROCK_RUNTIME_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_INTERNAL_SERVER_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_MODEL_ERROR_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_MODEL_NOT_READY_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_MODEL_STREAM_ERROR_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_MODEL_TIMEOUT_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_SERVICE_QUOTA_EXCEEDED_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_SERVICE_UNAVAILABLE_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_THROTTLING_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_VALIDATION_EXCEPTION
 *
 * The response is an event stream: on_event is called with each event as
 * it arrives (the member of its type set; valid until on_event returns,
 * which returns non-zero to stop the stream). The call ends when the
 * stream does; the output holds the response's other members. See
 * <awsc/eventstream.h>.
 * Its request is an event stream too (body): not supported, the
 * call fails with AWSC_E_UNSUPPORTED.
 */
typedef int awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event_cb(void *user_data,
                                                                                 const struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event *event);
AWSC_API int awsc_bedrock_runtime_invoke_model_with_bidirectional_stream(struct awsc_client *client,
                                                                         const struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_request *input,
                                                                         awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event_cb *on_event,
                                                                         void *user_data,
                                                                         struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_output **output,
                                                                         struct awsc_error *err);
typedef void awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_cb(void *user_data,
                                                                            int status,
                                                                            struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_output *output,
                                                                            struct awsc_error *err);
AWSC_API int awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_async(struct awsc_client *client,
                                                                               const struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_request *input,
                                                                               awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event_cb *on_event,
                                                                               awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_cb *cb,
                                                                               void *user_data,
                                                                               struct awsc_error *err);

/*
 * InvokeModelWithResponseStream
 * Invoke the specified Amazon Bedrock model to run inference using the prompt
 * and inference parameters provided in the request body. The response is
 * returned in a stream.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_BEDROCK_RUNTIME_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_INTERNAL_SERVER_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_MODEL_ERROR_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_MODEL_NOT_READY_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_MODEL_STREAM_ERROR_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_MODEL_TIMEOUT_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_SERVICE_QUOTA_EXCEEDED_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_SERVICE_UNAVAILABLE_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_THROTTLING_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_VALIDATION_EXCEPTION
 *
 * The response is an event stream: on_event is called with each event as
 * it arrives (the member of its type set; valid until on_event returns,
 * which returns non-zero to stop the stream). The call ends when the
 * stream does; the output holds the response's other members. See
 * <awsc/eventstream.h>.
 */
typedef int awsc_bedrock_runtime_invoke_model_with_response_stream_event_cb(void *user_data,
                                                                            const struct awsc_bedrock_runtime_invoke_model_with_response_stream_event *event);
AWSC_API int awsc_bedrock_runtime_invoke_model_with_response_stream(struct awsc_client *client,
                                                                    const struct awsc_bedrock_runtime_invoke_model_with_response_stream_input *input,
                                                                    awsc_bedrock_runtime_invoke_model_with_response_stream_event_cb *on_event,
                                                                    void *user_data,
                                                                    struct awsc_bedrock_runtime_invoke_model_with_response_stream_output **output,
                                                                    struct awsc_error *err);
typedef void awsc_bedrock_runtime_invoke_model_with_response_stream_cb(void *user_data,
                                                                       int status,
                                                                       struct awsc_bedrock_runtime_invoke_model_with_response_stream_output *output,
                                                                       struct awsc_error *err);
AWSC_API int awsc_bedrock_runtime_invoke_model_with_response_stream_async(struct awsc_client *client,
                                                                          const struct awsc_bedrock_runtime_invoke_model_with_response_stream_input *input,
                                                                          awsc_bedrock_runtime_invoke_model_with_response_stream_event_cb *on_event,
                                                                          awsc_bedrock_runtime_invoke_model_with_response_stream_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err);

/*
 * ListAsyncInvokes
 * Lists asynchronous invocations.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_BEDROCK_RUNTIME_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_INTERNAL_SERVER_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_THROTTLING_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_VALIDATION_EXCEPTION
 */
AWSC_API int awsc_bedrock_runtime_list_async_invokes(struct awsc_client *client,
                                                     const struct awsc_bedrock_runtime_list_async_invokes_input *input,
                                                     struct awsc_bedrock_runtime_list_async_invokes_output **output,
                                                     struct awsc_error *err);
typedef void awsc_bedrock_runtime_list_async_invokes_cb(void *user_data,
                                                        int status,
                                                        struct awsc_bedrock_runtime_list_async_invokes_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_bedrock_runtime_list_async_invokes_async(struct awsc_client *client,
                                                           const struct awsc_bedrock_runtime_list_async_invokes_input *input,
                                                           awsc_bedrock_runtime_list_async_invokes_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

/*
 * StartAsyncInvoke
 * Starts an asynchronous invocation. This operation requires permission for
 * the bedrock:InvokeModel action. To deny all inference access to resources
 * that you specify in the modelId field, you need to deny access to the
 * bedrock:InvokeModel and bedrock:InvokeModelWithResponseStream actions.
 * Output: valid, with all it points to, until awsc_output_free(output).
 * Errors: AWSC_BEDROCK_RUNTIME_ERR_ACCESS_DENIED_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_CONFLICT_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_INTERNAL_SERVER_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_RESOURCE_NOT_FOUND_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_SERVICE_QUOTA_EXCEEDED_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_SERVICE_UNAVAILABLE_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_THROTTLING_EXCEPTION,
 *   AWSC_BEDROCK_RUNTIME_ERR_VALIDATION_EXCEPTION
 */
AWSC_API int awsc_bedrock_runtime_start_async_invoke(struct awsc_client *client,
                                                     const struct awsc_bedrock_runtime_start_async_invoke_input *input,
                                                     struct awsc_bedrock_runtime_start_async_invoke_output **output,
                                                     struct awsc_error *err);
typedef void awsc_bedrock_runtime_start_async_invoke_cb(void *user_data,
                                                        int status,
                                                        struct awsc_bedrock_runtime_start_async_invoke_output *output,
                                                        struct awsc_error *err);
AWSC_API int awsc_bedrock_runtime_start_async_invoke_async(struct awsc_client *client,
                                                           const struct awsc_bedrock_runtime_start_async_invoke_input *input,
                                                           awsc_bedrock_runtime_start_async_invoke_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err);

#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
/* The paginators and waiters of Bedrock Runtime, the JMESPath expressions they
 * evaluate and their names: a part of the service's tables object
 * (bedrock_runtime_tables.c). */
struct awsc__bedrock_runtime_pagers {
#if AWSC_WITH_PAGINATORS
    struct awsc_paginator paginators[1];
    uint16_t input_tokens[1];
    awsc_ref expr_refs[2];
#endif
    struct awsc_jmespath exprs[2];
    struct awsc_jmespath_node nodes[2];
    char strings[48];
};
#endif

/* ----------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

/* The paginators, sorted by operation name: awsc_bedrock_runtime_service's. Each
 * one's functions work as awsc_pager_*() of <awsc/paginate.h> do:
 * _paginate() makes a pager (awsc_pager_destroy() frees it), _next_page()
 * hands out pages (free each with awsc_output_free(); NULL at the end),
 * _next_item() the elements of the first result key (valid until the
 * pager's next call, or longer with awsc_pager_retain_page(); NULL at the
 * end), _collect() every remaining page merged into one. */

/* ListAsyncInvokes: tokens nextToken; results asyncInvokeSummaries. */
AWSC_API int awsc_bedrock_runtime_list_async_invokes_paginate(struct awsc_client *client,
                                                              const struct awsc_bedrock_runtime_list_async_invokes_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err);
AWSC_API int awsc_bedrock_runtime_list_async_invokes_next_page(struct awsc_pager *pager,
                                                               struct awsc_bedrock_runtime_list_async_invokes_output **page,
                                                               struct awsc_error *err);
AWSC_API int awsc_bedrock_runtime_list_async_invokes_next_page_async(struct awsc_pager *pager,
                                                                     awsc_bedrock_runtime_list_async_invokes_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err);
typedef void awsc_bedrock_runtime_list_async_invokes_item_cb(void *user_data,
                                                             int status,
                                                             const struct awsc_bedrock_runtime_async_invoke_summary *item,
                                                             struct awsc_error *err);
AWSC_API int awsc_bedrock_runtime_list_async_invokes_next_item(struct awsc_pager *pager,
                                                               const struct awsc_bedrock_runtime_async_invoke_summary **item,
                                                               struct awsc_error *err);
AWSC_API int awsc_bedrock_runtime_list_async_invokes_next_item_async(struct awsc_pager *pager,
                                                                     awsc_bedrock_runtime_list_async_invokes_item_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err);
AWSC_API int awsc_bedrock_runtime_list_async_invokes_collect(struct awsc_pager *pager,
                                                             struct awsc_bedrock_runtime_list_async_invokes_output **output,
                                                             struct awsc_error *err);
#endif /* AWSC_WITH_PAGINATORS */

/* --------------------------------------------------------------- errors */

#define AWSC_BEDROCK_RUNTIME_ERR_ACCESS_DENIED_EXCEPTION "AccessDeniedException"
#define AWSC_BEDROCK_RUNTIME_ERR_CONFLICT_EXCEPTION "ConflictException"
#define AWSC_BEDROCK_RUNTIME_ERR_INTERNAL_SERVER_EXCEPTION "InternalServerException"
#define AWSC_BEDROCK_RUNTIME_ERR_MODEL_ERROR_EXCEPTION "ModelErrorException"
#define AWSC_BEDROCK_RUNTIME_ERR_MODEL_NOT_READY_EXCEPTION "ModelNotReadyException"
#define AWSC_BEDROCK_RUNTIME_ERR_MODEL_STREAM_ERROR_EXCEPTION "ModelStreamErrorException"
#define AWSC_BEDROCK_RUNTIME_ERR_MODEL_TIMEOUT_EXCEPTION "ModelTimeoutException"
#define AWSC_BEDROCK_RUNTIME_ERR_RESOURCE_NOT_FOUND_EXCEPTION "ResourceNotFoundException"
#define AWSC_BEDROCK_RUNTIME_ERR_SERVICE_QUOTA_EXCEEDED_EXCEPTION "ServiceQuotaExceededException"
#define AWSC_BEDROCK_RUNTIME_ERR_SERVICE_UNAVAILABLE_EXCEPTION "ServiceUnavailableException"
#define AWSC_BEDROCK_RUNTIME_ERR_THROTTLING_EXCEPTION "ThrottlingException"
#define AWSC_BEDROCK_RUNTIME_ERR_VALIDATION_EXCEPTION "ValidationException"

#ifdef __cplusplus
}
#endif
#endif
