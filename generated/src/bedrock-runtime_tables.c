/*
 * bedrock_runtime_tables.c - the service descriptor, operations and shapes of
 * Bedrock Runtime.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/bedrock-runtime.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
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

/*
 * The tables: the service, its operations and every shape, member and
 * name of Bedrock Runtime in one object, so that each refers to another by its
 * distance from it (awsc_ref, in <awsc/shape.h>): plain read-only data,
 * with no relocation at load time. REF(field, target) is the reference
 * stored at field that names target.
 */
#define T awsc__bedrock_runtime_tables
#define REF(field, target) AWSC_REF(T.field, T.target)
/* MREF(i, target): a reference of members[i] (AWSC_MEMBER_REF). */
#define MREF(i, target) AWSC_MEMBER_REF(T.members[i], T.target)
/* SHAPE_NAME(field, target): a shape's name, which a build without shape
 * names (AWSC_WITH_SHAPE_NAMES 0) leaves out with the names' pool. */
#if AWSC_WITH_SHAPE_NAMES
#define SHAPE_NAME(field, target) REF(field, target)
#else
#define SHAPE_NAME(field, target) 0
#endif
/* The strings are one literal; it passes the 4095 characters ISO C
 * requires compilers to take (GCC and Clang take any length). */
#pragma GCC diagnostic ignored "-Woverlength-strings"
#ifndef AWSC__BEDROCK_RUNTIME_TABLES
#define AWSC__BEDROCK_RUNTIME_TABLES

/* The endpoint rule set of bedrock-runtime: a part of the service's tables. */
struct awsc__bedrock_runtime_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[26];
    struct awsc_ep_expr exprs[32];
    uint16_t args[36];
    struct awsc_ep_endpoint endpoints[5];
    char strings[496];
};
/* The service, its operations and every shape, member and name of
 * Bedrock Runtime, in one object. */
struct awsc__bedrock_runtime_tables {
    struct awsc_service service;
    struct awsc_operation operations[11];
    awsc_ref op_errors[84];
    awsc_ref service_errors[12];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__bedrock_runtime_pagers pagers; /* <awsc/bedrock-runtime.h> */
#endif
    struct awsc__bedrock_runtime_rules rules;
    struct awsc_structure_shape structures[193];
    struct awsc_collection_shape collections[51];
    struct awsc_enum_shape enums[45];
    struct awsc_shape scalars[104];
    struct awsc_shape_traits traits[103];
    struct awsc_member members[536];
    uint16_t by_wire_name[536];
    struct awsc_range ranges[89];
    char strings[5936];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[10034];
#endif
};
extern const struct awsc__bedrock_runtime_tables awsc__bedrock_runtime_tables AWSC__HIDDEN;
#endif
/* RULES_REF(field, target): a reference inside the endpoint rule set's
 * part of the tables. */
#define RULES T.rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)
/* PREF(field, target): a reference inside the paginators' and waiters'
 * part of the tables. */
#define PAGERS T.pagers
#define PREF(field, target) AWSC_REF(PAGERS.field, PAGERS.target)

const struct awsc__bedrock_runtime_tables T = {
    .service = {
        .name_ref = REF(service.name_ref, strings[5846]),
        .service_id_ref = REF(service.service_id_ref, strings[5862]),
        .full_name_ref = REF(service.full_name_ref, strings[5878]),
        .api_version_ref = REF(service.api_version_ref, strings[5901]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[5846]),
        .signing_name_ref = REF(service.signing_name_ref, strings[5912]),
        .env_name_ref = REF(service.env_name_ref, strings[5920]),
        .operations_ref = REF(service.operations_ref, operations[0]),
        .errors_ref = REF(service.errors_ref, service_errors[0]),
        .protocol = AWSC_PROTO_REST_JSON,
        .operation_count = 11,
        .error_count = 12,
#if AWSC_WITH_PAGINATORS
        .paginator_count = 1,
#endif
        .ruleset_ref = REF(service.ruleset_ref, rules.ruleset),
#if AWSC_WITH_PAGINATORS
        .paginators_ref = REF(service.paginators_ref, pagers.paginators[0]),
#endif
    },
    /* sorted by name */
    .operations = {
        [0] = { /* ApplyGuardrail */
            .name_ref = REF(operations[0].name_ref, strings[5295]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[5310]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[5315]),
            .input_ref = REF(operations[0].input_ref, structures[3].shape),
            .output_ref = REF(operations[0].output_ref, structures[4].shape),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
        },
        [1] = { /* Converse */
            .name_ref = REF(operations[1].name_ref, strings[5381]),
            .http_method_ref = REF(operations[1].http_method_ref, strings[5310]),
            .request_uri_ref = REF(operations[1].request_uri_ref, strings[5390]),
            .input_ref = REF(operations[1].input_ref, structures[32].shape),
            .output_ref = REF(operations[1].output_ref, structures[33].shape),
            .errors_ref = REF(operations[1].errors_ref, op_errors[7]),
            .service_ref = REF(operations[1].service_ref, service),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
        },
        [2] = { /* ConverseStream */
            .name_ref = REF(operations[2].name_ref, strings[5416]),
            .http_method_ref = REF(operations[2].http_method_ref, strings[5310]),
            .request_uri_ref = REF(operations[2].request_uri_ref, strings[5431]),
            .input_ref = REF(operations[2].input_ref, structures[37].shape),
            .output_ref = REF(operations[2].output_ref, structures[38].shape),
            .errors_ref = REF(operations[2].errors_ref, op_errors[16]),
            .service_ref = REF(operations[2].service_ref, service),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
        },
        [3] = { /* CountTokens */
            .name_ref = REF(operations[3].name_ref, strings[5464]),
            .http_method_ref = REF(operations[3].http_method_ref, strings[5310]),
            .request_uri_ref = REF(operations[3].request_uri_ref, strings[5476]),
            .input_ref = REF(operations[3].input_ref, structures[43].shape),
            .output_ref = REF(operations[3].output_ref, structures[44].shape),
            .errors_ref = REF(operations[3].errors_ref, op_errors[25]),
            .service_ref = REF(operations[3].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [4] = { /* GetAsyncInvoke */
            .name_ref = REF(operations[4].name_ref, strings[5506]),
            .http_method_ref = REF(operations[4].http_method_ref, strings[5521]),
            .request_uri_ref = REF(operations[4].request_uri_ref, strings[5525]),
            .input_ref = REF(operations[4].input_ref, structures[52].shape),
            .output_ref = REF(operations[4].output_ref, structures[53].shape),
            .errors_ref = REF(operations[4].errors_ref, op_errors[31]),
            .service_ref = REF(operations[4].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [5] = { /* InvokeGuardrailChecks */
            .name_ref = REF(operations[5].name_ref, strings[5555]),
            .http_method_ref = REF(operations[5].http_method_ref, strings[5310]),
            .request_uri_ref = REF(operations[5].request_uri_ref, strings[5577]),
            .input_ref = REF(operations[5].input_ref, structures[126].shape),
            .output_ref = REF(operations[5].output_ref, structures[127].shape),
            .errors_ref = REF(operations[5].errors_ref, op_errors[35]),
            .service_ref = REF(operations[5].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [6] = { /* InvokeModel */
            .name_ref = REF(operations[6].name_ref, strings[5602]),
            .http_method_ref = REF(operations[6].http_method_ref, strings[5310]),
            .request_uri_ref = REF(operations[6].request_uri_ref, strings[5614]),
            .input_ref = REF(operations[6].input_ref, structures[128].shape),
            .output_ref = REF(operations[6].output_ref, structures[129].shape),
            .errors_ref = REF(operations[6].errors_ref, op_errors[40]),
            .service_ref = REF(operations[6].service_ref, service),
            .error_count = 10,
            .auth = AWSC_AUTH_SIGV4,
        },
        [7] = { /* InvokeModelWithBidirectionalStream */
            .name_ref = REF(operations[7].name_ref, strings[5638]),
            .http_method_ref = REF(operations[7].http_method_ref, strings[5310]),
            .request_uri_ref = REF(operations[7].request_uri_ref, strings[5673]),
            .input_ref = REF(operations[7].input_ref, structures[133].shape),
            .output_ref = REF(operations[7].output_ref, structures[134].shape),
            .errors_ref = REF(operations[7].errors_ref, op_errors[50]),
            .service_ref = REF(operations[7].service_ref, service),
            .error_count = 11,
            .auth = AWSC_AUTH_SIGV4,
        },
        [8] = { /* InvokeModelWithResponseStream */
            .name_ref = REF(operations[8].name_ref, strings[5723]),
            .http_method_ref = REF(operations[8].http_method_ref, strings[5310]),
            .request_uri_ref = REF(operations[8].request_uri_ref, strings[5753]),
            .input_ref = REF(operations[8].input_ref, structures[135].shape),
            .output_ref = REF(operations[8].output_ref, structures[136].shape),
            .errors_ref = REF(operations[8].errors_ref, op_errors[61]),
            .service_ref = REF(operations[8].service_ref, service),
            .error_count = 11,
            .auth = AWSC_AUTH_SIGV4,
        },
        [9] = { /* ListAsyncInvokes */
            .name_ref = REF(operations[9].name_ref, strings[5798]),
            .http_method_ref = REF(operations[9].http_method_ref, strings[5521]),
            .request_uri_ref = REF(operations[9].request_uri_ref, strings[5815]),
            .input_ref = REF(operations[9].input_ref, structures[138].shape),
            .output_ref = REF(operations[9].output_ref, structures[139].shape),
            .errors_ref = REF(operations[9].errors_ref, op_errors[72]),
            .service_ref = REF(operations[9].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [10] = { /* StartAsyncInvoke */
            .name_ref = REF(operations[10].name_ref, strings[5829]),
            .http_method_ref = REF(operations[10].http_method_ref, strings[5310]),
            .request_uri_ref = REF(operations[10].request_uri_ref, strings[5815]),
            .input_ref = REF(operations[10].input_ref, structures[167].shape),
            .output_ref = REF(operations[10].output_ref, structures[168].shape),
            .errors_ref = REF(operations[10].errors_ref, op_errors[76]),
            .service_ref = REF(operations[10].service_ref, service),
            .error_count = 8,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], structures[0].shape),
        REF(op_errors[1], structures[125].shape),
        REF(op_errors[2], structures[157].shape),
        REF(op_errors[3], structures[163].shape),
        REF(op_errors[4], structures[165].shape),
        REF(op_errors[5], structures[172].shape),
        REF(op_errors[6], structures[189].shape),
        REF(op_errors[7], structures[0].shape),
        REF(op_errors[8], structures[125].shape),
        REF(op_errors[9], structures[143].shape),
        REF(op_errors[10], structures[144].shape),
        REF(op_errors[11], structures[146].shape),
        REF(op_errors[12], structures[157].shape),
        REF(op_errors[13], structures[165].shape),
        REF(op_errors[14], structures[172].shape),
        REF(op_errors[15], structures[189].shape),
        REF(op_errors[16], structures[0].shape),
        REF(op_errors[17], structures[125].shape),
        REF(op_errors[18], structures[143].shape),
        REF(op_errors[19], structures[144].shape),
        REF(op_errors[20], structures[146].shape),
        REF(op_errors[21], structures[157].shape),
        REF(op_errors[22], structures[165].shape),
        REF(op_errors[23], structures[172].shape),
        REF(op_errors[24], structures[189].shape),
        REF(op_errors[25], structures[0].shape),
        REF(op_errors[26], structures[125].shape),
        REF(op_errors[27], structures[157].shape),
        REF(op_errors[28], structures[165].shape),
        REF(op_errors[29], structures[172].shape),
        REF(op_errors[30], structures[189].shape),
        REF(op_errors[31], structures[0].shape),
        REF(op_errors[32], structures[125].shape),
        REF(op_errors[33], structures[172].shape),
        REF(op_errors[34], structures[189].shape),
        REF(op_errors[35], structures[0].shape),
        REF(op_errors[36], structures[125].shape),
        REF(op_errors[37], structures[165].shape),
        REF(op_errors[38], structures[172].shape),
        REF(op_errors[39], structures[189].shape),
        REF(op_errors[40], structures[0].shape),
        REF(op_errors[41], structures[125].shape),
        REF(op_errors[42], structures[143].shape),
        REF(op_errors[43], structures[144].shape),
        REF(op_errors[44], structures[146].shape),
        REF(op_errors[45], structures[157].shape),
        REF(op_errors[46], structures[163].shape),
        REF(op_errors[47], structures[165].shape),
        REF(op_errors[48], structures[172].shape),
        REF(op_errors[49], structures[189].shape),
        REF(op_errors[50], structures[0].shape),
        REF(op_errors[51], structures[125].shape),
        REF(op_errors[52], structures[143].shape),
        REF(op_errors[53], structures[144].shape),
        REF(op_errors[54], structures[145].shape),
        REF(op_errors[55], structures[146].shape),
        REF(op_errors[56], structures[157].shape),
        REF(op_errors[57], structures[163].shape),
        REF(op_errors[58], structures[165].shape),
        REF(op_errors[59], structures[172].shape),
        REF(op_errors[60], structures[189].shape),
        REF(op_errors[61], structures[0].shape),
        REF(op_errors[62], structures[125].shape),
        REF(op_errors[63], structures[143].shape),
        REF(op_errors[64], structures[144].shape),
        REF(op_errors[65], structures[145].shape),
        REF(op_errors[66], structures[146].shape),
        REF(op_errors[67], structures[157].shape),
        REF(op_errors[68], structures[163].shape),
        REF(op_errors[69], structures[165].shape),
        REF(op_errors[70], structures[172].shape),
        REF(op_errors[71], structures[189].shape),
        REF(op_errors[72], structures[0].shape),
        REF(op_errors[73], structures[125].shape),
        REF(op_errors[74], structures[172].shape),
        REF(op_errors[75], structures[189].shape),
        REF(op_errors[76], structures[0].shape),
        REF(op_errors[77], structures[23].shape),
        REF(op_errors[78], structures[125].shape),
        REF(op_errors[79], structures[157].shape),
        REF(op_errors[80], structures[163].shape),
        REF(op_errors[81], structures[165].shape),
        REF(op_errors[82], structures[172].shape),
        REF(op_errors[83], structures[189].shape),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], structures[0].shape),
        REF(service_errors[1], structures[23].shape),
        REF(service_errors[2], structures[125].shape),
        REF(service_errors[3], structures[143].shape),
        REF(service_errors[4], structures[144].shape),
        REF(service_errors[5], structures[145].shape),
        REF(service_errors[6], structures[146].shape),
        REF(service_errors[7], structures[157].shape),
        REF(service_errors[8], structures[163].shape),
        REF(service_errors[9], structures[165].shape),
        REF(service_errors[10], structures[172].shape),
        REF(service_errors[11], structures[189].shape),
    },
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    .pagers = {
#if AWSC_WITH_PAGINATORS
    .paginators = {
        [0] = { /* ListAsyncInvokes */
            .name_ref = PREF(paginators[0].name_ref, strings[0]),
            .operation = 9,
            .input_tokens_ref = PREF(paginators[0].input_tokens_ref, input_tokens[0]),
            .output_tokens_ref = PREF(paginators[0].output_tokens_ref, expr_refs[0]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[0].result_keys_ref, expr_refs[1]),
            .result_key_count = 1,
        },
    },
    .input_tokens = {
        4, /* nextToken */
    },
    .expr_refs = {
        PREF(expr_refs[0], exprs[0]), /* nextToken */
        PREF(expr_refs[1], exprs[1]), /* asyncInvokeSummaries */
    },
#endif
    .exprs = {
        {.text_ref = PREF(exprs[0].text_ref, strings[17]), .nodes_ref = PREF(exprs[0].nodes_ref, nodes[0]), .node_count = 1}, /* nextToken */
        {.text_ref = PREF(exprs[1].text_ref, strings[27]), .nodes_ref = PREF(exprs[1].nodes_ref, nodes[1]), .node_count = 1}, /* asyncInvokeSummaries */
    },
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[0].string_ref, strings[17])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[1].string_ref, strings[27])},
    },
    .strings =
        /*      0 */ "ListAsyncInvokes\0"
        /*     17 */ "nextToken\0"
        /*     27 */ "asyncInvokeSummaries",
    },
#endif
    .rules = {
    .ruleset = {
        .params_ref = RULES_REF(ruleset.params_ref, params),
        .slots_ref = RULES_REF(ruleset.slots_ref, slots),
        .rules_ref = RULES_REF(ruleset.rules_ref, rules),
        .exprs_ref = RULES_REF(ruleset.exprs_ref, exprs),
        .args_ref = RULES_REF(ruleset.args_ref, args),
        .endpoints_ref = RULES_REF(ruleset.endpoints_ref, endpoints),
        .strings_ref = RULES_REF(ruleset.strings_ref, strings),
        .service = 0, /* bedrock-runtime */
        .global_region = AWSC_EP_NONE,
        .param_count = 4,
        .slot_count = 5,
        .rule_count = 2,
        .flags = 0,
    },
    /* Parameters: name, default string (a stringArray's: the first in
     * defaults), default count, type, built-in, flags, default boolean. */
    .params = {
        {489, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false}, /* Region */
        {16, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseDualStack */
        {29, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseFIPS */
        {37, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false}, /* Endpoint */
    },
    /* The slots' names: parameters, then the variables the rules assign. */
    .slots = {
        489, /* 0: Region */
        16, /* 1: UseDualStack */
        29, /* 2: UseFIPS */
        37, /* 3: Endpoint */
        183, /* 4: PartitionResult */
    },
    /* Rules: condition count, first condition (in args), then a tree's
     * first child and child count, an endpoint's index, or an error's
     * message. A run of rules equal to another is stored once. */
    .rules = {
        /* 0 */ AWSC_EP_TREE(1, 1, 4, 2), /* isSet(Endpoint) */
        /* 1 */ AWSC_EP_TREE(0, 0, 24, 2), /* always */
        /* 2 */ AWSC_EP_ERROR(1, 7, 8), /* booleanEquals(UseDualStack, true) */
        /* 3 */ AWSC_EP_ENDPOINT(0, 0, 0), /* always */
        /* 4 */ AWSC_EP_ERROR(1, 4, 5), /* booleanEquals(UseFIPS, true) */
        /* 5 */ AWSC_EP_TREE(0, 0, 2, 2), /* always */
        /* 6 */ AWSC_EP_ENDPOINT(0, 0, 1), /* always */
        /* 7 */ AWSC_EP_TREE(0, 0, 6, 1), /* always */
        /* 8 */ AWSC_EP_TREE(2, 17, 7, 1), /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
        /* 9 */ AWSC_EP_ERROR(0, 0, 22), /* always */
        /* 10 */ AWSC_EP_ENDPOINT(0, 0, 2), /* always */
        /* 11 */ AWSC_EP_TREE(0, 0, 10, 1), /* always */
        /* 12 */ AWSC_EP_TREE(1, 23, 11, 1), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 13 */ AWSC_EP_ERROR(0, 0, 26), /* always */
        /* 14 */ AWSC_EP_ENDPOINT(0, 0, 3), /* always */
        /* 15 */ AWSC_EP_TREE(0, 0, 14, 1), /* always */
        /* 16 */ AWSC_EP_TREE(1, 18, 15, 1), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 17 */ AWSC_EP_ERROR(0, 0, 29), /* always */
        /* 18 */ AWSC_EP_ENDPOINT(0, 0, 4), /* always */
        /* 19 */ AWSC_EP_TREE(2, 11, 8, 2), /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 20 */ AWSC_EP_TREE(1, 4, 12, 2), /* booleanEquals(UseFIPS, true) */
        /* 21 */ AWSC_EP_TREE(1, 7, 16, 2), /* booleanEquals(UseDualStack, true) */
        /* 22 */ AWSC_EP_TREE(0, 0, 18, 1), /* always */
        /* 23 */ AWSC_EP_TREE(1, 10, 19, 4), /* PartitionResult = aws.partition(Region) */
        /* 24 */ AWSC_EP_TREE(1, 9, 23, 1), /* isSet(Region) */
        /* 25 */ AWSC_EP_ERROR(0, 0, 31), /* always */
    },
    /* Expressions. S(at) is a string, A(obj, attribute) getAttr and
     * AI(obj, attribute, index) getAttr "[index]", V(slot) a variable,
     * T(n, first) a template of n parts from args, F(fn, n, first) a call,
     * SET(slot, expr) a condition assigning its value. */
    .exprs = {
        /* 0 */ AWSC_EP_V(3), /* Endpoint */
        /* 1 */ AWSC_EP_F(IS_SET, 1, 0), /* isSet(Endpoint) */
        /* 2 */ AWSC_EP_V(2), /* UseFIPS */
        /* 3 */ AWSC_EP_B(1), /* true */
        /* 4 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 2), /* booleanEquals(UseFIPS, true) */
        /* 5 */ AWSC_EP_S(46, 65), /* "Invalid Configuration: FIPS and custom endpoint are not supported" */
        /* 6 */ AWSC_EP_V(1), /* UseDualStack */
        /* 7 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 5), /* booleanEquals(UseDualStack, true) */
        /* 8 */ AWSC_EP_S(112, 70), /* "Invalid Configuration: Dualstack and custom endpoint are not supported" */
        /* 9 */ AWSC_EP_V(0), /* Region */
        /* 10 */ AWSC_EP_F(IS_SET, 1, 8), /* isSet(Region) */
        /* 11 */ AWSC_EP_F(PARTITION, 1, 8), /* aws.partition(Region) */
        /* 12 */ AWSC_EP_SET(4, 11), /* PartitionResult = aws.partition(Region) */
        /* 13 */ AWSC_EP_V(4), /* PartitionResult */
        /* 14 */ AWSC_EP_A(13, SUPPORTS_FIPS), /* PartitionResult#supportsFIPS */
        /* 15 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 13), /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 16 */ AWSC_EP_A(13, SUPPORTS_DUAL_STACK), /* PartitionResult#supportsDualStack */
        /* 17 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 15), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 18 */ AWSC_EP_S(199, 29), /* "https://bedrock-runtime-fips." */
        /* 19 */ AWSC_EP_S(227, 1), /* "." */
        /* 20 */ AWSC_EP_A(13, DUAL_STACK_DNS_SUFFIX), /* PartitionResult#dualStackDnsSuffix */
        /* 21 */ AWSC_EP_T(4, 19), /* "https://bedrock-runtime-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 22 */ AWSC_EP_S(229, 79), /* "FIPS and DualStack are enabled, but this partition does not support one or both" */
        /* 23 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 14), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 24 */ AWSC_EP_A(13, DNS_SUFFIX), /* PartitionResult#dnsSuffix */
        /* 25 */ AWSC_EP_T(4, 24), /* "https://bedrock-runtime-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 26 */ AWSC_EP_S(309, 56), /* "FIPS is enabled but this partition does not support FIPS" */
        /* 27 */ AWSC_EP_S(366, 24), /* "https://bedrock-runtime." */
        /* 28 */ AWSC_EP_T(4, 28), /* "https://bedrock-runtime.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 29 */ AWSC_EP_S(391, 66), /* "DualStack is enabled but this partition does not support DualStack" */
        /* 30 */ AWSC_EP_T(4, 32), /* "https://bedrock-runtime.{Region}.{PartitionResult#dnsSuffix}" */
        /* 31 */ AWSC_EP_S(458, 37), /* "Invalid Configuration: Missing Region" */
    },
    .args = {
        0, 1, 2, 3, 4, 6, 3, 7, 9, 10, 12, 4, 7, 3, 14, 3,
        16, 15, 17, 18, 9, 19, 20, 23, 18, 9, 19, 24, 27, 9, 19, 20,
        27, 9, 19, 24,
    },
    /* Endpoints: URL, properties, headers (an object of arrays in props). */
    .endpoints = {
        /* 0 */ {0, AWSC_EP_NONE, AWSC_EP_NONE}, /* Endpoint */
        /* 1 */ {21, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://bedrock-runtime-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 2 */ {25, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://bedrock-runtime-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 3 */ {28, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://bedrock-runtime.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 4 */ {30, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://bedrock-runtime.{Region}.{PartitionResult#dnsSuffix}" */
    },
    .strings =
        /*     0 */ "bedrock-runtime\0"
        /*    16 */ "UseDualStack\0"
        /*    29 */ "UseFIPS\0"
        /*    37 */ "Endpoint\0"
        /*    46 */ "Invalid Configuration: FIPS and custom endpoint are not supported\0"
        /*   112 */ "Invalid Configuration: Dualstack and custom endpoint are not supported\0"
        /*   183 */ "PartitionResult\0"
        /*   199 */ "https://bedrock-runtime-fips.\0"
        /*   229 */ "FIPS and DualStack are enabled, but this partition does not support one or both\0"
        /*   309 */ "FIPS is enabled but this partition does not support FIPS\0"
        /*   366 */ "https://bedrock-runtime.\0"
        /*   391 */ "DualStack is enabled but this partition does not support DualStack\0"
        /*   458 */ "Invalid Configuration: Missing Region",
    },
    .structures = {
        [0] = { /* AccessDeniedException */
            .shape = {
                .name_ref = REF(structures[0].shape.name_ref, strings[0]),
                .traits_ref = REF(structures[0].shape.traits_ref, traits[0]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_bedrock_runtime_access_denied_exception),
            },
            .members_ref = REF(structures[0].members_ref, members[0]),
            .by_wire_name_ref = REF(structures[0].by_wire_name_ref, by_wire_name[0]),
            .member_count = 1,
        },
        [1] = { /* AnyToolChoice */
            .shape = {
                .name_ref = SHAPE_NAME(structures[1].shape.name_ref, shape_names[10]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_any_tool_choice),
            },
        },
        [2] = { /* AppliedGuardrailDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[2].shape.name_ref, shape_names[24]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_applied_guardrail_details),
            },
            .members_ref = REF(structures[2].members_ref, members[1]),
            .by_wire_name_ref = REF(structures[2].by_wire_name_ref, by_wire_name[1]),
            .member_count = 5,
        },
        [3] = { /* ApplyGuardrailRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[3].shape.name_ref, shape_names[48]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_apply_guardrail_input),
            },
            .members_ref = REF(structures[3].members_ref, members[6]),
            .by_wire_name_ref = REF(structures[3].by_wire_name_ref, by_wire_name[6]),
            .member_count = 5,
        },
        [4] = { /* ApplyGuardrailResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[4].shape.name_ref, shape_names[70]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_apply_guardrail_output),
            },
            .members_ref = REF(structures[4].members_ref, members[11]),
            .by_wire_name_ref = REF(structures[4].by_wire_name_ref, by_wire_name[11]),
            .member_count = 6,
        },
        [5] = { /* AsyncInvokeOutputDataConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[5].shape.name_ref, shape_names[177]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_bedrock_runtime_async_invoke_output_data_config),
            },
            .members_ref = REF(structures[5].members_ref, members[17]),
            .by_wire_name_ref = REF(structures[5].by_wire_name_ref, by_wire_name[17]),
            .member_count = 1,
        },
        [6] = { /* AsyncInvokeS3OutputDataConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[6].shape.name_ref, shape_names[205]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_async_invoke_s3_output_data_config),
            },
            .members_ref = REF(structures[6].members_ref, members[18]),
            .by_wire_name_ref = REF(structures[6].by_wire_name_ref, by_wire_name[18]),
            .member_count = 3,
        },
        [7] = { /* AsyncInvokeSummary */
            .shape = {
                .name_ref = SHAPE_NAME(structures[7].shape.name_ref, shape_names[274]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_async_invoke_summary),
            },
            .members_ref = REF(structures[7].members_ref, members[21]),
            .by_wire_name_ref = REF(structures[7].by_wire_name_ref, by_wire_name[21]),
            .member_count = 9,
        },
        [8] = { /* AudioBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[8].shape.name_ref, shape_names[293]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_audio_block),
            },
            .members_ref = REF(structures[8].members_ref, members[30]),
            .by_wire_name_ref = REF(structures[8].by_wire_name_ref, by_wire_name[30]),
            .member_count = 3,
        },
        [9] = { /* AudioSource */
            .shape = {
                .name_ref = SHAPE_NAME(structures[9].shape.name_ref, shape_names[316]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION | AWSC_SF_SENSITIVE,
                .size = sizeof(struct awsc_bedrock_runtime_audio_source),
            },
            .members_ref = REF(structures[9].members_ref, members[33]),
            .by_wire_name_ref = REF(structures[9].by_wire_name_ref, by_wire_name[33]),
            .member_count = 2,
        },
        [10] = { /* AutoToolChoice */
            .shape = {
                .name_ref = SHAPE_NAME(structures[10].shape.name_ref, shape_names[349]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_auto_tool_choice),
            },
        },
        [11] = { /* BidirectionalInputPayloadPart */
            .shape = {
                .name_ref = SHAPE_NAME(structures[11].shape.name_ref, shape_names[397]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_SENSITIVE | AWSC_SF_EVENT,
                .size = sizeof(struct awsc_bedrock_runtime_bidirectional_input_payload_part),
            },
            .members_ref = REF(structures[11].members_ref, members[35]),
            .by_wire_name_ref = REF(structures[11].by_wire_name_ref, by_wire_name[35]),
            .member_count = 1,
        },
        [12] = { /* BidirectionalOutputPayloadPart */
            .shape = {
                .name_ref = SHAPE_NAME(structures[12].shape.name_ref, shape_names[427]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_SENSITIVE | AWSC_SF_EVENT,
                .size = sizeof(struct awsc_bedrock_runtime_bidirectional_output_payload_part),
            },
            .members_ref = REF(structures[12].members_ref, members[36]),
            .by_wire_name_ref = REF(structures[12].by_wire_name_ref, by_wire_name[36]),
            .member_count = 1,
        },
        [13] = { /* CacheDetail */
            .shape = {
                .name_ref = SHAPE_NAME(structures[13].shape.name_ref, shape_names[476]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_cache_detail),
            },
            .members_ref = REF(structures[13].members_ref, members[37]),
            .by_wire_name_ref = REF(structures[13].by_wire_name_ref, by_wire_name[37]),
            .member_count = 2,
        },
        [14] = { /* CachePointBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[14].shape.name_ref, shape_names[535]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_cache_point_block),
            },
            .members_ref = REF(structures[14].members_ref, members[39]),
            .by_wire_name_ref = REF(structures[14].by_wire_name_ref, by_wire_name[39]),
            .member_count = 2,
        },
        [15] = { /* Citation */
            .shape = {
                .name_ref = SHAPE_NAME(structures[15].shape.name_ref, shape_names[575]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_citation),
            },
            .members_ref = REF(structures[15].members_ref, members[41]),
            .by_wire_name_ref = REF(structures[15].by_wire_name_ref, by_wire_name[41]),
            .member_count = 4,
        },
        [16] = { /* CitationGeneratedContent */
            .shape = {
                .name_ref = SHAPE_NAME(structures[16].shape.name_ref, shape_names[584]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_bedrock_runtime_citation_generated_content),
            },
            .members_ref = REF(structures[16].members_ref, members[45]),
            .by_wire_name_ref = REF(structures[16].by_wire_name_ref, by_wire_name[45]),
            .member_count = 1,
        },
        [17] = { /* CitationLocation */
            .shape = {
                .name_ref = SHAPE_NAME(structures[17].shape.name_ref, shape_names[638]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_bedrock_runtime_citation_location),
            },
            .members_ref = REF(structures[17].members_ref, members[46]),
            .by_wire_name_ref = REF(structures[17].by_wire_name_ref, by_wire_name[46]),
            .member_count = 5,
        },
        [18] = { /* CitationSourceContent */
            .shape = {
                .name_ref = SHAPE_NAME(structures[18].shape.name_ref, shape_names[655]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_bedrock_runtime_citation_source_content),
            },
            .members_ref = REF(structures[18].members_ref, members[51]),
            .by_wire_name_ref = REF(structures[18].by_wire_name_ref, by_wire_name[51]),
            .member_count = 1,
        },
        [19] = { /* CitationSourceContentDelta */
            .shape = {
                .name_ref = SHAPE_NAME(structures[19].shape.name_ref, shape_names[677]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_citation_source_content_delta),
            },
            .members_ref = REF(structures[19].members_ref, members[52]),
            .by_wire_name_ref = REF(structures[19].by_wire_name_ref, by_wire_name[52]),
            .member_count = 1,
        },
        [20] = { /* CitationsConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[20].shape.name_ref, shape_names[771]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_citations_config),
            },
            .members_ref = REF(structures[20].members_ref, members[53]),
            .by_wire_name_ref = REF(structures[20].by_wire_name_ref, by_wire_name[53]),
            .member_count = 1,
        },
        [21] = { /* CitationsContentBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[21].shape.name_ref, shape_names[787]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_citations_content_block),
            },
            .members_ref = REF(structures[21].members_ref, members[54]),
            .by_wire_name_ref = REF(structures[21].by_wire_name_ref, by_wire_name[54]),
            .member_count = 2,
        },
        [22] = { /* CitationsDelta */
            .shape = {
                .name_ref = SHAPE_NAME(structures[22].shape.name_ref, shape_names[809]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_citations_delta),
            },
            .members_ref = REF(structures[22].members_ref, members[56]),
            .by_wire_name_ref = REF(structures[22].by_wire_name_ref, by_wire_name[56]),
            .member_count = 4,
        },
        [23] = { /* ConflictException */
            .shape = {
                .name_ref = REF(structures[23].shape.name_ref, strings[658]),
                .traits_ref = REF(structures[23].shape.traits_ref, traits[9]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_bedrock_runtime_conflict_exception),
            },
            .members_ref = REF(structures[23].members_ref, members[60]),
            .by_wire_name_ref = REF(structures[23].by_wire_name_ref, by_wire_name[60]),
            .member_count = 1,
        },
        [24] = { /* ContentBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[24].shape.name_ref, shape_names[824]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_bedrock_runtime_content_block),
            },
            .members_ref = REF(structures[24].members_ref, members[61]),
            .by_wire_name_ref = REF(structures[24].by_wire_name_ref, by_wire_name[61]),
            .member_count = 14,
        },
        [25] = { /* ContentBlockDelta */
            .shape = {
                .name_ref = SHAPE_NAME(structures[25].shape.name_ref, shape_names[837]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_bedrock_runtime_content_block_delta),
            },
            .members_ref = REF(structures[25].members_ref, members[75]),
            .by_wire_name_ref = REF(structures[25].by_wire_name_ref, by_wire_name[75]),
            .member_count = 6,
        },
        [26] = { /* ContentBlockDeltaEvent */
            .shape = {
                .name_ref = SHAPE_NAME(structures[26].shape.name_ref, shape_names[855]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EVENT,
                .size = sizeof(struct awsc_bedrock_runtime_content_block_delta_event),
            },
            .members_ref = REF(structures[26].members_ref, members[81]),
            .by_wire_name_ref = REF(structures[26].by_wire_name_ref, by_wire_name[81]),
            .member_count = 2,
        },
        [27] = { /* ContentBlockStart */
            .shape = {
                .name_ref = SHAPE_NAME(structures[27].shape.name_ref, shape_names[878]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_bedrock_runtime_content_block_start),
            },
            .members_ref = REF(structures[27].members_ref, members[83]),
            .by_wire_name_ref = REF(structures[27].by_wire_name_ref, by_wire_name[83]),
            .member_count = 3,
        },
        [28] = { /* ContentBlockStartEvent */
            .shape = {
                .name_ref = SHAPE_NAME(structures[28].shape.name_ref, shape_names[896]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EVENT,
                .size = sizeof(struct awsc_bedrock_runtime_content_block_start_event),
            },
            .members_ref = REF(structures[28].members_ref, members[86]),
            .by_wire_name_ref = REF(structures[28].by_wire_name_ref, by_wire_name[86]),
            .member_count = 2,
        },
        [29] = { /* ContentBlockStopEvent */
            .shape = {
                .name_ref = SHAPE_NAME(structures[29].shape.name_ref, shape_names[919]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EVENT,
                .size = sizeof(struct awsc_bedrock_runtime_content_block_stop_event),
            },
            .members_ref = REF(structures[29].members_ref, members[88]),
            .by_wire_name_ref = REF(structures[29].by_wire_name_ref, by_wire_name[88]),
            .member_count = 1,
        },
        [30] = { /* ConverseMetrics */
            .shape = {
                .name_ref = SHAPE_NAME(structures[30].shape.name_ref, shape_names[994]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_converse_metrics),
            },
            .members_ref = REF(structures[30].members_ref, members[89]),
            .by_wire_name_ref = REF(structures[30].by_wire_name_ref, by_wire_name[89]),
            .member_count = 1,
        },
        [31] = { /* ConverseOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[31].shape.name_ref, shape_names[1010]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_bedrock_runtime_converse_output),
            },
            .members_ref = REF(structures[31].members_ref, members[90]),
            .by_wire_name_ref = REF(structures[31].by_wire_name_ref, by_wire_name[90]),
            .member_count = 1,
        },
        [32] = { /* ConverseRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[32].shape.name_ref, shape_names[1025]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_converse_input),
            },
            .members_ref = REF(structures[32].members_ref, members[91]),
            .by_wire_name_ref = REF(structures[32].by_wire_name_ref, by_wire_name[91]),
            .member_count = 13,
        },
        [33] = { /* ConverseResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[33].shape.name_ref, shape_names[1159]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_converse_response),
            },
            .members_ref = REF(structures[33].members_ref, members[104]),
            .by_wire_name_ref = REF(structures[33].by_wire_name_ref, by_wire_name[104]),
            .member_count = 8,
        },
        [34] = { /* ConverseStreamMetadataEvent */
            .shape = {
                .name_ref = SHAPE_NAME(structures[34].shape.name_ref, shape_names[1176]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EVENT,
                .size = sizeof(struct awsc_bedrock_runtime_converse_stream_metadata_event),
            },
            .members_ref = REF(structures[34].members_ref, members[112]),
            .by_wire_name_ref = REF(structures[34].by_wire_name_ref, by_wire_name[112]),
            .member_count = 5,
        },
        [35] = { /* ConverseStreamMetrics */
            .shape = {
                .name_ref = SHAPE_NAME(structures[35].shape.name_ref, shape_names[1204]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_converse_stream_metrics),
            },
            .members_ref = REF(structures[35].members_ref, members[117]),
            .by_wire_name_ref = REF(structures[35].by_wire_name_ref, by_wire_name[117]),
            .member_count = 1,
        },
        [36] = { /* ConverseStreamOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[36].shape.name_ref, shape_names[1226]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EVENTSTREAM,
                .size = sizeof(struct awsc_bedrock_runtime_converse_stream_event),
            },
            .members_ref = REF(structures[36].members_ref, members[118]),
            .by_wire_name_ref = REF(structures[36].by_wire_name_ref, by_wire_name[118]),
            .member_count = 11,
        },
        [37] = { /* ConverseStreamRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[37].shape.name_ref, shape_names[1247]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_converse_stream_input),
            },
            .members_ref = REF(structures[37].members_ref, members[129]),
            .by_wire_name_ref = REF(structures[37].by_wire_name_ref, by_wire_name[129]),
            .member_count = 13,
        },
        [38] = { /* ConverseStreamResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[38].shape.name_ref, shape_names[1399]),
                .traits_ref = REF(structures[38].shape.traits_ref, traits[15]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_converse_stream_output),
            },
            .members_ref = REF(structures[38].members_ref, members[142]),
            .by_wire_name_ref = REF(structures[38].by_wire_name_ref, by_wire_name[142]),
            .member_count = 1,
        },
        [39] = { /* ConverseStreamTrace */
            .shape = {
                .name_ref = SHAPE_NAME(structures[39].shape.name_ref, shape_names[1422]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_converse_stream_trace),
            },
            .members_ref = REF(structures[39].members_ref, members[143]),
            .by_wire_name_ref = REF(structures[39].by_wire_name_ref, by_wire_name[143]),
            .member_count = 2,
        },
        [40] = { /* ConverseTokensRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[40].shape.name_ref, shape_names[1442]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_converse_tokens_request),
            },
            .members_ref = REF(structures[40].members_ref, members[145]),
            .by_wire_name_ref = REF(structures[40].by_wire_name_ref, by_wire_name[145]),
            .member_count = 4,
        },
        [41] = { /* ConverseTrace */
            .shape = {
                .name_ref = SHAPE_NAME(structures[41].shape.name_ref, shape_names[1464]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_converse_trace),
            },
            .members_ref = REF(structures[41].members_ref, members[149]),
            .by_wire_name_ref = REF(structures[41].by_wire_name_ref, by_wire_name[149]),
            .member_count = 2,
        },
        [42] = { /* CountTokensInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[42].shape.name_ref, shape_names[1478]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_bedrock_runtime_count_tokens_input),
            },
            .members_ref = REF(structures[42].members_ref, members[151]),
            .by_wire_name_ref = REF(structures[42].by_wire_name_ref, by_wire_name[151]),
            .member_count = 2,
        },
        [43] = { /* CountTokensRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[43].shape.name_ref, shape_names[1495]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_count_tokens_request),
            },
            .members_ref = REF(structures[43].members_ref, members[153]),
            .by_wire_name_ref = REF(structures[43].by_wire_name_ref, by_wire_name[153]),
            .member_count = 2,
        },
        [44] = { /* CountTokensResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[44].shape.name_ref, shape_names[1514]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_count_tokens_output),
            },
            .members_ref = REF(structures[44].members_ref, members[155]),
            .by_wire_name_ref = REF(structures[44].by_wire_name_ref, by_wire_name[155]),
            .member_count = 1,
        },
        [45] = { /* DocumentBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[45].shape.name_ref, shape_names[1543]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_document_block),
            },
            .members_ref = REF(structures[45].members_ref, members[156]),
            .by_wire_name_ref = REF(structures[45].by_wire_name_ref, by_wire_name[156]),
            .member_count = 5,
        },
        [46] = { /* DocumentCharLocation */
            .shape = {
                .name_ref = SHAPE_NAME(structures[46].shape.name_ref, shape_names[1581]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_document_char_location),
            },
            .members_ref = REF(structures[46].members_ref, members[161]),
            .by_wire_name_ref = REF(structures[46].by_wire_name_ref, by_wire_name[161]),
            .member_count = 3,
        },
        [47] = { /* DocumentChunkLocation */
            .shape = {
                .name_ref = SHAPE_NAME(structures[47].shape.name_ref, shape_names[1707]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_document_chunk_location),
            },
            .members_ref = REF(structures[47].members_ref, members[164]),
            .by_wire_name_ref = REF(structures[47].by_wire_name_ref, by_wire_name[164]),
            .member_count = 3,
        },
        [48] = { /* DocumentContentBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[48].shape.name_ref, shape_names[1837]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_bedrock_runtime_document_content_block),
            },
            .members_ref = REF(structures[48].members_ref, members[167]),
            .by_wire_name_ref = REF(structures[48].by_wire_name_ref, by_wire_name[167]),
            .member_count = 1,
        },
        [49] = { /* DocumentPageLocation */
            .shape = {
                .name_ref = SHAPE_NAME(structures[49].shape.name_ref, shape_names[1895]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_document_page_location),
            },
            .members_ref = REF(structures[49].members_ref, members[168]),
            .by_wire_name_ref = REF(structures[49].by_wire_name_ref, by_wire_name[168]),
            .member_count = 3,
        },
        [50] = { /* DocumentSource */
            .shape = {
                .name_ref = SHAPE_NAME(structures[50].shape.name_ref, shape_names[2021]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_bedrock_runtime_document_source),
            },
            .members_ref = REF(structures[50].members_ref, members[171]),
            .by_wire_name_ref = REF(structures[50].by_wire_name_ref, by_wire_name[171]),
            .member_count = 4,
        },
        [51] = { /* ErrorBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[51].shape.name_ref, shape_names[2060]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_SENSITIVE,
                .size = sizeof(struct awsc_bedrock_runtime_error_block),
            },
            .members_ref = REF(structures[51].members_ref, members[175]),
            .by_wire_name_ref = REF(structures[51].by_wire_name_ref, by_wire_name[175]),
            .member_count = 1,
        },
        [52] = { /* GetAsyncInvokeRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[52].shape.name_ref, shape_names[2104]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_get_async_invoke_input),
            },
            .members_ref = REF(structures[52].members_ref, members[176]),
            .by_wire_name_ref = REF(structures[52].by_wire_name_ref, by_wire_name[176]),
            .member_count = 1,
        },
        [53] = { /* GetAsyncInvokeResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[53].shape.name_ref, shape_names[2126]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_get_async_invoke_output),
            },
            .members_ref = REF(structures[53].members_ref, members[177]),
            .by_wire_name_ref = REF(structures[53].by_wire_name_ref, by_wire_name[177]),
            .member_count = 9,
        },
        [54] = { /* GuardrailAssessment */
            .shape = {
                .name_ref = SHAPE_NAME(structures[54].shape.name_ref, shape_names[2178]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_assessment),
            },
            .members_ref = REF(structures[54].members_ref, members[186]),
            .by_wire_name_ref = REF(structures[54].by_wire_name_ref, by_wire_name[186]),
            .member_count = 8,
        },
        [55] = { /* GuardrailAutomatedReasoningFinding */
            .shape = {
                .name_ref = SHAPE_NAME(structures[55].shape.name_ref, shape_names[2322]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding),
            },
            .members_ref = REF(structures[55].members_ref, members[194]),
            .by_wire_name_ref = REF(structures[55].by_wire_name_ref, by_wire_name[194]),
            .member_count = 7,
        },
        [56] = { /* GuardrailAutomatedReasoningImpossibleFinding */
            .shape = {
                .name_ref = SHAPE_NAME(structures[56].shape.name_ref, shape_names[2396]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_impossible_finding),
            },
            .members_ref = REF(structures[56].members_ref, members[201]),
            .by_wire_name_ref = REF(structures[56].by_wire_name_ref, by_wire_name[201]),
            .member_count = 3,
        },
        [57] = { /* GuardrailAutomatedReasoningInputTextReference */
            .shape = {
                .name_ref = SHAPE_NAME(structures[57].shape.name_ref, shape_names[2441]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_input_text_reference),
            },
            .members_ref = REF(structures[57].members_ref, members[204]),
            .by_wire_name_ref = REF(structures[57].by_wire_name_ref, by_wire_name[204]),
            .member_count = 1,
        },
        [58] = { /* GuardrailAutomatedReasoningInvalidFinding */
            .shape = {
                .name_ref = SHAPE_NAME(structures[58].shape.name_ref, shape_names[2537]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_invalid_finding),
            },
            .members_ref = REF(structures[58].members_ref, members[205]),
            .by_wire_name_ref = REF(structures[58].by_wire_name_ref, by_wire_name[205]),
            .member_count = 3,
        },
        [59] = { /* GuardrailAutomatedReasoningLogicWarning */
            .shape = {
                .name_ref = SHAPE_NAME(structures[59].shape.name_ref, shape_names[2579]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning),
            },
            .members_ref = REF(structures[59].members_ref, members[208]),
            .by_wire_name_ref = REF(structures[59].by_wire_name_ref, by_wire_name[208]),
            .member_count = 3,
        },
        [60] = { /* GuardrailAutomatedReasoningNoTranslationsFinding */
            .shape = {
                .name_ref = SHAPE_NAME(structures[60].shape.name_ref, shape_names[2663]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_no_translations_finding),
            },
        },
        [61] = { /* GuardrailAutomatedReasoningPolicyAssessment */
            .shape = {
                .name_ref = SHAPE_NAME(structures[61].shape.name_ref, shape_names[2757]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_policy_assessment),
            },
            .members_ref = REF(structures[61].members_ref, members[211]),
            .by_wire_name_ref = REF(structures[61].by_wire_name_ref, by_wire_name[211]),
            .member_count = 1,
        },
        [62] = { /* GuardrailAutomatedReasoningRule */
            .shape = {
                .name_ref = SHAPE_NAME(structures[62].shape.name_ref, shape_names[2893]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_rule),
            },
            .members_ref = REF(structures[62].members_ref, members[212]),
            .by_wire_name_ref = REF(structures[62].by_wire_name_ref, by_wire_name[212]),
            .member_count = 2,
        },
        [63] = { /* GuardrailAutomatedReasoningSatisfiableFinding */
            .shape = {
                .name_ref = SHAPE_NAME(structures[63].shape.name_ref, shape_names[2961]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_satisfiable_finding),
            },
            .members_ref = REF(structures[63].members_ref, members[214]),
            .by_wire_name_ref = REF(structures[63].by_wire_name_ref, by_wire_name[214]),
            .member_count = 4,
        },
        [64] = { /* GuardrailAutomatedReasoningScenario */
            .shape = {
                .name_ref = SHAPE_NAME(structures[64].shape.name_ref, shape_names[3007]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_scenario),
            },
            .members_ref = REF(structures[64].members_ref, members[218]),
            .by_wire_name_ref = REF(structures[64].by_wire_name_ref, by_wire_name[218]),
            .member_count = 1,
        },
        [65] = { /* GuardrailAutomatedReasoningStatement */
            .shape = {
                .name_ref = SHAPE_NAME(structures[65].shape.name_ref, shape_names[3043]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_statement),
            },
            .members_ref = REF(structures[65].members_ref, members[219]),
            .by_wire_name_ref = REF(structures[65].by_wire_name_ref, by_wire_name[219]),
            .member_count = 2,
        },
        [66] = { /* GuardrailAutomatedReasoningTooComplexFinding */
            .shape = {
                .name_ref = SHAPE_NAME(structures[66].shape.name_ref, shape_names[3229]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_too_complex_finding),
            },
        },
        [67] = { /* GuardrailAutomatedReasoningTranslation */
            .shape = {
                .name_ref = SHAPE_NAME(structures[67].shape.name_ref, shape_names[3274]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation),
            },
            .members_ref = REF(structures[67].members_ref, members[221]),
            .by_wire_name_ref = REF(structures[67].by_wire_name_ref, by_wire_name[221]),
            .member_count = 5,
        },
        [68] = { /* GuardrailAutomatedReasoningTranslationAmbiguousFinding */
            .shape = {
                .name_ref = SHAPE_NAME(structures[68].shape.name_ref, shape_names[3313]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_ambiguous_finding),
            },
            .members_ref = REF(structures[68].members_ref, members[226]),
            .by_wire_name_ref = REF(structures[68].by_wire_name_ref, by_wire_name[226]),
            .member_count = 2,
        },
        [69] = { /* GuardrailAutomatedReasoningTranslationOption */
            .shape = {
                .name_ref = SHAPE_NAME(structures[69].shape.name_ref, shape_names[3460]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_option),
            },
            .members_ref = REF(structures[69].members_ref, members[228]),
            .by_wire_name_ref = REF(structures[69].by_wire_name_ref, by_wire_name[228]),
            .member_count = 1,
        },
        [70] = { /* GuardrailAutomatedReasoningValidFinding */
            .shape = {
                .name_ref = SHAPE_NAME(structures[70].shape.name_ref, shape_names[3554]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_valid_finding),
            },
            .members_ref = REF(structures[70].members_ref, members[229]),
            .by_wire_name_ref = REF(structures[70].by_wire_name_ref, by_wire_name[229]),
            .member_count = 4,
        },
        [71] = { /* GuardrailChecksConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[71].shape.name_ref, shape_names[3594]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_config),
            },
            .members_ref = REF(structures[71].members_ref, members[233]),
            .by_wire_name_ref = REF(structures[71].by_wire_name_ref, by_wire_name[233]),
            .member_count = 3,
        },
        [72] = { /* GuardrailChecksContentBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[72].shape.name_ref, shape_names[3616]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_block),
            },
            .members_ref = REF(structures[72].members_ref, members[236]),
            .by_wire_name_ref = REF(structures[72].by_wire_name_ref, by_wire_name[236]),
            .member_count = 1,
        },
        [73] = { /* GuardrailChecksContentFilterCategoryConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[73].shape.name_ref, shape_names[3713]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_category_config),
            },
            .members_ref = REF(structures[73].members_ref, members[237]),
            .by_wire_name_ref = REF(structures[73].by_wire_name_ref, by_wire_name[237]),
            .member_count = 1,
        },
        [74] = { /* GuardrailChecksContentFilterConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[74].shape.name_ref, shape_names[3803]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_config),
            },
            .members_ref = REF(structures[74].members_ref, members[238]),
            .by_wire_name_ref = REF(structures[74].by_wire_name_ref, by_wire_name[238]),
            .member_count = 1,
        },
        [75] = { /* GuardrailChecksContentFilterResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[75].shape.name_ref, shape_names[3838]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_result),
            },
            .members_ref = REF(structures[75].members_ref, members[239]),
            .by_wire_name_ref = REF(structures[75].by_wire_name_ref, by_wire_name[239]),
            .member_count = 1,
        },
        [76] = { /* GuardrailChecksContentFilterResultEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[76].shape.name_ref, shape_names[3873]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_result_entry),
            },
            .members_ref = REF(structures[76].members_ref, members[240]),
            .by_wire_name_ref = REF(structures[76].by_wire_name_ref, by_wire_name[240]),
            .member_count = 2,
        },
        [77] = { /* GuardrailChecksContentFilterUsage */
            .shape = {
                .name_ref = SHAPE_NAME(structures[77].shape.name_ref, shape_names[4011]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_usage),
            },
            .members_ref = REF(structures[77].members_ref, members[242]),
            .by_wire_name_ref = REF(structures[77].by_wire_name_ref, by_wire_name[242]),
            .member_count = 1,
        },
        [78] = { /* GuardrailChecksMessage */
            .shape = {
                .name_ref = SHAPE_NAME(structures[78].shape.name_ref, shape_names[4045]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_message),
            },
            .members_ref = REF(structures[78].members_ref, members[243]),
            .by_wire_name_ref = REF(structures[78].by_wire_name_ref, by_wire_name[243]),
            .member_count = 2,
        },
        [79] = { /* GuardrailChecksPromptAttackCategoryConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[79].shape.name_ref, shape_names[4131]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_config),
            },
            .members_ref = REF(structures[79].members_ref, members[245]),
            .by_wire_name_ref = REF(structures[79].by_wire_name_ref, by_wire_name[245]),
            .member_count = 1,
        },
        [80] = { /* GuardrailChecksPromptAttackConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[80].shape.name_ref, shape_names[4219]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_config),
            },
            .members_ref = REF(structures[80].members_ref, members[246]),
            .by_wire_name_ref = REF(structures[80].by_wire_name_ref, by_wire_name[246]),
            .member_count = 1,
        },
        [81] = { /* GuardrailChecksPromptAttackResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[81].shape.name_ref, shape_names[4253]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result),
            },
            .members_ref = REF(structures[81].members_ref, members[247]),
            .by_wire_name_ref = REF(structures[81].by_wire_name_ref, by_wire_name[247]),
            .member_count = 1,
        },
        [82] = { /* GuardrailChecksPromptAttackResultEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[82].shape.name_ref, shape_names[4287]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result_entry),
            },
            .members_ref = REF(structures[82].members_ref, members[248]),
            .by_wire_name_ref = REF(structures[82].by_wire_name_ref, by_wire_name[248]),
            .member_count = 2,
        },
        [83] = { /* GuardrailChecksPromptAttackUsage */
            .shape = {
                .name_ref = SHAPE_NAME(structures[83].shape.name_ref, shape_names[4422]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_usage),
            },
            .members_ref = REF(structures[83].members_ref, members[250]),
            .by_wire_name_ref = REF(structures[83].by_wire_name_ref, by_wire_name[250]),
            .member_count = 1,
        },
        [84] = { /* GuardrailChecksResults */
            .shape = {
                .name_ref = SHAPE_NAME(structures[84].shape.name_ref, shape_names[4455]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_results),
            },
            .members_ref = REF(structures[84].members_ref, members[251]),
            .by_wire_name_ref = REF(structures[84].by_wire_name_ref, by_wire_name[251]),
            .member_count = 3,
        },
        [85] = { /* GuardrailChecksSensitiveInformationConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[85].shape.name_ref, shape_names[4498]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_config),
            },
            .members_ref = REF(structures[85].members_ref, members[254]),
            .by_wire_name_ref = REF(structures[85].by_wire_name_ref, by_wire_name[254]),
            .member_count = 1,
        },
        [86] = { /* GuardrailChecksSensitiveInformationEntityConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[86].shape.name_ref, shape_names[4540]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_config),
            },
            .members_ref = REF(structures[86].members_ref, members[255]),
            .by_wire_name_ref = REF(structures[86].by_wire_name_ref, by_wire_name[255]),
            .member_count = 1,
        },
        [87] = { /* GuardrailChecksSensitiveInformationResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[87].shape.name_ref, shape_names[4686]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result),
            },
            .members_ref = REF(structures[87].members_ref, members[256]),
            .by_wire_name_ref = REF(structures[87].by_wire_name_ref, by_wire_name[256]),
            .member_count = 2,
        },
        [88] = { /* GuardrailChecksSensitiveInformationResultEntry */
            .shape = {
                .name_ref = SHAPE_NAME(structures[88].shape.name_ref, shape_names[4728]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry),
            },
            .members_ref = REF(structures[88].members_ref, members[258]),
            .by_wire_name_ref = REF(structures[88].by_wire_name_ref, by_wire_name[258]),
            .member_count = 6,
        },
        [89] = { /* GuardrailChecksSensitiveInformationUsage */
            .shape = {
                .name_ref = SHAPE_NAME(structures[89].shape.name_ref, shape_names[5149]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_usage),
            },
            .members_ref = REF(structures[89].members_ref, members[264]),
            .by_wire_name_ref = REF(structures[89].by_wire_name_ref, by_wire_name[264]),
            .member_count = 1,
        },
        [90] = { /* GuardrailChecksUsageResults */
            .shape = {
                .name_ref = SHAPE_NAME(structures[90].shape.name_ref, shape_names[5217]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_usage_results),
            },
            .members_ref = REF(structures[90].members_ref, members[265]),
            .by_wire_name_ref = REF(structures[90].by_wire_name_ref, by_wire_name[265]),
            .member_count = 3,
        },
        [91] = { /* GuardrailConfiguration */
            .shape = {
                .name_ref = SHAPE_NAME(structures[91].shape.name_ref, shape_names[5245]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_configuration),
            },
            .members_ref = REF(structures[91].members_ref, members[268]),
            .by_wire_name_ref = REF(structures[91].by_wire_name_ref, by_wire_name[268]),
            .member_count = 3,
        },
        [92] = { /* GuardrailContentBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[92].shape.name_ref, shape_names[5268]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_content_block),
            },
            .members_ref = REF(structures[92].members_ref, members[271]),
            .by_wire_name_ref = REF(structures[92].by_wire_name_ref, by_wire_name[271]),
            .member_count = 2,
        },
        [93] = { /* GuardrailContentFilter */
            .shape = {
                .name_ref = SHAPE_NAME(structures[93].shape.name_ref, shape_names[5316]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_content_filter),
            },
            .members_ref = REF(structures[93].members_ref, members[273]),
            .by_wire_name_ref = REF(structures[93].by_wire_name_ref, by_wire_name[273]),
            .member_count = 5,
        },
        [94] = { /* GuardrailContentPolicyAssessment */
            .shape = {
                .name_ref = SHAPE_NAME(structures[94].shape.name_ref, shape_names[5486]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_content_policy_assessment),
            },
            .members_ref = REF(structures[94].members_ref, members[278]),
            .by_wire_name_ref = REF(structures[94].by_wire_name_ref, by_wire_name[278]),
            .member_count = 1,
        },
        [95] = { /* GuardrailContextualGroundingFilter */
            .shape = {
                .name_ref = SHAPE_NAME(structures[95].shape.name_ref, shape_names[5677]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter),
            },
            .members_ref = REF(structures[95].members_ref, members[279]),
            .by_wire_name_ref = REF(structures[95].by_wire_name_ref, by_wire_name[279]),
            .member_count = 5,
        },
        [96] = { /* GuardrailContextualGroundingPolicyAssessment */
            .shape = {
                .name_ref = SHAPE_NAME(structures[96].shape.name_ref, shape_names[5924]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_policy_assessment),
            },
            .members_ref = REF(structures[96].members_ref, members[284]),
            .by_wire_name_ref = REF(structures[96].by_wire_name_ref, by_wire_name[284]),
            .member_count = 1,
        },
        [97] = { /* GuardrailConverseContentBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[97].shape.name_ref, shape_names[6018]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_converse_content_block),
            },
            .members_ref = REF(structures[97].members_ref, members[285]),
            .by_wire_name_ref = REF(structures[97].by_wire_name_ref, by_wire_name[285]),
            .member_count = 2,
        },
        [98] = { /* GuardrailConverseImageBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[98].shape.name_ref, shape_names[6120]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_SENSITIVE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_converse_image_block),
            },
            .members_ref = REF(structures[98].members_ref, members[287]),
            .by_wire_name_ref = REF(structures[98].by_wire_name_ref, by_wire_name[287]),
            .member_count = 2,
        },
        [99] = { /* GuardrailConverseImageSource */
            .shape = {
                .name_ref = SHAPE_NAME(structures[99].shape.name_ref, shape_names[6177]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION | AWSC_SF_SENSITIVE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_converse_image_source),
            },
            .members_ref = REF(structures[99].members_ref, members[289]),
            .by_wire_name_ref = REF(structures[99].by_wire_name_ref, by_wire_name[289]),
            .member_count = 1,
        },
        [100] = { /* GuardrailConverseTextBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[100].shape.name_ref, shape_names[6244]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_converse_text_block),
            },
            .members_ref = REF(structures[100].members_ref, members[290]),
            .by_wire_name_ref = REF(structures[100].by_wire_name_ref, by_wire_name[290]),
            .member_count = 2,
        },
        [101] = { /* GuardrailCoverage */
            .shape = {
                .name_ref = SHAPE_NAME(structures[101].shape.name_ref, shape_names[6271]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_coverage),
            },
            .members_ref = REF(structures[101].members_ref, members[292]),
            .by_wire_name_ref = REF(structures[101].by_wire_name_ref, by_wire_name[292]),
            .member_count = 2,
        },
        [102] = { /* GuardrailCustomWord */
            .shape = {
                .name_ref = SHAPE_NAME(structures[102].shape.name_ref, shape_names[6289]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_custom_word),
            },
            .members_ref = REF(structures[102].members_ref, members[294]),
            .by_wire_name_ref = REF(structures[102].by_wire_name_ref, by_wire_name[294]),
            .member_count = 3,
        },
        [103] = { /* GuardrailImageBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[103].shape.name_ref, shape_names[6365]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_SENSITIVE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_image_block),
            },
            .members_ref = REF(structures[103].members_ref, members[297]),
            .by_wire_name_ref = REF(structures[103].by_wire_name_ref, by_wire_name[297]),
            .member_count = 2,
        },
        [104] = { /* GuardrailImageCoverage */
            .shape = {
                .name_ref = SHAPE_NAME(structures[104].shape.name_ref, shape_names[6385]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_image_coverage),
            },
            .members_ref = REF(structures[104].members_ref, members[299]),
            .by_wire_name_ref = REF(structures[104].by_wire_name_ref, by_wire_name[299]),
            .member_count = 2,
        },
        [105] = { /* GuardrailImageSource */
            .shape = {
                .name_ref = SHAPE_NAME(structures[105].shape.name_ref, shape_names[6429]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION | AWSC_SF_SENSITIVE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_image_source),
            },
            .members_ref = REF(structures[105].members_ref, members[301]),
            .by_wire_name_ref = REF(structures[105].by_wire_name_ref, by_wire_name[301]),
            .member_count = 1,
        },
        [106] = { /* GuardrailInvocationMetrics */
            .shape = {
                .name_ref = SHAPE_NAME(structures[106].shape.name_ref, shape_names[6480]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_invocation_metrics),
            },
            .members_ref = REF(structures[106].members_ref, members[302]),
            .by_wire_name_ref = REF(structures[106].by_wire_name_ref, by_wire_name[302]),
            .member_count = 3,
        },
        [107] = { /* GuardrailManagedWord */
            .shape = {
                .name_ref = SHAPE_NAME(structures[107].shape.name_ref, shape_names[6507]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_managed_word),
            },
            .members_ref = REF(structures[107].members_ref, members[305]),
            .by_wire_name_ref = REF(structures[107].by_wire_name_ref, by_wire_name[305]),
            .member_count = 4,
        },
        [108] = { /* GuardrailOutputContent */
            .shape = {
                .name_ref = SHAPE_NAME(structures[108].shape.name_ref, shape_names[6614]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_output_content),
            },
            .members_ref = REF(structures[108].members_ref, members[309]),
            .by_wire_name_ref = REF(structures[108].by_wire_name_ref, by_wire_name[309]),
            .member_count = 1,
        },
        [109] = { /* GuardrailPiiEntityFilter */
            .shape = {
                .name_ref = SHAPE_NAME(structures[109].shape.name_ref, shape_names[6724]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_pii_entity_filter),
            },
            .members_ref = REF(structures[109].members_ref, members[310]),
            .by_wire_name_ref = REF(structures[109].by_wire_name_ref, by_wire_name[310]),
            .member_count = 4,
        },
        [110] = { /* GuardrailRegexFilter */
            .shape = {
                .name_ref = SHAPE_NAME(structures[110].shape.name_ref, shape_names[6828]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_regex_filter),
            },
            .members_ref = REF(structures[110].members_ref, members[314]),
            .by_wire_name_ref = REF(structures[110].by_wire_name_ref, by_wire_name[314]),
            .member_count = 5,
        },
        [111] = { /* GuardrailSensitiveInformationPolicyAssessment */
            .shape = {
                .name_ref = SHAPE_NAME(structures[111].shape.name_ref, shape_names[6916]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_sensitive_information_policy_assessment),
            },
            .members_ref = REF(structures[111].members_ref, members[319]),
            .by_wire_name_ref = REF(structures[111].by_wire_name_ref, by_wire_name[319]),
            .member_count = 2,
        },
        [112] = { /* GuardrailStreamConfiguration */
            .shape = {
                .name_ref = SHAPE_NAME(structures[112].shape.name_ref, shape_names[7066]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_stream_configuration),
            },
            .members_ref = REF(structures[112].members_ref, members[321]),
            .by_wire_name_ref = REF(structures[112].by_wire_name_ref, by_wire_name[321]),
            .member_count = 4,
        },
        [113] = { /* GuardrailTextBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[113].shape.name_ref, shape_names[7125]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_text_block),
            },
            .members_ref = REF(structures[113].members_ref, members[325]),
            .by_wire_name_ref = REF(structures[113].by_wire_name_ref, by_wire_name[325]),
            .member_count = 2,
        },
        [114] = { /* GuardrailTextCharactersCoverage */
            .shape = {
                .name_ref = SHAPE_NAME(structures[114].shape.name_ref, shape_names[7144]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_text_characters_coverage),
            },
            .members_ref = REF(structures[114].members_ref, members[327]),
            .by_wire_name_ref = REF(structures[114].by_wire_name_ref, by_wire_name[327]),
            .member_count = 2,
        },
        [115] = { /* GuardrailTopic */
            .shape = {
                .name_ref = SHAPE_NAME(structures[115].shape.name_ref, shape_names[7176]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_topic),
            },
            .members_ref = REF(structures[115].members_ref, members[329]),
            .by_wire_name_ref = REF(structures[115].by_wire_name_ref, by_wire_name[329]),
            .member_count = 4,
        },
        [116] = { /* GuardrailTopicPolicyAssessment */
            .shape = {
                .name_ref = SHAPE_NAME(structures[116].shape.name_ref, shape_names[7237]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_topic_policy_assessment),
            },
            .members_ref = REF(structures[116].members_ref, members[333]),
            .by_wire_name_ref = REF(structures[116].by_wire_name_ref, by_wire_name[333]),
            .member_count = 1,
        },
        [117] = { /* GuardrailTraceAssessment */
            .shape = {
                .name_ref = SHAPE_NAME(structures[117].shape.name_ref, shape_names[7337]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_trace_assessment),
            },
            .members_ref = REF(structures[117].members_ref, members[334]),
            .by_wire_name_ref = REF(structures[117].by_wire_name_ref, by_wire_name[334]),
            .member_count = 4,
        },
        [118] = { /* GuardrailUsage */
            .shape = {
                .name_ref = SHAPE_NAME(structures[118].shape.name_ref, shape_names[7362]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_usage),
            },
            .members_ref = REF(structures[118].members_ref, members[338]),
            .by_wire_name_ref = REF(structures[118].by_wire_name_ref, by_wire_name[338]),
            .member_count = 9,
        },
        [119] = { /* GuardrailWordPolicyAssessment */
            .shape = {
                .name_ref = SHAPE_NAME(structures[119].shape.name_ref, shape_names[7420]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_word_policy_assessment),
            },
            .members_ref = REF(structures[119].members_ref, members[347]),
            .by_wire_name_ref = REF(structures[119].by_wire_name_ref, by_wire_name[347]),
            .member_count = 2,
        },
        [120] = { /* ImageBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[120].shape.name_ref, shape_names[7484]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_image_block),
            },
            .members_ref = REF(structures[120].members_ref, members[349]),
            .by_wire_name_ref = REF(structures[120].by_wire_name_ref, by_wire_name[349]),
            .member_count = 3,
        },
        [121] = { /* ImageBlockDelta */
            .shape = {
                .name_ref = SHAPE_NAME(structures[121].shape.name_ref, shape_names[7495]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_image_block_delta),
            },
            .members_ref = REF(structures[121].members_ref, members[352]),
            .by_wire_name_ref = REF(structures[121].by_wire_name_ref, by_wire_name[352]),
            .member_count = 2,
        },
        [122] = { /* ImageBlockStart */
            .shape = {
                .name_ref = SHAPE_NAME(structures[122].shape.name_ref, shape_names[7511]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_image_block_start),
            },
            .members_ref = REF(structures[122].members_ref, members[354]),
            .by_wire_name_ref = REF(structures[122].by_wire_name_ref, by_wire_name[354]),
            .member_count = 1,
        },
        [123] = { /* ImageSource */
            .shape = {
                .name_ref = SHAPE_NAME(structures[123].shape.name_ref, shape_names[7539]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION | AWSC_SF_SENSITIVE,
                .size = sizeof(struct awsc_bedrock_runtime_image_source),
            },
            .members_ref = REF(structures[123].members_ref, members[355]),
            .by_wire_name_ref = REF(structures[123].by_wire_name_ref, by_wire_name[355]),
            .member_count = 2,
        },
        [124] = { /* InferenceConfiguration */
            .shape = {
                .name_ref = SHAPE_NAME(structures[124].shape.name_ref, shape_names[7598]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_inference_configuration),
            },
            .members_ref = REF(structures[124].members_ref, members[357]),
            .by_wire_name_ref = REF(structures[124].by_wire_name_ref, by_wire_name[357]),
            .member_count = 4,
        },
        [125] = { /* InternalServerException */
            .shape = {
                .name_ref = REF(structures[125].shape.name_ref, strings[3759]),
                .traits_ref = REF(structures[125].shape.traits_ref, traits[59]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_bedrock_runtime_internal_server_exception),
            },
            .members_ref = REF(structures[125].members_ref, members[361]),
            .by_wire_name_ref = REF(structures[125].by_wire_name_ref, by_wire_name[361]),
            .member_count = 1,
        },
        [126] = { /* InvokeGuardrailChecksRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[126].shape.name_ref, shape_names[7793]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_invoke_guardrail_checks_input),
            },
            .members_ref = REF(structures[126].members_ref, members[362]),
            .by_wire_name_ref = REF(structures[126].by_wire_name_ref, by_wire_name[362]),
            .member_count = 2,
        },
        [127] = { /* InvokeGuardrailChecksResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[127].shape.name_ref, shape_names[7822]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_invoke_guardrail_checks_output),
            },
            .members_ref = REF(structures[127].members_ref, members[364]),
            .by_wire_name_ref = REF(structures[127].by_wire_name_ref, by_wire_name[364]),
            .member_count = 2,
        },
        [128] = { /* InvokeModelRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[128].shape.name_ref, shape_names[7874]),
                .traits_ref = REF(structures[128].shape.traits_ref, traits[62]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_invoke_model_input),
            },
            .members_ref = REF(structures[128].members_ref, members[366]),
            .by_wire_name_ref = REF(structures[128].by_wire_name_ref, by_wire_name[366]),
            .member_count = 10,
        },
        [129] = { /* InvokeModelResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[129].shape.name_ref, shape_names[7893]),
                .traits_ref = REF(structures[129].shape.traits_ref, traits[62]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_invoke_model_output),
            },
            .members_ref = REF(structures[129].members_ref, members[376]),
            .by_wire_name_ref = REF(structures[129].by_wire_name_ref, by_wire_name[376]),
            .member_count = 4,
        },
        [130] = { /* InvokeModelTokensRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[130].shape.name_ref, shape_names[7913]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_invoke_model_tokens_request),
            },
            .members_ref = REF(structures[130].members_ref, members[380]),
            .by_wire_name_ref = REF(structures[130].by_wire_name_ref, by_wire_name[380]),
            .member_count = 1,
        },
        [131] = { /* InvokeModelWithBidirectionalStreamInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[131].shape.name_ref, shape_names[7938]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EVENTSTREAM,
                .size = sizeof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_input),
            },
            .members_ref = REF(structures[131].members_ref, members[381]),
            .by_wire_name_ref = REF(structures[131].by_wire_name_ref, by_wire_name[381]),
            .member_count = 1,
        },
        [132] = { /* InvokeModelWithBidirectionalStreamOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[132].shape.name_ref, shape_names[7978]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EVENTSTREAM,
                .size = sizeof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event),
            },
            .members_ref = REF(structures[132].members_ref, members[382]),
            .by_wire_name_ref = REF(structures[132].by_wire_name_ref, by_wire_name[382]),
            .member_count = 7,
        },
        [133] = { /* InvokeModelWithBidirectionalStreamRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[133].shape.name_ref, shape_names[8019]),
                .traits_ref = REF(structures[133].shape.traits_ref, traits[62]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_request),
            },
            .members_ref = REF(structures[133].members_ref, members[389]),
            .by_wire_name_ref = REF(structures[133].by_wire_name_ref, by_wire_name[389]),
            .member_count = 2,
        },
        [134] = { /* InvokeModelWithBidirectionalStreamResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[134].shape.name_ref, shape_names[8061]),
                .traits_ref = REF(structures[134].shape.traits_ref, traits[62]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_output),
            },
            .members_ref = REF(structures[134].members_ref, members[391]),
            .by_wire_name_ref = REF(structures[134].by_wire_name_ref, by_wire_name[391]),
            .member_count = 1,
        },
        [135] = { /* InvokeModelWithResponseStreamRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[135].shape.name_ref, shape_names[8104]),
                .traits_ref = REF(structures[135].shape.traits_ref, traits[62]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input),
            },
            .members_ref = REF(structures[135].members_ref, members[392]),
            .by_wire_name_ref = REF(structures[135].by_wire_name_ref, by_wire_name[392]),
            .member_count = 10,
        },
        [136] = { /* InvokeModelWithResponseStreamResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[136].shape.name_ref, shape_names[8141]),
                .traits_ref = REF(structures[136].shape.traits_ref, traits[62]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_output),
            },
            .members_ref = REF(structures[136].members_ref, members[402]),
            .by_wire_name_ref = REF(structures[136].by_wire_name_ref, by_wire_name[402]),
            .member_count = 4,
        },
        [137] = { /* JsonSchemaDefinition */
            .shape = {
                .name_ref = SHAPE_NAME(structures[137].shape.name_ref, shape_names[8194]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_json_schema_definition),
            },
            .members_ref = REF(structures[137].members_ref, members[406]),
            .by_wire_name_ref = REF(structures[137].by_wire_name_ref, by_wire_name[406]),
            .member_count = 3,
        },
        [138] = { /* ListAsyncInvokesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[138].shape.name_ref, shape_names[8224]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_list_async_invokes_input),
            },
            .members_ref = REF(structures[138].members_ref, members[409]),
            .by_wire_name_ref = REF(structures[138].by_wire_name_ref, by_wire_name[409]),
            .member_count = 7,
        },
        [139] = { /* ListAsyncInvokesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[139].shape.name_ref, shape_names[8248]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_list_async_invokes_output),
            },
            .members_ref = REF(structures[139].members_ref, members[416]),
            .by_wire_name_ref = REF(structures[139].by_wire_name_ref, by_wire_name[416]),
            .member_count = 2,
        },
        [140] = { /* Message */
            .shape = {
                .name_ref = SHAPE_NAME(structures[140].shape.name_ref, shape_names[8289]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_message),
            },
            .members_ref = REF(structures[140].members_ref, members[418]),
            .by_wire_name_ref = REF(structures[140].by_wire_name_ref, by_wire_name[418]),
            .member_count = 2,
        },
        [141] = { /* MessageStartEvent */
            .shape = {
                .name_ref = SHAPE_NAME(structures[141].shape.name_ref, shape_names[8297]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EVENT,
                .size = sizeof(struct awsc_bedrock_runtime_message_start_event),
            },
            .members_ref = REF(structures[141].members_ref, members[420]),
            .by_wire_name_ref = REF(structures[141].by_wire_name_ref, by_wire_name[420]),
            .member_count = 1,
        },
        [142] = { /* MessageStopEvent */
            .shape = {
                .name_ref = SHAPE_NAME(structures[142].shape.name_ref, shape_names[8315]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EVENT,
                .size = sizeof(struct awsc_bedrock_runtime_message_stop_event),
            },
            .members_ref = REF(structures[142].members_ref, members[421]),
            .by_wire_name_ref = REF(structures[142].by_wire_name_ref, by_wire_name[421]),
            .member_count = 2,
        },
        [143] = { /* ModelErrorException */
            .shape = {
                .name_ref = REF(structures[143].shape.name_ref, strings[4340]),
                .traits_ref = REF(structures[143].shape.traits_ref, traits[65]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_bedrock_runtime_model_error_exception),
            },
            .members_ref = REF(structures[143].members_ref, members[423]),
            .by_wire_name_ref = REF(structures[143].by_wire_name_ref, by_wire_name[423]),
            .member_count = 3,
        },
        [144] = { /* ModelNotReadyException */
            .shape = {
                .name_ref = REF(structures[144].shape.name_ref, strings[4392]),
                .traits_ref = REF(structures[144].shape.traits_ref, traits[66]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT | AWSC_SF_RETRYABLE,
                .size = sizeof(struct awsc_bedrock_runtime_model_not_ready_exception),
            },
            .members_ref = REF(structures[144].members_ref, members[426]),
            .by_wire_name_ref = REF(structures[144].by_wire_name_ref, by_wire_name[426]),
            .member_count = 1,
        },
        [145] = { /* ModelStreamErrorException */
            .shape = {
                .name_ref = REF(structures[145].shape.name_ref, strings[4415]),
                .traits_ref = REF(structures[145].shape.traits_ref, traits[67]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_bedrock_runtime_model_stream_error_exception),
            },
            .members_ref = REF(structures[145].members_ref, members[427]),
            .by_wire_name_ref = REF(structures[145].by_wire_name_ref, by_wire_name[427]),
            .member_count = 3,
        },
        [146] = { /* ModelTimeoutException */
            .shape = {
                .name_ref = REF(structures[146].shape.name_ref, strings[4457]),
                .traits_ref = REF(structures[146].shape.traits_ref, traits[68]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_bedrock_runtime_model_timeout_exception),
            },
            .members_ref = REF(structures[146].members_ref, members[430]),
            .by_wire_name_ref = REF(structures[146].by_wire_name_ref, by_wire_name[430]),
            .member_count = 1,
        },
        [147] = { /* OutputConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[147].shape.name_ref, shape_names[8430]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_output_config),
            },
            .members_ref = REF(structures[147].members_ref, members[431]),
            .by_wire_name_ref = REF(structures[147].by_wire_name_ref, by_wire_name[431]),
            .member_count = 2,
        },
        [148] = { /* OutputFormat */
            .shape = {
                .name_ref = SHAPE_NAME(structures[148].shape.name_ref, shape_names[8468]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_output_format),
            },
            .members_ref = REF(structures[148].members_ref, members[433]),
            .by_wire_name_ref = REF(structures[148].by_wire_name_ref, by_wire_name[433]),
            .member_count = 2,
        },
        [149] = { /* OutputFormatStructure */
            .shape = {
                .name_ref = SHAPE_NAME(structures[149].shape.name_ref, shape_names[8481]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION | AWSC_SF_SENSITIVE,
                .size = sizeof(struct awsc_bedrock_runtime_output_format_structure),
            },
            .members_ref = REF(structures[149].members_ref, members[435]),
            .by_wire_name_ref = REF(structures[149].by_wire_name_ref, by_wire_name[435]),
            .member_count = 1,
        },
        [150] = { /* PayloadPart */
            .shape = {
                .name_ref = SHAPE_NAME(structures[150].shape.name_ref, shape_names[8545]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_SENSITIVE | AWSC_SF_EVENT,
                .size = sizeof(struct awsc_bedrock_runtime_payload_part),
            },
            .members_ref = REF(structures[150].members_ref, members[436]),
            .by_wire_name_ref = REF(structures[150].by_wire_name_ref, by_wire_name[436]),
            .member_count = 1,
        },
        [151] = { /* PerformanceConfiguration */
            .shape = {
                .name_ref = SHAPE_NAME(structures[151].shape.name_ref, shape_names[8582]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_performance_configuration),
            },
            .members_ref = REF(structures[151].members_ref, members[437]),
            .by_wire_name_ref = REF(structures[151].by_wire_name_ref, by_wire_name[437]),
            .member_count = 1,
        },
        [152] = { /* PromptRouterTrace */
            .shape = {
                .name_ref = SHAPE_NAME(structures[152].shape.name_ref, shape_names[8607]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_prompt_router_trace),
            },
            .members_ref = REF(structures[152].members_ref, members[438]),
            .by_wire_name_ref = REF(structures[152].by_wire_name_ref, by_wire_name[438]),
            .member_count = 1,
        },
        [153] = { /* PromptVariableValues */
            .shape = {
                .name_ref = SHAPE_NAME(structures[153].shape.name_ref, shape_names[8643]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_bedrock_runtime_prompt_variable_values),
            },
            .members_ref = REF(structures[153].members_ref, members[439]),
            .by_wire_name_ref = REF(structures[153].by_wire_name_ref, by_wire_name[439]),
            .member_count = 1,
        },
        [154] = { /* ReasoningContentBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[154].shape.name_ref, shape_names[8664]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION | AWSC_SF_SENSITIVE,
                .size = sizeof(struct awsc_bedrock_runtime_reasoning_content_block),
            },
            .members_ref = REF(structures[154].members_ref, members[440]),
            .by_wire_name_ref = REF(structures[154].by_wire_name_ref, by_wire_name[440]),
            .member_count = 2,
        },
        [155] = { /* ReasoningContentBlockDelta */
            .shape = {
                .name_ref = SHAPE_NAME(structures[155].shape.name_ref, shape_names[8686]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION | AWSC_SF_SENSITIVE,
                .size = sizeof(struct awsc_bedrock_runtime_reasoning_content_block_delta),
            },
            .members_ref = REF(structures[155].members_ref, members[442]),
            .by_wire_name_ref = REF(structures[155].by_wire_name_ref, by_wire_name[442]),
            .member_count = 3,
        },
        [156] = { /* ReasoningTextBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[156].shape.name_ref, shape_names[8713]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_SENSITIVE,
                .size = sizeof(struct awsc_bedrock_runtime_reasoning_text_block),
            },
            .members_ref = REF(structures[156].members_ref, members[445]),
            .by_wire_name_ref = REF(structures[156].by_wire_name_ref, by_wire_name[445]),
            .member_count = 2,
        },
        [157] = { /* ResourceNotFoundException */
            .shape = {
                .name_ref = REF(structures[157].shape.name_ref, strings[4612]),
                .traits_ref = REF(structures[157].shape.traits_ref, traits[78]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_bedrock_runtime_resource_not_found_exception),
            },
            .members_ref = REF(structures[157].members_ref, members[447]),
            .by_wire_name_ref = REF(structures[157].by_wire_name_ref, by_wire_name[447]),
            .member_count = 1,
        },
        [158] = { /* ResponseStream */
            .shape = {
                .name_ref = SHAPE_NAME(structures[158].shape.name_ref, shape_names[8820]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EVENTSTREAM,
                .size = sizeof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event),
            },
            .members_ref = REF(structures[158].members_ref, members[448]),
            .by_wire_name_ref = REF(structures[158].by_wire_name_ref, by_wire_name[448]),
            .member_count = 7,
        },
        [159] = { /* S3Location */
            .shape = {
                .name_ref = SHAPE_NAME(structures[159].shape.name_ref, shape_names[8835]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_s3_location),
            },
            .members_ref = REF(structures[159].members_ref, members[455]),
            .by_wire_name_ref = REF(structures[159].by_wire_name_ref, by_wire_name[455]),
            .member_count = 2,
        },
        [160] = { /* SearchResultBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[160].shape.name_ref, shape_names[8852]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_search_result_block),
            },
            .members_ref = REF(structures[160].members_ref, members[457]),
            .by_wire_name_ref = REF(structures[160].by_wire_name_ref, by_wire_name[457]),
            .member_count = 4,
        },
        [161] = { /* SearchResultContentBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[161].shape.name_ref, shape_names[8870]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_search_result_content_block),
            },
            .members_ref = REF(structures[161].members_ref, members[461]),
            .by_wire_name_ref = REF(structures[161].by_wire_name_ref, by_wire_name[461]),
            .member_count = 1,
        },
        [162] = { /* SearchResultLocation */
            .shape = {
                .name_ref = SHAPE_NAME(structures[162].shape.name_ref, shape_names[8921]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_search_result_location),
            },
            .members_ref = REF(structures[162].members_ref, members[462]),
            .by_wire_name_ref = REF(structures[162].by_wire_name_ref, by_wire_name[462]),
            .member_count = 3,
        },
        [163] = { /* ServiceQuotaExceededException */
            .shape = {
                .name_ref = REF(structures[163].shape.name_ref, strings[4660]),
                .traits_ref = REF(structures[163].shape.traits_ref, traits[83]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_bedrock_runtime_service_quota_exceeded_exception),
            },
            .members_ref = REF(structures[163].members_ref, members[465]),
            .by_wire_name_ref = REF(structures[163].by_wire_name_ref, by_wire_name[465]),
            .member_count = 1,
        },
        [164] = { /* ServiceTier */
            .shape = {
                .name_ref = SHAPE_NAME(structures[164].shape.name_ref, shape_names[9051]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_service_tier),
            },
            .members_ref = REF(structures[164].members_ref, members[466]),
            .by_wire_name_ref = REF(structures[164].by_wire_name_ref, by_wire_name[466]),
            .member_count = 1,
        },
        [165] = { /* ServiceUnavailableException */
            .shape = {
                .name_ref = REF(structures[165].shape.name_ref, strings[4721]),
                .traits_ref = REF(structures[165].shape.traits_ref, traits[84]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_bedrock_runtime_service_unavailable_exception),
            },
            .members_ref = REF(structures[165].members_ref, members[467]),
            .by_wire_name_ref = REF(structures[165].by_wire_name_ref, by_wire_name[467]),
            .member_count = 1,
        },
        [166] = { /* SpecificToolChoice */
            .shape = {
                .name_ref = SHAPE_NAME(structures[166].shape.name_ref, shape_names[9111]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_specific_tool_choice),
            },
            .members_ref = REF(structures[166].members_ref, members[468]),
            .by_wire_name_ref = REF(structures[166].by_wire_name_ref, by_wire_name[468]),
            .member_count = 1,
        },
        [167] = { /* StartAsyncInvokeRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[167].shape.name_ref, shape_names[9130]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_start_async_invoke_input),
            },
            .members_ref = REF(structures[167].members_ref, members[469]),
            .by_wire_name_ref = REF(structures[167].by_wire_name_ref, by_wire_name[469]),
            .member_count = 5,
        },
        [168] = { /* StartAsyncInvokeResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[168].shape.name_ref, shape_names[9154]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_start_async_invoke_output),
            },
            .members_ref = REF(structures[168].members_ref, members[474]),
            .by_wire_name_ref = REF(structures[168].by_wire_name_ref, by_wire_name[474]),
            .member_count = 1,
        },
        [169] = { /* SystemContentBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[169].shape.name_ref, shape_names[9208]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_bedrock_runtime_system_content_block),
            },
            .members_ref = REF(structures[169].members_ref, members[475]),
            .by_wire_name_ref = REF(structures[169].by_wire_name_ref, by_wire_name[475]),
            .member_count = 3,
        },
        [170] = { /* SystemTool */
            .shape = {
                .name_ref = SHAPE_NAME(structures[170].shape.name_ref, shape_names[9247]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_system_tool),
            },
            .members_ref = REF(structures[170].members_ref, members[478]),
            .by_wire_name_ref = REF(structures[170].by_wire_name_ref, by_wire_name[478]),
            .member_count = 1,
        },
        [171] = { /* Tag */
            .shape = {
                .name_ref = SHAPE_NAME(structures[171].shape.name_ref, shape_names[9258]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_tag),
            },
            .members_ref = REF(structures[171].members_ref, members[479]),
            .by_wire_name_ref = REF(structures[171].by_wire_name_ref, by_wire_name[479]),
            .member_count = 2,
        },
        [172] = { /* ThrottlingException */
            .shape = {
                .name_ref = REF(structures[172].shape.name_ref, strings[4964]),
                .traits_ref = REF(structures[172].shape.traits_ref, traits[89]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_bedrock_runtime_throttling_exception),
            },
            .members_ref = REF(structures[172].members_ref, members[481]),
            .by_wire_name_ref = REF(structures[172].by_wire_name_ref, by_wire_name[481]),
            .member_count = 1,
        },
        [173] = { /* TokenUsage */
            .shape = {
                .name_ref = SHAPE_NAME(structures[173].shape.name_ref, shape_names[9338]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_token_usage),
            },
            .members_ref = REF(structures[173].members_ref, members[482]),
            .by_wire_name_ref = REF(structures[173].by_wire_name_ref, by_wire_name[482]),
            .member_count = 6,
        },
        [174] = { /* Tool */
            .shape = {
                .name_ref = SHAPE_NAME(structures[174].shape.name_ref, shape_names[9514]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_bedrock_runtime_tool),
            },
            .members_ref = REF(structures[174].members_ref, members[488]),
            .by_wire_name_ref = REF(structures[174].by_wire_name_ref, by_wire_name[488]),
            .member_count = 3,
        },
        [175] = { /* ToolAdditionBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[175].shape.name_ref, shape_names[9519]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_tool_addition_block),
            },
            .members_ref = REF(structures[175].members_ref, members[491]),
            .by_wire_name_ref = REF(structures[175].by_wire_name_ref, by_wire_name[491]),
            .member_count = 1,
        },
        [176] = { /* ToolChoice */
            .shape = {
                .name_ref = SHAPE_NAME(structures[176].shape.name_ref, shape_names[9537]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_bedrock_runtime_tool_choice),
            },
            .members_ref = REF(structures[176].members_ref, members[492]),
            .by_wire_name_ref = REF(structures[176].by_wire_name_ref, by_wire_name[492]),
            .member_count = 3,
        },
        [177] = { /* ToolConfiguration */
            .shape = {
                .name_ref = SHAPE_NAME(structures[177].shape.name_ref, shape_names[9548]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_tool_configuration),
            },
            .members_ref = REF(structures[177].members_ref, members[495]),
            .by_wire_name_ref = REF(structures[177].by_wire_name_ref, by_wire_name[495]),
            .member_count = 2,
        },
        [178] = { /* ToolInputSchema */
            .shape = {
                .name_ref = SHAPE_NAME(structures[178].shape.name_ref, shape_names[9593]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_bedrock_runtime_tool_input_schema),
            },
            .members_ref = REF(structures[178].members_ref, members[497]),
            .by_wire_name_ref = REF(structures[178].by_wire_name_ref, by_wire_name[497]),
            .member_count = 1,
        },
        [179] = { /* ToolReference */
            .shape = {
                .name_ref = SHAPE_NAME(structures[179].shape.name_ref, shape_names[9618]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_tool_reference),
            },
            .members_ref = REF(structures[179].members_ref, members[498]),
            .by_wire_name_ref = REF(structures[179].by_wire_name_ref, by_wire_name[498]),
            .member_count = 3,
        },
        [180] = { /* ToolRemovalBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[180].shape.name_ref, shape_names[9710]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_tool_removal_block),
            },
            .members_ref = REF(structures[180].members_ref, members[501]),
            .by_wire_name_ref = REF(structures[180].by_wire_name_ref, by_wire_name[501]),
            .member_count = 1,
        },
        [181] = { /* ToolResultBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[181].shape.name_ref, shape_names[9727]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_tool_result_block),
            },
            .members_ref = REF(structures[181].members_ref, members[502]),
            .by_wire_name_ref = REF(structures[181].by_wire_name_ref, by_wire_name[502]),
            .member_count = 4,
        },
        [182] = { /* ToolResultBlockDelta */
            .shape = {
                .name_ref = SHAPE_NAME(structures[182].shape.name_ref, shape_names[9743]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_bedrock_runtime_tool_result_block_delta),
            },
            .members_ref = REF(structures[182].members_ref, members[506]),
            .by_wire_name_ref = REF(structures[182].by_wire_name_ref, by_wire_name[506]),
            .member_count = 2,
        },
        [183] = { /* ToolResultBlockStart */
            .shape = {
                .name_ref = SHAPE_NAME(structures[183].shape.name_ref, shape_names[9764]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_tool_result_block_start),
            },
            .members_ref = REF(structures[183].members_ref, members[508]),
            .by_wire_name_ref = REF(structures[183].by_wire_name_ref, by_wire_name[508]),
            .member_count = 3,
        },
        [184] = { /* ToolResultContentBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[184].shape.name_ref, shape_names[9807]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_bedrock_runtime_tool_result_content_block),
            },
            .members_ref = REF(structures[184].members_ref, members[511]),
            .by_wire_name_ref = REF(structures[184].by_wire_name_ref, by_wire_name[511]),
            .member_count = 6,
        },
        [185] = { /* ToolSpecification */
            .shape = {
                .name_ref = SHAPE_NAME(structures[185].shape.name_ref, shape_names[9871]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_tool_specification),
            },
            .members_ref = REF(structures[185].members_ref, members[517]),
            .by_wire_name_ref = REF(structures[185].by_wire_name_ref, by_wire_name[517]),
            .member_count = 4,
        },
        [186] = { /* ToolUseBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[186].shape.name_ref, shape_names[9889]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_tool_use_block),
            },
            .members_ref = REF(structures[186].members_ref, members[521]),
            .by_wire_name_ref = REF(structures[186].by_wire_name_ref, by_wire_name[521]),
            .member_count = 4,
        },
        [187] = { /* ToolUseBlockDelta */
            .shape = {
                .name_ref = SHAPE_NAME(structures[187].shape.name_ref, shape_names[9902]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_tool_use_block_delta),
            },
            .members_ref = REF(structures[187].members_ref, members[525]),
            .by_wire_name_ref = REF(structures[187].by_wire_name_ref, by_wire_name[525]),
            .member_count = 1,
        },
        [188] = { /* ToolUseBlockStart */
            .shape = {
                .name_ref = SHAPE_NAME(structures[188].shape.name_ref, shape_names[9920]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_tool_use_block_start),
            },
            .members_ref = REF(structures[188].members_ref, members[526]),
            .by_wire_name_ref = REF(structures[188].by_wire_name_ref, by_wire_name[526]),
            .member_count = 3,
        },
        [189] = { /* ValidationException */
            .shape = {
                .name_ref = REF(structures[189].shape.name_ref, strings[5221]),
                .traits_ref = REF(structures[189].shape.traits_ref, traits[101]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_bedrock_runtime_validation_exception),
            },
            .members_ref = REF(structures[189].members_ref, members[529]),
            .by_wire_name_ref = REF(structures[189].by_wire_name_ref, by_wire_name[529]),
            .member_count = 1,
        },
        [190] = { /* VideoBlock */
            .shape = {
                .name_ref = SHAPE_NAME(structures[190].shape.name_ref, shape_names[9966]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_video_block),
            },
            .members_ref = REF(structures[190].members_ref, members[530]),
            .by_wire_name_ref = REF(structures[190].by_wire_name_ref, by_wire_name[530]),
            .member_count = 2,
        },
        [191] = { /* VideoSource */
            .shape = {
                .name_ref = SHAPE_NAME(structures[191].shape.name_ref, shape_names[9989]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_UNION,
                .size = sizeof(struct awsc_bedrock_runtime_video_source),
            },
            .members_ref = REF(structures[191].members_ref, members[532]),
            .by_wire_name_ref = REF(structures[191].by_wire_name_ref, by_wire_name[532]),
            .member_count = 2,
        },
        [192] = { /* WebLocation */
            .shape = {
                .name_ref = SHAPE_NAME(structures[192].shape.name_ref, shape_names[10022]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_bedrock_runtime_web_location),
            },
            .members_ref = REF(structures[192].members_ref, members[534]),
            .by_wire_name_ref = REF(structures[192].by_wire_name_ref, by_wire_name[534]),
            .member_count = 2,
        },
    },
    .collections = {
        [0] = { /* AsyncInvokeSummaries */
            .shape = {
                .name_ref = SHAPE_NAME(collections[0].shape.name_ref, shape_names[253]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_async_invoke_summaries),
            },
            .item_ref = REF(collections[0].item_ref, structures[7].shape),
        },
        [1] = { /* CacheDetailsList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[1].shape.name_ref, shape_names[518]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_cache_details_list),
            },
            .item_ref = REF(collections[1].item_ref, structures[13].shape),
        },
        [2] = { /* CitationGeneratedContentList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[2].shape.name_ref, shape_names[609]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_citation_generated_content_list),
            },
            .item_ref = REF(collections[2].item_ref, structures[16].shape),
        },
        [3] = { /* CitationSourceContentList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[3].shape.name_ref, shape_names[704]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_citation_source_content_list),
            },
            .item_ref = REF(collections[3].item_ref, structures[18].shape),
        },
        [4] = { /* CitationSourceContentListDelta */
            .shape = {
                .name_ref = SHAPE_NAME(collections[4].shape.name_ref, shape_names[730]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_citation_source_content_list_delta),
            },
            .item_ref = REF(collections[4].item_ref, structures[19].shape),
        },
        [5] = { /* Citations */
            .shape = {
                .name_ref = SHAPE_NAME(collections[5].shape.name_ref, shape_names[761]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_citations),
            },
            .item_ref = REF(collections[5].item_ref, structures[15].shape),
        },
        [6] = { /* ContentBlocks */
            .shape = {
                .name_ref = SHAPE_NAME(collections[6].shape.name_ref, shape_names[941]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_content_blocks),
            },
            .item_ref = REF(collections[6].item_ref, structures[24].shape),
        },
        [7] = { /* ConverseRequestAdditionalModelResponseFieldPathsList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[7].shape.name_ref, shape_names[1041]),
                .traits_ref = REF(collections[7].shape.traits_ref, traits[11]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_origin_list),
            },
            .item_ref = REF(collections[7].item_ref, scalars[12]),
        },
        [8] = { /* ConverseStreamRequestAdditionalModelResponseFieldPathsList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[8].shape.name_ref, shape_names[1269]),
                .traits_ref = REF(collections[8].shape.traits_ref, traits[13]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_origin_list),
            },
            .item_ref = REF(collections[8].item_ref, scalars[13]),
        },
        [9] = { /* DocumentContentBlocks */
            .shape = {
                .name_ref = SHAPE_NAME(collections[9].shape.name_ref, shape_names[1858]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_document_content_blocks),
            },
            .item_ref = REF(collections[9].item_ref, structures[48].shape),
        },
        [10] = { /* GuardrailAssessmentList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[10].shape.name_ref, shape_names[2198]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_assessment_list),
            },
            .item_ref = REF(collections[10].item_ref, structures[54].shape),
        },
        [11] = { /* GuardrailAssessmentListMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[11].shape.name_ref, shape_names[2222]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_assessment_list_map),
            },
            .item_ref = REF(collections[11].item_ref, collections[10].shape),
            .key_ref = REF(collections[11].key_ref, scalars[87]),
            .value_offset = offsetof(struct awsc_bedrock_runtime_guardrail_assessment_list_map_entry, value),
            .entry_size = sizeof(struct awsc_bedrock_runtime_guardrail_assessment_list_map_entry),
        },
        [12] = { /* GuardrailAssessmentMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[12].shape.name_ref, shape_names[2249]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_assessment_map),
            },
            .item_ref = REF(collections[12].item_ref, structures[54].shape),
            .key_ref = REF(collections[12].key_ref, scalars[87]),
            .value_offset = offsetof(struct awsc_bedrock_runtime_guardrail_assessment_map_entry, value),
            .entry_size = sizeof(struct awsc_bedrock_runtime_guardrail_assessment_map_entry),
        },
        [13] = { /* GuardrailAutomatedReasoningDifferenceScenarioList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[13].shape.name_ref, shape_names[2272]),
                .traits_ref = REF(collections[13].shape.traits_ref, traits[29]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_difference_scenario_list),
            },
            .item_ref = REF(collections[13].item_ref, structures[64].shape),
        },
        [14] = { /* GuardrailAutomatedReasoningFindingList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[14].shape.name_ref, shape_names[2357]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding_list),
            },
            .item_ref = REF(collections[14].item_ref, structures[55].shape),
        },
        [15] = { /* GuardrailAutomatedReasoningInputTextReferenceList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[15].shape.name_ref, shape_names[2487]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_input_text_reference_list),
            },
            .item_ref = REF(collections[15].item_ref, structures[57].shape),
        },
        [16] = { /* GuardrailAutomatedReasoningRuleList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[16].shape.name_ref, shape_names[2925]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_rule_list),
            },
            .item_ref = REF(collections[16].item_ref, structures[62].shape),
        },
        [17] = { /* GuardrailAutomatedReasoningStatementList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[17].shape.name_ref, shape_names[3080]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_statement_list),
            },
            .item_ref = REF(collections[17].item_ref, structures[65].shape),
        },
        [18] = { /* GuardrailAutomatedReasoningTranslationList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[18].shape.name_ref, shape_names[3417]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_list),
            },
            .item_ref = REF(collections[18].item_ref, structures[67].shape),
        },
        [19] = { /* GuardrailAutomatedReasoningTranslationOptionList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[19].shape.name_ref, shape_names[3505]),
                .traits_ref = REF(collections[19].shape.traits_ref, traits[34]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_option_list),
            },
            .item_ref = REF(collections[19].item_ref, structures[69].shape),
        },
        [20] = { /* GuardrailChecksContentBlockList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[20].shape.name_ref, shape_names[3644]),
                .traits_ref = REF(collections[20].shape.traits_ref, traits[35]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_block_list),
            },
            .item_ref = REF(collections[20].item_ref, structures[72].shape),
        },
        [21] = { /* GuardrailChecksContentFilterCategoryConfigList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[21].shape.name_ref, shape_names[3756]),
                .traits_ref = REF(collections[21].shape.traits_ref, traits[36]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_category_config_list),
            },
            .item_ref = REF(collections[21].item_ref, structures[73].shape),
        },
        [22] = { /* GuardrailChecksContentFilterResultList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[22].shape.name_ref, shape_names[3972]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_result_list),
            },
            .item_ref = REF(collections[22].item_ref, structures[76].shape),
        },
        [23] = { /* GuardrailChecksMessageList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[23].shape.name_ref, shape_names[4068]),
                .traits_ref = REF(collections[23].shape.traits_ref, traits[38]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_message_list),
            },
            .item_ref = REF(collections[23].item_ref, structures[78].shape),
        },
        [24] = { /* GuardrailChecksPromptAttackCategoryConfigList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[24].shape.name_ref, shape_names[4173]),
                .traits_ref = REF(collections[24].shape.traits_ref, traits[39]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_config_list),
            },
            .item_ref = REF(collections[24].item_ref, structures[79].shape),
        },
        [25] = { /* GuardrailChecksPromptAttackResultList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[25].shape.name_ref, shape_names[4384]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result_list),
            },
            .item_ref = REF(collections[25].item_ref, structures[82].shape),
        },
        [26] = { /* GuardrailChecksSensitiveInformationEntityConfigList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[26].shape.name_ref, shape_names[4588]),
                .traits_ref = REF(collections[26].shape.traits_ref, traits[41]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_config_list),
            },
            .item_ref = REF(collections[26].item_ref, structures[86].shape),
        },
        [27] = { /* GuardrailChecksSensitiveInformationResultList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[27].shape.name_ref, shape_names[5103]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_list),
            },
            .item_ref = REF(collections[27].item_ref, structures[88].shape),
        },
        [28] = { /* GuardrailContentBlockList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[28].shape.name_ref, shape_names[5290]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_content_block_list),
            },
            .item_ref = REF(collections[28].item_ref, structures[92].shape),
        },
        [29] = { /* GuardrailContentFilterList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[29].shape.name_ref, shape_names[5372]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_content_filter_list),
            },
            .item_ref = REF(collections[29].item_ref, structures[93].shape),
        },
        [30] = { /* GuardrailContentQualifierList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[30].shape.name_ref, shape_names[5624]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_origin_list),
            },
            .item_ref = REF(collections[30].item_ref, enums[16].shape),
        },
        [31] = { /* GuardrailContextualGroundingFilters */
            .shape = {
                .name_ref = SHAPE_NAME(collections[31].shape.name_ref, shape_names[5847]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filters),
            },
            .item_ref = REF(collections[31].item_ref, structures[95].shape),
        },
        [32] = { /* GuardrailConverseContentQualifierList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[32].shape.name_ref, shape_names[6082]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_origin_list),
            },
            .item_ref = REF(collections[32].item_ref, enums[20].shape),
        },
        [33] = { /* GuardrailCustomWordList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[33].shape.name_ref, shape_names[6309]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_custom_word_list),
            },
            .item_ref = REF(collections[33].item_ref, structures[102].shape),
        },
        [34] = { /* GuardrailManagedWordList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[34].shape.name_ref, shape_names[6528]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_managed_word_list),
            },
            .item_ref = REF(collections[34].item_ref, structures[107].shape),
        },
        [35] = { /* GuardrailOriginList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[35].shape.name_ref, shape_names[6594]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_origin_list),
            },
            .item_ref = REF(collections[35].item_ref, enums[24].shape),
        },
        [36] = { /* GuardrailOutputContentList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[36].shape.name_ref, shape_names[6637]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_output_content_list),
            },
            .item_ref = REF(collections[36].item_ref, structures[108].shape),
        },
        [37] = { /* GuardrailPiiEntityFilterList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[37].shape.name_ref, shape_names[6749]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_pii_entity_filter_list),
            },
            .item_ref = REF(collections[37].item_ref, structures[109].shape),
        },
        [38] = { /* GuardrailRegexFilterList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[38].shape.name_ref, shape_names[6849]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_regex_filter_list),
            },
            .item_ref = REF(collections[38].item_ref, structures[110].shape),
        },
        [39] = { /* GuardrailTopicList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[39].shape.name_ref, shape_names[7191]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_topic_list),
            },
            .item_ref = REF(collections[39].item_ref, structures[115].shape),
        },
        [40] = { /* InferenceConfigurationStopSequencesList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[40].shape.name_ref, shape_names[7660]),
                .traits_ref = REF(collections[40].shape.traits_ref, traits[56]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_origin_list),
            },
            .item_ref = REF(collections[40].item_ref, scalars[74]),
        },
        [41] = { /* Messages */
            .shape = {
                .name_ref = SHAPE_NAME(collections[41].shape.name_ref, shape_names[8332]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_messages),
            },
            .item_ref = REF(collections[41].item_ref, structures[140].shape),
        },
        [42] = { /* ModelOutputs */
            .shape = {
                .name_ref = SHAPE_NAME(collections[42].shape.name_ref, shape_names[8368]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_guardrail_origin_list),
            },
            .item_ref = REF(collections[42].item_ref, scalars[51]),
        },
        [43] = { /* PromptVariableMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[43].shape.name_ref, shape_names[8625]),
                .type = AWSC_SHAPE_MAP,
                .flags = AWSC_SF_SENSITIVE,
                .size = sizeof(struct awsc_bedrock_runtime_prompt_variable_map),
            },
            .item_ref = REF(collections[43].item_ref, structures[153].shape),
            .key_ref = REF(collections[43].key_ref, scalars[87]),
            .value_offset = offsetof(struct awsc_bedrock_runtime_prompt_variable_map_entry, value),
            .entry_size = sizeof(struct awsc_bedrock_runtime_prompt_variable_map_entry),
        },
        [44] = { /* RequestMetadata */
            .shape = {
                .name_ref = SHAPE_NAME(collections[44].shape.name_ref, shape_names[8732]),
                .traits_ref = REF(collections[44].shape.traits_ref, traits[74]),
                .type = AWSC_SHAPE_MAP,
                .flags = AWSC_SF_SENSITIVE,
                .size = sizeof(struct awsc_bedrock_runtime_request_metadata),
            },
            .item_ref = REF(collections[44].item_ref, scalars[81]),
            .key_ref = REF(collections[44].key_ref, scalars[80]),
            .value_offset = offsetof(struct awsc_bedrock_runtime_request_metadata_entry, value),
            .entry_size = sizeof(struct awsc_bedrock_runtime_request_metadata_entry),
        },
        [45] = { /* SearchResultContentBlocks */
            .shape = {
                .name_ref = SHAPE_NAME(collections[45].shape.name_ref, shape_names[8895]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_search_result_content_blocks),
            },
            .item_ref = REF(collections[45].item_ref, structures[161].shape),
        },
        [46] = { /* SystemContentBlocks */
            .shape = {
                .name_ref = SHAPE_NAME(collections[46].shape.name_ref, shape_names[9227]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_system_content_blocks),
            },
            .item_ref = REF(collections[46].item_ref, structures[169].shape),
        },
        [47] = { /* TagList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[47].shape.name_ref, shape_names[9269]),
                .traits_ref = REF(collections[47].shape.traits_ref, traits[87]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_tag_list),
            },
            .item_ref = REF(collections[47].item_ref, structures[171].shape),
        },
        [48] = { /* ToolConfigurationToolsList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[48].shape.name_ref, shape_names[9566]),
                .traits_ref = REF(collections[48].shape.traits_ref, traits[95]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_tool_configuration_tools_list),
            },
            .item_ref = REF(collections[48].item_ref, structures[174].shape),
        },
        [49] = { /* ToolResultBlocksDelta */
            .shape = {
                .name_ref = SHAPE_NAME(collections[49].shape.name_ref, shape_names[9785]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_tool_result_blocks_delta),
            },
            .item_ref = REF(collections[49].item_ref, structures[182].shape),
        },
        [50] = { /* ToolResultContentBlocks */
            .shape = {
                .name_ref = SHAPE_NAME(collections[50].shape.name_ref, shape_names[9830]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_bedrock_runtime_tool_result_content_blocks),
            },
            .item_ref = REF(collections[50].item_ref, structures[184].shape),
        },
    },
    .enums = {
        [0] = { /* AsyncInvokeStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[0].shape.name_ref, shape_names[235]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[0].enum_values_ref, strings[264]),
            .enum_count = 3,
        },
        [1] = { /* AudioFormat */
            .shape = {
                .name_ref = SHAPE_NAME(enums[1].shape.name_ref, shape_names[304]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[1].enum_values_ref, strings[422]),
            .enum_count = 15,
        },
        [2] = { /* CachePointType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[2].shape.name_ref, shape_names[551]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[2].enum_values_ref, strings[527]),
            .enum_count = 1,
        },
        [3] = { /* CacheTTL */
            .shape = {
                .name_ref = SHAPE_NAME(enums[3].shape.name_ref, shape_names[566]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[3].enum_values_ref, strings[535]),
            .enum_count = 2,
        },
        [4] = { /* ConversationRole */
            .shape = {
                .name_ref = SHAPE_NAME(enums[4].shape.name_ref, shape_names[955]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[4].enum_values_ref, strings[857]),
            .enum_count = 3,
        },
        [5] = { /* DocumentFormat */
            .shape = {
                .name_ref = SHAPE_NAME(enums[5].shape.name_ref, shape_names[1880]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[5].enum_values_ref, strings[1449]),
            .enum_count = 9,
        },
        [6] = { /* GuardrailAction */
            .shape = {
                .name_ref = SHAPE_NAME(enums[6].shape.name_ref, shape_names[2149]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[6].enum_values_ref, strings[1487]),
            .enum_count = 2,
        },
        [7] = { /* GuardrailAutomatedReasoningLogicWarningType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[7].shape.name_ref, shape_names[2619]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[7].enum_values_ref, strings[1814]),
            .enum_count = 2,
        },
        [8] = { /* GuardrailChecksContentFilterCategory */
            .shape = {
                .name_ref = SHAPE_NAME(enums[8].shape.name_ref, shape_names[3676]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[8].enum_values_ref, strings[2104]),
            .enum_count = 5,
        },
        [9] = { /* GuardrailChecksPromptAttackCategory */
            .shape = {
                .name_ref = SHAPE_NAME(enums[9].shape.name_ref, shape_names[4095]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[9].enum_values_ref, strings[2201]),
            .enum_count = 3,
        },
        [10] = { /* GuardrailChecksRole */
            .shape = {
                .name_ref = SHAPE_NAME(enums[10].shape.name_ref, shape_names[4478]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[10].enum_values_ref, strings[857]),
            .enum_count = 3,
        },
        [11] = { /* GuardrailChecksSensitiveInformationEntityType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[11].shape.name_ref, shape_names[4640]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[11].enum_values_ref, strings[2252]),
            .enum_count = 31,
        },
        [12] = { /* GuardrailContentFilterConfidence */
            .shape = {
                .name_ref = SHAPE_NAME(enums[12].shape.name_ref, shape_names[5339]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[12].enum_values_ref, strings[2903]),
            .enum_count = 4,
        },
        [13] = { /* GuardrailContentFilterStrength */
            .shape = {
                .name_ref = SHAPE_NAME(enums[13].shape.name_ref, shape_names[5399]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[13].enum_values_ref, strings[2903]),
            .enum_count = 4,
        },
        [14] = { /* GuardrailContentFilterType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[14].shape.name_ref, shape_names[5430]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[14].enum_values_ref, strings[2924]),
            .enum_count = 6,
        },
        [15] = { /* GuardrailContentPolicyAction */
            .shape = {
                .name_ref = SHAPE_NAME(enums[15].shape.name_ref, shape_names[5457]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[15].enum_values_ref, strings[2978]),
            .enum_count = 2,
        },
        [16] = { /* GuardrailContentQualifier */
            .shape = {
                .name_ref = SHAPE_NAME(enums[16].shape.name_ref, shape_names[5598]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[16].enum_values_ref, strings[2999]),
            .enum_count = 3,
        },
        [17] = { /* GuardrailContentSource */
            .shape = {
                .name_ref = SHAPE_NAME(enums[17].shape.name_ref, shape_names[5654]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[17].enum_values_ref, strings[3036]),
            .enum_count = 2,
        },
        [18] = { /* GuardrailContextualGroundingFilterType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[18].shape.name_ref, shape_names[5808]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[18].enum_values_ref, strings[3065]),
            .enum_count = 2,
        },
        [19] = { /* GuardrailContextualGroundingPolicyAction */
            .shape = {
                .name_ref = SHAPE_NAME(enums[19].shape.name_ref, shape_names[5883]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[19].enum_values_ref, strings[2978]),
            .enum_count = 2,
        },
        [20] = { /* GuardrailConverseContentQualifier */
            .shape = {
                .name_ref = SHAPE_NAME(enums[20].shape.name_ref, shape_names[6048]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[20].enum_values_ref, strings[2999]),
            .enum_count = 3,
        },
        [21] = { /* GuardrailConverseImageFormat */
            .shape = {
                .name_ref = SHAPE_NAME(enums[21].shape.name_ref, shape_names[6148]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[21].enum_values_ref, strings[3085]),
            .enum_count = 2,
        },
        [22] = { /* GuardrailImageFormat */
            .shape = {
                .name_ref = SHAPE_NAME(enums[22].shape.name_ref, shape_names[6408]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[22].enum_values_ref, strings[3085]),
            .enum_count = 2,
        },
        [23] = { /* GuardrailManagedWordType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[23].shape.name_ref, shape_names[6553]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[23].enum_values_ref, strings[3174]),
            .enum_count = 1,
        },
        [24] = { /* GuardrailOrigin */
            .shape = {
                .name_ref = SHAPE_NAME(enums[24].shape.name_ref, shape_names[6578]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[24].enum_values_ref, strings[3184]),
            .enum_count = 3,
        },
        [25] = { /* GuardrailOutputScope */
            .shape = {
                .name_ref = SHAPE_NAME(enums[25].shape.name_ref, shape_names[6664]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[25].enum_values_ref, strings[3231]),
            .enum_count = 2,
        },
        [26] = { /* GuardrailOwnership */
            .shape = {
                .name_ref = SHAPE_NAME(enums[26].shape.name_ref, shape_names[6705]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[26].enum_values_ref, strings[3250]),
            .enum_count = 2,
        },
        [27] = { /* GuardrailPiiEntityType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[27].shape.name_ref, shape_names[6778]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[27].enum_values_ref, strings[2252]),
            .enum_count = 31,
        },
        [28] = { /* GuardrailSensitiveInformationPolicyAction */
            .shape = {
                .name_ref = SHAPE_NAME(enums[28].shape.name_ref, shape_names[6874]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[28].enum_values_ref, strings[3275]),
            .enum_count = 3,
        },
        [29] = { /* GuardrailStreamProcessingMode */
            .shape = {
                .name_ref = SHAPE_NAME(enums[29].shape.name_ref, shape_names[7095]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[29].enum_values_ref, strings[3340]),
            .enum_count = 2,
        },
        [30] = { /* GuardrailTopicPolicyAction */
            .shape = {
                .name_ref = SHAPE_NAME(enums[30].shape.name_ref, shape_names[7210]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[30].enum_values_ref, strings[2978]),
            .enum_count = 2,
        },
        [31] = { /* GuardrailTopicType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[31].shape.name_ref, shape_names[7303]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[31].enum_values_ref, strings[3358]),
            .enum_count = 1,
        },
        [32] = { /* GuardrailTrace */
            .shape = {
                .name_ref = SHAPE_NAME(enums[32].shape.name_ref, shape_names[7322]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[32].enum_values_ref, strings[3363]),
            .enum_count = 3,
        },
        [33] = { /* GuardrailWordPolicyAction */
            .shape = {
                .name_ref = SHAPE_NAME(enums[33].shape.name_ref, shape_names[7394]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[33].enum_values_ref, strings[2978]),
            .enum_count = 2,
        },
        [34] = { /* ImageFormat */
            .shape = {
                .name_ref = SHAPE_NAME(enums[34].shape.name_ref, shape_names[7527]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[34].enum_values_ref, strings[3700]),
            .enum_count = 4,
        },
        [35] = { /* OutputFormatType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[35].shape.name_ref, shape_names[8503]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[35].enum_values_ref, strings[4518]),
            .enum_count = 1,
        },
        [36] = { /* PerformanceConfigLatency */
            .shape = {
                .name_ref = SHAPE_NAME(enums[36].shape.name_ref, shape_names[8557]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[36].enum_values_ref, strings[4530]),
            .enum_count = 2,
        },
        [37] = { /* ServiceTierType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[37].shape.name_ref, shape_names[9063]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[37].enum_values_ref, strings[4690]),
            .enum_count = 4,
        },
        [38] = { /* SortAsyncInvocationBy */
            .shape = {
                .name_ref = SHAPE_NAME(enums[38].shape.name_ref, shape_names[9079]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[38].enum_values_ref, strings[4749]),
            .enum_count = 1,
        },
        [39] = { /* SortOrder */
            .shape = {
                .name_ref = SHAPE_NAME(enums[39].shape.name_ref, shape_names[9101]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[39].enum_values_ref, strings[4764]),
            .enum_count = 2,
        },
        [40] = { /* StopReason */
            .shape = {
                .name_ref = SHAPE_NAME(enums[40].shape.name_ref, shape_names[9190]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[40].enum_values_ref, strings[4801]),
            .enum_count = 9,
        },
        [41] = { /* ToolResultStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[41].shape.name_ref, shape_names[9854]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[41].enum_values_ref, strings[5142]),
            .enum_count = 2,
        },
        [42] = { /* ToolUseType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[42].shape.name_ref, shape_names[9948]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[42].enum_values_ref, strings[5175]),
            .enum_count = 1,
        },
        [43] = { /* Trace */
            .shape = {
                .name_ref = SHAPE_NAME(enums[43].shape.name_ref, shape_names[9960]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[43].enum_values_ref, strings[5191]),
            .enum_count = 3,
        },
        [44] = { /* VideoFormat */
            .shape = {
                .name_ref = SHAPE_NAME(enums[44].shape.name_ref, shape_names[9977]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[44].enum_values_ref, strings[5241]),
            .enum_count = 9,
        },
    },
    .scalars = {
        [0] = { /* AccountId */
            .name_ref = SHAPE_NAME(scalars[0].name_ref, shape_names[0]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [1] = { /* AsyncInvokeArn */
            .name_ref = SHAPE_NAME(scalars[1].name_ref, shape_names[93]),
            .traits_ref = REF(scalars[1].traits_ref, traits[1]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [2] = { /* AsyncInvokeIdempotencyToken */
            .name_ref = SHAPE_NAME(scalars[2].name_ref, shape_names[108]),
            .traits_ref = REF(scalars[2].traits_ref, traits[2]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [3] = { /* AsyncInvokeIdentifier */
            .name_ref = SHAPE_NAME(scalars[3].name_ref, shape_names[136]),
            .traits_ref = REF(scalars[3].traits_ref, traits[3]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [4] = { /* AsyncInvokeMessage */
            .name_ref = SHAPE_NAME(scalars[4].name_ref, shape_names[158]),
            .traits_ref = REF(scalars[4].traits_ref, traits[4]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [5] = { /* AudioSourceBytesBlob */
            .name_ref = SHAPE_NAME(scalars[5].name_ref, shape_names[328]),
            .traits_ref = REF(scalars[5].traits_ref, traits[5]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [6] = { /* AutomatedReasoningRuleIdentifier */
            .name_ref = SHAPE_NAME(scalars[6].name_ref, shape_names[364]),
            .traits_ref = REF(scalars[6].traits_ref, traits[6]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [7] = { /* Blob */
            .name_ref = SHAPE_NAME(scalars[7].name_ref, shape_names[458]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [8] = { /* Body */
            .name_ref = SHAPE_NAME(scalars[8].name_ref, shape_names[463]),
            .traits_ref = REF(scalars[8].traits_ref, traits[7]),
            .type = AWSC_SHAPE_BLOB,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_blob),
        },
        [9] = { /* Boolean */
            .name_ref = SHAPE_NAME(scalars[9].name_ref, shape_names[468]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [10] = { /* CacheDetailInputTokensInteger */
            .name_ref = SHAPE_NAME(scalars[10].name_ref, shape_names[488]),
            .traits_ref = REF(scalars[10].traits_ref, traits[8]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [11] = { /* ConversationalModelId */
            .name_ref = SHAPE_NAME(scalars[11].name_ref, shape_names[972]),
            .traits_ref = REF(scalars[11].traits_ref, traits[10]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [12] = { /* ConverseRequestAdditionalModelResponseFieldPathsListMemberString */
            .name_ref = SHAPE_NAME(scalars[12].name_ref, shape_names[1094]),
            .traits_ref = REF(scalars[12].traits_ref, traits[12]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [13] = { /* ConverseStreamRequestAdditionalModelResponseFieldPathsListMemberString */
            .name_ref = SHAPE_NAME(scalars[13].name_ref, shape_names[1328]),
            .traits_ref = REF(scalars[13].traits_ref, traits[14]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [14] = { /* Document */
            .name_ref = SHAPE_NAME(scalars[14].name_ref, shape_names[1534]),
            .type = AWSC_SHAPE_DOCUMENT,
            .flags = AWSC_SF_DOCUMENT,
            .size = sizeof(struct awsc_document),
        },
        [15] = { /* DocumentBlockNameString */
            .name_ref = SHAPE_NAME(scalars[15].name_ref, shape_names[1557]),
            .traits_ref = REF(scalars[15].traits_ref, traits[16]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [16] = { /* DocumentCharLocationDocumentIndexInteger */
            .name_ref = SHAPE_NAME(scalars[16].name_ref, shape_names[1602]),
            .traits_ref = REF(scalars[16].traits_ref, traits[17]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [17] = { /* DocumentCharLocationEndInteger */
            .name_ref = SHAPE_NAME(scalars[17].name_ref, shape_names[1643]),
            .traits_ref = REF(scalars[17].traits_ref, traits[18]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [18] = { /* DocumentCharLocationStartInteger */
            .name_ref = SHAPE_NAME(scalars[18].name_ref, shape_names[1674]),
            .traits_ref = REF(scalars[18].traits_ref, traits[19]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [19] = { /* DocumentChunkLocationDocumentIndexInteger */
            .name_ref = SHAPE_NAME(scalars[19].name_ref, shape_names[1729]),
            .traits_ref = REF(scalars[19].traits_ref, traits[20]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [20] = { /* DocumentChunkLocationEndInteger */
            .name_ref = SHAPE_NAME(scalars[20].name_ref, shape_names[1771]),
            .traits_ref = REF(scalars[20].traits_ref, traits[21]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [21] = { /* DocumentChunkLocationStartInteger */
            .name_ref = SHAPE_NAME(scalars[21].name_ref, shape_names[1803]),
            .traits_ref = REF(scalars[21].traits_ref, traits[22]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [22] = { /* DocumentPageLocationDocumentIndexInteger */
            .name_ref = SHAPE_NAME(scalars[22].name_ref, shape_names[1916]),
            .traits_ref = REF(scalars[22].traits_ref, traits[23]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [23] = { /* DocumentPageLocationEndInteger */
            .name_ref = SHAPE_NAME(scalars[23].name_ref, shape_names[1957]),
            .traits_ref = REF(scalars[23].traits_ref, traits[24]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [24] = { /* DocumentPageLocationStartInteger */
            .name_ref = SHAPE_NAME(scalars[24].name_ref, shape_names[1988]),
            .traits_ref = REF(scalars[24].traits_ref, traits[25]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [25] = { /* DocumentSourceBytesBlob */
            .name_ref = SHAPE_NAME(scalars[25].name_ref, shape_names[2036]),
            .traits_ref = REF(scalars[25].traits_ref, traits[26]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [26] = { /* FoundationModelVersionIdentifier */
            .name_ref = SHAPE_NAME(scalars[26].name_ref, shape_names[2071]),
            .traits_ref = REF(scalars[26].traits_ref, traits[27]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [27] = { /* GuardrailArn */
            .name_ref = SHAPE_NAME(scalars[27].name_ref, shape_names[2165]),
            .traits_ref = REF(scalars[27].traits_ref, traits[28]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [28] = { /* GuardrailAutomatedReasoningPoliciesProcessed */
            .name_ref = SHAPE_NAME(scalars[28].name_ref, shape_names[2712]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [29] = { /* GuardrailAutomatedReasoningPolicyUnitsProcessed */
            .name_ref = SHAPE_NAME(scalars[29].name_ref, shape_names[2801]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [30] = { /* GuardrailAutomatedReasoningPolicyVersionArn */
            .name_ref = SHAPE_NAME(scalars[30].name_ref, shape_names[2849]),
            .traits_ref = REF(scalars[30].traits_ref, traits[30]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [31] = { /* GuardrailAutomatedReasoningStatementLogicContent */
            .name_ref = SHAPE_NAME(scalars[31].name_ref, shape_names[3121]),
            .traits_ref = REF(scalars[31].traits_ref, traits[31]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [32] = { /* GuardrailAutomatedReasoningStatementNaturalLanguageContent */
            .name_ref = SHAPE_NAME(scalars[32].name_ref, shape_names[3170]),
            .traits_ref = REF(scalars[32].traits_ref, traits[32]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [33] = { /* GuardrailAutomatedReasoningTranslationConfidence */
            .name_ref = SHAPE_NAME(scalars[33].name_ref, shape_names[3368]),
            .traits_ref = REF(scalars[33].traits_ref, traits[33]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [34] = { /* GuardrailChecksContentFilterResultEntrySeverityScoreDouble */
            .name_ref = SHAPE_NAME(scalars[34].name_ref, shape_names[3913]),
            .traits_ref = REF(scalars[34].traits_ref, traits[37]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [35] = { /* GuardrailChecksPromptAttackResultEntrySeverityScoreDouble */
            .name_ref = SHAPE_NAME(scalars[35].name_ref, shape_names[4326]),
            .traits_ref = REF(scalars[35].traits_ref, traits[40]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [36] = { /* GuardrailChecksSensitiveInformationResultEntryBeginOffsetInteger */
            .name_ref = SHAPE_NAME(scalars[36].name_ref, shape_names[4775]),
            .traits_ref = REF(scalars[36].traits_ref, traits[42]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [37] = { /* GuardrailChecksSensitiveInformationResultEntryConfidenceScoreDouble */
            .name_ref = SHAPE_NAME(scalars[37].name_ref, shape_names[4840]),
            .traits_ref = REF(scalars[37].traits_ref, traits[43]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [38] = { /* GuardrailChecksSensitiveInformationResultEntryContentIndexInteger */
            .name_ref = SHAPE_NAME(scalars[38].name_ref, shape_names[4908]),
            .traits_ref = REF(scalars[38].traits_ref, traits[44]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [39] = { /* GuardrailChecksSensitiveInformationResultEntryEndOffsetInteger */
            .name_ref = SHAPE_NAME(scalars[39].name_ref, shape_names[4974]),
            .traits_ref = REF(scalars[39].traits_ref, traits[45]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [40] = { /* GuardrailChecksSensitiveInformationResultEntryMessageIndexInteger */
            .name_ref = SHAPE_NAME(scalars[40].name_ref, shape_names[5037]),
            .traits_ref = REF(scalars[40].traits_ref, traits[46]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [41] = { /* GuardrailChecksTextContent */
            .name_ref = SHAPE_NAME(scalars[41].name_ref, shape_names[5190]),
            .traits_ref = REF(scalars[41].traits_ref, traits[47]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [42] = { /* GuardrailContentPolicyImageUnitsProcessed */
            .name_ref = SHAPE_NAME(scalars[42].name_ref, shape_names[5519]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [43] = { /* GuardrailContentPolicyUnitsProcessed */
            .name_ref = SHAPE_NAME(scalars[43].name_ref, shape_names[5561]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [44] = { /* GuardrailContextualGroundingFilterScoreDouble */
            .name_ref = SHAPE_NAME(scalars[44].name_ref, shape_names[5712]),
            .traits_ref = REF(scalars[44].traits_ref, traits[48]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [45] = { /* GuardrailContextualGroundingFilterThresholdDouble */
            .name_ref = SHAPE_NAME(scalars[45].name_ref, shape_names[5758]),
            .traits_ref = REF(scalars[45].traits_ref, traits[49]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [46] = { /* GuardrailContextualGroundingPolicyUnitsProcessed */
            .name_ref = SHAPE_NAME(scalars[46].name_ref, shape_names[5969]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [47] = { /* GuardrailConverseImageSourceBytesBlob */
            .name_ref = SHAPE_NAME(scalars[47].name_ref, shape_names[6206]),
            .traits_ref = REF(scalars[47].traits_ref, traits[50]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [48] = { /* GuardrailId */
            .name_ref = SHAPE_NAME(scalars[48].name_ref, shape_names[6333]),
            .traits_ref = REF(scalars[48].traits_ref, traits[51]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [49] = { /* GuardrailIdentifier */
            .name_ref = SHAPE_NAME(scalars[49].name_ref, shape_names[6345]),
            .traits_ref = REF(scalars[49].traits_ref, traits[52]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [50] = { /* GuardrailImageSourceBytesBlob */
            .name_ref = SHAPE_NAME(scalars[50].name_ref, shape_names[6450]),
            .traits_ref = REF(scalars[50].traits_ref, traits[53]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [51] = { /* GuardrailOutputText */
            .name_ref = SHAPE_NAME(scalars[51].name_ref, shape_names[6685]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [52] = { /* GuardrailProcessingLatency */
            .name_ref = SHAPE_NAME(scalars[52].name_ref, shape_names[6801]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [53] = { /* GuardrailSensitiveInformationPolicyFreeUnitsProcessed */
            .name_ref = SHAPE_NAME(scalars[53].name_ref, shape_names[6962]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [54] = { /* GuardrailSensitiveInformationPolicyUnitsProcessed */
            .name_ref = SHAPE_NAME(scalars[54].name_ref, shape_names[7016]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [55] = { /* GuardrailTopicPolicyUnitsProcessed */
            .name_ref = SHAPE_NAME(scalars[55].name_ref, shape_names[7268]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [56] = { /* GuardrailVersion */
            .name_ref = SHAPE_NAME(scalars[56].name_ref, shape_names[7377]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [57] = { /* GuardrailWordPolicyUnitsProcessed */
            .name_ref = SHAPE_NAME(scalars[57].name_ref, shape_names[7450]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [58] = { /* ImageSourceBytesBlob */
            .name_ref = SHAPE_NAME(scalars[58].name_ref, shape_names[7551]),
            .traits_ref = REF(scalars[58].traits_ref, traits[54]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [59] = { /* ImagesGuarded */
            .name_ref = SHAPE_NAME(scalars[59].name_ref, shape_names[7572]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [60] = { /* ImagesTotal */
            .name_ref = SHAPE_NAME(scalars[60].name_ref, shape_names[7586]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [61] = { /* InferenceConfigurationMaxTokensInteger */
            .name_ref = SHAPE_NAME(scalars[61].name_ref, shape_names[7621]),
            .traits_ref = REF(scalars[61].traits_ref, traits[55]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [62] = { /* InferenceConfigurationTemperatureFloat */
            .name_ref = SHAPE_NAME(scalars[62].name_ref, shape_names[7700]),
            .traits_ref = REF(scalars[62].traits_ref, traits[57]),
            .type = AWSC_SHAPE_FLOAT,
            .size = sizeof(float),
        },
        [63] = { /* InferenceConfigurationTopPFloat */
            .name_ref = SHAPE_NAME(scalars[63].name_ref, shape_names[7739]),
            .traits_ref = REF(scalars[63].traits_ref, traits[58]),
            .type = AWSC_SHAPE_FLOAT,
            .size = sizeof(float),
        },
        [64] = { /* Integer */
            .name_ref = SHAPE_NAME(scalars[64].name_ref, shape_names[7771]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [65] = { /* InvocationArn */
            .name_ref = SHAPE_NAME(scalars[65].name_ref, shape_names[7779]),
            .traits_ref = REF(scalars[65].traits_ref, traits[60]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [66] = { /* InvokeModelIdentifier */
            .name_ref = SHAPE_NAME(scalars[66].name_ref, shape_names[7852]),
            .traits_ref = REF(scalars[66].traits_ref, traits[61]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [67] = { /* InvokedModelId */
            .name_ref = SHAPE_NAME(scalars[67].name_ref, shape_names[8179]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [68] = { /* KmsKeyId */
            .name_ref = SHAPE_NAME(scalars[68].name_ref, shape_names[8215]),
            .traits_ref = REF(scalars[68].traits_ref, traits[63]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [69] = { /* Long */
            .name_ref = SHAPE_NAME(scalars[69].name_ref, shape_names[8273]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [70] = { /* MaxResults */
            .name_ref = SHAPE_NAME(scalars[70].name_ref, shape_names[8278]),
            .traits_ref = REF(scalars[70].traits_ref, traits[64]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [71] = { /* MimeType */
            .name_ref = SHAPE_NAME(scalars[71].name_ref, shape_names[8341]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [72] = { /* ModelInputPayload */
            .name_ref = SHAPE_NAME(scalars[72].name_ref, shape_names[8350]),
            .type = AWSC_SHAPE_DOCUMENT,
            .flags = AWSC_SF_SENSITIVE | AWSC_SF_DOCUMENT,
            .size = sizeof(struct awsc_document),
        },
        [73] = { /* NonBlankString */
            .name_ref = SHAPE_NAME(scalars[73].name_ref, shape_names[8381]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [74] = { /* NonEmptyString */
            .name_ref = SHAPE_NAME(scalars[74].name_ref, shape_names[8396]),
            .traits_ref = REF(scalars[74].traits_ref, traits[69]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [75] = { /* NonNegativeInteger */
            .name_ref = SHAPE_NAME(scalars[75].name_ref, shape_names[8411]),
            .traits_ref = REF(scalars[75].traits_ref, traits[70]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [76] = { /* OutputConfigEffortString */
            .name_ref = SHAPE_NAME(scalars[76].name_ref, shape_names[8443]),
            .traits_ref = REF(scalars[76].traits_ref, traits[71]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [77] = { /* PaginationToken */
            .name_ref = SHAPE_NAME(scalars[77].name_ref, shape_names[8520]),
            .traits_ref = REF(scalars[77].traits_ref, traits[72]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [78] = { /* PartBody */
            .name_ref = SHAPE_NAME(scalars[78].name_ref, shape_names[8536]),
            .traits_ref = REF(scalars[78].traits_ref, traits[73]),
            .type = AWSC_SHAPE_BLOB,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_blob),
        },
        [79] = { /* RequestMetadataJson */
            .name_ref = SHAPE_NAME(scalars[79].name_ref, shape_names[8748]),
            .traits_ref = REF(scalars[79].traits_ref, traits[75]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [80] = { /* RequestMetadataKeyString */
            .name_ref = SHAPE_NAME(scalars[80].name_ref, shape_names[8768]),
            .traits_ref = REF(scalars[80].traits_ref, traits[76]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [81] = { /* RequestMetadataValueString */
            .name_ref = SHAPE_NAME(scalars[81].name_ref, shape_names[8793]),
            .traits_ref = REF(scalars[81].traits_ref, traits[77]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [82] = { /* S3Uri */
            .name_ref = SHAPE_NAME(scalars[82].name_ref, shape_names[8846]),
            .traits_ref = REF(scalars[82].traits_ref, traits[79]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [83] = { /* SearchResultLocationEndInteger */
            .name_ref = SHAPE_NAME(scalars[83].name_ref, shape_names[8942]),
            .traits_ref = REF(scalars[83].traits_ref, traits[80]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [84] = { /* SearchResultLocationSearchResultIndexInteger */
            .name_ref = SHAPE_NAME(scalars[84].name_ref, shape_names[8973]),
            .traits_ref = REF(scalars[84].traits_ref, traits[81]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [85] = { /* SearchResultLocationStartInteger */
            .name_ref = SHAPE_NAME(scalars[85].name_ref, shape_names[9018]),
            .traits_ref = REF(scalars[85].traits_ref, traits[82]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [86] = { /* StatusCode */
            .name_ref = SHAPE_NAME(scalars[86].name_ref, shape_names[9179]),
            .traits_ref = REF(scalars[86].traits_ref, traits[85]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [87] = { /* String */
            .name_ref = SHAPE_NAME(scalars[87].name_ref, shape_names[9201]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [88] = { /* TagKey */
            .name_ref = SHAPE_NAME(scalars[88].name_ref, shape_names[9262]),
            .traits_ref = REF(scalars[88].traits_ref, traits[86]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [89] = { /* TagValue */
            .name_ref = SHAPE_NAME(scalars[89].name_ref, shape_names[9277]),
            .traits_ref = REF(scalars[89].traits_ref, traits[88]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [90] = { /* TextCharactersGuarded */
            .name_ref = SHAPE_NAME(scalars[90].name_ref, shape_names[9286]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [91] = { /* TextCharactersTotal */
            .name_ref = SHAPE_NAME(scalars[91].name_ref, shape_names[9308]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [92] = { /* Timestamp */
            .name_ref = SHAPE_NAME(scalars[92].name_ref, shape_names[9328]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .timestamp_format = AWSC_TSFMT_ISO8601,
            .size = sizeof(struct awsc_timestamp),
        },
        [93] = { /* TokenUsageCacheReadInputTokensInteger */
            .name_ref = SHAPE_NAME(scalars[93].name_ref, shape_names[9349]),
            .traits_ref = REF(scalars[93].traits_ref, traits[90]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [94] = { /* TokenUsageCacheWriteInputTokensInteger */
            .name_ref = SHAPE_NAME(scalars[94].name_ref, shape_names[9387]),
            .traits_ref = REF(scalars[94].traits_ref, traits[91]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [95] = { /* TokenUsageInputTokensInteger */
            .name_ref = SHAPE_NAME(scalars[95].name_ref, shape_names[9426]),
            .traits_ref = REF(scalars[95].traits_ref, traits[92]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [96] = { /* TokenUsageOutputTokensInteger */
            .name_ref = SHAPE_NAME(scalars[96].name_ref, shape_names[9455]),
            .traits_ref = REF(scalars[96].traits_ref, traits[93]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [97] = { /* TokenUsageTotalTokensInteger */
            .name_ref = SHAPE_NAME(scalars[97].name_ref, shape_names[9485]),
            .traits_ref = REF(scalars[97].traits_ref, traits[94]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [98] = { /* ToolName */
            .name_ref = SHAPE_NAME(scalars[98].name_ref, shape_names[9609]),
            .traits_ref = REF(scalars[98].traits_ref, traits[96]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [99] = { /* ToolReferenceNameString */
            .name_ref = SHAPE_NAME(scalars[99].name_ref, shape_names[9632]),
            .traits_ref = REF(scalars[99].traits_ref, traits[97]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [100] = { /* ToolReferenceServerNameString */
            .name_ref = SHAPE_NAME(scalars[100].name_ref, shape_names[9656]),
            .traits_ref = REF(scalars[100].traits_ref, traits[98]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [101] = { /* ToolReferenceTypeString */
            .name_ref = SHAPE_NAME(scalars[101].name_ref, shape_names[9686]),
            .traits_ref = REF(scalars[101].traits_ref, traits[99]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [102] = { /* ToolUseId */
            .name_ref = SHAPE_NAME(scalars[102].name_ref, shape_names[9938]),
            .traits_ref = REF(scalars[102].traits_ref, traits[100]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [103] = { /* VideoSourceBytesBlob */
            .name_ref = SHAPE_NAME(scalars[103].name_ref, shape_names[10001]),
            .traits_ref = REF(scalars[103].traits_ref, traits[102]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
    },
    /* the shapes' rarer traits: ranges, XML names and namespaces, payload
     * members, errors' codes and statuses, sinks */
    .traits = {
        [0] = { /* AccessDeniedException */
            .error_code_ref = REF(traits[0].error_code_ref, strings[0]),
            .http_status = 403,
        },
        [1] = { /* AsyncInvokeArn */
            .range_ref = REF(traits[1].range_ref, ranges[0]),
        },
        [2] = { /* AsyncInvokeIdempotencyToken */
            .range_ref = REF(traits[2].range_ref, ranges[1]),
        },
        [3] = { /* AsyncInvokeIdentifier */
            .range_ref = REF(traits[3].range_ref, ranges[2]),
        },
        [4] = { /* AsyncInvokeMessage */
            .range_ref = REF(traits[4].range_ref, ranges[3]),
        },
        [5] = { /* AudioSourceBytesBlob */
            .range_ref = REF(traits[5].range_ref, ranges[4]),
        },
        [6] = { /* AutomatedReasoningRuleIdentifier */
            .range_ref = REF(traits[6].range_ref, ranges[5]),
        },
        [7] = { /* Body */
            .range_ref = REF(traits[7].range_ref, ranges[6]),
        },
        [8] = { /* CacheDetailInputTokensInteger */
            .range_ref = REF(traits[8].range_ref, ranges[7]),
        },
        [9] = { /* ConflictException */
            .error_code_ref = REF(traits[9].error_code_ref, strings[658]),
            .http_status = 400,
        },
        [10] = { /* ConversationalModelId */
            .range_ref = REF(traits[10].range_ref, ranges[8]),
        },
        [11] = { /* ConverseRequestAdditionalModelResponseFieldPathsList */
            .range_ref = REF(traits[11].range_ref, ranges[9]),
        },
        [12] = { /* ConverseRequestAdditionalModelResponseFieldPathsListMemberString */
            .range_ref = REF(traits[12].range_ref, ranges[10]),
        },
        [13] = { /* ConverseStreamRequestAdditionalModelResponseFieldPathsList */
            .range_ref = REF(traits[13].range_ref, ranges[11]),
        },
        [14] = { /* ConverseStreamRequestAdditionalModelResponseFieldPathsListMemberString */
            .range_ref = REF(traits[14].range_ref, ranges[12]),
        },
        [15] = { /* ConverseStreamResponse */
            .payload_ref = REF(traits[15].payload_ref, strings[1361]),
        },
        [16] = { /* DocumentBlockNameString */
            .range_ref = REF(traits[16].range_ref, ranges[13]),
        },
        [17] = { /* DocumentCharLocationDocumentIndexInteger */
            .range_ref = REF(traits[17].range_ref, ranges[14]),
        },
        [18] = { /* DocumentCharLocationEndInteger */
            .range_ref = REF(traits[18].range_ref, ranges[15]),
        },
        [19] = { /* DocumentCharLocationStartInteger */
            .range_ref = REF(traits[19].range_ref, ranges[16]),
        },
        [20] = { /* DocumentChunkLocationDocumentIndexInteger */
            .range_ref = REF(traits[20].range_ref, ranges[17]),
        },
        [21] = { /* DocumentChunkLocationEndInteger */
            .range_ref = REF(traits[21].range_ref, ranges[18]),
        },
        [22] = { /* DocumentChunkLocationStartInteger */
            .range_ref = REF(traits[22].range_ref, ranges[19]),
        },
        [23] = { /* DocumentPageLocationDocumentIndexInteger */
            .range_ref = REF(traits[23].range_ref, ranges[20]),
        },
        [24] = { /* DocumentPageLocationEndInteger */
            .range_ref = REF(traits[24].range_ref, ranges[21]),
        },
        [25] = { /* DocumentPageLocationStartInteger */
            .range_ref = REF(traits[25].range_ref, ranges[22]),
        },
        [26] = { /* DocumentSourceBytesBlob */
            .range_ref = REF(traits[26].range_ref, ranges[23]),
        },
        [27] = { /* FoundationModelVersionIdentifier */
            .range_ref = REF(traits[27].range_ref, ranges[24]),
        },
        [28] = { /* GuardrailArn */
            .range_ref = REF(traits[28].range_ref, ranges[25]),
        },
        [29] = { /* GuardrailAutomatedReasoningDifferenceScenarioList */
            .range_ref = REF(traits[29].range_ref, ranges[26]),
        },
        [30] = { /* GuardrailAutomatedReasoningPolicyVersionArn */
            .range_ref = REF(traits[30].range_ref, ranges[27]),
        },
        [31] = { /* GuardrailAutomatedReasoningStatementLogicContent */
            .range_ref = REF(traits[31].range_ref, ranges[28]),
        },
        [32] = { /* GuardrailAutomatedReasoningStatementNaturalLanguageContent */
            .range_ref = REF(traits[32].range_ref, ranges[29]),
        },
        [33] = { /* GuardrailAutomatedReasoningTranslationConfidence */
            .range_ref = REF(traits[33].range_ref, ranges[30]),
        },
        [34] = { /* GuardrailAutomatedReasoningTranslationOptionList */
            .range_ref = REF(traits[34].range_ref, ranges[31]),
        },
        [35] = { /* GuardrailChecksContentBlockList */
            .range_ref = REF(traits[35].range_ref, ranges[32]),
        },
        [36] = { /* GuardrailChecksContentFilterCategoryConfigList */
            .range_ref = REF(traits[36].range_ref, ranges[33]),
        },
        [37] = { /* GuardrailChecksContentFilterResultEntrySeverityScoreDouble */
            .range_ref = REF(traits[37].range_ref, ranges[34]),
        },
        [38] = { /* GuardrailChecksMessageList */
            .range_ref = REF(traits[38].range_ref, ranges[35]),
        },
        [39] = { /* GuardrailChecksPromptAttackCategoryConfigList */
            .range_ref = REF(traits[39].range_ref, ranges[36]),
        },
        [40] = { /* GuardrailChecksPromptAttackResultEntrySeverityScoreDouble */
            .range_ref = REF(traits[40].range_ref, ranges[37]),
        },
        [41] = { /* GuardrailChecksSensitiveInformationEntityConfigList */
            .range_ref = REF(traits[41].range_ref, ranges[38]),
        },
        [42] = { /* GuardrailChecksSensitiveInformationResultEntryBeginOffsetInteger */
            .range_ref = REF(traits[42].range_ref, ranges[39]),
        },
        [43] = { /* GuardrailChecksSensitiveInformationResultEntryConfidenceScoreDouble */
            .range_ref = REF(traits[43].range_ref, ranges[40]),
        },
        [44] = { /* GuardrailChecksSensitiveInformationResultEntryContentIndexInteger */
            .range_ref = REF(traits[44].range_ref, ranges[41]),
        },
        [45] = { /* GuardrailChecksSensitiveInformationResultEntryEndOffsetInteger */
            .range_ref = REF(traits[45].range_ref, ranges[42]),
        },
        [46] = { /* GuardrailChecksSensitiveInformationResultEntryMessageIndexInteger */
            .range_ref = REF(traits[46].range_ref, ranges[43]),
        },
        [47] = { /* GuardrailChecksTextContent */
            .range_ref = REF(traits[47].range_ref, ranges[44]),
        },
        [48] = { /* GuardrailContextualGroundingFilterScoreDouble */
            .range_ref = REF(traits[48].range_ref, ranges[45]),
        },
        [49] = { /* GuardrailContextualGroundingFilterThresholdDouble */
            .range_ref = REF(traits[49].range_ref, ranges[46]),
        },
        [50] = { /* GuardrailConverseImageSourceBytesBlob */
            .range_ref = REF(traits[50].range_ref, ranges[47]),
        },
        [51] = { /* GuardrailId */
            .range_ref = REF(traits[51].range_ref, ranges[48]),
        },
        [52] = { /* GuardrailIdentifier */
            .range_ref = REF(traits[52].range_ref, ranges[49]),
        },
        [53] = { /* GuardrailImageSourceBytesBlob */
            .range_ref = REF(traits[53].range_ref, ranges[50]),
        },
        [54] = { /* ImageSourceBytesBlob */
            .range_ref = REF(traits[54].range_ref, ranges[51]),
        },
        [55] = { /* InferenceConfigurationMaxTokensInteger */
            .range_ref = REF(traits[55].range_ref, ranges[52]),
        },
        [56] = { /* InferenceConfigurationStopSequencesList */
            .range_ref = REF(traits[56].range_ref, ranges[53]),
        },
        [57] = { /* InferenceConfigurationTemperatureFloat */
            .range_ref = REF(traits[57].range_ref, ranges[54]),
        },
        [58] = { /* InferenceConfigurationTopPFloat */
            .range_ref = REF(traits[58].range_ref, ranges[55]),
        },
        [59] = { /* InternalServerException */
            .error_code_ref = REF(traits[59].error_code_ref, strings[3759]),
            .http_status = 500,
        },
        [60] = { /* InvocationArn */
            .range_ref = REF(traits[60].range_ref, ranges[56]),
        },
        [61] = { /* InvokeModelIdentifier */
            .range_ref = REF(traits[61].range_ref, ranges[57]),
        },
        [62] = { /* InvokeModelRequest, InvokeModelResponse, InvokeModelWithBidirectionalStreamRequest, InvokeModelWithBidirectionalStreamResponse, InvokeModelWithResponseStreamRequest, InvokeModelWithResponseStreamResponse */
            .payload_ref = REF(traits[62].payload_ref, strings[3790]),
        },
        [63] = { /* KmsKeyId */
            .range_ref = REF(traits[63].range_ref, ranges[58]),
        },
        [64] = { /* MaxResults */
            .range_ref = REF(traits[64].range_ref, ranges[59]),
        },
        [65] = { /* ModelErrorException */
            .error_code_ref = REF(traits[65].error_code_ref, strings[4340]),
            .http_status = 424,
        },
        [66] = { /* ModelNotReadyException */
            .error_code_ref = REF(traits[66].error_code_ref, strings[4392]),
            .http_status = 429,
        },
        [67] = { /* ModelStreamErrorException */
            .error_code_ref = REF(traits[67].error_code_ref, strings[4415]),
            .http_status = 424,
        },
        [68] = { /* ModelTimeoutException */
            .error_code_ref = REF(traits[68].error_code_ref, strings[4457]),
            .http_status = 408,
        },
        [69] = { /* NonEmptyString */
            .range_ref = REF(traits[69].range_ref, ranges[60]),
        },
        [70] = { /* NonNegativeInteger */
            .range_ref = REF(traits[70].range_ref, ranges[61]),
        },
        [71] = { /* OutputConfigEffortString */
            .range_ref = REF(traits[71].range_ref, ranges[62]),
        },
        [72] = { /* PaginationToken */
            .range_ref = REF(traits[72].range_ref, ranges[63]),
        },
        [73] = { /* PartBody */
            .range_ref = REF(traits[73].range_ref, ranges[64]),
        },
        [74] = { /* RequestMetadata */
            .range_ref = REF(traits[74].range_ref, ranges[65]),
        },
        [75] = { /* RequestMetadataJson */
            .range_ref = REF(traits[75].range_ref, ranges[66]),
        },
        [76] = { /* RequestMetadataKeyString */
            .range_ref = REF(traits[76].range_ref, ranges[67]),
        },
        [77] = { /* RequestMetadataValueString */
            .range_ref = REF(traits[77].range_ref, ranges[68]),
        },
        [78] = { /* ResourceNotFoundException */
            .error_code_ref = REF(traits[78].error_code_ref, strings[4612]),
            .http_status = 404,
        },
        [79] = { /* S3Uri */
            .range_ref = REF(traits[79].range_ref, ranges[69]),
        },
        [80] = { /* SearchResultLocationEndInteger */
            .range_ref = REF(traits[80].range_ref, ranges[70]),
        },
        [81] = { /* SearchResultLocationSearchResultIndexInteger */
            .range_ref = REF(traits[81].range_ref, ranges[71]),
        },
        [82] = { /* SearchResultLocationStartInteger */
            .range_ref = REF(traits[82].range_ref, ranges[72]),
        },
        [83] = { /* ServiceQuotaExceededException */
            .error_code_ref = REF(traits[83].error_code_ref, strings[4660]),
            .http_status = 400,
        },
        [84] = { /* ServiceUnavailableException */
            .error_code_ref = REF(traits[84].error_code_ref, strings[4721]),
            .http_status = 503,
        },
        [85] = { /* StatusCode */
            .range_ref = REF(traits[85].range_ref, ranges[73]),
        },
        [86] = { /* TagKey */
            .range_ref = REF(traits[86].range_ref, ranges[74]),
        },
        [87] = { /* TagList */
            .range_ref = REF(traits[87].range_ref, ranges[75]),
        },
        [88] = { /* TagValue */
            .range_ref = REF(traits[88].range_ref, ranges[76]),
        },
        [89] = { /* ThrottlingException */
            .error_code_ref = REF(traits[89].error_code_ref, strings[4964]),
            .http_status = 429,
        },
        [90] = { /* TokenUsageCacheReadInputTokensInteger */
            .range_ref = REF(traits[90].range_ref, ranges[77]),
        },
        [91] = { /* TokenUsageCacheWriteInputTokensInteger */
            .range_ref = REF(traits[91].range_ref, ranges[78]),
        },
        [92] = { /* TokenUsageInputTokensInteger */
            .range_ref = REF(traits[92].range_ref, ranges[79]),
        },
        [93] = { /* TokenUsageOutputTokensInteger */
            .range_ref = REF(traits[93].range_ref, ranges[80]),
        },
        [94] = { /* TokenUsageTotalTokensInteger */
            .range_ref = REF(traits[94].range_ref, ranges[81]),
        },
        [95] = { /* ToolConfigurationToolsList */
            .range_ref = REF(traits[95].range_ref, ranges[82]),
        },
        [96] = { /* ToolName */
            .range_ref = REF(traits[96].range_ref, ranges[83]),
        },
        [97] = { /* ToolReferenceNameString */
            .range_ref = REF(traits[97].range_ref, ranges[84]),
        },
        [98] = { /* ToolReferenceServerNameString */
            .range_ref = REF(traits[98].range_ref, ranges[85]),
        },
        [99] = { /* ToolReferenceTypeString */
            .range_ref = REF(traits[99].range_ref, ranges[86]),
        },
        [100] = { /* ToolUseId */
            .range_ref = REF(traits[100].range_ref, ranges[87]),
        },
        [101] = { /* ValidationException */
            .error_code_ref = REF(traits[101].error_code_ref, strings[5221]),
            .http_status = 400,
        },
        [102] = { /* VideoSourceBytesBlob */
            .range_ref = REF(traits[102].range_ref, ranges[88]),
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * location, timestamp format, shape, has_ flag (how far before the
     * value), offset (of the C member), flags */
    .members = {
        [0] = {MREF(0, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(0, scalars[73]), 0, offsetof(struct awsc_bedrock_runtime_access_denied_exception, message), 0}, /* AccessDeniedException.message: NonBlankString */
        [1] = {MREF(1, strings[30]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1, scalars[48]), 0, offsetof(struct awsc_bedrock_runtime_applied_guardrail_details, guardrail_id), 0}, /* AppliedGuardrailDetails.guardrailId: GuardrailId */
        [2] = {MREF(2, strings[42]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(2, scalars[56]), 0, offsetof(struct awsc_bedrock_runtime_applied_guardrail_details, guardrail_version), 0}, /* AppliedGuardrailDetails.guardrailVersion: GuardrailVersion */
        [3] = {MREF(3, strings[59]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(3, scalars[27]), 0, offsetof(struct awsc_bedrock_runtime_applied_guardrail_details, guardrail_arn), 0}, /* AppliedGuardrailDetails.guardrailArn: GuardrailArn */
        [4] = {MREF(4, strings[72]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(4, collections[35].shape), 0, offsetof(struct awsc_bedrock_runtime_applied_guardrail_details, guardrail_origin), 0}, /* AppliedGuardrailDetails.guardrailOrigin: GuardrailOriginList */
        [5] = {MREF(5, strings[88]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(5, enums[26].shape), 0, offsetof(struct awsc_bedrock_runtime_applied_guardrail_details, guardrail_ownership), 0}, /* AppliedGuardrailDetails.guardrailOwnership: GuardrailOwnership */
        [6] = {MREF(6, strings[107]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(6, scalars[49]), 0, offsetof(struct awsc_bedrock_runtime_apply_guardrail_input, guardrail_identifier), AWSC_MF_REQUIRED}, /* ApplyGuardrailRequest.guardrailIdentifier: GuardrailIdentifier */
        [7] = {MREF(7, strings[42]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(7, scalars[56]), 0, offsetof(struct awsc_bedrock_runtime_apply_guardrail_input, guardrail_version), AWSC_MF_REQUIRED}, /* ApplyGuardrailRequest.guardrailVersion: GuardrailVersion */
        [8] = {MREF(8, strings[127]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(8, enums[17].shape), 0, offsetof(struct awsc_bedrock_runtime_apply_guardrail_input, source), AWSC_MF_REQUIRED}, /* ApplyGuardrailRequest.source: GuardrailContentSource */
        [9] = {MREF(9, strings[134]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(9, collections[28].shape), 0, offsetof(struct awsc_bedrock_runtime_apply_guardrail_input, content), AWSC_MF_REQUIRED}, /* ApplyGuardrailRequest.content: GuardrailContentBlockList */
        [10] = {MREF(10, strings[142]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(10, enums[25].shape), 0, offsetof(struct awsc_bedrock_runtime_apply_guardrail_input, output_scope), 0}, /* ApplyGuardrailRequest.outputScope: GuardrailOutputScope */
        [11] = {MREF(11, strings[154]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(11, structures[118].shape), 0, offsetof(struct awsc_bedrock_runtime_apply_guardrail_output, usage), AWSC_MF_REQUIRED}, /* ApplyGuardrailResponse.usage: GuardrailUsage */
        [12] = {MREF(12, strings[160]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(12, enums[6].shape), 0, offsetof(struct awsc_bedrock_runtime_apply_guardrail_output, action), AWSC_MF_REQUIRED}, /* ApplyGuardrailResponse.action: GuardrailAction */
        [13] = {MREF(13, strings[167]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(13, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_apply_guardrail_output, action_reason), 0}, /* ApplyGuardrailResponse.actionReason: String */
        [14] = {MREF(14, strings[180]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(14, collections[36].shape), 0, offsetof(struct awsc_bedrock_runtime_apply_guardrail_output, outputs), AWSC_MF_REQUIRED}, /* ApplyGuardrailResponse.outputs: GuardrailOutputContentList */
        [15] = {MREF(15, strings[188]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(15, collections[10].shape), 0, offsetof(struct awsc_bedrock_runtime_apply_guardrail_output, assessments), AWSC_MF_REQUIRED}, /* ApplyGuardrailResponse.assessments: GuardrailAssessmentList */
        [16] = {MREF(16, strings[200]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(16, structures[101].shape), 0, offsetof(struct awsc_bedrock_runtime_apply_guardrail_output, guardrail_coverage), 0}, /* ApplyGuardrailResponse.guardrailCoverage: GuardrailCoverage */
        [17] = {MREF(17, strings[218]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(17, structures[6].shape), 0, offsetof(struct awsc_bedrock_runtime_async_invoke_output_data_config, s3_output_data_config), 0}, /* AsyncInvokeOutputDataConfig.s3OutputDataConfig: AsyncInvokeS3OutputDataConfig */
        [18] = {MREF(18, strings[237]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(18, scalars[82]), 0, offsetof(struct awsc_bedrock_runtime_async_invoke_s3_output_data_config, s3_uri), AWSC_MF_REQUIRED}, /* AsyncInvokeS3OutputDataConfig.s3Uri: S3Uri */
        [19] = {MREF(19, strings[243]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(19, scalars[68]), 0, offsetof(struct awsc_bedrock_runtime_async_invoke_s3_output_data_config, kms_key_id), 0}, /* AsyncInvokeS3OutputDataConfig.kmsKeyId: KmsKeyId */
        [20] = {MREF(20, strings[252]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(20, scalars[0]), 0, offsetof(struct awsc_bedrock_runtime_async_invoke_s3_output_data_config, bucket_owner), 0}, /* AsyncInvokeS3OutputDataConfig.bucketOwner: AccountId */
        [21] = {MREF(21, strings[292]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(21, scalars[65]), 0, offsetof(struct awsc_bedrock_runtime_async_invoke_summary, invocation_arn), AWSC_MF_REQUIRED}, /* AsyncInvokeSummary.invocationArn: InvocationArn */
        [22] = {MREF(22, strings[306]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(22, scalars[1]), 0, offsetof(struct awsc_bedrock_runtime_async_invoke_summary, model_arn), AWSC_MF_REQUIRED}, /* AsyncInvokeSummary.modelArn: AsyncInvokeArn */
        [23] = {MREF(23, strings[315]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(23, scalars[2]), 0, offsetof(struct awsc_bedrock_runtime_async_invoke_summary, client_request_token), 0}, /* AsyncInvokeSummary.clientRequestToken: AsyncInvokeIdempotencyToken */
        [24] = {MREF(24, strings[334]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(24, enums[0].shape), 0, offsetof(struct awsc_bedrock_runtime_async_invoke_summary, status), 0}, /* AsyncInvokeSummary.status: AsyncInvokeStatus */
        [25] = {MREF(25, strings[341]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(25, scalars[4]), 0, offsetof(struct awsc_bedrock_runtime_async_invoke_summary, failure_message), AWSC_MF_SENSITIVE}, /* AsyncInvokeSummary.failureMessage: AsyncInvokeMessage */
        [26] = {MREF(26, strings[356]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(26, scalars[92]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_async_invoke_summary, submit_time, has_submit_time), offsetof(struct awsc_bedrock_runtime_async_invoke_summary, submit_time), AWSC_MF_REQUIRED}, /* AsyncInvokeSummary.submitTime: Timestamp */
        [27] = {MREF(27, strings[367]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(27, scalars[92]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_async_invoke_summary, last_modified_time, has_last_modified_time), offsetof(struct awsc_bedrock_runtime_async_invoke_summary, last_modified_time), 0}, /* AsyncInvokeSummary.lastModifiedTime: Timestamp */
        [28] = {MREF(28, strings[384]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(28, scalars[92]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_async_invoke_summary, end_time, has_end_time), offsetof(struct awsc_bedrock_runtime_async_invoke_summary, end_time), 0}, /* AsyncInvokeSummary.endTime: Timestamp */
        [29] = {MREF(29, strings[392]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(29, structures[5].shape), 0, offsetof(struct awsc_bedrock_runtime_async_invoke_summary, output_data_config), AWSC_MF_REQUIRED}, /* AsyncInvokeSummary.outputDataConfig: AsyncInvokeOutputDataConfig */
        [30] = {MREF(30, strings[409]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(30, enums[1].shape), 0, offsetof(struct awsc_bedrock_runtime_audio_block, format), AWSC_MF_REQUIRED}, /* AudioBlock.format: AudioFormat */
        [31] = {MREF(31, strings[127]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(31, structures[9].shape), 0, offsetof(struct awsc_bedrock_runtime_audio_block, source), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* AudioBlock.source: AudioSource */
        [32] = {MREF(32, strings[416]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(32, structures[51].shape), 0, offsetof(struct awsc_bedrock_runtime_audio_block, error), AWSC_MF_SENSITIVE}, /* AudioBlock.error: ErrorBlock */
        [33] = {MREF(33, strings[489]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(33, scalars[5]), 0, offsetof(struct awsc_bedrock_runtime_audio_source, bytes), 0}, /* AudioSource.bytes: AudioSourceBytesBlob */
        [34] = {MREF(34, strings[495]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(34, structures[159].shape), 0, offsetof(struct awsc_bedrock_runtime_audio_source, s3_location), 0}, /* AudioSource.s3Location: S3Location */
        [35] = {MREF(35, strings[489]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(35, scalars[78]), 0, offsetof(struct awsc_bedrock_runtime_bidirectional_input_payload_part, bytes), AWSC_MF_SENSITIVE}, /* BidirectionalInputPayloadPart.bytes: PartBody */
        [36] = {MREF(36, strings[489]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(36, scalars[78]), 0, offsetof(struct awsc_bedrock_runtime_bidirectional_output_payload_part, bytes), AWSC_MF_SENSITIVE}, /* BidirectionalOutputPayloadPart.bytes: PartBody */
        [37] = {MREF(37, strings[506]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(37, enums[3].shape), 0, offsetof(struct awsc_bedrock_runtime_cache_detail, ttl), AWSC_MF_REQUIRED}, /* CacheDetail.ttl: CacheTTL */
        [38] = {MREF(38, strings[510]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(38, scalars[10]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_cache_detail, input_tokens, has_input_tokens), offsetof(struct awsc_bedrock_runtime_cache_detail, input_tokens), AWSC_MF_REQUIRED}, /* CacheDetail.inputTokens: CacheDetailInputTokensInteger */
        [39] = {MREF(39, strings[522]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(39, enums[2].shape), 0, offsetof(struct awsc_bedrock_runtime_cache_point_block, type), AWSC_MF_REQUIRED}, /* CachePointBlock.type: CachePointType */
        [40] = {MREF(40, strings[506]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(40, enums[3].shape), 0, offsetof(struct awsc_bedrock_runtime_cache_point_block, ttl), 0}, /* CachePointBlock.ttl: CacheTTL */
        [41] = {MREF(41, strings[541]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(41, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_citation, title), 0}, /* Citation.title: String */
        [42] = {MREF(42, strings[127]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(42, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_citation, source), 0}, /* Citation.source: String */
        [43] = {MREF(43, strings[547]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(43, collections[3].shape), 0, offsetof(struct awsc_bedrock_runtime_citation, source_content), 0}, /* Citation.sourceContent: CitationSourceContentList */
        [44] = {MREF(44, strings[561]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(44, structures[17].shape), 0, offsetof(struct awsc_bedrock_runtime_citation, location), 0}, /* Citation.location: CitationLocation */
        [45] = {MREF(45, strings[570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(45, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_citation_generated_content, text), 0}, /* CitationGeneratedContent.text: String */
        [46] = {MREF(46, strings[575]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(46, structures[192].shape), 0, offsetof(struct awsc_bedrock_runtime_citation_location, web), 0}, /* CitationLocation.web: WebLocation */
        [47] = {MREF(47, strings[579]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(47, structures[46].shape), 0, offsetof(struct awsc_bedrock_runtime_citation_location, document_char), 0}, /* CitationLocation.documentChar: DocumentCharLocation */
        [48] = {MREF(48, strings[592]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(48, structures[49].shape), 0, offsetof(struct awsc_bedrock_runtime_citation_location, document_page), 0}, /* CitationLocation.documentPage: DocumentPageLocation */
        [49] = {MREF(49, strings[605]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(49, structures[47].shape), 0, offsetof(struct awsc_bedrock_runtime_citation_location, document_chunk), 0}, /* CitationLocation.documentChunk: DocumentChunkLocation */
        [50] = {MREF(50, strings[619]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(50, structures[162].shape), 0, offsetof(struct awsc_bedrock_runtime_citation_location, search_result_location), 0}, /* CitationLocation.searchResultLocation: SearchResultLocation */
        [51] = {MREF(51, strings[570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(51, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_citation_source_content, text), 0}, /* CitationSourceContent.text: String */
        [52] = {MREF(52, strings[570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(52, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_citation_source_content_delta, text), 0}, /* CitationSourceContentDelta.text: String */
        [53] = {MREF(53, strings[640]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(53, scalars[9]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_citations_config, enabled, has_enabled), offsetof(struct awsc_bedrock_runtime_citations_config, enabled), AWSC_MF_REQUIRED}, /* CitationsConfig.enabled: Boolean */
        [54] = {MREF(54, strings[134]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(54, collections[2].shape), 0, offsetof(struct awsc_bedrock_runtime_citations_content_block, content), 0}, /* CitationsContentBlock.content: CitationGeneratedContentList */
        [55] = {MREF(55, strings[648]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(55, collections[5].shape), 0, offsetof(struct awsc_bedrock_runtime_citations_content_block, citations), 0}, /* CitationsContentBlock.citations: Citations */
        [56] = {MREF(56, strings[541]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(56, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_citations_delta, title), 0}, /* CitationsDelta.title: String */
        [57] = {MREF(57, strings[127]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(57, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_citations_delta, source), 0}, /* CitationsDelta.source: String */
        [58] = {MREF(58, strings[547]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(58, collections[4].shape), 0, offsetof(struct awsc_bedrock_runtime_citations_delta, source_content), 0}, /* CitationsDelta.sourceContent: CitationSourceContentListDelta */
        [59] = {MREF(59, strings[561]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(59, structures[17].shape), 0, offsetof(struct awsc_bedrock_runtime_citations_delta, location), 0}, /* CitationsDelta.location: CitationLocation */
        [60] = {MREF(60, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(60, scalars[73]), 0, offsetof(struct awsc_bedrock_runtime_conflict_exception, message), 0}, /* ConflictException.message: NonBlankString */
        [61] = {MREF(61, strings[570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(61, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_content_block, text), 0}, /* ContentBlock.text: String */
        [62] = {MREF(62, strings[676]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(62, structures[120].shape), 0, offsetof(struct awsc_bedrock_runtime_content_block, image), 0}, /* ContentBlock.image: ImageBlock */
        [63] = {MREF(63, strings[682]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(63, structures[45].shape), 0, offsetof(struct awsc_bedrock_runtime_content_block, document), 0}, /* ContentBlock.document: DocumentBlock */
        [64] = {MREF(64, strings[691]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(64, structures[190].shape), 0, offsetof(struct awsc_bedrock_runtime_content_block, video), 0}, /* ContentBlock.video: VideoBlock */
        [65] = {MREF(65, strings[697]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(65, structures[8].shape), 0, offsetof(struct awsc_bedrock_runtime_content_block, audio), 0}, /* ContentBlock.audio: AudioBlock */
        [66] = {MREF(66, strings[703]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(66, structures[186].shape), 0, offsetof(struct awsc_bedrock_runtime_content_block, tool_use), 0}, /* ContentBlock.toolUse: ToolUseBlock */
        [67] = {MREF(67, strings[711]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(67, structures[181].shape), 0, offsetof(struct awsc_bedrock_runtime_content_block, tool_result), 0}, /* ContentBlock.toolResult: ToolResultBlock */
        [68] = {MREF(68, strings[722]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(68, structures[97].shape), 0, offsetof(struct awsc_bedrock_runtime_content_block, guard_content), 0}, /* ContentBlock.guardContent: GuardrailConverseContentBlock */
        [69] = {MREF(69, strings[735]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(69, structures[14].shape), 0, offsetof(struct awsc_bedrock_runtime_content_block, cache_point), 0}, /* ContentBlock.cachePoint: CachePointBlock */
        [70] = {MREF(70, strings[746]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(70, structures[154].shape), 0, offsetof(struct awsc_bedrock_runtime_content_block, reasoning_content), AWSC_MF_SENSITIVE}, /* ContentBlock.reasoningContent: ReasoningContentBlock */
        [71] = {MREF(71, strings[763]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(71, structures[21].shape), 0, offsetof(struct awsc_bedrock_runtime_content_block, citations_content), 0}, /* ContentBlock.citationsContent: CitationsContentBlock */
        [72] = {MREF(72, strings[780]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(72, structures[160].shape), 0, offsetof(struct awsc_bedrock_runtime_content_block, search_result), 0}, /* ContentBlock.searchResult: SearchResultBlock */
        [73] = {MREF(73, strings[793]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(73, structures[175].shape), 0, offsetof(struct awsc_bedrock_runtime_content_block, tool_addition), 0}, /* ContentBlock.toolAddition: ToolAdditionBlock */
        [74] = {MREF(74, strings[806]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(74, structures[180].shape), 0, offsetof(struct awsc_bedrock_runtime_content_block, tool_removal), 0}, /* ContentBlock.toolRemoval: ToolRemovalBlock */
        [75] = {MREF(75, strings[570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(75, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_content_block_delta, text), 0}, /* ContentBlockDelta.text: String */
        [76] = {MREF(76, strings[703]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(76, structures[187].shape), 0, offsetof(struct awsc_bedrock_runtime_content_block_delta, tool_use), 0}, /* ContentBlockDelta.toolUse: ToolUseBlockDelta */
        [77] = {MREF(77, strings[711]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(77, collections[49].shape), 0, offsetof(struct awsc_bedrock_runtime_content_block_delta, tool_result), 0}, /* ContentBlockDelta.toolResult: ToolResultBlocksDelta */
        [78] = {MREF(78, strings[746]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(78, structures[155].shape), 0, offsetof(struct awsc_bedrock_runtime_content_block_delta, reasoning_content), AWSC_MF_SENSITIVE}, /* ContentBlockDelta.reasoningContent: ReasoningContentBlockDelta */
        [79] = {MREF(79, strings[818]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(79, structures[22].shape), 0, offsetof(struct awsc_bedrock_runtime_content_block_delta, citation), 0}, /* ContentBlockDelta.citation: CitationsDelta */
        [80] = {MREF(80, strings[676]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(80, structures[121].shape), 0, offsetof(struct awsc_bedrock_runtime_content_block_delta, image), 0}, /* ContentBlockDelta.image: ImageBlockDelta */
        [81] = {MREF(81, strings[827]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(81, structures[25].shape), 0, offsetof(struct awsc_bedrock_runtime_content_block_delta_event, delta), AWSC_MF_REQUIRED}, /* ContentBlockDeltaEvent.delta: ContentBlockDelta */
        [82] = {MREF(82, strings[833]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(82, scalars[75]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_content_block_delta_event, content_block_index, has_content_block_index), offsetof(struct awsc_bedrock_runtime_content_block_delta_event, content_block_index), AWSC_MF_REQUIRED}, /* ContentBlockDeltaEvent.contentBlockIndex: NonNegativeInteger */
        [83] = {MREF(83, strings[703]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(83, structures[188].shape), 0, offsetof(struct awsc_bedrock_runtime_content_block_start, tool_use), 0}, /* ContentBlockStart.toolUse: ToolUseBlockStart */
        [84] = {MREF(84, strings[711]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(84, structures[183].shape), 0, offsetof(struct awsc_bedrock_runtime_content_block_start, tool_result), 0}, /* ContentBlockStart.toolResult: ToolResultBlockStart */
        [85] = {MREF(85, strings[676]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(85, structures[122].shape), 0, offsetof(struct awsc_bedrock_runtime_content_block_start, image), 0}, /* ContentBlockStart.image: ImageBlockStart */
        [86] = {MREF(86, strings[851]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(86, structures[27].shape), 0, offsetof(struct awsc_bedrock_runtime_content_block_start_event, start), AWSC_MF_REQUIRED}, /* ContentBlockStartEvent.start: ContentBlockStart */
        [87] = {MREF(87, strings[833]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(87, scalars[75]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_content_block_start_event, content_block_index, has_content_block_index), offsetof(struct awsc_bedrock_runtime_content_block_start_event, content_block_index), AWSC_MF_REQUIRED}, /* ContentBlockStartEvent.contentBlockIndex: NonNegativeInteger */
        [88] = {MREF(88, strings[833]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(88, scalars[75]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_content_block_stop_event, content_block_index, has_content_block_index), offsetof(struct awsc_bedrock_runtime_content_block_stop_event, content_block_index), AWSC_MF_REQUIRED}, /* ContentBlockStopEvent.contentBlockIndex: NonNegativeInteger */
        [89] = {MREF(89, strings[879]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(89, scalars[69]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_converse_metrics, latency_ms, has_latency_ms), offsetof(struct awsc_bedrock_runtime_converse_metrics, latency_ms), AWSC_MF_REQUIRED}, /* ConverseMetrics.latencyMs: Long */
        [90] = {MREF(90, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(90, structures[140].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_output, message), 0}, /* ConverseOutput.message: Message */
        [91] = {MREF(91, strings[889]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(91, scalars[11]), 0, offsetof(struct awsc_bedrock_runtime_converse_input, model_id), AWSC_MF_REQUIRED}, /* ConverseRequest.modelId: ConversationalModelId */
        [92] = {MREF(92, strings[897]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(92, collections[41].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_input, messages), 0}, /* ConverseRequest.messages: Messages */
        [93] = {MREF(93, strings[906]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(93, collections[46].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_input, system), 0}, /* ConverseRequest.system: SystemContentBlocks */
        [94] = {MREF(94, strings[913]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(94, structures[124].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_input, inference_config), 0}, /* ConverseRequest.inferenceConfig: InferenceConfiguration */
        [95] = {MREF(95, strings[929]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(95, structures[177].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_input, tool_config), 0}, /* ConverseRequest.toolConfig: ToolConfiguration */
        [96] = {MREF(96, strings[940]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(96, structures[91].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_input, guardrail_config), 0}, /* ConverseRequest.guardrailConfig: GuardrailConfiguration */
        [97] = {MREF(97, strings[956]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(97, scalars[14]), 0, offsetof(struct awsc_bedrock_runtime_converse_input, additional_model_request_fields), 0}, /* ConverseRequest.additionalModelRequestFields: Document */
        [98] = {MREF(98, strings[985]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(98, collections[43].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_input, prompt_variables), AWSC_MF_SENSITIVE}, /* ConverseRequest.promptVariables: PromptVariableMap */
        [99] = {MREF(99, strings[1001]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(99, collections[7].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_input, additional_model_response_field_paths), 0}, /* ConverseRequest.additionalModelResponseFieldPaths: ConverseRequestAdditionalModelResponseFieldPathsList */
        [100] = {MREF(100, strings[1035]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(100, collections[44].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_input, request_metadata), AWSC_MF_SENSITIVE}, /* ConverseRequest.requestMetadata: RequestMetadata */
        [101] = {MREF(101, strings[1051]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(101, structures[151].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_input, performance_config), 0}, /* ConverseRequest.performanceConfig: PerformanceConfiguration */
        [102] = {MREF(102, strings[1069]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(102, structures[164].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_input, service_tier), 0}, /* ConverseRequest.serviceTier: ServiceTier */
        [103] = {MREF(103, strings[1081]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(103, structures[147].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_input, output_config), 0}, /* ConverseRequest.outputConfig: OutputConfig */
        [104] = {MREF(104, strings[1094]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(104, structures[31].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_response, output), AWSC_MF_REQUIRED}, /* ConverseResponse.output: ConverseOutput */
        [105] = {MREF(105, strings[1101]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(105, enums[40].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_response, stop_reason), AWSC_MF_REQUIRED}, /* ConverseResponse.stopReason: StopReason */
        [106] = {MREF(106, strings[154]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(106, structures[173].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_response, usage), AWSC_MF_REQUIRED}, /* ConverseResponse.usage: TokenUsage */
        [107] = {MREF(107, strings[1112]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(107, structures[30].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_response, metrics), AWSC_MF_REQUIRED}, /* ConverseResponse.metrics: ConverseMetrics */
        [108] = {MREF(108, strings[1120]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(108, scalars[14]), 0, offsetof(struct awsc_bedrock_runtime_converse_response, additional_model_response_fields), 0}, /* ConverseResponse.additionalModelResponseFields: Document */
        [109] = {MREF(109, strings[1150]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(109, structures[41].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_response, trace), 0}, /* ConverseResponse.trace: ConverseTrace */
        [110] = {MREF(110, strings[1051]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(110, structures[151].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_response, performance_config), 0}, /* ConverseResponse.performanceConfig: PerformanceConfiguration */
        [111] = {MREF(111, strings[1069]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(111, structures[164].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_response, service_tier), 0}, /* ConverseResponse.serviceTier: ServiceTier */
        [112] = {MREF(112, strings[154]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(112, structures[173].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_metadata_event, usage), AWSC_MF_REQUIRED}, /* ConverseStreamMetadataEvent.usage: TokenUsage */
        [113] = {MREF(113, strings[1112]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(113, structures[35].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_metadata_event, metrics), AWSC_MF_REQUIRED}, /* ConverseStreamMetadataEvent.metrics: ConverseStreamMetrics */
        [114] = {MREF(114, strings[1150]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(114, structures[39].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_metadata_event, trace), 0}, /* ConverseStreamMetadataEvent.trace: ConverseStreamTrace */
        [115] = {MREF(115, strings[1051]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(115, structures[151].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_metadata_event, performance_config), 0}, /* ConverseStreamMetadataEvent.performanceConfig: PerformanceConfiguration */
        [116] = {MREF(116, strings[1069]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(116, structures[164].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_metadata_event, service_tier), 0}, /* ConverseStreamMetadataEvent.serviceTier: ServiceTier */
        [117] = {MREF(117, strings[879]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(117, scalars[69]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_converse_stream_metrics, latency_ms, has_latency_ms), offsetof(struct awsc_bedrock_runtime_converse_stream_metrics, latency_ms), AWSC_MF_REQUIRED}, /* ConverseStreamMetrics.latencyMs: Long */
        [118] = {MREF(118, strings[1156]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(118, structures[141].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_event, message_start), 0}, /* ConverseStreamOutput.messageStart: MessageStartEvent */
        [119] = {MREF(119, strings[1169]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(119, structures[28].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_event, content_block_start), 0}, /* ConverseStreamOutput.contentBlockStart: ContentBlockStartEvent */
        [120] = {MREF(120, strings[1187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(120, structures[26].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_event, content_block_delta), 0}, /* ConverseStreamOutput.contentBlockDelta: ContentBlockDeltaEvent */
        [121] = {MREF(121, strings[1205]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(121, structures[29].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_event, content_block_stop), 0}, /* ConverseStreamOutput.contentBlockStop: ContentBlockStopEvent */
        [122] = {MREF(122, strings[1222]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(122, structures[142].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_event, message_stop), 0}, /* ConverseStreamOutput.messageStop: MessageStopEvent */
        [123] = {MREF(123, strings[1234]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(123, structures[34].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_event, metadata), 0}, /* ConverseStreamOutput.metadata: ConverseStreamMetadataEvent */
        [124] = {MREF(124, strings[1243]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(124, structures[125].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_event, internal_server_exception), 0}, /* ConverseStreamOutput.internalServerException: InternalServerException */
        [125] = {MREF(125, strings[1267]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(125, structures[145].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_event, model_stream_error_exception), 0}, /* ConverseStreamOutput.modelStreamErrorException: ModelStreamErrorException */
        [126] = {MREF(126, strings[1293]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(126, structures[189].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_event, validation_exception), 0}, /* ConverseStreamOutput.validationException: ValidationException */
        [127] = {MREF(127, strings[1313]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(127, structures[172].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_event, throttling_exception), 0}, /* ConverseStreamOutput.throttlingException: ThrottlingException */
        [128] = {MREF(128, strings[1333]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(128, structures[165].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_event, service_unavailable_exception), 0}, /* ConverseStreamOutput.serviceUnavailableException: ServiceUnavailableException */
        [129] = {MREF(129, strings[889]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(129, scalars[11]), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_input, model_id), AWSC_MF_REQUIRED}, /* ConverseStreamRequest.modelId: ConversationalModelId */
        [130] = {MREF(130, strings[897]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(130, collections[41].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_input, messages), 0}, /* ConverseStreamRequest.messages: Messages */
        [131] = {MREF(131, strings[906]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(131, collections[46].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_input, system), 0}, /* ConverseStreamRequest.system: SystemContentBlocks */
        [132] = {MREF(132, strings[913]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(132, structures[124].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_input, inference_config), 0}, /* ConverseStreamRequest.inferenceConfig: InferenceConfiguration */
        [133] = {MREF(133, strings[929]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(133, structures[177].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_input, tool_config), 0}, /* ConverseStreamRequest.toolConfig: ToolConfiguration */
        [134] = {MREF(134, strings[940]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(134, structures[112].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_input, guardrail_config), 0}, /* ConverseStreamRequest.guardrailConfig: GuardrailStreamConfiguration */
        [135] = {MREF(135, strings[956]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(135, scalars[14]), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_input, additional_model_request_fields), 0}, /* ConverseStreamRequest.additionalModelRequestFields: Document */
        [136] = {MREF(136, strings[985]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(136, collections[43].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_input, prompt_variables), AWSC_MF_SENSITIVE}, /* ConverseStreamRequest.promptVariables: PromptVariableMap */
        [137] = {MREF(137, strings[1001]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(137, collections[8].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_input, additional_model_response_field_paths), 0}, /* ConverseStreamRequest.additionalModelResponseFieldPaths: ConverseStreamRequestAdditionalModelResponseFieldPathsList */
        [138] = {MREF(138, strings[1035]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(138, collections[44].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_input, request_metadata), AWSC_MF_SENSITIVE}, /* ConverseStreamRequest.requestMetadata: RequestMetadata */
        [139] = {MREF(139, strings[1051]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(139, structures[151].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_input, performance_config), 0}, /* ConverseStreamRequest.performanceConfig: PerformanceConfiguration */
        [140] = {MREF(140, strings[1069]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(140, structures[164].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_input, service_tier), 0}, /* ConverseStreamRequest.serviceTier: ServiceTier */
        [141] = {MREF(141, strings[1081]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(141, structures[147].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_input, output_config), 0}, /* ConverseStreamRequest.outputConfig: OutputConfig */
        [142] = {MREF(142, strings[1361]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(142, structures[36].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_output, stream), AWSC_MF_PAYLOAD}, /* ConverseStreamResponse.stream: ConverseStreamOutput */
        [143] = {MREF(143, strings[1368]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(143, structures[117].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_trace, guardrail), 0}, /* ConverseStreamTrace.guardrail: GuardrailTraceAssessment */
        [144] = {MREF(144, strings[1378]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(144, structures[152].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_stream_trace, prompt_router), 0}, /* ConverseStreamTrace.promptRouter: PromptRouterTrace */
        [145] = {MREF(145, strings[897]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(145, collections[41].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_tokens_request, messages), 0}, /* ConverseTokensRequest.messages: Messages */
        [146] = {MREF(146, strings[906]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(146, collections[46].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_tokens_request, system), 0}, /* ConverseTokensRequest.system: SystemContentBlocks */
        [147] = {MREF(147, strings[929]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(147, structures[177].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_tokens_request, tool_config), 0}, /* ConverseTokensRequest.toolConfig: ToolConfiguration */
        [148] = {MREF(148, strings[956]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(148, scalars[14]), 0, offsetof(struct awsc_bedrock_runtime_converse_tokens_request, additional_model_request_fields), 0}, /* ConverseTokensRequest.additionalModelRequestFields: Document */
        [149] = {MREF(149, strings[1368]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(149, structures[117].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_trace, guardrail), 0}, /* ConverseTrace.guardrail: GuardrailTraceAssessment */
        [150] = {MREF(150, strings[1378]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(150, structures[152].shape), 0, offsetof(struct awsc_bedrock_runtime_converse_trace, prompt_router), 0}, /* ConverseTrace.promptRouter: PromptRouterTrace */
        [151] = {MREF(151, strings[1391]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(151, structures[130].shape), 0, offsetof(struct awsc_bedrock_runtime_count_tokens_input, invoke_model), 0}, /* CountTokensInput.invokeModel: InvokeModelTokensRequest */
        [152] = {MREF(152, strings[1403]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(152, structures[40].shape), 0, offsetof(struct awsc_bedrock_runtime_count_tokens_input, converse), 0}, /* CountTokensInput.converse: ConverseTokensRequest */
        [153] = {MREF(153, strings[889]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(153, scalars[26]), 0, offsetof(struct awsc_bedrock_runtime_count_tokens_request, model_id), AWSC_MF_REQUIRED}, /* CountTokensRequest.modelId: FoundationModelVersionIdentifier */
        [154] = {MREF(154, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(154, structures[42].shape), 0, offsetof(struct awsc_bedrock_runtime_count_tokens_request, input), AWSC_MF_REQUIRED}, /* CountTokensRequest.input: CountTokensInput */
        [155] = {MREF(155, strings[510]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(155, scalars[64]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_count_tokens_output, input_tokens, has_input_tokens), offsetof(struct awsc_bedrock_runtime_count_tokens_output, input_tokens), AWSC_MF_REQUIRED}, /* CountTokensResponse.inputTokens: Integer */
        [156] = {MREF(156, strings[409]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(156, enums[5].shape), 0, offsetof(struct awsc_bedrock_runtime_document_block, format), 0}, /* DocumentBlock.format: DocumentFormat */
        [157] = {MREF(157, strings[1418]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(157, scalars[15]), 0, offsetof(struct awsc_bedrock_runtime_document_block, name), AWSC_MF_REQUIRED}, /* DocumentBlock.name: DocumentBlockNameString */
        [158] = {MREF(158, strings[127]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(158, structures[50].shape), 0, offsetof(struct awsc_bedrock_runtime_document_block, source), AWSC_MF_REQUIRED}, /* DocumentBlock.source: DocumentSource */
        [159] = {MREF(159, strings[1423]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(159, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_document_block, context), 0}, /* DocumentBlock.context: String */
        [160] = {MREF(160, strings[648]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(160, structures[20].shape), 0, offsetof(struct awsc_bedrock_runtime_document_block, citations), 0}, /* DocumentBlock.citations: CitationsConfig */
        [161] = {MREF(161, strings[1431]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(161, scalars[16]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_document_char_location, document_index, has_document_index), offsetof(struct awsc_bedrock_runtime_document_char_location, document_index), 0}, /* DocumentCharLocation.documentIndex: DocumentCharLocationDocumentIndexInteger */
        [162] = {MREF(162, strings[851]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(162, scalars[18]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_document_char_location, start, has_start), offsetof(struct awsc_bedrock_runtime_document_char_location, start), 0}, /* DocumentCharLocation.start: DocumentCharLocationStartInteger */
        [163] = {MREF(163, strings[1445]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(163, scalars[17]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_document_char_location, end, has_end), offsetof(struct awsc_bedrock_runtime_document_char_location, end), 0}, /* DocumentCharLocation.end: DocumentCharLocationEndInteger */
        [164] = {MREF(164, strings[1431]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(164, scalars[19]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_document_chunk_location, document_index, has_document_index), offsetof(struct awsc_bedrock_runtime_document_chunk_location, document_index), 0}, /* DocumentChunkLocation.documentIndex: DocumentChunkLocationDocumentIndexInteger */
        [165] = {MREF(165, strings[851]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(165, scalars[21]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_document_chunk_location, start, has_start), offsetof(struct awsc_bedrock_runtime_document_chunk_location, start), 0}, /* DocumentChunkLocation.start: DocumentChunkLocationStartInteger */
        [166] = {MREF(166, strings[1445]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(166, scalars[20]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_document_chunk_location, end, has_end), offsetof(struct awsc_bedrock_runtime_document_chunk_location, end), 0}, /* DocumentChunkLocation.end: DocumentChunkLocationEndInteger */
        [167] = {MREF(167, strings[570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(167, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_document_content_block, text), 0}, /* DocumentContentBlock.text: String */
        [168] = {MREF(168, strings[1431]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(168, scalars[22]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_document_page_location, document_index, has_document_index), offsetof(struct awsc_bedrock_runtime_document_page_location, document_index), 0}, /* DocumentPageLocation.documentIndex: DocumentPageLocationDocumentIndexInteger */
        [169] = {MREF(169, strings[851]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(169, scalars[24]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_document_page_location, start, has_start), offsetof(struct awsc_bedrock_runtime_document_page_location, start), 0}, /* DocumentPageLocation.start: DocumentPageLocationStartInteger */
        [170] = {MREF(170, strings[1445]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(170, scalars[23]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_document_page_location, end, has_end), offsetof(struct awsc_bedrock_runtime_document_page_location, end), 0}, /* DocumentPageLocation.end: DocumentPageLocationEndInteger */
        [171] = {MREF(171, strings[489]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(171, scalars[25]), 0, offsetof(struct awsc_bedrock_runtime_document_source, bytes), 0}, /* DocumentSource.bytes: DocumentSourceBytesBlob */
        [172] = {MREF(172, strings[495]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(172, structures[159].shape), 0, offsetof(struct awsc_bedrock_runtime_document_source, s3_location), 0}, /* DocumentSource.s3Location: S3Location */
        [173] = {MREF(173, strings[570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(173, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_document_source, text), 0}, /* DocumentSource.text: String */
        [174] = {MREF(174, strings[134]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(174, collections[9].shape), 0, offsetof(struct awsc_bedrock_runtime_document_source, content), 0}, /* DocumentSource.content: DocumentContentBlocks */
        [175] = {MREF(175, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(175, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_error_block, message), 0}, /* ErrorBlock.message: String */
        [176] = {MREF(176, strings[292]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(176, scalars[65]), 0, offsetof(struct awsc_bedrock_runtime_get_async_invoke_input, invocation_arn), AWSC_MF_REQUIRED}, /* GetAsyncInvokeRequest.invocationArn: InvocationArn */
        [177] = {MREF(177, strings[292]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(177, scalars[65]), 0, offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, invocation_arn), AWSC_MF_REQUIRED}, /* GetAsyncInvokeResponse.invocationArn: InvocationArn */
        [178] = {MREF(178, strings[306]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(178, scalars[1]), 0, offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, model_arn), AWSC_MF_REQUIRED}, /* GetAsyncInvokeResponse.modelArn: AsyncInvokeArn */
        [179] = {MREF(179, strings[315]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(179, scalars[2]), 0, offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, client_request_token), 0}, /* GetAsyncInvokeResponse.clientRequestToken: AsyncInvokeIdempotencyToken */
        [180] = {MREF(180, strings[334]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(180, enums[0].shape), 0, offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, status), AWSC_MF_REQUIRED}, /* GetAsyncInvokeResponse.status: AsyncInvokeStatus */
        [181] = {MREF(181, strings[341]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(181, scalars[4]), 0, offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, failure_message), AWSC_MF_SENSITIVE}, /* GetAsyncInvokeResponse.failureMessage: AsyncInvokeMessage */
        [182] = {MREF(182, strings[356]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(182, scalars[92]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_get_async_invoke_output, submit_time, has_submit_time), offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, submit_time), AWSC_MF_REQUIRED}, /* GetAsyncInvokeResponse.submitTime: Timestamp */
        [183] = {MREF(183, strings[367]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(183, scalars[92]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_get_async_invoke_output, last_modified_time, has_last_modified_time), offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, last_modified_time), 0}, /* GetAsyncInvokeResponse.lastModifiedTime: Timestamp */
        [184] = {MREF(184, strings[384]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(184, scalars[92]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_get_async_invoke_output, end_time, has_end_time), offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, end_time), 0}, /* GetAsyncInvokeResponse.endTime: Timestamp */
        [185] = {MREF(185, strings[392]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(185, structures[5].shape), 0, offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, output_data_config), AWSC_MF_REQUIRED}, /* GetAsyncInvokeResponse.outputDataConfig: AsyncInvokeOutputDataConfig */
        [186] = {MREF(186, strings[1513]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(186, structures[116].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_assessment, topic_policy), 0}, /* GuardrailAssessment.topicPolicy: GuardrailTopicPolicyAssessment */
        [187] = {MREF(187, strings[1525]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(187, structures[94].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_assessment, content_policy), 0}, /* GuardrailAssessment.contentPolicy: GuardrailContentPolicyAssessment */
        [188] = {MREF(188, strings[1539]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(188, structures[119].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_assessment, word_policy), 0}, /* GuardrailAssessment.wordPolicy: GuardrailWordPolicyAssessment */
        [189] = {MREF(189, strings[1550]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(189, structures[111].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_assessment, sensitive_information_policy), 0}, /* GuardrailAssessment.sensitiveInformationPolicy: GuardrailSensitiveInformationPolicyAssessment */
        [190] = {MREF(190, strings[1577]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(190, structures[96].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_assessment, contextual_grounding_policy), 0}, /* GuardrailAssessment.contextualGroundingPolicy: GuardrailContextualGroundingPolicyAssessment */
        [191] = {MREF(191, strings[1603]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(191, structures[61].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_assessment, automated_reasoning_policy), 0}, /* GuardrailAssessment.automatedReasoningPolicy: GuardrailAutomatedReasoningPolicyAssessment */
        [192] = {MREF(192, strings[1628]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(192, structures[106].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_assessment, invocation_metrics), 0}, /* GuardrailAssessment.invocationMetrics: GuardrailInvocationMetrics */
        [193] = {MREF(193, strings[1646]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(193, structures[2].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_assessment, applied_guardrail_details), 0}, /* GuardrailAssessment.appliedGuardrailDetails: AppliedGuardrailDetails */
        [194] = {MREF(194, strings[1670]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(194, structures[70].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding, valid), 0}, /* GuardrailAutomatedReasoningFinding.valid: GuardrailAutomatedReasoningValidFinding */
        [195] = {MREF(195, strings[1676]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(195, structures[58].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding, invalid), 0}, /* GuardrailAutomatedReasoningFinding.invalid: GuardrailAutomatedReasoningInvalidFinding */
        [196] = {MREF(196, strings[1684]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(196, structures[63].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding, satisfiable), 0}, /* GuardrailAutomatedReasoningFinding.satisfiable: GuardrailAutomatedReasoningSatisfiableFinding */
        [197] = {MREF(197, strings[1696]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(197, structures[56].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding, impossible), 0}, /* GuardrailAutomatedReasoningFinding.impossible: GuardrailAutomatedReasoningImpossibleFinding */
        [198] = {MREF(198, strings[1707]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(198, structures[68].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding, translation_ambiguous), 0}, /* GuardrailAutomatedReasoningFinding.translationAmbiguous: GuardrailAutomatedReasoningTranslationAmbiguousFinding */
        [199] = {MREF(199, strings[1728]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(199, structures[66].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding, too_complex), 0}, /* GuardrailAutomatedReasoningFinding.tooComplex: GuardrailAutomatedReasoningTooComplexFinding */
        [200] = {MREF(200, strings[1739]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(200, structures[60].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding, no_translations), 0}, /* GuardrailAutomatedReasoningFinding.noTranslations: GuardrailAutomatedReasoningNoTranslationsFinding */
        [201] = {MREF(201, strings[1754]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(201, structures[67].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_impossible_finding, translation), 0}, /* GuardrailAutomatedReasoningImpossibleFinding.translation: GuardrailAutomatedReasoningTranslation */
        [202] = {MREF(202, strings[1766]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(202, collections[16].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_impossible_finding, contradicting_rules), 0}, /* GuardrailAutomatedReasoningImpossibleFinding.contradictingRules: GuardrailAutomatedReasoningRuleList */
        [203] = {MREF(203, strings[1785]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(203, structures[59].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_impossible_finding, logic_warning), 0}, /* GuardrailAutomatedReasoningImpossibleFinding.logicWarning: GuardrailAutomatedReasoningLogicWarning */
        [204] = {MREF(204, strings[570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(204, scalars[32]), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_input_text_reference, text), AWSC_MF_SENSITIVE}, /* GuardrailAutomatedReasoningInputTextReference.text: GuardrailAutomatedReasoningStatementNaturalLanguageContent */
        [205] = {MREF(205, strings[1754]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(205, structures[67].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_invalid_finding, translation), 0}, /* GuardrailAutomatedReasoningInvalidFinding.translation: GuardrailAutomatedReasoningTranslation */
        [206] = {MREF(206, strings[1766]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(206, collections[16].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_invalid_finding, contradicting_rules), 0}, /* GuardrailAutomatedReasoningInvalidFinding.contradictingRules: GuardrailAutomatedReasoningRuleList */
        [207] = {MREF(207, strings[1785]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(207, structures[59].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_invalid_finding, logic_warning), 0}, /* GuardrailAutomatedReasoningInvalidFinding.logicWarning: GuardrailAutomatedReasoningLogicWarning */
        [208] = {MREF(208, strings[522]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(208, enums[7].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning, type), 0}, /* GuardrailAutomatedReasoningLogicWarning.type: GuardrailAutomatedReasoningLogicWarningType */
        [209] = {MREF(209, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(209, collections[17].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning, premises), 0}, /* GuardrailAutomatedReasoningLogicWarning.premises: GuardrailAutomatedReasoningStatementList */
        [210] = {MREF(210, strings[1807]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(210, collections[17].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning, claims), 0}, /* GuardrailAutomatedReasoningLogicWarning.claims: GuardrailAutomatedReasoningStatementList */
        [211] = {MREF(211, strings[1839]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(211, collections[14].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_policy_assessment, findings), 0}, /* GuardrailAutomatedReasoningPolicyAssessment.findings: GuardrailAutomatedReasoningFindingList */
        [212] = {MREF(212, strings[1848]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(212, scalars[6]), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_rule, identifier), 0}, /* GuardrailAutomatedReasoningRule.identifier: AutomatedReasoningRuleIdentifier */
        [213] = {MREF(213, strings[1859]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(213, scalars[30]), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_rule, policy_version_arn), 0}, /* GuardrailAutomatedReasoningRule.policyVersionArn: GuardrailAutomatedReasoningPolicyVersionArn */
        [214] = {MREF(214, strings[1754]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(214, structures[67].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_satisfiable_finding, translation), 0}, /* GuardrailAutomatedReasoningSatisfiableFinding.translation: GuardrailAutomatedReasoningTranslation */
        [215] = {MREF(215, strings[1876]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(215, structures[64].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_satisfiable_finding, claims_true_scenario), 0}, /* GuardrailAutomatedReasoningSatisfiableFinding.claimsTrueScenario: GuardrailAutomatedReasoningScenario */
        [216] = {MREF(216, strings[1895]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(216, structures[64].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_satisfiable_finding, claims_false_scenario), 0}, /* GuardrailAutomatedReasoningSatisfiableFinding.claimsFalseScenario: GuardrailAutomatedReasoningScenario */
        [217] = {MREF(217, strings[1785]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(217, structures[59].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_satisfiable_finding, logic_warning), 0}, /* GuardrailAutomatedReasoningSatisfiableFinding.logicWarning: GuardrailAutomatedReasoningLogicWarning */
        [218] = {MREF(218, strings[1915]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(218, collections[17].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_scenario, statements), 0}, /* GuardrailAutomatedReasoningScenario.statements: GuardrailAutomatedReasoningStatementList */
        [219] = {MREF(219, strings[1926]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(219, scalars[31]), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_statement, logic), AWSC_MF_SENSITIVE}, /* GuardrailAutomatedReasoningStatement.logic: GuardrailAutomatedReasoningStatementLogicContent */
        [220] = {MREF(220, strings[1932]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(220, scalars[32]), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_statement, natural_language), AWSC_MF_SENSITIVE}, /* GuardrailAutomatedReasoningStatement.naturalLanguage: GuardrailAutomatedReasoningStatementNaturalLanguageContent */
        [221] = {MREF(221, strings[1798]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(221, collections[17].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation, premises), 0}, /* GuardrailAutomatedReasoningTranslation.premises: GuardrailAutomatedReasoningStatementList */
        [222] = {MREF(222, strings[1807]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(222, collections[17].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation, claims), 0}, /* GuardrailAutomatedReasoningTranslation.claims: GuardrailAutomatedReasoningStatementList */
        [223] = {MREF(223, strings[1948]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(223, collections[15].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation, untranslated_premises), 0}, /* GuardrailAutomatedReasoningTranslation.untranslatedPremises: GuardrailAutomatedReasoningInputTextReferenceList */
        [224] = {MREF(224, strings[1969]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(224, collections[15].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation, untranslated_claims), 0}, /* GuardrailAutomatedReasoningTranslation.untranslatedClaims: GuardrailAutomatedReasoningInputTextReferenceList */
        [225] = {MREF(225, strings[1988]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(225, scalars[33]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation, confidence, has_confidence), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation, confidence), 0}, /* GuardrailAutomatedReasoningTranslation.confidence: GuardrailAutomatedReasoningTranslationConfidence */
        [226] = {MREF(226, strings[1999]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(226, collections[19].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_ambiguous_finding, options), 0}, /* GuardrailAutomatedReasoningTranslationAmbiguousFinding.options: GuardrailAutomatedReasoningTranslationOptionList */
        [227] = {MREF(227, strings[2007]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(227, collections[13].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_ambiguous_finding, difference_scenarios), 0}, /* GuardrailAutomatedReasoningTranslationAmbiguousFinding.differenceScenarios: GuardrailAutomatedReasoningDifferenceScenarioList */
        [228] = {MREF(228, strings[2027]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(228, collections[18].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_option, translations), 0}, /* GuardrailAutomatedReasoningTranslationOption.translations: GuardrailAutomatedReasoningTranslationList */
        [229] = {MREF(229, strings[1754]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(229, structures[67].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_valid_finding, translation), 0}, /* GuardrailAutomatedReasoningValidFinding.translation: GuardrailAutomatedReasoningTranslation */
        [230] = {MREF(230, strings[1876]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(230, structures[64].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_valid_finding, claims_true_scenario), 0}, /* GuardrailAutomatedReasoningValidFinding.claimsTrueScenario: GuardrailAutomatedReasoningScenario */
        [231] = {MREF(231, strings[2040]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(231, collections[16].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_valid_finding, supporting_rules), 0}, /* GuardrailAutomatedReasoningValidFinding.supportingRules: GuardrailAutomatedReasoningRuleList */
        [232] = {MREF(232, strings[1785]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(232, structures[59].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_valid_finding, logic_warning), 0}, /* GuardrailAutomatedReasoningValidFinding.logicWarning: GuardrailAutomatedReasoningLogicWarning */
        [233] = {MREF(233, strings[2056]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(233, structures[74].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_config, content_filter), 0}, /* GuardrailChecksConfig.contentFilter: GuardrailChecksContentFilterConfig */
        [234] = {MREF(234, strings[2070]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(234, structures[80].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_config, prompt_attack), 0}, /* GuardrailChecksConfig.promptAttack: GuardrailChecksPromptAttackConfig */
        [235] = {MREF(235, strings[2083]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(235, structures[85].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_config, sensitive_information), 0}, /* GuardrailChecksConfig.sensitiveInformation: GuardrailChecksSensitiveInformationConfig */
        [236] = {MREF(236, strings[570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(236, scalars[41]), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_block, text), AWSC_MF_SENSITIVE}, /* GuardrailChecksContentBlock.text: GuardrailChecksTextContent */
        [237] = {MREF(237, strings[2144]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(237, enums[8].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_category_config, category), AWSC_MF_REQUIRED}, /* GuardrailChecksContentFilterCategoryConfig.category: GuardrailChecksContentFilterCategory */
        [238] = {MREF(238, strings[2153]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(238, collections[21].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_config, categories), AWSC_MF_REQUIRED}, /* GuardrailChecksContentFilterConfig.categories: GuardrailChecksContentFilterCategoryConfigList */
        [239] = {MREF(239, strings[2164]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(239, collections[22].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_result, results), AWSC_MF_REQUIRED}, /* GuardrailChecksContentFilterResult.results: GuardrailChecksContentFilterResultList */
        [240] = {MREF(240, strings[2144]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(240, enums[8].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_result_entry, category), AWSC_MF_REQUIRED}, /* GuardrailChecksContentFilterResultEntry.category: GuardrailChecksContentFilterCategory */
        [241] = {MREF(241, strings[2172]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(241, scalars[34]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_checks_content_filter_result_entry, severity_score, has_severity_score), offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_result_entry, severity_score), AWSC_MF_REQUIRED}, /* GuardrailChecksContentFilterResultEntry.severityScore: GuardrailChecksContentFilterResultEntrySeverityScoreDouble */
        [242] = {MREF(242, strings[2186]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(242, scalars[64]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_checks_content_filter_usage, text_units, has_text_units), offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_usage, text_units), AWSC_MF_REQUIRED}, /* GuardrailChecksContentFilterUsage.textUnits: Integer */
        [243] = {MREF(243, strings[2196]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(243, enums[10].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_message, role), AWSC_MF_REQUIRED}, /* GuardrailChecksMessage.role: GuardrailChecksRole */
        [244] = {MREF(244, strings[134]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(244, collections[20].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_message, content), AWSC_MF_REQUIRED}, /* GuardrailChecksMessage.content: GuardrailChecksContentBlockList */
        [245] = {MREF(245, strings[2144]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(245, enums[9].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_config, category), AWSC_MF_REQUIRED}, /* GuardrailChecksPromptAttackCategoryConfig.category: GuardrailChecksPromptAttackCategory */
        [246] = {MREF(246, strings[2153]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(246, collections[24].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_config, categories), AWSC_MF_REQUIRED}, /* GuardrailChecksPromptAttackConfig.categories: GuardrailChecksPromptAttackCategoryConfigList */
        [247] = {MREF(247, strings[2164]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(247, collections[25].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result, results), AWSC_MF_REQUIRED}, /* GuardrailChecksPromptAttackResult.results: GuardrailChecksPromptAttackResultList */
        [248] = {MREF(248, strings[2144]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(248, enums[9].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result_entry, category), AWSC_MF_REQUIRED}, /* GuardrailChecksPromptAttackResultEntry.category: GuardrailChecksPromptAttackCategory */
        [249] = {MREF(249, strings[2172]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(249, scalars[35]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result_entry, severity_score, has_severity_score), offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result_entry, severity_score), AWSC_MF_REQUIRED}, /* GuardrailChecksPromptAttackResultEntry.severityScore: GuardrailChecksPromptAttackResultEntrySeverityScoreDouble */
        [250] = {MREF(250, strings[2186]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(250, scalars[64]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_usage, text_units, has_text_units), offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_usage, text_units), AWSC_MF_REQUIRED}, /* GuardrailChecksPromptAttackUsage.textUnits: Integer */
        [251] = {MREF(251, strings[2056]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(251, structures[75].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_results, content_filter), 0}, /* GuardrailChecksResults.contentFilter: GuardrailChecksContentFilterResult */
        [252] = {MREF(252, strings[2070]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(252, structures[81].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_results, prompt_attack), 0}, /* GuardrailChecksResults.promptAttack: GuardrailChecksPromptAttackResult */
        [253] = {MREF(253, strings[2083]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(253, structures[87].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_results, sensitive_information), 0}, /* GuardrailChecksResults.sensitiveInformation: GuardrailChecksSensitiveInformationResult */
        [254] = {MREF(254, strings[2243]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(254, collections[26].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_config, entities), AWSC_MF_REQUIRED}, /* GuardrailChecksSensitiveInformationConfig.entities: GuardrailChecksSensitiveInformationEntityConfigList */
        [255] = {MREF(255, strings[522]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(255, enums[11].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_config, type), AWSC_MF_REQUIRED}, /* GuardrailChecksSensitiveInformationEntityConfig.type: GuardrailChecksSensitiveInformationEntityType */
        [256] = {MREF(256, strings[2164]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(256, collections[27].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result, results), AWSC_MF_REQUIRED}, /* GuardrailChecksSensitiveInformationResult.results: GuardrailChecksSensitiveInformationResultList */
        [257] = {MREF(257, strings[2805]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(257, scalars[9]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result, truncated, has_truncated), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result, truncated), 0}, /* GuardrailChecksSensitiveInformationResult.truncated: Boolean */
        [258] = {MREF(258, strings[522]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(258, enums[11].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, type), AWSC_MF_REQUIRED}, /* GuardrailChecksSensitiveInformationResultEntry.type: GuardrailChecksSensitiveInformationEntityType */
        [259] = {MREF(259, strings[2815]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(259, scalars[37]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, confidence_score, has_confidence_score), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, confidence_score), AWSC_MF_REQUIRED}, /* GuardrailChecksSensitiveInformationResultEntry.confidenceScore: GuardrailChecksSensitiveInformationResultEntryConfidenceScoreDouble */
        [260] = {MREF(260, strings[2831]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(260, scalars[36]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, begin_offset, has_begin_offset), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, begin_offset), AWSC_MF_REQUIRED}, /* GuardrailChecksSensitiveInformationResultEntry.beginOffset: GuardrailChecksSensitiveInformationResultEntryBeginOffsetInteger */
        [261] = {MREF(261, strings[2843]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(261, scalars[39]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, end_offset, has_end_offset), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, end_offset), AWSC_MF_REQUIRED}, /* GuardrailChecksSensitiveInformationResultEntry.endOffset: GuardrailChecksSensitiveInformationResultEntryEndOffsetInteger */
        [262] = {MREF(262, strings[2853]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(262, scalars[40]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, message_index, has_message_index), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, message_index), AWSC_MF_REQUIRED}, /* GuardrailChecksSensitiveInformationResultEntry.messageIndex: GuardrailChecksSensitiveInformationResultEntryMessageIndexInteger */
        [263] = {MREF(263, strings[2866]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(263, scalars[38]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, content_index, has_content_index), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, content_index), AWSC_MF_REQUIRED}, /* GuardrailChecksSensitiveInformationResultEntry.contentIndex: GuardrailChecksSensitiveInformationResultEntryContentIndexInteger */
        [264] = {MREF(264, strings[2186]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(264, scalars[64]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_usage, text_units, has_text_units), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_usage, text_units), AWSC_MF_REQUIRED}, /* GuardrailChecksSensitiveInformationUsage.textUnits: Integer */
        [265] = {MREF(265, strings[2056]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(265, structures[77].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_usage_results, content_filter), 0}, /* GuardrailChecksUsageResults.contentFilter: GuardrailChecksContentFilterUsage */
        [266] = {MREF(266, strings[2070]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(266, structures[83].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_usage_results, prompt_attack), 0}, /* GuardrailChecksUsageResults.promptAttack: GuardrailChecksPromptAttackUsage */
        [267] = {MREF(267, strings[2083]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(267, structures[89].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_checks_usage_results, sensitive_information), 0}, /* GuardrailChecksUsageResults.sensitiveInformation: GuardrailChecksSensitiveInformationUsage */
        [268] = {MREF(268, strings[107]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(268, scalars[49]), 0, offsetof(struct awsc_bedrock_runtime_guardrail_configuration, guardrail_identifier), 0}, /* GuardrailConfiguration.guardrailIdentifier: GuardrailIdentifier */
        [269] = {MREF(269, strings[42]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(269, scalars[56]), 0, offsetof(struct awsc_bedrock_runtime_guardrail_configuration, guardrail_version), 0}, /* GuardrailConfiguration.guardrailVersion: GuardrailVersion */
        [270] = {MREF(270, strings[1150]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(270, enums[32].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_configuration, trace), 0}, /* GuardrailConfiguration.trace: GuardrailTrace */
        [271] = {MREF(271, strings[570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(271, structures[113].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_content_block, text), 0}, /* GuardrailContentBlock.text: GuardrailTextBlock */
        [272] = {MREF(272, strings[676]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(272, structures[103].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_content_block, image), AWSC_MF_SENSITIVE}, /* GuardrailContentBlock.image: GuardrailImageBlock */
        [273] = {MREF(273, strings[522]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(273, enums[14].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_content_filter, type), AWSC_MF_REQUIRED}, /* GuardrailContentFilter.type: GuardrailContentFilterType */
        [274] = {MREF(274, strings[1988]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(274, enums[12].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_content_filter, confidence), AWSC_MF_REQUIRED}, /* GuardrailContentFilter.confidence: GuardrailContentFilterConfidence */
        [275] = {MREF(275, strings[2879]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(275, enums[13].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_content_filter, filter_strength), 0}, /* GuardrailContentFilter.filterStrength: GuardrailContentFilterStrength */
        [276] = {MREF(276, strings[160]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(276, enums[15].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_content_filter, action), AWSC_MF_REQUIRED}, /* GuardrailContentFilter.action: GuardrailContentPolicyAction */
        [277] = {MREF(277, strings[2894]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(277, scalars[9]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_content_filter, detected, has_detected), offsetof(struct awsc_bedrock_runtime_guardrail_content_filter, detected), 0}, /* GuardrailContentFilter.detected: Boolean */
        [278] = {MREF(278, strings[2991]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(278, collections[29].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_content_policy_assessment, filters), AWSC_MF_REQUIRED}, /* GuardrailContentPolicyAssessment.filters: GuardrailContentFilterList */
        [279] = {MREF(279, strings[522]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(279, enums[18].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, type), AWSC_MF_REQUIRED}, /* GuardrailContextualGroundingFilter.type: GuardrailContextualGroundingFilterType */
        [280] = {MREF(280, strings[3049]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(280, scalars[45]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, threshold, has_threshold), offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, threshold), AWSC_MF_REQUIRED}, /* GuardrailContextualGroundingFilter.threshold: GuardrailContextualGroundingFilterThresholdDouble */
        [281] = {MREF(281, strings[3059]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(281, scalars[44]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, score, has_score), offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, score), AWSC_MF_REQUIRED}, /* GuardrailContextualGroundingFilter.score: GuardrailContextualGroundingFilterScoreDouble */
        [282] = {MREF(282, strings[160]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(282, enums[19].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, action), AWSC_MF_REQUIRED}, /* GuardrailContextualGroundingFilter.action: GuardrailContextualGroundingPolicyAction */
        [283] = {MREF(283, strings[2894]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(283, scalars[9]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, detected, has_detected), offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, detected), 0}, /* GuardrailContextualGroundingFilter.detected: Boolean */
        [284] = {MREF(284, strings[2991]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(284, collections[31].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_policy_assessment, filters), 0}, /* GuardrailContextualGroundingPolicyAssessment.filters: GuardrailContextualGroundingFilters */
        [285] = {MREF(285, strings[570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(285, structures[100].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_converse_content_block, text), 0}, /* GuardrailConverseContentBlock.text: GuardrailConverseTextBlock */
        [286] = {MREF(286, strings[676]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(286, structures[98].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_converse_content_block, image), AWSC_MF_SENSITIVE}, /* GuardrailConverseContentBlock.image: GuardrailConverseImageBlock */
        [287] = {MREF(287, strings[409]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(287, enums[21].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_converse_image_block, format), AWSC_MF_REQUIRED}, /* GuardrailConverseImageBlock.format: GuardrailConverseImageFormat */
        [288] = {MREF(288, strings[127]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(288, structures[99].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_converse_image_block, source), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* GuardrailConverseImageBlock.source: GuardrailConverseImageSource */
        [289] = {MREF(289, strings[489]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(289, scalars[47]), 0, offsetof(struct awsc_bedrock_runtime_guardrail_converse_image_source, bytes), 0}, /* GuardrailConverseImageSource.bytes: GuardrailConverseImageSourceBytesBlob */
        [290] = {MREF(290, strings[570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(290, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_guardrail_converse_text_block, text), AWSC_MF_REQUIRED}, /* GuardrailConverseTextBlock.text: String */
        [291] = {MREF(291, strings[3094]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(291, collections[32].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_converse_text_block, qualifiers), 0}, /* GuardrailConverseTextBlock.qualifiers: GuardrailConverseContentQualifierList */
        [292] = {MREF(292, strings[3105]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(292, structures[114].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_coverage, text_characters), 0}, /* GuardrailCoverage.textCharacters: GuardrailTextCharactersCoverage */
        [293] = {MREF(293, strings[3120]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(293, structures[104].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_coverage, images), 0}, /* GuardrailCoverage.images: GuardrailImageCoverage */
        [294] = {MREF(294, strings[3127]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(294, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_guardrail_custom_word, match), AWSC_MF_REQUIRED}, /* GuardrailCustomWord.match: String */
        [295] = {MREF(295, strings[160]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(295, enums[33].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_custom_word, action), AWSC_MF_REQUIRED}, /* GuardrailCustomWord.action: GuardrailWordPolicyAction */
        [296] = {MREF(296, strings[2894]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(296, scalars[9]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_custom_word, detected, has_detected), offsetof(struct awsc_bedrock_runtime_guardrail_custom_word, detected), 0}, /* GuardrailCustomWord.detected: Boolean */
        [297] = {MREF(297, strings[409]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(297, enums[22].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_image_block, format), AWSC_MF_REQUIRED}, /* GuardrailImageBlock.format: GuardrailImageFormat */
        [298] = {MREF(298, strings[127]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(298, structures[105].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_image_block, source), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* GuardrailImageBlock.source: GuardrailImageSource */
        [299] = {MREF(299, strings[3133]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(299, scalars[59]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_image_coverage, guarded, has_guarded), offsetof(struct awsc_bedrock_runtime_guardrail_image_coverage, guarded), 0}, /* GuardrailImageCoverage.guarded: ImagesGuarded */
        [300] = {MREF(300, strings[3141]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(300, scalars[60]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_image_coverage, total, has_total), offsetof(struct awsc_bedrock_runtime_guardrail_image_coverage, total), 0}, /* GuardrailImageCoverage.total: ImagesTotal */
        [301] = {MREF(301, strings[489]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(301, scalars[50]), 0, offsetof(struct awsc_bedrock_runtime_guardrail_image_source, bytes), 0}, /* GuardrailImageSource.bytes: GuardrailImageSourceBytesBlob */
        [302] = {MREF(302, strings[3147]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(302, scalars[52]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_invocation_metrics, guardrail_processing_latency, has_guardrail_processing_latency), offsetof(struct awsc_bedrock_runtime_guardrail_invocation_metrics, guardrail_processing_latency), 0}, /* GuardrailInvocationMetrics.guardrailProcessingLatency: GuardrailProcessingLatency */
        [303] = {MREF(303, strings[154]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(303, structures[118].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_invocation_metrics, usage), 0}, /* GuardrailInvocationMetrics.usage: GuardrailUsage */
        [304] = {MREF(304, strings[200]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(304, structures[101].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_invocation_metrics, guardrail_coverage), 0}, /* GuardrailInvocationMetrics.guardrailCoverage: GuardrailCoverage */
        [305] = {MREF(305, strings[3127]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(305, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_guardrail_managed_word, match), AWSC_MF_REQUIRED}, /* GuardrailManagedWord.match: String */
        [306] = {MREF(306, strings[522]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(306, enums[23].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_managed_word, type), AWSC_MF_REQUIRED}, /* GuardrailManagedWord.type: GuardrailManagedWordType */
        [307] = {MREF(307, strings[160]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(307, enums[33].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_managed_word, action), AWSC_MF_REQUIRED}, /* GuardrailManagedWord.action: GuardrailWordPolicyAction */
        [308] = {MREF(308, strings[2894]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(308, scalars[9]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_managed_word, detected, has_detected), offsetof(struct awsc_bedrock_runtime_guardrail_managed_word, detected), 0}, /* GuardrailManagedWord.detected: Boolean */
        [309] = {MREF(309, strings[570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(309, scalars[51]), 0, offsetof(struct awsc_bedrock_runtime_guardrail_output_content, text), 0}, /* GuardrailOutputContent.text: GuardrailOutputText */
        [310] = {MREF(310, strings[3127]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(310, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_guardrail_pii_entity_filter, match), AWSC_MF_REQUIRED}, /* GuardrailPiiEntityFilter.match: String */
        [311] = {MREF(311, strings[522]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(311, enums[27].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_pii_entity_filter, type), AWSC_MF_REQUIRED}, /* GuardrailPiiEntityFilter.type: GuardrailPiiEntityType */
        [312] = {MREF(312, strings[160]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(312, enums[28].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_pii_entity_filter, action), AWSC_MF_REQUIRED}, /* GuardrailPiiEntityFilter.action: GuardrailSensitiveInformationPolicyAction */
        [313] = {MREF(313, strings[2894]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(313, scalars[9]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_pii_entity_filter, detected, has_detected), offsetof(struct awsc_bedrock_runtime_guardrail_pii_entity_filter, detected), 0}, /* GuardrailPiiEntityFilter.detected: Boolean */
        [314] = {MREF(314, strings[1418]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(314, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_guardrail_regex_filter, name), 0}, /* GuardrailRegexFilter.name: String */
        [315] = {MREF(315, strings[3127]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(315, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_guardrail_regex_filter, match), 0}, /* GuardrailRegexFilter.match: String */
        [316] = {MREF(316, strings[3269]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(316, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_guardrail_regex_filter, regex), 0}, /* GuardrailRegexFilter.regex: String */
        [317] = {MREF(317, strings[160]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(317, enums[28].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_regex_filter, action), AWSC_MF_REQUIRED}, /* GuardrailRegexFilter.action: GuardrailSensitiveInformationPolicyAction */
        [318] = {MREF(318, strings[2894]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(318, scalars[9]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_regex_filter, detected, has_detected), offsetof(struct awsc_bedrock_runtime_guardrail_regex_filter, detected), 0}, /* GuardrailRegexFilter.detected: Boolean */
        [319] = {MREF(319, strings[3299]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(319, collections[37].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_sensitive_information_policy_assessment, pii_entities), AWSC_MF_REQUIRED}, /* GuardrailSensitiveInformationPolicyAssessment.piiEntities: GuardrailPiiEntityFilterList */
        [320] = {MREF(320, strings[3311]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(320, collections[38].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_sensitive_information_policy_assessment, regexes), AWSC_MF_REQUIRED}, /* GuardrailSensitiveInformationPolicyAssessment.regexes: GuardrailRegexFilterList */
        [321] = {MREF(321, strings[107]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(321, scalars[49]), 0, offsetof(struct awsc_bedrock_runtime_guardrail_stream_configuration, guardrail_identifier), 0}, /* GuardrailStreamConfiguration.guardrailIdentifier: GuardrailIdentifier */
        [322] = {MREF(322, strings[42]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(322, scalars[56]), 0, offsetof(struct awsc_bedrock_runtime_guardrail_stream_configuration, guardrail_version), 0}, /* GuardrailStreamConfiguration.guardrailVersion: GuardrailVersion */
        [323] = {MREF(323, strings[1150]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(323, enums[32].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_stream_configuration, trace), 0}, /* GuardrailStreamConfiguration.trace: GuardrailTrace */
        [324] = {MREF(324, strings[3319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(324, enums[29].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_stream_configuration, stream_processing_mode), 0}, /* GuardrailStreamConfiguration.streamProcessingMode: GuardrailStreamProcessingMode */
        [325] = {MREF(325, strings[570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(325, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_guardrail_text_block, text), AWSC_MF_REQUIRED}, /* GuardrailTextBlock.text: String */
        [326] = {MREF(326, strings[3094]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(326, collections[30].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_text_block, qualifiers), 0}, /* GuardrailTextBlock.qualifiers: GuardrailContentQualifierList */
        [327] = {MREF(327, strings[3133]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(327, scalars[90]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_text_characters_coverage, guarded, has_guarded), offsetof(struct awsc_bedrock_runtime_guardrail_text_characters_coverage, guarded), 0}, /* GuardrailTextCharactersCoverage.guarded: TextCharactersGuarded */
        [328] = {MREF(328, strings[3141]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(328, scalars[91]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_text_characters_coverage, total, has_total), offsetof(struct awsc_bedrock_runtime_guardrail_text_characters_coverage, total), 0}, /* GuardrailTextCharactersCoverage.total: TextCharactersTotal */
        [329] = {MREF(329, strings[1418]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(329, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_guardrail_topic, name), AWSC_MF_REQUIRED}, /* GuardrailTopic.name: String */
        [330] = {MREF(330, strings[522]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(330, enums[31].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_topic, type), AWSC_MF_REQUIRED}, /* GuardrailTopic.type: GuardrailTopicType */
        [331] = {MREF(331, strings[160]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(331, enums[30].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_topic, action), AWSC_MF_REQUIRED}, /* GuardrailTopic.action: GuardrailTopicPolicyAction */
        [332] = {MREF(332, strings[2894]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(332, scalars[9]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_topic, detected, has_detected), offsetof(struct awsc_bedrock_runtime_guardrail_topic, detected), 0}, /* GuardrailTopic.detected: Boolean */
        [333] = {MREF(333, strings[3351]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(333, collections[39].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_topic_policy_assessment, topics), AWSC_MF_REQUIRED}, /* GuardrailTopicPolicyAssessment.topics: GuardrailTopicList */
        [334] = {MREF(334, strings[3393]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(334, collections[42].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_trace_assessment, model_output), 0}, /* GuardrailTraceAssessment.modelOutput: ModelOutputs */
        [335] = {MREF(335, strings[3405]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(335, collections[12].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_trace_assessment, input_assessment), 0}, /* GuardrailTraceAssessment.inputAssessment: GuardrailAssessmentMap */
        [336] = {MREF(336, strings[3421]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(336, collections[11].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_trace_assessment, output_assessments), 0}, /* GuardrailTraceAssessment.outputAssessments: GuardrailAssessmentListMap */
        [337] = {MREF(337, strings[167]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(337, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_guardrail_trace_assessment, action_reason), 0}, /* GuardrailTraceAssessment.actionReason: String */
        [338] = {MREF(338, strings[3439]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(338, scalars[55]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_usage, topic_policy_units, has_topic_policy_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, topic_policy_units), AWSC_MF_REQUIRED}, /* GuardrailUsage.topicPolicyUnits: GuardrailTopicPolicyUnitsProcessed */
        [339] = {MREF(339, strings[3456]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(339, scalars[43]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_usage, content_policy_units, has_content_policy_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, content_policy_units), AWSC_MF_REQUIRED}, /* GuardrailUsage.contentPolicyUnits: GuardrailContentPolicyUnitsProcessed */
        [340] = {MREF(340, strings[3475]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(340, scalars[57]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_usage, word_policy_units, has_word_policy_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, word_policy_units), AWSC_MF_REQUIRED}, /* GuardrailUsage.wordPolicyUnits: GuardrailWordPolicyUnitsProcessed */
        [341] = {MREF(341, strings[3491]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(341, scalars[54]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_usage, sensitive_information_policy_units, has_sensitive_information_policy_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, sensitive_information_policy_units), AWSC_MF_REQUIRED}, /* GuardrailUsage.sensitiveInformationPolicyUnits: GuardrailSensitiveInformationPolicyUnitsProcessed */
        [342] = {MREF(342, strings[3523]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(342, scalars[53]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_usage, sensitive_information_policy_free_units, has_sensitive_information_policy_free_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, sensitive_information_policy_free_units), AWSC_MF_REQUIRED}, /* GuardrailUsage.sensitiveInformationPolicyFreeUnits: GuardrailSensitiveInformationPolicyFreeUnitsProcessed */
        [343] = {MREF(343, strings[3559]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(343, scalars[46]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_usage, contextual_grounding_policy_units, has_contextual_grounding_policy_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, contextual_grounding_policy_units), AWSC_MF_REQUIRED}, /* GuardrailUsage.contextualGroundingPolicyUnits: GuardrailContextualGroundingPolicyUnitsProcessed */
        [344] = {MREF(344, strings[3590]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(344, scalars[42]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_usage, content_policy_image_units, has_content_policy_image_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, content_policy_image_units), 0}, /* GuardrailUsage.contentPolicyImageUnits: GuardrailContentPolicyImageUnitsProcessed */
        [345] = {MREF(345, strings[3614]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(345, scalars[29]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_usage, automated_reasoning_policy_units, has_automated_reasoning_policy_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, automated_reasoning_policy_units), 0}, /* GuardrailUsage.automatedReasoningPolicyUnits: GuardrailAutomatedReasoningPolicyUnitsProcessed */
        [346] = {MREF(346, strings[3644]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(346, scalars[28]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_guardrail_usage, automated_reasoning_policies, has_automated_reasoning_policies), offsetof(struct awsc_bedrock_runtime_guardrail_usage, automated_reasoning_policies), 0}, /* GuardrailUsage.automatedReasoningPolicies: GuardrailAutomatedReasoningPoliciesProcessed */
        [347] = {MREF(347, strings[3671]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(347, collections[33].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_word_policy_assessment, custom_words), AWSC_MF_REQUIRED}, /* GuardrailWordPolicyAssessment.customWords: GuardrailCustomWordList */
        [348] = {MREF(348, strings[3683]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(348, collections[34].shape), 0, offsetof(struct awsc_bedrock_runtime_guardrail_word_policy_assessment, managed_word_lists), AWSC_MF_REQUIRED}, /* GuardrailWordPolicyAssessment.managedWordLists: GuardrailManagedWordList */
        [349] = {MREF(349, strings[409]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(349, enums[34].shape), 0, offsetof(struct awsc_bedrock_runtime_image_block, format), AWSC_MF_REQUIRED}, /* ImageBlock.format: ImageFormat */
        [350] = {MREF(350, strings[127]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(350, structures[123].shape), 0, offsetof(struct awsc_bedrock_runtime_image_block, source), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* ImageBlock.source: ImageSource */
        [351] = {MREF(351, strings[416]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(351, structures[51].shape), 0, offsetof(struct awsc_bedrock_runtime_image_block, error), AWSC_MF_SENSITIVE}, /* ImageBlock.error: ErrorBlock */
        [352] = {MREF(352, strings[127]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(352, structures[123].shape), 0, offsetof(struct awsc_bedrock_runtime_image_block_delta, source), AWSC_MF_SENSITIVE}, /* ImageBlockDelta.source: ImageSource */
        [353] = {MREF(353, strings[416]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(353, structures[51].shape), 0, offsetof(struct awsc_bedrock_runtime_image_block_delta, error), AWSC_MF_SENSITIVE}, /* ImageBlockDelta.error: ErrorBlock */
        [354] = {MREF(354, strings[409]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(354, enums[34].shape), 0, offsetof(struct awsc_bedrock_runtime_image_block_start, format), AWSC_MF_REQUIRED}, /* ImageBlockStart.format: ImageFormat */
        [355] = {MREF(355, strings[489]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(355, scalars[58]), 0, offsetof(struct awsc_bedrock_runtime_image_source, bytes), 0}, /* ImageSource.bytes: ImageSourceBytesBlob */
        [356] = {MREF(356, strings[495]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(356, structures[159].shape), 0, offsetof(struct awsc_bedrock_runtime_image_source, s3_location), 0}, /* ImageSource.s3Location: S3Location */
        [357] = {MREF(357, strings[3718]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(357, scalars[61]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_inference_configuration, max_tokens, has_max_tokens), offsetof(struct awsc_bedrock_runtime_inference_configuration, max_tokens), 0}, /* InferenceConfiguration.maxTokens: InferenceConfigurationMaxTokensInteger */
        [358] = {MREF(358, strings[3728]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(358, scalars[62]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_inference_configuration, temperature, has_temperature), offsetof(struct awsc_bedrock_runtime_inference_configuration, temperature), 0}, /* InferenceConfiguration.temperature: InferenceConfigurationTemperatureFloat */
        [359] = {MREF(359, strings[3740]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(359, scalars[63]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_inference_configuration, top_p, has_top_p), offsetof(struct awsc_bedrock_runtime_inference_configuration, top_p), 0}, /* InferenceConfiguration.topP: InferenceConfigurationTopPFloat */
        [360] = {MREF(360, strings[3745]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(360, collections[40].shape), 0, offsetof(struct awsc_bedrock_runtime_inference_configuration, stop_sequences), 0}, /* InferenceConfiguration.stopSequences: InferenceConfigurationStopSequencesList */
        [361] = {MREF(361, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(361, scalars[73]), 0, offsetof(struct awsc_bedrock_runtime_internal_server_exception, message), 0}, /* InternalServerException.message: NonBlankString */
        [362] = {MREF(362, strings[897]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(362, collections[23].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_guardrail_checks_input, messages), AWSC_MF_REQUIRED}, /* InvokeGuardrailChecksRequest.messages: GuardrailChecksMessageList */
        [363] = {MREF(363, strings[3783]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(363, structures[71].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_guardrail_checks_input, checks), AWSC_MF_REQUIRED}, /* InvokeGuardrailChecksRequest.checks: GuardrailChecksConfig */
        [364] = {MREF(364, strings[2164]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(364, structures[84].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_guardrail_checks_output, results), AWSC_MF_REQUIRED}, /* InvokeGuardrailChecksResponse.results: GuardrailChecksResults */
        [365] = {MREF(365, strings[154]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(365, structures[90].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_guardrail_checks_output, usage), AWSC_MF_REQUIRED}, /* InvokeGuardrailChecksResponse.usage: GuardrailChecksUsageResults */
        [366] = {MREF(366, strings[3790]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(366, scalars[8]), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_input, body), AWSC_MF_PAYLOAD | AWSC_MF_SENSITIVE}, /* InvokeModelRequest.body: Body */
        [367] = {MREF(367, strings[3795]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(367, scalars[71]), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_input, content_type), AWSC_MF_WIRE_NAME}, /* InvokeModelRequest.contentType: MimeType */
        [368] = {MREF(368, strings[3820]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(368, scalars[71]), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_input, accept), AWSC_MF_WIRE_NAME}, /* InvokeModelRequest.accept: MimeType */
        [369] = {MREF(369, strings[889]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(369, scalars[66]), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_input, model_id), AWSC_MF_REQUIRED}, /* InvokeModelRequest.modelId: InvokeModelIdentifier */
        [370] = {MREF(370, strings[3834]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(370, enums[43].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_input, trace), AWSC_MF_WIRE_NAME}, /* InvokeModelRequest.trace: Trace */
        [371] = {MREF(371, strings[3861]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(371, scalars[49]), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_input, guardrail_identifier), AWSC_MF_WIRE_NAME}, /* InvokeModelRequest.guardrailIdentifier: GuardrailIdentifier */
        [372] = {MREF(372, strings[3916]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(372, scalars[56]), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_input, guardrail_version), AWSC_MF_WIRE_NAME}, /* InvokeModelRequest.guardrailVersion: GuardrailVersion */
        [373] = {MREF(373, strings[3965]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(373, enums[36].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_input, performance_config_latency), AWSC_MF_WIRE_NAME}, /* InvokeModelRequest.performanceConfigLatency: PerformanceConfigLatency */
        [374] = {MREF(374, strings[4031]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(374, enums[37].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_input, service_tier), AWSC_MF_WIRE_NAME}, /* InvokeModelRequest.serviceTier: ServiceTierType */
        [375] = {MREF(375, strings[4071]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(375, scalars[79]), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_input, request_metadata), AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME}, /* InvokeModelRequest.requestMetadata: RequestMetadataJson */
        [376] = {MREF(376, strings[3790]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(376, scalars[8]), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_output, body), AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_SENSITIVE}, /* InvokeModelResponse.body: Body */
        [377] = {MREF(377, strings[3795]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(377, scalars[71]), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_output, content_type), AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME}, /* InvokeModelResponse.contentType: MimeType */
        [378] = {MREF(378, strings[3965]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(378, enums[36].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_output, performance_config_latency), AWSC_MF_WIRE_NAME}, /* InvokeModelResponse.performanceConfigLatency: PerformanceConfigLatency */
        [379] = {MREF(379, strings[4031]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(379, enums[37].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_output, service_tier), AWSC_MF_WIRE_NAME}, /* InvokeModelResponse.serviceTier: ServiceTierType */
        [380] = {MREF(380, strings[3790]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(380, scalars[8]), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_tokens_request, body), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* InvokeModelTokensRequest.body: Body */
        [381] = {MREF(381, strings[4119]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(381, structures[11].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_input, chunk), AWSC_MF_SENSITIVE}, /* InvokeModelWithBidirectionalStreamInput.chunk: BidirectionalInputPayloadPart */
        [382] = {MREF(382, strings[4119]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(382, structures[12].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event, chunk), AWSC_MF_SENSITIVE}, /* InvokeModelWithBidirectionalStreamOutput.chunk: BidirectionalOutputPayloadPart */
        [383] = {MREF(383, strings[1243]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(383, structures[125].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event, internal_server_exception), 0}, /* InvokeModelWithBidirectionalStreamOutput.internalServerException: InternalServerException */
        [384] = {MREF(384, strings[1267]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(384, structures[145].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event, model_stream_error_exception), 0}, /* InvokeModelWithBidirectionalStreamOutput.modelStreamErrorException: ModelStreamErrorException */
        [385] = {MREF(385, strings[1293]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(385, structures[189].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event, validation_exception), 0}, /* InvokeModelWithBidirectionalStreamOutput.validationException: ValidationException */
        [386] = {MREF(386, strings[1313]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(386, structures[172].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event, throttling_exception), 0}, /* InvokeModelWithBidirectionalStreamOutput.throttlingException: ThrottlingException */
        [387] = {MREF(387, strings[4125]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(387, structures[146].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event, model_timeout_exception), 0}, /* InvokeModelWithBidirectionalStreamOutput.modelTimeoutException: ModelTimeoutException */
        [388] = {MREF(388, strings[1333]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(388, structures[165].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event, service_unavailable_exception), 0}, /* InvokeModelWithBidirectionalStreamOutput.serviceUnavailableException: ServiceUnavailableException */
        [389] = {MREF(389, strings[889]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(389, scalars[66]), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_request, model_id), AWSC_MF_REQUIRED}, /* InvokeModelWithBidirectionalStreamRequest.modelId: InvokeModelIdentifier */
        [390] = {MREF(390, strings[3790]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(390, structures[131].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_request, body), AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD}, /* InvokeModelWithBidirectionalStreamRequest.body: InvokeModelWithBidirectionalStreamInput */
        [391] = {MREF(391, strings[3790]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(391, structures[132].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_output, body), AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD}, /* InvokeModelWithBidirectionalStreamResponse.body: InvokeModelWithBidirectionalStreamOutput */
        [392] = {MREF(392, strings[3790]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(392, scalars[8]), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, body), AWSC_MF_PAYLOAD | AWSC_MF_SENSITIVE}, /* InvokeModelWithResponseStreamRequest.body: Body */
        [393] = {MREF(393, strings[3795]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(393, scalars[71]), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, content_type), AWSC_MF_WIRE_NAME}, /* InvokeModelWithResponseStreamRequest.contentType: MimeType */
        [394] = {MREF(394, strings[4147]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(394, scalars[71]), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, accept), AWSC_MF_WIRE_NAME}, /* InvokeModelWithResponseStreamRequest.accept: MimeType */
        [395] = {MREF(395, strings[889]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(395, scalars[66]), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, model_id), AWSC_MF_REQUIRED}, /* InvokeModelWithResponseStreamRequest.modelId: InvokeModelIdentifier */
        [396] = {MREF(396, strings[3834]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(396, enums[43].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, trace), AWSC_MF_WIRE_NAME}, /* InvokeModelWithResponseStreamRequest.trace: Trace */
        [397] = {MREF(397, strings[3861]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(397, scalars[49]), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, guardrail_identifier), AWSC_MF_WIRE_NAME}, /* InvokeModelWithResponseStreamRequest.guardrailIdentifier: GuardrailIdentifier */
        [398] = {MREF(398, strings[3916]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(398, scalars[56]), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, guardrail_version), AWSC_MF_WIRE_NAME}, /* InvokeModelWithResponseStreamRequest.guardrailVersion: GuardrailVersion */
        [399] = {MREF(399, strings[3965]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(399, enums[36].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, performance_config_latency), AWSC_MF_WIRE_NAME}, /* InvokeModelWithResponseStreamRequest.performanceConfigLatency: PerformanceConfigLatency */
        [400] = {MREF(400, strings[4031]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(400, enums[37].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, service_tier), AWSC_MF_WIRE_NAME}, /* InvokeModelWithResponseStreamRequest.serviceTier: ServiceTierType */
        [401] = {MREF(401, strings[4071]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(401, scalars[79]), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, request_metadata), AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME}, /* InvokeModelWithResponseStreamRequest.requestMetadata: RequestMetadataJson */
        [402] = {MREF(402, strings[3790]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(402, structures[158].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_output, body), AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD}, /* InvokeModelWithResponseStreamResponse.body: ResponseStream */
        [403] = {MREF(403, strings[4176]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(403, scalars[71]), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_output, content_type), AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME}, /* InvokeModelWithResponseStreamResponse.contentType: MimeType */
        [404] = {MREF(404, strings[3965]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(404, enums[36].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_output, performance_config_latency), AWSC_MF_WIRE_NAME}, /* InvokeModelWithResponseStreamResponse.performanceConfigLatency: PerformanceConfigLatency */
        [405] = {MREF(405, strings[4031]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(405, enums[37].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_output, service_tier), AWSC_MF_WIRE_NAME}, /* InvokeModelWithResponseStreamResponse.serviceTier: ServiceTierType */
        [406] = {MREF(406, strings[4216]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(406, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_json_schema_definition, schema), AWSC_MF_REQUIRED}, /* JsonSchemaDefinition.schema: String */
        [407] = {MREF(407, strings[1418]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(407, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_json_schema_definition, name), 0}, /* JsonSchemaDefinition.name: String */
        [408] = {MREF(408, strings[4223]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(408, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_json_schema_definition, description), 0}, /* JsonSchemaDefinition.description: String */
        [409] = {MREF(409, strings[4235]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(409, scalars[92]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_list_async_invokes_input, submit_time_after, has_submit_time_after), offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, submit_time_after), 0}, /* ListAsyncInvokesRequest.submitTimeAfter: Timestamp */
        [410] = {MREF(410, strings[4251]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(410, scalars[92]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_list_async_invokes_input, submit_time_before, has_submit_time_before), offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, submit_time_before), 0}, /* ListAsyncInvokesRequest.submitTimeBefore: Timestamp */
        [411] = {MREF(411, strings[4268]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(411, enums[0].shape), 0, offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, status_equals), 0}, /* ListAsyncInvokesRequest.statusEquals: AsyncInvokeStatus */
        [412] = {MREF(412, strings[4281]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(412, scalars[70]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_list_async_invokes_input, max_results, has_max_results), offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, max_results), 0}, /* ListAsyncInvokesRequest.maxResults: MaxResults */
        [413] = {MREF(413, strings[4292]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(413, scalars[77]), 0, offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, next_token), 0}, /* ListAsyncInvokesRequest.nextToken: PaginationToken */
        [414] = {MREF(414, strings[4302]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(414, enums[38].shape), 0, offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, sort_by), 0}, /* ListAsyncInvokesRequest.sortBy: SortAsyncInvocationBy */
        [415] = {MREF(415, strings[4309]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(415, enums[39].shape), 0, offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, sort_order), 0}, /* ListAsyncInvokesRequest.sortOrder: SortOrder */
        [416] = {MREF(416, strings[4292]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(416, scalars[77]), 0, offsetof(struct awsc_bedrock_runtime_list_async_invokes_output, next_token), 0}, /* ListAsyncInvokesResponse.nextToken: PaginationToken */
        [417] = {MREF(417, strings[4319]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(417, collections[0].shape), 0, offsetof(struct awsc_bedrock_runtime_list_async_invokes_output, async_invoke_summaries), 0}, /* ListAsyncInvokesResponse.asyncInvokeSummaries: AsyncInvokeSummaries */
        [418] = {MREF(418, strings[2196]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(418, enums[4].shape), 0, offsetof(struct awsc_bedrock_runtime_message, role), AWSC_MF_REQUIRED}, /* Message.role: ConversationRole */
        [419] = {MREF(419, strings[134]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(419, collections[6].shape), 0, offsetof(struct awsc_bedrock_runtime_message, content), AWSC_MF_REQUIRED}, /* Message.content: ContentBlocks */
        [420] = {MREF(420, strings[2196]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(420, enums[4].shape), 0, offsetof(struct awsc_bedrock_runtime_message_start_event, role), AWSC_MF_REQUIRED}, /* MessageStartEvent.role: ConversationRole */
        [421] = {MREF(421, strings[1101]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(421, enums[40].shape), 0, offsetof(struct awsc_bedrock_runtime_message_stop_event, stop_reason), AWSC_MF_REQUIRED}, /* MessageStopEvent.stopReason: StopReason */
        [422] = {MREF(422, strings[1120]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(422, scalars[14]), 0, offsetof(struct awsc_bedrock_runtime_message_stop_event, additional_model_response_fields), 0}, /* MessageStopEvent.additionalModelResponseFields: Document */
        [423] = {MREF(423, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(423, scalars[73]), 0, offsetof(struct awsc_bedrock_runtime_model_error_exception, message), 0}, /* ModelErrorException.message: NonBlankString */
        [424] = {MREF(424, strings[4360]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(424, scalars[86]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_model_error_exception, original_status_code, has_original_status_code), offsetof(struct awsc_bedrock_runtime_model_error_exception, original_status_code), 0}, /* ModelErrorException.originalStatusCode: StatusCode */
        [425] = {MREF(425, strings[4379]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(425, scalars[73]), 0, offsetof(struct awsc_bedrock_runtime_model_error_exception, resource_name), 0}, /* ModelErrorException.resourceName: NonBlankString */
        [426] = {MREF(426, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(426, scalars[73]), 0, offsetof(struct awsc_bedrock_runtime_model_not_ready_exception, message), 0}, /* ModelNotReadyException.message: NonBlankString */
        [427] = {MREF(427, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(427, scalars[73]), 0, offsetof(struct awsc_bedrock_runtime_model_stream_error_exception, message), 0}, /* ModelStreamErrorException.message: NonBlankString */
        [428] = {MREF(428, strings[4360]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(428, scalars[86]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_model_stream_error_exception, original_status_code, has_original_status_code), offsetof(struct awsc_bedrock_runtime_model_stream_error_exception, original_status_code), 0}, /* ModelStreamErrorException.originalStatusCode: StatusCode */
        [429] = {MREF(429, strings[4441]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(429, scalars[73]), 0, offsetof(struct awsc_bedrock_runtime_model_stream_error_exception, original_message), 0}, /* ModelStreamErrorException.originalMessage: NonBlankString */
        [430] = {MREF(430, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(430, scalars[73]), 0, offsetof(struct awsc_bedrock_runtime_model_timeout_exception, message), 0}, /* ModelTimeoutException.message: NonBlankString */
        [431] = {MREF(431, strings[4479]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(431, structures[148].shape), 0, offsetof(struct awsc_bedrock_runtime_output_config, text_format), 0}, /* OutputConfig.textFormat: OutputFormat */
        [432] = {MREF(432, strings[4490]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(432, scalars[76]), 0, offsetof(struct awsc_bedrock_runtime_output_config, effort), 0}, /* OutputConfig.effort: OutputConfigEffortString */
        [433] = {MREF(433, strings[522]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(433, enums[35].shape), 0, offsetof(struct awsc_bedrock_runtime_output_format, type), AWSC_MF_REQUIRED}, /* OutputFormat.type: OutputFormatType */
        [434] = {MREF(434, strings[4497]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(434, structures[149].shape), 0, offsetof(struct awsc_bedrock_runtime_output_format, structure), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* OutputFormat.structure: OutputFormatStructure */
        [435] = {MREF(435, strings[4507]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(435, structures[137].shape), 0, offsetof(struct awsc_bedrock_runtime_output_format_structure, json_schema), 0}, /* OutputFormatStructure.jsonSchema: JsonSchemaDefinition */
        [436] = {MREF(436, strings[489]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(436, scalars[78]), 0, offsetof(struct awsc_bedrock_runtime_payload_part, bytes), AWSC_MF_SENSITIVE}, /* PayloadPart.bytes: PartBody */
        [437] = {MREF(437, strings[4549]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(437, enums[36].shape), 0, offsetof(struct awsc_bedrock_runtime_performance_configuration, latency), 0}, /* PerformanceConfiguration.latency: PerformanceConfigLatency */
        [438] = {MREF(438, strings[4557]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(438, scalars[67]), 0, offsetof(struct awsc_bedrock_runtime_prompt_router_trace, invoked_model_id), 0}, /* PromptRouterTrace.invokedModelId: InvokedModelId */
        [439] = {MREF(439, strings[570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(439, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_prompt_variable_values, text), 0}, /* PromptVariableValues.text: String */
        [440] = {MREF(440, strings[4572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(440, structures[156].shape), 0, offsetof(struct awsc_bedrock_runtime_reasoning_content_block, reasoning_text), AWSC_MF_SENSITIVE}, /* ReasoningContentBlock.reasoningText: ReasoningTextBlock */
        [441] = {MREF(441, strings[4586]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(441, scalars[7]), 0, offsetof(struct awsc_bedrock_runtime_reasoning_content_block, redacted_content), 0}, /* ReasoningContentBlock.redactedContent: Blob */
        [442] = {MREF(442, strings[570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(442, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_reasoning_content_block_delta, text), 0}, /* ReasoningContentBlockDelta.text: String */
        [443] = {MREF(443, strings[4586]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(443, scalars[7]), 0, offsetof(struct awsc_bedrock_runtime_reasoning_content_block_delta, redacted_content), 0}, /* ReasoningContentBlockDelta.redactedContent: Blob */
        [444] = {MREF(444, strings[4602]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(444, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_reasoning_content_block_delta, signature), 0}, /* ReasoningContentBlockDelta.signature: String */
        [445] = {MREF(445, strings[570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(445, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_reasoning_text_block, text), AWSC_MF_REQUIRED}, /* ReasoningTextBlock.text: String */
        [446] = {MREF(446, strings[4602]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(446, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_reasoning_text_block, signature), 0}, /* ReasoningTextBlock.signature: String */
        [447] = {MREF(447, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(447, scalars[73]), 0, offsetof(struct awsc_bedrock_runtime_resource_not_found_exception, message), 0}, /* ResourceNotFoundException.message: NonBlankString */
        [448] = {MREF(448, strings[4119]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(448, structures[150].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event, chunk), AWSC_MF_SENSITIVE}, /* ResponseStream.chunk: PayloadPart */
        [449] = {MREF(449, strings[1243]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(449, structures[125].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event, internal_server_exception), 0}, /* ResponseStream.internalServerException: InternalServerException */
        [450] = {MREF(450, strings[1267]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(450, structures[145].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event, model_stream_error_exception), 0}, /* ResponseStream.modelStreamErrorException: ModelStreamErrorException */
        [451] = {MREF(451, strings[1293]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(451, structures[189].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event, validation_exception), 0}, /* ResponseStream.validationException: ValidationException */
        [452] = {MREF(452, strings[1313]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(452, structures[172].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event, throttling_exception), 0}, /* ResponseStream.throttlingException: ThrottlingException */
        [453] = {MREF(453, strings[4125]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(453, structures[146].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event, model_timeout_exception), 0}, /* ResponseStream.modelTimeoutException: ModelTimeoutException */
        [454] = {MREF(454, strings[1333]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(454, structures[165].shape), 0, offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event, service_unavailable_exception), 0}, /* ResponseStream.serviceUnavailableException: ServiceUnavailableException */
        [455] = {MREF(455, strings[4638]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(455, scalars[82]), 0, offsetof(struct awsc_bedrock_runtime_s3_location, uri), AWSC_MF_REQUIRED}, /* S3Location.uri: S3Uri */
        [456] = {MREF(456, strings[252]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(456, scalars[0]), 0, offsetof(struct awsc_bedrock_runtime_s3_location, bucket_owner), 0}, /* S3Location.bucketOwner: AccountId */
        [457] = {MREF(457, strings[127]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(457, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_search_result_block, source), AWSC_MF_REQUIRED}, /* SearchResultBlock.source: String */
        [458] = {MREF(458, strings[541]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(458, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_search_result_block, title), AWSC_MF_REQUIRED}, /* SearchResultBlock.title: String */
        [459] = {MREF(459, strings[134]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(459, collections[45].shape), 0, offsetof(struct awsc_bedrock_runtime_search_result_block, content), AWSC_MF_REQUIRED}, /* SearchResultBlock.content: SearchResultContentBlocks */
        [460] = {MREF(460, strings[648]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(460, structures[20].shape), 0, offsetof(struct awsc_bedrock_runtime_search_result_block, citations), 0}, /* SearchResultBlock.citations: CitationsConfig */
        [461] = {MREF(461, strings[570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(461, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_search_result_content_block, text), AWSC_MF_REQUIRED}, /* SearchResultContentBlock.text: String */
        [462] = {MREF(462, strings[4642]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(462, scalars[84]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_search_result_location, search_result_index, has_search_result_index), offsetof(struct awsc_bedrock_runtime_search_result_location, search_result_index), 0}, /* SearchResultLocation.searchResultIndex: SearchResultLocationSearchResultIndexInteger */
        [463] = {MREF(463, strings[851]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(463, scalars[85]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_search_result_location, start, has_start), offsetof(struct awsc_bedrock_runtime_search_result_location, start), 0}, /* SearchResultLocation.start: SearchResultLocationStartInteger */
        [464] = {MREF(464, strings[1445]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(464, scalars[83]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_search_result_location, end, has_end), offsetof(struct awsc_bedrock_runtime_search_result_location, end), 0}, /* SearchResultLocation.end: SearchResultLocationEndInteger */
        [465] = {MREF(465, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(465, scalars[73]), 0, offsetof(struct awsc_bedrock_runtime_service_quota_exceeded_exception, message), 0}, /* ServiceQuotaExceededException.message: NonBlankString */
        [466] = {MREF(466, strings[522]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(466, enums[37].shape), 0, offsetof(struct awsc_bedrock_runtime_service_tier, type), AWSC_MF_REQUIRED}, /* ServiceTier.type: ServiceTierType */
        [467] = {MREF(467, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(467, scalars[73]), 0, offsetof(struct awsc_bedrock_runtime_service_unavailable_exception, message), 0}, /* ServiceUnavailableException.message: NonBlankString */
        [468] = {MREF(468, strings[1418]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(468, scalars[98]), 0, offsetof(struct awsc_bedrock_runtime_specific_tool_choice, name), AWSC_MF_REQUIRED}, /* SpecificToolChoice.name: ToolName */
        [469] = {MREF(469, strings[315]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(469, scalars[2]), 0, offsetof(struct awsc_bedrock_runtime_start_async_invoke_input, client_request_token), AWSC_MF_IDEMPOTENCY_TOKEN}, /* StartAsyncInvokeRequest.clientRequestToken: AsyncInvokeIdempotencyToken */
        [470] = {MREF(470, strings[889]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(470, scalars[3]), 0, offsetof(struct awsc_bedrock_runtime_start_async_invoke_input, model_id), AWSC_MF_REQUIRED}, /* StartAsyncInvokeRequest.modelId: AsyncInvokeIdentifier */
        [471] = {MREF(471, strings[4785]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(471, scalars[72]), 0, offsetof(struct awsc_bedrock_runtime_start_async_invoke_input, model_input), AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE}, /* StartAsyncInvokeRequest.modelInput: ModelInputPayload */
        [472] = {MREF(472, strings[392]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(472, structures[5].shape), 0, offsetof(struct awsc_bedrock_runtime_start_async_invoke_input, output_data_config), AWSC_MF_REQUIRED}, /* StartAsyncInvokeRequest.outputDataConfig: AsyncInvokeOutputDataConfig */
        [473] = {MREF(473, strings[4796]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(473, collections[47].shape), 0, offsetof(struct awsc_bedrock_runtime_start_async_invoke_input, tags), 0}, /* StartAsyncInvokeRequest.tags: TagList */
        [474] = {MREF(474, strings[292]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(474, scalars[65]), 0, offsetof(struct awsc_bedrock_runtime_start_async_invoke_output, invocation_arn), AWSC_MF_REQUIRED}, /* StartAsyncInvokeResponse.invocationArn: InvocationArn */
        [475] = {MREF(475, strings[570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(475, scalars[74]), 0, offsetof(struct awsc_bedrock_runtime_system_content_block, text), 0}, /* SystemContentBlock.text: NonEmptyString */
        [476] = {MREF(476, strings[722]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(476, structures[97].shape), 0, offsetof(struct awsc_bedrock_runtime_system_content_block, guard_content), 0}, /* SystemContentBlock.guardContent: GuardrailConverseContentBlock */
        [477] = {MREF(477, strings[735]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(477, structures[14].shape), 0, offsetof(struct awsc_bedrock_runtime_system_content_block, cache_point), 0}, /* SystemContentBlock.cachePoint: CachePointBlock */
        [478] = {MREF(478, strings[1418]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(478, scalars[98]), 0, offsetof(struct awsc_bedrock_runtime_system_tool, name), AWSC_MF_REQUIRED}, /* SystemTool.name: ToolName */
        [479] = {MREF(479, strings[4954]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(479, scalars[88]), 0, offsetof(struct awsc_bedrock_runtime_tag, key), AWSC_MF_REQUIRED}, /* Tag.key: TagKey */
        [480] = {MREF(480, strings[4958]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(480, scalars[89]), 0, offsetof(struct awsc_bedrock_runtime_tag, value), AWSC_MF_REQUIRED}, /* Tag.value: TagValue */
        [481] = {MREF(481, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(481, scalars[73]), 0, offsetof(struct awsc_bedrock_runtime_throttling_exception, message), 0}, /* ThrottlingException.message: NonBlankString */
        [482] = {MREF(482, strings[510]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(482, scalars[95]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_token_usage, input_tokens, has_input_tokens), offsetof(struct awsc_bedrock_runtime_token_usage, input_tokens), AWSC_MF_REQUIRED}, /* TokenUsage.inputTokens: TokenUsageInputTokensInteger */
        [483] = {MREF(483, strings[4984]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(483, scalars[96]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_token_usage, output_tokens, has_output_tokens), offsetof(struct awsc_bedrock_runtime_token_usage, output_tokens), AWSC_MF_REQUIRED}, /* TokenUsage.outputTokens: TokenUsageOutputTokensInteger */
        [484] = {MREF(484, strings[4997]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(484, scalars[97]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_token_usage, total_tokens, has_total_tokens), offsetof(struct awsc_bedrock_runtime_token_usage, total_tokens), AWSC_MF_REQUIRED}, /* TokenUsage.totalTokens: TokenUsageTotalTokensInteger */
        [485] = {MREF(485, strings[5009]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(485, scalars[93]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_token_usage, cache_read_input_tokens, has_cache_read_input_tokens), offsetof(struct awsc_bedrock_runtime_token_usage, cache_read_input_tokens), 0}, /* TokenUsage.cacheReadInputTokens: TokenUsageCacheReadInputTokensInteger */
        [486] = {MREF(486, strings[5030]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(486, scalars[94]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_token_usage, cache_write_input_tokens, has_cache_write_input_tokens), offsetof(struct awsc_bedrock_runtime_token_usage, cache_write_input_tokens), 0}, /* TokenUsage.cacheWriteInputTokens: TokenUsageCacheWriteInputTokensInteger */
        [487] = {MREF(487, strings[5052]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(487, collections[1].shape), 0, offsetof(struct awsc_bedrock_runtime_token_usage, cache_details), 0}, /* TokenUsage.cacheDetails: CacheDetailsList */
        [488] = {MREF(488, strings[5065]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(488, structures[185].shape), 0, offsetof(struct awsc_bedrock_runtime_tool, tool_spec), 0}, /* Tool.toolSpec: ToolSpecification */
        [489] = {MREF(489, strings[5074]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(489, structures[170].shape), 0, offsetof(struct awsc_bedrock_runtime_tool, system_tool), 0}, /* Tool.systemTool: SystemTool */
        [490] = {MREF(490, strings[735]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(490, structures[14].shape), 0, offsetof(struct awsc_bedrock_runtime_tool, cache_point), 0}, /* Tool.cachePoint: CachePointBlock */
        [491] = {MREF(491, strings[5085]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(491, structures[179].shape), 0, offsetof(struct awsc_bedrock_runtime_tool_addition_block, tool), AWSC_MF_REQUIRED}, /* ToolAdditionBlock.tool: ToolReference */
        [492] = {MREF(492, strings[5090]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(492, structures[10].shape), 0, offsetof(struct awsc_bedrock_runtime_tool_choice, auto_), 0}, /* ToolChoice.auto: AutoToolChoice */
        [493] = {MREF(493, strings[5095]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(493, structures[1].shape), 0, offsetof(struct awsc_bedrock_runtime_tool_choice, any), 0}, /* ToolChoice.any: AnyToolChoice */
        [494] = {MREF(494, strings[5085]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(494, structures[166].shape), 0, offsetof(struct awsc_bedrock_runtime_tool_choice, tool), 0}, /* ToolChoice.tool: SpecificToolChoice */
        [495] = {MREF(495, strings[5099]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(495, collections[48].shape), 0, offsetof(struct awsc_bedrock_runtime_tool_configuration, tools), AWSC_MF_REQUIRED}, /* ToolConfiguration.tools: ToolConfigurationToolsList */
        [496] = {MREF(496, strings[5105]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(496, structures[176].shape), 0, offsetof(struct awsc_bedrock_runtime_tool_configuration, tool_choice), 0}, /* ToolConfiguration.toolChoice: ToolChoice */
        [497] = {MREF(497, strings[5116]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(497, scalars[14]), 0, offsetof(struct awsc_bedrock_runtime_tool_input_schema, json), 0}, /* ToolInputSchema.json: Document */
        [498] = {MREF(498, strings[522]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(498, scalars[101]), 0, offsetof(struct awsc_bedrock_runtime_tool_reference, type), 0}, /* ToolReference.type: ToolReferenceTypeString */
        [499] = {MREF(499, strings[1418]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(499, scalars[99]), 0, offsetof(struct awsc_bedrock_runtime_tool_reference, name), 0}, /* ToolReference.name: ToolReferenceNameString */
        [500] = {MREF(500, strings[5121]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(500, scalars[100]), 0, offsetof(struct awsc_bedrock_runtime_tool_reference, server_name), 0}, /* ToolReference.serverName: ToolReferenceServerNameString */
        [501] = {MREF(501, strings[5085]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(501, structures[179].shape), 0, offsetof(struct awsc_bedrock_runtime_tool_removal_block, tool), AWSC_MF_REQUIRED}, /* ToolRemovalBlock.tool: ToolReference */
        [502] = {MREF(502, strings[5132]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(502, scalars[102]), 0, offsetof(struct awsc_bedrock_runtime_tool_result_block, tool_use_id), AWSC_MF_REQUIRED}, /* ToolResultBlock.toolUseId: ToolUseId */
        [503] = {MREF(503, strings[134]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(503, collections[50].shape), 0, offsetof(struct awsc_bedrock_runtime_tool_result_block, content), AWSC_MF_REQUIRED}, /* ToolResultBlock.content: ToolResultContentBlocks */
        [504] = {MREF(504, strings[334]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(504, enums[41].shape), 0, offsetof(struct awsc_bedrock_runtime_tool_result_block, status), 0}, /* ToolResultBlock.status: ToolResultStatus */
        [505] = {MREF(505, strings[522]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(505, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_tool_result_block, type), 0}, /* ToolResultBlock.type: String */
        [506] = {MREF(506, strings[570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(506, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_tool_result_block_delta, text), 0}, /* ToolResultBlockDelta.text: String */
        [507] = {MREF(507, strings[5116]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(507, scalars[14]), 0, offsetof(struct awsc_bedrock_runtime_tool_result_block_delta, json), 0}, /* ToolResultBlockDelta.json: Document */
        [508] = {MREF(508, strings[5132]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(508, scalars[102]), 0, offsetof(struct awsc_bedrock_runtime_tool_result_block_start, tool_use_id), AWSC_MF_REQUIRED}, /* ToolResultBlockStart.toolUseId: ToolUseId */
        [509] = {MREF(509, strings[522]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(509, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_tool_result_block_start, type), 0}, /* ToolResultBlockStart.type: String */
        [510] = {MREF(510, strings[334]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(510, enums[41].shape), 0, offsetof(struct awsc_bedrock_runtime_tool_result_block_start, status), 0}, /* ToolResultBlockStart.status: ToolResultStatus */
        [511] = {MREF(511, strings[5116]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(511, scalars[14]), 0, offsetof(struct awsc_bedrock_runtime_tool_result_content_block, json), 0}, /* ToolResultContentBlock.json: Document */
        [512] = {MREF(512, strings[570]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(512, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_tool_result_content_block, text), 0}, /* ToolResultContentBlock.text: String */
        [513] = {MREF(513, strings[676]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(513, structures[120].shape), 0, offsetof(struct awsc_bedrock_runtime_tool_result_content_block, image), 0}, /* ToolResultContentBlock.image: ImageBlock */
        [514] = {MREF(514, strings[682]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(514, structures[45].shape), 0, offsetof(struct awsc_bedrock_runtime_tool_result_content_block, document), 0}, /* ToolResultContentBlock.document: DocumentBlock */
        [515] = {MREF(515, strings[691]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(515, structures[190].shape), 0, offsetof(struct awsc_bedrock_runtime_tool_result_content_block, video), 0}, /* ToolResultContentBlock.video: VideoBlock */
        [516] = {MREF(516, strings[780]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(516, structures[160].shape), 0, offsetof(struct awsc_bedrock_runtime_tool_result_content_block, search_result), 0}, /* ToolResultContentBlock.searchResult: SearchResultBlock */
        [517] = {MREF(517, strings[1418]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(517, scalars[98]), 0, offsetof(struct awsc_bedrock_runtime_tool_specification, name), AWSC_MF_REQUIRED}, /* ToolSpecification.name: ToolName */
        [518] = {MREF(518, strings[4223]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(518, scalars[74]), 0, offsetof(struct awsc_bedrock_runtime_tool_specification, description), 0}, /* ToolSpecification.description: NonEmptyString */
        [519] = {MREF(519, strings[5156]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(519, structures[178].shape), 0, offsetof(struct awsc_bedrock_runtime_tool_specification, input_schema), AWSC_MF_REQUIRED}, /* ToolSpecification.inputSchema: ToolInputSchema */
        [520] = {MREF(520, strings[5168]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(520, scalars[9]), AWSC_MEMBER_HAS(struct awsc_bedrock_runtime_tool_specification, strict, has_strict), offsetof(struct awsc_bedrock_runtime_tool_specification, strict), 0}, /* ToolSpecification.strict: Boolean */
        [521] = {MREF(521, strings[5132]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(521, scalars[102]), 0, offsetof(struct awsc_bedrock_runtime_tool_use_block, tool_use_id), AWSC_MF_REQUIRED}, /* ToolUseBlock.toolUseId: ToolUseId */
        [522] = {MREF(522, strings[1418]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(522, scalars[98]), 0, offsetof(struct awsc_bedrock_runtime_tool_use_block, name), AWSC_MF_REQUIRED}, /* ToolUseBlock.name: ToolName */
        [523] = {MREF(523, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(523, scalars[14]), 0, offsetof(struct awsc_bedrock_runtime_tool_use_block, input), AWSC_MF_REQUIRED}, /* ToolUseBlock.input: Document */
        [524] = {MREF(524, strings[522]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(524, enums[42].shape), 0, offsetof(struct awsc_bedrock_runtime_tool_use_block, type), 0}, /* ToolUseBlock.type: ToolUseType */
        [525] = {MREF(525, strings[1412]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(525, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_tool_use_block_delta, input), AWSC_MF_REQUIRED}, /* ToolUseBlockDelta.input: String */
        [526] = {MREF(526, strings[5132]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(526, scalars[102]), 0, offsetof(struct awsc_bedrock_runtime_tool_use_block_start, tool_use_id), AWSC_MF_REQUIRED}, /* ToolUseBlockStart.toolUseId: ToolUseId */
        [527] = {MREF(527, strings[1418]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(527, scalars[98]), 0, offsetof(struct awsc_bedrock_runtime_tool_use_block_start, name), AWSC_MF_REQUIRED}, /* ToolUseBlockStart.name: ToolName */
        [528] = {MREF(528, strings[522]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(528, enums[42].shape), 0, offsetof(struct awsc_bedrock_runtime_tool_use_block_start, type), 0}, /* ToolUseBlockStart.type: ToolUseType */
        [529] = {MREF(529, strings[22]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(529, scalars[73]), 0, offsetof(struct awsc_bedrock_runtime_validation_exception, message), 0}, /* ValidationException.message: NonBlankString */
        [530] = {MREF(530, strings[409]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(530, enums[44].shape), 0, offsetof(struct awsc_bedrock_runtime_video_block, format), AWSC_MF_REQUIRED}, /* VideoBlock.format: VideoFormat */
        [531] = {MREF(531, strings[127]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(531, structures[191].shape), 0, offsetof(struct awsc_bedrock_runtime_video_block, source), AWSC_MF_REQUIRED}, /* VideoBlock.source: VideoSource */
        [532] = {MREF(532, strings[489]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(532, scalars[103]), 0, offsetof(struct awsc_bedrock_runtime_video_source, bytes), 0}, /* VideoSource.bytes: VideoSourceBytesBlob */
        [533] = {MREF(533, strings[495]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(533, structures[159].shape), 0, offsetof(struct awsc_bedrock_runtime_video_source, s3_location), 0}, /* VideoSource.s3Location: S3Location */
        [534] = {MREF(534, strings[5284]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(534, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_web_location, url), 0}, /* WebLocation.url: String */
        [535] = {MREF(535, strings[5288]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(535, scalars[87]), 0, offsetof(struct awsc_bedrock_runtime_web_location, domain), 0}, /* WebLocation.domain: String */
    },
    /* each structure's member indexes, sorted by wire name */
    .by_wire_name = {
        /* [0] AccessDeniedException */ 0,
        /* [1] AppliedGuardrailDetails */ 2, 0, 3, 4, 1,
        /* [6] ApplyGuardrailRequest */ 3, 0, 1, 4, 2,
        /* [11] ApplyGuardrailResponse */ 1, 2, 4, 5, 3, 0,
        /* [17] AsyncInvokeOutputDataConfig */ 0,
        /* [18] AsyncInvokeS3OutputDataConfig */ 2, 1, 0,
        /* [21] AsyncInvokeSummary */ 2, 7, 4, 0, 6, 1, 8, 3, 5,
        /* [30] AudioBlock */ 2, 0, 1,
        /* [33] AudioSource */ 0, 1,
        /* [35] BidirectionalInputPayloadPart */ 0,
        /* [36] BidirectionalOutputPayloadPart */ 0,
        /* [37] CacheDetail */ 1, 0,
        /* [39] CachePointBlock */ 1, 0,
        /* [41] Citation */ 3, 1, 2, 0,
        /* [45] CitationGeneratedContent */ 0,
        /* [46] CitationLocation */ 1, 3, 2, 4, 0,
        /* [51] CitationSourceContent */ 0,
        /* [52] CitationSourceContentDelta */ 0,
        /* [53] CitationsConfig */ 0,
        /* [54] CitationsContentBlock */ 1, 0,
        /* [56] CitationsDelta */ 3, 1, 2, 0,
        /* [60] ConflictException */ 0,
        /* [61] ContentBlock */ 4, 8, 10, 2, 7, 1, 9, 11, 0, 12, 13, 6, 5, 3,
        /* [75] ContentBlockDelta */ 4, 5, 3, 0, 2, 1,
        /* [81] ContentBlockDeltaEvent */ 1, 0,
        /* [83] ContentBlockStart */ 2, 1, 0,
        /* [86] ContentBlockStartEvent */ 1, 0,
        /* [88] ContentBlockStopEvent */ 0,
        /* [89] ConverseMetrics */ 0,
        /* [90] ConverseOutput */ 0,
        /* [91] ConverseRequest */ 6, 8, 5, 3, 1, 0, 12, 10, 7, 9, 11, 2, 4,
        /* [104] ConverseResponse */ 4, 3, 0, 6, 7, 1, 5, 2,
        /* [112] ConverseStreamMetadataEvent */ 1, 3, 4, 2, 0,
        /* [117] ConverseStreamMetrics */ 0,
        /* [118] ConverseStreamOutput */ 2, 1, 3, 6, 0, 4, 5, 7, 10, 9, 8,
        /* [129] ConverseStreamRequest */ 6, 8, 5, 3, 1, 0, 12, 10, 7, 9, 11, 2, 4,
        /* [142] ConverseStreamResponse */ 0,
        /* [143] ConverseStreamTrace */ 0, 1,
        /* [145] ConverseTokensRequest */ 3, 0, 1, 2,
        /* [149] ConverseTrace */ 0, 1,
        /* [151] CountTokensInput */ 1, 0,
        /* [153] CountTokensRequest */ 1, 0,
        /* [155] CountTokensResponse */ 0,
        /* [156] DocumentBlock */ 4, 3, 0, 1, 2,
        /* [161] DocumentCharLocation */ 0, 2, 1,
        /* [164] DocumentChunkLocation */ 0, 2, 1,
        /* [167] DocumentContentBlock */ 0,
        /* [168] DocumentPageLocation */ 0, 2, 1,
        /* [171] DocumentSource */ 0, 3, 1, 2,
        /* [175] ErrorBlock */ 0,
        /* [176] GetAsyncInvokeRequest */ 0,
        /* [177] GetAsyncInvokeResponse */ 2, 7, 4, 0, 6, 1, 8, 3, 5,
        /* [186] GuardrailAssessment */ 7, 5, 1, 4, 6, 3, 0, 2,
        /* [194] GuardrailAutomatedReasoningFinding */ 3, 1, 6, 2, 5, 4, 0,
        /* [201] GuardrailAutomatedReasoningImpossibleFinding */ 1, 2, 0,
        /* [204] GuardrailAutomatedReasoningInputTextReference */ 0,
        /* [205] GuardrailAutomatedReasoningInvalidFinding */ 1, 2, 0,
        /* [208] GuardrailAutomatedReasoningLogicWarning */ 2, 1, 0,
        /* [211] GuardrailAutomatedReasoningPolicyAssessment */ 0,
        /* [212] GuardrailAutomatedReasoningRule */ 0, 1,
        /* [214] GuardrailAutomatedReasoningSatisfiableFinding */ 2, 1, 3, 0,
        /* [218] GuardrailAutomatedReasoningScenario */ 0,
        /* [219] GuardrailAutomatedReasoningStatement */ 0, 1,
        /* [221] GuardrailAutomatedReasoningTranslation */ 1, 4, 0, 3, 2,
        /* [226] GuardrailAutomatedReasoningTranslationAmbiguousFinding */ 1, 0,
        /* [228] GuardrailAutomatedReasoningTranslationOption */ 0,
        /* [229] GuardrailAutomatedReasoningValidFinding */ 1, 3, 2, 0,
        /* [233] GuardrailChecksConfig */ 0, 1, 2,
        /* [236] GuardrailChecksContentBlock */ 0,
        /* [237] GuardrailChecksContentFilterCategoryConfig */ 0,
        /* [238] GuardrailChecksContentFilterConfig */ 0,
        /* [239] GuardrailChecksContentFilterResult */ 0,
        /* [240] GuardrailChecksContentFilterResultEntry */ 0, 1,
        /* [242] GuardrailChecksContentFilterUsage */ 0,
        /* [243] GuardrailChecksMessage */ 1, 0,
        /* [245] GuardrailChecksPromptAttackCategoryConfig */ 0,
        /* [246] GuardrailChecksPromptAttackConfig */ 0,
        /* [247] GuardrailChecksPromptAttackResult */ 0,
        /* [248] GuardrailChecksPromptAttackResultEntry */ 0, 1,
        /* [250] GuardrailChecksPromptAttackUsage */ 0,
        /* [251] GuardrailChecksResults */ 0, 1, 2,
        /* [254] GuardrailChecksSensitiveInformationConfig */ 0,
        /* [255] GuardrailChecksSensitiveInformationEntityConfig */ 0,
        /* [256] GuardrailChecksSensitiveInformationResult */ 0, 1,
        /* [258] GuardrailChecksSensitiveInformationResultEntry */ 2, 1, 5, 3, 4, 0,
        /* [264] GuardrailChecksSensitiveInformationUsage */ 0,
        /* [265] GuardrailChecksUsageResults */ 0, 1, 2,
        /* [268] GuardrailConfiguration */ 0, 1, 2,
        /* [271] GuardrailContentBlock */ 1, 0,
        /* [273] GuardrailContentFilter */ 3, 1, 4, 2, 0,
        /* [278] GuardrailContentPolicyAssessment */ 0,
        /* [279] GuardrailContextualGroundingFilter */ 3, 4, 2, 1, 0,
        /* [284] GuardrailContextualGroundingPolicyAssessment */ 0,
        /* [285] GuardrailConverseContentBlock */ 1, 0,
        /* [287] GuardrailConverseImageBlock */ 0, 1,
        /* [289] GuardrailConverseImageSource */ 0,
        /* [290] GuardrailConverseTextBlock */ 1, 0,
        /* [292] GuardrailCoverage */ 1, 0,
        /* [294] GuardrailCustomWord */ 1, 2, 0,
        /* [297] GuardrailImageBlock */ 0, 1,
        /* [299] GuardrailImageCoverage */ 0, 1,
        /* [301] GuardrailImageSource */ 0,
        /* [302] GuardrailInvocationMetrics */ 2, 0, 1,
        /* [305] GuardrailManagedWord */ 2, 3, 0, 1,
        /* [309] GuardrailOutputContent */ 0,
        /* [310] GuardrailPiiEntityFilter */ 2, 3, 0, 1,
        /* [314] GuardrailRegexFilter */ 3, 4, 1, 0, 2,
        /* [319] GuardrailSensitiveInformationPolicyAssessment */ 0, 1,
        /* [321] GuardrailStreamConfiguration */ 0, 1, 3, 2,
        /* [325] GuardrailTextBlock */ 1, 0,
        /* [327] GuardrailTextCharactersCoverage */ 0, 1,
        /* [329] GuardrailTopic */ 2, 3, 0, 1,
        /* [333] GuardrailTopicPolicyAssessment */ 0,
        /* [334] GuardrailTraceAssessment */ 3, 1, 0, 2,
        /* [338] GuardrailUsage */ 8, 7, 6, 1, 5, 4, 3, 0, 2,
        /* [347] GuardrailWordPolicyAssessment */ 0, 1,
        /* [349] ImageBlock */ 2, 0, 1,
        /* [352] ImageBlockDelta */ 1, 0,
        /* [354] ImageBlockStart */ 0,
        /* [355] ImageSource */ 0, 1,
        /* [357] InferenceConfiguration */ 0, 3, 1, 2,
        /* [361] InternalServerException */ 0,
        /* [362] InvokeGuardrailChecksRequest */ 1, 0,
        /* [364] InvokeGuardrailChecksResponse */ 0, 1,
        /* [366] InvokeModelRequest */ 2, 1, 5, 6, 7, 9, 8, 4, 0, 3,
        /* [376] InvokeModelResponse */ 1, 2, 3, 0,
        /* [380] InvokeModelTokensRequest */ 0,
        /* [381] InvokeModelWithBidirectionalStreamInput */ 0,
        /* [382] InvokeModelWithBidirectionalStreamOutput */ 0, 1, 2, 5, 6, 4, 3,
        /* [389] InvokeModelWithBidirectionalStreamRequest */ 1, 0,
        /* [391] InvokeModelWithBidirectionalStreamResponse */ 0,
        /* [392] InvokeModelWithResponseStreamRequest */ 1, 2, 5, 6, 7, 9, 8, 4, 0, 3,
        /* [402] InvokeModelWithResponseStreamResponse */ 1, 2, 3, 0,
        /* [406] JsonSchemaDefinition */ 2, 1, 0,
        /* [409] ListAsyncInvokesRequest */ 3, 4, 5, 6, 2, 0, 1,
        /* [416] ListAsyncInvokesResponse */ 1, 0,
        /* [418] Message */ 1, 0,
        /* [420] MessageStartEvent */ 0,
        /* [421] MessageStopEvent */ 1, 0,
        /* [423] ModelErrorException */ 0, 1, 2,
        /* [426] ModelNotReadyException */ 0,
        /* [427] ModelStreamErrorException */ 0, 2, 1,
        /* [430] ModelTimeoutException */ 0,
        /* [431] OutputConfig */ 1, 0,
        /* [433] OutputFormat */ 1, 0,
        /* [435] OutputFormatStructure */ 0,
        /* [436] PayloadPart */ 0,
        /* [437] PerformanceConfiguration */ 0,
        /* [438] PromptRouterTrace */ 0,
        /* [439] PromptVariableValues */ 0,
        /* [440] ReasoningContentBlock */ 0, 1,
        /* [442] ReasoningContentBlockDelta */ 1, 2, 0,
        /* [445] ReasoningTextBlock */ 1, 0,
        /* [447] ResourceNotFoundException */ 0,
        /* [448] ResponseStream */ 0, 1, 2, 5, 6, 4, 3,
        /* [455] S3Location */ 1, 0,
        /* [457] SearchResultBlock */ 3, 2, 0, 1,
        /* [461] SearchResultContentBlock */ 0,
        /* [462] SearchResultLocation */ 2, 0, 1,
        /* [465] ServiceQuotaExceededException */ 0,
        /* [466] ServiceTier */ 0,
        /* [467] ServiceUnavailableException */ 0,
        /* [468] SpecificToolChoice */ 0,
        /* [469] StartAsyncInvokeRequest */ 0, 1, 2, 3, 4,
        /* [474] StartAsyncInvokeResponse */ 0,
        /* [475] SystemContentBlock */ 2, 1, 0,
        /* [478] SystemTool */ 0,
        /* [479] Tag */ 0, 1,
        /* [481] ThrottlingException */ 0,
        /* [482] TokenUsage */ 5, 3, 4, 0, 1, 2,
        /* [488] Tool */ 2, 1, 0,
        /* [491] ToolAdditionBlock */ 0,
        /* [492] ToolChoice */ 1, 0, 2,
        /* [495] ToolConfiguration */ 1, 0,
        /* [497] ToolInputSchema */ 0,
        /* [498] ToolReference */ 1, 2, 0,
        /* [501] ToolRemovalBlock */ 0,
        /* [502] ToolResultBlock */ 1, 2, 0, 3,
        /* [506] ToolResultBlockDelta */ 1, 0,
        /* [508] ToolResultBlockStart */ 2, 0, 1,
        /* [511] ToolResultContentBlock */ 3, 2, 0, 5, 1, 4,
        /* [517] ToolSpecification */ 1, 2, 0, 3,
        /* [521] ToolUseBlock */ 2, 1, 0, 3,
        /* [525] ToolUseBlockDelta */ 0,
        /* [526] ToolUseBlockStart */ 1, 0, 2,
        /* [529] ValidationException */ 0,
        /* [530] VideoBlock */ 0, 1,
        /* [532] VideoSource */ 0, 1,
        /* [534] WebLocation */ 1, 0,
    },
    .ranges = {
        {true, true, 1, 2048}, /* AsyncInvokeArn */
        {true, true, 1, 256}, /* AsyncInvokeIdempotencyToken */
        {true, true, 1, 256}, /* AsyncInvokeIdentifier */
        {true, true, 0, 2048}, /* AsyncInvokeMessage */
        {true, false, 1, 0}, /* AudioSourceBytesBlob */
        {true, true, 0, 12}, /* AutomatedReasoningRuleIdentifier */
        {true, true, 0, 25000000}, /* Body */
        {true, false, 0, 0}, /* CacheDetailInputTokensInteger */
        {true, true, 1, 2048}, /* ConversationalModelId */
        {true, true, 0, 10}, /* ConverseRequestAdditionalModelResponseFieldPathsList */
        {true, true, 1, 256}, /* ConverseRequestAdditionalModelResponseFieldPathsListMemberString */
        {true, true, 0, 10}, /* ConverseStreamRequestAdditionalModelResponseFieldPathsList */
        {true, true, 1, 256}, /* ConverseStreamRequestAdditionalModelResponseFieldPathsListMemberString */
        {true, true, 1, 200}, /* DocumentBlockNameString */
        {true, false, 0, 0}, /* DocumentCharLocationDocumentIndexInteger */
        {true, false, 0, 0}, /* DocumentCharLocationEndInteger */
        {true, false, 0, 0}, /* DocumentCharLocationStartInteger */
        {true, false, 0, 0}, /* DocumentChunkLocationDocumentIndexInteger */
        {true, false, 0, 0}, /* DocumentChunkLocationEndInteger */
        {true, false, 0, 0}, /* DocumentChunkLocationStartInteger */
        {true, false, 0, 0}, /* DocumentPageLocationDocumentIndexInteger */
        {true, false, 0, 0}, /* DocumentPageLocationEndInteger */
        {true, false, 0, 0}, /* DocumentPageLocationStartInteger */
        {true, false, 1, 0}, /* DocumentSourceBytesBlob */
        {true, true, 1, 256}, /* FoundationModelVersionIdentifier */
        {true, true, 0, 2048}, /* GuardrailArn */
        {true, true, 0, 2}, /* GuardrailAutomatedReasoningDifferenceScenarioList */
        {true, true, 0, 2048}, /* GuardrailAutomatedReasoningPolicyVersionArn */
        {true, true, 0, 1000}, /* GuardrailAutomatedReasoningStatementLogicContent */
        {true, true, 0, 1000}, /* GuardrailAutomatedReasoningStatementNaturalLanguageContent */
        {true, true, 0, 1}, /* GuardrailAutomatedReasoningTranslationConfidence */
        {true, true, 0, 2}, /* GuardrailAutomatedReasoningTranslationOptionList */
        {true, false, 1, 0}, /* GuardrailChecksContentBlockList */
        {true, true, 1, 5}, /* GuardrailChecksContentFilterCategoryConfigList */
        {true, true, 0.0, 1.0}, /* GuardrailChecksContentFilterResultEntrySeverityScoreDouble */
        {true, false, 1, 0}, /* GuardrailChecksMessageList */
        {true, true, 1, 3}, /* GuardrailChecksPromptAttackCategoryConfigList */
        {true, true, 0.0, 1.0}, /* GuardrailChecksPromptAttackResultEntrySeverityScoreDouble */
        {true, true, 1, 31}, /* GuardrailChecksSensitiveInformationEntityConfigList */
        {true, false, 0, 0}, /* GuardrailChecksSensitiveInformationResultEntryBeginOffsetInteger */
        {true, true, 0.0, 1.0}, /* GuardrailChecksSensitiveInformationResultEntryConfidenceScoreDouble */
        {true, false, 0, 0}, /* GuardrailChecksSensitiveInformationResultEntryContentIndexInteger */
        {true, false, 0, 0}, /* GuardrailChecksSensitiveInformationResultEntryEndOffsetInteger */
        {true, false, 0, 0}, /* GuardrailChecksSensitiveInformationResultEntryMessageIndexInteger */
        {true, false, 1, 0}, /* GuardrailChecksTextContent */
        {true, true, 0, 1}, /* GuardrailContextualGroundingFilterScoreDouble */
        {true, true, 0, 1}, /* GuardrailContextualGroundingFilterThresholdDouble */
        {true, false, 1, 0}, /* GuardrailConverseImageSourceBytesBlob */
        {true, true, 0, 2048}, /* GuardrailId */
        {true, true, 0, 2048}, /* GuardrailIdentifier */
        {true, false, 1, 0}, /* GuardrailImageSourceBytesBlob */
        {true, false, 1, 0}, /* ImageSourceBytesBlob */
        {true, false, 1, 0}, /* InferenceConfigurationMaxTokensInteger */
        {true, true, 0, 2500}, /* InferenceConfigurationStopSequencesList */
        {true, true, 0, 1}, /* InferenceConfigurationTemperatureFloat */
        {true, true, 0, 1}, /* InferenceConfigurationTopPFloat */
        {true, true, 1, 2048}, /* InvocationArn */
        {true, true, 1, 2048}, /* InvokeModelIdentifier */
        {true, true, 1, 2048}, /* KmsKeyId */
        {true, true, 1, 1000}, /* MaxResults */
        {true, false, 1, 0}, /* NonEmptyString */
        {true, false, 0, 0}, /* NonNegativeInteger */
        {true, true, 0, 16}, /* OutputConfigEffortString */
        {true, true, 1, 2048}, /* PaginationToken */
        {true, true, 0, 1000000}, /* PartBody */
        {true, true, 1, 16}, /* RequestMetadata */
        {true, true, 0, 8500}, /* RequestMetadataJson */
        {true, true, 1, 256}, /* RequestMetadataKeyString */
        {true, true, 0, 256}, /* RequestMetadataValueString */
        {true, true, 1, 1024}, /* S3Uri */
        {true, false, 0, 0}, /* SearchResultLocationEndInteger */
        {true, false, 0, 0}, /* SearchResultLocationSearchResultIndexInteger */
        {true, false, 0, 0}, /* SearchResultLocationStartInteger */
        {true, true, 100, 599}, /* StatusCode */
        {true, true, 1, 128}, /* TagKey */
        {true, true, 0, 200}, /* TagList */
        {true, true, 0, 256}, /* TagValue */
        {true, false, 0, 0}, /* TokenUsageCacheReadInputTokensInteger */
        {true, false, 0, 0}, /* TokenUsageCacheWriteInputTokensInteger */
        {true, false, 0, 0}, /* TokenUsageInputTokensInteger */
        {true, false, 0, 0}, /* TokenUsageOutputTokensInteger */
        {true, false, 0, 0}, /* TokenUsageTotalTokensInteger */
        {true, false, 1, 0}, /* ToolConfigurationToolsList */
        {true, true, 1, 64}, /* ToolName */
        {true, true, 1, 128}, /* ToolReferenceNameString */
        {true, true, 1, 128}, /* ToolReferenceServerNameString */
        {true, true, 1, 64}, /* ToolReferenceTypeString */
        {true, true, 1, 64}, /* ToolUseId */
        {true, false, 1, 0}, /* VideoSourceBytesBlob */
    },
    .strings =
        /*      0 */ "AccessDeniedException\0"
        /*     22 */ "message\0"
        /*     30 */ "guardrailId\0"
        /*     42 */ "guardrailVersion\0"
        /*     59 */ "guardrailArn\0"
        /*     72 */ "guardrailOrigin\0"
        /*     88 */ "guardrailOwnership\0"
        /*    107 */ "guardrailIdentifier\0"
        /*    127 */ "source\0"
        /*    134 */ "content\0"
        /*    142 */ "outputScope\0"
        /*    154 */ "usage\0"
        /*    160 */ "action\0"
        /*    167 */ "actionReason\0"
        /*    180 */ "outputs\0"
        /*    188 */ "assessments\0"
        /*    200 */ "guardrailCoverage\0"
        /*    218 */ "s3OutputDataConfig\0"
        /*    237 */ "s3Uri\0"
        /*    243 */ "kmsKeyId\0"
        /*    252 */ "bucketOwner\0"
        /*    264 */ "InProgress\0" "Completed\0" "Failed\0"
        /*    292 */ "invocationArn\0"
        /*    306 */ "modelArn\0"
        /*    315 */ "clientRequestToken\0"
        /*    334 */ "status\0"
        /*    341 */ "failureMessage\0"
        /*    356 */ "submitTime\0"
        /*    367 */ "lastModifiedTime\0"
        /*    384 */ "endTime\0"
        /*    392 */ "outputDataConfig\0"
        /*    409 */ "format\0"
        /*    416 */ "error\0"
        /*    422 */ "mp3\0" "opus\0" "wav\0" "aac\0" "flac\0" "mp4\0" "ogg\0" "mkv\0" "mka\0" "x-aac\0" "m4a\0" "mpeg\0" "mpga\0" "pcm\0" "webm\0"
        /*    489 */ "bytes\0"
        /*    495 */ "s3Location\0"
        /*    506 */ "ttl\0"
        /*    510 */ "inputTokens\0"
        /*    522 */ "type\0"
        /*    527 */ "default\0"
        /*    535 */ "5m\0" "1h\0"
        /*    541 */ "title\0"
        /*    547 */ "sourceContent\0"
        /*    561 */ "location\0"
        /*    570 */ "text\0"
        /*    575 */ "web\0"
        /*    579 */ "documentChar\0"
        /*    592 */ "documentPage\0"
        /*    605 */ "documentChunk\0"
        /*    619 */ "searchResultLocation\0"
        /*    640 */ "enabled\0"
        /*    648 */ "citations\0"
        /*    658 */ "ConflictException\0"
        /*    676 */ "image\0"
        /*    682 */ "document\0"
        /*    691 */ "video\0"
        /*    697 */ "audio\0"
        /*    703 */ "toolUse\0"
        /*    711 */ "toolResult\0"
        /*    722 */ "guardContent\0"
        /*    735 */ "cachePoint\0"
        /*    746 */ "reasoningContent\0"
        /*    763 */ "citationsContent\0"
        /*    780 */ "searchResult\0"
        /*    793 */ "toolAddition\0"
        /*    806 */ "toolRemoval\0"
        /*    818 */ "citation\0"
        /*    827 */ "delta\0"
        /*    833 */ "contentBlockIndex\0"
        /*    851 */ "start\0"
        /*    857 */ "user\0" "assistant\0" "system\0"
        /*    879 */ "latencyMs\0"
        /*    889 */ "modelId\0"
        /*    897 */ "messages\0"
        /*    906 */ "system\0"
        /*    913 */ "inferenceConfig\0"
        /*    929 */ "toolConfig\0"
        /*    940 */ "guardrailConfig\0"
        /*    956 */ "additionalModelRequestFields\0"
        /*    985 */ "promptVariables\0"
        /*   1001 */ "additionalModelResponseFieldPaths\0"
        /*   1035 */ "requestMetadata\0"
        /*   1051 */ "performanceConfig\0"
        /*   1069 */ "serviceTier\0"
        /*   1081 */ "outputConfig\0"
        /*   1094 */ "output\0"
        /*   1101 */ "stopReason\0"
        /*   1112 */ "metrics\0"
        /*   1120 */ "additionalModelResponseFields\0"
        /*   1150 */ "trace\0"
        /*   1156 */ "messageStart\0"
        /*   1169 */ "contentBlockStart\0"
        /*   1187 */ "contentBlockDelta\0"
        /*   1205 */ "contentBlockStop\0"
        /*   1222 */ "messageStop\0"
        /*   1234 */ "metadata\0"
        /*   1243 */ "internalServerException\0"
        /*   1267 */ "modelStreamErrorException\0"
        /*   1293 */ "validationException\0"
        /*   1313 */ "throttlingException\0"
        /*   1333 */ "serviceUnavailableException\0"
        /*   1361 */ "stream\0"
        /*   1368 */ "guardrail\0"
        /*   1378 */ "promptRouter\0"
        /*   1391 */ "invokeModel\0"
        /*   1403 */ "converse\0"
        /*   1412 */ "input\0"
        /*   1418 */ "name\0"
        /*   1423 */ "context\0"
        /*   1431 */ "documentIndex\0"
        /*   1445 */ "end\0"
        /*   1449 */ "pdf\0" "csv\0" "doc\0" "docx\0" "xls\0" "xlsx\0" "html\0" "txt\0" "md\0"
        /*   1487 */ "NONE\0" "GUARDRAIL_INTERVENED\0"
        /*   1513 */ "topicPolicy\0"
        /*   1525 */ "contentPolicy\0"
        /*   1539 */ "wordPolicy\0"
        /*   1550 */ "sensitiveInformationPolicy\0"
        /*   1577 */ "contextualGroundingPolicy\0"
        /*   1603 */ "automatedReasoningPolicy\0"
        /*   1628 */ "invocationMetrics\0"
        /*   1646 */ "appliedGuardrailDetails\0"
        /*   1670 */ "valid\0"
        /*   1676 */ "invalid\0"
        /*   1684 */ "satisfiable\0"
        /*   1696 */ "impossible\0"
        /*   1707 */ "translationAmbiguous\0"
        /*   1728 */ "tooComplex\0"
        /*   1739 */ "noTranslations\0"
        /*   1754 */ "translation\0"
        /*   1766 */ "contradictingRules\0"
        /*   1785 */ "logicWarning\0"
        /*   1798 */ "premises\0"
        /*   1807 */ "claims\0"
        /*   1814 */ "ALWAYS_FALSE\0" "ALWAYS_TRUE\0"
        /*   1839 */ "findings\0"
        /*   1848 */ "identifier\0"
        /*   1859 */ "policyVersionArn\0"
        /*   1876 */ "claimsTrueScenario\0"
        /*   1895 */ "claimsFalseScenario\0"
        /*   1915 */ "statements\0"
        /*   1926 */ "logic\0"
        /*   1932 */ "naturalLanguage\0"
        /*   1948 */ "untranslatedPremises\0"
        /*   1969 */ "untranslatedClaims\0"
        /*   1988 */ "confidence\0"
        /*   1999 */ "options\0"
        /*   2007 */ "differenceScenarios\0"
        /*   2027 */ "translations\0"
        /*   2040 */ "supportingRules\0"
        /*   2056 */ "contentFilter\0"
        /*   2070 */ "promptAttack\0"
        /*   2083 */ "sensitiveInformation\0"
        /*   2104 */ "VIOLENCE\0" "HATE\0" "SEXUAL\0" "MISCONDUCT\0" "INSULTS\0"
        /*   2144 */ "category\0"
        /*   2153 */ "categories\0"
        /*   2164 */ "results\0"
        /*   2172 */ "severityScore\0"
        /*   2186 */ "textUnits\0"
        /*   2196 */ "role\0"
        /*   2201 */ "JAILBREAK\0" "PROMPT_INJECTION\0" "PROMPT_LEAKAGE\0"
        /*   2243 */ "entities\0"
        /*   2252 */ "ADDRESS\0" "AGE\0" "AWS_ACCESS_KEY\0" "AWS_SECRET_KEY\0" "CA_HEALTH_NUMBER\0" "CA_SOCIAL_INSURANCE_NUMBER\0" "CREDIT_DEBIT_CARD_CVV\0" "CREDIT_DEBIT_CARD_EXPIRY\0" "CREDIT_DEBIT_CARD_NUMBER\0" "DRIVER_ID\0" "EMAIL\0" "INTERNATIONAL_BANK_ACCOUNT_NUMBER\0" "IP_ADDRESS\0" "LICENSE_PLATE\0" "MAC_ADDRESS\0" "NAME\0" "PASSWORD\0" "PHONE\0" "PIN\0" "SWIFT_CODE\0" "UK_NATIONAL_HEALTH_SERVICE_NUMBER\0" "UK_NATIONAL_INSURANCE_NUMBER\0" "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER\0" "URL\0" "USERNAME\0" "US_BANK_ACCOUNT_NUMBER\0" "US_BANK_ROUTING_NUMBER\0" "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER\0" "US_PASSPORT_NUMBER\0" "US_SOCIAL_SECURITY_NUMBER\0" "VEHICLE_IDENTIFICATION_NUMBER\0"
        /*   2805 */ "truncated\0"
        /*   2815 */ "confidenceScore\0"
        /*   2831 */ "beginOffset\0"
        /*   2843 */ "endOffset\0"
        /*   2853 */ "messageIndex\0"
        /*   2866 */ "contentIndex\0"
        /*   2879 */ "filterStrength\0"
        /*   2894 */ "detected\0"
        /*   2903 */ "NONE\0" "LOW\0" "MEDIUM\0" "HIGH\0"
        /*   2924 */ "INSULTS\0" "HATE\0" "SEXUAL\0" "VIOLENCE\0" "MISCONDUCT\0" "PROMPT_ATTACK\0"
        /*   2978 */ "BLOCKED\0" "NONE\0"
        /*   2991 */ "filters\0"
        /*   2999 */ "grounding_source\0" "query\0" "guard_content\0"
        /*   3036 */ "INPUT\0" "OUTPUT\0"
        /*   3049 */ "threshold\0"
        /*   3059 */ "score\0"
        /*   3065 */ "GROUNDING\0" "RELEVANCE\0"
        /*   3085 */ "png\0" "jpeg\0"
        /*   3094 */ "qualifiers\0"
        /*   3105 */ "textCharacters\0"
        /*   3120 */ "images\0"
        /*   3127 */ "match\0"
        /*   3133 */ "guarded\0"
        /*   3141 */ "total\0"
        /*   3147 */ "guardrailProcessingLatency\0"
        /*   3174 */ "PROFANITY\0"
        /*   3184 */ "REQUEST\0" "ACCOUNT_ENFORCED\0" "ORGANIZATION_ENFORCED\0"
        /*   3231 */ "INTERVENTIONS\0" "FULL\0"
        /*   3250 */ "SELF\0" "CROSS_ACCOUNT\0"
        /*   3269 */ "regex\0"
        /*   3275 */ "ANONYMIZED\0" "BLOCKED\0" "NONE\0"
        /*   3299 */ "piiEntities\0"
        /*   3311 */ "regexes\0"
        /*   3319 */ "streamProcessingMode\0"
        /*   3340 */ "sync\0" "async\0"
        /*   3351 */ "topics\0"
        /*   3358 */ "DENY\0"
        /*   3363 */ "enabled\0" "disabled\0" "enabled_full\0"
        /*   3393 */ "modelOutput\0"
        /*   3405 */ "inputAssessment\0"
        /*   3421 */ "outputAssessments\0"
        /*   3439 */ "topicPolicyUnits\0"
        /*   3456 */ "contentPolicyUnits\0"
        /*   3475 */ "wordPolicyUnits\0"
        /*   3491 */ "sensitiveInformationPolicyUnits\0"
        /*   3523 */ "sensitiveInformationPolicyFreeUnits\0"
        /*   3559 */ "contextualGroundingPolicyUnits\0"
        /*   3590 */ "contentPolicyImageUnits\0"
        /*   3614 */ "automatedReasoningPolicyUnits\0"
        /*   3644 */ "automatedReasoningPolicies\0"
        /*   3671 */ "customWords\0"
        /*   3683 */ "managedWordLists\0"
        /*   3700 */ "png\0" "jpeg\0" "gif\0" "webp\0"
        /*   3718 */ "maxTokens\0"
        /*   3728 */ "temperature\0"
        /*   3740 */ "topP\0"
        /*   3745 */ "stopSequences\0"
        /*   3759 */ "InternalServerException\0"
        /*   3783 */ "checks\0"
        /*   3790 */ "body\0"
        /*   3795 */ "contentType\0" "Content-Type\0"
        /*   3820 */ "accept\0" "Accept\0"
        /*   3834 */ "trace\0" "X-Amzn-Bedrock-Trace\0"
        /*   3861 */ "guardrailIdentifier\0" "X-Amzn-Bedrock-GuardrailIdentifier\0"
        /*   3916 */ "guardrailVersion\0" "X-Amzn-Bedrock-GuardrailVersion\0"
        /*   3965 */ "performanceConfigLatency\0" "X-Amzn-Bedrock-PerformanceConfig-Latency\0"
        /*   4031 */ "serviceTier\0" "X-Amzn-Bedrock-Service-Tier\0"
        /*   4071 */ "requestMetadata\0" "X-Amzn-Bedrock-Request-Metadata\0"
        /*   4119 */ "chunk\0"
        /*   4125 */ "modelTimeoutException\0"
        /*   4147 */ "accept\0" "X-Amzn-Bedrock-Accept\0"
        /*   4176 */ "contentType\0" "X-Amzn-Bedrock-Content-Type\0"
        /*   4216 */ "schema\0"
        /*   4223 */ "description\0"
        /*   4235 */ "submitTimeAfter\0"
        /*   4251 */ "submitTimeBefore\0"
        /*   4268 */ "statusEquals\0"
        /*   4281 */ "maxResults\0"
        /*   4292 */ "nextToken\0"
        /*   4302 */ "sortBy\0"
        /*   4309 */ "sortOrder\0"
        /*   4319 */ "asyncInvokeSummaries\0"
        /*   4340 */ "ModelErrorException\0"
        /*   4360 */ "originalStatusCode\0"
        /*   4379 */ "resourceName\0"
        /*   4392 */ "ModelNotReadyException\0"
        /*   4415 */ "ModelStreamErrorException\0"
        /*   4441 */ "originalMessage\0"
        /*   4457 */ "ModelTimeoutException\0"
        /*   4479 */ "textFormat\0"
        /*   4490 */ "effort\0"
        /*   4497 */ "structure\0"
        /*   4507 */ "jsonSchema\0"
        /*   4518 */ "json_schema\0"
        /*   4530 */ "standard\0" "optimized\0"
        /*   4549 */ "latency\0"
        /*   4557 */ "invokedModelId\0"
        /*   4572 */ "reasoningText\0"
        /*   4586 */ "redactedContent\0"
        /*   4602 */ "signature\0"
        /*   4612 */ "ResourceNotFoundException\0"
        /*   4638 */ "uri\0"
        /*   4642 */ "searchResultIndex\0"
        /*   4660 */ "ServiceQuotaExceededException\0"
        /*   4690 */ "priority\0" "default\0" "flex\0" "reserved\0"
        /*   4721 */ "ServiceUnavailableException\0"
        /*   4749 */ "SubmissionTime\0"
        /*   4764 */ "Ascending\0" "Descending\0"
        /*   4785 */ "modelInput\0"
        /*   4796 */ "tags\0"
        /*   4801 */ "end_turn\0" "tool_use\0" "max_tokens\0" "stop_sequence\0" "guardrail_intervened\0" "content_filtered\0" "malformed_model_output\0" "malformed_tool_use\0" "model_context_window_exceeded\0"
        /*   4954 */ "key\0"
        /*   4958 */ "value\0"
        /*   4964 */ "ThrottlingException\0"
        /*   4984 */ "outputTokens\0"
        /*   4997 */ "totalTokens\0"
        /*   5009 */ "cacheReadInputTokens\0"
        /*   5030 */ "cacheWriteInputTokens\0"
        /*   5052 */ "cacheDetails\0"
        /*   5065 */ "toolSpec\0"
        /*   5074 */ "systemTool\0"
        /*   5085 */ "tool\0"
        /*   5090 */ "auto\0"
        /*   5095 */ "any\0"
        /*   5099 */ "tools\0"
        /*   5105 */ "toolChoice\0"
        /*   5116 */ "json\0"
        /*   5121 */ "serverName\0"
        /*   5132 */ "toolUseId\0"
        /*   5142 */ "success\0" "error\0"
        /*   5156 */ "inputSchema\0"
        /*   5168 */ "strict\0"
        /*   5175 */ "server_tool_use\0"
        /*   5191 */ "ENABLED\0" "DISABLED\0" "ENABLED_FULL\0"
        /*   5221 */ "ValidationException\0"
        /*   5241 */ "mkv\0" "mov\0" "mp4\0" "webm\0" "flv\0" "mpeg\0" "mpg\0" "wmv\0" "three_gp\0"
        /*   5284 */ "url\0"
        /*   5288 */ "domain\0"
        /*   5295 */ "ApplyGuardrail\0"
        /*   5310 */ "POST\0"
        /*   5315 */ "/guardrail/{guardrailIdentifier}/version/{guardrailVersion}/apply\0"
        /*   5381 */ "Converse\0"
        /*   5390 */ "/model/{modelId}/converse\0"
        /*   5416 */ "ConverseStream\0"
        /*   5431 */ "/model/{modelId}/converse-stream\0"
        /*   5464 */ "CountTokens\0"
        /*   5476 */ "/model/{modelId}/count-tokens\0"
        /*   5506 */ "GetAsyncInvoke\0"
        /*   5521 */ "GET\0"
        /*   5525 */ "/async-invoke/{invocationArn}\0"
        /*   5555 */ "InvokeGuardrailChecks\0"
        /*   5577 */ "/guardrail-checks/invoke\0"
        /*   5602 */ "InvokeModel\0"
        /*   5614 */ "/model/{modelId}/invoke\0"
        /*   5638 */ "InvokeModelWithBidirectionalStream\0"
        /*   5673 */ "/model/{modelId}/invoke-with-bidirectional-stream\0"
        /*   5723 */ "InvokeModelWithResponseStream\0"
        /*   5753 */ "/model/{modelId}/invoke-with-response-stream\0"
        /*   5798 */ "ListAsyncInvokes\0"
        /*   5815 */ "/async-invoke\0"
        /*   5829 */ "StartAsyncInvoke\0"
        /*   5846 */ "bedrock-runtime\0"
        /*   5862 */ "Bedrock Runtime\0"
        /*   5878 */ "Amazon Bedrock Runtime\0"
        /*   5901 */ "2023-09-30\0"
        /*   5912 */ "bedrock\0"
        /*   5920 */ "BEDROCK_RUNTIME",
#if AWSC_WITH_SHAPE_NAMES
    .shape_names =
        /*      0 */ "AccountId\0"
        /*     10 */ "AnyToolChoice\0"
        /*     24 */ "AppliedGuardrailDetails\0"
        /*     48 */ "ApplyGuardrailRequest\0"
        /*     70 */ "ApplyGuardrailResponse\0"
        /*     93 */ "AsyncInvokeArn\0"
        /*    108 */ "AsyncInvokeIdempotencyToken\0"
        /*    136 */ "AsyncInvokeIdentifier\0"
        /*    158 */ "AsyncInvokeMessage\0"
        /*    177 */ "AsyncInvokeOutputDataConfig\0"
        /*    205 */ "AsyncInvokeS3OutputDataConfig\0"
        /*    235 */ "AsyncInvokeStatus\0"
        /*    253 */ "AsyncInvokeSummaries\0"
        /*    274 */ "AsyncInvokeSummary\0"
        /*    293 */ "AudioBlock\0"
        /*    304 */ "AudioFormat\0"
        /*    316 */ "AudioSource\0"
        /*    328 */ "AudioSourceBytesBlob\0"
        /*    349 */ "AutoToolChoice\0"
        /*    364 */ "AutomatedReasoningRuleIdentifier\0"
        /*    397 */ "BidirectionalInputPayloadPart\0"
        /*    427 */ "BidirectionalOutputPayloadPart\0"
        /*    458 */ "Blob\0"
        /*    463 */ "Body\0"
        /*    468 */ "Boolean\0"
        /*    476 */ "CacheDetail\0"
        /*    488 */ "CacheDetailInputTokensInteger\0"
        /*    518 */ "CacheDetailsList\0"
        /*    535 */ "CachePointBlock\0"
        /*    551 */ "CachePointType\0"
        /*    566 */ "CacheTTL\0"
        /*    575 */ "Citation\0"
        /*    584 */ "CitationGeneratedContent\0"
        /*    609 */ "CitationGeneratedContentList\0"
        /*    638 */ "CitationLocation\0"
        /*    655 */ "CitationSourceContent\0"
        /*    677 */ "CitationSourceContentDelta\0"
        /*    704 */ "CitationSourceContentList\0"
        /*    730 */ "CitationSourceContentListDelta\0"
        /*    761 */ "Citations\0"
        /*    771 */ "CitationsConfig\0"
        /*    787 */ "CitationsContentBlock\0"
        /*    809 */ "CitationsDelta\0"
        /*    824 */ "ContentBlock\0"
        /*    837 */ "ContentBlockDelta\0"
        /*    855 */ "ContentBlockDeltaEvent\0"
        /*    878 */ "ContentBlockStart\0"
        /*    896 */ "ContentBlockStartEvent\0"
        /*    919 */ "ContentBlockStopEvent\0"
        /*    941 */ "ContentBlocks\0"
        /*    955 */ "ConversationRole\0"
        /*    972 */ "ConversationalModelId\0"
        /*    994 */ "ConverseMetrics\0"
        /*   1010 */ "ConverseOutput\0"
        /*   1025 */ "ConverseRequest\0"
        /*   1041 */ "ConverseRequestAdditionalModelResponseFieldPathsList\0"
        /*   1094 */ "ConverseRequestAdditionalModelResponseFieldPathsListMemberString\0"
        /*   1159 */ "ConverseResponse\0"
        /*   1176 */ "ConverseStreamMetadataEvent\0"
        /*   1204 */ "ConverseStreamMetrics\0"
        /*   1226 */ "ConverseStreamOutput\0"
        /*   1247 */ "ConverseStreamRequest\0"
        /*   1269 */ "ConverseStreamRequestAdditionalModelResponseFieldPathsList\0"
        /*   1328 */ "ConverseStreamRequestAdditionalModelResponseFieldPathsListMemberString\0"
        /*   1399 */ "ConverseStreamResponse\0"
        /*   1422 */ "ConverseStreamTrace\0"
        /*   1442 */ "ConverseTokensRequest\0"
        /*   1464 */ "ConverseTrace\0"
        /*   1478 */ "CountTokensInput\0"
        /*   1495 */ "CountTokensRequest\0"
        /*   1514 */ "CountTokensResponse\0"
        /*   1534 */ "Document\0"
        /*   1543 */ "DocumentBlock\0"
        /*   1557 */ "DocumentBlockNameString\0"
        /*   1581 */ "DocumentCharLocation\0"
        /*   1602 */ "DocumentCharLocationDocumentIndexInteger\0"
        /*   1643 */ "DocumentCharLocationEndInteger\0"
        /*   1674 */ "DocumentCharLocationStartInteger\0"
        /*   1707 */ "DocumentChunkLocation\0"
        /*   1729 */ "DocumentChunkLocationDocumentIndexInteger\0"
        /*   1771 */ "DocumentChunkLocationEndInteger\0"
        /*   1803 */ "DocumentChunkLocationStartInteger\0"
        /*   1837 */ "DocumentContentBlock\0"
        /*   1858 */ "DocumentContentBlocks\0"
        /*   1880 */ "DocumentFormat\0"
        /*   1895 */ "DocumentPageLocation\0"
        /*   1916 */ "DocumentPageLocationDocumentIndexInteger\0"
        /*   1957 */ "DocumentPageLocationEndInteger\0"
        /*   1988 */ "DocumentPageLocationStartInteger\0"
        /*   2021 */ "DocumentSource\0"
        /*   2036 */ "DocumentSourceBytesBlob\0"
        /*   2060 */ "ErrorBlock\0"
        /*   2071 */ "FoundationModelVersionIdentifier\0"
        /*   2104 */ "GetAsyncInvokeRequest\0"
        /*   2126 */ "GetAsyncInvokeResponse\0"
        /*   2149 */ "GuardrailAction\0"
        /*   2165 */ "GuardrailArn\0"
        /*   2178 */ "GuardrailAssessment\0"
        /*   2198 */ "GuardrailAssessmentList\0"
        /*   2222 */ "GuardrailAssessmentListMap\0"
        /*   2249 */ "GuardrailAssessmentMap\0"
        /*   2272 */ "GuardrailAutomatedReasoningDifferenceScenarioList\0"
        /*   2322 */ "GuardrailAutomatedReasoningFinding\0"
        /*   2357 */ "GuardrailAutomatedReasoningFindingList\0"
        /*   2396 */ "GuardrailAutomatedReasoningImpossibleFinding\0"
        /*   2441 */ "GuardrailAutomatedReasoningInputTextReference\0"
        /*   2487 */ "GuardrailAutomatedReasoningInputTextReferenceList\0"
        /*   2537 */ "GuardrailAutomatedReasoningInvalidFinding\0"
        /*   2579 */ "GuardrailAutomatedReasoningLogicWarning\0"
        /*   2619 */ "GuardrailAutomatedReasoningLogicWarningType\0"
        /*   2663 */ "GuardrailAutomatedReasoningNoTranslationsFinding\0"
        /*   2712 */ "GuardrailAutomatedReasoningPoliciesProcessed\0"
        /*   2757 */ "GuardrailAutomatedReasoningPolicyAssessment\0"
        /*   2801 */ "GuardrailAutomatedReasoningPolicyUnitsProcessed\0"
        /*   2849 */ "GuardrailAutomatedReasoningPolicyVersionArn\0"
        /*   2893 */ "GuardrailAutomatedReasoningRule\0"
        /*   2925 */ "GuardrailAutomatedReasoningRuleList\0"
        /*   2961 */ "GuardrailAutomatedReasoningSatisfiableFinding\0"
        /*   3007 */ "GuardrailAutomatedReasoningScenario\0"
        /*   3043 */ "GuardrailAutomatedReasoningStatement\0"
        /*   3080 */ "GuardrailAutomatedReasoningStatementList\0"
        /*   3121 */ "GuardrailAutomatedReasoningStatementLogicContent\0"
        /*   3170 */ "GuardrailAutomatedReasoningStatementNaturalLanguageContent\0"
        /*   3229 */ "GuardrailAutomatedReasoningTooComplexFinding\0"
        /*   3274 */ "GuardrailAutomatedReasoningTranslation\0"
        /*   3313 */ "GuardrailAutomatedReasoningTranslationAmbiguousFinding\0"
        /*   3368 */ "GuardrailAutomatedReasoningTranslationConfidence\0"
        /*   3417 */ "GuardrailAutomatedReasoningTranslationList\0"
        /*   3460 */ "GuardrailAutomatedReasoningTranslationOption\0"
        /*   3505 */ "GuardrailAutomatedReasoningTranslationOptionList\0"
        /*   3554 */ "GuardrailAutomatedReasoningValidFinding\0"
        /*   3594 */ "GuardrailChecksConfig\0"
        /*   3616 */ "GuardrailChecksContentBlock\0"
        /*   3644 */ "GuardrailChecksContentBlockList\0"
        /*   3676 */ "GuardrailChecksContentFilterCategory\0"
        /*   3713 */ "GuardrailChecksContentFilterCategoryConfig\0"
        /*   3756 */ "GuardrailChecksContentFilterCategoryConfigList\0"
        /*   3803 */ "GuardrailChecksContentFilterConfig\0"
        /*   3838 */ "GuardrailChecksContentFilterResult\0"
        /*   3873 */ "GuardrailChecksContentFilterResultEntry\0"
        /*   3913 */ "GuardrailChecksContentFilterResultEntrySeverityScoreDouble\0"
        /*   3972 */ "GuardrailChecksContentFilterResultList\0"
        /*   4011 */ "GuardrailChecksContentFilterUsage\0"
        /*   4045 */ "GuardrailChecksMessage\0"
        /*   4068 */ "GuardrailChecksMessageList\0"
        /*   4095 */ "GuardrailChecksPromptAttackCategory\0"
        /*   4131 */ "GuardrailChecksPromptAttackCategoryConfig\0"
        /*   4173 */ "GuardrailChecksPromptAttackCategoryConfigList\0"
        /*   4219 */ "GuardrailChecksPromptAttackConfig\0"
        /*   4253 */ "GuardrailChecksPromptAttackResult\0"
        /*   4287 */ "GuardrailChecksPromptAttackResultEntry\0"
        /*   4326 */ "GuardrailChecksPromptAttackResultEntrySeverityScoreDouble\0"
        /*   4384 */ "GuardrailChecksPromptAttackResultList\0"
        /*   4422 */ "GuardrailChecksPromptAttackUsage\0"
        /*   4455 */ "GuardrailChecksResults\0"
        /*   4478 */ "GuardrailChecksRole\0"
        /*   4498 */ "GuardrailChecksSensitiveInformationConfig\0"
        /*   4540 */ "GuardrailChecksSensitiveInformationEntityConfig\0"
        /*   4588 */ "GuardrailChecksSensitiveInformationEntityConfigList\0"
        /*   4640 */ "GuardrailChecksSensitiveInformationEntityType\0"
        /*   4686 */ "GuardrailChecksSensitiveInformationResult\0"
        /*   4728 */ "GuardrailChecksSensitiveInformationResultEntry\0"
        /*   4775 */ "GuardrailChecksSensitiveInformationResultEntryBeginOffsetInteger\0"
        /*   4840 */ "GuardrailChecksSensitiveInformationResultEntryConfidenceScoreDouble\0"
        /*   4908 */ "GuardrailChecksSensitiveInformationResultEntryContentIndexInteger\0"
        /*   4974 */ "GuardrailChecksSensitiveInformationResultEntryEndOffsetInteger\0"
        /*   5037 */ "GuardrailChecksSensitiveInformationResultEntryMessageIndexInteger\0"
        /*   5103 */ "GuardrailChecksSensitiveInformationResultList\0"
        /*   5149 */ "GuardrailChecksSensitiveInformationUsage\0"
        /*   5190 */ "GuardrailChecksTextContent\0"
        /*   5217 */ "GuardrailChecksUsageResults\0"
        /*   5245 */ "GuardrailConfiguration\0"
        /*   5268 */ "GuardrailContentBlock\0"
        /*   5290 */ "GuardrailContentBlockList\0"
        /*   5316 */ "GuardrailContentFilter\0"
        /*   5339 */ "GuardrailContentFilterConfidence\0"
        /*   5372 */ "GuardrailContentFilterList\0"
        /*   5399 */ "GuardrailContentFilterStrength\0"
        /*   5430 */ "GuardrailContentFilterType\0"
        /*   5457 */ "GuardrailContentPolicyAction\0"
        /*   5486 */ "GuardrailContentPolicyAssessment\0"
        /*   5519 */ "GuardrailContentPolicyImageUnitsProcessed\0"
        /*   5561 */ "GuardrailContentPolicyUnitsProcessed\0"
        /*   5598 */ "GuardrailContentQualifier\0"
        /*   5624 */ "GuardrailContentQualifierList\0"
        /*   5654 */ "GuardrailContentSource\0"
        /*   5677 */ "GuardrailContextualGroundingFilter\0"
        /*   5712 */ "GuardrailContextualGroundingFilterScoreDouble\0"
        /*   5758 */ "GuardrailContextualGroundingFilterThresholdDouble\0"
        /*   5808 */ "GuardrailContextualGroundingFilterType\0"
        /*   5847 */ "GuardrailContextualGroundingFilters\0"
        /*   5883 */ "GuardrailContextualGroundingPolicyAction\0"
        /*   5924 */ "GuardrailContextualGroundingPolicyAssessment\0"
        /*   5969 */ "GuardrailContextualGroundingPolicyUnitsProcessed\0"
        /*   6018 */ "GuardrailConverseContentBlock\0"
        /*   6048 */ "GuardrailConverseContentQualifier\0"
        /*   6082 */ "GuardrailConverseContentQualifierList\0"
        /*   6120 */ "GuardrailConverseImageBlock\0"
        /*   6148 */ "GuardrailConverseImageFormat\0"
        /*   6177 */ "GuardrailConverseImageSource\0"
        /*   6206 */ "GuardrailConverseImageSourceBytesBlob\0"
        /*   6244 */ "GuardrailConverseTextBlock\0"
        /*   6271 */ "GuardrailCoverage\0"
        /*   6289 */ "GuardrailCustomWord\0"
        /*   6309 */ "GuardrailCustomWordList\0"
        /*   6333 */ "GuardrailId\0"
        /*   6345 */ "GuardrailIdentifier\0"
        /*   6365 */ "GuardrailImageBlock\0"
        /*   6385 */ "GuardrailImageCoverage\0"
        /*   6408 */ "GuardrailImageFormat\0"
        /*   6429 */ "GuardrailImageSource\0"
        /*   6450 */ "GuardrailImageSourceBytesBlob\0"
        /*   6480 */ "GuardrailInvocationMetrics\0"
        /*   6507 */ "GuardrailManagedWord\0"
        /*   6528 */ "GuardrailManagedWordList\0"
        /*   6553 */ "GuardrailManagedWordType\0"
        /*   6578 */ "GuardrailOrigin\0"
        /*   6594 */ "GuardrailOriginList\0"
        /*   6614 */ "GuardrailOutputContent\0"
        /*   6637 */ "GuardrailOutputContentList\0"
        /*   6664 */ "GuardrailOutputScope\0"
        /*   6685 */ "GuardrailOutputText\0"
        /*   6705 */ "GuardrailOwnership\0"
        /*   6724 */ "GuardrailPiiEntityFilter\0"
        /*   6749 */ "GuardrailPiiEntityFilterList\0"
        /*   6778 */ "GuardrailPiiEntityType\0"
        /*   6801 */ "GuardrailProcessingLatency\0"
        /*   6828 */ "GuardrailRegexFilter\0"
        /*   6849 */ "GuardrailRegexFilterList\0"
        /*   6874 */ "GuardrailSensitiveInformationPolicyAction\0"
        /*   6916 */ "GuardrailSensitiveInformationPolicyAssessment\0"
        /*   6962 */ "GuardrailSensitiveInformationPolicyFreeUnitsProcessed\0"
        /*   7016 */ "GuardrailSensitiveInformationPolicyUnitsProcessed\0"
        /*   7066 */ "GuardrailStreamConfiguration\0"
        /*   7095 */ "GuardrailStreamProcessingMode\0"
        /*   7125 */ "GuardrailTextBlock\0"
        /*   7144 */ "GuardrailTextCharactersCoverage\0"
        /*   7176 */ "GuardrailTopic\0"
        /*   7191 */ "GuardrailTopicList\0"
        /*   7210 */ "GuardrailTopicPolicyAction\0"
        /*   7237 */ "GuardrailTopicPolicyAssessment\0"
        /*   7268 */ "GuardrailTopicPolicyUnitsProcessed\0"
        /*   7303 */ "GuardrailTopicType\0"
        /*   7322 */ "GuardrailTrace\0"
        /*   7337 */ "GuardrailTraceAssessment\0"
        /*   7362 */ "GuardrailUsage\0"
        /*   7377 */ "GuardrailVersion\0"
        /*   7394 */ "GuardrailWordPolicyAction\0"
        /*   7420 */ "GuardrailWordPolicyAssessment\0"
        /*   7450 */ "GuardrailWordPolicyUnitsProcessed\0"
        /*   7484 */ "ImageBlock\0"
        /*   7495 */ "ImageBlockDelta\0"
        /*   7511 */ "ImageBlockStart\0"
        /*   7527 */ "ImageFormat\0"
        /*   7539 */ "ImageSource\0"
        /*   7551 */ "ImageSourceBytesBlob\0"
        /*   7572 */ "ImagesGuarded\0"
        /*   7586 */ "ImagesTotal\0"
        /*   7598 */ "InferenceConfiguration\0"
        /*   7621 */ "InferenceConfigurationMaxTokensInteger\0"
        /*   7660 */ "InferenceConfigurationStopSequencesList\0"
        /*   7700 */ "InferenceConfigurationTemperatureFloat\0"
        /*   7739 */ "InferenceConfigurationTopPFloat\0"
        /*   7771 */ "Integer\0"
        /*   7779 */ "InvocationArn\0"
        /*   7793 */ "InvokeGuardrailChecksRequest\0"
        /*   7822 */ "InvokeGuardrailChecksResponse\0"
        /*   7852 */ "InvokeModelIdentifier\0"
        /*   7874 */ "InvokeModelRequest\0"
        /*   7893 */ "InvokeModelResponse\0"
        /*   7913 */ "InvokeModelTokensRequest\0"
        /*   7938 */ "InvokeModelWithBidirectionalStreamInput\0"
        /*   7978 */ "InvokeModelWithBidirectionalStreamOutput\0"
        /*   8019 */ "InvokeModelWithBidirectionalStreamRequest\0"
        /*   8061 */ "InvokeModelWithBidirectionalStreamResponse\0"
        /*   8104 */ "InvokeModelWithResponseStreamRequest\0"
        /*   8141 */ "InvokeModelWithResponseStreamResponse\0"
        /*   8179 */ "InvokedModelId\0"
        /*   8194 */ "JsonSchemaDefinition\0"
        /*   8215 */ "KmsKeyId\0"
        /*   8224 */ "ListAsyncInvokesRequest\0"
        /*   8248 */ "ListAsyncInvokesResponse\0"
        /*   8273 */ "Long\0"
        /*   8278 */ "MaxResults\0"
        /*   8289 */ "Message\0"
        /*   8297 */ "MessageStartEvent\0"
        /*   8315 */ "MessageStopEvent\0"
        /*   8332 */ "Messages\0"
        /*   8341 */ "MimeType\0"
        /*   8350 */ "ModelInputPayload\0"
        /*   8368 */ "ModelOutputs\0"
        /*   8381 */ "NonBlankString\0"
        /*   8396 */ "NonEmptyString\0"
        /*   8411 */ "NonNegativeInteger\0"
        /*   8430 */ "OutputConfig\0"
        /*   8443 */ "OutputConfigEffortString\0"
        /*   8468 */ "OutputFormat\0"
        /*   8481 */ "OutputFormatStructure\0"
        /*   8503 */ "OutputFormatType\0"
        /*   8520 */ "PaginationToken\0"
        /*   8536 */ "PartBody\0"
        /*   8545 */ "PayloadPart\0"
        /*   8557 */ "PerformanceConfigLatency\0"
        /*   8582 */ "PerformanceConfiguration\0"
        /*   8607 */ "PromptRouterTrace\0"
        /*   8625 */ "PromptVariableMap\0"
        /*   8643 */ "PromptVariableValues\0"
        /*   8664 */ "ReasoningContentBlock\0"
        /*   8686 */ "ReasoningContentBlockDelta\0"
        /*   8713 */ "ReasoningTextBlock\0"
        /*   8732 */ "RequestMetadata\0"
        /*   8748 */ "RequestMetadataJson\0"
        /*   8768 */ "RequestMetadataKeyString\0"
        /*   8793 */ "RequestMetadataValueString\0"
        /*   8820 */ "ResponseStream\0"
        /*   8835 */ "S3Location\0"
        /*   8846 */ "S3Uri\0"
        /*   8852 */ "SearchResultBlock\0"
        /*   8870 */ "SearchResultContentBlock\0"
        /*   8895 */ "SearchResultContentBlocks\0"
        /*   8921 */ "SearchResultLocation\0"
        /*   8942 */ "SearchResultLocationEndInteger\0"
        /*   8973 */ "SearchResultLocationSearchResultIndexInteger\0"
        /*   9018 */ "SearchResultLocationStartInteger\0"
        /*   9051 */ "ServiceTier\0"
        /*   9063 */ "ServiceTierType\0"
        /*   9079 */ "SortAsyncInvocationBy\0"
        /*   9101 */ "SortOrder\0"
        /*   9111 */ "SpecificToolChoice\0"
        /*   9130 */ "StartAsyncInvokeRequest\0"
        /*   9154 */ "StartAsyncInvokeResponse\0"
        /*   9179 */ "StatusCode\0"
        /*   9190 */ "StopReason\0"
        /*   9201 */ "String\0"
        /*   9208 */ "SystemContentBlock\0"
        /*   9227 */ "SystemContentBlocks\0"
        /*   9247 */ "SystemTool\0"
        /*   9258 */ "Tag\0"
        /*   9262 */ "TagKey\0"
        /*   9269 */ "TagList\0"
        /*   9277 */ "TagValue\0"
        /*   9286 */ "TextCharactersGuarded\0"
        /*   9308 */ "TextCharactersTotal\0"
        /*   9328 */ "Timestamp\0"
        /*   9338 */ "TokenUsage\0"
        /*   9349 */ "TokenUsageCacheReadInputTokensInteger\0"
        /*   9387 */ "TokenUsageCacheWriteInputTokensInteger\0"
        /*   9426 */ "TokenUsageInputTokensInteger\0"
        /*   9455 */ "TokenUsageOutputTokensInteger\0"
        /*   9485 */ "TokenUsageTotalTokensInteger\0"
        /*   9514 */ "Tool\0"
        /*   9519 */ "ToolAdditionBlock\0"
        /*   9537 */ "ToolChoice\0"
        /*   9548 */ "ToolConfiguration\0"
        /*   9566 */ "ToolConfigurationToolsList\0"
        /*   9593 */ "ToolInputSchema\0"
        /*   9609 */ "ToolName\0"
        /*   9618 */ "ToolReference\0"
        /*   9632 */ "ToolReferenceNameString\0"
        /*   9656 */ "ToolReferenceServerNameString\0"
        /*   9686 */ "ToolReferenceTypeString\0"
        /*   9710 */ "ToolRemovalBlock\0"
        /*   9727 */ "ToolResultBlock\0"
        /*   9743 */ "ToolResultBlockDelta\0"
        /*   9764 */ "ToolResultBlockStart\0"
        /*   9785 */ "ToolResultBlocksDelta\0"
        /*   9807 */ "ToolResultContentBlock\0"
        /*   9830 */ "ToolResultContentBlocks\0"
        /*   9854 */ "ToolResultStatus\0"
        /*   9871 */ "ToolSpecification\0"
        /*   9889 */ "ToolUseBlock\0"
        /*   9902 */ "ToolUseBlockDelta\0"
        /*   9920 */ "ToolUseBlockStart\0"
        /*   9938 */ "ToolUseId\0"
        /*   9948 */ "ToolUseType\0"
        /*   9960 */ "Trace\0"
        /*   9966 */ "VideoBlock\0"
        /*   9977 */ "VideoFormat\0"
        /*   9989 */ "VideoSource\0"
        /*  10001 */ "VideoSourceBytesBlob\0"
        /*  10022 */ "WebLocation",
#endif
};

/* The descriptor programs use (<awsc/bedrock-runtime.h>): the one in the tables. */
const struct awsc_service *awsc_bedrock_runtime_service(void)
{
    return &T.service;
}

enum awsc_bedrock_runtime_async_invoke_status awsc_bedrock_runtime_async_invoke_status_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_async_invoke_status)awsc_enum_parse(&T.strings[264], 3, value);
}

const char *awsc_bedrock_runtime_async_invoke_status_str(enum awsc_bedrock_runtime_async_invoke_status value)
{
    return awsc_enum_str(&T.strings[264], 3, (int)value);
}

enum awsc_bedrock_runtime_audio_format awsc_bedrock_runtime_audio_format_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_audio_format)awsc_enum_parse(&T.strings[422], 15, value);
}

const char *awsc_bedrock_runtime_audio_format_str(enum awsc_bedrock_runtime_audio_format value)
{
    return awsc_enum_str(&T.strings[422], 15, (int)value);
}

enum awsc_bedrock_runtime_cache_point_type awsc_bedrock_runtime_cache_point_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_cache_point_type)awsc_enum_parse(&T.strings[527], 1, value);
}

const char *awsc_bedrock_runtime_cache_point_type_str(enum awsc_bedrock_runtime_cache_point_type value)
{
    return awsc_enum_str(&T.strings[527], 1, (int)value);
}

enum awsc_bedrock_runtime_cache_ttl awsc_bedrock_runtime_cache_ttl_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_cache_ttl)awsc_enum_parse(&T.strings[535], 2, value);
}

const char *awsc_bedrock_runtime_cache_ttl_str(enum awsc_bedrock_runtime_cache_ttl value)
{
    return awsc_enum_str(&T.strings[535], 2, (int)value);
}

enum awsc_bedrock_runtime_conversation_role awsc_bedrock_runtime_conversation_role_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_conversation_role)awsc_enum_parse(&T.strings[857], 3, value);
}

const char *awsc_bedrock_runtime_conversation_role_str(enum awsc_bedrock_runtime_conversation_role value)
{
    return awsc_enum_str(&T.strings[857], 3, (int)value);
}

enum awsc_bedrock_runtime_document_format awsc_bedrock_runtime_document_format_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_document_format)awsc_enum_parse(&T.strings[1449], 9, value);
}

const char *awsc_bedrock_runtime_document_format_str(enum awsc_bedrock_runtime_document_format value)
{
    return awsc_enum_str(&T.strings[1449], 9, (int)value);
}

enum awsc_bedrock_runtime_guardrail_action awsc_bedrock_runtime_guardrail_action_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_action)awsc_enum_parse(&T.strings[1487], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_action_str(enum awsc_bedrock_runtime_guardrail_action value)
{
    return awsc_enum_str(&T.strings[1487], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning_type awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning_type)awsc_enum_parse(&T.strings[1814], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning_type_str(enum awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning_type value)
{
    return awsc_enum_str(&T.strings[1814], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_checks_content_filter_category awsc_bedrock_runtime_guardrail_checks_content_filter_category_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_checks_content_filter_category)awsc_enum_parse(&T.strings[2104], 5, value);
}

const char *awsc_bedrock_runtime_guardrail_checks_content_filter_category_str(enum awsc_bedrock_runtime_guardrail_checks_content_filter_category value)
{
    return awsc_enum_str(&T.strings[2104], 5, (int)value);
}

enum awsc_bedrock_runtime_guardrail_checks_prompt_attack_category awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_checks_prompt_attack_category)awsc_enum_parse(&T.strings[2201], 3, value);
}

const char *awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_str(enum awsc_bedrock_runtime_guardrail_checks_prompt_attack_category value)
{
    return awsc_enum_str(&T.strings[2201], 3, (int)value);
}

enum awsc_bedrock_runtime_guardrail_checks_role awsc_bedrock_runtime_guardrail_checks_role_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_checks_role)awsc_enum_parse(&T.strings[857], 3, value);
}

const char *awsc_bedrock_runtime_guardrail_checks_role_str(enum awsc_bedrock_runtime_guardrail_checks_role value)
{
    return awsc_enum_str(&T.strings[857], 3, (int)value);
}

enum awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_type awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_type)awsc_enum_parse(&T.strings[2252], 31, value);
}

const char *awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_type_str(enum awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_type value)
{
    return awsc_enum_str(&T.strings[2252], 31, (int)value);
}

enum awsc_bedrock_runtime_guardrail_content_filter_confidence awsc_bedrock_runtime_guardrail_content_filter_confidence_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_content_filter_confidence)awsc_enum_parse(&T.strings[2903], 4, value);
}

const char *awsc_bedrock_runtime_guardrail_content_filter_confidence_str(enum awsc_bedrock_runtime_guardrail_content_filter_confidence value)
{
    return awsc_enum_str(&T.strings[2903], 4, (int)value);
}

enum awsc_bedrock_runtime_guardrail_content_filter_strength awsc_bedrock_runtime_guardrail_content_filter_strength_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_content_filter_strength)awsc_enum_parse(&T.strings[2903], 4, value);
}

const char *awsc_bedrock_runtime_guardrail_content_filter_strength_str(enum awsc_bedrock_runtime_guardrail_content_filter_strength value)
{
    return awsc_enum_str(&T.strings[2903], 4, (int)value);
}

enum awsc_bedrock_runtime_guardrail_content_filter_type awsc_bedrock_runtime_guardrail_content_filter_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_content_filter_type)awsc_enum_parse(&T.strings[2924], 6, value);
}

const char *awsc_bedrock_runtime_guardrail_content_filter_type_str(enum awsc_bedrock_runtime_guardrail_content_filter_type value)
{
    return awsc_enum_str(&T.strings[2924], 6, (int)value);
}

enum awsc_bedrock_runtime_guardrail_content_policy_action awsc_bedrock_runtime_guardrail_content_policy_action_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_content_policy_action)awsc_enum_parse(&T.strings[2978], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_content_policy_action_str(enum awsc_bedrock_runtime_guardrail_content_policy_action value)
{
    return awsc_enum_str(&T.strings[2978], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_content_qualifier awsc_bedrock_runtime_guardrail_content_qualifier_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_content_qualifier)awsc_enum_parse(&T.strings[2999], 3, value);
}

const char *awsc_bedrock_runtime_guardrail_content_qualifier_str(enum awsc_bedrock_runtime_guardrail_content_qualifier value)
{
    return awsc_enum_str(&T.strings[2999], 3, (int)value);
}

enum awsc_bedrock_runtime_guardrail_content_source awsc_bedrock_runtime_guardrail_content_source_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_content_source)awsc_enum_parse(&T.strings[3036], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_content_source_str(enum awsc_bedrock_runtime_guardrail_content_source value)
{
    return awsc_enum_str(&T.strings[3036], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_contextual_grounding_filter_type awsc_bedrock_runtime_guardrail_contextual_grounding_filter_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_contextual_grounding_filter_type)awsc_enum_parse(&T.strings[3065], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_contextual_grounding_filter_type_str(enum awsc_bedrock_runtime_guardrail_contextual_grounding_filter_type value)
{
    return awsc_enum_str(&T.strings[3065], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_contextual_grounding_policy_action awsc_bedrock_runtime_guardrail_contextual_grounding_policy_action_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_contextual_grounding_policy_action)awsc_enum_parse(&T.strings[2978], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_contextual_grounding_policy_action_str(enum awsc_bedrock_runtime_guardrail_contextual_grounding_policy_action value)
{
    return awsc_enum_str(&T.strings[2978], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_converse_content_qualifier awsc_bedrock_runtime_guardrail_converse_content_qualifier_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_converse_content_qualifier)awsc_enum_parse(&T.strings[2999], 3, value);
}

const char *awsc_bedrock_runtime_guardrail_converse_content_qualifier_str(enum awsc_bedrock_runtime_guardrail_converse_content_qualifier value)
{
    return awsc_enum_str(&T.strings[2999], 3, (int)value);
}

enum awsc_bedrock_runtime_guardrail_converse_image_format awsc_bedrock_runtime_guardrail_converse_image_format_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_converse_image_format)awsc_enum_parse(&T.strings[3085], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_converse_image_format_str(enum awsc_bedrock_runtime_guardrail_converse_image_format value)
{
    return awsc_enum_str(&T.strings[3085], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_image_format awsc_bedrock_runtime_guardrail_image_format_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_image_format)awsc_enum_parse(&T.strings[3085], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_image_format_str(enum awsc_bedrock_runtime_guardrail_image_format value)
{
    return awsc_enum_str(&T.strings[3085], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_managed_word_type awsc_bedrock_runtime_guardrail_managed_word_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_managed_word_type)awsc_enum_parse(&T.strings[3174], 1, value);
}

const char *awsc_bedrock_runtime_guardrail_managed_word_type_str(enum awsc_bedrock_runtime_guardrail_managed_word_type value)
{
    return awsc_enum_str(&T.strings[3174], 1, (int)value);
}

enum awsc_bedrock_runtime_guardrail_origin awsc_bedrock_runtime_guardrail_origin_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_origin)awsc_enum_parse(&T.strings[3184], 3, value);
}

const char *awsc_bedrock_runtime_guardrail_origin_str(enum awsc_bedrock_runtime_guardrail_origin value)
{
    return awsc_enum_str(&T.strings[3184], 3, (int)value);
}

enum awsc_bedrock_runtime_guardrail_output_scope awsc_bedrock_runtime_guardrail_output_scope_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_output_scope)awsc_enum_parse(&T.strings[3231], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_output_scope_str(enum awsc_bedrock_runtime_guardrail_output_scope value)
{
    return awsc_enum_str(&T.strings[3231], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_ownership awsc_bedrock_runtime_guardrail_ownership_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_ownership)awsc_enum_parse(&T.strings[3250], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_ownership_str(enum awsc_bedrock_runtime_guardrail_ownership value)
{
    return awsc_enum_str(&T.strings[3250], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_pii_entity_type awsc_bedrock_runtime_guardrail_pii_entity_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_pii_entity_type)awsc_enum_parse(&T.strings[2252], 31, value);
}

const char *awsc_bedrock_runtime_guardrail_pii_entity_type_str(enum awsc_bedrock_runtime_guardrail_pii_entity_type value)
{
    return awsc_enum_str(&T.strings[2252], 31, (int)value);
}

enum awsc_bedrock_runtime_guardrail_sensitive_information_policy_action awsc_bedrock_runtime_guardrail_sensitive_information_policy_action_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_sensitive_information_policy_action)awsc_enum_parse(&T.strings[3275], 3, value);
}

const char *awsc_bedrock_runtime_guardrail_sensitive_information_policy_action_str(enum awsc_bedrock_runtime_guardrail_sensitive_information_policy_action value)
{
    return awsc_enum_str(&T.strings[3275], 3, (int)value);
}

enum awsc_bedrock_runtime_guardrail_stream_processing_mode awsc_bedrock_runtime_guardrail_stream_processing_mode_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_stream_processing_mode)awsc_enum_parse(&T.strings[3340], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_stream_processing_mode_str(enum awsc_bedrock_runtime_guardrail_stream_processing_mode value)
{
    return awsc_enum_str(&T.strings[3340], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_topic_policy_action awsc_bedrock_runtime_guardrail_topic_policy_action_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_topic_policy_action)awsc_enum_parse(&T.strings[2978], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_topic_policy_action_str(enum awsc_bedrock_runtime_guardrail_topic_policy_action value)
{
    return awsc_enum_str(&T.strings[2978], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_topic_type awsc_bedrock_runtime_guardrail_topic_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_topic_type)awsc_enum_parse(&T.strings[3358], 1, value);
}

const char *awsc_bedrock_runtime_guardrail_topic_type_str(enum awsc_bedrock_runtime_guardrail_topic_type value)
{
    return awsc_enum_str(&T.strings[3358], 1, (int)value);
}

enum awsc_bedrock_runtime_guardrail_trace awsc_bedrock_runtime_guardrail_trace_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_trace)awsc_enum_parse(&T.strings[3363], 3, value);
}

const char *awsc_bedrock_runtime_guardrail_trace_str(enum awsc_bedrock_runtime_guardrail_trace value)
{
    return awsc_enum_str(&T.strings[3363], 3, (int)value);
}

enum awsc_bedrock_runtime_guardrail_word_policy_action awsc_bedrock_runtime_guardrail_word_policy_action_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_word_policy_action)awsc_enum_parse(&T.strings[2978], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_word_policy_action_str(enum awsc_bedrock_runtime_guardrail_word_policy_action value)
{
    return awsc_enum_str(&T.strings[2978], 2, (int)value);
}

enum awsc_bedrock_runtime_image_format awsc_bedrock_runtime_image_format_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_image_format)awsc_enum_parse(&T.strings[3700], 4, value);
}

const char *awsc_bedrock_runtime_image_format_str(enum awsc_bedrock_runtime_image_format value)
{
    return awsc_enum_str(&T.strings[3700], 4, (int)value);
}

enum awsc_bedrock_runtime_output_format_type awsc_bedrock_runtime_output_format_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_output_format_type)awsc_enum_parse(&T.strings[4518], 1, value);
}

const char *awsc_bedrock_runtime_output_format_type_str(enum awsc_bedrock_runtime_output_format_type value)
{
    return awsc_enum_str(&T.strings[4518], 1, (int)value);
}

enum awsc_bedrock_runtime_performance_config_latency awsc_bedrock_runtime_performance_config_latency_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_performance_config_latency)awsc_enum_parse(&T.strings[4530], 2, value);
}

const char *awsc_bedrock_runtime_performance_config_latency_str(enum awsc_bedrock_runtime_performance_config_latency value)
{
    return awsc_enum_str(&T.strings[4530], 2, (int)value);
}

enum awsc_bedrock_runtime_service_tier_type awsc_bedrock_runtime_service_tier_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_service_tier_type)awsc_enum_parse(&T.strings[4690], 4, value);
}

const char *awsc_bedrock_runtime_service_tier_type_str(enum awsc_bedrock_runtime_service_tier_type value)
{
    return awsc_enum_str(&T.strings[4690], 4, (int)value);
}

enum awsc_bedrock_runtime_sort_async_invocation_by awsc_bedrock_runtime_sort_async_invocation_by_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_sort_async_invocation_by)awsc_enum_parse(&T.strings[4749], 1, value);
}

const char *awsc_bedrock_runtime_sort_async_invocation_by_str(enum awsc_bedrock_runtime_sort_async_invocation_by value)
{
    return awsc_enum_str(&T.strings[4749], 1, (int)value);
}

enum awsc_bedrock_runtime_sort_order awsc_bedrock_runtime_sort_order_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_sort_order)awsc_enum_parse(&T.strings[4764], 2, value);
}

const char *awsc_bedrock_runtime_sort_order_str(enum awsc_bedrock_runtime_sort_order value)
{
    return awsc_enum_str(&T.strings[4764], 2, (int)value);
}

enum awsc_bedrock_runtime_stop_reason awsc_bedrock_runtime_stop_reason_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_stop_reason)awsc_enum_parse(&T.strings[4801], 9, value);
}

const char *awsc_bedrock_runtime_stop_reason_str(enum awsc_bedrock_runtime_stop_reason value)
{
    return awsc_enum_str(&T.strings[4801], 9, (int)value);
}

enum awsc_bedrock_runtime_tool_result_status awsc_bedrock_runtime_tool_result_status_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_tool_result_status)awsc_enum_parse(&T.strings[5142], 2, value);
}

const char *awsc_bedrock_runtime_tool_result_status_str(enum awsc_bedrock_runtime_tool_result_status value)
{
    return awsc_enum_str(&T.strings[5142], 2, (int)value);
}

enum awsc_bedrock_runtime_tool_use_type awsc_bedrock_runtime_tool_use_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_tool_use_type)awsc_enum_parse(&T.strings[5175], 1, value);
}

const char *awsc_bedrock_runtime_tool_use_type_str(enum awsc_bedrock_runtime_tool_use_type value)
{
    return awsc_enum_str(&T.strings[5175], 1, (int)value);
}

enum awsc_bedrock_runtime_trace awsc_bedrock_runtime_trace_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_trace)awsc_enum_parse(&T.strings[5191], 3, value);
}

const char *awsc_bedrock_runtime_trace_str(enum awsc_bedrock_runtime_trace value)
{
    return awsc_enum_str(&T.strings[5191], 3, (int)value);
}

enum awsc_bedrock_runtime_video_format awsc_bedrock_runtime_video_format_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_video_format)awsc_enum_parse(&T.strings[5241], 9, value);
}

const char *awsc_bedrock_runtime_video_format_str(enum awsc_bedrock_runtime_video_format value)
{
    return awsc_enum_str(&T.strings[5241], 9, (int)value);
}

#undef PREF
#undef PAGERS
#undef RULES_REF
#undef RULES
#undef SHAPE_NAME
#undef MREF
#undef REF
#undef T
