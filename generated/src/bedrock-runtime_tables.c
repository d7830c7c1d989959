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
    struct awsc_shape shapes[393];
    struct awsc_member members[536];
    uint16_t by_wire_name[536];
    struct awsc_range ranges[89];
    char strings[15970];
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
        .name_ref = REF(service.name_ref, strings[15880]),
        .service_id_ref = REF(service.service_id_ref, strings[15896]),
        .full_name_ref = REF(service.full_name_ref, strings[15912]),
        .api_version_ref = REF(service.api_version_ref, strings[15935]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[15880]),
        .signing_name_ref = REF(service.signing_name_ref, strings[15946]),
        .env_name_ref = REF(service.env_name_ref, strings[15954]),
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
            .name_ref = REF(operations[0].name_ref, strings[15329]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[15344]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[15349]),
            .input_ref = REF(operations[0].input_ref, shapes[4]),
            .output_ref = REF(operations[0].output_ref, shapes[5]),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
        },
        [1] = { /* Converse */
            .name_ref = REF(operations[1].name_ref, strings[15415]),
            .http_method_ref = REF(operations[1].http_method_ref, strings[15344]),
            .request_uri_ref = REF(operations[1].request_uri_ref, strings[15424]),
            .input_ref = REF(operations[1].input_ref, shapes[56]),
            .output_ref = REF(operations[1].output_ref, shapes[59]),
            .errors_ref = REF(operations[1].errors_ref, op_errors[7]),
            .service_ref = REF(operations[1].service_ref, service),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
        },
        [2] = { /* ConverseStream */
            .name_ref = REF(operations[2].name_ref, strings[15450]),
            .http_method_ref = REF(operations[2].http_method_ref, strings[15344]),
            .request_uri_ref = REF(operations[2].request_uri_ref, strings[15465]),
            .input_ref = REF(operations[2].input_ref, shapes[63]),
            .output_ref = REF(operations[2].output_ref, shapes[66]),
            .errors_ref = REF(operations[2].errors_ref, op_errors[16]),
            .service_ref = REF(operations[2].service_ref, service),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
        },
        [3] = { /* CountTokens */
            .name_ref = REF(operations[3].name_ref, strings[15498]),
            .http_method_ref = REF(operations[3].http_method_ref, strings[15344]),
            .request_uri_ref = REF(operations[3].request_uri_ref, strings[15510]),
            .input_ref = REF(operations[3].input_ref, shapes[71]),
            .output_ref = REF(operations[3].output_ref, shapes[72]),
            .errors_ref = REF(operations[3].errors_ref, op_errors[25]),
            .service_ref = REF(operations[3].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [4] = { /* GetAsyncInvoke */
            .name_ref = REF(operations[4].name_ref, strings[15540]),
            .http_method_ref = REF(operations[4].http_method_ref, strings[15555]),
            .request_uri_ref = REF(operations[4].request_uri_ref, strings[15559]),
            .input_ref = REF(operations[4].input_ref, shapes[95]),
            .output_ref = REF(operations[4].output_ref, shapes[96]),
            .errors_ref = REF(operations[4].errors_ref, op_errors[31]),
            .service_ref = REF(operations[4].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [5] = { /* InvokeGuardrailChecks */
            .name_ref = REF(operations[5].name_ref, strings[15589]),
            .http_method_ref = REF(operations[5].http_method_ref, strings[15344]),
            .request_uri_ref = REF(operations[5].request_uri_ref, strings[15611]),
            .input_ref = REF(operations[5].input_ref, shapes[268]),
            .output_ref = REF(operations[5].output_ref, shapes[269]),
            .errors_ref = REF(operations[5].errors_ref, op_errors[35]),
            .service_ref = REF(operations[5].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [6] = { /* InvokeModel */
            .name_ref = REF(operations[6].name_ref, strings[15636]),
            .http_method_ref = REF(operations[6].http_method_ref, strings[15344]),
            .request_uri_ref = REF(operations[6].request_uri_ref, strings[15648]),
            .input_ref = REF(operations[6].input_ref, shapes[271]),
            .output_ref = REF(operations[6].output_ref, shapes[272]),
            .errors_ref = REF(operations[6].errors_ref, op_errors[40]),
            .service_ref = REF(operations[6].service_ref, service),
            .error_count = 10,
            .auth = AWSC_AUTH_SIGV4,
        },
        [7] = { /* InvokeModelWithBidirectionalStream */
            .name_ref = REF(operations[7].name_ref, strings[15672]),
            .http_method_ref = REF(operations[7].http_method_ref, strings[15344]),
            .request_uri_ref = REF(operations[7].request_uri_ref, strings[15707]),
            .input_ref = REF(operations[7].input_ref, shapes[276]),
            .output_ref = REF(operations[7].output_ref, shapes[277]),
            .errors_ref = REF(operations[7].errors_ref, op_errors[50]),
            .service_ref = REF(operations[7].service_ref, service),
            .error_count = 11,
            .auth = AWSC_AUTH_SIGV4,
        },
        [8] = { /* InvokeModelWithResponseStream */
            .name_ref = REF(operations[8].name_ref, strings[15757]),
            .http_method_ref = REF(operations[8].http_method_ref, strings[15344]),
            .request_uri_ref = REF(operations[8].request_uri_ref, strings[15787]),
            .input_ref = REF(operations[8].input_ref, shapes[278]),
            .output_ref = REF(operations[8].output_ref, shapes[279]),
            .errors_ref = REF(operations[8].errors_ref, op_errors[61]),
            .service_ref = REF(operations[8].service_ref, service),
            .error_count = 11,
            .auth = AWSC_AUTH_SIGV4,
        },
        [9] = { /* ListAsyncInvokes */
            .name_ref = REF(operations[9].name_ref, strings[15832]),
            .http_method_ref = REF(operations[9].http_method_ref, strings[15555]),
            .request_uri_ref = REF(operations[9].request_uri_ref, strings[15849]),
            .input_ref = REF(operations[9].input_ref, shapes[283]),
            .output_ref = REF(operations[9].output_ref, shapes[284]),
            .errors_ref = REF(operations[9].errors_ref, op_errors[72]),
            .service_ref = REF(operations[9].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [10] = { /* StartAsyncInvoke */
            .name_ref = REF(operations[10].name_ref, strings[15863]),
            .http_method_ref = REF(operations[10].http_method_ref, strings[15344]),
            .request_uri_ref = REF(operations[10].request_uri_ref, strings[15849]),
            .input_ref = REF(operations[10].input_ref, shapes[339]),
            .output_ref = REF(operations[10].output_ref, shapes[340]),
            .errors_ref = REF(operations[10].errors_ref, op_errors[76]),
            .service_ref = REF(operations[10].service_ref, service),
            .error_count = 8,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], shapes[0]),
        REF(op_errors[1], shapes[266]),
        REF(op_errors[2], shapes[321]),
        REF(op_errors[3], shapes[332]),
        REF(op_errors[4], shapes[335]),
        REF(op_errors[5], shapes[353]),
        REF(op_errors[6], shapes[387]),
        REF(op_errors[7], shapes[0]),
        REF(op_errors[8], shapes[266]),
        REF(op_errors[9], shapes[292]),
        REF(op_errors[10], shapes[294]),
        REF(op_errors[11], shapes[297]),
        REF(op_errors[12], shapes[321]),
        REF(op_errors[13], shapes[335]),
        REF(op_errors[14], shapes[353]),
        REF(op_errors[15], shapes[387]),
        REF(op_errors[16], shapes[0]),
        REF(op_errors[17], shapes[266]),
        REF(op_errors[18], shapes[292]),
        REF(op_errors[19], shapes[294]),
        REF(op_errors[20], shapes[297]),
        REF(op_errors[21], shapes[321]),
        REF(op_errors[22], shapes[335]),
        REF(op_errors[23], shapes[353]),
        REF(op_errors[24], shapes[387]),
        REF(op_errors[25], shapes[0]),
        REF(op_errors[26], shapes[266]),
        REF(op_errors[27], shapes[321]),
        REF(op_errors[28], shapes[335]),
        REF(op_errors[29], shapes[353]),
        REF(op_errors[30], shapes[387]),
        REF(op_errors[31], shapes[0]),
        REF(op_errors[32], shapes[266]),
        REF(op_errors[33], shapes[353]),
        REF(op_errors[34], shapes[387]),
        REF(op_errors[35], shapes[0]),
        REF(op_errors[36], shapes[266]),
        REF(op_errors[37], shapes[335]),
        REF(op_errors[38], shapes[353]),
        REF(op_errors[39], shapes[387]),
        REF(op_errors[40], shapes[0]),
        REF(op_errors[41], shapes[266]),
        REF(op_errors[42], shapes[292]),
        REF(op_errors[43], shapes[294]),
        REF(op_errors[44], shapes[297]),
        REF(op_errors[45], shapes[321]),
        REF(op_errors[46], shapes[332]),
        REF(op_errors[47], shapes[335]),
        REF(op_errors[48], shapes[353]),
        REF(op_errors[49], shapes[387]),
        REF(op_errors[50], shapes[0]),
        REF(op_errors[51], shapes[266]),
        REF(op_errors[52], shapes[292]),
        REF(op_errors[53], shapes[294]),
        REF(op_errors[54], shapes[296]),
        REF(op_errors[55], shapes[297]),
        REF(op_errors[56], shapes[321]),
        REF(op_errors[57], shapes[332]),
        REF(op_errors[58], shapes[335]),
        REF(op_errors[59], shapes[353]),
        REF(op_errors[60], shapes[387]),
        REF(op_errors[61], shapes[0]),
        REF(op_errors[62], shapes[266]),
        REF(op_errors[63], shapes[292]),
        REF(op_errors[64], shapes[294]),
        REF(op_errors[65], shapes[296]),
        REF(op_errors[66], shapes[297]),
        REF(op_errors[67], shapes[321]),
        REF(op_errors[68], shapes[332]),
        REF(op_errors[69], shapes[335]),
        REF(op_errors[70], shapes[353]),
        REF(op_errors[71], shapes[387]),
        REF(op_errors[72], shapes[0]),
        REF(op_errors[73], shapes[266]),
        REF(op_errors[74], shapes[353]),
        REF(op_errors[75], shapes[387]),
        REF(op_errors[76], shapes[0]),
        REF(op_errors[77], shapes[44]),
        REF(op_errors[78], shapes[266]),
        REF(op_errors[79], shapes[321]),
        REF(op_errors[80], shapes[332]),
        REF(op_errors[81], shapes[335]),
        REF(op_errors[82], shapes[353]),
        REF(op_errors[83], shapes[387]),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], shapes[0]),
        REF(service_errors[1], shapes[44]),
        REF(service_errors[2], shapes[266]),
        REF(service_errors[3], shapes[292]),
        REF(service_errors[4], shapes[294]),
        REF(service_errors[5], shapes[296]),
        REF(service_errors[6], shapes[297]),
        REF(service_errors[7], shapes[321]),
        REF(service_errors[8], shapes[332]),
        REF(service_errors[9], shapes[335]),
        REF(service_errors[10], shapes[353]),
        REF(service_errors[11], shapes[387]),
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
    .shapes = {
        [0] = { /* AccessDeniedException */
            .name_ref = REF(shapes[0].name_ref, strings[0]),
            .u.structure.members_ref = REF(shapes[0].u.structure.members_ref, members[0]),
            .u.structure.by_wire_name_ref = REF(shapes[0].u.structure.by_wire_name_ref, by_wire_name[0]),
            .u.structure.error_code_ref = REF(shapes[0].u.structure.error_code_ref, strings[0]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_bedrock_runtime_access_denied_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 403,
        },
        [1] = { /* AccountId */
            .name_ref = REF(shapes[1].name_ref, strings[30]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [2] = { /* AnyToolChoice */
            .name_ref = REF(shapes[2].name_ref, strings[40]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_any_tool_choice),
        },
        [3] = { /* AppliedGuardrailDetails */
            .name_ref = REF(shapes[3].name_ref, strings[54]),
            .u.structure.members_ref = REF(shapes[3].u.structure.members_ref, members[1]),
            .u.structure.by_wire_name_ref = REF(shapes[3].u.structure.by_wire_name_ref, by_wire_name[1]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_applied_guardrail_details),
            .u.structure.member_count = 5,
        },
        [4] = { /* ApplyGuardrailRequest */
            .name_ref = REF(shapes[4].name_ref, strings[155]),
            .u.structure.members_ref = REF(shapes[4].u.structure.members_ref, members[6]),
            .u.structure.by_wire_name_ref = REF(shapes[4].u.structure.by_wire_name_ref, by_wire_name[6]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_apply_guardrail_input),
            .u.structure.member_count = 5,
        },
        [5] = { /* ApplyGuardrailResponse */
            .name_ref = REF(shapes[5].name_ref, strings[224]),
            .u.structure.members_ref = REF(shapes[5].u.structure.members_ref, members[11]),
            .u.structure.by_wire_name_ref = REF(shapes[5].u.structure.by_wire_name_ref, by_wire_name[11]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_apply_guardrail_output),
            .u.structure.member_count = 6,
        },
        [6] = { /* AsyncInvokeArn */
            .name_ref = REF(shapes[6].name_ref, strings[311]),
            .range_ref = REF(shapes[6].range_ref, ranges[0]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [7] = { /* AsyncInvokeIdempotencyToken */
            .name_ref = REF(shapes[7].name_ref, strings[326]),
            .range_ref = REF(shapes[7].range_ref, ranges[1]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [8] = { /* AsyncInvokeIdentifier */
            .name_ref = REF(shapes[8].name_ref, strings[354]),
            .range_ref = REF(shapes[8].range_ref, ranges[2]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [9] = { /* AsyncInvokeMessage */
            .name_ref = REF(shapes[9].name_ref, strings[376]),
            .range_ref = REF(shapes[9].range_ref, ranges[3]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [10] = { /* AsyncInvokeOutputDataConfig */
            .name_ref = REF(shapes[10].name_ref, strings[395]),
            .u.structure.members_ref = REF(shapes[10].u.structure.members_ref, members[17]),
            .u.structure.by_wire_name_ref = REF(shapes[10].u.structure.by_wire_name_ref, by_wire_name[17]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_bedrock_runtime_async_invoke_output_data_config),
            .u.structure.member_count = 1,
        },
        [11] = { /* AsyncInvokeS3OutputDataConfig */
            .name_ref = REF(shapes[11].name_ref, strings[442]),
            .u.structure.members_ref = REF(shapes[11].u.structure.members_ref, members[18]),
            .u.structure.by_wire_name_ref = REF(shapes[11].u.structure.by_wire_name_ref, by_wire_name[18]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_async_invoke_s3_output_data_config),
            .u.structure.member_count = 3,
        },
        [12] = { /* AsyncInvokeStatus */
            .name_ref = REF(shapes[12].name_ref, strings[499]),
            .u.string.enum_values_ref = REF(shapes[12].u.string.enum_values_ref, strings[517]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [13] = { /* AsyncInvokeSummaries */
            .name_ref = REF(shapes[13].name_ref, strings[545]),
            .u.collection.item_ref = REF(shapes[13].u.collection.item_ref, shapes[14]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_async_invoke_summaries),
        },
        [14] = { /* AsyncInvokeSummary */
            .name_ref = REF(shapes[14].name_ref, strings[566]),
            .u.structure.members_ref = REF(shapes[14].u.structure.members_ref, members[21]),
            .u.structure.by_wire_name_ref = REF(shapes[14].u.structure.by_wire_name_ref, by_wire_name[21]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_async_invoke_summary),
            .u.structure.member_count = 9,
        },
        [15] = { /* AudioBlock */
            .name_ref = REF(shapes[15].name_ref, strings[702]),
            .u.structure.members_ref = REF(shapes[15].u.structure.members_ref, members[30]),
            .u.structure.by_wire_name_ref = REF(shapes[15].u.structure.by_wire_name_ref, by_wire_name[30]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_audio_block),
            .u.structure.member_count = 3,
        },
        [16] = { /* AudioFormat */
            .name_ref = REF(shapes[16].name_ref, strings[726]),
            .u.string.enum_values_ref = REF(shapes[16].u.string.enum_values_ref, strings[738]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 15,
        },
        [17] = { /* AudioSource */
            .name_ref = REF(shapes[17].name_ref, strings[805]),
            .u.structure.members_ref = REF(shapes[17].u.structure.members_ref, members[33]),
            .u.structure.by_wire_name_ref = REF(shapes[17].u.structure.by_wire_name_ref, by_wire_name[33]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION | AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_bedrock_runtime_audio_source),
            .u.structure.member_count = 2,
        },
        [18] = { /* AudioSourceBytesBlob */
            .name_ref = REF(shapes[18].name_ref, strings[834]),
            .range_ref = REF(shapes[18].range_ref, ranges[4]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [19] = { /* AutoToolChoice */
            .name_ref = REF(shapes[19].name_ref, strings[855]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_auto_tool_choice),
        },
        [20] = { /* AutomatedReasoningRuleIdentifier */
            .name_ref = REF(shapes[20].name_ref, strings[870]),
            .range_ref = REF(shapes[20].range_ref, ranges[5]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [21] = { /* BidirectionalInputPayloadPart */
            .name_ref = REF(shapes[21].name_ref, strings[903]),
            .u.structure.members_ref = REF(shapes[21].u.structure.members_ref, members[35]),
            .u.structure.by_wire_name_ref = REF(shapes[21].u.structure.by_wire_name_ref, by_wire_name[35]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_SENSITIVE | AWSC_SF_EVENT,
            .size = sizeof(struct awsc_bedrock_runtime_bidirectional_input_payload_part),
            .u.structure.member_count = 1,
        },
        [22] = { /* BidirectionalOutputPayloadPart */
            .name_ref = REF(shapes[22].name_ref, strings[933]),
            .u.structure.members_ref = REF(shapes[22].u.structure.members_ref, members[36]),
            .u.structure.by_wire_name_ref = REF(shapes[22].u.structure.by_wire_name_ref, by_wire_name[36]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_SENSITIVE | AWSC_SF_EVENT,
            .size = sizeof(struct awsc_bedrock_runtime_bidirectional_output_payload_part),
            .u.structure.member_count = 1,
        },
        [23] = { /* Blob */
            .name_ref = REF(shapes[23].name_ref, strings[964]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [24] = { /* Body */
            .name_ref = REF(shapes[24].name_ref, strings[969]),
            .range_ref = REF(shapes[24].range_ref, ranges[6]),
            .type = AWSC_SHAPE_BLOB,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_blob),
        },
        [25] = { /* Boolean */
            .name_ref = REF(shapes[25].name_ref, strings[974]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [26] = { /* CacheDetail */
            .name_ref = REF(shapes[26].name_ref, strings[982]),
            .u.structure.members_ref = REF(shapes[26].u.structure.members_ref, members[37]),
            .u.structure.by_wire_name_ref = REF(shapes[26].u.structure.by_wire_name_ref, by_wire_name[37]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_cache_detail),
            .u.structure.member_count = 2,
        },
        [27] = { /* CacheDetailInputTokensInteger */
            .name_ref = REF(shapes[27].name_ref, strings[1010]),
            .range_ref = REF(shapes[27].range_ref, ranges[7]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [28] = { /* CacheDetailsList */
            .name_ref = REF(shapes[28].name_ref, strings[1040]),
            .u.collection.item_ref = REF(shapes[28].u.collection.item_ref, shapes[26]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_cache_details_list),
        },
        [29] = { /* CachePointBlock */
            .name_ref = REF(shapes[29].name_ref, strings[1057]),
            .u.structure.members_ref = REF(shapes[29].u.structure.members_ref, members[39]),
            .u.structure.by_wire_name_ref = REF(shapes[29].u.structure.by_wire_name_ref, by_wire_name[39]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_cache_point_block),
            .u.structure.member_count = 2,
        },
        [30] = { /* CachePointType */
            .name_ref = REF(shapes[30].name_ref, strings[1078]),
            .u.string.enum_values_ref = REF(shapes[30].u.string.enum_values_ref, strings[1093]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [31] = { /* CacheTTL */
            .name_ref = REF(shapes[31].name_ref, strings[1101]),
            .u.string.enum_values_ref = REF(shapes[31].u.string.enum_values_ref, strings[1110]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [32] = { /* Citation */
            .name_ref = REF(shapes[32].name_ref, strings[1116]),
            .u.structure.members_ref = REF(shapes[32].u.structure.members_ref, members[41]),
            .u.structure.by_wire_name_ref = REF(shapes[32].u.structure.by_wire_name_ref, by_wire_name[41]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_citation),
            .u.structure.member_count = 4,
        },
        [33] = { /* CitationGeneratedContent */
            .name_ref = REF(shapes[33].name_ref, strings[1154]),
            .u.structure.members_ref = REF(shapes[33].u.structure.members_ref, members[45]),
            .u.structure.by_wire_name_ref = REF(shapes[33].u.structure.by_wire_name_ref, by_wire_name[45]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_bedrock_runtime_citation_generated_content),
            .u.structure.member_count = 1,
        },
        [34] = { /* CitationGeneratedContentList */
            .name_ref = REF(shapes[34].name_ref, strings[1184]),
            .u.collection.item_ref = REF(shapes[34].u.collection.item_ref, shapes[33]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_citation_generated_content_list),
        },
        [35] = { /* CitationLocation */
            .name_ref = REF(shapes[35].name_ref, strings[1213]),
            .u.structure.members_ref = REF(shapes[35].u.structure.members_ref, members[46]),
            .u.structure.by_wire_name_ref = REF(shapes[35].u.structure.by_wire_name_ref, by_wire_name[46]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_bedrock_runtime_citation_location),
            .u.structure.member_count = 5,
        },
        [36] = { /* CitationSourceContent */
            .name_ref = REF(shapes[36].name_ref, strings[1295]),
            .u.structure.members_ref = REF(shapes[36].u.structure.members_ref, members[51]),
            .u.structure.by_wire_name_ref = REF(shapes[36].u.structure.by_wire_name_ref, by_wire_name[51]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_bedrock_runtime_citation_source_content),
            .u.structure.member_count = 1,
        },
        [37] = { /* CitationSourceContentDelta */
            .name_ref = REF(shapes[37].name_ref, strings[1317]),
            .u.structure.members_ref = REF(shapes[37].u.structure.members_ref, members[52]),
            .u.structure.by_wire_name_ref = REF(shapes[37].u.structure.by_wire_name_ref, by_wire_name[52]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_citation_source_content_delta),
            .u.structure.member_count = 1,
        },
        [38] = { /* CitationSourceContentList */
            .name_ref = REF(shapes[38].name_ref, strings[1344]),
            .u.collection.item_ref = REF(shapes[38].u.collection.item_ref, shapes[36]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_citation_source_content_list),
        },
        [39] = { /* CitationSourceContentListDelta */
            .name_ref = REF(shapes[39].name_ref, strings[1370]),
            .u.collection.item_ref = REF(shapes[39].u.collection.item_ref, shapes[37]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_citation_source_content_list_delta),
        },
        [40] = { /* Citations */
            .name_ref = REF(shapes[40].name_ref, strings[1401]),
            .u.collection.item_ref = REF(shapes[40].u.collection.item_ref, shapes[32]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_citations),
        },
        [41] = { /* CitationsConfig */
            .name_ref = REF(shapes[41].name_ref, strings[1411]),
            .u.structure.members_ref = REF(shapes[41].u.structure.members_ref, members[53]),
            .u.structure.by_wire_name_ref = REF(shapes[41].u.structure.by_wire_name_ref, by_wire_name[53]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_citations_config),
            .u.structure.member_count = 1,
        },
        [42] = { /* CitationsContentBlock */
            .name_ref = REF(shapes[42].name_ref, strings[1435]),
            .u.structure.members_ref = REF(shapes[42].u.structure.members_ref, members[54]),
            .u.structure.by_wire_name_ref = REF(shapes[42].u.structure.by_wire_name_ref, by_wire_name[54]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_citations_content_block),
            .u.structure.member_count = 2,
        },
        [43] = { /* CitationsDelta */
            .name_ref = REF(shapes[43].name_ref, strings[1467]),
            .u.structure.members_ref = REF(shapes[43].u.structure.members_ref, members[56]),
            .u.structure.by_wire_name_ref = REF(shapes[43].u.structure.by_wire_name_ref, by_wire_name[56]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_citations_delta),
            .u.structure.member_count = 4,
        },
        [44] = { /* ConflictException */
            .name_ref = REF(shapes[44].name_ref, strings[1482]),
            .u.structure.members_ref = REF(shapes[44].u.structure.members_ref, members[60]),
            .u.structure.by_wire_name_ref = REF(shapes[44].u.structure.by_wire_name_ref, by_wire_name[60]),
            .u.structure.error_code_ref = REF(shapes[44].u.structure.error_code_ref, strings[1482]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_bedrock_runtime_conflict_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [45] = { /* ContentBlock */
            .name_ref = REF(shapes[45].name_ref, strings[1500]),
            .u.structure.members_ref = REF(shapes[45].u.structure.members_ref, members[61]),
            .u.structure.by_wire_name_ref = REF(shapes[45].u.structure.by_wire_name_ref, by_wire_name[61]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_bedrock_runtime_content_block),
            .u.structure.member_count = 14,
        },
        [46] = { /* ContentBlockDelta */
            .name_ref = REF(shapes[46].name_ref, strings[1655]),
            .u.structure.members_ref = REF(shapes[46].u.structure.members_ref, members[75]),
            .u.structure.by_wire_name_ref = REF(shapes[46].u.structure.by_wire_name_ref, by_wire_name[75]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_bedrock_runtime_content_block_delta),
            .u.structure.member_count = 6,
        },
        [47] = { /* ContentBlockDeltaEvent */
            .name_ref = REF(shapes[47].name_ref, strings[1682]),
            .u.structure.members_ref = REF(shapes[47].u.structure.members_ref, members[81]),
            .u.structure.by_wire_name_ref = REF(shapes[47].u.structure.by_wire_name_ref, by_wire_name[81]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EVENT,
            .size = sizeof(struct awsc_bedrock_runtime_content_block_delta_event),
            .u.structure.member_count = 2,
        },
        [48] = { /* ContentBlockStart */
            .name_ref = REF(shapes[48].name_ref, strings[1729]),
            .u.structure.members_ref = REF(shapes[48].u.structure.members_ref, members[83]),
            .u.structure.by_wire_name_ref = REF(shapes[48].u.structure.by_wire_name_ref, by_wire_name[83]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_bedrock_runtime_content_block_start),
            .u.structure.member_count = 3,
        },
        [49] = { /* ContentBlockStartEvent */
            .name_ref = REF(shapes[49].name_ref, strings[1747]),
            .u.structure.members_ref = REF(shapes[49].u.structure.members_ref, members[86]),
            .u.structure.by_wire_name_ref = REF(shapes[49].u.structure.by_wire_name_ref, by_wire_name[86]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EVENT,
            .size = sizeof(struct awsc_bedrock_runtime_content_block_start_event),
            .u.structure.member_count = 2,
        },
        [50] = { /* ContentBlockStopEvent */
            .name_ref = REF(shapes[50].name_ref, strings[1776]),
            .u.structure.members_ref = REF(shapes[50].u.structure.members_ref, members[88]),
            .u.structure.by_wire_name_ref = REF(shapes[50].u.structure.by_wire_name_ref, by_wire_name[88]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EVENT,
            .size = sizeof(struct awsc_bedrock_runtime_content_block_stop_event),
            .u.structure.member_count = 1,
        },
        [51] = { /* ContentBlocks */
            .name_ref = REF(shapes[51].name_ref, strings[1798]),
            .u.collection.item_ref = REF(shapes[51].u.collection.item_ref, shapes[45]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_content_blocks),
        },
        [52] = { /* ConversationRole */
            .name_ref = REF(shapes[52].name_ref, strings[1812]),
            .u.string.enum_values_ref = REF(shapes[52].u.string.enum_values_ref, strings[1829]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [53] = { /* ConversationalModelId */
            .name_ref = REF(shapes[53].name_ref, strings[1851]),
            .range_ref = REF(shapes[53].range_ref, ranges[8]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [54] = { /* ConverseMetrics */
            .name_ref = REF(shapes[54].name_ref, strings[1873]),
            .u.structure.members_ref = REF(shapes[54].u.structure.members_ref, members[89]),
            .u.structure.by_wire_name_ref = REF(shapes[54].u.structure.by_wire_name_ref, by_wire_name[89]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_converse_metrics),
            .u.structure.member_count = 1,
        },
        [55] = { /* ConverseOutput */
            .name_ref = REF(shapes[55].name_ref, strings[1899]),
            .u.structure.members_ref = REF(shapes[55].u.structure.members_ref, members[90]),
            .u.structure.by_wire_name_ref = REF(shapes[55].u.structure.by_wire_name_ref, by_wire_name[90]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_bedrock_runtime_converse_output),
            .u.structure.member_count = 1,
        },
        [56] = { /* ConverseRequest */
            .name_ref = REF(shapes[56].name_ref, strings[1914]),
            .u.structure.members_ref = REF(shapes[56].u.structure.members_ref, members[91]),
            .u.structure.by_wire_name_ref = REF(shapes[56].u.structure.by_wire_name_ref, by_wire_name[91]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_converse_input),
            .u.structure.member_count = 13,
        },
        [57] = { /* ConverseRequestAdditionalModelResponseFieldPathsList */
            .name_ref = REF(shapes[57].name_ref, strings[2135]),
            .range_ref = REF(shapes[57].range_ref, ranges[9]),
            .u.collection.item_ref = REF(shapes[57].u.collection.item_ref, shapes[58]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_origin_list),
        },
        [58] = { /* ConverseRequestAdditionalModelResponseFieldPathsListMemberString */
            .name_ref = REF(shapes[58].name_ref, strings[2188]),
            .range_ref = REF(shapes[58].range_ref, ranges[10]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [59] = { /* ConverseResponse */
            .name_ref = REF(shapes[59].name_ref, strings[2253]),
            .u.structure.members_ref = REF(shapes[59].u.structure.members_ref, members[104]),
            .u.structure.by_wire_name_ref = REF(shapes[59].u.structure.by_wire_name_ref, by_wire_name[104]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_converse_response),
            .u.structure.member_count = 8,
        },
        [60] = { /* ConverseStreamMetadataEvent */
            .name_ref = REF(shapes[60].name_ref, strings[2332]),
            .u.structure.members_ref = REF(shapes[60].u.structure.members_ref, members[112]),
            .u.structure.by_wire_name_ref = REF(shapes[60].u.structure.by_wire_name_ref, by_wire_name[112]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EVENT,
            .size = sizeof(struct awsc_bedrock_runtime_converse_stream_metadata_event),
            .u.structure.member_count = 5,
        },
        [61] = { /* ConverseStreamMetrics */
            .name_ref = REF(shapes[61].name_ref, strings[2360]),
            .u.structure.members_ref = REF(shapes[61].u.structure.members_ref, members[117]),
            .u.structure.by_wire_name_ref = REF(shapes[61].u.structure.by_wire_name_ref, by_wire_name[117]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_converse_stream_metrics),
            .u.structure.member_count = 1,
        },
        [62] = { /* ConverseStreamOutput */
            .name_ref = REF(shapes[62].name_ref, strings[2382]),
            .u.structure.members_ref = REF(shapes[62].u.structure.members_ref, members[118]),
            .u.structure.by_wire_name_ref = REF(shapes[62].u.structure.by_wire_name_ref, by_wire_name[118]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EVENTSTREAM,
            .size = sizeof(struct awsc_bedrock_runtime_converse_stream_event),
            .u.structure.member_count = 11,
        },
        [63] = { /* ConverseStreamRequest */
            .name_ref = REF(shapes[63].name_ref, strings[2608]),
            .u.structure.members_ref = REF(shapes[63].u.structure.members_ref, members[129]),
            .u.structure.by_wire_name_ref = REF(shapes[63].u.structure.by_wire_name_ref, by_wire_name[129]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_converse_stream_input),
            .u.structure.member_count = 13,
        },
        [64] = { /* ConverseStreamRequestAdditionalModelResponseFieldPathsList */
            .name_ref = REF(shapes[64].name_ref, strings[2630]),
            .range_ref = REF(shapes[64].range_ref, ranges[11]),
            .u.collection.item_ref = REF(shapes[64].u.collection.item_ref, shapes[65]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_origin_list),
        },
        [65] = { /* ConverseStreamRequestAdditionalModelResponseFieldPathsListMemberString */
            .name_ref = REF(shapes[65].name_ref, strings[2689]),
            .range_ref = REF(shapes[65].range_ref, ranges[12]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [66] = { /* ConverseStreamResponse */
            .name_ref = REF(shapes[66].name_ref, strings[2760]),
            .u.structure.members_ref = REF(shapes[66].u.structure.members_ref, members[142]),
            .u.structure.by_wire_name_ref = REF(shapes[66].u.structure.by_wire_name_ref, by_wire_name[142]),
            .u.structure.payload_ref = REF(shapes[66].u.structure.payload_ref, strings[2783]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_converse_stream_output),
            .u.structure.member_count = 1,
        },
        [67] = { /* ConverseStreamTrace */
            .name_ref = REF(shapes[67].name_ref, strings[2790]),
            .u.structure.members_ref = REF(shapes[67].u.structure.members_ref, members[143]),
            .u.structure.by_wire_name_ref = REF(shapes[67].u.structure.by_wire_name_ref, by_wire_name[143]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_converse_stream_trace),
            .u.structure.member_count = 2,
        },
        [68] = { /* ConverseTokensRequest */
            .name_ref = REF(shapes[68].name_ref, strings[2833]),
            .u.structure.members_ref = REF(shapes[68].u.structure.members_ref, members[145]),
            .u.structure.by_wire_name_ref = REF(shapes[68].u.structure.by_wire_name_ref, by_wire_name[145]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_converse_tokens_request),
            .u.structure.member_count = 4,
        },
        [69] = { /* ConverseTrace */
            .name_ref = REF(shapes[69].name_ref, strings[2855]),
            .u.structure.members_ref = REF(shapes[69].u.structure.members_ref, members[149]),
            .u.structure.by_wire_name_ref = REF(shapes[69].u.structure.by_wire_name_ref, by_wire_name[149]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_converse_trace),
            .u.structure.member_count = 2,
        },
        [70] = { /* CountTokensInput */
            .name_ref = REF(shapes[70].name_ref, strings[2869]),
            .u.structure.members_ref = REF(shapes[70].u.structure.members_ref, members[151]),
            .u.structure.by_wire_name_ref = REF(shapes[70].u.structure.by_wire_name_ref, by_wire_name[151]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_bedrock_runtime_count_tokens_input),
            .u.structure.member_count = 2,
        },
        [71] = { /* CountTokensRequest */
            .name_ref = REF(shapes[71].name_ref, strings[2907]),
            .u.structure.members_ref = REF(shapes[71].u.structure.members_ref, members[153]),
            .u.structure.by_wire_name_ref = REF(shapes[71].u.structure.by_wire_name_ref, by_wire_name[153]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_count_tokens_request),
            .u.structure.member_count = 2,
        },
        [72] = { /* CountTokensResponse */
            .name_ref = REF(shapes[72].name_ref, strings[2932]),
            .u.structure.members_ref = REF(shapes[72].u.structure.members_ref, members[155]),
            .u.structure.by_wire_name_ref = REF(shapes[72].u.structure.by_wire_name_ref, by_wire_name[155]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_count_tokens_output),
            .u.structure.member_count = 1,
        },
        [73] = { /* Document */
            .name_ref = REF(shapes[73].name_ref, strings[2952]),
            .type = AWSC_SHAPE_DOCUMENT,
            .flags = AWSC_SF_DOCUMENT,
            .size = sizeof(struct awsc_document),
        },
        [74] = { /* DocumentBlock */
            .name_ref = REF(shapes[74].name_ref, strings[2961]),
            .u.structure.members_ref = REF(shapes[74].u.structure.members_ref, members[156]),
            .u.structure.by_wire_name_ref = REF(shapes[74].u.structure.by_wire_name_ref, by_wire_name[156]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_document_block),
            .u.structure.member_count = 5,
        },
        [75] = { /* DocumentBlockNameString */
            .name_ref = REF(shapes[75].name_ref, strings[2988]),
            .range_ref = REF(shapes[75].range_ref, ranges[13]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [76] = { /* DocumentCharLocation */
            .name_ref = REF(shapes[76].name_ref, strings[3012]),
            .u.structure.members_ref = REF(shapes[76].u.structure.members_ref, members[161]),
            .u.structure.by_wire_name_ref = REF(shapes[76].u.structure.by_wire_name_ref, by_wire_name[161]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_document_char_location),
            .u.structure.member_count = 3,
        },
        [77] = { /* DocumentCharLocationDocumentIndexInteger */
            .name_ref = REF(shapes[77].name_ref, strings[3051]),
            .range_ref = REF(shapes[77].range_ref, ranges[14]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [78] = { /* DocumentCharLocationEndInteger */
            .name_ref = REF(shapes[78].name_ref, strings[3092]),
            .range_ref = REF(shapes[78].range_ref, ranges[15]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [79] = { /* DocumentCharLocationStartInteger */
            .name_ref = REF(shapes[79].name_ref, strings[3123]),
            .range_ref = REF(shapes[79].range_ref, ranges[16]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [80] = { /* DocumentChunkLocation */
            .name_ref = REF(shapes[80].name_ref, strings[3156]),
            .u.structure.members_ref = REF(shapes[80].u.structure.members_ref, members[164]),
            .u.structure.by_wire_name_ref = REF(shapes[80].u.structure.by_wire_name_ref, by_wire_name[164]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_document_chunk_location),
            .u.structure.member_count = 3,
        },
        [81] = { /* DocumentChunkLocationDocumentIndexInteger */
            .name_ref = REF(shapes[81].name_ref, strings[3178]),
            .range_ref = REF(shapes[81].range_ref, ranges[17]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [82] = { /* DocumentChunkLocationEndInteger */
            .name_ref = REF(shapes[82].name_ref, strings[3220]),
            .range_ref = REF(shapes[82].range_ref, ranges[18]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [83] = { /* DocumentChunkLocationStartInteger */
            .name_ref = REF(shapes[83].name_ref, strings[3252]),
            .range_ref = REF(shapes[83].range_ref, ranges[19]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [84] = { /* DocumentContentBlock */
            .name_ref = REF(shapes[84].name_ref, strings[3286]),
            .u.structure.members_ref = REF(shapes[84].u.structure.members_ref, members[167]),
            .u.structure.by_wire_name_ref = REF(shapes[84].u.structure.by_wire_name_ref, by_wire_name[167]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_bedrock_runtime_document_content_block),
            .u.structure.member_count = 1,
        },
        [85] = { /* DocumentContentBlocks */
            .name_ref = REF(shapes[85].name_ref, strings[3307]),
            .u.collection.item_ref = REF(shapes[85].u.collection.item_ref, shapes[84]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_document_content_blocks),
        },
        [86] = { /* DocumentFormat */
            .name_ref = REF(shapes[86].name_ref, strings[3329]),
            .u.string.enum_values_ref = REF(shapes[86].u.string.enum_values_ref, strings[3344]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 9,
        },
        [87] = { /* DocumentPageLocation */
            .name_ref = REF(shapes[87].name_ref, strings[3382]),
            .u.structure.members_ref = REF(shapes[87].u.structure.members_ref, members[168]),
            .u.structure.by_wire_name_ref = REF(shapes[87].u.structure.by_wire_name_ref, by_wire_name[168]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_document_page_location),
            .u.structure.member_count = 3,
        },
        [88] = { /* DocumentPageLocationDocumentIndexInteger */
            .name_ref = REF(shapes[88].name_ref, strings[3403]),
            .range_ref = REF(shapes[88].range_ref, ranges[20]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [89] = { /* DocumentPageLocationEndInteger */
            .name_ref = REF(shapes[89].name_ref, strings[3444]),
            .range_ref = REF(shapes[89].range_ref, ranges[21]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [90] = { /* DocumentPageLocationStartInteger */
            .name_ref = REF(shapes[90].name_ref, strings[3475]),
            .range_ref = REF(shapes[90].range_ref, ranges[22]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [91] = { /* DocumentSource */
            .name_ref = REF(shapes[91].name_ref, strings[3508]),
            .u.structure.members_ref = REF(shapes[91].u.structure.members_ref, members[171]),
            .u.structure.by_wire_name_ref = REF(shapes[91].u.structure.by_wire_name_ref, by_wire_name[171]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_bedrock_runtime_document_source),
            .u.structure.member_count = 4,
        },
        [92] = { /* DocumentSourceBytesBlob */
            .name_ref = REF(shapes[92].name_ref, strings[3523]),
            .range_ref = REF(shapes[92].range_ref, ranges[23]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [93] = { /* ErrorBlock */
            .name_ref = REF(shapes[93].name_ref, strings[3547]),
            .u.structure.members_ref = REF(shapes[93].u.structure.members_ref, members[175]),
            .u.structure.by_wire_name_ref = REF(shapes[93].u.structure.by_wire_name_ref, by_wire_name[175]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_bedrock_runtime_error_block),
            .u.structure.member_count = 1,
        },
        [94] = { /* FoundationModelVersionIdentifier */
            .name_ref = REF(shapes[94].name_ref, strings[3558]),
            .range_ref = REF(shapes[94].range_ref, ranges[24]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [95] = { /* GetAsyncInvokeRequest */
            .name_ref = REF(shapes[95].name_ref, strings[3591]),
            .u.structure.members_ref = REF(shapes[95].u.structure.members_ref, members[176]),
            .u.structure.by_wire_name_ref = REF(shapes[95].u.structure.by_wire_name_ref, by_wire_name[176]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_get_async_invoke_input),
            .u.structure.member_count = 1,
        },
        [96] = { /* GetAsyncInvokeResponse */
            .name_ref = REF(shapes[96].name_ref, strings[3613]),
            .u.structure.members_ref = REF(shapes[96].u.structure.members_ref, members[177]),
            .u.structure.by_wire_name_ref = REF(shapes[96].u.structure.by_wire_name_ref, by_wire_name[177]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_get_async_invoke_output),
            .u.structure.member_count = 9,
        },
        [97] = { /* GuardrailAction */
            .name_ref = REF(shapes[97].name_ref, strings[3636]),
            .u.string.enum_values_ref = REF(shapes[97].u.string.enum_values_ref, strings[3652]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [98] = { /* GuardrailArn */
            .name_ref = REF(shapes[98].name_ref, strings[3678]),
            .range_ref = REF(shapes[98].range_ref, ranges[25]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [99] = { /* GuardrailAssessment */
            .name_ref = REF(shapes[99].name_ref, strings[3691]),
            .u.structure.members_ref = REF(shapes[99].u.structure.members_ref, members[186]),
            .u.structure.by_wire_name_ref = REF(shapes[99].u.structure.by_wire_name_ref, by_wire_name[186]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_assessment),
            .u.structure.member_count = 8,
        },
        [100] = { /* GuardrailAssessmentList */
            .name_ref = REF(shapes[100].name_ref, strings[3868]),
            .u.collection.item_ref = REF(shapes[100].u.collection.item_ref, shapes[99]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_assessment_list),
        },
        [101] = { /* GuardrailAssessmentListMap */
            .name_ref = REF(shapes[101].name_ref, strings[3892]),
            .u.collection.item_ref = REF(shapes[101].u.collection.item_ref, shapes[100]),
            .u.collection.key_ref = REF(shapes[101].u.collection.key_ref, shapes[343]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_assessment_list_map),
            .u.collection.value_offset = offsetof(struct awsc_bedrock_runtime_guardrail_assessment_list_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_bedrock_runtime_guardrail_assessment_list_map_entry),
        },
        [102] = { /* GuardrailAssessmentMap */
            .name_ref = REF(shapes[102].name_ref, strings[3919]),
            .u.collection.item_ref = REF(shapes[102].u.collection.item_ref, shapes[99]),
            .u.collection.key_ref = REF(shapes[102].u.collection.key_ref, shapes[343]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_assessment_map),
            .u.collection.value_offset = offsetof(struct awsc_bedrock_runtime_guardrail_assessment_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_bedrock_runtime_guardrail_assessment_map_entry),
        },
        [103] = { /* GuardrailAutomatedReasoningDifferenceScenarioList */
            .name_ref = REF(shapes[103].name_ref, strings[3942]),
            .range_ref = REF(shapes[103].range_ref, ranges[26]),
            .u.collection.item_ref = REF(shapes[103].u.collection.item_ref, shapes[120]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_difference_scenario_list),
        },
        [104] = { /* GuardrailAutomatedReasoningFinding */
            .name_ref = REF(shapes[104].name_ref, strings[3992]),
            .u.structure.members_ref = REF(shapes[104].u.structure.members_ref, members[194]),
            .u.structure.by_wire_name_ref = REF(shapes[104].u.structure.by_wire_name_ref, by_wire_name[194]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding),
            .u.structure.member_count = 7,
        },
        [105] = { /* GuardrailAutomatedReasoningFindingList */
            .name_ref = REF(shapes[105].name_ref, strings[4111]),
            .u.collection.item_ref = REF(shapes[105].u.collection.item_ref, shapes[104]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding_list),
        },
        [106] = { /* GuardrailAutomatedReasoningImpossibleFinding */
            .name_ref = REF(shapes[106].name_ref, strings[4150]),
            .u.structure.members_ref = REF(shapes[106].u.structure.members_ref, members[201]),
            .u.structure.by_wire_name_ref = REF(shapes[106].u.structure.by_wire_name_ref, by_wire_name[201]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_impossible_finding),
            .u.structure.member_count = 3,
        },
        [107] = { /* GuardrailAutomatedReasoningInputTextReference */
            .name_ref = REF(shapes[107].name_ref, strings[4239]),
            .u.structure.members_ref = REF(shapes[107].u.structure.members_ref, members[204]),
            .u.structure.by_wire_name_ref = REF(shapes[107].u.structure.by_wire_name_ref, by_wire_name[204]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_input_text_reference),
            .u.structure.member_count = 1,
        },
        [108] = { /* GuardrailAutomatedReasoningInputTextReferenceList */
            .name_ref = REF(shapes[108].name_ref, strings[4285]),
            .u.collection.item_ref = REF(shapes[108].u.collection.item_ref, shapes[107]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_input_text_reference_list),
        },
        [109] = { /* GuardrailAutomatedReasoningInvalidFinding */
            .name_ref = REF(shapes[109].name_ref, strings[4335]),
            .u.structure.members_ref = REF(shapes[109].u.structure.members_ref, members[205]),
            .u.structure.by_wire_name_ref = REF(shapes[109].u.structure.by_wire_name_ref, by_wire_name[205]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_invalid_finding),
            .u.structure.member_count = 3,
        },
        [110] = { /* GuardrailAutomatedReasoningLogicWarning */
            .name_ref = REF(shapes[110].name_ref, strings[4377]),
            .u.structure.members_ref = REF(shapes[110].u.structure.members_ref, members[208]),
            .u.structure.by_wire_name_ref = REF(shapes[110].u.structure.by_wire_name_ref, by_wire_name[208]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning),
            .u.structure.member_count = 3,
        },
        [111] = { /* GuardrailAutomatedReasoningLogicWarningType */
            .name_ref = REF(shapes[111].name_ref, strings[4433]),
            .u.string.enum_values_ref = REF(shapes[111].u.string.enum_values_ref, strings[4477]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [112] = { /* GuardrailAutomatedReasoningNoTranslationsFinding */
            .name_ref = REF(shapes[112].name_ref, strings[4502]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_no_translations_finding),
        },
        [113] = { /* GuardrailAutomatedReasoningPoliciesProcessed */
            .name_ref = REF(shapes[113].name_ref, strings[4551]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [114] = { /* GuardrailAutomatedReasoningPolicyAssessment */
            .name_ref = REF(shapes[114].name_ref, strings[4596]),
            .u.structure.members_ref = REF(shapes[114].u.structure.members_ref, members[211]),
            .u.structure.by_wire_name_ref = REF(shapes[114].u.structure.by_wire_name_ref, by_wire_name[211]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_policy_assessment),
            .u.structure.member_count = 1,
        },
        [115] = { /* GuardrailAutomatedReasoningPolicyUnitsProcessed */
            .name_ref = REF(shapes[115].name_ref, strings[4649]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [116] = { /* GuardrailAutomatedReasoningPolicyVersionArn */
            .name_ref = REF(shapes[116].name_ref, strings[4697]),
            .range_ref = REF(shapes[116].range_ref, ranges[27]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [117] = { /* GuardrailAutomatedReasoningRule */
            .name_ref = REF(shapes[117].name_ref, strings[4741]),
            .u.structure.members_ref = REF(shapes[117].u.structure.members_ref, members[212]),
            .u.structure.by_wire_name_ref = REF(shapes[117].u.structure.by_wire_name_ref, by_wire_name[212]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_rule),
            .u.structure.member_count = 2,
        },
        [118] = { /* GuardrailAutomatedReasoningRuleList */
            .name_ref = REF(shapes[118].name_ref, strings[4801]),
            .u.collection.item_ref = REF(shapes[118].u.collection.item_ref, shapes[117]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_rule_list),
        },
        [119] = { /* GuardrailAutomatedReasoningSatisfiableFinding */
            .name_ref = REF(shapes[119].name_ref, strings[4837]),
            .u.structure.members_ref = REF(shapes[119].u.structure.members_ref, members[214]),
            .u.structure.by_wire_name_ref = REF(shapes[119].u.structure.by_wire_name_ref, by_wire_name[214]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_satisfiable_finding),
            .u.structure.member_count = 4,
        },
        [120] = { /* GuardrailAutomatedReasoningScenario */
            .name_ref = REF(shapes[120].name_ref, strings[4922]),
            .u.structure.members_ref = REF(shapes[120].u.structure.members_ref, members[218]),
            .u.structure.by_wire_name_ref = REF(shapes[120].u.structure.by_wire_name_ref, by_wire_name[218]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_scenario),
            .u.structure.member_count = 1,
        },
        [121] = { /* GuardrailAutomatedReasoningStatement */
            .name_ref = REF(shapes[121].name_ref, strings[4969]),
            .u.structure.members_ref = REF(shapes[121].u.structure.members_ref, members[219]),
            .u.structure.by_wire_name_ref = REF(shapes[121].u.structure.by_wire_name_ref, by_wire_name[219]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_statement),
            .u.structure.member_count = 2,
        },
        [122] = { /* GuardrailAutomatedReasoningStatementList */
            .name_ref = REF(shapes[122].name_ref, strings[5028]),
            .u.collection.item_ref = REF(shapes[122].u.collection.item_ref, shapes[121]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_statement_list),
        },
        [123] = { /* GuardrailAutomatedReasoningStatementLogicContent */
            .name_ref = REF(shapes[123].name_ref, strings[5069]),
            .range_ref = REF(shapes[123].range_ref, ranges[28]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [124] = { /* GuardrailAutomatedReasoningStatementNaturalLanguageContent */
            .name_ref = REF(shapes[124].name_ref, strings[5118]),
            .range_ref = REF(shapes[124].range_ref, ranges[29]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [125] = { /* GuardrailAutomatedReasoningTooComplexFinding */
            .name_ref = REF(shapes[125].name_ref, strings[5177]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_too_complex_finding),
        },
        [126] = { /* GuardrailAutomatedReasoningTranslation */
            .name_ref = REF(shapes[126].name_ref, strings[5222]),
            .u.structure.members_ref = REF(shapes[126].u.structure.members_ref, members[221]),
            .u.structure.by_wire_name_ref = REF(shapes[126].u.structure.by_wire_name_ref, by_wire_name[221]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation),
            .u.structure.member_count = 5,
        },
        [127] = { /* GuardrailAutomatedReasoningTranslationAmbiguousFinding */
            .name_ref = REF(shapes[127].name_ref, strings[5312]),
            .u.structure.members_ref = REF(shapes[127].u.structure.members_ref, members[226]),
            .u.structure.by_wire_name_ref = REF(shapes[127].u.structure.by_wire_name_ref, by_wire_name[226]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_ambiguous_finding),
            .u.structure.member_count = 2,
        },
        [128] = { /* GuardrailAutomatedReasoningTranslationConfidence */
            .name_ref = REF(shapes[128].name_ref, strings[5395]),
            .range_ref = REF(shapes[128].range_ref, ranges[30]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [129] = { /* GuardrailAutomatedReasoningTranslationList */
            .name_ref = REF(shapes[129].name_ref, strings[5444]),
            .u.collection.item_ref = REF(shapes[129].u.collection.item_ref, shapes[126]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_list),
        },
        [130] = { /* GuardrailAutomatedReasoningTranslationOption */
            .name_ref = REF(shapes[130].name_ref, strings[5487]),
            .u.structure.members_ref = REF(shapes[130].u.structure.members_ref, members[228]),
            .u.structure.by_wire_name_ref = REF(shapes[130].u.structure.by_wire_name_ref, by_wire_name[228]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_option),
            .u.structure.member_count = 1,
        },
        [131] = { /* GuardrailAutomatedReasoningTranslationOptionList */
            .name_ref = REF(shapes[131].name_ref, strings[5545]),
            .range_ref = REF(shapes[131].range_ref, ranges[31]),
            .u.collection.item_ref = REF(shapes[131].u.collection.item_ref, shapes[130]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_option_list),
        },
        [132] = { /* GuardrailAutomatedReasoningValidFinding */
            .name_ref = REF(shapes[132].name_ref, strings[5594]),
            .u.structure.members_ref = REF(shapes[132].u.structure.members_ref, members[229]),
            .u.structure.by_wire_name_ref = REF(shapes[132].u.structure.by_wire_name_ref, by_wire_name[229]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_valid_finding),
            .u.structure.member_count = 4,
        },
        [133] = { /* GuardrailChecksConfig */
            .name_ref = REF(shapes[133].name_ref, strings[5650]),
            .u.structure.members_ref = REF(shapes[133].u.structure.members_ref, members[233]),
            .u.structure.by_wire_name_ref = REF(shapes[133].u.structure.by_wire_name_ref, by_wire_name[233]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_config),
            .u.structure.member_count = 3,
        },
        [134] = { /* GuardrailChecksContentBlock */
            .name_ref = REF(shapes[134].name_ref, strings[5720]),
            .u.structure.members_ref = REF(shapes[134].u.structure.members_ref, members[236]),
            .u.structure.by_wire_name_ref = REF(shapes[134].u.structure.by_wire_name_ref, by_wire_name[236]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_block),
            .u.structure.member_count = 1,
        },
        [135] = { /* GuardrailChecksContentBlockList */
            .name_ref = REF(shapes[135].name_ref, strings[5748]),
            .range_ref = REF(shapes[135].range_ref, ranges[32]),
            .u.collection.item_ref = REF(shapes[135].u.collection.item_ref, shapes[134]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_block_list),
        },
        [136] = { /* GuardrailChecksContentFilterCategory */
            .name_ref = REF(shapes[136].name_ref, strings[5780]),
            .u.string.enum_values_ref = REF(shapes[136].u.string.enum_values_ref, strings[5817]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 5,
        },
        [137] = { /* GuardrailChecksContentFilterCategoryConfig */
            .name_ref = REF(shapes[137].name_ref, strings[5857]),
            .u.structure.members_ref = REF(shapes[137].u.structure.members_ref, members[237]),
            .u.structure.by_wire_name_ref = REF(shapes[137].u.structure.by_wire_name_ref, by_wire_name[237]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_category_config),
            .u.structure.member_count = 1,
        },
        [138] = { /* GuardrailChecksContentFilterCategoryConfigList */
            .name_ref = REF(shapes[138].name_ref, strings[5909]),
            .range_ref = REF(shapes[138].range_ref, ranges[33]),
            .u.collection.item_ref = REF(shapes[138].u.collection.item_ref, shapes[137]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_category_config_list),
        },
        [139] = { /* GuardrailChecksContentFilterConfig */
            .name_ref = REF(shapes[139].name_ref, strings[5956]),
            .u.structure.members_ref = REF(shapes[139].u.structure.members_ref, members[238]),
            .u.structure.by_wire_name_ref = REF(shapes[139].u.structure.by_wire_name_ref, by_wire_name[238]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_config),
            .u.structure.member_count = 1,
        },
        [140] = { /* GuardrailChecksContentFilterResult */
            .name_ref = REF(shapes[140].name_ref, strings[6002]),
            .u.structure.members_ref = REF(shapes[140].u.structure.members_ref, members[239]),
            .u.structure.by_wire_name_ref = REF(shapes[140].u.structure.by_wire_name_ref, by_wire_name[239]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_result),
            .u.structure.member_count = 1,
        },
        [141] = { /* GuardrailChecksContentFilterResultEntry */
            .name_ref = REF(shapes[141].name_ref, strings[6045]),
            .u.structure.members_ref = REF(shapes[141].u.structure.members_ref, members[240]),
            .u.structure.by_wire_name_ref = REF(shapes[141].u.structure.by_wire_name_ref, by_wire_name[240]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_result_entry),
            .u.structure.member_count = 2,
        },
        [142] = { /* GuardrailChecksContentFilterResultEntrySeverityScoreDouble */
            .name_ref = REF(shapes[142].name_ref, strings[6099]),
            .range_ref = REF(shapes[142].range_ref, ranges[34]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [143] = { /* GuardrailChecksContentFilterResultList */
            .name_ref = REF(shapes[143].name_ref, strings[6158]),
            .u.collection.item_ref = REF(shapes[143].u.collection.item_ref, shapes[141]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_result_list),
        },
        [144] = { /* GuardrailChecksContentFilterUsage */
            .name_ref = REF(shapes[144].name_ref, strings[6197]),
            .u.structure.members_ref = REF(shapes[144].u.structure.members_ref, members[242]),
            .u.structure.by_wire_name_ref = REF(shapes[144].u.structure.by_wire_name_ref, by_wire_name[242]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_usage),
            .u.structure.member_count = 1,
        },
        [145] = { /* GuardrailChecksMessage */
            .name_ref = REF(shapes[145].name_ref, strings[6241]),
            .u.structure.members_ref = REF(shapes[145].u.structure.members_ref, members[243]),
            .u.structure.by_wire_name_ref = REF(shapes[145].u.structure.by_wire_name_ref, by_wire_name[243]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_message),
            .u.structure.member_count = 2,
        },
        [146] = { /* GuardrailChecksMessageList */
            .name_ref = REF(shapes[146].name_ref, strings[6269]),
            .range_ref = REF(shapes[146].range_ref, ranges[35]),
            .u.collection.item_ref = REF(shapes[146].u.collection.item_ref, shapes[145]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_message_list),
        },
        [147] = { /* GuardrailChecksPromptAttackCategory */
            .name_ref = REF(shapes[147].name_ref, strings[6296]),
            .u.string.enum_values_ref = REF(shapes[147].u.string.enum_values_ref, strings[6332]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [148] = { /* GuardrailChecksPromptAttackCategoryConfig */
            .name_ref = REF(shapes[148].name_ref, strings[6374]),
            .u.structure.members_ref = REF(shapes[148].u.structure.members_ref, members[245]),
            .u.structure.by_wire_name_ref = REF(shapes[148].u.structure.by_wire_name_ref, by_wire_name[245]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_config),
            .u.structure.member_count = 1,
        },
        [149] = { /* GuardrailChecksPromptAttackCategoryConfigList */
            .name_ref = REF(shapes[149].name_ref, strings[6416]),
            .range_ref = REF(shapes[149].range_ref, ranges[36]),
            .u.collection.item_ref = REF(shapes[149].u.collection.item_ref, shapes[148]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_config_list),
        },
        [150] = { /* GuardrailChecksPromptAttackConfig */
            .name_ref = REF(shapes[150].name_ref, strings[6462]),
            .u.structure.members_ref = REF(shapes[150].u.structure.members_ref, members[246]),
            .u.structure.by_wire_name_ref = REF(shapes[150].u.structure.by_wire_name_ref, by_wire_name[246]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_config),
            .u.structure.member_count = 1,
        },
        [151] = { /* GuardrailChecksPromptAttackResult */
            .name_ref = REF(shapes[151].name_ref, strings[6496]),
            .u.structure.members_ref = REF(shapes[151].u.structure.members_ref, members[247]),
            .u.structure.by_wire_name_ref = REF(shapes[151].u.structure.by_wire_name_ref, by_wire_name[247]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result),
            .u.structure.member_count = 1,
        },
        [152] = { /* GuardrailChecksPromptAttackResultEntry */
            .name_ref = REF(shapes[152].name_ref, strings[6530]),
            .u.structure.members_ref = REF(shapes[152].u.structure.members_ref, members[248]),
            .u.structure.by_wire_name_ref = REF(shapes[152].u.structure.by_wire_name_ref, by_wire_name[248]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result_entry),
            .u.structure.member_count = 2,
        },
        [153] = { /* GuardrailChecksPromptAttackResultEntrySeverityScoreDouble */
            .name_ref = REF(shapes[153].name_ref, strings[6569]),
            .range_ref = REF(shapes[153].range_ref, ranges[37]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [154] = { /* GuardrailChecksPromptAttackResultList */
            .name_ref = REF(shapes[154].name_ref, strings[6627]),
            .u.collection.item_ref = REF(shapes[154].u.collection.item_ref, shapes[152]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result_list),
        },
        [155] = { /* GuardrailChecksPromptAttackUsage */
            .name_ref = REF(shapes[155].name_ref, strings[6665]),
            .u.structure.members_ref = REF(shapes[155].u.structure.members_ref, members[250]),
            .u.structure.by_wire_name_ref = REF(shapes[155].u.structure.by_wire_name_ref, by_wire_name[250]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_usage),
            .u.structure.member_count = 1,
        },
        [156] = { /* GuardrailChecksResults */
            .name_ref = REF(shapes[156].name_ref, strings[6698]),
            .u.structure.members_ref = REF(shapes[156].u.structure.members_ref, members[251]),
            .u.structure.by_wire_name_ref = REF(shapes[156].u.structure.by_wire_name_ref, by_wire_name[251]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_results),
            .u.structure.member_count = 3,
        },
        [157] = { /* GuardrailChecksRole */
            .name_ref = REF(shapes[157].name_ref, strings[6721]),
            .u.string.enum_values_ref = REF(shapes[157].u.string.enum_values_ref, strings[1829]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [158] = { /* GuardrailChecksSensitiveInformationConfig */
            .name_ref = REF(shapes[158].name_ref, strings[6741]),
            .u.structure.members_ref = REF(shapes[158].u.structure.members_ref, members[254]),
            .u.structure.by_wire_name_ref = REF(shapes[158].u.structure.by_wire_name_ref, by_wire_name[254]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_config),
            .u.structure.member_count = 1,
        },
        [159] = { /* GuardrailChecksSensitiveInformationEntityConfig */
            .name_ref = REF(shapes[159].name_ref, strings[6792]),
            .u.structure.members_ref = REF(shapes[159].u.structure.members_ref, members[255]),
            .u.structure.by_wire_name_ref = REF(shapes[159].u.structure.by_wire_name_ref, by_wire_name[255]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_config),
            .u.structure.member_count = 1,
        },
        [160] = { /* GuardrailChecksSensitiveInformationEntityConfigList */
            .name_ref = REF(shapes[160].name_ref, strings[6840]),
            .range_ref = REF(shapes[160].range_ref, ranges[38]),
            .u.collection.item_ref = REF(shapes[160].u.collection.item_ref, shapes[159]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_config_list),
        },
        [161] = { /* GuardrailChecksSensitiveInformationEntityType */
            .name_ref = REF(shapes[161].name_ref, strings[6892]),
            .u.string.enum_values_ref = REF(shapes[161].u.string.enum_values_ref, strings[6938]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 31,
        },
        [162] = { /* GuardrailChecksSensitiveInformationResult */
            .name_ref = REF(shapes[162].name_ref, strings[7491]),
            .u.structure.members_ref = REF(shapes[162].u.structure.members_ref, members[256]),
            .u.structure.by_wire_name_ref = REF(shapes[162].u.structure.by_wire_name_ref, by_wire_name[256]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result),
            .u.structure.member_count = 2,
        },
        [163] = { /* GuardrailChecksSensitiveInformationResultEntry */
            .name_ref = REF(shapes[163].name_ref, strings[7543]),
            .u.structure.members_ref = REF(shapes[163].u.structure.members_ref, members[258]),
            .u.structure.by_wire_name_ref = REF(shapes[163].u.structure.by_wire_name_ref, by_wire_name[258]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry),
            .u.structure.member_count = 6,
        },
        [164] = { /* GuardrailChecksSensitiveInformationResultEntryBeginOffsetInteger */
            .name_ref = REF(shapes[164].name_ref, strings[7654]),
            .range_ref = REF(shapes[164].range_ref, ranges[39]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [165] = { /* GuardrailChecksSensitiveInformationResultEntryConfidenceScoreDouble */
            .name_ref = REF(shapes[165].name_ref, strings[7719]),
            .range_ref = REF(shapes[165].range_ref, ranges[40]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [166] = { /* GuardrailChecksSensitiveInformationResultEntryContentIndexInteger */
            .name_ref = REF(shapes[166].name_ref, strings[7787]),
            .range_ref = REF(shapes[166].range_ref, ranges[41]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [167] = { /* GuardrailChecksSensitiveInformationResultEntryEndOffsetInteger */
            .name_ref = REF(shapes[167].name_ref, strings[7853]),
            .range_ref = REF(shapes[167].range_ref, ranges[42]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [168] = { /* GuardrailChecksSensitiveInformationResultEntryMessageIndexInteger */
            .name_ref = REF(shapes[168].name_ref, strings[7916]),
            .range_ref = REF(shapes[168].range_ref, ranges[43]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [169] = { /* GuardrailChecksSensitiveInformationResultList */
            .name_ref = REF(shapes[169].name_ref, strings[7982]),
            .u.collection.item_ref = REF(shapes[169].u.collection.item_ref, shapes[163]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_list),
        },
        [170] = { /* GuardrailChecksSensitiveInformationUsage */
            .name_ref = REF(shapes[170].name_ref, strings[8028]),
            .u.structure.members_ref = REF(shapes[170].u.structure.members_ref, members[264]),
            .u.structure.by_wire_name_ref = REF(shapes[170].u.structure.by_wire_name_ref, by_wire_name[264]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_usage),
            .u.structure.member_count = 1,
        },
        [171] = { /* GuardrailChecksTextContent */
            .name_ref = REF(shapes[171].name_ref, strings[8069]),
            .range_ref = REF(shapes[171].range_ref, ranges[44]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [172] = { /* GuardrailChecksUsageResults */
            .name_ref = REF(shapes[172].name_ref, strings[8096]),
            .u.structure.members_ref = REF(shapes[172].u.structure.members_ref, members[265]),
            .u.structure.by_wire_name_ref = REF(shapes[172].u.structure.by_wire_name_ref, by_wire_name[265]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_checks_usage_results),
            .u.structure.member_count = 3,
        },
        [173] = { /* GuardrailConfiguration */
            .name_ref = REF(shapes[173].name_ref, strings[8124]),
            .u.structure.members_ref = REF(shapes[173].u.structure.members_ref, members[268]),
            .u.structure.by_wire_name_ref = REF(shapes[173].u.structure.by_wire_name_ref, by_wire_name[268]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_configuration),
            .u.structure.member_count = 3,
        },
        [174] = { /* GuardrailContentBlock */
            .name_ref = REF(shapes[174].name_ref, strings[8147]),
            .u.structure.members_ref = REF(shapes[174].u.structure.members_ref, members[271]),
            .u.structure.by_wire_name_ref = REF(shapes[174].u.structure.by_wire_name_ref, by_wire_name[271]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_content_block),
            .u.structure.member_count = 2,
        },
        [175] = { /* GuardrailContentBlockList */
            .name_ref = REF(shapes[175].name_ref, strings[8169]),
            .u.collection.item_ref = REF(shapes[175].u.collection.item_ref, shapes[174]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_content_block_list),
        },
        [176] = { /* GuardrailContentFilter */
            .name_ref = REF(shapes[176].name_ref, strings[8195]),
            .u.structure.members_ref = REF(shapes[176].u.structure.members_ref, members[273]),
            .u.structure.by_wire_name_ref = REF(shapes[176].u.structure.by_wire_name_ref, by_wire_name[273]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_content_filter),
            .u.structure.member_count = 5,
        },
        [177] = { /* GuardrailContentFilterConfidence */
            .name_ref = REF(shapes[177].name_ref, strings[8242]),
            .u.string.enum_values_ref = REF(shapes[177].u.string.enum_values_ref, strings[8275]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [178] = { /* GuardrailContentFilterList */
            .name_ref = REF(shapes[178].name_ref, strings[8296]),
            .u.collection.item_ref = REF(shapes[178].u.collection.item_ref, shapes[176]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_content_filter_list),
        },
        [179] = { /* GuardrailContentFilterStrength */
            .name_ref = REF(shapes[179].name_ref, strings[8323]),
            .u.string.enum_values_ref = REF(shapes[179].u.string.enum_values_ref, strings[8275]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [180] = { /* GuardrailContentFilterType */
            .name_ref = REF(shapes[180].name_ref, strings[8354]),
            .u.string.enum_values_ref = REF(shapes[180].u.string.enum_values_ref, strings[8381]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 6,
        },
        [181] = { /* GuardrailContentPolicyAction */
            .name_ref = REF(shapes[181].name_ref, strings[8435]),
            .u.string.enum_values_ref = REF(shapes[181].u.string.enum_values_ref, strings[8464]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [182] = { /* GuardrailContentPolicyAssessment */
            .name_ref = REF(shapes[182].name_ref, strings[8477]),
            .u.structure.members_ref = REF(shapes[182].u.structure.members_ref, members[278]),
            .u.structure.by_wire_name_ref = REF(shapes[182].u.structure.by_wire_name_ref, by_wire_name[278]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_content_policy_assessment),
            .u.structure.member_count = 1,
        },
        [183] = { /* GuardrailContentPolicyImageUnitsProcessed */
            .name_ref = REF(shapes[183].name_ref, strings[8518]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [184] = { /* GuardrailContentPolicyUnitsProcessed */
            .name_ref = REF(shapes[184].name_ref, strings[8560]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [185] = { /* GuardrailContentQualifier */
            .name_ref = REF(shapes[185].name_ref, strings[8597]),
            .u.string.enum_values_ref = REF(shapes[185].u.string.enum_values_ref, strings[8623]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [186] = { /* GuardrailContentQualifierList */
            .name_ref = REF(shapes[186].name_ref, strings[8660]),
            .u.collection.item_ref = REF(shapes[186].u.collection.item_ref, shapes[185]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_origin_list),
        },
        [187] = { /* GuardrailContentSource */
            .name_ref = REF(shapes[187].name_ref, strings[8690]),
            .u.string.enum_values_ref = REF(shapes[187].u.string.enum_values_ref, strings[8713]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [188] = { /* GuardrailContextualGroundingFilter */
            .name_ref = REF(shapes[188].name_ref, strings[8726]),
            .u.structure.members_ref = REF(shapes[188].u.structure.members_ref, members[279]),
            .u.structure.by_wire_name_ref = REF(shapes[188].u.structure.by_wire_name_ref, by_wire_name[279]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter),
            .u.structure.member_count = 5,
        },
        [189] = { /* GuardrailContextualGroundingFilterScoreDouble */
            .name_ref = REF(shapes[189].name_ref, strings[8777]),
            .range_ref = REF(shapes[189].range_ref, ranges[45]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [190] = { /* GuardrailContextualGroundingFilterThresholdDouble */
            .name_ref = REF(shapes[190].name_ref, strings[8823]),
            .range_ref = REF(shapes[190].range_ref, ranges[46]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [191] = { /* GuardrailContextualGroundingFilterType */
            .name_ref = REF(shapes[191].name_ref, strings[8873]),
            .u.string.enum_values_ref = REF(shapes[191].u.string.enum_values_ref, strings[8912]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [192] = { /* GuardrailContextualGroundingFilters */
            .name_ref = REF(shapes[192].name_ref, strings[8932]),
            .u.collection.item_ref = REF(shapes[192].u.collection.item_ref, shapes[188]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filters),
        },
        [193] = { /* GuardrailContextualGroundingPolicyAction */
            .name_ref = REF(shapes[193].name_ref, strings[8968]),
            .u.string.enum_values_ref = REF(shapes[193].u.string.enum_values_ref, strings[8464]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [194] = { /* GuardrailContextualGroundingPolicyAssessment */
            .name_ref = REF(shapes[194].name_ref, strings[9009]),
            .u.structure.members_ref = REF(shapes[194].u.structure.members_ref, members[284]),
            .u.structure.by_wire_name_ref = REF(shapes[194].u.structure.by_wire_name_ref, by_wire_name[284]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_policy_assessment),
            .u.structure.member_count = 1,
        },
        [195] = { /* GuardrailContextualGroundingPolicyUnitsProcessed */
            .name_ref = REF(shapes[195].name_ref, strings[9054]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [196] = { /* GuardrailConverseContentBlock */
            .name_ref = REF(shapes[196].name_ref, strings[9103]),
            .u.structure.members_ref = REF(shapes[196].u.structure.members_ref, members[285]),
            .u.structure.by_wire_name_ref = REF(shapes[196].u.structure.by_wire_name_ref, by_wire_name[285]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_converse_content_block),
            .u.structure.member_count = 2,
        },
        [197] = { /* GuardrailConverseContentQualifier */
            .name_ref = REF(shapes[197].name_ref, strings[9133]),
            .u.string.enum_values_ref = REF(shapes[197].u.string.enum_values_ref, strings[8623]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [198] = { /* GuardrailConverseContentQualifierList */
            .name_ref = REF(shapes[198].name_ref, strings[9167]),
            .u.collection.item_ref = REF(shapes[198].u.collection.item_ref, shapes[197]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_origin_list),
        },
        [199] = { /* GuardrailConverseImageBlock */
            .name_ref = REF(shapes[199].name_ref, strings[9205]),
            .u.structure.members_ref = REF(shapes[199].u.structure.members_ref, members[287]),
            .u.structure.by_wire_name_ref = REF(shapes[199].u.structure.by_wire_name_ref, by_wire_name[287]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_converse_image_block),
            .u.structure.member_count = 2,
        },
        [200] = { /* GuardrailConverseImageFormat */
            .name_ref = REF(shapes[200].name_ref, strings[9233]),
            .u.string.enum_values_ref = REF(shapes[200].u.string.enum_values_ref, strings[9262]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [201] = { /* GuardrailConverseImageSource */
            .name_ref = REF(shapes[201].name_ref, strings[9271]),
            .u.structure.members_ref = REF(shapes[201].u.structure.members_ref, members[289]),
            .u.structure.by_wire_name_ref = REF(shapes[201].u.structure.by_wire_name_ref, by_wire_name[289]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION | AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_converse_image_source),
            .u.structure.member_count = 1,
        },
        [202] = { /* GuardrailConverseImageSourceBytesBlob */
            .name_ref = REF(shapes[202].name_ref, strings[9300]),
            .range_ref = REF(shapes[202].range_ref, ranges[47]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [203] = { /* GuardrailConverseTextBlock */
            .name_ref = REF(shapes[203].name_ref, strings[9338]),
            .u.structure.members_ref = REF(shapes[203].u.structure.members_ref, members[290]),
            .u.structure.by_wire_name_ref = REF(shapes[203].u.structure.by_wire_name_ref, by_wire_name[290]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_converse_text_block),
            .u.structure.member_count = 2,
        },
        [204] = { /* GuardrailCoverage */
            .name_ref = REF(shapes[204].name_ref, strings[9376]),
            .u.structure.members_ref = REF(shapes[204].u.structure.members_ref, members[292]),
            .u.structure.by_wire_name_ref = REF(shapes[204].u.structure.by_wire_name_ref, by_wire_name[292]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_coverage),
            .u.structure.member_count = 2,
        },
        [205] = { /* GuardrailCustomWord */
            .name_ref = REF(shapes[205].name_ref, strings[9416]),
            .u.structure.members_ref = REF(shapes[205].u.structure.members_ref, members[294]),
            .u.structure.by_wire_name_ref = REF(shapes[205].u.structure.by_wire_name_ref, by_wire_name[294]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_custom_word),
            .u.structure.member_count = 3,
        },
        [206] = { /* GuardrailCustomWordList */
            .name_ref = REF(shapes[206].name_ref, strings[9442]),
            .u.collection.item_ref = REF(shapes[206].u.collection.item_ref, shapes[205]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_custom_word_list),
        },
        [207] = { /* GuardrailId */
            .name_ref = REF(shapes[207].name_ref, strings[9466]),
            .range_ref = REF(shapes[207].range_ref, ranges[48]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [208] = { /* GuardrailIdentifier */
            .name_ref = REF(shapes[208].name_ref, strings[9478]),
            .range_ref = REF(shapes[208].range_ref, ranges[49]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [209] = { /* GuardrailImageBlock */
            .name_ref = REF(shapes[209].name_ref, strings[9498]),
            .u.structure.members_ref = REF(shapes[209].u.structure.members_ref, members[297]),
            .u.structure.by_wire_name_ref = REF(shapes[209].u.structure.by_wire_name_ref, by_wire_name[297]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_image_block),
            .u.structure.member_count = 2,
        },
        [210] = { /* GuardrailImageCoverage */
            .name_ref = REF(shapes[210].name_ref, strings[9518]),
            .u.structure.members_ref = REF(shapes[210].u.structure.members_ref, members[299]),
            .u.structure.by_wire_name_ref = REF(shapes[210].u.structure.by_wire_name_ref, by_wire_name[299]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_image_coverage),
            .u.structure.member_count = 2,
        },
        [211] = { /* GuardrailImageFormat */
            .name_ref = REF(shapes[211].name_ref, strings[9555]),
            .u.string.enum_values_ref = REF(shapes[211].u.string.enum_values_ref, strings[9262]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [212] = { /* GuardrailImageSource */
            .name_ref = REF(shapes[212].name_ref, strings[9576]),
            .u.structure.members_ref = REF(shapes[212].u.structure.members_ref, members[301]),
            .u.structure.by_wire_name_ref = REF(shapes[212].u.structure.by_wire_name_ref, by_wire_name[301]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION | AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_image_source),
            .u.structure.member_count = 1,
        },
        [213] = { /* GuardrailImageSourceBytesBlob */
            .name_ref = REF(shapes[213].name_ref, strings[9597]),
            .range_ref = REF(shapes[213].range_ref, ranges[50]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [214] = { /* GuardrailInvocationMetrics */
            .name_ref = REF(shapes[214].name_ref, strings[9627]),
            .u.structure.members_ref = REF(shapes[214].u.structure.members_ref, members[302]),
            .u.structure.by_wire_name_ref = REF(shapes[214].u.structure.by_wire_name_ref, by_wire_name[302]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_invocation_metrics),
            .u.structure.member_count = 3,
        },
        [215] = { /* GuardrailManagedWord */
            .name_ref = REF(shapes[215].name_ref, strings[9681]),
            .u.structure.members_ref = REF(shapes[215].u.structure.members_ref, members[305]),
            .u.structure.by_wire_name_ref = REF(shapes[215].u.structure.by_wire_name_ref, by_wire_name[305]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_managed_word),
            .u.structure.member_count = 4,
        },
        [216] = { /* GuardrailManagedWordList */
            .name_ref = REF(shapes[216].name_ref, strings[9702]),
            .u.collection.item_ref = REF(shapes[216].u.collection.item_ref, shapes[215]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_managed_word_list),
        },
        [217] = { /* GuardrailManagedWordType */
            .name_ref = REF(shapes[217].name_ref, strings[9727]),
            .u.string.enum_values_ref = REF(shapes[217].u.string.enum_values_ref, strings[9752]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [218] = { /* GuardrailOrigin */
            .name_ref = REF(shapes[218].name_ref, strings[9762]),
            .u.string.enum_values_ref = REF(shapes[218].u.string.enum_values_ref, strings[9778]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [219] = { /* GuardrailOriginList */
            .name_ref = REF(shapes[219].name_ref, strings[9825]),
            .u.collection.item_ref = REF(shapes[219].u.collection.item_ref, shapes[218]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_origin_list),
        },
        [220] = { /* GuardrailOutputContent */
            .name_ref = REF(shapes[220].name_ref, strings[9845]),
            .u.structure.members_ref = REF(shapes[220].u.structure.members_ref, members[309]),
            .u.structure.by_wire_name_ref = REF(shapes[220].u.structure.by_wire_name_ref, by_wire_name[309]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_output_content),
            .u.structure.member_count = 1,
        },
        [221] = { /* GuardrailOutputContentList */
            .name_ref = REF(shapes[221].name_ref, strings[9868]),
            .u.collection.item_ref = REF(shapes[221].u.collection.item_ref, shapes[220]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_output_content_list),
        },
        [222] = { /* GuardrailOutputScope */
            .name_ref = REF(shapes[222].name_ref, strings[9895]),
            .u.string.enum_values_ref = REF(shapes[222].u.string.enum_values_ref, strings[9916]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [223] = { /* GuardrailOutputText */
            .name_ref = REF(shapes[223].name_ref, strings[9935]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [224] = { /* GuardrailOwnership */
            .name_ref = REF(shapes[224].name_ref, strings[9955]),
            .u.string.enum_values_ref = REF(shapes[224].u.string.enum_values_ref, strings[9974]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [225] = { /* GuardrailPiiEntityFilter */
            .name_ref = REF(shapes[225].name_ref, strings[9993]),
            .u.structure.members_ref = REF(shapes[225].u.structure.members_ref, members[310]),
            .u.structure.by_wire_name_ref = REF(shapes[225].u.structure.by_wire_name_ref, by_wire_name[310]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_pii_entity_filter),
            .u.structure.member_count = 4,
        },
        [226] = { /* GuardrailPiiEntityFilterList */
            .name_ref = REF(shapes[226].name_ref, strings[10018]),
            .u.collection.item_ref = REF(shapes[226].u.collection.item_ref, shapes[225]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_pii_entity_filter_list),
        },
        [227] = { /* GuardrailPiiEntityType */
            .name_ref = REF(shapes[227].name_ref, strings[10047]),
            .u.string.enum_values_ref = REF(shapes[227].u.string.enum_values_ref, strings[6938]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 31,
        },
        [228] = { /* GuardrailProcessingLatency */
            .name_ref = REF(shapes[228].name_ref, strings[10070]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [229] = { /* GuardrailRegexFilter */
            .name_ref = REF(shapes[229].name_ref, strings[10097]),
            .u.structure.members_ref = REF(shapes[229].u.structure.members_ref, members[314]),
            .u.structure.by_wire_name_ref = REF(shapes[229].u.structure.by_wire_name_ref, by_wire_name[314]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_regex_filter),
            .u.structure.member_count = 5,
        },
        [230] = { /* GuardrailRegexFilterList */
            .name_ref = REF(shapes[230].name_ref, strings[10124]),
            .u.collection.item_ref = REF(shapes[230].u.collection.item_ref, shapes[229]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_regex_filter_list),
        },
        [231] = { /* GuardrailSensitiveInformationPolicyAction */
            .name_ref = REF(shapes[231].name_ref, strings[10149]),
            .u.string.enum_values_ref = REF(shapes[231].u.string.enum_values_ref, strings[10191]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [232] = { /* GuardrailSensitiveInformationPolicyAssessment */
            .name_ref = REF(shapes[232].name_ref, strings[10215]),
            .u.structure.members_ref = REF(shapes[232].u.structure.members_ref, members[319]),
            .u.structure.by_wire_name_ref = REF(shapes[232].u.structure.by_wire_name_ref, by_wire_name[319]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_sensitive_information_policy_assessment),
            .u.structure.member_count = 2,
        },
        [233] = { /* GuardrailSensitiveInformationPolicyFreeUnitsProcessed */
            .name_ref = REF(shapes[233].name_ref, strings[10281]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [234] = { /* GuardrailSensitiveInformationPolicyUnitsProcessed */
            .name_ref = REF(shapes[234].name_ref, strings[10335]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [235] = { /* GuardrailStreamConfiguration */
            .name_ref = REF(shapes[235].name_ref, strings[10385]),
            .u.structure.members_ref = REF(shapes[235].u.structure.members_ref, members[321]),
            .u.structure.by_wire_name_ref = REF(shapes[235].u.structure.by_wire_name_ref, by_wire_name[321]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_stream_configuration),
            .u.structure.member_count = 4,
        },
        [236] = { /* GuardrailStreamProcessingMode */
            .name_ref = REF(shapes[236].name_ref, strings[10435]),
            .u.string.enum_values_ref = REF(shapes[236].u.string.enum_values_ref, strings[10465]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [237] = { /* GuardrailTextBlock */
            .name_ref = REF(shapes[237].name_ref, strings[10476]),
            .u.structure.members_ref = REF(shapes[237].u.structure.members_ref, members[325]),
            .u.structure.by_wire_name_ref = REF(shapes[237].u.structure.by_wire_name_ref, by_wire_name[325]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_text_block),
            .u.structure.member_count = 2,
        },
        [238] = { /* GuardrailTextCharactersCoverage */
            .name_ref = REF(shapes[238].name_ref, strings[10495]),
            .u.structure.members_ref = REF(shapes[238].u.structure.members_ref, members[327]),
            .u.structure.by_wire_name_ref = REF(shapes[238].u.structure.by_wire_name_ref, by_wire_name[327]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_text_characters_coverage),
            .u.structure.member_count = 2,
        },
        [239] = { /* GuardrailTopic */
            .name_ref = REF(shapes[239].name_ref, strings[10527]),
            .u.structure.members_ref = REF(shapes[239].u.structure.members_ref, members[329]),
            .u.structure.by_wire_name_ref = REF(shapes[239].u.structure.by_wire_name_ref, by_wire_name[329]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_topic),
            .u.structure.member_count = 4,
        },
        [240] = { /* GuardrailTopicList */
            .name_ref = REF(shapes[240].name_ref, strings[10542]),
            .u.collection.item_ref = REF(shapes[240].u.collection.item_ref, shapes[239]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_topic_list),
        },
        [241] = { /* GuardrailTopicPolicyAction */
            .name_ref = REF(shapes[241].name_ref, strings[10561]),
            .u.string.enum_values_ref = REF(shapes[241].u.string.enum_values_ref, strings[8464]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [242] = { /* GuardrailTopicPolicyAssessment */
            .name_ref = REF(shapes[242].name_ref, strings[10588]),
            .u.structure.members_ref = REF(shapes[242].u.structure.members_ref, members[333]),
            .u.structure.by_wire_name_ref = REF(shapes[242].u.structure.by_wire_name_ref, by_wire_name[333]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_topic_policy_assessment),
            .u.structure.member_count = 1,
        },
        [243] = { /* GuardrailTopicPolicyUnitsProcessed */
            .name_ref = REF(shapes[243].name_ref, strings[10626]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [244] = { /* GuardrailTopicType */
            .name_ref = REF(shapes[244].name_ref, strings[10661]),
            .u.string.enum_values_ref = REF(shapes[244].u.string.enum_values_ref, strings[10680]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [245] = { /* GuardrailTrace */
            .name_ref = REF(shapes[245].name_ref, strings[10685]),
            .u.string.enum_values_ref = REF(shapes[245].u.string.enum_values_ref, strings[10700]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [246] = { /* GuardrailTraceAssessment */
            .name_ref = REF(shapes[246].name_ref, strings[10730]),
            .u.structure.members_ref = REF(shapes[246].u.structure.members_ref, members[334]),
            .u.structure.by_wire_name_ref = REF(shapes[246].u.structure.by_wire_name_ref, by_wire_name[334]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_trace_assessment),
            .u.structure.member_count = 4,
        },
        [247] = { /* GuardrailUsage */
            .name_ref = REF(shapes[247].name_ref, strings[10801]),
            .u.structure.members_ref = REF(shapes[247].u.structure.members_ref, members[338]),
            .u.structure.by_wire_name_ref = REF(shapes[247].u.structure.by_wire_name_ref, by_wire_name[338]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_usage),
            .u.structure.member_count = 9,
        },
        [248] = { /* GuardrailVersion */
            .name_ref = REF(shapes[248].name_ref, strings[11048]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [249] = { /* GuardrailWordPolicyAction */
            .name_ref = REF(shapes[249].name_ref, strings[11065]),
            .u.string.enum_values_ref = REF(shapes[249].u.string.enum_values_ref, strings[8464]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [250] = { /* GuardrailWordPolicyAssessment */
            .name_ref = REF(shapes[250].name_ref, strings[11091]),
            .u.structure.members_ref = REF(shapes[250].u.structure.members_ref, members[347]),
            .u.structure.by_wire_name_ref = REF(shapes[250].u.structure.by_wire_name_ref, by_wire_name[347]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_word_policy_assessment),
            .u.structure.member_count = 2,
        },
        [251] = { /* GuardrailWordPolicyUnitsProcessed */
            .name_ref = REF(shapes[251].name_ref, strings[11150]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [252] = { /* ImageBlock */
            .name_ref = REF(shapes[252].name_ref, strings[11184]),
            .u.structure.members_ref = REF(shapes[252].u.structure.members_ref, members[349]),
            .u.structure.by_wire_name_ref = REF(shapes[252].u.structure.by_wire_name_ref, by_wire_name[349]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_image_block),
            .u.structure.member_count = 3,
        },
        [253] = { /* ImageBlockDelta */
            .name_ref = REF(shapes[253].name_ref, strings[11195]),
            .u.structure.members_ref = REF(shapes[253].u.structure.members_ref, members[352]),
            .u.structure.by_wire_name_ref = REF(shapes[253].u.structure.by_wire_name_ref, by_wire_name[352]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_image_block_delta),
            .u.structure.member_count = 2,
        },
        [254] = { /* ImageBlockStart */
            .name_ref = REF(shapes[254].name_ref, strings[11211]),
            .u.structure.members_ref = REF(shapes[254].u.structure.members_ref, members[354]),
            .u.structure.by_wire_name_ref = REF(shapes[254].u.structure.by_wire_name_ref, by_wire_name[354]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_image_block_start),
            .u.structure.member_count = 1,
        },
        [255] = { /* ImageFormat */
            .name_ref = REF(shapes[255].name_ref, strings[11227]),
            .u.string.enum_values_ref = REF(shapes[255].u.string.enum_values_ref, strings[11239]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [256] = { /* ImageSource */
            .name_ref = REF(shapes[256].name_ref, strings[11257]),
            .u.structure.members_ref = REF(shapes[256].u.structure.members_ref, members[355]),
            .u.structure.by_wire_name_ref = REF(shapes[256].u.structure.by_wire_name_ref, by_wire_name[355]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION | AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_bedrock_runtime_image_source),
            .u.structure.member_count = 2,
        },
        [257] = { /* ImageSourceBytesBlob */
            .name_ref = REF(shapes[257].name_ref, strings[11269]),
            .range_ref = REF(shapes[257].range_ref, ranges[51]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [258] = { /* ImagesGuarded */
            .name_ref = REF(shapes[258].name_ref, strings[11290]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [259] = { /* ImagesTotal */
            .name_ref = REF(shapes[259].name_ref, strings[11304]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [260] = { /* InferenceConfiguration */
            .name_ref = REF(shapes[260].name_ref, strings[11316]),
            .u.structure.members_ref = REF(shapes[260].u.structure.members_ref, members[357]),
            .u.structure.by_wire_name_ref = REF(shapes[260].u.structure.by_wire_name_ref, by_wire_name[357]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_inference_configuration),
            .u.structure.member_count = 4,
        },
        [261] = { /* InferenceConfigurationMaxTokensInteger */
            .name_ref = REF(shapes[261].name_ref, strings[11380]),
            .range_ref = REF(shapes[261].range_ref, ranges[52]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [262] = { /* InferenceConfigurationStopSequencesList */
            .name_ref = REF(shapes[262].name_ref, strings[11419]),
            .range_ref = REF(shapes[262].range_ref, ranges[53]),
            .u.collection.item_ref = REF(shapes[262].u.collection.item_ref, shapes[299]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_origin_list),
        },
        [263] = { /* InferenceConfigurationTemperatureFloat */
            .name_ref = REF(shapes[263].name_ref, strings[11459]),
            .range_ref = REF(shapes[263].range_ref, ranges[54]),
            .type = AWSC_SHAPE_FLOAT,
            .size = sizeof(float),
        },
        [264] = { /* InferenceConfigurationTopPFloat */
            .name_ref = REF(shapes[264].name_ref, strings[11498]),
            .range_ref = REF(shapes[264].range_ref, ranges[55]),
            .type = AWSC_SHAPE_FLOAT,
            .size = sizeof(float),
        },
        [265] = { /* Integer */
            .name_ref = REF(shapes[265].name_ref, strings[11530]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [266] = { /* InternalServerException */
            .name_ref = REF(shapes[266].name_ref, strings[11538]),
            .u.structure.members_ref = REF(shapes[266].u.structure.members_ref, members[361]),
            .u.structure.by_wire_name_ref = REF(shapes[266].u.structure.by_wire_name_ref, by_wire_name[361]),
            .u.structure.error_code_ref = REF(shapes[266].u.structure.error_code_ref, strings[11538]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_bedrock_runtime_internal_server_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 500,
        },
        [267] = { /* InvocationArn */
            .name_ref = REF(shapes[267].name_ref, strings[11562]),
            .range_ref = REF(shapes[267].range_ref, ranges[56]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [268] = { /* InvokeGuardrailChecksRequest */
            .name_ref = REF(shapes[268].name_ref, strings[11576]),
            .u.structure.members_ref = REF(shapes[268].u.structure.members_ref, members[362]),
            .u.structure.by_wire_name_ref = REF(shapes[268].u.structure.by_wire_name_ref, by_wire_name[362]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_invoke_guardrail_checks_input),
            .u.structure.member_count = 2,
        },
        [269] = { /* InvokeGuardrailChecksResponse */
            .name_ref = REF(shapes[269].name_ref, strings[11612]),
            .u.structure.members_ref = REF(shapes[269].u.structure.members_ref, members[364]),
            .u.structure.by_wire_name_ref = REF(shapes[269].u.structure.by_wire_name_ref, by_wire_name[364]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_invoke_guardrail_checks_output),
            .u.structure.member_count = 2,
        },
        [270] = { /* InvokeModelIdentifier */
            .name_ref = REF(shapes[270].name_ref, strings[11642]),
            .range_ref = REF(shapes[270].range_ref, ranges[57]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [271] = { /* InvokeModelRequest */
            .name_ref = REF(shapes[271].name_ref, strings[11664]),
            .u.structure.members_ref = REF(shapes[271].u.structure.members_ref, members[366]),
            .u.structure.by_wire_name_ref = REF(shapes[271].u.structure.by_wire_name_ref, by_wire_name[366]),
            .u.structure.payload_ref = REF(shapes[271].u.structure.payload_ref, strings[11683]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_invoke_model_input),
            .u.structure.member_count = 10,
        },
        [272] = { /* InvokeModelResponse */
            .name_ref = REF(shapes[272].name_ref, strings[12012]),
            .u.structure.members_ref = REF(shapes[272].u.structure.members_ref, members[376]),
            .u.structure.by_wire_name_ref = REF(shapes[272].u.structure.by_wire_name_ref, by_wire_name[376]),
            .u.structure.payload_ref = REF(shapes[272].u.structure.payload_ref, strings[11683]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_invoke_model_output),
            .u.structure.member_count = 4,
        },
        [273] = { /* InvokeModelTokensRequest */
            .name_ref = REF(shapes[273].name_ref, strings[12032]),
            .u.structure.members_ref = REF(shapes[273].u.structure.members_ref, members[380]),
            .u.structure.by_wire_name_ref = REF(shapes[273].u.structure.by_wire_name_ref, by_wire_name[380]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_invoke_model_tokens_request),
            .u.structure.member_count = 1,
        },
        [274] = { /* InvokeModelWithBidirectionalStreamInput */
            .name_ref = REF(shapes[274].name_ref, strings[12057]),
            .u.structure.members_ref = REF(shapes[274].u.structure.members_ref, members[381]),
            .u.structure.by_wire_name_ref = REF(shapes[274].u.structure.by_wire_name_ref, by_wire_name[381]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EVENTSTREAM,
            .size = sizeof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_input),
            .u.structure.member_count = 1,
        },
        [275] = { /* InvokeModelWithBidirectionalStreamOutput */
            .name_ref = REF(shapes[275].name_ref, strings[12103]),
            .u.structure.members_ref = REF(shapes[275].u.structure.members_ref, members[382]),
            .u.structure.by_wire_name_ref = REF(shapes[275].u.structure.by_wire_name_ref, by_wire_name[382]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EVENTSTREAM,
            .size = sizeof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event),
            .u.structure.member_count = 7,
        },
        [276] = { /* InvokeModelWithBidirectionalStreamRequest */
            .name_ref = REF(shapes[276].name_ref, strings[12166]),
            .u.structure.members_ref = REF(shapes[276].u.structure.members_ref, members[389]),
            .u.structure.by_wire_name_ref = REF(shapes[276].u.structure.by_wire_name_ref, by_wire_name[389]),
            .u.structure.payload_ref = REF(shapes[276].u.structure.payload_ref, strings[11683]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_request),
            .u.structure.member_count = 2,
        },
        [277] = { /* InvokeModelWithBidirectionalStreamResponse */
            .name_ref = REF(shapes[277].name_ref, strings[12208]),
            .u.structure.members_ref = REF(shapes[277].u.structure.members_ref, members[391]),
            .u.structure.by_wire_name_ref = REF(shapes[277].u.structure.by_wire_name_ref, by_wire_name[391]),
            .u.structure.payload_ref = REF(shapes[277].u.structure.payload_ref, strings[11683]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_output),
            .u.structure.member_count = 1,
        },
        [278] = { /* InvokeModelWithResponseStreamRequest */
            .name_ref = REF(shapes[278].name_ref, strings[12251]),
            .u.structure.members_ref = REF(shapes[278].u.structure.members_ref, members[392]),
            .u.structure.by_wire_name_ref = REF(shapes[278].u.structure.by_wire_name_ref, by_wire_name[392]),
            .u.structure.payload_ref = REF(shapes[278].u.structure.payload_ref, strings[11683]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input),
            .u.structure.member_count = 10,
        },
        [279] = { /* InvokeModelWithResponseStreamResponse */
            .name_ref = REF(shapes[279].name_ref, strings[12317]),
            .u.structure.members_ref = REF(shapes[279].u.structure.members_ref, members[402]),
            .u.structure.by_wire_name_ref = REF(shapes[279].u.structure.by_wire_name_ref, by_wire_name[402]),
            .u.structure.payload_ref = REF(shapes[279].u.structure.payload_ref, strings[11683]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_output),
            .u.structure.member_count = 4,
        },
        [280] = { /* InvokedModelId */
            .name_ref = REF(shapes[280].name_ref, strings[12395]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [281] = { /* JsonSchemaDefinition */
            .name_ref = REF(shapes[281].name_ref, strings[12410]),
            .u.structure.members_ref = REF(shapes[281].u.structure.members_ref, members[406]),
            .u.structure.by_wire_name_ref = REF(shapes[281].u.structure.by_wire_name_ref, by_wire_name[406]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_json_schema_definition),
            .u.structure.member_count = 3,
        },
        [282] = { /* KmsKeyId */
            .name_ref = REF(shapes[282].name_ref, strings[12450]),
            .range_ref = REF(shapes[282].range_ref, ranges[58]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [283] = { /* ListAsyncInvokesRequest */
            .name_ref = REF(shapes[283].name_ref, strings[12459]),
            .u.structure.members_ref = REF(shapes[283].u.structure.members_ref, members[409]),
            .u.structure.by_wire_name_ref = REF(shapes[283].u.structure.by_wire_name_ref, by_wire_name[409]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_list_async_invokes_input),
            .u.structure.member_count = 7,
        },
        [284] = { /* ListAsyncInvokesResponse */
            .name_ref = REF(shapes[284].name_ref, strings[12567]),
            .u.structure.members_ref = REF(shapes[284].u.structure.members_ref, members[416]),
            .u.structure.by_wire_name_ref = REF(shapes[284].u.structure.by_wire_name_ref, by_wire_name[416]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_list_async_invokes_output),
            .u.structure.member_count = 2,
        },
        [285] = { /* Long */
            .name_ref = REF(shapes[285].name_ref, strings[12613]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [286] = { /* MaxResults */
            .name_ref = REF(shapes[286].name_ref, strings[12618]),
            .range_ref = REF(shapes[286].range_ref, ranges[59]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [287] = { /* Message */
            .name_ref = REF(shapes[287].name_ref, strings[12629]),
            .u.structure.members_ref = REF(shapes[287].u.structure.members_ref, members[418]),
            .u.structure.by_wire_name_ref = REF(shapes[287].u.structure.by_wire_name_ref, by_wire_name[418]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_message),
            .u.structure.member_count = 2,
        },
        [288] = { /* MessageStartEvent */
            .name_ref = REF(shapes[288].name_ref, strings[12637]),
            .u.structure.members_ref = REF(shapes[288].u.structure.members_ref, members[420]),
            .u.structure.by_wire_name_ref = REF(shapes[288].u.structure.by_wire_name_ref, by_wire_name[420]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EVENT,
            .size = sizeof(struct awsc_bedrock_runtime_message_start_event),
            .u.structure.member_count = 1,
        },
        [289] = { /* MessageStopEvent */
            .name_ref = REF(shapes[289].name_ref, strings[12655]),
            .u.structure.members_ref = REF(shapes[289].u.structure.members_ref, members[421]),
            .u.structure.by_wire_name_ref = REF(shapes[289].u.structure.by_wire_name_ref, by_wire_name[421]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EVENT,
            .size = sizeof(struct awsc_bedrock_runtime_message_stop_event),
            .u.structure.member_count = 2,
        },
        [290] = { /* Messages */
            .name_ref = REF(shapes[290].name_ref, strings[12672]),
            .u.collection.item_ref = REF(shapes[290].u.collection.item_ref, shapes[287]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_messages),
        },
        [291] = { /* MimeType */
            .name_ref = REF(shapes[291].name_ref, strings[12681]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [292] = { /* ModelErrorException */
            .name_ref = REF(shapes[292].name_ref, strings[12690]),
            .u.structure.members_ref = REF(shapes[292].u.structure.members_ref, members[423]),
            .u.structure.by_wire_name_ref = REF(shapes[292].u.structure.by_wire_name_ref, by_wire_name[423]),
            .u.structure.error_code_ref = REF(shapes[292].u.structure.error_code_ref, strings[12690]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_bedrock_runtime_model_error_exception),
            .u.structure.member_count = 3,
            .u.structure.http_status = 424,
        },
        [293] = { /* ModelInputPayload */
            .name_ref = REF(shapes[293].name_ref, strings[12742]),
            .type = AWSC_SHAPE_DOCUMENT,
            .flags = AWSC_SF_SENSITIVE | AWSC_SF_DOCUMENT,
            .size = sizeof(struct awsc_document),
        },
        [294] = { /* ModelNotReadyException */
            .name_ref = REF(shapes[294].name_ref, strings[12760]),
            .u.structure.members_ref = REF(shapes[294].u.structure.members_ref, members[426]),
            .u.structure.by_wire_name_ref = REF(shapes[294].u.structure.by_wire_name_ref, by_wire_name[426]),
            .u.structure.error_code_ref = REF(shapes[294].u.structure.error_code_ref, strings[12760]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT | AWSC_SF_RETRYABLE,
            .size = sizeof(struct awsc_bedrock_runtime_model_not_ready_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 429,
        },
        [295] = { /* ModelOutputs */
            .name_ref = REF(shapes[295].name_ref, strings[12783]),
            .u.collection.item_ref = REF(shapes[295].u.collection.item_ref, shapes[223]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_guardrail_origin_list),
        },
        [296] = { /* ModelStreamErrorException */
            .name_ref = REF(shapes[296].name_ref, strings[12796]),
            .u.structure.members_ref = REF(shapes[296].u.structure.members_ref, members[427]),
            .u.structure.by_wire_name_ref = REF(shapes[296].u.structure.by_wire_name_ref, by_wire_name[427]),
            .u.structure.error_code_ref = REF(shapes[296].u.structure.error_code_ref, strings[12796]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_bedrock_runtime_model_stream_error_exception),
            .u.structure.member_count = 3,
            .u.structure.http_status = 424,
        },
        [297] = { /* ModelTimeoutException */
            .name_ref = REF(shapes[297].name_ref, strings[12838]),
            .u.structure.members_ref = REF(shapes[297].u.structure.members_ref, members[430]),
            .u.structure.by_wire_name_ref = REF(shapes[297].u.structure.by_wire_name_ref, by_wire_name[430]),
            .u.structure.error_code_ref = REF(shapes[297].u.structure.error_code_ref, strings[12838]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_bedrock_runtime_model_timeout_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 408,
        },
        [298] = { /* NonBlankString */
            .name_ref = REF(shapes[298].name_ref, strings[12860]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [299] = { /* NonEmptyString */
            .name_ref = REF(shapes[299].name_ref, strings[12875]),
            .range_ref = REF(shapes[299].range_ref, ranges[60]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [300] = { /* NonNegativeInteger */
            .name_ref = REF(shapes[300].name_ref, strings[12890]),
            .range_ref = REF(shapes[300].range_ref, ranges[61]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [301] = { /* OutputConfig */
            .name_ref = REF(shapes[301].name_ref, strings[12909]),
            .u.structure.members_ref = REF(shapes[301].u.structure.members_ref, members[431]),
            .u.structure.by_wire_name_ref = REF(shapes[301].u.structure.by_wire_name_ref, by_wire_name[431]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_output_config),
            .u.structure.member_count = 2,
        },
        [302] = { /* OutputConfigEffortString */
            .name_ref = REF(shapes[302].name_ref, strings[12940]),
            .range_ref = REF(shapes[302].range_ref, ranges[62]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [303] = { /* OutputFormat */
            .name_ref = REF(shapes[303].name_ref, strings[12965]),
            .u.structure.members_ref = REF(shapes[303].u.structure.members_ref, members[433]),
            .u.structure.by_wire_name_ref = REF(shapes[303].u.structure.by_wire_name_ref, by_wire_name[433]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_output_format),
            .u.structure.member_count = 2,
        },
        [304] = { /* OutputFormatStructure */
            .name_ref = REF(shapes[304].name_ref, strings[12988]),
            .u.structure.members_ref = REF(shapes[304].u.structure.members_ref, members[435]),
            .u.structure.by_wire_name_ref = REF(shapes[304].u.structure.by_wire_name_ref, by_wire_name[435]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION | AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_bedrock_runtime_output_format_structure),
            .u.structure.member_count = 1,
        },
        [305] = { /* OutputFormatType */
            .name_ref = REF(shapes[305].name_ref, strings[13021]),
            .u.string.enum_values_ref = REF(shapes[305].u.string.enum_values_ref, strings[13038]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [306] = { /* PaginationToken */
            .name_ref = REF(shapes[306].name_ref, strings[13050]),
            .range_ref = REF(shapes[306].range_ref, ranges[63]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [307] = { /* PartBody */
            .name_ref = REF(shapes[307].name_ref, strings[13066]),
            .range_ref = REF(shapes[307].range_ref, ranges[64]),
            .type = AWSC_SHAPE_BLOB,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_blob),
        },
        [308] = { /* PayloadPart */
            .name_ref = REF(shapes[308].name_ref, strings[13075]),
            .u.structure.members_ref = REF(shapes[308].u.structure.members_ref, members[436]),
            .u.structure.by_wire_name_ref = REF(shapes[308].u.structure.by_wire_name_ref, by_wire_name[436]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_SENSITIVE | AWSC_SF_EVENT,
            .size = sizeof(struct awsc_bedrock_runtime_payload_part),
            .u.structure.member_count = 1,
        },
        [309] = { /* PerformanceConfigLatency */
            .name_ref = REF(shapes[309].name_ref, strings[13087]),
            .u.string.enum_values_ref = REF(shapes[309].u.string.enum_values_ref, strings[13112]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [310] = { /* PerformanceConfiguration */
            .name_ref = REF(shapes[310].name_ref, strings[13131]),
            .u.structure.members_ref = REF(shapes[310].u.structure.members_ref, members[437]),
            .u.structure.by_wire_name_ref = REF(shapes[310].u.structure.by_wire_name_ref, by_wire_name[437]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_performance_configuration),
            .u.structure.member_count = 1,
        },
        [311] = { /* PromptRouterTrace */
            .name_ref = REF(shapes[311].name_ref, strings[13164]),
            .u.structure.members_ref = REF(shapes[311].u.structure.members_ref, members[438]),
            .u.structure.by_wire_name_ref = REF(shapes[311].u.structure.by_wire_name_ref, by_wire_name[438]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_prompt_router_trace),
            .u.structure.member_count = 1,
        },
        [312] = { /* PromptVariableMap */
            .name_ref = REF(shapes[312].name_ref, strings[13197]),
            .u.collection.item_ref = REF(shapes[312].u.collection.item_ref, shapes[313]),
            .u.collection.key_ref = REF(shapes[312].u.collection.key_ref, shapes[343]),
            .type = AWSC_SHAPE_MAP,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_bedrock_runtime_prompt_variable_map),
            .u.collection.value_offset = offsetof(struct awsc_bedrock_runtime_prompt_variable_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_bedrock_runtime_prompt_variable_map_entry),
        },
        [313] = { /* PromptVariableValues */
            .name_ref = REF(shapes[313].name_ref, strings[13215]),
            .u.structure.members_ref = REF(shapes[313].u.structure.members_ref, members[439]),
            .u.structure.by_wire_name_ref = REF(shapes[313].u.structure.by_wire_name_ref, by_wire_name[439]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_bedrock_runtime_prompt_variable_values),
            .u.structure.member_count = 1,
        },
        [314] = { /* ReasoningContentBlock */
            .name_ref = REF(shapes[314].name_ref, strings[13236]),
            .u.structure.members_ref = REF(shapes[314].u.structure.members_ref, members[440]),
            .u.structure.by_wire_name_ref = REF(shapes[314].u.structure.by_wire_name_ref, by_wire_name[440]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION | AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_bedrock_runtime_reasoning_content_block),
            .u.structure.member_count = 2,
        },
        [315] = { /* ReasoningContentBlockDelta */
            .name_ref = REF(shapes[315].name_ref, strings[13288]),
            .u.structure.members_ref = REF(shapes[315].u.structure.members_ref, members[442]),
            .u.structure.by_wire_name_ref = REF(shapes[315].u.structure.by_wire_name_ref, by_wire_name[442]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION | AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_bedrock_runtime_reasoning_content_block_delta),
            .u.structure.member_count = 3,
        },
        [316] = { /* ReasoningTextBlock */
            .name_ref = REF(shapes[316].name_ref, strings[13325]),
            .u.structure.members_ref = REF(shapes[316].u.structure.members_ref, members[445]),
            .u.structure.by_wire_name_ref = REF(shapes[316].u.structure.by_wire_name_ref, by_wire_name[445]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_bedrock_runtime_reasoning_text_block),
            .u.structure.member_count = 2,
        },
        [317] = { /* RequestMetadata */
            .name_ref = REF(shapes[317].name_ref, strings[13344]),
            .range_ref = REF(shapes[317].range_ref, ranges[65]),
            .u.collection.item_ref = REF(shapes[317].u.collection.item_ref, shapes[320]),
            .u.collection.key_ref = REF(shapes[317].u.collection.key_ref, shapes[319]),
            .type = AWSC_SHAPE_MAP,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_bedrock_runtime_request_metadata),
            .u.collection.value_offset = offsetof(struct awsc_bedrock_runtime_request_metadata_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_bedrock_runtime_request_metadata_entry),
        },
        [318] = { /* RequestMetadataJson */
            .name_ref = REF(shapes[318].name_ref, strings[13360]),
            .range_ref = REF(shapes[318].range_ref, ranges[66]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [319] = { /* RequestMetadataKeyString */
            .name_ref = REF(shapes[319].name_ref, strings[13380]),
            .range_ref = REF(shapes[319].range_ref, ranges[67]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [320] = { /* RequestMetadataValueString */
            .name_ref = REF(shapes[320].name_ref, strings[13405]),
            .range_ref = REF(shapes[320].range_ref, ranges[68]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [321] = { /* ResourceNotFoundException */
            .name_ref = REF(shapes[321].name_ref, strings[13432]),
            .u.structure.members_ref = REF(shapes[321].u.structure.members_ref, members[447]),
            .u.structure.by_wire_name_ref = REF(shapes[321].u.structure.by_wire_name_ref, by_wire_name[447]),
            .u.structure.error_code_ref = REF(shapes[321].u.structure.error_code_ref, strings[13432]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_bedrock_runtime_resource_not_found_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 404,
        },
        [322] = { /* ResponseStream */
            .name_ref = REF(shapes[322].name_ref, strings[13458]),
            .u.structure.members_ref = REF(shapes[322].u.structure.members_ref, members[448]),
            .u.structure.by_wire_name_ref = REF(shapes[322].u.structure.by_wire_name_ref, by_wire_name[448]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EVENTSTREAM,
            .size = sizeof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event),
            .u.structure.member_count = 7,
        },
        [323] = { /* S3Location */
            .name_ref = REF(shapes[323].name_ref, strings[13473]),
            .u.structure.members_ref = REF(shapes[323].u.structure.members_ref, members[455]),
            .u.structure.by_wire_name_ref = REF(shapes[323].u.structure.by_wire_name_ref, by_wire_name[455]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_s3_location),
            .u.structure.member_count = 2,
        },
        [324] = { /* S3Uri */
            .name_ref = REF(shapes[324].name_ref, strings[13488]),
            .range_ref = REF(shapes[324].range_ref, ranges[69]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [325] = { /* SearchResultBlock */
            .name_ref = REF(shapes[325].name_ref, strings[13494]),
            .u.structure.members_ref = REF(shapes[325].u.structure.members_ref, members[457]),
            .u.structure.by_wire_name_ref = REF(shapes[325].u.structure.by_wire_name_ref, by_wire_name[457]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_search_result_block),
            .u.structure.member_count = 4,
        },
        [326] = { /* SearchResultContentBlock */
            .name_ref = REF(shapes[326].name_ref, strings[13512]),
            .u.structure.members_ref = REF(shapes[326].u.structure.members_ref, members[461]),
            .u.structure.by_wire_name_ref = REF(shapes[326].u.structure.by_wire_name_ref, by_wire_name[461]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_search_result_content_block),
            .u.structure.member_count = 1,
        },
        [327] = { /* SearchResultContentBlocks */
            .name_ref = REF(shapes[327].name_ref, strings[13537]),
            .u.collection.item_ref = REF(shapes[327].u.collection.item_ref, shapes[326]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_search_result_content_blocks),
        },
        [328] = { /* SearchResultLocation */
            .name_ref = REF(shapes[328].name_ref, strings[13563]),
            .u.structure.members_ref = REF(shapes[328].u.structure.members_ref, members[462]),
            .u.structure.by_wire_name_ref = REF(shapes[328].u.structure.by_wire_name_ref, by_wire_name[462]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_search_result_location),
            .u.structure.member_count = 3,
        },
        [329] = { /* SearchResultLocationEndInteger */
            .name_ref = REF(shapes[329].name_ref, strings[13602]),
            .range_ref = REF(shapes[329].range_ref, ranges[70]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [330] = { /* SearchResultLocationSearchResultIndexInteger */
            .name_ref = REF(shapes[330].name_ref, strings[13633]),
            .range_ref = REF(shapes[330].range_ref, ranges[71]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [331] = { /* SearchResultLocationStartInteger */
            .name_ref = REF(shapes[331].name_ref, strings[13678]),
            .range_ref = REF(shapes[331].range_ref, ranges[72]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [332] = { /* ServiceQuotaExceededException */
            .name_ref = REF(shapes[332].name_ref, strings[13711]),
            .u.structure.members_ref = REF(shapes[332].u.structure.members_ref, members[465]),
            .u.structure.by_wire_name_ref = REF(shapes[332].u.structure.by_wire_name_ref, by_wire_name[465]),
            .u.structure.error_code_ref = REF(shapes[332].u.structure.error_code_ref, strings[13711]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_bedrock_runtime_service_quota_exceeded_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [333] = { /* ServiceTier */
            .name_ref = REF(shapes[333].name_ref, strings[13741]),
            .u.structure.members_ref = REF(shapes[333].u.structure.members_ref, members[466]),
            .u.structure.by_wire_name_ref = REF(shapes[333].u.structure.by_wire_name_ref, by_wire_name[466]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_service_tier),
            .u.structure.member_count = 1,
        },
        [334] = { /* ServiceTierType */
            .name_ref = REF(shapes[334].name_ref, strings[13753]),
            .u.string.enum_values_ref = REF(shapes[334].u.string.enum_values_ref, strings[13769]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [335] = { /* ServiceUnavailableException */
            .name_ref = REF(shapes[335].name_ref, strings[13800]),
            .u.structure.members_ref = REF(shapes[335].u.structure.members_ref, members[467]),
            .u.structure.by_wire_name_ref = REF(shapes[335].u.structure.by_wire_name_ref, by_wire_name[467]),
            .u.structure.error_code_ref = REF(shapes[335].u.structure.error_code_ref, strings[13800]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_bedrock_runtime_service_unavailable_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 503,
        },
        [336] = { /* SortAsyncInvocationBy */
            .name_ref = REF(shapes[336].name_ref, strings[13828]),
            .u.string.enum_values_ref = REF(shapes[336].u.string.enum_values_ref, strings[13850]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [337] = { /* SortOrder */
            .name_ref = REF(shapes[337].name_ref, strings[13865]),
            .u.string.enum_values_ref = REF(shapes[337].u.string.enum_values_ref, strings[13875]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [338] = { /* SpecificToolChoice */
            .name_ref = REF(shapes[338].name_ref, strings[13896]),
            .u.structure.members_ref = REF(shapes[338].u.structure.members_ref, members[468]),
            .u.structure.by_wire_name_ref = REF(shapes[338].u.structure.by_wire_name_ref, by_wire_name[468]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_specific_tool_choice),
            .u.structure.member_count = 1,
        },
        [339] = { /* StartAsyncInvokeRequest */
            .name_ref = REF(shapes[339].name_ref, strings[13915]),
            .u.structure.members_ref = REF(shapes[339].u.structure.members_ref, members[469]),
            .u.structure.by_wire_name_ref = REF(shapes[339].u.structure.by_wire_name_ref, by_wire_name[469]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_start_async_invoke_input),
            .u.structure.member_count = 5,
        },
        [340] = { /* StartAsyncInvokeResponse */
            .name_ref = REF(shapes[340].name_ref, strings[13955]),
            .u.structure.members_ref = REF(shapes[340].u.structure.members_ref, members[474]),
            .u.structure.by_wire_name_ref = REF(shapes[340].u.structure.by_wire_name_ref, by_wire_name[474]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_start_async_invoke_output),
            .u.structure.member_count = 1,
        },
        [341] = { /* StatusCode */
            .name_ref = REF(shapes[341].name_ref, strings[13980]),
            .range_ref = REF(shapes[341].range_ref, ranges[73]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [342] = { /* StopReason */
            .name_ref = REF(shapes[342].name_ref, strings[13991]),
            .u.string.enum_values_ref = REF(shapes[342].u.string.enum_values_ref, strings[14002]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 9,
        },
        [343] = { /* String */
            .name_ref = REF(shapes[343].name_ref, strings[14155]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [344] = { /* SystemContentBlock */
            .name_ref = REF(shapes[344].name_ref, strings[14162]),
            .u.structure.members_ref = REF(shapes[344].u.structure.members_ref, members[475]),
            .u.structure.by_wire_name_ref = REF(shapes[344].u.structure.by_wire_name_ref, by_wire_name[475]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_bedrock_runtime_system_content_block),
            .u.structure.member_count = 3,
        },
        [345] = { /* SystemContentBlocks */
            .name_ref = REF(shapes[345].name_ref, strings[14181]),
            .u.collection.item_ref = REF(shapes[345].u.collection.item_ref, shapes[344]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_system_content_blocks),
        },
        [346] = { /* SystemTool */
            .name_ref = REF(shapes[346].name_ref, strings[14201]),
            .u.structure.members_ref = REF(shapes[346].u.structure.members_ref, members[478]),
            .u.structure.by_wire_name_ref = REF(shapes[346].u.structure.by_wire_name_ref, by_wire_name[478]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_system_tool),
            .u.structure.member_count = 1,
        },
        [347] = { /* Tag */
            .name_ref = REF(shapes[347].name_ref, strings[14212]),
            .u.structure.members_ref = REF(shapes[347].u.structure.members_ref, members[479]),
            .u.structure.by_wire_name_ref = REF(shapes[347].u.structure.by_wire_name_ref, by_wire_name[479]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_tag),
            .u.structure.member_count = 2,
        },
        [348] = { /* TagKey */
            .name_ref = REF(shapes[348].name_ref, strings[14226]),
            .range_ref = REF(shapes[348].range_ref, ranges[74]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [349] = { /* TagList */
            .name_ref = REF(shapes[349].name_ref, strings[14233]),
            .range_ref = REF(shapes[349].range_ref, ranges[75]),
            .u.collection.item_ref = REF(shapes[349].u.collection.item_ref, shapes[347]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_tag_list),
        },
        [350] = { /* TagValue */
            .name_ref = REF(shapes[350].name_ref, strings[14241]),
            .range_ref = REF(shapes[350].range_ref, ranges[76]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [351] = { /* TextCharactersGuarded */
            .name_ref = REF(shapes[351].name_ref, strings[14250]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [352] = { /* TextCharactersTotal */
            .name_ref = REF(shapes[352].name_ref, strings[14272]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [353] = { /* ThrottlingException */
            .name_ref = REF(shapes[353].name_ref, strings[14292]),
            .u.structure.members_ref = REF(shapes[353].u.structure.members_ref, members[481]),
            .u.structure.by_wire_name_ref = REF(shapes[353].u.structure.by_wire_name_ref, by_wire_name[481]),
            .u.structure.error_code_ref = REF(shapes[353].u.structure.error_code_ref, strings[14292]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_bedrock_runtime_throttling_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 429,
        },
        [354] = { /* Timestamp */
            .name_ref = REF(shapes[354].name_ref, strings[14312]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .timestamp_format = AWSC_TSFMT_ISO8601,
            .size = sizeof(struct awsc_timestamp),
        },
        [355] = { /* TokenUsage */
            .name_ref = REF(shapes[355].name_ref, strings[14322]),
            .u.structure.members_ref = REF(shapes[355].u.structure.members_ref, members[482]),
            .u.structure.by_wire_name_ref = REF(shapes[355].u.structure.by_wire_name_ref, by_wire_name[482]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_token_usage),
            .u.structure.member_count = 6,
        },
        [356] = { /* TokenUsageCacheReadInputTokensInteger */
            .name_ref = REF(shapes[356].name_ref, strings[14414]),
            .range_ref = REF(shapes[356].range_ref, ranges[77]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [357] = { /* TokenUsageCacheWriteInputTokensInteger */
            .name_ref = REF(shapes[357].name_ref, strings[14452]),
            .range_ref = REF(shapes[357].range_ref, ranges[78]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [358] = { /* TokenUsageInputTokensInteger */
            .name_ref = REF(shapes[358].name_ref, strings[14491]),
            .range_ref = REF(shapes[358].range_ref, ranges[79]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [359] = { /* TokenUsageOutputTokensInteger */
            .name_ref = REF(shapes[359].name_ref, strings[14520]),
            .range_ref = REF(shapes[359].range_ref, ranges[80]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [360] = { /* TokenUsageTotalTokensInteger */
            .name_ref = REF(shapes[360].name_ref, strings[14550]),
            .range_ref = REF(shapes[360].range_ref, ranges[81]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [361] = { /* Tool */
            .name_ref = REF(shapes[361].name_ref, strings[14579]),
            .u.structure.members_ref = REF(shapes[361].u.structure.members_ref, members[488]),
            .u.structure.by_wire_name_ref = REF(shapes[361].u.structure.by_wire_name_ref, by_wire_name[488]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_bedrock_runtime_tool),
            .u.structure.member_count = 3,
        },
        [362] = { /* ToolAdditionBlock */
            .name_ref = REF(shapes[362].name_ref, strings[14604]),
            .u.structure.members_ref = REF(shapes[362].u.structure.members_ref, members[491]),
            .u.structure.by_wire_name_ref = REF(shapes[362].u.structure.by_wire_name_ref, by_wire_name[491]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_tool_addition_block),
            .u.structure.member_count = 1,
        },
        [363] = { /* ToolChoice */
            .name_ref = REF(shapes[363].name_ref, strings[14627]),
            .u.structure.members_ref = REF(shapes[363].u.structure.members_ref, members[492]),
            .u.structure.by_wire_name_ref = REF(shapes[363].u.structure.by_wire_name_ref, by_wire_name[492]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_bedrock_runtime_tool_choice),
            .u.structure.member_count = 3,
        },
        [364] = { /* ToolConfiguration */
            .name_ref = REF(shapes[364].name_ref, strings[14647]),
            .u.structure.members_ref = REF(shapes[364].u.structure.members_ref, members[495]),
            .u.structure.by_wire_name_ref = REF(shapes[364].u.structure.by_wire_name_ref, by_wire_name[495]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_tool_configuration),
            .u.structure.member_count = 2,
        },
        [365] = { /* ToolConfigurationToolsList */
            .name_ref = REF(shapes[365].name_ref, strings[14682]),
            .range_ref = REF(shapes[365].range_ref, ranges[82]),
            .u.collection.item_ref = REF(shapes[365].u.collection.item_ref, shapes[361]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_tool_configuration_tools_list),
        },
        [366] = { /* ToolInputSchema */
            .name_ref = REF(shapes[366].name_ref, strings[14709]),
            .u.structure.members_ref = REF(shapes[366].u.structure.members_ref, members[497]),
            .u.structure.by_wire_name_ref = REF(shapes[366].u.structure.by_wire_name_ref, by_wire_name[497]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_bedrock_runtime_tool_input_schema),
            .u.structure.member_count = 1,
        },
        [367] = { /* ToolName */
            .name_ref = REF(shapes[367].name_ref, strings[14730]),
            .range_ref = REF(shapes[367].range_ref, ranges[83]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [368] = { /* ToolReference */
            .name_ref = REF(shapes[368].name_ref, strings[14739]),
            .u.structure.members_ref = REF(shapes[368].u.structure.members_ref, members[498]),
            .u.structure.by_wire_name_ref = REF(shapes[368].u.structure.by_wire_name_ref, by_wire_name[498]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_tool_reference),
            .u.structure.member_count = 3,
        },
        [369] = { /* ToolReferenceNameString */
            .name_ref = REF(shapes[369].name_ref, strings[14764]),
            .range_ref = REF(shapes[369].range_ref, ranges[84]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [370] = { /* ToolReferenceServerNameString */
            .name_ref = REF(shapes[370].name_ref, strings[14788]),
            .range_ref = REF(shapes[370].range_ref, ranges[85]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [371] = { /* ToolReferenceTypeString */
            .name_ref = REF(shapes[371].name_ref, strings[14818]),
            .range_ref = REF(shapes[371].range_ref, ranges[86]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [372] = { /* ToolRemovalBlock */
            .name_ref = REF(shapes[372].name_ref, strings[14842]),
            .u.structure.members_ref = REF(shapes[372].u.structure.members_ref, members[501]),
            .u.structure.by_wire_name_ref = REF(shapes[372].u.structure.by_wire_name_ref, by_wire_name[501]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_tool_removal_block),
            .u.structure.member_count = 1,
        },
        [373] = { /* ToolResultBlock */
            .name_ref = REF(shapes[373].name_ref, strings[14859]),
            .u.structure.members_ref = REF(shapes[373].u.structure.members_ref, members[502]),
            .u.structure.by_wire_name_ref = REF(shapes[373].u.structure.by_wire_name_ref, by_wire_name[502]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_tool_result_block),
            .u.structure.member_count = 4,
        },
        [374] = { /* ToolResultBlockDelta */
            .name_ref = REF(shapes[374].name_ref, strings[14885]),
            .u.structure.members_ref = REF(shapes[374].u.structure.members_ref, members[506]),
            .u.structure.by_wire_name_ref = REF(shapes[374].u.structure.by_wire_name_ref, by_wire_name[506]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_bedrock_runtime_tool_result_block_delta),
            .u.structure.member_count = 2,
        },
        [375] = { /* ToolResultBlockStart */
            .name_ref = REF(shapes[375].name_ref, strings[14906]),
            .u.structure.members_ref = REF(shapes[375].u.structure.members_ref, members[508]),
            .u.structure.by_wire_name_ref = REF(shapes[375].u.structure.by_wire_name_ref, by_wire_name[508]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_tool_result_block_start),
            .u.structure.member_count = 3,
        },
        [376] = { /* ToolResultBlocksDelta */
            .name_ref = REF(shapes[376].name_ref, strings[14927]),
            .u.collection.item_ref = REF(shapes[376].u.collection.item_ref, shapes[374]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_tool_result_blocks_delta),
        },
        [377] = { /* ToolResultContentBlock */
            .name_ref = REF(shapes[377].name_ref, strings[14949]),
            .u.structure.members_ref = REF(shapes[377].u.structure.members_ref, members[511]),
            .u.structure.by_wire_name_ref = REF(shapes[377].u.structure.by_wire_name_ref, by_wire_name[511]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_bedrock_runtime_tool_result_content_block),
            .u.structure.member_count = 6,
        },
        [378] = { /* ToolResultContentBlocks */
            .name_ref = REF(shapes[378].name_ref, strings[14972]),
            .u.collection.item_ref = REF(shapes[378].u.collection.item_ref, shapes[377]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_bedrock_runtime_tool_result_content_blocks),
        },
        [379] = { /* ToolResultStatus */
            .name_ref = REF(shapes[379].name_ref, strings[14996]),
            .u.string.enum_values_ref = REF(shapes[379].u.string.enum_values_ref, strings[15013]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [380] = { /* ToolSpecification */
            .name_ref = REF(shapes[380].name_ref, strings[15027]),
            .u.structure.members_ref = REF(shapes[380].u.structure.members_ref, members[517]),
            .u.structure.by_wire_name_ref = REF(shapes[380].u.structure.by_wire_name_ref, by_wire_name[517]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_tool_specification),
            .u.structure.member_count = 4,
        },
        [381] = { /* ToolUseBlock */
            .name_ref = REF(shapes[381].name_ref, strings[15064]),
            .u.structure.members_ref = REF(shapes[381].u.structure.members_ref, members[521]),
            .u.structure.by_wire_name_ref = REF(shapes[381].u.structure.by_wire_name_ref, by_wire_name[521]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_tool_use_block),
            .u.structure.member_count = 4,
        },
        [382] = { /* ToolUseBlockDelta */
            .name_ref = REF(shapes[382].name_ref, strings[15077]),
            .u.structure.members_ref = REF(shapes[382].u.structure.members_ref, members[525]),
            .u.structure.by_wire_name_ref = REF(shapes[382].u.structure.by_wire_name_ref, by_wire_name[525]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_tool_use_block_delta),
            .u.structure.member_count = 1,
        },
        [383] = { /* ToolUseBlockStart */
            .name_ref = REF(shapes[383].name_ref, strings[15095]),
            .u.structure.members_ref = REF(shapes[383].u.structure.members_ref, members[526]),
            .u.structure.by_wire_name_ref = REF(shapes[383].u.structure.by_wire_name_ref, by_wire_name[526]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_tool_use_block_start),
            .u.structure.member_count = 3,
        },
        [384] = { /* ToolUseId */
            .name_ref = REF(shapes[384].name_ref, strings[15113]),
            .range_ref = REF(shapes[384].range_ref, ranges[87]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [385] = { /* ToolUseType */
            .name_ref = REF(shapes[385].name_ref, strings[15123]),
            .u.string.enum_values_ref = REF(shapes[385].u.string.enum_values_ref, strings[15135]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [386] = { /* Trace */
            .name_ref = REF(shapes[386].name_ref, strings[15151]),
            .u.string.enum_values_ref = REF(shapes[386].u.string.enum_values_ref, strings[15157]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [387] = { /* ValidationException */
            .name_ref = REF(shapes[387].name_ref, strings[15187]),
            .u.structure.members_ref = REF(shapes[387].u.structure.members_ref, members[529]),
            .u.structure.by_wire_name_ref = REF(shapes[387].u.structure.by_wire_name_ref, by_wire_name[529]),
            .u.structure.error_code_ref = REF(shapes[387].u.structure.error_code_ref, strings[15187]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_bedrock_runtime_validation_exception),
            .u.structure.member_count = 1,
            .u.structure.http_status = 400,
        },
        [388] = { /* VideoBlock */
            .name_ref = REF(shapes[388].name_ref, strings[15207]),
            .u.structure.members_ref = REF(shapes[388].u.structure.members_ref, members[530]),
            .u.structure.by_wire_name_ref = REF(shapes[388].u.structure.by_wire_name_ref, by_wire_name[530]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_video_block),
            .u.structure.member_count = 2,
        },
        [389] = { /* VideoFormat */
            .name_ref = REF(shapes[389].name_ref, strings[15218]),
            .u.string.enum_values_ref = REF(shapes[389].u.string.enum_values_ref, strings[15230]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 9,
        },
        [390] = { /* VideoSource */
            .name_ref = REF(shapes[390].name_ref, strings[15273]),
            .u.structure.members_ref = REF(shapes[390].u.structure.members_ref, members[532]),
            .u.structure.by_wire_name_ref = REF(shapes[390].u.structure.by_wire_name_ref, by_wire_name[532]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_UNION,
            .size = sizeof(struct awsc_bedrock_runtime_video_source),
            .u.structure.member_count = 2,
        },
        [391] = { /* VideoSourceBytesBlob */
            .name_ref = REF(shapes[391].name_ref, strings[15285]),
            .range_ref = REF(shapes[391].range_ref, ranges[88]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [392] = { /* WebLocation */
            .name_ref = REF(shapes[392].name_ref, strings[15306]),
            .u.structure.members_ref = REF(shapes[392].u.structure.members_ref, members[534]),
            .u.structure.by_wire_name_ref = REF(shapes[392].u.structure.by_wire_name_ref, by_wire_name[534]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_bedrock_runtime_web_location),
            .u.structure.member_count = 2,
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * shape, offset (of the C member), has_ offset, flags, location,
     * timestamp format */
    .members = {
        [0] = {REF(members[0].name_ref, strings[22]), REF(members[0].shape_ref, shapes[298]), offsetof(struct awsc_bedrock_runtime_access_denied_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccessDeniedException.message: NonBlankString */
        [1] = {REF(members[1].name_ref, strings[78]), REF(members[1].shape_ref, shapes[207]), offsetof(struct awsc_bedrock_runtime_applied_guardrail_details, guardrail_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AppliedGuardrailDetails.guardrailId: GuardrailId */
        [2] = {REF(members[2].name_ref, strings[90]), REF(members[2].shape_ref, shapes[248]), offsetof(struct awsc_bedrock_runtime_applied_guardrail_details, guardrail_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AppliedGuardrailDetails.guardrailVersion: GuardrailVersion */
        [3] = {REF(members[3].name_ref, strings[107]), REF(members[3].shape_ref, shapes[98]), offsetof(struct awsc_bedrock_runtime_applied_guardrail_details, guardrail_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AppliedGuardrailDetails.guardrailArn: GuardrailArn */
        [4] = {REF(members[4].name_ref, strings[120]), REF(members[4].shape_ref, shapes[219]), offsetof(struct awsc_bedrock_runtime_applied_guardrail_details, guardrail_origin), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AppliedGuardrailDetails.guardrailOrigin: GuardrailOriginList */
        [5] = {REF(members[5].name_ref, strings[136]), REF(members[5].shape_ref, shapes[224]), offsetof(struct awsc_bedrock_runtime_applied_guardrail_details, guardrail_ownership), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AppliedGuardrailDetails.guardrailOwnership: GuardrailOwnership */
        [6] = {REF(members[6].name_ref, strings[177]), REF(members[6].shape_ref, shapes[208]), offsetof(struct awsc_bedrock_runtime_apply_guardrail_input, guardrail_identifier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ApplyGuardrailRequest.guardrailIdentifier: GuardrailIdentifier */
        [7] = {REF(members[7].name_ref, strings[90]), REF(members[7].shape_ref, shapes[248]), offsetof(struct awsc_bedrock_runtime_apply_guardrail_input, guardrail_version), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ApplyGuardrailRequest.guardrailVersion: GuardrailVersion */
        [8] = {REF(members[8].name_ref, strings[197]), REF(members[8].shape_ref, shapes[187]), offsetof(struct awsc_bedrock_runtime_apply_guardrail_input, source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ApplyGuardrailRequest.source: GuardrailContentSource */
        [9] = {REF(members[9].name_ref, strings[204]), REF(members[9].shape_ref, shapes[175]), offsetof(struct awsc_bedrock_runtime_apply_guardrail_input, content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ApplyGuardrailRequest.content: GuardrailContentBlockList */
        [10] = {REF(members[10].name_ref, strings[212]), REF(members[10].shape_ref, shapes[222]), offsetof(struct awsc_bedrock_runtime_apply_guardrail_input, output_scope), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ApplyGuardrailRequest.outputScope: GuardrailOutputScope */
        [11] = {REF(members[11].name_ref, strings[247]), REF(members[11].shape_ref, shapes[247]), offsetof(struct awsc_bedrock_runtime_apply_guardrail_output, usage), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ApplyGuardrailResponse.usage: GuardrailUsage */
        [12] = {REF(members[12].name_ref, strings[253]), REF(members[12].shape_ref, shapes[97]), offsetof(struct awsc_bedrock_runtime_apply_guardrail_output, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ApplyGuardrailResponse.action: GuardrailAction */
        [13] = {REF(members[13].name_ref, strings[260]), REF(members[13].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_apply_guardrail_output, action_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ApplyGuardrailResponse.actionReason: String */
        [14] = {REF(members[14].name_ref, strings[273]), REF(members[14].shape_ref, shapes[221]), offsetof(struct awsc_bedrock_runtime_apply_guardrail_output, outputs), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ApplyGuardrailResponse.outputs: GuardrailOutputContentList */
        [15] = {REF(members[15].name_ref, strings[281]), REF(members[15].shape_ref, shapes[100]), offsetof(struct awsc_bedrock_runtime_apply_guardrail_output, assessments), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ApplyGuardrailResponse.assessments: GuardrailAssessmentList */
        [16] = {REF(members[16].name_ref, strings[293]), REF(members[16].shape_ref, shapes[204]), offsetof(struct awsc_bedrock_runtime_apply_guardrail_output, guardrail_coverage), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ApplyGuardrailResponse.guardrailCoverage: GuardrailCoverage */
        [17] = {REF(members[17].name_ref, strings[423]), REF(members[17].shape_ref, shapes[11]), offsetof(struct awsc_bedrock_runtime_async_invoke_output_data_config, s3_output_data_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AsyncInvokeOutputDataConfig.s3OutputDataConfig: AsyncInvokeS3OutputDataConfig */
        [18] = {REF(members[18].name_ref, strings[472]), REF(members[18].shape_ref, shapes[324]), offsetof(struct awsc_bedrock_runtime_async_invoke_s3_output_data_config, s3_uri), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AsyncInvokeS3OutputDataConfig.s3Uri: S3Uri */
        [19] = {REF(members[19].name_ref, strings[478]), REF(members[19].shape_ref, shapes[282]), offsetof(struct awsc_bedrock_runtime_async_invoke_s3_output_data_config, kms_key_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AsyncInvokeS3OutputDataConfig.kmsKeyId: KmsKeyId */
        [20] = {REF(members[20].name_ref, strings[487]), REF(members[20].shape_ref, shapes[1]), offsetof(struct awsc_bedrock_runtime_async_invoke_s3_output_data_config, bucket_owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AsyncInvokeS3OutputDataConfig.bucketOwner: AccountId */
        [21] = {REF(members[21].name_ref, strings[585]), REF(members[21].shape_ref, shapes[267]), offsetof(struct awsc_bedrock_runtime_async_invoke_summary, invocation_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AsyncInvokeSummary.invocationArn: InvocationArn */
        [22] = {REF(members[22].name_ref, strings[599]), REF(members[22].shape_ref, shapes[6]), offsetof(struct awsc_bedrock_runtime_async_invoke_summary, model_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AsyncInvokeSummary.modelArn: AsyncInvokeArn */
        [23] = {REF(members[23].name_ref, strings[608]), REF(members[23].shape_ref, shapes[7]), offsetof(struct awsc_bedrock_runtime_async_invoke_summary, client_request_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AsyncInvokeSummary.clientRequestToken: AsyncInvokeIdempotencyToken */
        [24] = {REF(members[24].name_ref, strings[627]), REF(members[24].shape_ref, shapes[12]), offsetof(struct awsc_bedrock_runtime_async_invoke_summary, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AsyncInvokeSummary.status: AsyncInvokeStatus */
        [25] = {REF(members[25].name_ref, strings[634]), REF(members[25].shape_ref, shapes[9]), offsetof(struct awsc_bedrock_runtime_async_invoke_summary, failure_message), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AsyncInvokeSummary.failureMessage: AsyncInvokeMessage */
        [26] = {REF(members[26].name_ref, strings[649]), REF(members[26].shape_ref, shapes[354]), offsetof(struct awsc_bedrock_runtime_async_invoke_summary, submit_time), offsetof(struct awsc_bedrock_runtime_async_invoke_summary, has_submit_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AsyncInvokeSummary.submitTime: Timestamp */
        [27] = {REF(members[27].name_ref, strings[660]), REF(members[27].shape_ref, shapes[354]), offsetof(struct awsc_bedrock_runtime_async_invoke_summary, last_modified_time), offsetof(struct awsc_bedrock_runtime_async_invoke_summary, has_last_modified_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AsyncInvokeSummary.lastModifiedTime: Timestamp */
        [28] = {REF(members[28].name_ref, strings[677]), REF(members[28].shape_ref, shapes[354]), offsetof(struct awsc_bedrock_runtime_async_invoke_summary, end_time), offsetof(struct awsc_bedrock_runtime_async_invoke_summary, has_end_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AsyncInvokeSummary.endTime: Timestamp */
        [29] = {REF(members[29].name_ref, strings[685]), REF(members[29].shape_ref, shapes[10]), offsetof(struct awsc_bedrock_runtime_async_invoke_summary, output_data_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AsyncInvokeSummary.outputDataConfig: AsyncInvokeOutputDataConfig */
        [30] = {REF(members[30].name_ref, strings[713]), REF(members[30].shape_ref, shapes[16]), offsetof(struct awsc_bedrock_runtime_audio_block, format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AudioBlock.format: AudioFormat */
        [31] = {REF(members[31].name_ref, strings[197]), REF(members[31].shape_ref, shapes[17]), offsetof(struct awsc_bedrock_runtime_audio_block, source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AudioBlock.source: AudioSource */
        [32] = {REF(members[32].name_ref, strings[720]), REF(members[32].shape_ref, shapes[93]), offsetof(struct awsc_bedrock_runtime_audio_block, error), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AudioBlock.error: ErrorBlock */
        [33] = {REF(members[33].name_ref, strings[817]), REF(members[33].shape_ref, shapes[18]), offsetof(struct awsc_bedrock_runtime_audio_source, bytes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AudioSource.bytes: AudioSourceBytesBlob */
        [34] = {REF(members[34].name_ref, strings[823]), REF(members[34].shape_ref, shapes[323]), offsetof(struct awsc_bedrock_runtime_audio_source, s3_location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AudioSource.s3Location: S3Location */
        [35] = {REF(members[35].name_ref, strings[817]), REF(members[35].shape_ref, shapes[307]), offsetof(struct awsc_bedrock_runtime_bidirectional_input_payload_part, bytes), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BidirectionalInputPayloadPart.bytes: PartBody */
        [36] = {REF(members[36].name_ref, strings[817]), REF(members[36].shape_ref, shapes[307]), offsetof(struct awsc_bedrock_runtime_bidirectional_output_payload_part, bytes), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BidirectionalOutputPayloadPart.bytes: PartBody */
        [37] = {REF(members[37].name_ref, strings[994]), REF(members[37].shape_ref, shapes[31]), offsetof(struct awsc_bedrock_runtime_cache_detail, ttl), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CacheDetail.ttl: CacheTTL */
        [38] = {REF(members[38].name_ref, strings[998]), REF(members[38].shape_ref, shapes[27]), offsetof(struct awsc_bedrock_runtime_cache_detail, input_tokens), offsetof(struct awsc_bedrock_runtime_cache_detail, has_input_tokens), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CacheDetail.inputTokens: CacheDetailInputTokensInteger */
        [39] = {REF(members[39].name_ref, strings[1073]), REF(members[39].shape_ref, shapes[30]), offsetof(struct awsc_bedrock_runtime_cache_point_block, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CachePointBlock.type: CachePointType */
        [40] = {REF(members[40].name_ref, strings[994]), REF(members[40].shape_ref, shapes[31]), offsetof(struct awsc_bedrock_runtime_cache_point_block, ttl), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CachePointBlock.ttl: CacheTTL */
        [41] = {REF(members[41].name_ref, strings[1125]), REF(members[41].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_citation, title), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Citation.title: String */
        [42] = {REF(members[42].name_ref, strings[197]), REF(members[42].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_citation, source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Citation.source: String */
        [43] = {REF(members[43].name_ref, strings[1131]), REF(members[43].shape_ref, shapes[38]), offsetof(struct awsc_bedrock_runtime_citation, source_content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Citation.sourceContent: CitationSourceContentList */
        [44] = {REF(members[44].name_ref, strings[1145]), REF(members[44].shape_ref, shapes[35]), offsetof(struct awsc_bedrock_runtime_citation, location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Citation.location: CitationLocation */
        [45] = {REF(members[45].name_ref, strings[1179]), REF(members[45].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_citation_generated_content, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CitationGeneratedContent.text: String */
        [46] = {REF(members[46].name_ref, strings[1230]), REF(members[46].shape_ref, shapes[392]), offsetof(struct awsc_bedrock_runtime_citation_location, web), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CitationLocation.web: WebLocation */
        [47] = {REF(members[47].name_ref, strings[1234]), REF(members[47].shape_ref, shapes[76]), offsetof(struct awsc_bedrock_runtime_citation_location, document_char), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CitationLocation.documentChar: DocumentCharLocation */
        [48] = {REF(members[48].name_ref, strings[1247]), REF(members[48].shape_ref, shapes[87]), offsetof(struct awsc_bedrock_runtime_citation_location, document_page), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CitationLocation.documentPage: DocumentPageLocation */
        [49] = {REF(members[49].name_ref, strings[1260]), REF(members[49].shape_ref, shapes[80]), offsetof(struct awsc_bedrock_runtime_citation_location, document_chunk), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CitationLocation.documentChunk: DocumentChunkLocation */
        [50] = {REF(members[50].name_ref, strings[1274]), REF(members[50].shape_ref, shapes[328]), offsetof(struct awsc_bedrock_runtime_citation_location, search_result_location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CitationLocation.searchResultLocation: SearchResultLocation */
        [51] = {REF(members[51].name_ref, strings[1179]), REF(members[51].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_citation_source_content, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CitationSourceContent.text: String */
        [52] = {REF(members[52].name_ref, strings[1179]), REF(members[52].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_citation_source_content_delta, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CitationSourceContentDelta.text: String */
        [53] = {REF(members[53].name_ref, strings[1427]), REF(members[53].shape_ref, shapes[25]), offsetof(struct awsc_bedrock_runtime_citations_config, enabled), offsetof(struct awsc_bedrock_runtime_citations_config, has_enabled), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CitationsConfig.enabled: Boolean */
        [54] = {REF(members[54].name_ref, strings[204]), REF(members[54].shape_ref, shapes[34]), offsetof(struct awsc_bedrock_runtime_citations_content_block, content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CitationsContentBlock.content: CitationGeneratedContentList */
        [55] = {REF(members[55].name_ref, strings[1457]), REF(members[55].shape_ref, shapes[40]), offsetof(struct awsc_bedrock_runtime_citations_content_block, citations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CitationsContentBlock.citations: Citations */
        [56] = {REF(members[56].name_ref, strings[1125]), REF(members[56].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_citations_delta, title), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CitationsDelta.title: String */
        [57] = {REF(members[57].name_ref, strings[197]), REF(members[57].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_citations_delta, source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CitationsDelta.source: String */
        [58] = {REF(members[58].name_ref, strings[1131]), REF(members[58].shape_ref, shapes[39]), offsetof(struct awsc_bedrock_runtime_citations_delta, source_content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CitationsDelta.sourceContent: CitationSourceContentListDelta */
        [59] = {REF(members[59].name_ref, strings[1145]), REF(members[59].shape_ref, shapes[35]), offsetof(struct awsc_bedrock_runtime_citations_delta, location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CitationsDelta.location: CitationLocation */
        [60] = {REF(members[60].name_ref, strings[22]), REF(members[60].shape_ref, shapes[298]), offsetof(struct awsc_bedrock_runtime_conflict_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConflictException.message: NonBlankString */
        [61] = {REF(members[61].name_ref, strings[1179]), REF(members[61].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_content_block, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlock.text: String */
        [62] = {REF(members[62].name_ref, strings[1513]), REF(members[62].shape_ref, shapes[252]), offsetof(struct awsc_bedrock_runtime_content_block, image), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlock.image: ImageBlock */
        [63] = {REF(members[63].name_ref, strings[1519]), REF(members[63].shape_ref, shapes[74]), offsetof(struct awsc_bedrock_runtime_content_block, document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlock.document: DocumentBlock */
        [64] = {REF(members[64].name_ref, strings[1528]), REF(members[64].shape_ref, shapes[388]), offsetof(struct awsc_bedrock_runtime_content_block, video), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlock.video: VideoBlock */
        [65] = {REF(members[65].name_ref, strings[1534]), REF(members[65].shape_ref, shapes[15]), offsetof(struct awsc_bedrock_runtime_content_block, audio), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlock.audio: AudioBlock */
        [66] = {REF(members[66].name_ref, strings[1540]), REF(members[66].shape_ref, shapes[381]), offsetof(struct awsc_bedrock_runtime_content_block, tool_use), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlock.toolUse: ToolUseBlock */
        [67] = {REF(members[67].name_ref, strings[1548]), REF(members[67].shape_ref, shapes[373]), offsetof(struct awsc_bedrock_runtime_content_block, tool_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlock.toolResult: ToolResultBlock */
        [68] = {REF(members[68].name_ref, strings[1559]), REF(members[68].shape_ref, shapes[196]), offsetof(struct awsc_bedrock_runtime_content_block, guard_content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlock.guardContent: GuardrailConverseContentBlock */
        [69] = {REF(members[69].name_ref, strings[1572]), REF(members[69].shape_ref, shapes[29]), offsetof(struct awsc_bedrock_runtime_content_block, cache_point), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlock.cachePoint: CachePointBlock */
        [70] = {REF(members[70].name_ref, strings[1583]), REF(members[70].shape_ref, shapes[314]), offsetof(struct awsc_bedrock_runtime_content_block, reasoning_content), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlock.reasoningContent: ReasoningContentBlock */
        [71] = {REF(members[71].name_ref, strings[1600]), REF(members[71].shape_ref, shapes[42]), offsetof(struct awsc_bedrock_runtime_content_block, citations_content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlock.citationsContent: CitationsContentBlock */
        [72] = {REF(members[72].name_ref, strings[1617]), REF(members[72].shape_ref, shapes[325]), offsetof(struct awsc_bedrock_runtime_content_block, search_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlock.searchResult: SearchResultBlock */
        [73] = {REF(members[73].name_ref, strings[1630]), REF(members[73].shape_ref, shapes[362]), offsetof(struct awsc_bedrock_runtime_content_block, tool_addition), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlock.toolAddition: ToolAdditionBlock */
        [74] = {REF(members[74].name_ref, strings[1643]), REF(members[74].shape_ref, shapes[372]), offsetof(struct awsc_bedrock_runtime_content_block, tool_removal), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlock.toolRemoval: ToolRemovalBlock */
        [75] = {REF(members[75].name_ref, strings[1179]), REF(members[75].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_content_block_delta, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlockDelta.text: String */
        [76] = {REF(members[76].name_ref, strings[1540]), REF(members[76].shape_ref, shapes[382]), offsetof(struct awsc_bedrock_runtime_content_block_delta, tool_use), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlockDelta.toolUse: ToolUseBlockDelta */
        [77] = {REF(members[77].name_ref, strings[1548]), REF(members[77].shape_ref, shapes[376]), offsetof(struct awsc_bedrock_runtime_content_block_delta, tool_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlockDelta.toolResult: ToolResultBlocksDelta */
        [78] = {REF(members[78].name_ref, strings[1583]), REF(members[78].shape_ref, shapes[315]), offsetof(struct awsc_bedrock_runtime_content_block_delta, reasoning_content), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlockDelta.reasoningContent: ReasoningContentBlockDelta */
        [79] = {REF(members[79].name_ref, strings[1673]), REF(members[79].shape_ref, shapes[43]), offsetof(struct awsc_bedrock_runtime_content_block_delta, citation), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlockDelta.citation: CitationsDelta */
        [80] = {REF(members[80].name_ref, strings[1513]), REF(members[80].shape_ref, shapes[253]), offsetof(struct awsc_bedrock_runtime_content_block_delta, image), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlockDelta.image: ImageBlockDelta */
        [81] = {REF(members[81].name_ref, strings[1705]), REF(members[81].shape_ref, shapes[46]), offsetof(struct awsc_bedrock_runtime_content_block_delta_event, delta), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlockDeltaEvent.delta: ContentBlockDelta */
        [82] = {REF(members[82].name_ref, strings[1711]), REF(members[82].shape_ref, shapes[300]), offsetof(struct awsc_bedrock_runtime_content_block_delta_event, content_block_index), offsetof(struct awsc_bedrock_runtime_content_block_delta_event, has_content_block_index), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlockDeltaEvent.contentBlockIndex: NonNegativeInteger */
        [83] = {REF(members[83].name_ref, strings[1540]), REF(members[83].shape_ref, shapes[383]), offsetof(struct awsc_bedrock_runtime_content_block_start, tool_use), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlockStart.toolUse: ToolUseBlockStart */
        [84] = {REF(members[84].name_ref, strings[1548]), REF(members[84].shape_ref, shapes[375]), offsetof(struct awsc_bedrock_runtime_content_block_start, tool_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlockStart.toolResult: ToolResultBlockStart */
        [85] = {REF(members[85].name_ref, strings[1513]), REF(members[85].shape_ref, shapes[254]), offsetof(struct awsc_bedrock_runtime_content_block_start, image), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlockStart.image: ImageBlockStart */
        [86] = {REF(members[86].name_ref, strings[1770]), REF(members[86].shape_ref, shapes[48]), offsetof(struct awsc_bedrock_runtime_content_block_start_event, start), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlockStartEvent.start: ContentBlockStart */
        [87] = {REF(members[87].name_ref, strings[1711]), REF(members[87].shape_ref, shapes[300]), offsetof(struct awsc_bedrock_runtime_content_block_start_event, content_block_index), offsetof(struct awsc_bedrock_runtime_content_block_start_event, has_content_block_index), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlockStartEvent.contentBlockIndex: NonNegativeInteger */
        [88] = {REF(members[88].name_ref, strings[1711]), REF(members[88].shape_ref, shapes[300]), offsetof(struct awsc_bedrock_runtime_content_block_stop_event, content_block_index), offsetof(struct awsc_bedrock_runtime_content_block_stop_event, has_content_block_index), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContentBlockStopEvent.contentBlockIndex: NonNegativeInteger */
        [89] = {REF(members[89].name_ref, strings[1889]), REF(members[89].shape_ref, shapes[285]), offsetof(struct awsc_bedrock_runtime_converse_metrics, latency_ms), offsetof(struct awsc_bedrock_runtime_converse_metrics, has_latency_ms), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseMetrics.latencyMs: Long */
        [90] = {REF(members[90].name_ref, strings[22]), REF(members[90].shape_ref, shapes[287]), offsetof(struct awsc_bedrock_runtime_converse_output, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseOutput.message: Message */
        [91] = {REF(members[91].name_ref, strings[1930]), REF(members[91].shape_ref, shapes[53]), offsetof(struct awsc_bedrock_runtime_converse_input, model_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ConverseRequest.modelId: ConversationalModelId */
        [92] = {REF(members[92].name_ref, strings[1938]), REF(members[92].shape_ref, shapes[290]), offsetof(struct awsc_bedrock_runtime_converse_input, messages), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseRequest.messages: Messages */
        [93] = {REF(members[93].name_ref, strings[1947]), REF(members[93].shape_ref, shapes[345]), offsetof(struct awsc_bedrock_runtime_converse_input, system), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseRequest.system: SystemContentBlocks */
        [94] = {REF(members[94].name_ref, strings[1954]), REF(members[94].shape_ref, shapes[260]), offsetof(struct awsc_bedrock_runtime_converse_input, inference_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseRequest.inferenceConfig: InferenceConfiguration */
        [95] = {REF(members[95].name_ref, strings[1970]), REF(members[95].shape_ref, shapes[364]), offsetof(struct awsc_bedrock_runtime_converse_input, tool_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseRequest.toolConfig: ToolConfiguration */
        [96] = {REF(members[96].name_ref, strings[1981]), REF(members[96].shape_ref, shapes[173]), offsetof(struct awsc_bedrock_runtime_converse_input, guardrail_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseRequest.guardrailConfig: GuardrailConfiguration */
        [97] = {REF(members[97].name_ref, strings[1997]), REF(members[97].shape_ref, shapes[73]), offsetof(struct awsc_bedrock_runtime_converse_input, additional_model_request_fields), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseRequest.additionalModelRequestFields: Document */
        [98] = {REF(members[98].name_ref, strings[2026]), REF(members[98].shape_ref, shapes[312]), offsetof(struct awsc_bedrock_runtime_converse_input, prompt_variables), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseRequest.promptVariables: PromptVariableMap */
        [99] = {REF(members[99].name_ref, strings[2042]), REF(members[99].shape_ref, shapes[57]), offsetof(struct awsc_bedrock_runtime_converse_input, additional_model_response_field_paths), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseRequest.additionalModelResponseFieldPaths: ConverseRequestAdditionalModelResponseFieldPathsList */
        [100] = {REF(members[100].name_ref, strings[2076]), REF(members[100].shape_ref, shapes[317]), offsetof(struct awsc_bedrock_runtime_converse_input, request_metadata), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseRequest.requestMetadata: RequestMetadata */
        [101] = {REF(members[101].name_ref, strings[2092]), REF(members[101].shape_ref, shapes[310]), offsetof(struct awsc_bedrock_runtime_converse_input, performance_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseRequest.performanceConfig: PerformanceConfiguration */
        [102] = {REF(members[102].name_ref, strings[2110]), REF(members[102].shape_ref, shapes[333]), offsetof(struct awsc_bedrock_runtime_converse_input, service_tier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseRequest.serviceTier: ServiceTier */
        [103] = {REF(members[103].name_ref, strings[2122]), REF(members[103].shape_ref, shapes[301]), offsetof(struct awsc_bedrock_runtime_converse_input, output_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseRequest.outputConfig: OutputConfig */
        [104] = {REF(members[104].name_ref, strings[2270]), REF(members[104].shape_ref, shapes[55]), offsetof(struct awsc_bedrock_runtime_converse_response, output), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseResponse.output: ConverseOutput */
        [105] = {REF(members[105].name_ref, strings[2277]), REF(members[105].shape_ref, shapes[342]), offsetof(struct awsc_bedrock_runtime_converse_response, stop_reason), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseResponse.stopReason: StopReason */
        [106] = {REF(members[106].name_ref, strings[247]), REF(members[106].shape_ref, shapes[355]), offsetof(struct awsc_bedrock_runtime_converse_response, usage), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseResponse.usage: TokenUsage */
        [107] = {REF(members[107].name_ref, strings[2288]), REF(members[107].shape_ref, shapes[54]), offsetof(struct awsc_bedrock_runtime_converse_response, metrics), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseResponse.metrics: ConverseMetrics */
        [108] = {REF(members[108].name_ref, strings[2296]), REF(members[108].shape_ref, shapes[73]), offsetof(struct awsc_bedrock_runtime_converse_response, additional_model_response_fields), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseResponse.additionalModelResponseFields: Document */
        [109] = {REF(members[109].name_ref, strings[2326]), REF(members[109].shape_ref, shapes[69]), offsetof(struct awsc_bedrock_runtime_converse_response, trace), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseResponse.trace: ConverseTrace */
        [110] = {REF(members[110].name_ref, strings[2092]), REF(members[110].shape_ref, shapes[310]), offsetof(struct awsc_bedrock_runtime_converse_response, performance_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseResponse.performanceConfig: PerformanceConfiguration */
        [111] = {REF(members[111].name_ref, strings[2110]), REF(members[111].shape_ref, shapes[333]), offsetof(struct awsc_bedrock_runtime_converse_response, service_tier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseResponse.serviceTier: ServiceTier */
        [112] = {REF(members[112].name_ref, strings[247]), REF(members[112].shape_ref, shapes[355]), offsetof(struct awsc_bedrock_runtime_converse_stream_metadata_event, usage), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamMetadataEvent.usage: TokenUsage */
        [113] = {REF(members[113].name_ref, strings[2288]), REF(members[113].shape_ref, shapes[61]), offsetof(struct awsc_bedrock_runtime_converse_stream_metadata_event, metrics), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamMetadataEvent.metrics: ConverseStreamMetrics */
        [114] = {REF(members[114].name_ref, strings[2326]), REF(members[114].shape_ref, shapes[67]), offsetof(struct awsc_bedrock_runtime_converse_stream_metadata_event, trace), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamMetadataEvent.trace: ConverseStreamTrace */
        [115] = {REF(members[115].name_ref, strings[2092]), REF(members[115].shape_ref, shapes[310]), offsetof(struct awsc_bedrock_runtime_converse_stream_metadata_event, performance_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamMetadataEvent.performanceConfig: PerformanceConfiguration */
        [116] = {REF(members[116].name_ref, strings[2110]), REF(members[116].shape_ref, shapes[333]), offsetof(struct awsc_bedrock_runtime_converse_stream_metadata_event, service_tier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamMetadataEvent.serviceTier: ServiceTier */
        [117] = {REF(members[117].name_ref, strings[1889]), REF(members[117].shape_ref, shapes[285]), offsetof(struct awsc_bedrock_runtime_converse_stream_metrics, latency_ms), offsetof(struct awsc_bedrock_runtime_converse_stream_metrics, has_latency_ms), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamMetrics.latencyMs: Long */
        [118] = {REF(members[118].name_ref, strings[2403]), REF(members[118].shape_ref, shapes[288]), offsetof(struct awsc_bedrock_runtime_converse_stream_event, message_start), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamOutput.messageStart: MessageStartEvent */
        [119] = {REF(members[119].name_ref, strings[2416]), REF(members[119].shape_ref, shapes[49]), offsetof(struct awsc_bedrock_runtime_converse_stream_event, content_block_start), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamOutput.contentBlockStart: ContentBlockStartEvent */
        [120] = {REF(members[120].name_ref, strings[2434]), REF(members[120].shape_ref, shapes[47]), offsetof(struct awsc_bedrock_runtime_converse_stream_event, content_block_delta), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamOutput.contentBlockDelta: ContentBlockDeltaEvent */
        [121] = {REF(members[121].name_ref, strings[2452]), REF(members[121].shape_ref, shapes[50]), offsetof(struct awsc_bedrock_runtime_converse_stream_event, content_block_stop), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamOutput.contentBlockStop: ContentBlockStopEvent */
        [122] = {REF(members[122].name_ref, strings[2469]), REF(members[122].shape_ref, shapes[289]), offsetof(struct awsc_bedrock_runtime_converse_stream_event, message_stop), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamOutput.messageStop: MessageStopEvent */
        [123] = {REF(members[123].name_ref, strings[2481]), REF(members[123].shape_ref, shapes[60]), offsetof(struct awsc_bedrock_runtime_converse_stream_event, metadata), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamOutput.metadata: ConverseStreamMetadataEvent */
        [124] = {REF(members[124].name_ref, strings[2490]), REF(members[124].shape_ref, shapes[266]), offsetof(struct awsc_bedrock_runtime_converse_stream_event, internal_server_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamOutput.internalServerException: InternalServerException */
        [125] = {REF(members[125].name_ref, strings[2514]), REF(members[125].shape_ref, shapes[296]), offsetof(struct awsc_bedrock_runtime_converse_stream_event, model_stream_error_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamOutput.modelStreamErrorException: ModelStreamErrorException */
        [126] = {REF(members[126].name_ref, strings[2540]), REF(members[126].shape_ref, shapes[387]), offsetof(struct awsc_bedrock_runtime_converse_stream_event, validation_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamOutput.validationException: ValidationException */
        [127] = {REF(members[127].name_ref, strings[2560]), REF(members[127].shape_ref, shapes[353]), offsetof(struct awsc_bedrock_runtime_converse_stream_event, throttling_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamOutput.throttlingException: ThrottlingException */
        [128] = {REF(members[128].name_ref, strings[2580]), REF(members[128].shape_ref, shapes[335]), offsetof(struct awsc_bedrock_runtime_converse_stream_event, service_unavailable_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamOutput.serviceUnavailableException: ServiceUnavailableException */
        [129] = {REF(members[129].name_ref, strings[1930]), REF(members[129].shape_ref, shapes[53]), offsetof(struct awsc_bedrock_runtime_converse_stream_input, model_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ConverseStreamRequest.modelId: ConversationalModelId */
        [130] = {REF(members[130].name_ref, strings[1938]), REF(members[130].shape_ref, shapes[290]), offsetof(struct awsc_bedrock_runtime_converse_stream_input, messages), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamRequest.messages: Messages */
        [131] = {REF(members[131].name_ref, strings[1947]), REF(members[131].shape_ref, shapes[345]), offsetof(struct awsc_bedrock_runtime_converse_stream_input, system), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamRequest.system: SystemContentBlocks */
        [132] = {REF(members[132].name_ref, strings[1954]), REF(members[132].shape_ref, shapes[260]), offsetof(struct awsc_bedrock_runtime_converse_stream_input, inference_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamRequest.inferenceConfig: InferenceConfiguration */
        [133] = {REF(members[133].name_ref, strings[1970]), REF(members[133].shape_ref, shapes[364]), offsetof(struct awsc_bedrock_runtime_converse_stream_input, tool_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamRequest.toolConfig: ToolConfiguration */
        [134] = {REF(members[134].name_ref, strings[1981]), REF(members[134].shape_ref, shapes[235]), offsetof(struct awsc_bedrock_runtime_converse_stream_input, guardrail_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamRequest.guardrailConfig: GuardrailStreamConfiguration */
        [135] = {REF(members[135].name_ref, strings[1997]), REF(members[135].shape_ref, shapes[73]), offsetof(struct awsc_bedrock_runtime_converse_stream_input, additional_model_request_fields), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamRequest.additionalModelRequestFields: Document */
        [136] = {REF(members[136].name_ref, strings[2026]), REF(members[136].shape_ref, shapes[312]), offsetof(struct awsc_bedrock_runtime_converse_stream_input, prompt_variables), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamRequest.promptVariables: PromptVariableMap */
        [137] = {REF(members[137].name_ref, strings[2042]), REF(members[137].shape_ref, shapes[64]), offsetof(struct awsc_bedrock_runtime_converse_stream_input, additional_model_response_field_paths), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamRequest.additionalModelResponseFieldPaths: ConverseStreamRequestAdditionalModelResponseFieldPathsList */
        [138] = {REF(members[138].name_ref, strings[2076]), REF(members[138].shape_ref, shapes[317]), offsetof(struct awsc_bedrock_runtime_converse_stream_input, request_metadata), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamRequest.requestMetadata: RequestMetadata */
        [139] = {REF(members[139].name_ref, strings[2092]), REF(members[139].shape_ref, shapes[310]), offsetof(struct awsc_bedrock_runtime_converse_stream_input, performance_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamRequest.performanceConfig: PerformanceConfiguration */
        [140] = {REF(members[140].name_ref, strings[2110]), REF(members[140].shape_ref, shapes[333]), offsetof(struct awsc_bedrock_runtime_converse_stream_input, service_tier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamRequest.serviceTier: ServiceTier */
        [141] = {REF(members[141].name_ref, strings[2122]), REF(members[141].shape_ref, shapes[301]), offsetof(struct awsc_bedrock_runtime_converse_stream_input, output_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamRequest.outputConfig: OutputConfig */
        [142] = {REF(members[142].name_ref, strings[2783]), REF(members[142].shape_ref, shapes[62]), offsetof(struct awsc_bedrock_runtime_converse_stream_output, stream), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamResponse.stream: ConverseStreamOutput */
        [143] = {REF(members[143].name_ref, strings[2810]), REF(members[143].shape_ref, shapes[246]), offsetof(struct awsc_bedrock_runtime_converse_stream_trace, guardrail), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamTrace.guardrail: GuardrailTraceAssessment */
        [144] = {REF(members[144].name_ref, strings[2820]), REF(members[144].shape_ref, shapes[311]), offsetof(struct awsc_bedrock_runtime_converse_stream_trace, prompt_router), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseStreamTrace.promptRouter: PromptRouterTrace */
        [145] = {REF(members[145].name_ref, strings[1938]), REF(members[145].shape_ref, shapes[290]), offsetof(struct awsc_bedrock_runtime_converse_tokens_request, messages), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseTokensRequest.messages: Messages */
        [146] = {REF(members[146].name_ref, strings[1947]), REF(members[146].shape_ref, shapes[345]), offsetof(struct awsc_bedrock_runtime_converse_tokens_request, system), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseTokensRequest.system: SystemContentBlocks */
        [147] = {REF(members[147].name_ref, strings[1970]), REF(members[147].shape_ref, shapes[364]), offsetof(struct awsc_bedrock_runtime_converse_tokens_request, tool_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseTokensRequest.toolConfig: ToolConfiguration */
        [148] = {REF(members[148].name_ref, strings[1997]), REF(members[148].shape_ref, shapes[73]), offsetof(struct awsc_bedrock_runtime_converse_tokens_request, additional_model_request_fields), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseTokensRequest.additionalModelRequestFields: Document */
        [149] = {REF(members[149].name_ref, strings[2810]), REF(members[149].shape_ref, shapes[246]), offsetof(struct awsc_bedrock_runtime_converse_trace, guardrail), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseTrace.guardrail: GuardrailTraceAssessment */
        [150] = {REF(members[150].name_ref, strings[2820]), REF(members[150].shape_ref, shapes[311]), offsetof(struct awsc_bedrock_runtime_converse_trace, prompt_router), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ConverseTrace.promptRouter: PromptRouterTrace */
        [151] = {REF(members[151].name_ref, strings[2886]), REF(members[151].shape_ref, shapes[273]), offsetof(struct awsc_bedrock_runtime_count_tokens_input, invoke_model), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CountTokensInput.invokeModel: InvokeModelTokensRequest */
        [152] = {REF(members[152].name_ref, strings[2898]), REF(members[152].shape_ref, shapes[68]), offsetof(struct awsc_bedrock_runtime_count_tokens_input, converse), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CountTokensInput.converse: ConverseTokensRequest */
        [153] = {REF(members[153].name_ref, strings[1930]), REF(members[153].shape_ref, shapes[94]), offsetof(struct awsc_bedrock_runtime_count_tokens_request, model_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* CountTokensRequest.modelId: FoundationModelVersionIdentifier */
        [154] = {REF(members[154].name_ref, strings[2926]), REF(members[154].shape_ref, shapes[70]), offsetof(struct awsc_bedrock_runtime_count_tokens_request, input), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CountTokensRequest.input: CountTokensInput */
        [155] = {REF(members[155].name_ref, strings[998]), REF(members[155].shape_ref, shapes[265]), offsetof(struct awsc_bedrock_runtime_count_tokens_output, input_tokens), offsetof(struct awsc_bedrock_runtime_count_tokens_output, has_input_tokens), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CountTokensResponse.inputTokens: Integer */
        [156] = {REF(members[156].name_ref, strings[713]), REF(members[156].shape_ref, shapes[86]), offsetof(struct awsc_bedrock_runtime_document_block, format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DocumentBlock.format: DocumentFormat */
        [157] = {REF(members[157].name_ref, strings[2975]), REF(members[157].shape_ref, shapes[75]), offsetof(struct awsc_bedrock_runtime_document_block, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DocumentBlock.name: DocumentBlockNameString */
        [158] = {REF(members[158].name_ref, strings[197]), REF(members[158].shape_ref, shapes[91]), offsetof(struct awsc_bedrock_runtime_document_block, source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DocumentBlock.source: DocumentSource */
        [159] = {REF(members[159].name_ref, strings[2980]), REF(members[159].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_document_block, context), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DocumentBlock.context: String */
        [160] = {REF(members[160].name_ref, strings[1457]), REF(members[160].shape_ref, shapes[41]), offsetof(struct awsc_bedrock_runtime_document_block, citations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DocumentBlock.citations: CitationsConfig */
        [161] = {REF(members[161].name_ref, strings[3033]), REF(members[161].shape_ref, shapes[77]), offsetof(struct awsc_bedrock_runtime_document_char_location, document_index), offsetof(struct awsc_bedrock_runtime_document_char_location, has_document_index), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DocumentCharLocation.documentIndex: DocumentCharLocationDocumentIndexInteger */
        [162] = {REF(members[162].name_ref, strings[1770]), REF(members[162].shape_ref, shapes[79]), offsetof(struct awsc_bedrock_runtime_document_char_location, start), offsetof(struct awsc_bedrock_runtime_document_char_location, has_start), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DocumentCharLocation.start: DocumentCharLocationStartInteger */
        [163] = {REF(members[163].name_ref, strings[3047]), REF(members[163].shape_ref, shapes[78]), offsetof(struct awsc_bedrock_runtime_document_char_location, end), offsetof(struct awsc_bedrock_runtime_document_char_location, has_end), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DocumentCharLocation.end: DocumentCharLocationEndInteger */
        [164] = {REF(members[164].name_ref, strings[3033]), REF(members[164].shape_ref, shapes[81]), offsetof(struct awsc_bedrock_runtime_document_chunk_location, document_index), offsetof(struct awsc_bedrock_runtime_document_chunk_location, has_document_index), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DocumentChunkLocation.documentIndex: DocumentChunkLocationDocumentIndexInteger */
        [165] = {REF(members[165].name_ref, strings[1770]), REF(members[165].shape_ref, shapes[83]), offsetof(struct awsc_bedrock_runtime_document_chunk_location, start), offsetof(struct awsc_bedrock_runtime_document_chunk_location, has_start), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DocumentChunkLocation.start: DocumentChunkLocationStartInteger */
        [166] = {REF(members[166].name_ref, strings[3047]), REF(members[166].shape_ref, shapes[82]), offsetof(struct awsc_bedrock_runtime_document_chunk_location, end), offsetof(struct awsc_bedrock_runtime_document_chunk_location, has_end), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DocumentChunkLocation.end: DocumentChunkLocationEndInteger */
        [167] = {REF(members[167].name_ref, strings[1179]), REF(members[167].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_document_content_block, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DocumentContentBlock.text: String */
        [168] = {REF(members[168].name_ref, strings[3033]), REF(members[168].shape_ref, shapes[88]), offsetof(struct awsc_bedrock_runtime_document_page_location, document_index), offsetof(struct awsc_bedrock_runtime_document_page_location, has_document_index), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DocumentPageLocation.documentIndex: DocumentPageLocationDocumentIndexInteger */
        [169] = {REF(members[169].name_ref, strings[1770]), REF(members[169].shape_ref, shapes[90]), offsetof(struct awsc_bedrock_runtime_document_page_location, start), offsetof(struct awsc_bedrock_runtime_document_page_location, has_start), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DocumentPageLocation.start: DocumentPageLocationStartInteger */
        [170] = {REF(members[170].name_ref, strings[3047]), REF(members[170].shape_ref, shapes[89]), offsetof(struct awsc_bedrock_runtime_document_page_location, end), offsetof(struct awsc_bedrock_runtime_document_page_location, has_end), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DocumentPageLocation.end: DocumentPageLocationEndInteger */
        [171] = {REF(members[171].name_ref, strings[817]), REF(members[171].shape_ref, shapes[92]), offsetof(struct awsc_bedrock_runtime_document_source, bytes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DocumentSource.bytes: DocumentSourceBytesBlob */
        [172] = {REF(members[172].name_ref, strings[823]), REF(members[172].shape_ref, shapes[323]), offsetof(struct awsc_bedrock_runtime_document_source, s3_location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DocumentSource.s3Location: S3Location */
        [173] = {REF(members[173].name_ref, strings[1179]), REF(members[173].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_document_source, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DocumentSource.text: String */
        [174] = {REF(members[174].name_ref, strings[204]), REF(members[174].shape_ref, shapes[85]), offsetof(struct awsc_bedrock_runtime_document_source, content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DocumentSource.content: DocumentContentBlocks */
        [175] = {REF(members[175].name_ref, strings[22]), REF(members[175].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_error_block, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ErrorBlock.message: String */
        [176] = {REF(members[176].name_ref, strings[585]), REF(members[176].shape_ref, shapes[267]), offsetof(struct awsc_bedrock_runtime_get_async_invoke_input, invocation_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetAsyncInvokeRequest.invocationArn: InvocationArn */
        [177] = {REF(members[177].name_ref, strings[585]), REF(members[177].shape_ref, shapes[267]), offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, invocation_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAsyncInvokeResponse.invocationArn: InvocationArn */
        [178] = {REF(members[178].name_ref, strings[599]), REF(members[178].shape_ref, shapes[6]), offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, model_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAsyncInvokeResponse.modelArn: AsyncInvokeArn */
        [179] = {REF(members[179].name_ref, strings[608]), REF(members[179].shape_ref, shapes[7]), offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, client_request_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAsyncInvokeResponse.clientRequestToken: AsyncInvokeIdempotencyToken */
        [180] = {REF(members[180].name_ref, strings[627]), REF(members[180].shape_ref, shapes[12]), offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAsyncInvokeResponse.status: AsyncInvokeStatus */
        [181] = {REF(members[181].name_ref, strings[634]), REF(members[181].shape_ref, shapes[9]), offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, failure_message), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAsyncInvokeResponse.failureMessage: AsyncInvokeMessage */
        [182] = {REF(members[182].name_ref, strings[649]), REF(members[182].shape_ref, shapes[354]), offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, submit_time), offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, has_submit_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAsyncInvokeResponse.submitTime: Timestamp */
        [183] = {REF(members[183].name_ref, strings[660]), REF(members[183].shape_ref, shapes[354]), offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, last_modified_time), offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, has_last_modified_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAsyncInvokeResponse.lastModifiedTime: Timestamp */
        [184] = {REF(members[184].name_ref, strings[677]), REF(members[184].shape_ref, shapes[354]), offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, end_time), offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, has_end_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAsyncInvokeResponse.endTime: Timestamp */
        [185] = {REF(members[185].name_ref, strings[685]), REF(members[185].shape_ref, shapes[10]), offsetof(struct awsc_bedrock_runtime_get_async_invoke_output, output_data_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAsyncInvokeResponse.outputDataConfig: AsyncInvokeOutputDataConfig */
        [186] = {REF(members[186].name_ref, strings[3711]), REF(members[186].shape_ref, shapes[242]), offsetof(struct awsc_bedrock_runtime_guardrail_assessment, topic_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAssessment.topicPolicy: GuardrailTopicPolicyAssessment */
        [187] = {REF(members[187].name_ref, strings[3723]), REF(members[187].shape_ref, shapes[182]), offsetof(struct awsc_bedrock_runtime_guardrail_assessment, content_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAssessment.contentPolicy: GuardrailContentPolicyAssessment */
        [188] = {REF(members[188].name_ref, strings[3737]), REF(members[188].shape_ref, shapes[250]), offsetof(struct awsc_bedrock_runtime_guardrail_assessment, word_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAssessment.wordPolicy: GuardrailWordPolicyAssessment */
        [189] = {REF(members[189].name_ref, strings[3748]), REF(members[189].shape_ref, shapes[232]), offsetof(struct awsc_bedrock_runtime_guardrail_assessment, sensitive_information_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAssessment.sensitiveInformationPolicy: GuardrailSensitiveInformationPolicyAssessment */
        [190] = {REF(members[190].name_ref, strings[3775]), REF(members[190].shape_ref, shapes[194]), offsetof(struct awsc_bedrock_runtime_guardrail_assessment, contextual_grounding_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAssessment.contextualGroundingPolicy: GuardrailContextualGroundingPolicyAssessment */
        [191] = {REF(members[191].name_ref, strings[3801]), REF(members[191].shape_ref, shapes[114]), offsetof(struct awsc_bedrock_runtime_guardrail_assessment, automated_reasoning_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAssessment.automatedReasoningPolicy: GuardrailAutomatedReasoningPolicyAssessment */
        [192] = {REF(members[192].name_ref, strings[3826]), REF(members[192].shape_ref, shapes[214]), offsetof(struct awsc_bedrock_runtime_guardrail_assessment, invocation_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAssessment.invocationMetrics: GuardrailInvocationMetrics */
        [193] = {REF(members[193].name_ref, strings[3844]), REF(members[193].shape_ref, shapes[3]), offsetof(struct awsc_bedrock_runtime_guardrail_assessment, applied_guardrail_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAssessment.appliedGuardrailDetails: AppliedGuardrailDetails */
        [194] = {REF(members[194].name_ref, strings[4027]), REF(members[194].shape_ref, shapes[132]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding, valid), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningFinding.valid: GuardrailAutomatedReasoningValidFinding */
        [195] = {REF(members[195].name_ref, strings[4033]), REF(members[195].shape_ref, shapes[109]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding, invalid), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningFinding.invalid: GuardrailAutomatedReasoningInvalidFinding */
        [196] = {REF(members[196].name_ref, strings[4041]), REF(members[196].shape_ref, shapes[119]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding, satisfiable), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningFinding.satisfiable: GuardrailAutomatedReasoningSatisfiableFinding */
        [197] = {REF(members[197].name_ref, strings[4053]), REF(members[197].shape_ref, shapes[106]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding, impossible), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningFinding.impossible: GuardrailAutomatedReasoningImpossibleFinding */
        [198] = {REF(members[198].name_ref, strings[4064]), REF(members[198].shape_ref, shapes[127]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding, translation_ambiguous), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningFinding.translationAmbiguous: GuardrailAutomatedReasoningTranslationAmbiguousFinding */
        [199] = {REF(members[199].name_ref, strings[4085]), REF(members[199].shape_ref, shapes[125]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding, too_complex), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningFinding.tooComplex: GuardrailAutomatedReasoningTooComplexFinding */
        [200] = {REF(members[200].name_ref, strings[4096]), REF(members[200].shape_ref, shapes[112]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_finding, no_translations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningFinding.noTranslations: GuardrailAutomatedReasoningNoTranslationsFinding */
        [201] = {REF(members[201].name_ref, strings[4195]), REF(members[201].shape_ref, shapes[126]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_impossible_finding, translation), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningImpossibleFinding.translation: GuardrailAutomatedReasoningTranslation */
        [202] = {REF(members[202].name_ref, strings[4207]), REF(members[202].shape_ref, shapes[118]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_impossible_finding, contradicting_rules), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningImpossibleFinding.contradictingRules: GuardrailAutomatedReasoningRuleList */
        [203] = {REF(members[203].name_ref, strings[4226]), REF(members[203].shape_ref, shapes[110]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_impossible_finding, logic_warning), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningImpossibleFinding.logicWarning: GuardrailAutomatedReasoningLogicWarning */
        [204] = {REF(members[204].name_ref, strings[1179]), REF(members[204].shape_ref, shapes[124]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_input_text_reference, text), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningInputTextReference.text: GuardrailAutomatedReasoningStatementNaturalLanguageContent */
        [205] = {REF(members[205].name_ref, strings[4195]), REF(members[205].shape_ref, shapes[126]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_invalid_finding, translation), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningInvalidFinding.translation: GuardrailAutomatedReasoningTranslation */
        [206] = {REF(members[206].name_ref, strings[4207]), REF(members[206].shape_ref, shapes[118]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_invalid_finding, contradicting_rules), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningInvalidFinding.contradictingRules: GuardrailAutomatedReasoningRuleList */
        [207] = {REF(members[207].name_ref, strings[4226]), REF(members[207].shape_ref, shapes[110]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_invalid_finding, logic_warning), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningInvalidFinding.logicWarning: GuardrailAutomatedReasoningLogicWarning */
        [208] = {REF(members[208].name_ref, strings[1073]), REF(members[208].shape_ref, shapes[111]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningLogicWarning.type: GuardrailAutomatedReasoningLogicWarningType */
        [209] = {REF(members[209].name_ref, strings[4417]), REF(members[209].shape_ref, shapes[122]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning, premises), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningLogicWarning.premises: GuardrailAutomatedReasoningStatementList */
        [210] = {REF(members[210].name_ref, strings[4426]), REF(members[210].shape_ref, shapes[122]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning, claims), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningLogicWarning.claims: GuardrailAutomatedReasoningStatementList */
        [211] = {REF(members[211].name_ref, strings[4640]), REF(members[211].shape_ref, shapes[105]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_policy_assessment, findings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningPolicyAssessment.findings: GuardrailAutomatedReasoningFindingList */
        [212] = {REF(members[212].name_ref, strings[4773]), REF(members[212].shape_ref, shapes[20]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_rule, identifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningRule.identifier: AutomatedReasoningRuleIdentifier */
        [213] = {REF(members[213].name_ref, strings[4784]), REF(members[213].shape_ref, shapes[116]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_rule, policy_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningRule.policyVersionArn: GuardrailAutomatedReasoningPolicyVersionArn */
        [214] = {REF(members[214].name_ref, strings[4195]), REF(members[214].shape_ref, shapes[126]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_satisfiable_finding, translation), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningSatisfiableFinding.translation: GuardrailAutomatedReasoningTranslation */
        [215] = {REF(members[215].name_ref, strings[4883]), REF(members[215].shape_ref, shapes[120]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_satisfiable_finding, claims_true_scenario), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningSatisfiableFinding.claimsTrueScenario: GuardrailAutomatedReasoningScenario */
        [216] = {REF(members[216].name_ref, strings[4902]), REF(members[216].shape_ref, shapes[120]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_satisfiable_finding, claims_false_scenario), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningSatisfiableFinding.claimsFalseScenario: GuardrailAutomatedReasoningScenario */
        [217] = {REF(members[217].name_ref, strings[4226]), REF(members[217].shape_ref, shapes[110]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_satisfiable_finding, logic_warning), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningSatisfiableFinding.logicWarning: GuardrailAutomatedReasoningLogicWarning */
        [218] = {REF(members[218].name_ref, strings[4958]), REF(members[218].shape_ref, shapes[122]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_scenario, statements), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningScenario.statements: GuardrailAutomatedReasoningStatementList */
        [219] = {REF(members[219].name_ref, strings[5006]), REF(members[219].shape_ref, shapes[123]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_statement, logic), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningStatement.logic: GuardrailAutomatedReasoningStatementLogicContent */
        [220] = {REF(members[220].name_ref, strings[5012]), REF(members[220].shape_ref, shapes[124]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_statement, natural_language), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningStatement.naturalLanguage: GuardrailAutomatedReasoningStatementNaturalLanguageContent */
        [221] = {REF(members[221].name_ref, strings[4417]), REF(members[221].shape_ref, shapes[122]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation, premises), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningTranslation.premises: GuardrailAutomatedReasoningStatementList */
        [222] = {REF(members[222].name_ref, strings[4426]), REF(members[222].shape_ref, shapes[122]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation, claims), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningTranslation.claims: GuardrailAutomatedReasoningStatementList */
        [223] = {REF(members[223].name_ref, strings[5261]), REF(members[223].shape_ref, shapes[108]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation, untranslated_premises), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningTranslation.untranslatedPremises: GuardrailAutomatedReasoningInputTextReferenceList */
        [224] = {REF(members[224].name_ref, strings[5282]), REF(members[224].shape_ref, shapes[108]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation, untranslated_claims), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningTranslation.untranslatedClaims: GuardrailAutomatedReasoningInputTextReferenceList */
        [225] = {REF(members[225].name_ref, strings[5301]), REF(members[225].shape_ref, shapes[128]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation, confidence), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation, has_confidence), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningTranslation.confidence: GuardrailAutomatedReasoningTranslationConfidence */
        [226] = {REF(members[226].name_ref, strings[5367]), REF(members[226].shape_ref, shapes[131]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_ambiguous_finding, options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningTranslationAmbiguousFinding.options: GuardrailAutomatedReasoningTranslationOptionList */
        [227] = {REF(members[227].name_ref, strings[5375]), REF(members[227].shape_ref, shapes[103]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_ambiguous_finding, difference_scenarios), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningTranslationAmbiguousFinding.differenceScenarios: GuardrailAutomatedReasoningDifferenceScenarioList */
        [228] = {REF(members[228].name_ref, strings[5532]), REF(members[228].shape_ref, shapes[129]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_translation_option, translations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningTranslationOption.translations: GuardrailAutomatedReasoningTranslationList */
        [229] = {REF(members[229].name_ref, strings[4195]), REF(members[229].shape_ref, shapes[126]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_valid_finding, translation), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningValidFinding.translation: GuardrailAutomatedReasoningTranslation */
        [230] = {REF(members[230].name_ref, strings[4883]), REF(members[230].shape_ref, shapes[120]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_valid_finding, claims_true_scenario), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningValidFinding.claimsTrueScenario: GuardrailAutomatedReasoningScenario */
        [231] = {REF(members[231].name_ref, strings[5634]), REF(members[231].shape_ref, shapes[118]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_valid_finding, supporting_rules), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningValidFinding.supportingRules: GuardrailAutomatedReasoningRuleList */
        [232] = {REF(members[232].name_ref, strings[4226]), REF(members[232].shape_ref, shapes[110]), offsetof(struct awsc_bedrock_runtime_guardrail_automated_reasoning_valid_finding, logic_warning), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailAutomatedReasoningValidFinding.logicWarning: GuardrailAutomatedReasoningLogicWarning */
        [233] = {REF(members[233].name_ref, strings[5672]), REF(members[233].shape_ref, shapes[139]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_config, content_filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksConfig.contentFilter: GuardrailChecksContentFilterConfig */
        [234] = {REF(members[234].name_ref, strings[5686]), REF(members[234].shape_ref, shapes[150]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_config, prompt_attack), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksConfig.promptAttack: GuardrailChecksPromptAttackConfig */
        [235] = {REF(members[235].name_ref, strings[5699]), REF(members[235].shape_ref, shapes[158]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_config, sensitive_information), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksConfig.sensitiveInformation: GuardrailChecksSensitiveInformationConfig */
        [236] = {REF(members[236].name_ref, strings[1179]), REF(members[236].shape_ref, shapes[171]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_block, text), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksContentBlock.text: GuardrailChecksTextContent */
        [237] = {REF(members[237].name_ref, strings[5900]), REF(members[237].shape_ref, shapes[136]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_category_config, category), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksContentFilterCategoryConfig.category: GuardrailChecksContentFilterCategory */
        [238] = {REF(members[238].name_ref, strings[5991]), REF(members[238].shape_ref, shapes[138]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_config, categories), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksContentFilterConfig.categories: GuardrailChecksContentFilterCategoryConfigList */
        [239] = {REF(members[239].name_ref, strings[6037]), REF(members[239].shape_ref, shapes[143]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_result, results), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksContentFilterResult.results: GuardrailChecksContentFilterResultList */
        [240] = {REF(members[240].name_ref, strings[5900]), REF(members[240].shape_ref, shapes[136]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_result_entry, category), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksContentFilterResultEntry.category: GuardrailChecksContentFilterCategory */
        [241] = {REF(members[241].name_ref, strings[6085]), REF(members[241].shape_ref, shapes[142]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_result_entry, severity_score), offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_result_entry, has_severity_score), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksContentFilterResultEntry.severityScore: GuardrailChecksContentFilterResultEntrySeverityScoreDouble */
        [242] = {REF(members[242].name_ref, strings[6231]), REF(members[242].shape_ref, shapes[265]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_usage, text_units), offsetof(struct awsc_bedrock_runtime_guardrail_checks_content_filter_usage, has_text_units), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksContentFilterUsage.textUnits: Integer */
        [243] = {REF(members[243].name_ref, strings[6264]), REF(members[243].shape_ref, shapes[157]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_message, role), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksMessage.role: GuardrailChecksRole */
        [244] = {REF(members[244].name_ref, strings[204]), REF(members[244].shape_ref, shapes[135]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_message, content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksMessage.content: GuardrailChecksContentBlockList */
        [245] = {REF(members[245].name_ref, strings[5900]), REF(members[245].shape_ref, shapes[147]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_config, category), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksPromptAttackCategoryConfig.category: GuardrailChecksPromptAttackCategory */
        [246] = {REF(members[246].name_ref, strings[5991]), REF(members[246].shape_ref, shapes[149]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_config, categories), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksPromptAttackConfig.categories: GuardrailChecksPromptAttackCategoryConfigList */
        [247] = {REF(members[247].name_ref, strings[6037]), REF(members[247].shape_ref, shapes[154]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result, results), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksPromptAttackResult.results: GuardrailChecksPromptAttackResultList */
        [248] = {REF(members[248].name_ref, strings[5900]), REF(members[248].shape_ref, shapes[147]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result_entry, category), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksPromptAttackResultEntry.category: GuardrailChecksPromptAttackCategory */
        [249] = {REF(members[249].name_ref, strings[6085]), REF(members[249].shape_ref, shapes[153]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result_entry, severity_score), offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_result_entry, has_severity_score), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksPromptAttackResultEntry.severityScore: GuardrailChecksPromptAttackResultEntrySeverityScoreDouble */
        [250] = {REF(members[250].name_ref, strings[6231]), REF(members[250].shape_ref, shapes[265]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_usage, text_units), offsetof(struct awsc_bedrock_runtime_guardrail_checks_prompt_attack_usage, has_text_units), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksPromptAttackUsage.textUnits: Integer */
        [251] = {REF(members[251].name_ref, strings[5672]), REF(members[251].shape_ref, shapes[140]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_results, content_filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksResults.contentFilter: GuardrailChecksContentFilterResult */
        [252] = {REF(members[252].name_ref, strings[5686]), REF(members[252].shape_ref, shapes[151]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_results, prompt_attack), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksResults.promptAttack: GuardrailChecksPromptAttackResult */
        [253] = {REF(members[253].name_ref, strings[5699]), REF(members[253].shape_ref, shapes[162]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_results, sensitive_information), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksResults.sensitiveInformation: GuardrailChecksSensitiveInformationResult */
        [254] = {REF(members[254].name_ref, strings[6783]), REF(members[254].shape_ref, shapes[160]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_config, entities), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksSensitiveInformationConfig.entities: GuardrailChecksSensitiveInformationEntityConfigList */
        [255] = {REF(members[255].name_ref, strings[1073]), REF(members[255].shape_ref, shapes[161]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_config, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksSensitiveInformationEntityConfig.type: GuardrailChecksSensitiveInformationEntityType */
        [256] = {REF(members[256].name_ref, strings[6037]), REF(members[256].shape_ref, shapes[169]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result, results), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksSensitiveInformationResult.results: GuardrailChecksSensitiveInformationResultList */
        [257] = {REF(members[257].name_ref, strings[7533]), REF(members[257].shape_ref, shapes[25]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result, truncated), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result, has_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksSensitiveInformationResult.truncated: Boolean */
        [258] = {REF(members[258].name_ref, strings[1073]), REF(members[258].shape_ref, shapes[161]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksSensitiveInformationResultEntry.type: GuardrailChecksSensitiveInformationEntityType */
        [259] = {REF(members[259].name_ref, strings[7590]), REF(members[259].shape_ref, shapes[165]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, confidence_score), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, has_confidence_score), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksSensitiveInformationResultEntry.confidenceScore: GuardrailChecksSensitiveInformationResultEntryConfidenceScoreDouble */
        [260] = {REF(members[260].name_ref, strings[7606]), REF(members[260].shape_ref, shapes[164]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, begin_offset), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, has_begin_offset), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksSensitiveInformationResultEntry.beginOffset: GuardrailChecksSensitiveInformationResultEntryBeginOffsetInteger */
        [261] = {REF(members[261].name_ref, strings[7618]), REF(members[261].shape_ref, shapes[167]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, end_offset), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, has_end_offset), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksSensitiveInformationResultEntry.endOffset: GuardrailChecksSensitiveInformationResultEntryEndOffsetInteger */
        [262] = {REF(members[262].name_ref, strings[7628]), REF(members[262].shape_ref, shapes[168]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, message_index), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, has_message_index), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksSensitiveInformationResultEntry.messageIndex: GuardrailChecksSensitiveInformationResultEntryMessageIndexInteger */
        [263] = {REF(members[263].name_ref, strings[7641]), REF(members[263].shape_ref, shapes[166]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, content_index), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_result_entry, has_content_index), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksSensitiveInformationResultEntry.contentIndex: GuardrailChecksSensitiveInformationResultEntryContentIndexInteger */
        [264] = {REF(members[264].name_ref, strings[6231]), REF(members[264].shape_ref, shapes[265]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_usage, text_units), offsetof(struct awsc_bedrock_runtime_guardrail_checks_sensitive_information_usage, has_text_units), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksSensitiveInformationUsage.textUnits: Integer */
        [265] = {REF(members[265].name_ref, strings[5672]), REF(members[265].shape_ref, shapes[144]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_usage_results, content_filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksUsageResults.contentFilter: GuardrailChecksContentFilterUsage */
        [266] = {REF(members[266].name_ref, strings[5686]), REF(members[266].shape_ref, shapes[155]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_usage_results, prompt_attack), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksUsageResults.promptAttack: GuardrailChecksPromptAttackUsage */
        [267] = {REF(members[267].name_ref, strings[5699]), REF(members[267].shape_ref, shapes[170]), offsetof(struct awsc_bedrock_runtime_guardrail_checks_usage_results, sensitive_information), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailChecksUsageResults.sensitiveInformation: GuardrailChecksSensitiveInformationUsage */
        [268] = {REF(members[268].name_ref, strings[177]), REF(members[268].shape_ref, shapes[208]), offsetof(struct awsc_bedrock_runtime_guardrail_configuration, guardrail_identifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailConfiguration.guardrailIdentifier: GuardrailIdentifier */
        [269] = {REF(members[269].name_ref, strings[90]), REF(members[269].shape_ref, shapes[248]), offsetof(struct awsc_bedrock_runtime_guardrail_configuration, guardrail_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailConfiguration.guardrailVersion: GuardrailVersion */
        [270] = {REF(members[270].name_ref, strings[2326]), REF(members[270].shape_ref, shapes[245]), offsetof(struct awsc_bedrock_runtime_guardrail_configuration, trace), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailConfiguration.trace: GuardrailTrace */
        [271] = {REF(members[271].name_ref, strings[1179]), REF(members[271].shape_ref, shapes[237]), offsetof(struct awsc_bedrock_runtime_guardrail_content_block, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailContentBlock.text: GuardrailTextBlock */
        [272] = {REF(members[272].name_ref, strings[1513]), REF(members[272].shape_ref, shapes[209]), offsetof(struct awsc_bedrock_runtime_guardrail_content_block, image), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailContentBlock.image: GuardrailImageBlock */
        [273] = {REF(members[273].name_ref, strings[1073]), REF(members[273].shape_ref, shapes[180]), offsetof(struct awsc_bedrock_runtime_guardrail_content_filter, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailContentFilter.type: GuardrailContentFilterType */
        [274] = {REF(members[274].name_ref, strings[5301]), REF(members[274].shape_ref, shapes[177]), offsetof(struct awsc_bedrock_runtime_guardrail_content_filter, confidence), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailContentFilter.confidence: GuardrailContentFilterConfidence */
        [275] = {REF(members[275].name_ref, strings[8218]), REF(members[275].shape_ref, shapes[179]), offsetof(struct awsc_bedrock_runtime_guardrail_content_filter, filter_strength), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailContentFilter.filterStrength: GuardrailContentFilterStrength */
        [276] = {REF(members[276].name_ref, strings[253]), REF(members[276].shape_ref, shapes[181]), offsetof(struct awsc_bedrock_runtime_guardrail_content_filter, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailContentFilter.action: GuardrailContentPolicyAction */
        [277] = {REF(members[277].name_ref, strings[8233]), REF(members[277].shape_ref, shapes[25]), offsetof(struct awsc_bedrock_runtime_guardrail_content_filter, detected), offsetof(struct awsc_bedrock_runtime_guardrail_content_filter, has_detected), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailContentFilter.detected: Boolean */
        [278] = {REF(members[278].name_ref, strings[8510]), REF(members[278].shape_ref, shapes[178]), offsetof(struct awsc_bedrock_runtime_guardrail_content_policy_assessment, filters), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailContentPolicyAssessment.filters: GuardrailContentFilterList */
        [279] = {REF(members[279].name_ref, strings[1073]), REF(members[279].shape_ref, shapes[191]), offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailContextualGroundingFilter.type: GuardrailContextualGroundingFilterType */
        [280] = {REF(members[280].name_ref, strings[8761]), REF(members[280].shape_ref, shapes[190]), offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, threshold), offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, has_threshold), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailContextualGroundingFilter.threshold: GuardrailContextualGroundingFilterThresholdDouble */
        [281] = {REF(members[281].name_ref, strings[8771]), REF(members[281].shape_ref, shapes[189]), offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, score), offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, has_score), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailContextualGroundingFilter.score: GuardrailContextualGroundingFilterScoreDouble */
        [282] = {REF(members[282].name_ref, strings[253]), REF(members[282].shape_ref, shapes[193]), offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailContextualGroundingFilter.action: GuardrailContextualGroundingPolicyAction */
        [283] = {REF(members[283].name_ref, strings[8233]), REF(members[283].shape_ref, shapes[25]), offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, detected), offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_filter, has_detected), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailContextualGroundingFilter.detected: Boolean */
        [284] = {REF(members[284].name_ref, strings[8510]), REF(members[284].shape_ref, shapes[192]), offsetof(struct awsc_bedrock_runtime_guardrail_contextual_grounding_policy_assessment, filters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailContextualGroundingPolicyAssessment.filters: GuardrailContextualGroundingFilters */
        [285] = {REF(members[285].name_ref, strings[1179]), REF(members[285].shape_ref, shapes[203]), offsetof(struct awsc_bedrock_runtime_guardrail_converse_content_block, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailConverseContentBlock.text: GuardrailConverseTextBlock */
        [286] = {REF(members[286].name_ref, strings[1513]), REF(members[286].shape_ref, shapes[199]), offsetof(struct awsc_bedrock_runtime_guardrail_converse_content_block, image), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailConverseContentBlock.image: GuardrailConverseImageBlock */
        [287] = {REF(members[287].name_ref, strings[713]), REF(members[287].shape_ref, shapes[200]), offsetof(struct awsc_bedrock_runtime_guardrail_converse_image_block, format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailConverseImageBlock.format: GuardrailConverseImageFormat */
        [288] = {REF(members[288].name_ref, strings[197]), REF(members[288].shape_ref, shapes[201]), offsetof(struct awsc_bedrock_runtime_guardrail_converse_image_block, source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailConverseImageBlock.source: GuardrailConverseImageSource */
        [289] = {REF(members[289].name_ref, strings[817]), REF(members[289].shape_ref, shapes[202]), offsetof(struct awsc_bedrock_runtime_guardrail_converse_image_source, bytes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailConverseImageSource.bytes: GuardrailConverseImageSourceBytesBlob */
        [290] = {REF(members[290].name_ref, strings[1179]), REF(members[290].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_guardrail_converse_text_block, text), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailConverseTextBlock.text: String */
        [291] = {REF(members[291].name_ref, strings[9365]), REF(members[291].shape_ref, shapes[198]), offsetof(struct awsc_bedrock_runtime_guardrail_converse_text_block, qualifiers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailConverseTextBlock.qualifiers: GuardrailConverseContentQualifierList */
        [292] = {REF(members[292].name_ref, strings[9394]), REF(members[292].shape_ref, shapes[238]), offsetof(struct awsc_bedrock_runtime_guardrail_coverage, text_characters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailCoverage.textCharacters: GuardrailTextCharactersCoverage */
        [293] = {REF(members[293].name_ref, strings[9409]), REF(members[293].shape_ref, shapes[210]), offsetof(struct awsc_bedrock_runtime_guardrail_coverage, images), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailCoverage.images: GuardrailImageCoverage */
        [294] = {REF(members[294].name_ref, strings[9436]), REF(members[294].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_guardrail_custom_word, match), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailCustomWord.match: String */
        [295] = {REF(members[295].name_ref, strings[253]), REF(members[295].shape_ref, shapes[249]), offsetof(struct awsc_bedrock_runtime_guardrail_custom_word, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailCustomWord.action: GuardrailWordPolicyAction */
        [296] = {REF(members[296].name_ref, strings[8233]), REF(members[296].shape_ref, shapes[25]), offsetof(struct awsc_bedrock_runtime_guardrail_custom_word, detected), offsetof(struct awsc_bedrock_runtime_guardrail_custom_word, has_detected), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailCustomWord.detected: Boolean */
        [297] = {REF(members[297].name_ref, strings[713]), REF(members[297].shape_ref, shapes[211]), offsetof(struct awsc_bedrock_runtime_guardrail_image_block, format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailImageBlock.format: GuardrailImageFormat */
        [298] = {REF(members[298].name_ref, strings[197]), REF(members[298].shape_ref, shapes[212]), offsetof(struct awsc_bedrock_runtime_guardrail_image_block, source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailImageBlock.source: GuardrailImageSource */
        [299] = {REF(members[299].name_ref, strings[9541]), REF(members[299].shape_ref, shapes[258]), offsetof(struct awsc_bedrock_runtime_guardrail_image_coverage, guarded), offsetof(struct awsc_bedrock_runtime_guardrail_image_coverage, has_guarded), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailImageCoverage.guarded: ImagesGuarded */
        [300] = {REF(members[300].name_ref, strings[9549]), REF(members[300].shape_ref, shapes[259]), offsetof(struct awsc_bedrock_runtime_guardrail_image_coverage, total), offsetof(struct awsc_bedrock_runtime_guardrail_image_coverage, has_total), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailImageCoverage.total: ImagesTotal */
        [301] = {REF(members[301].name_ref, strings[817]), REF(members[301].shape_ref, shapes[213]), offsetof(struct awsc_bedrock_runtime_guardrail_image_source, bytes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailImageSource.bytes: GuardrailImageSourceBytesBlob */
        [302] = {REF(members[302].name_ref, strings[9654]), REF(members[302].shape_ref, shapes[228]), offsetof(struct awsc_bedrock_runtime_guardrail_invocation_metrics, guardrail_processing_latency), offsetof(struct awsc_bedrock_runtime_guardrail_invocation_metrics, has_guardrail_processing_latency), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailInvocationMetrics.guardrailProcessingLatency: GuardrailProcessingLatency */
        [303] = {REF(members[303].name_ref, strings[247]), REF(members[303].shape_ref, shapes[247]), offsetof(struct awsc_bedrock_runtime_guardrail_invocation_metrics, usage), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailInvocationMetrics.usage: GuardrailUsage */
        [304] = {REF(members[304].name_ref, strings[293]), REF(members[304].shape_ref, shapes[204]), offsetof(struct awsc_bedrock_runtime_guardrail_invocation_metrics, guardrail_coverage), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailInvocationMetrics.guardrailCoverage: GuardrailCoverage */
        [305] = {REF(members[305].name_ref, strings[9436]), REF(members[305].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_guardrail_managed_word, match), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailManagedWord.match: String */
        [306] = {REF(members[306].name_ref, strings[1073]), REF(members[306].shape_ref, shapes[217]), offsetof(struct awsc_bedrock_runtime_guardrail_managed_word, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailManagedWord.type: GuardrailManagedWordType */
        [307] = {REF(members[307].name_ref, strings[253]), REF(members[307].shape_ref, shapes[249]), offsetof(struct awsc_bedrock_runtime_guardrail_managed_word, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailManagedWord.action: GuardrailWordPolicyAction */
        [308] = {REF(members[308].name_ref, strings[8233]), REF(members[308].shape_ref, shapes[25]), offsetof(struct awsc_bedrock_runtime_guardrail_managed_word, detected), offsetof(struct awsc_bedrock_runtime_guardrail_managed_word, has_detected), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailManagedWord.detected: Boolean */
        [309] = {REF(members[309].name_ref, strings[1179]), REF(members[309].shape_ref, shapes[223]), offsetof(struct awsc_bedrock_runtime_guardrail_output_content, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailOutputContent.text: GuardrailOutputText */
        [310] = {REF(members[310].name_ref, strings[9436]), REF(members[310].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_guardrail_pii_entity_filter, match), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailPiiEntityFilter.match: String */
        [311] = {REF(members[311].name_ref, strings[1073]), REF(members[311].shape_ref, shapes[227]), offsetof(struct awsc_bedrock_runtime_guardrail_pii_entity_filter, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailPiiEntityFilter.type: GuardrailPiiEntityType */
        [312] = {REF(members[312].name_ref, strings[253]), REF(members[312].shape_ref, shapes[231]), offsetof(struct awsc_bedrock_runtime_guardrail_pii_entity_filter, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailPiiEntityFilter.action: GuardrailSensitiveInformationPolicyAction */
        [313] = {REF(members[313].name_ref, strings[8233]), REF(members[313].shape_ref, shapes[25]), offsetof(struct awsc_bedrock_runtime_guardrail_pii_entity_filter, detected), offsetof(struct awsc_bedrock_runtime_guardrail_pii_entity_filter, has_detected), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailPiiEntityFilter.detected: Boolean */
        [314] = {REF(members[314].name_ref, strings[2975]), REF(members[314].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_guardrail_regex_filter, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailRegexFilter.name: String */
        [315] = {REF(members[315].name_ref, strings[9436]), REF(members[315].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_guardrail_regex_filter, match), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailRegexFilter.match: String */
        [316] = {REF(members[316].name_ref, strings[10118]), REF(members[316].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_guardrail_regex_filter, regex), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailRegexFilter.regex: String */
        [317] = {REF(members[317].name_ref, strings[253]), REF(members[317].shape_ref, shapes[231]), offsetof(struct awsc_bedrock_runtime_guardrail_regex_filter, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailRegexFilter.action: GuardrailSensitiveInformationPolicyAction */
        [318] = {REF(members[318].name_ref, strings[8233]), REF(members[318].shape_ref, shapes[25]), offsetof(struct awsc_bedrock_runtime_guardrail_regex_filter, detected), offsetof(struct awsc_bedrock_runtime_guardrail_regex_filter, has_detected), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailRegexFilter.detected: Boolean */
        [319] = {REF(members[319].name_ref, strings[10261]), REF(members[319].shape_ref, shapes[226]), offsetof(struct awsc_bedrock_runtime_guardrail_sensitive_information_policy_assessment, pii_entities), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailSensitiveInformationPolicyAssessment.piiEntities: GuardrailPiiEntityFilterList */
        [320] = {REF(members[320].name_ref, strings[10273]), REF(members[320].shape_ref, shapes[230]), offsetof(struct awsc_bedrock_runtime_guardrail_sensitive_information_policy_assessment, regexes), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailSensitiveInformationPolicyAssessment.regexes: GuardrailRegexFilterList */
        [321] = {REF(members[321].name_ref, strings[177]), REF(members[321].shape_ref, shapes[208]), offsetof(struct awsc_bedrock_runtime_guardrail_stream_configuration, guardrail_identifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailStreamConfiguration.guardrailIdentifier: GuardrailIdentifier */
        [322] = {REF(members[322].name_ref, strings[90]), REF(members[322].shape_ref, shapes[248]), offsetof(struct awsc_bedrock_runtime_guardrail_stream_configuration, guardrail_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailStreamConfiguration.guardrailVersion: GuardrailVersion */
        [323] = {REF(members[323].name_ref, strings[2326]), REF(members[323].shape_ref, shapes[245]), offsetof(struct awsc_bedrock_runtime_guardrail_stream_configuration, trace), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailStreamConfiguration.trace: GuardrailTrace */
        [324] = {REF(members[324].name_ref, strings[10414]), REF(members[324].shape_ref, shapes[236]), offsetof(struct awsc_bedrock_runtime_guardrail_stream_configuration, stream_processing_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailStreamConfiguration.streamProcessingMode: GuardrailStreamProcessingMode */
        [325] = {REF(members[325].name_ref, strings[1179]), REF(members[325].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_guardrail_text_block, text), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailTextBlock.text: String */
        [326] = {REF(members[326].name_ref, strings[9365]), REF(members[326].shape_ref, shapes[186]), offsetof(struct awsc_bedrock_runtime_guardrail_text_block, qualifiers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailTextBlock.qualifiers: GuardrailContentQualifierList */
        [327] = {REF(members[327].name_ref, strings[9541]), REF(members[327].shape_ref, shapes[351]), offsetof(struct awsc_bedrock_runtime_guardrail_text_characters_coverage, guarded), offsetof(struct awsc_bedrock_runtime_guardrail_text_characters_coverage, has_guarded), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailTextCharactersCoverage.guarded: TextCharactersGuarded */
        [328] = {REF(members[328].name_ref, strings[9549]), REF(members[328].shape_ref, shapes[352]), offsetof(struct awsc_bedrock_runtime_guardrail_text_characters_coverage, total), offsetof(struct awsc_bedrock_runtime_guardrail_text_characters_coverage, has_total), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailTextCharactersCoverage.total: TextCharactersTotal */
        [329] = {REF(members[329].name_ref, strings[2975]), REF(members[329].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_guardrail_topic, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailTopic.name: String */
        [330] = {REF(members[330].name_ref, strings[1073]), REF(members[330].shape_ref, shapes[244]), offsetof(struct awsc_bedrock_runtime_guardrail_topic, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailTopic.type: GuardrailTopicType */
        [331] = {REF(members[331].name_ref, strings[253]), REF(members[331].shape_ref, shapes[241]), offsetof(struct awsc_bedrock_runtime_guardrail_topic, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailTopic.action: GuardrailTopicPolicyAction */
        [332] = {REF(members[332].name_ref, strings[8233]), REF(members[332].shape_ref, shapes[25]), offsetof(struct awsc_bedrock_runtime_guardrail_topic, detected), offsetof(struct awsc_bedrock_runtime_guardrail_topic, has_detected), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailTopic.detected: Boolean */
        [333] = {REF(members[333].name_ref, strings[10619]), REF(members[333].shape_ref, shapes[240]), offsetof(struct awsc_bedrock_runtime_guardrail_topic_policy_assessment, topics), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailTopicPolicyAssessment.topics: GuardrailTopicList */
        [334] = {REF(members[334].name_ref, strings[10755]), REF(members[334].shape_ref, shapes[295]), offsetof(struct awsc_bedrock_runtime_guardrail_trace_assessment, model_output), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailTraceAssessment.modelOutput: ModelOutputs */
        [335] = {REF(members[335].name_ref, strings[10767]), REF(members[335].shape_ref, shapes[102]), offsetof(struct awsc_bedrock_runtime_guardrail_trace_assessment, input_assessment), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailTraceAssessment.inputAssessment: GuardrailAssessmentMap */
        [336] = {REF(members[336].name_ref, strings[10783]), REF(members[336].shape_ref, shapes[101]), offsetof(struct awsc_bedrock_runtime_guardrail_trace_assessment, output_assessments), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailTraceAssessment.outputAssessments: GuardrailAssessmentListMap */
        [337] = {REF(members[337].name_ref, strings[260]), REF(members[337].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_guardrail_trace_assessment, action_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailTraceAssessment.actionReason: String */
        [338] = {REF(members[338].name_ref, strings[10816]), REF(members[338].shape_ref, shapes[243]), offsetof(struct awsc_bedrock_runtime_guardrail_usage, topic_policy_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, has_topic_policy_units), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailUsage.topicPolicyUnits: GuardrailTopicPolicyUnitsProcessed */
        [339] = {REF(members[339].name_ref, strings[10833]), REF(members[339].shape_ref, shapes[184]), offsetof(struct awsc_bedrock_runtime_guardrail_usage, content_policy_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, has_content_policy_units), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailUsage.contentPolicyUnits: GuardrailContentPolicyUnitsProcessed */
        [340] = {REF(members[340].name_ref, strings[10852]), REF(members[340].shape_ref, shapes[251]), offsetof(struct awsc_bedrock_runtime_guardrail_usage, word_policy_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, has_word_policy_units), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailUsage.wordPolicyUnits: GuardrailWordPolicyUnitsProcessed */
        [341] = {REF(members[341].name_ref, strings[10868]), REF(members[341].shape_ref, shapes[234]), offsetof(struct awsc_bedrock_runtime_guardrail_usage, sensitive_information_policy_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, has_sensitive_information_policy_units), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailUsage.sensitiveInformationPolicyUnits: GuardrailSensitiveInformationPolicyUnitsProcessed */
        [342] = {REF(members[342].name_ref, strings[10900]), REF(members[342].shape_ref, shapes[233]), offsetof(struct awsc_bedrock_runtime_guardrail_usage, sensitive_information_policy_free_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, has_sensitive_information_policy_free_units), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailUsage.sensitiveInformationPolicyFreeUnits: GuardrailSensitiveInformationPolicyFreeUnitsProcessed */
        [343] = {REF(members[343].name_ref, strings[10936]), REF(members[343].shape_ref, shapes[195]), offsetof(struct awsc_bedrock_runtime_guardrail_usage, contextual_grounding_policy_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, has_contextual_grounding_policy_units), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailUsage.contextualGroundingPolicyUnits: GuardrailContextualGroundingPolicyUnitsProcessed */
        [344] = {REF(members[344].name_ref, strings[10967]), REF(members[344].shape_ref, shapes[183]), offsetof(struct awsc_bedrock_runtime_guardrail_usage, content_policy_image_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, has_content_policy_image_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailUsage.contentPolicyImageUnits: GuardrailContentPolicyImageUnitsProcessed */
        [345] = {REF(members[345].name_ref, strings[10991]), REF(members[345].shape_ref, shapes[115]), offsetof(struct awsc_bedrock_runtime_guardrail_usage, automated_reasoning_policy_units), offsetof(struct awsc_bedrock_runtime_guardrail_usage, has_automated_reasoning_policy_units), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailUsage.automatedReasoningPolicyUnits: GuardrailAutomatedReasoningPolicyUnitsProcessed */
        [346] = {REF(members[346].name_ref, strings[11021]), REF(members[346].shape_ref, shapes[113]), offsetof(struct awsc_bedrock_runtime_guardrail_usage, automated_reasoning_policies), offsetof(struct awsc_bedrock_runtime_guardrail_usage, has_automated_reasoning_policies), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailUsage.automatedReasoningPolicies: GuardrailAutomatedReasoningPoliciesProcessed */
        [347] = {REF(members[347].name_ref, strings[11121]), REF(members[347].shape_ref, shapes[206]), offsetof(struct awsc_bedrock_runtime_guardrail_word_policy_assessment, custom_words), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailWordPolicyAssessment.customWords: GuardrailCustomWordList */
        [348] = {REF(members[348].name_ref, strings[11133]), REF(members[348].shape_ref, shapes[216]), offsetof(struct awsc_bedrock_runtime_guardrail_word_policy_assessment, managed_word_lists), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardrailWordPolicyAssessment.managedWordLists: GuardrailManagedWordList */
        [349] = {REF(members[349].name_ref, strings[713]), REF(members[349].shape_ref, shapes[255]), offsetof(struct awsc_bedrock_runtime_image_block, format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImageBlock.format: ImageFormat */
        [350] = {REF(members[350].name_ref, strings[197]), REF(members[350].shape_ref, shapes[256]), offsetof(struct awsc_bedrock_runtime_image_block, source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImageBlock.source: ImageSource */
        [351] = {REF(members[351].name_ref, strings[720]), REF(members[351].shape_ref, shapes[93]), offsetof(struct awsc_bedrock_runtime_image_block, error), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImageBlock.error: ErrorBlock */
        [352] = {REF(members[352].name_ref, strings[197]), REF(members[352].shape_ref, shapes[256]), offsetof(struct awsc_bedrock_runtime_image_block_delta, source), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImageBlockDelta.source: ImageSource */
        [353] = {REF(members[353].name_ref, strings[720]), REF(members[353].shape_ref, shapes[93]), offsetof(struct awsc_bedrock_runtime_image_block_delta, error), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImageBlockDelta.error: ErrorBlock */
        [354] = {REF(members[354].name_ref, strings[713]), REF(members[354].shape_ref, shapes[255]), offsetof(struct awsc_bedrock_runtime_image_block_start, format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImageBlockStart.format: ImageFormat */
        [355] = {REF(members[355].name_ref, strings[817]), REF(members[355].shape_ref, shapes[257]), offsetof(struct awsc_bedrock_runtime_image_source, bytes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImageSource.bytes: ImageSourceBytesBlob */
        [356] = {REF(members[356].name_ref, strings[823]), REF(members[356].shape_ref, shapes[323]), offsetof(struct awsc_bedrock_runtime_image_source, s3_location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImageSource.s3Location: S3Location */
        [357] = {REF(members[357].name_ref, strings[11339]), REF(members[357].shape_ref, shapes[261]), offsetof(struct awsc_bedrock_runtime_inference_configuration, max_tokens), offsetof(struct awsc_bedrock_runtime_inference_configuration, has_max_tokens), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InferenceConfiguration.maxTokens: InferenceConfigurationMaxTokensInteger */
        [358] = {REF(members[358].name_ref, strings[11349]), REF(members[358].shape_ref, shapes[263]), offsetof(struct awsc_bedrock_runtime_inference_configuration, temperature), offsetof(struct awsc_bedrock_runtime_inference_configuration, has_temperature), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InferenceConfiguration.temperature: InferenceConfigurationTemperatureFloat */
        [359] = {REF(members[359].name_ref, strings[11361]), REF(members[359].shape_ref, shapes[264]), offsetof(struct awsc_bedrock_runtime_inference_configuration, top_p), offsetof(struct awsc_bedrock_runtime_inference_configuration, has_top_p), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InferenceConfiguration.topP: InferenceConfigurationTopPFloat */
        [360] = {REF(members[360].name_ref, strings[11366]), REF(members[360].shape_ref, shapes[262]), offsetof(struct awsc_bedrock_runtime_inference_configuration, stop_sequences), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InferenceConfiguration.stopSequences: InferenceConfigurationStopSequencesList */
        [361] = {REF(members[361].name_ref, strings[22]), REF(members[361].shape_ref, shapes[298]), offsetof(struct awsc_bedrock_runtime_internal_server_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InternalServerException.message: NonBlankString */
        [362] = {REF(members[362].name_ref, strings[1938]), REF(members[362].shape_ref, shapes[146]), offsetof(struct awsc_bedrock_runtime_invoke_guardrail_checks_input, messages), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeGuardrailChecksRequest.messages: GuardrailChecksMessageList */
        [363] = {REF(members[363].name_ref, strings[11605]), REF(members[363].shape_ref, shapes[133]), offsetof(struct awsc_bedrock_runtime_invoke_guardrail_checks_input, checks), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeGuardrailChecksRequest.checks: GuardrailChecksConfig */
        [364] = {REF(members[364].name_ref, strings[6037]), REF(members[364].shape_ref, shapes[156]), offsetof(struct awsc_bedrock_runtime_invoke_guardrail_checks_output, results), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeGuardrailChecksResponse.results: GuardrailChecksResults */
        [365] = {REF(members[365].name_ref, strings[247]), REF(members[365].shape_ref, shapes[172]), offsetof(struct awsc_bedrock_runtime_invoke_guardrail_checks_output, usage), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeGuardrailChecksResponse.usage: GuardrailChecksUsageResults */
        [366] = {REF(members[366].name_ref, strings[11683]), REF(members[366].shape_ref, shapes[24]), offsetof(struct awsc_bedrock_runtime_invoke_model_input, body), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeModelRequest.body: Body */
        [367] = {REF(members[367].name_ref, strings[11688]), REF(members[367].shape_ref, shapes[291]), offsetof(struct awsc_bedrock_runtime_invoke_model_input, content_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeModelRequest.contentType: MimeType */
        [368] = {REF(members[368].name_ref, strings[11713]), REF(members[368].shape_ref, shapes[291]), offsetof(struct awsc_bedrock_runtime_invoke_model_input, accept), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeModelRequest.accept: MimeType */
        [369] = {REF(members[369].name_ref, strings[1930]), REF(members[369].shape_ref, shapes[270]), offsetof(struct awsc_bedrock_runtime_invoke_model_input, model_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* InvokeModelRequest.modelId: InvokeModelIdentifier */
        [370] = {REF(members[370].name_ref, strings[11727]), REF(members[370].shape_ref, shapes[386]), offsetof(struct awsc_bedrock_runtime_invoke_model_input, trace), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeModelRequest.trace: Trace */
        [371] = {REF(members[371].name_ref, strings[11754]), REF(members[371].shape_ref, shapes[208]), offsetof(struct awsc_bedrock_runtime_invoke_model_input, guardrail_identifier), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeModelRequest.guardrailIdentifier: GuardrailIdentifier */
        [372] = {REF(members[372].name_ref, strings[11809]), REF(members[372].shape_ref, shapes[248]), offsetof(struct awsc_bedrock_runtime_invoke_model_input, guardrail_version), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeModelRequest.guardrailVersion: GuardrailVersion */
        [373] = {REF(members[373].name_ref, strings[11858]), REF(members[373].shape_ref, shapes[309]), offsetof(struct awsc_bedrock_runtime_invoke_model_input, performance_config_latency), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeModelRequest.performanceConfigLatency: PerformanceConfigLatency */
        [374] = {REF(members[374].name_ref, strings[11924]), REF(members[374].shape_ref, shapes[334]), offsetof(struct awsc_bedrock_runtime_invoke_model_input, service_tier), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeModelRequest.serviceTier: ServiceTierType */
        [375] = {REF(members[375].name_ref, strings[11964]), REF(members[375].shape_ref, shapes[318]), offsetof(struct awsc_bedrock_runtime_invoke_model_input, request_metadata), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeModelRequest.requestMetadata: RequestMetadataJson */
        [376] = {REF(members[376].name_ref, strings[11683]), REF(members[376].shape_ref, shapes[24]), offsetof(struct awsc_bedrock_runtime_invoke_model_output, body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeModelResponse.body: Body */
        [377] = {REF(members[377].name_ref, strings[11688]), REF(members[377].shape_ref, shapes[291]), offsetof(struct awsc_bedrock_runtime_invoke_model_output, content_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeModelResponse.contentType: MimeType */
        [378] = {REF(members[378].name_ref, strings[11858]), REF(members[378].shape_ref, shapes[309]), offsetof(struct awsc_bedrock_runtime_invoke_model_output, performance_config_latency), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeModelResponse.performanceConfigLatency: PerformanceConfigLatency */
        [379] = {REF(members[379].name_ref, strings[11924]), REF(members[379].shape_ref, shapes[334]), offsetof(struct awsc_bedrock_runtime_invoke_model_output, service_tier), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeModelResponse.serviceTier: ServiceTierType */
        [380] = {REF(members[380].name_ref, strings[11683]), REF(members[380].shape_ref, shapes[24]), offsetof(struct awsc_bedrock_runtime_invoke_model_tokens_request, body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeModelTokensRequest.body: Body */
        [381] = {REF(members[381].name_ref, strings[12097]), REF(members[381].shape_ref, shapes[21]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_input, chunk), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithBidirectionalStreamInput.chunk: BidirectionalInputPayloadPart */
        [382] = {REF(members[382].name_ref, strings[12097]), REF(members[382].shape_ref, shapes[22]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event, chunk), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithBidirectionalStreamOutput.chunk: BidirectionalOutputPayloadPart */
        [383] = {REF(members[383].name_ref, strings[2490]), REF(members[383].shape_ref, shapes[266]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event, internal_server_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithBidirectionalStreamOutput.internalServerException: InternalServerException */
        [384] = {REF(members[384].name_ref, strings[2514]), REF(members[384].shape_ref, shapes[296]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event, model_stream_error_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithBidirectionalStreamOutput.modelStreamErrorException: ModelStreamErrorException */
        [385] = {REF(members[385].name_ref, strings[2540]), REF(members[385].shape_ref, shapes[387]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event, validation_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithBidirectionalStreamOutput.validationException: ValidationException */
        [386] = {REF(members[386].name_ref, strings[2560]), REF(members[386].shape_ref, shapes[353]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event, throttling_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithBidirectionalStreamOutput.throttlingException: ThrottlingException */
        [387] = {REF(members[387].name_ref, strings[12144]), REF(members[387].shape_ref, shapes[297]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event, model_timeout_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithBidirectionalStreamOutput.modelTimeoutException: ModelTimeoutException */
        [388] = {REF(members[388].name_ref, strings[2580]), REF(members[388].shape_ref, shapes[335]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_event, service_unavailable_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithBidirectionalStreamOutput.serviceUnavailableException: ServiceUnavailableException */
        [389] = {REF(members[389].name_ref, strings[1930]), REF(members[389].shape_ref, shapes[270]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_request, model_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithBidirectionalStreamRequest.modelId: InvokeModelIdentifier */
        [390] = {REF(members[390].name_ref, strings[11683]), REF(members[390].shape_ref, shapes[274]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_request, body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithBidirectionalStreamRequest.body: InvokeModelWithBidirectionalStreamInput */
        [391] = {REF(members[391].name_ref, strings[11683]), REF(members[391].shape_ref, shapes[275]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_bidirectional_stream_output, body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithBidirectionalStreamResponse.body: InvokeModelWithBidirectionalStreamOutput */
        [392] = {REF(members[392].name_ref, strings[11683]), REF(members[392].shape_ref, shapes[24]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, body), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithResponseStreamRequest.body: Body */
        [393] = {REF(members[393].name_ref, strings[11688]), REF(members[393].shape_ref, shapes[291]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, content_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithResponseStreamRequest.contentType: MimeType */
        [394] = {REF(members[394].name_ref, strings[12288]), REF(members[394].shape_ref, shapes[291]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, accept), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithResponseStreamRequest.accept: MimeType */
        [395] = {REF(members[395].name_ref, strings[1930]), REF(members[395].shape_ref, shapes[270]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, model_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithResponseStreamRequest.modelId: InvokeModelIdentifier */
        [396] = {REF(members[396].name_ref, strings[11727]), REF(members[396].shape_ref, shapes[386]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, trace), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithResponseStreamRequest.trace: Trace */
        [397] = {REF(members[397].name_ref, strings[11754]), REF(members[397].shape_ref, shapes[208]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, guardrail_identifier), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithResponseStreamRequest.guardrailIdentifier: GuardrailIdentifier */
        [398] = {REF(members[398].name_ref, strings[11809]), REF(members[398].shape_ref, shapes[248]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, guardrail_version), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithResponseStreamRequest.guardrailVersion: GuardrailVersion */
        [399] = {REF(members[399].name_ref, strings[11858]), REF(members[399].shape_ref, shapes[309]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, performance_config_latency), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithResponseStreamRequest.performanceConfigLatency: PerformanceConfigLatency */
        [400] = {REF(members[400].name_ref, strings[11924]), REF(members[400].shape_ref, shapes[334]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, service_tier), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithResponseStreamRequest.serviceTier: ServiceTierType */
        [401] = {REF(members[401].name_ref, strings[11964]), REF(members[401].shape_ref, shapes[318]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_input, request_metadata), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithResponseStreamRequest.requestMetadata: RequestMetadataJson */
        [402] = {REF(members[402].name_ref, strings[11683]), REF(members[402].shape_ref, shapes[322]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_output, body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithResponseStreamResponse.body: ResponseStream */
        [403] = {REF(members[403].name_ref, strings[12355]), REF(members[403].shape_ref, shapes[291]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_output, content_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithResponseStreamResponse.contentType: MimeType */
        [404] = {REF(members[404].name_ref, strings[11858]), REF(members[404].shape_ref, shapes[309]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_output, performance_config_latency), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithResponseStreamResponse.performanceConfigLatency: PerformanceConfigLatency */
        [405] = {REF(members[405].name_ref, strings[11924]), REF(members[405].shape_ref, shapes[334]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_output, service_tier), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeModelWithResponseStreamResponse.serviceTier: ServiceTierType */
        [406] = {REF(members[406].name_ref, strings[12431]), REF(members[406].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_json_schema_definition, schema), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* JsonSchemaDefinition.schema: String */
        [407] = {REF(members[407].name_ref, strings[2975]), REF(members[407].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_json_schema_definition, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* JsonSchemaDefinition.name: String */
        [408] = {REF(members[408].name_ref, strings[12438]), REF(members[408].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_json_schema_definition, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* JsonSchemaDefinition.description: String */
        [409] = {REF(members[409].name_ref, strings[12483]), REF(members[409].shape_ref, shapes[354]), offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, submit_time_after), offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, has_submit_time_after), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListAsyncInvokesRequest.submitTimeAfter: Timestamp */
        [410] = {REF(members[410].name_ref, strings[12499]), REF(members[410].shape_ref, shapes[354]), offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, submit_time_before), offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, has_submit_time_before), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListAsyncInvokesRequest.submitTimeBefore: Timestamp */
        [411] = {REF(members[411].name_ref, strings[12516]), REF(members[411].shape_ref, shapes[12]), offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, status_equals), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListAsyncInvokesRequest.statusEquals: AsyncInvokeStatus */
        [412] = {REF(members[412].name_ref, strings[12529]), REF(members[412].shape_ref, shapes[286]), offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, max_results), offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, has_max_results), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListAsyncInvokesRequest.maxResults: MaxResults */
        [413] = {REF(members[413].name_ref, strings[12540]), REF(members[413].shape_ref, shapes[306]), offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListAsyncInvokesRequest.nextToken: PaginationToken */
        [414] = {REF(members[414].name_ref, strings[12550]), REF(members[414].shape_ref, shapes[336]), offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, sort_by), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListAsyncInvokesRequest.sortBy: SortAsyncInvocationBy */
        [415] = {REF(members[415].name_ref, strings[12557]), REF(members[415].shape_ref, shapes[337]), offsetof(struct awsc_bedrock_runtime_list_async_invokes_input, sort_order), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListAsyncInvokesRequest.sortOrder: SortOrder */
        [416] = {REF(members[416].name_ref, strings[12540]), REF(members[416].shape_ref, shapes[306]), offsetof(struct awsc_bedrock_runtime_list_async_invokes_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAsyncInvokesResponse.nextToken: PaginationToken */
        [417] = {REF(members[417].name_ref, strings[12592]), REF(members[417].shape_ref, shapes[13]), offsetof(struct awsc_bedrock_runtime_list_async_invokes_output, async_invoke_summaries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAsyncInvokesResponse.asyncInvokeSummaries: AsyncInvokeSummaries */
        [418] = {REF(members[418].name_ref, strings[6264]), REF(members[418].shape_ref, shapes[52]), offsetof(struct awsc_bedrock_runtime_message, role), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Message.role: ConversationRole */
        [419] = {REF(members[419].name_ref, strings[204]), REF(members[419].shape_ref, shapes[51]), offsetof(struct awsc_bedrock_runtime_message, content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Message.content: ContentBlocks */
        [420] = {REF(members[420].name_ref, strings[6264]), REF(members[420].shape_ref, shapes[52]), offsetof(struct awsc_bedrock_runtime_message_start_event, role), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageStartEvent.role: ConversationRole */
        [421] = {REF(members[421].name_ref, strings[2277]), REF(members[421].shape_ref, shapes[342]), offsetof(struct awsc_bedrock_runtime_message_stop_event, stop_reason), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageStopEvent.stopReason: StopReason */
        [422] = {REF(members[422].name_ref, strings[2296]), REF(members[422].shape_ref, shapes[73]), offsetof(struct awsc_bedrock_runtime_message_stop_event, additional_model_response_fields), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageStopEvent.additionalModelResponseFields: Document */
        [423] = {REF(members[423].name_ref, strings[22]), REF(members[423].shape_ref, shapes[298]), offsetof(struct awsc_bedrock_runtime_model_error_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ModelErrorException.message: NonBlankString */
        [424] = {REF(members[424].name_ref, strings[12710]), REF(members[424].shape_ref, shapes[341]), offsetof(struct awsc_bedrock_runtime_model_error_exception, original_status_code), offsetof(struct awsc_bedrock_runtime_model_error_exception, has_original_status_code), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ModelErrorException.originalStatusCode: StatusCode */
        [425] = {REF(members[425].name_ref, strings[12729]), REF(members[425].shape_ref, shapes[298]), offsetof(struct awsc_bedrock_runtime_model_error_exception, resource_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ModelErrorException.resourceName: NonBlankString */
        [426] = {REF(members[426].name_ref, strings[22]), REF(members[426].shape_ref, shapes[298]), offsetof(struct awsc_bedrock_runtime_model_not_ready_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ModelNotReadyException.message: NonBlankString */
        [427] = {REF(members[427].name_ref, strings[22]), REF(members[427].shape_ref, shapes[298]), offsetof(struct awsc_bedrock_runtime_model_stream_error_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ModelStreamErrorException.message: NonBlankString */
        [428] = {REF(members[428].name_ref, strings[12710]), REF(members[428].shape_ref, shapes[341]), offsetof(struct awsc_bedrock_runtime_model_stream_error_exception, original_status_code), offsetof(struct awsc_bedrock_runtime_model_stream_error_exception, has_original_status_code), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ModelStreamErrorException.originalStatusCode: StatusCode */
        [429] = {REF(members[429].name_ref, strings[12822]), REF(members[429].shape_ref, shapes[298]), offsetof(struct awsc_bedrock_runtime_model_stream_error_exception, original_message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ModelStreamErrorException.originalMessage: NonBlankString */
        [430] = {REF(members[430].name_ref, strings[22]), REF(members[430].shape_ref, shapes[298]), offsetof(struct awsc_bedrock_runtime_model_timeout_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ModelTimeoutException.message: NonBlankString */
        [431] = {REF(members[431].name_ref, strings[12922]), REF(members[431].shape_ref, shapes[303]), offsetof(struct awsc_bedrock_runtime_output_config, text_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OutputConfig.textFormat: OutputFormat */
        [432] = {REF(members[432].name_ref, strings[12933]), REF(members[432].shape_ref, shapes[302]), offsetof(struct awsc_bedrock_runtime_output_config, effort), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OutputConfig.effort: OutputConfigEffortString */
        [433] = {REF(members[433].name_ref, strings[1073]), REF(members[433].shape_ref, shapes[305]), offsetof(struct awsc_bedrock_runtime_output_format, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OutputFormat.type: OutputFormatType */
        [434] = {REF(members[434].name_ref, strings[12978]), REF(members[434].shape_ref, shapes[304]), offsetof(struct awsc_bedrock_runtime_output_format, structure), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OutputFormat.structure: OutputFormatStructure */
        [435] = {REF(members[435].name_ref, strings[13010]), REF(members[435].shape_ref, shapes[281]), offsetof(struct awsc_bedrock_runtime_output_format_structure, json_schema), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OutputFormatStructure.jsonSchema: JsonSchemaDefinition */
        [436] = {REF(members[436].name_ref, strings[817]), REF(members[436].shape_ref, shapes[307]), offsetof(struct awsc_bedrock_runtime_payload_part, bytes), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PayloadPart.bytes: PartBody */
        [437] = {REF(members[437].name_ref, strings[13156]), REF(members[437].shape_ref, shapes[309]), offsetof(struct awsc_bedrock_runtime_performance_configuration, latency), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PerformanceConfiguration.latency: PerformanceConfigLatency */
        [438] = {REF(members[438].name_ref, strings[13182]), REF(members[438].shape_ref, shapes[280]), offsetof(struct awsc_bedrock_runtime_prompt_router_trace, invoked_model_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PromptRouterTrace.invokedModelId: InvokedModelId */
        [439] = {REF(members[439].name_ref, strings[1179]), REF(members[439].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_prompt_variable_values, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PromptVariableValues.text: String */
        [440] = {REF(members[440].name_ref, strings[13258]), REF(members[440].shape_ref, shapes[316]), offsetof(struct awsc_bedrock_runtime_reasoning_content_block, reasoning_text), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReasoningContentBlock.reasoningText: ReasoningTextBlock */
        [441] = {REF(members[441].name_ref, strings[13272]), REF(members[441].shape_ref, shapes[23]), offsetof(struct awsc_bedrock_runtime_reasoning_content_block, redacted_content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReasoningContentBlock.redactedContent: Blob */
        [442] = {REF(members[442].name_ref, strings[1179]), REF(members[442].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_reasoning_content_block_delta, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReasoningContentBlockDelta.text: String */
        [443] = {REF(members[443].name_ref, strings[13272]), REF(members[443].shape_ref, shapes[23]), offsetof(struct awsc_bedrock_runtime_reasoning_content_block_delta, redacted_content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReasoningContentBlockDelta.redactedContent: Blob */
        [444] = {REF(members[444].name_ref, strings[13315]), REF(members[444].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_reasoning_content_block_delta, signature), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReasoningContentBlockDelta.signature: String */
        [445] = {REF(members[445].name_ref, strings[1179]), REF(members[445].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_reasoning_text_block, text), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReasoningTextBlock.text: String */
        [446] = {REF(members[446].name_ref, strings[13315]), REF(members[446].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_reasoning_text_block, signature), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReasoningTextBlock.signature: String */
        [447] = {REF(members[447].name_ref, strings[22]), REF(members[447].shape_ref, shapes[298]), offsetof(struct awsc_bedrock_runtime_resource_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceNotFoundException.message: NonBlankString */
        [448] = {REF(members[448].name_ref, strings[12097]), REF(members[448].shape_ref, shapes[308]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event, chunk), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResponseStream.chunk: PayloadPart */
        [449] = {REF(members[449].name_ref, strings[2490]), REF(members[449].shape_ref, shapes[266]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event, internal_server_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResponseStream.internalServerException: InternalServerException */
        [450] = {REF(members[450].name_ref, strings[2514]), REF(members[450].shape_ref, shapes[296]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event, model_stream_error_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResponseStream.modelStreamErrorException: ModelStreamErrorException */
        [451] = {REF(members[451].name_ref, strings[2540]), REF(members[451].shape_ref, shapes[387]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event, validation_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResponseStream.validationException: ValidationException */
        [452] = {REF(members[452].name_ref, strings[2560]), REF(members[452].shape_ref, shapes[353]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event, throttling_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResponseStream.throttlingException: ThrottlingException */
        [453] = {REF(members[453].name_ref, strings[12144]), REF(members[453].shape_ref, shapes[297]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event, model_timeout_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResponseStream.modelTimeoutException: ModelTimeoutException */
        [454] = {REF(members[454].name_ref, strings[2580]), REF(members[454].shape_ref, shapes[335]), offsetof(struct awsc_bedrock_runtime_invoke_model_with_response_stream_event, service_unavailable_exception), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResponseStream.serviceUnavailableException: ServiceUnavailableException */
        [455] = {REF(members[455].name_ref, strings[13484]), REF(members[455].shape_ref, shapes[324]), offsetof(struct awsc_bedrock_runtime_s3_location, uri), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3Location.uri: S3Uri */
        [456] = {REF(members[456].name_ref, strings[487]), REF(members[456].shape_ref, shapes[1]), offsetof(struct awsc_bedrock_runtime_s3_location, bucket_owner), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3Location.bucketOwner: AccountId */
        [457] = {REF(members[457].name_ref, strings[197]), REF(members[457].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_search_result_block, source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SearchResultBlock.source: String */
        [458] = {REF(members[458].name_ref, strings[1125]), REF(members[458].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_search_result_block, title), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SearchResultBlock.title: String */
        [459] = {REF(members[459].name_ref, strings[204]), REF(members[459].shape_ref, shapes[327]), offsetof(struct awsc_bedrock_runtime_search_result_block, content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SearchResultBlock.content: SearchResultContentBlocks */
        [460] = {REF(members[460].name_ref, strings[1457]), REF(members[460].shape_ref, shapes[41]), offsetof(struct awsc_bedrock_runtime_search_result_block, citations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SearchResultBlock.citations: CitationsConfig */
        [461] = {REF(members[461].name_ref, strings[1179]), REF(members[461].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_search_result_content_block, text), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SearchResultContentBlock.text: String */
        [462] = {REF(members[462].name_ref, strings[13584]), REF(members[462].shape_ref, shapes[330]), offsetof(struct awsc_bedrock_runtime_search_result_location, search_result_index), offsetof(struct awsc_bedrock_runtime_search_result_location, has_search_result_index), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SearchResultLocation.searchResultIndex: SearchResultLocationSearchResultIndexInteger */
        [463] = {REF(members[463].name_ref, strings[1770]), REF(members[463].shape_ref, shapes[331]), offsetof(struct awsc_bedrock_runtime_search_result_location, start), offsetof(struct awsc_bedrock_runtime_search_result_location, has_start), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SearchResultLocation.start: SearchResultLocationStartInteger */
        [464] = {REF(members[464].name_ref, strings[3047]), REF(members[464].shape_ref, shapes[329]), offsetof(struct awsc_bedrock_runtime_search_result_location, end), offsetof(struct awsc_bedrock_runtime_search_result_location, has_end), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SearchResultLocation.end: SearchResultLocationEndInteger */
        [465] = {REF(members[465].name_ref, strings[22]), REF(members[465].shape_ref, shapes[298]), offsetof(struct awsc_bedrock_runtime_service_quota_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceQuotaExceededException.message: NonBlankString */
        [466] = {REF(members[466].name_ref, strings[1073]), REF(members[466].shape_ref, shapes[334]), offsetof(struct awsc_bedrock_runtime_service_tier, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceTier.type: ServiceTierType */
        [467] = {REF(members[467].name_ref, strings[22]), REF(members[467].shape_ref, shapes[298]), offsetof(struct awsc_bedrock_runtime_service_unavailable_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceUnavailableException.message: NonBlankString */
        [468] = {REF(members[468].name_ref, strings[2975]), REF(members[468].shape_ref, shapes[367]), offsetof(struct awsc_bedrock_runtime_specific_tool_choice, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SpecificToolChoice.name: ToolName */
        [469] = {REF(members[469].name_ref, strings[608]), REF(members[469].shape_ref, shapes[7]), offsetof(struct awsc_bedrock_runtime_start_async_invoke_input, client_request_token), AWSC_NO_PRESENCE, AWSC_MF_IDEMPOTENCY_TOKEN, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StartAsyncInvokeRequest.clientRequestToken: AsyncInvokeIdempotencyToken */
        [470] = {REF(members[470].name_ref, strings[1930]), REF(members[470].shape_ref, shapes[8]), offsetof(struct awsc_bedrock_runtime_start_async_invoke_input, model_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StartAsyncInvokeRequest.modelId: AsyncInvokeIdentifier */
        [471] = {REF(members[471].name_ref, strings[13939]), REF(members[471].shape_ref, shapes[293]), offsetof(struct awsc_bedrock_runtime_start_async_invoke_input, model_input), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StartAsyncInvokeRequest.modelInput: ModelInputPayload */
        [472] = {REF(members[472].name_ref, strings[685]), REF(members[472].shape_ref, shapes[10]), offsetof(struct awsc_bedrock_runtime_start_async_invoke_input, output_data_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StartAsyncInvokeRequest.outputDataConfig: AsyncInvokeOutputDataConfig */
        [473] = {REF(members[473].name_ref, strings[13950]), REF(members[473].shape_ref, shapes[349]), offsetof(struct awsc_bedrock_runtime_start_async_invoke_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StartAsyncInvokeRequest.tags: TagList */
        [474] = {REF(members[474].name_ref, strings[585]), REF(members[474].shape_ref, shapes[267]), offsetof(struct awsc_bedrock_runtime_start_async_invoke_output, invocation_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StartAsyncInvokeResponse.invocationArn: InvocationArn */
        [475] = {REF(members[475].name_ref, strings[1179]), REF(members[475].shape_ref, shapes[299]), offsetof(struct awsc_bedrock_runtime_system_content_block, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SystemContentBlock.text: NonEmptyString */
        [476] = {REF(members[476].name_ref, strings[1559]), REF(members[476].shape_ref, shapes[196]), offsetof(struct awsc_bedrock_runtime_system_content_block, guard_content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SystemContentBlock.guardContent: GuardrailConverseContentBlock */
        [477] = {REF(members[477].name_ref, strings[1572]), REF(members[477].shape_ref, shapes[29]), offsetof(struct awsc_bedrock_runtime_system_content_block, cache_point), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SystemContentBlock.cachePoint: CachePointBlock */
        [478] = {REF(members[478].name_ref, strings[2975]), REF(members[478].shape_ref, shapes[367]), offsetof(struct awsc_bedrock_runtime_system_tool, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SystemTool.name: ToolName */
        [479] = {REF(members[479].name_ref, strings[14216]), REF(members[479].shape_ref, shapes[348]), offsetof(struct awsc_bedrock_runtime_tag, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tag.key: TagKey */
        [480] = {REF(members[480].name_ref, strings[14220]), REF(members[480].shape_ref, shapes[350]), offsetof(struct awsc_bedrock_runtime_tag, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tag.value: TagValue */
        [481] = {REF(members[481].name_ref, strings[22]), REF(members[481].shape_ref, shapes[298]), offsetof(struct awsc_bedrock_runtime_throttling_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ThrottlingException.message: NonBlankString */
        [482] = {REF(members[482].name_ref, strings[998]), REF(members[482].shape_ref, shapes[358]), offsetof(struct awsc_bedrock_runtime_token_usage, input_tokens), offsetof(struct awsc_bedrock_runtime_token_usage, has_input_tokens), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TokenUsage.inputTokens: TokenUsageInputTokensInteger */
        [483] = {REF(members[483].name_ref, strings[14333]), REF(members[483].shape_ref, shapes[359]), offsetof(struct awsc_bedrock_runtime_token_usage, output_tokens), offsetof(struct awsc_bedrock_runtime_token_usage, has_output_tokens), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TokenUsage.outputTokens: TokenUsageOutputTokensInteger */
        [484] = {REF(members[484].name_ref, strings[14346]), REF(members[484].shape_ref, shapes[360]), offsetof(struct awsc_bedrock_runtime_token_usage, total_tokens), offsetof(struct awsc_bedrock_runtime_token_usage, has_total_tokens), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TokenUsage.totalTokens: TokenUsageTotalTokensInteger */
        [485] = {REF(members[485].name_ref, strings[14358]), REF(members[485].shape_ref, shapes[356]), offsetof(struct awsc_bedrock_runtime_token_usage, cache_read_input_tokens), offsetof(struct awsc_bedrock_runtime_token_usage, has_cache_read_input_tokens), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TokenUsage.cacheReadInputTokens: TokenUsageCacheReadInputTokensInteger */
        [486] = {REF(members[486].name_ref, strings[14379]), REF(members[486].shape_ref, shapes[357]), offsetof(struct awsc_bedrock_runtime_token_usage, cache_write_input_tokens), offsetof(struct awsc_bedrock_runtime_token_usage, has_cache_write_input_tokens), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TokenUsage.cacheWriteInputTokens: TokenUsageCacheWriteInputTokensInteger */
        [487] = {REF(members[487].name_ref, strings[14401]), REF(members[487].shape_ref, shapes[28]), offsetof(struct awsc_bedrock_runtime_token_usage, cache_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TokenUsage.cacheDetails: CacheDetailsList */
        [488] = {REF(members[488].name_ref, strings[14584]), REF(members[488].shape_ref, shapes[380]), offsetof(struct awsc_bedrock_runtime_tool, tool_spec), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tool.toolSpec: ToolSpecification */
        [489] = {REF(members[489].name_ref, strings[14593]), REF(members[489].shape_ref, shapes[346]), offsetof(struct awsc_bedrock_runtime_tool, system_tool), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tool.systemTool: SystemTool */
        [490] = {REF(members[490].name_ref, strings[1572]), REF(members[490].shape_ref, shapes[29]), offsetof(struct awsc_bedrock_runtime_tool, cache_point), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tool.cachePoint: CachePointBlock */
        [491] = {REF(members[491].name_ref, strings[14622]), REF(members[491].shape_ref, shapes[368]), offsetof(struct awsc_bedrock_runtime_tool_addition_block, tool), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolAdditionBlock.tool: ToolReference */
        [492] = {REF(members[492].name_ref, strings[14638]), REF(members[492].shape_ref, shapes[19]), offsetof(struct awsc_bedrock_runtime_tool_choice, auto_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolChoice.auto: AutoToolChoice */
        [493] = {REF(members[493].name_ref, strings[14643]), REF(members[493].shape_ref, shapes[2]), offsetof(struct awsc_bedrock_runtime_tool_choice, any), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolChoice.any: AnyToolChoice */
        [494] = {REF(members[494].name_ref, strings[14622]), REF(members[494].shape_ref, shapes[338]), offsetof(struct awsc_bedrock_runtime_tool_choice, tool), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolChoice.tool: SpecificToolChoice */
        [495] = {REF(members[495].name_ref, strings[14665]), REF(members[495].shape_ref, shapes[365]), offsetof(struct awsc_bedrock_runtime_tool_configuration, tools), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolConfiguration.tools: ToolConfigurationToolsList */
        [496] = {REF(members[496].name_ref, strings[14671]), REF(members[496].shape_ref, shapes[363]), offsetof(struct awsc_bedrock_runtime_tool_configuration, tool_choice), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolConfiguration.toolChoice: ToolChoice */
        [497] = {REF(members[497].name_ref, strings[14725]), REF(members[497].shape_ref, shapes[73]), offsetof(struct awsc_bedrock_runtime_tool_input_schema, json), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolInputSchema.json: Document */
        [498] = {REF(members[498].name_ref, strings[1073]), REF(members[498].shape_ref, shapes[371]), offsetof(struct awsc_bedrock_runtime_tool_reference, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolReference.type: ToolReferenceTypeString */
        [499] = {REF(members[499].name_ref, strings[2975]), REF(members[499].shape_ref, shapes[369]), offsetof(struct awsc_bedrock_runtime_tool_reference, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolReference.name: ToolReferenceNameString */
        [500] = {REF(members[500].name_ref, strings[14753]), REF(members[500].shape_ref, shapes[370]), offsetof(struct awsc_bedrock_runtime_tool_reference, server_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolReference.serverName: ToolReferenceServerNameString */
        [501] = {REF(members[501].name_ref, strings[14622]), REF(members[501].shape_ref, shapes[368]), offsetof(struct awsc_bedrock_runtime_tool_removal_block, tool), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolRemovalBlock.tool: ToolReference */
        [502] = {REF(members[502].name_ref, strings[14875]), REF(members[502].shape_ref, shapes[384]), offsetof(struct awsc_bedrock_runtime_tool_result_block, tool_use_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolResultBlock.toolUseId: ToolUseId */
        [503] = {REF(members[503].name_ref, strings[204]), REF(members[503].shape_ref, shapes[378]), offsetof(struct awsc_bedrock_runtime_tool_result_block, content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolResultBlock.content: ToolResultContentBlocks */
        [504] = {REF(members[504].name_ref, strings[627]), REF(members[504].shape_ref, shapes[379]), offsetof(struct awsc_bedrock_runtime_tool_result_block, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolResultBlock.status: ToolResultStatus */
        [505] = {REF(members[505].name_ref, strings[1073]), REF(members[505].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_tool_result_block, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolResultBlock.type: String */
        [506] = {REF(members[506].name_ref, strings[1179]), REF(members[506].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_tool_result_block_delta, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolResultBlockDelta.text: String */
        [507] = {REF(members[507].name_ref, strings[14725]), REF(members[507].shape_ref, shapes[73]), offsetof(struct awsc_bedrock_runtime_tool_result_block_delta, json), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolResultBlockDelta.json: Document */
        [508] = {REF(members[508].name_ref, strings[14875]), REF(members[508].shape_ref, shapes[384]), offsetof(struct awsc_bedrock_runtime_tool_result_block_start, tool_use_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolResultBlockStart.toolUseId: ToolUseId */
        [509] = {REF(members[509].name_ref, strings[1073]), REF(members[509].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_tool_result_block_start, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolResultBlockStart.type: String */
        [510] = {REF(members[510].name_ref, strings[627]), REF(members[510].shape_ref, shapes[379]), offsetof(struct awsc_bedrock_runtime_tool_result_block_start, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolResultBlockStart.status: ToolResultStatus */
        [511] = {REF(members[511].name_ref, strings[14725]), REF(members[511].shape_ref, shapes[73]), offsetof(struct awsc_bedrock_runtime_tool_result_content_block, json), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolResultContentBlock.json: Document */
        [512] = {REF(members[512].name_ref, strings[1179]), REF(members[512].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_tool_result_content_block, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolResultContentBlock.text: String */
        [513] = {REF(members[513].name_ref, strings[1513]), REF(members[513].shape_ref, shapes[252]), offsetof(struct awsc_bedrock_runtime_tool_result_content_block, image), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolResultContentBlock.image: ImageBlock */
        [514] = {REF(members[514].name_ref, strings[1519]), REF(members[514].shape_ref, shapes[74]), offsetof(struct awsc_bedrock_runtime_tool_result_content_block, document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolResultContentBlock.document: DocumentBlock */
        [515] = {REF(members[515].name_ref, strings[1528]), REF(members[515].shape_ref, shapes[388]), offsetof(struct awsc_bedrock_runtime_tool_result_content_block, video), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolResultContentBlock.video: VideoBlock */
        [516] = {REF(members[516].name_ref, strings[1617]), REF(members[516].shape_ref, shapes[325]), offsetof(struct awsc_bedrock_runtime_tool_result_content_block, search_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolResultContentBlock.searchResult: SearchResultBlock */
        [517] = {REF(members[517].name_ref, strings[2975]), REF(members[517].shape_ref, shapes[367]), offsetof(struct awsc_bedrock_runtime_tool_specification, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolSpecification.name: ToolName */
        [518] = {REF(members[518].name_ref, strings[12438]), REF(members[518].shape_ref, shapes[299]), offsetof(struct awsc_bedrock_runtime_tool_specification, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolSpecification.description: NonEmptyString */
        [519] = {REF(members[519].name_ref, strings[15045]), REF(members[519].shape_ref, shapes[366]), offsetof(struct awsc_bedrock_runtime_tool_specification, input_schema), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolSpecification.inputSchema: ToolInputSchema */
        [520] = {REF(members[520].name_ref, strings[15057]), REF(members[520].shape_ref, shapes[25]), offsetof(struct awsc_bedrock_runtime_tool_specification, strict), offsetof(struct awsc_bedrock_runtime_tool_specification, has_strict), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolSpecification.strict: Boolean */
        [521] = {REF(members[521].name_ref, strings[14875]), REF(members[521].shape_ref, shapes[384]), offsetof(struct awsc_bedrock_runtime_tool_use_block, tool_use_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolUseBlock.toolUseId: ToolUseId */
        [522] = {REF(members[522].name_ref, strings[2975]), REF(members[522].shape_ref, shapes[367]), offsetof(struct awsc_bedrock_runtime_tool_use_block, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolUseBlock.name: ToolName */
        [523] = {REF(members[523].name_ref, strings[2926]), REF(members[523].shape_ref, shapes[73]), offsetof(struct awsc_bedrock_runtime_tool_use_block, input), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolUseBlock.input: Document */
        [524] = {REF(members[524].name_ref, strings[1073]), REF(members[524].shape_ref, shapes[385]), offsetof(struct awsc_bedrock_runtime_tool_use_block, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolUseBlock.type: ToolUseType */
        [525] = {REF(members[525].name_ref, strings[2926]), REF(members[525].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_tool_use_block_delta, input), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolUseBlockDelta.input: String */
        [526] = {REF(members[526].name_ref, strings[14875]), REF(members[526].shape_ref, shapes[384]), offsetof(struct awsc_bedrock_runtime_tool_use_block_start, tool_use_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolUseBlockStart.toolUseId: ToolUseId */
        [527] = {REF(members[527].name_ref, strings[2975]), REF(members[527].shape_ref, shapes[367]), offsetof(struct awsc_bedrock_runtime_tool_use_block_start, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolUseBlockStart.name: ToolName */
        [528] = {REF(members[528].name_ref, strings[1073]), REF(members[528].shape_ref, shapes[385]), offsetof(struct awsc_bedrock_runtime_tool_use_block_start, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ToolUseBlockStart.type: ToolUseType */
        [529] = {REF(members[529].name_ref, strings[22]), REF(members[529].shape_ref, shapes[298]), offsetof(struct awsc_bedrock_runtime_validation_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ValidationException.message: NonBlankString */
        [530] = {REF(members[530].name_ref, strings[713]), REF(members[530].shape_ref, shapes[389]), offsetof(struct awsc_bedrock_runtime_video_block, format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VideoBlock.format: VideoFormat */
        [531] = {REF(members[531].name_ref, strings[197]), REF(members[531].shape_ref, shapes[390]), offsetof(struct awsc_bedrock_runtime_video_block, source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VideoBlock.source: VideoSource */
        [532] = {REF(members[532].name_ref, strings[817]), REF(members[532].shape_ref, shapes[391]), offsetof(struct awsc_bedrock_runtime_video_source, bytes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VideoSource.bytes: VideoSourceBytesBlob */
        [533] = {REF(members[533].name_ref, strings[823]), REF(members[533].shape_ref, shapes[323]), offsetof(struct awsc_bedrock_runtime_video_source, s3_location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VideoSource.s3Location: S3Location */
        [534] = {REF(members[534].name_ref, strings[15318]), REF(members[534].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_web_location, url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* WebLocation.url: String */
        [535] = {REF(members[535].name_ref, strings[15322]), REF(members[535].shape_ref, shapes[343]), offsetof(struct awsc_bedrock_runtime_web_location, domain), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* WebLocation.domain: String */
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
        /*     30 */ "AccountId\0"
        /*     40 */ "AnyToolChoice\0"
        /*     54 */ "AppliedGuardrailDetails\0"
        /*     78 */ "guardrailId\0"
        /*     90 */ "guardrailVersion\0"
        /*    107 */ "guardrailArn\0"
        /*    120 */ "guardrailOrigin\0"
        /*    136 */ "guardrailOwnership\0"
        /*    155 */ "ApplyGuardrailRequest\0"
        /*    177 */ "guardrailIdentifier\0"
        /*    197 */ "source\0"
        /*    204 */ "content\0"
        /*    212 */ "outputScope\0"
        /*    224 */ "ApplyGuardrailResponse\0"
        /*    247 */ "usage\0"
        /*    253 */ "action\0"
        /*    260 */ "actionReason\0"
        /*    273 */ "outputs\0"
        /*    281 */ "assessments\0"
        /*    293 */ "guardrailCoverage\0"
        /*    311 */ "AsyncInvokeArn\0"
        /*    326 */ "AsyncInvokeIdempotencyToken\0"
        /*    354 */ "AsyncInvokeIdentifier\0"
        /*    376 */ "AsyncInvokeMessage\0"
        /*    395 */ "AsyncInvokeOutputDataConfig\0"
        /*    423 */ "s3OutputDataConfig\0"
        /*    442 */ "AsyncInvokeS3OutputDataConfig\0"
        /*    472 */ "s3Uri\0"
        /*    478 */ "kmsKeyId\0"
        /*    487 */ "bucketOwner\0"
        /*    499 */ "AsyncInvokeStatus\0"
        /*    517 */ "InProgress\0" "Completed\0" "Failed\0"
        /*    545 */ "AsyncInvokeSummaries\0"
        /*    566 */ "AsyncInvokeSummary\0"
        /*    585 */ "invocationArn\0"
        /*    599 */ "modelArn\0"
        /*    608 */ "clientRequestToken\0"
        /*    627 */ "status\0"
        /*    634 */ "failureMessage\0"
        /*    649 */ "submitTime\0"
        /*    660 */ "lastModifiedTime\0"
        /*    677 */ "endTime\0"
        /*    685 */ "outputDataConfig\0"
        /*    702 */ "AudioBlock\0"
        /*    713 */ "format\0"
        /*    720 */ "error\0"
        /*    726 */ "AudioFormat\0"
        /*    738 */ "mp3\0" "opus\0" "wav\0" "aac\0" "flac\0" "mp4\0" "ogg\0" "mkv\0" "mka\0" "x-aac\0" "m4a\0" "mpeg\0" "mpga\0" "pcm\0" "webm\0"
        /*    805 */ "AudioSource\0"
        /*    817 */ "bytes\0"
        /*    823 */ "s3Location\0"
        /*    834 */ "AudioSourceBytesBlob\0"
        /*    855 */ "AutoToolChoice\0"
        /*    870 */ "AutomatedReasoningRuleIdentifier\0"
        /*    903 */ "BidirectionalInputPayloadPart\0"
        /*    933 */ "BidirectionalOutputPayloadPart\0"
        /*    964 */ "Blob\0"
        /*    969 */ "Body\0"
        /*    974 */ "Boolean\0"
        /*    982 */ "CacheDetail\0"
        /*    994 */ "ttl\0"
        /*    998 */ "inputTokens\0"
        /*   1010 */ "CacheDetailInputTokensInteger\0"
        /*   1040 */ "CacheDetailsList\0"
        /*   1057 */ "CachePointBlock\0"
        /*   1073 */ "type\0"
        /*   1078 */ "CachePointType\0"
        /*   1093 */ "default\0"
        /*   1101 */ "CacheTTL\0"
        /*   1110 */ "5m\0" "1h\0"
        /*   1116 */ "Citation\0"
        /*   1125 */ "title\0"
        /*   1131 */ "sourceContent\0"
        /*   1145 */ "location\0"
        /*   1154 */ "CitationGeneratedContent\0"
        /*   1179 */ "text\0"
        /*   1184 */ "CitationGeneratedContentList\0"
        /*   1213 */ "CitationLocation\0"
        /*   1230 */ "web\0"
        /*   1234 */ "documentChar\0"
        /*   1247 */ "documentPage\0"
        /*   1260 */ "documentChunk\0"
        /*   1274 */ "searchResultLocation\0"
        /*   1295 */ "CitationSourceContent\0"
        /*   1317 */ "CitationSourceContentDelta\0"
        /*   1344 */ "CitationSourceContentList\0"
        /*   1370 */ "CitationSourceContentListDelta\0"
        /*   1401 */ "Citations\0"
        /*   1411 */ "CitationsConfig\0"
        /*   1427 */ "enabled\0"
        /*   1435 */ "CitationsContentBlock\0"
        /*   1457 */ "citations\0"
        /*   1467 */ "CitationsDelta\0"
        /*   1482 */ "ConflictException\0"
        /*   1500 */ "ContentBlock\0"
        /*   1513 */ "image\0"
        /*   1519 */ "document\0"
        /*   1528 */ "video\0"
        /*   1534 */ "audio\0"
        /*   1540 */ "toolUse\0"
        /*   1548 */ "toolResult\0"
        /*   1559 */ "guardContent\0"
        /*   1572 */ "cachePoint\0"
        /*   1583 */ "reasoningContent\0"
        /*   1600 */ "citationsContent\0"
        /*   1617 */ "searchResult\0"
        /*   1630 */ "toolAddition\0"
        /*   1643 */ "toolRemoval\0"
        /*   1655 */ "ContentBlockDelta\0"
        /*   1673 */ "citation\0"
        /*   1682 */ "ContentBlockDeltaEvent\0"
        /*   1705 */ "delta\0"
        /*   1711 */ "contentBlockIndex\0"
        /*   1729 */ "ContentBlockStart\0"
        /*   1747 */ "ContentBlockStartEvent\0"
        /*   1770 */ "start\0"
        /*   1776 */ "ContentBlockStopEvent\0"
        /*   1798 */ "ContentBlocks\0"
        /*   1812 */ "ConversationRole\0"
        /*   1829 */ "user\0" "assistant\0" "system\0"
        /*   1851 */ "ConversationalModelId\0"
        /*   1873 */ "ConverseMetrics\0"
        /*   1889 */ "latencyMs\0"
        /*   1899 */ "ConverseOutput\0"
        /*   1914 */ "ConverseRequest\0"
        /*   1930 */ "modelId\0"
        /*   1938 */ "messages\0"
        /*   1947 */ "system\0"
        /*   1954 */ "inferenceConfig\0"
        /*   1970 */ "toolConfig\0"
        /*   1981 */ "guardrailConfig\0"
        /*   1997 */ "additionalModelRequestFields\0"
        /*   2026 */ "promptVariables\0"
        /*   2042 */ "additionalModelResponseFieldPaths\0"
        /*   2076 */ "requestMetadata\0"
        /*   2092 */ "performanceConfig\0"
        /*   2110 */ "serviceTier\0"
        /*   2122 */ "outputConfig\0"
        /*   2135 */ "ConverseRequestAdditionalModelResponseFieldPathsList\0"
        /*   2188 */ "ConverseRequestAdditionalModelResponseFieldPathsListMemberString\0"
        /*   2253 */ "ConverseResponse\0"
        /*   2270 */ "output\0"
        /*   2277 */ "stopReason\0"
        /*   2288 */ "metrics\0"
        /*   2296 */ "additionalModelResponseFields\0"
        /*   2326 */ "trace\0"
        /*   2332 */ "ConverseStreamMetadataEvent\0"
        /*   2360 */ "ConverseStreamMetrics\0"
        /*   2382 */ "ConverseStreamOutput\0"
        /*   2403 */ "messageStart\0"
        /*   2416 */ "contentBlockStart\0"
        /*   2434 */ "contentBlockDelta\0"
        /*   2452 */ "contentBlockStop\0"
        /*   2469 */ "messageStop\0"
        /*   2481 */ "metadata\0"
        /*   2490 */ "internalServerException\0"
        /*   2514 */ "modelStreamErrorException\0"
        /*   2540 */ "validationException\0"
        /*   2560 */ "throttlingException\0"
        /*   2580 */ "serviceUnavailableException\0"
        /*   2608 */ "ConverseStreamRequest\0"
        /*   2630 */ "ConverseStreamRequestAdditionalModelResponseFieldPathsList\0"
        /*   2689 */ "ConverseStreamRequestAdditionalModelResponseFieldPathsListMemberString\0"
        /*   2760 */ "ConverseStreamResponse\0"
        /*   2783 */ "stream\0"
        /*   2790 */ "ConverseStreamTrace\0"
        /*   2810 */ "guardrail\0"
        /*   2820 */ "promptRouter\0"
        /*   2833 */ "ConverseTokensRequest\0"
        /*   2855 */ "ConverseTrace\0"
        /*   2869 */ "CountTokensInput\0"
        /*   2886 */ "invokeModel\0"
        /*   2898 */ "converse\0"
        /*   2907 */ "CountTokensRequest\0"
        /*   2926 */ "input\0"
        /*   2932 */ "CountTokensResponse\0"
        /*   2952 */ "Document\0"
        /*   2961 */ "DocumentBlock\0"
        /*   2975 */ "name\0"
        /*   2980 */ "context\0"
        /*   2988 */ "DocumentBlockNameString\0"
        /*   3012 */ "DocumentCharLocation\0"
        /*   3033 */ "documentIndex\0"
        /*   3047 */ "end\0"
        /*   3051 */ "DocumentCharLocationDocumentIndexInteger\0"
        /*   3092 */ "DocumentCharLocationEndInteger\0"
        /*   3123 */ "DocumentCharLocationStartInteger\0"
        /*   3156 */ "DocumentChunkLocation\0"
        /*   3178 */ "DocumentChunkLocationDocumentIndexInteger\0"
        /*   3220 */ "DocumentChunkLocationEndInteger\0"
        /*   3252 */ "DocumentChunkLocationStartInteger\0"
        /*   3286 */ "DocumentContentBlock\0"
        /*   3307 */ "DocumentContentBlocks\0"
        /*   3329 */ "DocumentFormat\0"
        /*   3344 */ "pdf\0" "csv\0" "doc\0" "docx\0" "xls\0" "xlsx\0" "html\0" "txt\0" "md\0"
        /*   3382 */ "DocumentPageLocation\0"
        /*   3403 */ "DocumentPageLocationDocumentIndexInteger\0"
        /*   3444 */ "DocumentPageLocationEndInteger\0"
        /*   3475 */ "DocumentPageLocationStartInteger\0"
        /*   3508 */ "DocumentSource\0"
        /*   3523 */ "DocumentSourceBytesBlob\0"
        /*   3547 */ "ErrorBlock\0"
        /*   3558 */ "FoundationModelVersionIdentifier\0"
        /*   3591 */ "GetAsyncInvokeRequest\0"
        /*   3613 */ "GetAsyncInvokeResponse\0"
        /*   3636 */ "GuardrailAction\0"
        /*   3652 */ "NONE\0" "GUARDRAIL_INTERVENED\0"
        /*   3678 */ "GuardrailArn\0"
        /*   3691 */ "GuardrailAssessment\0"
        /*   3711 */ "topicPolicy\0"
        /*   3723 */ "contentPolicy\0"
        /*   3737 */ "wordPolicy\0"
        /*   3748 */ "sensitiveInformationPolicy\0"
        /*   3775 */ "contextualGroundingPolicy\0"
        /*   3801 */ "automatedReasoningPolicy\0"
        /*   3826 */ "invocationMetrics\0"
        /*   3844 */ "appliedGuardrailDetails\0"
        /*   3868 */ "GuardrailAssessmentList\0"
        /*   3892 */ "GuardrailAssessmentListMap\0"
        /*   3919 */ "GuardrailAssessmentMap\0"
        /*   3942 */ "GuardrailAutomatedReasoningDifferenceScenarioList\0"
        /*   3992 */ "GuardrailAutomatedReasoningFinding\0"
        /*   4027 */ "valid\0"
        /*   4033 */ "invalid\0"
        /*   4041 */ "satisfiable\0"
        /*   4053 */ "impossible\0"
        /*   4064 */ "translationAmbiguous\0"
        /*   4085 */ "tooComplex\0"
        /*   4096 */ "noTranslations\0"
        /*   4111 */ "GuardrailAutomatedReasoningFindingList\0"
        /*   4150 */ "GuardrailAutomatedReasoningImpossibleFinding\0"
        /*   4195 */ "translation\0"
        /*   4207 */ "contradictingRules\0"
        /*   4226 */ "logicWarning\0"
        /*   4239 */ "GuardrailAutomatedReasoningInputTextReference\0"
        /*   4285 */ "GuardrailAutomatedReasoningInputTextReferenceList\0"
        /*   4335 */ "GuardrailAutomatedReasoningInvalidFinding\0"
        /*   4377 */ "GuardrailAutomatedReasoningLogicWarning\0"
        /*   4417 */ "premises\0"
        /*   4426 */ "claims\0"
        /*   4433 */ "GuardrailAutomatedReasoningLogicWarningType\0"
        /*   4477 */ "ALWAYS_FALSE\0" "ALWAYS_TRUE\0"
        /*   4502 */ "GuardrailAutomatedReasoningNoTranslationsFinding\0"
        /*   4551 */ "GuardrailAutomatedReasoningPoliciesProcessed\0"
        /*   4596 */ "GuardrailAutomatedReasoningPolicyAssessment\0"
        /*   4640 */ "findings\0"
        /*   4649 */ "GuardrailAutomatedReasoningPolicyUnitsProcessed\0"
        /*   4697 */ "GuardrailAutomatedReasoningPolicyVersionArn\0"
        /*   4741 */ "GuardrailAutomatedReasoningRule\0"
        /*   4773 */ "identifier\0"
        /*   4784 */ "policyVersionArn\0"
        /*   4801 */ "GuardrailAutomatedReasoningRuleList\0"
        /*   4837 */ "GuardrailAutomatedReasoningSatisfiableFinding\0"
        /*   4883 */ "claimsTrueScenario\0"
        /*   4902 */ "claimsFalseScenario\0"
        /*   4922 */ "GuardrailAutomatedReasoningScenario\0"
        /*   4958 */ "statements\0"
        /*   4969 */ "GuardrailAutomatedReasoningStatement\0"
        /*   5006 */ "logic\0"
        /*   5012 */ "naturalLanguage\0"
        /*   5028 */ "GuardrailAutomatedReasoningStatementList\0"
        /*   5069 */ "GuardrailAutomatedReasoningStatementLogicContent\0"
        /*   5118 */ "GuardrailAutomatedReasoningStatementNaturalLanguageContent\0"
        /*   5177 */ "GuardrailAutomatedReasoningTooComplexFinding\0"
        /*   5222 */ "GuardrailAutomatedReasoningTranslation\0"
        /*   5261 */ "untranslatedPremises\0"
        /*   5282 */ "untranslatedClaims\0"
        /*   5301 */ "confidence\0"
        /*   5312 */ "GuardrailAutomatedReasoningTranslationAmbiguousFinding\0"
        /*   5367 */ "options\0"
        /*   5375 */ "differenceScenarios\0"
        /*   5395 */ "GuardrailAutomatedReasoningTranslationConfidence\0"
        /*   5444 */ "GuardrailAutomatedReasoningTranslationList\0"
        /*   5487 */ "GuardrailAutomatedReasoningTranslationOption\0"
        /*   5532 */ "translations\0"
        /*   5545 */ "GuardrailAutomatedReasoningTranslationOptionList\0"
        /*   5594 */ "GuardrailAutomatedReasoningValidFinding\0"
        /*   5634 */ "supportingRules\0"
        /*   5650 */ "GuardrailChecksConfig\0"
        /*   5672 */ "contentFilter\0"
        /*   5686 */ "promptAttack\0"
        /*   5699 */ "sensitiveInformation\0"
        /*   5720 */ "GuardrailChecksContentBlock\0"
        /*   5748 */ "GuardrailChecksContentBlockList\0"
        /*   5780 */ "GuardrailChecksContentFilterCategory\0"
        /*   5817 */ "VIOLENCE\0" "HATE\0" "SEXUAL\0" "MISCONDUCT\0" "INSULTS\0"
        /*   5857 */ "GuardrailChecksContentFilterCategoryConfig\0"
        /*   5900 */ "category\0"
        /*   5909 */ "GuardrailChecksContentFilterCategoryConfigList\0"
        /*   5956 */ "GuardrailChecksContentFilterConfig\0"
        /*   5991 */ "categories\0"
        /*   6002 */ "GuardrailChecksContentFilterResult\0"
        /*   6037 */ "results\0"
        /*   6045 */ "GuardrailChecksContentFilterResultEntry\0"
        /*   6085 */ "severityScore\0"
        /*   6099 */ "GuardrailChecksContentFilterResultEntrySeverityScoreDouble\0"
        /*   6158 */ "GuardrailChecksContentFilterResultList\0"
        /*   6197 */ "GuardrailChecksContentFilterUsage\0"
        /*   6231 */ "textUnits\0"
        /*   6241 */ "GuardrailChecksMessage\0"
        /*   6264 */ "role\0"
        /*   6269 */ "GuardrailChecksMessageList\0"
        /*   6296 */ "GuardrailChecksPromptAttackCategory\0"
        /*   6332 */ "JAILBREAK\0" "PROMPT_INJECTION\0" "PROMPT_LEAKAGE\0"
        /*   6374 */ "GuardrailChecksPromptAttackCategoryConfig\0"
        /*   6416 */ "GuardrailChecksPromptAttackCategoryConfigList\0"
        /*   6462 */ "GuardrailChecksPromptAttackConfig\0"
        /*   6496 */ "GuardrailChecksPromptAttackResult\0"
        /*   6530 */ "GuardrailChecksPromptAttackResultEntry\0"
        /*   6569 */ "GuardrailChecksPromptAttackResultEntrySeverityScoreDouble\0"
        /*   6627 */ "GuardrailChecksPromptAttackResultList\0"
        /*   6665 */ "GuardrailChecksPromptAttackUsage\0"
        /*   6698 */ "GuardrailChecksResults\0"
        /*   6721 */ "GuardrailChecksRole\0"
        /*   6741 */ "GuardrailChecksSensitiveInformationConfig\0"
        /*   6783 */ "entities\0"
        /*   6792 */ "GuardrailChecksSensitiveInformationEntityConfig\0"
        /*   6840 */ "GuardrailChecksSensitiveInformationEntityConfigList\0"
        /*   6892 */ "GuardrailChecksSensitiveInformationEntityType\0"
        /*   6938 */ "ADDRESS\0" "AGE\0" "AWS_ACCESS_KEY\0" "AWS_SECRET_KEY\0" "CA_HEALTH_NUMBER\0" "CA_SOCIAL_INSURANCE_NUMBER\0" "CREDIT_DEBIT_CARD_CVV\0" "CREDIT_DEBIT_CARD_EXPIRY\0" "CREDIT_DEBIT_CARD_NUMBER\0" "DRIVER_ID\0" "EMAIL\0" "INTERNATIONAL_BANK_ACCOUNT_NUMBER\0" "IP_ADDRESS\0" "LICENSE_PLATE\0" "MAC_ADDRESS\0" "NAME\0" "PASSWORD\0" "PHONE\0" "PIN\0" "SWIFT_CODE\0" "UK_NATIONAL_HEALTH_SERVICE_NUMBER\0" "UK_NATIONAL_INSURANCE_NUMBER\0" "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER\0" "URL\0" "USERNAME\0" "US_BANK_ACCOUNT_NUMBER\0" "US_BANK_ROUTING_NUMBER\0" "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER\0" "US_PASSPORT_NUMBER\0" "US_SOCIAL_SECURITY_NUMBER\0" "VEHICLE_IDENTIFICATION_NUMBER\0"
        /*   7491 */ "GuardrailChecksSensitiveInformationResult\0"
        /*   7533 */ "truncated\0"
        /*   7543 */ "GuardrailChecksSensitiveInformationResultEntry\0"
        /*   7590 */ "confidenceScore\0"
        /*   7606 */ "beginOffset\0"
        /*   7618 */ "endOffset\0"
        /*   7628 */ "messageIndex\0"
        /*   7641 */ "contentIndex\0"
        /*   7654 */ "GuardrailChecksSensitiveInformationResultEntryBeginOffsetInteger\0"
        /*   7719 */ "GuardrailChecksSensitiveInformationResultEntryConfidenceScoreDouble\0"
        /*   7787 */ "GuardrailChecksSensitiveInformationResultEntryContentIndexInteger\0"
        /*   7853 */ "GuardrailChecksSensitiveInformationResultEntryEndOffsetInteger\0"
        /*   7916 */ "GuardrailChecksSensitiveInformationResultEntryMessageIndexInteger\0"
        /*   7982 */ "GuardrailChecksSensitiveInformationResultList\0"
        /*   8028 */ "GuardrailChecksSensitiveInformationUsage\0"
        /*   8069 */ "GuardrailChecksTextContent\0"
        /*   8096 */ "GuardrailChecksUsageResults\0"
        /*   8124 */ "GuardrailConfiguration\0"
        /*   8147 */ "GuardrailContentBlock\0"
        /*   8169 */ "GuardrailContentBlockList\0"
        /*   8195 */ "GuardrailContentFilter\0"
        /*   8218 */ "filterStrength\0"
        /*   8233 */ "detected\0"
        /*   8242 */ "GuardrailContentFilterConfidence\0"
        /*   8275 */ "NONE\0" "LOW\0" "MEDIUM\0" "HIGH\0"
        /*   8296 */ "GuardrailContentFilterList\0"
        /*   8323 */ "GuardrailContentFilterStrength\0"
        /*   8354 */ "GuardrailContentFilterType\0"
        /*   8381 */ "INSULTS\0" "HATE\0" "SEXUAL\0" "VIOLENCE\0" "MISCONDUCT\0" "PROMPT_ATTACK\0"
        /*   8435 */ "GuardrailContentPolicyAction\0"
        /*   8464 */ "BLOCKED\0" "NONE\0"
        /*   8477 */ "GuardrailContentPolicyAssessment\0"
        /*   8510 */ "filters\0"
        /*   8518 */ "GuardrailContentPolicyImageUnitsProcessed\0"
        /*   8560 */ "GuardrailContentPolicyUnitsProcessed\0"
        /*   8597 */ "GuardrailContentQualifier\0"
        /*   8623 */ "grounding_source\0" "query\0" "guard_content\0"
        /*   8660 */ "GuardrailContentQualifierList\0"
        /*   8690 */ "GuardrailContentSource\0"
        /*   8713 */ "INPUT\0" "OUTPUT\0"
        /*   8726 */ "GuardrailContextualGroundingFilter\0"
        /*   8761 */ "threshold\0"
        /*   8771 */ "score\0"
        /*   8777 */ "GuardrailContextualGroundingFilterScoreDouble\0"
        /*   8823 */ "GuardrailContextualGroundingFilterThresholdDouble\0"
        /*   8873 */ "GuardrailContextualGroundingFilterType\0"
        /*   8912 */ "GROUNDING\0" "RELEVANCE\0"
        /*   8932 */ "GuardrailContextualGroundingFilters\0"
        /*   8968 */ "GuardrailContextualGroundingPolicyAction\0"
        /*   9009 */ "GuardrailContextualGroundingPolicyAssessment\0"
        /*   9054 */ "GuardrailContextualGroundingPolicyUnitsProcessed\0"
        /*   9103 */ "GuardrailConverseContentBlock\0"
        /*   9133 */ "GuardrailConverseContentQualifier\0"
        /*   9167 */ "GuardrailConverseContentQualifierList\0"
        /*   9205 */ "GuardrailConverseImageBlock\0"
        /*   9233 */ "GuardrailConverseImageFormat\0"
        /*   9262 */ "png\0" "jpeg\0"
        /*   9271 */ "GuardrailConverseImageSource\0"
        /*   9300 */ "GuardrailConverseImageSourceBytesBlob\0"
        /*   9338 */ "GuardrailConverseTextBlock\0"
        /*   9365 */ "qualifiers\0"
        /*   9376 */ "GuardrailCoverage\0"
        /*   9394 */ "textCharacters\0"
        /*   9409 */ "images\0"
        /*   9416 */ "GuardrailCustomWord\0"
        /*   9436 */ "match\0"
        /*   9442 */ "GuardrailCustomWordList\0"
        /*   9466 */ "GuardrailId\0"
        /*   9478 */ "GuardrailIdentifier\0"
        /*   9498 */ "GuardrailImageBlock\0"
        /*   9518 */ "GuardrailImageCoverage\0"
        /*   9541 */ "guarded\0"
        /*   9549 */ "total\0"
        /*   9555 */ "GuardrailImageFormat\0"
        /*   9576 */ "GuardrailImageSource\0"
        /*   9597 */ "GuardrailImageSourceBytesBlob\0"
        /*   9627 */ "GuardrailInvocationMetrics\0"
        /*   9654 */ "guardrailProcessingLatency\0"
        /*   9681 */ "GuardrailManagedWord\0"
        /*   9702 */ "GuardrailManagedWordList\0"
        /*   9727 */ "GuardrailManagedWordType\0"
        /*   9752 */ "PROFANITY\0"
        /*   9762 */ "GuardrailOrigin\0"
        /*   9778 */ "REQUEST\0" "ACCOUNT_ENFORCED\0" "ORGANIZATION_ENFORCED\0"
        /*   9825 */ "GuardrailOriginList\0"
        /*   9845 */ "GuardrailOutputContent\0"
        /*   9868 */ "GuardrailOutputContentList\0"
        /*   9895 */ "GuardrailOutputScope\0"
        /*   9916 */ "INTERVENTIONS\0" "FULL\0"
        /*   9935 */ "GuardrailOutputText\0"
        /*   9955 */ "GuardrailOwnership\0"
        /*   9974 */ "SELF\0" "CROSS_ACCOUNT\0"
        /*   9993 */ "GuardrailPiiEntityFilter\0"
        /*  10018 */ "GuardrailPiiEntityFilterList\0"
        /*  10047 */ "GuardrailPiiEntityType\0"
        /*  10070 */ "GuardrailProcessingLatency\0"
        /*  10097 */ "GuardrailRegexFilter\0"
        /*  10118 */ "regex\0"
        /*  10124 */ "GuardrailRegexFilterList\0"
        /*  10149 */ "GuardrailSensitiveInformationPolicyAction\0"
        /*  10191 */ "ANONYMIZED\0" "BLOCKED\0" "NONE\0"
        /*  10215 */ "GuardrailSensitiveInformationPolicyAssessment\0"
        /*  10261 */ "piiEntities\0"
        /*  10273 */ "regexes\0"
        /*  10281 */ "GuardrailSensitiveInformationPolicyFreeUnitsProcessed\0"
        /*  10335 */ "GuardrailSensitiveInformationPolicyUnitsProcessed\0"
        /*  10385 */ "GuardrailStreamConfiguration\0"
        /*  10414 */ "streamProcessingMode\0"
        /*  10435 */ "GuardrailStreamProcessingMode\0"
        /*  10465 */ "sync\0" "async\0"
        /*  10476 */ "GuardrailTextBlock\0"
        /*  10495 */ "GuardrailTextCharactersCoverage\0"
        /*  10527 */ "GuardrailTopic\0"
        /*  10542 */ "GuardrailTopicList\0"
        /*  10561 */ "GuardrailTopicPolicyAction\0"
        /*  10588 */ "GuardrailTopicPolicyAssessment\0"
        /*  10619 */ "topics\0"
        /*  10626 */ "GuardrailTopicPolicyUnitsProcessed\0"
        /*  10661 */ "GuardrailTopicType\0"
        /*  10680 */ "DENY\0"
        /*  10685 */ "GuardrailTrace\0"
        /*  10700 */ "enabled\0" "disabled\0" "enabled_full\0"
        /*  10730 */ "GuardrailTraceAssessment\0"
        /*  10755 */ "modelOutput\0"
        /*  10767 */ "inputAssessment\0"
        /*  10783 */ "outputAssessments\0"
        /*  10801 */ "GuardrailUsage\0"
        /*  10816 */ "topicPolicyUnits\0"
        /*  10833 */ "contentPolicyUnits\0"
        /*  10852 */ "wordPolicyUnits\0"
        /*  10868 */ "sensitiveInformationPolicyUnits\0"
        /*  10900 */ "sensitiveInformationPolicyFreeUnits\0"
        /*  10936 */ "contextualGroundingPolicyUnits\0"
        /*  10967 */ "contentPolicyImageUnits\0"
        /*  10991 */ "automatedReasoningPolicyUnits\0"
        /*  11021 */ "automatedReasoningPolicies\0"
        /*  11048 */ "GuardrailVersion\0"
        /*  11065 */ "GuardrailWordPolicyAction\0"
        /*  11091 */ "GuardrailWordPolicyAssessment\0"
        /*  11121 */ "customWords\0"
        /*  11133 */ "managedWordLists\0"
        /*  11150 */ "GuardrailWordPolicyUnitsProcessed\0"
        /*  11184 */ "ImageBlock\0"
        /*  11195 */ "ImageBlockDelta\0"
        /*  11211 */ "ImageBlockStart\0"
        /*  11227 */ "ImageFormat\0"
        /*  11239 */ "png\0" "jpeg\0" "gif\0" "webp\0"
        /*  11257 */ "ImageSource\0"
        /*  11269 */ "ImageSourceBytesBlob\0"
        /*  11290 */ "ImagesGuarded\0"
        /*  11304 */ "ImagesTotal\0"
        /*  11316 */ "InferenceConfiguration\0"
        /*  11339 */ "maxTokens\0"
        /*  11349 */ "temperature\0"
        /*  11361 */ "topP\0"
        /*  11366 */ "stopSequences\0"
        /*  11380 */ "InferenceConfigurationMaxTokensInteger\0"
        /*  11419 */ "InferenceConfigurationStopSequencesList\0"
        /*  11459 */ "InferenceConfigurationTemperatureFloat\0"
        /*  11498 */ "InferenceConfigurationTopPFloat\0"
        /*  11530 */ "Integer\0"
        /*  11538 */ "InternalServerException\0"
        /*  11562 */ "InvocationArn\0"
        /*  11576 */ "InvokeGuardrailChecksRequest\0"
        /*  11605 */ "checks\0"
        /*  11612 */ "InvokeGuardrailChecksResponse\0"
        /*  11642 */ "InvokeModelIdentifier\0"
        /*  11664 */ "InvokeModelRequest\0"
        /*  11683 */ "body\0"
        /*  11688 */ "contentType\0" "Content-Type\0"
        /*  11713 */ "accept\0" "Accept\0"
        /*  11727 */ "trace\0" "X-Amzn-Bedrock-Trace\0"
        /*  11754 */ "guardrailIdentifier\0" "X-Amzn-Bedrock-GuardrailIdentifier\0"
        /*  11809 */ "guardrailVersion\0" "X-Amzn-Bedrock-GuardrailVersion\0"
        /*  11858 */ "performanceConfigLatency\0" "X-Amzn-Bedrock-PerformanceConfig-Latency\0"
        /*  11924 */ "serviceTier\0" "X-Amzn-Bedrock-Service-Tier\0"
        /*  11964 */ "requestMetadata\0" "X-Amzn-Bedrock-Request-Metadata\0"
        /*  12012 */ "InvokeModelResponse\0"
        /*  12032 */ "InvokeModelTokensRequest\0"
        /*  12057 */ "InvokeModelWithBidirectionalStreamInput\0"
        /*  12097 */ "chunk\0"
        /*  12103 */ "InvokeModelWithBidirectionalStreamOutput\0"
        /*  12144 */ "modelTimeoutException\0"
        /*  12166 */ "InvokeModelWithBidirectionalStreamRequest\0"
        /*  12208 */ "InvokeModelWithBidirectionalStreamResponse\0"
        /*  12251 */ "InvokeModelWithResponseStreamRequest\0"
        /*  12288 */ "accept\0" "X-Amzn-Bedrock-Accept\0"
        /*  12317 */ "InvokeModelWithResponseStreamResponse\0"
        /*  12355 */ "contentType\0" "X-Amzn-Bedrock-Content-Type\0"
        /*  12395 */ "InvokedModelId\0"
        /*  12410 */ "JsonSchemaDefinition\0"
        /*  12431 */ "schema\0"
        /*  12438 */ "description\0"
        /*  12450 */ "KmsKeyId\0"
        /*  12459 */ "ListAsyncInvokesRequest\0"
        /*  12483 */ "submitTimeAfter\0"
        /*  12499 */ "submitTimeBefore\0"
        /*  12516 */ "statusEquals\0"
        /*  12529 */ "maxResults\0"
        /*  12540 */ "nextToken\0"
        /*  12550 */ "sortBy\0"
        /*  12557 */ "sortOrder\0"
        /*  12567 */ "ListAsyncInvokesResponse\0"
        /*  12592 */ "asyncInvokeSummaries\0"
        /*  12613 */ "Long\0"
        /*  12618 */ "MaxResults\0"
        /*  12629 */ "Message\0"
        /*  12637 */ "MessageStartEvent\0"
        /*  12655 */ "MessageStopEvent\0"
        /*  12672 */ "Messages\0"
        /*  12681 */ "MimeType\0"
        /*  12690 */ "ModelErrorException\0"
        /*  12710 */ "originalStatusCode\0"
        /*  12729 */ "resourceName\0"
        /*  12742 */ "ModelInputPayload\0"
        /*  12760 */ "ModelNotReadyException\0"
        /*  12783 */ "ModelOutputs\0"
        /*  12796 */ "ModelStreamErrorException\0"
        /*  12822 */ "originalMessage\0"
        /*  12838 */ "ModelTimeoutException\0"
        /*  12860 */ "NonBlankString\0"
        /*  12875 */ "NonEmptyString\0"
        /*  12890 */ "NonNegativeInteger\0"
        /*  12909 */ "OutputConfig\0"
        /*  12922 */ "textFormat\0"
        /*  12933 */ "effort\0"
        /*  12940 */ "OutputConfigEffortString\0"
        /*  12965 */ "OutputFormat\0"
        /*  12978 */ "structure\0"
        /*  12988 */ "OutputFormatStructure\0"
        /*  13010 */ "jsonSchema\0"
        /*  13021 */ "OutputFormatType\0"
        /*  13038 */ "json_schema\0"
        /*  13050 */ "PaginationToken\0"
        /*  13066 */ "PartBody\0"
        /*  13075 */ "PayloadPart\0"
        /*  13087 */ "PerformanceConfigLatency\0"
        /*  13112 */ "standard\0" "optimized\0"
        /*  13131 */ "PerformanceConfiguration\0"
        /*  13156 */ "latency\0"
        /*  13164 */ "PromptRouterTrace\0"
        /*  13182 */ "invokedModelId\0"
        /*  13197 */ "PromptVariableMap\0"
        /*  13215 */ "PromptVariableValues\0"
        /*  13236 */ "ReasoningContentBlock\0"
        /*  13258 */ "reasoningText\0"
        /*  13272 */ "redactedContent\0"
        /*  13288 */ "ReasoningContentBlockDelta\0"
        /*  13315 */ "signature\0"
        /*  13325 */ "ReasoningTextBlock\0"
        /*  13344 */ "RequestMetadata\0"
        /*  13360 */ "RequestMetadataJson\0"
        /*  13380 */ "RequestMetadataKeyString\0"
        /*  13405 */ "RequestMetadataValueString\0"
        /*  13432 */ "ResourceNotFoundException\0"
        /*  13458 */ "ResponseStream\0"
        /*  13473 */ "S3Location\0"
        /*  13484 */ "uri\0"
        /*  13488 */ "S3Uri\0"
        /*  13494 */ "SearchResultBlock\0"
        /*  13512 */ "SearchResultContentBlock\0"
        /*  13537 */ "SearchResultContentBlocks\0"
        /*  13563 */ "SearchResultLocation\0"
        /*  13584 */ "searchResultIndex\0"
        /*  13602 */ "SearchResultLocationEndInteger\0"
        /*  13633 */ "SearchResultLocationSearchResultIndexInteger\0"
        /*  13678 */ "SearchResultLocationStartInteger\0"
        /*  13711 */ "ServiceQuotaExceededException\0"
        /*  13741 */ "ServiceTier\0"
        /*  13753 */ "ServiceTierType\0"
        /*  13769 */ "priority\0" "default\0" "flex\0" "reserved\0"
        /*  13800 */ "ServiceUnavailableException\0"
        /*  13828 */ "SortAsyncInvocationBy\0"
        /*  13850 */ "SubmissionTime\0"
        /*  13865 */ "SortOrder\0"
        /*  13875 */ "Ascending\0" "Descending\0"
        /*  13896 */ "SpecificToolChoice\0"
        /*  13915 */ "StartAsyncInvokeRequest\0"
        /*  13939 */ "modelInput\0"
        /*  13950 */ "tags\0"
        /*  13955 */ "StartAsyncInvokeResponse\0"
        /*  13980 */ "StatusCode\0"
        /*  13991 */ "StopReason\0"
        /*  14002 */ "end_turn\0" "tool_use\0" "max_tokens\0" "stop_sequence\0" "guardrail_intervened\0" "content_filtered\0" "malformed_model_output\0" "malformed_tool_use\0" "model_context_window_exceeded\0"
        /*  14155 */ "String\0"
        /*  14162 */ "SystemContentBlock\0"
        /*  14181 */ "SystemContentBlocks\0"
        /*  14201 */ "SystemTool\0"
        /*  14212 */ "Tag\0"
        /*  14216 */ "key\0"
        /*  14220 */ "value\0"
        /*  14226 */ "TagKey\0"
        /*  14233 */ "TagList\0"
        /*  14241 */ "TagValue\0"
        /*  14250 */ "TextCharactersGuarded\0"
        /*  14272 */ "TextCharactersTotal\0"
        /*  14292 */ "ThrottlingException\0"
        /*  14312 */ "Timestamp\0"
        /*  14322 */ "TokenUsage\0"
        /*  14333 */ "outputTokens\0"
        /*  14346 */ "totalTokens\0"
        /*  14358 */ "cacheReadInputTokens\0"
        /*  14379 */ "cacheWriteInputTokens\0"
        /*  14401 */ "cacheDetails\0"
        /*  14414 */ "TokenUsageCacheReadInputTokensInteger\0"
        /*  14452 */ "TokenUsageCacheWriteInputTokensInteger\0"
        /*  14491 */ "TokenUsageInputTokensInteger\0"
        /*  14520 */ "TokenUsageOutputTokensInteger\0"
        /*  14550 */ "TokenUsageTotalTokensInteger\0"
        /*  14579 */ "Tool\0"
        /*  14584 */ "toolSpec\0"
        /*  14593 */ "systemTool\0"
        /*  14604 */ "ToolAdditionBlock\0"
        /*  14622 */ "tool\0"
        /*  14627 */ "ToolChoice\0"
        /*  14638 */ "auto\0"
        /*  14643 */ "any\0"
        /*  14647 */ "ToolConfiguration\0"
        /*  14665 */ "tools\0"
        /*  14671 */ "toolChoice\0"
        /*  14682 */ "ToolConfigurationToolsList\0"
        /*  14709 */ "ToolInputSchema\0"
        /*  14725 */ "json\0"
        /*  14730 */ "ToolName\0"
        /*  14739 */ "ToolReference\0"
        /*  14753 */ "serverName\0"
        /*  14764 */ "ToolReferenceNameString\0"
        /*  14788 */ "ToolReferenceServerNameString\0"
        /*  14818 */ "ToolReferenceTypeString\0"
        /*  14842 */ "ToolRemovalBlock\0"
        /*  14859 */ "ToolResultBlock\0"
        /*  14875 */ "toolUseId\0"
        /*  14885 */ "ToolResultBlockDelta\0"
        /*  14906 */ "ToolResultBlockStart\0"
        /*  14927 */ "ToolResultBlocksDelta\0"
        /*  14949 */ "ToolResultContentBlock\0"
        /*  14972 */ "ToolResultContentBlocks\0"
        /*  14996 */ "ToolResultStatus\0"
        /*  15013 */ "success\0" "error\0"
        /*  15027 */ "ToolSpecification\0"
        /*  15045 */ "inputSchema\0"
        /*  15057 */ "strict\0"
        /*  15064 */ "ToolUseBlock\0"
        /*  15077 */ "ToolUseBlockDelta\0"
        /*  15095 */ "ToolUseBlockStart\0"
        /*  15113 */ "ToolUseId\0"
        /*  15123 */ "ToolUseType\0"
        /*  15135 */ "server_tool_use\0"
        /*  15151 */ "Trace\0"
        /*  15157 */ "ENABLED\0" "DISABLED\0" "ENABLED_FULL\0"
        /*  15187 */ "ValidationException\0"
        /*  15207 */ "VideoBlock\0"
        /*  15218 */ "VideoFormat\0"
        /*  15230 */ "mkv\0" "mov\0" "mp4\0" "webm\0" "flv\0" "mpeg\0" "mpg\0" "wmv\0" "three_gp\0"
        /*  15273 */ "VideoSource\0"
        /*  15285 */ "VideoSourceBytesBlob\0"
        /*  15306 */ "WebLocation\0"
        /*  15318 */ "url\0"
        /*  15322 */ "domain\0"
        /*  15329 */ "ApplyGuardrail\0"
        /*  15344 */ "POST\0"
        /*  15349 */ "/guardrail/{guardrailIdentifier}/version/{guardrailVersion}/apply\0"
        /*  15415 */ "Converse\0"
        /*  15424 */ "/model/{modelId}/converse\0"
        /*  15450 */ "ConverseStream\0"
        /*  15465 */ "/model/{modelId}/converse-stream\0"
        /*  15498 */ "CountTokens\0"
        /*  15510 */ "/model/{modelId}/count-tokens\0"
        /*  15540 */ "GetAsyncInvoke\0"
        /*  15555 */ "GET\0"
        /*  15559 */ "/async-invoke/{invocationArn}\0"
        /*  15589 */ "InvokeGuardrailChecks\0"
        /*  15611 */ "/guardrail-checks/invoke\0"
        /*  15636 */ "InvokeModel\0"
        /*  15648 */ "/model/{modelId}/invoke\0"
        /*  15672 */ "InvokeModelWithBidirectionalStream\0"
        /*  15707 */ "/model/{modelId}/invoke-with-bidirectional-stream\0"
        /*  15757 */ "InvokeModelWithResponseStream\0"
        /*  15787 */ "/model/{modelId}/invoke-with-response-stream\0"
        /*  15832 */ "ListAsyncInvokes\0"
        /*  15849 */ "/async-invoke\0"
        /*  15863 */ "StartAsyncInvoke\0"
        /*  15880 */ "bedrock-runtime\0"
        /*  15896 */ "Bedrock Runtime\0"
        /*  15912 */ "Amazon Bedrock Runtime\0"
        /*  15935 */ "2023-09-30\0"
        /*  15946 */ "bedrock\0"
        /*  15954 */ "BEDROCK_RUNTIME",
};

/* The descriptor programs use (<awsc/bedrock-runtime.h>): the one in the tables. */
const struct awsc_service *awsc_bedrock_runtime_service(void)
{
    return &T.service;
}

enum awsc_bedrock_runtime_async_invoke_status awsc_bedrock_runtime_async_invoke_status_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_async_invoke_status)awsc_enum_parse(&T.strings[517], 3, value);
}

const char *awsc_bedrock_runtime_async_invoke_status_str(enum awsc_bedrock_runtime_async_invoke_status value)
{
    return awsc_enum_str(&T.strings[517], 3, (int)value);
}

enum awsc_bedrock_runtime_audio_format awsc_bedrock_runtime_audio_format_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_audio_format)awsc_enum_parse(&T.strings[738], 15, value);
}

const char *awsc_bedrock_runtime_audio_format_str(enum awsc_bedrock_runtime_audio_format value)
{
    return awsc_enum_str(&T.strings[738], 15, (int)value);
}

enum awsc_bedrock_runtime_cache_point_type awsc_bedrock_runtime_cache_point_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_cache_point_type)awsc_enum_parse(&T.strings[1093], 1, value);
}

const char *awsc_bedrock_runtime_cache_point_type_str(enum awsc_bedrock_runtime_cache_point_type value)
{
    return awsc_enum_str(&T.strings[1093], 1, (int)value);
}

enum awsc_bedrock_runtime_cache_ttl awsc_bedrock_runtime_cache_ttl_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_cache_ttl)awsc_enum_parse(&T.strings[1110], 2, value);
}

const char *awsc_bedrock_runtime_cache_ttl_str(enum awsc_bedrock_runtime_cache_ttl value)
{
    return awsc_enum_str(&T.strings[1110], 2, (int)value);
}

enum awsc_bedrock_runtime_conversation_role awsc_bedrock_runtime_conversation_role_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_conversation_role)awsc_enum_parse(&T.strings[1829], 3, value);
}

const char *awsc_bedrock_runtime_conversation_role_str(enum awsc_bedrock_runtime_conversation_role value)
{
    return awsc_enum_str(&T.strings[1829], 3, (int)value);
}

enum awsc_bedrock_runtime_document_format awsc_bedrock_runtime_document_format_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_document_format)awsc_enum_parse(&T.strings[3344], 9, value);
}

const char *awsc_bedrock_runtime_document_format_str(enum awsc_bedrock_runtime_document_format value)
{
    return awsc_enum_str(&T.strings[3344], 9, (int)value);
}

enum awsc_bedrock_runtime_guardrail_action awsc_bedrock_runtime_guardrail_action_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_action)awsc_enum_parse(&T.strings[3652], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_action_str(enum awsc_bedrock_runtime_guardrail_action value)
{
    return awsc_enum_str(&T.strings[3652], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning_type awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning_type)awsc_enum_parse(&T.strings[4477], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning_type_str(enum awsc_bedrock_runtime_guardrail_automated_reasoning_logic_warning_type value)
{
    return awsc_enum_str(&T.strings[4477], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_checks_content_filter_category awsc_bedrock_runtime_guardrail_checks_content_filter_category_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_checks_content_filter_category)awsc_enum_parse(&T.strings[5817], 5, value);
}

const char *awsc_bedrock_runtime_guardrail_checks_content_filter_category_str(enum awsc_bedrock_runtime_guardrail_checks_content_filter_category value)
{
    return awsc_enum_str(&T.strings[5817], 5, (int)value);
}

enum awsc_bedrock_runtime_guardrail_checks_prompt_attack_category awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_checks_prompt_attack_category)awsc_enum_parse(&T.strings[6332], 3, value);
}

const char *awsc_bedrock_runtime_guardrail_checks_prompt_attack_category_str(enum awsc_bedrock_runtime_guardrail_checks_prompt_attack_category value)
{
    return awsc_enum_str(&T.strings[6332], 3, (int)value);
}

enum awsc_bedrock_runtime_guardrail_checks_role awsc_bedrock_runtime_guardrail_checks_role_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_checks_role)awsc_enum_parse(&T.strings[1829], 3, value);
}

const char *awsc_bedrock_runtime_guardrail_checks_role_str(enum awsc_bedrock_runtime_guardrail_checks_role value)
{
    return awsc_enum_str(&T.strings[1829], 3, (int)value);
}

enum awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_type awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_type)awsc_enum_parse(&T.strings[6938], 31, value);
}

const char *awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_type_str(enum awsc_bedrock_runtime_guardrail_checks_sensitive_information_entity_type value)
{
    return awsc_enum_str(&T.strings[6938], 31, (int)value);
}

enum awsc_bedrock_runtime_guardrail_content_filter_confidence awsc_bedrock_runtime_guardrail_content_filter_confidence_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_content_filter_confidence)awsc_enum_parse(&T.strings[8275], 4, value);
}

const char *awsc_bedrock_runtime_guardrail_content_filter_confidence_str(enum awsc_bedrock_runtime_guardrail_content_filter_confidence value)
{
    return awsc_enum_str(&T.strings[8275], 4, (int)value);
}

enum awsc_bedrock_runtime_guardrail_content_filter_strength awsc_bedrock_runtime_guardrail_content_filter_strength_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_content_filter_strength)awsc_enum_parse(&T.strings[8275], 4, value);
}

const char *awsc_bedrock_runtime_guardrail_content_filter_strength_str(enum awsc_bedrock_runtime_guardrail_content_filter_strength value)
{
    return awsc_enum_str(&T.strings[8275], 4, (int)value);
}

enum awsc_bedrock_runtime_guardrail_content_filter_type awsc_bedrock_runtime_guardrail_content_filter_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_content_filter_type)awsc_enum_parse(&T.strings[8381], 6, value);
}

const char *awsc_bedrock_runtime_guardrail_content_filter_type_str(enum awsc_bedrock_runtime_guardrail_content_filter_type value)
{
    return awsc_enum_str(&T.strings[8381], 6, (int)value);
}

enum awsc_bedrock_runtime_guardrail_content_policy_action awsc_bedrock_runtime_guardrail_content_policy_action_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_content_policy_action)awsc_enum_parse(&T.strings[8464], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_content_policy_action_str(enum awsc_bedrock_runtime_guardrail_content_policy_action value)
{
    return awsc_enum_str(&T.strings[8464], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_content_qualifier awsc_bedrock_runtime_guardrail_content_qualifier_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_content_qualifier)awsc_enum_parse(&T.strings[8623], 3, value);
}

const char *awsc_bedrock_runtime_guardrail_content_qualifier_str(enum awsc_bedrock_runtime_guardrail_content_qualifier value)
{
    return awsc_enum_str(&T.strings[8623], 3, (int)value);
}

enum awsc_bedrock_runtime_guardrail_content_source awsc_bedrock_runtime_guardrail_content_source_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_content_source)awsc_enum_parse(&T.strings[8713], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_content_source_str(enum awsc_bedrock_runtime_guardrail_content_source value)
{
    return awsc_enum_str(&T.strings[8713], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_contextual_grounding_filter_type awsc_bedrock_runtime_guardrail_contextual_grounding_filter_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_contextual_grounding_filter_type)awsc_enum_parse(&T.strings[8912], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_contextual_grounding_filter_type_str(enum awsc_bedrock_runtime_guardrail_contextual_grounding_filter_type value)
{
    return awsc_enum_str(&T.strings[8912], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_contextual_grounding_policy_action awsc_bedrock_runtime_guardrail_contextual_grounding_policy_action_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_contextual_grounding_policy_action)awsc_enum_parse(&T.strings[8464], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_contextual_grounding_policy_action_str(enum awsc_bedrock_runtime_guardrail_contextual_grounding_policy_action value)
{
    return awsc_enum_str(&T.strings[8464], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_converse_content_qualifier awsc_bedrock_runtime_guardrail_converse_content_qualifier_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_converse_content_qualifier)awsc_enum_parse(&T.strings[8623], 3, value);
}

const char *awsc_bedrock_runtime_guardrail_converse_content_qualifier_str(enum awsc_bedrock_runtime_guardrail_converse_content_qualifier value)
{
    return awsc_enum_str(&T.strings[8623], 3, (int)value);
}

enum awsc_bedrock_runtime_guardrail_converse_image_format awsc_bedrock_runtime_guardrail_converse_image_format_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_converse_image_format)awsc_enum_parse(&T.strings[9262], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_converse_image_format_str(enum awsc_bedrock_runtime_guardrail_converse_image_format value)
{
    return awsc_enum_str(&T.strings[9262], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_image_format awsc_bedrock_runtime_guardrail_image_format_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_image_format)awsc_enum_parse(&T.strings[9262], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_image_format_str(enum awsc_bedrock_runtime_guardrail_image_format value)
{
    return awsc_enum_str(&T.strings[9262], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_managed_word_type awsc_bedrock_runtime_guardrail_managed_word_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_managed_word_type)awsc_enum_parse(&T.strings[9752], 1, value);
}

const char *awsc_bedrock_runtime_guardrail_managed_word_type_str(enum awsc_bedrock_runtime_guardrail_managed_word_type value)
{
    return awsc_enum_str(&T.strings[9752], 1, (int)value);
}

enum awsc_bedrock_runtime_guardrail_origin awsc_bedrock_runtime_guardrail_origin_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_origin)awsc_enum_parse(&T.strings[9778], 3, value);
}

const char *awsc_bedrock_runtime_guardrail_origin_str(enum awsc_bedrock_runtime_guardrail_origin value)
{
    return awsc_enum_str(&T.strings[9778], 3, (int)value);
}

enum awsc_bedrock_runtime_guardrail_output_scope awsc_bedrock_runtime_guardrail_output_scope_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_output_scope)awsc_enum_parse(&T.strings[9916], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_output_scope_str(enum awsc_bedrock_runtime_guardrail_output_scope value)
{
    return awsc_enum_str(&T.strings[9916], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_ownership awsc_bedrock_runtime_guardrail_ownership_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_ownership)awsc_enum_parse(&T.strings[9974], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_ownership_str(enum awsc_bedrock_runtime_guardrail_ownership value)
{
    return awsc_enum_str(&T.strings[9974], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_pii_entity_type awsc_bedrock_runtime_guardrail_pii_entity_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_pii_entity_type)awsc_enum_parse(&T.strings[6938], 31, value);
}

const char *awsc_bedrock_runtime_guardrail_pii_entity_type_str(enum awsc_bedrock_runtime_guardrail_pii_entity_type value)
{
    return awsc_enum_str(&T.strings[6938], 31, (int)value);
}

enum awsc_bedrock_runtime_guardrail_sensitive_information_policy_action awsc_bedrock_runtime_guardrail_sensitive_information_policy_action_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_sensitive_information_policy_action)awsc_enum_parse(&T.strings[10191], 3, value);
}

const char *awsc_bedrock_runtime_guardrail_sensitive_information_policy_action_str(enum awsc_bedrock_runtime_guardrail_sensitive_information_policy_action value)
{
    return awsc_enum_str(&T.strings[10191], 3, (int)value);
}

enum awsc_bedrock_runtime_guardrail_stream_processing_mode awsc_bedrock_runtime_guardrail_stream_processing_mode_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_stream_processing_mode)awsc_enum_parse(&T.strings[10465], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_stream_processing_mode_str(enum awsc_bedrock_runtime_guardrail_stream_processing_mode value)
{
    return awsc_enum_str(&T.strings[10465], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_topic_policy_action awsc_bedrock_runtime_guardrail_topic_policy_action_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_topic_policy_action)awsc_enum_parse(&T.strings[8464], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_topic_policy_action_str(enum awsc_bedrock_runtime_guardrail_topic_policy_action value)
{
    return awsc_enum_str(&T.strings[8464], 2, (int)value);
}

enum awsc_bedrock_runtime_guardrail_topic_type awsc_bedrock_runtime_guardrail_topic_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_topic_type)awsc_enum_parse(&T.strings[10680], 1, value);
}

const char *awsc_bedrock_runtime_guardrail_topic_type_str(enum awsc_bedrock_runtime_guardrail_topic_type value)
{
    return awsc_enum_str(&T.strings[10680], 1, (int)value);
}

enum awsc_bedrock_runtime_guardrail_trace awsc_bedrock_runtime_guardrail_trace_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_trace)awsc_enum_parse(&T.strings[10700], 3, value);
}

const char *awsc_bedrock_runtime_guardrail_trace_str(enum awsc_bedrock_runtime_guardrail_trace value)
{
    return awsc_enum_str(&T.strings[10700], 3, (int)value);
}

enum awsc_bedrock_runtime_guardrail_word_policy_action awsc_bedrock_runtime_guardrail_word_policy_action_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_guardrail_word_policy_action)awsc_enum_parse(&T.strings[8464], 2, value);
}

const char *awsc_bedrock_runtime_guardrail_word_policy_action_str(enum awsc_bedrock_runtime_guardrail_word_policy_action value)
{
    return awsc_enum_str(&T.strings[8464], 2, (int)value);
}

enum awsc_bedrock_runtime_image_format awsc_bedrock_runtime_image_format_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_image_format)awsc_enum_parse(&T.strings[11239], 4, value);
}

const char *awsc_bedrock_runtime_image_format_str(enum awsc_bedrock_runtime_image_format value)
{
    return awsc_enum_str(&T.strings[11239], 4, (int)value);
}

enum awsc_bedrock_runtime_output_format_type awsc_bedrock_runtime_output_format_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_output_format_type)awsc_enum_parse(&T.strings[13038], 1, value);
}

const char *awsc_bedrock_runtime_output_format_type_str(enum awsc_bedrock_runtime_output_format_type value)
{
    return awsc_enum_str(&T.strings[13038], 1, (int)value);
}

enum awsc_bedrock_runtime_performance_config_latency awsc_bedrock_runtime_performance_config_latency_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_performance_config_latency)awsc_enum_parse(&T.strings[13112], 2, value);
}

const char *awsc_bedrock_runtime_performance_config_latency_str(enum awsc_bedrock_runtime_performance_config_latency value)
{
    return awsc_enum_str(&T.strings[13112], 2, (int)value);
}

enum awsc_bedrock_runtime_service_tier_type awsc_bedrock_runtime_service_tier_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_service_tier_type)awsc_enum_parse(&T.strings[13769], 4, value);
}

const char *awsc_bedrock_runtime_service_tier_type_str(enum awsc_bedrock_runtime_service_tier_type value)
{
    return awsc_enum_str(&T.strings[13769], 4, (int)value);
}

enum awsc_bedrock_runtime_sort_async_invocation_by awsc_bedrock_runtime_sort_async_invocation_by_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_sort_async_invocation_by)awsc_enum_parse(&T.strings[13850], 1, value);
}

const char *awsc_bedrock_runtime_sort_async_invocation_by_str(enum awsc_bedrock_runtime_sort_async_invocation_by value)
{
    return awsc_enum_str(&T.strings[13850], 1, (int)value);
}

enum awsc_bedrock_runtime_sort_order awsc_bedrock_runtime_sort_order_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_sort_order)awsc_enum_parse(&T.strings[13875], 2, value);
}

const char *awsc_bedrock_runtime_sort_order_str(enum awsc_bedrock_runtime_sort_order value)
{
    return awsc_enum_str(&T.strings[13875], 2, (int)value);
}

enum awsc_bedrock_runtime_stop_reason awsc_bedrock_runtime_stop_reason_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_stop_reason)awsc_enum_parse(&T.strings[14002], 9, value);
}

const char *awsc_bedrock_runtime_stop_reason_str(enum awsc_bedrock_runtime_stop_reason value)
{
    return awsc_enum_str(&T.strings[14002], 9, (int)value);
}

enum awsc_bedrock_runtime_tool_result_status awsc_bedrock_runtime_tool_result_status_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_tool_result_status)awsc_enum_parse(&T.strings[15013], 2, value);
}

const char *awsc_bedrock_runtime_tool_result_status_str(enum awsc_bedrock_runtime_tool_result_status value)
{
    return awsc_enum_str(&T.strings[15013], 2, (int)value);
}

enum awsc_bedrock_runtime_tool_use_type awsc_bedrock_runtime_tool_use_type_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_tool_use_type)awsc_enum_parse(&T.strings[15135], 1, value);
}

const char *awsc_bedrock_runtime_tool_use_type_str(enum awsc_bedrock_runtime_tool_use_type value)
{
    return awsc_enum_str(&T.strings[15135], 1, (int)value);
}

enum awsc_bedrock_runtime_trace awsc_bedrock_runtime_trace_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_trace)awsc_enum_parse(&T.strings[15157], 3, value);
}

const char *awsc_bedrock_runtime_trace_str(enum awsc_bedrock_runtime_trace value)
{
    return awsc_enum_str(&T.strings[15157], 3, (int)value);
}

enum awsc_bedrock_runtime_video_format awsc_bedrock_runtime_video_format_parse(const char *value)
{
    return (enum awsc_bedrock_runtime_video_format)awsc_enum_parse(&T.strings[15230], 9, value);
}

const char *awsc_bedrock_runtime_video_format_str(enum awsc_bedrock_runtime_video_format value)
{
    return awsc_enum_str(&T.strings[15230], 9, (int)value);
}

#undef PREF
#undef PAGERS
#undef RULES_REF
#undef RULES
#undef REF
#undef T
