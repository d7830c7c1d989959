/*
 * lambda_tables.c - the service descriptor, operations and shapes of
 * Lambda.
 * Generated from the service model by awsc's generator; do not edit.
 * Offsets and sizes come from the C compiler (offsetof, sizeof).
 */
#include <stddef.h>

#include <awsc/lambda.h>
#include <awsc/endpoint.h>
#include <awsc/paginate.h>
#include <awsc/shape.h>

/* List and map types all share the layouts of awsc_list_view and
 * awsc_map_view, which the codecs rely on. */
_Static_assert(offsetof(struct awsc_lambda_alias_list, count) == offsetof(struct awsc_list_view, count), "AliasList");
_Static_assert(offsetof(struct awsc_lambda_architectures_list, count) == offsetof(struct awsc_list_view, count), "ArchitecturesList");
_Static_assert(offsetof(struct awsc_lambda_capacity_provider_scaling_policies_list, count) == offsetof(struct awsc_list_view, count), "CapacityProviderScalingPoliciesList");
_Static_assert(offsetof(struct awsc_lambda_capacity_providers_list, count) == offsetof(struct awsc_list_view, count), "CapacityProvidersList");
_Static_assert(offsetof(struct awsc_lambda_code_signing_config_list, count) == offsetof(struct awsc_list_view, count), "CodeSigningConfigList");
_Static_assert(offsetof(struct awsc_lambda_durable_executions, count) == offsetof(struct awsc_list_view, count), "DurableExecutions");
_Static_assert(offsetof(struct awsc_lambda_event_source_mappings_list, count) == offsetof(struct awsc_list_view, count), "EventSourceMappingsList");
_Static_assert(offsetof(struct awsc_lambda_events, count) == offsetof(struct awsc_list_view, count), "Events");
_Static_assert(offsetof(struct awsc_lambda_file_system_config_list, count) == offsetof(struct awsc_list_view, count), "FileSystemConfigList");
_Static_assert(offsetof(struct awsc_lambda_filter_list, count) == offsetof(struct awsc_list_view, count), "FilterList");
_Static_assert(offsetof(struct awsc_lambda_function_event_invoke_config_list, count) == offsetof(struct awsc_list_view, count), "FunctionEventInvokeConfigList");
_Static_assert(offsetof(struct awsc_lambda_function_list, count) == offsetof(struct awsc_list_view, count), "FunctionList");
_Static_assert(offsetof(struct awsc_lambda_function_url_config_list, count) == offsetof(struct awsc_list_view, count), "FunctionUrlConfigList");
_Static_assert(offsetof(struct awsc_lambda_function_versions_by_capacity_provider_list, count) == offsetof(struct awsc_list_view, count), "FunctionVersionsByCapacityProviderList");
_Static_assert(offsetof(struct awsc_lambda_kafka_schema_registry_access_config_list, count) == offsetof(struct awsc_list_view, count), "KafkaSchemaRegistryAccessConfigList");
_Static_assert(offsetof(struct awsc_lambda_kafka_schema_validation_config_list, count) == offsetof(struct awsc_list_view, count), "KafkaSchemaValidationConfigList");
_Static_assert(offsetof(struct awsc_lambda_layer_versions_list, count) == offsetof(struct awsc_list_view, count), "LayerVersionsList");
_Static_assert(offsetof(struct awsc_lambda_layers_list, count) == offsetof(struct awsc_list_view, count), "LayersList");
_Static_assert(offsetof(struct awsc_lambda_layers_reference_list, count) == offsetof(struct awsc_list_view, count), "LayersReferenceList");
_Static_assert(offsetof(struct awsc_lambda_operation_updates, count) == offsetof(struct awsc_list_view, count), "OperationUpdates");
_Static_assert(offsetof(struct awsc_lambda_operations, count) == offsetof(struct awsc_list_view, count), "Operations");
_Static_assert(offsetof(struct awsc_lambda_provisioned_concurrency_config_list, count) == offsetof(struct awsc_list_view, count), "ProvisionedConcurrencyConfigList");
_Static_assert(offsetof(struct awsc_lambda_source_access_configurations, count) == offsetof(struct awsc_list_view, count), "SourceAccessConfigurations");
_Static_assert(offsetof(struct awsc_lambda_additional_version_weights, count) == offsetof(struct awsc_map_view, count), "AdditionalVersionWeights");
_Static_assert(offsetof(struct awsc_lambda_endpoints, count) == offsetof(struct awsc_map_view, count), "Endpoints");
_Static_assert(offsetof(struct awsc_lambda_propagate_tags_explicit_tags_map, count) == offsetof(struct awsc_map_view, count), "PropagateTagsExplicitTagsMap");

/*
 * The tables: the service, its operations and every shape, member and
 * name of Lambda in one object, so that each refers to another by its
 * distance from it (awsc_ref, in <awsc/shape.h>): plain read-only data,
 * with no relocation at load time. REF(field, target) is the reference
 * stored at field that names target.
 */
#define T awsc__lambda_tables
#define REF(field, target) AWSC_REF(T.field, T.target)
/* The strings are one literal; it passes the 4095 characters ISO C
 * requires compilers to take (GCC and Clang take any length). */
#pragma GCC diagnostic ignored "-Woverlength-strings"
#ifndef AWSC__LAMBDA_TABLES
#define AWSC__LAMBDA_TABLES

/* The endpoint rule set of lambda: a part of the service's tables. */
struct awsc__lambda_rules {
    struct awsc_ruleset ruleset;
    struct awsc_ep_param params[4];
    uint16_t slots[5];
    struct awsc_ep_rule rules[20];
    struct awsc_ep_expr exprs[32];
    uint16_t args[36];
    struct awsc_ep_endpoint endpoints[5];
    char strings[469];
};
/* The service, its operations and every shape, member and name of
 * Lambda, in one object. */
struct awsc__lambda_tables {
    struct awsc_service service;
    struct awsc_operation operations[85];
    awsc_ref op_errors[521];
    awsc_ref service_errors[56];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__lambda_pagers pagers; /* <awsc/lambda.h> */
#endif
    struct awsc__lambda_rules rules;
    struct awsc_shape shapes[579];
    struct awsc_member members[1040];
    uint16_t by_wire_name[1040];
    struct awsc_range ranges[156];
    char strings[24273];
};
extern const struct awsc__lambda_tables awsc__lambda_tables AWSC__HIDDEN;
#endif
/* RULES_REF(field, target): a reference inside the endpoint rule set's
 * part of the tables. */
#define RULES T.rules
#define RULES_REF(field, target) AWSC_REF(RULES.field, RULES.target)
/* PREF(field, target): a reference inside the paginators' and waiters'
 * part of the tables. */
#define PAGERS T.pagers
#define PREF(field, target) AWSC_REF(PAGERS.field, PAGERS.target)

const struct awsc__lambda_tables T = {
    .service = {
        .name_ref = REF(service.name_ref, strings[24230]),
        .service_id_ref = REF(service.service_id_ref, strings[24237]),
        .full_name_ref = REF(service.full_name_ref, strings[24244]),
        .api_version_ref = REF(service.api_version_ref, strings[24255]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[24230]),
        .signing_name_ref = REF(service.signing_name_ref, strings[24230]),
        .env_name_ref = REF(service.env_name_ref, strings[24266]),
        .operations_ref = REF(service.operations_ref, operations[0]),
        .errors_ref = REF(service.errors_ref, service_errors[0]),
        .protocol = AWSC_PROTO_REST_JSON,
        .operation_count = 85,
        .error_count = 56,
#if AWSC_WITH_PAGINATORS
        .paginator_count = 16,
#endif
#if AWSC_WITH_WAITERS
        .waiter_count = 6,
#endif
        .ruleset_ref = REF(service.ruleset_ref, rules.ruleset),
#if AWSC_WITH_PAGINATORS
        .paginators_ref = REF(service.paginators_ref, pagers.paginators[0]),
#endif
#if AWSC_WITH_WAITERS
        .waiters_ref = REF(service.waiters_ref, pagers.waiters[0]),
#endif
    },
    /* sorted by name */
    .operations = {
        [0] = { /* AddLayerVersionPermission */
            .name_ref = REF(operations[0].name_ref, strings[19763]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[19789]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[19794]),
            .input_ref = REF(operations[0].input_ref, shapes[3]),
            .output_ref = REF(operations[0].output_ref, shapes[4]),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
        },
        [1] = { /* AddPermission */
            .name_ref = REF(operations[1].name_ref, strings[19857]),
            .http_method_ref = REF(operations[1].http_method_ref, strings[19789]),
            .request_uri_ref = REF(operations[1].request_uri_ref, strings[19871]),
            .input_ref = REF(operations[1].input_ref, shapes[5]),
            .output_ref = REF(operations[1].output_ref, shapes[6]),
            .errors_ref = REF(operations[1].errors_ref, op_errors[7]),
            .service_ref = REF(operations[1].service_ref, service),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
        },
        [2] = { /* CheckpointDurableExecution */
            .name_ref = REF(operations[2].name_ref, strings[19915]),
            .http_method_ref = REF(operations[2].http_method_ref, strings[19789]),
            .request_uri_ref = REF(operations[2].request_uri_ref, strings[19942]),
            .input_ref = REF(operations[2].input_ref, shapes[65]),
            .output_ref = REF(operations[2].output_ref, shapes[66]),
            .errors_ref = REF(operations[2].errors_ref, op_errors[15]),
            .service_ref = REF(operations[2].service_ref, service),
            .error_count = 7,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [3] = { /* CreateAlias */
            .name_ref = REF(operations[3].name_ref, strings[20006]),
            .http_method_ref = REF(operations[3].http_method_ref, strings[19789]),
            .request_uri_ref = REF(operations[3].request_uri_ref, strings[20018]),
            .input_ref = REF(operations[3].input_ref, shapes[92]),
            .output_ref = REF(operations[3].output_ref, shapes[10]),
            .errors_ref = REF(operations[3].errors_ref, op_errors[22]),
            .service_ref = REF(operations[3].service_ref, service),
            .error_count = 6,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [4] = { /* CreateCapacityProvider */
            .name_ref = REF(operations[4].name_ref, strings[20063]),
            .http_method_ref = REF(operations[4].http_method_ref, strings[19789]),
            .request_uri_ref = REF(operations[4].request_uri_ref, strings[20086]),
            .input_ref = REF(operations[4].input_ref, shapes[93]),
            .output_ref = REF(operations[4].output_ref, shapes[94]),
            .errors_ref = REF(operations[4].errors_ref, op_errors[28]),
            .service_ref = REF(operations[4].service_ref, service),
            .error_count = 5,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [5] = { /* CreateCodeSigningConfig */
            .name_ref = REF(operations[5].name_ref, strings[20117]),
            .http_method_ref = REF(operations[5].http_method_ref, strings[19789]),
            .request_uri_ref = REF(operations[5].request_uri_ref, strings[20141]),
            .input_ref = REF(operations[5].input_ref, shapes[95]),
            .output_ref = REF(operations[5].output_ref, shapes[96]),
            .errors_ref = REF(operations[5].errors_ref, op_errors[33]),
            .service_ref = REF(operations[5].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [6] = { /* CreateEventSourceMapping */
            .name_ref = REF(operations[6].name_ref, strings[20174]),
            .http_method_ref = REF(operations[6].http_method_ref, strings[19789]),
            .request_uri_ref = REF(operations[6].request_uri_ref, strings[20199]),
            .input_ref = REF(operations[6].input_ref, shapes[97]),
            .output_ref = REF(operations[6].output_ref, shapes[160]),
            .errors_ref = REF(operations[6].errors_ref, op_errors[35]),
            .service_ref = REF(operations[6].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [7] = { /* CreateFunction */
            .name_ref = REF(operations[7].name_ref, strings[20233]),
            .http_method_ref = REF(operations[7].http_method_ref, strings[19789]),
            .request_uri_ref = REF(operations[7].request_uri_ref, strings[20248]),
            .input_ref = REF(operations[7].input_ref, shapes[98]),
            .output_ref = REF(operations[7].output_ref, shapes[199]),
            .errors_ref = REF(operations[7].errors_ref, op_errors[40]),
            .service_ref = REF(operations[7].service_ref, service),
            .error_count = 10,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [8] = { /* CreateFunctionUrlConfig */
            .name_ref = REF(operations[8].name_ref, strings[20270]),
            .http_method_ref = REF(operations[8].http_method_ref, strings[19789]),
            .request_uri_ref = REF(operations[8].request_uri_ref, strings[20294]),
            .input_ref = REF(operations[8].input_ref, shapes[99]),
            .output_ref = REF(operations[8].output_ref, shapes[100]),
            .errors_ref = REF(operations[8].errors_ref, op_errors[50]),
            .service_ref = REF(operations[8].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [9] = { /* DeleteAlias */
            .name_ref = REF(operations[9].name_ref, strings[20335]),
            .http_method_ref = REF(operations[9].http_method_ref, strings[20347]),
            .request_uri_ref = REF(operations[9].request_uri_ref, strings[20354]),
            .input_ref = REF(operations[9].input_ref, shapes[104]),
            .errors_ref = REF(operations[9].errors_ref, op_errors[55]),
            .service_ref = REF(operations[9].service_ref, service),
            .error_count = 5,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [10] = { /* DeleteCapacityProvider */
            .name_ref = REF(operations[10].name_ref, strings[20406]),
            .http_method_ref = REF(operations[10].http_method_ref, strings[20347]),
            .request_uri_ref = REF(operations[10].request_uri_ref, strings[20429]),
            .input_ref = REF(operations[10].input_ref, shapes[105]),
            .output_ref = REF(operations[10].output_ref, shapes[106]),
            .errors_ref = REF(operations[10].errors_ref, op_errors[60]),
            .service_ref = REF(operations[10].service_ref, service),
            .error_count = 5,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [11] = { /* DeleteCodeSigningConfig */
            .name_ref = REF(operations[11].name_ref, strings[20483]),
            .http_method_ref = REF(operations[11].http_method_ref, strings[20347]),
            .request_uri_ref = REF(operations[11].request_uri_ref, strings[20507]),
            .input_ref = REF(operations[11].input_ref, shapes[107]),
            .output_ref = REF(operations[11].output_ref, shapes[108]),
            .errors_ref = REF(operations[11].errors_ref, op_errors[65]),
            .service_ref = REF(operations[11].service_ref, service),
            .error_count = 4,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [12] = { /* DeleteEventSourceMapping */
            .name_ref = REF(operations[12].name_ref, strings[20563]),
            .http_method_ref = REF(operations[12].http_method_ref, strings[20347]),
            .request_uri_ref = REF(operations[12].request_uri_ref, strings[20588]),
            .input_ref = REF(operations[12].input_ref, shapes[109]),
            .output_ref = REF(operations[12].output_ref, shapes[160]),
            .errors_ref = REF(operations[12].errors_ref, op_errors[69]),
            .service_ref = REF(operations[12].service_ref, service),
            .error_count = 6,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [13] = { /* DeleteFunction */
            .name_ref = REF(operations[13].name_ref, strings[20629]),
            .http_method_ref = REF(operations[13].http_method_ref, strings[20347]),
            .request_uri_ref = REF(operations[13].request_uri_ref, strings[20644]),
            .input_ref = REF(operations[13].input_ref, shapes[113]),
            .output_ref = REF(operations[13].output_ref, shapes[114]),
            .errors_ref = REF(operations[13].errors_ref, op_errors[75]),
            .service_ref = REF(operations[13].service_ref, service),
            .error_count = 5,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [14] = { /* DeleteFunctionCodeSigningConfig */
            .name_ref = REF(operations[14].name_ref, strings[20681]),
            .http_method_ref = REF(operations[14].http_method_ref, strings[20347]),
            .request_uri_ref = REF(operations[14].request_uri_ref, strings[20713]),
            .input_ref = REF(operations[14].input_ref, shapes[110]),
            .errors_ref = REF(operations[14].errors_ref, op_errors[80]),
            .service_ref = REF(operations[14].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [15] = { /* DeleteFunctionConcurrency */
            .name_ref = REF(operations[15].name_ref, strings[20770]),
            .http_method_ref = REF(operations[15].http_method_ref, strings[20347]),
            .request_uri_ref = REF(operations[15].request_uri_ref, strings[20796]),
            .input_ref = REF(operations[15].input_ref, shapes[111]),
            .errors_ref = REF(operations[15].errors_ref, op_errors[86]),
            .service_ref = REF(operations[15].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [16] = { /* DeleteFunctionEventInvokeConfig */
            .name_ref = REF(operations[16].name_ref, strings[20845]),
            .http_method_ref = REF(operations[16].http_method_ref, strings[20347]),
            .request_uri_ref = REF(operations[16].request_uri_ref, strings[20877]),
            .input_ref = REF(operations[16].input_ref, shapes[112]),
            .errors_ref = REF(operations[16].errors_ref, op_errors[91]),
            .service_ref = REF(operations[16].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [17] = { /* DeleteFunctionUrlConfig */
            .name_ref = REF(operations[17].name_ref, strings[20934]),
            .http_method_ref = REF(operations[17].http_method_ref, strings[20347]),
            .request_uri_ref = REF(operations[17].request_uri_ref, strings[20294]),
            .input_ref = REF(operations[17].input_ref, shapes[115]),
            .errors_ref = REF(operations[17].errors_ref, op_errors[96]),
            .service_ref = REF(operations[17].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [18] = { /* DeleteLayerVersion */
            .name_ref = REF(operations[18].name_ref, strings[20958]),
            .http_method_ref = REF(operations[18].http_method_ref, strings[20347]),
            .request_uri_ref = REF(operations[18].request_uri_ref, strings[20977]),
            .input_ref = REF(operations[18].input_ref, shapes[116]),
            .errors_ref = REF(operations[18].errors_ref, op_errors[101]),
            .service_ref = REF(operations[18].service_ref, service),
            .error_count = 4,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [19] = { /* DeleteProvisionedConcurrencyConfig */
            .name_ref = REF(operations[19].name_ref, strings[21033]),
            .http_method_ref = REF(operations[19].http_method_ref, strings[20347]),
            .request_uri_ref = REF(operations[19].request_uri_ref, strings[21068]),
            .input_ref = REF(operations[19].input_ref, shapes[117]),
            .errors_ref = REF(operations[19].errors_ref, op_errors[105]),
            .service_ref = REF(operations[19].service_ref, service),
            .error_count = 5,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [20] = { /* GetAccountSettings */
            .name_ref = REF(operations[20].name_ref, strings[21129]),
            .http_method_ref = REF(operations[20].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[20].request_uri_ref, strings[21152]),
            .input_ref = REF(operations[20].input_ref, shapes[219]),
            .output_ref = REF(operations[20].output_ref, shapes[220]),
            .errors_ref = REF(operations[20].errors_ref, op_errors[110]),
            .service_ref = REF(operations[20].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [21] = { /* GetAlias */
            .name_ref = REF(operations[21].name_ref, strings[21181]),
            .http_method_ref = REF(operations[21].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[21].request_uri_ref, strings[20354]),
            .input_ref = REF(operations[21].input_ref, shapes[221]),
            .output_ref = REF(operations[21].output_ref, shapes[10]),
            .errors_ref = REF(operations[21].errors_ref, op_errors[112]),
            .service_ref = REF(operations[21].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [22] = { /* GetCapacityProvider */
            .name_ref = REF(operations[22].name_ref, strings[21190]),
            .http_method_ref = REF(operations[22].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[22].request_uri_ref, strings[20429]),
            .input_ref = REF(operations[22].input_ref, shapes[222]),
            .output_ref = REF(operations[22].output_ref, shapes[223]),
            .errors_ref = REF(operations[22].errors_ref, op_errors[116]),
            .service_ref = REF(operations[22].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [23] = { /* GetCodeSigningConfig */
            .name_ref = REF(operations[23].name_ref, strings[21210]),
            .http_method_ref = REF(operations[23].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[23].request_uri_ref, strings[20507]),
            .input_ref = REF(operations[23].input_ref, shapes[224]),
            .output_ref = REF(operations[23].output_ref, shapes[225]),
            .errors_ref = REF(operations[23].errors_ref, op_errors[120]),
            .service_ref = REF(operations[23].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [24] = { /* GetDurableExecution */
            .name_ref = REF(operations[24].name_ref, strings[21231]),
            .http_method_ref = REF(operations[24].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[24].request_uri_ref, strings[21251]),
            .input_ref = REF(operations[24].input_ref, shapes[228]),
            .output_ref = REF(operations[24].output_ref, shapes[229]),
            .errors_ref = REF(operations[24].errors_ref, op_errors[123]),
            .service_ref = REF(operations[24].service_ref, service),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
        },
        [25] = { /* GetDurableExecutionHistory */
            .name_ref = REF(operations[25].name_ref, strings[21304]),
            .http_method_ref = REF(operations[25].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[25].request_uri_ref, strings[21331]),
            .input_ref = REF(operations[25].input_ref, shapes[226]),
            .output_ref = REF(operations[25].output_ref, shapes[227]),
            .errors_ref = REF(operations[25].errors_ref, op_errors[131]),
            .service_ref = REF(operations[25].service_ref, service),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
        },
        [26] = { /* GetDurableExecutionState */
            .name_ref = REF(operations[26].name_ref, strings[21392]),
            .http_method_ref = REF(operations[26].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[26].request_uri_ref, strings[21417]),
            .input_ref = REF(operations[26].input_ref, shapes[230]),
            .output_ref = REF(operations[26].output_ref, shapes[231]),
            .errors_ref = REF(operations[26].errors_ref, op_errors[139]),
            .service_ref = REF(operations[26].service_ref, service),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
        },
        [27] = { /* GetEventSourceMapping */
            .name_ref = REF(operations[27].name_ref, strings[21476]),
            .http_method_ref = REF(operations[27].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[27].request_uri_ref, strings[20588]),
            .input_ref = REF(operations[27].input_ref, shapes[232]),
            .output_ref = REF(operations[27].output_ref, shapes[160]),
            .errors_ref = REF(operations[27].errors_ref, op_errors[146]),
            .service_ref = REF(operations[27].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [28] = { /* GetFunction */
            .name_ref = REF(operations[28].name_ref, strings[21498]),
            .http_method_ref = REF(operations[28].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[28].request_uri_ref, strings[20644]),
            .input_ref = REF(operations[28].input_ref, shapes[241]),
            .output_ref = REF(operations[28].output_ref, shapes[242]),
            .errors_ref = REF(operations[28].errors_ref, op_errors[150]),
            .service_ref = REF(operations[28].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [29] = { /* GetFunctionCodeSigningConfig */
            .name_ref = REF(operations[29].name_ref, strings[21510]),
            .http_method_ref = REF(operations[29].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[29].request_uri_ref, strings[20713]),
            .input_ref = REF(operations[29].input_ref, shapes[233]),
            .output_ref = REF(operations[29].output_ref, shapes[234]),
            .errors_ref = REF(operations[29].errors_ref, op_errors[154]),
            .service_ref = REF(operations[29].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [30] = { /* GetFunctionConcurrency */
            .name_ref = REF(operations[30].name_ref, strings[21539]),
            .http_method_ref = REF(operations[30].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[30].request_uri_ref, strings[21562]),
            .input_ref = REF(operations[30].input_ref, shapes[235]),
            .output_ref = REF(operations[30].output_ref, shapes[236]),
            .errors_ref = REF(operations[30].errors_ref, op_errors[159]),
            .service_ref = REF(operations[30].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [31] = { /* GetFunctionConfiguration */
            .name_ref = REF(operations[31].name_ref, strings[21611]),
            .http_method_ref = REF(operations[31].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[31].request_uri_ref, strings[21636]),
            .input_ref = REF(operations[31].input_ref, shapes[237]),
            .output_ref = REF(operations[31].output_ref, shapes[199]),
            .errors_ref = REF(operations[31].errors_ref, op_errors[163]),
            .service_ref = REF(operations[31].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [32] = { /* GetFunctionEventInvokeConfig */
            .name_ref = REF(operations[32].name_ref, strings[21687]),
            .http_method_ref = REF(operations[32].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[32].request_uri_ref, strings[20877]),
            .input_ref = REF(operations[32].input_ref, shapes[238]),
            .output_ref = REF(operations[32].output_ref, shapes[200]),
            .errors_ref = REF(operations[32].errors_ref, op_errors[167]),
            .service_ref = REF(operations[32].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [33] = { /* GetFunctionRecursionConfig */
            .name_ref = REF(operations[33].name_ref, strings[21716]),
            .http_method_ref = REF(operations[33].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[33].request_uri_ref, strings[21743]),
            .input_ref = REF(operations[33].input_ref, shapes[239]),
            .output_ref = REF(operations[33].output_ref, shapes[240]),
            .errors_ref = REF(operations[33].errors_ref, op_errors[171]),
            .service_ref = REF(operations[33].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [34] = { /* GetFunctionScalingConfig */
            .name_ref = REF(operations[34].name_ref, strings[21797]),
            .http_method_ref = REF(operations[34].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[34].request_uri_ref, strings[21822]),
            .input_ref = REF(operations[34].input_ref, shapes[243]),
            .output_ref = REF(operations[34].output_ref, shapes[244]),
            .errors_ref = REF(operations[34].errors_ref, op_errors[175]),
            .service_ref = REF(operations[34].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [35] = { /* GetFunctionUrlConfig */
            .name_ref = REF(operations[35].name_ref, strings[21883]),
            .http_method_ref = REF(operations[35].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[35].request_uri_ref, strings[20294]),
            .input_ref = REF(operations[35].input_ref, shapes[245]),
            .output_ref = REF(operations[35].output_ref, shapes[246]),
            .errors_ref = REF(operations[35].errors_ref, op_errors[179]),
            .service_ref = REF(operations[35].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [36] = { /* GetLayerVersion */
            .name_ref = REF(operations[36].name_ref, strings[21904]),
            .http_method_ref = REF(operations[36].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[36].request_uri_ref, strings[20977]),
            .input_ref = REF(operations[36].input_ref, shapes[250]),
            .output_ref = REF(operations[36].output_ref, shapes[251]),
            .errors_ref = REF(operations[36].errors_ref, op_errors[183]),
            .service_ref = REF(operations[36].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [37] = { /* GetLayerVersionByArn */
            .name_ref = REF(operations[37].name_ref, strings[21920]),
            .http_method_ref = REF(operations[37].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[37].request_uri_ref, strings[21941]),
            .input_ref = REF(operations[37].input_ref, shapes[247]),
            .output_ref = REF(operations[37].output_ref, shapes[251]),
            .errors_ref = REF(operations[37].errors_ref, op_errors[187]),
            .service_ref = REF(operations[37].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [38] = { /* GetLayerVersionPolicy */
            .name_ref = REF(operations[38].name_ref, strings[21978]),
            .http_method_ref = REF(operations[38].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[38].request_uri_ref, strings[19794]),
            .input_ref = REF(operations[38].input_ref, shapes[248]),
            .output_ref = REF(operations[38].output_ref, shapes[249]),
            .errors_ref = REF(operations[38].errors_ref, op_errors[191]),
            .service_ref = REF(operations[38].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [39] = { /* GetPolicy */
            .name_ref = REF(operations[39].name_ref, strings[22000]),
            .http_method_ref = REF(operations[39].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[39].request_uri_ref, strings[19871]),
            .input_ref = REF(operations[39].input_ref, shapes[252]),
            .output_ref = REF(operations[39].output_ref, shapes[253]),
            .errors_ref = REF(operations[39].errors_ref, op_errors[195]),
            .service_ref = REF(operations[39].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [40] = { /* GetProvisionedConcurrencyConfig */
            .name_ref = REF(operations[40].name_ref, strings[22010]),
            .http_method_ref = REF(operations[40].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[40].request_uri_ref, strings[21068]),
            .input_ref = REF(operations[40].input_ref, shapes[254]),
            .output_ref = REF(operations[40].output_ref, shapes[255]),
            .errors_ref = REF(operations[40].errors_ref, op_errors[199]),
            .service_ref = REF(operations[40].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [41] = { /* GetRuntimeManagementConfig */
            .name_ref = REF(operations[41].name_ref, strings[22042]),
            .http_method_ref = REF(operations[41].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[41].request_uri_ref, strings[22069]),
            .input_ref = REF(operations[41].input_ref, shapes[256]),
            .output_ref = REF(operations[41].output_ref, shapes[257]),
            .errors_ref = REF(operations[41].errors_ref, op_errors[204]),
            .service_ref = REF(operations[41].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [42] = { /* Invoke */
            .name_ref = REF(operations[42].name_ref, strings[22132]),
            .http_method_ref = REF(operations[42].http_method_ref, strings[19789]),
            .request_uri_ref = REF(operations[42].request_uri_ref, strings[22139]),
            .input_ref = REF(operations[42].input_ref, shapes[279]),
            .output_ref = REF(operations[42].output_ref, shapes[280]),
            .errors_ref = REF(operations[42].errors_ref, op_errors[208]),
            .service_ref = REF(operations[42].service_ref, service),
            .error_count = 43,
            .auth = AWSC_AUTH_SIGV4,
        },
        [43] = { /* InvokeAsync */
            .name_ref = REF(operations[43].name_ref, strings[22188]),
            .http_method_ref = REF(operations[43].http_method_ref, strings[19789]),
            .request_uri_ref = REF(operations[43].request_uri_ref, strings[22200]),
            .input_ref = REF(operations[43].input_ref, shapes[282]),
            .output_ref = REF(operations[43].output_ref, shapes[283]),
            .errors_ref = REF(operations[43].errors_ref, op_errors[251]),
            .service_ref = REF(operations[43].service_ref, service),
            .error_count = 29,
            .flags = AWSC_OF_DEPRECATED,
            .auth = AWSC_AUTH_SIGV4,
        },
        [44] = { /* InvokeWithResponseStream */
            .name_ref = REF(operations[44].name_ref, strings[22250]),
            .http_method_ref = REF(operations[44].http_method_ref, strings[19789]),
            .request_uri_ref = REF(operations[44].request_uri_ref, strings[22275]),
            .input_ref = REF(operations[44].input_ref, shapes[287]),
            .output_ref = REF(operations[44].output_ref, shapes[288]),
            .errors_ref = REF(operations[44].errors_ref, op_errors[280]),
            .service_ref = REF(operations[44].service_ref, service),
            .error_count = 37,
            .auth = AWSC_AUTH_SIGV4,
        },
        [45] = { /* ListAliases */
            .name_ref = REF(operations[45].name_ref, strings[22343]),
            .http_method_ref = REF(operations[45].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[45].request_uri_ref, strings[20018]),
            .input_ref = REF(operations[45].input_ref, shapes[325]),
            .output_ref = REF(operations[45].output_ref, shapes[326]),
            .errors_ref = REF(operations[45].errors_ref, op_errors[317]),
            .service_ref = REF(operations[45].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [46] = { /* ListCapacityProviders */
            .name_ref = REF(operations[46].name_ref, strings[22355]),
            .http_method_ref = REF(operations[46].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[46].request_uri_ref, strings[20086]),
            .input_ref = REF(operations[46].input_ref, shapes[327]),
            .output_ref = REF(operations[46].output_ref, shapes[328]),
            .errors_ref = REF(operations[46].errors_ref, op_errors[321]),
            .service_ref = REF(operations[46].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [47] = { /* ListCodeSigningConfigs */
            .name_ref = REF(operations[47].name_ref, strings[22377]),
            .http_method_ref = REF(operations[47].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[47].request_uri_ref, strings[20141]),
            .input_ref = REF(operations[47].input_ref, shapes[329]),
            .output_ref = REF(operations[47].output_ref, shapes[330]),
            .errors_ref = REF(operations[47].errors_ref, op_errors[324]),
            .service_ref = REF(operations[47].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [48] = { /* ListDurableExecutionsByFunction */
            .name_ref = REF(operations[48].name_ref, strings[22400]),
            .http_method_ref = REF(operations[48].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[48].request_uri_ref, strings[22432]),
            .input_ref = REF(operations[48].input_ref, shapes[331]),
            .output_ref = REF(operations[48].output_ref, shapes[332]),
            .errors_ref = REF(operations[48].errors_ref, op_errors[326]),
            .service_ref = REF(operations[48].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [49] = { /* ListEventSourceMappings */
            .name_ref = REF(operations[49].name_ref, strings[22488]),
            .http_method_ref = REF(operations[49].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[49].request_uri_ref, strings[20199]),
            .input_ref = REF(operations[49].input_ref, shapes[333]),
            .output_ref = REF(operations[49].output_ref, shapes[334]),
            .errors_ref = REF(operations[49].errors_ref, op_errors[330]),
            .service_ref = REF(operations[49].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [50] = { /* ListFunctionEventInvokeConfigs */
            .name_ref = REF(operations[50].name_ref, strings[22512]),
            .http_method_ref = REF(operations[50].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[50].request_uri_ref, strings[22543]),
            .input_ref = REF(operations[50].input_ref, shapes[335]),
            .output_ref = REF(operations[50].output_ref, shapes[336]),
            .errors_ref = REF(operations[50].errors_ref, op_errors[334]),
            .service_ref = REF(operations[50].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [51] = { /* ListFunctionUrlConfigs */
            .name_ref = REF(operations[51].name_ref, strings[22605]),
            .http_method_ref = REF(operations[51].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[51].request_uri_ref, strings[22628]),
            .input_ref = REF(operations[51].input_ref, shapes[337]),
            .output_ref = REF(operations[51].output_ref, shapes[338]),
            .errors_ref = REF(operations[51].errors_ref, op_errors[338]),
            .service_ref = REF(operations[51].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [52] = { /* ListFunctionVersionsByCapacityProvider */
            .name_ref = REF(operations[52].name_ref, strings[22670]),
            .http_method_ref = REF(operations[52].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[52].request_uri_ref, strings[22709]),
            .input_ref = REF(operations[52].input_ref, shapes[339]),
            .output_ref = REF(operations[52].output_ref, shapes[340]),
            .errors_ref = REF(operations[52].errors_ref, op_errors[342]),
            .service_ref = REF(operations[52].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [53] = { /* ListFunctions */
            .name_ref = REF(operations[53].name_ref, strings[22781]),
            .http_method_ref = REF(operations[53].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[53].request_uri_ref, strings[20248]),
            .input_ref = REF(operations[53].input_ref, shapes[343]),
            .output_ref = REF(operations[53].output_ref, shapes[344]),
            .errors_ref = REF(operations[53].errors_ref, op_errors[346]),
            .service_ref = REF(operations[53].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [54] = { /* ListFunctionsByCodeSigningConfig */
            .name_ref = REF(operations[54].name_ref, strings[22795]),
            .http_method_ref = REF(operations[54].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[54].request_uri_ref, strings[22828]),
            .input_ref = REF(operations[54].input_ref, shapes[341]),
            .output_ref = REF(operations[54].output_ref, shapes[342]),
            .errors_ref = REF(operations[54].errors_ref, op_errors[349]),
            .service_ref = REF(operations[54].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [55] = { /* ListLayerVersions */
            .name_ref = REF(operations[55].name_ref, strings[22894]),
            .http_method_ref = REF(operations[55].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[55].request_uri_ref, strings[22912]),
            .input_ref = REF(operations[55].input_ref, shapes[345]),
            .output_ref = REF(operations[55].output_ref, shapes[346]),
            .errors_ref = REF(operations[55].errors_ref, op_errors[352]),
            .service_ref = REF(operations[55].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [56] = { /* ListLayers */
            .name_ref = REF(operations[56].name_ref, strings[22952]),
            .http_method_ref = REF(operations[56].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[56].request_uri_ref, strings[22963]),
            .input_ref = REF(operations[56].input_ref, shapes[347]),
            .output_ref = REF(operations[56].output_ref, shapes[348]),
            .errors_ref = REF(operations[56].errors_ref, op_errors[356]),
            .service_ref = REF(operations[56].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [57] = { /* ListProvisionedConcurrencyConfigs */
            .name_ref = REF(operations[57].name_ref, strings[22982]),
            .http_method_ref = REF(operations[57].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[57].request_uri_ref, strings[23016]),
            .input_ref = REF(operations[57].input_ref, shapes[349]),
            .output_ref = REF(operations[57].output_ref, shapes[350]),
            .errors_ref = REF(operations[57].errors_ref, op_errors[359]),
            .service_ref = REF(operations[57].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [58] = { /* ListTags */
            .name_ref = REF(operations[58].name_ref, strings[23086]),
            .http_method_ref = REF(operations[58].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[58].request_uri_ref, strings[23095]),
            .input_ref = REF(operations[58].input_ref, shapes[351]),
            .output_ref = REF(operations[58].output_ref, shapes[352]),
            .errors_ref = REF(operations[58].errors_ref, op_errors[363]),
            .service_ref = REF(operations[58].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [59] = { /* ListVersionsByFunction */
            .name_ref = REF(operations[59].name_ref, strings[23123]),
            .http_method_ref = REF(operations[59].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[59].request_uri_ref, strings[23146]),
            .input_ref = REF(operations[59].input_ref, shapes[353]),
            .output_ref = REF(operations[59].output_ref, shapes[354]),
            .errors_ref = REF(operations[59].errors_ref, op_errors[367]),
            .service_ref = REF(operations[59].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [60] = { /* PublishLayerVersion */
            .name_ref = REF(operations[60].name_ref, strings[23192]),
            .http_method_ref = REF(operations[60].http_method_ref, strings[19789]),
            .request_uri_ref = REF(operations[60].request_uri_ref, strings[22912]),
            .input_ref = REF(operations[60].input_ref, shapes[423]),
            .output_ref = REF(operations[60].output_ref, shapes[424]),
            .errors_ref = REF(operations[60].errors_ref, op_errors[371]),
            .service_ref = REF(operations[60].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [61] = { /* PublishVersion */
            .name_ref = REF(operations[61].name_ref, strings[23212]),
            .http_method_ref = REF(operations[61].http_method_ref, strings[19789]),
            .request_uri_ref = REF(operations[61].request_uri_ref, strings[23146]),
            .input_ref = REF(operations[61].input_ref, shapes[425]),
            .output_ref = REF(operations[61].output_ref, shapes[199]),
            .errors_ref = REF(operations[61].errors_ref, op_errors[376]),
            .service_ref = REF(operations[61].service_ref, service),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
        },
        [62] = { /* PutFunctionCodeSigningConfig */
            .name_ref = REF(operations[62].name_ref, strings[23227]),
            .http_method_ref = REF(operations[62].http_method_ref, strings[23256]),
            .request_uri_ref = REF(operations[62].request_uri_ref, strings[20713]),
            .input_ref = REF(operations[62].input_ref, shapes[427]),
            .output_ref = REF(operations[62].output_ref, shapes[428]),
            .errors_ref = REF(operations[62].errors_ref, op_errors[384]),
            .service_ref = REF(operations[62].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [63] = { /* PutFunctionConcurrency */
            .name_ref = REF(operations[63].name_ref, strings[23260]),
            .http_method_ref = REF(operations[63].http_method_ref, strings[23256]),
            .request_uri_ref = REF(operations[63].request_uri_ref, strings[20796]),
            .input_ref = REF(operations[63].input_ref, shapes[429]),
            .output_ref = REF(operations[63].output_ref, shapes[85]),
            .errors_ref = REF(operations[63].errors_ref, op_errors[390]),
            .service_ref = REF(operations[63].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [64] = { /* PutFunctionEventInvokeConfig */
            .name_ref = REF(operations[64].name_ref, strings[23283]),
            .http_method_ref = REF(operations[64].http_method_ref, strings[23256]),
            .request_uri_ref = REF(operations[64].request_uri_ref, strings[20877]),
            .input_ref = REF(operations[64].input_ref, shapes[430]),
            .output_ref = REF(operations[64].output_ref, shapes[200]),
            .errors_ref = REF(operations[64].errors_ref, op_errors[395]),
            .service_ref = REF(operations[64].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [65] = { /* PutFunctionRecursionConfig */
            .name_ref = REF(operations[65].name_ref, strings[23312]),
            .http_method_ref = REF(operations[65].http_method_ref, strings[23256]),
            .request_uri_ref = REF(operations[65].request_uri_ref, strings[21743]),
            .input_ref = REF(operations[65].input_ref, shapes[431]),
            .output_ref = REF(operations[65].output_ref, shapes[432]),
            .errors_ref = REF(operations[65].errors_ref, op_errors[400]),
            .service_ref = REF(operations[65].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [66] = { /* PutFunctionScalingConfig */
            .name_ref = REF(operations[66].name_ref, strings[23339]),
            .http_method_ref = REF(operations[66].http_method_ref, strings[23256]),
            .request_uri_ref = REF(operations[66].request_uri_ref, strings[21822]),
            .input_ref = REF(operations[66].input_ref, shapes[433]),
            .output_ref = REF(operations[66].output_ref, shapes[434]),
            .errors_ref = REF(operations[66].errors_ref, op_errors[405]),
            .service_ref = REF(operations[66].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [67] = { /* PutProvisionedConcurrencyConfig */
            .name_ref = REF(operations[67].name_ref, strings[23364]),
            .http_method_ref = REF(operations[67].http_method_ref, strings[23256]),
            .request_uri_ref = REF(operations[67].request_uri_ref, strings[21068]),
            .input_ref = REF(operations[67].input_ref, shapes[435]),
            .output_ref = REF(operations[67].output_ref, shapes[436]),
            .errors_ref = REF(operations[67].errors_ref, op_errors[410]),
            .service_ref = REF(operations[67].service_ref, service),
            .error_count = 5,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [68] = { /* PutRuntimeManagementConfig */
            .name_ref = REF(operations[68].name_ref, strings[23396]),
            .http_method_ref = REF(operations[68].http_method_ref, strings[23256]),
            .request_uri_ref = REF(operations[68].request_uri_ref, strings[22069]),
            .input_ref = REF(operations[68].input_ref, shapes[437]),
            .output_ref = REF(operations[68].output_ref, shapes[438]),
            .errors_ref = REF(operations[68].errors_ref, op_errors[415]),
            .service_ref = REF(operations[68].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [69] = { /* RemoveLayerVersionPermission */
            .name_ref = REF(operations[69].name_ref, strings[23423]),
            .http_method_ref = REF(operations[69].http_method_ref, strings[20347]),
            .request_uri_ref = REF(operations[69].request_uri_ref, strings[23452]),
            .input_ref = REF(operations[69].input_ref, shapes[444]),
            .errors_ref = REF(operations[69].errors_ref, op_errors[420]),
            .service_ref = REF(operations[69].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [70] = { /* RemovePermission */
            .name_ref = REF(operations[70].name_ref, strings[23529]),
            .http_method_ref = REF(operations[70].http_method_ref, strings[20347]),
            .request_uri_ref = REF(operations[70].request_uri_ref, strings[23546]),
            .input_ref = REF(operations[70].input_ref, shapes[445]),
            .errors_ref = REF(operations[70].errors_ref, op_errors[425]),
            .service_ref = REF(operations[70].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [71] = { /* SendDurableExecutionCallbackFailure */
            .name_ref = REF(operations[71].name_ref, strings[23604]),
            .http_method_ref = REF(operations[71].http_method_ref, strings[19789]),
            .request_uri_ref = REF(operations[71].request_uri_ref, strings[23640]),
            .input_ref = REF(operations[71].input_ref, shapes[478]),
            .output_ref = REF(operations[71].output_ref, shapes[479]),
            .errors_ref = REF(operations[71].errors_ref, op_errors[431]),
            .service_ref = REF(operations[71].service_ref, service),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
        },
        [72] = { /* SendDurableExecutionCallbackHeartbeat */
            .name_ref = REF(operations[72].name_ref, strings[23698]),
            .http_method_ref = REF(operations[72].http_method_ref, strings[19789]),
            .request_uri_ref = REF(operations[72].request_uri_ref, strings[23736]),
            .input_ref = REF(operations[72].input_ref, shapes[480]),
            .output_ref = REF(operations[72].output_ref, shapes[481]),
            .errors_ref = REF(operations[72].errors_ref, op_errors[440]),
            .service_ref = REF(operations[72].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [73] = { /* SendDurableExecutionCallbackSuccess */
            .name_ref = REF(operations[73].name_ref, strings[23799]),
            .http_method_ref = REF(operations[73].http_method_ref, strings[19789]),
            .request_uri_ref = REF(operations[73].request_uri_ref, strings[23835]),
            .input_ref = REF(operations[73].input_ref, shapes[482]),
            .output_ref = REF(operations[73].output_ref, shapes[483]),
            .errors_ref = REF(operations[73].errors_ref, op_errors[445]),
            .service_ref = REF(operations[73].service_ref, service),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
        },
        [74] = { /* StopDurableExecution */
            .name_ref = REF(operations[74].name_ref, strings[23896]),
            .http_method_ref = REF(operations[74].http_method_ref, strings[19789]),
            .request_uri_ref = REF(operations[74].request_uri_ref, strings[23917]),
            .input_ref = REF(operations[74].input_ref, shapes[514]),
            .output_ref = REF(operations[74].output_ref, shapes[515]),
            .errors_ref = REF(operations[74].errors_ref, op_errors[454]),
            .service_ref = REF(operations[74].service_ref, service),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
        },
        [75] = { /* TagResource */
            .name_ref = REF(operations[75].name_ref, strings[23975]),
            .http_method_ref = REF(operations[75].http_method_ref, strings[19789]),
            .request_uri_ref = REF(operations[75].request_uri_ref, strings[23095]),
            .input_ref = REF(operations[75].input_ref, shapes[524]),
            .errors_ref = REF(operations[75].errors_ref, op_errors[462]),
            .service_ref = REF(operations[75].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [76] = { /* UntagResource */
            .name_ref = REF(operations[76].name_ref, strings[23987]),
            .http_method_ref = REF(operations[76].http_method_ref, strings[20347]),
            .request_uri_ref = REF(operations[76].request_uri_ref, strings[23095]),
            .input_ref = REF(operations[76].input_ref, shapes[552]),
            .errors_ref = REF(operations[76].errors_ref, op_errors[467]),
            .service_ref = REF(operations[76].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [77] = { /* UpdateAlias */
            .name_ref = REF(operations[77].name_ref, strings[24001]),
            .http_method_ref = REF(operations[77].http_method_ref, strings[23256]),
            .request_uri_ref = REF(operations[77].request_uri_ref, strings[20354]),
            .input_ref = REF(operations[77].input_ref, shapes[553]),
            .output_ref = REF(operations[77].output_ref, shapes[10]),
            .errors_ref = REF(operations[77].errors_ref, op_errors[472]),
            .service_ref = REF(operations[77].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [78] = { /* UpdateCapacityProvider */
            .name_ref = REF(operations[78].name_ref, strings[24013]),
            .http_method_ref = REF(operations[78].http_method_ref, strings[23256]),
            .request_uri_ref = REF(operations[78].request_uri_ref, strings[20429]),
            .input_ref = REF(operations[78].input_ref, shapes[554]),
            .output_ref = REF(operations[78].output_ref, shapes[555]),
            .errors_ref = REF(operations[78].errors_ref, op_errors[478]),
            .service_ref = REF(operations[78].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [79] = { /* UpdateCodeSigningConfig */
            .name_ref = REF(operations[79].name_ref, strings[24036]),
            .http_method_ref = REF(operations[79].http_method_ref, strings[23256]),
            .request_uri_ref = REF(operations[79].request_uri_ref, strings[20507]),
            .input_ref = REF(operations[79].input_ref, shapes[556]),
            .output_ref = REF(operations[79].output_ref, shapes[557]),
            .errors_ref = REF(operations[79].errors_ref, op_errors[483]),
            .service_ref = REF(operations[79].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [80] = { /* UpdateEventSourceMapping */
            .name_ref = REF(operations[80].name_ref, strings[24060]),
            .http_method_ref = REF(operations[80].http_method_ref, strings[23256]),
            .request_uri_ref = REF(operations[80].request_uri_ref, strings[20588]),
            .input_ref = REF(operations[80].input_ref, shapes[558]),
            .output_ref = REF(operations[80].output_ref, shapes[160]),
            .errors_ref = REF(operations[80].errors_ref, op_errors[486]),
            .service_ref = REF(operations[80].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [81] = { /* UpdateFunctionCode */
            .name_ref = REF(operations[81].name_ref, strings[24085]),
            .http_method_ref = REF(operations[81].http_method_ref, strings[23256]),
            .request_uri_ref = REF(operations[81].request_uri_ref, strings[24104]),
            .input_ref = REF(operations[81].input_ref, shapes[559]),
            .output_ref = REF(operations[81].output_ref, shapes[199]),
            .errors_ref = REF(operations[81].errors_ref, op_errors[492]),
            .service_ref = REF(operations[81].service_ref, service),
            .error_count = 10,
            .auth = AWSC_AUTH_SIGV4,
        },
        [82] = { /* UpdateFunctionConfiguration */
            .name_ref = REF(operations[82].name_ref, strings[24146]),
            .http_method_ref = REF(operations[82].http_method_ref, strings[23256]),
            .request_uri_ref = REF(operations[82].request_uri_ref, strings[21636]),
            .input_ref = REF(operations[82].input_ref, shapes[560]),
            .output_ref = REF(operations[82].output_ref, shapes[199]),
            .errors_ref = REF(operations[82].errors_ref, op_errors[502]),
            .service_ref = REF(operations[82].service_ref, service),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
        },
        [83] = { /* UpdateFunctionEventInvokeConfig */
            .name_ref = REF(operations[83].name_ref, strings[24174]),
            .http_method_ref = REF(operations[83].http_method_ref, strings[19789]),
            .request_uri_ref = REF(operations[83].request_uri_ref, strings[20877]),
            .input_ref = REF(operations[83].input_ref, shapes[561]),
            .output_ref = REF(operations[83].output_ref, shapes[200]),
            .errors_ref = REF(operations[83].errors_ref, op_errors[511]),
            .service_ref = REF(operations[83].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [84] = { /* UpdateFunctionUrlConfig */
            .name_ref = REF(operations[84].name_ref, strings[24206]),
            .http_method_ref = REF(operations[84].http_method_ref, strings[23256]),
            .request_uri_ref = REF(operations[84].request_uri_ref, strings[20294]),
            .input_ref = REF(operations[84].input_ref, shapes[562]),
            .output_ref = REF(operations[84].output_ref, shapes[563]),
            .errors_ref = REF(operations[84].errors_ref, op_errors[516]),
            .service_ref = REF(operations[84].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], shapes[272]),
        REF(op_errors[1], shapes[408]),
        REF(op_errors[2], shapes[410]),
        REF(op_errors[3], shapes[451]),
        REF(op_errors[4], shapes[453]),
        REF(op_errors[5], shapes[487]),
        REF(op_errors[6], shapes[538]),
        REF(op_errors[7], shapes[272]),
        REF(op_errors[8], shapes[408]),
        REF(op_errors[9], shapes[410]),
        REF(op_errors[10], shapes[422]),
        REF(op_errors[11], shapes[451]),
        REF(op_errors[12], shapes[453]),
        REF(op_errors[13], shapes[487]),
        REF(op_errors[14], shapes[538]),
        REF(op_errors[15], shapes[272]),
        REF(op_errors[16], shapes[292]),
        REF(op_errors[17], shapes[293]),
        REF(op_errors[18], shapes[294]),
        REF(op_errors[19], shapes[297]),
        REF(op_errors[20], shapes[487]),
        REF(op_errors[21], shapes[538]),
        REF(op_errors[22], shapes[11]),
        REF(op_errors[23], shapes[272]),
        REF(op_errors[24], shapes[451]),
        REF(op_errors[25], shapes[453]),
        REF(op_errors[26], shapes[487]),
        REF(op_errors[27], shapes[538]),
        REF(op_errors[28], shapes[43]),
        REF(op_errors[29], shapes[272]),
        REF(op_errors[30], shapes[451]),
        REF(op_errors[31], shapes[487]),
        REF(op_errors[32], shapes[538]),
        REF(op_errors[33], shapes[272]),
        REF(op_errors[34], shapes[487]),
        REF(op_errors[35], shapes[272]),
        REF(op_errors[36], shapes[451]),
        REF(op_errors[37], shapes[453]),
        REF(op_errors[38], shapes[487]),
        REF(op_errors[39], shapes[538]),
        REF(op_errors[40], shapes[77]),
        REF(op_errors[41], shapes[80]),
        REF(op_errors[42], shapes[81]),
        REF(op_errors[43], shapes[218]),
        REF(op_errors[44], shapes[271]),
        REF(op_errors[45], shapes[272]),
        REF(op_errors[46], shapes[451]),
        REF(op_errors[47], shapes[453]),
        REF(op_errors[48], shapes[487]),
        REF(op_errors[49], shapes[538]),
        REF(op_errors[50], shapes[272]),
        REF(op_errors[51], shapes[451]),
        REF(op_errors[52], shapes[453]),
        REF(op_errors[53], shapes[487]),
        REF(op_errors[54], shapes[538]),
        REF(op_errors[55], shapes[272]),
        REF(op_errors[56], shapes[451]),
        REF(op_errors[57], shapes[453]),
        REF(op_errors[58], shapes[487]),
        REF(op_errors[59], shapes[538]),
        REF(op_errors[60], shapes[272]),
        REF(op_errors[61], shapes[451]),
        REF(op_errors[62], shapes[453]),
        REF(op_errors[63], shapes[487]),
        REF(op_errors[64], shapes[538]),
        REF(op_errors[65], shapes[272]),
        REF(op_errors[66], shapes[451]),
        REF(op_errors[67], shapes[453]),
        REF(op_errors[68], shapes[487]),
        REF(op_errors[69], shapes[272]),
        REF(op_errors[70], shapes[451]),
        REF(op_errors[71], shapes[452]),
        REF(op_errors[72], shapes[453]),
        REF(op_errors[73], shapes[487]),
        REF(op_errors[74], shapes[538]),
        REF(op_errors[75], shapes[272]),
        REF(op_errors[76], shapes[451]),
        REF(op_errors[77], shapes[453]),
        REF(op_errors[78], shapes[487]),
        REF(op_errors[79], shapes[538]),
        REF(op_errors[80], shapes[77]),
        REF(op_errors[81], shapes[272]),
        REF(op_errors[82], shapes[451]),
        REF(op_errors[83], shapes[453]),
        REF(op_errors[84], shapes[487]),
        REF(op_errors[85], shapes[538]),
        REF(op_errors[86], shapes[272]),
        REF(op_errors[87], shapes[451]),
        REF(op_errors[88], shapes[453]),
        REF(op_errors[89], shapes[487]),
        REF(op_errors[90], shapes[538]),
        REF(op_errors[91], shapes[272]),
        REF(op_errors[92], shapes[451]),
        REF(op_errors[93], shapes[453]),
        REF(op_errors[94], shapes[487]),
        REF(op_errors[95], shapes[538]),
        REF(op_errors[96], shapes[272]),
        REF(op_errors[97], shapes[451]),
        REF(op_errors[98], shapes[453]),
        REF(op_errors[99], shapes[487]),
        REF(op_errors[100], shapes[538]),
        REF(op_errors[101], shapes[272]),
        REF(op_errors[102], shapes[453]),
        REF(op_errors[103], shapes[487]),
        REF(op_errors[104], shapes[538]),
        REF(op_errors[105], shapes[272]),
        REF(op_errors[106], shapes[451]),
        REF(op_errors[107], shapes[453]),
        REF(op_errors[108], shapes[487]),
        REF(op_errors[109], shapes[538]),
        REF(op_errors[110], shapes[487]),
        REF(op_errors[111], shapes[538]),
        REF(op_errors[112], shapes[272]),
        REF(op_errors[113], shapes[453]),
        REF(op_errors[114], shapes[487]),
        REF(op_errors[115], shapes[538]),
        REF(op_errors[116], shapes[272]),
        REF(op_errors[117], shapes[453]),
        REF(op_errors[118], shapes[487]),
        REF(op_errors[119], shapes[538]),
        REF(op_errors[120], shapes[272]),
        REF(op_errors[121], shapes[453]),
        REF(op_errors[122], shapes[487]),
        REF(op_errors[123], shapes[272]),
        REF(op_errors[124], shapes[292]),
        REF(op_errors[125], shapes[293]),
        REF(op_errors[126], shapes[294]),
        REF(op_errors[127], shapes[297]),
        REF(op_errors[128], shapes[453]),
        REF(op_errors[129], shapes[487]),
        REF(op_errors[130], shapes[538]),
        REF(op_errors[131], shapes[272]),
        REF(op_errors[132], shapes[292]),
        REF(op_errors[133], shapes[293]),
        REF(op_errors[134], shapes[294]),
        REF(op_errors[135], shapes[297]),
        REF(op_errors[136], shapes[453]),
        REF(op_errors[137], shapes[487]),
        REF(op_errors[138], shapes[538]),
        REF(op_errors[139], shapes[272]),
        REF(op_errors[140], shapes[292]),
        REF(op_errors[141], shapes[293]),
        REF(op_errors[142], shapes[294]),
        REF(op_errors[143], shapes[297]),
        REF(op_errors[144], shapes[487]),
        REF(op_errors[145], shapes[538]),
        REF(op_errors[146], shapes[272]),
        REF(op_errors[147], shapes[453]),
        REF(op_errors[148], shapes[487]),
        REF(op_errors[149], shapes[538]),
        REF(op_errors[150], shapes[272]),
        REF(op_errors[151], shapes[453]),
        REF(op_errors[152], shapes[487]),
        REF(op_errors[153], shapes[538]),
        REF(op_errors[154], shapes[77]),
        REF(op_errors[155], shapes[272]),
        REF(op_errors[156], shapes[453]),
        REF(op_errors[157], shapes[487]),
        REF(op_errors[158], shapes[538]),
        REF(op_errors[159], shapes[272]),
        REF(op_errors[160], shapes[453]),
        REF(op_errors[161], shapes[487]),
        REF(op_errors[162], shapes[538]),
        REF(op_errors[163], shapes[272]),
        REF(op_errors[164], shapes[453]),
        REF(op_errors[165], shapes[487]),
        REF(op_errors[166], shapes[538]),
        REF(op_errors[167], shapes[272]),
        REF(op_errors[168], shapes[453]),
        REF(op_errors[169], shapes[487]),
        REF(op_errors[170], shapes[538]),
        REF(op_errors[171], shapes[272]),
        REF(op_errors[172], shapes[453]),
        REF(op_errors[173], shapes[487]),
        REF(op_errors[174], shapes[538]),
        REF(op_errors[175], shapes[272]),
        REF(op_errors[176], shapes[453]),
        REF(op_errors[177], shapes[487]),
        REF(op_errors[178], shapes[538]),
        REF(op_errors[179], shapes[272]),
        REF(op_errors[180], shapes[453]),
        REF(op_errors[181], shapes[487]),
        REF(op_errors[182], shapes[538]),
        REF(op_errors[183], shapes[272]),
        REF(op_errors[184], shapes[453]),
        REF(op_errors[185], shapes[487]),
        REF(op_errors[186], shapes[538]),
        REF(op_errors[187], shapes[272]),
        REF(op_errors[188], shapes[453]),
        REF(op_errors[189], shapes[487]),
        REF(op_errors[190], shapes[538]),
        REF(op_errors[191], shapes[272]),
        REF(op_errors[192], shapes[453]),
        REF(op_errors[193], shapes[487]),
        REF(op_errors[194], shapes[538]),
        REF(op_errors[195], shapes[272]),
        REF(op_errors[196], shapes[453]),
        REF(op_errors[197], shapes[487]),
        REF(op_errors[198], shapes[538]),
        REF(op_errors[199], shapes[272]),
        REF(op_errors[200], shapes[418]),
        REF(op_errors[201], shapes[453]),
        REF(op_errors[202], shapes[487]),
        REF(op_errors[203], shapes[538]),
        REF(op_errors[204], shapes[272]),
        REF(op_errors[205], shapes[453]),
        REF(op_errors[206], shapes[487]),
        REF(op_errors[207], shapes[538]),
        REF(op_errors[208], shapes[70]),
        REF(op_errors[209], shapes[71]),
        REF(op_errors[210], shapes[72]),
        REF(op_errors[211], shapes[123]),
        REF(op_errors[212], shapes[128]),
        REF(op_errors[213], shapes[129]),
        REF(op_errors[214], shapes[130]),
        REF(op_errors[215], shapes[131]),
        REF(op_errors[216], shapes[132]),
        REF(op_errors[217], shapes[133]),
        REF(op_errors[218], shapes[134]),
        REF(op_errors[219], shapes[135]),
        REF(op_errors[220], shapes[136]),
        REF(op_errors[221], shapes[272]),
        REF(op_errors[222], shapes[273]),
        REF(op_errors[223], shapes[274]),
        REF(op_errors[224], shapes[275]),
        REF(op_errors[225], shapes[276]),
        REF(op_errors[226], shapes[277]),
        REF(op_errors[227], shapes[292]),
        REF(op_errors[228], shapes[293]),
        REF(op_errors[229], shapes[294]),
        REF(op_errors[230], shapes[297]),
        REF(op_errors[231], shapes[380]),
        REF(op_errors[232], shapes[384]),
        REF(op_errors[233], shapes[442]),
        REF(op_errors[234], shapes[447]),
        REF(op_errors[235], shapes[451]),
        REF(op_errors[236], shapes[453]),
        REF(op_errors[237], shapes[454]),
        REF(op_errors[238], shapes[465]),
        REF(op_errors[239], shapes[466]),
        REF(op_errors[240], shapes[467]),
        REF(op_errors[241], shapes[486]),
        REF(op_errors[242], shapes[487]),
        REF(op_errors[243], shapes[488]),
        REF(op_errors[244], shapes[492]),
        REF(op_errors[245], shapes[493]),
        REF(op_errors[246], shapes[495]),
        REF(op_errors[247], shapes[497]),
        REF(op_errors[248], shapes[518]),
        REF(op_errors[249], shapes[538]),
        REF(op_errors[250], shapes[551]),
        REF(op_errors[251], shapes[128]),
        REF(op_errors[252], shapes[129]),
        REF(op_errors[253], shapes[130]),
        REF(op_errors[254], shapes[131]),
        REF(op_errors[255], shapes[132]),
        REF(op_errors[256], shapes[133]),
        REF(op_errors[257], shapes[134]),
        REF(op_errors[258], shapes[135]),
        REF(op_errors[259], shapes[273]),
        REF(op_errors[260], shapes[274]),
        REF(op_errors[261], shapes[275]),
        REF(op_errors[262], shapes[276]),
        REF(op_errors[263], shapes[292]),
        REF(op_errors[264], shapes[293]),
        REF(op_errors[265], shapes[294]),
        REF(op_errors[266], shapes[297]),
        REF(op_errors[267], shapes[380]),
        REF(op_errors[268], shapes[451]),
        REF(op_errors[269], shapes[453]),
        REF(op_errors[270], shapes[465]),
        REF(op_errors[271], shapes[466]),
        REF(op_errors[272], shapes[467]),
        REF(op_errors[273], shapes[487]),
        REF(op_errors[274], shapes[488]),
        REF(op_errors[275], shapes[492]),
        REF(op_errors[276], shapes[493]),
        REF(op_errors[277], shapes[495]),
        REF(op_errors[278], shapes[497]),
        REF(op_errors[279], shapes[518]),
        REF(op_errors[280], shapes[128]),
        REF(op_errors[281], shapes[129]),
        REF(op_errors[282], shapes[130]),
        REF(op_errors[283], shapes[131]),
        REF(op_errors[284], shapes[132]),
        REF(op_errors[285], shapes[133]),
        REF(op_errors[286], shapes[134]),
        REF(op_errors[287], shapes[135]),
        REF(op_errors[288], shapes[272]),
        REF(op_errors[289], shapes[273]),
        REF(op_errors[290], shapes[274]),
        REF(op_errors[291], shapes[275]),
        REF(op_errors[292], shapes[276]),
        REF(op_errors[293], shapes[277]),
        REF(op_errors[294], shapes[292]),
        REF(op_errors[295], shapes[293]),
        REF(op_errors[296], shapes[294]),
        REF(op_errors[297], shapes[297]),
        REF(op_errors[298], shapes[384]),
        REF(op_errors[299], shapes[442]),
        REF(op_errors[300], shapes[447]),
        REF(op_errors[301], shapes[451]),
        REF(op_errors[302], shapes[453]),
        REF(op_errors[303], shapes[454]),
        REF(op_errors[304], shapes[465]),
        REF(op_errors[305], shapes[466]),
        REF(op_errors[306], shapes[467]),
        REF(op_errors[307], shapes[486]),
        REF(op_errors[308], shapes[487]),
        REF(op_errors[309], shapes[488]),
        REF(op_errors[310], shapes[492]),
        REF(op_errors[311], shapes[493]),
        REF(op_errors[312], shapes[495]),
        REF(op_errors[313], shapes[497]),
        REF(op_errors[314], shapes[518]),
        REF(op_errors[315], shapes[538]),
        REF(op_errors[316], shapes[551]),
        REF(op_errors[317], shapes[272]),
        REF(op_errors[318], shapes[453]),
        REF(op_errors[319], shapes[487]),
        REF(op_errors[320], shapes[538]),
        REF(op_errors[321], shapes[272]),
        REF(op_errors[322], shapes[487]),
        REF(op_errors[323], shapes[538]),
        REF(op_errors[324], shapes[272]),
        REF(op_errors[325], shapes[487]),
        REF(op_errors[326], shapes[272]),
        REF(op_errors[327], shapes[453]),
        REF(op_errors[328], shapes[487]),
        REF(op_errors[329], shapes[538]),
        REF(op_errors[330], shapes[272]),
        REF(op_errors[331], shapes[453]),
        REF(op_errors[332], shapes[487]),
        REF(op_errors[333], shapes[538]),
        REF(op_errors[334], shapes[272]),
        REF(op_errors[335], shapes[453]),
        REF(op_errors[336], shapes[487]),
        REF(op_errors[337], shapes[538]),
        REF(op_errors[338], shapes[272]),
        REF(op_errors[339], shapes[453]),
        REF(op_errors[340], shapes[487]),
        REF(op_errors[341], shapes[538]),
        REF(op_errors[342], shapes[272]),
        REF(op_errors[343], shapes[453]),
        REF(op_errors[344], shapes[487]),
        REF(op_errors[345], shapes[538]),
        REF(op_errors[346], shapes[272]),
        REF(op_errors[347], shapes[487]),
        REF(op_errors[348], shapes[538]),
        REF(op_errors[349], shapes[272]),
        REF(op_errors[350], shapes[453]),
        REF(op_errors[351], shapes[487]),
        REF(op_errors[352], shapes[272]),
        REF(op_errors[353], shapes[453]),
        REF(op_errors[354], shapes[487]),
        REF(op_errors[355], shapes[538]),
        REF(op_errors[356], shapes[272]),
        REF(op_errors[357], shapes[487]),
        REF(op_errors[358], shapes[538]),
        REF(op_errors[359], shapes[272]),
        REF(op_errors[360], shapes[453]),
        REF(op_errors[361], shapes[487]),
        REF(op_errors[362], shapes[538]),
        REF(op_errors[363], shapes[272]),
        REF(op_errors[364], shapes[453]),
        REF(op_errors[365], shapes[487]),
        REF(op_errors[366], shapes[538]),
        REF(op_errors[367], shapes[272]),
        REF(op_errors[368], shapes[453]),
        REF(op_errors[369], shapes[487]),
        REF(op_errors[370], shapes[538]),
        REF(op_errors[371], shapes[80]),
        REF(op_errors[372], shapes[272]),
        REF(op_errors[373], shapes[453]),
        REF(op_errors[374], shapes[487]),
        REF(op_errors[375], shapes[538]),
        REF(op_errors[376], shapes[80]),
        REF(op_errors[377], shapes[218]),
        REF(op_errors[378], shapes[272]),
        REF(op_errors[379], shapes[410]),
        REF(op_errors[380], shapes[451]),
        REF(op_errors[381], shapes[453]),
        REF(op_errors[382], shapes[487]),
        REF(op_errors[383], shapes[538]),
        REF(op_errors[384], shapes[77]),
        REF(op_errors[385], shapes[272]),
        REF(op_errors[386], shapes[451]),
        REF(op_errors[387], shapes[453]),
        REF(op_errors[388], shapes[487]),
        REF(op_errors[389], shapes[538]),
        REF(op_errors[390], shapes[272]),
        REF(op_errors[391], shapes[451]),
        REF(op_errors[392], shapes[453]),
        REF(op_errors[393], shapes[487]),
        REF(op_errors[394], shapes[538]),
        REF(op_errors[395], shapes[272]),
        REF(op_errors[396], shapes[451]),
        REF(op_errors[397], shapes[453]),
        REF(op_errors[398], shapes[487]),
        REF(op_errors[399], shapes[538]),
        REF(op_errors[400], shapes[272]),
        REF(op_errors[401], shapes[451]),
        REF(op_errors[402], shapes[453]),
        REF(op_errors[403], shapes[487]),
        REF(op_errors[404], shapes[538]),
        REF(op_errors[405], shapes[272]),
        REF(op_errors[406], shapes[451]),
        REF(op_errors[407], shapes[453]),
        REF(op_errors[408], shapes[487]),
        REF(op_errors[409], shapes[538]),
        REF(op_errors[410], shapes[272]),
        REF(op_errors[411], shapes[451]),
        REF(op_errors[412], shapes[453]),
        REF(op_errors[413], shapes[487]),
        REF(op_errors[414], shapes[538]),
        REF(op_errors[415], shapes[272]),
        REF(op_errors[416], shapes[451]),
        REF(op_errors[417], shapes[453]),
        REF(op_errors[418], shapes[487]),
        REF(op_errors[419], shapes[538]),
        REF(op_errors[420], shapes[272]),
        REF(op_errors[421], shapes[410]),
        REF(op_errors[422], shapes[453]),
        REF(op_errors[423], shapes[487]),
        REF(op_errors[424], shapes[538]),
        REF(op_errors[425], shapes[272]),
        REF(op_errors[426], shapes[410]),
        REF(op_errors[427], shapes[422]),
        REF(op_errors[428], shapes[453]),
        REF(op_errors[429], shapes[487]),
        REF(op_errors[430], shapes[538]),
        REF(op_errors[431], shapes[39]),
        REF(op_errors[432], shapes[272]),
        REF(op_errors[433], shapes[292]),
        REF(op_errors[434], shapes[293]),
        REF(op_errors[435], shapes[294]),
        REF(op_errors[436], shapes[297]),
        REF(op_errors[437], shapes[453]),
        REF(op_errors[438], shapes[487]),
        REF(op_errors[439], shapes[538]),
        REF(op_errors[440], shapes[39]),
        REF(op_errors[441], shapes[272]),
        REF(op_errors[442], shapes[453]),
        REF(op_errors[443], shapes[487]),
        REF(op_errors[444], shapes[538]),
        REF(op_errors[445], shapes[39]),
        REF(op_errors[446], shapes[272]),
        REF(op_errors[447], shapes[292]),
        REF(op_errors[448], shapes[293]),
        REF(op_errors[449], shapes[294]),
        REF(op_errors[450], shapes[297]),
        REF(op_errors[451], shapes[453]),
        REF(op_errors[452], shapes[487]),
        REF(op_errors[453], shapes[538]),
        REF(op_errors[454], shapes[272]),
        REF(op_errors[455], shapes[292]),
        REF(op_errors[456], shapes[293]),
        REF(op_errors[457], shapes[294]),
        REF(op_errors[458], shapes[297]),
        REF(op_errors[459], shapes[453]),
        REF(op_errors[460], shapes[487]),
        REF(op_errors[461], shapes[538]),
        REF(op_errors[462], shapes[272]),
        REF(op_errors[463], shapes[451]),
        REF(op_errors[464], shapes[453]),
        REF(op_errors[465], shapes[487]),
        REF(op_errors[466], shapes[538]),
        REF(op_errors[467], shapes[272]),
        REF(op_errors[468], shapes[451]),
        REF(op_errors[469], shapes[453]),
        REF(op_errors[470], shapes[487]),
        REF(op_errors[471], shapes[538]),
        REF(op_errors[472], shapes[272]),
        REF(op_errors[473], shapes[410]),
        REF(op_errors[474], shapes[451]),
        REF(op_errors[475], shapes[453]),
        REF(op_errors[476], shapes[487]),
        REF(op_errors[477], shapes[538]),
        REF(op_errors[478], shapes[272]),
        REF(op_errors[479], shapes[451]),
        REF(op_errors[480], shapes[453]),
        REF(op_errors[481], shapes[487]),
        REF(op_errors[482], shapes[538]),
        REF(op_errors[483], shapes[272]),
        REF(op_errors[484], shapes[453]),
        REF(op_errors[485], shapes[487]),
        REF(op_errors[486], shapes[272]),
        REF(op_errors[487], shapes[451]),
        REF(op_errors[488], shapes[452]),
        REF(op_errors[489], shapes[453]),
        REF(op_errors[490], shapes[487]),
        REF(op_errors[491], shapes[538]),
        REF(op_errors[492], shapes[77]),
        REF(op_errors[493], shapes[80]),
        REF(op_errors[494], shapes[81]),
        REF(op_errors[495], shapes[271]),
        REF(op_errors[496], shapes[272]),
        REF(op_errors[497], shapes[410]),
        REF(op_errors[498], shapes[451]),
        REF(op_errors[499], shapes[453]),
        REF(op_errors[500], shapes[487]),
        REF(op_errors[501], shapes[538]),
        REF(op_errors[502], shapes[77]),
        REF(op_errors[503], shapes[81]),
        REF(op_errors[504], shapes[271]),
        REF(op_errors[505], shapes[272]),
        REF(op_errors[506], shapes[410]),
        REF(op_errors[507], shapes[451]),
        REF(op_errors[508], shapes[453]),
        REF(op_errors[509], shapes[487]),
        REF(op_errors[510], shapes[538]),
        REF(op_errors[511], shapes[272]),
        REF(op_errors[512], shapes[451]),
        REF(op_errors[513], shapes[453]),
        REF(op_errors[514], shapes[487]),
        REF(op_errors[515], shapes[538]),
        REF(op_errors[516], shapes[272]),
        REF(op_errors[517], shapes[451]),
        REF(op_errors[518], shapes[453]),
        REF(op_errors[519], shapes[487]),
        REF(op_errors[520], shapes[538]),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], shapes[11]),
        REF(service_errors[1], shapes[39]),
        REF(service_errors[2], shapes[43]),
        REF(service_errors[3], shapes[70]),
        REF(service_errors[4], shapes[71]),
        REF(service_errors[5], shapes[72]),
        REF(service_errors[6], shapes[77]),
        REF(service_errors[7], shapes[80]),
        REF(service_errors[8], shapes[81]),
        REF(service_errors[9], shapes[123]),
        REF(service_errors[10], shapes[128]),
        REF(service_errors[11], shapes[129]),
        REF(service_errors[12], shapes[130]),
        REF(service_errors[13], shapes[131]),
        REF(service_errors[14], shapes[132]),
        REF(service_errors[15], shapes[133]),
        REF(service_errors[16], shapes[134]),
        REF(service_errors[17], shapes[135]),
        REF(service_errors[18], shapes[136]),
        REF(service_errors[19], shapes[218]),
        REF(service_errors[20], shapes[271]),
        REF(service_errors[21], shapes[272]),
        REF(service_errors[22], shapes[273]),
        REF(service_errors[23], shapes[274]),
        REF(service_errors[24], shapes[275]),
        REF(service_errors[25], shapes[276]),
        REF(service_errors[26], shapes[277]),
        REF(service_errors[27], shapes[292]),
        REF(service_errors[28], shapes[293]),
        REF(service_errors[29], shapes[294]),
        REF(service_errors[30], shapes[297]),
        REF(service_errors[31], shapes[380]),
        REF(service_errors[32], shapes[384]),
        REF(service_errors[33], shapes[408]),
        REF(service_errors[34], shapes[410]),
        REF(service_errors[35], shapes[418]),
        REF(service_errors[36], shapes[422]),
        REF(service_errors[37], shapes[442]),
        REF(service_errors[38], shapes[447]),
        REF(service_errors[39], shapes[451]),
        REF(service_errors[40], shapes[452]),
        REF(service_errors[41], shapes[453]),
        REF(service_errors[42], shapes[454]),
        REF(service_errors[43], shapes[465]),
        REF(service_errors[44], shapes[466]),
        REF(service_errors[45], shapes[467]),
        REF(service_errors[46], shapes[486]),
        REF(service_errors[47], shapes[487]),
        REF(service_errors[48], shapes[488]),
        REF(service_errors[49], shapes[492]),
        REF(service_errors[50], shapes[493]),
        REF(service_errors[51], shapes[495]),
        REF(service_errors[52], shapes[497]),
        REF(service_errors[53], shapes[518]),
        REF(service_errors[54], shapes[538]),
        REF(service_errors[55], shapes[551]),
    },
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    .pagers = {
#if AWSC_WITH_PAGINATORS
    .paginators = {
        [0] = { /* GetDurableExecutionHistory */
            .name_ref = PREF(paginators[0].name_ref, strings[0]),
            .operation = 25,
            .input_tokens_ref = PREF(paginators[0].input_tokens_ref, input_tokens[0]),
            .output_tokens_ref = PREF(paginators[0].output_tokens_ref, expr_refs[0]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[0].result_keys_ref, expr_refs[1]),
            .result_key_count = 1,
        },
        [1] = { /* GetDurableExecutionState */
            .name_ref = PREF(paginators[1].name_ref, strings[27]),
            .operation = 26,
            .input_tokens_ref = PREF(paginators[1].input_tokens_ref, input_tokens[1]),
            .output_tokens_ref = PREF(paginators[1].output_tokens_ref, expr_refs[2]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[1].result_keys_ref, expr_refs[3]),
            .result_key_count = 1,
        },
        [2] = { /* ListAliases */
            .name_ref = PREF(paginators[2].name_ref, strings[52]),
            .operation = 45,
            .input_tokens_ref = PREF(paginators[2].input_tokens_ref, input_tokens[2]),
            .output_tokens_ref = PREF(paginators[2].output_tokens_ref, expr_refs[4]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[2].result_keys_ref, expr_refs[5]),
            .result_key_count = 1,
        },
        [3] = { /* ListCapacityProviders */
            .name_ref = PREF(paginators[3].name_ref, strings[64]),
            .operation = 46,
            .input_tokens_ref = PREF(paginators[3].input_tokens_ref, input_tokens[3]),
            .output_tokens_ref = PREF(paginators[3].output_tokens_ref, expr_refs[6]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[3].result_keys_ref, expr_refs[7]),
            .result_key_count = 1,
        },
        [4] = { /* ListCodeSigningConfigs */
            .name_ref = PREF(paginators[4].name_ref, strings[86]),
            .operation = 47,
            .input_tokens_ref = PREF(paginators[4].input_tokens_ref, input_tokens[4]),
            .output_tokens_ref = PREF(paginators[4].output_tokens_ref, expr_refs[8]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[4].result_keys_ref, expr_refs[9]),
            .result_key_count = 1,
        },
        [5] = { /* ListDurableExecutionsByFunction */
            .name_ref = PREF(paginators[5].name_ref, strings[109]),
            .operation = 48,
            .input_tokens_ref = PREF(paginators[5].input_tokens_ref, input_tokens[5]),
            .output_tokens_ref = PREF(paginators[5].output_tokens_ref, expr_refs[10]),
            .token_count = 1,
            .limit_key = 8,
            .result_keys_ref = PREF(paginators[5].result_keys_ref, expr_refs[11]),
            .result_key_count = 1,
        },
        [6] = { /* ListEventSourceMappings */
            .name_ref = PREF(paginators[6].name_ref, strings[141]),
            .operation = 49,
            .input_tokens_ref = PREF(paginators[6].input_tokens_ref, input_tokens[6]),
            .output_tokens_ref = PREF(paginators[6].output_tokens_ref, expr_refs[12]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[6].result_keys_ref, expr_refs[13]),
            .result_key_count = 1,
        },
        [7] = { /* ListFunctionEventInvokeConfigs */
            .name_ref = PREF(paginators[7].name_ref, strings[165]),
            .operation = 50,
            .input_tokens_ref = PREF(paginators[7].input_tokens_ref, input_tokens[7]),
            .output_tokens_ref = PREF(paginators[7].output_tokens_ref, expr_refs[14]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[7].result_keys_ref, expr_refs[15]),
            .result_key_count = 1,
        },
        [8] = { /* ListFunctionUrlConfigs */
            .name_ref = PREF(paginators[8].name_ref, strings[196]),
            .operation = 51,
            .input_tokens_ref = PREF(paginators[8].input_tokens_ref, input_tokens[8]),
            .output_tokens_ref = PREF(paginators[8].output_tokens_ref, expr_refs[16]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[8].result_keys_ref, expr_refs[17]),
            .result_key_count = 1,
        },
        [9] = { /* ListFunctionVersionsByCapacityProvider */
            .name_ref = PREF(paginators[9].name_ref, strings[219]),
            .operation = 52,
            .input_tokens_ref = PREF(paginators[9].input_tokens_ref, input_tokens[9]),
            .output_tokens_ref = PREF(paginators[9].output_tokens_ref, expr_refs[18]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[9].result_keys_ref, expr_refs[19]),
            .result_key_count = 1,
            .non_aggregate_keys_ref = PREF(paginators[9].non_aggregate_keys_ref, expr_refs[20]),
            .non_aggregate_key_count = 1,
        },
        [10] = { /* ListFunctions */
            .name_ref = PREF(paginators[10].name_ref, strings[258]),
            .operation = 53,
            .input_tokens_ref = PREF(paginators[10].input_tokens_ref, input_tokens[10]),
            .output_tokens_ref = PREF(paginators[10].output_tokens_ref, expr_refs[21]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[10].result_keys_ref, expr_refs[22]),
            .result_key_count = 1,
        },
        [11] = { /* ListFunctionsByCodeSigningConfig */
            .name_ref = PREF(paginators[11].name_ref, strings[272]),
            .operation = 54,
            .input_tokens_ref = PREF(paginators[11].input_tokens_ref, input_tokens[11]),
            .output_tokens_ref = PREF(paginators[11].output_tokens_ref, expr_refs[23]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[11].result_keys_ref, expr_refs[24]),
            .result_key_count = 1,
        },
        [12] = { /* ListLayerVersions */
            .name_ref = PREF(paginators[12].name_ref, strings[305]),
            .operation = 55,
            .input_tokens_ref = PREF(paginators[12].input_tokens_ref, input_tokens[12]),
            .output_tokens_ref = PREF(paginators[12].output_tokens_ref, expr_refs[25]),
            .token_count = 1,
            .limit_key = 4,
            .result_keys_ref = PREF(paginators[12].result_keys_ref, expr_refs[26]),
            .result_key_count = 1,
        },
        [13] = { /* ListLayers */
            .name_ref = PREF(paginators[13].name_ref, strings[323]),
            .operation = 56,
            .input_tokens_ref = PREF(paginators[13].input_tokens_ref, input_tokens[13]),
            .output_tokens_ref = PREF(paginators[13].output_tokens_ref, expr_refs[27]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[13].result_keys_ref, expr_refs[28]),
            .result_key_count = 1,
        },
        [14] = { /* ListProvisionedConcurrencyConfigs */
            .name_ref = PREF(paginators[14].name_ref, strings[334]),
            .operation = 57,
            .input_tokens_ref = PREF(paginators[14].input_tokens_ref, input_tokens[14]),
            .output_tokens_ref = PREF(paginators[14].output_tokens_ref, expr_refs[29]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[14].result_keys_ref, expr_refs[30]),
            .result_key_count = 1,
        },
        [15] = { /* ListVersionsByFunction */
            .name_ref = PREF(paginators[15].name_ref, strings[368]),
            .operation = 59,
            .input_tokens_ref = PREF(paginators[15].input_tokens_ref, input_tokens[15]),
            .output_tokens_ref = PREF(paginators[15].output_tokens_ref, expr_refs[31]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[15].result_keys_ref, expr_refs[32]),
            .result_key_count = 1,
        },
    },
    .input_tokens = {
        3, /* Marker */
        2, /* Marker */
        2, /* Marker */
        1, /* Marker */
        0, /* Marker */
        7, /* Marker */
        2, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        2, /* Marker */
        1, /* Marker */
        3, /* Marker */
        2, /* Marker */
        1, /* Marker */
        1, /* Marker */
    },
    .expr_refs = {
        PREF(expr_refs[0], exprs[0]), /* NextMarker */
        PREF(expr_refs[1], exprs[1]), /* Events */
        PREF(expr_refs[2], exprs[0]), /* NextMarker */
        PREF(expr_refs[3], exprs[2]), /* Operations */
        PREF(expr_refs[4], exprs[3]), /* NextMarker */
        PREF(expr_refs[5], exprs[4]), /* Aliases */
        PREF(expr_refs[6], exprs[0]), /* NextMarker */
        PREF(expr_refs[7], exprs[5]), /* CapacityProviders */
        PREF(expr_refs[8], exprs[3]), /* NextMarker */
        PREF(expr_refs[9], exprs[6]), /* CodeSigningConfigs */
        PREF(expr_refs[10], exprs[0]), /* NextMarker */
        PREF(expr_refs[11], exprs[7]), /* DurableExecutions */
        PREF(expr_refs[12], exprs[3]), /* NextMarker */
        PREF(expr_refs[13], exprs[8]), /* EventSourceMappings */
        PREF(expr_refs[14], exprs[0]), /* NextMarker */
        PREF(expr_refs[15], exprs[9]), /* FunctionEventInvokeConfigs */
        PREF(expr_refs[16], exprs[0]), /* NextMarker */
        PREF(expr_refs[17], exprs[10]), /* FunctionUrlConfigs */
        PREF(expr_refs[18], exprs[11]), /* NextMarker */
        PREF(expr_refs[19], exprs[12]), /* FunctionVersions */
        PREF(expr_refs[20], exprs[13]), /* CapacityProviderArn */
        PREF(expr_refs[21], exprs[3]), /* NextMarker */
        PREF(expr_refs[22], exprs[14]), /* Functions */
        PREF(expr_refs[23], exprs[3]), /* NextMarker */
        PREF(expr_refs[24], exprs[15]), /* FunctionArns */
        PREF(expr_refs[25], exprs[3]), /* NextMarker */
        PREF(expr_refs[26], exprs[16]), /* LayerVersions */
        PREF(expr_refs[27], exprs[3]), /* NextMarker */
        PREF(expr_refs[28], exprs[17]), /* Layers */
        PREF(expr_refs[29], exprs[0]), /* NextMarker */
        PREF(expr_refs[30], exprs[18]), /* ProvisionedConcurrencyConfigs */
        PREF(expr_refs[31], exprs[3]), /* NextMarker */
        PREF(expr_refs[32], exprs[19]), /* Versions */
    },
#endif
#if AWSC_WITH_WAITERS
    .waiters = {
        [0] = { /* FunctionActive */
            .name_ref = PREF(waiters[0].name_ref, strings[391]),
            .operation = 31,
            .delay = 5,
            .max_attempts = 60,
            .acceptors_ref = PREF(waiters[0].acceptors_ref, acceptors[0]),
            .acceptor_count = 3,
        },
        [1] = { /* FunctionActiveV2 */
            .name_ref = PREF(waiters[1].name_ref, strings[428]),
            .operation = 28,
            .delay = 1,
            .max_attempts = 300,
            .acceptors_ref = PREF(waiters[1].acceptors_ref, acceptors[3]),
            .acceptor_count = 3,
        },
        [2] = { /* FunctionExists */
            .name_ref = PREF(waiters[2].name_ref, strings[445]),
            .operation = 28,
            .delay = 1,
            .max_attempts = 20,
            .acceptors_ref = PREF(waiters[2].acceptors_ref, acceptors[6]),
            .acceptor_count = 2,
        },
        [3] = { /* FunctionUpdated */
            .name_ref = PREF(waiters[3].name_ref, strings[486]),
            .operation = 31,
            .delay = 5,
            .max_attempts = 60,
            .acceptors_ref = PREF(waiters[3].acceptors_ref, acceptors[8]),
            .acceptor_count = 3,
        },
        [4] = { /* FunctionUpdatedV2 */
            .name_ref = PREF(waiters[4].name_ref, strings[524]),
            .operation = 28,
            .delay = 1,
            .max_attempts = 300,
            .acceptors_ref = PREF(waiters[4].acceptors_ref, acceptors[11]),
            .acceptor_count = 3,
        },
        [5] = { /* PublishedVersionActive */
            .name_ref = PREF(waiters[5].name_ref, strings[542]),
            .operation = 31,
            .delay = 5,
            .max_attempts = 312,
            .acceptors_ref = PREF(waiters[5].acceptors_ref, acceptors[14]),
            .acceptor_count = 3,
        },
    },
    .acceptors = {
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[0].argument_ref, exprs[20]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[0].expected.string_ref, strings[406])}}, /* FunctionActive: path success */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[1].argument_ref, exprs[20]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[1].expected.string_ref, strings[413])}}, /* FunctionActive: path failure */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_RETRY, .argument_ref = PREF(acceptors[2].argument_ref, exprs[20]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[2].expected.string_ref, strings[420])}}, /* FunctionActive: path retry */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[3].argument_ref, exprs[21]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[3].expected.string_ref, strings[406])}}, /* FunctionActiveV2: path success */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[4].argument_ref, exprs[21]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[4].expected.string_ref, strings[413])}}, /* FunctionActiveV2: path failure */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_RETRY, .argument_ref = PREF(acceptors[5].argument_ref, exprs[21]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[5].expected.string_ref, strings[420])}}, /* FunctionActiveV2: path retry */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_BOOL, .boolean = false}}, /* FunctionExists: error success */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[7].expected.string_ref, strings[460])}}, /* FunctionExists: error retry */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[8].argument_ref, exprs[22]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[8].expected.string_ref, strings[502])}}, /* FunctionUpdated: path success */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[9].argument_ref, exprs[22]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[9].expected.string_ref, strings[413])}}, /* FunctionUpdated: path failure */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_RETRY, .argument_ref = PREF(acceptors[10].argument_ref, exprs[22]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[10].expected.string_ref, strings[513])}}, /* FunctionUpdated: path retry */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[11].argument_ref, exprs[23]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[11].expected.string_ref, strings[502])}}, /* FunctionUpdatedV2: path success */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[12].argument_ref, exprs[23]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[12].expected.string_ref, strings[413])}}, /* FunctionUpdatedV2: path failure */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_RETRY, .argument_ref = PREF(acceptors[13].argument_ref, exprs[23]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[13].expected.string_ref, strings[513])}}, /* FunctionUpdatedV2: path retry */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[14].argument_ref, exprs[20]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[14].expected.string_ref, strings[406])}}, /* PublishedVersionActive: path success */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[15].argument_ref, exprs[20]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[15].expected.string_ref, strings[413])}}, /* PublishedVersionActive: path failure */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_RETRY, .argument_ref = PREF(acceptors[16].argument_ref, exprs[20]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[16].expected.string_ref, strings[420])}}, /* PublishedVersionActive: path retry */
    },
#endif
    .exprs = {
        {.text_ref = PREF(exprs[0].text_ref, strings[565]), .nodes_ref = PREF(exprs[0].nodes_ref, nodes[0]), .node_count = 1}, /* NextMarker */
        {.text_ref = PREF(exprs[1].text_ref, strings[576]), .nodes_ref = PREF(exprs[1].nodes_ref, nodes[1]), .node_count = 1}, /* Events */
        {.text_ref = PREF(exprs[2].text_ref, strings[583]), .nodes_ref = PREF(exprs[2].nodes_ref, nodes[2]), .node_count = 1}, /* Operations */
        {.text_ref = PREF(exprs[3].text_ref, strings[565]), .nodes_ref = PREF(exprs[3].nodes_ref, nodes[3]), .node_count = 1}, /* NextMarker */
        {.text_ref = PREF(exprs[4].text_ref, strings[594]), .nodes_ref = PREF(exprs[4].nodes_ref, nodes[4]), .node_count = 1}, /* Aliases */
        {.text_ref = PREF(exprs[5].text_ref, strings[602]), .nodes_ref = PREF(exprs[5].nodes_ref, nodes[5]), .node_count = 1}, /* CapacityProviders */
        {.text_ref = PREF(exprs[6].text_ref, strings[620]), .nodes_ref = PREF(exprs[6].nodes_ref, nodes[6]), .node_count = 1}, /* CodeSigningConfigs */
        {.text_ref = PREF(exprs[7].text_ref, strings[639]), .nodes_ref = PREF(exprs[7].nodes_ref, nodes[7]), .node_count = 1}, /* DurableExecutions */
        {.text_ref = PREF(exprs[8].text_ref, strings[657]), .nodes_ref = PREF(exprs[8].nodes_ref, nodes[8]), .node_count = 1}, /* EventSourceMappings */
        {.text_ref = PREF(exprs[9].text_ref, strings[677]), .nodes_ref = PREF(exprs[9].nodes_ref, nodes[9]), .node_count = 1}, /* FunctionEventInvokeConfigs */
        {.text_ref = PREF(exprs[10].text_ref, strings[704]), .nodes_ref = PREF(exprs[10].nodes_ref, nodes[10]), .node_count = 1}, /* FunctionUrlConfigs */
        {.text_ref = PREF(exprs[11].text_ref, strings[565]), .nodes_ref = PREF(exprs[11].nodes_ref, nodes[11]), .node_count = 1}, /* NextMarker */
        {.text_ref = PREF(exprs[12].text_ref, strings[723]), .nodes_ref = PREF(exprs[12].nodes_ref, nodes[12]), .node_count = 1}, /* FunctionVersions */
        {.text_ref = PREF(exprs[13].text_ref, strings[740]), .nodes_ref = PREF(exprs[13].nodes_ref, nodes[13]), .node_count = 1}, /* CapacityProviderArn */
        {.text_ref = PREF(exprs[14].text_ref, strings[760]), .nodes_ref = PREF(exprs[14].nodes_ref, nodes[14]), .node_count = 1}, /* Functions */
        {.text_ref = PREF(exprs[15].text_ref, strings[770]), .nodes_ref = PREF(exprs[15].nodes_ref, nodes[15]), .node_count = 1}, /* FunctionArns */
        {.text_ref = PREF(exprs[16].text_ref, strings[783]), .nodes_ref = PREF(exprs[16].nodes_ref, nodes[16]), .node_count = 1}, /* LayerVersions */
        {.text_ref = PREF(exprs[17].text_ref, strings[797]), .nodes_ref = PREF(exprs[17].nodes_ref, nodes[17]), .node_count = 1}, /* Layers */
        {.text_ref = PREF(exprs[18].text_ref, strings[804]), .nodes_ref = PREF(exprs[18].nodes_ref, nodes[18]), .node_count = 1}, /* ProvisionedConcurrencyConfigs */
        {.text_ref = PREF(exprs[19].text_ref, strings[834]), .nodes_ref = PREF(exprs[19].nodes_ref, nodes[19]), .node_count = 1}, /* Versions */
        {.text_ref = PREF(exprs[20].text_ref, strings[843]), .nodes_ref = PREF(exprs[20].nodes_ref, nodes[20]), .node_count = 1}, /* State */
        {.text_ref = PREF(exprs[21].text_ref, strings[849]), .nodes_ref = PREF(exprs[21].nodes_ref, nodes[21]), .node_count = 3}, /* Configuration.State */
        {.text_ref = PREF(exprs[22].text_ref, strings[883]), .nodes_ref = PREF(exprs[22].nodes_ref, nodes[24]), .node_count = 1}, /* LastUpdateStatus */
        {.text_ref = PREF(exprs[23].text_ref, strings[900]), .nodes_ref = PREF(exprs[23].nodes_ref, nodes[25]), .node_count = 3}, /* Configuration.LastUpdateStatus */
    },
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[0].string_ref, strings[565])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[1].string_ref, strings[576])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[2].string_ref, strings[583])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[3].string_ref, strings[565])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[4].string_ref, strings[594])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[5].string_ref, strings[602])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[6].string_ref, strings[620])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[7].string_ref, strings[639])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[8].string_ref, strings[657])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[9].string_ref, strings[677])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[10].string_ref, strings[704])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[11].string_ref, strings[565])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[12].string_ref, strings[723])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[13].string_ref, strings[740])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[14].string_ref, strings[760])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[15].string_ref, strings[770])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[16].string_ref, strings[783])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[17].string_ref, strings[797])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[18].string_ref, strings[804])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[19].string_ref, strings[834])},
        {.op = AWSC_JP_MEMBER, .member = 20, .string_ref = PREF(nodes[20].string_ref, strings[843])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[21].string_ref, strings[869])},
        {.op = AWSC_JP_MEMBER, .member = 20, .string_ref = PREF(nodes[22].string_ref, strings[843])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
        {.op = AWSC_JP_MEMBER, .member = 23, .string_ref = PREF(nodes[24].string_ref, strings[883])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[25].string_ref, strings[869])},
        {.op = AWSC_JP_MEMBER, .member = 23, .string_ref = PREF(nodes[26].string_ref, strings[883])},
        {.op = AWSC_JP_SUB, .a = 0, .b = 1},
    },
    .strings =
        /*      0 */ "GetDurableExecutionHistory\0"
        /*     27 */ "GetDurableExecutionState\0"
        /*     52 */ "ListAliases\0"
        /*     64 */ "ListCapacityProviders\0"
        /*     86 */ "ListCodeSigningConfigs\0"
        /*    109 */ "ListDurableExecutionsByFunction\0"
        /*    141 */ "ListEventSourceMappings\0"
        /*    165 */ "ListFunctionEventInvokeConfigs\0"
        /*    196 */ "ListFunctionUrlConfigs\0"
        /*    219 */ "ListFunctionVersionsByCapacityProvider\0"
        /*    258 */ "ListFunctions\0"
        /*    272 */ "ListFunctionsByCodeSigningConfig\0"
        /*    305 */ "ListLayerVersions\0"
        /*    323 */ "ListLayers\0"
        /*    334 */ "ListProvisionedConcurrencyConfigs\0"
        /*    368 */ "ListVersionsByFunction\0"
        /*    391 */ "FunctionActive\0"
        /*    406 */ "Active\0"
        /*    413 */ "Failed\0"
        /*    420 */ "Pending\0"
        /*    428 */ "FunctionActiveV2\0"
        /*    445 */ "FunctionExists\0"
        /*    460 */ "ResourceNotFoundException\0"
        /*    486 */ "FunctionUpdated\0"
        /*    502 */ "Successful\0"
        /*    513 */ "InProgress\0"
        /*    524 */ "FunctionUpdatedV2\0"
        /*    542 */ "PublishedVersionActive\0"
        /*    565 */ "NextMarker\0"
        /*    576 */ "Events\0"
        /*    583 */ "Operations\0"
        /*    594 */ "Aliases\0"
        /*    602 */ "CapacityProviders\0"
        /*    620 */ "CodeSigningConfigs\0"
        /*    639 */ "DurableExecutions\0"
        /*    657 */ "EventSourceMappings\0"
        /*    677 */ "FunctionEventInvokeConfigs\0"
        /*    704 */ "FunctionUrlConfigs\0"
        /*    723 */ "FunctionVersions\0"
        /*    740 */ "CapacityProviderArn\0"
        /*    760 */ "Functions\0"
        /*    770 */ "FunctionArns\0"
        /*    783 */ "LayerVersions\0"
        /*    797 */ "Layers\0"
        /*    804 */ "ProvisionedConcurrencyConfigs\0"
        /*    834 */ "Versions\0"
        /*    843 */ "State\0"
        /*    849 */ "Configuration.State\0"
        /*    869 */ "Configuration\0"
        /*    883 */ "LastUpdateStatus\0"
        /*    900 */ "Configuration.LastUpdateStatus",
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
        .service = 0, /* lambda */
        .global_region = AWSC_EP_NONE,
        .param_count = 4,
        .slot_count = 5,
        .rule_count = 3,
        .flags = 0,
    },
    /* Parameters: name, default string (a stringArray's: the first in
     * defaults), default count, type, built-in, flags, default boolean. */
    .params = {
        {462, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_REGION, 0, false}, /* Region */
        {7, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_DUAL_STACK, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseDualStack */
        {20, AWSC_EP_NONE, 0, AWSC_EP_PARAM_BOOLEAN, AWSC_EP_BUILTIN_USE_FIPS, AWSC_EP_PF_REQUIRED | AWSC_EP_PF_DEFAULT, false}, /* UseFIPS */
        {28, AWSC_EP_NONE, 0, AWSC_EP_PARAM_STRING, AWSC_EP_BUILTIN_ENDPOINT, 0, false}, /* Endpoint */
    },
    /* The slots' names: parameters, then the variables the rules assign. */
    .slots = {
        462, /* 0: Region */
        7, /* 1: UseDualStack */
        20, /* 2: UseFIPS */
        28, /* 3: Endpoint */
        174, /* 4: PartitionResult */
    },
    /* Rules: condition count, first condition (in args), then a tree's
     * first child and child count, an endpoint's index, or an error's
     * message. A run of rules equal to another is stored once. */
    .rules = {
        /* 0 */ AWSC_EP_TREE(1, 1, 3, 3), /* isSet(Endpoint) */
        /* 1 */ AWSC_EP_TREE(1, 9, 19, 1), /* isSet(Region) */
        /* 2 */ AWSC_EP_ERROR(0, 0, 31), /* always */
        /* 3 */ AWSC_EP_ERROR(1, 4, 5), /* booleanEquals(UseFIPS, true) */
        /* 4 */ AWSC_EP_ERROR(1, 7, 8), /* booleanEquals(UseDualStack, true) */
        /* 5 */ AWSC_EP_ENDPOINT(0, 0, 0), /* always */
        /* 6 */ AWSC_EP_ENDPOINT(0, 0, 1), /* always */
        /* 7 */ AWSC_EP_TREE(2, 17, 6, 1), /* booleanEquals(true, PartitionResult#supportsFIPS) && booleanEquals(true, PartitionResu ... */
        /* 8 */ AWSC_EP_ERROR(0, 0, 22), /* always */
        /* 9 */ AWSC_EP_ENDPOINT(0, 0, 2), /* always */
        /* 10 */ AWSC_EP_TREE(1, 23, 9, 1), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 11 */ AWSC_EP_ERROR(0, 0, 26), /* always */
        /* 12 */ AWSC_EP_ENDPOINT(0, 0, 3), /* always */
        /* 13 */ AWSC_EP_TREE(1, 18, 12, 1), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 14 */ AWSC_EP_ERROR(0, 0, 29), /* always */
        /* 15 */ AWSC_EP_TREE(2, 11, 7, 2), /* booleanEquals(UseFIPS, true) && booleanEquals(UseDualStack, true) */
        /* 16 */ AWSC_EP_TREE(1, 4, 10, 2), /* booleanEquals(UseFIPS, true) */
        /* 17 */ AWSC_EP_TREE(1, 7, 13, 2), /* booleanEquals(UseDualStack, true) */
        /* 18 */ AWSC_EP_ENDPOINT(0, 0, 4), /* always */
        /* 19 */ AWSC_EP_TREE(1, 10, 15, 4), /* PartitionResult = aws.partition(Region) */
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
        /* 5 */ AWSC_EP_S(37, 65), /* "Invalid Configuration: FIPS and custom endpoint are not supported" */
        /* 6 */ AWSC_EP_V(1), /* UseDualStack */
        /* 7 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 5), /* booleanEquals(UseDualStack, true) */
        /* 8 */ AWSC_EP_S(103, 70), /* "Invalid Configuration: Dualstack and custom endpoint are not supported" */
        /* 9 */ AWSC_EP_V(0), /* Region */
        /* 10 */ AWSC_EP_F(IS_SET, 1, 8), /* isSet(Region) */
        /* 11 */ AWSC_EP_F(PARTITION, 1, 8), /* aws.partition(Region) */
        /* 12 */ AWSC_EP_SET(4, 11), /* PartitionResult = aws.partition(Region) */
        /* 13 */ AWSC_EP_V(4), /* PartitionResult */
        /* 14 */ AWSC_EP_A(13, SUPPORTS_FIPS), /* PartitionResult#supportsFIPS */
        /* 15 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 13), /* booleanEquals(true, PartitionResult#supportsFIPS) */
        /* 16 */ AWSC_EP_A(13, SUPPORTS_DUAL_STACK), /* PartitionResult#supportsDualStack */
        /* 17 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 15), /* booleanEquals(true, PartitionResult#supportsDualStack) */
        /* 18 */ AWSC_EP_S(190, 20), /* "https://lambda-fips." */
        /* 19 */ AWSC_EP_S(209, 1), /* "." */
        /* 20 */ AWSC_EP_A(13, DUAL_STACK_DNS_SUFFIX), /* PartitionResult#dualStackDnsSuffix */
        /* 21 */ AWSC_EP_T(4, 19), /* "https://lambda-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 22 */ AWSC_EP_S(211, 79), /* "FIPS and DualStack are enabled, but this partition does not support one or both" */
        /* 23 */ AWSC_EP_F(BOOLEAN_EQUALS, 2, 14), /* booleanEquals(PartitionResult#supportsFIPS, true) */
        /* 24 */ AWSC_EP_A(13, DNS_SUFFIX), /* PartitionResult#dnsSuffix */
        /* 25 */ AWSC_EP_T(4, 24), /* "https://lambda-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 26 */ AWSC_EP_S(291, 56), /* "FIPS is enabled but this partition does not support FIPS" */
        /* 27 */ AWSC_EP_S(348, 15), /* "https://lambda." */
        /* 28 */ AWSC_EP_T(4, 28), /* "https://lambda.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 29 */ AWSC_EP_S(364, 66), /* "DualStack is enabled but this partition does not support DualStack" */
        /* 30 */ AWSC_EP_T(4, 32), /* "https://lambda.{Region}.{PartitionResult#dnsSuffix}" */
        /* 31 */ AWSC_EP_S(431, 37), /* "Invalid Configuration: Missing Region" */
    },
    .args = {
        0, 1, 2, 3, 4, 6, 3, 7, 9, 10, 12, 4, 7, 3, 14, 3,
        16, 15, 17, 18, 9, 19, 20, 23, 18, 9, 19, 24, 27, 9, 19, 20,
        27, 9, 19, 24,
    },
    /* Endpoints: URL, properties, headers (an object of arrays in props). */
    .endpoints = {
        /* 0 */ {0, AWSC_EP_NONE, AWSC_EP_NONE}, /* Endpoint */
        /* 1 */ {21, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://lambda-fips.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 2 */ {25, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://lambda-fips.{Region}.{PartitionResult#dnsSuffix}" */
        /* 3 */ {28, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://lambda.{Region}.{PartitionResult#dualStackDnsSuffix}" */
        /* 4 */ {30, AWSC_EP_NONE, AWSC_EP_NONE}, /* "https://lambda.{Region}.{PartitionResult#dnsSuffix}" */
    },
    .strings =
        /*     0 */ "lambda\0"
        /*     7 */ "UseDualStack\0"
        /*    20 */ "UseFIPS\0"
        /*    28 */ "Endpoint\0"
        /*    37 */ "Invalid Configuration: FIPS and custom endpoint are not supported\0"
        /*   103 */ "Invalid Configuration: Dualstack and custom endpoint are not supported\0"
        /*   174 */ "PartitionResult\0"
        /*   190 */ "https://lambda-fips.\0"
        /*   211 */ "FIPS and DualStack are enabled, but this partition does not support one or both\0"
        /*   291 */ "FIPS is enabled but this partition does not support FIPS\0"
        /*   348 */ "https://lambda.\0"
        /*   364 */ "DualStack is enabled but this partition does not support DualStack\0"
        /*   431 */ "Invalid Configuration: Missing Region",
    },
    .shapes = {
        [0] = { /* AccountLimit */
            .name_ref = REF(shapes[0].name_ref, strings[0]),
            .u.structure.members_ref = REF(shapes[0].u.structure.members_ref, members[0]),
            .u.structure.by_wire_name_ref = REF(shapes[0].u.structure.by_wire_name_ref, by_wire_name[0]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_account_limit),
            .u.structure.member_count = 5,
        },
        [1] = { /* AccountUsage */
            .name_ref = REF(shapes[1].name_ref, strings[111]),
            .u.structure.members_ref = REF(shapes[1].u.structure.members_ref, members[5]),
            .u.structure.by_wire_name_ref = REF(shapes[1].u.structure.by_wire_name_ref, by_wire_name[5]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_account_usage),
            .u.structure.member_count = 2,
        },
        [2] = { /* Action */
            .name_ref = REF(shapes[2].name_ref, strings[138]),
            .range_ref = REF(shapes[2].range_ref, ranges[0]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [3] = { /* AddLayerVersionPermissionRequest */
            .name_ref = REF(shapes[3].name_ref, strings[145]),
            .u.structure.members_ref = REF(shapes[3].u.structure.members_ref, members[7]),
            .u.structure.by_wire_name_ref = REF(shapes[3].u.structure.by_wire_name_ref, by_wire_name[7]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_add_layer_version_permission_input),
            .u.structure.member_count = 7,
        },
        [4] = { /* AddLayerVersionPermissionResponse */
            .name_ref = REF(shapes[4].name_ref, strings[250]),
            .u.structure.members_ref = REF(shapes[4].u.structure.members_ref, members[14]),
            .u.structure.by_wire_name_ref = REF(shapes[4].u.structure.by_wire_name_ref, by_wire_name[14]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_add_layer_version_permission_output),
            .u.structure.member_count = 2,
        },
        [5] = { /* AddPermissionRequest */
            .name_ref = REF(shapes[5].name_ref, strings[294]),
            .u.structure.members_ref = REF(shapes[5].u.structure.members_ref, members[16]),
            .u.structure.by_wire_name_ref = REF(shapes[5].u.structure.by_wire_name_ref, by_wire_name[16]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_add_permission_input),
            .u.structure.member_count = 12,
        },
        [6] = { /* AddPermissionResponse */
            .name_ref = REF(shapes[6].name_ref, strings[436]),
            .u.structure.members_ref = REF(shapes[6].u.structure.members_ref, members[28]),
            .u.structure.by_wire_name_ref = REF(shapes[6].u.structure.by_wire_name_ref, by_wire_name[28]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_add_permission_output),
            .u.structure.member_count = 1,
        },
        [7] = { /* AdditionalVersion */
            .name_ref = REF(shapes[7].name_ref, strings[458]),
            .range_ref = REF(shapes[7].range_ref, ranges[1]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [8] = { /* AdditionalVersionWeights */
            .name_ref = REF(shapes[8].name_ref, strings[476]),
            .u.collection.item_ref = REF(shapes[8].u.collection.item_ref, shapes[576]),
            .u.collection.key_ref = REF(shapes[8].u.collection.key_ref, shapes[7]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_lambda_additional_version_weights),
            .u.collection.value_offset = offsetof(struct awsc_lambda_additional_version_weights_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_lambda_additional_version_weights_entry),
        },
        [9] = { /* Alias */
            .name_ref = REF(shapes[9].name_ref, strings[501]),
            .range_ref = REF(shapes[9].range_ref, ranges[2]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [10] = { /* AliasConfiguration */
            .name_ref = REF(shapes[10].name_ref, strings[507]),
            .u.structure.members_ref = REF(shapes[10].u.structure.members_ref, members[29]),
            .u.structure.by_wire_name_ref = REF(shapes[10].u.structure.by_wire_name_ref, by_wire_name[29]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_alias_configuration),
            .u.structure.member_count = 6,
        },
        [11] = { /* AliasLimitExceededException */
            .name_ref = REF(shapes[11].name_ref, strings[582]),
            .u.structure.members_ref = REF(shapes[11].u.structure.members_ref, members[35]),
            .u.structure.by_wire_name_ref = REF(shapes[11].u.structure.by_wire_name_ref, by_wire_name[35]),
            .u.structure.error_code_ref = REF(shapes[11].u.structure.error_code_ref, strings[582]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_alias_limit_exceeded_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [12] = { /* AliasList */
            .name_ref = REF(shapes[12].name_ref, strings[623]),
            .u.collection.item_ref = REF(shapes[12].u.collection.item_ref, shapes[10]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_alias_list),
        },
        [13] = { /* AliasRoutingConfiguration */
            .name_ref = REF(shapes[13].name_ref, strings[633]),
            .u.structure.members_ref = REF(shapes[13].u.structure.members_ref, members[37]),
            .u.structure.by_wire_name_ref = REF(shapes[13].u.structure.by_wire_name_ref, by_wire_name[37]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_alias_routing_configuration),
            .u.structure.member_count = 1,
        },
        [14] = { /* AllowCredentials */
            .name_ref = REF(shapes[14].name_ref, strings[659]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [15] = { /* AllowMethodsList */
            .name_ref = REF(shapes[15].name_ref, strings[676]),
            .range_ref = REF(shapes[15].range_ref, ranges[3]),
            .u.collection.item_ref = REF(shapes[15].u.collection.item_ref, shapes[377]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_architectures_list),
        },
        [16] = { /* AllowOriginsList */
            .name_ref = REF(shapes[16].name_ref, strings[693]),
            .range_ref = REF(shapes[16].range_ref, ranges[4]),
            .u.collection.item_ref = REF(shapes[16].u.collection.item_ref, shapes[402]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_architectures_list),
        },
        [17] = { /* AllowedPublishers */
            .name_ref = REF(shapes[17].name_ref, strings[710]),
            .u.structure.members_ref = REF(shapes[17].u.structure.members_ref, members[38]),
            .u.structure.by_wire_name_ref = REF(shapes[17].u.structure.by_wire_name_ref, by_wire_name[38]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_allowed_publishers),
            .u.structure.member_count = 1,
        },
        [18] = { /* AmazonManagedKafkaEventSourceConfig */
            .name_ref = REF(shapes[18].name_ref, strings[754]),
            .u.structure.members_ref = REF(shapes[18].u.structure.members_ref, members[39]),
            .u.structure.by_wire_name_ref = REF(shapes[18].u.structure.by_wire_name_ref, by_wire_name[39]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_amazon_managed_kafka_event_source_config),
            .u.structure.member_count = 2,
        },
        [19] = { /* ApplicationLogLevel */
            .name_ref = REF(shapes[19].name_ref, strings[827]),
            .u.string.enum_values_ref = REF(shapes[19].u.string.enum_values_ref, strings[847]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 6,
        },
        [20] = { /* Architecture */
            .name_ref = REF(shapes[20].name_ref, strings[881]),
            .u.string.enum_values_ref = REF(shapes[20].u.string.enum_values_ref, strings[894]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [21] = { /* ArchitecturesList */
            .name_ref = REF(shapes[21].name_ref, strings[907]),
            .range_ref = REF(shapes[21].range_ref, ranges[5]),
            .u.collection.item_ref = REF(shapes[21].u.collection.item_ref, shapes[20]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_architectures_list),
        },
        [22] = { /* Arn */
            .name_ref = REF(shapes[22].name_ref, strings[925]),
            .range_ref = REF(shapes[22].range_ref, ranges[6]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [23] = { /* AttemptCount */
            .name_ref = REF(shapes[23].name_ref, strings[929]),
            .range_ref = REF(shapes[23].range_ref, ranges[7]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [24] = { /* BatchSize */
            .name_ref = REF(shapes[24].name_ref, strings[942]),
            .range_ref = REF(shapes[24].range_ref, ranges[8]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [25] = { /* BinaryOperationPayload */
            .name_ref = REF(shapes[25].name_ref, strings[952]),
            .range_ref = REF(shapes[25].range_ref, ranges[9]),
            .type = AWSC_SHAPE_BLOB,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_blob),
        },
        [26] = { /* BisectBatchOnFunctionError */
            .name_ref = REF(shapes[26].name_ref, strings[975]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [27] = { /* Blob */
            .name_ref = REF(shapes[27].name_ref, strings[1002]),
            .type = AWSC_SHAPE_BLOB,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_blob),
        },
        [28] = { /* BlobStream */
            .name_ref = REF(shapes[28].name_ref, strings[1007]),
            .type = AWSC_SHAPE_BLOB,
            .flags = AWSC_SF_STREAMING,
            .size = sizeof(struct awsc_stream),
        },
        [29] = { /* Boolean */
            .name_ref = REF(shapes[29].name_ref, strings[1018]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [30] = { /* CallbackDetails */
            .name_ref = REF(shapes[30].name_ref, strings[1026]),
            .u.structure.members_ref = REF(shapes[30].u.structure.members_ref, members[41]),
            .u.structure.by_wire_name_ref = REF(shapes[30].u.structure.by_wire_name_ref, by_wire_name[41]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_callback_details),
            .u.structure.member_count = 3,
        },
        [31] = { /* CallbackFailedDetails */
            .name_ref = REF(shapes[31].name_ref, strings[1066]),
            .u.structure.members_ref = REF(shapes[31].u.structure.members_ref, members[44]),
            .u.structure.by_wire_name_ref = REF(shapes[31].u.structure.by_wire_name_ref, by_wire_name[44]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_callback_failed_details),
            .u.structure.member_count = 1,
        },
        [32] = { /* CallbackId */
            .name_ref = REF(shapes[32].name_ref, strings[1042]),
            .range_ref = REF(shapes[32].range_ref, ranges[10]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [33] = { /* CallbackOptions */
            .name_ref = REF(shapes[33].name_ref, strings[1088]),
            .u.structure.members_ref = REF(shapes[33].u.structure.members_ref, members[45]),
            .u.structure.by_wire_name_ref = REF(shapes[33].u.structure.by_wire_name_ref, by_wire_name[45]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_callback_options),
            .u.structure.member_count = 2,
        },
        [34] = { /* CallbackOptionsHeartbeatTimeoutSecondsInteger */
            .name_ref = REF(shapes[34].name_ref, strings[1143]),
            .range_ref = REF(shapes[34].range_ref, ranges[11]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [35] = { /* CallbackOptionsTimeoutSecondsInteger */
            .name_ref = REF(shapes[35].name_ref, strings[1189]),
            .range_ref = REF(shapes[35].range_ref, ranges[12]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [36] = { /* CallbackStartedDetails */
            .name_ref = REF(shapes[36].name_ref, strings[1226]),
            .u.structure.members_ref = REF(shapes[36].u.structure.members_ref, members[47]),
            .u.structure.by_wire_name_ref = REF(shapes[36].u.structure.by_wire_name_ref, by_wire_name[47]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_callback_started_details),
            .u.structure.member_count = 3,
        },
        [37] = { /* CallbackSucceededDetails */
            .name_ref = REF(shapes[37].name_ref, strings[1274]),
            .u.structure.members_ref = REF(shapes[37].u.structure.members_ref, members[50]),
            .u.structure.by_wire_name_ref = REF(shapes[37].u.structure.by_wire_name_ref, by_wire_name[50]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_callback_succeeded_details),
            .u.structure.member_count = 1,
        },
        [38] = { /* CallbackTimedOutDetails */
            .name_ref = REF(shapes[38].name_ref, strings[1299]),
            .u.structure.members_ref = REF(shapes[38].u.structure.members_ref, members[51]),
            .u.structure.by_wire_name_ref = REF(shapes[38].u.structure.by_wire_name_ref, by_wire_name[51]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_callback_timed_out_details),
            .u.structure.member_count = 1,
        },
        [39] = { /* CallbackTimeoutException */
            .name_ref = REF(shapes[39].name_ref, strings[1323]),
            .u.structure.members_ref = REF(shapes[39].u.structure.members_ref, members[52]),
            .u.structure.by_wire_name_ref = REF(shapes[39].u.structure.by_wire_name_ref, by_wire_name[52]),
            .u.structure.error_code_ref = REF(shapes[39].u.structure.error_code_ref, strings[1323]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_callback_timeout_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [40] = { /* CapacityProvider */
            .name_ref = REF(shapes[40].name_ref, strings[1356]),
            .u.structure.members_ref = REF(shapes[40].u.structure.members_ref, members[54]),
            .u.structure.by_wire_name_ref = REF(shapes[40].u.structure.by_wire_name_ref, by_wire_name[54]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_capacity_provider),
            .u.structure.member_count = 10,
        },
        [41] = { /* CapacityProviderArn */
            .name_ref = REF(shapes[41].name_ref, strings[1373]),
            .range_ref = REF(shapes[41].range_ref, ranges[13]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [42] = { /* CapacityProviderConfig */
            .name_ref = REF(shapes[42].name_ref, strings[1531]),
            .u.structure.members_ref = REF(shapes[42].u.structure.members_ref, members[64]),
            .u.structure.by_wire_name_ref = REF(shapes[42].u.structure.by_wire_name_ref, by_wire_name[64]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_capacity_provider_config),
            .u.structure.member_count = 1,
        },
        [43] = { /* CapacityProviderLimitExceededException */
            .name_ref = REF(shapes[43].name_ref, strings[1599]),
            .u.structure.members_ref = REF(shapes[43].u.structure.members_ref, members[65]),
            .u.structure.by_wire_name_ref = REF(shapes[43].u.structure.by_wire_name_ref, by_wire_name[65]),
            .u.structure.error_code_ref = REF(shapes[43].u.structure.error_code_ref, strings[1599]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_capacity_provider_limit_exceeded_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [44] = { /* CapacityProviderLoggingConfig */
            .name_ref = REF(shapes[44].name_ref, strings[1638]),
            .u.structure.members_ref = REF(shapes[44].u.structure.members_ref, members[67]),
            .u.structure.by_wire_name_ref = REF(shapes[44].u.structure.by_wire_name_ref, by_wire_name[67]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_capacity_provider_logging_config),
            .u.structure.member_count = 2,
        },
        [45] = { /* CapacityProviderMaxVCpuCount */
            .name_ref = REF(shapes[45].name_ref, strings[1692]),
            .range_ref = REF(shapes[45].range_ref, ranges[14]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [46] = { /* CapacityProviderName */
            .name_ref = REF(shapes[46].name_ref, strings[1721]),
            .range_ref = REF(shapes[46].range_ref, ranges[15]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [47] = { /* CapacityProviderPermissionsConfig */
            .name_ref = REF(shapes[47].name_ref, strings[1742]),
            .u.structure.members_ref = REF(shapes[47].u.structure.members_ref, members[69]),
            .u.structure.by_wire_name_ref = REF(shapes[47].u.structure.by_wire_name_ref, by_wire_name[69]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_capacity_provider_permissions_config),
            .u.structure.member_count = 1,
        },
        [48] = { /* CapacityProviderPredefinedMetricType */
            .name_ref = REF(shapes[48].name_ref, strings[1808]),
            .u.string.enum_values_ref = REF(shapes[48].u.string.enum_values_ref, strings[1845]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [49] = { /* CapacityProviderScalingConfig */
            .name_ref = REF(shapes[49].name_ref, strings[1448]),
            .u.structure.members_ref = REF(shapes[49].u.structure.members_ref, members[70]),
            .u.structure.by_wire_name_ref = REF(shapes[49].u.structure.by_wire_name_ref, by_wire_name[70]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_capacity_provider_scaling_config),
            .u.structure.member_count = 3,
        },
        [50] = { /* CapacityProviderScalingMode */
            .name_ref = REF(shapes[50].name_ref, strings[1930]),
            .u.string.enum_values_ref = REF(shapes[50].u.string.enum_values_ref, strings[1958]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [51] = { /* CapacityProviderScalingPoliciesList */
            .name_ref = REF(shapes[51].name_ref, strings[1970]),
            .range_ref = REF(shapes[51].range_ref, ranges[16]),
            .u.collection.item_ref = REF(shapes[51].u.collection.item_ref, shapes[531]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_capacity_provider_scaling_policies_list),
        },
        [52] = { /* CapacityProviderSecurityGroupIds */
            .name_ref = REF(shapes[52].name_ref, strings[2006]),
            .range_ref = REF(shapes[52].range_ref, ranges[17]),
            .u.collection.item_ref = REF(shapes[52].u.collection.item_ref, shapes[474]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_architectures_list),
        },
        [53] = { /* CapacityProviderState */
            .name_ref = REF(shapes[53].name_ref, strings[2039]),
            .u.string.enum_values_ref = REF(shapes[53].u.string.enum_values_ref, strings[2061]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [54] = { /* CapacityProviderSubnetIds */
            .name_ref = REF(shapes[54].name_ref, strings[2092]),
            .range_ref = REF(shapes[54].range_ref, ranges[18]),
            .u.collection.item_ref = REF(shapes[54].u.collection.item_ref, shapes[519]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_architectures_list),
        },
        [55] = { /* CapacityProviderTelemetryConfig */
            .name_ref = REF(shapes[55].name_ref, strings[2118]),
            .u.structure.members_ref = REF(shapes[55].u.structure.members_ref, members[73]),
            .u.structure.by_wire_name_ref = REF(shapes[55].u.structure.by_wire_name_ref, by_wire_name[73]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_capacity_provider_telemetry_config),
            .u.structure.member_count = 1,
        },
        [56] = { /* CapacityProviderVpcConfig */
            .name_ref = REF(shapes[56].name_ref, strings[2164]),
            .u.structure.members_ref = REF(shapes[56].u.structure.members_ref, members[74]),
            .u.structure.by_wire_name_ref = REF(shapes[56].u.structure.by_wire_name_ref, by_wire_name[74]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_capacity_provider_vpc_config),
            .u.structure.member_count = 2,
        },
        [57] = { /* CapacityProvidersList */
            .name_ref = REF(shapes[57].name_ref, strings[2217]),
            .range_ref = REF(shapes[57].range_ref, ranges[19]),
            .u.collection.item_ref = REF(shapes[57].u.collection.item_ref, shapes[40]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_capacity_providers_list),
        },
        [58] = { /* ChainedInvokeDetails */
            .name_ref = REF(shapes[58].name_ref, strings[2239]),
            .u.structure.members_ref = REF(shapes[58].u.structure.members_ref, members[76]),
            .u.structure.by_wire_name_ref = REF(shapes[58].u.structure.by_wire_name_ref, by_wire_name[76]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_chained_invoke_details),
            .u.structure.member_count = 2,
        },
        [59] = { /* ChainedInvokeFailedDetails */
            .name_ref = REF(shapes[59].name_ref, strings[2260]),
            .u.structure.members_ref = REF(shapes[59].u.structure.members_ref, members[78]),
            .u.structure.by_wire_name_ref = REF(shapes[59].u.structure.by_wire_name_ref, by_wire_name[78]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_chained_invoke_failed_details),
            .u.structure.member_count = 1,
        },
        [60] = { /* ChainedInvokeOptions */
            .name_ref = REF(shapes[60].name_ref, strings[2287]),
            .u.structure.members_ref = REF(shapes[60].u.structure.members_ref, members[79]),
            .u.structure.by_wire_name_ref = REF(shapes[60].u.structure.by_wire_name_ref, by_wire_name[79]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_chained_invoke_options),
            .u.structure.member_count = 2,
        },
        [61] = { /* ChainedInvokeStartedDetails */
            .name_ref = REF(shapes[61].name_ref, strings[2317]),
            .u.structure.members_ref = REF(shapes[61].u.structure.members_ref, members[81]),
            .u.structure.by_wire_name_ref = REF(shapes[61].u.structure.by_wire_name_ref, by_wire_name[81]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_chained_invoke_started_details),
            .u.structure.member_count = 5,
        },
        [62] = { /* ChainedInvokeStoppedDetails */
            .name_ref = REF(shapes[62].name_ref, strings[2387]),
            .u.structure.members_ref = REF(shapes[62].u.structure.members_ref, members[86]),
            .u.structure.by_wire_name_ref = REF(shapes[62].u.structure.by_wire_name_ref, by_wire_name[86]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_chained_invoke_stopped_details),
            .u.structure.member_count = 1,
        },
        [63] = { /* ChainedInvokeSucceededDetails */
            .name_ref = REF(shapes[63].name_ref, strings[2415]),
            .u.structure.members_ref = REF(shapes[63].u.structure.members_ref, members[87]),
            .u.structure.by_wire_name_ref = REF(shapes[63].u.structure.by_wire_name_ref, by_wire_name[87]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_chained_invoke_succeeded_details),
            .u.structure.member_count = 1,
        },
        [64] = { /* ChainedInvokeTimedOutDetails */
            .name_ref = REF(shapes[64].name_ref, strings[2445]),
            .u.structure.members_ref = REF(shapes[64].u.structure.members_ref, members[88]),
            .u.structure.by_wire_name_ref = REF(shapes[64].u.structure.by_wire_name_ref, by_wire_name[88]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_chained_invoke_timed_out_details),
            .u.structure.member_count = 1,
        },
        [65] = { /* CheckpointDurableExecutionRequest */
            .name_ref = REF(shapes[65].name_ref, strings[2474]),
            .u.structure.members_ref = REF(shapes[65].u.structure.members_ref, members[89]),
            .u.structure.by_wire_name_ref = REF(shapes[65].u.structure.by_wire_name_ref, by_wire_name[89]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_checkpoint_durable_execution_input),
            .u.structure.member_count = 4,
        },
        [66] = { /* CheckpointDurableExecutionResponse */
            .name_ref = REF(shapes[66].name_ref, strings[2544]),
            .u.structure.members_ref = REF(shapes[66].u.structure.members_ref, members[93]),
            .u.structure.by_wire_name_ref = REF(shapes[66].u.structure.by_wire_name_ref, by_wire_name[93]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_checkpoint_durable_execution_output),
            .u.structure.member_count = 2,
        },
        [67] = { /* CheckpointToken */
            .name_ref = REF(shapes[67].name_ref, strings[2508]),
            .range_ref = REF(shapes[67].range_ref, ranges[20]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [68] = { /* CheckpointUpdatedExecutionState */
            .name_ref = REF(shapes[68].name_ref, strings[2597]),
            .u.structure.members_ref = REF(shapes[68].u.structure.members_ref, members[95]),
            .u.structure.by_wire_name_ref = REF(shapes[68].u.structure.by_wire_name_ref, by_wire_name[95]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_checkpoint_updated_execution_state),
            .u.structure.member_count = 2,
        },
        [69] = { /* ClientToken */
            .name_ref = REF(shapes[69].name_ref, strings[2532]),
            .range_ref = REF(shapes[69].range_ref, ranges[21]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [70] = { /* CodeArtifactUserDeletedException */
            .name_ref = REF(shapes[70].name_ref, strings[2651]),
            .u.structure.members_ref = REF(shapes[70].u.structure.members_ref, members[97]),
            .u.structure.by_wire_name_ref = REF(shapes[70].u.structure.by_wire_name_ref, by_wire_name[97]),
            .u.structure.error_code_ref = REF(shapes[70].u.structure.error_code_ref, strings[2651]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_code_artifact_user_deleted_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 409,
        },
        [71] = { /* CodeArtifactUserFailedException */
            .name_ref = REF(shapes[71].name_ref, strings[2684]),
            .u.structure.members_ref = REF(shapes[71].u.structure.members_ref, members[99]),
            .u.structure.by_wire_name_ref = REF(shapes[71].u.structure.by_wire_name_ref, by_wire_name[99]),
            .u.structure.error_code_ref = REF(shapes[71].u.structure.error_code_ref, strings[2684]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_code_artifact_user_failed_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 409,
        },
        [72] = { /* CodeArtifactUserPendingException */
            .name_ref = REF(shapes[72].name_ref, strings[2716]),
            .u.structure.members_ref = REF(shapes[72].u.structure.members_ref, members[101]),
            .u.structure.by_wire_name_ref = REF(shapes[72].u.structure.by_wire_name_ref, by_wire_name[101]),
            .u.structure.error_code_ref = REF(shapes[72].u.structure.error_code_ref, strings[2716]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_code_artifact_user_pending_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 409,
        },
        [73] = { /* CodeSigningConfig */
            .name_ref = REF(shapes[73].name_ref, strings[2749]),
            .u.structure.members_ref = REF(shapes[73].u.structure.members_ref, members[103]),
            .u.structure.by_wire_name_ref = REF(shapes[73].u.structure.by_wire_name_ref, by_wire_name[103]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_code_signing_config),
            .u.structure.member_count = 6,
        },
        [74] = { /* CodeSigningConfigArn */
            .name_ref = REF(shapes[74].name_ref, strings[2787]),
            .range_ref = REF(shapes[74].range_ref, ranges[22]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [75] = { /* CodeSigningConfigId */
            .name_ref = REF(shapes[75].name_ref, strings[2767]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [76] = { /* CodeSigningConfigList */
            .name_ref = REF(shapes[76].name_ref, strings[2828]),
            .u.collection.item_ref = REF(shapes[76].u.collection.item_ref, shapes[73]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_code_signing_config_list),
        },
        [77] = { /* CodeSigningConfigNotFoundException */
            .name_ref = REF(shapes[77].name_ref, strings[2850]),
            .u.structure.members_ref = REF(shapes[77].u.structure.members_ref, members[109]),
            .u.structure.by_wire_name_ref = REF(shapes[77].u.structure.by_wire_name_ref, by_wire_name[109]),
            .u.structure.error_code_ref = REF(shapes[77].u.structure.error_code_ref, strings[2850]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_code_signing_config_not_found_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 404,
        },
        [78] = { /* CodeSigningPolicies */
            .name_ref = REF(shapes[78].name_ref, strings[2808]),
            .u.structure.members_ref = REF(shapes[78].u.structure.members_ref, members[111]),
            .u.structure.by_wire_name_ref = REF(shapes[78].u.structure.by_wire_name_ref, by_wire_name[111]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_code_signing_policies),
            .u.structure.member_count = 1,
        },
        [79] = { /* CodeSigningPolicy */
            .name_ref = REF(shapes[79].name_ref, strings[2915]),
            .u.string.enum_values_ref = REF(shapes[79].u.string.enum_values_ref, strings[2933]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [80] = { /* CodeStorageExceededException */
            .name_ref = REF(shapes[80].name_ref, strings[2946]),
            .u.structure.members_ref = REF(shapes[80].u.structure.members_ref, members[112]),
            .u.structure.by_wire_name_ref = REF(shapes[80].u.structure.by_wire_name_ref, by_wire_name[112]),
            .u.structure.error_code_ref = REF(shapes[80].u.structure.error_code_ref, strings[2946]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_code_storage_exceeded_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [81] = { /* CodeVerificationFailedException */
            .name_ref = REF(shapes[81].name_ref, strings[2975]),
            .u.structure.members_ref = REF(shapes[81].u.structure.members_ref, members[114]),
            .u.structure.by_wire_name_ref = REF(shapes[81].u.structure.by_wire_name_ref, by_wire_name[114]),
            .u.structure.error_code_ref = REF(shapes[81].u.structure.error_code_ref, strings[2975]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_code_verification_failed_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [82] = { /* CollectionName */
            .name_ref = REF(shapes[82].name_ref, strings[3007]),
            .range_ref = REF(shapes[82].range_ref, ranges[23]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [83] = { /* CompatibleArchitectures */
            .name_ref = REF(shapes[83].name_ref, strings[3022]),
            .range_ref = REF(shapes[83].range_ref, ranges[24]),
            .u.collection.item_ref = REF(shapes[83].u.collection.item_ref, shapes[20]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_architectures_list),
        },
        [84] = { /* CompatibleRuntimes */
            .name_ref = REF(shapes[84].name_ref, strings[3046]),
            .range_ref = REF(shapes[84].range_ref, ranges[25]),
            .u.collection.item_ref = REF(shapes[84].u.collection.item_ref, shapes[460]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_architectures_list),
        },
        [85] = { /* Concurrency */
            .name_ref = REF(shapes[85].name_ref, strings[3065]),
            .u.structure.members_ref = REF(shapes[85].u.structure.members_ref, members[116]),
            .u.structure.by_wire_name_ref = REF(shapes[85].u.structure.by_wire_name_ref, by_wire_name[116]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_concurrency),
            .u.structure.member_count = 1,
        },
        [86] = { /* ContextDetails */
            .name_ref = REF(shapes[86].name_ref, strings[3106]),
            .u.structure.members_ref = REF(shapes[86].u.structure.members_ref, members[117]),
            .u.structure.by_wire_name_ref = REF(shapes[86].u.structure.by_wire_name_ref, by_wire_name[117]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_context_details),
            .u.structure.member_count = 3,
        },
        [87] = { /* ContextFailedDetails */
            .name_ref = REF(shapes[87].name_ref, strings[3136]),
            .u.structure.members_ref = REF(shapes[87].u.structure.members_ref, members[120]),
            .u.structure.by_wire_name_ref = REF(shapes[87].u.structure.by_wire_name_ref, by_wire_name[120]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_context_failed_details),
            .u.structure.member_count = 1,
        },
        [88] = { /* ContextOptions */
            .name_ref = REF(shapes[88].name_ref, strings[3157]),
            .u.structure.members_ref = REF(shapes[88].u.structure.members_ref, members[121]),
            .u.structure.by_wire_name_ref = REF(shapes[88].u.structure.by_wire_name_ref, by_wire_name[121]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_context_options),
            .u.structure.member_count = 1,
        },
        [89] = { /* ContextStartedDetails */
            .name_ref = REF(shapes[89].name_ref, strings[3172]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_context_started_details),
        },
        [90] = { /* ContextSucceededDetails */
            .name_ref = REF(shapes[90].name_ref, strings[3194]),
            .u.structure.members_ref = REF(shapes[90].u.structure.members_ref, members[122]),
            .u.structure.by_wire_name_ref = REF(shapes[90].u.structure.by_wire_name_ref, by_wire_name[122]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_context_succeeded_details),
            .u.structure.member_count = 1,
        },
        [91] = { /* Cors */
            .name_ref = REF(shapes[91].name_ref, strings[3218]),
            .u.structure.members_ref = REF(shapes[91].u.structure.members_ref, members[123]),
            .u.structure.by_wire_name_ref = REF(shapes[91].u.structure.by_wire_name_ref, by_wire_name[123]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_cors),
            .u.structure.member_count = 6,
        },
        [92] = { /* CreateAliasRequest */
            .name_ref = REF(shapes[92].name_ref, strings[3283]),
            .u.structure.members_ref = REF(shapes[92].u.structure.members_ref, members[129]),
            .u.structure.by_wire_name_ref = REF(shapes[92].u.structure.by_wire_name_ref, by_wire_name[129]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_create_alias_input),
            .u.structure.member_count = 5,
        },
        [93] = { /* CreateCapacityProviderRequest */
            .name_ref = REF(shapes[93].name_ref, strings[3302]),
            .u.structure.members_ref = REF(shapes[93].u.structure.members_ref, members[134]),
            .u.structure.by_wire_name_ref = REF(shapes[93].u.structure.by_wire_name_ref, by_wire_name[134]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_create_capacity_provider_input),
            .u.structure.member_count = 9,
        },
        [94] = { /* CreateCapacityProviderResponse */
            .name_ref = REF(shapes[94].name_ref, strings[3337]),
            .u.structure.members_ref = REF(shapes[94].u.structure.members_ref, members[143]),
            .u.structure.by_wire_name_ref = REF(shapes[94].u.structure.by_wire_name_ref, by_wire_name[143]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_create_capacity_provider_output),
            .u.structure.member_count = 1,
        },
        [95] = { /* CreateCodeSigningConfigRequest */
            .name_ref = REF(shapes[95].name_ref, strings[3368]),
            .u.structure.members_ref = REF(shapes[95].u.structure.members_ref, members[144]),
            .u.structure.by_wire_name_ref = REF(shapes[95].u.structure.by_wire_name_ref, by_wire_name[144]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_create_code_signing_config_input),
            .u.structure.member_count = 4,
        },
        [96] = { /* CreateCodeSigningConfigResponse */
            .name_ref = REF(shapes[96].name_ref, strings[3399]),
            .u.structure.members_ref = REF(shapes[96].u.structure.members_ref, members[148]),
            .u.structure.by_wire_name_ref = REF(shapes[96].u.structure.by_wire_name_ref, by_wire_name[148]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_create_code_signing_config_output),
            .u.structure.member_count = 1,
        },
        [97] = { /* CreateEventSourceMappingRequest */
            .name_ref = REF(shapes[97].name_ref, strings[3431]),
            .u.structure.members_ref = REF(shapes[97].u.structure.members_ref, members[149]),
            .u.structure.by_wire_name_ref = REF(shapes[97].u.structure.by_wire_name_ref, by_wire_name[149]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_create_event_source_mapping_input),
            .u.structure.member_count = 28,
        },
        [98] = { /* CreateFunctionRequest */
            .name_ref = REF(shapes[98].name_ref, strings[3896]),
            .u.structure.members_ref = REF(shapes[98].u.structure.members_ref, members[177]),
            .u.structure.by_wire_name_ref = REF(shapes[98].u.structure.by_wire_name_ref, by_wire_name[177]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_create_function_input),
            .u.structure.member_count = 28,
        },
        [99] = { /* CreateFunctionUrlConfigRequest */
            .name_ref = REF(shapes[99].name_ref, strings[4134]),
            .u.structure.members_ref = REF(shapes[99].u.structure.members_ref, members[205]),
            .u.structure.by_wire_name_ref = REF(shapes[99].u.structure.by_wire_name_ref, by_wire_name[205]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_create_function_url_config_input),
            .u.structure.member_count = 5,
        },
        [100] = { /* CreateFunctionUrlConfigResponse */
            .name_ref = REF(shapes[100].name_ref, strings[4185]),
            .u.structure.members_ref = REF(shapes[100].u.structure.members_ref, members[210]),
            .u.structure.by_wire_name_ref = REF(shapes[100].u.structure.by_wire_name_ref, by_wire_name[210]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_create_function_url_config_output),
            .u.structure.member_count = 6,
        },
        [101] = { /* DatabaseName */
            .name_ref = REF(shapes[101].name_ref, strings[4254]),
            .range_ref = REF(shapes[101].range_ref, ranges[26]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [102] = { /* Date */
            .name_ref = REF(shapes[102].name_ref, strings[4267]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [103] = { /* DeadLetterConfig */
            .name_ref = REF(shapes[103].name_ref, strings[3985]),
            .u.structure.members_ref = REF(shapes[103].u.structure.members_ref, members[216]),
            .u.structure.by_wire_name_ref = REF(shapes[103].u.structure.by_wire_name_ref, by_wire_name[216]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_dead_letter_config),
            .u.structure.member_count = 1,
        },
        [104] = { /* DeleteAliasRequest */
            .name_ref = REF(shapes[104].name_ref, strings[4282]),
            .u.structure.members_ref = REF(shapes[104].u.structure.members_ref, members[217]),
            .u.structure.by_wire_name_ref = REF(shapes[104].u.structure.by_wire_name_ref, by_wire_name[217]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_delete_alias_input),
            .u.structure.member_count = 2,
        },
        [105] = { /* DeleteCapacityProviderRequest */
            .name_ref = REF(shapes[105].name_ref, strings[4301]),
            .u.structure.members_ref = REF(shapes[105].u.structure.members_ref, members[219]),
            .u.structure.by_wire_name_ref = REF(shapes[105].u.structure.by_wire_name_ref, by_wire_name[219]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_delete_capacity_provider_input),
            .u.structure.member_count = 1,
        },
        [106] = { /* DeleteCapacityProviderResponse */
            .name_ref = REF(shapes[106].name_ref, strings[4331]),
            .u.structure.members_ref = REF(shapes[106].u.structure.members_ref, members[220]),
            .u.structure.by_wire_name_ref = REF(shapes[106].u.structure.by_wire_name_ref, by_wire_name[220]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_delete_capacity_provider_output),
            .u.structure.member_count = 1,
        },
        [107] = { /* DeleteCodeSigningConfigRequest */
            .name_ref = REF(shapes[107].name_ref, strings[4362]),
            .u.structure.members_ref = REF(shapes[107].u.structure.members_ref, members[221]),
            .u.structure.by_wire_name_ref = REF(shapes[107].u.structure.by_wire_name_ref, by_wire_name[221]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_delete_code_signing_config_input),
            .u.structure.member_count = 1,
        },
        [108] = { /* DeleteCodeSigningConfigResponse */
            .name_ref = REF(shapes[108].name_ref, strings[4393]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_delete_code_signing_config_output),
        },
        [109] = { /* DeleteEventSourceMappingRequest */
            .name_ref = REF(shapes[109].name_ref, strings[4425]),
            .u.structure.members_ref = REF(shapes[109].u.structure.members_ref, members[222]),
            .u.structure.by_wire_name_ref = REF(shapes[109].u.structure.by_wire_name_ref, by_wire_name[222]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_delete_event_source_mapping_input),
            .u.structure.member_count = 1,
        },
        [110] = { /* DeleteFunctionCodeSigningConfigRequest */
            .name_ref = REF(shapes[110].name_ref, strings[4462]),
            .u.structure.members_ref = REF(shapes[110].u.structure.members_ref, members[223]),
            .u.structure.by_wire_name_ref = REF(shapes[110].u.structure.by_wire_name_ref, by_wire_name[223]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_delete_function_code_signing_config_input),
            .u.structure.member_count = 1,
        },
        [111] = { /* DeleteFunctionConcurrencyRequest */
            .name_ref = REF(shapes[111].name_ref, strings[4501]),
            .u.structure.members_ref = REF(shapes[111].u.structure.members_ref, members[224]),
            .u.structure.by_wire_name_ref = REF(shapes[111].u.structure.by_wire_name_ref, by_wire_name[224]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_delete_function_concurrency_input),
            .u.structure.member_count = 1,
        },
        [112] = { /* DeleteFunctionEventInvokeConfigRequest */
            .name_ref = REF(shapes[112].name_ref, strings[4534]),
            .u.structure.members_ref = REF(shapes[112].u.structure.members_ref, members[225]),
            .u.structure.by_wire_name_ref = REF(shapes[112].u.structure.by_wire_name_ref, by_wire_name[225]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_delete_function_event_invoke_config_input),
            .u.structure.member_count = 2,
        },
        [113] = { /* DeleteFunctionRequest */
            .name_ref = REF(shapes[113].name_ref, strings[4573]),
            .u.structure.members_ref = REF(shapes[113].u.structure.members_ref, members[227]),
            .u.structure.by_wire_name_ref = REF(shapes[113].u.structure.by_wire_name_ref, by_wire_name[227]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_delete_function_input),
            .u.structure.member_count = 2,
        },
        [114] = { /* DeleteFunctionResponse */
            .name_ref = REF(shapes[114].name_ref, strings[4595]),
            .u.structure.members_ref = REF(shapes[114].u.structure.members_ref, members[229]),
            .u.structure.by_wire_name_ref = REF(shapes[114].u.structure.by_wire_name_ref, by_wire_name[229]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_delete_function_output),
            .u.structure.member_count = 1,
        },
        [115] = { /* DeleteFunctionUrlConfigRequest */
            .name_ref = REF(shapes[115].name_ref, strings[4629]),
            .u.structure.members_ref = REF(shapes[115].u.structure.members_ref, members[230]),
            .u.structure.by_wire_name_ref = REF(shapes[115].u.structure.by_wire_name_ref, by_wire_name[230]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_delete_function_url_config_input),
            .u.structure.member_count = 2,
        },
        [116] = { /* DeleteLayerVersionRequest */
            .name_ref = REF(shapes[116].name_ref, strings[4660]),
            .u.structure.members_ref = REF(shapes[116].u.structure.members_ref, members[232]),
            .u.structure.by_wire_name_ref = REF(shapes[116].u.structure.by_wire_name_ref, by_wire_name[232]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_delete_layer_version_input),
            .u.structure.member_count = 2,
        },
        [117] = { /* DeleteProvisionedConcurrencyConfigRequest */
            .name_ref = REF(shapes[117].name_ref, strings[4686]),
            .u.structure.members_ref = REF(shapes[117].u.structure.members_ref, members[234]),
            .u.structure.by_wire_name_ref = REF(shapes[117].u.structure.by_wire_name_ref, by_wire_name[234]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_delete_provisioned_concurrency_config_input),
            .u.structure.member_count = 2,
        },
        [118] = { /* Description */
            .name_ref = REF(shapes[118].name_ref, strings[556]),
            .range_ref = REF(shapes[118].range_ref, ranges[27]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [119] = { /* DestinationArn */
            .name_ref = REF(shapes[119].name_ref, strings[4728]),
            .range_ref = REF(shapes[119].range_ref, ranges[28]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [120] = { /* DestinationConfig */
            .name_ref = REF(shapes[120].name_ref, strings[3635]),
            .u.structure.members_ref = REF(shapes[120].u.structure.members_ref, members[236]),
            .u.structure.by_wire_name_ref = REF(shapes[120].u.structure.by_wire_name_ref, by_wire_name[236]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_destination_config),
            .u.structure.member_count = 2,
        },
        [121] = { /* DocumentDBEventSourceConfig */
            .name_ref = REF(shapes[121].name_ref, strings[3844]),
            .u.structure.members_ref = REF(shapes[121].u.structure.members_ref, members[238]),
            .u.structure.by_wire_name_ref = REF(shapes[121].u.structure.by_wire_name_ref, by_wire_name[238]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_document_db_event_source_config),
            .u.structure.member_count = 3,
        },
        [122] = { /* DurableConfig */
            .name_ref = REF(shapes[122].name_ref, strings[4120]),
            .u.structure.members_ref = REF(shapes[122].u.structure.members_ref, members[241]),
            .u.structure.by_wire_name_ref = REF(shapes[122].u.structure.by_wire_name_ref, by_wire_name[241]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_durable_config),
            .u.structure.member_count = 3,
        },
        [123] = { /* DurableExecutionAlreadyStartedException */
            .name_ref = REF(shapes[123].name_ref, strings[4815]),
            .u.structure.members_ref = REF(shapes[123].u.structure.members_ref, members[244]),
            .u.structure.by_wire_name_ref = REF(shapes[123].u.structure.by_wire_name_ref, by_wire_name[244]),
            .u.structure.error_code_ref = REF(shapes[123].u.structure.error_code_ref, strings[4815]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_durable_execution_already_started_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 409,
        },
        [124] = { /* DurableExecutionArn */
            .name_ref = REF(shapes[124].name_ref, strings[2367]),
            .range_ref = REF(shapes[124].range_ref, ranges[29]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [125] = { /* DurableExecutionName */
            .name_ref = REF(shapes[125].name_ref, strings[4855]),
            .range_ref = REF(shapes[125].range_ref, ranges[30]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [126] = { /* DurableExecutions */
            .name_ref = REF(shapes[126].name_ref, strings[4876]),
            .u.collection.item_ref = REF(shapes[126].u.collection.item_ref, shapes[171]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_durable_executions),
        },
        [127] = { /* DurationSeconds */
            .name_ref = REF(shapes[127].name_ref, strings[4894]),
            .range_ref = REF(shapes[127].range_ref, ranges[31]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [128] = { /* EC2AccessDeniedException */
            .name_ref = REF(shapes[128].name_ref, strings[4910]),
            .u.structure.members_ref = REF(shapes[128].u.structure.members_ref, members[246]),
            .u.structure.by_wire_name_ref = REF(shapes[128].u.structure.by_wire_name_ref, by_wire_name[246]),
            .u.structure.error_code_ref = REF(shapes[128].u.structure.error_code_ref, strings[4910]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_lambda_ec2_access_denied_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 502,
        },
        [129] = { /* EC2ThrottledException */
            .name_ref = REF(shapes[129].name_ref, strings[4935]),
            .u.structure.members_ref = REF(shapes[129].u.structure.members_ref, members[248]),
            .u.structure.by_wire_name_ref = REF(shapes[129].u.structure.by_wire_name_ref, by_wire_name[248]),
            .u.structure.error_code_ref = REF(shapes[129].u.structure.error_code_ref, strings[4935]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_lambda_ec2_throttled_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 502,
        },
        [130] = { /* EC2UnexpectedException */
            .name_ref = REF(shapes[130].name_ref, strings[4957]),
            .u.structure.members_ref = REF(shapes[130].u.structure.members_ref, members[250]),
            .u.structure.by_wire_name_ref = REF(shapes[130].u.structure.by_wire_name_ref, by_wire_name[250]),
            .u.structure.error_code_ref = REF(shapes[130].u.structure.error_code_ref, strings[4957]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_lambda_ec2_unexpected_exception),
            .u.structure.member_count = 3,
            .u.structure.http_status = 502,
        },
        [131] = { /* EFSIOException */
            .name_ref = REF(shapes[131].name_ref, strings[4993]),
            .u.structure.members_ref = REF(shapes[131].u.structure.members_ref, members[253]),
            .u.structure.by_wire_name_ref = REF(shapes[131].u.structure.by_wire_name_ref, by_wire_name[253]),
            .u.structure.error_code_ref = REF(shapes[131].u.structure.error_code_ref, strings[4993]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_efsio_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 410,
        },
        [132] = { /* EFSMountConnectivityException */
            .name_ref = REF(shapes[132].name_ref, strings[5008]),
            .u.structure.members_ref = REF(shapes[132].u.structure.members_ref, members[255]),
            .u.structure.by_wire_name_ref = REF(shapes[132].u.structure.by_wire_name_ref, by_wire_name[255]),
            .u.structure.error_code_ref = REF(shapes[132].u.structure.error_code_ref, strings[5008]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_efs_mount_connectivity_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 408,
        },
        [133] = { /* EFSMountFailureException */
            .name_ref = REF(shapes[133].name_ref, strings[5038]),
            .u.structure.members_ref = REF(shapes[133].u.structure.members_ref, members[257]),
            .u.structure.by_wire_name_ref = REF(shapes[133].u.structure.by_wire_name_ref, by_wire_name[257]),
            .u.structure.error_code_ref = REF(shapes[133].u.structure.error_code_ref, strings[5038]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_efs_mount_failure_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 403,
        },
        [134] = { /* EFSMountTimeoutException */
            .name_ref = REF(shapes[134].name_ref, strings[5063]),
            .u.structure.members_ref = REF(shapes[134].u.structure.members_ref, members[259]),
            .u.structure.by_wire_name_ref = REF(shapes[134].u.structure.by_wire_name_ref, by_wire_name[259]),
            .u.structure.error_code_ref = REF(shapes[134].u.structure.error_code_ref, strings[5063]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_efs_mount_timeout_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 408,
        },
        [135] = { /* ENILimitReachedException */
            .name_ref = REF(shapes[135].name_ref, strings[5088]),
            .u.structure.members_ref = REF(shapes[135].u.structure.members_ref, members[261]),
            .u.structure.by_wire_name_ref = REF(shapes[135].u.structure.by_wire_name_ref, by_wire_name[261]),
            .u.structure.error_code_ref = REF(shapes[135].u.structure.error_code_ref, strings[5088]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_lambda_eni_limit_reached_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 502,
        },
        [136] = { /* ENINotReadyException */
            .name_ref = REF(shapes[136].name_ref, strings[5113]),
            .u.structure.members_ref = REF(shapes[136].u.structure.members_ref, members[263]),
            .u.structure.by_wire_name_ref = REF(shapes[136].u.structure.by_wire_name_ref, by_wire_name[263]),
            .u.structure.error_code_ref = REF(shapes[136].u.structure.error_code_ref, strings[5113]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_lambda_eni_not_ready_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 502,
        },
        [137] = { /* Enabled */
            .name_ref = REF(shapes[137].name_ref, strings[3478]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [138] = { /* EndPointType */
            .name_ref = REF(shapes[138].name_ref, strings[5134]),
            .u.string.enum_values_ref = REF(shapes[138].u.string.enum_values_ref, strings[5147]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [139] = { /* Endpoint */
            .name_ref = REF(shapes[139].name_ref, strings[5171]),
            .range_ref = REF(shapes[139].range_ref, ranges[32]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [140] = { /* EndpointLists */
            .name_ref = REF(shapes[140].name_ref, strings[5180]),
            .range_ref = REF(shapes[140].range_ref, ranges[33]),
            .u.collection.item_ref = REF(shapes[140].u.collection.item_ref, shapes[139]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_architectures_list),
        },
        [141] = { /* Endpoints */
            .name_ref = REF(shapes[141].name_ref, strings[5194]),
            .range_ref = REF(shapes[141].range_ref, ranges[34]),
            .u.collection.item_ref = REF(shapes[141].u.collection.item_ref, shapes[140]),
            .u.collection.key_ref = REF(shapes[141].u.collection.key_ref, shapes[138]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_lambda_endpoints),
            .u.collection.value_offset = offsetof(struct awsc_lambda_endpoints_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_lambda_endpoints_entry),
        },
        [142] = { /* Environment */
            .name_ref = REF(shapes[142].name_ref, strings[4002]),
            .u.structure.members_ref = REF(shapes[142].u.structure.members_ref, members[265]),
            .u.structure.by_wire_name_ref = REF(shapes[142].u.structure.by_wire_name_ref, by_wire_name[265]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_environment),
            .u.structure.member_count = 1,
        },
        [143] = { /* EnvironmentError */
            .name_ref = REF(shapes[143].name_ref, strings[5214]),
            .u.structure.members_ref = REF(shapes[143].u.structure.members_ref, members[266]),
            .u.structure.by_wire_name_ref = REF(shapes[143].u.structure.by_wire_name_ref, by_wire_name[266]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_environment_error),
            .u.structure.member_count = 2,
        },
        [144] = { /* EnvironmentResponse */
            .name_ref = REF(shapes[144].name_ref, strings[5241]),
            .u.structure.members_ref = REF(shapes[144].u.structure.members_ref, members[268]),
            .u.structure.by_wire_name_ref = REF(shapes[144].u.structure.by_wire_name_ref, by_wire_name[268]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_environment_response),
            .u.structure.member_count = 2,
        },
        [145] = { /* EnvironmentVariableName */
            .name_ref = REF(shapes[145].name_ref, strings[5261]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [146] = { /* EnvironmentVariableValue */
            .name_ref = REF(shapes[146].name_ref, strings[5285]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [147] = { /* EnvironmentVariables */
            .name_ref = REF(shapes[147].name_ref, strings[5310]),
            .u.collection.item_ref = REF(shapes[147].u.collection.item_ref, shapes[146]),
            .u.collection.key_ref = REF(shapes[147].u.collection.key_ref, shapes[145]),
            .type = AWSC_SHAPE_MAP,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_lambda_propagate_tags_explicit_tags_map),
            .u.collection.value_offset = offsetof(struct awsc_lambda_propagate_tags_explicit_tags_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_lambda_propagate_tags_explicit_tags_map_entry),
        },
        [148] = { /* EphemeralStorage */
            .name_ref = REF(shapes[148].name_ref, strings[4079]),
            .u.structure.members_ref = REF(shapes[148].u.structure.members_ref, members[270]),
            .u.structure.by_wire_name_ref = REF(shapes[148].u.structure.by_wire_name_ref, by_wire_name[270]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_ephemeral_storage),
            .u.structure.member_count = 1,
        },
        [149] = { /* EphemeralStorageSize */
            .name_ref = REF(shapes[149].name_ref, strings[5336]),
            .range_ref = REF(shapes[149].range_ref, ranges[35]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [150] = { /* ErrorData */
            .name_ref = REF(shapes[150].name_ref, strings[5357]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [151] = { /* ErrorMessage */
            .name_ref = REF(shapes[151].name_ref, strings[5367]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [152] = { /* ErrorObject */
            .name_ref = REF(shapes[152].name_ref, strings[5380]),
            .u.structure.members_ref = REF(shapes[152].u.structure.members_ref, members[271]),
            .u.structure.by_wire_name_ref = REF(shapes[152].u.structure.by_wire_name_ref, by_wire_name[271]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_error_object),
            .u.structure.member_count = 4,
        },
        [153] = { /* ErrorType */
            .name_ref = REF(shapes[153].name_ref, strings[5392]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [154] = { /* Event */
            .name_ref = REF(shapes[154].name_ref, strings[5413]),
            .u.structure.members_ref = REF(shapes[154].u.structure.members_ref, members[275]),
            .u.structure.by_wire_name_ref = REF(shapes[154].u.structure.by_wire_name_ref, by_wire_name[275]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_event),
            .u.structure.member_count = 31,
        },
        [155] = { /* EventError */
            .name_ref = REF(shapes[155].name_ref, strings[5740]),
            .u.structure.members_ref = REF(shapes[155].u.structure.members_ref, members[306]),
            .u.structure.by_wire_name_ref = REF(shapes[155].u.structure.by_wire_name_ref, by_wire_name[306]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_event_error),
            .u.structure.member_count = 2,
        },
        [156] = { /* EventId */
            .name_ref = REF(shapes[156].name_ref, strings[5437]),
            .range_ref = REF(shapes[156].range_ref, ranges[36]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [157] = { /* EventInput */
            .name_ref = REF(shapes[157].name_ref, strings[5769]),
            .u.structure.members_ref = REF(shapes[157].u.structure.members_ref, members[308]),
            .u.structure.by_wire_name_ref = REF(shapes[157].u.structure.by_wire_name_ref, by_wire_name[308]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_event_input),
            .u.structure.member_count = 2,
        },
        [158] = { /* EventResult */
            .name_ref = REF(shapes[158].name_ref, strings[5780]),
            .u.structure.members_ref = REF(shapes[158].u.structure.members_ref, members[310]),
            .u.structure.by_wire_name_ref = REF(shapes[158].u.structure.by_wire_name_ref, by_wire_name[310]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_event_result),
            .u.structure.member_count = 2,
        },
        [159] = { /* EventSourceMappingArn */
            .name_ref = REF(shapes[159].name_ref, strings[5792]),
            .range_ref = REF(shapes[159].range_ref, ranges[37]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [160] = { /* EventSourceMappingConfiguration */
            .name_ref = REF(shapes[160].name_ref, strings[5814]),
            .u.structure.members_ref = REF(shapes[160].u.structure.members_ref, members[312]),
            .u.structure.by_wire_name_ref = REF(shapes[160].u.structure.by_wire_name_ref, by_wire_name[312]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_event_source_mapping_configuration),
            .u.structure.member_count = 33,
        },
        [161] = { /* EventSourceMappingLoggingConfig */
            .name_ref = REF(shapes[161].name_ref, strings[5909]),
            .u.structure.members_ref = REF(shapes[161].u.structure.members_ref, members[345]),
            .u.structure.by_wire_name_ref = REF(shapes[161].u.structure.by_wire_name_ref, by_wire_name[345]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_event_source_mapping_logging_config),
            .u.structure.member_count = 1,
        },
        [162] = { /* EventSourceMappingMetric */
            .name_ref = REF(shapes[162].name_ref, strings[5941]),
            .u.string.enum_values_ref = REF(shapes[162].u.string.enum_values_ref, strings[5966]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [163] = { /* EventSourceMappingMetricList */
            .name_ref = REF(shapes[163].name_ref, strings[6001]),
            .range_ref = REF(shapes[163].range_ref, ranges[38]),
            .u.collection.item_ref = REF(shapes[163].u.collection.item_ref, shapes[162]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_architectures_list),
        },
        [164] = { /* EventSourceMappingMetricsConfig */
            .name_ref = REF(shapes[164].name_ref, strings[6030]),
            .u.structure.members_ref = REF(shapes[164].u.structure.members_ref, members[346]),
            .u.structure.by_wire_name_ref = REF(shapes[164].u.structure.by_wire_name_ref, by_wire_name[346]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_event_source_mapping_metrics_config),
            .u.structure.member_count = 1,
        },
        [165] = { /* EventSourceMappingSystemLogLevel */
            .name_ref = REF(shapes[165].name_ref, strings[6070]),
            .u.string.enum_values_ref = REF(shapes[165].u.string.enum_values_ref, strings[6103]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [166] = { /* EventSourceMappingsList */
            .name_ref = REF(shapes[166].name_ref, strings[6119]),
            .u.collection.item_ref = REF(shapes[166].u.collection.item_ref, shapes[160]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_event_source_mappings_list),
        },
        [167] = { /* EventSourcePosition */
            .name_ref = REF(shapes[167].name_ref, strings[6143]),
            .u.string.enum_values_ref = REF(shapes[167].u.string.enum_values_ref, strings[6163]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [168] = { /* EventSourceToken */
            .name_ref = REF(shapes[168].name_ref, strings[394]),
            .range_ref = REF(shapes[168].range_ref, ranges[39]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [169] = { /* EventType */
            .name_ref = REF(shapes[169].name_ref, strings[5419]),
            .u.string.enum_values_ref = REF(shapes[169].u.string.enum_values_ref, strings[6196]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 24,
        },
        [170] = { /* Events */
            .name_ref = REF(shapes[170].name_ref, strings[6599]),
            .u.collection.item_ref = REF(shapes[170].u.collection.item_ref, shapes[154]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_events),
        },
        [171] = { /* Execution */
            .name_ref = REF(shapes[171].name_ref, strings[6606]),
            .u.structure.members_ref = REF(shapes[171].u.structure.members_ref, members[347]),
            .u.structure.by_wire_name_ref = REF(shapes[171].u.structure.by_wire_name_ref, by_wire_name[347]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_execution),
            .u.structure.member_count = 7,
        },
        [172] = { /* ExecutionDataIncluded */
            .name_ref = REF(shapes[172].name_ref, strings[6651]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [173] = { /* ExecutionDetails */
            .name_ref = REF(shapes[173].name_ref, strings[6673]),
            .u.structure.members_ref = REF(shapes[173].u.structure.members_ref, members[354]),
            .u.structure.by_wire_name_ref = REF(shapes[173].u.structure.by_wire_name_ref, by_wire_name[354]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_execution_details),
            .u.structure.member_count = 1,
        },
        [174] = { /* ExecutionEnvironmentMemoryGiBPerVCpu */
            .name_ref = REF(shapes[174].name_ref, strings[6703]),
            .range_ref = REF(shapes[174].range_ref, ranges[40]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [175] = { /* ExecutionFailedDetails */
            .name_ref = REF(shapes[175].name_ref, strings[5522]),
            .u.structure.members_ref = REF(shapes[175].u.structure.members_ref, members[355]),
            .u.structure.by_wire_name_ref = REF(shapes[175].u.structure.by_wire_name_ref, by_wire_name[355]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_execution_failed_details),
            .u.structure.member_count = 1,
        },
        [176] = { /* ExecutionStartedDetails */
            .name_ref = REF(shapes[176].name_ref, strings[5472]),
            .u.structure.members_ref = REF(shapes[176].u.structure.members_ref, members[356]),
            .u.structure.by_wire_name_ref = REF(shapes[176].u.structure.by_wire_name_ref, by_wire_name[356]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_execution_started_details),
            .u.structure.member_count = 2,
        },
        [177] = { /* ExecutionStatus */
            .name_ref = REF(shapes[177].name_ref, strings[6740]),
            .u.string.enum_values_ref = REF(shapes[177].u.string.enum_values_ref, strings[6756]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 5,
        },
        [178] = { /* ExecutionStatusList */
            .name_ref = REF(shapes[178].name_ref, strings[6799]),
            .range_ref = REF(shapes[178].range_ref, ranges[41]),
            .u.collection.item_ref = REF(shapes[178].u.collection.item_ref, shapes[177]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_architectures_list),
        },
        [179] = { /* ExecutionStoppedDetails */
            .name_ref = REF(shapes[179].name_ref, strings[5570]),
            .u.structure.members_ref = REF(shapes[179].u.structure.members_ref, members[358]),
            .u.structure.by_wire_name_ref = REF(shapes[179].u.structure.by_wire_name_ref, by_wire_name[358]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_execution_stopped_details),
            .u.structure.member_count = 1,
        },
        [180] = { /* ExecutionSucceededDetails */
            .name_ref = REF(shapes[180].name_ref, strings[5496]),
            .u.structure.members_ref = REF(shapes[180].u.structure.members_ref, members[359]),
            .u.structure.by_wire_name_ref = REF(shapes[180].u.structure.by_wire_name_ref, by_wire_name[359]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_execution_succeeded_details),
            .u.structure.member_count = 1,
        },
        [181] = { /* ExecutionTimedOutDetails */
            .name_ref = REF(shapes[181].name_ref, strings[5545]),
            .u.structure.members_ref = REF(shapes[181].u.structure.members_ref, members[360]),
            .u.structure.by_wire_name_ref = REF(shapes[181].u.structure.by_wire_name_ref, by_wire_name[360]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_execution_timed_out_details),
            .u.structure.member_count = 1,
        },
        [182] = { /* ExecutionTimeout */
            .name_ref = REF(shapes[182].name_ref, strings[4798]),
            .range_ref = REF(shapes[182].range_ref, ranges[42]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [183] = { /* ExecutionTimestamp */
            .name_ref = REF(shapes[183].name_ref, strings[6819]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [184] = { /* FileSystemArn */
            .name_ref = REF(shapes[184].name_ref, strings[6838]),
            .range_ref = REF(shapes[184].range_ref, ranges[43]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [185] = { /* FileSystemConfig */
            .name_ref = REF(shapes[185].name_ref, strings[6852]),
            .u.structure.members_ref = REF(shapes[185].u.structure.members_ref, members[361]),
            .u.structure.by_wire_name_ref = REF(shapes[185].u.structure.by_wire_name_ref, by_wire_name[361]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_file_system_config),
            .u.structure.member_count = 2,
        },
        [186] = { /* FileSystemConfigList */
            .name_ref = REF(shapes[186].name_ref, strings[6884]),
            .range_ref = REF(shapes[186].range_ref, ranges[44]),
            .u.collection.item_ref = REF(shapes[186].u.collection.item_ref, shapes[185]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_file_system_config_list),
        },
        [187] = { /* Filter */
            .name_ref = REF(shapes[187].name_ref, strings[6905]),
            .u.structure.members_ref = REF(shapes[187].u.structure.members_ref, members[363]),
            .u.structure.by_wire_name_ref = REF(shapes[187].u.structure.by_wire_name_ref, by_wire_name[363]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_filter),
            .u.structure.member_count = 1,
        },
        [188] = { /* FilterCriteria */
            .name_ref = REF(shapes[188].name_ref, strings[3486]),
            .u.structure.members_ref = REF(shapes[188].u.structure.members_ref, members[364]),
            .u.structure.by_wire_name_ref = REF(shapes[188].u.structure.by_wire_name_ref, by_wire_name[364]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_filter_criteria),
            .u.structure.member_count = 1,
        },
        [189] = { /* FilterCriteriaError */
            .name_ref = REF(shapes[189].name_ref, strings[5846]),
            .u.structure.members_ref = REF(shapes[189].u.structure.members_ref, members[365]),
            .u.structure.by_wire_name_ref = REF(shapes[189].u.structure.by_wire_name_ref, by_wire_name[365]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_filter_criteria_error),
            .u.structure.member_count = 2,
        },
        [190] = { /* FilterCriteriaErrorCode */
            .name_ref = REF(shapes[190].name_ref, strings[6928]),
            .range_ref = REF(shapes[190].range_ref, ranges[45]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [191] = { /* FilterCriteriaErrorMessage */
            .name_ref = REF(shapes[191].name_ref, strings[6952]),
            .range_ref = REF(shapes[191].range_ref, ranges[46]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [192] = { /* FilterList */
            .name_ref = REF(shapes[192].name_ref, strings[6979]),
            .u.collection.item_ref = REF(shapes[192].u.collection.item_ref, shapes[187]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_filter_list),
        },
        [193] = { /* FullDocument */
            .name_ref = REF(shapes[193].name_ref, strings[4763]),
            .u.string.enum_values_ref = REF(shapes[193].u.string.enum_values_ref, strings[6990]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [194] = { /* FunctionArn */
            .name_ref = REF(shapes[194].name_ref, strings[4229]),
            .range_ref = REF(shapes[194].range_ref, ranges[47]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [195] = { /* FunctionArnList */
            .name_ref = REF(shapes[195].name_ref, strings[7011]),
            .u.collection.item_ref = REF(shapes[195].u.collection.item_ref, shapes[194]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_architectures_list),
        },
        [196] = { /* FunctionCode */
            .name_ref = REF(shapes[196].name_ref, strings[7027]),
            .u.structure.members_ref = REF(shapes[196].u.structure.members_ref, members[367]),
            .u.structure.by_wire_name_ref = REF(shapes[196].u.structure.by_wire_name_ref, by_wire_name[367]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_function_code),
            .u.structure.member_count = 7,
        },
        [197] = { /* FunctionCodeLocation */
            .name_ref = REF(shapes[197].name_ref, strings[7124]),
            .u.structure.members_ref = REF(shapes[197].u.structure.members_ref, members[374]),
            .u.structure.by_wire_name_ref = REF(shapes[197].u.structure.by_wire_name_ref, by_wire_name[374]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_function_code_location),
            .u.structure.member_count = 7,
        },
        [198] = { /* FunctionCodeLocationError */
            .name_ref = REF(shapes[198].name_ref, strings[7203]),
            .u.structure.members_ref = REF(shapes[198].u.structure.members_ref, members[381]),
            .u.structure.by_wire_name_ref = REF(shapes[198].u.structure.by_wire_name_ref, by_wire_name[381]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_function_code_location_error),
            .u.structure.member_count = 2,
        },
        [199] = { /* FunctionConfiguration */
            .name_ref = REF(shapes[199].name_ref, strings[7229]),
            .u.structure.members_ref = REF(shapes[199].u.structure.members_ref, members[383]),
            .u.structure.by_wire_name_ref = REF(shapes[199].u.structure.by_wire_name_ref, by_wire_name[383]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_function_configuration),
            .u.structure.member_count = 40,
        },
        [200] = { /* FunctionEventInvokeConfig */
            .name_ref = REF(shapes[200].name_ref, strings[7477]),
            .u.structure.members_ref = REF(shapes[200].u.structure.members_ref, members[423]),
            .u.structure.by_wire_name_ref = REF(shapes[200].u.structure.by_wire_name_ref, by_wire_name[423]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_function_event_invoke_config),
            .u.structure.member_count = 5,
        },
        [201] = { /* FunctionEventInvokeConfigList */
            .name_ref = REF(shapes[201].name_ref, strings[7528]),
            .u.collection.item_ref = REF(shapes[201].u.collection.item_ref, shapes[200]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_function_event_invoke_config_list),
        },
        [202] = { /* FunctionList */
            .name_ref = REF(shapes[202].name_ref, strings[7558]),
            .u.collection.item_ref = REF(shapes[202].u.collection.item_ref, shapes[199]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_function_list),
        },
        [203] = { /* FunctionName */
            .name_ref = REF(shapes[203].name_ref, strings[315]),
            .range_ref = REF(shapes[203].range_ref, ranges[48]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [204] = { /* FunctionResponseType */
            .name_ref = REF(shapes[204].name_ref, strings[7571]),
            .u.string.enum_values_ref = REF(shapes[204].u.string.enum_values_ref, strings[7592]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [205] = { /* FunctionResponseTypeList */
            .name_ref = REF(shapes[205].name_ref, strings[7616]),
            .range_ref = REF(shapes[205].range_ref, ranges[49]),
            .u.collection.item_ref = REF(shapes[205].u.collection.item_ref, shapes[204]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_architectures_list),
        },
        [206] = { /* FunctionScalingConfig */
            .name_ref = REF(shapes[206].name_ref, strings[7641]),
            .u.structure.members_ref = REF(shapes[206].u.structure.members_ref, members[428]),
            .u.structure.by_wire_name_ref = REF(shapes[206].u.structure.by_wire_name_ref, by_wire_name[428]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_function_scaling_config),
            .u.structure.member_count = 2,
        },
        [207] = { /* FunctionScalingConfigExecutionEnvironments */
            .name_ref = REF(shapes[207].name_ref, strings[7713]),
            .range_ref = REF(shapes[207].range_ref, ranges[50]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [208] = { /* FunctionUrl */
            .name_ref = REF(shapes[208].name_ref, strings[4217]),
            .range_ref = REF(shapes[208].range_ref, ranges[51]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [209] = { /* FunctionUrlAuthType */
            .name_ref = REF(shapes[209].name_ref, strings[338]),
            .u.string.enum_values_ref = REF(shapes[209].u.string.enum_values_ref, strings[7756]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [210] = { /* FunctionUrlConfig */
            .name_ref = REF(shapes[210].name_ref, strings[7769]),
            .u.structure.members_ref = REF(shapes[210].u.structure.members_ref, members[430]),
            .u.structure.by_wire_name_ref = REF(shapes[210].u.structure.by_wire_name_ref, by_wire_name[430]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_function_url_config),
            .u.structure.member_count = 7,
        },
        [211] = { /* FunctionUrlConfigList */
            .name_ref = REF(shapes[211].name_ref, strings[7804]),
            .u.collection.item_ref = REF(shapes[211].u.collection.item_ref, shapes[210]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_function_url_config_list),
        },
        [212] = { /* FunctionUrlFunctionName */
            .name_ref = REF(shapes[212].name_ref, strings[7826]),
            .range_ref = REF(shapes[212].range_ref, ranges[52]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [213] = { /* FunctionUrlQualifier */
            .name_ref = REF(shapes[213].name_ref, strings[7850]),
            .range_ref = REF(shapes[213].range_ref, ranges[53]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [214] = { /* FunctionVersion */
            .name_ref = REF(shapes[214].name_ref, strings[540]),
            .u.string.enum_values_ref = REF(shapes[214].u.string.enum_values_ref, strings[7871]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [215] = { /* FunctionVersionLatestPublished */
            .name_ref = REF(shapes[215].name_ref, strings[7875]),
            .u.string.enum_values_ref = REF(shapes[215].u.string.enum_values_ref, strings[7906]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [216] = { /* FunctionVersionsByCapacityProviderList */
            .name_ref = REF(shapes[216].name_ref, strings[7923]),
            .range_ref = REF(shapes[216].range_ref, ranges[54]),
            .u.collection.item_ref = REF(shapes[216].u.collection.item_ref, shapes[217]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_function_versions_by_capacity_provider_list),
        },
        [217] = { /* FunctionVersionsByCapacityProviderListItem */
            .name_ref = REF(shapes[217].name_ref, strings[7962]),
            .u.structure.members_ref = REF(shapes[217].u.structure.members_ref, members[437]),
            .u.structure.by_wire_name_ref = REF(shapes[217].u.structure.by_wire_name_ref, by_wire_name[437]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_function_versions_by_capacity_provider_list_item),
            .u.structure.member_count = 2,
        },
        [218] = { /* FunctionVersionsPerCapacityProviderLimitExceededException */
            .name_ref = REF(shapes[218].name_ref, strings[8005]),
            .u.structure.members_ref = REF(shapes[218].u.structure.members_ref, members[439]),
            .u.structure.by_wire_name_ref = REF(shapes[218].u.structure.by_wire_name_ref, by_wire_name[439]),
            .u.structure.error_code_ref = REF(shapes[218].u.structure.error_code_ref, strings[8005]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_function_versions_per_capacity_provider_limit_exceeded_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [219] = { /* GetAccountSettingsRequest */
            .name_ref = REF(shapes[219].name_ref, strings[8063]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_account_settings_input),
        },
        [220] = { /* GetAccountSettingsResponse */
            .name_ref = REF(shapes[220].name_ref, strings[8089]),
            .u.structure.members_ref = REF(shapes[220].u.structure.members_ref, members[441]),
            .u.structure.by_wire_name_ref = REF(shapes[220].u.structure.by_wire_name_ref, by_wire_name[441]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_account_settings_output),
            .u.structure.member_count = 2,
        },
        [221] = { /* GetAliasRequest */
            .name_ref = REF(shapes[221].name_ref, strings[8116]),
            .u.structure.members_ref = REF(shapes[221].u.structure.members_ref, members[443]),
            .u.structure.by_wire_name_ref = REF(shapes[221].u.structure.by_wire_name_ref, by_wire_name[443]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_alias_input),
            .u.structure.member_count = 2,
        },
        [222] = { /* GetCapacityProviderRequest */
            .name_ref = REF(shapes[222].name_ref, strings[8132]),
            .u.structure.members_ref = REF(shapes[222].u.structure.members_ref, members[445]),
            .u.structure.by_wire_name_ref = REF(shapes[222].u.structure.by_wire_name_ref, by_wire_name[445]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_capacity_provider_input),
            .u.structure.member_count = 1,
        },
        [223] = { /* GetCapacityProviderResponse */
            .name_ref = REF(shapes[223].name_ref, strings[8159]),
            .u.structure.members_ref = REF(shapes[223].u.structure.members_ref, members[446]),
            .u.structure.by_wire_name_ref = REF(shapes[223].u.structure.by_wire_name_ref, by_wire_name[446]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_capacity_provider_output),
            .u.structure.member_count = 1,
        },
        [224] = { /* GetCodeSigningConfigRequest */
            .name_ref = REF(shapes[224].name_ref, strings[8187]),
            .u.structure.members_ref = REF(shapes[224].u.structure.members_ref, members[447]),
            .u.structure.by_wire_name_ref = REF(shapes[224].u.structure.by_wire_name_ref, by_wire_name[447]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_code_signing_config_input),
            .u.structure.member_count = 1,
        },
        [225] = { /* GetCodeSigningConfigResponse */
            .name_ref = REF(shapes[225].name_ref, strings[8215]),
            .u.structure.members_ref = REF(shapes[225].u.structure.members_ref, members[448]),
            .u.structure.by_wire_name_ref = REF(shapes[225].u.structure.by_wire_name_ref, by_wire_name[448]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_code_signing_config_output),
            .u.structure.member_count = 1,
        },
        [226] = { /* GetDurableExecutionHistoryRequest */
            .name_ref = REF(shapes[226].name_ref, strings[8244]),
            .u.structure.members_ref = REF(shapes[226].u.structure.members_ref, members[449]),
            .u.structure.by_wire_name_ref = REF(shapes[226].u.structure.by_wire_name_ref, by_wire_name[449]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_durable_execution_history_input),
            .u.structure.member_count = 5,
        },
        [227] = { /* GetDurableExecutionHistoryResponse */
            .name_ref = REF(shapes[227].name_ref, strings[8328]),
            .u.structure.members_ref = REF(shapes[227].u.structure.members_ref, members[454]),
            .u.structure.by_wire_name_ref = REF(shapes[227].u.structure.by_wire_name_ref, by_wire_name[454]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_durable_execution_history_output),
            .u.structure.member_count = 2,
        },
        [228] = { /* GetDurableExecutionRequest */
            .name_ref = REF(shapes[228].name_ref, strings[8363]),
            .u.structure.members_ref = REF(shapes[228].u.structure.members_ref, members[456]),
            .u.structure.by_wire_name_ref = REF(shapes[228].u.structure.by_wire_name_ref, by_wire_name[456]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_durable_execution_input),
            .u.structure.member_count = 2,
        },
        [229] = { /* GetDurableExecutionResponse */
            .name_ref = REF(shapes[229].name_ref, strings[8390]),
            .u.structure.members_ref = REF(shapes[229].u.structure.members_ref, members[458]),
            .u.structure.by_wire_name_ref = REF(shapes[229].u.structure.by_wire_name_ref, by_wire_name[458]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_durable_execution_output),
            .u.structure.member_count = 13,
        },
        [230] = { /* GetDurableExecutionStateRequest */
            .name_ref = REF(shapes[230].name_ref, strings[8430]),
            .u.structure.members_ref = REF(shapes[230].u.structure.members_ref, members[471]),
            .u.structure.by_wire_name_ref = REF(shapes[230].u.structure.by_wire_name_ref, by_wire_name[471]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_durable_execution_state_input),
            .u.structure.member_count = 4,
        },
        [231] = { /* GetDurableExecutionStateResponse */
            .name_ref = REF(shapes[231].name_ref, strings[8462]),
            .u.structure.members_ref = REF(shapes[231].u.structure.members_ref, members[475]),
            .u.structure.by_wire_name_ref = REF(shapes[231].u.structure.by_wire_name_ref, by_wire_name[475]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_durable_execution_state_output),
            .u.structure.member_count = 2,
        },
        [232] = { /* GetEventSourceMappingRequest */
            .name_ref = REF(shapes[232].name_ref, strings[8495]),
            .u.structure.members_ref = REF(shapes[232].u.structure.members_ref, members[477]),
            .u.structure.by_wire_name_ref = REF(shapes[232].u.structure.by_wire_name_ref, by_wire_name[477]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_event_source_mapping_input),
            .u.structure.member_count = 1,
        },
        [233] = { /* GetFunctionCodeSigningConfigRequest */
            .name_ref = REF(shapes[233].name_ref, strings[8524]),
            .u.structure.members_ref = REF(shapes[233].u.structure.members_ref, members[478]),
            .u.structure.by_wire_name_ref = REF(shapes[233].u.structure.by_wire_name_ref, by_wire_name[478]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_function_code_signing_config_input),
            .u.structure.member_count = 1,
        },
        [234] = { /* GetFunctionCodeSigningConfigResponse */
            .name_ref = REF(shapes[234].name_ref, strings[8560]),
            .u.structure.members_ref = REF(shapes[234].u.structure.members_ref, members[479]),
            .u.structure.by_wire_name_ref = REF(shapes[234].u.structure.by_wire_name_ref, by_wire_name[479]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_function_code_signing_config_output),
            .u.structure.member_count = 2,
        },
        [235] = { /* GetFunctionConcurrencyRequest */
            .name_ref = REF(shapes[235].name_ref, strings[8597]),
            .u.structure.members_ref = REF(shapes[235].u.structure.members_ref, members[481]),
            .u.structure.by_wire_name_ref = REF(shapes[235].u.structure.by_wire_name_ref, by_wire_name[481]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_function_concurrency_input),
            .u.structure.member_count = 1,
        },
        [236] = { /* GetFunctionConcurrencyResponse */
            .name_ref = REF(shapes[236].name_ref, strings[8627]),
            .u.structure.members_ref = REF(shapes[236].u.structure.members_ref, members[482]),
            .u.structure.by_wire_name_ref = REF(shapes[236].u.structure.by_wire_name_ref, by_wire_name[482]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_function_concurrency_output),
            .u.structure.member_count = 1,
        },
        [237] = { /* GetFunctionConfigurationRequest */
            .name_ref = REF(shapes[237].name_ref, strings[8658]),
            .u.structure.members_ref = REF(shapes[237].u.structure.members_ref, members[483]),
            .u.structure.by_wire_name_ref = REF(shapes[237].u.structure.by_wire_name_ref, by_wire_name[483]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_function_configuration_input),
            .u.structure.member_count = 2,
        },
        [238] = { /* GetFunctionEventInvokeConfigRequest */
            .name_ref = REF(shapes[238].name_ref, strings[8690]),
            .u.structure.members_ref = REF(shapes[238].u.structure.members_ref, members[485]),
            .u.structure.by_wire_name_ref = REF(shapes[238].u.structure.by_wire_name_ref, by_wire_name[485]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_function_event_invoke_config_input),
            .u.structure.member_count = 2,
        },
        [239] = { /* GetFunctionRecursionConfigRequest */
            .name_ref = REF(shapes[239].name_ref, strings[8726]),
            .u.structure.members_ref = REF(shapes[239].u.structure.members_ref, members[487]),
            .u.structure.by_wire_name_ref = REF(shapes[239].u.structure.by_wire_name_ref, by_wire_name[487]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_function_recursion_config_input),
            .u.structure.member_count = 1,
        },
        [240] = { /* GetFunctionRecursionConfigResponse */
            .name_ref = REF(shapes[240].name_ref, strings[8760]),
            .u.structure.members_ref = REF(shapes[240].u.structure.members_ref, members[488]),
            .u.structure.by_wire_name_ref = REF(shapes[240].u.structure.by_wire_name_ref, by_wire_name[488]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_function_recursion_config_output),
            .u.structure.member_count = 1,
        },
        [241] = { /* GetFunctionRequest */
            .name_ref = REF(shapes[241].name_ref, strings[8809]),
            .u.structure.members_ref = REF(shapes[241].u.structure.members_ref, members[489]),
            .u.structure.by_wire_name_ref = REF(shapes[241].u.structure.by_wire_name_ref, by_wire_name[489]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_function_input),
            .u.structure.member_count = 2,
        },
        [242] = { /* GetFunctionResponse */
            .name_ref = REF(shapes[242].name_ref, strings[8828]),
            .u.structure.members_ref = REF(shapes[242].u.structure.members_ref, members[491]),
            .u.structure.by_wire_name_ref = REF(shapes[242].u.structure.by_wire_name_ref, by_wire_name[491]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_function_output),
            .u.structure.member_count = 5,
        },
        [243] = { /* GetFunctionScalingConfigRequest */
            .name_ref = REF(shapes[243].name_ref, strings[8872]),
            .u.structure.members_ref = REF(shapes[243].u.structure.members_ref, members[496]),
            .u.structure.by_wire_name_ref = REF(shapes[243].u.structure.by_wire_name_ref, by_wire_name[496]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_function_scaling_config_input),
            .u.structure.member_count = 2,
        },
        [244] = { /* GetFunctionScalingConfigResponse */
            .name_ref = REF(shapes[244].name_ref, strings[8904]),
            .u.structure.members_ref = REF(shapes[244].u.structure.members_ref, members[498]),
            .u.structure.by_wire_name_ref = REF(shapes[244].u.structure.by_wire_name_ref, by_wire_name[498]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_function_scaling_config_output),
            .u.structure.member_count = 3,
        },
        [245] = { /* GetFunctionUrlConfigRequest */
            .name_ref = REF(shapes[245].name_ref, strings[8997]),
            .u.structure.members_ref = REF(shapes[245].u.structure.members_ref, members[501]),
            .u.structure.by_wire_name_ref = REF(shapes[245].u.structure.by_wire_name_ref, by_wire_name[501]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_function_url_config_input),
            .u.structure.member_count = 2,
        },
        [246] = { /* GetFunctionUrlConfigResponse */
            .name_ref = REF(shapes[246].name_ref, strings[9025]),
            .u.structure.members_ref = REF(shapes[246].u.structure.members_ref, members[503]),
            .u.structure.by_wire_name_ref = REF(shapes[246].u.structure.by_wire_name_ref, by_wire_name[503]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_function_url_config_output),
            .u.structure.member_count = 7,
        },
        [247] = { /* GetLayerVersionByArnRequest */
            .name_ref = REF(shapes[247].name_ref, strings[9054]),
            .u.structure.members_ref = REF(shapes[247].u.structure.members_ref, members[510]),
            .u.structure.by_wire_name_ref = REF(shapes[247].u.structure.by_wire_name_ref, by_wire_name[510]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_layer_version_by_arn_input),
            .u.structure.member_count = 1,
        },
        [248] = { /* GetLayerVersionPolicyRequest */
            .name_ref = REF(shapes[248].name_ref, strings[9082]),
            .u.structure.members_ref = REF(shapes[248].u.structure.members_ref, members[511]),
            .u.structure.by_wire_name_ref = REF(shapes[248].u.structure.by_wire_name_ref, by_wire_name[511]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_layer_version_policy_input),
            .u.structure.member_count = 2,
        },
        [249] = { /* GetLayerVersionPolicyResponse */
            .name_ref = REF(shapes[249].name_ref, strings[9111]),
            .u.structure.members_ref = REF(shapes[249].u.structure.members_ref, members[513]),
            .u.structure.by_wire_name_ref = REF(shapes[249].u.structure.by_wire_name_ref, by_wire_name[513]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_layer_version_policy_output),
            .u.structure.member_count = 2,
        },
        [250] = { /* GetLayerVersionRequest */
            .name_ref = REF(shapes[250].name_ref, strings[9148]),
            .u.structure.members_ref = REF(shapes[250].u.structure.members_ref, members[515]),
            .u.structure.by_wire_name_ref = REF(shapes[250].u.structure.by_wire_name_ref, by_wire_name[515]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_layer_version_input),
            .u.structure.member_count = 2,
        },
        [251] = { /* GetLayerVersionResponse */
            .name_ref = REF(shapes[251].name_ref, strings[9171]),
            .u.structure.members_ref = REF(shapes[251].u.structure.members_ref, members[517]),
            .u.structure.by_wire_name_ref = REF(shapes[251].u.structure.by_wire_name_ref, by_wire_name[517]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_layer_version_response),
            .u.structure.member_count = 9,
        },
        [252] = { /* GetPolicyRequest */
            .name_ref = REF(shapes[252].name_ref, strings[9252]),
            .u.structure.members_ref = REF(shapes[252].u.structure.members_ref, members[526]),
            .u.structure.by_wire_name_ref = REF(shapes[252].u.structure.by_wire_name_ref, by_wire_name[526]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_policy_input),
            .u.structure.member_count = 2,
        },
        [253] = { /* GetPolicyResponse */
            .name_ref = REF(shapes[253].name_ref, strings[9269]),
            .u.structure.members_ref = REF(shapes[253].u.structure.members_ref, members[528]),
            .u.structure.by_wire_name_ref = REF(shapes[253].u.structure.by_wire_name_ref, by_wire_name[528]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_policy_output),
            .u.structure.member_count = 2,
        },
        [254] = { /* GetProvisionedConcurrencyConfigRequest */
            .name_ref = REF(shapes[254].name_ref, strings[9287]),
            .u.structure.members_ref = REF(shapes[254].u.structure.members_ref, members[530]),
            .u.structure.by_wire_name_ref = REF(shapes[254].u.structure.by_wire_name_ref, by_wire_name[530]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_provisioned_concurrency_config_input),
            .u.structure.member_count = 2,
        },
        [255] = { /* GetProvisionedConcurrencyConfigResponse */
            .name_ref = REF(shapes[255].name_ref, strings[9326]),
            .u.structure.members_ref = REF(shapes[255].u.structure.members_ref, members[532]),
            .u.structure.by_wire_name_ref = REF(shapes[255].u.structure.by_wire_name_ref, by_wire_name[532]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_provisioned_concurrency_config_output),
            .u.structure.member_count = 6,
        },
        [256] = { /* GetRuntimeManagementConfigRequest */
            .name_ref = REF(shapes[256].name_ref, strings[9502]),
            .u.structure.members_ref = REF(shapes[256].u.structure.members_ref, members[538]),
            .u.structure.by_wire_name_ref = REF(shapes[256].u.structure.by_wire_name_ref, by_wire_name[538]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_runtime_management_config_input),
            .u.structure.member_count = 2,
        },
        [257] = { /* GetRuntimeManagementConfigResponse */
            .name_ref = REF(shapes[257].name_ref, strings[9536]),
            .u.structure.members_ref = REF(shapes[257].u.structure.members_ref, members[540]),
            .u.structure.by_wire_name_ref = REF(shapes[257].u.structure.by_wire_name_ref, by_wire_name[540]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_get_runtime_management_config_output),
            .u.structure.member_count = 3,
        },
        [258] = { /* Handler */
            .name_ref = REF(shapes[258].name_ref, strings[3931]),
            .range_ref = REF(shapes[258].range_ref, ranges[55]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [259] = { /* Header */
            .name_ref = REF(shapes[259].name_ref, strings[9605]),
            .range_ref = REF(shapes[259].range_ref, ranges[56]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [260] = { /* HeadersList */
            .name_ref = REF(shapes[260].name_ref, strings[9612]),
            .range_ref = REF(shapes[260].range_ref, ranges[57]),
            .u.collection.item_ref = REF(shapes[260].u.collection.item_ref, shapes[259]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_architectures_list),
        },
        [261] = { /* HttpStatus */
            .name_ref = REF(shapes[261].name_ref, strings[9624]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [262] = { /* ImageConfig */
            .name_ref = REF(shapes[262].name_ref, strings[4053]),
            .u.structure.members_ref = REF(shapes[262].u.structure.members_ref, members[543]),
            .u.structure.by_wire_name_ref = REF(shapes[262].u.structure.by_wire_name_ref, by_wire_name[543]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_image_config),
            .u.structure.member_count = 3,
        },
        [263] = { /* ImageConfigError */
            .name_ref = REF(shapes[263].name_ref, strings[9671]),
            .u.structure.members_ref = REF(shapes[263].u.structure.members_ref, members[546]),
            .u.structure.by_wire_name_ref = REF(shapes[263].u.structure.by_wire_name_ref, by_wire_name[546]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_image_config_error),
            .u.structure.member_count = 2,
        },
        [264] = { /* ImageConfigResponse */
            .name_ref = REF(shapes[264].name_ref, strings[7423]),
            .u.structure.members_ref = REF(shapes[264].u.structure.members_ref, members[548]),
            .u.structure.by_wire_name_ref = REF(shapes[264].u.structure.by_wire_name_ref, by_wire_name[548]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_image_config_response),
            .u.structure.member_count = 2,
        },
        [265] = { /* IncludeExecutionData */
            .name_ref = REF(shapes[265].name_ref, strings[8278]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [266] = { /* InputPayload */
            .name_ref = REF(shapes[266].name_ref, strings[6690]),
            .range_ref = REF(shapes[266].range_ref, ranges[58]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [267] = { /* InstanceRequirements */
            .name_ref = REF(shapes[267].name_ref, strings[1427]),
            .u.structure.members_ref = REF(shapes[267].u.structure.members_ref, members[550]),
            .u.structure.by_wire_name_ref = REF(shapes[267].u.structure.by_wire_name_ref, by_wire_name[550]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_instance_requirements),
            .u.structure.member_count = 3,
        },
        [268] = { /* InstanceType */
            .name_ref = REF(shapes[268].name_ref, strings[9731]),
            .range_ref = REF(shapes[268].range_ref, ranges[59]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [269] = { /* InstanceTypeSet */
            .name_ref = REF(shapes[269].name_ref, strings[9744]),
            .range_ref = REF(shapes[269].range_ref, ranges[60]),
            .u.collection.item_ref = REF(shapes[269].u.collection.item_ref, shapes[268]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_architectures_list),
        },
        [270] = { /* Integer */
            .name_ref = REF(shapes[270].name_ref, strings[9760]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [271] = { /* InvalidCodeSignatureException */
            .name_ref = REF(shapes[271].name_ref, strings[9768]),
            .u.structure.members_ref = REF(shapes[271].u.structure.members_ref, members[553]),
            .u.structure.by_wire_name_ref = REF(shapes[271].u.structure.by_wire_name_ref, by_wire_name[553]),
            .u.structure.error_code_ref = REF(shapes[271].u.structure.error_code_ref, strings[9768]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_invalid_code_signature_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [272] = { /* InvalidParameterValueException */
            .name_ref = REF(shapes[272].name_ref, strings[9798]),
            .u.structure.members_ref = REF(shapes[272].u.structure.members_ref, members[555]),
            .u.structure.by_wire_name_ref = REF(shapes[272].u.structure.by_wire_name_ref, by_wire_name[555]),
            .u.structure.error_code_ref = REF(shapes[272].u.structure.error_code_ref, strings[9798]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_invalid_parameter_value_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [273] = { /* InvalidRequestContentException */
            .name_ref = REF(shapes[273].name_ref, strings[9829]),
            .u.structure.members_ref = REF(shapes[273].u.structure.members_ref, members[557]),
            .u.structure.by_wire_name_ref = REF(shapes[273].u.structure.by_wire_name_ref, by_wire_name[557]),
            .u.structure.error_code_ref = REF(shapes[273].u.structure.error_code_ref, strings[9829]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_invalid_request_content_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [274] = { /* InvalidRuntimeException */
            .name_ref = REF(shapes[274].name_ref, strings[9860]),
            .u.structure.members_ref = REF(shapes[274].u.structure.members_ref, members[559]),
            .u.structure.by_wire_name_ref = REF(shapes[274].u.structure.by_wire_name_ref, by_wire_name[559]),
            .u.structure.error_code_ref = REF(shapes[274].u.structure.error_code_ref, strings[9860]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_lambda_invalid_runtime_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 502,
        },
        [275] = { /* InvalidSecurityGroupIDException */
            .name_ref = REF(shapes[275].name_ref, strings[9884]),
            .u.structure.members_ref = REF(shapes[275].u.structure.members_ref, members[561]),
            .u.structure.by_wire_name_ref = REF(shapes[275].u.structure.by_wire_name_ref, by_wire_name[561]),
            .u.structure.error_code_ref = REF(shapes[275].u.structure.error_code_ref, strings[9884]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_lambda_invalid_security_group_id_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 502,
        },
        [276] = { /* InvalidSubnetIDException */
            .name_ref = REF(shapes[276].name_ref, strings[9916]),
            .u.structure.members_ref = REF(shapes[276].u.structure.members_ref, members[563]),
            .u.structure.by_wire_name_ref = REF(shapes[276].u.structure.by_wire_name_ref, by_wire_name[563]),
            .u.structure.error_code_ref = REF(shapes[276].u.structure.error_code_ref, strings[9916]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_lambda_invalid_subnet_id_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 502,
        },
        [277] = { /* InvalidZipFileException */
            .name_ref = REF(shapes[277].name_ref, strings[9941]),
            .u.structure.members_ref = REF(shapes[277].u.structure.members_ref, members[565]),
            .u.structure.by_wire_name_ref = REF(shapes[277].u.structure.by_wire_name_ref, by_wire_name[565]),
            .u.structure.error_code_ref = REF(shapes[277].u.structure.error_code_ref, strings[9941]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_lambda_invalid_zip_file_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 502,
        },
        [278] = { /* InvocationCompletedDetails */
            .name_ref = REF(shapes[278].name_ref, strings[5713]),
            .u.structure.members_ref = REF(shapes[278].u.structure.members_ref, members[567]),
            .u.structure.by_wire_name_ref = REF(shapes[278].u.structure.by_wire_name_ref, by_wire_name[567]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_invocation_completed_details),
            .u.structure.member_count = 4,
        },
        [279] = { /* InvocationRequest */
            .name_ref = REF(shapes[279].name_ref, strings[9975]),
            .u.structure.members_ref = REF(shapes[279].u.structure.members_ref, members[571]),
            .u.structure.by_wire_name_ref = REF(shapes[279].u.structure.by_wire_name_ref, by_wire_name[571]),
            .u.structure.payload_ref = REF(shapes[279].u.structure.payload_ref, strings[5751]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_invoke_input),
            .u.structure.member_count = 8,
        },
        [280] = { /* InvocationResponse */
            .name_ref = REF(shapes[280].name_ref, strings[10163]),
            .u.structure.members_ref = REF(shapes[280].u.structure.members_ref, members[579]),
            .u.structure.by_wire_name_ref = REF(shapes[280].u.structure.by_wire_name_ref, by_wire_name[579]),
            .u.structure.payload_ref = REF(shapes[280].u.structure.payload_ref, strings[5751]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_invoke_output),
            .u.structure.member_count = 6,
        },
        [281] = { /* InvocationType */
            .name_ref = REF(shapes[281].name_ref, strings[10331]),
            .u.string.enum_values_ref = REF(shapes[281].u.string.enum_values_ref, strings[10346]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [282] = { /* InvokeAsyncRequest */
            .name_ref = REF(shapes[282].name_ref, strings[10375]),
            .u.structure.members_ref = REF(shapes[282].u.structure.members_ref, members[585]),
            .u.structure.by_wire_name_ref = REF(shapes[282].u.structure.by_wire_name_ref, by_wire_name[585]),
            .u.structure.payload_ref = REF(shapes[282].u.structure.payload_ref, strings[10394]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_invoke_async_input),
            .u.structure.member_count = 2,
        },
        [283] = { /* InvokeAsyncResponse */
            .name_ref = REF(shapes[283].name_ref, strings[10405]),
            .u.structure.members_ref = REF(shapes[283].u.structure.members_ref, members[587]),
            .u.structure.by_wire_name_ref = REF(shapes[283].u.structure.by_wire_name_ref, by_wire_name[587]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_invoke_async_output),
            .u.structure.member_count = 1,
        },
        [284] = { /* InvokeMode */
            .name_ref = REF(shapes[284].name_ref, strings[4174]),
            .u.string.enum_values_ref = REF(shapes[284].u.string.enum_values_ref, strings[10425]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [285] = { /* InvokeResponseStreamUpdate */
            .name_ref = REF(shapes[285].name_ref, strings[10450]),
            .u.structure.members_ref = REF(shapes[285].u.structure.members_ref, members[588]),
            .u.structure.by_wire_name_ref = REF(shapes[285].u.structure.by_wire_name_ref, by_wire_name[588]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EVENT,
            .size = sizeof(struct awsc_lambda_invoke_response_stream_update),
            .u.structure.member_count = 1,
        },
        [286] = { /* InvokeWithResponseStreamCompleteEvent */
            .name_ref = REF(shapes[286].name_ref, strings[10477]),
            .u.structure.members_ref = REF(shapes[286].u.structure.members_ref, members[589]),
            .u.structure.by_wire_name_ref = REF(shapes[286].u.structure.by_wire_name_ref, by_wire_name[589]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EVENT,
            .size = sizeof(struct awsc_lambda_invoke_with_response_stream_complete_event),
            .u.structure.member_count = 3,
        },
        [287] = { /* InvokeWithResponseStreamRequest */
            .name_ref = REF(shapes[287].name_ref, strings[10538]),
            .u.structure.members_ref = REF(shapes[287].u.structure.members_ref, members[592]),
            .u.structure.by_wire_name_ref = REF(shapes[287].u.structure.by_wire_name_ref, by_wire_name[592]),
            .u.structure.payload_ref = REF(shapes[287].u.structure.payload_ref, strings[5751]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_invoke_with_response_stream_input),
            .u.structure.member_count = 7,
        },
        [288] = { /* InvokeWithResponseStreamResponse */
            .name_ref = REF(shapes[288].name_ref, strings[10570]),
            .u.structure.members_ref = REF(shapes[288].u.structure.members_ref, members[599]),
            .u.structure.by_wire_name_ref = REF(shapes[288].u.structure.by_wire_name_ref, by_wire_name[599]),
            .u.structure.payload_ref = REF(shapes[288].u.structure.payload_ref, strings[10603]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_invoke_with_response_stream_output),
            .u.structure.member_count = 4,
        },
        [289] = { /* InvokeWithResponseStreamResponseEvent */
            .name_ref = REF(shapes[289].name_ref, strings[10654]),
            .u.structure.members_ref = REF(shapes[289].u.structure.members_ref, members[603]),
            .u.structure.by_wire_name_ref = REF(shapes[289].u.structure.by_wire_name_ref, by_wire_name[603]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EVENTSTREAM,
            .size = sizeof(struct awsc_lambda_invoke_with_response_stream_event),
            .u.structure.member_count = 2,
        },
        [290] = { /* InvokedViaFunctionUrl */
            .name_ref = REF(shapes[290].name_ref, strings[358]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [291] = { /* ItemCount */
            .name_ref = REF(shapes[291].name_ref, strings[10720]),
            .range_ref = REF(shapes[291].range_ref, ranges[61]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [292] = { /* KMSAccessDeniedException */
            .name_ref = REF(shapes[292].name_ref, strings[10730]),
            .u.structure.members_ref = REF(shapes[292].u.structure.members_ref, members[605]),
            .u.structure.by_wire_name_ref = REF(shapes[292].u.structure.by_wire_name_ref, by_wire_name[605]),
            .u.structure.error_code_ref = REF(shapes[292].u.structure.error_code_ref, strings[10730]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_lambda_kms_access_denied_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 502,
        },
        [293] = { /* KMSDisabledException */
            .name_ref = REF(shapes[293].name_ref, strings[10755]),
            .u.structure.members_ref = REF(shapes[293].u.structure.members_ref, members[607]),
            .u.structure.by_wire_name_ref = REF(shapes[293].u.structure.by_wire_name_ref, by_wire_name[607]),
            .u.structure.error_code_ref = REF(shapes[293].u.structure.error_code_ref, strings[10755]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_lambda_kms_disabled_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 502,
        },
        [294] = { /* KMSInvalidStateException */
            .name_ref = REF(shapes[294].name_ref, strings[10776]),
            .u.structure.members_ref = REF(shapes[294].u.structure.members_ref, members[609]),
            .u.structure.by_wire_name_ref = REF(shapes[294].u.structure.by_wire_name_ref, by_wire_name[609]),
            .u.structure.error_code_ref = REF(shapes[294].u.structure.error_code_ref, strings[10776]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_lambda_kms_invalid_state_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 502,
        },
        [295] = { /* KMSKeyArn */
            .name_ref = REF(shapes[295].name_ref, strings[3501]),
            .range_ref = REF(shapes[295].range_ref, ranges[62]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [296] = { /* KMSKeyArnNonEmpty */
            .name_ref = REF(shapes[296].name_ref, strings[10801]),
            .range_ref = REF(shapes[296].range_ref, ranges[63]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [297] = { /* KMSNotFoundException */
            .name_ref = REF(shapes[297].name_ref, strings[10819]),
            .u.structure.members_ref = REF(shapes[297].u.structure.members_ref, members[611]),
            .u.structure.by_wire_name_ref = REF(shapes[297].u.structure.by_wire_name_ref, by_wire_name[611]),
            .u.structure.error_code_ref = REF(shapes[297].u.structure.error_code_ref, strings[10819]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_lambda_kms_not_found_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 502,
        },
        [298] = { /* KafkaSchemaRegistryAccessConfig */
            .name_ref = REF(shapes[298].name_ref, strings[10840]),
            .u.structure.members_ref = REF(shapes[298].u.structure.members_ref, members[613]),
            .u.structure.by_wire_name_ref = REF(shapes[298].u.structure.by_wire_name_ref, by_wire_name[613]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_kafka_schema_registry_access_config),
            .u.structure.member_count = 2,
        },
        [299] = { /* KafkaSchemaRegistryAccessConfigList */
            .name_ref = REF(shapes[299].name_ref, strings[10876]),
            .u.collection.item_ref = REF(shapes[299].u.collection.item_ref, shapes[298]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_kafka_schema_registry_access_config_list),
        },
        [300] = { /* KafkaSchemaRegistryAuthType */
            .name_ref = REF(shapes[300].name_ref, strings[10912]),
            .u.string.enum_values_ref = REF(shapes[300].u.string.enum_values_ref, strings[10940]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [301] = { /* KafkaSchemaRegistryConfig */
            .name_ref = REF(shapes[301].name_ref, strings[11006]),
            .u.structure.members_ref = REF(shapes[301].u.structure.members_ref, members[615]),
            .u.structure.by_wire_name_ref = REF(shapes[301].u.structure.by_wire_name_ref, by_wire_name[615]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_kafka_schema_registry_config),
            .u.structure.member_count = 4,
        },
        [302] = { /* KafkaSchemaValidationAttribute */
            .name_ref = REF(shapes[302].name_ref, strings[11106]),
            .u.string.enum_values_ref = REF(shapes[302].u.string.enum_values_ref, strings[11137]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [303] = { /* KafkaSchemaValidationConfig */
            .name_ref = REF(shapes[303].name_ref, strings[11147]),
            .u.structure.members_ref = REF(shapes[303].u.structure.members_ref, members[619]),
            .u.structure.by_wire_name_ref = REF(shapes[303].u.structure.by_wire_name_ref, by_wire_name[619]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_kafka_schema_validation_config),
            .u.structure.member_count = 1,
        },
        [304] = { /* KafkaSchemaValidationConfigList */
            .name_ref = REF(shapes[304].name_ref, strings[11185]),
            .u.collection.item_ref = REF(shapes[304].u.collection.item_ref, shapes[303]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_kafka_schema_validation_config_list),
        },
        [305] = { /* LambdaManagedInstancesCapacityProviderConfig */
            .name_ref = REF(shapes[305].name_ref, strings[1554]),
            .u.structure.members_ref = REF(shapes[305].u.structure.members_ref, members[620]),
            .u.structure.by_wire_name_ref = REF(shapes[305].u.structure.by_wire_name_ref, by_wire_name[620]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_lambda_managed_instances_capacity_provider_config),
            .u.structure.member_count = 3,
        },
        [306] = { /* LastUpdateStatus */
            .name_ref = REF(shapes[306].name_ref, strings[7317]),
            .u.string.enum_values_ref = REF(shapes[306].u.string.enum_values_ref, strings[11255]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [307] = { /* LastUpdateStatusReason */
            .name_ref = REF(shapes[307].name_ref, strings[7334]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [308] = { /* LastUpdateStatusReasonCode */
            .name_ref = REF(shapes[308].name_ref, strings[7357]),
            .u.string.enum_values_ref = REF(shapes[308].u.string.enum_values_ref, strings[11284]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 36,
        },
        [309] = { /* Layer */
            .name_ref = REF(shapes[309].name_ref, strings[12094]),
            .u.structure.members_ref = REF(shapes[309].u.structure.members_ref, members[623]),
            .u.structure.by_wire_name_ref = REF(shapes[309].u.structure.by_wire_name_ref, by_wire_name[623]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_layer),
            .u.structure.member_count = 4,
        },
        [310] = { /* LayerArn */
            .name_ref = REF(shapes[310].name_ref, strings[9203]),
            .range_ref = REF(shapes[310].range_ref, ranges[64]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [311] = { /* LayerList */
            .name_ref = REF(shapes[311].name_ref, strings[12100]),
            .u.collection.item_ref = REF(shapes[311].u.collection.item_ref, shapes[315]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_architectures_list),
        },
        [312] = { /* LayerName */
            .name_ref = REF(shapes[312].name_ref, strings[178]),
            .range_ref = REF(shapes[312].range_ref, ranges[65]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [313] = { /* LayerPermissionAllowedAction */
            .name_ref = REF(shapes[313].name_ref, strings[12110]),
            .range_ref = REF(shapes[313].range_ref, ranges[66]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [314] = { /* LayerPermissionAllowedPrincipal */
            .name_ref = REF(shapes[314].name_ref, strings[12139]),
            .range_ref = REF(shapes[314].range_ref, ranges[67]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [315] = { /* LayerVersionArn */
            .name_ref = REF(shapes[315].name_ref, strings[9212]),
            .range_ref = REF(shapes[315].range_ref, ranges[68]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [316] = { /* LayerVersionContentInput */
            .name_ref = REF(shapes[316].name_ref, strings[12171]),
            .u.structure.members_ref = REF(shapes[316].u.structure.members_ref, members[627]),
            .u.structure.by_wire_name_ref = REF(shapes[316].u.structure.by_wire_name_ref, by_wire_name[627]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_layer_version_content_input),
            .u.structure.member_count = 5,
        },
        [317] = { /* LayerVersionContentOutput */
            .name_ref = REF(shapes[317].name_ref, strings[12196]),
            .u.structure.members_ref = REF(shapes[317].u.structure.members_ref, members[632]),
            .u.structure.by_wire_name_ref = REF(shapes[317].u.structure.by_wire_name_ref, by_wire_name[632]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_layer_version_content_output),
            .u.structure.member_count = 6,
        },
        [318] = { /* LayerVersionNumber */
            .name_ref = REF(shapes[318].name_ref, strings[12222]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [319] = { /* LayerVersionsList */
            .name_ref = REF(shapes[319].name_ref, strings[12241]),
            .u.collection.item_ref = REF(shapes[319].u.collection.item_ref, shapes[320]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_layer_versions_list),
        },
        [320] = { /* LayerVersionsListItem */
            .name_ref = REF(shapes[320].name_ref, strings[12259]),
            .u.structure.members_ref = REF(shapes[320].u.structure.members_ref, members[638]),
            .u.structure.by_wire_name_ref = REF(shapes[320].u.structure.by_wire_name_ref, by_wire_name[638]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_layer_versions_list_item),
            .u.structure.member_count = 7,
        },
        [321] = { /* LayersList */
            .name_ref = REF(shapes[321].name_ref, strings[12281]),
            .u.collection.item_ref = REF(shapes[321].u.collection.item_ref, shapes[322]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_layers_list),
        },
        [322] = { /* LayersListItem */
            .name_ref = REF(shapes[322].name_ref, strings[12292]),
            .u.structure.members_ref = REF(shapes[322].u.structure.members_ref, members[645]),
            .u.structure.by_wire_name_ref = REF(shapes[322].u.structure.by_wire_name_ref, by_wire_name[645]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_layers_list_item),
            .u.structure.member_count = 3,
        },
        [323] = { /* LayersReferenceList */
            .name_ref = REF(shapes[323].name_ref, strings[12329]),
            .u.collection.item_ref = REF(shapes[323].u.collection.item_ref, shapes[309]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_layers_reference_list),
        },
        [324] = { /* LicenseInfo */
            .name_ref = REF(shapes[324].name_ref, strings[9240]),
            .range_ref = REF(shapes[324].range_ref, ranges[69]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [325] = { /* ListAliasesRequest */
            .name_ref = REF(shapes[325].name_ref, strings[12349]),
            .u.structure.members_ref = REF(shapes[325].u.structure.members_ref, members[648]),
            .u.structure.by_wire_name_ref = REF(shapes[325].u.structure.by_wire_name_ref, by_wire_name[648]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_aliases_input),
            .u.structure.member_count = 4,
        },
        [326] = { /* ListAliasesResponse */
            .name_ref = REF(shapes[326].name_ref, strings[12368]),
            .u.structure.members_ref = REF(shapes[326].u.structure.members_ref, members[652]),
            .u.structure.by_wire_name_ref = REF(shapes[326].u.structure.by_wire_name_ref, by_wire_name[652]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_aliases_output),
            .u.structure.member_count = 2,
        },
        [327] = { /* ListCapacityProvidersRequest */
            .name_ref = REF(shapes[327].name_ref, strings[12396]),
            .u.structure.members_ref = REF(shapes[327].u.structure.members_ref, members[654]),
            .u.structure.by_wire_name_ref = REF(shapes[327].u.structure.by_wire_name_ref, by_wire_name[654]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_capacity_providers_input),
            .u.structure.member_count = 3,
        },
        [328] = { /* ListCapacityProvidersResponse */
            .name_ref = REF(shapes[328].name_ref, strings[12425]),
            .u.structure.members_ref = REF(shapes[328].u.structure.members_ref, members[657]),
            .u.structure.by_wire_name_ref = REF(shapes[328].u.structure.by_wire_name_ref, by_wire_name[657]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_capacity_providers_output),
            .u.structure.member_count = 2,
        },
        [329] = { /* ListCodeSigningConfigsRequest */
            .name_ref = REF(shapes[329].name_ref, strings[12473]),
            .u.structure.members_ref = REF(shapes[329].u.structure.members_ref, members[659]),
            .u.structure.by_wire_name_ref = REF(shapes[329].u.structure.by_wire_name_ref, by_wire_name[659]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_code_signing_configs_input),
            .u.structure.member_count = 2,
        },
        [330] = { /* ListCodeSigningConfigsResponse */
            .name_ref = REF(shapes[330].name_ref, strings[12503]),
            .u.structure.members_ref = REF(shapes[330].u.structure.members_ref, members[661]),
            .u.structure.by_wire_name_ref = REF(shapes[330].u.structure.by_wire_name_ref, by_wire_name[661]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_code_signing_configs_output),
            .u.structure.member_count = 2,
        },
        [331] = { /* ListDurableExecutionsByFunctionRequest */
            .name_ref = REF(shapes[331].name_ref, strings[12553]),
            .u.structure.members_ref = REF(shapes[331].u.structure.members_ref, members[663]),
            .u.structure.by_wire_name_ref = REF(shapes[331].u.structure.by_wire_name_ref, by_wire_name[663]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_durable_executions_by_function_input),
            .u.structure.member_count = 9,
        },
        [332] = { /* ListDurableExecutionsByFunctionResponse */
            .name_ref = REF(shapes[332].name_ref, strings[12628]),
            .u.structure.members_ref = REF(shapes[332].u.structure.members_ref, members[672]),
            .u.structure.by_wire_name_ref = REF(shapes[332].u.structure.by_wire_name_ref, by_wire_name[672]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_durable_executions_by_function_output),
            .u.structure.member_count = 2,
        },
        [333] = { /* ListEventSourceMappingsRequest */
            .name_ref = REF(shapes[333].name_ref, strings[12668]),
            .u.structure.members_ref = REF(shapes[333].u.structure.members_ref, members[674]),
            .u.structure.by_wire_name_ref = REF(shapes[333].u.structure.by_wire_name_ref, by_wire_name[674]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_event_source_mappings_input),
            .u.structure.member_count = 4,
        },
        [334] = { /* ListEventSourceMappingsResponse */
            .name_ref = REF(shapes[334].name_ref, strings[12699]),
            .u.structure.members_ref = REF(shapes[334].u.structure.members_ref, members[678]),
            .u.structure.by_wire_name_ref = REF(shapes[334].u.structure.by_wire_name_ref, by_wire_name[678]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_event_source_mappings_output),
            .u.structure.member_count = 2,
        },
        [335] = { /* ListFunctionEventInvokeConfigsRequest */
            .name_ref = REF(shapes[335].name_ref, strings[12751]),
            .u.structure.members_ref = REF(shapes[335].u.structure.members_ref, members[680]),
            .u.structure.by_wire_name_ref = REF(shapes[335].u.structure.by_wire_name_ref, by_wire_name[680]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_function_event_invoke_configs_input),
            .u.structure.member_count = 3,
        },
        [336] = { /* ListFunctionEventInvokeConfigsResponse */
            .name_ref = REF(shapes[336].name_ref, strings[12789]),
            .u.structure.members_ref = REF(shapes[336].u.structure.members_ref, members[683]),
            .u.structure.by_wire_name_ref = REF(shapes[336].u.structure.by_wire_name_ref, by_wire_name[683]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_function_event_invoke_configs_output),
            .u.structure.member_count = 2,
        },
        [337] = { /* ListFunctionUrlConfigsRequest */
            .name_ref = REF(shapes[337].name_ref, strings[12855]),
            .u.structure.members_ref = REF(shapes[337].u.structure.members_ref, members[685]),
            .u.structure.by_wire_name_ref = REF(shapes[337].u.structure.by_wire_name_ref, by_wire_name[685]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_function_url_configs_input),
            .u.structure.member_count = 3,
        },
        [338] = { /* ListFunctionUrlConfigsResponse */
            .name_ref = REF(shapes[338].name_ref, strings[12885]),
            .u.structure.members_ref = REF(shapes[338].u.structure.members_ref, members[688]),
            .u.structure.by_wire_name_ref = REF(shapes[338].u.structure.by_wire_name_ref, by_wire_name[688]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_function_url_configs_output),
            .u.structure.member_count = 2,
        },
        [339] = { /* ListFunctionVersionsByCapacityProviderRequest */
            .name_ref = REF(shapes[339].name_ref, strings[12935]),
            .u.structure.members_ref = REF(shapes[339].u.structure.members_ref, members[690]),
            .u.structure.by_wire_name_ref = REF(shapes[339].u.structure.by_wire_name_ref, by_wire_name[690]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_function_versions_by_capacity_provider_input),
            .u.structure.member_count = 3,
        },
        [340] = { /* ListFunctionVersionsByCapacityProviderResponse */
            .name_ref = REF(shapes[340].name_ref, strings[12981]),
            .u.structure.members_ref = REF(shapes[340].u.structure.members_ref, members[693]),
            .u.structure.by_wire_name_ref = REF(shapes[340].u.structure.by_wire_name_ref, by_wire_name[693]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_function_versions_by_capacity_provider_output),
            .u.structure.member_count = 3,
        },
        [341] = { /* ListFunctionsByCodeSigningConfigRequest */
            .name_ref = REF(shapes[341].name_ref, strings[13045]),
            .u.structure.members_ref = REF(shapes[341].u.structure.members_ref, members[696]),
            .u.structure.by_wire_name_ref = REF(shapes[341].u.structure.by_wire_name_ref, by_wire_name[696]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_functions_by_code_signing_config_input),
            .u.structure.member_count = 3,
        },
        [342] = { /* ListFunctionsByCodeSigningConfigResponse */
            .name_ref = REF(shapes[342].name_ref, strings[13085]),
            .u.structure.members_ref = REF(shapes[342].u.structure.members_ref, members[699]),
            .u.structure.by_wire_name_ref = REF(shapes[342].u.structure.by_wire_name_ref, by_wire_name[699]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_functions_by_code_signing_config_output),
            .u.structure.member_count = 2,
        },
        [343] = { /* ListFunctionsRequest */
            .name_ref = REF(shapes[343].name_ref, strings[13139]),
            .u.structure.members_ref = REF(shapes[343].u.structure.members_ref, members[701]),
            .u.structure.by_wire_name_ref = REF(shapes[343].u.structure.by_wire_name_ref, by_wire_name[701]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_functions_input),
            .u.structure.member_count = 4,
        },
        [344] = { /* ListFunctionsResponse */
            .name_ref = REF(shapes[344].name_ref, strings[13173]),
            .u.structure.members_ref = REF(shapes[344].u.structure.members_ref, members[705]),
            .u.structure.by_wire_name_ref = REF(shapes[344].u.structure.by_wire_name_ref, by_wire_name[705]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_functions_output),
            .u.structure.member_count = 2,
        },
        [345] = { /* ListLayerVersionsRequest */
            .name_ref = REF(shapes[345].name_ref, strings[13205]),
            .u.structure.members_ref = REF(shapes[345].u.structure.members_ref, members[707]),
            .u.structure.by_wire_name_ref = REF(shapes[345].u.structure.by_wire_name_ref, by_wire_name[707]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_layer_versions_input),
            .u.structure.member_count = 5,
        },
        [346] = { /* ListLayerVersionsResponse */
            .name_ref = REF(shapes[346].name_ref, strings[13271]),
            .u.structure.members_ref = REF(shapes[346].u.structure.members_ref, members[712]),
            .u.structure.by_wire_name_ref = REF(shapes[346].u.structure.by_wire_name_ref, by_wire_name[712]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_layer_versions_output),
            .u.structure.member_count = 2,
        },
        [347] = { /* ListLayersRequest */
            .name_ref = REF(shapes[347].name_ref, strings[13311]),
            .u.structure.members_ref = REF(shapes[347].u.structure.members_ref, members[714]),
            .u.structure.by_wire_name_ref = REF(shapes[347].u.structure.by_wire_name_ref, by_wire_name[714]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_layers_input),
            .u.structure.member_count = 4,
        },
        [348] = { /* ListLayersResponse */
            .name_ref = REF(shapes[348].name_ref, strings[13329]),
            .u.structure.members_ref = REF(shapes[348].u.structure.members_ref, members[718]),
            .u.structure.by_wire_name_ref = REF(shapes[348].u.structure.by_wire_name_ref, by_wire_name[718]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_layers_output),
            .u.structure.member_count = 2,
        },
        [349] = { /* ListProvisionedConcurrencyConfigsRequest */
            .name_ref = REF(shapes[349].name_ref, strings[13348]),
            .u.structure.members_ref = REF(shapes[349].u.structure.members_ref, members[720]),
            .u.structure.by_wire_name_ref = REF(shapes[349].u.structure.by_wire_name_ref, by_wire_name[720]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_provisioned_concurrency_configs_input),
            .u.structure.member_count = 3,
        },
        [350] = { /* ListProvisionedConcurrencyConfigsResponse */
            .name_ref = REF(shapes[350].name_ref, strings[13389]),
            .u.structure.members_ref = REF(shapes[350].u.structure.members_ref, members[723]),
            .u.structure.by_wire_name_ref = REF(shapes[350].u.structure.by_wire_name_ref, by_wire_name[723]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_provisioned_concurrency_configs_output),
            .u.structure.member_count = 2,
        },
        [351] = { /* ListTagsRequest */
            .name_ref = REF(shapes[351].name_ref, strings[13461]),
            .u.structure.members_ref = REF(shapes[351].u.structure.members_ref, members[725]),
            .u.structure.by_wire_name_ref = REF(shapes[351].u.structure.by_wire_name_ref, by_wire_name[725]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_tags_input),
            .u.structure.member_count = 1,
        },
        [352] = { /* ListTagsResponse */
            .name_ref = REF(shapes[352].name_ref, strings[13486]),
            .u.structure.members_ref = REF(shapes[352].u.structure.members_ref, members[726]),
            .u.structure.by_wire_name_ref = REF(shapes[352].u.structure.by_wire_name_ref, by_wire_name[726]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_tags_output),
            .u.structure.member_count = 1,
        },
        [353] = { /* ListVersionsByFunctionRequest */
            .name_ref = REF(shapes[353].name_ref, strings[13503]),
            .u.structure.members_ref = REF(shapes[353].u.structure.members_ref, members[727]),
            .u.structure.by_wire_name_ref = REF(shapes[353].u.structure.by_wire_name_ref, by_wire_name[727]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_versions_by_function_input),
            .u.structure.member_count = 3,
        },
        [354] = { /* ListVersionsByFunctionResponse */
            .name_ref = REF(shapes[354].name_ref, strings[13533]),
            .u.structure.members_ref = REF(shapes[354].u.structure.members_ref, members[730]),
            .u.structure.by_wire_name_ref = REF(shapes[354].u.structure.by_wire_name_ref, by_wire_name[730]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_list_versions_by_function_output),
            .u.structure.member_count = 2,
        },
        [355] = { /* LocalMountPath */
            .name_ref = REF(shapes[355].name_ref, strings[6869]),
            .range_ref = REF(shapes[355].range_ref, ranges[70]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [356] = { /* LogFormat */
            .name_ref = REF(shapes[356].name_ref, strings[13573]),
            .u.string.enum_values_ref = REF(shapes[356].u.string.enum_values_ref, strings[13583]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [357] = { /* LogGroup */
            .name_ref = REF(shapes[357].name_ref, strings[1683]),
            .range_ref = REF(shapes[357].range_ref, ranges[71]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [358] = { /* LogType */
            .name_ref = REF(shapes[358].name_ref, strings[13593]),
            .u.string.enum_values_ref = REF(shapes[358].u.string.enum_values_ref, strings[13601]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [359] = { /* LoggingConfig */
            .name_ref = REF(shapes[359].name_ref, strings[2150]),
            .u.structure.members_ref = REF(shapes[359].u.structure.members_ref, members[732]),
            .u.structure.by_wire_name_ref = REF(shapes[359].u.structure.by_wire_name_ref, by_wire_name[732]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_logging_config),
            .u.structure.member_count = 4,
        },
        [360] = { /* Long */
            .name_ref = REF(shapes[360].name_ref, strings[13611]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [361] = { /* MasterRegion */
            .name_ref = REF(shapes[361].name_ref, strings[13160]),
            .range_ref = REF(shapes[361].range_ref, ranges[72]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [362] = { /* MaxAge */
            .name_ref = REF(shapes[362].name_ref, strings[3276]),
            .range_ref = REF(shapes[362].range_ref, ranges[73]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [363] = { /* MaxFiftyListItems */
            .name_ref = REF(shapes[363].name_ref, strings[13616]),
            .range_ref = REF(shapes[363].range_ref, ranges[74]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [364] = { /* MaxFunctionEventInvokeConfigListItems */
            .name_ref = REF(shapes[364].name_ref, strings[13634]),
            .range_ref = REF(shapes[364].range_ref, ranges[75]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [365] = { /* MaxItems */
            .name_ref = REF(shapes[365].name_ref, strings[8299]),
            .range_ref = REF(shapes[365].range_ref, ranges[76]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [366] = { /* MaxLayerListItems */
            .name_ref = REF(shapes[366].name_ref, strings[13672]),
            .range_ref = REF(shapes[366].range_ref, ranges[77]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [367] = { /* MaxListItems */
            .name_ref = REF(shapes[367].name_ref, strings[13690]),
            .range_ref = REF(shapes[367].range_ref, ranges[78]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [368] = { /* MaxProvisionedConcurrencyConfigListItems */
            .name_ref = REF(shapes[368].name_ref, strings[13703]),
            .range_ref = REF(shapes[368].range_ref, ranges[79]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [369] = { /* MaximumBatchingWindowInSeconds */
            .name_ref = REF(shapes[369].name_ref, strings[3539]),
            .range_ref = REF(shapes[369].range_ref, ranges[80]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [370] = { /* MaximumConcurrency */
            .name_ref = REF(shapes[370].name_ref, strings[13744]),
            .range_ref = REF(shapes[370].range_ref, ranges[81]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [371] = { /* MaximumEventAgeInSeconds */
            .name_ref = REF(shapes[371].name_ref, strings[7503]),
            .range_ref = REF(shapes[371].range_ref, ranges[82]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [372] = { /* MaximumNumberOfPollers */
            .name_ref = REF(shapes[372].name_ref, strings[13763]),
            .range_ref = REF(shapes[372].range_ref, ranges[83]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [373] = { /* MaximumRecordAgeInSeconds */
            .name_ref = REF(shapes[373].name_ref, strings[3653]),
            .range_ref = REF(shapes[373].range_ref, ranges[84]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [374] = { /* MaximumRetryAttempts */
            .name_ref = REF(shapes[374].name_ref, strings[3679]),
            .range_ref = REF(shapes[374].range_ref, ranges[85]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [375] = { /* MaximumRetryAttemptsEventSourceMapping */
            .name_ref = REF(shapes[375].name_ref, strings[13786]),
            .range_ref = REF(shapes[375].range_ref, ranges[86]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [376] = { /* MemorySize */
            .name_ref = REF(shapes[376].name_ref, strings[3944]),
            .range_ref = REF(shapes[376].range_ref, ranges[87]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [377] = { /* Method */
            .name_ref = REF(shapes[377].name_ref, strings[13825]),
            .range_ref = REF(shapes[377].range_ref, ranges[88]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [378] = { /* MetricTargetValue */
            .name_ref = REF(shapes[378].name_ref, strings[13832]),
            .range_ref = REF(shapes[378].range_ref, ranges[89]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [379] = { /* MinimumNumberOfPollers */
            .name_ref = REF(shapes[379].name_ref, strings[13850]),
            .range_ref = REF(shapes[379].range_ref, ranges[90]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [380] = { /* ModeNotSupportedException */
            .name_ref = REF(shapes[380].name_ref, strings[13873]),
            .u.structure.members_ref = REF(shapes[380].u.structure.members_ref, members[736]),
            .u.structure.by_wire_name_ref = REF(shapes[380].u.structure.by_wire_name_ref, by_wire_name[736]),
            .u.structure.error_code_ref = REF(shapes[380].u.structure.error_code_ref, strings[13873]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_mode_not_supported_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [381] = { /* NameSpacedFunctionArn */
            .name_ref = REF(shapes[381].name_ref, strings[13899]),
            .range_ref = REF(shapes[381].range_ref, ranges[91]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [382] = { /* NamespacedFunctionName */
            .name_ref = REF(shapes[382].name_ref, strings[13921]),
            .range_ref = REF(shapes[382].range_ref, ranges[92]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [383] = { /* NamespacedStatementId */
            .name_ref = REF(shapes[383].name_ref, strings[13944]),
            .range_ref = REF(shapes[383].range_ref, ranges[93]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [384] = { /* NoPublishedVersionException */
            .name_ref = REF(shapes[384].name_ref, strings[13966]),
            .u.structure.members_ref = REF(shapes[384].u.structure.members_ref, members[738]),
            .u.structure.by_wire_name_ref = REF(shapes[384].u.structure.by_wire_name_ref, by_wire_name[738]),
            .u.structure.error_code_ref = REF(shapes[384].u.structure.error_code_ref, strings[13966]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_no_published_version_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [385] = { /* NonNegativeInteger */
            .name_ref = REF(shapes[385].name_ref, strings[13994]),
            .range_ref = REF(shapes[385].range_ref, ranges[94]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [386] = { /* NullableBoolean */
            .name_ref = REF(shapes[386].name_ref, strings[14013]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [387] = { /* NumericLatestPublishedOrAliasQualifier */
            .name_ref = REF(shapes[387].name_ref, strings[14029]),
            .range_ref = REF(shapes[387].range_ref, ranges[95]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [388] = { /* OnFailure */
            .name_ref = REF(shapes[388].name_ref, strings[4753]),
            .u.structure.members_ref = REF(shapes[388].u.structure.members_ref, members[740]),
            .u.structure.by_wire_name_ref = REF(shapes[388].u.structure.by_wire_name_ref, by_wire_name[740]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_on_failure),
            .u.structure.member_count = 1,
        },
        [389] = { /* OnSuccess */
            .name_ref = REF(shapes[389].name_ref, strings[4743]),
            .u.structure.members_ref = REF(shapes[389].u.structure.members_ref, members[741]),
            .u.structure.by_wire_name_ref = REF(shapes[389].u.structure.by_wire_name_ref, by_wire_name[741]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_on_success),
            .u.structure.member_count = 1,
        },
        [390] = { /* Operation */
            .name_ref = REF(shapes[390].name_ref, strings[14080]),
            .u.structure.members_ref = REF(shapes[390].u.structure.members_ref, members[742]),
            .u.structure.by_wire_name_ref = REF(shapes[390].u.structure.by_wire_name_ref, by_wire_name[742]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_operation),
            .u.structure.member_count = 14,
        },
        [391] = { /* OperationAction */
            .name_ref = REF(shapes[391].name_ref, strings[14114]),
            .u.string.enum_values_ref = REF(shapes[391].u.string.enum_values_ref, strings[14130]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 5,
        },
        [392] = { /* OperationId */
            .name_ref = REF(shapes[392].name_ref, strings[14162]),
            .range_ref = REF(shapes[392].range_ref, ranges[96]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [393] = { /* OperationName */
            .name_ref = REF(shapes[393].name_ref, strings[14174]),
            .range_ref = REF(shapes[393].range_ref, ranges[97]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [394] = { /* OperationPayload */
            .name_ref = REF(shapes[394].name_ref, strings[14188]),
            .range_ref = REF(shapes[394].range_ref, ranges[98]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [395] = { /* OperationStatus */
            .name_ref = REF(shapes[395].name_ref, strings[14205]),
            .u.string.enum_values_ref = REF(shapes[395].u.string.enum_values_ref, strings[14221]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 8,
        },
        [396] = { /* OperationSubType */
            .name_ref = REF(shapes[396].name_ref, strings[14288]),
            .range_ref = REF(shapes[396].range_ref, ranges[99]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [397] = { /* OperationType */
            .name_ref = REF(shapes[397].name_ref, strings[14305]),
            .u.string.enum_values_ref = REF(shapes[397].u.string.enum_values_ref, strings[14319]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 6,
        },
        [398] = { /* OperationUpdate */
            .name_ref = REF(shapes[398].name_ref, strings[14371]),
            .u.structure.members_ref = REF(shapes[398].u.structure.members_ref, members[756]),
            .u.structure.by_wire_name_ref = REF(shapes[398].u.structure.by_wire_name_ref, by_wire_name[756]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_operation_update),
            .u.structure.member_count = 13,
        },
        [399] = { /* OperationUpdates */
            .name_ref = REF(shapes[399].name_ref, strings[14411]),
            .u.collection.item_ref = REF(shapes[399].u.collection.item_ref, shapes[398]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_operation_updates),
        },
        [400] = { /* Operations */
            .name_ref = REF(shapes[400].name_ref, strings[2629]),
            .u.collection.item_ref = REF(shapes[400].u.collection.item_ref, shapes[390]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_operations),
        },
        [401] = { /* OrganizationId */
            .name_ref = REF(shapes[401].name_ref, strings[224]),
            .range_ref = REF(shapes[401].range_ref, ranges[100]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [402] = { /* Origin */
            .name_ref = REF(shapes[402].name_ref, strings[14428]),
            .range_ref = REF(shapes[402].range_ref, ranges[101]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [403] = { /* OutputPayload */
            .name_ref = REF(shapes[403].name_ref, strings[14435]),
            .range_ref = REF(shapes[403].range_ref, ranges[102]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [404] = { /* PackageType */
            .name_ref = REF(shapes[404].name_ref, strings[3973]),
            .u.string.enum_values_ref = REF(shapes[404].u.string.enum_values_ref, strings[14449]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [405] = { /* ParallelizationFactor */
            .name_ref = REF(shapes[405].name_ref, strings[3570]),
            .range_ref = REF(shapes[405].range_ref, ranges[103]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [406] = { /* Pattern */
            .name_ref = REF(shapes[406].name_ref, strings[6912]),
            .range_ref = REF(shapes[406].range_ref, ranges[104]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [407] = { /* PerExecutionEnvironmentMaxConcurrency */
            .name_ref = REF(shapes[407].name_ref, strings[11217]),
            .range_ref = REF(shapes[407].range_ref, ranges[105]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [408] = { /* PolicyLengthExceededException */
            .name_ref = REF(shapes[408].name_ref, strings[14459]),
            .u.structure.members_ref = REF(shapes[408].u.structure.members_ref, members[769]),
            .u.structure.by_wire_name_ref = REF(shapes[408].u.structure.by_wire_name_ref, by_wire_name[769]),
            .u.structure.error_code_ref = REF(shapes[408].u.structure.error_code_ref, strings[14459]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_policy_length_exceeded_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [409] = { /* PositiveInteger */
            .name_ref = REF(shapes[409].name_ref, strings[14489]),
            .range_ref = REF(shapes[409].range_ref, ranges[106]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [410] = { /* PreconditionFailedException */
            .name_ref = REF(shapes[410].name_ref, strings[14505]),
            .u.structure.members_ref = REF(shapes[410].u.structure.members_ref, members[771]),
            .u.structure.by_wire_name_ref = REF(shapes[410].u.structure.by_wire_name_ref, by_wire_name[771]),
            .u.structure.error_code_ref = REF(shapes[410].u.structure.error_code_ref, strings[14505]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_precondition_failed_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 412,
        },
        [411] = { /* Principal */
            .name_ref = REF(shapes[411].name_ref, strings[214]),
            .range_ref = REF(shapes[411].range_ref, ranges[107]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [412] = { /* PrincipalOrgID */
            .name_ref = REF(shapes[412].name_ref, strings[421]),
            .range_ref = REF(shapes[412].range_ref, ranges[108]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [413] = { /* PropagateTags */
            .name_ref = REF(shapes[413].name_ref, strings[1501]),
            .u.structure.members_ref = REF(shapes[413].u.structure.members_ref, members[773]),
            .u.structure.by_wire_name_ref = REF(shapes[413].u.structure.by_wire_name_ref, by_wire_name[773]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_propagate_tags),
            .u.structure.member_count = 2,
        },
        [414] = { /* PropagateTagsExplicitTagsMap */
            .name_ref = REF(shapes[414].name_ref, strings[14551]),
            .range_ref = REF(shapes[414].range_ref, ranges[109]),
            .u.collection.item_ref = REF(shapes[414].u.collection.item_ref, shapes[525]),
            .u.collection.key_ref = REF(shapes[414].u.collection.key_ref, shapes[522]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_lambda_propagate_tags_explicit_tags_map),
            .u.collection.value_offset = offsetof(struct awsc_lambda_propagate_tags_explicit_tags_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_lambda_propagate_tags_explicit_tags_map_entry),
        },
        [415] = { /* PropagateTagsMode */
            .name_ref = REF(shapes[415].name_ref, strings[14580]),
            .u.string.enum_values_ref = REF(shapes[415].u.string.enum_values_ref, strings[14598]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [416] = { /* ProvisionedConcurrencyConfigList */
            .name_ref = REF(shapes[416].name_ref, strings[14612]),
            .u.collection.item_ref = REF(shapes[416].u.collection.item_ref, shapes[417]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_provisioned_concurrency_config_list),
        },
        [417] = { /* ProvisionedConcurrencyConfigListItem */
            .name_ref = REF(shapes[417].name_ref, strings[14645]),
            .u.structure.members_ref = REF(shapes[417].u.structure.members_ref, members[775]),
            .u.structure.by_wire_name_ref = REF(shapes[417].u.structure.by_wire_name_ref, by_wire_name[775]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_provisioned_concurrency_config_list_item),
            .u.structure.member_count = 7,
        },
        [418] = { /* ProvisionedConcurrencyConfigNotFoundException */
            .name_ref = REF(shapes[418].name_ref, strings[14682]),
            .u.structure.members_ref = REF(shapes[418].u.structure.members_ref, members[782]),
            .u.structure.by_wire_name_ref = REF(shapes[418].u.structure.by_wire_name_ref, by_wire_name[782]),
            .u.structure.error_code_ref = REF(shapes[418].u.structure.error_code_ref, strings[14682]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_provisioned_concurrency_config_not_found_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 404,
        },
        [419] = { /* ProvisionedConcurrencyStatusEnum */
            .name_ref = REF(shapes[419].name_ref, strings[14728]),
            .u.string.enum_values_ref = REF(shapes[419].u.string.enum_values_ref, strings[14761]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [420] = { /* ProvisionedPollerConfig */
            .name_ref = REF(shapes[420].name_ref, strings[3872]),
            .u.structure.members_ref = REF(shapes[420].u.structure.members_ref, members[784]),
            .u.structure.by_wire_name_ref = REF(shapes[420].u.structure.by_wire_name_ref, by_wire_name[784]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_provisioned_poller_config),
            .u.structure.member_count = 3,
        },
        [421] = { /* ProvisionedPollerGroupName */
            .name_ref = REF(shapes[421].name_ref, strings[14832]),
            .range_ref = REF(shapes[421].range_ref, ranges[110]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [422] = { /* PublicPolicyException */
            .name_ref = REF(shapes[422].name_ref, strings[14859]),
            .u.structure.members_ref = REF(shapes[422].u.structure.members_ref, members[787]),
            .u.structure.by_wire_name_ref = REF(shapes[422].u.structure.by_wire_name_ref, by_wire_name[787]),
            .u.structure.error_code_ref = REF(shapes[422].u.structure.error_code_ref, strings[14859]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_public_policy_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [423] = { /* PublishLayerVersionRequest */
            .name_ref = REF(shapes[423].name_ref, strings[14881]),
            .u.structure.members_ref = REF(shapes[423].u.structure.members_ref, members[789]),
            .u.structure.by_wire_name_ref = REF(shapes[423].u.structure.by_wire_name_ref, by_wire_name[789]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_publish_layer_version_input),
            .u.structure.member_count = 6,
        },
        [424] = { /* PublishLayerVersionResponse */
            .name_ref = REF(shapes[424].name_ref, strings[14908]),
            .u.structure.members_ref = REF(shapes[424].u.structure.members_ref, members[795]),
            .u.structure.by_wire_name_ref = REF(shapes[424].u.structure.by_wire_name_ref, by_wire_name[795]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_publish_layer_version_output),
            .u.structure.member_count = 9,
        },
        [425] = { /* PublishVersionRequest */
            .name_ref = REF(shapes[425].name_ref, strings[14936]),
            .u.structure.members_ref = REF(shapes[425].u.structure.members_ref, members[804]),
            .u.structure.by_wire_name_ref = REF(shapes[425].u.structure.by_wire_name_ref, by_wire_name[804]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_publish_version_input),
            .u.structure.member_count = 5,
        },
        [426] = { /* PublishedFunctionQualifier */
            .name_ref = REF(shapes[426].name_ref, strings[14958]),
            .range_ref = REF(shapes[426].range_ref, ranges[111]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [427] = { /* PutFunctionCodeSigningConfigRequest */
            .name_ref = REF(shapes[427].name_ref, strings[14985]),
            .u.structure.members_ref = REF(shapes[427].u.structure.members_ref, members[809]),
            .u.structure.by_wire_name_ref = REF(shapes[427].u.structure.by_wire_name_ref, by_wire_name[809]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_put_function_code_signing_config_input),
            .u.structure.member_count = 2,
        },
        [428] = { /* PutFunctionCodeSigningConfigResponse */
            .name_ref = REF(shapes[428].name_ref, strings[15021]),
            .u.structure.members_ref = REF(shapes[428].u.structure.members_ref, members[811]),
            .u.structure.by_wire_name_ref = REF(shapes[428].u.structure.by_wire_name_ref, by_wire_name[811]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_put_function_code_signing_config_output),
            .u.structure.member_count = 2,
        },
        [429] = { /* PutFunctionConcurrencyRequest */
            .name_ref = REF(shapes[429].name_ref, strings[15058]),
            .u.structure.members_ref = REF(shapes[429].u.structure.members_ref, members[813]),
            .u.structure.by_wire_name_ref = REF(shapes[429].u.structure.by_wire_name_ref, by_wire_name[813]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_put_function_concurrency_input),
            .u.structure.member_count = 2,
        },
        [430] = { /* PutFunctionEventInvokeConfigRequest */
            .name_ref = REF(shapes[430].name_ref, strings[15088]),
            .u.structure.members_ref = REF(shapes[430].u.structure.members_ref, members[815]),
            .u.structure.by_wire_name_ref = REF(shapes[430].u.structure.by_wire_name_ref, by_wire_name[815]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_put_function_event_invoke_config_input),
            .u.structure.member_count = 5,
        },
        [431] = { /* PutFunctionRecursionConfigRequest */
            .name_ref = REF(shapes[431].name_ref, strings[15124]),
            .u.structure.members_ref = REF(shapes[431].u.structure.members_ref, members[820]),
            .u.structure.by_wire_name_ref = REF(shapes[431].u.structure.by_wire_name_ref, by_wire_name[820]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_put_function_recursion_config_input),
            .u.structure.member_count = 2,
        },
        [432] = { /* PutFunctionRecursionConfigResponse */
            .name_ref = REF(shapes[432].name_ref, strings[15158]),
            .u.structure.members_ref = REF(shapes[432].u.structure.members_ref, members[822]),
            .u.structure.by_wire_name_ref = REF(shapes[432].u.structure.by_wire_name_ref, by_wire_name[822]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_put_function_recursion_config_output),
            .u.structure.member_count = 1,
        },
        [433] = { /* PutFunctionScalingConfigRequest */
            .name_ref = REF(shapes[433].name_ref, strings[15193]),
            .u.structure.members_ref = REF(shapes[433].u.structure.members_ref, members[823]),
            .u.structure.by_wire_name_ref = REF(shapes[433].u.structure.by_wire_name_ref, by_wire_name[823]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_put_function_scaling_config_input),
            .u.structure.member_count = 3,
        },
        [434] = { /* PutFunctionScalingConfigResponse */
            .name_ref = REF(shapes[434].name_ref, strings[15225]),
            .u.structure.members_ref = REF(shapes[434].u.structure.members_ref, members[826]),
            .u.structure.by_wire_name_ref = REF(shapes[434].u.structure.by_wire_name_ref, by_wire_name[826]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_put_function_scaling_config_output),
            .u.structure.member_count = 1,
        },
        [435] = { /* PutProvisionedConcurrencyConfigRequest */
            .name_ref = REF(shapes[435].name_ref, strings[15272]),
            .u.structure.members_ref = REF(shapes[435].u.structure.members_ref, members[827]),
            .u.structure.by_wire_name_ref = REF(shapes[435].u.structure.by_wire_name_ref, by_wire_name[827]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_put_provisioned_concurrency_config_input),
            .u.structure.member_count = 3,
        },
        [436] = { /* PutProvisionedConcurrencyConfigResponse */
            .name_ref = REF(shapes[436].name_ref, strings[15343]),
            .u.structure.members_ref = REF(shapes[436].u.structure.members_ref, members[830]),
            .u.structure.by_wire_name_ref = REF(shapes[436].u.structure.by_wire_name_ref, by_wire_name[830]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_put_provisioned_concurrency_config_output),
            .u.structure.member_count = 6,
        },
        [437] = { /* PutRuntimeManagementConfigRequest */
            .name_ref = REF(shapes[437].name_ref, strings[15383]),
            .u.structure.members_ref = REF(shapes[437].u.structure.members_ref, members[836]),
            .u.structure.by_wire_name_ref = REF(shapes[437].u.structure.by_wire_name_ref, by_wire_name[836]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_put_runtime_management_config_input),
            .u.structure.member_count = 4,
        },
        [438] = { /* PutRuntimeManagementConfigResponse */
            .name_ref = REF(shapes[438].name_ref, strings[15417]),
            .u.structure.members_ref = REF(shapes[438].u.structure.members_ref, members[840]),
            .u.structure.by_wire_name_ref = REF(shapes[438].u.structure.by_wire_name_ref, by_wire_name[840]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_put_runtime_management_config_output),
            .u.structure.member_count = 3,
        },
        [439] = { /* Qualifier */
            .name_ref = REF(shapes[439].name_ref, strings[411]),
            .range_ref = REF(shapes[439].range_ref, ranges[112]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [440] = { /* Queue */
            .name_ref = REF(shapes[440].name_ref, strings[15452]),
            .range_ref = REF(shapes[440].range_ref, ranges[113]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [441] = { /* Queues */
            .name_ref = REF(shapes[441].name_ref, strings[3731]),
            .range_ref = REF(shapes[441].range_ref, ranges[114]),
            .u.collection.item_ref = REF(shapes[441].u.collection.item_ref, shapes[440]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_architectures_list),
        },
        [442] = { /* RecursiveInvocationException */
            .name_ref = REF(shapes[442].name_ref, strings[15458]),
            .u.structure.members_ref = REF(shapes[442].u.structure.members_ref, members[843]),
            .u.structure.by_wire_name_ref = REF(shapes[442].u.structure.by_wire_name_ref, by_wire_name[843]),
            .u.structure.error_code_ref = REF(shapes[442].u.structure.error_code_ref, strings[15458]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_recursive_invocation_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [443] = { /* RecursiveLoop */
            .name_ref = REF(shapes[443].name_ref, strings[8795]),
            .u.string.enum_values_ref = REF(shapes[443].u.string.enum_values_ref, strings[15487]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [444] = { /* RemoveLayerVersionPermissionRequest */
            .name_ref = REF(shapes[444].name_ref, strings[15503]),
            .u.structure.members_ref = REF(shapes[444].u.structure.members_ref, members[845]),
            .u.structure.by_wire_name_ref = REF(shapes[444].u.structure.by_wire_name_ref, by_wire_name[845]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_remove_layer_version_permission_input),
            .u.structure.member_count = 4,
        },
        [445] = { /* RemovePermissionRequest */
            .name_ref = REF(shapes[445].name_ref, strings[15539]),
            .u.structure.members_ref = REF(shapes[445].u.structure.members_ref, members[849]),
            .u.structure.by_wire_name_ref = REF(shapes[445].u.structure.by_wire_name_ref, by_wire_name[849]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_remove_permission_input),
            .u.structure.member_count = 4,
        },
        [446] = { /* ReplayChildren */
            .name_ref = REF(shapes[446].name_ref, strings[3121]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [447] = { /* RequestTooLargeException */
            .name_ref = REF(shapes[447].name_ref, strings[15563]),
            .u.structure.members_ref = REF(shapes[447].u.structure.members_ref, members[853]),
            .u.structure.by_wire_name_ref = REF(shapes[447].u.structure.by_wire_name_ref, by_wire_name[853]),
            .u.structure.error_code_ref = REF(shapes[447].u.structure.error_code_ref, strings[15563]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_request_too_large_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 413,
        },
        [448] = { /* ReservedConcurrentExecutions */
            .name_ref = REF(shapes[448].name_ref, strings[3077]),
            .range_ref = REF(shapes[448].range_ref, ranges[115]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [449] = { /* ResolvedS3Object */
            .name_ref = REF(shapes[449].name_ref, strings[7186]),
            .u.structure.members_ref = REF(shapes[449].u.structure.members_ref, members[855]),
            .u.structure.by_wire_name_ref = REF(shapes[449].u.structure.by_wire_name_ref, by_wire_name[855]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_resolved_s3_object),
            .u.structure.member_count = 3,
        },
        [450] = { /* ResourceArn */
            .name_ref = REF(shapes[450].name_ref, strings[15588]),
            .range_ref = REF(shapes[450].range_ref, ranges[116]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [451] = { /* ResourceConflictException */
            .name_ref = REF(shapes[451].name_ref, strings[15600]),
            .u.structure.members_ref = REF(shapes[451].u.structure.members_ref, members[858]),
            .u.structure.by_wire_name_ref = REF(shapes[451].u.structure.by_wire_name_ref, by_wire_name[858]),
            .u.structure.error_code_ref = REF(shapes[451].u.structure.error_code_ref, strings[15600]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_resource_conflict_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 409,
        },
        [452] = { /* ResourceInUseException */
            .name_ref = REF(shapes[452].name_ref, strings[15626]),
            .u.structure.members_ref = REF(shapes[452].u.structure.members_ref, members[860]),
            .u.structure.by_wire_name_ref = REF(shapes[452].u.structure.by_wire_name_ref, by_wire_name[860]),
            .u.structure.error_code_ref = REF(shapes[452].u.structure.error_code_ref, strings[15626]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_resource_in_use_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [453] = { /* ResourceNotFoundException */
            .name_ref = REF(shapes[453].name_ref, strings[15649]),
            .u.structure.members_ref = REF(shapes[453].u.structure.members_ref, members[862]),
            .u.structure.by_wire_name_ref = REF(shapes[453].u.structure.by_wire_name_ref, by_wire_name[862]),
            .u.structure.error_code_ref = REF(shapes[453].u.structure.error_code_ref, strings[15649]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_resource_not_found_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 404,
        },
        [454] = { /* ResourceNotReadyException */
            .name_ref = REF(shapes[454].name_ref, strings[15675]),
            .u.structure.members_ref = REF(shapes[454].u.structure.members_ref, members[864]),
            .u.structure.by_wire_name_ref = REF(shapes[454].u.structure.by_wire_name_ref, by_wire_name[864]),
            .u.structure.error_code_ref = REF(shapes[454].u.structure.error_code_ref, strings[15675]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_lambda_resource_not_ready_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 502,
        },
        [455] = { /* ResponseStreamingInvocationType */
            .name_ref = REF(shapes[455].name_ref, strings[15701]),
            .u.string.enum_values_ref = REF(shapes[455].u.string.enum_values_ref, strings[15733]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [456] = { /* RetentionPeriodInDays */
            .name_ref = REF(shapes[456].name_ref, strings[4776]),
            .range_ref = REF(shapes[456].range_ref, ranges[117]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [457] = { /* RetryDetails */
            .name_ref = REF(shapes[457].name_ref, strings[15756]),
            .u.structure.members_ref = REF(shapes[457].u.structure.members_ref, members[866]),
            .u.structure.by_wire_name_ref = REF(shapes[457].u.structure.by_wire_name_ref, by_wire_name[866]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_retry_details),
            .u.structure.member_count = 2,
        },
        [458] = { /* ReverseOrder */
            .name_ref = REF(shapes[458].name_ref, strings[8315]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [459] = { /* RoleArn */
            .name_ref = REF(shapes[459].name_ref, strings[15808]),
            .range_ref = REF(shapes[459].range_ref, ranges[118]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [460] = { /* Runtime */
            .name_ref = REF(shapes[460].name_ref, strings[3918]),
            .u.string.enum_values_ref = REF(shapes[460].u.string.enum_values_ref, strings[15816]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 51,
        },
        [461] = { /* RuntimeVersionArn */
            .name_ref = REF(shapes[461].name_ref, strings[9587]),
            .range_ref = REF(shapes[461].range_ref, ranges[119]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [462] = { /* RuntimeVersionConfig */
            .name_ref = REF(shapes[462].name_ref, strings[7443]),
            .u.structure.members_ref = REF(shapes[462].u.structure.members_ref, members[868]),
            .u.structure.by_wire_name_ref = REF(shapes[462].u.structure.by_wire_name_ref, by_wire_name[868]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_runtime_version_config),
            .u.structure.member_count = 2,
        },
        [463] = { /* RuntimeVersionError */
            .name_ref = REF(shapes[463].name_ref, strings[16343]),
            .u.structure.members_ref = REF(shapes[463].u.structure.members_ref, members[870]),
            .u.structure.by_wire_name_ref = REF(shapes[463].u.structure.by_wire_name_ref, by_wire_name[870]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_runtime_version_error),
            .u.structure.member_count = 2,
        },
        [464] = { /* S3Bucket */
            .name_ref = REF(shapes[464].name_ref, strings[7048]),
            .range_ref = REF(shapes[464].range_ref, ranges[120]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [465] = { /* S3FilesMountConnectivityException */
            .name_ref = REF(shapes[465].name_ref, strings[16363]),
            .u.structure.members_ref = REF(shapes[465].u.structure.members_ref, members[872]),
            .u.structure.by_wire_name_ref = REF(shapes[465].u.structure.by_wire_name_ref, by_wire_name[872]),
            .u.structure.error_code_ref = REF(shapes[465].u.structure.error_code_ref, strings[16363]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_s3_files_mount_connectivity_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 408,
        },
        [466] = { /* S3FilesMountFailureException */
            .name_ref = REF(shapes[466].name_ref, strings[16397]),
            .u.structure.members_ref = REF(shapes[466].u.structure.members_ref, members[874]),
            .u.structure.by_wire_name_ref = REF(shapes[466].u.structure.by_wire_name_ref, by_wire_name[874]),
            .u.structure.error_code_ref = REF(shapes[466].u.structure.error_code_ref, strings[16397]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_s3_files_mount_failure_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 403,
        },
        [467] = { /* S3FilesMountTimeoutException */
            .name_ref = REF(shapes[467].name_ref, strings[16426]),
            .u.structure.members_ref = REF(shapes[467].u.structure.members_ref, members[876]),
            .u.structure.by_wire_name_ref = REF(shapes[467].u.structure.by_wire_name_ref, by_wire_name[876]),
            .u.structure.error_code_ref = REF(shapes[467].u.structure.error_code_ref, strings[16426]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_s3_files_mount_timeout_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 408,
        },
        [468] = { /* S3Key */
            .name_ref = REF(shapes[468].name_ref, strings[7057]),
            .range_ref = REF(shapes[468].range_ref, ranges[121]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [469] = { /* S3ObjectStorageMode */
            .name_ref = REF(shapes[469].name_ref, strings[7079]),
            .u.string.enum_values_ref = REF(shapes[469].u.string.enum_values_ref, strings[16455]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [470] = { /* S3ObjectVersion */
            .name_ref = REF(shapes[470].name_ref, strings[7063]),
            .range_ref = REF(shapes[470].range_ref, ranges[122]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [471] = { /* ScalingConfig */
            .name_ref = REF(shapes[471].name_ref, strings[3525]),
            .u.structure.members_ref = REF(shapes[471].u.structure.members_ref, members[878]),
            .u.structure.by_wire_name_ref = REF(shapes[471].u.structure.by_wire_name_ref, by_wire_name[878]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_scaling_config),
            .u.structure.member_count = 1,
        },
        [472] = { /* SchemaRegistryEventRecordFormat */
            .name_ref = REF(shapes[472].name_ref, strings[16470]),
            .u.string.enum_values_ref = REF(shapes[472].u.string.enum_values_ref, strings[16502]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [473] = { /* SchemaRegistryUri */
            .name_ref = REF(shapes[473].name_ref, strings[16514]),
            .range_ref = REF(shapes[473].range_ref, ranges[123]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [474] = { /* SecurityGroupId */
            .name_ref = REF(shapes[474].name_ref, strings[16532]),
            .range_ref = REF(shapes[474].range_ref, ranges[124]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [475] = { /* SecurityGroupIds */
            .name_ref = REF(shapes[475].name_ref, strings[2200]),
            .range_ref = REF(shapes[475].range_ref, ranges[125]),
            .u.collection.item_ref = REF(shapes[475].u.collection.item_ref, shapes[474]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_architectures_list),
        },
        [476] = { /* SelfManagedEventSource */
            .name_ref = REF(shapes[476].name_ref, strings[3765]),
            .u.structure.members_ref = REF(shapes[476].u.structure.members_ref, members[879]),
            .u.structure.by_wire_name_ref = REF(shapes[476].u.structure.by_wire_name_ref, by_wire_name[879]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_self_managed_event_source),
            .u.structure.member_count = 1,
        },
        [477] = { /* SelfManagedKafkaEventSourceConfig */
            .name_ref = REF(shapes[477].name_ref, strings[3810]),
            .u.structure.members_ref = REF(shapes[477].u.structure.members_ref, members[880]),
            .u.structure.by_wire_name_ref = REF(shapes[477].u.structure.by_wire_name_ref, by_wire_name[880]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_self_managed_kafka_event_source_config),
            .u.structure.member_count = 2,
        },
        [478] = { /* SendDurableExecutionCallbackFailureRequest */
            .name_ref = REF(shapes[478].name_ref, strings[16548]),
            .u.structure.members_ref = REF(shapes[478].u.structure.members_ref, members[882]),
            .u.structure.by_wire_name_ref = REF(shapes[478].u.structure.by_wire_name_ref, by_wire_name[882]),
            .u.structure.payload_ref = REF(shapes[478].u.structure.payload_ref, strings[1060]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_send_durable_execution_callback_failure_input),
            .u.structure.member_count = 2,
        },
        [479] = { /* SendDurableExecutionCallbackFailureResponse */
            .name_ref = REF(shapes[479].name_ref, strings[16591]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_send_durable_execution_callback_failure_output),
        },
        [480] = { /* SendDurableExecutionCallbackHeartbeatRequest */
            .name_ref = REF(shapes[480].name_ref, strings[16635]),
            .u.structure.members_ref = REF(shapes[480].u.structure.members_ref, members[884]),
            .u.structure.by_wire_name_ref = REF(shapes[480].u.structure.by_wire_name_ref, by_wire_name[884]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_send_durable_execution_callback_heartbeat_input),
            .u.structure.member_count = 1,
        },
        [481] = { /* SendDurableExecutionCallbackHeartbeatResponse */
            .name_ref = REF(shapes[481].name_ref, strings[16680]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_send_durable_execution_callback_heartbeat_output),
        },
        [482] = { /* SendDurableExecutionCallbackSuccessRequest */
            .name_ref = REF(shapes[482].name_ref, strings[16726]),
            .u.structure.members_ref = REF(shapes[482].u.structure.members_ref, members[885]),
            .u.structure.by_wire_name_ref = REF(shapes[482].u.structure.by_wire_name_ref, by_wire_name[885]),
            .u.structure.payload_ref = REF(shapes[482].u.structure.payload_ref, strings[1053]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_send_durable_execution_callback_success_input),
            .u.structure.member_count = 2,
        },
        [483] = { /* SendDurableExecutionCallbackSuccessResponse */
            .name_ref = REF(shapes[483].name_ref, strings[16769]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_send_durable_execution_callback_success_output),
        },
        [484] = { /* SensitiveString */
            .name_ref = REF(shapes[484].name_ref, strings[16813]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [485] = { /* SensitiveStringOnServerOnly */
            .name_ref = REF(shapes[485].name_ref, strings[16829]),
            .range_ref = REF(shapes[485].range_ref, ranges[126]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [486] = { /* SerializedRequestEntityTooLargeException */
            .name_ref = REF(shapes[486].name_ref, strings[16857]),
            .u.structure.members_ref = REF(shapes[486].u.structure.members_ref, members[887]),
            .u.structure.by_wire_name_ref = REF(shapes[486].u.structure.by_wire_name_ref, by_wire_name[887]),
            .u.structure.error_code_ref = REF(shapes[486].u.structure.error_code_ref, strings[16857]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_serialized_request_entity_too_large_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 413,
        },
        [487] = { /* ServiceException */
            .name_ref = REF(shapes[487].name_ref, strings[16898]),
            .u.structure.members_ref = REF(shapes[487].u.structure.members_ref, members[889]),
            .u.structure.by_wire_name_ref = REF(shapes[487].u.structure.by_wire_name_ref, by_wire_name[889]),
            .u.structure.error_code_ref = REF(shapes[487].u.structure.error_code_ref, strings[16898]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_lambda_service_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 500,
        },
        [488] = { /* ServiceQuotaExceededException */
            .name_ref = REF(shapes[488].name_ref, strings[16915]),
            .u.structure.members_ref = REF(shapes[488].u.structure.members_ref, members[891]),
            .u.structure.by_wire_name_ref = REF(shapes[488].u.structure.by_wire_name_ref, by_wire_name[891]),
            .u.structure.error_code_ref = REF(shapes[488].u.structure.error_code_ref, strings[16915]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_service_quota_exceeded_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 402,
        },
        [489] = { /* SigningProfileVersionArns */
            .name_ref = REF(shapes[489].name_ref, strings[728]),
            .range_ref = REF(shapes[489].range_ref, ranges[127]),
            .u.collection.item_ref = REF(shapes[489].u.collection.item_ref, shapes[22]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_architectures_list),
        },
        [490] = { /* SnapStart */
            .name_ref = REF(shapes[490].name_ref, strings[4096]),
            .u.structure.members_ref = REF(shapes[490].u.structure.members_ref, members[893]),
            .u.structure.by_wire_name_ref = REF(shapes[490].u.structure.by_wire_name_ref, by_wire_name[893]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_snap_start),
            .u.structure.member_count = 1,
        },
        [491] = { /* SnapStartApplyOn */
            .name_ref = REF(shapes[491].name_ref, strings[16953]),
            .u.string.enum_values_ref = REF(shapes[491].u.string.enum_values_ref, strings[16970]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [492] = { /* SnapStartException */
            .name_ref = REF(shapes[492].name_ref, strings[16993]),
            .u.structure.members_ref = REF(shapes[492].u.structure.members_ref, members[894]),
            .u.structure.by_wire_name_ref = REF(shapes[492].u.structure.by_wire_name_ref, by_wire_name[894]),
            .u.structure.error_code_ref = REF(shapes[492].u.structure.error_code_ref, strings[16993]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_snap_start_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 400,
        },
        [493] = { /* SnapStartNotReadyException */
            .name_ref = REF(shapes[493].name_ref, strings[17012]),
            .u.structure.members_ref = REF(shapes[493].u.structure.members_ref, members[896]),
            .u.structure.by_wire_name_ref = REF(shapes[493].u.structure.by_wire_name_ref, by_wire_name[896]),
            .u.structure.error_code_ref = REF(shapes[493].u.structure.error_code_ref, strings[17012]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_snap_start_not_ready_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 409,
        },
        [494] = { /* SnapStartOptimizationStatus */
            .name_ref = REF(shapes[494].name_ref, strings[17039]),
            .u.string.enum_values_ref = REF(shapes[494].u.string.enum_values_ref, strings[17067]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [495] = { /* SnapStartRegenerationFailureException */
            .name_ref = REF(shapes[495].name_ref, strings[17074]),
            .u.structure.members_ref = REF(shapes[495].u.structure.members_ref, members[898]),
            .u.structure.by_wire_name_ref = REF(shapes[495].u.structure.by_wire_name_ref, by_wire_name[898]),
            .u.structure.error_code_ref = REF(shapes[495].u.structure.error_code_ref, strings[17074]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_snap_start_regeneration_failure_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 409,
        },
        [496] = { /* SnapStartResponse */
            .name_ref = REF(shapes[496].name_ref, strings[17112]),
            .u.structure.members_ref = REF(shapes[496].u.structure.members_ref, members[900]),
            .u.structure.by_wire_name_ref = REF(shapes[496].u.structure.by_wire_name_ref, by_wire_name[900]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_snap_start_response),
            .u.structure.member_count = 2,
        },
        [497] = { /* SnapStartTimeoutException */
            .name_ref = REF(shapes[497].name_ref, strings[17149]),
            .u.structure.members_ref = REF(shapes[497].u.structure.members_ref, members[902]),
            .u.structure.by_wire_name_ref = REF(shapes[497].u.structure.by_wire_name_ref, by_wire_name[902]),
            .u.structure.error_code_ref = REF(shapes[497].u.structure.error_code_ref, strings[17149]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_snap_start_timeout_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 408,
        },
        [498] = { /* SourceAccessConfiguration */
            .name_ref = REF(shapes[498].name_ref, strings[17175]),
            .u.structure.members_ref = REF(shapes[498].u.structure.members_ref, members[904]),
            .u.structure.by_wire_name_ref = REF(shapes[498].u.structure.by_wire_name_ref, by_wire_name[904]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_source_access_configuration),
            .u.structure.member_count = 2,
        },
        [499] = { /* SourceAccessConfigurations */
            .name_ref = REF(shapes[499].name_ref, strings[3738]),
            .range_ref = REF(shapes[499].range_ref, ranges[128]),
            .u.collection.item_ref = REF(shapes[499].u.collection.item_ref, shapes[498]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_source_access_configurations),
        },
        [500] = { /* SourceAccessType */
            .name_ref = REF(shapes[500].name_ref, strings[17201]),
            .u.string.enum_values_ref = REF(shapes[500].u.string.enum_values_ref, strings[17218]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 8,
        },
        [501] = { /* SourceOwner */
            .name_ref = REF(shapes[501].name_ref, strings[17367]),
            .range_ref = REF(shapes[501].range_ref, ranges[129]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [502] = { /* StackTraceEntries */
            .name_ref = REF(shapes[502].name_ref, strings[17379]),
            .u.collection.item_ref = REF(shapes[502].u.collection.item_ref, shapes[503]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_architectures_list),
        },
        [503] = { /* StackTraceEntry */
            .name_ref = REF(shapes[503].name_ref, strings[17397]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [504] = { /* State */
            .name_ref = REF(shapes[504].name_ref, strings[1393]),
            .u.string.enum_values_ref = REF(shapes[504].u.string.enum_values_ref, strings[17413]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 8,
        },
        [505] = { /* StateReason */
            .name_ref = REF(shapes[505].name_ref, strings[7289]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [506] = { /* StateReasonCode */
            .name_ref = REF(shapes[506].name_ref, strings[7301]),
            .u.string.enum_values_ref = REF(shapes[506].u.string.enum_values_ref, strings[17497]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 40,
        },
        [507] = { /* StatementId */
            .name_ref = REF(shapes[507].name_ref, strings[202]),
            .range_ref = REF(shapes[507].range_ref, ranges[130]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [508] = { /* StepDetails */
            .name_ref = REF(shapes[508].name_ref, strings[14090]),
            .u.structure.members_ref = REF(shapes[508].u.structure.members_ref, members[906]),
            .u.structure.by_wire_name_ref = REF(shapes[508].u.structure.by_wire_name_ref, by_wire_name[906]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_step_details),
            .u.structure.member_count = 4,
        },
        [509] = { /* StepFailedDetails */
            .name_ref = REF(shapes[509].name_ref, strings[5695]),
            .u.structure.members_ref = REF(shapes[509].u.structure.members_ref, members[910]),
            .u.structure.by_wire_name_ref = REF(shapes[509].u.structure.by_wire_name_ref, by_wire_name[910]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_step_failed_details),
            .u.structure.member_count = 2,
        },
        [510] = { /* StepOptions */
            .name_ref = REF(shapes[510].name_ref, strings[14387]),
            .u.structure.members_ref = REF(shapes[510].u.structure.members_ref, members[912]),
            .u.structure.by_wire_name_ref = REF(shapes[510].u.structure.by_wire_name_ref, by_wire_name[912]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_step_options),
            .u.structure.member_count = 1,
        },
        [511] = { /* StepOptionsNextAttemptDelaySecondsInteger */
            .name_ref = REF(shapes[511].name_ref, strings[18386]),
            .range_ref = REF(shapes[511].range_ref, ranges[131]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [512] = { /* StepStartedDetails */
            .name_ref = REF(shapes[512].name_ref, strings[5655]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_step_started_details),
        },
        [513] = { /* StepSucceededDetails */
            .name_ref = REF(shapes[513].name_ref, strings[5674]),
            .u.structure.members_ref = REF(shapes[513].u.structure.members_ref, members[913]),
            .u.structure.by_wire_name_ref = REF(shapes[513].u.structure.by_wire_name_ref, by_wire_name[913]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_step_succeeded_details),
            .u.structure.member_count = 2,
        },
        [514] = { /* StopDurableExecutionRequest */
            .name_ref = REF(shapes[514].name_ref, strings[18428]),
            .u.structure.members_ref = REF(shapes[514].u.structure.members_ref, members[915]),
            .u.structure.by_wire_name_ref = REF(shapes[514].u.structure.by_wire_name_ref, by_wire_name[915]),
            .u.structure.payload_ref = REF(shapes[514].u.structure.payload_ref, strings[1060]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_stop_durable_execution_input),
            .u.structure.member_count = 2,
        },
        [515] = { /* StopDurableExecutionResponse */
            .name_ref = REF(shapes[515].name_ref, strings[18456]),
            .u.structure.members_ref = REF(shapes[515].u.structure.members_ref, members[917]),
            .u.structure.by_wire_name_ref = REF(shapes[515].u.structure.by_wire_name_ref, by_wire_name[917]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_stop_durable_execution_output),
            .u.structure.member_count = 1,
        },
        [516] = { /* String */
            .name_ref = REF(shapes[516].name_ref, strings[18499]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [517] = { /* StringList */
            .name_ref = REF(shapes[517].name_ref, strings[18506]),
            .range_ref = REF(shapes[517].range_ref, ranges[132]),
            .u.collection.item_ref = REF(shapes[517].u.collection.item_ref, shapes[516]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_architectures_list),
        },
        [518] = { /* SubnetIPAddressLimitReachedException */
            .name_ref = REF(shapes[518].name_ref, strings[18517]),
            .u.structure.members_ref = REF(shapes[518].u.structure.members_ref, members[918]),
            .u.structure.by_wire_name_ref = REF(shapes[518].u.structure.by_wire_name_ref, by_wire_name[918]),
            .u.structure.error_code_ref = REF(shapes[518].u.structure.error_code_ref, strings[18517]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_lambda_subnet_ip_address_limit_reached_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 502,
        },
        [519] = { /* SubnetId */
            .name_ref = REF(shapes[519].name_ref, strings[18554]),
            .range_ref = REF(shapes[519].range_ref, ranges[133]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [520] = { /* SubnetIds */
            .name_ref = REF(shapes[520].name_ref, strings[2190]),
            .range_ref = REF(shapes[520].range_ref, ranges[134]),
            .u.collection.item_ref = REF(shapes[520].u.collection.item_ref, shapes[519]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_architectures_list),
        },
        [521] = { /* SystemLogLevel */
            .name_ref = REF(shapes[521].name_ref, strings[1668]),
            .u.string.enum_values_ref = REF(shapes[521].u.string.enum_values_ref, strings[6103]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [522] = { /* TagKey */
            .name_ref = REF(shapes[522].name_ref, strings[18563]),
            .range_ref = REF(shapes[522].range_ref, ranges[135]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [523] = { /* TagKeyList */
            .name_ref = REF(shapes[523].name_ref, strings[18570]),
            .u.collection.item_ref = REF(shapes[523].u.collection.item_ref, shapes[522]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_architectures_list),
        },
        [524] = { /* TagResourceRequest */
            .name_ref = REF(shapes[524].name_ref, strings[18581]),
            .u.structure.members_ref = REF(shapes[524].u.structure.members_ref, members[920]),
            .u.structure.by_wire_name_ref = REF(shapes[524].u.structure.by_wire_name_ref, by_wire_name[920]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_tag_resource_input),
            .u.structure.member_count = 2,
        },
        [525] = { /* TagValue */
            .name_ref = REF(shapes[525].name_ref, strings[18600]),
            .range_ref = REF(shapes[525].range_ref, ranges[136]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [526] = { /* TaggableResource */
            .name_ref = REF(shapes[526].name_ref, strings[18609]),
            .range_ref = REF(shapes[526].range_ref, ranges[137]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [527] = { /* Tags */
            .name_ref = REF(shapes[527].name_ref, strings[3332]),
            .u.collection.item_ref = REF(shapes[527].u.collection.item_ref, shapes[525]),
            .u.collection.key_ref = REF(shapes[527].u.collection.key_ref, shapes[522]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_lambda_propagate_tags_explicit_tags_map),
            .u.collection.value_offset = offsetof(struct awsc_lambda_propagate_tags_explicit_tags_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_lambda_propagate_tags_explicit_tags_map_entry),
        },
        [528] = { /* TagsError */
            .name_ref = REF(shapes[528].name_ref, strings[8862]),
            .u.structure.members_ref = REF(shapes[528].u.structure.members_ref, members[922]),
            .u.structure.by_wire_name_ref = REF(shapes[528].u.structure.by_wire_name_ref, by_wire_name[922]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_tags_error),
            .u.structure.member_count = 2,
        },
        [529] = { /* TagsErrorCode */
            .name_ref = REF(shapes[529].name_ref, strings[18626]),
            .range_ref = REF(shapes[529].range_ref, ranges[138]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [530] = { /* TagsErrorMessage */
            .name_ref = REF(shapes[530].name_ref, strings[18640]),
            .range_ref = REF(shapes[530].range_ref, ranges[139]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [531] = { /* TargetTrackingScalingPolicy */
            .name_ref = REF(shapes[531].name_ref, strings[18657]),
            .u.structure.members_ref = REF(shapes[531].u.structure.members_ref, members[924]),
            .u.structure.by_wire_name_ref = REF(shapes[531].u.structure.by_wire_name_ref, by_wire_name[924]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_target_tracking_scaling_policy),
            .u.structure.member_count = 2,
        },
        [532] = { /* TenancyConfig */
            .name_ref = REF(shapes[532].name_ref, strings[4106]),
            .u.structure.members_ref = REF(shapes[532].u.structure.members_ref, members[926]),
            .u.structure.by_wire_name_ref = REF(shapes[532].u.structure.by_wire_name_ref, by_wire_name[926]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_tenancy_config),
            .u.structure.member_count = 1,
        },
        [533] = { /* TenantId */
            .name_ref = REF(shapes[533].name_ref, strings[2308]),
            .range_ref = REF(shapes[533].range_ref, ranges[140]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [534] = { /* TenantIsolationMode */
            .name_ref = REF(shapes[534].name_ref, strings[18718]),
            .u.string.enum_values_ref = REF(shapes[534].u.string.enum_values_ref, strings[18738]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [535] = { /* ThrottleReason */
            .name_ref = REF(shapes[535].name_ref, strings[18749]),
            .u.string.enum_values_ref = REF(shapes[535].u.string.enum_values_ref, strings[18764]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 6,
        },
        [536] = { /* Timeout */
            .name_ref = REF(shapes[536].name_ref, strings[1266]),
            .range_ref = REF(shapes[536].range_ref, ranges[141]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [537] = { /* Timestamp */
            .name_ref = REF(shapes[537].name_ref, strings[18990]),
            .range_ref = REF(shapes[537].range_ref, ranges[142]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [538] = { /* TooManyRequestsException */
            .name_ref = REF(shapes[538].name_ref, strings[19000]),
            .u.structure.members_ref = REF(shapes[538].u.structure.members_ref, members[927]),
            .u.structure.by_wire_name_ref = REF(shapes[538].u.structure.by_wire_name_ref, by_wire_name[927]),
            .u.structure.error_code_ref = REF(shapes[538].u.structure.error_code_ref, strings[19000]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_too_many_requests_exception),
            .u.structure.member_count = 4,
            .u.structure.http_status = 429,
        },
        [539] = { /* Topic */
            .name_ref = REF(shapes[539].name_ref, strings[19062]),
            .range_ref = REF(shapes[539].range_ref, ranges[143]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [540] = { /* Topics */
            .name_ref = REF(shapes[540].name_ref, strings[3724]),
            .range_ref = REF(shapes[540].range_ref, ranges[144]),
            .u.collection.item_ref = REF(shapes[540].u.collection.item_ref, shapes[539]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_lambda_architectures_list),
        },
        [541] = { /* TraceHeader */
            .name_ref = REF(shapes[541].name_ref, strings[8418]),
            .u.structure.members_ref = REF(shapes[541].u.structure.members_ref, members[931]),
            .u.structure.by_wire_name_ref = REF(shapes[541].u.structure.by_wire_name_ref, by_wire_name[931]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_trace_header),
            .u.structure.member_count = 1,
        },
        [542] = { /* TracingConfig */
            .name_ref = REF(shapes[542].name_ref, strings[4014]),
            .u.structure.members_ref = REF(shapes[542].u.structure.members_ref, members[932]),
            .u.structure.by_wire_name_ref = REF(shapes[542].u.structure.by_wire_name_ref, by_wire_name[932]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_tracing_config),
            .u.structure.member_count = 1,
        },
        [543] = { /* TracingConfigResponse */
            .name_ref = REF(shapes[543].name_ref, strings[19081]),
            .u.structure.members_ref = REF(shapes[543].u.structure.members_ref, members[933]),
            .u.structure.by_wire_name_ref = REF(shapes[543].u.structure.by_wire_name_ref, by_wire_name[933]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_tracing_config_response),
            .u.structure.member_count = 1,
        },
        [544] = { /* TracingMode */
            .name_ref = REF(shapes[544].name_ref, strings[19103]),
            .u.string.enum_values_ref = REF(shapes[544].u.string.enum_values_ref, strings[19115]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [545] = { /* Truncated */
            .name_ref = REF(shapes[545].name_ref, strings[5759]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [546] = { /* TumblingWindowInSeconds */
            .name_ref = REF(shapes[546].name_ref, strings[3700]),
            .range_ref = REF(shapes[546].range_ref, ranges[145]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [547] = { /* URI */
            .name_ref = REF(shapes[547].name_ref, strings[10872]),
            .range_ref = REF(shapes[547].range_ref, ranges[146]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [548] = { /* UUIDString */
            .name_ref = REF(shapes[548].name_ref, strings[19134]),
            .range_ref = REF(shapes[548].range_ref, ranges[147]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [549] = { /* UnqualifiedFunctionName */
            .name_ref = REF(shapes[549].name_ref, strings[19145]),
            .range_ref = REF(shapes[549].range_ref, ranges[148]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [550] = { /* UnreservedConcurrentExecutions */
            .name_ref = REF(shapes[550].name_ref, strings[80]),
            .range_ref = REF(shapes[550].range_ref, ranges[149]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [551] = { /* UnsupportedMediaTypeException */
            .name_ref = REF(shapes[551].name_ref, strings[19169]),
            .u.structure.members_ref = REF(shapes[551].u.structure.members_ref, members[934]),
            .u.structure.by_wire_name_ref = REF(shapes[551].u.structure.by_wire_name_ref, by_wire_name[934]),
            .u.structure.error_code_ref = REF(shapes[551].u.structure.error_code_ref, strings[19169]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
            .size = sizeof(struct awsc_lambda_unsupported_media_type_exception),
            .u.structure.member_count = 2,
            .u.structure.http_status = 415,
        },
        [552] = { /* UntagResourceRequest */
            .name_ref = REF(shapes[552].name_ref, strings[19199]),
            .u.structure.members_ref = REF(shapes[552].u.structure.members_ref, members[936]),
            .u.structure.by_wire_name_ref = REF(shapes[552].u.structure.by_wire_name_ref, by_wire_name[936]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_untag_resource_input),
            .u.structure.member_count = 2,
        },
        [553] = { /* UpdateAliasRequest */
            .name_ref = REF(shapes[553].name_ref, strings[19236]),
            .u.structure.members_ref = REF(shapes[553].u.structure.members_ref, members[938]),
            .u.structure.by_wire_name_ref = REF(shapes[553].u.structure.by_wire_name_ref, by_wire_name[938]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_update_alias_input),
            .u.structure.member_count = 6,
        },
        [554] = { /* UpdateCapacityProviderRequest */
            .name_ref = REF(shapes[554].name_ref, strings[19255]),
            .u.structure.members_ref = REF(shapes[554].u.structure.members_ref, members[944]),
            .u.structure.by_wire_name_ref = REF(shapes[554].u.structure.by_wire_name_ref, by_wire_name[944]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_update_capacity_provider_input),
            .u.structure.member_count = 4,
        },
        [555] = { /* UpdateCapacityProviderResponse */
            .name_ref = REF(shapes[555].name_ref, strings[19285]),
            .u.structure.members_ref = REF(shapes[555].u.structure.members_ref, members[948]),
            .u.structure.by_wire_name_ref = REF(shapes[555].u.structure.by_wire_name_ref, by_wire_name[948]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_update_capacity_provider_output),
            .u.structure.member_count = 1,
        },
        [556] = { /* UpdateCodeSigningConfigRequest */
            .name_ref = REF(shapes[556].name_ref, strings[19316]),
            .u.structure.members_ref = REF(shapes[556].u.structure.members_ref, members[949]),
            .u.structure.by_wire_name_ref = REF(shapes[556].u.structure.by_wire_name_ref, by_wire_name[949]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_update_code_signing_config_input),
            .u.structure.member_count = 4,
        },
        [557] = { /* UpdateCodeSigningConfigResponse */
            .name_ref = REF(shapes[557].name_ref, strings[19347]),
            .u.structure.members_ref = REF(shapes[557].u.structure.members_ref, members[953]),
            .u.structure.by_wire_name_ref = REF(shapes[557].u.structure.by_wire_name_ref, by_wire_name[953]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_update_code_signing_config_output),
            .u.structure.member_count = 1,
        },
        [558] = { /* UpdateEventSourceMappingRequest */
            .name_ref = REF(shapes[558].name_ref, strings[19379]),
            .u.structure.members_ref = REF(shapes[558].u.structure.members_ref, members[954]),
            .u.structure.by_wire_name_ref = REF(shapes[558].u.structure.by_wire_name_ref, by_wire_name[954]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_update_event_source_mapping_input),
            .u.structure.member_count = 22,
        },
        [559] = { /* UpdateFunctionCodeRequest */
            .name_ref = REF(shapes[559].name_ref, strings[19411]),
            .u.structure.members_ref = REF(shapes[559].u.structure.members_ref, members[976]),
            .u.structure.by_wire_name_ref = REF(shapes[559].u.structure.by_wire_name_ref, by_wire_name[976]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_update_function_code_input),
            .u.structure.member_count = 13,
        },
        [560] = { /* UpdateFunctionConfigurationRequest */
            .name_ref = REF(shapes[560].name_ref, strings[19444]),
            .u.structure.members_ref = REF(shapes[560].u.structure.members_ref, members[989]),
            .u.structure.by_wire_name_ref = REF(shapes[560].u.structure.by_wire_name_ref, by_wire_name[989]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_update_function_configuration_input),
            .u.structure.member_count = 21,
        },
        [561] = { /* UpdateFunctionEventInvokeConfigRequest */
            .name_ref = REF(shapes[561].name_ref, strings[19479]),
            .u.structure.members_ref = REF(shapes[561].u.structure.members_ref, members[1010]),
            .u.structure.by_wire_name_ref = REF(shapes[561].u.structure.by_wire_name_ref, by_wire_name[1010]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_update_function_event_invoke_config_input),
            .u.structure.member_count = 5,
        },
        [562] = { /* UpdateFunctionUrlConfigRequest */
            .name_ref = REF(shapes[562].name_ref, strings[19518]),
            .u.structure.members_ref = REF(shapes[562].u.structure.members_ref, members[1015]),
            .u.structure.by_wire_name_ref = REF(shapes[562].u.structure.by_wire_name_ref, by_wire_name[1015]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_update_function_url_config_input),
            .u.structure.member_count = 5,
        },
        [563] = { /* UpdateFunctionUrlConfigResponse */
            .name_ref = REF(shapes[563].name_ref, strings[19549]),
            .u.structure.members_ref = REF(shapes[563].u.structure.members_ref, members[1020]),
            .u.structure.by_wire_name_ref = REF(shapes[563].u.structure.by_wire_name_ref, by_wire_name[1020]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_update_function_url_config_output),
            .u.structure.member_count = 7,
        },
        [564] = { /* UpdateRuntimeOn */
            .name_ref = REF(shapes[564].name_ref, strings[9571]),
            .u.string.enum_values_ref = REF(shapes[564].u.string.enum_values_ref, strings[19581]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [565] = { /* Version */
            .name_ref = REF(shapes[565].name_ref, strings[7271]),
            .range_ref = REF(shapes[565].range_ref, ranges[150]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [566] = { /* VersionWithLatestPublished */
            .name_ref = REF(shapes[566].name_ref, strings[19608]),
            .range_ref = REF(shapes[566].range_ref, ranges[151]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [567] = { /* VpcConfig */
            .name_ref = REF(shapes[567].name_ref, strings[1399]),
            .u.structure.members_ref = REF(shapes[567].u.structure.members_ref, members[1027]),
            .u.structure.by_wire_name_ref = REF(shapes[567].u.structure.by_wire_name_ref, by_wire_name[1027]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_vpc_config),
            .u.structure.member_count = 3,
        },
        [568] = { /* VpcConfigResponse */
            .name_ref = REF(shapes[568].name_ref, strings[19659]),
            .u.structure.members_ref = REF(shapes[568].u.structure.members_ref, members[1030]),
            .u.structure.by_wire_name_ref = REF(shapes[568].u.structure.by_wire_name_ref, by_wire_name[1030]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_vpc_config_response),
            .u.structure.member_count = 4,
        },
        [569] = { /* VpcId */
            .name_ref = REF(shapes[569].name_ref, strings[19677]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [570] = { /* WaitCancelledDetails */
            .name_ref = REF(shapes[570].name_ref, strings[5634]),
            .u.structure.members_ref = REF(shapes[570].u.structure.members_ref, members[1034]),
            .u.structure.by_wire_name_ref = REF(shapes[570].u.structure.by_wire_name_ref, by_wire_name[1034]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_wait_cancelled_details),
            .u.structure.member_count = 1,
        },
        [571] = { /* WaitDetails */
            .name_ref = REF(shapes[571].name_ref, strings[14102]),
            .u.structure.members_ref = REF(shapes[571].u.structure.members_ref, members[1035]),
            .u.structure.by_wire_name_ref = REF(shapes[571].u.structure.by_wire_name_ref, by_wire_name[1035]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_wait_details),
            .u.structure.member_count = 1,
        },
        [572] = { /* WaitOptions */
            .name_ref = REF(shapes[572].name_ref, strings[14399]),
            .u.structure.members_ref = REF(shapes[572].u.structure.members_ref, members[1036]),
            .u.structure.by_wire_name_ref = REF(shapes[572].u.structure.by_wire_name_ref, by_wire_name[1036]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_wait_options),
            .u.structure.member_count = 1,
        },
        [573] = { /* WaitOptionsWaitSecondsInteger */
            .name_ref = REF(shapes[573].name_ref, strings[19717]),
            .range_ref = REF(shapes[573].range_ref, ranges[152]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [574] = { /* WaitStartedDetails */
            .name_ref = REF(shapes[574].name_ref, strings[5594]),
            .u.structure.members_ref = REF(shapes[574].u.structure.members_ref, members[1037]),
            .u.structure.by_wire_name_ref = REF(shapes[574].u.structure.by_wire_name_ref, by_wire_name[1037]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_wait_started_details),
            .u.structure.member_count = 2,
        },
        [575] = { /* WaitSucceededDetails */
            .name_ref = REF(shapes[575].name_ref, strings[5613]),
            .u.structure.members_ref = REF(shapes[575].u.structure.members_ref, members[1039]),
            .u.structure.by_wire_name_ref = REF(shapes[575].u.structure.by_wire_name_ref, by_wire_name[1039]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_lambda_wait_succeeded_details),
            .u.structure.member_count = 1,
        },
        [576] = { /* Weight */
            .name_ref = REF(shapes[576].name_ref, strings[19756]),
            .range_ref = REF(shapes[576].range_ref, ranges[153]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [577] = { /* WorkingDirectory */
            .name_ref = REF(shapes[577].name_ref, strings[9654]),
            .range_ref = REF(shapes[577].range_ref, ranges[154]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [578] = { /* XAmznTraceId */
            .name_ref = REF(shapes[578].name_ref, strings[19068]),
            .range_ref = REF(shapes[578].range_ref, ranges[155]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * shape, offset (of the C member), has_ offset, flags, location,
     * timestamp format */
    .members = {
        [0] = {REF(members[0].name_ref, strings[13]), REF(members[0].shape_ref, shapes[360]), offsetof(struct awsc_lambda_account_limit, total_code_size), offsetof(struct awsc_lambda_account_limit, has_total_code_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccountLimit.TotalCodeSize: Long */
        [1] = {REF(members[1].name_ref, strings[27]), REF(members[1].shape_ref, shapes[360]), offsetof(struct awsc_lambda_account_limit, code_size_unzipped), offsetof(struct awsc_lambda_account_limit, has_code_size_unzipped), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccountLimit.CodeSizeUnzipped: Long */
        [2] = {REF(members[2].name_ref, strings[44]), REF(members[2].shape_ref, shapes[360]), offsetof(struct awsc_lambda_account_limit, code_size_zipped), offsetof(struct awsc_lambda_account_limit, has_code_size_zipped), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccountLimit.CodeSizeZipped: Long */
        [3] = {REF(members[3].name_ref, strings[59]), REF(members[3].shape_ref, shapes[270]), offsetof(struct awsc_lambda_account_limit, concurrent_executions), offsetof(struct awsc_lambda_account_limit, has_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccountLimit.ConcurrentExecutions: Integer */
        [4] = {REF(members[4].name_ref, strings[80]), REF(members[4].shape_ref, shapes[550]), offsetof(struct awsc_lambda_account_limit, unreserved_concurrent_executions), offsetof(struct awsc_lambda_account_limit, has_unreserved_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccountLimit.UnreservedConcurrentExecutions: UnreservedConcurrentExecutions */
        [5] = {REF(members[5].name_ref, strings[13]), REF(members[5].shape_ref, shapes[360]), offsetof(struct awsc_lambda_account_usage, total_code_size), offsetof(struct awsc_lambda_account_usage, has_total_code_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccountUsage.TotalCodeSize: Long */
        [6] = {REF(members[6].name_ref, strings[124]), REF(members[6].shape_ref, shapes[360]), offsetof(struct awsc_lambda_account_usage, function_count), offsetof(struct awsc_lambda_account_usage, has_function_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccountUsage.FunctionCount: Long */
        [7] = {REF(members[7].name_ref, strings[178]), REF(members[7].shape_ref, shapes[312]), offsetof(struct awsc_lambda_add_layer_version_permission_input, layer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* AddLayerVersionPermissionRequest.LayerName: LayerName */
        [8] = {REF(members[8].name_ref, strings[188]), REF(members[8].shape_ref, shapes[318]), offsetof(struct awsc_lambda_add_layer_version_permission_input, version_number), offsetof(struct awsc_lambda_add_layer_version_permission_input, has_version_number), AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* AddLayerVersionPermissionRequest.VersionNumber: LayerVersionNumber */
        [9] = {REF(members[9].name_ref, strings[202]), REF(members[9].shape_ref, shapes[507]), offsetof(struct awsc_lambda_add_layer_version_permission_input, statement_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddLayerVersionPermissionRequest.StatementId: StatementId */
        [10] = {REF(members[10].name_ref, strings[138]), REF(members[10].shape_ref, shapes[313]), offsetof(struct awsc_lambda_add_layer_version_permission_input, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddLayerVersionPermissionRequest.Action: LayerPermissionAllowedAction */
        [11] = {REF(members[11].name_ref, strings[214]), REF(members[11].shape_ref, shapes[314]), offsetof(struct awsc_lambda_add_layer_version_permission_input, principal), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddLayerVersionPermissionRequest.Principal: LayerPermissionAllowedPrincipal */
        [12] = {REF(members[12].name_ref, strings[224]), REF(members[12].shape_ref, shapes[401]), offsetof(struct awsc_lambda_add_layer_version_permission_input, organization_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddLayerVersionPermissionRequest.OrganizationId: OrganizationId */
        [13] = {REF(members[13].name_ref, strings[239]), REF(members[13].shape_ref, shapes[516]), offsetof(struct awsc_lambda_add_layer_version_permission_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* AddLayerVersionPermissionRequest.RevisionId: String */
        [14] = {REF(members[14].name_ref, strings[284]), REF(members[14].shape_ref, shapes[516]), offsetof(struct awsc_lambda_add_layer_version_permission_output, statement), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddLayerVersionPermissionResponse.Statement: String */
        [15] = {REF(members[15].name_ref, strings[239]), REF(members[15].shape_ref, shapes[516]), offsetof(struct awsc_lambda_add_layer_version_permission_output, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddLayerVersionPermissionResponse.RevisionId: String */
        [16] = {REF(members[16].name_ref, strings[315]), REF(members[16].shape_ref, shapes[382]), offsetof(struct awsc_lambda_add_permission_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* AddPermissionRequest.FunctionName: NamespacedFunctionName */
        [17] = {REF(members[17].name_ref, strings[202]), REF(members[17].shape_ref, shapes[507]), offsetof(struct awsc_lambda_add_permission_input, statement_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddPermissionRequest.StatementId: StatementId */
        [18] = {REF(members[18].name_ref, strings[138]), REF(members[18].shape_ref, shapes[2]), offsetof(struct awsc_lambda_add_permission_input, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddPermissionRequest.Action: Action */
        [19] = {REF(members[19].name_ref, strings[214]), REF(members[19].shape_ref, shapes[411]), offsetof(struct awsc_lambda_add_permission_input, principal), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddPermissionRequest.Principal: Principal */
        [20] = {REF(members[20].name_ref, strings[328]), REF(members[20].shape_ref, shapes[22]), offsetof(struct awsc_lambda_add_permission_input, source_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddPermissionRequest.SourceArn: Arn */
        [21] = {REF(members[21].name_ref, strings[338]), REF(members[21].shape_ref, shapes[209]), offsetof(struct awsc_lambda_add_permission_input, function_url_auth_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddPermissionRequest.FunctionUrlAuthType: FunctionUrlAuthType */
        [22] = {REF(members[22].name_ref, strings[358]), REF(members[22].shape_ref, shapes[290]), offsetof(struct awsc_lambda_add_permission_input, invoked_via_function_url), offsetof(struct awsc_lambda_add_permission_input, has_invoked_via_function_url), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddPermissionRequest.InvokedViaFunctionUrl: InvokedViaFunctionUrl */
        [23] = {REF(members[23].name_ref, strings[380]), REF(members[23].shape_ref, shapes[501]), offsetof(struct awsc_lambda_add_permission_input, source_account), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddPermissionRequest.SourceAccount: SourceOwner */
        [24] = {REF(members[24].name_ref, strings[394]), REF(members[24].shape_ref, shapes[168]), offsetof(struct awsc_lambda_add_permission_input, event_source_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddPermissionRequest.EventSourceToken: EventSourceToken */
        [25] = {REF(members[25].name_ref, strings[411]), REF(members[25].shape_ref, shapes[387]), offsetof(struct awsc_lambda_add_permission_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* AddPermissionRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [26] = {REF(members[26].name_ref, strings[239]), REF(members[26].shape_ref, shapes[516]), offsetof(struct awsc_lambda_add_permission_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddPermissionRequest.RevisionId: String */
        [27] = {REF(members[27].name_ref, strings[421]), REF(members[27].shape_ref, shapes[412]), offsetof(struct awsc_lambda_add_permission_input, principal_org_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddPermissionRequest.PrincipalOrgID: PrincipalOrgID */
        [28] = {REF(members[28].name_ref, strings[284]), REF(members[28].shape_ref, shapes[516]), offsetof(struct awsc_lambda_add_permission_output, statement), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AddPermissionResponse.Statement: String */
        [29] = {REF(members[29].name_ref, strings[526]), REF(members[29].shape_ref, shapes[194]), offsetof(struct awsc_lambda_alias_configuration, alias_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AliasConfiguration.AliasArn: FunctionArn */
        [30] = {REF(members[30].name_ref, strings[535]), REF(members[30].shape_ref, shapes[9]), offsetof(struct awsc_lambda_alias_configuration, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AliasConfiguration.Name: Alias */
        [31] = {REF(members[31].name_ref, strings[540]), REF(members[31].shape_ref, shapes[565]), offsetof(struct awsc_lambda_alias_configuration, function_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AliasConfiguration.FunctionVersion: Version */
        [32] = {REF(members[32].name_ref, strings[556]), REF(members[32].shape_ref, shapes[118]), offsetof(struct awsc_lambda_alias_configuration, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AliasConfiguration.Description: Description */
        [33] = {REF(members[33].name_ref, strings[568]), REF(members[33].shape_ref, shapes[13]), offsetof(struct awsc_lambda_alias_configuration, routing_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AliasConfiguration.RoutingConfig: AliasRoutingConfiguration */
        [34] = {REF(members[34].name_ref, strings[239]), REF(members[34].shape_ref, shapes[516]), offsetof(struct awsc_lambda_alias_configuration, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AliasConfiguration.RevisionId: String */
        [35] = {REF(members[35].name_ref, strings[610]), REF(members[35].shape_ref, shapes[516]), offsetof(struct awsc_lambda_alias_limit_exceeded_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AliasLimitExceededException.Type: String */
        [36] = {REF(members[36].name_ref, strings[615]), REF(members[36].shape_ref, shapes[516]), offsetof(struct awsc_lambda_alias_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AliasLimitExceededException.message: String */
        [37] = {REF(members[37].name_ref, strings[476]), REF(members[37].shape_ref, shapes[8]), offsetof(struct awsc_lambda_alias_routing_configuration, additional_version_weights), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AliasRoutingConfiguration.AdditionalVersionWeights: AdditionalVersionWeights */
        [38] = {REF(members[38].name_ref, strings[728]), REF(members[38].shape_ref, shapes[489]), offsetof(struct awsc_lambda_allowed_publishers, signing_profile_version_arns), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AllowedPublishers.SigningProfileVersionArns: SigningProfileVersionArns */
        [39] = {REF(members[39].name_ref, strings[790]), REF(members[39].shape_ref, shapes[547]), offsetof(struct awsc_lambda_amazon_managed_kafka_event_source_config, consumer_group_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AmazonManagedKafkaEventSourceConfig.ConsumerGroupId: URI */
        [40] = {REF(members[40].name_ref, strings[806]), REF(members[40].shape_ref, shapes[301]), offsetof(struct awsc_lambda_amazon_managed_kafka_event_source_config, schema_registry_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AmazonManagedKafkaEventSourceConfig.SchemaRegistryConfig: KafkaSchemaRegistryConfig */
        [41] = {REF(members[41].name_ref, strings[1042]), REF(members[41].shape_ref, shapes[32]), offsetof(struct awsc_lambda_callback_details, callback_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CallbackDetails.CallbackId: CallbackId */
        [42] = {REF(members[42].name_ref, strings[1053]), REF(members[42].shape_ref, shapes[394]), offsetof(struct awsc_lambda_callback_details, result), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CallbackDetails.Result: OperationPayload */
        [43] = {REF(members[43].name_ref, strings[1060]), REF(members[43].shape_ref, shapes[152]), offsetof(struct awsc_lambda_callback_details, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CallbackDetails.Error: ErrorObject */
        [44] = {REF(members[44].name_ref, strings[1060]), REF(members[44].shape_ref, shapes[155]), offsetof(struct awsc_lambda_callback_failed_details, error), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CallbackFailedDetails.Error: EventError */
        [45] = {REF(members[45].name_ref, strings[1104]), REF(members[45].shape_ref, shapes[35]), offsetof(struct awsc_lambda_callback_options, timeout_seconds), offsetof(struct awsc_lambda_callback_options, has_timeout_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CallbackOptions.TimeoutSeconds: CallbackOptionsTimeoutSecondsInteger */
        [46] = {REF(members[46].name_ref, strings[1119]), REF(members[46].shape_ref, shapes[34]), offsetof(struct awsc_lambda_callback_options, heartbeat_timeout_seconds), offsetof(struct awsc_lambda_callback_options, has_heartbeat_timeout_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CallbackOptions.HeartbeatTimeoutSeconds: CallbackOptionsHeartbeatTimeoutSecondsInteger */
        [47] = {REF(members[47].name_ref, strings[1042]), REF(members[47].shape_ref, shapes[32]), offsetof(struct awsc_lambda_callback_started_details, callback_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CallbackStartedDetails.CallbackId: CallbackId */
        [48] = {REF(members[48].name_ref, strings[1249]), REF(members[48].shape_ref, shapes[127]), offsetof(struct awsc_lambda_callback_started_details, heartbeat_timeout), offsetof(struct awsc_lambda_callback_started_details, has_heartbeat_timeout), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CallbackStartedDetails.HeartbeatTimeout: DurationSeconds */
        [49] = {REF(members[49].name_ref, strings[1266]), REF(members[49].shape_ref, shapes[127]), offsetof(struct awsc_lambda_callback_started_details, timeout), offsetof(struct awsc_lambda_callback_started_details, has_timeout), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CallbackStartedDetails.Timeout: DurationSeconds */
        [50] = {REF(members[50].name_ref, strings[1053]), REF(members[50].shape_ref, shapes[158]), offsetof(struct awsc_lambda_callback_succeeded_details, result), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CallbackSucceededDetails.Result: EventResult */
        [51] = {REF(members[51].name_ref, strings[1060]), REF(members[51].shape_ref, shapes[155]), offsetof(struct awsc_lambda_callback_timed_out_details, error), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CallbackTimedOutDetails.Error: EventError */
        [52] = {REF(members[52].name_ref, strings[610]), REF(members[52].shape_ref, shapes[516]), offsetof(struct awsc_lambda_callback_timeout_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CallbackTimeoutException.Type: String */
        [53] = {REF(members[53].name_ref, strings[1348]), REF(members[53].shape_ref, shapes[516]), offsetof(struct awsc_lambda_callback_timeout_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CallbackTimeoutException.Message: String */
        [54] = {REF(members[54].name_ref, strings[1373]), REF(members[54].shape_ref, shapes[41]), offsetof(struct awsc_lambda_capacity_provider, capacity_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CapacityProvider.CapacityProviderArn: CapacityProviderArn */
        [55] = {REF(members[55].name_ref, strings[1393]), REF(members[55].shape_ref, shapes[53]), offsetof(struct awsc_lambda_capacity_provider, state), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CapacityProvider.State: CapacityProviderState */
        [56] = {REF(members[56].name_ref, strings[1399]), REF(members[56].shape_ref, shapes[56]), offsetof(struct awsc_lambda_capacity_provider, vpc_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CapacityProvider.VpcConfig: CapacityProviderVpcConfig */
        [57] = {REF(members[57].name_ref, strings[1409]), REF(members[57].shape_ref, shapes[47]), offsetof(struct awsc_lambda_capacity_provider, permissions_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CapacityProvider.PermissionsConfig: CapacityProviderPermissionsConfig */
        [58] = {REF(members[58].name_ref, strings[1427]), REF(members[58].shape_ref, shapes[267]), offsetof(struct awsc_lambda_capacity_provider, instance_requirements), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CapacityProvider.InstanceRequirements: InstanceRequirements */
        [59] = {REF(members[59].name_ref, strings[1448]), REF(members[59].shape_ref, shapes[49]), offsetof(struct awsc_lambda_capacity_provider, capacity_provider_scaling_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CapacityProvider.CapacityProviderScalingConfig: CapacityProviderScalingConfig */
        [60] = {REF(members[60].name_ref, strings[1478]), REF(members[60].shape_ref, shapes[295]), offsetof(struct awsc_lambda_capacity_provider, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CapacityProvider.KmsKeyArn: KMSKeyArn */
        [61] = {REF(members[61].name_ref, strings[1488]), REF(members[61].shape_ref, shapes[537]), offsetof(struct awsc_lambda_capacity_provider, last_modified), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CapacityProvider.LastModified: Timestamp */
        [62] = {REF(members[62].name_ref, strings[1501]), REF(members[62].shape_ref, shapes[413]), offsetof(struct awsc_lambda_capacity_provider, propagate_tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CapacityProvider.PropagateTags: PropagateTags */
        [63] = {REF(members[63].name_ref, strings[1515]), REF(members[63].shape_ref, shapes[55]), offsetof(struct awsc_lambda_capacity_provider, telemetry_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CapacityProvider.TelemetryConfig: CapacityProviderTelemetryConfig */
        [64] = {REF(members[64].name_ref, strings[1554]), REF(members[64].shape_ref, shapes[305]), offsetof(struct awsc_lambda_capacity_provider_config, lambda_managed_instances_capacity_provider_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CapacityProviderConfig.LambdaManagedInstancesCapacityProviderConfig: LambdaManagedInstancesCapacityProviderConfig */
        [65] = {REF(members[65].name_ref, strings[610]), REF(members[65].shape_ref, shapes[516]), offsetof(struct awsc_lambda_capacity_provider_limit_exceeded_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CapacityProviderLimitExceededException.Type: String */
        [66] = {REF(members[66].name_ref, strings[615]), REF(members[66].shape_ref, shapes[516]), offsetof(struct awsc_lambda_capacity_provider_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CapacityProviderLimitExceededException.message: String */
        [67] = {REF(members[67].name_ref, strings[1668]), REF(members[67].shape_ref, shapes[521]), offsetof(struct awsc_lambda_capacity_provider_logging_config, system_log_level), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CapacityProviderLoggingConfig.SystemLogLevel: SystemLogLevel */
        [68] = {REF(members[68].name_ref, strings[1683]), REF(members[68].shape_ref, shapes[357]), offsetof(struct awsc_lambda_capacity_provider_logging_config, log_group), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CapacityProviderLoggingConfig.LogGroup: LogGroup */
        [69] = {REF(members[69].name_ref, strings[1776]), REF(members[69].shape_ref, shapes[459]), offsetof(struct awsc_lambda_capacity_provider_permissions_config, capacity_provider_operator_role_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CapacityProviderPermissionsConfig.CapacityProviderOperatorRoleArn: RoleArn */
        [70] = {REF(members[70].name_ref, strings[1889]), REF(members[70].shape_ref, shapes[45]), offsetof(struct awsc_lambda_capacity_provider_scaling_config, max_v_cpu_count), offsetof(struct awsc_lambda_capacity_provider_scaling_config, has_max_v_cpu_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CapacityProviderScalingConfig.MaxVCpuCount: CapacityProviderMaxVCpuCount */
        [71] = {REF(members[71].name_ref, strings[1902]), REF(members[71].shape_ref, shapes[50]), offsetof(struct awsc_lambda_capacity_provider_scaling_config, scaling_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CapacityProviderScalingConfig.ScalingMode: CapacityProviderScalingMode */
        [72] = {REF(members[72].name_ref, strings[1914]), REF(members[72].shape_ref, shapes[51]), offsetof(struct awsc_lambda_capacity_provider_scaling_config, scaling_policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CapacityProviderScalingConfig.ScalingPolicies: CapacityProviderScalingPoliciesList */
        [73] = {REF(members[73].name_ref, strings[2150]), REF(members[73].shape_ref, shapes[44]), offsetof(struct awsc_lambda_capacity_provider_telemetry_config, logging_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CapacityProviderTelemetryConfig.LoggingConfig: CapacityProviderLoggingConfig */
        [74] = {REF(members[74].name_ref, strings[2190]), REF(members[74].shape_ref, shapes[54]), offsetof(struct awsc_lambda_capacity_provider_vpc_config, subnet_ids), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CapacityProviderVpcConfig.SubnetIds: CapacityProviderSubnetIds */
        [75] = {REF(members[75].name_ref, strings[2200]), REF(members[75].shape_ref, shapes[52]), offsetof(struct awsc_lambda_capacity_provider_vpc_config, security_group_ids), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CapacityProviderVpcConfig.SecurityGroupIds: CapacityProviderSecurityGroupIds */
        [76] = {REF(members[76].name_ref, strings[1053]), REF(members[76].shape_ref, shapes[394]), offsetof(struct awsc_lambda_chained_invoke_details, result), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChainedInvokeDetails.Result: OperationPayload */
        [77] = {REF(members[77].name_ref, strings[1060]), REF(members[77].shape_ref, shapes[152]), offsetof(struct awsc_lambda_chained_invoke_details, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChainedInvokeDetails.Error: ErrorObject */
        [78] = {REF(members[78].name_ref, strings[1060]), REF(members[78].shape_ref, shapes[155]), offsetof(struct awsc_lambda_chained_invoke_failed_details, error), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChainedInvokeFailedDetails.Error: EventError */
        [79] = {REF(members[79].name_ref, strings[315]), REF(members[79].shape_ref, shapes[382]), offsetof(struct awsc_lambda_chained_invoke_options, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChainedInvokeOptions.FunctionName: NamespacedFunctionName */
        [80] = {REF(members[80].name_ref, strings[2308]), REF(members[80].shape_ref, shapes[533]), offsetof(struct awsc_lambda_chained_invoke_options, tenant_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChainedInvokeOptions.TenantId: TenantId */
        [81] = {REF(members[81].name_ref, strings[315]), REF(members[81].shape_ref, shapes[382]), offsetof(struct awsc_lambda_chained_invoke_started_details, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChainedInvokeStartedDetails.FunctionName: NamespacedFunctionName */
        [82] = {REF(members[82].name_ref, strings[2308]), REF(members[82].shape_ref, shapes[533]), offsetof(struct awsc_lambda_chained_invoke_started_details, tenant_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChainedInvokeStartedDetails.TenantId: TenantId */
        [83] = {REF(members[83].name_ref, strings[2345]), REF(members[83].shape_ref, shapes[157]), offsetof(struct awsc_lambda_chained_invoke_started_details, input), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChainedInvokeStartedDetails.Input: EventInput */
        [84] = {REF(members[84].name_ref, strings[2351]), REF(members[84].shape_ref, shapes[566]), offsetof(struct awsc_lambda_chained_invoke_started_details, executed_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChainedInvokeStartedDetails.ExecutedVersion: VersionWithLatestPublished */
        [85] = {REF(members[85].name_ref, strings[2367]), REF(members[85].shape_ref, shapes[124]), offsetof(struct awsc_lambda_chained_invoke_started_details, durable_execution_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChainedInvokeStartedDetails.DurableExecutionArn: DurableExecutionArn */
        [86] = {REF(members[86].name_ref, strings[1060]), REF(members[86].shape_ref, shapes[155]), offsetof(struct awsc_lambda_chained_invoke_stopped_details, error), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChainedInvokeStoppedDetails.Error: EventError */
        [87] = {REF(members[87].name_ref, strings[1053]), REF(members[87].shape_ref, shapes[158]), offsetof(struct awsc_lambda_chained_invoke_succeeded_details, result), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChainedInvokeSucceededDetails.Result: EventResult */
        [88] = {REF(members[88].name_ref, strings[1060]), REF(members[88].shape_ref, shapes[155]), offsetof(struct awsc_lambda_chained_invoke_timed_out_details, error), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ChainedInvokeTimedOutDetails.Error: EventError */
        [89] = {REF(members[89].name_ref, strings[2367]), REF(members[89].shape_ref, shapes[124]), offsetof(struct awsc_lambda_checkpoint_durable_execution_input, durable_execution_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* CheckpointDurableExecutionRequest.DurableExecutionArn: DurableExecutionArn */
        [90] = {REF(members[90].name_ref, strings[2508]), REF(members[90].shape_ref, shapes[67]), offsetof(struct awsc_lambda_checkpoint_durable_execution_input, checkpoint_token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CheckpointDurableExecutionRequest.CheckpointToken: CheckpointToken */
        [91] = {REF(members[91].name_ref, strings[2524]), REF(members[91].shape_ref, shapes[399]), offsetof(struct awsc_lambda_checkpoint_durable_execution_input, updates), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CheckpointDurableExecutionRequest.Updates: OperationUpdates */
        [92] = {REF(members[92].name_ref, strings[2532]), REF(members[92].shape_ref, shapes[69]), offsetof(struct awsc_lambda_checkpoint_durable_execution_input, client_token), AWSC_NO_PRESENCE, AWSC_MF_IDEMPOTENCY_TOKEN, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CheckpointDurableExecutionRequest.ClientToken: ClientToken */
        [93] = {REF(members[93].name_ref, strings[2508]), REF(members[93].shape_ref, shapes[67]), offsetof(struct awsc_lambda_checkpoint_durable_execution_output, checkpoint_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CheckpointDurableExecutionResponse.CheckpointToken: CheckpointToken */
        [94] = {REF(members[94].name_ref, strings[2579]), REF(members[94].shape_ref, shapes[68]), offsetof(struct awsc_lambda_checkpoint_durable_execution_output, new_execution_state), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CheckpointDurableExecutionResponse.NewExecutionState: CheckpointUpdatedExecutionState */
        [95] = {REF(members[95].name_ref, strings[2629]), REF(members[95].shape_ref, shapes[400]), offsetof(struct awsc_lambda_checkpoint_updated_execution_state, operations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CheckpointUpdatedExecutionState.Operations: Operations */
        [96] = {REF(members[96].name_ref, strings[2640]), REF(members[96].shape_ref, shapes[516]), offsetof(struct awsc_lambda_checkpoint_updated_execution_state, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CheckpointUpdatedExecutionState.NextMarker: String */
        [97] = {REF(members[97].name_ref, strings[610]), REF(members[97].shape_ref, shapes[516]), offsetof(struct awsc_lambda_code_artifact_user_deleted_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CodeArtifactUserDeletedException.Type: String */
        [98] = {REF(members[98].name_ref, strings[615]), REF(members[98].shape_ref, shapes[516]), offsetof(struct awsc_lambda_code_artifact_user_deleted_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CodeArtifactUserDeletedException.message: String */
        [99] = {REF(members[99].name_ref, strings[610]), REF(members[99].shape_ref, shapes[516]), offsetof(struct awsc_lambda_code_artifact_user_failed_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CodeArtifactUserFailedException.Type: String */
        [100] = {REF(members[100].name_ref, strings[615]), REF(members[100].shape_ref, shapes[516]), offsetof(struct awsc_lambda_code_artifact_user_failed_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CodeArtifactUserFailedException.message: String */
        [101] = {REF(members[101].name_ref, strings[610]), REF(members[101].shape_ref, shapes[516]), offsetof(struct awsc_lambda_code_artifact_user_pending_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CodeArtifactUserPendingException.Type: String */
        [102] = {REF(members[102].name_ref, strings[615]), REF(members[102].shape_ref, shapes[516]), offsetof(struct awsc_lambda_code_artifact_user_pending_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CodeArtifactUserPendingException.message: String */
        [103] = {REF(members[103].name_ref, strings[2767]), REF(members[103].shape_ref, shapes[75]), offsetof(struct awsc_lambda_code_signing_config, code_signing_config_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CodeSigningConfig.CodeSigningConfigId: CodeSigningConfigId */
        [104] = {REF(members[104].name_ref, strings[2787]), REF(members[104].shape_ref, shapes[74]), offsetof(struct awsc_lambda_code_signing_config, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CodeSigningConfig.CodeSigningConfigArn: CodeSigningConfigArn */
        [105] = {REF(members[105].name_ref, strings[556]), REF(members[105].shape_ref, shapes[118]), offsetof(struct awsc_lambda_code_signing_config, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CodeSigningConfig.Description: Description */
        [106] = {REF(members[106].name_ref, strings[710]), REF(members[106].shape_ref, shapes[17]), offsetof(struct awsc_lambda_code_signing_config, allowed_publishers), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CodeSigningConfig.AllowedPublishers: AllowedPublishers */
        [107] = {REF(members[107].name_ref, strings[2808]), REF(members[107].shape_ref, shapes[78]), offsetof(struct awsc_lambda_code_signing_config, code_signing_policies), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CodeSigningConfig.CodeSigningPolicies: CodeSigningPolicies */
        [108] = {REF(members[108].name_ref, strings[1488]), REF(members[108].shape_ref, shapes[537]), offsetof(struct awsc_lambda_code_signing_config, last_modified), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CodeSigningConfig.LastModified: Timestamp */
        [109] = {REF(members[109].name_ref, strings[610]), REF(members[109].shape_ref, shapes[516]), offsetof(struct awsc_lambda_code_signing_config_not_found_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CodeSigningConfigNotFoundException.Type: String */
        [110] = {REF(members[110].name_ref, strings[1348]), REF(members[110].shape_ref, shapes[516]), offsetof(struct awsc_lambda_code_signing_config_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CodeSigningConfigNotFoundException.Message: String */
        [111] = {REF(members[111].name_ref, strings[2885]), REF(members[111].shape_ref, shapes[79]), offsetof(struct awsc_lambda_code_signing_policies, untrusted_artifact_on_deployment), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CodeSigningPolicies.UntrustedArtifactOnDeployment: CodeSigningPolicy */
        [112] = {REF(members[112].name_ref, strings[610]), REF(members[112].shape_ref, shapes[516]), offsetof(struct awsc_lambda_code_storage_exceeded_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CodeStorageExceededException.Type: String */
        [113] = {REF(members[113].name_ref, strings[615]), REF(members[113].shape_ref, shapes[516]), offsetof(struct awsc_lambda_code_storage_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CodeStorageExceededException.message: String */
        [114] = {REF(members[114].name_ref, strings[610]), REF(members[114].shape_ref, shapes[516]), offsetof(struct awsc_lambda_code_verification_failed_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CodeVerificationFailedException.Type: String */
        [115] = {REF(members[115].name_ref, strings[1348]), REF(members[115].shape_ref, shapes[516]), offsetof(struct awsc_lambda_code_verification_failed_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CodeVerificationFailedException.Message: String */
        [116] = {REF(members[116].name_ref, strings[3077]), REF(members[116].shape_ref, shapes[448]), offsetof(struct awsc_lambda_concurrency, reserved_concurrent_executions), offsetof(struct awsc_lambda_concurrency, has_reserved_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Concurrency.ReservedConcurrentExecutions: ReservedConcurrentExecutions */
        [117] = {REF(members[117].name_ref, strings[3121]), REF(members[117].shape_ref, shapes[446]), offsetof(struct awsc_lambda_context_details, replay_children), offsetof(struct awsc_lambda_context_details, has_replay_children), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContextDetails.ReplayChildren: ReplayChildren */
        [118] = {REF(members[118].name_ref, strings[1053]), REF(members[118].shape_ref, shapes[394]), offsetof(struct awsc_lambda_context_details, result), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContextDetails.Result: OperationPayload */
        [119] = {REF(members[119].name_ref, strings[1060]), REF(members[119].shape_ref, shapes[152]), offsetof(struct awsc_lambda_context_details, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContextDetails.Error: ErrorObject */
        [120] = {REF(members[120].name_ref, strings[1060]), REF(members[120].shape_ref, shapes[155]), offsetof(struct awsc_lambda_context_failed_details, error), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContextFailedDetails.Error: EventError */
        [121] = {REF(members[121].name_ref, strings[3121]), REF(members[121].shape_ref, shapes[446]), offsetof(struct awsc_lambda_context_options, replay_children), offsetof(struct awsc_lambda_context_options, has_replay_children), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContextOptions.ReplayChildren: ReplayChildren */
        [122] = {REF(members[122].name_ref, strings[1053]), REF(members[122].shape_ref, shapes[158]), offsetof(struct awsc_lambda_context_succeeded_details, result), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContextSucceededDetails.Result: EventResult */
        [123] = {REF(members[123].name_ref, strings[659]), REF(members[123].shape_ref, shapes[14]), offsetof(struct awsc_lambda_cors, allow_credentials), offsetof(struct awsc_lambda_cors, has_allow_credentials), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Cors.AllowCredentials: AllowCredentials */
        [124] = {REF(members[124].name_ref, strings[3223]), REF(members[124].shape_ref, shapes[260]), offsetof(struct awsc_lambda_cors, allow_headers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Cors.AllowHeaders: HeadersList */
        [125] = {REF(members[125].name_ref, strings[3236]), REF(members[125].shape_ref, shapes[15]), offsetof(struct awsc_lambda_cors, allow_methods), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Cors.AllowMethods: AllowMethodsList */
        [126] = {REF(members[126].name_ref, strings[3249]), REF(members[126].shape_ref, shapes[16]), offsetof(struct awsc_lambda_cors, allow_origins), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Cors.AllowOrigins: AllowOriginsList */
        [127] = {REF(members[127].name_ref, strings[3262]), REF(members[127].shape_ref, shapes[260]), offsetof(struct awsc_lambda_cors, expose_headers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Cors.ExposeHeaders: HeadersList */
        [128] = {REF(members[128].name_ref, strings[3276]), REF(members[128].shape_ref, shapes[362]), offsetof(struct awsc_lambda_cors, max_age), offsetof(struct awsc_lambda_cors, has_max_age), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Cors.MaxAge: MaxAge */
        [129] = {REF(members[129].name_ref, strings[315]), REF(members[129].shape_ref, shapes[203]), offsetof(struct awsc_lambda_create_alias_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* CreateAliasRequest.FunctionName: FunctionName */
        [130] = {REF(members[130].name_ref, strings[535]), REF(members[130].shape_ref, shapes[9]), offsetof(struct awsc_lambda_create_alias_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateAliasRequest.Name: Alias */
        [131] = {REF(members[131].name_ref, strings[540]), REF(members[131].shape_ref, shapes[566]), offsetof(struct awsc_lambda_create_alias_input, function_version), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateAliasRequest.FunctionVersion: VersionWithLatestPublished */
        [132] = {REF(members[132].name_ref, strings[556]), REF(members[132].shape_ref, shapes[118]), offsetof(struct awsc_lambda_create_alias_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateAliasRequest.Description: Description */
        [133] = {REF(members[133].name_ref, strings[568]), REF(members[133].shape_ref, shapes[13]), offsetof(struct awsc_lambda_create_alias_input, routing_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateAliasRequest.RoutingConfig: AliasRoutingConfiguration */
        [134] = {REF(members[134].name_ref, strings[1721]), REF(members[134].shape_ref, shapes[46]), offsetof(struct awsc_lambda_create_capacity_provider_input, capacity_provider_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateCapacityProviderRequest.CapacityProviderName: CapacityProviderName */
        [135] = {REF(members[135].name_ref, strings[1399]), REF(members[135].shape_ref, shapes[56]), offsetof(struct awsc_lambda_create_capacity_provider_input, vpc_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateCapacityProviderRequest.VpcConfig: CapacityProviderVpcConfig */
        [136] = {REF(members[136].name_ref, strings[1409]), REF(members[136].shape_ref, shapes[47]), offsetof(struct awsc_lambda_create_capacity_provider_input, permissions_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateCapacityProviderRequest.PermissionsConfig: CapacityProviderPermissionsConfig */
        [137] = {REF(members[137].name_ref, strings[1427]), REF(members[137].shape_ref, shapes[267]), offsetof(struct awsc_lambda_create_capacity_provider_input, instance_requirements), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateCapacityProviderRequest.InstanceRequirements: InstanceRequirements */
        [138] = {REF(members[138].name_ref, strings[1448]), REF(members[138].shape_ref, shapes[49]), offsetof(struct awsc_lambda_create_capacity_provider_input, capacity_provider_scaling_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateCapacityProviderRequest.CapacityProviderScalingConfig: CapacityProviderScalingConfig */
        [139] = {REF(members[139].name_ref, strings[1478]), REF(members[139].shape_ref, shapes[296]), offsetof(struct awsc_lambda_create_capacity_provider_input, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateCapacityProviderRequest.KmsKeyArn: KMSKeyArnNonEmpty */
        [140] = {REF(members[140].name_ref, strings[3332]), REF(members[140].shape_ref, shapes[527]), offsetof(struct awsc_lambda_create_capacity_provider_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateCapacityProviderRequest.Tags: Tags */
        [141] = {REF(members[141].name_ref, strings[1501]), REF(members[141].shape_ref, shapes[413]), offsetof(struct awsc_lambda_create_capacity_provider_input, propagate_tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateCapacityProviderRequest.PropagateTags: PropagateTags */
        [142] = {REF(members[142].name_ref, strings[1515]), REF(members[142].shape_ref, shapes[55]), offsetof(struct awsc_lambda_create_capacity_provider_input, telemetry_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateCapacityProviderRequest.TelemetryConfig: CapacityProviderTelemetryConfig */
        [143] = {REF(members[143].name_ref, strings[1356]), REF(members[143].shape_ref, shapes[40]), offsetof(struct awsc_lambda_create_capacity_provider_output, capacity_provider), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateCapacityProviderResponse.CapacityProvider: CapacityProvider */
        [144] = {REF(members[144].name_ref, strings[556]), REF(members[144].shape_ref, shapes[118]), offsetof(struct awsc_lambda_create_code_signing_config_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateCodeSigningConfigRequest.Description: Description */
        [145] = {REF(members[145].name_ref, strings[710]), REF(members[145].shape_ref, shapes[17]), offsetof(struct awsc_lambda_create_code_signing_config_input, allowed_publishers), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateCodeSigningConfigRequest.AllowedPublishers: AllowedPublishers */
        [146] = {REF(members[146].name_ref, strings[2808]), REF(members[146].shape_ref, shapes[78]), offsetof(struct awsc_lambda_create_code_signing_config_input, code_signing_policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateCodeSigningConfigRequest.CodeSigningPolicies: CodeSigningPolicies */
        [147] = {REF(members[147].name_ref, strings[3332]), REF(members[147].shape_ref, shapes[527]), offsetof(struct awsc_lambda_create_code_signing_config_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateCodeSigningConfigRequest.Tags: Tags */
        [148] = {REF(members[148].name_ref, strings[2749]), REF(members[148].shape_ref, shapes[73]), offsetof(struct awsc_lambda_create_code_signing_config_output, code_signing_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateCodeSigningConfigResponse.CodeSigningConfig: CodeSigningConfig */
        [149] = {REF(members[149].name_ref, strings[3463]), REF(members[149].shape_ref, shapes[22]), offsetof(struct awsc_lambda_create_event_source_mapping_input, event_source_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.EventSourceArn: Arn */
        [150] = {REF(members[150].name_ref, strings[315]), REF(members[150].shape_ref, shapes[382]), offsetof(struct awsc_lambda_create_event_source_mapping_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.FunctionName: NamespacedFunctionName */
        [151] = {REF(members[151].name_ref, strings[3478]), REF(members[151].shape_ref, shapes[137]), offsetof(struct awsc_lambda_create_event_source_mapping_input, enabled), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.Enabled: Enabled */
        [152] = {REF(members[152].name_ref, strings[942]), REF(members[152].shape_ref, shapes[24]), offsetof(struct awsc_lambda_create_event_source_mapping_input, batch_size), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_batch_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.BatchSize: BatchSize */
        [153] = {REF(members[153].name_ref, strings[3486]), REF(members[153].shape_ref, shapes[188]), offsetof(struct awsc_lambda_create_event_source_mapping_input, filter_criteria), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.FilterCriteria: FilterCriteria */
        [154] = {REF(members[154].name_ref, strings[3501]), REF(members[154].shape_ref, shapes[295]), offsetof(struct awsc_lambda_create_event_source_mapping_input, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.KMSKeyArn: KMSKeyArn */
        [155] = {REF(members[155].name_ref, strings[3511]), REF(members[155].shape_ref, shapes[164]), offsetof(struct awsc_lambda_create_event_source_mapping_input, metrics_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.MetricsConfig: EventSourceMappingMetricsConfig */
        [156] = {REF(members[156].name_ref, strings[2150]), REF(members[156].shape_ref, shapes[161]), offsetof(struct awsc_lambda_create_event_source_mapping_input, logging_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.LoggingConfig: EventSourceMappingLoggingConfig */
        [157] = {REF(members[157].name_ref, strings[3525]), REF(members[157].shape_ref, shapes[471]), offsetof(struct awsc_lambda_create_event_source_mapping_input, scaling_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.ScalingConfig: ScalingConfig */
        [158] = {REF(members[158].name_ref, strings[3539]), REF(members[158].shape_ref, shapes[369]), offsetof(struct awsc_lambda_create_event_source_mapping_input, maximum_batching_window_in_seconds), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_maximum_batching_window_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.MaximumBatchingWindowInSeconds: MaximumBatchingWindowInSeconds */
        [159] = {REF(members[159].name_ref, strings[3570]), REF(members[159].shape_ref, shapes[405]), offsetof(struct awsc_lambda_create_event_source_mapping_input, parallelization_factor), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_parallelization_factor), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.ParallelizationFactor: ParallelizationFactor */
        [160] = {REF(members[160].name_ref, strings[3592]), REF(members[160].shape_ref, shapes[167]), offsetof(struct awsc_lambda_create_event_source_mapping_input, starting_position), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.StartingPosition: EventSourcePosition */
        [161] = {REF(members[161].name_ref, strings[3609]), REF(members[161].shape_ref, shapes[102]), offsetof(struct awsc_lambda_create_event_source_mapping_input, starting_position_timestamp), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_starting_position_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.StartingPositionTimestamp: Date */
        [162] = {REF(members[162].name_ref, strings[3635]), REF(members[162].shape_ref, shapes[120]), offsetof(struct awsc_lambda_create_event_source_mapping_input, destination_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.DestinationConfig: DestinationConfig */
        [163] = {REF(members[163].name_ref, strings[3653]), REF(members[163].shape_ref, shapes[373]), offsetof(struct awsc_lambda_create_event_source_mapping_input, maximum_record_age_in_seconds), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_maximum_record_age_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.MaximumRecordAgeInSeconds: MaximumRecordAgeInSeconds */
        [164] = {REF(members[164].name_ref, strings[975]), REF(members[164].shape_ref, shapes[26]), offsetof(struct awsc_lambda_create_event_source_mapping_input, bisect_batch_on_function_error), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_bisect_batch_on_function_error), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.BisectBatchOnFunctionError: BisectBatchOnFunctionError */
        [165] = {REF(members[165].name_ref, strings[3679]), REF(members[165].shape_ref, shapes[375]), offsetof(struct awsc_lambda_create_event_source_mapping_input, maximum_retry_attempts), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_maximum_retry_attempts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.MaximumRetryAttempts: MaximumRetryAttemptsEventSourceMapping */
        [166] = {REF(members[166].name_ref, strings[3332]), REF(members[166].shape_ref, shapes[527]), offsetof(struct awsc_lambda_create_event_source_mapping_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.Tags: Tags */
        [167] = {REF(members[167].name_ref, strings[3700]), REF(members[167].shape_ref, shapes[546]), offsetof(struct awsc_lambda_create_event_source_mapping_input, tumbling_window_in_seconds), offsetof(struct awsc_lambda_create_event_source_mapping_input, has_tumbling_window_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.TumblingWindowInSeconds: TumblingWindowInSeconds */
        [168] = {REF(members[168].name_ref, strings[3724]), REF(members[168].shape_ref, shapes[540]), offsetof(struct awsc_lambda_create_event_source_mapping_input, topics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.Topics: Topics */
        [169] = {REF(members[169].name_ref, strings[3731]), REF(members[169].shape_ref, shapes[441]), offsetof(struct awsc_lambda_create_event_source_mapping_input, queues), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.Queues: Queues */
        [170] = {REF(members[170].name_ref, strings[3738]), REF(members[170].shape_ref, shapes[499]), offsetof(struct awsc_lambda_create_event_source_mapping_input, source_access_configurations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.SourceAccessConfigurations: SourceAccessConfigurations */
        [171] = {REF(members[171].name_ref, strings[3765]), REF(members[171].shape_ref, shapes[476]), offsetof(struct awsc_lambda_create_event_source_mapping_input, self_managed_event_source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.SelfManagedEventSource: SelfManagedEventSource */
        [172] = {REF(members[172].name_ref, strings[3788]), REF(members[172].shape_ref, shapes[205]), offsetof(struct awsc_lambda_create_event_source_mapping_input, function_response_types), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.FunctionResponseTypes: FunctionResponseTypeList */
        [173] = {REF(members[173].name_ref, strings[754]), REF(members[173].shape_ref, shapes[18]), offsetof(struct awsc_lambda_create_event_source_mapping_input, amazon_managed_kafka_event_source_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.AmazonManagedKafkaEventSourceConfig: AmazonManagedKafkaEventSourceConfig */
        [174] = {REF(members[174].name_ref, strings[3810]), REF(members[174].shape_ref, shapes[477]), offsetof(struct awsc_lambda_create_event_source_mapping_input, self_managed_kafka_event_source_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.SelfManagedKafkaEventSourceConfig: SelfManagedKafkaEventSourceConfig */
        [175] = {REF(members[175].name_ref, strings[3844]), REF(members[175].shape_ref, shapes[121]), offsetof(struct awsc_lambda_create_event_source_mapping_input, document_db_event_source_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.DocumentDBEventSourceConfig: DocumentDBEventSourceConfig */
        [176] = {REF(members[176].name_ref, strings[3872]), REF(members[176].shape_ref, shapes[420]), offsetof(struct awsc_lambda_create_event_source_mapping_input, provisioned_poller_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEventSourceMappingRequest.ProvisionedPollerConfig: ProvisionedPollerConfig */
        [177] = {REF(members[177].name_ref, strings[315]), REF(members[177].shape_ref, shapes[203]), offsetof(struct awsc_lambda_create_function_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.FunctionName: FunctionName */
        [178] = {REF(members[178].name_ref, strings[3918]), REF(members[178].shape_ref, shapes[460]), offsetof(struct awsc_lambda_create_function_input, runtime), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.Runtime: Runtime */
        [179] = {REF(members[179].name_ref, strings[3926]), REF(members[179].shape_ref, shapes[459]), offsetof(struct awsc_lambda_create_function_input, role), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.Role: RoleArn */
        [180] = {REF(members[180].name_ref, strings[3931]), REF(members[180].shape_ref, shapes[258]), offsetof(struct awsc_lambda_create_function_input, handler), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.Handler: Handler */
        [181] = {REF(members[181].name_ref, strings[3939]), REF(members[181].shape_ref, shapes[196]), offsetof(struct awsc_lambda_create_function_input, code), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.Code: FunctionCode */
        [182] = {REF(members[182].name_ref, strings[556]), REF(members[182].shape_ref, shapes[118]), offsetof(struct awsc_lambda_create_function_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.Description: Description */
        [183] = {REF(members[183].name_ref, strings[1266]), REF(members[183].shape_ref, shapes[536]), offsetof(struct awsc_lambda_create_function_input, timeout), offsetof(struct awsc_lambda_create_function_input, has_timeout), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.Timeout: Timeout */
        [184] = {REF(members[184].name_ref, strings[3944]), REF(members[184].shape_ref, shapes[376]), offsetof(struct awsc_lambda_create_function_input, memory_size), offsetof(struct awsc_lambda_create_function_input, has_memory_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.MemorySize: MemorySize */
        [185] = {REF(members[185].name_ref, strings[3955]), REF(members[185].shape_ref, shapes[29]), offsetof(struct awsc_lambda_create_function_input, publish), offsetof(struct awsc_lambda_create_function_input, has_publish), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.Publish: Boolean */
        [186] = {REF(members[186].name_ref, strings[3963]), REF(members[186].shape_ref, shapes[215]), offsetof(struct awsc_lambda_create_function_input, publish_to), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.PublishTo: FunctionVersionLatestPublished */
        [187] = {REF(members[187].name_ref, strings[1399]), REF(members[187].shape_ref, shapes[567]), offsetof(struct awsc_lambda_create_function_input, vpc_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.VpcConfig: VpcConfig */
        [188] = {REF(members[188].name_ref, strings[3973]), REF(members[188].shape_ref, shapes[404]), offsetof(struct awsc_lambda_create_function_input, package_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.PackageType: PackageType */
        [189] = {REF(members[189].name_ref, strings[3985]), REF(members[189].shape_ref, shapes[103]), offsetof(struct awsc_lambda_create_function_input, dead_letter_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.DeadLetterConfig: DeadLetterConfig */
        [190] = {REF(members[190].name_ref, strings[4002]), REF(members[190].shape_ref, shapes[142]), offsetof(struct awsc_lambda_create_function_input, environment), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.Environment: Environment */
        [191] = {REF(members[191].name_ref, strings[3501]), REF(members[191].shape_ref, shapes[295]), offsetof(struct awsc_lambda_create_function_input, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.KMSKeyArn: KMSKeyArn */
        [192] = {REF(members[192].name_ref, strings[4014]), REF(members[192].shape_ref, shapes[542]), offsetof(struct awsc_lambda_create_function_input, tracing_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.TracingConfig: TracingConfig */
        [193] = {REF(members[193].name_ref, strings[3332]), REF(members[193].shape_ref, shapes[527]), offsetof(struct awsc_lambda_create_function_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.Tags: Tags */
        [194] = {REF(members[194].name_ref, strings[4028]), REF(members[194].shape_ref, shapes[311]), offsetof(struct awsc_lambda_create_function_input, layers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.Layers: LayerList */
        [195] = {REF(members[195].name_ref, strings[4035]), REF(members[195].shape_ref, shapes[186]), offsetof(struct awsc_lambda_create_function_input, file_system_configs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.FileSystemConfigs: FileSystemConfigList */
        [196] = {REF(members[196].name_ref, strings[2787]), REF(members[196].shape_ref, shapes[74]), offsetof(struct awsc_lambda_create_function_input, code_signing_config_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.CodeSigningConfigArn: CodeSigningConfigArn */
        [197] = {REF(members[197].name_ref, strings[4053]), REF(members[197].shape_ref, shapes[262]), offsetof(struct awsc_lambda_create_function_input, image_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.ImageConfig: ImageConfig */
        [198] = {REF(members[198].name_ref, strings[4065]), REF(members[198].shape_ref, shapes[21]), offsetof(struct awsc_lambda_create_function_input, architectures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.Architectures: ArchitecturesList */
        [199] = {REF(members[199].name_ref, strings[4079]), REF(members[199].shape_ref, shapes[148]), offsetof(struct awsc_lambda_create_function_input, ephemeral_storage), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.EphemeralStorage: EphemeralStorage */
        [200] = {REF(members[200].name_ref, strings[4096]), REF(members[200].shape_ref, shapes[490]), offsetof(struct awsc_lambda_create_function_input, snap_start), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.SnapStart: SnapStart */
        [201] = {REF(members[201].name_ref, strings[2150]), REF(members[201].shape_ref, shapes[359]), offsetof(struct awsc_lambda_create_function_input, logging_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.LoggingConfig: LoggingConfig */
        [202] = {REF(members[202].name_ref, strings[4106]), REF(members[202].shape_ref, shapes[532]), offsetof(struct awsc_lambda_create_function_input, tenancy_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.TenancyConfig: TenancyConfig */
        [203] = {REF(members[203].name_ref, strings[1531]), REF(members[203].shape_ref, shapes[42]), offsetof(struct awsc_lambda_create_function_input, capacity_provider_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.CapacityProviderConfig: CapacityProviderConfig */
        [204] = {REF(members[204].name_ref, strings[4120]), REF(members[204].shape_ref, shapes[122]), offsetof(struct awsc_lambda_create_function_input, durable_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionRequest.DurableConfig: DurableConfig */
        [205] = {REF(members[205].name_ref, strings[315]), REF(members[205].shape_ref, shapes[212]), offsetof(struct awsc_lambda_create_function_url_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* CreateFunctionUrlConfigRequest.FunctionName: FunctionUrlFunctionName */
        [206] = {REF(members[206].name_ref, strings[411]), REF(members[206].shape_ref, shapes[213]), offsetof(struct awsc_lambda_create_function_url_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionUrlConfigRequest.Qualifier: FunctionUrlQualifier */
        [207] = {REF(members[207].name_ref, strings[4165]), REF(members[207].shape_ref, shapes[209]), offsetof(struct awsc_lambda_create_function_url_config_input, auth_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionUrlConfigRequest.AuthType: FunctionUrlAuthType */
        [208] = {REF(members[208].name_ref, strings[3218]), REF(members[208].shape_ref, shapes[91]), offsetof(struct awsc_lambda_create_function_url_config_input, cors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionUrlConfigRequest.Cors: Cors */
        [209] = {REF(members[209].name_ref, strings[4174]), REF(members[209].shape_ref, shapes[284]), offsetof(struct awsc_lambda_create_function_url_config_input, invoke_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionUrlConfigRequest.InvokeMode: InvokeMode */
        [210] = {REF(members[210].name_ref, strings[4217]), REF(members[210].shape_ref, shapes[208]), offsetof(struct awsc_lambda_create_function_url_config_output, function_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionUrlConfigResponse.FunctionUrl: FunctionUrl */
        [211] = {REF(members[211].name_ref, strings[4229]), REF(members[211].shape_ref, shapes[194]), offsetof(struct awsc_lambda_create_function_url_config_output, function_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionUrlConfigResponse.FunctionArn: FunctionArn */
        [212] = {REF(members[212].name_ref, strings[4165]), REF(members[212].shape_ref, shapes[209]), offsetof(struct awsc_lambda_create_function_url_config_output, auth_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionUrlConfigResponse.AuthType: FunctionUrlAuthType */
        [213] = {REF(members[213].name_ref, strings[3218]), REF(members[213].shape_ref, shapes[91]), offsetof(struct awsc_lambda_create_function_url_config_output, cors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionUrlConfigResponse.Cors: Cors */
        [214] = {REF(members[214].name_ref, strings[4241]), REF(members[214].shape_ref, shapes[537]), offsetof(struct awsc_lambda_create_function_url_config_output, creation_time), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionUrlConfigResponse.CreationTime: Timestamp */
        [215] = {REF(members[215].name_ref, strings[4174]), REF(members[215].shape_ref, shapes[284]), offsetof(struct awsc_lambda_create_function_url_config_output, invoke_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateFunctionUrlConfigResponse.InvokeMode: InvokeMode */
        [216] = {REF(members[216].name_ref, strings[4272]), REF(members[216].shape_ref, shapes[450]), offsetof(struct awsc_lambda_dead_letter_config, target_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeadLetterConfig.TargetArn: ResourceArn */
        [217] = {REF(members[217].name_ref, strings[315]), REF(members[217].shape_ref, shapes[203]), offsetof(struct awsc_lambda_delete_alias_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteAliasRequest.FunctionName: FunctionName */
        [218] = {REF(members[218].name_ref, strings[535]), REF(members[218].shape_ref, shapes[9]), offsetof(struct awsc_lambda_delete_alias_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteAliasRequest.Name: Alias */
        [219] = {REF(members[219].name_ref, strings[1721]), REF(members[219].shape_ref, shapes[46]), offsetof(struct awsc_lambda_delete_capacity_provider_input, capacity_provider_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteCapacityProviderRequest.CapacityProviderName: CapacityProviderName */
        [220] = {REF(members[220].name_ref, strings[1356]), REF(members[220].shape_ref, shapes[40]), offsetof(struct awsc_lambda_delete_capacity_provider_output, capacity_provider), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteCapacityProviderResponse.CapacityProvider: CapacityProvider */
        [221] = {REF(members[221].name_ref, strings[2787]), REF(members[221].shape_ref, shapes[74]), offsetof(struct awsc_lambda_delete_code_signing_config_input, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteCodeSigningConfigRequest.CodeSigningConfigArn: CodeSigningConfigArn */
        [222] = {REF(members[222].name_ref, strings[4457]), REF(members[222].shape_ref, shapes[548]), offsetof(struct awsc_lambda_delete_event_source_mapping_input, uuid), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteEventSourceMappingRequest.UUID: UUIDString */
        [223] = {REF(members[223].name_ref, strings[315]), REF(members[223].shape_ref, shapes[382]), offsetof(struct awsc_lambda_delete_function_code_signing_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteFunctionCodeSigningConfigRequest.FunctionName: NamespacedFunctionName */
        [224] = {REF(members[224].name_ref, strings[315]), REF(members[224].shape_ref, shapes[203]), offsetof(struct awsc_lambda_delete_function_concurrency_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteFunctionConcurrencyRequest.FunctionName: FunctionName */
        [225] = {REF(members[225].name_ref, strings[315]), REF(members[225].shape_ref, shapes[382]), offsetof(struct awsc_lambda_delete_function_event_invoke_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteFunctionEventInvokeConfigRequest.FunctionName: NamespacedFunctionName */
        [226] = {REF(members[226].name_ref, strings[411]), REF(members[226].shape_ref, shapes[387]), offsetof(struct awsc_lambda_delete_function_event_invoke_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* DeleteFunctionEventInvokeConfigRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [227] = {REF(members[227].name_ref, strings[315]), REF(members[227].shape_ref, shapes[382]), offsetof(struct awsc_lambda_delete_function_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteFunctionRequest.FunctionName: NamespacedFunctionName */
        [228] = {REF(members[228].name_ref, strings[411]), REF(members[228].shape_ref, shapes[387]), offsetof(struct awsc_lambda_delete_function_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* DeleteFunctionRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [229] = {REF(members[229].name_ref, strings[4618]), REF(members[229].shape_ref, shapes[270]), offsetof(struct awsc_lambda_delete_function_output, status_code), offsetof(struct awsc_lambda_delete_function_output, has_status_code), 0, AWSC_LOC_STATUS_CODE, AWSC_TSFMT_DEFAULT}, /* DeleteFunctionResponse.StatusCode: Integer */
        [230] = {REF(members[230].name_ref, strings[315]), REF(members[230].shape_ref, shapes[212]), offsetof(struct awsc_lambda_delete_function_url_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteFunctionUrlConfigRequest.FunctionName: FunctionUrlFunctionName */
        [231] = {REF(members[231].name_ref, strings[411]), REF(members[231].shape_ref, shapes[213]), offsetof(struct awsc_lambda_delete_function_url_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* DeleteFunctionUrlConfigRequest.Qualifier: FunctionUrlQualifier */
        [232] = {REF(members[232].name_ref, strings[178]), REF(members[232].shape_ref, shapes[312]), offsetof(struct awsc_lambda_delete_layer_version_input, layer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteLayerVersionRequest.LayerName: LayerName */
        [233] = {REF(members[233].name_ref, strings[188]), REF(members[233].shape_ref, shapes[318]), offsetof(struct awsc_lambda_delete_layer_version_input, version_number), offsetof(struct awsc_lambda_delete_layer_version_input, has_version_number), AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteLayerVersionRequest.VersionNumber: LayerVersionNumber */
        [234] = {REF(members[234].name_ref, strings[315]), REF(members[234].shape_ref, shapes[203]), offsetof(struct awsc_lambda_delete_provisioned_concurrency_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteProvisionedConcurrencyConfigRequest.FunctionName: FunctionName */
        [235] = {REF(members[235].name_ref, strings[411]), REF(members[235].shape_ref, shapes[439]), offsetof(struct awsc_lambda_delete_provisioned_concurrency_config_input, qualifier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* DeleteProvisionedConcurrencyConfigRequest.Qualifier: Qualifier */
        [236] = {REF(members[236].name_ref, strings[4743]), REF(members[236].shape_ref, shapes[389]), offsetof(struct awsc_lambda_destination_config, on_success), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DestinationConfig.OnSuccess: OnSuccess */
        [237] = {REF(members[237].name_ref, strings[4753]), REF(members[237].shape_ref, shapes[388]), offsetof(struct awsc_lambda_destination_config, on_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DestinationConfig.OnFailure: OnFailure */
        [238] = {REF(members[238].name_ref, strings[4254]), REF(members[238].shape_ref, shapes[101]), offsetof(struct awsc_lambda_document_db_event_source_config, database_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DocumentDBEventSourceConfig.DatabaseName: DatabaseName */
        [239] = {REF(members[239].name_ref, strings[3007]), REF(members[239].shape_ref, shapes[82]), offsetof(struct awsc_lambda_document_db_event_source_config, collection_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DocumentDBEventSourceConfig.CollectionName: CollectionName */
        [240] = {REF(members[240].name_ref, strings[4763]), REF(members[240].shape_ref, shapes[193]), offsetof(struct awsc_lambda_document_db_event_source_config, full_document), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DocumentDBEventSourceConfig.FullDocument: FullDocument */
        [241] = {REF(members[241].name_ref, strings[3501]), REF(members[241].shape_ref, shapes[295]), offsetof(struct awsc_lambda_durable_config, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DurableConfig.KMSKeyArn: KMSKeyArn */
        [242] = {REF(members[242].name_ref, strings[4776]), REF(members[242].shape_ref, shapes[456]), offsetof(struct awsc_lambda_durable_config, retention_period_in_days), offsetof(struct awsc_lambda_durable_config, has_retention_period_in_days), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DurableConfig.RetentionPeriodInDays: RetentionPeriodInDays */
        [243] = {REF(members[243].name_ref, strings[4798]), REF(members[243].shape_ref, shapes[182]), offsetof(struct awsc_lambda_durable_config, execution_timeout), offsetof(struct awsc_lambda_durable_config, has_execution_timeout), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DurableConfig.ExecutionTimeout: ExecutionTimeout */
        [244] = {REF(members[244].name_ref, strings[610]), REF(members[244].shape_ref, shapes[516]), offsetof(struct awsc_lambda_durable_execution_already_started_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DurableExecutionAlreadyStartedException.Type: String */
        [245] = {REF(members[245].name_ref, strings[1348]), REF(members[245].shape_ref, shapes[516]), offsetof(struct awsc_lambda_durable_execution_already_started_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DurableExecutionAlreadyStartedException.Message: String */
        [246] = {REF(members[246].name_ref, strings[610]), REF(members[246].shape_ref, shapes[516]), offsetof(struct awsc_lambda_ec2_access_denied_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EC2AccessDeniedException.Type: String */
        [247] = {REF(members[247].name_ref, strings[1348]), REF(members[247].shape_ref, shapes[516]), offsetof(struct awsc_lambda_ec2_access_denied_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EC2AccessDeniedException.Message: String */
        [248] = {REF(members[248].name_ref, strings[610]), REF(members[248].shape_ref, shapes[516]), offsetof(struct awsc_lambda_ec2_throttled_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EC2ThrottledException.Type: String */
        [249] = {REF(members[249].name_ref, strings[1348]), REF(members[249].shape_ref, shapes[516]), offsetof(struct awsc_lambda_ec2_throttled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EC2ThrottledException.Message: String */
        [250] = {REF(members[250].name_ref, strings[610]), REF(members[250].shape_ref, shapes[516]), offsetof(struct awsc_lambda_ec2_unexpected_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EC2UnexpectedException.Type: String */
        [251] = {REF(members[251].name_ref, strings[1348]), REF(members[251].shape_ref, shapes[516]), offsetof(struct awsc_lambda_ec2_unexpected_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EC2UnexpectedException.Message: String */
        [252] = {REF(members[252].name_ref, strings[4980]), REF(members[252].shape_ref, shapes[516]), offsetof(struct awsc_lambda_ec2_unexpected_exception, ec2_error_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EC2UnexpectedException.EC2ErrorCode: String */
        [253] = {REF(members[253].name_ref, strings[610]), REF(members[253].shape_ref, shapes[516]), offsetof(struct awsc_lambda_efsio_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EFSIOException.Type: String */
        [254] = {REF(members[254].name_ref, strings[1348]), REF(members[254].shape_ref, shapes[516]), offsetof(struct awsc_lambda_efsio_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EFSIOException.Message: String */
        [255] = {REF(members[255].name_ref, strings[610]), REF(members[255].shape_ref, shapes[516]), offsetof(struct awsc_lambda_efs_mount_connectivity_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EFSMountConnectivityException.Type: String */
        [256] = {REF(members[256].name_ref, strings[1348]), REF(members[256].shape_ref, shapes[516]), offsetof(struct awsc_lambda_efs_mount_connectivity_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EFSMountConnectivityException.Message: String */
        [257] = {REF(members[257].name_ref, strings[610]), REF(members[257].shape_ref, shapes[516]), offsetof(struct awsc_lambda_efs_mount_failure_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EFSMountFailureException.Type: String */
        [258] = {REF(members[258].name_ref, strings[1348]), REF(members[258].shape_ref, shapes[516]), offsetof(struct awsc_lambda_efs_mount_failure_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EFSMountFailureException.Message: String */
        [259] = {REF(members[259].name_ref, strings[610]), REF(members[259].shape_ref, shapes[516]), offsetof(struct awsc_lambda_efs_mount_timeout_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EFSMountTimeoutException.Type: String */
        [260] = {REF(members[260].name_ref, strings[1348]), REF(members[260].shape_ref, shapes[516]), offsetof(struct awsc_lambda_efs_mount_timeout_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EFSMountTimeoutException.Message: String */
        [261] = {REF(members[261].name_ref, strings[610]), REF(members[261].shape_ref, shapes[516]), offsetof(struct awsc_lambda_eni_limit_reached_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ENILimitReachedException.Type: String */
        [262] = {REF(members[262].name_ref, strings[1348]), REF(members[262].shape_ref, shapes[516]), offsetof(struct awsc_lambda_eni_limit_reached_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ENILimitReachedException.Message: String */
        [263] = {REF(members[263].name_ref, strings[610]), REF(members[263].shape_ref, shapes[516]), offsetof(struct awsc_lambda_eni_not_ready_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ENINotReadyException.Type: String */
        [264] = {REF(members[264].name_ref, strings[1348]), REF(members[264].shape_ref, shapes[516]), offsetof(struct awsc_lambda_eni_not_ready_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ENINotReadyException.Message: String */
        [265] = {REF(members[265].name_ref, strings[5204]), REF(members[265].shape_ref, shapes[147]), offsetof(struct awsc_lambda_environment, variables), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Environment.Variables: EnvironmentVariables */
        [266] = {REF(members[266].name_ref, strings[5231]), REF(members[266].shape_ref, shapes[516]), offsetof(struct awsc_lambda_environment_error, error_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnvironmentError.ErrorCode: String */
        [267] = {REF(members[267].name_ref, strings[1348]), REF(members[267].shape_ref, shapes[484]), offsetof(struct awsc_lambda_environment_error, message), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnvironmentError.Message: SensitiveString */
        [268] = {REF(members[268].name_ref, strings[5204]), REF(members[268].shape_ref, shapes[147]), offsetof(struct awsc_lambda_environment_response, variables), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnvironmentResponse.Variables: EnvironmentVariables */
        [269] = {REF(members[269].name_ref, strings[1060]), REF(members[269].shape_ref, shapes[143]), offsetof(struct awsc_lambda_environment_response, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EnvironmentResponse.Error: EnvironmentError */
        [270] = {REF(members[270].name_ref, strings[5331]), REF(members[270].shape_ref, shapes[149]), offsetof(struct awsc_lambda_ephemeral_storage, size), offsetof(struct awsc_lambda_ephemeral_storage, has_size), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EphemeralStorage.Size: EphemeralStorageSize */
        [271] = {REF(members[271].name_ref, strings[5367]), REF(members[271].shape_ref, shapes[151]), offsetof(struct awsc_lambda_error_object, error_message), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ErrorObject.ErrorMessage: ErrorMessage */
        [272] = {REF(members[272].name_ref, strings[5392]), REF(members[272].shape_ref, shapes[153]), offsetof(struct awsc_lambda_error_object, error_type), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ErrorObject.ErrorType: ErrorType */
        [273] = {REF(members[273].name_ref, strings[5357]), REF(members[273].shape_ref, shapes[150]), offsetof(struct awsc_lambda_error_object, error_data), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ErrorObject.ErrorData: ErrorData */
        [274] = {REF(members[274].name_ref, strings[5402]), REF(members[274].shape_ref, shapes[502]), offsetof(struct awsc_lambda_error_object, stack_trace), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ErrorObject.StackTrace: StackTraceEntries */
        [275] = {REF(members[275].name_ref, strings[5419]), REF(members[275].shape_ref, shapes[169]), offsetof(struct awsc_lambda_event, event_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.EventType: EventType */
        [276] = {REF(members[276].name_ref, strings[5429]), REF(members[276].shape_ref, shapes[396]), offsetof(struct awsc_lambda_event, sub_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.SubType: OperationSubType */
        [277] = {REF(members[277].name_ref, strings[5437]), REF(members[277].shape_ref, shapes[156]), offsetof(struct awsc_lambda_event, event_id), offsetof(struct awsc_lambda_event, has_event_id), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.EventId: EventId */
        [278] = {REF(members[278].name_ref, strings[5445]), REF(members[278].shape_ref, shapes[392]), offsetof(struct awsc_lambda_event, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.Id: OperationId */
        [279] = {REF(members[279].name_ref, strings[535]), REF(members[279].shape_ref, shapes[393]), offsetof(struct awsc_lambda_event, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.Name: OperationName */
        [280] = {REF(members[280].name_ref, strings[5448]), REF(members[280].shape_ref, shapes[183]), offsetof(struct awsc_lambda_event, event_timestamp), offsetof(struct awsc_lambda_event, has_event_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.EventTimestamp: ExecutionTimestamp */
        [281] = {REF(members[281].name_ref, strings[5463]), REF(members[281].shape_ref, shapes[392]), offsetof(struct awsc_lambda_event, parent_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.ParentId: OperationId */
        [282] = {REF(members[282].name_ref, strings[5472]), REF(members[282].shape_ref, shapes[176]), offsetof(struct awsc_lambda_event, execution_started_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.ExecutionStartedDetails: ExecutionStartedDetails */
        [283] = {REF(members[283].name_ref, strings[5496]), REF(members[283].shape_ref, shapes[180]), offsetof(struct awsc_lambda_event, execution_succeeded_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.ExecutionSucceededDetails: ExecutionSucceededDetails */
        [284] = {REF(members[284].name_ref, strings[5522]), REF(members[284].shape_ref, shapes[175]), offsetof(struct awsc_lambda_event, execution_failed_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.ExecutionFailedDetails: ExecutionFailedDetails */
        [285] = {REF(members[285].name_ref, strings[5545]), REF(members[285].shape_ref, shapes[181]), offsetof(struct awsc_lambda_event, execution_timed_out_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.ExecutionTimedOutDetails: ExecutionTimedOutDetails */
        [286] = {REF(members[286].name_ref, strings[5570]), REF(members[286].shape_ref, shapes[179]), offsetof(struct awsc_lambda_event, execution_stopped_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.ExecutionStoppedDetails: ExecutionStoppedDetails */
        [287] = {REF(members[287].name_ref, strings[3172]), REF(members[287].shape_ref, shapes[89]), offsetof(struct awsc_lambda_event, context_started_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.ContextStartedDetails: ContextStartedDetails */
        [288] = {REF(members[288].name_ref, strings[3194]), REF(members[288].shape_ref, shapes[90]), offsetof(struct awsc_lambda_event, context_succeeded_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.ContextSucceededDetails: ContextSucceededDetails */
        [289] = {REF(members[289].name_ref, strings[3136]), REF(members[289].shape_ref, shapes[87]), offsetof(struct awsc_lambda_event, context_failed_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.ContextFailedDetails: ContextFailedDetails */
        [290] = {REF(members[290].name_ref, strings[5594]), REF(members[290].shape_ref, shapes[574]), offsetof(struct awsc_lambda_event, wait_started_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.WaitStartedDetails: WaitStartedDetails */
        [291] = {REF(members[291].name_ref, strings[5613]), REF(members[291].shape_ref, shapes[575]), offsetof(struct awsc_lambda_event, wait_succeeded_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.WaitSucceededDetails: WaitSucceededDetails */
        [292] = {REF(members[292].name_ref, strings[5634]), REF(members[292].shape_ref, shapes[570]), offsetof(struct awsc_lambda_event, wait_cancelled_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.WaitCancelledDetails: WaitCancelledDetails */
        [293] = {REF(members[293].name_ref, strings[5655]), REF(members[293].shape_ref, shapes[512]), offsetof(struct awsc_lambda_event, step_started_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.StepStartedDetails: StepStartedDetails */
        [294] = {REF(members[294].name_ref, strings[5674]), REF(members[294].shape_ref, shapes[513]), offsetof(struct awsc_lambda_event, step_succeeded_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.StepSucceededDetails: StepSucceededDetails */
        [295] = {REF(members[295].name_ref, strings[5695]), REF(members[295].shape_ref, shapes[509]), offsetof(struct awsc_lambda_event, step_failed_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.StepFailedDetails: StepFailedDetails */
        [296] = {REF(members[296].name_ref, strings[2317]), REF(members[296].shape_ref, shapes[61]), offsetof(struct awsc_lambda_event, chained_invoke_started_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.ChainedInvokeStartedDetails: ChainedInvokeStartedDetails */
        [297] = {REF(members[297].name_ref, strings[2415]), REF(members[297].shape_ref, shapes[63]), offsetof(struct awsc_lambda_event, chained_invoke_succeeded_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.ChainedInvokeSucceededDetails: ChainedInvokeSucceededDetails */
        [298] = {REF(members[298].name_ref, strings[2260]), REF(members[298].shape_ref, shapes[59]), offsetof(struct awsc_lambda_event, chained_invoke_failed_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.ChainedInvokeFailedDetails: ChainedInvokeFailedDetails */
        [299] = {REF(members[299].name_ref, strings[2445]), REF(members[299].shape_ref, shapes[64]), offsetof(struct awsc_lambda_event, chained_invoke_timed_out_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.ChainedInvokeTimedOutDetails: ChainedInvokeTimedOutDetails */
        [300] = {REF(members[300].name_ref, strings[2387]), REF(members[300].shape_ref, shapes[62]), offsetof(struct awsc_lambda_event, chained_invoke_stopped_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.ChainedInvokeStoppedDetails: ChainedInvokeStoppedDetails */
        [301] = {REF(members[301].name_ref, strings[1226]), REF(members[301].shape_ref, shapes[36]), offsetof(struct awsc_lambda_event, callback_started_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.CallbackStartedDetails: CallbackStartedDetails */
        [302] = {REF(members[302].name_ref, strings[1274]), REF(members[302].shape_ref, shapes[37]), offsetof(struct awsc_lambda_event, callback_succeeded_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.CallbackSucceededDetails: CallbackSucceededDetails */
        [303] = {REF(members[303].name_ref, strings[1066]), REF(members[303].shape_ref, shapes[31]), offsetof(struct awsc_lambda_event, callback_failed_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.CallbackFailedDetails: CallbackFailedDetails */
        [304] = {REF(members[304].name_ref, strings[1299]), REF(members[304].shape_ref, shapes[38]), offsetof(struct awsc_lambda_event, callback_timed_out_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.CallbackTimedOutDetails: CallbackTimedOutDetails */
        [305] = {REF(members[305].name_ref, strings[5713]), REF(members[305].shape_ref, shapes[278]), offsetof(struct awsc_lambda_event, invocation_completed_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Event.InvocationCompletedDetails: InvocationCompletedDetails */
        [306] = {REF(members[306].name_ref, strings[5751]), REF(members[306].shape_ref, shapes[152]), offsetof(struct awsc_lambda_event_error, payload), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventError.Payload: ErrorObject */
        [307] = {REF(members[307].name_ref, strings[5759]), REF(members[307].shape_ref, shapes[545]), offsetof(struct awsc_lambda_event_error, truncated), offsetof(struct awsc_lambda_event_error, has_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventError.Truncated: Truncated */
        [308] = {REF(members[308].name_ref, strings[5751]), REF(members[308].shape_ref, shapes[266]), offsetof(struct awsc_lambda_event_input, payload), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventInput.Payload: InputPayload */
        [309] = {REF(members[309].name_ref, strings[5759]), REF(members[309].shape_ref, shapes[545]), offsetof(struct awsc_lambda_event_input, truncated), offsetof(struct awsc_lambda_event_input, has_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventInput.Truncated: Truncated */
        [310] = {REF(members[310].name_ref, strings[5751]), REF(members[310].shape_ref, shapes[394]), offsetof(struct awsc_lambda_event_result, payload), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventResult.Payload: OperationPayload */
        [311] = {REF(members[311].name_ref, strings[5759]), REF(members[311].shape_ref, shapes[545]), offsetof(struct awsc_lambda_event_result, truncated), offsetof(struct awsc_lambda_event_result, has_truncated), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventResult.Truncated: Truncated */
        [312] = {REF(members[312].name_ref, strings[4457]), REF(members[312].shape_ref, shapes[548]), offsetof(struct awsc_lambda_event_source_mapping_configuration, uuid), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.UUID: UUIDString */
        [313] = {REF(members[313].name_ref, strings[3592]), REF(members[313].shape_ref, shapes[167]), offsetof(struct awsc_lambda_event_source_mapping_configuration, starting_position), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.StartingPosition: EventSourcePosition */
        [314] = {REF(members[314].name_ref, strings[3609]), REF(members[314].shape_ref, shapes[102]), offsetof(struct awsc_lambda_event_source_mapping_configuration, starting_position_timestamp), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_starting_position_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.StartingPositionTimestamp: Date */
        [315] = {REF(members[315].name_ref, strings[942]), REF(members[315].shape_ref, shapes[24]), offsetof(struct awsc_lambda_event_source_mapping_configuration, batch_size), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_batch_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.BatchSize: BatchSize */
        [316] = {REF(members[316].name_ref, strings[3539]), REF(members[316].shape_ref, shapes[369]), offsetof(struct awsc_lambda_event_source_mapping_configuration, maximum_batching_window_in_seconds), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_maximum_batching_window_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.MaximumBatchingWindowInSeconds: MaximumBatchingWindowInSeconds */
        [317] = {REF(members[317].name_ref, strings[3570]), REF(members[317].shape_ref, shapes[405]), offsetof(struct awsc_lambda_event_source_mapping_configuration, parallelization_factor), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_parallelization_factor), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.ParallelizationFactor: ParallelizationFactor */
        [318] = {REF(members[318].name_ref, strings[3463]), REF(members[318].shape_ref, shapes[22]), offsetof(struct awsc_lambda_event_source_mapping_configuration, event_source_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.EventSourceArn: Arn */
        [319] = {REF(members[319].name_ref, strings[3486]), REF(members[319].shape_ref, shapes[188]), offsetof(struct awsc_lambda_event_source_mapping_configuration, filter_criteria), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.FilterCriteria: FilterCriteria */
        [320] = {REF(members[320].name_ref, strings[5846]), REF(members[320].shape_ref, shapes[189]), offsetof(struct awsc_lambda_event_source_mapping_configuration, filter_criteria_error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.FilterCriteriaError: FilterCriteriaError */
        [321] = {REF(members[321].name_ref, strings[3501]), REF(members[321].shape_ref, shapes[295]), offsetof(struct awsc_lambda_event_source_mapping_configuration, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.KMSKeyArn: KMSKeyArn */
        [322] = {REF(members[322].name_ref, strings[3511]), REF(members[322].shape_ref, shapes[164]), offsetof(struct awsc_lambda_event_source_mapping_configuration, metrics_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.MetricsConfig: EventSourceMappingMetricsConfig */
        [323] = {REF(members[323].name_ref, strings[2150]), REF(members[323].shape_ref, shapes[161]), offsetof(struct awsc_lambda_event_source_mapping_configuration, logging_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.LoggingConfig: EventSourceMappingLoggingConfig */
        [324] = {REF(members[324].name_ref, strings[3525]), REF(members[324].shape_ref, shapes[471]), offsetof(struct awsc_lambda_event_source_mapping_configuration, scaling_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.ScalingConfig: ScalingConfig */
        [325] = {REF(members[325].name_ref, strings[4229]), REF(members[325].shape_ref, shapes[194]), offsetof(struct awsc_lambda_event_source_mapping_configuration, function_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.FunctionArn: FunctionArn */
        [326] = {REF(members[326].name_ref, strings[1488]), REF(members[326].shape_ref, shapes[102]), offsetof(struct awsc_lambda_event_source_mapping_configuration, last_modified), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_last_modified), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.LastModified: Date */
        [327] = {REF(members[327].name_ref, strings[5866]), REF(members[327].shape_ref, shapes[516]), offsetof(struct awsc_lambda_event_source_mapping_configuration, last_processing_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.LastProcessingResult: String */
        [328] = {REF(members[328].name_ref, strings[1393]), REF(members[328].shape_ref, shapes[516]), offsetof(struct awsc_lambda_event_source_mapping_configuration, state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.State: String */
        [329] = {REF(members[329].name_ref, strings[5887]), REF(members[329].shape_ref, shapes[516]), offsetof(struct awsc_lambda_event_source_mapping_configuration, state_transition_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.StateTransitionReason: String */
        [330] = {REF(members[330].name_ref, strings[3635]), REF(members[330].shape_ref, shapes[120]), offsetof(struct awsc_lambda_event_source_mapping_configuration, destination_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.DestinationConfig: DestinationConfig */
        [331] = {REF(members[331].name_ref, strings[3724]), REF(members[331].shape_ref, shapes[540]), offsetof(struct awsc_lambda_event_source_mapping_configuration, topics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.Topics: Topics */
        [332] = {REF(members[332].name_ref, strings[3731]), REF(members[332].shape_ref, shapes[441]), offsetof(struct awsc_lambda_event_source_mapping_configuration, queues), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.Queues: Queues */
        [333] = {REF(members[333].name_ref, strings[3738]), REF(members[333].shape_ref, shapes[499]), offsetof(struct awsc_lambda_event_source_mapping_configuration, source_access_configurations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.SourceAccessConfigurations: SourceAccessConfigurations */
        [334] = {REF(members[334].name_ref, strings[3765]), REF(members[334].shape_ref, shapes[476]), offsetof(struct awsc_lambda_event_source_mapping_configuration, self_managed_event_source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.SelfManagedEventSource: SelfManagedEventSource */
        [335] = {REF(members[335].name_ref, strings[3653]), REF(members[335].shape_ref, shapes[373]), offsetof(struct awsc_lambda_event_source_mapping_configuration, maximum_record_age_in_seconds), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_maximum_record_age_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.MaximumRecordAgeInSeconds: MaximumRecordAgeInSeconds */
        [336] = {REF(members[336].name_ref, strings[975]), REF(members[336].shape_ref, shapes[26]), offsetof(struct awsc_lambda_event_source_mapping_configuration, bisect_batch_on_function_error), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_bisect_batch_on_function_error), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.BisectBatchOnFunctionError: BisectBatchOnFunctionError */
        [337] = {REF(members[337].name_ref, strings[3679]), REF(members[337].shape_ref, shapes[375]), offsetof(struct awsc_lambda_event_source_mapping_configuration, maximum_retry_attempts), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_maximum_retry_attempts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.MaximumRetryAttempts: MaximumRetryAttemptsEventSourceMapping */
        [338] = {REF(members[338].name_ref, strings[3700]), REF(members[338].shape_ref, shapes[546]), offsetof(struct awsc_lambda_event_source_mapping_configuration, tumbling_window_in_seconds), offsetof(struct awsc_lambda_event_source_mapping_configuration, has_tumbling_window_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.TumblingWindowInSeconds: TumblingWindowInSeconds */
        [339] = {REF(members[339].name_ref, strings[3788]), REF(members[339].shape_ref, shapes[205]), offsetof(struct awsc_lambda_event_source_mapping_configuration, function_response_types), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.FunctionResponseTypes: FunctionResponseTypeList */
        [340] = {REF(members[340].name_ref, strings[754]), REF(members[340].shape_ref, shapes[18]), offsetof(struct awsc_lambda_event_source_mapping_configuration, amazon_managed_kafka_event_source_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.AmazonManagedKafkaEventSourceConfig: AmazonManagedKafkaEventSourceConfig */
        [341] = {REF(members[341].name_ref, strings[3810]), REF(members[341].shape_ref, shapes[477]), offsetof(struct awsc_lambda_event_source_mapping_configuration, self_managed_kafka_event_source_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.SelfManagedKafkaEventSourceConfig: SelfManagedKafkaEventSourceConfig */
        [342] = {REF(members[342].name_ref, strings[3844]), REF(members[342].shape_ref, shapes[121]), offsetof(struct awsc_lambda_event_source_mapping_configuration, document_db_event_source_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.DocumentDBEventSourceConfig: DocumentDBEventSourceConfig */
        [343] = {REF(members[343].name_ref, strings[5792]), REF(members[343].shape_ref, shapes[159]), offsetof(struct awsc_lambda_event_source_mapping_configuration, event_source_mapping_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.EventSourceMappingArn: EventSourceMappingArn */
        [344] = {REF(members[344].name_ref, strings[3872]), REF(members[344].shape_ref, shapes[420]), offsetof(struct awsc_lambda_event_source_mapping_configuration, provisioned_poller_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingConfiguration.ProvisionedPollerConfig: ProvisionedPollerConfig */
        [345] = {REF(members[345].name_ref, strings[1668]), REF(members[345].shape_ref, shapes[165]), offsetof(struct awsc_lambda_event_source_mapping_logging_config, system_log_level), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingLoggingConfig.SystemLogLevel: EventSourceMappingSystemLogLevel */
        [346] = {REF(members[346].name_ref, strings[6062]), REF(members[346].shape_ref, shapes[163]), offsetof(struct awsc_lambda_event_source_mapping_metrics_config, metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventSourceMappingMetricsConfig.Metrics: EventSourceMappingMetricList */
        [347] = {REF(members[347].name_ref, strings[2367]), REF(members[347].shape_ref, shapes[124]), offsetof(struct awsc_lambda_execution, durable_execution_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Execution.DurableExecutionArn: DurableExecutionArn */
        [348] = {REF(members[348].name_ref, strings[4855]), REF(members[348].shape_ref, shapes[125]), offsetof(struct awsc_lambda_execution, durable_execution_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Execution.DurableExecutionName: DurableExecutionName */
        [349] = {REF(members[349].name_ref, strings[4229]), REF(members[349].shape_ref, shapes[381]), offsetof(struct awsc_lambda_execution, function_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Execution.FunctionArn: NameSpacedFunctionArn */
        [350] = {REF(members[350].name_ref, strings[6616]), REF(members[350].shape_ref, shapes[177]), offsetof(struct awsc_lambda_execution, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Execution.Status: ExecutionStatus */
        [351] = {REF(members[351].name_ref, strings[6623]), REF(members[351].shape_ref, shapes[183]), offsetof(struct awsc_lambda_execution, start_timestamp), offsetof(struct awsc_lambda_execution, has_start_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Execution.StartTimestamp: ExecutionTimestamp */
        [352] = {REF(members[352].name_ref, strings[6638]), REF(members[352].shape_ref, shapes[183]), offsetof(struct awsc_lambda_execution, end_timestamp), offsetof(struct awsc_lambda_execution, has_end_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Execution.EndTimestamp: ExecutionTimestamp */
        [353] = {REF(members[353].name_ref, strings[3501]), REF(members[353].shape_ref, shapes[295]), offsetof(struct awsc_lambda_execution, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Execution.KMSKeyArn: KMSKeyArn */
        [354] = {REF(members[354].name_ref, strings[6690]), REF(members[354].shape_ref, shapes[266]), offsetof(struct awsc_lambda_execution_details, input_payload), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExecutionDetails.InputPayload: InputPayload */
        [355] = {REF(members[355].name_ref, strings[1060]), REF(members[355].shape_ref, shapes[155]), offsetof(struct awsc_lambda_execution_failed_details, error), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExecutionFailedDetails.Error: EventError */
        [356] = {REF(members[356].name_ref, strings[2345]), REF(members[356].shape_ref, shapes[157]), offsetof(struct awsc_lambda_execution_started_details, input), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExecutionStartedDetails.Input: EventInput */
        [357] = {REF(members[357].name_ref, strings[4798]), REF(members[357].shape_ref, shapes[127]), offsetof(struct awsc_lambda_execution_started_details, execution_timeout), offsetof(struct awsc_lambda_execution_started_details, has_execution_timeout), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExecutionStartedDetails.ExecutionTimeout: DurationSeconds */
        [358] = {REF(members[358].name_ref, strings[1060]), REF(members[358].shape_ref, shapes[155]), offsetof(struct awsc_lambda_execution_stopped_details, error), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExecutionStoppedDetails.Error: EventError */
        [359] = {REF(members[359].name_ref, strings[1053]), REF(members[359].shape_ref, shapes[158]), offsetof(struct awsc_lambda_execution_succeeded_details, result), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExecutionSucceededDetails.Result: EventResult */
        [360] = {REF(members[360].name_ref, strings[1060]), REF(members[360].shape_ref, shapes[155]), offsetof(struct awsc_lambda_execution_timed_out_details, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExecutionTimedOutDetails.Error: EventError */
        [361] = {REF(members[361].name_ref, strings[925]), REF(members[361].shape_ref, shapes[184]), offsetof(struct awsc_lambda_file_system_config, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FileSystemConfig.Arn: FileSystemArn */
        [362] = {REF(members[362].name_ref, strings[6869]), REF(members[362].shape_ref, shapes[355]), offsetof(struct awsc_lambda_file_system_config, local_mount_path), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FileSystemConfig.LocalMountPath: LocalMountPath */
        [363] = {REF(members[363].name_ref, strings[6912]), REF(members[363].shape_ref, shapes[406]), offsetof(struct awsc_lambda_filter, pattern), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Filter.Pattern: Pattern */
        [364] = {REF(members[364].name_ref, strings[6920]), REF(members[364].shape_ref, shapes[192]), offsetof(struct awsc_lambda_filter_criteria, filters), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FilterCriteria.Filters: FilterList */
        [365] = {REF(members[365].name_ref, strings[5231]), REF(members[365].shape_ref, shapes[190]), offsetof(struct awsc_lambda_filter_criteria_error, error_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FilterCriteriaError.ErrorCode: FilterCriteriaErrorCode */
        [366] = {REF(members[366].name_ref, strings[1348]), REF(members[366].shape_ref, shapes[191]), offsetof(struct awsc_lambda_filter_criteria_error, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FilterCriteriaError.Message: FilterCriteriaErrorMessage */
        [367] = {REF(members[367].name_ref, strings[7040]), REF(members[367].shape_ref, shapes[27]), offsetof(struct awsc_lambda_function_code, zip_file), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionCode.ZipFile: Blob */
        [368] = {REF(members[368].name_ref, strings[7048]), REF(members[368].shape_ref, shapes[464]), offsetof(struct awsc_lambda_function_code, s3_bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionCode.S3Bucket: S3Bucket */
        [369] = {REF(members[369].name_ref, strings[7057]), REF(members[369].shape_ref, shapes[468]), offsetof(struct awsc_lambda_function_code, s3_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionCode.S3Key: S3Key */
        [370] = {REF(members[370].name_ref, strings[7063]), REF(members[370].shape_ref, shapes[470]), offsetof(struct awsc_lambda_function_code, s3_object_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionCode.S3ObjectVersion: S3ObjectVersion */
        [371] = {REF(members[371].name_ref, strings[7079]), REF(members[371].shape_ref, shapes[469]), offsetof(struct awsc_lambda_function_code, s3_object_storage_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionCode.S3ObjectStorageMode: S3ObjectStorageMode */
        [372] = {REF(members[372].name_ref, strings[7099]), REF(members[372].shape_ref, shapes[516]), offsetof(struct awsc_lambda_function_code, image_uri), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionCode.ImageUri: String */
        [373] = {REF(members[373].name_ref, strings[7108]), REF(members[373].shape_ref, shapes[295]), offsetof(struct awsc_lambda_function_code, source_kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionCode.SourceKMSKeyArn: KMSKeyArn */
        [374] = {REF(members[374].name_ref, strings[7145]), REF(members[374].shape_ref, shapes[516]), offsetof(struct awsc_lambda_function_code_location, repository_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionCodeLocation.RepositoryType: String */
        [375] = {REF(members[375].name_ref, strings[7160]), REF(members[375].shape_ref, shapes[485]), offsetof(struct awsc_lambda_function_code_location, location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionCodeLocation.Location: SensitiveStringOnServerOnly */
        [376] = {REF(members[376].name_ref, strings[7099]), REF(members[376].shape_ref, shapes[516]), offsetof(struct awsc_lambda_function_code_location, image_uri), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionCodeLocation.ImageUri: String */
        [377] = {REF(members[377].name_ref, strings[7169]), REF(members[377].shape_ref, shapes[516]), offsetof(struct awsc_lambda_function_code_location, resolved_image_uri), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionCodeLocation.ResolvedImageUri: String */
        [378] = {REF(members[378].name_ref, strings[7186]), REF(members[378].shape_ref, shapes[449]), offsetof(struct awsc_lambda_function_code_location, resolved_s3_object), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionCodeLocation.ResolvedS3Object: ResolvedS3Object */
        [379] = {REF(members[379].name_ref, strings[7108]), REF(members[379].shape_ref, shapes[295]), offsetof(struct awsc_lambda_function_code_location, source_kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionCodeLocation.SourceKMSKeyArn: KMSKeyArn */
        [380] = {REF(members[380].name_ref, strings[1060]), REF(members[380].shape_ref, shapes[198]), offsetof(struct awsc_lambda_function_code_location, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionCodeLocation.Error: FunctionCodeLocationError */
        [381] = {REF(members[381].name_ref, strings[5231]), REF(members[381].shape_ref, shapes[516]), offsetof(struct awsc_lambda_function_code_location_error, error_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionCodeLocationError.ErrorCode: String */
        [382] = {REF(members[382].name_ref, strings[1348]), REF(members[382].shape_ref, shapes[484]), offsetof(struct awsc_lambda_function_code_location_error, message), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionCodeLocationError.Message: SensitiveString */
        [383] = {REF(members[383].name_ref, strings[315]), REF(members[383].shape_ref, shapes[382]), offsetof(struct awsc_lambda_function_configuration, function_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.FunctionName: NamespacedFunctionName */
        [384] = {REF(members[384].name_ref, strings[4229]), REF(members[384].shape_ref, shapes[381]), offsetof(struct awsc_lambda_function_configuration, function_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.FunctionArn: NameSpacedFunctionArn */
        [385] = {REF(members[385].name_ref, strings[3918]), REF(members[385].shape_ref, shapes[460]), offsetof(struct awsc_lambda_function_configuration, runtime), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.Runtime: Runtime */
        [386] = {REF(members[386].name_ref, strings[3926]), REF(members[386].shape_ref, shapes[459]), offsetof(struct awsc_lambda_function_configuration, role), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.Role: RoleArn */
        [387] = {REF(members[387].name_ref, strings[3931]), REF(members[387].shape_ref, shapes[258]), offsetof(struct awsc_lambda_function_configuration, handler), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.Handler: Handler */
        [388] = {REF(members[388].name_ref, strings[7251]), REF(members[388].shape_ref, shapes[360]), offsetof(struct awsc_lambda_function_configuration, code_size), offsetof(struct awsc_lambda_function_configuration, has_code_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.CodeSize: Long */
        [389] = {REF(members[389].name_ref, strings[556]), REF(members[389].shape_ref, shapes[118]), offsetof(struct awsc_lambda_function_configuration, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.Description: Description */
        [390] = {REF(members[390].name_ref, strings[1266]), REF(members[390].shape_ref, shapes[536]), offsetof(struct awsc_lambda_function_configuration, timeout), offsetof(struct awsc_lambda_function_configuration, has_timeout), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.Timeout: Timeout */
        [391] = {REF(members[391].name_ref, strings[3944]), REF(members[391].shape_ref, shapes[376]), offsetof(struct awsc_lambda_function_configuration, memory_size), offsetof(struct awsc_lambda_function_configuration, has_memory_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.MemorySize: MemorySize */
        [392] = {REF(members[392].name_ref, strings[1488]), REF(members[392].shape_ref, shapes[537]), offsetof(struct awsc_lambda_function_configuration, last_modified), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.LastModified: Timestamp */
        [393] = {REF(members[393].name_ref, strings[7260]), REF(members[393].shape_ref, shapes[516]), offsetof(struct awsc_lambda_function_configuration, code_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.CodeSha256: String */
        [394] = {REF(members[394].name_ref, strings[7271]), REF(members[394].shape_ref, shapes[565]), offsetof(struct awsc_lambda_function_configuration, version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.Version: Version */
        [395] = {REF(members[395].name_ref, strings[1399]), REF(members[395].shape_ref, shapes[568]), offsetof(struct awsc_lambda_function_configuration, vpc_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.VpcConfig: VpcConfigResponse */
        [396] = {REF(members[396].name_ref, strings[3985]), REF(members[396].shape_ref, shapes[103]), offsetof(struct awsc_lambda_function_configuration, dead_letter_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.DeadLetterConfig: DeadLetterConfig */
        [397] = {REF(members[397].name_ref, strings[4002]), REF(members[397].shape_ref, shapes[144]), offsetof(struct awsc_lambda_function_configuration, environment), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.Environment: EnvironmentResponse */
        [398] = {REF(members[398].name_ref, strings[3501]), REF(members[398].shape_ref, shapes[295]), offsetof(struct awsc_lambda_function_configuration, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.KMSKeyArn: KMSKeyArn */
        [399] = {REF(members[399].name_ref, strings[4014]), REF(members[399].shape_ref, shapes[543]), offsetof(struct awsc_lambda_function_configuration, tracing_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.TracingConfig: TracingConfigResponse */
        [400] = {REF(members[400].name_ref, strings[7279]), REF(members[400].shape_ref, shapes[194]), offsetof(struct awsc_lambda_function_configuration, master_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.MasterArn: FunctionArn */
        [401] = {REF(members[401].name_ref, strings[239]), REF(members[401].shape_ref, shapes[516]), offsetof(struct awsc_lambda_function_configuration, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.RevisionId: String */
        [402] = {REF(members[402].name_ref, strings[4028]), REF(members[402].shape_ref, shapes[323]), offsetof(struct awsc_lambda_function_configuration, layers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.Layers: LayersReferenceList */
        [403] = {REF(members[403].name_ref, strings[1393]), REF(members[403].shape_ref, shapes[504]), offsetof(struct awsc_lambda_function_configuration, state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.State: State */
        [404] = {REF(members[404].name_ref, strings[7289]), REF(members[404].shape_ref, shapes[505]), offsetof(struct awsc_lambda_function_configuration, state_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.StateReason: StateReason */
        [405] = {REF(members[405].name_ref, strings[7301]), REF(members[405].shape_ref, shapes[506]), offsetof(struct awsc_lambda_function_configuration, state_reason_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.StateReasonCode: StateReasonCode */
        [406] = {REF(members[406].name_ref, strings[7317]), REF(members[406].shape_ref, shapes[306]), offsetof(struct awsc_lambda_function_configuration, last_update_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.LastUpdateStatus: LastUpdateStatus */
        [407] = {REF(members[407].name_ref, strings[7334]), REF(members[407].shape_ref, shapes[307]), offsetof(struct awsc_lambda_function_configuration, last_update_status_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.LastUpdateStatusReason: LastUpdateStatusReason */
        [408] = {REF(members[408].name_ref, strings[7357]), REF(members[408].shape_ref, shapes[308]), offsetof(struct awsc_lambda_function_configuration, last_update_status_reason_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.LastUpdateStatusReasonCode: LastUpdateStatusReasonCode */
        [409] = {REF(members[409].name_ref, strings[4035]), REF(members[409].shape_ref, shapes[186]), offsetof(struct awsc_lambda_function_configuration, file_system_configs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.FileSystemConfigs: FileSystemConfigList */
        [410] = {REF(members[410].name_ref, strings[7384]), REF(members[410].shape_ref, shapes[22]), offsetof(struct awsc_lambda_function_configuration, signing_profile_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.SigningProfileVersionArn: Arn */
        [411] = {REF(members[411].name_ref, strings[7409]), REF(members[411].shape_ref, shapes[22]), offsetof(struct awsc_lambda_function_configuration, signing_job_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.SigningJobArn: Arn */
        [412] = {REF(members[412].name_ref, strings[3973]), REF(members[412].shape_ref, shapes[404]), offsetof(struct awsc_lambda_function_configuration, package_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.PackageType: PackageType */
        [413] = {REF(members[413].name_ref, strings[7423]), REF(members[413].shape_ref, shapes[264]), offsetof(struct awsc_lambda_function_configuration, image_config_response), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.ImageConfigResponse: ImageConfigResponse */
        [414] = {REF(members[414].name_ref, strings[4065]), REF(members[414].shape_ref, shapes[21]), offsetof(struct awsc_lambda_function_configuration, architectures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.Architectures: ArchitecturesList */
        [415] = {REF(members[415].name_ref, strings[4079]), REF(members[415].shape_ref, shapes[148]), offsetof(struct awsc_lambda_function_configuration, ephemeral_storage), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.EphemeralStorage: EphemeralStorage */
        [416] = {REF(members[416].name_ref, strings[4096]), REF(members[416].shape_ref, shapes[496]), offsetof(struct awsc_lambda_function_configuration, snap_start), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.SnapStart: SnapStartResponse */
        [417] = {REF(members[417].name_ref, strings[7443]), REF(members[417].shape_ref, shapes[462]), offsetof(struct awsc_lambda_function_configuration, runtime_version_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.RuntimeVersionConfig: RuntimeVersionConfig */
        [418] = {REF(members[418].name_ref, strings[2150]), REF(members[418].shape_ref, shapes[359]), offsetof(struct awsc_lambda_function_configuration, logging_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.LoggingConfig: LoggingConfig */
        [419] = {REF(members[419].name_ref, strings[4106]), REF(members[419].shape_ref, shapes[532]), offsetof(struct awsc_lambda_function_configuration, tenancy_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.TenancyConfig: TenancyConfig */
        [420] = {REF(members[420].name_ref, strings[1531]), REF(members[420].shape_ref, shapes[42]), offsetof(struct awsc_lambda_function_configuration, capacity_provider_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.CapacityProviderConfig: CapacityProviderConfig */
        [421] = {REF(members[421].name_ref, strings[7464]), REF(members[421].shape_ref, shapes[516]), offsetof(struct awsc_lambda_function_configuration, config_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.ConfigSha256: String */
        [422] = {REF(members[422].name_ref, strings[4120]), REF(members[422].shape_ref, shapes[122]), offsetof(struct awsc_lambda_function_configuration, durable_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionConfiguration.DurableConfig: DurableConfig */
        [423] = {REF(members[423].name_ref, strings[1488]), REF(members[423].shape_ref, shapes[102]), offsetof(struct awsc_lambda_function_event_invoke_config, last_modified), offsetof(struct awsc_lambda_function_event_invoke_config, has_last_modified), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionEventInvokeConfig.LastModified: Date */
        [424] = {REF(members[424].name_ref, strings[4229]), REF(members[424].shape_ref, shapes[194]), offsetof(struct awsc_lambda_function_event_invoke_config, function_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionEventInvokeConfig.FunctionArn: FunctionArn */
        [425] = {REF(members[425].name_ref, strings[3679]), REF(members[425].shape_ref, shapes[374]), offsetof(struct awsc_lambda_function_event_invoke_config, maximum_retry_attempts), offsetof(struct awsc_lambda_function_event_invoke_config, has_maximum_retry_attempts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionEventInvokeConfig.MaximumRetryAttempts: MaximumRetryAttempts */
        [426] = {REF(members[426].name_ref, strings[7503]), REF(members[426].shape_ref, shapes[371]), offsetof(struct awsc_lambda_function_event_invoke_config, maximum_event_age_in_seconds), offsetof(struct awsc_lambda_function_event_invoke_config, has_maximum_event_age_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionEventInvokeConfig.MaximumEventAgeInSeconds: MaximumEventAgeInSeconds */
        [427] = {REF(members[427].name_ref, strings[3635]), REF(members[427].shape_ref, shapes[120]), offsetof(struct awsc_lambda_function_event_invoke_config, destination_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionEventInvokeConfig.DestinationConfig: DestinationConfig */
        [428] = {REF(members[428].name_ref, strings[7663]), REF(members[428].shape_ref, shapes[207]), offsetof(struct awsc_lambda_function_scaling_config, min_execution_environments), offsetof(struct awsc_lambda_function_scaling_config, has_min_execution_environments), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionScalingConfig.MinExecutionEnvironments: FunctionScalingConfigExecutionEnvironments */
        [429] = {REF(members[429].name_ref, strings[7688]), REF(members[429].shape_ref, shapes[207]), offsetof(struct awsc_lambda_function_scaling_config, max_execution_environments), offsetof(struct awsc_lambda_function_scaling_config, has_max_execution_environments), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionScalingConfig.MaxExecutionEnvironments: FunctionScalingConfigExecutionEnvironments */
        [430] = {REF(members[430].name_ref, strings[4217]), REF(members[430].shape_ref, shapes[208]), offsetof(struct awsc_lambda_function_url_config, function_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionUrlConfig.FunctionUrl: FunctionUrl */
        [431] = {REF(members[431].name_ref, strings[4229]), REF(members[431].shape_ref, shapes[194]), offsetof(struct awsc_lambda_function_url_config, function_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionUrlConfig.FunctionArn: FunctionArn */
        [432] = {REF(members[432].name_ref, strings[4241]), REF(members[432].shape_ref, shapes[537]), offsetof(struct awsc_lambda_function_url_config, creation_time), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionUrlConfig.CreationTime: Timestamp */
        [433] = {REF(members[433].name_ref, strings[7787]), REF(members[433].shape_ref, shapes[537]), offsetof(struct awsc_lambda_function_url_config, last_modified_time), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionUrlConfig.LastModifiedTime: Timestamp */
        [434] = {REF(members[434].name_ref, strings[3218]), REF(members[434].shape_ref, shapes[91]), offsetof(struct awsc_lambda_function_url_config, cors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionUrlConfig.Cors: Cors */
        [435] = {REF(members[435].name_ref, strings[4165]), REF(members[435].shape_ref, shapes[209]), offsetof(struct awsc_lambda_function_url_config, auth_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionUrlConfig.AuthType: FunctionUrlAuthType */
        [436] = {REF(members[436].name_ref, strings[4174]), REF(members[436].shape_ref, shapes[284]), offsetof(struct awsc_lambda_function_url_config, invoke_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionUrlConfig.InvokeMode: InvokeMode */
        [437] = {REF(members[437].name_ref, strings[4229]), REF(members[437].shape_ref, shapes[381]), offsetof(struct awsc_lambda_function_versions_by_capacity_provider_list_item, function_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionVersionsByCapacityProviderListItem.FunctionArn: NameSpacedFunctionArn */
        [438] = {REF(members[438].name_ref, strings[1393]), REF(members[438].shape_ref, shapes[504]), offsetof(struct awsc_lambda_function_versions_by_capacity_provider_list_item, state), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionVersionsByCapacityProviderListItem.State: State */
        [439] = {REF(members[439].name_ref, strings[610]), REF(members[439].shape_ref, shapes[516]), offsetof(struct awsc_lambda_function_versions_per_capacity_provider_limit_exceeded_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionVersionsPerCapacityProviderLimitExceededException.Type: String */
        [440] = {REF(members[440].name_ref, strings[615]), REF(members[440].shape_ref, shapes[516]), offsetof(struct awsc_lambda_function_versions_per_capacity_provider_limit_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FunctionVersionsPerCapacityProviderLimitExceededException.message: String */
        [441] = {REF(members[441].name_ref, strings[0]), REF(members[441].shape_ref, shapes[0]), offsetof(struct awsc_lambda_get_account_settings_output, account_limit), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccountSettingsResponse.AccountLimit: AccountLimit */
        [442] = {REF(members[442].name_ref, strings[111]), REF(members[442].shape_ref, shapes[1]), offsetof(struct awsc_lambda_get_account_settings_output, account_usage), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccountSettingsResponse.AccountUsage: AccountUsage */
        [443] = {REF(members[443].name_ref, strings[315]), REF(members[443].shape_ref, shapes[203]), offsetof(struct awsc_lambda_get_alias_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetAliasRequest.FunctionName: FunctionName */
        [444] = {REF(members[444].name_ref, strings[535]), REF(members[444].shape_ref, shapes[9]), offsetof(struct awsc_lambda_get_alias_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetAliasRequest.Name: Alias */
        [445] = {REF(members[445].name_ref, strings[1721]), REF(members[445].shape_ref, shapes[46]), offsetof(struct awsc_lambda_get_capacity_provider_input, capacity_provider_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetCapacityProviderRequest.CapacityProviderName: CapacityProviderName */
        [446] = {REF(members[446].name_ref, strings[1356]), REF(members[446].shape_ref, shapes[40]), offsetof(struct awsc_lambda_get_capacity_provider_output, capacity_provider), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetCapacityProviderResponse.CapacityProvider: CapacityProvider */
        [447] = {REF(members[447].name_ref, strings[2787]), REF(members[447].shape_ref, shapes[74]), offsetof(struct awsc_lambda_get_code_signing_config_input, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetCodeSigningConfigRequest.CodeSigningConfigArn: CodeSigningConfigArn */
        [448] = {REF(members[448].name_ref, strings[2749]), REF(members[448].shape_ref, shapes[73]), offsetof(struct awsc_lambda_get_code_signing_config_output, code_signing_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetCodeSigningConfigResponse.CodeSigningConfig: CodeSigningConfig */
        [449] = {REF(members[449].name_ref, strings[2367]), REF(members[449].shape_ref, shapes[124]), offsetof(struct awsc_lambda_get_durable_execution_history_input, durable_execution_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionHistoryRequest.DurableExecutionArn: DurableExecutionArn */
        [450] = {REF(members[450].name_ref, strings[8278]), REF(members[450].shape_ref, shapes[265]), offsetof(struct awsc_lambda_get_durable_execution_history_input, include_execution_data), offsetof(struct awsc_lambda_get_durable_execution_history_input, has_include_execution_data), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionHistoryRequest.IncludeExecutionData: IncludeExecutionData */
        [451] = {REF(members[451].name_ref, strings[8299]), REF(members[451].shape_ref, shapes[291]), offsetof(struct awsc_lambda_get_durable_execution_history_input, max_items), offsetof(struct awsc_lambda_get_durable_execution_history_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionHistoryRequest.MaxItems: ItemCount */
        [452] = {REF(members[452].name_ref, strings[8308]), REF(members[452].shape_ref, shapes[516]), offsetof(struct awsc_lambda_get_durable_execution_history_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionHistoryRequest.Marker: String */
        [453] = {REF(members[453].name_ref, strings[8315]), REF(members[453].shape_ref, shapes[458]), offsetof(struct awsc_lambda_get_durable_execution_history_input, reverse_order), offsetof(struct awsc_lambda_get_durable_execution_history_input, has_reverse_order), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionHistoryRequest.ReverseOrder: ReverseOrder */
        [454] = {REF(members[454].name_ref, strings[6599]), REF(members[454].shape_ref, shapes[170]), offsetof(struct awsc_lambda_get_durable_execution_history_output, events), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionHistoryResponse.Events: Events */
        [455] = {REF(members[455].name_ref, strings[2640]), REF(members[455].shape_ref, shapes[516]), offsetof(struct awsc_lambda_get_durable_execution_history_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionHistoryResponse.NextMarker: String */
        [456] = {REF(members[456].name_ref, strings[2367]), REF(members[456].shape_ref, shapes[124]), offsetof(struct awsc_lambda_get_durable_execution_input, durable_execution_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionRequest.DurableExecutionArn: DurableExecutionArn */
        [457] = {REF(members[457].name_ref, strings[8278]), REF(members[457].shape_ref, shapes[265]), offsetof(struct awsc_lambda_get_durable_execution_input, include_execution_data), offsetof(struct awsc_lambda_get_durable_execution_input, has_include_execution_data), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionRequest.IncludeExecutionData: IncludeExecutionData */
        [458] = {REF(members[458].name_ref, strings[2367]), REF(members[458].shape_ref, shapes[124]), offsetof(struct awsc_lambda_get_durable_execution_output, durable_execution_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionResponse.DurableExecutionArn: DurableExecutionArn */
        [459] = {REF(members[459].name_ref, strings[4855]), REF(members[459].shape_ref, shapes[125]), offsetof(struct awsc_lambda_get_durable_execution_output, durable_execution_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionResponse.DurableExecutionName: DurableExecutionName */
        [460] = {REF(members[460].name_ref, strings[4229]), REF(members[460].shape_ref, shapes[381]), offsetof(struct awsc_lambda_get_durable_execution_output, function_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionResponse.FunctionArn: NameSpacedFunctionArn */
        [461] = {REF(members[461].name_ref, strings[6690]), REF(members[461].shape_ref, shapes[266]), offsetof(struct awsc_lambda_get_durable_execution_output, input_payload), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionResponse.InputPayload: InputPayload */
        [462] = {REF(members[462].name_ref, strings[1053]), REF(members[462].shape_ref, shapes[403]), offsetof(struct awsc_lambda_get_durable_execution_output, result), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionResponse.Result: OutputPayload */
        [463] = {REF(members[463].name_ref, strings[1060]), REF(members[463].shape_ref, shapes[152]), offsetof(struct awsc_lambda_get_durable_execution_output, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionResponse.Error: ErrorObject */
        [464] = {REF(members[464].name_ref, strings[6623]), REF(members[464].shape_ref, shapes[183]), offsetof(struct awsc_lambda_get_durable_execution_output, start_timestamp), offsetof(struct awsc_lambda_get_durable_execution_output, has_start_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionResponse.StartTimestamp: ExecutionTimestamp */
        [465] = {REF(members[465].name_ref, strings[6616]), REF(members[465].shape_ref, shapes[177]), offsetof(struct awsc_lambda_get_durable_execution_output, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionResponse.Status: ExecutionStatus */
        [466] = {REF(members[466].name_ref, strings[6638]), REF(members[466].shape_ref, shapes[183]), offsetof(struct awsc_lambda_get_durable_execution_output, end_timestamp), offsetof(struct awsc_lambda_get_durable_execution_output, has_end_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionResponse.EndTimestamp: ExecutionTimestamp */
        [467] = {REF(members[467].name_ref, strings[7271]), REF(members[467].shape_ref, shapes[566]), offsetof(struct awsc_lambda_get_durable_execution_output, version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionResponse.Version: VersionWithLatestPublished */
        [468] = {REF(members[468].name_ref, strings[8418]), REF(members[468].shape_ref, shapes[541]), offsetof(struct awsc_lambda_get_durable_execution_output, trace_header), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionResponse.TraceHeader: TraceHeader */
        [469] = {REF(members[469].name_ref, strings[6651]), REF(members[469].shape_ref, shapes[172]), offsetof(struct awsc_lambda_get_durable_execution_output, execution_data_included), offsetof(struct awsc_lambda_get_durable_execution_output, has_execution_data_included), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionResponse.ExecutionDataIncluded: ExecutionDataIncluded */
        [470] = {REF(members[470].name_ref, strings[4120]), REF(members[470].shape_ref, shapes[122]), offsetof(struct awsc_lambda_get_durable_execution_output, durable_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionResponse.DurableConfig: DurableConfig */
        [471] = {REF(members[471].name_ref, strings[2367]), REF(members[471].shape_ref, shapes[124]), offsetof(struct awsc_lambda_get_durable_execution_state_input, durable_execution_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionStateRequest.DurableExecutionArn: DurableExecutionArn */
        [472] = {REF(members[472].name_ref, strings[2508]), REF(members[472].shape_ref, shapes[67]), offsetof(struct awsc_lambda_get_durable_execution_state_input, checkpoint_token), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionStateRequest.CheckpointToken: CheckpointToken */
        [473] = {REF(members[473].name_ref, strings[8308]), REF(members[473].shape_ref, shapes[516]), offsetof(struct awsc_lambda_get_durable_execution_state_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionStateRequest.Marker: String */
        [474] = {REF(members[474].name_ref, strings[8299]), REF(members[474].shape_ref, shapes[291]), offsetof(struct awsc_lambda_get_durable_execution_state_input, max_items), offsetof(struct awsc_lambda_get_durable_execution_state_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionStateRequest.MaxItems: ItemCount */
        [475] = {REF(members[475].name_ref, strings[2629]), REF(members[475].shape_ref, shapes[400]), offsetof(struct awsc_lambda_get_durable_execution_state_output, operations), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionStateResponse.Operations: Operations */
        [476] = {REF(members[476].name_ref, strings[2640]), REF(members[476].shape_ref, shapes[516]), offsetof(struct awsc_lambda_get_durable_execution_state_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDurableExecutionStateResponse.NextMarker: String */
        [477] = {REF(members[477].name_ref, strings[4457]), REF(members[477].shape_ref, shapes[548]), offsetof(struct awsc_lambda_get_event_source_mapping_input, uuid), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetEventSourceMappingRequest.UUID: UUIDString */
        [478] = {REF(members[478].name_ref, strings[315]), REF(members[478].shape_ref, shapes[382]), offsetof(struct awsc_lambda_get_function_code_signing_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetFunctionCodeSigningConfigRequest.FunctionName: NamespacedFunctionName */
        [479] = {REF(members[479].name_ref, strings[2787]), REF(members[479].shape_ref, shapes[74]), offsetof(struct awsc_lambda_get_function_code_signing_config_output, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFunctionCodeSigningConfigResponse.CodeSigningConfigArn: CodeSigningConfigArn */
        [480] = {REF(members[480].name_ref, strings[315]), REF(members[480].shape_ref, shapes[203]), offsetof(struct awsc_lambda_get_function_code_signing_config_output, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFunctionCodeSigningConfigResponse.FunctionName: FunctionName */
        [481] = {REF(members[481].name_ref, strings[315]), REF(members[481].shape_ref, shapes[203]), offsetof(struct awsc_lambda_get_function_concurrency_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetFunctionConcurrencyRequest.FunctionName: FunctionName */
        [482] = {REF(members[482].name_ref, strings[3077]), REF(members[482].shape_ref, shapes[448]), offsetof(struct awsc_lambda_get_function_concurrency_output, reserved_concurrent_executions), offsetof(struct awsc_lambda_get_function_concurrency_output, has_reserved_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFunctionConcurrencyResponse.ReservedConcurrentExecutions: ReservedConcurrentExecutions */
        [483] = {REF(members[483].name_ref, strings[315]), REF(members[483].shape_ref, shapes[382]), offsetof(struct awsc_lambda_get_function_configuration_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetFunctionConfigurationRequest.FunctionName: NamespacedFunctionName */
        [484] = {REF(members[484].name_ref, strings[411]), REF(members[484].shape_ref, shapes[387]), offsetof(struct awsc_lambda_get_function_configuration_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetFunctionConfigurationRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [485] = {REF(members[485].name_ref, strings[315]), REF(members[485].shape_ref, shapes[382]), offsetof(struct awsc_lambda_get_function_event_invoke_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetFunctionEventInvokeConfigRequest.FunctionName: NamespacedFunctionName */
        [486] = {REF(members[486].name_ref, strings[411]), REF(members[486].shape_ref, shapes[387]), offsetof(struct awsc_lambda_get_function_event_invoke_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetFunctionEventInvokeConfigRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [487] = {REF(members[487].name_ref, strings[315]), REF(members[487].shape_ref, shapes[549]), offsetof(struct awsc_lambda_get_function_recursion_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetFunctionRecursionConfigRequest.FunctionName: UnqualifiedFunctionName */
        [488] = {REF(members[488].name_ref, strings[8795]), REF(members[488].shape_ref, shapes[443]), offsetof(struct awsc_lambda_get_function_recursion_config_output, recursive_loop), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFunctionRecursionConfigResponse.RecursiveLoop: RecursiveLoop */
        [489] = {REF(members[489].name_ref, strings[315]), REF(members[489].shape_ref, shapes[382]), offsetof(struct awsc_lambda_get_function_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetFunctionRequest.FunctionName: NamespacedFunctionName */
        [490] = {REF(members[490].name_ref, strings[411]), REF(members[490].shape_ref, shapes[387]), offsetof(struct awsc_lambda_get_function_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetFunctionRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [491] = {REF(members[491].name_ref, strings[8848]), REF(members[491].shape_ref, shapes[199]), offsetof(struct awsc_lambda_get_function_output, configuration), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFunctionResponse.Configuration: FunctionConfiguration */
        [492] = {REF(members[492].name_ref, strings[3939]), REF(members[492].shape_ref, shapes[197]), offsetof(struct awsc_lambda_get_function_output, code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFunctionResponse.Code: FunctionCodeLocation */
        [493] = {REF(members[493].name_ref, strings[3332]), REF(members[493].shape_ref, shapes[527]), offsetof(struct awsc_lambda_get_function_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFunctionResponse.Tags: Tags */
        [494] = {REF(members[494].name_ref, strings[8862]), REF(members[494].shape_ref, shapes[528]), offsetof(struct awsc_lambda_get_function_output, tags_error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFunctionResponse.TagsError: TagsError */
        [495] = {REF(members[495].name_ref, strings[3065]), REF(members[495].shape_ref, shapes[85]), offsetof(struct awsc_lambda_get_function_output, concurrency), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFunctionResponse.Concurrency: Concurrency */
        [496] = {REF(members[496].name_ref, strings[315]), REF(members[496].shape_ref, shapes[549]), offsetof(struct awsc_lambda_get_function_scaling_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetFunctionScalingConfigRequest.FunctionName: UnqualifiedFunctionName */
        [497] = {REF(members[497].name_ref, strings[411]), REF(members[497].shape_ref, shapes[426]), offsetof(struct awsc_lambda_get_function_scaling_config_input, qualifier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetFunctionScalingConfigRequest.Qualifier: PublishedFunctionQualifier */
        [498] = {REF(members[498].name_ref, strings[4229]), REF(members[498].shape_ref, shapes[194]), offsetof(struct awsc_lambda_get_function_scaling_config_output, function_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFunctionScalingConfigResponse.FunctionArn: FunctionArn */
        [499] = {REF(members[499].name_ref, strings[8937]), REF(members[499].shape_ref, shapes[206]), offsetof(struct awsc_lambda_get_function_scaling_config_output, applied_function_scaling_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFunctionScalingConfigResponse.AppliedFunctionScalingConfig: FunctionScalingConfig */
        [500] = {REF(members[500].name_ref, strings[8966]), REF(members[500].shape_ref, shapes[206]), offsetof(struct awsc_lambda_get_function_scaling_config_output, requested_function_scaling_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFunctionScalingConfigResponse.RequestedFunctionScalingConfig: FunctionScalingConfig */
        [501] = {REF(members[501].name_ref, strings[315]), REF(members[501].shape_ref, shapes[212]), offsetof(struct awsc_lambda_get_function_url_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetFunctionUrlConfigRequest.FunctionName: FunctionUrlFunctionName */
        [502] = {REF(members[502].name_ref, strings[411]), REF(members[502].shape_ref, shapes[213]), offsetof(struct awsc_lambda_get_function_url_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetFunctionUrlConfigRequest.Qualifier: FunctionUrlQualifier */
        [503] = {REF(members[503].name_ref, strings[4217]), REF(members[503].shape_ref, shapes[208]), offsetof(struct awsc_lambda_get_function_url_config_output, function_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFunctionUrlConfigResponse.FunctionUrl: FunctionUrl */
        [504] = {REF(members[504].name_ref, strings[4229]), REF(members[504].shape_ref, shapes[194]), offsetof(struct awsc_lambda_get_function_url_config_output, function_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFunctionUrlConfigResponse.FunctionArn: FunctionArn */
        [505] = {REF(members[505].name_ref, strings[4165]), REF(members[505].shape_ref, shapes[209]), offsetof(struct awsc_lambda_get_function_url_config_output, auth_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFunctionUrlConfigResponse.AuthType: FunctionUrlAuthType */
        [506] = {REF(members[506].name_ref, strings[3218]), REF(members[506].shape_ref, shapes[91]), offsetof(struct awsc_lambda_get_function_url_config_output, cors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFunctionUrlConfigResponse.Cors: Cors */
        [507] = {REF(members[507].name_ref, strings[4241]), REF(members[507].shape_ref, shapes[537]), offsetof(struct awsc_lambda_get_function_url_config_output, creation_time), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFunctionUrlConfigResponse.CreationTime: Timestamp */
        [508] = {REF(members[508].name_ref, strings[7787]), REF(members[508].shape_ref, shapes[537]), offsetof(struct awsc_lambda_get_function_url_config_output, last_modified_time), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFunctionUrlConfigResponse.LastModifiedTime: Timestamp */
        [509] = {REF(members[509].name_ref, strings[4174]), REF(members[509].shape_ref, shapes[284]), offsetof(struct awsc_lambda_get_function_url_config_output, invoke_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetFunctionUrlConfigResponse.InvokeMode: InvokeMode */
        [510] = {REF(members[510].name_ref, strings[925]), REF(members[510].shape_ref, shapes[315]), offsetof(struct awsc_lambda_get_layer_version_by_arn_input, arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetLayerVersionByArnRequest.Arn: LayerVersionArn */
        [511] = {REF(members[511].name_ref, strings[178]), REF(members[511].shape_ref, shapes[312]), offsetof(struct awsc_lambda_get_layer_version_policy_input, layer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetLayerVersionPolicyRequest.LayerName: LayerName */
        [512] = {REF(members[512].name_ref, strings[188]), REF(members[512].shape_ref, shapes[318]), offsetof(struct awsc_lambda_get_layer_version_policy_input, version_number), offsetof(struct awsc_lambda_get_layer_version_policy_input, has_version_number), AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetLayerVersionPolicyRequest.VersionNumber: LayerVersionNumber */
        [513] = {REF(members[513].name_ref, strings[9141]), REF(members[513].shape_ref, shapes[516]), offsetof(struct awsc_lambda_get_layer_version_policy_output, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetLayerVersionPolicyResponse.Policy: String */
        [514] = {REF(members[514].name_ref, strings[239]), REF(members[514].shape_ref, shapes[516]), offsetof(struct awsc_lambda_get_layer_version_policy_output, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetLayerVersionPolicyResponse.RevisionId: String */
        [515] = {REF(members[515].name_ref, strings[178]), REF(members[515].shape_ref, shapes[312]), offsetof(struct awsc_lambda_get_layer_version_input, layer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetLayerVersionRequest.LayerName: LayerName */
        [516] = {REF(members[516].name_ref, strings[188]), REF(members[516].shape_ref, shapes[318]), offsetof(struct awsc_lambda_get_layer_version_input, version_number), offsetof(struct awsc_lambda_get_layer_version_input, has_version_number), AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetLayerVersionRequest.VersionNumber: LayerVersionNumber */
        [517] = {REF(members[517].name_ref, strings[9195]), REF(members[517].shape_ref, shapes[317]), offsetof(struct awsc_lambda_get_layer_version_response, content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetLayerVersionResponse.Content: LayerVersionContentOutput */
        [518] = {REF(members[518].name_ref, strings[9203]), REF(members[518].shape_ref, shapes[310]), offsetof(struct awsc_lambda_get_layer_version_response, layer_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetLayerVersionResponse.LayerArn: LayerArn */
        [519] = {REF(members[519].name_ref, strings[9212]), REF(members[519].shape_ref, shapes[315]), offsetof(struct awsc_lambda_get_layer_version_response, layer_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetLayerVersionResponse.LayerVersionArn: LayerVersionArn */
        [520] = {REF(members[520].name_ref, strings[556]), REF(members[520].shape_ref, shapes[118]), offsetof(struct awsc_lambda_get_layer_version_response, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetLayerVersionResponse.Description: Description */
        [521] = {REF(members[521].name_ref, strings[9228]), REF(members[521].shape_ref, shapes[537]), offsetof(struct awsc_lambda_get_layer_version_response, created_date), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetLayerVersionResponse.CreatedDate: Timestamp */
        [522] = {REF(members[522].name_ref, strings[7271]), REF(members[522].shape_ref, shapes[318]), offsetof(struct awsc_lambda_get_layer_version_response, version), offsetof(struct awsc_lambda_get_layer_version_response, has_version), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetLayerVersionResponse.Version: LayerVersionNumber */
        [523] = {REF(members[523].name_ref, strings[3022]), REF(members[523].shape_ref, shapes[83]), offsetof(struct awsc_lambda_get_layer_version_response, compatible_architectures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetLayerVersionResponse.CompatibleArchitectures: CompatibleArchitectures */
        [524] = {REF(members[524].name_ref, strings[3046]), REF(members[524].shape_ref, shapes[84]), offsetof(struct awsc_lambda_get_layer_version_response, compatible_runtimes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetLayerVersionResponse.CompatibleRuntimes: CompatibleRuntimes */
        [525] = {REF(members[525].name_ref, strings[9240]), REF(members[525].shape_ref, shapes[324]), offsetof(struct awsc_lambda_get_layer_version_response, license_info), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetLayerVersionResponse.LicenseInfo: LicenseInfo */
        [526] = {REF(members[526].name_ref, strings[315]), REF(members[526].shape_ref, shapes[382]), offsetof(struct awsc_lambda_get_policy_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetPolicyRequest.FunctionName: NamespacedFunctionName */
        [527] = {REF(members[527].name_ref, strings[411]), REF(members[527].shape_ref, shapes[387]), offsetof(struct awsc_lambda_get_policy_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetPolicyRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [528] = {REF(members[528].name_ref, strings[9141]), REF(members[528].shape_ref, shapes[516]), offsetof(struct awsc_lambda_get_policy_output, policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetPolicyResponse.Policy: String */
        [529] = {REF(members[529].name_ref, strings[239]), REF(members[529].shape_ref, shapes[516]), offsetof(struct awsc_lambda_get_policy_output, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetPolicyResponse.RevisionId: String */
        [530] = {REF(members[530].name_ref, strings[315]), REF(members[530].shape_ref, shapes[203]), offsetof(struct awsc_lambda_get_provisioned_concurrency_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetProvisionedConcurrencyConfigRequest.FunctionName: FunctionName */
        [531] = {REF(members[531].name_ref, strings[411]), REF(members[531].shape_ref, shapes[439]), offsetof(struct awsc_lambda_get_provisioned_concurrency_config_input, qualifier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetProvisionedConcurrencyConfigRequest.Qualifier: Qualifier */
        [532] = {REF(members[532].name_ref, strings[9366]), REF(members[532].shape_ref, shapes[409]), offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, requested_provisioned_concurrent_executions), offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, has_requested_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetProvisionedConcurrencyConfigResponse.RequestedProvisionedConcurrentExecutions: PositiveInteger */
        [533] = {REF(members[533].name_ref, strings[9407]), REF(members[533].shape_ref, shapes[385]), offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, available_provisioned_concurrent_executions), offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, has_available_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetProvisionedConcurrencyConfigResponse.AvailableProvisionedConcurrentExecutions: NonNegativeInteger */
        [534] = {REF(members[534].name_ref, strings[9448]), REF(members[534].shape_ref, shapes[385]), offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, allocated_provisioned_concurrent_executions), offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, has_allocated_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetProvisionedConcurrencyConfigResponse.AllocatedProvisionedConcurrentExecutions: NonNegativeInteger */
        [535] = {REF(members[535].name_ref, strings[6616]), REF(members[535].shape_ref, shapes[419]), offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetProvisionedConcurrencyConfigResponse.Status: ProvisionedConcurrencyStatusEnum */
        [536] = {REF(members[536].name_ref, strings[9489]), REF(members[536].shape_ref, shapes[516]), offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, status_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetProvisionedConcurrencyConfigResponse.StatusReason: String */
        [537] = {REF(members[537].name_ref, strings[1488]), REF(members[537].shape_ref, shapes[537]), offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, last_modified), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetProvisionedConcurrencyConfigResponse.LastModified: Timestamp */
        [538] = {REF(members[538].name_ref, strings[315]), REF(members[538].shape_ref, shapes[382]), offsetof(struct awsc_lambda_get_runtime_management_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetRuntimeManagementConfigRequest.FunctionName: NamespacedFunctionName */
        [539] = {REF(members[539].name_ref, strings[411]), REF(members[539].shape_ref, shapes[387]), offsetof(struct awsc_lambda_get_runtime_management_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetRuntimeManagementConfigRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [540] = {REF(members[540].name_ref, strings[9571]), REF(members[540].shape_ref, shapes[564]), offsetof(struct awsc_lambda_get_runtime_management_config_output, update_runtime_on), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetRuntimeManagementConfigResponse.UpdateRuntimeOn: UpdateRuntimeOn */
        [541] = {REF(members[541].name_ref, strings[4229]), REF(members[541].shape_ref, shapes[381]), offsetof(struct awsc_lambda_get_runtime_management_config_output, function_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetRuntimeManagementConfigResponse.FunctionArn: NameSpacedFunctionArn */
        [542] = {REF(members[542].name_ref, strings[9587]), REF(members[542].shape_ref, shapes[461]), offsetof(struct awsc_lambda_get_runtime_management_config_output, runtime_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetRuntimeManagementConfigResponse.RuntimeVersionArn: RuntimeVersionArn */
        [543] = {REF(members[543].name_ref, strings[9635]), REF(members[543].shape_ref, shapes[517]), offsetof(struct awsc_lambda_image_config, entry_point), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImageConfig.EntryPoint: StringList */
        [544] = {REF(members[544].name_ref, strings[9646]), REF(members[544].shape_ref, shapes[517]), offsetof(struct awsc_lambda_image_config, command), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImageConfig.Command: StringList */
        [545] = {REF(members[545].name_ref, strings[9654]), REF(members[545].shape_ref, shapes[577]), offsetof(struct awsc_lambda_image_config, working_directory), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImageConfig.WorkingDirectory: WorkingDirectory */
        [546] = {REF(members[546].name_ref, strings[5231]), REF(members[546].shape_ref, shapes[516]), offsetof(struct awsc_lambda_image_config_error, error_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImageConfigError.ErrorCode: String */
        [547] = {REF(members[547].name_ref, strings[1348]), REF(members[547].shape_ref, shapes[484]), offsetof(struct awsc_lambda_image_config_error, message), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImageConfigError.Message: SensitiveString */
        [548] = {REF(members[548].name_ref, strings[4053]), REF(members[548].shape_ref, shapes[262]), offsetof(struct awsc_lambda_image_config_response, image_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImageConfigResponse.ImageConfig: ImageConfig */
        [549] = {REF(members[549].name_ref, strings[1060]), REF(members[549].shape_ref, shapes[263]), offsetof(struct awsc_lambda_image_config_response, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImageConfigResponse.Error: ImageConfigError */
        [550] = {REF(members[550].name_ref, strings[4065]), REF(members[550].shape_ref, shapes[21]), offsetof(struct awsc_lambda_instance_requirements, architectures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InstanceRequirements.Architectures: ArchitecturesList */
        [551] = {REF(members[551].name_ref, strings[9688]), REF(members[551].shape_ref, shapes[269]), offsetof(struct awsc_lambda_instance_requirements, allowed_instance_types), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InstanceRequirements.AllowedInstanceTypes: InstanceTypeSet */
        [552] = {REF(members[552].name_ref, strings[9709]), REF(members[552].shape_ref, shapes[269]), offsetof(struct awsc_lambda_instance_requirements, excluded_instance_types), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InstanceRequirements.ExcludedInstanceTypes: InstanceTypeSet */
        [553] = {REF(members[553].name_ref, strings[610]), REF(members[553].shape_ref, shapes[516]), offsetof(struct awsc_lambda_invalid_code_signature_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidCodeSignatureException.Type: String */
        [554] = {REF(members[554].name_ref, strings[1348]), REF(members[554].shape_ref, shapes[516]), offsetof(struct awsc_lambda_invalid_code_signature_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidCodeSignatureException.Message: String */
        [555] = {REF(members[555].name_ref, strings[610]), REF(members[555].shape_ref, shapes[516]), offsetof(struct awsc_lambda_invalid_parameter_value_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidParameterValueException.Type: String */
        [556] = {REF(members[556].name_ref, strings[615]), REF(members[556].shape_ref, shapes[516]), offsetof(struct awsc_lambda_invalid_parameter_value_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidParameterValueException.message: String */
        [557] = {REF(members[557].name_ref, strings[610]), REF(members[557].shape_ref, shapes[516]), offsetof(struct awsc_lambda_invalid_request_content_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidRequestContentException.Type: String */
        [558] = {REF(members[558].name_ref, strings[615]), REF(members[558].shape_ref, shapes[516]), offsetof(struct awsc_lambda_invalid_request_content_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidRequestContentException.message: String */
        [559] = {REF(members[559].name_ref, strings[610]), REF(members[559].shape_ref, shapes[516]), offsetof(struct awsc_lambda_invalid_runtime_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidRuntimeException.Type: String */
        [560] = {REF(members[560].name_ref, strings[1348]), REF(members[560].shape_ref, shapes[516]), offsetof(struct awsc_lambda_invalid_runtime_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidRuntimeException.Message: String */
        [561] = {REF(members[561].name_ref, strings[610]), REF(members[561].shape_ref, shapes[516]), offsetof(struct awsc_lambda_invalid_security_group_id_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidSecurityGroupIDException.Type: String */
        [562] = {REF(members[562].name_ref, strings[1348]), REF(members[562].shape_ref, shapes[516]), offsetof(struct awsc_lambda_invalid_security_group_id_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidSecurityGroupIDException.Message: String */
        [563] = {REF(members[563].name_ref, strings[610]), REF(members[563].shape_ref, shapes[516]), offsetof(struct awsc_lambda_invalid_subnet_id_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidSubnetIDException.Type: String */
        [564] = {REF(members[564].name_ref, strings[1348]), REF(members[564].shape_ref, shapes[516]), offsetof(struct awsc_lambda_invalid_subnet_id_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidSubnetIDException.Message: String */
        [565] = {REF(members[565].name_ref, strings[610]), REF(members[565].shape_ref, shapes[516]), offsetof(struct awsc_lambda_invalid_zip_file_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidZipFileException.Type: String */
        [566] = {REF(members[566].name_ref, strings[1348]), REF(members[566].shape_ref, shapes[516]), offsetof(struct awsc_lambda_invalid_zip_file_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvalidZipFileException.Message: String */
        [567] = {REF(members[567].name_ref, strings[6623]), REF(members[567].shape_ref, shapes[183]), offsetof(struct awsc_lambda_invocation_completed_details, start_timestamp), offsetof(struct awsc_lambda_invocation_completed_details, has_start_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvocationCompletedDetails.StartTimestamp: ExecutionTimestamp */
        [568] = {REF(members[568].name_ref, strings[6638]), REF(members[568].shape_ref, shapes[183]), offsetof(struct awsc_lambda_invocation_completed_details, end_timestamp), offsetof(struct awsc_lambda_invocation_completed_details, has_end_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvocationCompletedDetails.EndTimestamp: ExecutionTimestamp */
        [569] = {REF(members[569].name_ref, strings[9965]), REF(members[569].shape_ref, shapes[516]), offsetof(struct awsc_lambda_invocation_completed_details, request_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvocationCompletedDetails.RequestId: String */
        [570] = {REF(members[570].name_ref, strings[1060]), REF(members[570].shape_ref, shapes[155]), offsetof(struct awsc_lambda_invocation_completed_details, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvocationCompletedDetails.Error: EventError */
        [571] = {REF(members[571].name_ref, strings[315]), REF(members[571].shape_ref, shapes[382]), offsetof(struct awsc_lambda_invoke_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* InvocationRequest.FunctionName: NamespacedFunctionName */
        [572] = {REF(members[572].name_ref, strings[9993]), REF(members[572].shape_ref, shapes[281]), offsetof(struct awsc_lambda_invoke_input, invocation_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvocationRequest.InvocationType: InvocationType */
        [573] = {REF(members[573].name_ref, strings[10030]), REF(members[573].shape_ref, shapes[358]), offsetof(struct awsc_lambda_invoke_input, log_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvocationRequest.LogType: LogType */
        [574] = {REF(members[574].name_ref, strings[10053]), REF(members[574].shape_ref, shapes[516]), offsetof(struct awsc_lambda_invoke_input, client_context), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvocationRequest.ClientContext: String */
        [575] = {REF(members[575].name_ref, strings[10088]), REF(members[575].shape_ref, shapes[125]), offsetof(struct awsc_lambda_invoke_input, durable_execution_name), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvocationRequest.DurableExecutionName: DurableExecutionName */
        [576] = {REF(members[576].name_ref, strings[5751]), REF(members[576].shape_ref, shapes[27]), offsetof(struct awsc_lambda_invoke_input, payload), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvocationRequest.Payload: Blob */
        [577] = {REF(members[577].name_ref, strings[411]), REF(members[577].shape_ref, shapes[387]), offsetof(struct awsc_lambda_invoke_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* InvocationRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [578] = {REF(members[578].name_ref, strings[10138]), REF(members[578].shape_ref, shapes[533]), offsetof(struct awsc_lambda_invoke_input, tenant_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvocationRequest.TenantId: TenantId */
        [579] = {REF(members[579].name_ref, strings[4618]), REF(members[579].shape_ref, shapes[270]), offsetof(struct awsc_lambda_invoke_output, status_code), offsetof(struct awsc_lambda_invoke_output, has_status_code), 0, AWSC_LOC_STATUS_CODE, AWSC_TSFMT_DEFAULT}, /* InvocationResponse.StatusCode: Integer */
        [580] = {REF(members[580].name_ref, strings[10182]), REF(members[580].shape_ref, shapes[516]), offsetof(struct awsc_lambda_invoke_output, function_error), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvocationResponse.FunctionError: String */
        [581] = {REF(members[581].name_ref, strings[10217]), REF(members[581].shape_ref, shapes[516]), offsetof(struct awsc_lambda_invoke_output, log_result), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvocationResponse.LogResult: String */
        [582] = {REF(members[582].name_ref, strings[5751]), REF(members[582].shape_ref, shapes[27]), offsetof(struct awsc_lambda_invoke_output, payload), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvocationResponse.Payload: Blob */
        [583] = {REF(members[583].name_ref, strings[10244]), REF(members[583].shape_ref, shapes[565]), offsetof(struct awsc_lambda_invoke_output, executed_version), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvocationResponse.ExecutedVersion: Version */
        [584] = {REF(members[584].name_ref, strings[10283]), REF(members[584].shape_ref, shapes[124]), offsetof(struct awsc_lambda_invoke_output, durable_execution_arn), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvocationResponse.DurableExecutionArn: DurableExecutionArn */
        [585] = {REF(members[585].name_ref, strings[315]), REF(members[585].shape_ref, shapes[382]), offsetof(struct awsc_lambda_invoke_async_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* InvokeAsyncRequest.FunctionName: NamespacedFunctionName */
        [586] = {REF(members[586].name_ref, strings[10394]), REF(members[586].shape_ref, shapes[28]), offsetof(struct awsc_lambda_invoke_async_input, invoke_args), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_STREAMING, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeAsyncRequest.InvokeArgs: BlobStream */
        [587] = {REF(members[587].name_ref, strings[6616]), REF(members[587].shape_ref, shapes[261]), offsetof(struct awsc_lambda_invoke_async_output, status), offsetof(struct awsc_lambda_invoke_async_output, has_status), 0, AWSC_LOC_STATUS_CODE, AWSC_TSFMT_DEFAULT}, /* InvokeAsyncResponse.Status: HttpStatus */
        [588] = {REF(members[588].name_ref, strings[5751]), REF(members[588].shape_ref, shapes[27]), offsetof(struct awsc_lambda_invoke_response_stream_update, payload), AWSC_NO_PRESENCE, AWSC_MF_EVENTPAYLOAD | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeResponseStreamUpdate.Payload: Blob */
        [589] = {REF(members[589].name_ref, strings[5231]), REF(members[589].shape_ref, shapes[516]), offsetof(struct awsc_lambda_invoke_with_response_stream_complete_event, error_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeWithResponseStreamCompleteEvent.ErrorCode: String */
        [590] = {REF(members[590].name_ref, strings[10515]), REF(members[590].shape_ref, shapes[516]), offsetof(struct awsc_lambda_invoke_with_response_stream_complete_event, error_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeWithResponseStreamCompleteEvent.ErrorDetails: String */
        [591] = {REF(members[591].name_ref, strings[10528]), REF(members[591].shape_ref, shapes[516]), offsetof(struct awsc_lambda_invoke_with_response_stream_complete_event, log_result), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeWithResponseStreamCompleteEvent.LogResult: String */
        [592] = {REF(members[592].name_ref, strings[315]), REF(members[592].shape_ref, shapes[382]), offsetof(struct awsc_lambda_invoke_with_response_stream_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* InvokeWithResponseStreamRequest.FunctionName: NamespacedFunctionName */
        [593] = {REF(members[593].name_ref, strings[10030]), REF(members[593].shape_ref, shapes[358]), offsetof(struct awsc_lambda_invoke_with_response_stream_input, log_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeWithResponseStreamRequest.LogType: LogType */
        [594] = {REF(members[594].name_ref, strings[10053]), REF(members[594].shape_ref, shapes[516]), offsetof(struct awsc_lambda_invoke_with_response_stream_input, client_context), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeWithResponseStreamRequest.ClientContext: String */
        [595] = {REF(members[595].name_ref, strings[411]), REF(members[595].shape_ref, shapes[387]), offsetof(struct awsc_lambda_invoke_with_response_stream_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* InvokeWithResponseStreamRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [596] = {REF(members[596].name_ref, strings[5751]), REF(members[596].shape_ref, shapes[27]), offsetof(struct awsc_lambda_invoke_with_response_stream_input, payload), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeWithResponseStreamRequest.Payload: Blob */
        [597] = {REF(members[597].name_ref, strings[10138]), REF(members[597].shape_ref, shapes[533]), offsetof(struct awsc_lambda_invoke_with_response_stream_input, tenant_id), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeWithResponseStreamRequest.TenantId: TenantId */
        [598] = {REF(members[598].name_ref, strings[9993]), REF(members[598].shape_ref, shapes[455]), offsetof(struct awsc_lambda_invoke_with_response_stream_input, invocation_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeWithResponseStreamRequest.InvocationType: ResponseStreamingInvocationType */
        [599] = {REF(members[599].name_ref, strings[4618]), REF(members[599].shape_ref, shapes[270]), offsetof(struct awsc_lambda_invoke_with_response_stream_output, status_code), offsetof(struct awsc_lambda_invoke_with_response_stream_output, has_status_code), 0, AWSC_LOC_STATUS_CODE, AWSC_TSFMT_DEFAULT}, /* InvokeWithResponseStreamResponse.StatusCode: Integer */
        [600] = {REF(members[600].name_ref, strings[10244]), REF(members[600].shape_ref, shapes[565]), offsetof(struct awsc_lambda_invoke_with_response_stream_output, executed_version), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeWithResponseStreamResponse.ExecutedVersion: Version */
        [601] = {REF(members[601].name_ref, strings[10603]), REF(members[601].shape_ref, shapes[289]), offsetof(struct awsc_lambda_invoke_with_response_stream_output, event_stream), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeWithResponseStreamResponse.EventStream: InvokeWithResponseStreamResponseEvent */
        [602] = {REF(members[602].name_ref, strings[10615]), REF(members[602].shape_ref, shapes[516]), offsetof(struct awsc_lambda_invoke_with_response_stream_output, response_stream_content_type), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* InvokeWithResponseStreamResponse.ResponseStreamContentType: String */
        [603] = {REF(members[603].name_ref, strings[10692]), REF(members[603].shape_ref, shapes[285]), offsetof(struct awsc_lambda_invoke_with_response_stream_event, payload_chunk), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeWithResponseStreamResponseEvent.PayloadChunk: InvokeResponseStreamUpdate */
        [604] = {REF(members[604].name_ref, strings[10705]), REF(members[604].shape_ref, shapes[286]), offsetof(struct awsc_lambda_invoke_with_response_stream_event, invoke_complete), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InvokeWithResponseStreamResponseEvent.InvokeComplete: InvokeWithResponseStreamCompleteEvent */
        [605] = {REF(members[605].name_ref, strings[610]), REF(members[605].shape_ref, shapes[516]), offsetof(struct awsc_lambda_kms_access_denied_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KMSAccessDeniedException.Type: String */
        [606] = {REF(members[606].name_ref, strings[1348]), REF(members[606].shape_ref, shapes[516]), offsetof(struct awsc_lambda_kms_access_denied_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KMSAccessDeniedException.Message: String */
        [607] = {REF(members[607].name_ref, strings[610]), REF(members[607].shape_ref, shapes[516]), offsetof(struct awsc_lambda_kms_disabled_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KMSDisabledException.Type: String */
        [608] = {REF(members[608].name_ref, strings[1348]), REF(members[608].shape_ref, shapes[516]), offsetof(struct awsc_lambda_kms_disabled_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KMSDisabledException.Message: String */
        [609] = {REF(members[609].name_ref, strings[610]), REF(members[609].shape_ref, shapes[516]), offsetof(struct awsc_lambda_kms_invalid_state_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KMSInvalidStateException.Type: String */
        [610] = {REF(members[610].name_ref, strings[1348]), REF(members[610].shape_ref, shapes[516]), offsetof(struct awsc_lambda_kms_invalid_state_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KMSInvalidStateException.Message: String */
        [611] = {REF(members[611].name_ref, strings[610]), REF(members[611].shape_ref, shapes[516]), offsetof(struct awsc_lambda_kms_not_found_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KMSNotFoundException.Type: String */
        [612] = {REF(members[612].name_ref, strings[1348]), REF(members[612].shape_ref, shapes[516]), offsetof(struct awsc_lambda_kms_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KMSNotFoundException.Message: String */
        [613] = {REF(members[613].name_ref, strings[610]), REF(members[613].shape_ref, shapes[300]), offsetof(struct awsc_lambda_kafka_schema_registry_access_config, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KafkaSchemaRegistryAccessConfig.Type: KafkaSchemaRegistryAuthType */
        [614] = {REF(members[614].name_ref, strings[10872]), REF(members[614].shape_ref, shapes[22]), offsetof(struct awsc_lambda_kafka_schema_registry_access_config, uri), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KafkaSchemaRegistryAccessConfig.URI: Arn */
        [615] = {REF(members[615].name_ref, strings[11032]), REF(members[615].shape_ref, shapes[473]), offsetof(struct awsc_lambda_kafka_schema_registry_config, schema_registry_uri), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KafkaSchemaRegistryConfig.SchemaRegistryURI: SchemaRegistryUri */
        [616] = {REF(members[616].name_ref, strings[11050]), REF(members[616].shape_ref, shapes[472]), offsetof(struct awsc_lambda_kafka_schema_registry_config, event_record_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KafkaSchemaRegistryConfig.EventRecordFormat: SchemaRegistryEventRecordFormat */
        [617] = {REF(members[617].name_ref, strings[11068]), REF(members[617].shape_ref, shapes[299]), offsetof(struct awsc_lambda_kafka_schema_registry_config, access_configs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KafkaSchemaRegistryConfig.AccessConfigs: KafkaSchemaRegistryAccessConfigList */
        [618] = {REF(members[618].name_ref, strings[11082]), REF(members[618].shape_ref, shapes[304]), offsetof(struct awsc_lambda_kafka_schema_registry_config, schema_validation_configs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KafkaSchemaRegistryConfig.SchemaValidationConfigs: KafkaSchemaValidationConfigList */
        [619] = {REF(members[619].name_ref, strings[11175]), REF(members[619].shape_ref, shapes[302]), offsetof(struct awsc_lambda_kafka_schema_validation_config, attribute), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KafkaSchemaValidationConfig.Attribute: KafkaSchemaValidationAttribute */
        [620] = {REF(members[620].name_ref, strings[1373]), REF(members[620].shape_ref, shapes[41]), offsetof(struct awsc_lambda_lambda_managed_instances_capacity_provider_config, capacity_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LambdaManagedInstancesCapacityProviderConfig.CapacityProviderArn: CapacityProviderArn */
        [621] = {REF(members[621].name_ref, strings[11217]), REF(members[621].shape_ref, shapes[407]), offsetof(struct awsc_lambda_lambda_managed_instances_capacity_provider_config, per_execution_environment_max_concurrency), offsetof(struct awsc_lambda_lambda_managed_instances_capacity_provider_config, has_per_execution_environment_max_concurrency), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LambdaManagedInstancesCapacityProviderConfig.PerExecutionEnvironmentMaxConcurrency: PerExecutionEnvironmentMaxConcurrency */
        [622] = {REF(members[622].name_ref, strings[6703]), REF(members[622].shape_ref, shapes[174]), offsetof(struct awsc_lambda_lambda_managed_instances_capacity_provider_config, execution_environment_memory_gi_b_per_v_cpu), offsetof(struct awsc_lambda_lambda_managed_instances_capacity_provider_config, has_execution_environment_memory_gi_b_per_v_cpu), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LambdaManagedInstancesCapacityProviderConfig.ExecutionEnvironmentMemoryGiBPerVCpu: ExecutionEnvironmentMemoryGiBPerVCpu */
        [623] = {REF(members[623].name_ref, strings[925]), REF(members[623].shape_ref, shapes[315]), offsetof(struct awsc_lambda_layer, arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Layer.Arn: LayerVersionArn */
        [624] = {REF(members[624].name_ref, strings[7251]), REF(members[624].shape_ref, shapes[360]), offsetof(struct awsc_lambda_layer, code_size), offsetof(struct awsc_lambda_layer, has_code_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Layer.CodeSize: Long */
        [625] = {REF(members[625].name_ref, strings[7384]), REF(members[625].shape_ref, shapes[22]), offsetof(struct awsc_lambda_layer, signing_profile_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Layer.SigningProfileVersionArn: Arn */
        [626] = {REF(members[626].name_ref, strings[7409]), REF(members[626].shape_ref, shapes[22]), offsetof(struct awsc_lambda_layer, signing_job_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Layer.SigningJobArn: Arn */
        [627] = {REF(members[627].name_ref, strings[7048]), REF(members[627].shape_ref, shapes[464]), offsetof(struct awsc_lambda_layer_version_content_input, s3_bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LayerVersionContentInput.S3Bucket: S3Bucket */
        [628] = {REF(members[628].name_ref, strings[7057]), REF(members[628].shape_ref, shapes[468]), offsetof(struct awsc_lambda_layer_version_content_input, s3_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LayerVersionContentInput.S3Key: S3Key */
        [629] = {REF(members[629].name_ref, strings[7063]), REF(members[629].shape_ref, shapes[470]), offsetof(struct awsc_lambda_layer_version_content_input, s3_object_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LayerVersionContentInput.S3ObjectVersion: S3ObjectVersion */
        [630] = {REF(members[630].name_ref, strings[7079]), REF(members[630].shape_ref, shapes[469]), offsetof(struct awsc_lambda_layer_version_content_input, s3_object_storage_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LayerVersionContentInput.S3ObjectStorageMode: S3ObjectStorageMode */
        [631] = {REF(members[631].name_ref, strings[7040]), REF(members[631].shape_ref, shapes[27]), offsetof(struct awsc_lambda_layer_version_content_input, zip_file), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LayerVersionContentInput.ZipFile: Blob */
        [632] = {REF(members[632].name_ref, strings[7160]), REF(members[632].shape_ref, shapes[485]), offsetof(struct awsc_lambda_layer_version_content_output, location), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LayerVersionContentOutput.Location: SensitiveStringOnServerOnly */
        [633] = {REF(members[633].name_ref, strings[7260]), REF(members[633].shape_ref, shapes[516]), offsetof(struct awsc_lambda_layer_version_content_output, code_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LayerVersionContentOutput.CodeSha256: String */
        [634] = {REF(members[634].name_ref, strings[7251]), REF(members[634].shape_ref, shapes[360]), offsetof(struct awsc_lambda_layer_version_content_output, code_size), offsetof(struct awsc_lambda_layer_version_content_output, has_code_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LayerVersionContentOutput.CodeSize: Long */
        [635] = {REF(members[635].name_ref, strings[7384]), REF(members[635].shape_ref, shapes[22]), offsetof(struct awsc_lambda_layer_version_content_output, signing_profile_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LayerVersionContentOutput.SigningProfileVersionArn: Arn */
        [636] = {REF(members[636].name_ref, strings[7409]), REF(members[636].shape_ref, shapes[22]), offsetof(struct awsc_lambda_layer_version_content_output, signing_job_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LayerVersionContentOutput.SigningJobArn: Arn */
        [637] = {REF(members[637].name_ref, strings[7186]), REF(members[637].shape_ref, shapes[449]), offsetof(struct awsc_lambda_layer_version_content_output, resolved_s3_object), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LayerVersionContentOutput.ResolvedS3Object: ResolvedS3Object */
        [638] = {REF(members[638].name_ref, strings[9212]), REF(members[638].shape_ref, shapes[315]), offsetof(struct awsc_lambda_layer_versions_list_item, layer_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LayerVersionsListItem.LayerVersionArn: LayerVersionArn */
        [639] = {REF(members[639].name_ref, strings[7271]), REF(members[639].shape_ref, shapes[318]), offsetof(struct awsc_lambda_layer_versions_list_item, version), offsetof(struct awsc_lambda_layer_versions_list_item, has_version), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LayerVersionsListItem.Version: LayerVersionNumber */
        [640] = {REF(members[640].name_ref, strings[556]), REF(members[640].shape_ref, shapes[118]), offsetof(struct awsc_lambda_layer_versions_list_item, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LayerVersionsListItem.Description: Description */
        [641] = {REF(members[641].name_ref, strings[9228]), REF(members[641].shape_ref, shapes[537]), offsetof(struct awsc_lambda_layer_versions_list_item, created_date), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LayerVersionsListItem.CreatedDate: Timestamp */
        [642] = {REF(members[642].name_ref, strings[3022]), REF(members[642].shape_ref, shapes[83]), offsetof(struct awsc_lambda_layer_versions_list_item, compatible_architectures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LayerVersionsListItem.CompatibleArchitectures: CompatibleArchitectures */
        [643] = {REF(members[643].name_ref, strings[3046]), REF(members[643].shape_ref, shapes[84]), offsetof(struct awsc_lambda_layer_versions_list_item, compatible_runtimes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LayerVersionsListItem.CompatibleRuntimes: CompatibleRuntimes */
        [644] = {REF(members[644].name_ref, strings[9240]), REF(members[644].shape_ref, shapes[324]), offsetof(struct awsc_lambda_layer_versions_list_item, license_info), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LayerVersionsListItem.LicenseInfo: LicenseInfo */
        [645] = {REF(members[645].name_ref, strings[178]), REF(members[645].shape_ref, shapes[312]), offsetof(struct awsc_lambda_layers_list_item, layer_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LayersListItem.LayerName: LayerName */
        [646] = {REF(members[646].name_ref, strings[9203]), REF(members[646].shape_ref, shapes[310]), offsetof(struct awsc_lambda_layers_list_item, layer_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LayersListItem.LayerArn: LayerArn */
        [647] = {REF(members[647].name_ref, strings[12307]), REF(members[647].shape_ref, shapes[320]), offsetof(struct awsc_lambda_layers_list_item, latest_matching_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LayersListItem.LatestMatchingVersion: LayerVersionsListItem */
        [648] = {REF(members[648].name_ref, strings[315]), REF(members[648].shape_ref, shapes[203]), offsetof(struct awsc_lambda_list_aliases_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListAliasesRequest.FunctionName: FunctionName */
        [649] = {REF(members[649].name_ref, strings[540]), REF(members[649].shape_ref, shapes[566]), offsetof(struct awsc_lambda_list_aliases_input, function_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListAliasesRequest.FunctionVersion: VersionWithLatestPublished */
        [650] = {REF(members[650].name_ref, strings[8308]), REF(members[650].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_aliases_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListAliasesRequest.Marker: String */
        [651] = {REF(members[651].name_ref, strings[8299]), REF(members[651].shape_ref, shapes[367]), offsetof(struct awsc_lambda_list_aliases_input, max_items), offsetof(struct awsc_lambda_list_aliases_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListAliasesRequest.MaxItems: MaxListItems */
        [652] = {REF(members[652].name_ref, strings[2640]), REF(members[652].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_aliases_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAliasesResponse.NextMarker: String */
        [653] = {REF(members[653].name_ref, strings[12388]), REF(members[653].shape_ref, shapes[12]), offsetof(struct awsc_lambda_list_aliases_output, aliases), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListAliasesResponse.Aliases: AliasList */
        [654] = {REF(members[654].name_ref, strings[1393]), REF(members[654].shape_ref, shapes[53]), offsetof(struct awsc_lambda_list_capacity_providers_input, state), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListCapacityProvidersRequest.State: CapacityProviderState */
        [655] = {REF(members[655].name_ref, strings[8308]), REF(members[655].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_capacity_providers_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListCapacityProvidersRequest.Marker: String */
        [656] = {REF(members[656].name_ref, strings[8299]), REF(members[656].shape_ref, shapes[363]), offsetof(struct awsc_lambda_list_capacity_providers_input, max_items), offsetof(struct awsc_lambda_list_capacity_providers_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListCapacityProvidersRequest.MaxItems: MaxFiftyListItems */
        [657] = {REF(members[657].name_ref, strings[12455]), REF(members[657].shape_ref, shapes[57]), offsetof(struct awsc_lambda_list_capacity_providers_output, capacity_providers), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListCapacityProvidersResponse.CapacityProviders: CapacityProvidersList */
        [658] = {REF(members[658].name_ref, strings[2640]), REF(members[658].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_capacity_providers_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListCapacityProvidersResponse.NextMarker: String */
        [659] = {REF(members[659].name_ref, strings[8308]), REF(members[659].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_code_signing_configs_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListCodeSigningConfigsRequest.Marker: String */
        [660] = {REF(members[660].name_ref, strings[8299]), REF(members[660].shape_ref, shapes[367]), offsetof(struct awsc_lambda_list_code_signing_configs_input, max_items), offsetof(struct awsc_lambda_list_code_signing_configs_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListCodeSigningConfigsRequest.MaxItems: MaxListItems */
        [661] = {REF(members[661].name_ref, strings[2640]), REF(members[661].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_code_signing_configs_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListCodeSigningConfigsResponse.NextMarker: String */
        [662] = {REF(members[662].name_ref, strings[12534]), REF(members[662].shape_ref, shapes[76]), offsetof(struct awsc_lambda_list_code_signing_configs_output, code_signing_configs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListCodeSigningConfigsResponse.CodeSigningConfigs: CodeSigningConfigList */
        [663] = {REF(members[663].name_ref, strings[315]), REF(members[663].shape_ref, shapes[382]), offsetof(struct awsc_lambda_list_durable_executions_by_function_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListDurableExecutionsByFunctionRequest.FunctionName: NamespacedFunctionName */
        [664] = {REF(members[664].name_ref, strings[411]), REF(members[664].shape_ref, shapes[387]), offsetof(struct awsc_lambda_list_durable_executions_by_function_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListDurableExecutionsByFunctionRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [665] = {REF(members[665].name_ref, strings[4855]), REF(members[665].shape_ref, shapes[125]), offsetof(struct awsc_lambda_list_durable_executions_by_function_input, durable_execution_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListDurableExecutionsByFunctionRequest.DurableExecutionName: DurableExecutionName */
        [666] = {REF(members[666].name_ref, strings[12592]), REF(members[666].shape_ref, shapes[178]), offsetof(struct awsc_lambda_list_durable_executions_by_function_input, statuses), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListDurableExecutionsByFunctionRequest.Statuses: ExecutionStatusList */
        [667] = {REF(members[667].name_ref, strings[12601]), REF(members[667].shape_ref, shapes[183]), offsetof(struct awsc_lambda_list_durable_executions_by_function_input, started_after), offsetof(struct awsc_lambda_list_durable_executions_by_function_input, has_started_after), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListDurableExecutionsByFunctionRequest.StartedAfter: ExecutionTimestamp */
        [668] = {REF(members[668].name_ref, strings[12614]), REF(members[668].shape_ref, shapes[183]), offsetof(struct awsc_lambda_list_durable_executions_by_function_input, started_before), offsetof(struct awsc_lambda_list_durable_executions_by_function_input, has_started_before), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListDurableExecutionsByFunctionRequest.StartedBefore: ExecutionTimestamp */
        [669] = {REF(members[669].name_ref, strings[8315]), REF(members[669].shape_ref, shapes[458]), offsetof(struct awsc_lambda_list_durable_executions_by_function_input, reverse_order), offsetof(struct awsc_lambda_list_durable_executions_by_function_input, has_reverse_order), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListDurableExecutionsByFunctionRequest.ReverseOrder: ReverseOrder */
        [670] = {REF(members[670].name_ref, strings[8308]), REF(members[670].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_durable_executions_by_function_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListDurableExecutionsByFunctionRequest.Marker: String */
        [671] = {REF(members[671].name_ref, strings[8299]), REF(members[671].shape_ref, shapes[291]), offsetof(struct awsc_lambda_list_durable_executions_by_function_input, max_items), offsetof(struct awsc_lambda_list_durable_executions_by_function_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListDurableExecutionsByFunctionRequest.MaxItems: ItemCount */
        [672] = {REF(members[672].name_ref, strings[4876]), REF(members[672].shape_ref, shapes[126]), offsetof(struct awsc_lambda_list_durable_executions_by_function_output, durable_executions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDurableExecutionsByFunctionResponse.DurableExecutions: DurableExecutions */
        [673] = {REF(members[673].name_ref, strings[2640]), REF(members[673].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_durable_executions_by_function_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDurableExecutionsByFunctionResponse.NextMarker: String */
        [674] = {REF(members[674].name_ref, strings[3463]), REF(members[674].shape_ref, shapes[22]), offsetof(struct awsc_lambda_list_event_source_mappings_input, event_source_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListEventSourceMappingsRequest.EventSourceArn: Arn */
        [675] = {REF(members[675].name_ref, strings[315]), REF(members[675].shape_ref, shapes[382]), offsetof(struct awsc_lambda_list_event_source_mappings_input, function_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListEventSourceMappingsRequest.FunctionName: NamespacedFunctionName */
        [676] = {REF(members[676].name_ref, strings[8308]), REF(members[676].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_event_source_mappings_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListEventSourceMappingsRequest.Marker: String */
        [677] = {REF(members[677].name_ref, strings[8299]), REF(members[677].shape_ref, shapes[367]), offsetof(struct awsc_lambda_list_event_source_mappings_input, max_items), offsetof(struct awsc_lambda_list_event_source_mappings_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListEventSourceMappingsRequest.MaxItems: MaxListItems */
        [678] = {REF(members[678].name_ref, strings[2640]), REF(members[678].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_event_source_mappings_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListEventSourceMappingsResponse.NextMarker: String */
        [679] = {REF(members[679].name_ref, strings[12731]), REF(members[679].shape_ref, shapes[166]), offsetof(struct awsc_lambda_list_event_source_mappings_output, event_source_mappings), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListEventSourceMappingsResponse.EventSourceMappings: EventSourceMappingsList */
        [680] = {REF(members[680].name_ref, strings[315]), REF(members[680].shape_ref, shapes[382]), offsetof(struct awsc_lambda_list_function_event_invoke_configs_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListFunctionEventInvokeConfigsRequest.FunctionName: NamespacedFunctionName */
        [681] = {REF(members[681].name_ref, strings[8308]), REF(members[681].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_function_event_invoke_configs_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListFunctionEventInvokeConfigsRequest.Marker: String */
        [682] = {REF(members[682].name_ref, strings[8299]), REF(members[682].shape_ref, shapes[364]), offsetof(struct awsc_lambda_list_function_event_invoke_configs_input, max_items), offsetof(struct awsc_lambda_list_function_event_invoke_configs_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListFunctionEventInvokeConfigsRequest.MaxItems: MaxFunctionEventInvokeConfigListItems */
        [683] = {REF(members[683].name_ref, strings[12828]), REF(members[683].shape_ref, shapes[201]), offsetof(struct awsc_lambda_list_function_event_invoke_configs_output, function_event_invoke_configs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListFunctionEventInvokeConfigsResponse.FunctionEventInvokeConfigs: FunctionEventInvokeConfigList */
        [684] = {REF(members[684].name_ref, strings[2640]), REF(members[684].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_function_event_invoke_configs_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListFunctionEventInvokeConfigsResponse.NextMarker: String */
        [685] = {REF(members[685].name_ref, strings[315]), REF(members[685].shape_ref, shapes[212]), offsetof(struct awsc_lambda_list_function_url_configs_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListFunctionUrlConfigsRequest.FunctionName: FunctionUrlFunctionName */
        [686] = {REF(members[686].name_ref, strings[8308]), REF(members[686].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_function_url_configs_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListFunctionUrlConfigsRequest.Marker: String */
        [687] = {REF(members[687].name_ref, strings[8299]), REF(members[687].shape_ref, shapes[365]), offsetof(struct awsc_lambda_list_function_url_configs_input, max_items), offsetof(struct awsc_lambda_list_function_url_configs_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListFunctionUrlConfigsRequest.MaxItems: MaxItems */
        [688] = {REF(members[688].name_ref, strings[12916]), REF(members[688].shape_ref, shapes[211]), offsetof(struct awsc_lambda_list_function_url_configs_output, function_url_configs), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListFunctionUrlConfigsResponse.FunctionUrlConfigs: FunctionUrlConfigList */
        [689] = {REF(members[689].name_ref, strings[2640]), REF(members[689].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_function_url_configs_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListFunctionUrlConfigsResponse.NextMarker: String */
        [690] = {REF(members[690].name_ref, strings[1721]), REF(members[690].shape_ref, shapes[46]), offsetof(struct awsc_lambda_list_function_versions_by_capacity_provider_input, capacity_provider_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListFunctionVersionsByCapacityProviderRequest.CapacityProviderName: CapacityProviderName */
        [691] = {REF(members[691].name_ref, strings[8308]), REF(members[691].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_function_versions_by_capacity_provider_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListFunctionVersionsByCapacityProviderRequest.Marker: String */
        [692] = {REF(members[692].name_ref, strings[8299]), REF(members[692].shape_ref, shapes[363]), offsetof(struct awsc_lambda_list_function_versions_by_capacity_provider_input, max_items), offsetof(struct awsc_lambda_list_function_versions_by_capacity_provider_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListFunctionVersionsByCapacityProviderRequest.MaxItems: MaxFiftyListItems */
        [693] = {REF(members[693].name_ref, strings[1373]), REF(members[693].shape_ref, shapes[41]), offsetof(struct awsc_lambda_list_function_versions_by_capacity_provider_output, capacity_provider_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListFunctionVersionsByCapacityProviderResponse.CapacityProviderArn: CapacityProviderArn */
        [694] = {REF(members[694].name_ref, strings[13028]), REF(members[694].shape_ref, shapes[216]), offsetof(struct awsc_lambda_list_function_versions_by_capacity_provider_output, function_versions), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListFunctionVersionsByCapacityProviderResponse.FunctionVersions: FunctionVersionsByCapacityProviderList */
        [695] = {REF(members[695].name_ref, strings[2640]), REF(members[695].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_function_versions_by_capacity_provider_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListFunctionVersionsByCapacityProviderResponse.NextMarker: String */
        [696] = {REF(members[696].name_ref, strings[2787]), REF(members[696].shape_ref, shapes[74]), offsetof(struct awsc_lambda_list_functions_by_code_signing_config_input, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListFunctionsByCodeSigningConfigRequest.CodeSigningConfigArn: CodeSigningConfigArn */
        [697] = {REF(members[697].name_ref, strings[8308]), REF(members[697].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_functions_by_code_signing_config_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListFunctionsByCodeSigningConfigRequest.Marker: String */
        [698] = {REF(members[698].name_ref, strings[8299]), REF(members[698].shape_ref, shapes[367]), offsetof(struct awsc_lambda_list_functions_by_code_signing_config_input, max_items), offsetof(struct awsc_lambda_list_functions_by_code_signing_config_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListFunctionsByCodeSigningConfigRequest.MaxItems: MaxListItems */
        [699] = {REF(members[699].name_ref, strings[2640]), REF(members[699].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_functions_by_code_signing_config_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListFunctionsByCodeSigningConfigResponse.NextMarker: String */
        [700] = {REF(members[700].name_ref, strings[13126]), REF(members[700].shape_ref, shapes[195]), offsetof(struct awsc_lambda_list_functions_by_code_signing_config_output, function_arns), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListFunctionsByCodeSigningConfigResponse.FunctionArns: FunctionArnList */
        [701] = {REF(members[701].name_ref, strings[13160]), REF(members[701].shape_ref, shapes[361]), offsetof(struct awsc_lambda_list_functions_input, master_region), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListFunctionsRequest.MasterRegion: MasterRegion */
        [702] = {REF(members[702].name_ref, strings[540]), REF(members[702].shape_ref, shapes[214]), offsetof(struct awsc_lambda_list_functions_input, function_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListFunctionsRequest.FunctionVersion: FunctionVersion */
        [703] = {REF(members[703].name_ref, strings[8308]), REF(members[703].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_functions_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListFunctionsRequest.Marker: String */
        [704] = {REF(members[704].name_ref, strings[8299]), REF(members[704].shape_ref, shapes[367]), offsetof(struct awsc_lambda_list_functions_input, max_items), offsetof(struct awsc_lambda_list_functions_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListFunctionsRequest.MaxItems: MaxListItems */
        [705] = {REF(members[705].name_ref, strings[2640]), REF(members[705].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_functions_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListFunctionsResponse.NextMarker: String */
        [706] = {REF(members[706].name_ref, strings[13195]), REF(members[706].shape_ref, shapes[202]), offsetof(struct awsc_lambda_list_functions_output, functions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListFunctionsResponse.Functions: FunctionList */
        [707] = {REF(members[707].name_ref, strings[13230]), REF(members[707].shape_ref, shapes[20]), offsetof(struct awsc_lambda_list_layer_versions_input, compatible_architecture), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListLayerVersionsRequest.CompatibleArchitecture: Architecture */
        [708] = {REF(members[708].name_ref, strings[13253]), REF(members[708].shape_ref, shapes[460]), offsetof(struct awsc_lambda_list_layer_versions_input, compatible_runtime), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListLayerVersionsRequest.CompatibleRuntime: Runtime */
        [709] = {REF(members[709].name_ref, strings[178]), REF(members[709].shape_ref, shapes[312]), offsetof(struct awsc_lambda_list_layer_versions_input, layer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListLayerVersionsRequest.LayerName: LayerName */
        [710] = {REF(members[710].name_ref, strings[8308]), REF(members[710].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_layer_versions_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListLayerVersionsRequest.Marker: String */
        [711] = {REF(members[711].name_ref, strings[8299]), REF(members[711].shape_ref, shapes[366]), offsetof(struct awsc_lambda_list_layer_versions_input, max_items), offsetof(struct awsc_lambda_list_layer_versions_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListLayerVersionsRequest.MaxItems: MaxLayerListItems */
        [712] = {REF(members[712].name_ref, strings[2640]), REF(members[712].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_layer_versions_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListLayerVersionsResponse.NextMarker: String */
        [713] = {REF(members[713].name_ref, strings[13297]), REF(members[713].shape_ref, shapes[319]), offsetof(struct awsc_lambda_list_layer_versions_output, layer_versions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListLayerVersionsResponse.LayerVersions: LayerVersionsList */
        [714] = {REF(members[714].name_ref, strings[13230]), REF(members[714].shape_ref, shapes[20]), offsetof(struct awsc_lambda_list_layers_input, compatible_architecture), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListLayersRequest.CompatibleArchitecture: Architecture */
        [715] = {REF(members[715].name_ref, strings[13253]), REF(members[715].shape_ref, shapes[460]), offsetof(struct awsc_lambda_list_layers_input, compatible_runtime), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListLayersRequest.CompatibleRuntime: Runtime */
        [716] = {REF(members[716].name_ref, strings[8308]), REF(members[716].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_layers_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListLayersRequest.Marker: String */
        [717] = {REF(members[717].name_ref, strings[8299]), REF(members[717].shape_ref, shapes[366]), offsetof(struct awsc_lambda_list_layers_input, max_items), offsetof(struct awsc_lambda_list_layers_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListLayersRequest.MaxItems: MaxLayerListItems */
        [718] = {REF(members[718].name_ref, strings[2640]), REF(members[718].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_layers_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListLayersResponse.NextMarker: String */
        [719] = {REF(members[719].name_ref, strings[4028]), REF(members[719].shape_ref, shapes[321]), offsetof(struct awsc_lambda_list_layers_output, layers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListLayersResponse.Layers: LayersList */
        [720] = {REF(members[720].name_ref, strings[315]), REF(members[720].shape_ref, shapes[203]), offsetof(struct awsc_lambda_list_provisioned_concurrency_configs_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListProvisionedConcurrencyConfigsRequest.FunctionName: FunctionName */
        [721] = {REF(members[721].name_ref, strings[8308]), REF(members[721].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_provisioned_concurrency_configs_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListProvisionedConcurrencyConfigsRequest.Marker: String */
        [722] = {REF(members[722].name_ref, strings[8299]), REF(members[722].shape_ref, shapes[368]), offsetof(struct awsc_lambda_list_provisioned_concurrency_configs_input, max_items), offsetof(struct awsc_lambda_list_provisioned_concurrency_configs_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListProvisionedConcurrencyConfigsRequest.MaxItems: MaxProvisionedConcurrencyConfigListItems */
        [723] = {REF(members[723].name_ref, strings[13431]), REF(members[723].shape_ref, shapes[416]), offsetof(struct awsc_lambda_list_provisioned_concurrency_configs_output, provisioned_concurrency_configs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListProvisionedConcurrencyConfigsResponse.ProvisionedConcurrencyConfigs: ProvisionedConcurrencyConfigList */
        [724] = {REF(members[724].name_ref, strings[2640]), REF(members[724].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_provisioned_concurrency_configs_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListProvisionedConcurrencyConfigsResponse.NextMarker: String */
        [725] = {REF(members[725].name_ref, strings[13477]), REF(members[725].shape_ref, shapes[526]), offsetof(struct awsc_lambda_list_tags_input, resource), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListTagsRequest.Resource: TaggableResource */
        [726] = {REF(members[726].name_ref, strings[3332]), REF(members[726].shape_ref, shapes[527]), offsetof(struct awsc_lambda_list_tags_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTagsResponse.Tags: Tags */
        [727] = {REF(members[727].name_ref, strings[315]), REF(members[727].shape_ref, shapes[382]), offsetof(struct awsc_lambda_list_versions_by_function_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListVersionsByFunctionRequest.FunctionName: NamespacedFunctionName */
        [728] = {REF(members[728].name_ref, strings[8308]), REF(members[728].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_versions_by_function_input, marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListVersionsByFunctionRequest.Marker: String */
        [729] = {REF(members[729].name_ref, strings[8299]), REF(members[729].shape_ref, shapes[367]), offsetof(struct awsc_lambda_list_versions_by_function_input, max_items), offsetof(struct awsc_lambda_list_versions_by_function_input, has_max_items), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListVersionsByFunctionRequest.MaxItems: MaxListItems */
        [730] = {REF(members[730].name_ref, strings[2640]), REF(members[730].shape_ref, shapes[516]), offsetof(struct awsc_lambda_list_versions_by_function_output, next_marker), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListVersionsByFunctionResponse.NextMarker: String */
        [731] = {REF(members[731].name_ref, strings[13564]), REF(members[731].shape_ref, shapes[202]), offsetof(struct awsc_lambda_list_versions_by_function_output, versions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListVersionsByFunctionResponse.Versions: FunctionList */
        [732] = {REF(members[732].name_ref, strings[13573]), REF(members[732].shape_ref, shapes[356]), offsetof(struct awsc_lambda_logging_config, log_format), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LoggingConfig.LogFormat: LogFormat */
        [733] = {REF(members[733].name_ref, strings[827]), REF(members[733].shape_ref, shapes[19]), offsetof(struct awsc_lambda_logging_config, application_log_level), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LoggingConfig.ApplicationLogLevel: ApplicationLogLevel */
        [734] = {REF(members[734].name_ref, strings[1668]), REF(members[734].shape_ref, shapes[521]), offsetof(struct awsc_lambda_logging_config, system_log_level), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LoggingConfig.SystemLogLevel: SystemLogLevel */
        [735] = {REF(members[735].name_ref, strings[1683]), REF(members[735].shape_ref, shapes[357]), offsetof(struct awsc_lambda_logging_config, log_group), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* LoggingConfig.LogGroup: LogGroup */
        [736] = {REF(members[736].name_ref, strings[610]), REF(members[736].shape_ref, shapes[516]), offsetof(struct awsc_lambda_mode_not_supported_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ModeNotSupportedException.Type: String */
        [737] = {REF(members[737].name_ref, strings[615]), REF(members[737].shape_ref, shapes[516]), offsetof(struct awsc_lambda_mode_not_supported_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ModeNotSupportedException.message: String */
        [738] = {REF(members[738].name_ref, strings[610]), REF(members[738].shape_ref, shapes[516]), offsetof(struct awsc_lambda_no_published_version_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* NoPublishedVersionException.Type: String */
        [739] = {REF(members[739].name_ref, strings[1348]), REF(members[739].shape_ref, shapes[516]), offsetof(struct awsc_lambda_no_published_version_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* NoPublishedVersionException.Message: String */
        [740] = {REF(members[740].name_ref, strings[14068]), REF(members[740].shape_ref, shapes[119]), offsetof(struct awsc_lambda_on_failure, destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OnFailure.Destination: DestinationArn */
        [741] = {REF(members[741].name_ref, strings[14068]), REF(members[741].shape_ref, shapes[119]), offsetof(struct awsc_lambda_on_success, destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OnSuccess.Destination: DestinationArn */
        [742] = {REF(members[742].name_ref, strings[5445]), REF(members[742].shape_ref, shapes[392]), offsetof(struct awsc_lambda_operation, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Operation.Id: OperationId */
        [743] = {REF(members[743].name_ref, strings[5463]), REF(members[743].shape_ref, shapes[392]), offsetof(struct awsc_lambda_operation, parent_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Operation.ParentId: OperationId */
        [744] = {REF(members[744].name_ref, strings[535]), REF(members[744].shape_ref, shapes[393]), offsetof(struct awsc_lambda_operation, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Operation.Name: OperationName */
        [745] = {REF(members[745].name_ref, strings[610]), REF(members[745].shape_ref, shapes[397]), offsetof(struct awsc_lambda_operation, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Operation.Type: OperationType */
        [746] = {REF(members[746].name_ref, strings[5429]), REF(members[746].shape_ref, shapes[396]), offsetof(struct awsc_lambda_operation, sub_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Operation.SubType: OperationSubType */
        [747] = {REF(members[747].name_ref, strings[6623]), REF(members[747].shape_ref, shapes[183]), offsetof(struct awsc_lambda_operation, start_timestamp), offsetof(struct awsc_lambda_operation, has_start_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Operation.StartTimestamp: ExecutionTimestamp */
        [748] = {REF(members[748].name_ref, strings[6638]), REF(members[748].shape_ref, shapes[183]), offsetof(struct awsc_lambda_operation, end_timestamp), offsetof(struct awsc_lambda_operation, has_end_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Operation.EndTimestamp: ExecutionTimestamp */
        [749] = {REF(members[749].name_ref, strings[6616]), REF(members[749].shape_ref, shapes[395]), offsetof(struct awsc_lambda_operation, status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Operation.Status: OperationStatus */
        [750] = {REF(members[750].name_ref, strings[6673]), REF(members[750].shape_ref, shapes[173]), offsetof(struct awsc_lambda_operation, execution_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Operation.ExecutionDetails: ExecutionDetails */
        [751] = {REF(members[751].name_ref, strings[3106]), REF(members[751].shape_ref, shapes[86]), offsetof(struct awsc_lambda_operation, context_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Operation.ContextDetails: ContextDetails */
        [752] = {REF(members[752].name_ref, strings[14090]), REF(members[752].shape_ref, shapes[508]), offsetof(struct awsc_lambda_operation, step_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Operation.StepDetails: StepDetails */
        [753] = {REF(members[753].name_ref, strings[14102]), REF(members[753].shape_ref, shapes[571]), offsetof(struct awsc_lambda_operation, wait_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Operation.WaitDetails: WaitDetails */
        [754] = {REF(members[754].name_ref, strings[1026]), REF(members[754].shape_ref, shapes[30]), offsetof(struct awsc_lambda_operation, callback_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Operation.CallbackDetails: CallbackDetails */
        [755] = {REF(members[755].name_ref, strings[2239]), REF(members[755].shape_ref, shapes[58]), offsetof(struct awsc_lambda_operation, chained_invoke_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Operation.ChainedInvokeDetails: ChainedInvokeDetails */
        [756] = {REF(members[756].name_ref, strings[5445]), REF(members[756].shape_ref, shapes[392]), offsetof(struct awsc_lambda_operation_update, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OperationUpdate.Id: OperationId */
        [757] = {REF(members[757].name_ref, strings[5463]), REF(members[757].shape_ref, shapes[392]), offsetof(struct awsc_lambda_operation_update, parent_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OperationUpdate.ParentId: OperationId */
        [758] = {REF(members[758].name_ref, strings[535]), REF(members[758].shape_ref, shapes[393]), offsetof(struct awsc_lambda_operation_update, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OperationUpdate.Name: OperationName */
        [759] = {REF(members[759].name_ref, strings[610]), REF(members[759].shape_ref, shapes[397]), offsetof(struct awsc_lambda_operation_update, type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OperationUpdate.Type: OperationType */
        [760] = {REF(members[760].name_ref, strings[5429]), REF(members[760].shape_ref, shapes[396]), offsetof(struct awsc_lambda_operation_update, sub_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OperationUpdate.SubType: OperationSubType */
        [761] = {REF(members[761].name_ref, strings[138]), REF(members[761].shape_ref, shapes[391]), offsetof(struct awsc_lambda_operation_update, action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OperationUpdate.Action: OperationAction */
        [762] = {REF(members[762].name_ref, strings[5751]), REF(members[762].shape_ref, shapes[394]), offsetof(struct awsc_lambda_operation_update, payload), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OperationUpdate.Payload: OperationPayload */
        [763] = {REF(members[763].name_ref, strings[1060]), REF(members[763].shape_ref, shapes[152]), offsetof(struct awsc_lambda_operation_update, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OperationUpdate.Error: ErrorObject */
        [764] = {REF(members[764].name_ref, strings[3157]), REF(members[764].shape_ref, shapes[88]), offsetof(struct awsc_lambda_operation_update, context_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OperationUpdate.ContextOptions: ContextOptions */
        [765] = {REF(members[765].name_ref, strings[14387]), REF(members[765].shape_ref, shapes[510]), offsetof(struct awsc_lambda_operation_update, step_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OperationUpdate.StepOptions: StepOptions */
        [766] = {REF(members[766].name_ref, strings[14399]), REF(members[766].shape_ref, shapes[572]), offsetof(struct awsc_lambda_operation_update, wait_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OperationUpdate.WaitOptions: WaitOptions */
        [767] = {REF(members[767].name_ref, strings[1088]), REF(members[767].shape_ref, shapes[33]), offsetof(struct awsc_lambda_operation_update, callback_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OperationUpdate.CallbackOptions: CallbackOptions */
        [768] = {REF(members[768].name_ref, strings[2287]), REF(members[768].shape_ref, shapes[60]), offsetof(struct awsc_lambda_operation_update, chained_invoke_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OperationUpdate.ChainedInvokeOptions: ChainedInvokeOptions */
        [769] = {REF(members[769].name_ref, strings[610]), REF(members[769].shape_ref, shapes[516]), offsetof(struct awsc_lambda_policy_length_exceeded_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyLengthExceededException.Type: String */
        [770] = {REF(members[770].name_ref, strings[615]), REF(members[770].shape_ref, shapes[516]), offsetof(struct awsc_lambda_policy_length_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PolicyLengthExceededException.message: String */
        [771] = {REF(members[771].name_ref, strings[610]), REF(members[771].shape_ref, shapes[516]), offsetof(struct awsc_lambda_precondition_failed_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PreconditionFailedException.Type: String */
        [772] = {REF(members[772].name_ref, strings[615]), REF(members[772].shape_ref, shapes[516]), offsetof(struct awsc_lambda_precondition_failed_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PreconditionFailedException.message: String */
        [773] = {REF(members[773].name_ref, strings[14533]), REF(members[773].shape_ref, shapes[415]), offsetof(struct awsc_lambda_propagate_tags, mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PropagateTags.Mode: PropagateTagsMode */
        [774] = {REF(members[774].name_ref, strings[14538]), REF(members[774].shape_ref, shapes[414]), offsetof(struct awsc_lambda_propagate_tags, explicit_tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PropagateTags.ExplicitTags: PropagateTagsExplicitTagsMap */
        [775] = {REF(members[775].name_ref, strings[4229]), REF(members[775].shape_ref, shapes[194]), offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, function_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvisionedConcurrencyConfigListItem.FunctionArn: FunctionArn */
        [776] = {REF(members[776].name_ref, strings[9366]), REF(members[776].shape_ref, shapes[409]), offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, requested_provisioned_concurrent_executions), offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, has_requested_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvisionedConcurrencyConfigListItem.RequestedProvisionedConcurrentExecutions: PositiveInteger */
        [777] = {REF(members[777].name_ref, strings[9407]), REF(members[777].shape_ref, shapes[385]), offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, available_provisioned_concurrent_executions), offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, has_available_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvisionedConcurrencyConfigListItem.AvailableProvisionedConcurrentExecutions: NonNegativeInteger */
        [778] = {REF(members[778].name_ref, strings[9448]), REF(members[778].shape_ref, shapes[385]), offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, allocated_provisioned_concurrent_executions), offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, has_allocated_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvisionedConcurrencyConfigListItem.AllocatedProvisionedConcurrentExecutions: NonNegativeInteger */
        [779] = {REF(members[779].name_ref, strings[6616]), REF(members[779].shape_ref, shapes[419]), offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvisionedConcurrencyConfigListItem.Status: ProvisionedConcurrencyStatusEnum */
        [780] = {REF(members[780].name_ref, strings[9489]), REF(members[780].shape_ref, shapes[516]), offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, status_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvisionedConcurrencyConfigListItem.StatusReason: String */
        [781] = {REF(members[781].name_ref, strings[1488]), REF(members[781].shape_ref, shapes[537]), offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, last_modified), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvisionedConcurrencyConfigListItem.LastModified: Timestamp */
        [782] = {REF(members[782].name_ref, strings[610]), REF(members[782].shape_ref, shapes[516]), offsetof(struct awsc_lambda_provisioned_concurrency_config_not_found_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvisionedConcurrencyConfigNotFoundException.Type: String */
        [783] = {REF(members[783].name_ref, strings[615]), REF(members[783].shape_ref, shapes[516]), offsetof(struct awsc_lambda_provisioned_concurrency_config_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvisionedConcurrencyConfigNotFoundException.message: String */
        [784] = {REF(members[784].name_ref, strings[14786]), REF(members[784].shape_ref, shapes[379]), offsetof(struct awsc_lambda_provisioned_poller_config, minimum_pollers), offsetof(struct awsc_lambda_provisioned_poller_config, has_minimum_pollers), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvisionedPollerConfig.MinimumPollers: MinimumNumberOfPollers */
        [785] = {REF(members[785].name_ref, strings[14801]), REF(members[785].shape_ref, shapes[372]), offsetof(struct awsc_lambda_provisioned_poller_config, maximum_pollers), offsetof(struct awsc_lambda_provisioned_poller_config, has_maximum_pollers), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvisionedPollerConfig.MaximumPollers: MaximumNumberOfPollers */
        [786] = {REF(members[786].name_ref, strings[14816]), REF(members[786].shape_ref, shapes[421]), offsetof(struct awsc_lambda_provisioned_poller_config, poller_group_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ProvisionedPollerConfig.PollerGroupName: ProvisionedPollerGroupName */
        [787] = {REF(members[787].name_ref, strings[610]), REF(members[787].shape_ref, shapes[516]), offsetof(struct awsc_lambda_public_policy_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublicPolicyException.Type: String */
        [788] = {REF(members[788].name_ref, strings[1348]), REF(members[788].shape_ref, shapes[516]), offsetof(struct awsc_lambda_public_policy_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublicPolicyException.Message: String */
        [789] = {REF(members[789].name_ref, strings[178]), REF(members[789].shape_ref, shapes[312]), offsetof(struct awsc_lambda_publish_layer_version_input, layer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PublishLayerVersionRequest.LayerName: LayerName */
        [790] = {REF(members[790].name_ref, strings[556]), REF(members[790].shape_ref, shapes[118]), offsetof(struct awsc_lambda_publish_layer_version_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishLayerVersionRequest.Description: Description */
        [791] = {REF(members[791].name_ref, strings[9195]), REF(members[791].shape_ref, shapes[316]), offsetof(struct awsc_lambda_publish_layer_version_input, content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishLayerVersionRequest.Content: LayerVersionContentInput */
        [792] = {REF(members[792].name_ref, strings[3022]), REF(members[792].shape_ref, shapes[83]), offsetof(struct awsc_lambda_publish_layer_version_input, compatible_architectures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishLayerVersionRequest.CompatibleArchitectures: CompatibleArchitectures */
        [793] = {REF(members[793].name_ref, strings[3046]), REF(members[793].shape_ref, shapes[84]), offsetof(struct awsc_lambda_publish_layer_version_input, compatible_runtimes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishLayerVersionRequest.CompatibleRuntimes: CompatibleRuntimes */
        [794] = {REF(members[794].name_ref, strings[9240]), REF(members[794].shape_ref, shapes[324]), offsetof(struct awsc_lambda_publish_layer_version_input, license_info), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishLayerVersionRequest.LicenseInfo: LicenseInfo */
        [795] = {REF(members[795].name_ref, strings[9195]), REF(members[795].shape_ref, shapes[317]), offsetof(struct awsc_lambda_publish_layer_version_output, content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishLayerVersionResponse.Content: LayerVersionContentOutput */
        [796] = {REF(members[796].name_ref, strings[9203]), REF(members[796].shape_ref, shapes[310]), offsetof(struct awsc_lambda_publish_layer_version_output, layer_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishLayerVersionResponse.LayerArn: LayerArn */
        [797] = {REF(members[797].name_ref, strings[9212]), REF(members[797].shape_ref, shapes[315]), offsetof(struct awsc_lambda_publish_layer_version_output, layer_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishLayerVersionResponse.LayerVersionArn: LayerVersionArn */
        [798] = {REF(members[798].name_ref, strings[556]), REF(members[798].shape_ref, shapes[118]), offsetof(struct awsc_lambda_publish_layer_version_output, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishLayerVersionResponse.Description: Description */
        [799] = {REF(members[799].name_ref, strings[9228]), REF(members[799].shape_ref, shapes[537]), offsetof(struct awsc_lambda_publish_layer_version_output, created_date), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishLayerVersionResponse.CreatedDate: Timestamp */
        [800] = {REF(members[800].name_ref, strings[7271]), REF(members[800].shape_ref, shapes[318]), offsetof(struct awsc_lambda_publish_layer_version_output, version), offsetof(struct awsc_lambda_publish_layer_version_output, has_version), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishLayerVersionResponse.Version: LayerVersionNumber */
        [801] = {REF(members[801].name_ref, strings[3022]), REF(members[801].shape_ref, shapes[83]), offsetof(struct awsc_lambda_publish_layer_version_output, compatible_architectures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishLayerVersionResponse.CompatibleArchitectures: CompatibleArchitectures */
        [802] = {REF(members[802].name_ref, strings[3046]), REF(members[802].shape_ref, shapes[84]), offsetof(struct awsc_lambda_publish_layer_version_output, compatible_runtimes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishLayerVersionResponse.CompatibleRuntimes: CompatibleRuntimes */
        [803] = {REF(members[803].name_ref, strings[9240]), REF(members[803].shape_ref, shapes[324]), offsetof(struct awsc_lambda_publish_layer_version_output, license_info), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishLayerVersionResponse.LicenseInfo: LicenseInfo */
        [804] = {REF(members[804].name_ref, strings[315]), REF(members[804].shape_ref, shapes[203]), offsetof(struct awsc_lambda_publish_version_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PublishVersionRequest.FunctionName: FunctionName */
        [805] = {REF(members[805].name_ref, strings[7260]), REF(members[805].shape_ref, shapes[516]), offsetof(struct awsc_lambda_publish_version_input, code_sha256), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishVersionRequest.CodeSha256: String */
        [806] = {REF(members[806].name_ref, strings[556]), REF(members[806].shape_ref, shapes[118]), offsetof(struct awsc_lambda_publish_version_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishVersionRequest.Description: Description */
        [807] = {REF(members[807].name_ref, strings[239]), REF(members[807].shape_ref, shapes[516]), offsetof(struct awsc_lambda_publish_version_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishVersionRequest.RevisionId: String */
        [808] = {REF(members[808].name_ref, strings[3963]), REF(members[808].shape_ref, shapes[215]), offsetof(struct awsc_lambda_publish_version_input, publish_to), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PublishVersionRequest.PublishTo: FunctionVersionLatestPublished */
        [809] = {REF(members[809].name_ref, strings[2787]), REF(members[809].shape_ref, shapes[74]), offsetof(struct awsc_lambda_put_function_code_signing_config_input, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutFunctionCodeSigningConfigRequest.CodeSigningConfigArn: CodeSigningConfigArn */
        [810] = {REF(members[810].name_ref, strings[315]), REF(members[810].shape_ref, shapes[382]), offsetof(struct awsc_lambda_put_function_code_signing_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutFunctionCodeSigningConfigRequest.FunctionName: NamespacedFunctionName */
        [811] = {REF(members[811].name_ref, strings[2787]), REF(members[811].shape_ref, shapes[74]), offsetof(struct awsc_lambda_put_function_code_signing_config_output, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutFunctionCodeSigningConfigResponse.CodeSigningConfigArn: CodeSigningConfigArn */
        [812] = {REF(members[812].name_ref, strings[315]), REF(members[812].shape_ref, shapes[203]), offsetof(struct awsc_lambda_put_function_code_signing_config_output, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutFunctionCodeSigningConfigResponse.FunctionName: FunctionName */
        [813] = {REF(members[813].name_ref, strings[315]), REF(members[813].shape_ref, shapes[203]), offsetof(struct awsc_lambda_put_function_concurrency_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutFunctionConcurrencyRequest.FunctionName: FunctionName */
        [814] = {REF(members[814].name_ref, strings[3077]), REF(members[814].shape_ref, shapes[448]), offsetof(struct awsc_lambda_put_function_concurrency_input, reserved_concurrent_executions), offsetof(struct awsc_lambda_put_function_concurrency_input, has_reserved_concurrent_executions), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutFunctionConcurrencyRequest.ReservedConcurrentExecutions: ReservedConcurrentExecutions */
        [815] = {REF(members[815].name_ref, strings[315]), REF(members[815].shape_ref, shapes[382]), offsetof(struct awsc_lambda_put_function_event_invoke_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutFunctionEventInvokeConfigRequest.FunctionName: NamespacedFunctionName */
        [816] = {REF(members[816].name_ref, strings[411]), REF(members[816].shape_ref, shapes[387]), offsetof(struct awsc_lambda_put_function_event_invoke_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* PutFunctionEventInvokeConfigRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [817] = {REF(members[817].name_ref, strings[3679]), REF(members[817].shape_ref, shapes[374]), offsetof(struct awsc_lambda_put_function_event_invoke_config_input, maximum_retry_attempts), offsetof(struct awsc_lambda_put_function_event_invoke_config_input, has_maximum_retry_attempts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutFunctionEventInvokeConfigRequest.MaximumRetryAttempts: MaximumRetryAttempts */
        [818] = {REF(members[818].name_ref, strings[7503]), REF(members[818].shape_ref, shapes[371]), offsetof(struct awsc_lambda_put_function_event_invoke_config_input, maximum_event_age_in_seconds), offsetof(struct awsc_lambda_put_function_event_invoke_config_input, has_maximum_event_age_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutFunctionEventInvokeConfigRequest.MaximumEventAgeInSeconds: MaximumEventAgeInSeconds */
        [819] = {REF(members[819].name_ref, strings[3635]), REF(members[819].shape_ref, shapes[120]), offsetof(struct awsc_lambda_put_function_event_invoke_config_input, destination_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutFunctionEventInvokeConfigRequest.DestinationConfig: DestinationConfig */
        [820] = {REF(members[820].name_ref, strings[315]), REF(members[820].shape_ref, shapes[549]), offsetof(struct awsc_lambda_put_function_recursion_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutFunctionRecursionConfigRequest.FunctionName: UnqualifiedFunctionName */
        [821] = {REF(members[821].name_ref, strings[8795]), REF(members[821].shape_ref, shapes[443]), offsetof(struct awsc_lambda_put_function_recursion_config_input, recursive_loop), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutFunctionRecursionConfigRequest.RecursiveLoop: RecursiveLoop */
        [822] = {REF(members[822].name_ref, strings[8795]), REF(members[822].shape_ref, shapes[443]), offsetof(struct awsc_lambda_put_function_recursion_config_output, recursive_loop), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutFunctionRecursionConfigResponse.RecursiveLoop: RecursiveLoop */
        [823] = {REF(members[823].name_ref, strings[315]), REF(members[823].shape_ref, shapes[549]), offsetof(struct awsc_lambda_put_function_scaling_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutFunctionScalingConfigRequest.FunctionName: UnqualifiedFunctionName */
        [824] = {REF(members[824].name_ref, strings[411]), REF(members[824].shape_ref, shapes[426]), offsetof(struct awsc_lambda_put_function_scaling_config_input, qualifier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* PutFunctionScalingConfigRequest.Qualifier: PublishedFunctionQualifier */
        [825] = {REF(members[825].name_ref, strings[7641]), REF(members[825].shape_ref, shapes[206]), offsetof(struct awsc_lambda_put_function_scaling_config_input, function_scaling_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutFunctionScalingConfigRequest.FunctionScalingConfig: FunctionScalingConfig */
        [826] = {REF(members[826].name_ref, strings[15258]), REF(members[826].shape_ref, shapes[504]), offsetof(struct awsc_lambda_put_function_scaling_config_output, function_state), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutFunctionScalingConfigResponse.FunctionState: State */
        [827] = {REF(members[827].name_ref, strings[315]), REF(members[827].shape_ref, shapes[203]), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutProvisionedConcurrencyConfigRequest.FunctionName: FunctionName */
        [828] = {REF(members[828].name_ref, strings[411]), REF(members[828].shape_ref, shapes[439]), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_input, qualifier), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* PutProvisionedConcurrencyConfigRequest.Qualifier: Qualifier */
        [829] = {REF(members[829].name_ref, strings[15311]), REF(members[829].shape_ref, shapes[409]), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_input, provisioned_concurrent_executions), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_input, has_provisioned_concurrent_executions), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutProvisionedConcurrencyConfigRequest.ProvisionedConcurrentExecutions: PositiveInteger */
        [830] = {REF(members[830].name_ref, strings[9366]), REF(members[830].shape_ref, shapes[409]), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, requested_provisioned_concurrent_executions), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, has_requested_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutProvisionedConcurrencyConfigResponse.RequestedProvisionedConcurrentExecutions: PositiveInteger */
        [831] = {REF(members[831].name_ref, strings[9448]), REF(members[831].shape_ref, shapes[385]), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, allocated_provisioned_concurrent_executions), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, has_allocated_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutProvisionedConcurrencyConfigResponse.AllocatedProvisionedConcurrentExecutions: NonNegativeInteger */
        [832] = {REF(members[832].name_ref, strings[9407]), REF(members[832].shape_ref, shapes[385]), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, available_provisioned_concurrent_executions), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, has_available_provisioned_concurrent_executions), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutProvisionedConcurrencyConfigResponse.AvailableProvisionedConcurrentExecutions: NonNegativeInteger */
        [833] = {REF(members[833].name_ref, strings[6616]), REF(members[833].shape_ref, shapes[419]), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutProvisionedConcurrencyConfigResponse.Status: ProvisionedConcurrencyStatusEnum */
        [834] = {REF(members[834].name_ref, strings[9489]), REF(members[834].shape_ref, shapes[516]), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, status_reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutProvisionedConcurrencyConfigResponse.StatusReason: String */
        [835] = {REF(members[835].name_ref, strings[1488]), REF(members[835].shape_ref, shapes[537]), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, last_modified), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutProvisionedConcurrencyConfigResponse.LastModified: Timestamp */
        [836] = {REF(members[836].name_ref, strings[315]), REF(members[836].shape_ref, shapes[382]), offsetof(struct awsc_lambda_put_runtime_management_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutRuntimeManagementConfigRequest.FunctionName: NamespacedFunctionName */
        [837] = {REF(members[837].name_ref, strings[411]), REF(members[837].shape_ref, shapes[387]), offsetof(struct awsc_lambda_put_runtime_management_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* PutRuntimeManagementConfigRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [838] = {REF(members[838].name_ref, strings[9571]), REF(members[838].shape_ref, shapes[564]), offsetof(struct awsc_lambda_put_runtime_management_config_input, update_runtime_on), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRuntimeManagementConfigRequest.UpdateRuntimeOn: UpdateRuntimeOn */
        [839] = {REF(members[839].name_ref, strings[9587]), REF(members[839].shape_ref, shapes[461]), offsetof(struct awsc_lambda_put_runtime_management_config_input, runtime_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRuntimeManagementConfigRequest.RuntimeVersionArn: RuntimeVersionArn */
        [840] = {REF(members[840].name_ref, strings[9571]), REF(members[840].shape_ref, shapes[564]), offsetof(struct awsc_lambda_put_runtime_management_config_output, update_runtime_on), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRuntimeManagementConfigResponse.UpdateRuntimeOn: UpdateRuntimeOn */
        [841] = {REF(members[841].name_ref, strings[4229]), REF(members[841].shape_ref, shapes[194]), offsetof(struct awsc_lambda_put_runtime_management_config_output, function_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRuntimeManagementConfigResponse.FunctionArn: FunctionArn */
        [842] = {REF(members[842].name_ref, strings[9587]), REF(members[842].shape_ref, shapes[461]), offsetof(struct awsc_lambda_put_runtime_management_config_output, runtime_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutRuntimeManagementConfigResponse.RuntimeVersionArn: RuntimeVersionArn */
        [843] = {REF(members[843].name_ref, strings[610]), REF(members[843].shape_ref, shapes[516]), offsetof(struct awsc_lambda_recursive_invocation_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RecursiveInvocationException.Type: String */
        [844] = {REF(members[844].name_ref, strings[1348]), REF(members[844].shape_ref, shapes[516]), offsetof(struct awsc_lambda_recursive_invocation_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RecursiveInvocationException.Message: String */
        [845] = {REF(members[845].name_ref, strings[178]), REF(members[845].shape_ref, shapes[312]), offsetof(struct awsc_lambda_remove_layer_version_permission_input, layer_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* RemoveLayerVersionPermissionRequest.LayerName: LayerName */
        [846] = {REF(members[846].name_ref, strings[188]), REF(members[846].shape_ref, shapes[318]), offsetof(struct awsc_lambda_remove_layer_version_permission_input, version_number), offsetof(struct awsc_lambda_remove_layer_version_permission_input, has_version_number), AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* RemoveLayerVersionPermissionRequest.VersionNumber: LayerVersionNumber */
        [847] = {REF(members[847].name_ref, strings[202]), REF(members[847].shape_ref, shapes[507]), offsetof(struct awsc_lambda_remove_layer_version_permission_input, statement_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* RemoveLayerVersionPermissionRequest.StatementId: StatementId */
        [848] = {REF(members[848].name_ref, strings[239]), REF(members[848].shape_ref, shapes[516]), offsetof(struct awsc_lambda_remove_layer_version_permission_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* RemoveLayerVersionPermissionRequest.RevisionId: String */
        [849] = {REF(members[849].name_ref, strings[315]), REF(members[849].shape_ref, shapes[382]), offsetof(struct awsc_lambda_remove_permission_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* RemovePermissionRequest.FunctionName: NamespacedFunctionName */
        [850] = {REF(members[850].name_ref, strings[202]), REF(members[850].shape_ref, shapes[383]), offsetof(struct awsc_lambda_remove_permission_input, statement_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* RemovePermissionRequest.StatementId: NamespacedStatementId */
        [851] = {REF(members[851].name_ref, strings[411]), REF(members[851].shape_ref, shapes[387]), offsetof(struct awsc_lambda_remove_permission_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* RemovePermissionRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [852] = {REF(members[852].name_ref, strings[239]), REF(members[852].shape_ref, shapes[516]), offsetof(struct awsc_lambda_remove_permission_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* RemovePermissionRequest.RevisionId: String */
        [853] = {REF(members[853].name_ref, strings[610]), REF(members[853].shape_ref, shapes[516]), offsetof(struct awsc_lambda_request_too_large_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RequestTooLargeException.Type: String */
        [854] = {REF(members[854].name_ref, strings[615]), REF(members[854].shape_ref, shapes[516]), offsetof(struct awsc_lambda_request_too_large_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RequestTooLargeException.message: String */
        [855] = {REF(members[855].name_ref, strings[7048]), REF(members[855].shape_ref, shapes[464]), offsetof(struct awsc_lambda_resolved_s3_object, s3_bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResolvedS3Object.S3Bucket: S3Bucket */
        [856] = {REF(members[856].name_ref, strings[7057]), REF(members[856].shape_ref, shapes[468]), offsetof(struct awsc_lambda_resolved_s3_object, s3_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResolvedS3Object.S3Key: S3Key */
        [857] = {REF(members[857].name_ref, strings[7063]), REF(members[857].shape_ref, shapes[470]), offsetof(struct awsc_lambda_resolved_s3_object, s3_object_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResolvedS3Object.S3ObjectVersion: S3ObjectVersion */
        [858] = {REF(members[858].name_ref, strings[610]), REF(members[858].shape_ref, shapes[516]), offsetof(struct awsc_lambda_resource_conflict_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceConflictException.Type: String */
        [859] = {REF(members[859].name_ref, strings[615]), REF(members[859].shape_ref, shapes[516]), offsetof(struct awsc_lambda_resource_conflict_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceConflictException.message: String */
        [860] = {REF(members[860].name_ref, strings[610]), REF(members[860].shape_ref, shapes[516]), offsetof(struct awsc_lambda_resource_in_use_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceInUseException.Type: String */
        [861] = {REF(members[861].name_ref, strings[1348]), REF(members[861].shape_ref, shapes[516]), offsetof(struct awsc_lambda_resource_in_use_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceInUseException.Message: String */
        [862] = {REF(members[862].name_ref, strings[610]), REF(members[862].shape_ref, shapes[516]), offsetof(struct awsc_lambda_resource_not_found_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceNotFoundException.Type: String */
        [863] = {REF(members[863].name_ref, strings[1348]), REF(members[863].shape_ref, shapes[516]), offsetof(struct awsc_lambda_resource_not_found_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceNotFoundException.Message: String */
        [864] = {REF(members[864].name_ref, strings[610]), REF(members[864].shape_ref, shapes[516]), offsetof(struct awsc_lambda_resource_not_ready_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceNotReadyException.Type: String */
        [865] = {REF(members[865].name_ref, strings[615]), REF(members[865].shape_ref, shapes[516]), offsetof(struct awsc_lambda_resource_not_ready_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceNotReadyException.message: String */
        [866] = {REF(members[866].name_ref, strings[15769]), REF(members[866].shape_ref, shapes[23]), offsetof(struct awsc_lambda_retry_details, current_attempt), offsetof(struct awsc_lambda_retry_details, has_current_attempt), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RetryDetails.CurrentAttempt: AttemptCount */
        [867] = {REF(members[867].name_ref, strings[15784]), REF(members[867].shape_ref, shapes[127]), offsetof(struct awsc_lambda_retry_details, next_attempt_delay_seconds), offsetof(struct awsc_lambda_retry_details, has_next_attempt_delay_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RetryDetails.NextAttemptDelaySeconds: DurationSeconds */
        [868] = {REF(members[868].name_ref, strings[9587]), REF(members[868].shape_ref, shapes[461]), offsetof(struct awsc_lambda_runtime_version_config, runtime_version_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RuntimeVersionConfig.RuntimeVersionArn: RuntimeVersionArn */
        [869] = {REF(members[869].name_ref, strings[1060]), REF(members[869].shape_ref, shapes[463]), offsetof(struct awsc_lambda_runtime_version_config, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RuntimeVersionConfig.Error: RuntimeVersionError */
        [870] = {REF(members[870].name_ref, strings[5231]), REF(members[870].shape_ref, shapes[516]), offsetof(struct awsc_lambda_runtime_version_error, error_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RuntimeVersionError.ErrorCode: String */
        [871] = {REF(members[871].name_ref, strings[1348]), REF(members[871].shape_ref, shapes[484]), offsetof(struct awsc_lambda_runtime_version_error, message), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RuntimeVersionError.Message: SensitiveString */
        [872] = {REF(members[872].name_ref, strings[610]), REF(members[872].shape_ref, shapes[516]), offsetof(struct awsc_lambda_s3_files_mount_connectivity_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3FilesMountConnectivityException.Type: String */
        [873] = {REF(members[873].name_ref, strings[1348]), REF(members[873].shape_ref, shapes[516]), offsetof(struct awsc_lambda_s3_files_mount_connectivity_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3FilesMountConnectivityException.Message: String */
        [874] = {REF(members[874].name_ref, strings[610]), REF(members[874].shape_ref, shapes[516]), offsetof(struct awsc_lambda_s3_files_mount_failure_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3FilesMountFailureException.Type: String */
        [875] = {REF(members[875].name_ref, strings[1348]), REF(members[875].shape_ref, shapes[516]), offsetof(struct awsc_lambda_s3_files_mount_failure_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3FilesMountFailureException.Message: String */
        [876] = {REF(members[876].name_ref, strings[610]), REF(members[876].shape_ref, shapes[516]), offsetof(struct awsc_lambda_s3_files_mount_timeout_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3FilesMountTimeoutException.Type: String */
        [877] = {REF(members[877].name_ref, strings[1348]), REF(members[877].shape_ref, shapes[516]), offsetof(struct awsc_lambda_s3_files_mount_timeout_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* S3FilesMountTimeoutException.Message: String */
        [878] = {REF(members[878].name_ref, strings[13744]), REF(members[878].shape_ref, shapes[370]), offsetof(struct awsc_lambda_scaling_config, maximum_concurrency), offsetof(struct awsc_lambda_scaling_config, has_maximum_concurrency), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ScalingConfig.MaximumConcurrency: MaximumConcurrency */
        [879] = {REF(members[879].name_ref, strings[5194]), REF(members[879].shape_ref, shapes[141]), offsetof(struct awsc_lambda_self_managed_event_source, endpoints), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SelfManagedEventSource.Endpoints: Endpoints */
        [880] = {REF(members[880].name_ref, strings[790]), REF(members[880].shape_ref, shapes[547]), offsetof(struct awsc_lambda_self_managed_kafka_event_source_config, consumer_group_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SelfManagedKafkaEventSourceConfig.ConsumerGroupId: URI */
        [881] = {REF(members[881].name_ref, strings[806]), REF(members[881].shape_ref, shapes[301]), offsetof(struct awsc_lambda_self_managed_kafka_event_source_config, schema_registry_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SelfManagedKafkaEventSourceConfig.SchemaRegistryConfig: KafkaSchemaRegistryConfig */
        [882] = {REF(members[882].name_ref, strings[1042]), REF(members[882].shape_ref, shapes[32]), offsetof(struct awsc_lambda_send_durable_execution_callback_failure_input, callback_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* SendDurableExecutionCallbackFailureRequest.CallbackId: CallbackId */
        [883] = {REF(members[883].name_ref, strings[1060]), REF(members[883].shape_ref, shapes[152]), offsetof(struct awsc_lambda_send_durable_execution_callback_failure_input, error), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendDurableExecutionCallbackFailureRequest.Error: ErrorObject */
        [884] = {REF(members[884].name_ref, strings[1042]), REF(members[884].shape_ref, shapes[32]), offsetof(struct awsc_lambda_send_durable_execution_callback_heartbeat_input, callback_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* SendDurableExecutionCallbackHeartbeatRequest.CallbackId: CallbackId */
        [885] = {REF(members[885].name_ref, strings[1042]), REF(members[885].shape_ref, shapes[32]), offsetof(struct awsc_lambda_send_durable_execution_callback_success_input, callback_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* SendDurableExecutionCallbackSuccessRequest.CallbackId: CallbackId */
        [886] = {REF(members[886].name_ref, strings[1053]), REF(members[886].shape_ref, shapes[25]), offsetof(struct awsc_lambda_send_durable_execution_callback_success_input, result), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendDurableExecutionCallbackSuccessRequest.Result: BinaryOperationPayload */
        [887] = {REF(members[887].name_ref, strings[610]), REF(members[887].shape_ref, shapes[516]), offsetof(struct awsc_lambda_serialized_request_entity_too_large_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SerializedRequestEntityTooLargeException.Type: String */
        [888] = {REF(members[888].name_ref, strings[615]), REF(members[888].shape_ref, shapes[516]), offsetof(struct awsc_lambda_serialized_request_entity_too_large_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SerializedRequestEntityTooLargeException.message: String */
        [889] = {REF(members[889].name_ref, strings[610]), REF(members[889].shape_ref, shapes[516]), offsetof(struct awsc_lambda_service_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceException.Type: String */
        [890] = {REF(members[890].name_ref, strings[1348]), REF(members[890].shape_ref, shapes[516]), offsetof(struct awsc_lambda_service_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceException.Message: String */
        [891] = {REF(members[891].name_ref, strings[610]), REF(members[891].shape_ref, shapes[516]), offsetof(struct awsc_lambda_service_quota_exceeded_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceQuotaExceededException.Type: String */
        [892] = {REF(members[892].name_ref, strings[1348]), REF(members[892].shape_ref, shapes[516]), offsetof(struct awsc_lambda_service_quota_exceeded_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ServiceQuotaExceededException.Message: String */
        [893] = {REF(members[893].name_ref, strings[16945]), REF(members[893].shape_ref, shapes[491]), offsetof(struct awsc_lambda_snap_start, apply_on), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SnapStart.ApplyOn: SnapStartApplyOn */
        [894] = {REF(members[894].name_ref, strings[610]), REF(members[894].shape_ref, shapes[516]), offsetof(struct awsc_lambda_snap_start_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SnapStartException.Type: String */
        [895] = {REF(members[895].name_ref, strings[1348]), REF(members[895].shape_ref, shapes[516]), offsetof(struct awsc_lambda_snap_start_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SnapStartException.Message: String */
        [896] = {REF(members[896].name_ref, strings[610]), REF(members[896].shape_ref, shapes[516]), offsetof(struct awsc_lambda_snap_start_not_ready_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SnapStartNotReadyException.Type: String */
        [897] = {REF(members[897].name_ref, strings[1348]), REF(members[897].shape_ref, shapes[516]), offsetof(struct awsc_lambda_snap_start_not_ready_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SnapStartNotReadyException.Message: String */
        [898] = {REF(members[898].name_ref, strings[610]), REF(members[898].shape_ref, shapes[516]), offsetof(struct awsc_lambda_snap_start_regeneration_failure_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SnapStartRegenerationFailureException.Type: String */
        [899] = {REF(members[899].name_ref, strings[1348]), REF(members[899].shape_ref, shapes[516]), offsetof(struct awsc_lambda_snap_start_regeneration_failure_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SnapStartRegenerationFailureException.Message: String */
        [900] = {REF(members[900].name_ref, strings[16945]), REF(members[900].shape_ref, shapes[491]), offsetof(struct awsc_lambda_snap_start_response, apply_on), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SnapStartResponse.ApplyOn: SnapStartApplyOn */
        [901] = {REF(members[901].name_ref, strings[17130]), REF(members[901].shape_ref, shapes[494]), offsetof(struct awsc_lambda_snap_start_response, optimization_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SnapStartResponse.OptimizationStatus: SnapStartOptimizationStatus */
        [902] = {REF(members[902].name_ref, strings[610]), REF(members[902].shape_ref, shapes[516]), offsetof(struct awsc_lambda_snap_start_timeout_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SnapStartTimeoutException.Type: String */
        [903] = {REF(members[903].name_ref, strings[1348]), REF(members[903].shape_ref, shapes[516]), offsetof(struct awsc_lambda_snap_start_timeout_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SnapStartTimeoutException.Message: String */
        [904] = {REF(members[904].name_ref, strings[610]), REF(members[904].shape_ref, shapes[500]), offsetof(struct awsc_lambda_source_access_configuration, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SourceAccessConfiguration.Type: SourceAccessType */
        [905] = {REF(members[905].name_ref, strings[10872]), REF(members[905].shape_ref, shapes[547]), offsetof(struct awsc_lambda_source_access_configuration, uri), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SourceAccessConfiguration.URI: URI */
        [906] = {REF(members[906].name_ref, strings[18357]), REF(members[906].shape_ref, shapes[23]), offsetof(struct awsc_lambda_step_details, attempt), offsetof(struct awsc_lambda_step_details, has_attempt), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StepDetails.Attempt: AttemptCount */
        [907] = {REF(members[907].name_ref, strings[18365]), REF(members[907].shape_ref, shapes[183]), offsetof(struct awsc_lambda_step_details, next_attempt_timestamp), offsetof(struct awsc_lambda_step_details, has_next_attempt_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StepDetails.NextAttemptTimestamp: ExecutionTimestamp */
        [908] = {REF(members[908].name_ref, strings[1053]), REF(members[908].shape_ref, shapes[394]), offsetof(struct awsc_lambda_step_details, result), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StepDetails.Result: OperationPayload */
        [909] = {REF(members[909].name_ref, strings[1060]), REF(members[909].shape_ref, shapes[152]), offsetof(struct awsc_lambda_step_details, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StepDetails.Error: ErrorObject */
        [910] = {REF(members[910].name_ref, strings[1060]), REF(members[910].shape_ref, shapes[155]), offsetof(struct awsc_lambda_step_failed_details, error), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StepFailedDetails.Error: EventError */
        [911] = {REF(members[911].name_ref, strings[15756]), REF(members[911].shape_ref, shapes[457]), offsetof(struct awsc_lambda_step_failed_details, retry_details), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StepFailedDetails.RetryDetails: RetryDetails */
        [912] = {REF(members[912].name_ref, strings[15784]), REF(members[912].shape_ref, shapes[511]), offsetof(struct awsc_lambda_step_options, next_attempt_delay_seconds), offsetof(struct awsc_lambda_step_options, has_next_attempt_delay_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StepOptions.NextAttemptDelaySeconds: StepOptionsNextAttemptDelaySecondsInteger */
        [913] = {REF(members[913].name_ref, strings[1053]), REF(members[913].shape_ref, shapes[158]), offsetof(struct awsc_lambda_step_succeeded_details, result), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StepSucceededDetails.Result: EventResult */
        [914] = {REF(members[914].name_ref, strings[15756]), REF(members[914].shape_ref, shapes[457]), offsetof(struct awsc_lambda_step_succeeded_details, retry_details), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StepSucceededDetails.RetryDetails: RetryDetails */
        [915] = {REF(members[915].name_ref, strings[2367]), REF(members[915].shape_ref, shapes[124]), offsetof(struct awsc_lambda_stop_durable_execution_input, durable_execution_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* StopDurableExecutionRequest.DurableExecutionArn: DurableExecutionArn */
        [916] = {REF(members[916].name_ref, strings[1060]), REF(members[916].shape_ref, shapes[152]), offsetof(struct awsc_lambda_stop_durable_execution_input, error), AWSC_NO_PRESENCE, AWSC_MF_PAYLOAD, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StopDurableExecutionRequest.Error: ErrorObject */
        [917] = {REF(members[917].name_ref, strings[18485]), REF(members[917].shape_ref, shapes[183]), offsetof(struct awsc_lambda_stop_durable_execution_output, stop_timestamp), offsetof(struct awsc_lambda_stop_durable_execution_output, has_stop_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StopDurableExecutionResponse.StopTimestamp: ExecutionTimestamp */
        [918] = {REF(members[918].name_ref, strings[610]), REF(members[918].shape_ref, shapes[516]), offsetof(struct awsc_lambda_subnet_ip_address_limit_reached_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubnetIPAddressLimitReachedException.Type: String */
        [919] = {REF(members[919].name_ref, strings[1348]), REF(members[919].shape_ref, shapes[516]), offsetof(struct awsc_lambda_subnet_ip_address_limit_reached_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SubnetIPAddressLimitReachedException.Message: String */
        [920] = {REF(members[920].name_ref, strings[13477]), REF(members[920].shape_ref, shapes[526]), offsetof(struct awsc_lambda_tag_resource_input, resource), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* TagResourceRequest.Resource: TaggableResource */
        [921] = {REF(members[921].name_ref, strings[3332]), REF(members[921].shape_ref, shapes[527]), offsetof(struct awsc_lambda_tag_resource_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagResourceRequest.Tags: Tags */
        [922] = {REF(members[922].name_ref, strings[5231]), REF(members[922].shape_ref, shapes[529]), offsetof(struct awsc_lambda_tags_error, error_code), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagsError.ErrorCode: TagsErrorCode */
        [923] = {REF(members[923].name_ref, strings[1348]), REF(members[923].shape_ref, shapes[530]), offsetof(struct awsc_lambda_tags_error, message), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagsError.Message: TagsErrorMessage */
        [924] = {REF(members[924].name_ref, strings[18685]), REF(members[924].shape_ref, shapes[48]), offsetof(struct awsc_lambda_target_tracking_scaling_policy, predefined_metric_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TargetTrackingScalingPolicy.PredefinedMetricType: CapacityProviderPredefinedMetricType */
        [925] = {REF(members[925].name_ref, strings[18706]), REF(members[925].shape_ref, shapes[378]), offsetof(struct awsc_lambda_target_tracking_scaling_policy, target_value), offsetof(struct awsc_lambda_target_tracking_scaling_policy, has_target_value), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TargetTrackingScalingPolicy.TargetValue: MetricTargetValue */
        [926] = {REF(members[926].name_ref, strings[18718]), REF(members[926].shape_ref, shapes[534]), offsetof(struct awsc_lambda_tenancy_config, tenant_isolation_mode), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TenancyConfig.TenantIsolationMode: TenantIsolationMode */
        [927] = {REF(members[927].name_ref, strings[19025]), REF(members[927].shape_ref, shapes[516]), offsetof(struct awsc_lambda_too_many_requests_exception, retry_after_seconds), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT}, /* TooManyRequestsException.retryAfterSeconds: String */
        [928] = {REF(members[928].name_ref, strings[610]), REF(members[928].shape_ref, shapes[516]), offsetof(struct awsc_lambda_too_many_requests_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TooManyRequestsException.Type: String */
        [929] = {REF(members[929].name_ref, strings[615]), REF(members[929].shape_ref, shapes[516]), offsetof(struct awsc_lambda_too_many_requests_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TooManyRequestsException.message: String */
        [930] = {REF(members[930].name_ref, strings[19055]), REF(members[930].shape_ref, shapes[535]), offsetof(struct awsc_lambda_too_many_requests_exception, reason), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TooManyRequestsException.Reason: ThrottleReason */
        [931] = {REF(members[931].name_ref, strings[19068]), REF(members[931].shape_ref, shapes[578]), offsetof(struct awsc_lambda_trace_header, x_amzn_trace_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TraceHeader.XAmznTraceId: XAmznTraceId */
        [932] = {REF(members[932].name_ref, strings[14533]), REF(members[932].shape_ref, shapes[544]), offsetof(struct awsc_lambda_tracing_config, mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TracingConfig.Mode: TracingMode */
        [933] = {REF(members[933].name_ref, strings[14533]), REF(members[933].shape_ref, shapes[544]), offsetof(struct awsc_lambda_tracing_config_response, mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TracingConfigResponse.Mode: TracingMode */
        [934] = {REF(members[934].name_ref, strings[610]), REF(members[934].shape_ref, shapes[516]), offsetof(struct awsc_lambda_unsupported_media_type_exception, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UnsupportedMediaTypeException.Type: String */
        [935] = {REF(members[935].name_ref, strings[615]), REF(members[935].shape_ref, shapes[516]), offsetof(struct awsc_lambda_unsupported_media_type_exception, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UnsupportedMediaTypeException.message: String */
        [936] = {REF(members[936].name_ref, strings[13477]), REF(members[936].shape_ref, shapes[526]), offsetof(struct awsc_lambda_untag_resource_input, resource), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UntagResourceRequest.Resource: TaggableResource */
        [937] = {REF(members[937].name_ref, strings[19220]), REF(members[937].shape_ref, shapes[523]), offsetof(struct awsc_lambda_untag_resource_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* UntagResourceRequest.TagKeys: TagKeyList */
        [938] = {REF(members[938].name_ref, strings[315]), REF(members[938].shape_ref, shapes[203]), offsetof(struct awsc_lambda_update_alias_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateAliasRequest.FunctionName: FunctionName */
        [939] = {REF(members[939].name_ref, strings[535]), REF(members[939].shape_ref, shapes[9]), offsetof(struct awsc_lambda_update_alias_input, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateAliasRequest.Name: Alias */
        [940] = {REF(members[940].name_ref, strings[540]), REF(members[940].shape_ref, shapes[566]), offsetof(struct awsc_lambda_update_alias_input, function_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateAliasRequest.FunctionVersion: VersionWithLatestPublished */
        [941] = {REF(members[941].name_ref, strings[556]), REF(members[941].shape_ref, shapes[118]), offsetof(struct awsc_lambda_update_alias_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateAliasRequest.Description: Description */
        [942] = {REF(members[942].name_ref, strings[568]), REF(members[942].shape_ref, shapes[13]), offsetof(struct awsc_lambda_update_alias_input, routing_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateAliasRequest.RoutingConfig: AliasRoutingConfiguration */
        [943] = {REF(members[943].name_ref, strings[239]), REF(members[943].shape_ref, shapes[516]), offsetof(struct awsc_lambda_update_alias_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateAliasRequest.RevisionId: String */
        [944] = {REF(members[944].name_ref, strings[1721]), REF(members[944].shape_ref, shapes[46]), offsetof(struct awsc_lambda_update_capacity_provider_input, capacity_provider_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateCapacityProviderRequest.CapacityProviderName: CapacityProviderName */
        [945] = {REF(members[945].name_ref, strings[1448]), REF(members[945].shape_ref, shapes[49]), offsetof(struct awsc_lambda_update_capacity_provider_input, capacity_provider_scaling_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateCapacityProviderRequest.CapacityProviderScalingConfig: CapacityProviderScalingConfig */
        [946] = {REF(members[946].name_ref, strings[1501]), REF(members[946].shape_ref, shapes[413]), offsetof(struct awsc_lambda_update_capacity_provider_input, propagate_tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateCapacityProviderRequest.PropagateTags: PropagateTags */
        [947] = {REF(members[947].name_ref, strings[1515]), REF(members[947].shape_ref, shapes[55]), offsetof(struct awsc_lambda_update_capacity_provider_input, telemetry_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateCapacityProviderRequest.TelemetryConfig: CapacityProviderTelemetryConfig */
        [948] = {REF(members[948].name_ref, strings[1356]), REF(members[948].shape_ref, shapes[40]), offsetof(struct awsc_lambda_update_capacity_provider_output, capacity_provider), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateCapacityProviderResponse.CapacityProvider: CapacityProvider */
        [949] = {REF(members[949].name_ref, strings[2787]), REF(members[949].shape_ref, shapes[74]), offsetof(struct awsc_lambda_update_code_signing_config_input, code_signing_config_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateCodeSigningConfigRequest.CodeSigningConfigArn: CodeSigningConfigArn */
        [950] = {REF(members[950].name_ref, strings[556]), REF(members[950].shape_ref, shapes[118]), offsetof(struct awsc_lambda_update_code_signing_config_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateCodeSigningConfigRequest.Description: Description */
        [951] = {REF(members[951].name_ref, strings[710]), REF(members[951].shape_ref, shapes[17]), offsetof(struct awsc_lambda_update_code_signing_config_input, allowed_publishers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateCodeSigningConfigRequest.AllowedPublishers: AllowedPublishers */
        [952] = {REF(members[952].name_ref, strings[2808]), REF(members[952].shape_ref, shapes[78]), offsetof(struct awsc_lambda_update_code_signing_config_input, code_signing_policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateCodeSigningConfigRequest.CodeSigningPolicies: CodeSigningPolicies */
        [953] = {REF(members[953].name_ref, strings[2749]), REF(members[953].shape_ref, shapes[73]), offsetof(struct awsc_lambda_update_code_signing_config_output, code_signing_config), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateCodeSigningConfigResponse.CodeSigningConfig: CodeSigningConfig */
        [954] = {REF(members[954].name_ref, strings[4457]), REF(members[954].shape_ref, shapes[548]), offsetof(struct awsc_lambda_update_event_source_mapping_input, uuid), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateEventSourceMappingRequest.UUID: UUIDString */
        [955] = {REF(members[955].name_ref, strings[315]), REF(members[955].shape_ref, shapes[382]), offsetof(struct awsc_lambda_update_event_source_mapping_input, function_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateEventSourceMappingRequest.FunctionName: NamespacedFunctionName */
        [956] = {REF(members[956].name_ref, strings[3478]), REF(members[956].shape_ref, shapes[137]), offsetof(struct awsc_lambda_update_event_source_mapping_input, enabled), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateEventSourceMappingRequest.Enabled: Enabled */
        [957] = {REF(members[957].name_ref, strings[942]), REF(members[957].shape_ref, shapes[24]), offsetof(struct awsc_lambda_update_event_source_mapping_input, batch_size), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_batch_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateEventSourceMappingRequest.BatchSize: BatchSize */
        [958] = {REF(members[958].name_ref, strings[3486]), REF(members[958].shape_ref, shapes[188]), offsetof(struct awsc_lambda_update_event_source_mapping_input, filter_criteria), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateEventSourceMappingRequest.FilterCriteria: FilterCriteria */
        [959] = {REF(members[959].name_ref, strings[3501]), REF(members[959].shape_ref, shapes[295]), offsetof(struct awsc_lambda_update_event_source_mapping_input, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateEventSourceMappingRequest.KMSKeyArn: KMSKeyArn */
        [960] = {REF(members[960].name_ref, strings[3511]), REF(members[960].shape_ref, shapes[164]), offsetof(struct awsc_lambda_update_event_source_mapping_input, metrics_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateEventSourceMappingRequest.MetricsConfig: EventSourceMappingMetricsConfig */
        [961] = {REF(members[961].name_ref, strings[2150]), REF(members[961].shape_ref, shapes[161]), offsetof(struct awsc_lambda_update_event_source_mapping_input, logging_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateEventSourceMappingRequest.LoggingConfig: EventSourceMappingLoggingConfig */
        [962] = {REF(members[962].name_ref, strings[3525]), REF(members[962].shape_ref, shapes[471]), offsetof(struct awsc_lambda_update_event_source_mapping_input, scaling_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateEventSourceMappingRequest.ScalingConfig: ScalingConfig */
        [963] = {REF(members[963].name_ref, strings[3539]), REF(members[963].shape_ref, shapes[369]), offsetof(struct awsc_lambda_update_event_source_mapping_input, maximum_batching_window_in_seconds), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_maximum_batching_window_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateEventSourceMappingRequest.MaximumBatchingWindowInSeconds: MaximumBatchingWindowInSeconds */
        [964] = {REF(members[964].name_ref, strings[3570]), REF(members[964].shape_ref, shapes[405]), offsetof(struct awsc_lambda_update_event_source_mapping_input, parallelization_factor), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_parallelization_factor), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateEventSourceMappingRequest.ParallelizationFactor: ParallelizationFactor */
        [965] = {REF(members[965].name_ref, strings[3635]), REF(members[965].shape_ref, shapes[120]), offsetof(struct awsc_lambda_update_event_source_mapping_input, destination_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateEventSourceMappingRequest.DestinationConfig: DestinationConfig */
        [966] = {REF(members[966].name_ref, strings[3653]), REF(members[966].shape_ref, shapes[373]), offsetof(struct awsc_lambda_update_event_source_mapping_input, maximum_record_age_in_seconds), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_maximum_record_age_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateEventSourceMappingRequest.MaximumRecordAgeInSeconds: MaximumRecordAgeInSeconds */
        [967] = {REF(members[967].name_ref, strings[975]), REF(members[967].shape_ref, shapes[26]), offsetof(struct awsc_lambda_update_event_source_mapping_input, bisect_batch_on_function_error), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_bisect_batch_on_function_error), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateEventSourceMappingRequest.BisectBatchOnFunctionError: BisectBatchOnFunctionError */
        [968] = {REF(members[968].name_ref, strings[3679]), REF(members[968].shape_ref, shapes[375]), offsetof(struct awsc_lambda_update_event_source_mapping_input, maximum_retry_attempts), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_maximum_retry_attempts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateEventSourceMappingRequest.MaximumRetryAttempts: MaximumRetryAttemptsEventSourceMapping */
        [969] = {REF(members[969].name_ref, strings[3700]), REF(members[969].shape_ref, shapes[546]), offsetof(struct awsc_lambda_update_event_source_mapping_input, tumbling_window_in_seconds), offsetof(struct awsc_lambda_update_event_source_mapping_input, has_tumbling_window_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateEventSourceMappingRequest.TumblingWindowInSeconds: TumblingWindowInSeconds */
        [970] = {REF(members[970].name_ref, strings[3738]), REF(members[970].shape_ref, shapes[499]), offsetof(struct awsc_lambda_update_event_source_mapping_input, source_access_configurations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateEventSourceMappingRequest.SourceAccessConfigurations: SourceAccessConfigurations */
        [971] = {REF(members[971].name_ref, strings[3788]), REF(members[971].shape_ref, shapes[205]), offsetof(struct awsc_lambda_update_event_source_mapping_input, function_response_types), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateEventSourceMappingRequest.FunctionResponseTypes: FunctionResponseTypeList */
        [972] = {REF(members[972].name_ref, strings[754]), REF(members[972].shape_ref, shapes[18]), offsetof(struct awsc_lambda_update_event_source_mapping_input, amazon_managed_kafka_event_source_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateEventSourceMappingRequest.AmazonManagedKafkaEventSourceConfig: AmazonManagedKafkaEventSourceConfig */
        [973] = {REF(members[973].name_ref, strings[3810]), REF(members[973].shape_ref, shapes[477]), offsetof(struct awsc_lambda_update_event_source_mapping_input, self_managed_kafka_event_source_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateEventSourceMappingRequest.SelfManagedKafkaEventSourceConfig: SelfManagedKafkaEventSourceConfig */
        [974] = {REF(members[974].name_ref, strings[3844]), REF(members[974].shape_ref, shapes[121]), offsetof(struct awsc_lambda_update_event_source_mapping_input, document_db_event_source_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateEventSourceMappingRequest.DocumentDBEventSourceConfig: DocumentDBEventSourceConfig */
        [975] = {REF(members[975].name_ref, strings[3872]), REF(members[975].shape_ref, shapes[420]), offsetof(struct awsc_lambda_update_event_source_mapping_input, provisioned_poller_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateEventSourceMappingRequest.ProvisionedPollerConfig: ProvisionedPollerConfig */
        [976] = {REF(members[976].name_ref, strings[315]), REF(members[976].shape_ref, shapes[203]), offsetof(struct awsc_lambda_update_function_code_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionCodeRequest.FunctionName: FunctionName */
        [977] = {REF(members[977].name_ref, strings[7040]), REF(members[977].shape_ref, shapes[27]), offsetof(struct awsc_lambda_update_function_code_input, zip_file), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionCodeRequest.ZipFile: Blob */
        [978] = {REF(members[978].name_ref, strings[7048]), REF(members[978].shape_ref, shapes[464]), offsetof(struct awsc_lambda_update_function_code_input, s3_bucket), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionCodeRequest.S3Bucket: S3Bucket */
        [979] = {REF(members[979].name_ref, strings[7057]), REF(members[979].shape_ref, shapes[468]), offsetof(struct awsc_lambda_update_function_code_input, s3_key), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionCodeRequest.S3Key: S3Key */
        [980] = {REF(members[980].name_ref, strings[7063]), REF(members[980].shape_ref, shapes[470]), offsetof(struct awsc_lambda_update_function_code_input, s3_object_version), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionCodeRequest.S3ObjectVersion: S3ObjectVersion */
        [981] = {REF(members[981].name_ref, strings[7079]), REF(members[981].shape_ref, shapes[469]), offsetof(struct awsc_lambda_update_function_code_input, s3_object_storage_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionCodeRequest.S3ObjectStorageMode: S3ObjectStorageMode */
        [982] = {REF(members[982].name_ref, strings[7099]), REF(members[982].shape_ref, shapes[516]), offsetof(struct awsc_lambda_update_function_code_input, image_uri), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionCodeRequest.ImageUri: String */
        [983] = {REF(members[983].name_ref, strings[4065]), REF(members[983].shape_ref, shapes[21]), offsetof(struct awsc_lambda_update_function_code_input, architectures), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionCodeRequest.Architectures: ArchitecturesList */
        [984] = {REF(members[984].name_ref, strings[3955]), REF(members[984].shape_ref, shapes[29]), offsetof(struct awsc_lambda_update_function_code_input, publish), offsetof(struct awsc_lambda_update_function_code_input, has_publish), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionCodeRequest.Publish: Boolean */
        [985] = {REF(members[985].name_ref, strings[3963]), REF(members[985].shape_ref, shapes[215]), offsetof(struct awsc_lambda_update_function_code_input, publish_to), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionCodeRequest.PublishTo: FunctionVersionLatestPublished */
        [986] = {REF(members[986].name_ref, strings[19437]), REF(members[986].shape_ref, shapes[29]), offsetof(struct awsc_lambda_update_function_code_input, dry_run), offsetof(struct awsc_lambda_update_function_code_input, has_dry_run), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionCodeRequest.DryRun: Boolean */
        [987] = {REF(members[987].name_ref, strings[239]), REF(members[987].shape_ref, shapes[516]), offsetof(struct awsc_lambda_update_function_code_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionCodeRequest.RevisionId: String */
        [988] = {REF(members[988].name_ref, strings[7108]), REF(members[988].shape_ref, shapes[295]), offsetof(struct awsc_lambda_update_function_code_input, source_kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionCodeRequest.SourceKMSKeyArn: KMSKeyArn */
        [989] = {REF(members[989].name_ref, strings[315]), REF(members[989].shape_ref, shapes[203]), offsetof(struct awsc_lambda_update_function_configuration_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionConfigurationRequest.FunctionName: FunctionName */
        [990] = {REF(members[990].name_ref, strings[3926]), REF(members[990].shape_ref, shapes[459]), offsetof(struct awsc_lambda_update_function_configuration_input, role), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionConfigurationRequest.Role: RoleArn */
        [991] = {REF(members[991].name_ref, strings[3931]), REF(members[991].shape_ref, shapes[258]), offsetof(struct awsc_lambda_update_function_configuration_input, handler), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionConfigurationRequest.Handler: Handler */
        [992] = {REF(members[992].name_ref, strings[556]), REF(members[992].shape_ref, shapes[118]), offsetof(struct awsc_lambda_update_function_configuration_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionConfigurationRequest.Description: Description */
        [993] = {REF(members[993].name_ref, strings[1266]), REF(members[993].shape_ref, shapes[536]), offsetof(struct awsc_lambda_update_function_configuration_input, timeout), offsetof(struct awsc_lambda_update_function_configuration_input, has_timeout), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionConfigurationRequest.Timeout: Timeout */
        [994] = {REF(members[994].name_ref, strings[3944]), REF(members[994].shape_ref, shapes[376]), offsetof(struct awsc_lambda_update_function_configuration_input, memory_size), offsetof(struct awsc_lambda_update_function_configuration_input, has_memory_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionConfigurationRequest.MemorySize: MemorySize */
        [995] = {REF(members[995].name_ref, strings[1399]), REF(members[995].shape_ref, shapes[567]), offsetof(struct awsc_lambda_update_function_configuration_input, vpc_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionConfigurationRequest.VpcConfig: VpcConfig */
        [996] = {REF(members[996].name_ref, strings[4002]), REF(members[996].shape_ref, shapes[142]), offsetof(struct awsc_lambda_update_function_configuration_input, environment), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionConfigurationRequest.Environment: Environment */
        [997] = {REF(members[997].name_ref, strings[3918]), REF(members[997].shape_ref, shapes[460]), offsetof(struct awsc_lambda_update_function_configuration_input, runtime), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionConfigurationRequest.Runtime: Runtime */
        [998] = {REF(members[998].name_ref, strings[3985]), REF(members[998].shape_ref, shapes[103]), offsetof(struct awsc_lambda_update_function_configuration_input, dead_letter_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionConfigurationRequest.DeadLetterConfig: DeadLetterConfig */
        [999] = {REF(members[999].name_ref, strings[3501]), REF(members[999].shape_ref, shapes[295]), offsetof(struct awsc_lambda_update_function_configuration_input, kms_key_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionConfigurationRequest.KMSKeyArn: KMSKeyArn */
        [1000] = {REF(members[1000].name_ref, strings[4014]), REF(members[1000].shape_ref, shapes[542]), offsetof(struct awsc_lambda_update_function_configuration_input, tracing_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionConfigurationRequest.TracingConfig: TracingConfig */
        [1001] = {REF(members[1001].name_ref, strings[239]), REF(members[1001].shape_ref, shapes[516]), offsetof(struct awsc_lambda_update_function_configuration_input, revision_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionConfigurationRequest.RevisionId: String */
        [1002] = {REF(members[1002].name_ref, strings[4028]), REF(members[1002].shape_ref, shapes[311]), offsetof(struct awsc_lambda_update_function_configuration_input, layers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionConfigurationRequest.Layers: LayerList */
        [1003] = {REF(members[1003].name_ref, strings[4035]), REF(members[1003].shape_ref, shapes[186]), offsetof(struct awsc_lambda_update_function_configuration_input, file_system_configs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionConfigurationRequest.FileSystemConfigs: FileSystemConfigList */
        [1004] = {REF(members[1004].name_ref, strings[4053]), REF(members[1004].shape_ref, shapes[262]), offsetof(struct awsc_lambda_update_function_configuration_input, image_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionConfigurationRequest.ImageConfig: ImageConfig */
        [1005] = {REF(members[1005].name_ref, strings[4079]), REF(members[1005].shape_ref, shapes[148]), offsetof(struct awsc_lambda_update_function_configuration_input, ephemeral_storage), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionConfigurationRequest.EphemeralStorage: EphemeralStorage */
        [1006] = {REF(members[1006].name_ref, strings[4096]), REF(members[1006].shape_ref, shapes[490]), offsetof(struct awsc_lambda_update_function_configuration_input, snap_start), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionConfigurationRequest.SnapStart: SnapStart */
        [1007] = {REF(members[1007].name_ref, strings[2150]), REF(members[1007].shape_ref, shapes[359]), offsetof(struct awsc_lambda_update_function_configuration_input, logging_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionConfigurationRequest.LoggingConfig: LoggingConfig */
        [1008] = {REF(members[1008].name_ref, strings[1531]), REF(members[1008].shape_ref, shapes[42]), offsetof(struct awsc_lambda_update_function_configuration_input, capacity_provider_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionConfigurationRequest.CapacityProviderConfig: CapacityProviderConfig */
        [1009] = {REF(members[1009].name_ref, strings[4120]), REF(members[1009].shape_ref, shapes[122]), offsetof(struct awsc_lambda_update_function_configuration_input, durable_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionConfigurationRequest.DurableConfig: DurableConfig */
        [1010] = {REF(members[1010].name_ref, strings[315]), REF(members[1010].shape_ref, shapes[382]), offsetof(struct awsc_lambda_update_function_event_invoke_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionEventInvokeConfigRequest.FunctionName: NamespacedFunctionName */
        [1011] = {REF(members[1011].name_ref, strings[411]), REF(members[1011].shape_ref, shapes[387]), offsetof(struct awsc_lambda_update_function_event_invoke_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionEventInvokeConfigRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [1012] = {REF(members[1012].name_ref, strings[3679]), REF(members[1012].shape_ref, shapes[374]), offsetof(struct awsc_lambda_update_function_event_invoke_config_input, maximum_retry_attempts), offsetof(struct awsc_lambda_update_function_event_invoke_config_input, has_maximum_retry_attempts), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionEventInvokeConfigRequest.MaximumRetryAttempts: MaximumRetryAttempts */
        [1013] = {REF(members[1013].name_ref, strings[7503]), REF(members[1013].shape_ref, shapes[371]), offsetof(struct awsc_lambda_update_function_event_invoke_config_input, maximum_event_age_in_seconds), offsetof(struct awsc_lambda_update_function_event_invoke_config_input, has_maximum_event_age_in_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionEventInvokeConfigRequest.MaximumEventAgeInSeconds: MaximumEventAgeInSeconds */
        [1014] = {REF(members[1014].name_ref, strings[3635]), REF(members[1014].shape_ref, shapes[120]), offsetof(struct awsc_lambda_update_function_event_invoke_config_input, destination_config), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionEventInvokeConfigRequest.DestinationConfig: DestinationConfig */
        [1015] = {REF(members[1015].name_ref, strings[315]), REF(members[1015].shape_ref, shapes[212]), offsetof(struct awsc_lambda_update_function_url_config_input, function_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionUrlConfigRequest.FunctionName: FunctionUrlFunctionName */
        [1016] = {REF(members[1016].name_ref, strings[411]), REF(members[1016].shape_ref, shapes[213]), offsetof(struct awsc_lambda_update_function_url_config_input, qualifier), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionUrlConfigRequest.Qualifier: FunctionUrlQualifier */
        [1017] = {REF(members[1017].name_ref, strings[4165]), REF(members[1017].shape_ref, shapes[209]), offsetof(struct awsc_lambda_update_function_url_config_input, auth_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionUrlConfigRequest.AuthType: FunctionUrlAuthType */
        [1018] = {REF(members[1018].name_ref, strings[3218]), REF(members[1018].shape_ref, shapes[91]), offsetof(struct awsc_lambda_update_function_url_config_input, cors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionUrlConfigRequest.Cors: Cors */
        [1019] = {REF(members[1019].name_ref, strings[4174]), REF(members[1019].shape_ref, shapes[284]), offsetof(struct awsc_lambda_update_function_url_config_input, invoke_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionUrlConfigRequest.InvokeMode: InvokeMode */
        [1020] = {REF(members[1020].name_ref, strings[4217]), REF(members[1020].shape_ref, shapes[208]), offsetof(struct awsc_lambda_update_function_url_config_output, function_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionUrlConfigResponse.FunctionUrl: FunctionUrl */
        [1021] = {REF(members[1021].name_ref, strings[4229]), REF(members[1021].shape_ref, shapes[194]), offsetof(struct awsc_lambda_update_function_url_config_output, function_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionUrlConfigResponse.FunctionArn: FunctionArn */
        [1022] = {REF(members[1022].name_ref, strings[4165]), REF(members[1022].shape_ref, shapes[209]), offsetof(struct awsc_lambda_update_function_url_config_output, auth_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionUrlConfigResponse.AuthType: FunctionUrlAuthType */
        [1023] = {REF(members[1023].name_ref, strings[3218]), REF(members[1023].shape_ref, shapes[91]), offsetof(struct awsc_lambda_update_function_url_config_output, cors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionUrlConfigResponse.Cors: Cors */
        [1024] = {REF(members[1024].name_ref, strings[4241]), REF(members[1024].shape_ref, shapes[537]), offsetof(struct awsc_lambda_update_function_url_config_output, creation_time), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionUrlConfigResponse.CreationTime: Timestamp */
        [1025] = {REF(members[1025].name_ref, strings[7787]), REF(members[1025].shape_ref, shapes[537]), offsetof(struct awsc_lambda_update_function_url_config_output, last_modified_time), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionUrlConfigResponse.LastModifiedTime: Timestamp */
        [1026] = {REF(members[1026].name_ref, strings[4174]), REF(members[1026].shape_ref, shapes[284]), offsetof(struct awsc_lambda_update_function_url_config_output, invoke_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateFunctionUrlConfigResponse.InvokeMode: InvokeMode */
        [1027] = {REF(members[1027].name_ref, strings[2190]), REF(members[1027].shape_ref, shapes[520]), offsetof(struct awsc_lambda_vpc_config, subnet_ids), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VpcConfig.SubnetIds: SubnetIds */
        [1028] = {REF(members[1028].name_ref, strings[2200]), REF(members[1028].shape_ref, shapes[475]), offsetof(struct awsc_lambda_vpc_config, security_group_ids), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VpcConfig.SecurityGroupIds: SecurityGroupIds */
        [1029] = {REF(members[1029].name_ref, strings[19635]), REF(members[1029].shape_ref, shapes[386]), offsetof(struct awsc_lambda_vpc_config, ipv6_allowed_for_dual_stack), offsetof(struct awsc_lambda_vpc_config, has_ipv6_allowed_for_dual_stack), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VpcConfig.Ipv6AllowedForDualStack: NullableBoolean */
        [1030] = {REF(members[1030].name_ref, strings[2190]), REF(members[1030].shape_ref, shapes[520]), offsetof(struct awsc_lambda_vpc_config_response, subnet_ids), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VpcConfigResponse.SubnetIds: SubnetIds */
        [1031] = {REF(members[1031].name_ref, strings[2200]), REF(members[1031].shape_ref, shapes[475]), offsetof(struct awsc_lambda_vpc_config_response, security_group_ids), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VpcConfigResponse.SecurityGroupIds: SecurityGroupIds */
        [1032] = {REF(members[1032].name_ref, strings[19677]), REF(members[1032].shape_ref, shapes[569]), offsetof(struct awsc_lambda_vpc_config_response, vpc_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VpcConfigResponse.VpcId: VpcId */
        [1033] = {REF(members[1033].name_ref, strings[19635]), REF(members[1033].shape_ref, shapes[386]), offsetof(struct awsc_lambda_vpc_config_response, ipv6_allowed_for_dual_stack), offsetof(struct awsc_lambda_vpc_config_response, has_ipv6_allowed_for_dual_stack), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VpcConfigResponse.Ipv6AllowedForDualStack: NullableBoolean */
        [1034] = {REF(members[1034].name_ref, strings[1060]), REF(members[1034].shape_ref, shapes[155]), offsetof(struct awsc_lambda_wait_cancelled_details, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* WaitCancelledDetails.Error: EventError */
        [1035] = {REF(members[1035].name_ref, strings[19683]), REF(members[1035].shape_ref, shapes[183]), offsetof(struct awsc_lambda_wait_details, scheduled_end_timestamp), offsetof(struct awsc_lambda_wait_details, has_scheduled_end_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* WaitDetails.ScheduledEndTimestamp: ExecutionTimestamp */
        [1036] = {REF(members[1036].name_ref, strings[19705]), REF(members[1036].shape_ref, shapes[573]), offsetof(struct awsc_lambda_wait_options, wait_seconds), offsetof(struct awsc_lambda_wait_options, has_wait_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* WaitOptions.WaitSeconds: WaitOptionsWaitSecondsInteger */
        [1037] = {REF(members[1037].name_ref, strings[19747]), REF(members[1037].shape_ref, shapes[127]), offsetof(struct awsc_lambda_wait_started_details, duration), offsetof(struct awsc_lambda_wait_started_details, has_duration), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* WaitStartedDetails.Duration: DurationSeconds */
        [1038] = {REF(members[1038].name_ref, strings[19683]), REF(members[1038].shape_ref, shapes[183]), offsetof(struct awsc_lambda_wait_started_details, scheduled_end_timestamp), offsetof(struct awsc_lambda_wait_started_details, has_scheduled_end_timestamp), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* WaitStartedDetails.ScheduledEndTimestamp: ExecutionTimestamp */
        [1039] = {REF(members[1039].name_ref, strings[19747]), REF(members[1039].shape_ref, shapes[127]), offsetof(struct awsc_lambda_wait_succeeded_details, duration), offsetof(struct awsc_lambda_wait_succeeded_details, has_duration), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* WaitSucceededDetails.Duration: DurationSeconds */
    },
    /* each structure's member indexes, sorted by wire name */
    .by_wire_name = {
        /* [0] AccountLimit */ 1, 2, 3, 0, 4,
        /* [5] AccountUsage */ 1, 0,
        /* [7] AddLayerVersionPermissionRequest */ 3, 0, 5, 4, 6, 2, 1,
        /* [14] AddLayerVersionPermissionResponse */ 1, 0,
        /* [16] AddPermissionRequest */ 2, 8, 0, 5, 6, 3, 11, 9, 10, 7, 4, 1,
        /* [28] AddPermissionResponse */ 0,
        /* [29] AliasConfiguration */ 0, 3, 2, 1, 5, 4,
        /* [35] AliasLimitExceededException */ 0, 1,
        /* [37] AliasRoutingConfiguration */ 0,
        /* [38] AllowedPublishers */ 0,
        /* [39] AmazonManagedKafkaEventSourceConfig */ 0, 1,
        /* [41] CallbackDetails */ 0, 2, 1,
        /* [44] CallbackFailedDetails */ 0,
        /* [45] CallbackOptions */ 1, 0,
        /* [47] CallbackStartedDetails */ 0, 1, 2,
        /* [50] CallbackSucceededDetails */ 0,
        /* [51] CallbackTimedOutDetails */ 0,
        /* [52] CallbackTimeoutException */ 1, 0,
        /* [54] CapacityProvider */ 0, 5, 4, 6, 7, 3, 8, 1, 9, 2,
        /* [64] CapacityProviderConfig */ 0,
        /* [65] CapacityProviderLimitExceededException */ 0, 1,
        /* [67] CapacityProviderLoggingConfig */ 1, 0,
        /* [69] CapacityProviderPermissionsConfig */ 0,
        /* [70] CapacityProviderScalingConfig */ 0, 1, 2,
        /* [73] CapacityProviderTelemetryConfig */ 0,
        /* [74] CapacityProviderVpcConfig */ 1, 0,
        /* [76] ChainedInvokeDetails */ 1, 0,
        /* [78] ChainedInvokeFailedDetails */ 0,
        /* [79] ChainedInvokeOptions */ 0, 1,
        /* [81] ChainedInvokeStartedDetails */ 4, 3, 0, 2, 1,
        /* [86] ChainedInvokeStoppedDetails */ 0,
        /* [87] ChainedInvokeSucceededDetails */ 0,
        /* [88] ChainedInvokeTimedOutDetails */ 0,
        /* [89] CheckpointDurableExecutionRequest */ 1, 3, 0, 2,
        /* [93] CheckpointDurableExecutionResponse */ 0, 1,
        /* [95] CheckpointUpdatedExecutionState */ 1, 0,
        /* [97] CodeArtifactUserDeletedException */ 0, 1,
        /* [99] CodeArtifactUserFailedException */ 0, 1,
        /* [101] CodeArtifactUserPendingException */ 0, 1,
        /* [103] CodeSigningConfig */ 3, 1, 0, 4, 2, 5,
        /* [109] CodeSigningConfigNotFoundException */ 1, 0,
        /* [111] CodeSigningPolicies */ 0,
        /* [112] CodeStorageExceededException */ 0, 1,
        /* [114] CodeVerificationFailedException */ 1, 0,
        /* [116] Concurrency */ 0,
        /* [117] ContextDetails */ 2, 0, 1,
        /* [120] ContextFailedDetails */ 0,
        /* [121] ContextOptions */ 0,
        /* [122] ContextSucceededDetails */ 0,
        /* [123] Cors */ 0, 1, 2, 3, 4, 5,
        /* [129] CreateAliasRequest */ 3, 0, 2, 1, 4,
        /* [134] CreateCapacityProviderRequest */ 0, 4, 3, 5, 2, 7, 6, 8, 1,
        /* [143] CreateCapacityProviderResponse */ 0,
        /* [144] CreateCodeSigningConfigRequest */ 1, 2, 0, 3,
        /* [148] CreateCodeSigningConfigResponse */ 0,
        /* [149] CreateEventSourceMappingRequest */ 24, 3, 15, 13, 26, 2, 0, 4, 1, 23, 5, 7, 9, 14, 16, 6, 10, 27, 20, 8, 22, 25, 21, 11, 12, 17, 19, 18,
        /* [177] CreateFunctionRequest */ 21, 26, 4, 19, 12, 5, 27, 13, 22, 18, 0, 3, 20, 14, 17, 24, 7, 11, 8, 9, 2, 1, 23, 16, 25, 6, 15, 10,
        /* [205] CreateFunctionUrlConfigRequest */ 2, 3, 0, 4, 1,
        /* [210] CreateFunctionUrlConfigResponse */ 2, 3, 4, 1, 0, 5,
        /* [216] DeadLetterConfig */ 0,
        /* [217] DeleteAliasRequest */ 0, 1,
        /* [219] DeleteCapacityProviderRequest */ 0,
        /* [220] DeleteCapacityProviderResponse */ 0,
        /* [221] DeleteCodeSigningConfigRequest */ 0,
        /* [222] DeleteEventSourceMappingRequest */ 0,
        /* [223] DeleteFunctionCodeSigningConfigRequest */ 0,
        /* [224] DeleteFunctionConcurrencyRequest */ 0,
        /* [225] DeleteFunctionEventInvokeConfigRequest */ 0, 1,
        /* [227] DeleteFunctionRequest */ 0, 1,
        /* [229] DeleteFunctionResponse */ 0,
        /* [230] DeleteFunctionUrlConfigRequest */ 0, 1,
        /* [232] DeleteLayerVersionRequest */ 0, 1,
        /* [234] DeleteProvisionedConcurrencyConfigRequest */ 0, 1,
        /* [236] DestinationConfig */ 1, 0,
        /* [238] DocumentDBEventSourceConfig */ 1, 0, 2,
        /* [241] DurableConfig */ 2, 0, 1,
        /* [244] DurableExecutionAlreadyStartedException */ 1, 0,
        /* [246] EC2AccessDeniedException */ 1, 0,
        /* [248] EC2ThrottledException */ 1, 0,
        /* [250] EC2UnexpectedException */ 2, 1, 0,
        /* [253] EFSIOException */ 1, 0,
        /* [255] EFSMountConnectivityException */ 1, 0,
        /* [257] EFSMountFailureException */ 1, 0,
        /* [259] EFSMountTimeoutException */ 1, 0,
        /* [261] ENILimitReachedException */ 1, 0,
        /* [263] ENINotReadyException */ 1, 0,
        /* [265] Environment */ 0,
        /* [266] EnvironmentError */ 0, 1,
        /* [268] EnvironmentResponse */ 1, 0,
        /* [270] EphemeralStorage */ 0,
        /* [271] ErrorObject */ 2, 0, 1, 3,
        /* [275] Event */ 28, 26, 27, 29, 23, 21, 25, 22, 24, 14, 12, 13, 2, 5, 0, 9, 7, 11, 8, 10, 3, 30, 4, 6, 20, 18, 19, 1, 17, 15, 16,
        /* [306] EventError */ 0, 1,
        /* [308] EventInput */ 0, 1,
        /* [310] EventResult */ 0, 1,
        /* [312] EventSourceMappingConfiguration */ 28, 3, 24, 18, 30, 6, 31, 7, 8, 13, 27, 9, 14, 15, 11, 4, 23, 25, 10, 5, 32, 20, 12, 22, 29, 21, 1, 2, 16, 17, 19, 26, 0,
        /* [345] EventSourceMappingLoggingConfig */ 0,
        /* [346] EventSourceMappingMetricsConfig */ 0,
        /* [347] Execution */ 0, 1, 5, 2, 6, 4, 3,
        /* [354] ExecutionDetails */ 0,
        /* [355] ExecutionFailedDetails */ 0,
        /* [356] ExecutionStartedDetails */ 1, 0,
        /* [358] ExecutionStoppedDetails */ 0,
        /* [359] ExecutionSucceededDetails */ 0,
        /* [360] ExecutionTimedOutDetails */ 0,
        /* [361] FileSystemConfig */ 0, 1,
        /* [363] Filter */ 0,
        /* [364] FilterCriteria */ 0,
        /* [365] FilterCriteriaError */ 0, 1,
        /* [367] FunctionCode */ 5, 1, 2, 4, 3, 6, 0,
        /* [374] FunctionCodeLocation */ 6, 2, 1, 0, 3, 4, 5,
        /* [381] FunctionCodeLocationError */ 0, 1,
        /* [383] FunctionConfiguration */ 31, 37, 10, 5, 38, 13, 6, 39, 14, 32, 26, 1, 0, 4, 30, 15, 9, 23, 24, 25, 19, 35, 17, 8, 29, 18, 3, 2, 34, 28, 27, 33, 20, 21, 22, 36, 7, 16, 11, 12,
        /* [423] FunctionEventInvokeConfig */ 4, 1, 0, 3, 2,
        /* [428] FunctionScalingConfig */ 1, 0,
        /* [430] FunctionUrlConfig */ 5, 4, 2, 1, 0, 6, 3,
        /* [437] FunctionVersionsByCapacityProviderListItem */ 0, 1,
        /* [439] FunctionVersionsPerCapacityProviderLimitExceededException */ 0, 1,
        /* [441] GetAccountSettingsResponse */ 0, 1,
        /* [443] GetAliasRequest */ 0, 1,
        /* [445] GetCapacityProviderRequest */ 0,
        /* [446] GetCapacityProviderResponse */ 0,
        /* [447] GetCodeSigningConfigRequest */ 0,
        /* [448] GetCodeSigningConfigResponse */ 0,
        /* [449] GetDurableExecutionHistoryRequest */ 0, 1, 3, 2, 4,
        /* [454] GetDurableExecutionHistoryResponse */ 0, 1,
        /* [456] GetDurableExecutionRequest */ 0, 1,
        /* [458] GetDurableExecutionResponse */ 12, 0, 1, 8, 5, 11, 2, 3, 4, 6, 7, 10, 9,
        /* [471] GetDurableExecutionStateRequest */ 1, 0, 2, 3,
        /* [475] GetDurableExecutionStateResponse */ 1, 0,
        /* [477] GetEventSourceMappingRequest */ 0,
        /* [478] GetFunctionCodeSigningConfigRequest */ 0,
        /* [479] GetFunctionCodeSigningConfigResponse */ 0, 1,
        /* [481] GetFunctionConcurrencyRequest */ 0,
        /* [482] GetFunctionConcurrencyResponse */ 0,
        /* [483] GetFunctionConfigurationRequest */ 0, 1,
        /* [485] GetFunctionEventInvokeConfigRequest */ 0, 1,
        /* [487] GetFunctionRecursionConfigRequest */ 0,
        /* [488] GetFunctionRecursionConfigResponse */ 0,
        /* [489] GetFunctionRequest */ 0, 1,
        /* [491] GetFunctionResponse */ 1, 4, 0, 2, 3,
        /* [496] GetFunctionScalingConfigRequest */ 0, 1,
        /* [498] GetFunctionScalingConfigResponse */ 1, 0, 2,
        /* [501] GetFunctionUrlConfigRequest */ 0, 1,
        /* [503] GetFunctionUrlConfigResponse */ 2, 3, 4, 1, 0, 6, 5,
        /* [510] GetLayerVersionByArnRequest */ 0,
        /* [511] GetLayerVersionPolicyRequest */ 0, 1,
        /* [513] GetLayerVersionPolicyResponse */ 0, 1,
        /* [515] GetLayerVersionRequest */ 0, 1,
        /* [517] GetLayerVersionResponse */ 6, 7, 0, 4, 3, 1, 2, 8, 5,
        /* [526] GetPolicyRequest */ 0, 1,
        /* [528] GetPolicyResponse */ 0, 1,
        /* [530] GetProvisionedConcurrencyConfigRequest */ 0, 1,
        /* [532] GetProvisionedConcurrencyConfigResponse */ 2, 1, 5, 0, 3, 4,
        /* [538] GetRuntimeManagementConfigRequest */ 0, 1,
        /* [540] GetRuntimeManagementConfigResponse */ 1, 2, 0,
        /* [543] ImageConfig */ 1, 0, 2,
        /* [546] ImageConfigError */ 0, 1,
        /* [548] ImageConfigResponse */ 1, 0,
        /* [550] InstanceRequirements */ 1, 0, 2,
        /* [553] InvalidCodeSignatureException */ 1, 0,
        /* [555] InvalidParameterValueException */ 0, 1,
        /* [557] InvalidRequestContentException */ 0, 1,
        /* [559] InvalidRuntimeException */ 1, 0,
        /* [561] InvalidSecurityGroupIDException */ 1, 0,
        /* [563] InvalidSubnetIDException */ 1, 0,
        /* [565] InvalidZipFileException */ 1, 0,
        /* [567] InvocationCompletedDetails */ 1, 3, 2, 0,
        /* [571] InvocationRequest */ 0, 5, 6, 3, 4, 1, 2, 7,
        /* [579] InvocationResponse */ 3, 0, 5, 4, 1, 2,
        /* [585] InvokeAsyncRequest */ 0, 1,
        /* [587] InvokeAsyncResponse */ 0,
        /* [588] InvokeResponseStreamUpdate */ 0,
        /* [589] InvokeWithResponseStreamCompleteEvent */ 0, 1, 2,
        /* [592] InvokeWithResponseStreamRequest */ 0, 4, 3, 2, 6, 1, 5,
        /* [599] InvokeWithResponseStreamResponse */ 3, 2, 0, 1,
        /* [603] InvokeWithResponseStreamResponseEvent */ 1, 0,
        /* [605] KMSAccessDeniedException */ 1, 0,
        /* [607] KMSDisabledException */ 1, 0,
        /* [609] KMSInvalidStateException */ 1, 0,
        /* [611] KMSNotFoundException */ 1, 0,
        /* [613] KafkaSchemaRegistryAccessConfig */ 0, 1,
        /* [615] KafkaSchemaRegistryConfig */ 2, 1, 0, 3,
        /* [619] KafkaSchemaValidationConfig */ 0,
        /* [620] LambdaManagedInstancesCapacityProviderConfig */ 0, 2, 1,
        /* [623] Layer */ 0, 1, 3, 2,
        /* [627] LayerVersionContentInput */ 0, 1, 3, 2, 4,
        /* [632] LayerVersionContentOutput */ 1, 2, 0, 5, 4, 3,
        /* [638] LayerVersionsListItem */ 4, 5, 3, 2, 0, 6, 1,
        /* [645] LayersListItem */ 2, 1, 0,
        /* [648] ListAliasesRequest */ 0, 1, 2, 3,
        /* [652] ListAliasesResponse */ 1, 0,
        /* [654] ListCapacityProvidersRequest */ 1, 2, 0,
        /* [657] ListCapacityProvidersResponse */ 0, 1,
        /* [659] ListCodeSigningConfigsRequest */ 0, 1,
        /* [661] ListCodeSigningConfigsResponse */ 1, 0,
        /* [663] ListDurableExecutionsByFunctionRequest */ 2, 0, 7, 8, 1, 6, 4, 5, 3,
        /* [672] ListDurableExecutionsByFunctionResponse */ 0, 1,
        /* [674] ListEventSourceMappingsRequest */ 0, 1, 2, 3,
        /* [678] ListEventSourceMappingsResponse */ 1, 0,
        /* [680] ListFunctionEventInvokeConfigsRequest */ 0, 1, 2,
        /* [683] ListFunctionEventInvokeConfigsResponse */ 0, 1,
        /* [685] ListFunctionUrlConfigsRequest */ 0, 1, 2,
        /* [688] ListFunctionUrlConfigsResponse */ 0, 1,
        /* [690] ListFunctionVersionsByCapacityProviderRequest */ 0, 1, 2,
        /* [693] ListFunctionVersionsByCapacityProviderResponse */ 0, 1, 2,
        /* [696] ListFunctionsByCodeSigningConfigRequest */ 0, 1, 2,
        /* [699] ListFunctionsByCodeSigningConfigResponse */ 1, 0,
        /* [701] ListFunctionsRequest */ 1, 2, 0, 3,
        /* [705] ListFunctionsResponse */ 1, 0,
        /* [707] ListLayerVersionsRequest */ 0, 1, 2, 3, 4,
        /* [712] ListLayerVersionsResponse */ 1, 0,
        /* [714] ListLayersRequest */ 0, 1, 2, 3,
        /* [718] ListLayersResponse */ 1, 0,
        /* [720] ListProvisionedConcurrencyConfigsRequest */ 0, 1, 2,
        /* [723] ListProvisionedConcurrencyConfigsResponse */ 1, 0,
        /* [725] ListTagsRequest */ 0,
        /* [726] ListTagsResponse */ 0,
        /* [727] ListVersionsByFunctionRequest */ 0, 1, 2,
        /* [730] ListVersionsByFunctionResponse */ 0, 1,
        /* [732] LoggingConfig */ 1, 0, 3, 2,
        /* [736] ModeNotSupportedException */ 0, 1,
        /* [738] NoPublishedVersionException */ 1, 0,
        /* [740] OnFailure */ 0,
        /* [741] OnSuccess */ 0,
        /* [742] Operation */ 12, 13, 9, 6, 8, 0, 2, 1, 5, 7, 10, 4, 3, 11,
        /* [756] OperationUpdate */ 5, 11, 12, 8, 7, 0, 2, 1, 6, 9, 4, 3, 10,
        /* [769] PolicyLengthExceededException */ 0, 1,
        /* [771] PreconditionFailedException */ 0, 1,
        /* [773] PropagateTags */ 1, 0,
        /* [775] ProvisionedConcurrencyConfigListItem */ 3, 2, 0, 6, 1, 4, 5,
        /* [782] ProvisionedConcurrencyConfigNotFoundException */ 0, 1,
        /* [784] ProvisionedPollerConfig */ 1, 0, 2,
        /* [787] PublicPolicyException */ 1, 0,
        /* [789] PublishLayerVersionRequest */ 3, 4, 2, 1, 0, 5,
        /* [795] PublishLayerVersionResponse */ 6, 7, 0, 4, 3, 1, 2, 8, 5,
        /* [804] PublishVersionRequest */ 1, 2, 0, 4, 3,
        /* [809] PutFunctionCodeSigningConfigRequest */ 0, 1,
        /* [811] PutFunctionCodeSigningConfigResponse */ 0, 1,
        /* [813] PutFunctionConcurrencyRequest */ 0, 1,
        /* [815] PutFunctionEventInvokeConfigRequest */ 4, 0, 3, 2, 1,
        /* [820] PutFunctionRecursionConfigRequest */ 0, 1,
        /* [822] PutFunctionRecursionConfigResponse */ 0,
        /* [823] PutFunctionScalingConfigRequest */ 0, 2, 1,
        /* [826] PutFunctionScalingConfigResponse */ 0,
        /* [827] PutProvisionedConcurrencyConfigRequest */ 0, 2, 1,
        /* [830] PutProvisionedConcurrencyConfigResponse */ 1, 2, 5, 0, 3, 4,
        /* [836] PutRuntimeManagementConfigRequest */ 0, 1, 3, 2,
        /* [840] PutRuntimeManagementConfigResponse */ 1, 2, 0,
        /* [843] RecursiveInvocationException */ 1, 0,
        /* [845] RemoveLayerVersionPermissionRequest */ 0, 3, 2, 1,
        /* [849] RemovePermissionRequest */ 0, 2, 3, 1,
        /* [853] RequestTooLargeException */ 0, 1,
        /* [855] ResolvedS3Object */ 0, 1, 2,
        /* [858] ResourceConflictException */ 0, 1,
        /* [860] ResourceInUseException */ 1, 0,
        /* [862] ResourceNotFoundException */ 1, 0,
        /* [864] ResourceNotReadyException */ 0, 1,
        /* [866] RetryDetails */ 0, 1,
        /* [868] RuntimeVersionConfig */ 1, 0,
        /* [870] RuntimeVersionError */ 0, 1,
        /* [872] S3FilesMountConnectivityException */ 1, 0,
        /* [874] S3FilesMountFailureException */ 1, 0,
        /* [876] S3FilesMountTimeoutException */ 1, 0,
        /* [878] ScalingConfig */ 0,
        /* [879] SelfManagedEventSource */ 0,
        /* [880] SelfManagedKafkaEventSourceConfig */ 0, 1,
        /* [882] SendDurableExecutionCallbackFailureRequest */ 0, 1,
        /* [884] SendDurableExecutionCallbackHeartbeatRequest */ 0,
        /* [885] SendDurableExecutionCallbackSuccessRequest */ 0, 1,
        /* [887] SerializedRequestEntityTooLargeException */ 0, 1,
        /* [889] ServiceException */ 1, 0,
        /* [891] ServiceQuotaExceededException */ 1, 0,
        /* [893] SnapStart */ 0,
        /* [894] SnapStartException */ 1, 0,
        /* [896] SnapStartNotReadyException */ 1, 0,
        /* [898] SnapStartRegenerationFailureException */ 1, 0,
        /* [900] SnapStartResponse */ 0, 1,
        /* [902] SnapStartTimeoutException */ 1, 0,
        /* [904] SourceAccessConfiguration */ 0, 1,
        /* [906] StepDetails */ 0, 3, 1, 2,
        /* [910] StepFailedDetails */ 0, 1,
        /* [912] StepOptions */ 0,
        /* [913] StepSucceededDetails */ 0, 1,
        /* [915] StopDurableExecutionRequest */ 0, 1,
        /* [917] StopDurableExecutionResponse */ 0,
        /* [918] SubnetIPAddressLimitReachedException */ 1, 0,
        /* [920] TagResourceRequest */ 0, 1,
        /* [922] TagsError */ 0, 1,
        /* [924] TargetTrackingScalingPolicy */ 0, 1,
        /* [926] TenancyConfig */ 0,
        /* [927] TooManyRequestsException */ 3, 0, 1, 2,
        /* [931] TraceHeader */ 0,
        /* [932] TracingConfig */ 0,
        /* [933] TracingConfigResponse */ 0,
        /* [934] UnsupportedMediaTypeException */ 0, 1,
        /* [936] UntagResourceRequest */ 0, 1,
        /* [938] UpdateAliasRequest */ 3, 0, 2, 1, 5, 4,
        /* [944] UpdateCapacityProviderRequest */ 0, 1, 2, 3,
        /* [948] UpdateCapacityProviderResponse */ 0,
        /* [949] UpdateCodeSigningConfigRequest */ 2, 0, 3, 1,
        /* [953] UpdateCodeSigningConfigResponse */ 0,
        /* [954] UpdateEventSourceMappingRequest */ 18, 3, 13, 11, 20, 2, 4, 1, 17, 5, 7, 9, 12, 14, 6, 10, 21, 8, 19, 16, 15, 0,
        /* [976] UpdateFunctionCodeRequest */ 7, 10, 0, 6, 8, 9, 11, 2, 3, 5, 4, 12, 1,
        /* [989] UpdateFunctionConfigurationRequest */ 19, 9, 3, 20, 7, 16, 14, 0, 2, 15, 10, 13, 18, 5, 12, 1, 8, 17, 4, 11, 6,
        /* [1010] UpdateFunctionEventInvokeConfigRequest */ 4, 0, 3, 2, 1,
        /* [1015] UpdateFunctionUrlConfigRequest */ 2, 3, 0, 4, 1,
        /* [1020] UpdateFunctionUrlConfigResponse */ 2, 3, 4, 1, 0, 6, 5,
        /* [1027] VpcConfig */ 2, 1, 0,
        /* [1030] VpcConfigResponse */ 3, 1, 0, 2,
        /* [1034] WaitCancelledDetails */ 0,
        /* [1035] WaitDetails */ 0,
        /* [1036] WaitOptions */ 0,
        /* [1037] WaitStartedDetails */ 0, 1,
        /* [1039] WaitSucceededDetails */ 0,
    },
    .ranges = {
        {true, true, 0, 10000}, /* Action */
        {true, true, 1, 1024}, /* AdditionalVersion */
        {true, true, 1, 128}, /* Alias */
        {true, true, 0, 6}, /* AllowMethodsList */
        {true, true, 0, 100}, /* AllowOriginsList */
        {true, true, 1, 1}, /* ArchitecturesList */
        {true, true, 0, 10000}, /* Arn */
        {true, false, 0, 0}, /* AttemptCount */
        {true, true, 1, 10000}, /* BatchSize */
        {true, true, 0, 262144}, /* BinaryOperationPayload */
        {true, true, 1, 1024}, /* CallbackId */
        {true, true, 0, 99999999}, /* CallbackOptionsHeartbeatTimeoutSecondsInteger */
        {true, true, 0, 99999999}, /* CallbackOptionsTimeoutSecondsInteger */
        {true, true, 1, 140}, /* CapacityProviderArn */
        {true, true, 2, 15000}, /* CapacityProviderMaxVCpuCount */
        {true, true, 1, 140}, /* CapacityProviderName */
        {true, true, 1, 10}, /* CapacityProviderScalingPoliciesList */
        {true, true, 0, 5}, /* CapacityProviderSecurityGroupIds */
        {true, true, 1, 16}, /* CapacityProviderSubnetIds */
        {true, true, 0, 50}, /* CapacityProvidersList */
        {true, true, 1, 2048}, /* CheckpointToken */
        {true, true, 1, 64}, /* ClientToken */
        {true, true, 0, 200}, /* CodeSigningConfigArn */
        {true, true, 1, 57}, /* CollectionName */
        {true, true, 0, 2}, /* CompatibleArchitectures */
        {true, true, 0, 15}, /* CompatibleRuntimes */
        {true, true, 1, 63}, /* DatabaseName */
        {true, true, 0, 256}, /* Description */
        {true, true, 0, 350}, /* DestinationArn */
        {true, true, 1, 1024}, /* DurableExecutionArn */
        {true, true, 1, 64}, /* DurableExecutionName */
        {true, false, 0, 0}, /* DurationSeconds */
        {true, true, 1, 300}, /* Endpoint */
        {true, true, 1, 10}, /* EndpointLists */
        {true, true, 1, 2}, /* Endpoints */
        {true, true, 512, 10240}, /* EphemeralStorageSize */
        {true, false, 1, 0}, /* EventId */
        {true, true, 85, 120}, /* EventSourceMappingArn */
        {true, true, 0, 3}, /* EventSourceMappingMetricList */
        {true, true, 0, 256}, /* EventSourceToken */
        {true, true, 2, 8}, /* ExecutionEnvironmentMemoryGiBPerVCpu */
        {true, true, 1, 10}, /* ExecutionStatusList */
        {true, true, 1, 31622400}, /* ExecutionTimeout */
        {true, true, 0, 256}, /* FileSystemArn */
        {true, true, 0, 1}, /* FileSystemConfigList */
        {true, true, 10, 50}, /* FilterCriteriaErrorCode */
        {true, true, 10, 2048}, /* FilterCriteriaErrorMessage */
        {true, true, 0, 10000}, /* FunctionArn */
        {true, true, 1, 140}, /* FunctionName */
        {true, true, 0, 1}, /* FunctionResponseTypeList */
        {true, true, 0, 15000}, /* FunctionScalingConfigExecutionEnvironments */
        {true, true, 40, 100}, /* FunctionUrl */
        {true, true, 1, 140}, /* FunctionUrlFunctionName */
        {true, true, 1, 128}, /* FunctionUrlQualifier */
        {true, true, 0, 50}, /* FunctionVersionsByCapacityProviderList */
        {true, true, 0, 128}, /* Handler */
        {true, true, 0, 1024}, /* Header */
        {true, true, 0, 100}, /* HeadersList */
        {true, true, 0, 6291456}, /* InputPayload */
        {true, true, 1, 30}, /* InstanceType */
        {true, true, 0, 400}, /* InstanceTypeSet */
        {true, true, 0, 1000}, /* ItemCount */
        {true, true, 0, 10000}, /* KMSKeyArn */
        {true, true, 0, 10000}, /* KMSKeyArnNonEmpty */
        {true, true, 1, 2048}, /* LayerArn */
        {true, true, 1, 140}, /* LayerName */
        {true, true, 0, 22}, /* LayerPermissionAllowedAction */
        {true, true, 0, 10000}, /* LayerPermissionAllowedPrincipal */
        {true, true, 1, 2048}, /* LayerVersionArn */
        {true, true, 0, 512}, /* LicenseInfo */
        {true, true, 0, 160}, /* LocalMountPath */
        {true, true, 1, 512}, /* LogGroup */
        {true, true, 1, 50}, /* MasterRegion */
        {true, true, 0, 86400}, /* MaxAge */
        {true, true, 1, 50}, /* MaxFiftyListItems */
        {true, true, 1, 50}, /* MaxFunctionEventInvokeConfigListItems */
        {true, true, 1, 50}, /* MaxItems */
        {true, true, 1, 50}, /* MaxLayerListItems */
        {true, true, 1, 10000}, /* MaxListItems */
        {true, true, 1, 50}, /* MaxProvisionedConcurrencyConfigListItems */
        {true, true, 0, 300}, /* MaximumBatchingWindowInSeconds */
        {true, true, 2, 1000}, /* MaximumConcurrency */
        {true, true, 60, 21600}, /* MaximumEventAgeInSeconds */
        {true, true, 1, 10000}, /* MaximumNumberOfPollers */
        {true, true, -1, 604800}, /* MaximumRecordAgeInSeconds */
        {true, true, 0, 2}, /* MaximumRetryAttempts */
        {true, true, -1, 10000}, /* MaximumRetryAttemptsEventSourceMapping */
        {true, true, 128, 32768}, /* MemorySize */
        {true, true, 0, 6}, /* Method */
        {true, true, 0, 100}, /* MetricTargetValue */
        {true, true, 1, 200}, /* MinimumNumberOfPollers */
        {true, true, 0, 10000}, /* NameSpacedFunctionArn */
        {true, true, 1, 256}, /* NamespacedFunctionName */
        {true, true, 1, 100}, /* NamespacedStatementId */
        {true, false, 0, 0}, /* NonNegativeInteger */
        {true, true, 1, 128}, /* NumericLatestPublishedOrAliasQualifier */
        {true, true, 1, 64}, /* OperationId */
        {true, true, 1, 256}, /* OperationName */
        {true, true, 0, 6291456}, /* OperationPayload */
        {true, true, 1, 32}, /* OperationSubType */
        {true, true, 0, 34}, /* OrganizationId */
        {true, true, 1, 253}, /* Origin */
        {true, true, 0, 6291456}, /* OutputPayload */
        {true, true, 1, 10}, /* ParallelizationFactor */
        {true, true, 0, 4096}, /* Pattern */
        {true, true, 1, 1600}, /* PerExecutionEnvironmentMaxConcurrency */
        {true, false, 1, 0}, /* PositiveInteger */
        {true, true, 0, 2048}, /* Principal */
        {true, true, 12, 34}, /* PrincipalOrgID */
        {true, true, 0, 40}, /* PropagateTagsExplicitTagsMap */
        {true, true, 0, 128}, /* ProvisionedPollerGroupName */
        {true, true, 1, 128}, /* PublishedFunctionQualifier */
        {true, true, 1, 128}, /* Qualifier */
        {true, true, 1, 1000}, /* Queue */
        {true, true, 1, 1}, /* Queues */
        {true, false, 0, 0}, /* ReservedConcurrentExecutions */
        {true, true, 0, 10000}, /* ResourceArn */
        {true, true, 1, 90}, /* RetentionPeriodInDays */
        {true, true, 0, 10000}, /* RoleArn */
        {true, true, 26, 2048}, /* RuntimeVersionArn */
        {true, true, 3, 63}, /* S3Bucket */
        {true, true, 1, 1024}, /* S3Key */
        {true, true, 1, 1024}, /* S3ObjectVersion */
        {true, true, 1, 10000}, /* SchemaRegistryUri */
        {true, true, 0, 1024}, /* SecurityGroupId */
        {true, true, 0, 5}, /* SecurityGroupIds */
        {true, true, 0, 10000}, /* SensitiveStringOnServerOnly */
        {true, true, 1, 20}, /* SigningProfileVersionArns */
        {true, true, 0, 23}, /* SourceAccessConfigurations */
        {true, true, 0, 12}, /* SourceOwner */
        {true, true, 1, 100}, /* StatementId */
        {true, true, 1, 31622400}, /* StepOptionsNextAttemptDelaySecondsInteger */
        {true, true, 0, 1500}, /* StringList */
        {true, true, 0, 1024}, /* SubnetId */
        {true, true, 0, 16}, /* SubnetIds */
        {true, true, 1, 128}, /* TagKey */
        {true, true, 0, 256}, /* TagValue */
        {true, true, 1, 10000}, /* TaggableResource */
        {true, true, 10, 21}, /* TagsErrorCode */
        {true, true, 84, 1000}, /* TagsErrorMessage */
        {true, true, 1, 256}, /* TenantId */
        {true, true, 1, 5400}, /* Timeout */
        {true, true, 0, 100}, /* Timestamp */
        {true, true, 1, 249}, /* Topic */
        {true, true, 1, 1}, /* Topics */
        {true, true, 0, 900}, /* TumblingWindowInSeconds */
        {true, true, 1, 200}, /* URI */
        {true, true, 36, 36}, /* UUIDString */
        {true, true, 1, 140}, /* UnqualifiedFunctionName */
        {true, false, 0, 0}, /* UnreservedConcurrentExecutions */
        {true, true, 1, 1024}, /* Version */
        {true, true, 1, 1024}, /* VersionWithLatestPublished */
        {true, true, 1, 31622400}, /* WaitOptionsWaitSecondsInteger */
        {true, true, 0.0, 1.0}, /* Weight */
        {true, true, 0, 1000}, /* WorkingDirectory */
        {true, true, 0, 8192}, /* XAmznTraceId */
    },
    .strings =
        /*      0 */ "AccountLimit\0"
        /*     13 */ "TotalCodeSize\0"
        /*     27 */ "CodeSizeUnzipped\0"
        /*     44 */ "CodeSizeZipped\0"
        /*     59 */ "ConcurrentExecutions\0"
        /*     80 */ "UnreservedConcurrentExecutions\0"
        /*    111 */ "AccountUsage\0"
        /*    124 */ "FunctionCount\0"
        /*    138 */ "Action\0"
        /*    145 */ "AddLayerVersionPermissionRequest\0"
        /*    178 */ "LayerName\0"
        /*    188 */ "VersionNumber\0"
        /*    202 */ "StatementId\0"
        /*    214 */ "Principal\0"
        /*    224 */ "OrganizationId\0"
        /*    239 */ "RevisionId\0"
        /*    250 */ "AddLayerVersionPermissionResponse\0"
        /*    284 */ "Statement\0"
        /*    294 */ "AddPermissionRequest\0"
        /*    315 */ "FunctionName\0"
        /*    328 */ "SourceArn\0"
        /*    338 */ "FunctionUrlAuthType\0"
        /*    358 */ "InvokedViaFunctionUrl\0"
        /*    380 */ "SourceAccount\0"
        /*    394 */ "EventSourceToken\0"
        /*    411 */ "Qualifier\0"
        /*    421 */ "PrincipalOrgID\0"
        /*    436 */ "AddPermissionResponse\0"
        /*    458 */ "AdditionalVersion\0"
        /*    476 */ "AdditionalVersionWeights\0"
        /*    501 */ "Alias\0"
        /*    507 */ "AliasConfiguration\0"
        /*    526 */ "AliasArn\0"
        /*    535 */ "Name\0"
        /*    540 */ "FunctionVersion\0"
        /*    556 */ "Description\0"
        /*    568 */ "RoutingConfig\0"
        /*    582 */ "AliasLimitExceededException\0"
        /*    610 */ "Type\0"
        /*    615 */ "message\0"
        /*    623 */ "AliasList\0"
        /*    633 */ "AliasRoutingConfiguration\0"
        /*    659 */ "AllowCredentials\0"
        /*    676 */ "AllowMethodsList\0"
        /*    693 */ "AllowOriginsList\0"
        /*    710 */ "AllowedPublishers\0"
        /*    728 */ "SigningProfileVersionArns\0"
        /*    754 */ "AmazonManagedKafkaEventSourceConfig\0"
        /*    790 */ "ConsumerGroupId\0"
        /*    806 */ "SchemaRegistryConfig\0"
        /*    827 */ "ApplicationLogLevel\0"
        /*    847 */ "TRACE\0" "DEBUG\0" "INFO\0" "WARN\0" "ERROR\0" "FATAL\0"
        /*    881 */ "Architecture\0"
        /*    894 */ "x86_64\0" "arm64\0"
        /*    907 */ "ArchitecturesList\0"
        /*    925 */ "Arn\0"
        /*    929 */ "AttemptCount\0"
        /*    942 */ "BatchSize\0"
        /*    952 */ "BinaryOperationPayload\0"
        /*    975 */ "BisectBatchOnFunctionError\0"
        /*   1002 */ "Blob\0"
        /*   1007 */ "BlobStream\0"
        /*   1018 */ "Boolean\0"
        /*   1026 */ "CallbackDetails\0"
        /*   1042 */ "CallbackId\0"
        /*   1053 */ "Result\0"
        /*   1060 */ "Error\0"
        /*   1066 */ "CallbackFailedDetails\0"
        /*   1088 */ "CallbackOptions\0"
        /*   1104 */ "TimeoutSeconds\0"
        /*   1119 */ "HeartbeatTimeoutSeconds\0"
        /*   1143 */ "CallbackOptionsHeartbeatTimeoutSecondsInteger\0"
        /*   1189 */ "CallbackOptionsTimeoutSecondsInteger\0"
        /*   1226 */ "CallbackStartedDetails\0"
        /*   1249 */ "HeartbeatTimeout\0"
        /*   1266 */ "Timeout\0"
        /*   1274 */ "CallbackSucceededDetails\0"
        /*   1299 */ "CallbackTimedOutDetails\0"
        /*   1323 */ "CallbackTimeoutException\0"
        /*   1348 */ "Message\0"
        /*   1356 */ "CapacityProvider\0"
        /*   1373 */ "CapacityProviderArn\0"
        /*   1393 */ "State\0"
        /*   1399 */ "VpcConfig\0"
        /*   1409 */ "PermissionsConfig\0"
        /*   1427 */ "InstanceRequirements\0"
        /*   1448 */ "CapacityProviderScalingConfig\0"
        /*   1478 */ "KmsKeyArn\0"
        /*   1488 */ "LastModified\0"
        /*   1501 */ "PropagateTags\0"
        /*   1515 */ "TelemetryConfig\0"
        /*   1531 */ "CapacityProviderConfig\0"
        /*   1554 */ "LambdaManagedInstancesCapacityProviderConfig\0"
        /*   1599 */ "CapacityProviderLimitExceededException\0"
        /*   1638 */ "CapacityProviderLoggingConfig\0"
        /*   1668 */ "SystemLogLevel\0"
        /*   1683 */ "LogGroup\0"
        /*   1692 */ "CapacityProviderMaxVCpuCount\0"
        /*   1721 */ "CapacityProviderName\0"
        /*   1742 */ "CapacityProviderPermissionsConfig\0"
        /*   1776 */ "CapacityProviderOperatorRoleArn\0"
        /*   1808 */ "CapacityProviderPredefinedMetricType\0"
        /*   1845 */ "LambdaCapacityProviderAverageCPUUtilization\0"
        /*   1889 */ "MaxVCpuCount\0"
        /*   1902 */ "ScalingMode\0"
        /*   1914 */ "ScalingPolicies\0"
        /*   1930 */ "CapacityProviderScalingMode\0"
        /*   1958 */ "Auto\0" "Manual\0"
        /*   1970 */ "CapacityProviderScalingPoliciesList\0"
        /*   2006 */ "CapacityProviderSecurityGroupIds\0"
        /*   2039 */ "CapacityProviderState\0"
        /*   2061 */ "Pending\0" "Active\0" "Failed\0" "Deleting\0"
        /*   2092 */ "CapacityProviderSubnetIds\0"
        /*   2118 */ "CapacityProviderTelemetryConfig\0"
        /*   2150 */ "LoggingConfig\0"
        /*   2164 */ "CapacityProviderVpcConfig\0"
        /*   2190 */ "SubnetIds\0"
        /*   2200 */ "SecurityGroupIds\0"
        /*   2217 */ "CapacityProvidersList\0"
        /*   2239 */ "ChainedInvokeDetails\0"
        /*   2260 */ "ChainedInvokeFailedDetails\0"
        /*   2287 */ "ChainedInvokeOptions\0"
        /*   2308 */ "TenantId\0"
        /*   2317 */ "ChainedInvokeStartedDetails\0"
        /*   2345 */ "Input\0"
        /*   2351 */ "ExecutedVersion\0"
        /*   2367 */ "DurableExecutionArn\0"
        /*   2387 */ "ChainedInvokeStoppedDetails\0"
        /*   2415 */ "ChainedInvokeSucceededDetails\0"
        /*   2445 */ "ChainedInvokeTimedOutDetails\0"
        /*   2474 */ "CheckpointDurableExecutionRequest\0"
        /*   2508 */ "CheckpointToken\0"
        /*   2524 */ "Updates\0"
        /*   2532 */ "ClientToken\0"
        /*   2544 */ "CheckpointDurableExecutionResponse\0"
        /*   2579 */ "NewExecutionState\0"
        /*   2597 */ "CheckpointUpdatedExecutionState\0"
        /*   2629 */ "Operations\0"
        /*   2640 */ "NextMarker\0"
        /*   2651 */ "CodeArtifactUserDeletedException\0"
        /*   2684 */ "CodeArtifactUserFailedException\0"
        /*   2716 */ "CodeArtifactUserPendingException\0"
        /*   2749 */ "CodeSigningConfig\0"
        /*   2767 */ "CodeSigningConfigId\0"
        /*   2787 */ "CodeSigningConfigArn\0"
        /*   2808 */ "CodeSigningPolicies\0"
        /*   2828 */ "CodeSigningConfigList\0"
        /*   2850 */ "CodeSigningConfigNotFoundException\0"
        /*   2885 */ "UntrustedArtifactOnDeployment\0"
        /*   2915 */ "CodeSigningPolicy\0"
        /*   2933 */ "Warn\0" "Enforce\0"
        /*   2946 */ "CodeStorageExceededException\0"
        /*   2975 */ "CodeVerificationFailedException\0"
        /*   3007 */ "CollectionName\0"
        /*   3022 */ "CompatibleArchitectures\0"
        /*   3046 */ "CompatibleRuntimes\0"
        /*   3065 */ "Concurrency\0"
        /*   3077 */ "ReservedConcurrentExecutions\0"
        /*   3106 */ "ContextDetails\0"
        /*   3121 */ "ReplayChildren\0"
        /*   3136 */ "ContextFailedDetails\0"
        /*   3157 */ "ContextOptions\0"
        /*   3172 */ "ContextStartedDetails\0"
        /*   3194 */ "ContextSucceededDetails\0"
        /*   3218 */ "Cors\0"
        /*   3223 */ "AllowHeaders\0"
        /*   3236 */ "AllowMethods\0"
        /*   3249 */ "AllowOrigins\0"
        /*   3262 */ "ExposeHeaders\0"
        /*   3276 */ "MaxAge\0"
        /*   3283 */ "CreateAliasRequest\0"
        /*   3302 */ "CreateCapacityProviderRequest\0"
        /*   3332 */ "Tags\0"
        /*   3337 */ "CreateCapacityProviderResponse\0"
        /*   3368 */ "CreateCodeSigningConfigRequest\0"
        /*   3399 */ "CreateCodeSigningConfigResponse\0"
        /*   3431 */ "CreateEventSourceMappingRequest\0"
        /*   3463 */ "EventSourceArn\0"
        /*   3478 */ "Enabled\0"
        /*   3486 */ "FilterCriteria\0"
        /*   3501 */ "KMSKeyArn\0"
        /*   3511 */ "MetricsConfig\0"
        /*   3525 */ "ScalingConfig\0"
        /*   3539 */ "MaximumBatchingWindowInSeconds\0"
        /*   3570 */ "ParallelizationFactor\0"
        /*   3592 */ "StartingPosition\0"
        /*   3609 */ "StartingPositionTimestamp\0"
        /*   3635 */ "DestinationConfig\0"
        /*   3653 */ "MaximumRecordAgeInSeconds\0"
        /*   3679 */ "MaximumRetryAttempts\0"
        /*   3700 */ "TumblingWindowInSeconds\0"
        /*   3724 */ "Topics\0"
        /*   3731 */ "Queues\0"
        /*   3738 */ "SourceAccessConfigurations\0"
        /*   3765 */ "SelfManagedEventSource\0"
        /*   3788 */ "FunctionResponseTypes\0"
        /*   3810 */ "SelfManagedKafkaEventSourceConfig\0"
        /*   3844 */ "DocumentDBEventSourceConfig\0"
        /*   3872 */ "ProvisionedPollerConfig\0"
        /*   3896 */ "CreateFunctionRequest\0"
        /*   3918 */ "Runtime\0"
        /*   3926 */ "Role\0"
        /*   3931 */ "Handler\0"
        /*   3939 */ "Code\0"
        /*   3944 */ "MemorySize\0"
        /*   3955 */ "Publish\0"
        /*   3963 */ "PublishTo\0"
        /*   3973 */ "PackageType\0"
        /*   3985 */ "DeadLetterConfig\0"
        /*   4002 */ "Environment\0"
        /*   4014 */ "TracingConfig\0"
        /*   4028 */ "Layers\0"
        /*   4035 */ "FileSystemConfigs\0"
        /*   4053 */ "ImageConfig\0"
        /*   4065 */ "Architectures\0"
        /*   4079 */ "EphemeralStorage\0"
        /*   4096 */ "SnapStart\0"
        /*   4106 */ "TenancyConfig\0"
        /*   4120 */ "DurableConfig\0"
        /*   4134 */ "CreateFunctionUrlConfigRequest\0"
        /*   4165 */ "AuthType\0"
        /*   4174 */ "InvokeMode\0"
        /*   4185 */ "CreateFunctionUrlConfigResponse\0"
        /*   4217 */ "FunctionUrl\0"
        /*   4229 */ "FunctionArn\0"
        /*   4241 */ "CreationTime\0"
        /*   4254 */ "DatabaseName\0"
        /*   4267 */ "Date\0"
        /*   4272 */ "TargetArn\0"
        /*   4282 */ "DeleteAliasRequest\0"
        /*   4301 */ "DeleteCapacityProviderRequest\0"
        /*   4331 */ "DeleteCapacityProviderResponse\0"
        /*   4362 */ "DeleteCodeSigningConfigRequest\0"
        /*   4393 */ "DeleteCodeSigningConfigResponse\0"
        /*   4425 */ "DeleteEventSourceMappingRequest\0"
        /*   4457 */ "UUID\0"
        /*   4462 */ "DeleteFunctionCodeSigningConfigRequest\0"
        /*   4501 */ "DeleteFunctionConcurrencyRequest\0"
        /*   4534 */ "DeleteFunctionEventInvokeConfigRequest\0"
        /*   4573 */ "DeleteFunctionRequest\0"
        /*   4595 */ "DeleteFunctionResponse\0"
        /*   4618 */ "StatusCode\0"
        /*   4629 */ "DeleteFunctionUrlConfigRequest\0"
        /*   4660 */ "DeleteLayerVersionRequest\0"
        /*   4686 */ "DeleteProvisionedConcurrencyConfigRequest\0"
        /*   4728 */ "DestinationArn\0"
        /*   4743 */ "OnSuccess\0"
        /*   4753 */ "OnFailure\0"
        /*   4763 */ "FullDocument\0"
        /*   4776 */ "RetentionPeriodInDays\0"
        /*   4798 */ "ExecutionTimeout\0"
        /*   4815 */ "DurableExecutionAlreadyStartedException\0"
        /*   4855 */ "DurableExecutionName\0"
        /*   4876 */ "DurableExecutions\0"
        /*   4894 */ "DurationSeconds\0"
        /*   4910 */ "EC2AccessDeniedException\0"
        /*   4935 */ "EC2ThrottledException\0"
        /*   4957 */ "EC2UnexpectedException\0"
        /*   4980 */ "EC2ErrorCode\0"
        /*   4993 */ "EFSIOException\0"
        /*   5008 */ "EFSMountConnectivityException\0"
        /*   5038 */ "EFSMountFailureException\0"
        /*   5063 */ "EFSMountTimeoutException\0"
        /*   5088 */ "ENILimitReachedException\0"
        /*   5113 */ "ENINotReadyException\0"
        /*   5134 */ "EndPointType\0"
        /*   5147 */ "KAFKA_BOOTSTRAP_SERVERS\0"
        /*   5171 */ "Endpoint\0"
        /*   5180 */ "EndpointLists\0"
        /*   5194 */ "Endpoints\0"
        /*   5204 */ "Variables\0"
        /*   5214 */ "EnvironmentError\0"
        /*   5231 */ "ErrorCode\0"
        /*   5241 */ "EnvironmentResponse\0"
        /*   5261 */ "EnvironmentVariableName\0"
        /*   5285 */ "EnvironmentVariableValue\0"
        /*   5310 */ "EnvironmentVariables\0"
        /*   5331 */ "Size\0"
        /*   5336 */ "EphemeralStorageSize\0"
        /*   5357 */ "ErrorData\0"
        /*   5367 */ "ErrorMessage\0"
        /*   5380 */ "ErrorObject\0"
        /*   5392 */ "ErrorType\0"
        /*   5402 */ "StackTrace\0"
        /*   5413 */ "Event\0"
        /*   5419 */ "EventType\0"
        /*   5429 */ "SubType\0"
        /*   5437 */ "EventId\0"
        /*   5445 */ "Id\0"
        /*   5448 */ "EventTimestamp\0"
        /*   5463 */ "ParentId\0"
        /*   5472 */ "ExecutionStartedDetails\0"
        /*   5496 */ "ExecutionSucceededDetails\0"
        /*   5522 */ "ExecutionFailedDetails\0"
        /*   5545 */ "ExecutionTimedOutDetails\0"
        /*   5570 */ "ExecutionStoppedDetails\0"
        /*   5594 */ "WaitStartedDetails\0"
        /*   5613 */ "WaitSucceededDetails\0"
        /*   5634 */ "WaitCancelledDetails\0"
        /*   5655 */ "StepStartedDetails\0"
        /*   5674 */ "StepSucceededDetails\0"
        /*   5695 */ "StepFailedDetails\0"
        /*   5713 */ "InvocationCompletedDetails\0"
        /*   5740 */ "EventError\0"
        /*   5751 */ "Payload\0"
        /*   5759 */ "Truncated\0"
        /*   5769 */ "EventInput\0"
        /*   5780 */ "EventResult\0"
        /*   5792 */ "EventSourceMappingArn\0"
        /*   5814 */ "EventSourceMappingConfiguration\0"
        /*   5846 */ "FilterCriteriaError\0"
        /*   5866 */ "LastProcessingResult\0"
        /*   5887 */ "StateTransitionReason\0"
        /*   5909 */ "EventSourceMappingLoggingConfig\0"
        /*   5941 */ "EventSourceMappingMetric\0"
        /*   5966 */ "EventCount\0" "ErrorCount\0" "KafkaMetrics\0"
        /*   6001 */ "EventSourceMappingMetricList\0"
        /*   6030 */ "EventSourceMappingMetricsConfig\0"
        /*   6062 */ "Metrics\0"
        /*   6070 */ "EventSourceMappingSystemLogLevel\0"
        /*   6103 */ "DEBUG\0" "INFO\0" "WARN\0"
        /*   6119 */ "EventSourceMappingsList\0"
        /*   6143 */ "EventSourcePosition\0"
        /*   6163 */ "TRIM_HORIZON\0" "LATEST\0" "AT_TIMESTAMP\0"
        /*   6196 */ "ExecutionStarted\0" "ExecutionSucceeded\0" "ExecutionFailed\0" "ExecutionTimedOut\0" "ExecutionStopped\0" "ContextStarted\0" "ContextSucceeded\0" "ContextFailed\0" "WaitStarted\0" "WaitSucceeded\0" "WaitCancelled\0" "StepStarted\0" "StepSucceeded\0" "StepFailed\0" "ChainedInvokeStarted\0" "ChainedInvokeSucceeded\0" "ChainedInvokeFailed\0" "ChainedInvokeTimedOut\0" "ChainedInvokeStopped\0" "CallbackStarted\0" "CallbackSucceeded\0" "CallbackFailed\0" "CallbackTimedOut\0" "InvocationCompleted\0"
        /*   6599 */ "Events\0"
        /*   6606 */ "Execution\0"
        /*   6616 */ "Status\0"
        /*   6623 */ "StartTimestamp\0"
        /*   6638 */ "EndTimestamp\0"
        /*   6651 */ "ExecutionDataIncluded\0"
        /*   6673 */ "ExecutionDetails\0"
        /*   6690 */ "InputPayload\0"
        /*   6703 */ "ExecutionEnvironmentMemoryGiBPerVCpu\0"
        /*   6740 */ "ExecutionStatus\0"
        /*   6756 */ "RUNNING\0" "SUCCEEDED\0" "FAILED\0" "TIMED_OUT\0" "STOPPED\0"
        /*   6799 */ "ExecutionStatusList\0"
        /*   6819 */ "ExecutionTimestamp\0"
        /*   6838 */ "FileSystemArn\0"
        /*   6852 */ "FileSystemConfig\0"
        /*   6869 */ "LocalMountPath\0"
        /*   6884 */ "FileSystemConfigList\0"
        /*   6905 */ "Filter\0"
        /*   6912 */ "Pattern\0"
        /*   6920 */ "Filters\0"
        /*   6928 */ "FilterCriteriaErrorCode\0"
        /*   6952 */ "FilterCriteriaErrorMessage\0"
        /*   6979 */ "FilterList\0"
        /*   6990 */ "UpdateLookup\0" "Default\0"
        /*   7011 */ "FunctionArnList\0"
        /*   7027 */ "FunctionCode\0"
        /*   7040 */ "ZipFile\0"
        /*   7048 */ "S3Bucket\0"
        /*   7057 */ "S3Key\0"
        /*   7063 */ "S3ObjectVersion\0"
        /*   7079 */ "S3ObjectStorageMode\0"
        /*   7099 */ "ImageUri\0"
        /*   7108 */ "SourceKMSKeyArn\0"
        /*   7124 */ "FunctionCodeLocation\0"
        /*   7145 */ "RepositoryType\0"
        /*   7160 */ "Location\0"
        /*   7169 */ "ResolvedImageUri\0"
        /*   7186 */ "ResolvedS3Object\0"
        /*   7203 */ "FunctionCodeLocationError\0"
        /*   7229 */ "FunctionConfiguration\0"
        /*   7251 */ "CodeSize\0"
        /*   7260 */ "CodeSha256\0"
        /*   7271 */ "Version\0"
        /*   7279 */ "MasterArn\0"
        /*   7289 */ "StateReason\0"
        /*   7301 */ "StateReasonCode\0"
        /*   7317 */ "LastUpdateStatus\0"
        /*   7334 */ "LastUpdateStatusReason\0"
        /*   7357 */ "LastUpdateStatusReasonCode\0"
        /*   7384 */ "SigningProfileVersionArn\0"
        /*   7409 */ "SigningJobArn\0"
        /*   7423 */ "ImageConfigResponse\0"
        /*   7443 */ "RuntimeVersionConfig\0"
        /*   7464 */ "ConfigSha256\0"
        /*   7477 */ "FunctionEventInvokeConfig\0"
        /*   7503 */ "MaximumEventAgeInSeconds\0"
        /*   7528 */ "FunctionEventInvokeConfigList\0"
        /*   7558 */ "FunctionList\0"
        /*   7571 */ "FunctionResponseType\0"
        /*   7592 */ "ReportBatchItemFailures\0"
        /*   7616 */ "FunctionResponseTypeList\0"
        /*   7641 */ "FunctionScalingConfig\0"
        /*   7663 */ "MinExecutionEnvironments\0"
        /*   7688 */ "MaxExecutionEnvironments\0"
        /*   7713 */ "FunctionScalingConfigExecutionEnvironments\0"
        /*   7756 */ "NONE\0" "AWS_IAM\0"
        /*   7769 */ "FunctionUrlConfig\0"
        /*   7787 */ "LastModifiedTime\0"
        /*   7804 */ "FunctionUrlConfigList\0"
        /*   7826 */ "FunctionUrlFunctionName\0"
        /*   7850 */ "FunctionUrlQualifier\0"
        /*   7871 */ "ALL\0"
        /*   7875 */ "FunctionVersionLatestPublished\0"
        /*   7906 */ "LATEST_PUBLISHED\0"
        /*   7923 */ "FunctionVersionsByCapacityProviderList\0"
        /*   7962 */ "FunctionVersionsByCapacityProviderListItem\0"
        /*   8005 */ "FunctionVersionsPerCapacityProviderLimitExceededException\0"
        /*   8063 */ "GetAccountSettingsRequest\0"
        /*   8089 */ "GetAccountSettingsResponse\0"
        /*   8116 */ "GetAliasRequest\0"
        /*   8132 */ "GetCapacityProviderRequest\0"
        /*   8159 */ "GetCapacityProviderResponse\0"
        /*   8187 */ "GetCodeSigningConfigRequest\0"
        /*   8215 */ "GetCodeSigningConfigResponse\0"
        /*   8244 */ "GetDurableExecutionHistoryRequest\0"
        /*   8278 */ "IncludeExecutionData\0"
        /*   8299 */ "MaxItems\0"
        /*   8308 */ "Marker\0"
        /*   8315 */ "ReverseOrder\0"
        /*   8328 */ "GetDurableExecutionHistoryResponse\0"
        /*   8363 */ "GetDurableExecutionRequest\0"
        /*   8390 */ "GetDurableExecutionResponse\0"
        /*   8418 */ "TraceHeader\0"
        /*   8430 */ "GetDurableExecutionStateRequest\0"
        /*   8462 */ "GetDurableExecutionStateResponse\0"
        /*   8495 */ "GetEventSourceMappingRequest\0"
        /*   8524 */ "GetFunctionCodeSigningConfigRequest\0"
        /*   8560 */ "GetFunctionCodeSigningConfigResponse\0"
        /*   8597 */ "GetFunctionConcurrencyRequest\0"
        /*   8627 */ "GetFunctionConcurrencyResponse\0"
        /*   8658 */ "GetFunctionConfigurationRequest\0"
        /*   8690 */ "GetFunctionEventInvokeConfigRequest\0"
        /*   8726 */ "GetFunctionRecursionConfigRequest\0"
        /*   8760 */ "GetFunctionRecursionConfigResponse\0"
        /*   8795 */ "RecursiveLoop\0"
        /*   8809 */ "GetFunctionRequest\0"
        /*   8828 */ "GetFunctionResponse\0"
        /*   8848 */ "Configuration\0"
        /*   8862 */ "TagsError\0"
        /*   8872 */ "GetFunctionScalingConfigRequest\0"
        /*   8904 */ "GetFunctionScalingConfigResponse\0"
        /*   8937 */ "AppliedFunctionScalingConfig\0"
        /*   8966 */ "RequestedFunctionScalingConfig\0"
        /*   8997 */ "GetFunctionUrlConfigRequest\0"
        /*   9025 */ "GetFunctionUrlConfigResponse\0"
        /*   9054 */ "GetLayerVersionByArnRequest\0"
        /*   9082 */ "GetLayerVersionPolicyRequest\0"
        /*   9111 */ "GetLayerVersionPolicyResponse\0"
        /*   9141 */ "Policy\0"
        /*   9148 */ "GetLayerVersionRequest\0"
        /*   9171 */ "GetLayerVersionResponse\0"
        /*   9195 */ "Content\0"
        /*   9203 */ "LayerArn\0"
        /*   9212 */ "LayerVersionArn\0"
        /*   9228 */ "CreatedDate\0"
        /*   9240 */ "LicenseInfo\0"
        /*   9252 */ "GetPolicyRequest\0"
        /*   9269 */ "GetPolicyResponse\0"
        /*   9287 */ "GetProvisionedConcurrencyConfigRequest\0"
        /*   9326 */ "GetProvisionedConcurrencyConfigResponse\0"
        /*   9366 */ "RequestedProvisionedConcurrentExecutions\0"
        /*   9407 */ "AvailableProvisionedConcurrentExecutions\0"
        /*   9448 */ "AllocatedProvisionedConcurrentExecutions\0"
        /*   9489 */ "StatusReason\0"
        /*   9502 */ "GetRuntimeManagementConfigRequest\0"
        /*   9536 */ "GetRuntimeManagementConfigResponse\0"
        /*   9571 */ "UpdateRuntimeOn\0"
        /*   9587 */ "RuntimeVersionArn\0"
        /*   9605 */ "Header\0"
        /*   9612 */ "HeadersList\0"
        /*   9624 */ "HttpStatus\0"
        /*   9635 */ "EntryPoint\0"
        /*   9646 */ "Command\0"
        /*   9654 */ "WorkingDirectory\0"
        /*   9671 */ "ImageConfigError\0"
        /*   9688 */ "AllowedInstanceTypes\0"
        /*   9709 */ "ExcludedInstanceTypes\0"
        /*   9731 */ "InstanceType\0"
        /*   9744 */ "InstanceTypeSet\0"
        /*   9760 */ "Integer\0"
        /*   9768 */ "InvalidCodeSignatureException\0"
        /*   9798 */ "InvalidParameterValueException\0"
        /*   9829 */ "InvalidRequestContentException\0"
        /*   9860 */ "InvalidRuntimeException\0"
        /*   9884 */ "InvalidSecurityGroupIDException\0"
        /*   9916 */ "InvalidSubnetIDException\0"
        /*   9941 */ "InvalidZipFileException\0"
        /*   9965 */ "RequestId\0"
        /*   9975 */ "InvocationRequest\0"
        /*   9993 */ "InvocationType\0" "X-Amz-Invocation-Type\0"
        /*  10030 */ "LogType\0" "X-Amz-Log-Type\0"
        /*  10053 */ "ClientContext\0" "X-Amz-Client-Context\0"
        /*  10088 */ "DurableExecutionName\0" "X-Amz-Durable-Execution-Name\0"
        /*  10138 */ "TenantId\0" "X-Amz-Tenant-Id\0"
        /*  10163 */ "InvocationResponse\0"
        /*  10182 */ "FunctionError\0" "X-Amz-Function-Error\0"
        /*  10217 */ "LogResult\0" "X-Amz-Log-Result\0"
        /*  10244 */ "ExecutedVersion\0" "X-Amz-Executed-Version\0"
        /*  10283 */ "DurableExecutionArn\0" "X-Amz-Durable-Execution-Arn\0"
        /*  10331 */ "InvocationType\0"
        /*  10346 */ "Event\0" "RequestResponse\0" "DryRun\0"
        /*  10375 */ "InvokeAsyncRequest\0"
        /*  10394 */ "InvokeArgs\0"
        /*  10405 */ "InvokeAsyncResponse\0"
        /*  10425 */ "BUFFERED\0" "RESPONSE_STREAM\0"
        /*  10450 */ "InvokeResponseStreamUpdate\0"
        /*  10477 */ "InvokeWithResponseStreamCompleteEvent\0"
        /*  10515 */ "ErrorDetails\0"
        /*  10528 */ "LogResult\0"
        /*  10538 */ "InvokeWithResponseStreamRequest\0"
        /*  10570 */ "InvokeWithResponseStreamResponse\0"
        /*  10603 */ "EventStream\0"
        /*  10615 */ "ResponseStreamContentType\0" "Content-Type\0"
        /*  10654 */ "InvokeWithResponseStreamResponseEvent\0"
        /*  10692 */ "PayloadChunk\0"
        /*  10705 */ "InvokeComplete\0"
        /*  10720 */ "ItemCount\0"
        /*  10730 */ "KMSAccessDeniedException\0"
        /*  10755 */ "KMSDisabledException\0"
        /*  10776 */ "KMSInvalidStateException\0"
        /*  10801 */ "KMSKeyArnNonEmpty\0"
        /*  10819 */ "KMSNotFoundException\0"
        /*  10840 */ "KafkaSchemaRegistryAccessConfig\0"
        /*  10872 */ "URI\0"
        /*  10876 */ "KafkaSchemaRegistryAccessConfigList\0"
        /*  10912 */ "KafkaSchemaRegistryAuthType\0"
        /*  10940 */ "BASIC_AUTH\0" "CLIENT_CERTIFICATE_TLS_AUTH\0" "SERVER_ROOT_CA_CERTIFICATE\0"
        /*  11006 */ "KafkaSchemaRegistryConfig\0"
        /*  11032 */ "SchemaRegistryURI\0"
        /*  11050 */ "EventRecordFormat\0"
        /*  11068 */ "AccessConfigs\0"
        /*  11082 */ "SchemaValidationConfigs\0"
        /*  11106 */ "KafkaSchemaValidationAttribute\0"
        /*  11137 */ "KEY\0" "VALUE\0"
        /*  11147 */ "KafkaSchemaValidationConfig\0"
        /*  11175 */ "Attribute\0"
        /*  11185 */ "KafkaSchemaValidationConfigList\0"
        /*  11217 */ "PerExecutionEnvironmentMaxConcurrency\0"
        /*  11255 */ "Successful\0" "Failed\0" "InProgress\0"
        /*  11284 */ "EniLimitExceeded\0" "InsufficientRolePermissions\0" "InvalidConfiguration\0" "InternalError\0" "SubnetOutOfIPAddresses\0" "InvalidSubnet\0" "InvalidSecurityGroup\0" "ImageDeleted\0" "ImageAccessDenied\0" "InvalidImage\0" "KMSKeyAccessDenied\0" "KMSKeyNotFound\0" "InvalidStateKMSKey\0" "DisabledKMSKey\0" "EFSIOError\0" "EFSMountConnectivityError\0" "EFSMountFailure\0" "EFSMountTimeout\0" "InvalidRuntime\0" "InvalidZipFileException\0" "FunctionError\0" "ServiceQuotaExceededException\0" "VcpuLimitExceeded\0" "CapacityProviderScalingLimitExceeded\0" "InsufficientCapacity\0" "EC2RequestLimitExceeded\0" "FunctionError.InitTimeout\0" "FunctionError.RuntimeInitError\0" "FunctionError.ExtensionInitError\0" "FunctionError.InvalidEntryPoint\0" "FunctionError.InvalidWorkingDirectory\0" "FunctionError.PermissionDenied\0" "FunctionError.TooManyExtensions\0" "FunctionError.InitResourceExhausted\0" "DisallowedByVpcEncryptionControl\0" "DependencyError\0"
        /*  12094 */ "Layer\0"
        /*  12100 */ "LayerList\0"
        /*  12110 */ "LayerPermissionAllowedAction\0"
        /*  12139 */ "LayerPermissionAllowedPrincipal\0"
        /*  12171 */ "LayerVersionContentInput\0"
        /*  12196 */ "LayerVersionContentOutput\0"
        /*  12222 */ "LayerVersionNumber\0"
        /*  12241 */ "LayerVersionsList\0"
        /*  12259 */ "LayerVersionsListItem\0"
        /*  12281 */ "LayersList\0"
        /*  12292 */ "LayersListItem\0"
        /*  12307 */ "LatestMatchingVersion\0"
        /*  12329 */ "LayersReferenceList\0"
        /*  12349 */ "ListAliasesRequest\0"
        /*  12368 */ "ListAliasesResponse\0"
        /*  12388 */ "Aliases\0"
        /*  12396 */ "ListCapacityProvidersRequest\0"
        /*  12425 */ "ListCapacityProvidersResponse\0"
        /*  12455 */ "CapacityProviders\0"
        /*  12473 */ "ListCodeSigningConfigsRequest\0"
        /*  12503 */ "ListCodeSigningConfigsResponse\0"
        /*  12534 */ "CodeSigningConfigs\0"
        /*  12553 */ "ListDurableExecutionsByFunctionRequest\0"
        /*  12592 */ "Statuses\0"
        /*  12601 */ "StartedAfter\0"
        /*  12614 */ "StartedBefore\0"
        /*  12628 */ "ListDurableExecutionsByFunctionResponse\0"
        /*  12668 */ "ListEventSourceMappingsRequest\0"
        /*  12699 */ "ListEventSourceMappingsResponse\0"
        /*  12731 */ "EventSourceMappings\0"
        /*  12751 */ "ListFunctionEventInvokeConfigsRequest\0"
        /*  12789 */ "ListFunctionEventInvokeConfigsResponse\0"
        /*  12828 */ "FunctionEventInvokeConfigs\0"
        /*  12855 */ "ListFunctionUrlConfigsRequest\0"
        /*  12885 */ "ListFunctionUrlConfigsResponse\0"
        /*  12916 */ "FunctionUrlConfigs\0"
        /*  12935 */ "ListFunctionVersionsByCapacityProviderRequest\0"
        /*  12981 */ "ListFunctionVersionsByCapacityProviderResponse\0"
        /*  13028 */ "FunctionVersions\0"
        /*  13045 */ "ListFunctionsByCodeSigningConfigRequest\0"
        /*  13085 */ "ListFunctionsByCodeSigningConfigResponse\0"
        /*  13126 */ "FunctionArns\0"
        /*  13139 */ "ListFunctionsRequest\0"
        /*  13160 */ "MasterRegion\0"
        /*  13173 */ "ListFunctionsResponse\0"
        /*  13195 */ "Functions\0"
        /*  13205 */ "ListLayerVersionsRequest\0"
        /*  13230 */ "CompatibleArchitecture\0"
        /*  13253 */ "CompatibleRuntime\0"
        /*  13271 */ "ListLayerVersionsResponse\0"
        /*  13297 */ "LayerVersions\0"
        /*  13311 */ "ListLayersRequest\0"
        /*  13329 */ "ListLayersResponse\0"
        /*  13348 */ "ListProvisionedConcurrencyConfigsRequest\0"
        /*  13389 */ "ListProvisionedConcurrencyConfigsResponse\0"
        /*  13431 */ "ProvisionedConcurrencyConfigs\0"
        /*  13461 */ "ListTagsRequest\0"
        /*  13477 */ "Resource\0"
        /*  13486 */ "ListTagsResponse\0"
        /*  13503 */ "ListVersionsByFunctionRequest\0"
        /*  13533 */ "ListVersionsByFunctionResponse\0"
        /*  13564 */ "Versions\0"
        /*  13573 */ "LogFormat\0"
        /*  13583 */ "JSON\0" "Text\0"
        /*  13593 */ "LogType\0"
        /*  13601 */ "None\0" "Tail\0"
        /*  13611 */ "Long\0"
        /*  13616 */ "MaxFiftyListItems\0"
        /*  13634 */ "MaxFunctionEventInvokeConfigListItems\0"
        /*  13672 */ "MaxLayerListItems\0"
        /*  13690 */ "MaxListItems\0"
        /*  13703 */ "MaxProvisionedConcurrencyConfigListItems\0"
        /*  13744 */ "MaximumConcurrency\0"
        /*  13763 */ "MaximumNumberOfPollers\0"
        /*  13786 */ "MaximumRetryAttemptsEventSourceMapping\0"
        /*  13825 */ "Method\0"
        /*  13832 */ "MetricTargetValue\0"
        /*  13850 */ "MinimumNumberOfPollers\0"
        /*  13873 */ "ModeNotSupportedException\0"
        /*  13899 */ "NameSpacedFunctionArn\0"
        /*  13921 */ "NamespacedFunctionName\0"
        /*  13944 */ "NamespacedStatementId\0"
        /*  13966 */ "NoPublishedVersionException\0"
        /*  13994 */ "NonNegativeInteger\0"
        /*  14013 */ "NullableBoolean\0"
        /*  14029 */ "NumericLatestPublishedOrAliasQualifier\0"
        /*  14068 */ "Destination\0"
        /*  14080 */ "Operation\0"
        /*  14090 */ "StepDetails\0"
        /*  14102 */ "WaitDetails\0"
        /*  14114 */ "OperationAction\0"
        /*  14130 */ "START\0" "SUCCEED\0" "FAIL\0" "RETRY\0" "CANCEL\0"
        /*  14162 */ "OperationId\0"
        /*  14174 */ "OperationName\0"
        /*  14188 */ "OperationPayload\0"
        /*  14205 */ "OperationStatus\0"
        /*  14221 */ "STARTED\0" "PENDING\0" "READY\0" "SUCCEEDED\0" "FAILED\0" "CANCELLED\0" "TIMED_OUT\0" "STOPPED\0"
        /*  14288 */ "OperationSubType\0"
        /*  14305 */ "OperationType\0"
        /*  14319 */ "EXECUTION\0" "CONTEXT\0" "STEP\0" "WAIT\0" "CALLBACK\0" "CHAINED_INVOKE\0"
        /*  14371 */ "OperationUpdate\0"
        /*  14387 */ "StepOptions\0"
        /*  14399 */ "WaitOptions\0"
        /*  14411 */ "OperationUpdates\0"
        /*  14428 */ "Origin\0"
        /*  14435 */ "OutputPayload\0"
        /*  14449 */ "Zip\0" "Image\0"
        /*  14459 */ "PolicyLengthExceededException\0"
        /*  14489 */ "PositiveInteger\0"
        /*  14505 */ "PreconditionFailedException\0"
        /*  14533 */ "Mode\0"
        /*  14538 */ "ExplicitTags\0"
        /*  14551 */ "PropagateTagsExplicitTagsMap\0"
        /*  14580 */ "PropagateTagsMode\0"
        /*  14598 */ "None\0" "Explicit\0"
        /*  14612 */ "ProvisionedConcurrencyConfigList\0"
        /*  14645 */ "ProvisionedConcurrencyConfigListItem\0"
        /*  14682 */ "ProvisionedConcurrencyConfigNotFoundException\0"
        /*  14728 */ "ProvisionedConcurrencyStatusEnum\0"
        /*  14761 */ "IN_PROGRESS\0" "READY\0" "FAILED\0"
        /*  14786 */ "MinimumPollers\0"
        /*  14801 */ "MaximumPollers\0"
        /*  14816 */ "PollerGroupName\0"
        /*  14832 */ "ProvisionedPollerGroupName\0"
        /*  14859 */ "PublicPolicyException\0"
        /*  14881 */ "PublishLayerVersionRequest\0"
        /*  14908 */ "PublishLayerVersionResponse\0"
        /*  14936 */ "PublishVersionRequest\0"
        /*  14958 */ "PublishedFunctionQualifier\0"
        /*  14985 */ "PutFunctionCodeSigningConfigRequest\0"
        /*  15021 */ "PutFunctionCodeSigningConfigResponse\0"
        /*  15058 */ "PutFunctionConcurrencyRequest\0"
        /*  15088 */ "PutFunctionEventInvokeConfigRequest\0"
        /*  15124 */ "PutFunctionRecursionConfigRequest\0"
        /*  15158 */ "PutFunctionRecursionConfigResponse\0"
        /*  15193 */ "PutFunctionScalingConfigRequest\0"
        /*  15225 */ "PutFunctionScalingConfigResponse\0"
        /*  15258 */ "FunctionState\0"
        /*  15272 */ "PutProvisionedConcurrencyConfigRequest\0"
        /*  15311 */ "ProvisionedConcurrentExecutions\0"
        /*  15343 */ "PutProvisionedConcurrencyConfigResponse\0"
        /*  15383 */ "PutRuntimeManagementConfigRequest\0"
        /*  15417 */ "PutRuntimeManagementConfigResponse\0"
        /*  15452 */ "Queue\0"
        /*  15458 */ "RecursiveInvocationException\0"
        /*  15487 */ "Allow\0" "Terminate\0"
        /*  15503 */ "RemoveLayerVersionPermissionRequest\0"
        /*  15539 */ "RemovePermissionRequest\0"
        /*  15563 */ "RequestTooLargeException\0"
        /*  15588 */ "ResourceArn\0"
        /*  15600 */ "ResourceConflictException\0"
        /*  15626 */ "ResourceInUseException\0"
        /*  15649 */ "ResourceNotFoundException\0"
        /*  15675 */ "ResourceNotReadyException\0"
        /*  15701 */ "ResponseStreamingInvocationType\0"
        /*  15733 */ "RequestResponse\0" "DryRun\0"
        /*  15756 */ "RetryDetails\0"
        /*  15769 */ "CurrentAttempt\0"
        /*  15784 */ "NextAttemptDelaySeconds\0"
        /*  15808 */ "RoleArn\0"
        /*  15816 */ "nodejs\0" "nodejs4.3\0" "nodejs6.10\0" "nodejs8.10\0" "nodejs10.x\0" "nodejs12.x\0" "nodejs14.x\0" "nodejs16.x\0" "nodejs18.x\0" "nodejs20.x\0" "nodejs22.x\0" "nodejs24.x\0" "java8\0" "java8.al2\0" "java11\0" "java17\0" "java21\0" "java25\0" "python2.7\0" "python3.6\0" "python3.7\0" "python3.8\0" "python3.9\0" "python3.10\0" "python3.11\0" "python3.12\0" "python3.13\0" "python3.14\0" "dotnetcore1.0\0" "dotnetcore2.0\0" "dotnetcore2.1\0" "dotnetcore3.1\0" "dotnet6\0" "dotnet8\0" "dotnet10\0" "nodejs4.3-edge\0" "go1.x\0" "ruby2.5\0" "ruby2.7\0" "ruby3.2\0" "ruby3.3\0" "ruby3.4\0" "ruby4.0\0" "provided\0" "provided.al2\0" "provided.al2023\0" "nodejs26.x\0" "python3.15\0" "java8.al2023\0" "java11.al2023\0" "java17.al2023\0"
        /*  16343 */ "RuntimeVersionError\0"
        /*  16363 */ "S3FilesMountConnectivityException\0"
        /*  16397 */ "S3FilesMountFailureException\0"
        /*  16426 */ "S3FilesMountTimeoutException\0"
        /*  16455 */ "COPY\0" "REFERENCE\0"
        /*  16470 */ "SchemaRegistryEventRecordFormat\0"
        /*  16502 */ "JSON\0" "SOURCE\0"
        /*  16514 */ "SchemaRegistryUri\0"
        /*  16532 */ "SecurityGroupId\0"
        /*  16548 */ "SendDurableExecutionCallbackFailureRequest\0"
        /*  16591 */ "SendDurableExecutionCallbackFailureResponse\0"
        /*  16635 */ "SendDurableExecutionCallbackHeartbeatRequest\0"
        /*  16680 */ "SendDurableExecutionCallbackHeartbeatResponse\0"
        /*  16726 */ "SendDurableExecutionCallbackSuccessRequest\0"
        /*  16769 */ "SendDurableExecutionCallbackSuccessResponse\0"
        /*  16813 */ "SensitiveString\0"
        /*  16829 */ "SensitiveStringOnServerOnly\0"
        /*  16857 */ "SerializedRequestEntityTooLargeException\0"
        /*  16898 */ "ServiceException\0"
        /*  16915 */ "ServiceQuotaExceededException\0"
        /*  16945 */ "ApplyOn\0"
        /*  16953 */ "SnapStartApplyOn\0"
        /*  16970 */ "PublishedVersions\0" "None\0"
        /*  16993 */ "SnapStartException\0"
        /*  17012 */ "SnapStartNotReadyException\0"
        /*  17039 */ "SnapStartOptimizationStatus\0"
        /*  17067 */ "On\0" "Off\0"
        /*  17074 */ "SnapStartRegenerationFailureException\0"
        /*  17112 */ "SnapStartResponse\0"
        /*  17130 */ "OptimizationStatus\0"
        /*  17149 */ "SnapStartTimeoutException\0"
        /*  17175 */ "SourceAccessConfiguration\0"
        /*  17201 */ "SourceAccessType\0"
        /*  17218 */ "BASIC_AUTH\0" "VPC_SUBNET\0" "VPC_SECURITY_GROUP\0" "SASL_SCRAM_512_AUTH\0" "SASL_SCRAM_256_AUTH\0" "VIRTUAL_HOST\0" "CLIENT_CERTIFICATE_TLS_AUTH\0" "SERVER_ROOT_CA_CERTIFICATE\0"
        /*  17367 */ "SourceOwner\0"
        /*  17379 */ "StackTraceEntries\0"
        /*  17397 */ "StackTraceEntry\0"
        /*  17413 */ "Pending\0" "Active\0" "Inactive\0" "Failed\0" "Deactivating\0" "Deactivated\0" "ActiveNonInvocable\0" "Deleting\0"
        /*  17497 */ "Idle\0" "Creating\0" "Restoring\0" "EniLimitExceeded\0" "InsufficientRolePermissions\0" "InvalidConfiguration\0" "InternalError\0" "SubnetOutOfIPAddresses\0" "InvalidSubnet\0" "InvalidSecurityGroup\0" "ImageDeleted\0" "ImageAccessDenied\0" "InvalidImage\0" "KMSKeyAccessDenied\0" "KMSKeyNotFound\0" "InvalidStateKMSKey\0" "DisabledKMSKey\0" "EFSIOError\0" "EFSMountConnectivityError\0" "EFSMountFailure\0" "EFSMountTimeout\0" "InvalidRuntime\0" "InvalidZipFileException\0" "FunctionError\0" "ServiceQuotaExceededException\0" "VcpuLimitExceeded\0" "CapacityProviderScalingLimitExceeded\0" "InsufficientCapacity\0" "EC2RequestLimitExceeded\0" "FunctionError.InitTimeout\0" "FunctionError.RuntimeInitError\0" "FunctionError.ExtensionInitError\0" "FunctionError.InvalidEntryPoint\0" "FunctionError.InvalidWorkingDirectory\0" "FunctionError.PermissionDenied\0" "FunctionError.TooManyExtensions\0" "FunctionError.InitResourceExhausted\0" "DisallowedByVpcEncryptionControl\0" "DrainingDurableExecutions\0" "DependencyError\0"
        /*  18357 */ "Attempt\0"
        /*  18365 */ "NextAttemptTimestamp\0"
        /*  18386 */ "StepOptionsNextAttemptDelaySecondsInteger\0"
        /*  18428 */ "StopDurableExecutionRequest\0"
        /*  18456 */ "StopDurableExecutionResponse\0"
        /*  18485 */ "StopTimestamp\0"
        /*  18499 */ "String\0"
        /*  18506 */ "StringList\0"
        /*  18517 */ "SubnetIPAddressLimitReachedException\0"
        /*  18554 */ "SubnetId\0"
        /*  18563 */ "TagKey\0"
        /*  18570 */ "TagKeyList\0"
        /*  18581 */ "TagResourceRequest\0"
        /*  18600 */ "TagValue\0"
        /*  18609 */ "TaggableResource\0"
        /*  18626 */ "TagsErrorCode\0"
        /*  18640 */ "TagsErrorMessage\0"
        /*  18657 */ "TargetTrackingScalingPolicy\0"
        /*  18685 */ "PredefinedMetricType\0"
        /*  18706 */ "TargetValue\0"
        /*  18718 */ "TenantIsolationMode\0"
        /*  18738 */ "PER_TENANT\0"
        /*  18749 */ "ThrottleReason\0"
        /*  18764 */ "ConcurrentInvocationLimitExceeded\0" "FunctionInvocationRateLimitExceeded\0" "ReservedFunctionConcurrentInvocationLimitExceeded\0" "ReservedFunctionInvocationRateLimitExceeded\0" "CallerRateLimitExceeded\0" "ConcurrentSnapshotCreateLimitExceeded\0"
        /*  18990 */ "Timestamp\0"
        /*  19000 */ "TooManyRequestsException\0"
        /*  19025 */ "retryAfterSeconds\0" "Retry-After\0"
        /*  19055 */ "Reason\0"
        /*  19062 */ "Topic\0"
        /*  19068 */ "XAmznTraceId\0"
        /*  19081 */ "TracingConfigResponse\0"
        /*  19103 */ "TracingMode\0"
        /*  19115 */ "Active\0" "PassThrough\0"
        /*  19134 */ "UUIDString\0"
        /*  19145 */ "UnqualifiedFunctionName\0"
        /*  19169 */ "UnsupportedMediaTypeException\0"
        /*  19199 */ "UntagResourceRequest\0"
        /*  19220 */ "TagKeys\0" "tagKeys\0"
        /*  19236 */ "UpdateAliasRequest\0"
        /*  19255 */ "UpdateCapacityProviderRequest\0"
        /*  19285 */ "UpdateCapacityProviderResponse\0"
        /*  19316 */ "UpdateCodeSigningConfigRequest\0"
        /*  19347 */ "UpdateCodeSigningConfigResponse\0"
        /*  19379 */ "UpdateEventSourceMappingRequest\0"
        /*  19411 */ "UpdateFunctionCodeRequest\0"
        /*  19437 */ "DryRun\0"
        /*  19444 */ "UpdateFunctionConfigurationRequest\0"
        /*  19479 */ "UpdateFunctionEventInvokeConfigRequest\0"
        /*  19518 */ "UpdateFunctionUrlConfigRequest\0"
        /*  19549 */ "UpdateFunctionUrlConfigResponse\0"
        /*  19581 */ "Auto\0" "Manual\0" "FunctionUpdate\0"
        /*  19608 */ "VersionWithLatestPublished\0"
        /*  19635 */ "Ipv6AllowedForDualStack\0"
        /*  19659 */ "VpcConfigResponse\0"
        /*  19677 */ "VpcId\0"
        /*  19683 */ "ScheduledEndTimestamp\0"
        /*  19705 */ "WaitSeconds\0"
        /*  19717 */ "WaitOptionsWaitSecondsInteger\0"
        /*  19747 */ "Duration\0"
        /*  19756 */ "Weight\0"
        /*  19763 */ "AddLayerVersionPermission\0"
        /*  19789 */ "POST\0"
        /*  19794 */ "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy\0"
        /*  19857 */ "AddPermission\0"
        /*  19871 */ "/2015-03-31/functions/{FunctionName}/policy\0"
        /*  19915 */ "CheckpointDurableExecution\0"
        /*  19942 */ "/2025-12-01/durable-executions/{DurableExecutionArn}/checkpoint\0"
        /*  20006 */ "CreateAlias\0"
        /*  20018 */ "/2015-03-31/functions/{FunctionName}/aliases\0"
        /*  20063 */ "CreateCapacityProvider\0"
        /*  20086 */ "/2025-11-30/capacity-providers\0"
        /*  20117 */ "CreateCodeSigningConfig\0"
        /*  20141 */ "/2020-04-22/code-signing-configs\0"
        /*  20174 */ "CreateEventSourceMapping\0"
        /*  20199 */ "/2015-03-31/event-source-mappings\0"
        /*  20233 */ "CreateFunction\0"
        /*  20248 */ "/2015-03-31/functions\0"
        /*  20270 */ "CreateFunctionUrlConfig\0"
        /*  20294 */ "/2021-10-31/functions/{FunctionName}/url\0"
        /*  20335 */ "DeleteAlias\0"
        /*  20347 */ "DELETE\0"
        /*  20354 */ "/2015-03-31/functions/{FunctionName}/aliases/{Name}\0"
        /*  20406 */ "DeleteCapacityProvider\0"
        /*  20429 */ "/2025-11-30/capacity-providers/{CapacityProviderName}\0"
        /*  20483 */ "DeleteCodeSigningConfig\0"
        /*  20507 */ "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}\0"
        /*  20563 */ "DeleteEventSourceMapping\0"
        /*  20588 */ "/2015-03-31/event-source-mappings/{UUID}\0"
        /*  20629 */ "DeleteFunction\0"
        /*  20644 */ "/2015-03-31/functions/{FunctionName}\0"
        /*  20681 */ "DeleteFunctionCodeSigningConfig\0"
        /*  20713 */ "/2020-06-30/functions/{FunctionName}/code-signing-config\0"
        /*  20770 */ "DeleteFunctionConcurrency\0"
        /*  20796 */ "/2017-10-31/functions/{FunctionName}/concurrency\0"
        /*  20845 */ "DeleteFunctionEventInvokeConfig\0"
        /*  20877 */ "/2019-09-25/functions/{FunctionName}/event-invoke-config\0"
        /*  20934 */ "DeleteFunctionUrlConfig\0"
        /*  20958 */ "DeleteLayerVersion\0"
        /*  20977 */ "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}\0"
        /*  21033 */ "DeleteProvisionedConcurrencyConfig\0"
        /*  21068 */ "/2019-09-30/functions/{FunctionName}/provisioned-concurrency\0"
        /*  21129 */ "GetAccountSettings\0"
        /*  21148 */ "GET\0"
        /*  21152 */ "/2016-08-19/account-settings\0"
        /*  21181 */ "GetAlias\0"
        /*  21190 */ "GetCapacityProvider\0"
        /*  21210 */ "GetCodeSigningConfig\0"
        /*  21231 */ "GetDurableExecution\0"
        /*  21251 */ "/2025-12-01/durable-executions/{DurableExecutionArn}\0"
        /*  21304 */ "GetDurableExecutionHistory\0"
        /*  21331 */ "/2025-12-01/durable-executions/{DurableExecutionArn}/history\0"
        /*  21392 */ "GetDurableExecutionState\0"
        /*  21417 */ "/2025-12-01/durable-executions/{DurableExecutionArn}/state\0"
        /*  21476 */ "GetEventSourceMapping\0"
        /*  21498 */ "GetFunction\0"
        /*  21510 */ "GetFunctionCodeSigningConfig\0"
        /*  21539 */ "GetFunctionConcurrency\0"
        /*  21562 */ "/2019-09-30/functions/{FunctionName}/concurrency\0"
        /*  21611 */ "GetFunctionConfiguration\0"
        /*  21636 */ "/2015-03-31/functions/{FunctionName}/configuration\0"
        /*  21687 */ "GetFunctionEventInvokeConfig\0"
        /*  21716 */ "GetFunctionRecursionConfig\0"
        /*  21743 */ "/2024-08-31/functions/{FunctionName}/recursion-config\0"
        /*  21797 */ "GetFunctionScalingConfig\0"
        /*  21822 */ "/2025-11-30/functions/{FunctionName}/function-scaling-config\0"
        /*  21883 */ "GetFunctionUrlConfig\0"
        /*  21904 */ "GetLayerVersion\0"
        /*  21920 */ "GetLayerVersionByArn\0"
        /*  21941 */ "/2018-10-31/layers?find=LayerVersion\0"
        /*  21978 */ "GetLayerVersionPolicy\0"
        /*  22000 */ "GetPolicy\0"
        /*  22010 */ "GetProvisionedConcurrencyConfig\0"
        /*  22042 */ "GetRuntimeManagementConfig\0"
        /*  22069 */ "/2021-07-20/functions/{FunctionName}/runtime-management-config\0"
        /*  22132 */ "Invoke\0"
        /*  22139 */ "/2015-03-31/functions/{FunctionName}/invocations\0"
        /*  22188 */ "InvokeAsync\0"
        /*  22200 */ "/2014-11-13/functions/{FunctionName}/invoke-async\0"
        /*  22250 */ "InvokeWithResponseStream\0"
        /*  22275 */ "/2021-11-15/functions/{FunctionName}/response-streaming-invocations\0"
        /*  22343 */ "ListAliases\0"
        /*  22355 */ "ListCapacityProviders\0"
        /*  22377 */ "ListCodeSigningConfigs\0"
        /*  22400 */ "ListDurableExecutionsByFunction\0"
        /*  22432 */ "/2025-12-01/functions/{FunctionName}/durable-executions\0"
        /*  22488 */ "ListEventSourceMappings\0"
        /*  22512 */ "ListFunctionEventInvokeConfigs\0"
        /*  22543 */ "/2019-09-25/functions/{FunctionName}/event-invoke-config/list\0"
        /*  22605 */ "ListFunctionUrlConfigs\0"
        /*  22628 */ "/2021-10-31/functions/{FunctionName}/urls\0"
        /*  22670 */ "ListFunctionVersionsByCapacityProvider\0"
        /*  22709 */ "/2025-11-30/capacity-providers/{CapacityProviderName}/function-versions\0"
        /*  22781 */ "ListFunctions\0"
        /*  22795 */ "ListFunctionsByCodeSigningConfig\0"
        /*  22828 */ "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}/functions\0"
        /*  22894 */ "ListLayerVersions\0"
        /*  22912 */ "/2018-10-31/layers/{LayerName}/versions\0"
        /*  22952 */ "ListLayers\0"
        /*  22963 */ "/2018-10-31/layers\0"
        /*  22982 */ "ListProvisionedConcurrencyConfigs\0"
        /*  23016 */ "/2019-09-30/functions/{FunctionName}/provisioned-concurrency?List=ALL\0"
        /*  23086 */ "ListTags\0"
        /*  23095 */ "/2017-03-31/tags/{Resource}\0"
        /*  23123 */ "ListVersionsByFunction\0"
        /*  23146 */ "/2015-03-31/functions/{FunctionName}/versions\0"
        /*  23192 */ "PublishLayerVersion\0"
        /*  23212 */ "PublishVersion\0"
        /*  23227 */ "PutFunctionCodeSigningConfig\0"
        /*  23256 */ "PUT\0"
        /*  23260 */ "PutFunctionConcurrency\0"
        /*  23283 */ "PutFunctionEventInvokeConfig\0"
        /*  23312 */ "PutFunctionRecursionConfig\0"
        /*  23339 */ "PutFunctionScalingConfig\0"
        /*  23364 */ "PutProvisionedConcurrencyConfig\0"
        /*  23396 */ "PutRuntimeManagementConfig\0"
        /*  23423 */ "RemoveLayerVersionPermission\0"
        /*  23452 */ "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy/{StatementId}\0"
        /*  23529 */ "RemovePermission\0"
        /*  23546 */ "/2015-03-31/functions/{FunctionName}/policy/{StatementId}\0"
        /*  23604 */ "SendDurableExecutionCallbackFailure\0"
        /*  23640 */ "/2025-12-01/durable-execution-callbacks/{CallbackId}/fail\0"
        /*  23698 */ "SendDurableExecutionCallbackHeartbeat\0"
        /*  23736 */ "/2025-12-01/durable-execution-callbacks/{CallbackId}/heartbeat\0"
        /*  23799 */ "SendDurableExecutionCallbackSuccess\0"
        /*  23835 */ "/2025-12-01/durable-execution-callbacks/{CallbackId}/succeed\0"
        /*  23896 */ "StopDurableExecution\0"
        /*  23917 */ "/2025-12-01/durable-executions/{DurableExecutionArn}/stop\0"
        /*  23975 */ "TagResource\0"
        /*  23987 */ "UntagResource\0"
        /*  24001 */ "UpdateAlias\0"
        /*  24013 */ "UpdateCapacityProvider\0"
        /*  24036 */ "UpdateCodeSigningConfig\0"
        /*  24060 */ "UpdateEventSourceMapping\0"
        /*  24085 */ "UpdateFunctionCode\0"
        /*  24104 */ "/2015-03-31/functions/{FunctionName}/code\0"
        /*  24146 */ "UpdateFunctionConfiguration\0"
        /*  24174 */ "UpdateFunctionEventInvokeConfig\0"
        /*  24206 */ "UpdateFunctionUrlConfig\0"
        /*  24230 */ "lambda\0"
        /*  24237 */ "Lambda\0"
        /*  24244 */ "AWS Lambda\0"
        /*  24255 */ "2015-03-31\0"
        /*  24266 */ "LAMBDA",
};

/* The descriptor programs use (<awsc/lambda.h>): the one in the tables. */
const struct awsc_service *awsc_lambda_service(void)
{
    return &T.service;
}

enum awsc_lambda_application_log_level awsc_lambda_application_log_level_parse(const char *value)
{
    return (enum awsc_lambda_application_log_level)awsc_enum_parse(&T.strings[847], 6, value);
}

const char *awsc_lambda_application_log_level_str(enum awsc_lambda_application_log_level value)
{
    return awsc_enum_str(&T.strings[847], 6, (int)value);
}

enum awsc_lambda_architecture awsc_lambda_architecture_parse(const char *value)
{
    return (enum awsc_lambda_architecture)awsc_enum_parse(&T.strings[894], 2, value);
}

const char *awsc_lambda_architecture_str(enum awsc_lambda_architecture value)
{
    return awsc_enum_str(&T.strings[894], 2, (int)value);
}

enum awsc_lambda_capacity_provider_predefined_metric_type awsc_lambda_capacity_provider_predefined_metric_type_parse(const char *value)
{
    return (enum awsc_lambda_capacity_provider_predefined_metric_type)awsc_enum_parse(&T.strings[1845], 1, value);
}

const char *awsc_lambda_capacity_provider_predefined_metric_type_str(enum awsc_lambda_capacity_provider_predefined_metric_type value)
{
    return awsc_enum_str(&T.strings[1845], 1, (int)value);
}

enum awsc_lambda_capacity_provider_scaling_mode awsc_lambda_capacity_provider_scaling_mode_parse(const char *value)
{
    return (enum awsc_lambda_capacity_provider_scaling_mode)awsc_enum_parse(&T.strings[1958], 2, value);
}

const char *awsc_lambda_capacity_provider_scaling_mode_str(enum awsc_lambda_capacity_provider_scaling_mode value)
{
    return awsc_enum_str(&T.strings[1958], 2, (int)value);
}

enum awsc_lambda_capacity_provider_state awsc_lambda_capacity_provider_state_parse(const char *value)
{
    return (enum awsc_lambda_capacity_provider_state)awsc_enum_parse(&T.strings[2061], 4, value);
}

const char *awsc_lambda_capacity_provider_state_str(enum awsc_lambda_capacity_provider_state value)
{
    return awsc_enum_str(&T.strings[2061], 4, (int)value);
}

enum awsc_lambda_code_signing_policy awsc_lambda_code_signing_policy_parse(const char *value)
{
    return (enum awsc_lambda_code_signing_policy)awsc_enum_parse(&T.strings[2933], 2, value);
}

const char *awsc_lambda_code_signing_policy_str(enum awsc_lambda_code_signing_policy value)
{
    return awsc_enum_str(&T.strings[2933], 2, (int)value);
}

enum awsc_lambda_end_point_type awsc_lambda_end_point_type_parse(const char *value)
{
    return (enum awsc_lambda_end_point_type)awsc_enum_parse(&T.strings[5147], 1, value);
}

const char *awsc_lambda_end_point_type_str(enum awsc_lambda_end_point_type value)
{
    return awsc_enum_str(&T.strings[5147], 1, (int)value);
}

enum awsc_lambda_event_source_mapping_metric awsc_lambda_event_source_mapping_metric_parse(const char *value)
{
    return (enum awsc_lambda_event_source_mapping_metric)awsc_enum_parse(&T.strings[5966], 3, value);
}

const char *awsc_lambda_event_source_mapping_metric_str(enum awsc_lambda_event_source_mapping_metric value)
{
    return awsc_enum_str(&T.strings[5966], 3, (int)value);
}

enum awsc_lambda_event_source_mapping_system_log_level awsc_lambda_event_source_mapping_system_log_level_parse(const char *value)
{
    return (enum awsc_lambda_event_source_mapping_system_log_level)awsc_enum_parse(&T.strings[6103], 3, value);
}

const char *awsc_lambda_event_source_mapping_system_log_level_str(enum awsc_lambda_event_source_mapping_system_log_level value)
{
    return awsc_enum_str(&T.strings[6103], 3, (int)value);
}

enum awsc_lambda_event_source_position awsc_lambda_event_source_position_parse(const char *value)
{
    return (enum awsc_lambda_event_source_position)awsc_enum_parse(&T.strings[6163], 3, value);
}

const char *awsc_lambda_event_source_position_str(enum awsc_lambda_event_source_position value)
{
    return awsc_enum_str(&T.strings[6163], 3, (int)value);
}

enum awsc_lambda_event_type awsc_lambda_event_type_parse(const char *value)
{
    return (enum awsc_lambda_event_type)awsc_enum_parse(&T.strings[6196], 24, value);
}

const char *awsc_lambda_event_type_str(enum awsc_lambda_event_type value)
{
    return awsc_enum_str(&T.strings[6196], 24, (int)value);
}

enum awsc_lambda_execution_status awsc_lambda_execution_status_parse(const char *value)
{
    return (enum awsc_lambda_execution_status)awsc_enum_parse(&T.strings[6756], 5, value);
}

const char *awsc_lambda_execution_status_str(enum awsc_lambda_execution_status value)
{
    return awsc_enum_str(&T.strings[6756], 5, (int)value);
}

enum awsc_lambda_full_document awsc_lambda_full_document_parse(const char *value)
{
    return (enum awsc_lambda_full_document)awsc_enum_parse(&T.strings[6990], 2, value);
}

const char *awsc_lambda_full_document_str(enum awsc_lambda_full_document value)
{
    return awsc_enum_str(&T.strings[6990], 2, (int)value);
}

enum awsc_lambda_function_response_type awsc_lambda_function_response_type_parse(const char *value)
{
    return (enum awsc_lambda_function_response_type)awsc_enum_parse(&T.strings[7592], 1, value);
}

const char *awsc_lambda_function_response_type_str(enum awsc_lambda_function_response_type value)
{
    return awsc_enum_str(&T.strings[7592], 1, (int)value);
}

enum awsc_lambda_function_url_auth_type awsc_lambda_function_url_auth_type_parse(const char *value)
{
    return (enum awsc_lambda_function_url_auth_type)awsc_enum_parse(&T.strings[7756], 2, value);
}

const char *awsc_lambda_function_url_auth_type_str(enum awsc_lambda_function_url_auth_type value)
{
    return awsc_enum_str(&T.strings[7756], 2, (int)value);
}

enum awsc_lambda_function_version awsc_lambda_function_version_parse(const char *value)
{
    return (enum awsc_lambda_function_version)awsc_enum_parse(&T.strings[7871], 1, value);
}

const char *awsc_lambda_function_version_str(enum awsc_lambda_function_version value)
{
    return awsc_enum_str(&T.strings[7871], 1, (int)value);
}

enum awsc_lambda_function_version_latest_published awsc_lambda_function_version_latest_published_parse(const char *value)
{
    return (enum awsc_lambda_function_version_latest_published)awsc_enum_parse(&T.strings[7906], 1, value);
}

const char *awsc_lambda_function_version_latest_published_str(enum awsc_lambda_function_version_latest_published value)
{
    return awsc_enum_str(&T.strings[7906], 1, (int)value);
}

enum awsc_lambda_invocation_type awsc_lambda_invocation_type_parse(const char *value)
{
    return (enum awsc_lambda_invocation_type)awsc_enum_parse(&T.strings[10346], 3, value);
}

const char *awsc_lambda_invocation_type_str(enum awsc_lambda_invocation_type value)
{
    return awsc_enum_str(&T.strings[10346], 3, (int)value);
}

enum awsc_lambda_invoke_mode awsc_lambda_invoke_mode_parse(const char *value)
{
    return (enum awsc_lambda_invoke_mode)awsc_enum_parse(&T.strings[10425], 2, value);
}

const char *awsc_lambda_invoke_mode_str(enum awsc_lambda_invoke_mode value)
{
    return awsc_enum_str(&T.strings[10425], 2, (int)value);
}

enum awsc_lambda_kafka_schema_registry_auth_type awsc_lambda_kafka_schema_registry_auth_type_parse(const char *value)
{
    return (enum awsc_lambda_kafka_schema_registry_auth_type)awsc_enum_parse(&T.strings[10940], 3, value);
}

const char *awsc_lambda_kafka_schema_registry_auth_type_str(enum awsc_lambda_kafka_schema_registry_auth_type value)
{
    return awsc_enum_str(&T.strings[10940], 3, (int)value);
}

enum awsc_lambda_kafka_schema_validation_attribute awsc_lambda_kafka_schema_validation_attribute_parse(const char *value)
{
    return (enum awsc_lambda_kafka_schema_validation_attribute)awsc_enum_parse(&T.strings[11137], 2, value);
}

const char *awsc_lambda_kafka_schema_validation_attribute_str(enum awsc_lambda_kafka_schema_validation_attribute value)
{
    return awsc_enum_str(&T.strings[11137], 2, (int)value);
}

enum awsc_lambda_last_update_status awsc_lambda_last_update_status_parse(const char *value)
{
    return (enum awsc_lambda_last_update_status)awsc_enum_parse(&T.strings[11255], 3, value);
}

const char *awsc_lambda_last_update_status_str(enum awsc_lambda_last_update_status value)
{
    return awsc_enum_str(&T.strings[11255], 3, (int)value);
}

enum awsc_lambda_last_update_status_reason_code awsc_lambda_last_update_status_reason_code_parse(const char *value)
{
    return (enum awsc_lambda_last_update_status_reason_code)awsc_enum_parse(&T.strings[11284], 36, value);
}

const char *awsc_lambda_last_update_status_reason_code_str(enum awsc_lambda_last_update_status_reason_code value)
{
    return awsc_enum_str(&T.strings[11284], 36, (int)value);
}

enum awsc_lambda_log_format awsc_lambda_log_format_parse(const char *value)
{
    return (enum awsc_lambda_log_format)awsc_enum_parse(&T.strings[13583], 2, value);
}

const char *awsc_lambda_log_format_str(enum awsc_lambda_log_format value)
{
    return awsc_enum_str(&T.strings[13583], 2, (int)value);
}

enum awsc_lambda_log_type awsc_lambda_log_type_parse(const char *value)
{
    return (enum awsc_lambda_log_type)awsc_enum_parse(&T.strings[13601], 2, value);
}

const char *awsc_lambda_log_type_str(enum awsc_lambda_log_type value)
{
    return awsc_enum_str(&T.strings[13601], 2, (int)value);
}

enum awsc_lambda_operation_action awsc_lambda_operation_action_parse(const char *value)
{
    return (enum awsc_lambda_operation_action)awsc_enum_parse(&T.strings[14130], 5, value);
}

const char *awsc_lambda_operation_action_str(enum awsc_lambda_operation_action value)
{
    return awsc_enum_str(&T.strings[14130], 5, (int)value);
}

enum awsc_lambda_operation_status awsc_lambda_operation_status_parse(const char *value)
{
    return (enum awsc_lambda_operation_status)awsc_enum_parse(&T.strings[14221], 8, value);
}

const char *awsc_lambda_operation_status_str(enum awsc_lambda_operation_status value)
{
    return awsc_enum_str(&T.strings[14221], 8, (int)value);
}

enum awsc_lambda_operation_type awsc_lambda_operation_type_parse(const char *value)
{
    return (enum awsc_lambda_operation_type)awsc_enum_parse(&T.strings[14319], 6, value);
}

const char *awsc_lambda_operation_type_str(enum awsc_lambda_operation_type value)
{
    return awsc_enum_str(&T.strings[14319], 6, (int)value);
}

enum awsc_lambda_package_type awsc_lambda_package_type_parse(const char *value)
{
    return (enum awsc_lambda_package_type)awsc_enum_parse(&T.strings[14449], 2, value);
}

const char *awsc_lambda_package_type_str(enum awsc_lambda_package_type value)
{
    return awsc_enum_str(&T.strings[14449], 2, (int)value);
}

enum awsc_lambda_propagate_tags_mode awsc_lambda_propagate_tags_mode_parse(const char *value)
{
    return (enum awsc_lambda_propagate_tags_mode)awsc_enum_parse(&T.strings[14598], 2, value);
}

const char *awsc_lambda_propagate_tags_mode_str(enum awsc_lambda_propagate_tags_mode value)
{
    return awsc_enum_str(&T.strings[14598], 2, (int)value);
}

enum awsc_lambda_provisioned_concurrency_status_enum awsc_lambda_provisioned_concurrency_status_enum_parse(const char *value)
{
    return (enum awsc_lambda_provisioned_concurrency_status_enum)awsc_enum_parse(&T.strings[14761], 3, value);
}

const char *awsc_lambda_provisioned_concurrency_status_enum_str(enum awsc_lambda_provisioned_concurrency_status_enum value)
{
    return awsc_enum_str(&T.strings[14761], 3, (int)value);
}

enum awsc_lambda_recursive_loop awsc_lambda_recursive_loop_parse(const char *value)
{
    return (enum awsc_lambda_recursive_loop)awsc_enum_parse(&T.strings[15487], 2, value);
}

const char *awsc_lambda_recursive_loop_str(enum awsc_lambda_recursive_loop value)
{
    return awsc_enum_str(&T.strings[15487], 2, (int)value);
}

enum awsc_lambda_response_streaming_invocation_type awsc_lambda_response_streaming_invocation_type_parse(const char *value)
{
    return (enum awsc_lambda_response_streaming_invocation_type)awsc_enum_parse(&T.strings[15733], 2, value);
}

const char *awsc_lambda_response_streaming_invocation_type_str(enum awsc_lambda_response_streaming_invocation_type value)
{
    return awsc_enum_str(&T.strings[15733], 2, (int)value);
}

enum awsc_lambda_runtime awsc_lambda_runtime_parse(const char *value)
{
    return (enum awsc_lambda_runtime)awsc_enum_parse(&T.strings[15816], 51, value);
}

const char *awsc_lambda_runtime_str(enum awsc_lambda_runtime value)
{
    return awsc_enum_str(&T.strings[15816], 51, (int)value);
}

enum awsc_lambda_s3_object_storage_mode awsc_lambda_s3_object_storage_mode_parse(const char *value)
{
    return (enum awsc_lambda_s3_object_storage_mode)awsc_enum_parse(&T.strings[16455], 2, value);
}

const char *awsc_lambda_s3_object_storage_mode_str(enum awsc_lambda_s3_object_storage_mode value)
{
    return awsc_enum_str(&T.strings[16455], 2, (int)value);
}

enum awsc_lambda_schema_registry_event_record_format awsc_lambda_schema_registry_event_record_format_parse(const char *value)
{
    return (enum awsc_lambda_schema_registry_event_record_format)awsc_enum_parse(&T.strings[16502], 2, value);
}

const char *awsc_lambda_schema_registry_event_record_format_str(enum awsc_lambda_schema_registry_event_record_format value)
{
    return awsc_enum_str(&T.strings[16502], 2, (int)value);
}

enum awsc_lambda_snap_start_apply_on awsc_lambda_snap_start_apply_on_parse(const char *value)
{
    return (enum awsc_lambda_snap_start_apply_on)awsc_enum_parse(&T.strings[16970], 2, value);
}

const char *awsc_lambda_snap_start_apply_on_str(enum awsc_lambda_snap_start_apply_on value)
{
    return awsc_enum_str(&T.strings[16970], 2, (int)value);
}

enum awsc_lambda_snap_start_optimization_status awsc_lambda_snap_start_optimization_status_parse(const char *value)
{
    return (enum awsc_lambda_snap_start_optimization_status)awsc_enum_parse(&T.strings[17067], 2, value);
}

const char *awsc_lambda_snap_start_optimization_status_str(enum awsc_lambda_snap_start_optimization_status value)
{
    return awsc_enum_str(&T.strings[17067], 2, (int)value);
}

enum awsc_lambda_source_access_type awsc_lambda_source_access_type_parse(const char *value)
{
    return (enum awsc_lambda_source_access_type)awsc_enum_parse(&T.strings[17218], 8, value);
}

const char *awsc_lambda_source_access_type_str(enum awsc_lambda_source_access_type value)
{
    return awsc_enum_str(&T.strings[17218], 8, (int)value);
}

enum awsc_lambda_state awsc_lambda_state_parse(const char *value)
{
    return (enum awsc_lambda_state)awsc_enum_parse(&T.strings[17413], 8, value);
}

const char *awsc_lambda_state_str(enum awsc_lambda_state value)
{
    return awsc_enum_str(&T.strings[17413], 8, (int)value);
}

enum awsc_lambda_state_reason_code awsc_lambda_state_reason_code_parse(const char *value)
{
    return (enum awsc_lambda_state_reason_code)awsc_enum_parse(&T.strings[17497], 40, value);
}

const char *awsc_lambda_state_reason_code_str(enum awsc_lambda_state_reason_code value)
{
    return awsc_enum_str(&T.strings[17497], 40, (int)value);
}

enum awsc_lambda_system_log_level awsc_lambda_system_log_level_parse(const char *value)
{
    return (enum awsc_lambda_system_log_level)awsc_enum_parse(&T.strings[6103], 3, value);
}

const char *awsc_lambda_system_log_level_str(enum awsc_lambda_system_log_level value)
{
    return awsc_enum_str(&T.strings[6103], 3, (int)value);
}

enum awsc_lambda_tenant_isolation_mode awsc_lambda_tenant_isolation_mode_parse(const char *value)
{
    return (enum awsc_lambda_tenant_isolation_mode)awsc_enum_parse(&T.strings[18738], 1, value);
}

const char *awsc_lambda_tenant_isolation_mode_str(enum awsc_lambda_tenant_isolation_mode value)
{
    return awsc_enum_str(&T.strings[18738], 1, (int)value);
}

enum awsc_lambda_throttle_reason awsc_lambda_throttle_reason_parse(const char *value)
{
    return (enum awsc_lambda_throttle_reason)awsc_enum_parse(&T.strings[18764], 6, value);
}

const char *awsc_lambda_throttle_reason_str(enum awsc_lambda_throttle_reason value)
{
    return awsc_enum_str(&T.strings[18764], 6, (int)value);
}

enum awsc_lambda_tracing_mode awsc_lambda_tracing_mode_parse(const char *value)
{
    return (enum awsc_lambda_tracing_mode)awsc_enum_parse(&T.strings[19115], 2, value);
}

const char *awsc_lambda_tracing_mode_str(enum awsc_lambda_tracing_mode value)
{
    return awsc_enum_str(&T.strings[19115], 2, (int)value);
}

enum awsc_lambda_update_runtime_on awsc_lambda_update_runtime_on_parse(const char *value)
{
    return (enum awsc_lambda_update_runtime_on)awsc_enum_parse(&T.strings[19581], 3, value);
}

const char *awsc_lambda_update_runtime_on_str(enum awsc_lambda_update_runtime_on value)
{
    return awsc_enum_str(&T.strings[19581], 3, (int)value);
}

#undef PREF
#undef PAGERS
#undef RULES_REF
#undef RULES
#undef REF
#undef T
