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
    struct awsc_structure_shape structures[322];
    struct awsc_collection_shape collections[50];
    struct awsc_enum_shape enums[46];
    struct awsc_shape scalars[161];
    struct awsc_shape_traits traits[217];
    struct awsc_member members[1040];
    uint16_t by_wire_name[1040];
    struct awsc_range ranges[156];
    char strings[15951];
#if AWSC_WITH_SHAPE_NAMES
    char shape_names[11474];
#endif
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
        .name_ref = REF(service.name_ref, strings[15908]),
        .service_id_ref = REF(service.service_id_ref, strings[15915]),
        .full_name_ref = REF(service.full_name_ref, strings[15922]),
        .api_version_ref = REF(service.api_version_ref, strings[15933]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[15908]),
        .signing_name_ref = REF(service.signing_name_ref, strings[15908]),
        .env_name_ref = REF(service.env_name_ref, strings[15944]),
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
            .name_ref = REF(operations[0].name_ref, strings[11441]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[11467]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[11472]),
            .input_ref = REF(operations[0].input_ref, structures[2].shape),
            .output_ref = REF(operations[0].output_ref, structures[3].shape),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
        },
        [1] = { /* AddPermission */
            .name_ref = REF(operations[1].name_ref, strings[11535]),
            .http_method_ref = REF(operations[1].http_method_ref, strings[11467]),
            .request_uri_ref = REF(operations[1].request_uri_ref, strings[11549]),
            .input_ref = REF(operations[1].input_ref, structures[4].shape),
            .output_ref = REF(operations[1].output_ref, structures[5].shape),
            .errors_ref = REF(operations[1].errors_ref, op_errors[7]),
            .service_ref = REF(operations[1].service_ref, service),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
        },
        [2] = { /* CheckpointDurableExecution */
            .name_ref = REF(operations[2].name_ref, strings[11593]),
            .http_method_ref = REF(operations[2].http_method_ref, strings[11467]),
            .request_uri_ref = REF(operations[2].request_uri_ref, strings[11620]),
            .input_ref = REF(operations[2].input_ref, structures[33].shape),
            .output_ref = REF(operations[2].output_ref, structures[34].shape),
            .errors_ref = REF(operations[2].errors_ref, op_errors[15]),
            .service_ref = REF(operations[2].service_ref, service),
            .error_count = 7,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [3] = { /* CreateAlias */
            .name_ref = REF(operations[3].name_ref, strings[11684]),
            .http_method_ref = REF(operations[3].http_method_ref, strings[11467]),
            .request_uri_ref = REF(operations[3].request_uri_ref, strings[11696]),
            .input_ref = REF(operations[3].input_ref, structures[51].shape),
            .output_ref = REF(operations[3].output_ref, structures[6].shape),
            .errors_ref = REF(operations[3].errors_ref, op_errors[22]),
            .service_ref = REF(operations[3].service_ref, service),
            .error_count = 6,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [4] = { /* CreateCapacityProvider */
            .name_ref = REF(operations[4].name_ref, strings[11741]),
            .http_method_ref = REF(operations[4].http_method_ref, strings[11467]),
            .request_uri_ref = REF(operations[4].request_uri_ref, strings[11764]),
            .input_ref = REF(operations[4].input_ref, structures[52].shape),
            .output_ref = REF(operations[4].output_ref, structures[53].shape),
            .errors_ref = REF(operations[4].errors_ref, op_errors[28]),
            .service_ref = REF(operations[4].service_ref, service),
            .error_count = 5,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [5] = { /* CreateCodeSigningConfig */
            .name_ref = REF(operations[5].name_ref, strings[11795]),
            .http_method_ref = REF(operations[5].http_method_ref, strings[11467]),
            .request_uri_ref = REF(operations[5].request_uri_ref, strings[11819]),
            .input_ref = REF(operations[5].input_ref, structures[54].shape),
            .output_ref = REF(operations[5].output_ref, structures[55].shape),
            .errors_ref = REF(operations[5].errors_ref, op_errors[33]),
            .service_ref = REF(operations[5].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [6] = { /* CreateEventSourceMapping */
            .name_ref = REF(operations[6].name_ref, strings[11852]),
            .http_method_ref = REF(operations[6].http_method_ref, strings[11467]),
            .request_uri_ref = REF(operations[6].request_uri_ref, strings[11877]),
            .input_ref = REF(operations[6].input_ref, structures[56].shape),
            .output_ref = REF(operations[6].output_ref, structures[97].shape),
            .errors_ref = REF(operations[6].errors_ref, op_errors[35]),
            .service_ref = REF(operations[6].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [7] = { /* CreateFunction */
            .name_ref = REF(operations[7].name_ref, strings[11911]),
            .http_method_ref = REF(operations[7].http_method_ref, strings[11467]),
            .request_uri_ref = REF(operations[7].request_uri_ref, strings[11926]),
            .input_ref = REF(operations[7].input_ref, structures[57].shape),
            .output_ref = REF(operations[7].output_ref, structures[114].shape),
            .errors_ref = REF(operations[7].errors_ref, op_errors[40]),
            .service_ref = REF(operations[7].service_ref, service),
            .error_count = 10,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [8] = { /* CreateFunctionUrlConfig */
            .name_ref = REF(operations[8].name_ref, strings[11948]),
            .http_method_ref = REF(operations[8].http_method_ref, strings[11467]),
            .request_uri_ref = REF(operations[8].request_uri_ref, strings[11972]),
            .input_ref = REF(operations[8].input_ref, structures[58].shape),
            .output_ref = REF(operations[8].output_ref, structures[59].shape),
            .errors_ref = REF(operations[8].errors_ref, op_errors[50]),
            .service_ref = REF(operations[8].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [9] = { /* DeleteAlias */
            .name_ref = REF(operations[9].name_ref, strings[12013]),
            .http_method_ref = REF(operations[9].http_method_ref, strings[12025]),
            .request_uri_ref = REF(operations[9].request_uri_ref, strings[12032]),
            .input_ref = REF(operations[9].input_ref, structures[61].shape),
            .errors_ref = REF(operations[9].errors_ref, op_errors[55]),
            .service_ref = REF(operations[9].service_ref, service),
            .error_count = 5,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [10] = { /* DeleteCapacityProvider */
            .name_ref = REF(operations[10].name_ref, strings[12084]),
            .http_method_ref = REF(operations[10].http_method_ref, strings[12025]),
            .request_uri_ref = REF(operations[10].request_uri_ref, strings[12107]),
            .input_ref = REF(operations[10].input_ref, structures[62].shape),
            .output_ref = REF(operations[10].output_ref, structures[63].shape),
            .errors_ref = REF(operations[10].errors_ref, op_errors[60]),
            .service_ref = REF(operations[10].service_ref, service),
            .error_count = 5,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [11] = { /* DeleteCodeSigningConfig */
            .name_ref = REF(operations[11].name_ref, strings[12161]),
            .http_method_ref = REF(operations[11].http_method_ref, strings[12025]),
            .request_uri_ref = REF(operations[11].request_uri_ref, strings[12185]),
            .input_ref = REF(operations[11].input_ref, structures[64].shape),
            .output_ref = REF(operations[11].output_ref, structures[65].shape),
            .errors_ref = REF(operations[11].errors_ref, op_errors[65]),
            .service_ref = REF(operations[11].service_ref, service),
            .error_count = 4,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [12] = { /* DeleteEventSourceMapping */
            .name_ref = REF(operations[12].name_ref, strings[12241]),
            .http_method_ref = REF(operations[12].http_method_ref, strings[12025]),
            .request_uri_ref = REF(operations[12].request_uri_ref, strings[12266]),
            .input_ref = REF(operations[12].input_ref, structures[66].shape),
            .output_ref = REF(operations[12].output_ref, structures[97].shape),
            .errors_ref = REF(operations[12].errors_ref, op_errors[69]),
            .service_ref = REF(operations[12].service_ref, service),
            .error_count = 6,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [13] = { /* DeleteFunction */
            .name_ref = REF(operations[13].name_ref, strings[12307]),
            .http_method_ref = REF(operations[13].http_method_ref, strings[12025]),
            .request_uri_ref = REF(operations[13].request_uri_ref, strings[12322]),
            .input_ref = REF(operations[13].input_ref, structures[70].shape),
            .output_ref = REF(operations[13].output_ref, structures[71].shape),
            .errors_ref = REF(operations[13].errors_ref, op_errors[75]),
            .service_ref = REF(operations[13].service_ref, service),
            .error_count = 5,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [14] = { /* DeleteFunctionCodeSigningConfig */
            .name_ref = REF(operations[14].name_ref, strings[12359]),
            .http_method_ref = REF(operations[14].http_method_ref, strings[12025]),
            .request_uri_ref = REF(operations[14].request_uri_ref, strings[12391]),
            .input_ref = REF(operations[14].input_ref, structures[67].shape),
            .errors_ref = REF(operations[14].errors_ref, op_errors[80]),
            .service_ref = REF(operations[14].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [15] = { /* DeleteFunctionConcurrency */
            .name_ref = REF(operations[15].name_ref, strings[12448]),
            .http_method_ref = REF(operations[15].http_method_ref, strings[12025]),
            .request_uri_ref = REF(operations[15].request_uri_ref, strings[12474]),
            .input_ref = REF(operations[15].input_ref, structures[68].shape),
            .errors_ref = REF(operations[15].errors_ref, op_errors[86]),
            .service_ref = REF(operations[15].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [16] = { /* DeleteFunctionEventInvokeConfig */
            .name_ref = REF(operations[16].name_ref, strings[12523]),
            .http_method_ref = REF(operations[16].http_method_ref, strings[12025]),
            .request_uri_ref = REF(operations[16].request_uri_ref, strings[12555]),
            .input_ref = REF(operations[16].input_ref, structures[69].shape),
            .errors_ref = REF(operations[16].errors_ref, op_errors[91]),
            .service_ref = REF(operations[16].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [17] = { /* DeleteFunctionUrlConfig */
            .name_ref = REF(operations[17].name_ref, strings[12612]),
            .http_method_ref = REF(operations[17].http_method_ref, strings[12025]),
            .request_uri_ref = REF(operations[17].request_uri_ref, strings[11972]),
            .input_ref = REF(operations[17].input_ref, structures[72].shape),
            .errors_ref = REF(operations[17].errors_ref, op_errors[96]),
            .service_ref = REF(operations[17].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [18] = { /* DeleteLayerVersion */
            .name_ref = REF(operations[18].name_ref, strings[12636]),
            .http_method_ref = REF(operations[18].http_method_ref, strings[12025]),
            .request_uri_ref = REF(operations[18].request_uri_ref, strings[12655]),
            .input_ref = REF(operations[18].input_ref, structures[73].shape),
            .errors_ref = REF(operations[18].errors_ref, op_errors[101]),
            .service_ref = REF(operations[18].service_ref, service),
            .error_count = 4,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [19] = { /* DeleteProvisionedConcurrencyConfig */
            .name_ref = REF(operations[19].name_ref, strings[12711]),
            .http_method_ref = REF(operations[19].http_method_ref, strings[12025]),
            .request_uri_ref = REF(operations[19].request_uri_ref, strings[12746]),
            .input_ref = REF(operations[19].input_ref, structures[74].shape),
            .errors_ref = REF(operations[19].errors_ref, op_errors[105]),
            .service_ref = REF(operations[19].service_ref, service),
            .error_count = 5,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [20] = { /* GetAccountSettings */
            .name_ref = REF(operations[20].name_ref, strings[12807]),
            .http_method_ref = REF(operations[20].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[20].request_uri_ref, strings[12830]),
            .input_ref = REF(operations[20].input_ref, structures[120].shape),
            .output_ref = REF(operations[20].output_ref, structures[121].shape),
            .errors_ref = REF(operations[20].errors_ref, op_errors[110]),
            .service_ref = REF(operations[20].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [21] = { /* GetAlias */
            .name_ref = REF(operations[21].name_ref, strings[12859]),
            .http_method_ref = REF(operations[21].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[21].request_uri_ref, strings[12032]),
            .input_ref = REF(operations[21].input_ref, structures[122].shape),
            .output_ref = REF(operations[21].output_ref, structures[6].shape),
            .errors_ref = REF(operations[21].errors_ref, op_errors[112]),
            .service_ref = REF(operations[21].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [22] = { /* GetCapacityProvider */
            .name_ref = REF(operations[22].name_ref, strings[12868]),
            .http_method_ref = REF(operations[22].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[22].request_uri_ref, strings[12107]),
            .input_ref = REF(operations[22].input_ref, structures[123].shape),
            .output_ref = REF(operations[22].output_ref, structures[124].shape),
            .errors_ref = REF(operations[22].errors_ref, op_errors[116]),
            .service_ref = REF(operations[22].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [23] = { /* GetCodeSigningConfig */
            .name_ref = REF(operations[23].name_ref, strings[12888]),
            .http_method_ref = REF(operations[23].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[23].request_uri_ref, strings[12185]),
            .input_ref = REF(operations[23].input_ref, structures[125].shape),
            .output_ref = REF(operations[23].output_ref, structures[126].shape),
            .errors_ref = REF(operations[23].errors_ref, op_errors[120]),
            .service_ref = REF(operations[23].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [24] = { /* GetDurableExecution */
            .name_ref = REF(operations[24].name_ref, strings[12909]),
            .http_method_ref = REF(operations[24].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[24].request_uri_ref, strings[12929]),
            .input_ref = REF(operations[24].input_ref, structures[129].shape),
            .output_ref = REF(operations[24].output_ref, structures[130].shape),
            .errors_ref = REF(operations[24].errors_ref, op_errors[123]),
            .service_ref = REF(operations[24].service_ref, service),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
        },
        [25] = { /* GetDurableExecutionHistory */
            .name_ref = REF(operations[25].name_ref, strings[12982]),
            .http_method_ref = REF(operations[25].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[25].request_uri_ref, strings[13009]),
            .input_ref = REF(operations[25].input_ref, structures[127].shape),
            .output_ref = REF(operations[25].output_ref, structures[128].shape),
            .errors_ref = REF(operations[25].errors_ref, op_errors[131]),
            .service_ref = REF(operations[25].service_ref, service),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
        },
        [26] = { /* GetDurableExecutionState */
            .name_ref = REF(operations[26].name_ref, strings[13070]),
            .http_method_ref = REF(operations[26].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[26].request_uri_ref, strings[13095]),
            .input_ref = REF(operations[26].input_ref, structures[131].shape),
            .output_ref = REF(operations[26].output_ref, structures[132].shape),
            .errors_ref = REF(operations[26].errors_ref, op_errors[139]),
            .service_ref = REF(operations[26].service_ref, service),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
        },
        [27] = { /* GetEventSourceMapping */
            .name_ref = REF(operations[27].name_ref, strings[13154]),
            .http_method_ref = REF(operations[27].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[27].request_uri_ref, strings[12266]),
            .input_ref = REF(operations[27].input_ref, structures[133].shape),
            .output_ref = REF(operations[27].output_ref, structures[97].shape),
            .errors_ref = REF(operations[27].errors_ref, op_errors[146]),
            .service_ref = REF(operations[27].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [28] = { /* GetFunction */
            .name_ref = REF(operations[28].name_ref, strings[13176]),
            .http_method_ref = REF(operations[28].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[28].request_uri_ref, strings[12322]),
            .input_ref = REF(operations[28].input_ref, structures[142].shape),
            .output_ref = REF(operations[28].output_ref, structures[143].shape),
            .errors_ref = REF(operations[28].errors_ref, op_errors[150]),
            .service_ref = REF(operations[28].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [29] = { /* GetFunctionCodeSigningConfig */
            .name_ref = REF(operations[29].name_ref, strings[13188]),
            .http_method_ref = REF(operations[29].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[29].request_uri_ref, strings[12391]),
            .input_ref = REF(operations[29].input_ref, structures[134].shape),
            .output_ref = REF(operations[29].output_ref, structures[135].shape),
            .errors_ref = REF(operations[29].errors_ref, op_errors[154]),
            .service_ref = REF(operations[29].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [30] = { /* GetFunctionConcurrency */
            .name_ref = REF(operations[30].name_ref, strings[13217]),
            .http_method_ref = REF(operations[30].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[30].request_uri_ref, strings[13240]),
            .input_ref = REF(operations[30].input_ref, structures[136].shape),
            .output_ref = REF(operations[30].output_ref, structures[137].shape),
            .errors_ref = REF(operations[30].errors_ref, op_errors[159]),
            .service_ref = REF(operations[30].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [31] = { /* GetFunctionConfiguration */
            .name_ref = REF(operations[31].name_ref, strings[13289]),
            .http_method_ref = REF(operations[31].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[31].request_uri_ref, strings[13314]),
            .input_ref = REF(operations[31].input_ref, structures[138].shape),
            .output_ref = REF(operations[31].output_ref, structures[114].shape),
            .errors_ref = REF(operations[31].errors_ref, op_errors[163]),
            .service_ref = REF(operations[31].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [32] = { /* GetFunctionEventInvokeConfig */
            .name_ref = REF(operations[32].name_ref, strings[13365]),
            .http_method_ref = REF(operations[32].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[32].request_uri_ref, strings[12555]),
            .input_ref = REF(operations[32].input_ref, structures[139].shape),
            .output_ref = REF(operations[32].output_ref, structures[115].shape),
            .errors_ref = REF(operations[32].errors_ref, op_errors[167]),
            .service_ref = REF(operations[32].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [33] = { /* GetFunctionRecursionConfig */
            .name_ref = REF(operations[33].name_ref, strings[13394]),
            .http_method_ref = REF(operations[33].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[33].request_uri_ref, strings[13421]),
            .input_ref = REF(operations[33].input_ref, structures[140].shape),
            .output_ref = REF(operations[33].output_ref, structures[141].shape),
            .errors_ref = REF(operations[33].errors_ref, op_errors[171]),
            .service_ref = REF(operations[33].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [34] = { /* GetFunctionScalingConfig */
            .name_ref = REF(operations[34].name_ref, strings[13475]),
            .http_method_ref = REF(operations[34].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[34].request_uri_ref, strings[13500]),
            .input_ref = REF(operations[34].input_ref, structures[144].shape),
            .output_ref = REF(operations[34].output_ref, structures[145].shape),
            .errors_ref = REF(operations[34].errors_ref, op_errors[175]),
            .service_ref = REF(operations[34].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [35] = { /* GetFunctionUrlConfig */
            .name_ref = REF(operations[35].name_ref, strings[13561]),
            .http_method_ref = REF(operations[35].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[35].request_uri_ref, strings[11972]),
            .input_ref = REF(operations[35].input_ref, structures[146].shape),
            .output_ref = REF(operations[35].output_ref, structures[147].shape),
            .errors_ref = REF(operations[35].errors_ref, op_errors[179]),
            .service_ref = REF(operations[35].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [36] = { /* GetLayerVersion */
            .name_ref = REF(operations[36].name_ref, strings[13582]),
            .http_method_ref = REF(operations[36].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[36].request_uri_ref, strings[12655]),
            .input_ref = REF(operations[36].input_ref, structures[151].shape),
            .output_ref = REF(operations[36].output_ref, structures[152].shape),
            .errors_ref = REF(operations[36].errors_ref, op_errors[183]),
            .service_ref = REF(operations[36].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [37] = { /* GetLayerVersionByArn */
            .name_ref = REF(operations[37].name_ref, strings[13598]),
            .http_method_ref = REF(operations[37].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[37].request_uri_ref, strings[13619]),
            .input_ref = REF(operations[37].input_ref, structures[148].shape),
            .output_ref = REF(operations[37].output_ref, structures[152].shape),
            .errors_ref = REF(operations[37].errors_ref, op_errors[187]),
            .service_ref = REF(operations[37].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [38] = { /* GetLayerVersionPolicy */
            .name_ref = REF(operations[38].name_ref, strings[13656]),
            .http_method_ref = REF(operations[38].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[38].request_uri_ref, strings[11472]),
            .input_ref = REF(operations[38].input_ref, structures[149].shape),
            .output_ref = REF(operations[38].output_ref, structures[150].shape),
            .errors_ref = REF(operations[38].errors_ref, op_errors[191]),
            .service_ref = REF(operations[38].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [39] = { /* GetPolicy */
            .name_ref = REF(operations[39].name_ref, strings[13678]),
            .http_method_ref = REF(operations[39].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[39].request_uri_ref, strings[11549]),
            .input_ref = REF(operations[39].input_ref, structures[153].shape),
            .output_ref = REF(operations[39].output_ref, structures[154].shape),
            .errors_ref = REF(operations[39].errors_ref, op_errors[195]),
            .service_ref = REF(operations[39].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [40] = { /* GetProvisionedConcurrencyConfig */
            .name_ref = REF(operations[40].name_ref, strings[13688]),
            .http_method_ref = REF(operations[40].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[40].request_uri_ref, strings[12746]),
            .input_ref = REF(operations[40].input_ref, structures[155].shape),
            .output_ref = REF(operations[40].output_ref, structures[156].shape),
            .errors_ref = REF(operations[40].errors_ref, op_errors[199]),
            .service_ref = REF(operations[40].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [41] = { /* GetRuntimeManagementConfig */
            .name_ref = REF(operations[41].name_ref, strings[13720]),
            .http_method_ref = REF(operations[41].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[41].request_uri_ref, strings[13747]),
            .input_ref = REF(operations[41].input_ref, structures[157].shape),
            .output_ref = REF(operations[41].output_ref, structures[158].shape),
            .errors_ref = REF(operations[41].errors_ref, op_errors[204]),
            .service_ref = REF(operations[41].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [42] = { /* Invoke */
            .name_ref = REF(operations[42].name_ref, strings[13810]),
            .http_method_ref = REF(operations[42].http_method_ref, strings[11467]),
            .request_uri_ref = REF(operations[42].request_uri_ref, strings[13817]),
            .input_ref = REF(operations[42].input_ref, structures[171].shape),
            .output_ref = REF(operations[42].output_ref, structures[172].shape),
            .errors_ref = REF(operations[42].errors_ref, op_errors[208]),
            .service_ref = REF(operations[42].service_ref, service),
            .error_count = 43,
            .auth = AWSC_AUTH_SIGV4,
        },
        [43] = { /* InvokeAsync */
            .name_ref = REF(operations[43].name_ref, strings[13866]),
            .http_method_ref = REF(operations[43].http_method_ref, strings[11467]),
            .request_uri_ref = REF(operations[43].request_uri_ref, strings[13878]),
            .input_ref = REF(operations[43].input_ref, structures[173].shape),
            .output_ref = REF(operations[43].output_ref, structures[174].shape),
            .errors_ref = REF(operations[43].errors_ref, op_errors[251]),
            .service_ref = REF(operations[43].service_ref, service),
            .error_count = 29,
            .flags = AWSC_OF_DEPRECATED,
            .auth = AWSC_AUTH_SIGV4,
        },
        [44] = { /* InvokeWithResponseStream */
            .name_ref = REF(operations[44].name_ref, strings[13928]),
            .http_method_ref = REF(operations[44].http_method_ref, strings[11467]),
            .request_uri_ref = REF(operations[44].request_uri_ref, strings[13953]),
            .input_ref = REF(operations[44].input_ref, structures[177].shape),
            .output_ref = REF(operations[44].output_ref, structures[178].shape),
            .errors_ref = REF(operations[44].errors_ref, op_errors[280]),
            .service_ref = REF(operations[44].service_ref, service),
            .error_count = 37,
            .auth = AWSC_AUTH_SIGV4,
        },
        [45] = { /* ListAliases */
            .name_ref = REF(operations[45].name_ref, strings[14021]),
            .http_method_ref = REF(operations[45].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[45].request_uri_ref, strings[11696]),
            .input_ref = REF(operations[45].input_ref, structures[193].shape),
            .output_ref = REF(operations[45].output_ref, structures[194].shape),
            .errors_ref = REF(operations[45].errors_ref, op_errors[317]),
            .service_ref = REF(operations[45].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [46] = { /* ListCapacityProviders */
            .name_ref = REF(operations[46].name_ref, strings[14033]),
            .http_method_ref = REF(operations[46].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[46].request_uri_ref, strings[11764]),
            .input_ref = REF(operations[46].input_ref, structures[195].shape),
            .output_ref = REF(operations[46].output_ref, structures[196].shape),
            .errors_ref = REF(operations[46].errors_ref, op_errors[321]),
            .service_ref = REF(operations[46].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [47] = { /* ListCodeSigningConfigs */
            .name_ref = REF(operations[47].name_ref, strings[14055]),
            .http_method_ref = REF(operations[47].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[47].request_uri_ref, strings[11819]),
            .input_ref = REF(operations[47].input_ref, structures[197].shape),
            .output_ref = REF(operations[47].output_ref, structures[198].shape),
            .errors_ref = REF(operations[47].errors_ref, op_errors[324]),
            .service_ref = REF(operations[47].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [48] = { /* ListDurableExecutionsByFunction */
            .name_ref = REF(operations[48].name_ref, strings[14078]),
            .http_method_ref = REF(operations[48].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[48].request_uri_ref, strings[14110]),
            .input_ref = REF(operations[48].input_ref, structures[199].shape),
            .output_ref = REF(operations[48].output_ref, structures[200].shape),
            .errors_ref = REF(operations[48].errors_ref, op_errors[326]),
            .service_ref = REF(operations[48].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [49] = { /* ListEventSourceMappings */
            .name_ref = REF(operations[49].name_ref, strings[14166]),
            .http_method_ref = REF(operations[49].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[49].request_uri_ref, strings[11877]),
            .input_ref = REF(operations[49].input_ref, structures[201].shape),
            .output_ref = REF(operations[49].output_ref, structures[202].shape),
            .errors_ref = REF(operations[49].errors_ref, op_errors[330]),
            .service_ref = REF(operations[49].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [50] = { /* ListFunctionEventInvokeConfigs */
            .name_ref = REF(operations[50].name_ref, strings[14190]),
            .http_method_ref = REF(operations[50].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[50].request_uri_ref, strings[14221]),
            .input_ref = REF(operations[50].input_ref, structures[203].shape),
            .output_ref = REF(operations[50].output_ref, structures[204].shape),
            .errors_ref = REF(operations[50].errors_ref, op_errors[334]),
            .service_ref = REF(operations[50].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [51] = { /* ListFunctionUrlConfigs */
            .name_ref = REF(operations[51].name_ref, strings[14283]),
            .http_method_ref = REF(operations[51].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[51].request_uri_ref, strings[14306]),
            .input_ref = REF(operations[51].input_ref, structures[205].shape),
            .output_ref = REF(operations[51].output_ref, structures[206].shape),
            .errors_ref = REF(operations[51].errors_ref, op_errors[338]),
            .service_ref = REF(operations[51].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [52] = { /* ListFunctionVersionsByCapacityProvider */
            .name_ref = REF(operations[52].name_ref, strings[14348]),
            .http_method_ref = REF(operations[52].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[52].request_uri_ref, strings[14387]),
            .input_ref = REF(operations[52].input_ref, structures[207].shape),
            .output_ref = REF(operations[52].output_ref, structures[208].shape),
            .errors_ref = REF(operations[52].errors_ref, op_errors[342]),
            .service_ref = REF(operations[52].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [53] = { /* ListFunctions */
            .name_ref = REF(operations[53].name_ref, strings[14459]),
            .http_method_ref = REF(operations[53].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[53].request_uri_ref, strings[11926]),
            .input_ref = REF(operations[53].input_ref, structures[211].shape),
            .output_ref = REF(operations[53].output_ref, structures[212].shape),
            .errors_ref = REF(operations[53].errors_ref, op_errors[346]),
            .service_ref = REF(operations[53].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [54] = { /* ListFunctionsByCodeSigningConfig */
            .name_ref = REF(operations[54].name_ref, strings[14473]),
            .http_method_ref = REF(operations[54].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[54].request_uri_ref, strings[14506]),
            .input_ref = REF(operations[54].input_ref, structures[209].shape),
            .output_ref = REF(operations[54].output_ref, structures[210].shape),
            .errors_ref = REF(operations[54].errors_ref, op_errors[349]),
            .service_ref = REF(operations[54].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [55] = { /* ListLayerVersions */
            .name_ref = REF(operations[55].name_ref, strings[14572]),
            .http_method_ref = REF(operations[55].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[55].request_uri_ref, strings[14590]),
            .input_ref = REF(operations[55].input_ref, structures[213].shape),
            .output_ref = REF(operations[55].output_ref, structures[214].shape),
            .errors_ref = REF(operations[55].errors_ref, op_errors[352]),
            .service_ref = REF(operations[55].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [56] = { /* ListLayers */
            .name_ref = REF(operations[56].name_ref, strings[14630]),
            .http_method_ref = REF(operations[56].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[56].request_uri_ref, strings[14641]),
            .input_ref = REF(operations[56].input_ref, structures[215].shape),
            .output_ref = REF(operations[56].output_ref, structures[216].shape),
            .errors_ref = REF(operations[56].errors_ref, op_errors[356]),
            .service_ref = REF(operations[56].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [57] = { /* ListProvisionedConcurrencyConfigs */
            .name_ref = REF(operations[57].name_ref, strings[14660]),
            .http_method_ref = REF(operations[57].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[57].request_uri_ref, strings[14694]),
            .input_ref = REF(operations[57].input_ref, structures[217].shape),
            .output_ref = REF(operations[57].output_ref, structures[218].shape),
            .errors_ref = REF(operations[57].errors_ref, op_errors[359]),
            .service_ref = REF(operations[57].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [58] = { /* ListTags */
            .name_ref = REF(operations[58].name_ref, strings[14764]),
            .http_method_ref = REF(operations[58].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[58].request_uri_ref, strings[14773]),
            .input_ref = REF(operations[58].input_ref, structures[219].shape),
            .output_ref = REF(operations[58].output_ref, structures[220].shape),
            .errors_ref = REF(operations[58].errors_ref, op_errors[363]),
            .service_ref = REF(operations[58].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [59] = { /* ListVersionsByFunction */
            .name_ref = REF(operations[59].name_ref, strings[14801]),
            .http_method_ref = REF(operations[59].http_method_ref, strings[12826]),
            .request_uri_ref = REF(operations[59].request_uri_ref, strings[14824]),
            .input_ref = REF(operations[59].input_ref, structures[221].shape),
            .output_ref = REF(operations[59].output_ref, structures[222].shape),
            .errors_ref = REF(operations[59].errors_ref, op_errors[367]),
            .service_ref = REF(operations[59].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [60] = { /* PublishLayerVersion */
            .name_ref = REF(operations[60].name_ref, strings[14870]),
            .http_method_ref = REF(operations[60].http_method_ref, strings[11467]),
            .request_uri_ref = REF(operations[60].request_uri_ref, strings[14590]),
            .input_ref = REF(operations[60].input_ref, structures[237].shape),
            .output_ref = REF(operations[60].output_ref, structures[238].shape),
            .errors_ref = REF(operations[60].errors_ref, op_errors[371]),
            .service_ref = REF(operations[60].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [61] = { /* PublishVersion */
            .name_ref = REF(operations[61].name_ref, strings[14890]),
            .http_method_ref = REF(operations[61].http_method_ref, strings[11467]),
            .request_uri_ref = REF(operations[61].request_uri_ref, strings[14824]),
            .input_ref = REF(operations[61].input_ref, structures[239].shape),
            .output_ref = REF(operations[61].output_ref, structures[114].shape),
            .errors_ref = REF(operations[61].errors_ref, op_errors[376]),
            .service_ref = REF(operations[61].service_ref, service),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
        },
        [62] = { /* PutFunctionCodeSigningConfig */
            .name_ref = REF(operations[62].name_ref, strings[14905]),
            .http_method_ref = REF(operations[62].http_method_ref, strings[14934]),
            .request_uri_ref = REF(operations[62].request_uri_ref, strings[12391]),
            .input_ref = REF(operations[62].input_ref, structures[240].shape),
            .output_ref = REF(operations[62].output_ref, structures[241].shape),
            .errors_ref = REF(operations[62].errors_ref, op_errors[384]),
            .service_ref = REF(operations[62].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [63] = { /* PutFunctionConcurrency */
            .name_ref = REF(operations[63].name_ref, strings[14938]),
            .http_method_ref = REF(operations[63].http_method_ref, strings[14934]),
            .request_uri_ref = REF(operations[63].request_uri_ref, strings[12474]),
            .input_ref = REF(operations[63].input_ref, structures[242].shape),
            .output_ref = REF(operations[63].output_ref, structures[44].shape),
            .errors_ref = REF(operations[63].errors_ref, op_errors[390]),
            .service_ref = REF(operations[63].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [64] = { /* PutFunctionEventInvokeConfig */
            .name_ref = REF(operations[64].name_ref, strings[14961]),
            .http_method_ref = REF(operations[64].http_method_ref, strings[14934]),
            .request_uri_ref = REF(operations[64].request_uri_ref, strings[12555]),
            .input_ref = REF(operations[64].input_ref, structures[243].shape),
            .output_ref = REF(operations[64].output_ref, structures[115].shape),
            .errors_ref = REF(operations[64].errors_ref, op_errors[395]),
            .service_ref = REF(operations[64].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [65] = { /* PutFunctionRecursionConfig */
            .name_ref = REF(operations[65].name_ref, strings[14990]),
            .http_method_ref = REF(operations[65].http_method_ref, strings[14934]),
            .request_uri_ref = REF(operations[65].request_uri_ref, strings[13421]),
            .input_ref = REF(operations[65].input_ref, structures[244].shape),
            .output_ref = REF(operations[65].output_ref, structures[245].shape),
            .errors_ref = REF(operations[65].errors_ref, op_errors[400]),
            .service_ref = REF(operations[65].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [66] = { /* PutFunctionScalingConfig */
            .name_ref = REF(operations[66].name_ref, strings[15017]),
            .http_method_ref = REF(operations[66].http_method_ref, strings[14934]),
            .request_uri_ref = REF(operations[66].request_uri_ref, strings[13500]),
            .input_ref = REF(operations[66].input_ref, structures[246].shape),
            .output_ref = REF(operations[66].output_ref, structures[247].shape),
            .errors_ref = REF(operations[66].errors_ref, op_errors[405]),
            .service_ref = REF(operations[66].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [67] = { /* PutProvisionedConcurrencyConfig */
            .name_ref = REF(operations[67].name_ref, strings[15042]),
            .http_method_ref = REF(operations[67].http_method_ref, strings[14934]),
            .request_uri_ref = REF(operations[67].request_uri_ref, strings[12746]),
            .input_ref = REF(operations[67].input_ref, structures[248].shape),
            .output_ref = REF(operations[67].output_ref, structures[249].shape),
            .errors_ref = REF(operations[67].errors_ref, op_errors[410]),
            .service_ref = REF(operations[67].service_ref, service),
            .error_count = 5,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [68] = { /* PutRuntimeManagementConfig */
            .name_ref = REF(operations[68].name_ref, strings[15074]),
            .http_method_ref = REF(operations[68].http_method_ref, strings[14934]),
            .request_uri_ref = REF(operations[68].request_uri_ref, strings[13747]),
            .input_ref = REF(operations[68].input_ref, structures[250].shape),
            .output_ref = REF(operations[68].output_ref, structures[251].shape),
            .errors_ref = REF(operations[68].errors_ref, op_errors[415]),
            .service_ref = REF(operations[68].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [69] = { /* RemoveLayerVersionPermission */
            .name_ref = REF(operations[69].name_ref, strings[15101]),
            .http_method_ref = REF(operations[69].http_method_ref, strings[12025]),
            .request_uri_ref = REF(operations[69].request_uri_ref, strings[15130]),
            .input_ref = REF(operations[69].input_ref, structures[253].shape),
            .errors_ref = REF(operations[69].errors_ref, op_errors[420]),
            .service_ref = REF(operations[69].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [70] = { /* RemovePermission */
            .name_ref = REF(operations[70].name_ref, strings[15207]),
            .http_method_ref = REF(operations[70].http_method_ref, strings[12025]),
            .request_uri_ref = REF(operations[70].request_uri_ref, strings[15224]),
            .input_ref = REF(operations[70].input_ref, structures[254].shape),
            .errors_ref = REF(operations[70].errors_ref, op_errors[425]),
            .service_ref = REF(operations[70].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [71] = { /* SendDurableExecutionCallbackFailure */
            .name_ref = REF(operations[71].name_ref, strings[15282]),
            .http_method_ref = REF(operations[71].http_method_ref, strings[11467]),
            .request_uri_ref = REF(operations[71].request_uri_ref, strings[15318]),
            .input_ref = REF(operations[71].input_ref, structures[270].shape),
            .output_ref = REF(operations[71].output_ref, structures[271].shape),
            .errors_ref = REF(operations[71].errors_ref, op_errors[431]),
            .service_ref = REF(operations[71].service_ref, service),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
        },
        [72] = { /* SendDurableExecutionCallbackHeartbeat */
            .name_ref = REF(operations[72].name_ref, strings[15376]),
            .http_method_ref = REF(operations[72].http_method_ref, strings[11467]),
            .request_uri_ref = REF(operations[72].request_uri_ref, strings[15414]),
            .input_ref = REF(operations[72].input_ref, structures[272].shape),
            .output_ref = REF(operations[72].output_ref, structures[273].shape),
            .errors_ref = REF(operations[72].errors_ref, op_errors[440]),
            .service_ref = REF(operations[72].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [73] = { /* SendDurableExecutionCallbackSuccess */
            .name_ref = REF(operations[73].name_ref, strings[15477]),
            .http_method_ref = REF(operations[73].http_method_ref, strings[11467]),
            .request_uri_ref = REF(operations[73].request_uri_ref, strings[15513]),
            .input_ref = REF(operations[73].input_ref, structures[274].shape),
            .output_ref = REF(operations[73].output_ref, structures[275].shape),
            .errors_ref = REF(operations[73].errors_ref, op_errors[445]),
            .service_ref = REF(operations[73].service_ref, service),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
        },
        [74] = { /* StopDurableExecution */
            .name_ref = REF(operations[74].name_ref, strings[15574]),
            .http_method_ref = REF(operations[74].http_method_ref, strings[11467]),
            .request_uri_ref = REF(operations[74].request_uri_ref, strings[15595]),
            .input_ref = REF(operations[74].input_ref, structures[291].shape),
            .output_ref = REF(operations[74].output_ref, structures[292].shape),
            .errors_ref = REF(operations[74].errors_ref, op_errors[454]),
            .service_ref = REF(operations[74].service_ref, service),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
        },
        [75] = { /* TagResource */
            .name_ref = REF(operations[75].name_ref, strings[15653]),
            .http_method_ref = REF(operations[75].http_method_ref, strings[11467]),
            .request_uri_ref = REF(operations[75].request_uri_ref, strings[14773]),
            .input_ref = REF(operations[75].input_ref, structures[294].shape),
            .errors_ref = REF(operations[75].errors_ref, op_errors[462]),
            .service_ref = REF(operations[75].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [76] = { /* UntagResource */
            .name_ref = REF(operations[76].name_ref, strings[15665]),
            .http_method_ref = REF(operations[76].http_method_ref, strings[12025]),
            .request_uri_ref = REF(operations[76].request_uri_ref, strings[14773]),
            .input_ref = REF(operations[76].input_ref, structures[303].shape),
            .errors_ref = REF(operations[76].errors_ref, op_errors[467]),
            .service_ref = REF(operations[76].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [77] = { /* UpdateAlias */
            .name_ref = REF(operations[77].name_ref, strings[15679]),
            .http_method_ref = REF(operations[77].http_method_ref, strings[14934]),
            .request_uri_ref = REF(operations[77].request_uri_ref, strings[12032]),
            .input_ref = REF(operations[77].input_ref, structures[304].shape),
            .output_ref = REF(operations[77].output_ref, structures[6].shape),
            .errors_ref = REF(operations[77].errors_ref, op_errors[472]),
            .service_ref = REF(operations[77].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [78] = { /* UpdateCapacityProvider */
            .name_ref = REF(operations[78].name_ref, strings[15691]),
            .http_method_ref = REF(operations[78].http_method_ref, strings[14934]),
            .request_uri_ref = REF(operations[78].request_uri_ref, strings[12107]),
            .input_ref = REF(operations[78].input_ref, structures[305].shape),
            .output_ref = REF(operations[78].output_ref, structures[306].shape),
            .errors_ref = REF(operations[78].errors_ref, op_errors[478]),
            .service_ref = REF(operations[78].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [79] = { /* UpdateCodeSigningConfig */
            .name_ref = REF(operations[79].name_ref, strings[15714]),
            .http_method_ref = REF(operations[79].http_method_ref, strings[14934]),
            .request_uri_ref = REF(operations[79].request_uri_ref, strings[12185]),
            .input_ref = REF(operations[79].input_ref, structures[307].shape),
            .output_ref = REF(operations[79].output_ref, structures[308].shape),
            .errors_ref = REF(operations[79].errors_ref, op_errors[483]),
            .service_ref = REF(operations[79].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [80] = { /* UpdateEventSourceMapping */
            .name_ref = REF(operations[80].name_ref, strings[15738]),
            .http_method_ref = REF(operations[80].http_method_ref, strings[14934]),
            .request_uri_ref = REF(operations[80].request_uri_ref, strings[12266]),
            .input_ref = REF(operations[80].input_ref, structures[309].shape),
            .output_ref = REF(operations[80].output_ref, structures[97].shape),
            .errors_ref = REF(operations[80].errors_ref, op_errors[486]),
            .service_ref = REF(operations[80].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [81] = { /* UpdateFunctionCode */
            .name_ref = REF(operations[81].name_ref, strings[15763]),
            .http_method_ref = REF(operations[81].http_method_ref, strings[14934]),
            .request_uri_ref = REF(operations[81].request_uri_ref, strings[15782]),
            .input_ref = REF(operations[81].input_ref, structures[310].shape),
            .output_ref = REF(operations[81].output_ref, structures[114].shape),
            .errors_ref = REF(operations[81].errors_ref, op_errors[492]),
            .service_ref = REF(operations[81].service_ref, service),
            .error_count = 10,
            .auth = AWSC_AUTH_SIGV4,
        },
        [82] = { /* UpdateFunctionConfiguration */
            .name_ref = REF(operations[82].name_ref, strings[15824]),
            .http_method_ref = REF(operations[82].http_method_ref, strings[14934]),
            .request_uri_ref = REF(operations[82].request_uri_ref, strings[13314]),
            .input_ref = REF(operations[82].input_ref, structures[311].shape),
            .output_ref = REF(operations[82].output_ref, structures[114].shape),
            .errors_ref = REF(operations[82].errors_ref, op_errors[502]),
            .service_ref = REF(operations[82].service_ref, service),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
        },
        [83] = { /* UpdateFunctionEventInvokeConfig */
            .name_ref = REF(operations[83].name_ref, strings[15852]),
            .http_method_ref = REF(operations[83].http_method_ref, strings[11467]),
            .request_uri_ref = REF(operations[83].request_uri_ref, strings[12555]),
            .input_ref = REF(operations[83].input_ref, structures[312].shape),
            .output_ref = REF(operations[83].output_ref, structures[115].shape),
            .errors_ref = REF(operations[83].errors_ref, op_errors[511]),
            .service_ref = REF(operations[83].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [84] = { /* UpdateFunctionUrlConfig */
            .name_ref = REF(operations[84].name_ref, strings[15884]),
            .http_method_ref = REF(operations[84].http_method_ref, strings[14934]),
            .request_uri_ref = REF(operations[84].request_uri_ref, strings[11972]),
            .input_ref = REF(operations[84].input_ref, structures[313].shape),
            .output_ref = REF(operations[84].output_ref, structures[314].shape),
            .errors_ref = REF(operations[84].errors_ref, op_errors[516]),
            .service_ref = REF(operations[84].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], structures[164].shape),
        REF(op_errors[1], structures[230].shape),
        REF(op_errors[2], structures[231].shape),
        REF(op_errors[3], structures[257].shape),
        REF(op_errors[4], structures[259].shape),
        REF(op_errors[5], structures[277].shape),
        REF(op_errors[6], structures[298].shape),
        REF(op_errors[7], structures[164].shape),
        REF(op_errors[8], structures[230].shape),
        REF(op_errors[9], structures[231].shape),
        REF(op_errors[10], structures[236].shape),
        REF(op_errors[11], structures[257].shape),
        REF(op_errors[12], structures[259].shape),
        REF(op_errors[13], structures[277].shape),
        REF(op_errors[14], structures[298].shape),
        REF(op_errors[15], structures[164].shape),
        REF(op_errors[16], structures[180].shape),
        REF(op_errors[17], structures[181].shape),
        REF(op_errors[18], structures[182].shape),
        REF(op_errors[19], structures[183].shape),
        REF(op_errors[20], structures[277].shape),
        REF(op_errors[21], structures[298].shape),
        REF(op_errors[22], structures[7].shape),
        REF(op_errors[23], structures[164].shape),
        REF(op_errors[24], structures[257].shape),
        REF(op_errors[25], structures[259].shape),
        REF(op_errors[26], structures[277].shape),
        REF(op_errors[27], structures[298].shape),
        REF(op_errors[28], structures[20].shape),
        REF(op_errors[29], structures[164].shape),
        REF(op_errors[30], structures[257].shape),
        REF(op_errors[31], structures[277].shape),
        REF(op_errors[32], structures[298].shape),
        REF(op_errors[33], structures[164].shape),
        REF(op_errors[34], structures[277].shape),
        REF(op_errors[35], structures[164].shape),
        REF(op_errors[36], structures[257].shape),
        REF(op_errors[37], structures[259].shape),
        REF(op_errors[38], structures[277].shape),
        REF(op_errors[39], structures[298].shape),
        REF(op_errors[40], structures[40].shape),
        REF(op_errors[41], structures[42].shape),
        REF(op_errors[42], structures[43].shape),
        REF(op_errors[43], structures[119].shape),
        REF(op_errors[44], structures[163].shape),
        REF(op_errors[45], structures[164].shape),
        REF(op_errors[46], structures[257].shape),
        REF(op_errors[47], structures[259].shape),
        REF(op_errors[48], structures[277].shape),
        REF(op_errors[49], structures[298].shape),
        REF(op_errors[50], structures[164].shape),
        REF(op_errors[51], structures[257].shape),
        REF(op_errors[52], structures[259].shape),
        REF(op_errors[53], structures[277].shape),
        REF(op_errors[54], structures[298].shape),
        REF(op_errors[55], structures[164].shape),
        REF(op_errors[56], structures[257].shape),
        REF(op_errors[57], structures[259].shape),
        REF(op_errors[58], structures[277].shape),
        REF(op_errors[59], structures[298].shape),
        REF(op_errors[60], structures[164].shape),
        REF(op_errors[61], structures[257].shape),
        REF(op_errors[62], structures[259].shape),
        REF(op_errors[63], structures[277].shape),
        REF(op_errors[64], structures[298].shape),
        REF(op_errors[65], structures[164].shape),
        REF(op_errors[66], structures[257].shape),
        REF(op_errors[67], structures[259].shape),
        REF(op_errors[68], structures[277].shape),
        REF(op_errors[69], structures[164].shape),
        REF(op_errors[70], structures[257].shape),
        REF(op_errors[71], structures[258].shape),
        REF(op_errors[72], structures[259].shape),
        REF(op_errors[73], structures[277].shape),
        REF(op_errors[74], structures[298].shape),
        REF(op_errors[75], structures[164].shape),
        REF(op_errors[76], structures[257].shape),
        REF(op_errors[77], structures[259].shape),
        REF(op_errors[78], structures[277].shape),
        REF(op_errors[79], structures[298].shape),
        REF(op_errors[80], structures[40].shape),
        REF(op_errors[81], structures[164].shape),
        REF(op_errors[82], structures[257].shape),
        REF(op_errors[83], structures[259].shape),
        REF(op_errors[84], structures[277].shape),
        REF(op_errors[85], structures[298].shape),
        REF(op_errors[86], structures[164].shape),
        REF(op_errors[87], structures[257].shape),
        REF(op_errors[88], structures[259].shape),
        REF(op_errors[89], structures[277].shape),
        REF(op_errors[90], structures[298].shape),
        REF(op_errors[91], structures[164].shape),
        REF(op_errors[92], structures[257].shape),
        REF(op_errors[93], structures[259].shape),
        REF(op_errors[94], structures[277].shape),
        REF(op_errors[95], structures[298].shape),
        REF(op_errors[96], structures[164].shape),
        REF(op_errors[97], structures[257].shape),
        REF(op_errors[98], structures[259].shape),
        REF(op_errors[99], structures[277].shape),
        REF(op_errors[100], structures[298].shape),
        REF(op_errors[101], structures[164].shape),
        REF(op_errors[102], structures[259].shape),
        REF(op_errors[103], structures[277].shape),
        REF(op_errors[104], structures[298].shape),
        REF(op_errors[105], structures[164].shape),
        REF(op_errors[106], structures[257].shape),
        REF(op_errors[107], structures[259].shape),
        REF(op_errors[108], structures[277].shape),
        REF(op_errors[109], structures[298].shape),
        REF(op_errors[110], structures[277].shape),
        REF(op_errors[111], structures[298].shape),
        REF(op_errors[112], structures[164].shape),
        REF(op_errors[113], structures[259].shape),
        REF(op_errors[114], structures[277].shape),
        REF(op_errors[115], structures[298].shape),
        REF(op_errors[116], structures[164].shape),
        REF(op_errors[117], structures[259].shape),
        REF(op_errors[118], structures[277].shape),
        REF(op_errors[119], structures[298].shape),
        REF(op_errors[120], structures[164].shape),
        REF(op_errors[121], structures[259].shape),
        REF(op_errors[122], structures[277].shape),
        REF(op_errors[123], structures[164].shape),
        REF(op_errors[124], structures[180].shape),
        REF(op_errors[125], structures[181].shape),
        REF(op_errors[126], structures[182].shape),
        REF(op_errors[127], structures[183].shape),
        REF(op_errors[128], structures[259].shape),
        REF(op_errors[129], structures[277].shape),
        REF(op_errors[130], structures[298].shape),
        REF(op_errors[131], structures[164].shape),
        REF(op_errors[132], structures[180].shape),
        REF(op_errors[133], structures[181].shape),
        REF(op_errors[134], structures[182].shape),
        REF(op_errors[135], structures[183].shape),
        REF(op_errors[136], structures[259].shape),
        REF(op_errors[137], structures[277].shape),
        REF(op_errors[138], structures[298].shape),
        REF(op_errors[139], structures[164].shape),
        REF(op_errors[140], structures[180].shape),
        REF(op_errors[141], structures[181].shape),
        REF(op_errors[142], structures[182].shape),
        REF(op_errors[143], structures[183].shape),
        REF(op_errors[144], structures[277].shape),
        REF(op_errors[145], structures[298].shape),
        REF(op_errors[146], structures[164].shape),
        REF(op_errors[147], structures[259].shape),
        REF(op_errors[148], structures[277].shape),
        REF(op_errors[149], structures[298].shape),
        REF(op_errors[150], structures[164].shape),
        REF(op_errors[151], structures[259].shape),
        REF(op_errors[152], structures[277].shape),
        REF(op_errors[153], structures[298].shape),
        REF(op_errors[154], structures[40].shape),
        REF(op_errors[155], structures[164].shape),
        REF(op_errors[156], structures[259].shape),
        REF(op_errors[157], structures[277].shape),
        REF(op_errors[158], structures[298].shape),
        REF(op_errors[159], structures[164].shape),
        REF(op_errors[160], structures[259].shape),
        REF(op_errors[161], structures[277].shape),
        REF(op_errors[162], structures[298].shape),
        REF(op_errors[163], structures[164].shape),
        REF(op_errors[164], structures[259].shape),
        REF(op_errors[165], structures[277].shape),
        REF(op_errors[166], structures[298].shape),
        REF(op_errors[167], structures[164].shape),
        REF(op_errors[168], structures[259].shape),
        REF(op_errors[169], structures[277].shape),
        REF(op_errors[170], structures[298].shape),
        REF(op_errors[171], structures[164].shape),
        REF(op_errors[172], structures[259].shape),
        REF(op_errors[173], structures[277].shape),
        REF(op_errors[174], structures[298].shape),
        REF(op_errors[175], structures[164].shape),
        REF(op_errors[176], structures[259].shape),
        REF(op_errors[177], structures[277].shape),
        REF(op_errors[178], structures[298].shape),
        REF(op_errors[179], structures[164].shape),
        REF(op_errors[180], structures[259].shape),
        REF(op_errors[181], structures[277].shape),
        REF(op_errors[182], structures[298].shape),
        REF(op_errors[183], structures[164].shape),
        REF(op_errors[184], structures[259].shape),
        REF(op_errors[185], structures[277].shape),
        REF(op_errors[186], structures[298].shape),
        REF(op_errors[187], structures[164].shape),
        REF(op_errors[188], structures[259].shape),
        REF(op_errors[189], structures[277].shape),
        REF(op_errors[190], structures[298].shape),
        REF(op_errors[191], structures[164].shape),
        REF(op_errors[192], structures[259].shape),
        REF(op_errors[193], structures[277].shape),
        REF(op_errors[194], structures[298].shape),
        REF(op_errors[195], structures[164].shape),
        REF(op_errors[196], structures[259].shape),
        REF(op_errors[197], structures[277].shape),
        REF(op_errors[198], structures[298].shape),
        REF(op_errors[199], structures[164].shape),
        REF(op_errors[200], structures[234].shape),
        REF(op_errors[201], structures[259].shape),
        REF(op_errors[202], structures[277].shape),
        REF(op_errors[203], structures[298].shape),
        REF(op_errors[204], structures[164].shape),
        REF(op_errors[205], structures[259].shape),
        REF(op_errors[206], structures[277].shape),
        REF(op_errors[207], structures[298].shape),
        REF(op_errors[208], structures[36].shape),
        REF(op_errors[209], structures[37].shape),
        REF(op_errors[210], structures[38].shape),
        REF(op_errors[211], structures[78].shape),
        REF(op_errors[212], structures[79].shape),
        REF(op_errors[213], structures[80].shape),
        REF(op_errors[214], structures[81].shape),
        REF(op_errors[215], structures[82].shape),
        REF(op_errors[216], structures[83].shape),
        REF(op_errors[217], structures[84].shape),
        REF(op_errors[218], structures[85].shape),
        REF(op_errors[219], structures[86].shape),
        REF(op_errors[220], structures[87].shape),
        REF(op_errors[221], structures[164].shape),
        REF(op_errors[222], structures[165].shape),
        REF(op_errors[223], structures[166].shape),
        REF(op_errors[224], structures[167].shape),
        REF(op_errors[225], structures[168].shape),
        REF(op_errors[226], structures[169].shape),
        REF(op_errors[227], structures[180].shape),
        REF(op_errors[228], structures[181].shape),
        REF(op_errors[229], structures[182].shape),
        REF(op_errors[230], structures[183].shape),
        REF(op_errors[231], structures[224].shape),
        REF(op_errors[232], structures[225].shape),
        REF(op_errors[233], structures[252].shape),
        REF(op_errors[234], structures[255].shape),
        REF(op_errors[235], structures[257].shape),
        REF(op_errors[236], structures[259].shape),
        REF(op_errors[237], structures[260].shape),
        REF(op_errors[238], structures[264].shape),
        REF(op_errors[239], structures[265].shape),
        REF(op_errors[240], structures[266].shape),
        REF(op_errors[241], structures[276].shape),
        REF(op_errors[242], structures[277].shape),
        REF(op_errors[243], structures[278].shape),
        REF(op_errors[244], structures[280].shape),
        REF(op_errors[245], structures[281].shape),
        REF(op_errors[246], structures[282].shape),
        REF(op_errors[247], structures[284].shape),
        REF(op_errors[248], structures[293].shape),
        REF(op_errors[249], structures[298].shape),
        REF(op_errors[250], structures[302].shape),
        REF(op_errors[251], structures[79].shape),
        REF(op_errors[252], structures[80].shape),
        REF(op_errors[253], structures[81].shape),
        REF(op_errors[254], structures[82].shape),
        REF(op_errors[255], structures[83].shape),
        REF(op_errors[256], structures[84].shape),
        REF(op_errors[257], structures[85].shape),
        REF(op_errors[258], structures[86].shape),
        REF(op_errors[259], structures[165].shape),
        REF(op_errors[260], structures[166].shape),
        REF(op_errors[261], structures[167].shape),
        REF(op_errors[262], structures[168].shape),
        REF(op_errors[263], structures[180].shape),
        REF(op_errors[264], structures[181].shape),
        REF(op_errors[265], structures[182].shape),
        REF(op_errors[266], structures[183].shape),
        REF(op_errors[267], structures[224].shape),
        REF(op_errors[268], structures[257].shape),
        REF(op_errors[269], structures[259].shape),
        REF(op_errors[270], structures[264].shape),
        REF(op_errors[271], structures[265].shape),
        REF(op_errors[272], structures[266].shape),
        REF(op_errors[273], structures[277].shape),
        REF(op_errors[274], structures[278].shape),
        REF(op_errors[275], structures[280].shape),
        REF(op_errors[276], structures[281].shape),
        REF(op_errors[277], structures[282].shape),
        REF(op_errors[278], structures[284].shape),
        REF(op_errors[279], structures[293].shape),
        REF(op_errors[280], structures[79].shape),
        REF(op_errors[281], structures[80].shape),
        REF(op_errors[282], structures[81].shape),
        REF(op_errors[283], structures[82].shape),
        REF(op_errors[284], structures[83].shape),
        REF(op_errors[285], structures[84].shape),
        REF(op_errors[286], structures[85].shape),
        REF(op_errors[287], structures[86].shape),
        REF(op_errors[288], structures[164].shape),
        REF(op_errors[289], structures[165].shape),
        REF(op_errors[290], structures[166].shape),
        REF(op_errors[291], structures[167].shape),
        REF(op_errors[292], structures[168].shape),
        REF(op_errors[293], structures[169].shape),
        REF(op_errors[294], structures[180].shape),
        REF(op_errors[295], structures[181].shape),
        REF(op_errors[296], structures[182].shape),
        REF(op_errors[297], structures[183].shape),
        REF(op_errors[298], structures[225].shape),
        REF(op_errors[299], structures[252].shape),
        REF(op_errors[300], structures[255].shape),
        REF(op_errors[301], structures[257].shape),
        REF(op_errors[302], structures[259].shape),
        REF(op_errors[303], structures[260].shape),
        REF(op_errors[304], structures[264].shape),
        REF(op_errors[305], structures[265].shape),
        REF(op_errors[306], structures[266].shape),
        REF(op_errors[307], structures[276].shape),
        REF(op_errors[308], structures[277].shape),
        REF(op_errors[309], structures[278].shape),
        REF(op_errors[310], structures[280].shape),
        REF(op_errors[311], structures[281].shape),
        REF(op_errors[312], structures[282].shape),
        REF(op_errors[313], structures[284].shape),
        REF(op_errors[314], structures[293].shape),
        REF(op_errors[315], structures[298].shape),
        REF(op_errors[316], structures[302].shape),
        REF(op_errors[317], structures[164].shape),
        REF(op_errors[318], structures[259].shape),
        REF(op_errors[319], structures[277].shape),
        REF(op_errors[320], structures[298].shape),
        REF(op_errors[321], structures[164].shape),
        REF(op_errors[322], structures[277].shape),
        REF(op_errors[323], structures[298].shape),
        REF(op_errors[324], structures[164].shape),
        REF(op_errors[325], structures[277].shape),
        REF(op_errors[326], structures[164].shape),
        REF(op_errors[327], structures[259].shape),
        REF(op_errors[328], structures[277].shape),
        REF(op_errors[329], structures[298].shape),
        REF(op_errors[330], structures[164].shape),
        REF(op_errors[331], structures[259].shape),
        REF(op_errors[332], structures[277].shape),
        REF(op_errors[333], structures[298].shape),
        REF(op_errors[334], structures[164].shape),
        REF(op_errors[335], structures[259].shape),
        REF(op_errors[336], structures[277].shape),
        REF(op_errors[337], structures[298].shape),
        REF(op_errors[338], structures[164].shape),
        REF(op_errors[339], structures[259].shape),
        REF(op_errors[340], structures[277].shape),
        REF(op_errors[341], structures[298].shape),
        REF(op_errors[342], structures[164].shape),
        REF(op_errors[343], structures[259].shape),
        REF(op_errors[344], structures[277].shape),
        REF(op_errors[345], structures[298].shape),
        REF(op_errors[346], structures[164].shape),
        REF(op_errors[347], structures[277].shape),
        REF(op_errors[348], structures[298].shape),
        REF(op_errors[349], structures[164].shape),
        REF(op_errors[350], structures[259].shape),
        REF(op_errors[351], structures[277].shape),
        REF(op_errors[352], structures[164].shape),
        REF(op_errors[353], structures[259].shape),
        REF(op_errors[354], structures[277].shape),
        REF(op_errors[355], structures[298].shape),
        REF(op_errors[356], structures[164].shape),
        REF(op_errors[357], structures[277].shape),
        REF(op_errors[358], structures[298].shape),
        REF(op_errors[359], structures[164].shape),
        REF(op_errors[360], structures[259].shape),
        REF(op_errors[361], structures[277].shape),
        REF(op_errors[362], structures[298].shape),
        REF(op_errors[363], structures[164].shape),
        REF(op_errors[364], structures[259].shape),
        REF(op_errors[365], structures[277].shape),
        REF(op_errors[366], structures[298].shape),
        REF(op_errors[367], structures[164].shape),
        REF(op_errors[368], structures[259].shape),
        REF(op_errors[369], structures[277].shape),
        REF(op_errors[370], structures[298].shape),
        REF(op_errors[371], structures[42].shape),
        REF(op_errors[372], structures[164].shape),
        REF(op_errors[373], structures[259].shape),
        REF(op_errors[374], structures[277].shape),
        REF(op_errors[375], structures[298].shape),
        REF(op_errors[376], structures[42].shape),
        REF(op_errors[377], structures[119].shape),
        REF(op_errors[378], structures[164].shape),
        REF(op_errors[379], structures[231].shape),
        REF(op_errors[380], structures[257].shape),
        REF(op_errors[381], structures[259].shape),
        REF(op_errors[382], structures[277].shape),
        REF(op_errors[383], structures[298].shape),
        REF(op_errors[384], structures[40].shape),
        REF(op_errors[385], structures[164].shape),
        REF(op_errors[386], structures[257].shape),
        REF(op_errors[387], structures[259].shape),
        REF(op_errors[388], structures[277].shape),
        REF(op_errors[389], structures[298].shape),
        REF(op_errors[390], structures[164].shape),
        REF(op_errors[391], structures[257].shape),
        REF(op_errors[392], structures[259].shape),
        REF(op_errors[393], structures[277].shape),
        REF(op_errors[394], structures[298].shape),
        REF(op_errors[395], structures[164].shape),
        REF(op_errors[396], structures[257].shape),
        REF(op_errors[397], structures[259].shape),
        REF(op_errors[398], structures[277].shape),
        REF(op_errors[399], structures[298].shape),
        REF(op_errors[400], structures[164].shape),
        REF(op_errors[401], structures[257].shape),
        REF(op_errors[402], structures[259].shape),
        REF(op_errors[403], structures[277].shape),
        REF(op_errors[404], structures[298].shape),
        REF(op_errors[405], structures[164].shape),
        REF(op_errors[406], structures[257].shape),
        REF(op_errors[407], structures[259].shape),
        REF(op_errors[408], structures[277].shape),
        REF(op_errors[409], structures[298].shape),
        REF(op_errors[410], structures[164].shape),
        REF(op_errors[411], structures[257].shape),
        REF(op_errors[412], structures[259].shape),
        REF(op_errors[413], structures[277].shape),
        REF(op_errors[414], structures[298].shape),
        REF(op_errors[415], structures[164].shape),
        REF(op_errors[416], structures[257].shape),
        REF(op_errors[417], structures[259].shape),
        REF(op_errors[418], structures[277].shape),
        REF(op_errors[419], structures[298].shape),
        REF(op_errors[420], structures[164].shape),
        REF(op_errors[421], structures[231].shape),
        REF(op_errors[422], structures[259].shape),
        REF(op_errors[423], structures[277].shape),
        REF(op_errors[424], structures[298].shape),
        REF(op_errors[425], structures[164].shape),
        REF(op_errors[426], structures[231].shape),
        REF(op_errors[427], structures[236].shape),
        REF(op_errors[428], structures[259].shape),
        REF(op_errors[429], structures[277].shape),
        REF(op_errors[430], structures[298].shape),
        REF(op_errors[431], structures[17].shape),
        REF(op_errors[432], structures[164].shape),
        REF(op_errors[433], structures[180].shape),
        REF(op_errors[434], structures[181].shape),
        REF(op_errors[435], structures[182].shape),
        REF(op_errors[436], structures[183].shape),
        REF(op_errors[437], structures[259].shape),
        REF(op_errors[438], structures[277].shape),
        REF(op_errors[439], structures[298].shape),
        REF(op_errors[440], structures[17].shape),
        REF(op_errors[441], structures[164].shape),
        REF(op_errors[442], structures[259].shape),
        REF(op_errors[443], structures[277].shape),
        REF(op_errors[444], structures[298].shape),
        REF(op_errors[445], structures[17].shape),
        REF(op_errors[446], structures[164].shape),
        REF(op_errors[447], structures[180].shape),
        REF(op_errors[448], structures[181].shape),
        REF(op_errors[449], structures[182].shape),
        REF(op_errors[450], structures[183].shape),
        REF(op_errors[451], structures[259].shape),
        REF(op_errors[452], structures[277].shape),
        REF(op_errors[453], structures[298].shape),
        REF(op_errors[454], structures[164].shape),
        REF(op_errors[455], structures[180].shape),
        REF(op_errors[456], structures[181].shape),
        REF(op_errors[457], structures[182].shape),
        REF(op_errors[458], structures[183].shape),
        REF(op_errors[459], structures[259].shape),
        REF(op_errors[460], structures[277].shape),
        REF(op_errors[461], structures[298].shape),
        REF(op_errors[462], structures[164].shape),
        REF(op_errors[463], structures[257].shape),
        REF(op_errors[464], structures[259].shape),
        REF(op_errors[465], structures[277].shape),
        REF(op_errors[466], structures[298].shape),
        REF(op_errors[467], structures[164].shape),
        REF(op_errors[468], structures[257].shape),
        REF(op_errors[469], structures[259].shape),
        REF(op_errors[470], structures[277].shape),
        REF(op_errors[471], structures[298].shape),
        REF(op_errors[472], structures[164].shape),
        REF(op_errors[473], structures[231].shape),
        REF(op_errors[474], structures[257].shape),
        REF(op_errors[475], structures[259].shape),
        REF(op_errors[476], structures[277].shape),
        REF(op_errors[477], structures[298].shape),
        REF(op_errors[478], structures[164].shape),
        REF(op_errors[479], structures[257].shape),
        REF(op_errors[480], structures[259].shape),
        REF(op_errors[481], structures[277].shape),
        REF(op_errors[482], structures[298].shape),
        REF(op_errors[483], structures[164].shape),
        REF(op_errors[484], structures[259].shape),
        REF(op_errors[485], structures[277].shape),
        REF(op_errors[486], structures[164].shape),
        REF(op_errors[487], structures[257].shape),
        REF(op_errors[488], structures[258].shape),
        REF(op_errors[489], structures[259].shape),
        REF(op_errors[490], structures[277].shape),
        REF(op_errors[491], structures[298].shape),
        REF(op_errors[492], structures[40].shape),
        REF(op_errors[493], structures[42].shape),
        REF(op_errors[494], structures[43].shape),
        REF(op_errors[495], structures[163].shape),
        REF(op_errors[496], structures[164].shape),
        REF(op_errors[497], structures[231].shape),
        REF(op_errors[498], structures[257].shape),
        REF(op_errors[499], structures[259].shape),
        REF(op_errors[500], structures[277].shape),
        REF(op_errors[501], structures[298].shape),
        REF(op_errors[502], structures[40].shape),
        REF(op_errors[503], structures[43].shape),
        REF(op_errors[504], structures[163].shape),
        REF(op_errors[505], structures[164].shape),
        REF(op_errors[506], structures[231].shape),
        REF(op_errors[507], structures[257].shape),
        REF(op_errors[508], structures[259].shape),
        REF(op_errors[509], structures[277].shape),
        REF(op_errors[510], structures[298].shape),
        REF(op_errors[511], structures[164].shape),
        REF(op_errors[512], structures[257].shape),
        REF(op_errors[513], structures[259].shape),
        REF(op_errors[514], structures[277].shape),
        REF(op_errors[515], structures[298].shape),
        REF(op_errors[516], structures[164].shape),
        REF(op_errors[517], structures[257].shape),
        REF(op_errors[518], structures[259].shape),
        REF(op_errors[519], structures[277].shape),
        REF(op_errors[520], structures[298].shape),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], structures[7].shape),
        REF(service_errors[1], structures[17].shape),
        REF(service_errors[2], structures[20].shape),
        REF(service_errors[3], structures[36].shape),
        REF(service_errors[4], structures[37].shape),
        REF(service_errors[5], structures[38].shape),
        REF(service_errors[6], structures[40].shape),
        REF(service_errors[7], structures[42].shape),
        REF(service_errors[8], structures[43].shape),
        REF(service_errors[9], structures[78].shape),
        REF(service_errors[10], structures[79].shape),
        REF(service_errors[11], structures[80].shape),
        REF(service_errors[12], structures[81].shape),
        REF(service_errors[13], structures[82].shape),
        REF(service_errors[14], structures[83].shape),
        REF(service_errors[15], structures[84].shape),
        REF(service_errors[16], structures[85].shape),
        REF(service_errors[17], structures[86].shape),
        REF(service_errors[18], structures[87].shape),
        REF(service_errors[19], structures[119].shape),
        REF(service_errors[20], structures[163].shape),
        REF(service_errors[21], structures[164].shape),
        REF(service_errors[22], structures[165].shape),
        REF(service_errors[23], structures[166].shape),
        REF(service_errors[24], structures[167].shape),
        REF(service_errors[25], structures[168].shape),
        REF(service_errors[26], structures[169].shape),
        REF(service_errors[27], structures[180].shape),
        REF(service_errors[28], structures[181].shape),
        REF(service_errors[29], structures[182].shape),
        REF(service_errors[30], structures[183].shape),
        REF(service_errors[31], structures[224].shape),
        REF(service_errors[32], structures[225].shape),
        REF(service_errors[33], structures[230].shape),
        REF(service_errors[34], structures[231].shape),
        REF(service_errors[35], structures[234].shape),
        REF(service_errors[36], structures[236].shape),
        REF(service_errors[37], structures[252].shape),
        REF(service_errors[38], structures[255].shape),
        REF(service_errors[39], structures[257].shape),
        REF(service_errors[40], structures[258].shape),
        REF(service_errors[41], structures[259].shape),
        REF(service_errors[42], structures[260].shape),
        REF(service_errors[43], structures[264].shape),
        REF(service_errors[44], structures[265].shape),
        REF(service_errors[45], structures[266].shape),
        REF(service_errors[46], structures[276].shape),
        REF(service_errors[47], structures[277].shape),
        REF(service_errors[48], structures[278].shape),
        REF(service_errors[49], structures[280].shape),
        REF(service_errors[50], structures[281].shape),
        REF(service_errors[51], structures[282].shape),
        REF(service_errors[52], structures[284].shape),
        REF(service_errors[53], structures[293].shape),
        REF(service_errors[54], structures[298].shape),
        REF(service_errors[55], structures[302].shape),
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
    .structures = {
        [0] = { /* AccountLimit */
            .shape = {
                .name_ref = SHAPE_NAME(structures[0].shape.name_ref, shape_names[0]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_account_limit),
            },
            .members_ref = REF(structures[0].members_ref, members[0]),
            .by_wire_name_ref = REF(structures[0].by_wire_name_ref, by_wire_name[0]),
            .member_count = 5,
        },
        [1] = { /* AccountUsage */
            .shape = {
                .name_ref = SHAPE_NAME(structures[1].shape.name_ref, shape_names[13]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_account_usage),
            },
            .members_ref = REF(structures[1].members_ref, members[5]),
            .by_wire_name_ref = REF(structures[1].by_wire_name_ref, by_wire_name[5]),
            .member_count = 2,
        },
        [2] = { /* AddLayerVersionPermissionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[2].shape.name_ref, shape_names[33]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_add_layer_version_permission_input),
            },
            .members_ref = REF(structures[2].members_ref, members[7]),
            .by_wire_name_ref = REF(structures[2].by_wire_name_ref, by_wire_name[7]),
            .member_count = 7,
        },
        [3] = { /* AddLayerVersionPermissionResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[3].shape.name_ref, shape_names[66]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_add_layer_version_permission_output),
            },
            .members_ref = REF(structures[3].members_ref, members[14]),
            .by_wire_name_ref = REF(structures[3].by_wire_name_ref, by_wire_name[14]),
            .member_count = 2,
        },
        [4] = { /* AddPermissionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[4].shape.name_ref, shape_names[100]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_add_permission_input),
            },
            .members_ref = REF(structures[4].members_ref, members[16]),
            .by_wire_name_ref = REF(structures[4].by_wire_name_ref, by_wire_name[16]),
            .member_count = 12,
        },
        [5] = { /* AddPermissionResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[5].shape.name_ref, shape_names[121]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_add_permission_output),
            },
            .members_ref = REF(structures[5].members_ref, members[28]),
            .by_wire_name_ref = REF(structures[5].by_wire_name_ref, by_wire_name[28]),
            .member_count = 1,
        },
        [6] = { /* AliasConfiguration */
            .shape = {
                .name_ref = SHAPE_NAME(structures[6].shape.name_ref, shape_names[192]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_alias_configuration),
            },
            .members_ref = REF(structures[6].members_ref, members[29]),
            .by_wire_name_ref = REF(structures[6].by_wire_name_ref, by_wire_name[29]),
            .member_count = 6,
        },
        [7] = { /* AliasLimitExceededException */
            .shape = {
                .name_ref = REF(structures[7].shape.name_ref, strings[378]),
                .traits_ref = REF(structures[7].shape.traits_ref, traits[3]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_alias_limit_exceeded_exception),
            },
            .members_ref = REF(structures[7].members_ref, members[35]),
            .by_wire_name_ref = REF(structures[7].by_wire_name_ref, by_wire_name[35]),
            .member_count = 2,
        },
        [8] = { /* AliasRoutingConfiguration */
            .shape = {
                .name_ref = SHAPE_NAME(structures[8].shape.name_ref, shape_names[221]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_alias_routing_configuration),
            },
            .members_ref = REF(structures[8].members_ref, members[37]),
            .by_wire_name_ref = REF(structures[8].by_wire_name_ref, by_wire_name[37]),
            .member_count = 1,
        },
        [9] = { /* AllowedPublishers */
            .shape = {
                .name_ref = SHAPE_NAME(structures[9].shape.name_ref, shape_names[298]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_allowed_publishers),
            },
            .members_ref = REF(structures[9].members_ref, members[38]),
            .by_wire_name_ref = REF(structures[9].by_wire_name_ref, by_wire_name[38]),
            .member_count = 1,
        },
        [10] = { /* AmazonManagedKafkaEventSourceConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[10].shape.name_ref, shape_names[316]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_amazon_managed_kafka_event_source_config),
            },
            .members_ref = REF(structures[10].members_ref, members[39]),
            .by_wire_name_ref = REF(structures[10].by_wire_name_ref, by_wire_name[39]),
            .member_count = 2,
        },
        [11] = { /* CallbackDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[11].shape.name_ref, shape_names[504]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_callback_details),
            },
            .members_ref = REF(structures[11].members_ref, members[41]),
            .by_wire_name_ref = REF(structures[11].by_wire_name_ref, by_wire_name[41]),
            .member_count = 3,
        },
        [12] = { /* CallbackFailedDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[12].shape.name_ref, shape_names[520]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_callback_failed_details),
            },
            .members_ref = REF(structures[12].members_ref, members[44]),
            .by_wire_name_ref = REF(structures[12].by_wire_name_ref, by_wire_name[44]),
            .member_count = 1,
        },
        [13] = { /* CallbackOptions */
            .shape = {
                .name_ref = SHAPE_NAME(structures[13].shape.name_ref, shape_names[553]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_callback_options),
            },
            .members_ref = REF(structures[13].members_ref, members[45]),
            .by_wire_name_ref = REF(structures[13].by_wire_name_ref, by_wire_name[45]),
            .member_count = 2,
        },
        [14] = { /* CallbackStartedDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[14].shape.name_ref, shape_names[652]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_callback_started_details),
            },
            .members_ref = REF(structures[14].members_ref, members[47]),
            .by_wire_name_ref = REF(structures[14].by_wire_name_ref, by_wire_name[47]),
            .member_count = 3,
        },
        [15] = { /* CallbackSucceededDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[15].shape.name_ref, shape_names[675]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_callback_succeeded_details),
            },
            .members_ref = REF(structures[15].members_ref, members[50]),
            .by_wire_name_ref = REF(structures[15].by_wire_name_ref, by_wire_name[50]),
            .member_count = 1,
        },
        [16] = { /* CallbackTimedOutDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[16].shape.name_ref, shape_names[700]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_callback_timed_out_details),
            },
            .members_ref = REF(structures[16].members_ref, members[51]),
            .by_wire_name_ref = REF(structures[16].by_wire_name_ref, by_wire_name[51]),
            .member_count = 1,
        },
        [17] = { /* CallbackTimeoutException */
            .shape = {
                .name_ref = REF(structures[17].shape.name_ref, strings[642]),
                .traits_ref = REF(structures[17].shape.traits_ref, traits[14]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_callback_timeout_exception),
            },
            .members_ref = REF(structures[17].members_ref, members[52]),
            .by_wire_name_ref = REF(structures[17].by_wire_name_ref, by_wire_name[52]),
            .member_count = 2,
        },
        [18] = { /* CapacityProvider */
            .shape = {
                .name_ref = SHAPE_NAME(structures[18].shape.name_ref, shape_names[724]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_capacity_provider),
            },
            .members_ref = REF(structures[18].members_ref, members[54]),
            .by_wire_name_ref = REF(structures[18].by_wire_name_ref, by_wire_name[54]),
            .member_count = 10,
        },
        [19] = { /* CapacityProviderConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[19].shape.name_ref, shape_names[761]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_capacity_provider_config),
            },
            .members_ref = REF(structures[19].members_ref, members[64]),
            .by_wire_name_ref = REF(structures[19].by_wire_name_ref, by_wire_name[64]),
            .member_count = 1,
        },
        [20] = { /* CapacityProviderLimitExceededException */
            .shape = {
                .name_ref = REF(structures[20].shape.name_ref, strings[878]),
                .traits_ref = REF(structures[20].shape.traits_ref, traits[16]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_capacity_provider_limit_exceeded_exception),
            },
            .members_ref = REF(structures[20].members_ref, members[65]),
            .by_wire_name_ref = REF(structures[20].by_wire_name_ref, by_wire_name[65]),
            .member_count = 2,
        },
        [21] = { /* CapacityProviderLoggingConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[21].shape.name_ref, shape_names[784]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_capacity_provider_logging_config),
            },
            .members_ref = REF(structures[21].members_ref, members[67]),
            .by_wire_name_ref = REF(structures[21].by_wire_name_ref, by_wire_name[67]),
            .member_count = 2,
        },
        [22] = { /* CapacityProviderPermissionsConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[22].shape.name_ref, shape_names[864]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_capacity_provider_permissions_config),
            },
            .members_ref = REF(structures[22].members_ref, members[69]),
            .by_wire_name_ref = REF(structures[22].by_wire_name_ref, by_wire_name[69]),
            .member_count = 1,
        },
        [23] = { /* CapacityProviderScalingConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[23].shape.name_ref, shape_names[935]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_capacity_provider_scaling_config),
            },
            .members_ref = REF(structures[23].members_ref, members[70]),
            .by_wire_name_ref = REF(structures[23].by_wire_name_ref, by_wire_name[70]),
            .member_count = 3,
        },
        [24] = { /* CapacityProviderTelemetryConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[24].shape.name_ref, shape_names[1110]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_capacity_provider_telemetry_config),
            },
            .members_ref = REF(structures[24].members_ref, members[73]),
            .by_wire_name_ref = REF(structures[24].by_wire_name_ref, by_wire_name[73]),
            .member_count = 1,
        },
        [25] = { /* CapacityProviderVpcConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[25].shape.name_ref, shape_names[1142]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_capacity_provider_vpc_config),
            },
            .members_ref = REF(structures[25].members_ref, members[74]),
            .by_wire_name_ref = REF(structures[25].by_wire_name_ref, by_wire_name[74]),
            .member_count = 2,
        },
        [26] = { /* ChainedInvokeDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[26].shape.name_ref, shape_names[1190]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_chained_invoke_details),
            },
            .members_ref = REF(structures[26].members_ref, members[76]),
            .by_wire_name_ref = REF(structures[26].by_wire_name_ref, by_wire_name[76]),
            .member_count = 2,
        },
        [27] = { /* ChainedInvokeFailedDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[27].shape.name_ref, shape_names[1211]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_chained_invoke_failed_details),
            },
            .members_ref = REF(structures[27].members_ref, members[78]),
            .by_wire_name_ref = REF(structures[27].by_wire_name_ref, by_wire_name[78]),
            .member_count = 1,
        },
        [28] = { /* ChainedInvokeOptions */
            .shape = {
                .name_ref = SHAPE_NAME(structures[28].shape.name_ref, shape_names[1238]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_chained_invoke_options),
            },
            .members_ref = REF(structures[28].members_ref, members[79]),
            .by_wire_name_ref = REF(structures[28].by_wire_name_ref, by_wire_name[79]),
            .member_count = 2,
        },
        [29] = { /* ChainedInvokeStartedDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[29].shape.name_ref, shape_names[1259]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_chained_invoke_started_details),
            },
            .members_ref = REF(structures[29].members_ref, members[81]),
            .by_wire_name_ref = REF(structures[29].by_wire_name_ref, by_wire_name[81]),
            .member_count = 5,
        },
        [30] = { /* ChainedInvokeStoppedDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[30].shape.name_ref, shape_names[1287]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_chained_invoke_stopped_details),
            },
            .members_ref = REF(structures[30].members_ref, members[86]),
            .by_wire_name_ref = REF(structures[30].by_wire_name_ref, by_wire_name[86]),
            .member_count = 1,
        },
        [31] = { /* ChainedInvokeSucceededDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[31].shape.name_ref, shape_names[1315]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_chained_invoke_succeeded_details),
            },
            .members_ref = REF(structures[31].members_ref, members[87]),
            .by_wire_name_ref = REF(structures[31].by_wire_name_ref, by_wire_name[87]),
            .member_count = 1,
        },
        [32] = { /* ChainedInvokeTimedOutDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[32].shape.name_ref, shape_names[1345]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_chained_invoke_timed_out_details),
            },
            .members_ref = REF(structures[32].members_ref, members[88]),
            .by_wire_name_ref = REF(structures[32].by_wire_name_ref, by_wire_name[88]),
            .member_count = 1,
        },
        [33] = { /* CheckpointDurableExecutionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[33].shape.name_ref, shape_names[1374]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_checkpoint_durable_execution_input),
            },
            .members_ref = REF(structures[33].members_ref, members[89]),
            .by_wire_name_ref = REF(structures[33].by_wire_name_ref, by_wire_name[89]),
            .member_count = 4,
        },
        [34] = { /* CheckpointDurableExecutionResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[34].shape.name_ref, shape_names[1408]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_checkpoint_durable_execution_output),
            },
            .members_ref = REF(structures[34].members_ref, members[93]),
            .by_wire_name_ref = REF(structures[34].by_wire_name_ref, by_wire_name[93]),
            .member_count = 2,
        },
        [35] = { /* CheckpointUpdatedExecutionState */
            .shape = {
                .name_ref = SHAPE_NAME(structures[35].shape.name_ref, shape_names[1459]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_checkpoint_updated_execution_state),
            },
            .members_ref = REF(structures[35].members_ref, members[95]),
            .by_wire_name_ref = REF(structures[35].by_wire_name_ref, by_wire_name[95]),
            .member_count = 2,
        },
        [36] = { /* CodeArtifactUserDeletedException */
            .shape = {
                .name_ref = REF(structures[36].shape.name_ref, strings[1269]),
                .traits_ref = REF(structures[36].shape.traits_ref, traits[25]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_code_artifact_user_deleted_exception),
            },
            .members_ref = REF(structures[36].members_ref, members[97]),
            .by_wire_name_ref = REF(structures[36].by_wire_name_ref, by_wire_name[97]),
            .member_count = 2,
        },
        [37] = { /* CodeArtifactUserFailedException */
            .shape = {
                .name_ref = REF(structures[37].shape.name_ref, strings[1302]),
                .traits_ref = REF(structures[37].shape.traits_ref, traits[26]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_code_artifact_user_failed_exception),
            },
            .members_ref = REF(structures[37].members_ref, members[99]),
            .by_wire_name_ref = REF(structures[37].by_wire_name_ref, by_wire_name[99]),
            .member_count = 2,
        },
        [38] = { /* CodeArtifactUserPendingException */
            .shape = {
                .name_ref = REF(structures[38].shape.name_ref, strings[1334]),
                .traits_ref = REF(structures[38].shape.traits_ref, traits[27]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_code_artifact_user_pending_exception),
            },
            .members_ref = REF(structures[38].members_ref, members[101]),
            .by_wire_name_ref = REF(structures[38].by_wire_name_ref, by_wire_name[101]),
            .member_count = 2,
        },
        [39] = { /* CodeSigningConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[39].shape.name_ref, shape_names[1503]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_code_signing_config),
            },
            .members_ref = REF(structures[39].members_ref, members[103]),
            .by_wire_name_ref = REF(structures[39].by_wire_name_ref, by_wire_name[103]),
            .member_count = 6,
        },
        [40] = { /* CodeSigningConfigNotFoundException */
            .shape = {
                .name_ref = REF(structures[40].shape.name_ref, strings[1446]),
                .traits_ref = REF(structures[40].shape.traits_ref, traits[29]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_code_signing_config_not_found_exception),
            },
            .members_ref = REF(structures[40].members_ref, members[109]),
            .by_wire_name_ref = REF(structures[40].by_wire_name_ref, by_wire_name[109]),
            .member_count = 2,
        },
        [41] = { /* CodeSigningPolicies */
            .shape = {
                .name_ref = SHAPE_NAME(structures[41].shape.name_ref, shape_names[1584]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_code_signing_policies),
            },
            .members_ref = REF(structures[41].members_ref, members[111]),
            .by_wire_name_ref = REF(structures[41].by_wire_name_ref, by_wire_name[111]),
            .member_count = 1,
        },
        [42] = { /* CodeStorageExceededException */
            .shape = {
                .name_ref = REF(structures[42].shape.name_ref, strings[1524]),
                .traits_ref = REF(structures[42].shape.traits_ref, traits[30]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_code_storage_exceeded_exception),
            },
            .members_ref = REF(structures[42].members_ref, members[112]),
            .by_wire_name_ref = REF(structures[42].by_wire_name_ref, by_wire_name[112]),
            .member_count = 2,
        },
        [43] = { /* CodeVerificationFailedException */
            .shape = {
                .name_ref = REF(structures[43].shape.name_ref, strings[1553]),
                .traits_ref = REF(structures[43].shape.traits_ref, traits[31]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_code_verification_failed_exception),
            },
            .members_ref = REF(structures[43].members_ref, members[114]),
            .by_wire_name_ref = REF(structures[43].by_wire_name_ref, by_wire_name[114]),
            .member_count = 2,
        },
        [44] = { /* Concurrency */
            .shape = {
                .name_ref = SHAPE_NAME(structures[44].shape.name_ref, shape_names[1680]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_concurrency),
            },
            .members_ref = REF(structures[44].members_ref, members[116]),
            .by_wire_name_ref = REF(structures[44].by_wire_name_ref, by_wire_name[116]),
            .member_count = 1,
        },
        [45] = { /* ContextDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[45].shape.name_ref, shape_names[1692]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_context_details),
            },
            .members_ref = REF(structures[45].members_ref, members[117]),
            .by_wire_name_ref = REF(structures[45].by_wire_name_ref, by_wire_name[117]),
            .member_count = 3,
        },
        [46] = { /* ContextFailedDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[46].shape.name_ref, shape_names[1707]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_context_failed_details),
            },
            .members_ref = REF(structures[46].members_ref, members[120]),
            .by_wire_name_ref = REF(structures[46].by_wire_name_ref, by_wire_name[120]),
            .member_count = 1,
        },
        [47] = { /* ContextOptions */
            .shape = {
                .name_ref = SHAPE_NAME(structures[47].shape.name_ref, shape_names[1728]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_context_options),
            },
            .members_ref = REF(structures[47].members_ref, members[121]),
            .by_wire_name_ref = REF(structures[47].by_wire_name_ref, by_wire_name[121]),
            .member_count = 1,
        },
        [48] = { /* ContextStartedDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[48].shape.name_ref, shape_names[1743]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_context_started_details),
            },
        },
        [49] = { /* ContextSucceededDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[49].shape.name_ref, shape_names[1765]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_context_succeeded_details),
            },
            .members_ref = REF(structures[49].members_ref, members[122]),
            .by_wire_name_ref = REF(structures[49].by_wire_name_ref, by_wire_name[122]),
            .member_count = 1,
        },
        [50] = { /* Cors */
            .shape = {
                .name_ref = SHAPE_NAME(structures[50].shape.name_ref, shape_names[1789]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_cors),
            },
            .members_ref = REF(structures[50].members_ref, members[123]),
            .by_wire_name_ref = REF(structures[50].by_wire_name_ref, by_wire_name[123]),
            .member_count = 6,
        },
        [51] = { /* CreateAliasRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[51].shape.name_ref, shape_names[1794]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_create_alias_input),
            },
            .members_ref = REF(structures[51].members_ref, members[129]),
            .by_wire_name_ref = REF(structures[51].by_wire_name_ref, by_wire_name[129]),
            .member_count = 5,
        },
        [52] = { /* CreateCapacityProviderRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[52].shape.name_ref, shape_names[1813]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_create_capacity_provider_input),
            },
            .members_ref = REF(structures[52].members_ref, members[134]),
            .by_wire_name_ref = REF(structures[52].by_wire_name_ref, by_wire_name[134]),
            .member_count = 9,
        },
        [53] = { /* CreateCapacityProviderResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[53].shape.name_ref, shape_names[1843]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_create_capacity_provider_output),
            },
            .members_ref = REF(structures[53].members_ref, members[143]),
            .by_wire_name_ref = REF(structures[53].by_wire_name_ref, by_wire_name[143]),
            .member_count = 1,
        },
        [54] = { /* CreateCodeSigningConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[54].shape.name_ref, shape_names[1874]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_create_code_signing_config_input),
            },
            .members_ref = REF(structures[54].members_ref, members[144]),
            .by_wire_name_ref = REF(structures[54].by_wire_name_ref, by_wire_name[144]),
            .member_count = 4,
        },
        [55] = { /* CreateCodeSigningConfigResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[55].shape.name_ref, shape_names[1905]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_create_code_signing_config_output),
            },
            .members_ref = REF(structures[55].members_ref, members[148]),
            .by_wire_name_ref = REF(structures[55].by_wire_name_ref, by_wire_name[148]),
            .member_count = 1,
        },
        [56] = { /* CreateEventSourceMappingRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[56].shape.name_ref, shape_names[1937]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_create_event_source_mapping_input),
            },
            .members_ref = REF(structures[56].members_ref, members[149]),
            .by_wire_name_ref = REF(structures[56].by_wire_name_ref, by_wire_name[149]),
            .member_count = 28,
        },
        [57] = { /* CreateFunctionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[57].shape.name_ref, shape_names[1969]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_create_function_input),
            },
            .members_ref = REF(structures[57].members_ref, members[177]),
            .by_wire_name_ref = REF(structures[57].by_wire_name_ref, by_wire_name[177]),
            .member_count = 28,
        },
        [58] = { /* CreateFunctionUrlConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[58].shape.name_ref, shape_names[1991]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_create_function_url_config_input),
            },
            .members_ref = REF(structures[58].members_ref, members[205]),
            .by_wire_name_ref = REF(structures[58].by_wire_name_ref, by_wire_name[205]),
            .member_count = 5,
        },
        [59] = { /* CreateFunctionUrlConfigResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[59].shape.name_ref, shape_names[2022]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_create_function_url_config_output),
            },
            .members_ref = REF(structures[59].members_ref, members[210]),
            .by_wire_name_ref = REF(structures[59].by_wire_name_ref, by_wire_name[210]),
            .member_count = 6,
        },
        [60] = { /* DeadLetterConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[60].shape.name_ref, shape_names[2072]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_dead_letter_config),
            },
            .members_ref = REF(structures[60].members_ref, members[216]),
            .by_wire_name_ref = REF(structures[60].by_wire_name_ref, by_wire_name[216]),
            .member_count = 1,
        },
        [61] = { /* DeleteAliasRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[61].shape.name_ref, shape_names[2089]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_delete_alias_input),
            },
            .members_ref = REF(structures[61].members_ref, members[217]),
            .by_wire_name_ref = REF(structures[61].by_wire_name_ref, by_wire_name[217]),
            .member_count = 2,
        },
        [62] = { /* DeleteCapacityProviderRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[62].shape.name_ref, shape_names[2108]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_delete_capacity_provider_input),
            },
            .members_ref = REF(structures[62].members_ref, members[219]),
            .by_wire_name_ref = REF(structures[62].by_wire_name_ref, by_wire_name[219]),
            .member_count = 1,
        },
        [63] = { /* DeleteCapacityProviderResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[63].shape.name_ref, shape_names[2138]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_delete_capacity_provider_output),
            },
            .members_ref = REF(structures[63].members_ref, members[220]),
            .by_wire_name_ref = REF(structures[63].by_wire_name_ref, by_wire_name[220]),
            .member_count = 1,
        },
        [64] = { /* DeleteCodeSigningConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[64].shape.name_ref, shape_names[2169]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_delete_code_signing_config_input),
            },
            .members_ref = REF(structures[64].members_ref, members[221]),
            .by_wire_name_ref = REF(structures[64].by_wire_name_ref, by_wire_name[221]),
            .member_count = 1,
        },
        [65] = { /* DeleteCodeSigningConfigResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[65].shape.name_ref, shape_names[2200]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_delete_code_signing_config_output),
            },
        },
        [66] = { /* DeleteEventSourceMappingRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[66].shape.name_ref, shape_names[2232]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_delete_event_source_mapping_input),
            },
            .members_ref = REF(structures[66].members_ref, members[222]),
            .by_wire_name_ref = REF(structures[66].by_wire_name_ref, by_wire_name[222]),
            .member_count = 1,
        },
        [67] = { /* DeleteFunctionCodeSigningConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[67].shape.name_ref, shape_names[2264]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_delete_function_code_signing_config_input),
            },
            .members_ref = REF(structures[67].members_ref, members[223]),
            .by_wire_name_ref = REF(structures[67].by_wire_name_ref, by_wire_name[223]),
            .member_count = 1,
        },
        [68] = { /* DeleteFunctionConcurrencyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[68].shape.name_ref, shape_names[2303]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_delete_function_concurrency_input),
            },
            .members_ref = REF(structures[68].members_ref, members[224]),
            .by_wire_name_ref = REF(structures[68].by_wire_name_ref, by_wire_name[224]),
            .member_count = 1,
        },
        [69] = { /* DeleteFunctionEventInvokeConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[69].shape.name_ref, shape_names[2336]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_delete_function_event_invoke_config_input),
            },
            .members_ref = REF(structures[69].members_ref, members[225]),
            .by_wire_name_ref = REF(structures[69].by_wire_name_ref, by_wire_name[225]),
            .member_count = 2,
        },
        [70] = { /* DeleteFunctionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[70].shape.name_ref, shape_names[2375]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_delete_function_input),
            },
            .members_ref = REF(structures[70].members_ref, members[227]),
            .by_wire_name_ref = REF(structures[70].by_wire_name_ref, by_wire_name[227]),
            .member_count = 2,
        },
        [71] = { /* DeleteFunctionResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[71].shape.name_ref, shape_names[2397]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_delete_function_output),
            },
            .members_ref = REF(structures[71].members_ref, members[229]),
            .by_wire_name_ref = REF(structures[71].by_wire_name_ref, by_wire_name[229]),
            .member_count = 1,
        },
        [72] = { /* DeleteFunctionUrlConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[72].shape.name_ref, shape_names[2420]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_delete_function_url_config_input),
            },
            .members_ref = REF(structures[72].members_ref, members[230]),
            .by_wire_name_ref = REF(structures[72].by_wire_name_ref, by_wire_name[230]),
            .member_count = 2,
        },
        [73] = { /* DeleteLayerVersionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[73].shape.name_ref, shape_names[2451]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_delete_layer_version_input),
            },
            .members_ref = REF(structures[73].members_ref, members[232]),
            .by_wire_name_ref = REF(structures[73].by_wire_name_ref, by_wire_name[232]),
            .member_count = 2,
        },
        [74] = { /* DeleteProvisionedConcurrencyConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[74].shape.name_ref, shape_names[2477]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_delete_provisioned_concurrency_config_input),
            },
            .members_ref = REF(structures[74].members_ref, members[234]),
            .by_wire_name_ref = REF(structures[74].by_wire_name_ref, by_wire_name[234]),
            .member_count = 2,
        },
        [75] = { /* DestinationConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[75].shape.name_ref, shape_names[2546]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_destination_config),
            },
            .members_ref = REF(structures[75].members_ref, members[236]),
            .by_wire_name_ref = REF(structures[75].by_wire_name_ref, by_wire_name[236]),
            .member_count = 2,
        },
        [76] = { /* DocumentDBEventSourceConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[76].shape.name_ref, shape_names[2564]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_document_db_event_source_config),
            },
            .members_ref = REF(structures[76].members_ref, members[238]),
            .by_wire_name_ref = REF(structures[76].by_wire_name_ref, by_wire_name[238]),
            .member_count = 3,
        },
        [77] = { /* DurableConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[77].shape.name_ref, shape_names[2592]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_durable_config),
            },
            .members_ref = REF(structures[77].members_ref, members[241]),
            .by_wire_name_ref = REF(structures[77].by_wire_name_ref, by_wire_name[241]),
            .member_count = 3,
        },
        [78] = { /* DurableExecutionAlreadyStartedException */
            .shape = {
                .name_ref = REF(structures[78].shape.name_ref, strings[2700]),
                .traits_ref = REF(structures[78].shape.traits_ref, traits[38]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_durable_execution_already_started_exception),
            },
            .members_ref = REF(structures[78].members_ref, members[244]),
            .by_wire_name_ref = REF(structures[78].by_wire_name_ref, by_wire_name[244]),
            .member_count = 2,
        },
        [79] = { /* EC2AccessDeniedException */
            .shape = {
                .name_ref = REF(structures[79].shape.name_ref, strings[2740]),
                .traits_ref = REF(structures[79].shape.traits_ref, traits[42]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_lambda_ec2_access_denied_exception),
            },
            .members_ref = REF(structures[79].members_ref, members[246]),
            .by_wire_name_ref = REF(structures[79].by_wire_name_ref, by_wire_name[246]),
            .member_count = 2,
        },
        [80] = { /* EC2ThrottledException */
            .shape = {
                .name_ref = REF(structures[80].shape.name_ref, strings[2765]),
                .traits_ref = REF(structures[80].shape.traits_ref, traits[43]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_lambda_ec2_throttled_exception),
            },
            .members_ref = REF(structures[80].members_ref, members[248]),
            .by_wire_name_ref = REF(structures[80].by_wire_name_ref, by_wire_name[248]),
            .member_count = 2,
        },
        [81] = { /* EC2UnexpectedException */
            .shape = {
                .name_ref = REF(structures[81].shape.name_ref, strings[2787]),
                .traits_ref = REF(structures[81].shape.traits_ref, traits[44]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_lambda_ec2_unexpected_exception),
            },
            .members_ref = REF(structures[81].members_ref, members[250]),
            .by_wire_name_ref = REF(structures[81].by_wire_name_ref, by_wire_name[250]),
            .member_count = 3,
        },
        [82] = { /* EFSIOException */
            .shape = {
                .name_ref = REF(structures[82].shape.name_ref, strings[2823]),
                .traits_ref = REF(structures[82].shape.traits_ref, traits[45]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_efsio_exception),
            },
            .members_ref = REF(structures[82].members_ref, members[253]),
            .by_wire_name_ref = REF(structures[82].by_wire_name_ref, by_wire_name[253]),
            .member_count = 2,
        },
        [83] = { /* EFSMountConnectivityException */
            .shape = {
                .name_ref = REF(structures[83].shape.name_ref, strings[2838]),
                .traits_ref = REF(structures[83].shape.traits_ref, traits[46]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_efs_mount_connectivity_exception),
            },
            .members_ref = REF(structures[83].members_ref, members[255]),
            .by_wire_name_ref = REF(structures[83].by_wire_name_ref, by_wire_name[255]),
            .member_count = 2,
        },
        [84] = { /* EFSMountFailureException */
            .shape = {
                .name_ref = REF(structures[84].shape.name_ref, strings[2868]),
                .traits_ref = REF(structures[84].shape.traits_ref, traits[47]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_efs_mount_failure_exception),
            },
            .members_ref = REF(structures[84].members_ref, members[257]),
            .by_wire_name_ref = REF(structures[84].by_wire_name_ref, by_wire_name[257]),
            .member_count = 2,
        },
        [85] = { /* EFSMountTimeoutException */
            .shape = {
                .name_ref = REF(structures[85].shape.name_ref, strings[2893]),
                .traits_ref = REF(structures[85].shape.traits_ref, traits[48]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_efs_mount_timeout_exception),
            },
            .members_ref = REF(structures[85].members_ref, members[259]),
            .by_wire_name_ref = REF(structures[85].by_wire_name_ref, by_wire_name[259]),
            .member_count = 2,
        },
        [86] = { /* ENILimitReachedException */
            .shape = {
                .name_ref = REF(structures[86].shape.name_ref, strings[2918]),
                .traits_ref = REF(structures[86].shape.traits_ref, traits[49]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_lambda_eni_limit_reached_exception),
            },
            .members_ref = REF(structures[86].members_ref, members[261]),
            .by_wire_name_ref = REF(structures[86].by_wire_name_ref, by_wire_name[261]),
            .member_count = 2,
        },
        [87] = { /* ENINotReadyException */
            .shape = {
                .name_ref = REF(structures[87].shape.name_ref, strings[2943]),
                .traits_ref = REF(structures[87].shape.traits_ref, traits[50]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_lambda_eni_not_ready_exception),
            },
            .members_ref = REF(structures[87].members_ref, members[263]),
            .by_wire_name_ref = REF(structures[87].by_wire_name_ref, by_wire_name[263]),
            .member_count = 2,
        },
        [88] = { /* Environment */
            .shape = {
                .name_ref = SHAPE_NAME(structures[88].shape.name_ref, shape_names[2735]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_environment),
            },
            .members_ref = REF(structures[88].members_ref, members[265]),
            .by_wire_name_ref = REF(structures[88].by_wire_name_ref, by_wire_name[265]),
            .member_count = 1,
        },
        [89] = { /* EnvironmentError */
            .shape = {
                .name_ref = SHAPE_NAME(structures[89].shape.name_ref, shape_names[2747]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_environment_error),
            },
            .members_ref = REF(structures[89].members_ref, members[266]),
            .by_wire_name_ref = REF(structures[89].by_wire_name_ref, by_wire_name[266]),
            .member_count = 2,
        },
        [90] = { /* EnvironmentResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[90].shape.name_ref, shape_names[2764]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_environment_response),
            },
            .members_ref = REF(structures[90].members_ref, members[268]),
            .by_wire_name_ref = REF(structures[90].by_wire_name_ref, by_wire_name[268]),
            .member_count = 2,
        },
        [91] = { /* EphemeralStorage */
            .shape = {
                .name_ref = SHAPE_NAME(structures[91].shape.name_ref, shape_names[2854]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_ephemeral_storage),
            },
            .members_ref = REF(structures[91].members_ref, members[270]),
            .by_wire_name_ref = REF(structures[91].by_wire_name_ref, by_wire_name[270]),
            .member_count = 1,
        },
        [92] = { /* ErrorObject */
            .shape = {
                .name_ref = SHAPE_NAME(structures[92].shape.name_ref, shape_names[2915]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_error_object),
            },
            .members_ref = REF(structures[92].members_ref, members[271]),
            .by_wire_name_ref = REF(structures[92].by_wire_name_ref, by_wire_name[271]),
            .member_count = 4,
        },
        [93] = { /* Event */
            .shape = {
                .name_ref = SHAPE_NAME(structures[93].shape.name_ref, shape_names[2937]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_event),
            },
            .members_ref = REF(structures[93].members_ref, members[275]),
            .by_wire_name_ref = REF(structures[93].by_wire_name_ref, by_wire_name[275]),
            .member_count = 31,
        },
        [94] = { /* EventError */
            .shape = {
                .name_ref = SHAPE_NAME(structures[94].shape.name_ref, shape_names[2943]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_event_error),
            },
            .members_ref = REF(structures[94].members_ref, members[306]),
            .by_wire_name_ref = REF(structures[94].by_wire_name_ref, by_wire_name[306]),
            .member_count = 2,
        },
        [95] = { /* EventInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[95].shape.name_ref, shape_names[2962]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_event_input),
            },
            .members_ref = REF(structures[95].members_ref, members[308]),
            .by_wire_name_ref = REF(structures[95].by_wire_name_ref, by_wire_name[308]),
            .member_count = 2,
        },
        [96] = { /* EventResult */
            .shape = {
                .name_ref = SHAPE_NAME(structures[96].shape.name_ref, shape_names[2973]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_event_result),
            },
            .members_ref = REF(structures[96].members_ref, members[310]),
            .by_wire_name_ref = REF(structures[96].by_wire_name_ref, by_wire_name[310]),
            .member_count = 2,
        },
        [97] = { /* EventSourceMappingConfiguration */
            .shape = {
                .name_ref = SHAPE_NAME(structures[97].shape.name_ref, shape_names[3007]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_event_source_mapping_configuration),
            },
            .members_ref = REF(structures[97].members_ref, members[312]),
            .by_wire_name_ref = REF(structures[97].by_wire_name_ref, by_wire_name[312]),
            .member_count = 33,
        },
        [98] = { /* EventSourceMappingLoggingConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[98].shape.name_ref, shape_names[3039]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_event_source_mapping_logging_config),
            },
            .members_ref = REF(structures[98].members_ref, members[345]),
            .by_wire_name_ref = REF(structures[98].by_wire_name_ref, by_wire_name[345]),
            .member_count = 1,
        },
        [99] = { /* EventSourceMappingMetricsConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[99].shape.name_ref, shape_names[3125]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_event_source_mapping_metrics_config),
            },
            .members_ref = REF(structures[99].members_ref, members[346]),
            .by_wire_name_ref = REF(structures[99].by_wire_name_ref, by_wire_name[346]),
            .member_count = 1,
        },
        [100] = { /* Execution */
            .shape = {
                .name_ref = SHAPE_NAME(structures[100].shape.name_ref, shape_names[3268]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_execution),
            },
            .members_ref = REF(structures[100].members_ref, members[347]),
            .by_wire_name_ref = REF(structures[100].by_wire_name_ref, by_wire_name[347]),
            .member_count = 7,
        },
        [101] = { /* ExecutionDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[101].shape.name_ref, shape_names[3300]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_execution_details),
            },
            .members_ref = REF(structures[101].members_ref, members[354]),
            .by_wire_name_ref = REF(structures[101].by_wire_name_ref, by_wire_name[354]),
            .member_count = 1,
        },
        [102] = { /* ExecutionFailedDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[102].shape.name_ref, shape_names[3354]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_execution_failed_details),
            },
            .members_ref = REF(structures[102].members_ref, members[355]),
            .by_wire_name_ref = REF(structures[102].by_wire_name_ref, by_wire_name[355]),
            .member_count = 1,
        },
        [103] = { /* ExecutionStartedDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[103].shape.name_ref, shape_names[3377]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_execution_started_details),
            },
            .members_ref = REF(structures[103].members_ref, members[356]),
            .by_wire_name_ref = REF(structures[103].by_wire_name_ref, by_wire_name[356]),
            .member_count = 2,
        },
        [104] = { /* ExecutionStoppedDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[104].shape.name_ref, shape_names[3437]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_execution_stopped_details),
            },
            .members_ref = REF(structures[104].members_ref, members[358]),
            .by_wire_name_ref = REF(structures[104].by_wire_name_ref, by_wire_name[358]),
            .member_count = 1,
        },
        [105] = { /* ExecutionSucceededDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[105].shape.name_ref, shape_names[3461]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_execution_succeeded_details),
            },
            .members_ref = REF(structures[105].members_ref, members[359]),
            .by_wire_name_ref = REF(structures[105].by_wire_name_ref, by_wire_name[359]),
            .member_count = 1,
        },
        [106] = { /* ExecutionTimedOutDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[106].shape.name_ref, shape_names[3487]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_execution_timed_out_details),
            },
            .members_ref = REF(structures[106].members_ref, members[360]),
            .by_wire_name_ref = REF(structures[106].by_wire_name_ref, by_wire_name[360]),
            .member_count = 1,
        },
        [107] = { /* FileSystemConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[107].shape.name_ref, shape_names[3562]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_file_system_config),
            },
            .members_ref = REF(structures[107].members_ref, members[361]),
            .by_wire_name_ref = REF(structures[107].by_wire_name_ref, by_wire_name[361]),
            .member_count = 2,
        },
        [108] = { /* Filter */
            .shape = {
                .name_ref = SHAPE_NAME(structures[108].shape.name_ref, shape_names[3600]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_filter),
            },
            .members_ref = REF(structures[108].members_ref, members[363]),
            .by_wire_name_ref = REF(structures[108].by_wire_name_ref, by_wire_name[363]),
            .member_count = 1,
        },
        [109] = { /* FilterCriteria */
            .shape = {
                .name_ref = SHAPE_NAME(structures[109].shape.name_ref, shape_names[3607]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_filter_criteria),
            },
            .members_ref = REF(structures[109].members_ref, members[364]),
            .by_wire_name_ref = REF(structures[109].by_wire_name_ref, by_wire_name[364]),
            .member_count = 1,
        },
        [110] = { /* FilterCriteriaError */
            .shape = {
                .name_ref = SHAPE_NAME(structures[110].shape.name_ref, shape_names[3622]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_filter_criteria_error),
            },
            .members_ref = REF(structures[110].members_ref, members[365]),
            .by_wire_name_ref = REF(structures[110].by_wire_name_ref, by_wire_name[365]),
            .member_count = 2,
        },
        [111] = { /* FunctionCode */
            .shape = {
                .name_ref = SHAPE_NAME(structures[111].shape.name_ref, shape_names[3745]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_function_code),
            },
            .members_ref = REF(structures[111].members_ref, members[367]),
            .by_wire_name_ref = REF(structures[111].by_wire_name_ref, by_wire_name[367]),
            .member_count = 7,
        },
        [112] = { /* FunctionCodeLocation */
            .shape = {
                .name_ref = SHAPE_NAME(structures[112].shape.name_ref, shape_names[3758]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_function_code_location),
            },
            .members_ref = REF(structures[112].members_ref, members[374]),
            .by_wire_name_ref = REF(structures[112].by_wire_name_ref, by_wire_name[374]),
            .member_count = 7,
        },
        [113] = { /* FunctionCodeLocationError */
            .shape = {
                .name_ref = SHAPE_NAME(structures[113].shape.name_ref, shape_names[3779]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_function_code_location_error),
            },
            .members_ref = REF(structures[113].members_ref, members[381]),
            .by_wire_name_ref = REF(structures[113].by_wire_name_ref, by_wire_name[381]),
            .member_count = 2,
        },
        [114] = { /* FunctionConfiguration */
            .shape = {
                .name_ref = SHAPE_NAME(structures[114].shape.name_ref, shape_names[3805]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_function_configuration),
            },
            .members_ref = REF(structures[114].members_ref, members[383]),
            .by_wire_name_ref = REF(structures[114].by_wire_name_ref, by_wire_name[383]),
            .member_count = 40,
        },
        [115] = { /* FunctionEventInvokeConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[115].shape.name_ref, shape_names[3827]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_function_event_invoke_config),
            },
            .members_ref = REF(structures[115].members_ref, members[423]),
            .by_wire_name_ref = REF(structures[115].by_wire_name_ref, by_wire_name[423]),
            .member_count = 5,
        },
        [116] = { /* FunctionScalingConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[116].shape.name_ref, shape_names[3955]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_function_scaling_config),
            },
            .members_ref = REF(structures[116].members_ref, members[428]),
            .by_wire_name_ref = REF(structures[116].by_wire_name_ref, by_wire_name[428]),
            .member_count = 2,
        },
        [117] = { /* FunctionUrlConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[117].shape.name_ref, shape_names[4052]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_function_url_config),
            },
            .members_ref = REF(structures[117].members_ref, members[430]),
            .by_wire_name_ref = REF(structures[117].by_wire_name_ref, by_wire_name[430]),
            .member_count = 7,
        },
        [118] = { /* FunctionVersionsByCapacityProviderListItem */
            .shape = {
                .name_ref = SHAPE_NAME(structures[118].shape.name_ref, shape_names[4223]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_function_versions_by_capacity_provider_list_item),
            },
            .members_ref = REF(structures[118].members_ref, members[437]),
            .by_wire_name_ref = REF(structures[118].by_wire_name_ref, by_wire_name[437]),
            .member_count = 2,
        },
        [119] = { /* FunctionVersionsPerCapacityProviderLimitExceededException */
            .shape = {
                .name_ref = REF(structures[119].shape.name_ref, strings[4965]),
                .traits_ref = REF(structures[119].shape.traits_ref, traits[74]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_function_versions_per_capacity_provider_limit_exceeded_exception),
            },
            .members_ref = REF(structures[119].members_ref, members[439]),
            .by_wire_name_ref = REF(structures[119].by_wire_name_ref, by_wire_name[439]),
            .member_count = 2,
        },
        [120] = { /* GetAccountSettingsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[120].shape.name_ref, shape_names[4266]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_account_settings_input),
            },
        },
        [121] = { /* GetAccountSettingsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[121].shape.name_ref, shape_names[4292]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_account_settings_output),
            },
            .members_ref = REF(structures[121].members_ref, members[441]),
            .by_wire_name_ref = REF(structures[121].by_wire_name_ref, by_wire_name[441]),
            .member_count = 2,
        },
        [122] = { /* GetAliasRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[122].shape.name_ref, shape_names[4319]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_alias_input),
            },
            .members_ref = REF(structures[122].members_ref, members[443]),
            .by_wire_name_ref = REF(structures[122].by_wire_name_ref, by_wire_name[443]),
            .member_count = 2,
        },
        [123] = { /* GetCapacityProviderRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[123].shape.name_ref, shape_names[4335]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_capacity_provider_input),
            },
            .members_ref = REF(structures[123].members_ref, members[445]),
            .by_wire_name_ref = REF(structures[123].by_wire_name_ref, by_wire_name[445]),
            .member_count = 1,
        },
        [124] = { /* GetCapacityProviderResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[124].shape.name_ref, shape_names[4362]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_capacity_provider_output),
            },
            .members_ref = REF(structures[124].members_ref, members[446]),
            .by_wire_name_ref = REF(structures[124].by_wire_name_ref, by_wire_name[446]),
            .member_count = 1,
        },
        [125] = { /* GetCodeSigningConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[125].shape.name_ref, shape_names[4390]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_code_signing_config_input),
            },
            .members_ref = REF(structures[125].members_ref, members[447]),
            .by_wire_name_ref = REF(structures[125].by_wire_name_ref, by_wire_name[447]),
            .member_count = 1,
        },
        [126] = { /* GetCodeSigningConfigResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[126].shape.name_ref, shape_names[4418]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_code_signing_config_output),
            },
            .members_ref = REF(structures[126].members_ref, members[448]),
            .by_wire_name_ref = REF(structures[126].by_wire_name_ref, by_wire_name[448]),
            .member_count = 1,
        },
        [127] = { /* GetDurableExecutionHistoryRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[127].shape.name_ref, shape_names[4447]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_durable_execution_history_input),
            },
            .members_ref = REF(structures[127].members_ref, members[449]),
            .by_wire_name_ref = REF(structures[127].by_wire_name_ref, by_wire_name[449]),
            .member_count = 5,
        },
        [128] = { /* GetDurableExecutionHistoryResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[128].shape.name_ref, shape_names[4481]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_durable_execution_history_output),
            },
            .members_ref = REF(structures[128].members_ref, members[454]),
            .by_wire_name_ref = REF(structures[128].by_wire_name_ref, by_wire_name[454]),
            .member_count = 2,
        },
        [129] = { /* GetDurableExecutionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[129].shape.name_ref, shape_names[4516]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_durable_execution_input),
            },
            .members_ref = REF(structures[129].members_ref, members[456]),
            .by_wire_name_ref = REF(structures[129].by_wire_name_ref, by_wire_name[456]),
            .member_count = 2,
        },
        [130] = { /* GetDurableExecutionResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[130].shape.name_ref, shape_names[4543]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_durable_execution_output),
            },
            .members_ref = REF(structures[130].members_ref, members[458]),
            .by_wire_name_ref = REF(structures[130].by_wire_name_ref, by_wire_name[458]),
            .member_count = 13,
        },
        [131] = { /* GetDurableExecutionStateRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[131].shape.name_ref, shape_names[4571]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_durable_execution_state_input),
            },
            .members_ref = REF(structures[131].members_ref, members[471]),
            .by_wire_name_ref = REF(structures[131].by_wire_name_ref, by_wire_name[471]),
            .member_count = 4,
        },
        [132] = { /* GetDurableExecutionStateResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[132].shape.name_ref, shape_names[4603]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_durable_execution_state_output),
            },
            .members_ref = REF(structures[132].members_ref, members[475]),
            .by_wire_name_ref = REF(structures[132].by_wire_name_ref, by_wire_name[475]),
            .member_count = 2,
        },
        [133] = { /* GetEventSourceMappingRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[133].shape.name_ref, shape_names[4636]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_event_source_mapping_input),
            },
            .members_ref = REF(structures[133].members_ref, members[477]),
            .by_wire_name_ref = REF(structures[133].by_wire_name_ref, by_wire_name[477]),
            .member_count = 1,
        },
        [134] = { /* GetFunctionCodeSigningConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[134].shape.name_ref, shape_names[4665]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_function_code_signing_config_input),
            },
            .members_ref = REF(structures[134].members_ref, members[478]),
            .by_wire_name_ref = REF(structures[134].by_wire_name_ref, by_wire_name[478]),
            .member_count = 1,
        },
        [135] = { /* GetFunctionCodeSigningConfigResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[135].shape.name_ref, shape_names[4701]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_function_code_signing_config_output),
            },
            .members_ref = REF(structures[135].members_ref, members[479]),
            .by_wire_name_ref = REF(structures[135].by_wire_name_ref, by_wire_name[479]),
            .member_count = 2,
        },
        [136] = { /* GetFunctionConcurrencyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[136].shape.name_ref, shape_names[4738]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_function_concurrency_input),
            },
            .members_ref = REF(structures[136].members_ref, members[481]),
            .by_wire_name_ref = REF(structures[136].by_wire_name_ref, by_wire_name[481]),
            .member_count = 1,
        },
        [137] = { /* GetFunctionConcurrencyResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[137].shape.name_ref, shape_names[4768]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_function_concurrency_output),
            },
            .members_ref = REF(structures[137].members_ref, members[482]),
            .by_wire_name_ref = REF(structures[137].by_wire_name_ref, by_wire_name[482]),
            .member_count = 1,
        },
        [138] = { /* GetFunctionConfigurationRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[138].shape.name_ref, shape_names[4799]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_function_configuration_input),
            },
            .members_ref = REF(structures[138].members_ref, members[483]),
            .by_wire_name_ref = REF(structures[138].by_wire_name_ref, by_wire_name[483]),
            .member_count = 2,
        },
        [139] = { /* GetFunctionEventInvokeConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[139].shape.name_ref, shape_names[4831]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_function_event_invoke_config_input),
            },
            .members_ref = REF(structures[139].members_ref, members[485]),
            .by_wire_name_ref = REF(structures[139].by_wire_name_ref, by_wire_name[485]),
            .member_count = 2,
        },
        [140] = { /* GetFunctionRecursionConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[140].shape.name_ref, shape_names[4867]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_function_recursion_config_input),
            },
            .members_ref = REF(structures[140].members_ref, members[487]),
            .by_wire_name_ref = REF(structures[140].by_wire_name_ref, by_wire_name[487]),
            .member_count = 1,
        },
        [141] = { /* GetFunctionRecursionConfigResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[141].shape.name_ref, shape_names[4901]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_function_recursion_config_output),
            },
            .members_ref = REF(structures[141].members_ref, members[488]),
            .by_wire_name_ref = REF(structures[141].by_wire_name_ref, by_wire_name[488]),
            .member_count = 1,
        },
        [142] = { /* GetFunctionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[142].shape.name_ref, shape_names[4936]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_function_input),
            },
            .members_ref = REF(structures[142].members_ref, members[489]),
            .by_wire_name_ref = REF(structures[142].by_wire_name_ref, by_wire_name[489]),
            .member_count = 2,
        },
        [143] = { /* GetFunctionResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[143].shape.name_ref, shape_names[4955]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_function_output),
            },
            .members_ref = REF(structures[143].members_ref, members[491]),
            .by_wire_name_ref = REF(structures[143].by_wire_name_ref, by_wire_name[491]),
            .member_count = 5,
        },
        [144] = { /* GetFunctionScalingConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[144].shape.name_ref, shape_names[4975]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_function_scaling_config_input),
            },
            .members_ref = REF(structures[144].members_ref, members[496]),
            .by_wire_name_ref = REF(structures[144].by_wire_name_ref, by_wire_name[496]),
            .member_count = 2,
        },
        [145] = { /* GetFunctionScalingConfigResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[145].shape.name_ref, shape_names[5007]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_function_scaling_config_output),
            },
            .members_ref = REF(structures[145].members_ref, members[498]),
            .by_wire_name_ref = REF(structures[145].by_wire_name_ref, by_wire_name[498]),
            .member_count = 3,
        },
        [146] = { /* GetFunctionUrlConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[146].shape.name_ref, shape_names[5040]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_function_url_config_input),
            },
            .members_ref = REF(structures[146].members_ref, members[501]),
            .by_wire_name_ref = REF(structures[146].by_wire_name_ref, by_wire_name[501]),
            .member_count = 2,
        },
        [147] = { /* GetFunctionUrlConfigResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[147].shape.name_ref, shape_names[5068]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_function_url_config_output),
            },
            .members_ref = REF(structures[147].members_ref, members[503]),
            .by_wire_name_ref = REF(structures[147].by_wire_name_ref, by_wire_name[503]),
            .member_count = 7,
        },
        [148] = { /* GetLayerVersionByArnRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[148].shape.name_ref, shape_names[5097]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_layer_version_by_arn_input),
            },
            .members_ref = REF(structures[148].members_ref, members[510]),
            .by_wire_name_ref = REF(structures[148].by_wire_name_ref, by_wire_name[510]),
            .member_count = 1,
        },
        [149] = { /* GetLayerVersionPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[149].shape.name_ref, shape_names[5125]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_layer_version_policy_input),
            },
            .members_ref = REF(structures[149].members_ref, members[511]),
            .by_wire_name_ref = REF(structures[149].by_wire_name_ref, by_wire_name[511]),
            .member_count = 2,
        },
        [150] = { /* GetLayerVersionPolicyResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[150].shape.name_ref, shape_names[5154]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_layer_version_policy_output),
            },
            .members_ref = REF(structures[150].members_ref, members[513]),
            .by_wire_name_ref = REF(structures[150].by_wire_name_ref, by_wire_name[513]),
            .member_count = 2,
        },
        [151] = { /* GetLayerVersionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[151].shape.name_ref, shape_names[5184]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_layer_version_input),
            },
            .members_ref = REF(structures[151].members_ref, members[515]),
            .by_wire_name_ref = REF(structures[151].by_wire_name_ref, by_wire_name[515]),
            .member_count = 2,
        },
        [152] = { /* GetLayerVersionResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[152].shape.name_ref, shape_names[5207]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_layer_version_response),
            },
            .members_ref = REF(structures[152].members_ref, members[517]),
            .by_wire_name_ref = REF(structures[152].by_wire_name_ref, by_wire_name[517]),
            .member_count = 9,
        },
        [153] = { /* GetPolicyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[153].shape.name_ref, shape_names[5231]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_policy_input),
            },
            .members_ref = REF(structures[153].members_ref, members[526]),
            .by_wire_name_ref = REF(structures[153].by_wire_name_ref, by_wire_name[526]),
            .member_count = 2,
        },
        [154] = { /* GetPolicyResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[154].shape.name_ref, shape_names[5248]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_policy_output),
            },
            .members_ref = REF(structures[154].members_ref, members[528]),
            .by_wire_name_ref = REF(structures[154].by_wire_name_ref, by_wire_name[528]),
            .member_count = 2,
        },
        [155] = { /* GetProvisionedConcurrencyConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[155].shape.name_ref, shape_names[5266]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_provisioned_concurrency_config_input),
            },
            .members_ref = REF(structures[155].members_ref, members[530]),
            .by_wire_name_ref = REF(structures[155].by_wire_name_ref, by_wire_name[530]),
            .member_count = 2,
        },
        [156] = { /* GetProvisionedConcurrencyConfigResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[156].shape.name_ref, shape_names[5305]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_provisioned_concurrency_config_output),
            },
            .members_ref = REF(structures[156].members_ref, members[532]),
            .by_wire_name_ref = REF(structures[156].by_wire_name_ref, by_wire_name[532]),
            .member_count = 6,
        },
        [157] = { /* GetRuntimeManagementConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[157].shape.name_ref, shape_names[5345]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_runtime_management_config_input),
            },
            .members_ref = REF(structures[157].members_ref, members[538]),
            .by_wire_name_ref = REF(structures[157].by_wire_name_ref, by_wire_name[538]),
            .member_count = 2,
        },
        [158] = { /* GetRuntimeManagementConfigResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[158].shape.name_ref, shape_names[5379]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_get_runtime_management_config_output),
            },
            .members_ref = REF(structures[158].members_ref, members[540]),
            .by_wire_name_ref = REF(structures[158].by_wire_name_ref, by_wire_name[540]),
            .member_count = 3,
        },
        [159] = { /* ImageConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[159].shape.name_ref, shape_names[5452]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_image_config),
            },
            .members_ref = REF(structures[159].members_ref, members[543]),
            .by_wire_name_ref = REF(structures[159].by_wire_name_ref, by_wire_name[543]),
            .member_count = 3,
        },
        [160] = { /* ImageConfigError */
            .shape = {
                .name_ref = SHAPE_NAME(structures[160].shape.name_ref, shape_names[5464]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_image_config_error),
            },
            .members_ref = REF(structures[160].members_ref, members[546]),
            .by_wire_name_ref = REF(structures[160].by_wire_name_ref, by_wire_name[546]),
            .member_count = 2,
        },
        [161] = { /* ImageConfigResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[161].shape.name_ref, shape_names[5481]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_image_config_response),
            },
            .members_ref = REF(structures[161].members_ref, members[548]),
            .by_wire_name_ref = REF(structures[161].by_wire_name_ref, by_wire_name[548]),
            .member_count = 2,
        },
        [162] = { /* InstanceRequirements */
            .shape = {
                .name_ref = SHAPE_NAME(structures[162].shape.name_ref, shape_names[5535]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_instance_requirements),
            },
            .members_ref = REF(structures[162].members_ref, members[550]),
            .by_wire_name_ref = REF(structures[162].by_wire_name_ref, by_wire_name[550]),
            .member_count = 3,
        },
        [163] = { /* InvalidCodeSignatureException */
            .shape = {
                .name_ref = REF(structures[163].shape.name_ref, strings[5606]),
                .traits_ref = REF(structures[163].shape.traits_ref, traits[81]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_invalid_code_signature_exception),
            },
            .members_ref = REF(structures[163].members_ref, members[553]),
            .by_wire_name_ref = REF(structures[163].by_wire_name_ref, by_wire_name[553]),
            .member_count = 2,
        },
        [164] = { /* InvalidParameterValueException */
            .shape = {
                .name_ref = REF(structures[164].shape.name_ref, strings[5636]),
                .traits_ref = REF(structures[164].shape.traits_ref, traits[82]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_invalid_parameter_value_exception),
            },
            .members_ref = REF(structures[164].members_ref, members[555]),
            .by_wire_name_ref = REF(structures[164].by_wire_name_ref, by_wire_name[555]),
            .member_count = 2,
        },
        [165] = { /* InvalidRequestContentException */
            .shape = {
                .name_ref = REF(structures[165].shape.name_ref, strings[5667]),
                .traits_ref = REF(structures[165].shape.traits_ref, traits[83]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_invalid_request_content_exception),
            },
            .members_ref = REF(structures[165].members_ref, members[557]),
            .by_wire_name_ref = REF(structures[165].by_wire_name_ref, by_wire_name[557]),
            .member_count = 2,
        },
        [166] = { /* InvalidRuntimeException */
            .shape = {
                .name_ref = REF(structures[166].shape.name_ref, strings[5698]),
                .traits_ref = REF(structures[166].shape.traits_ref, traits[84]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_lambda_invalid_runtime_exception),
            },
            .members_ref = REF(structures[166].members_ref, members[559]),
            .by_wire_name_ref = REF(structures[166].by_wire_name_ref, by_wire_name[559]),
            .member_count = 2,
        },
        [167] = { /* InvalidSecurityGroupIDException */
            .shape = {
                .name_ref = REF(structures[167].shape.name_ref, strings[5722]),
                .traits_ref = REF(structures[167].shape.traits_ref, traits[85]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_lambda_invalid_security_group_id_exception),
            },
            .members_ref = REF(structures[167].members_ref, members[561]),
            .by_wire_name_ref = REF(structures[167].by_wire_name_ref, by_wire_name[561]),
            .member_count = 2,
        },
        [168] = { /* InvalidSubnetIDException */
            .shape = {
                .name_ref = REF(structures[168].shape.name_ref, strings[5754]),
                .traits_ref = REF(structures[168].shape.traits_ref, traits[86]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_lambda_invalid_subnet_id_exception),
            },
            .members_ref = REF(structures[168].members_ref, members[563]),
            .by_wire_name_ref = REF(structures[168].by_wire_name_ref, by_wire_name[563]),
            .member_count = 2,
        },
        [169] = { /* InvalidZipFileException */
            .shape = {
                .name_ref = REF(structures[169].shape.name_ref, strings[5779]),
                .traits_ref = REF(structures[169].shape.traits_ref, traits[87]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_lambda_invalid_zip_file_exception),
            },
            .members_ref = REF(structures[169].members_ref, members[565]),
            .by_wire_name_ref = REF(structures[169].by_wire_name_ref, by_wire_name[565]),
            .member_count = 2,
        },
        [170] = { /* InvocationCompletedDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[170].shape.name_ref, shape_names[5593]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_invocation_completed_details),
            },
            .members_ref = REF(structures[170].members_ref, members[567]),
            .by_wire_name_ref = REF(structures[170].by_wire_name_ref, by_wire_name[567]),
            .member_count = 4,
        },
        [171] = { /* InvocationRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[171].shape.name_ref, shape_names[5620]),
                .traits_ref = REF(structures[171].shape.traits_ref, traits[88]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_invoke_input),
            },
            .members_ref = REF(structures[171].members_ref, members[571]),
            .by_wire_name_ref = REF(structures[171].by_wire_name_ref, by_wire_name[571]),
            .member_count = 8,
        },
        [172] = { /* InvocationResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[172].shape.name_ref, shape_names[5638]),
                .traits_ref = REF(structures[172].shape.traits_ref, traits[88]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_invoke_output),
            },
            .members_ref = REF(structures[172].members_ref, members[579]),
            .by_wire_name_ref = REF(structures[172].by_wire_name_ref, by_wire_name[579]),
            .member_count = 6,
        },
        [173] = { /* InvokeAsyncRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[173].shape.name_ref, shape_names[5672]),
                .traits_ref = REF(structures[173].shape.traits_ref, traits[89]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_invoke_async_input),
            },
            .members_ref = REF(structures[173].members_ref, members[585]),
            .by_wire_name_ref = REF(structures[173].by_wire_name_ref, by_wire_name[585]),
            .member_count = 2,
        },
        [174] = { /* InvokeAsyncResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[174].shape.name_ref, shape_names[5691]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_invoke_async_output),
            },
            .members_ref = REF(structures[174].members_ref, members[587]),
            .by_wire_name_ref = REF(structures[174].by_wire_name_ref, by_wire_name[587]),
            .member_count = 1,
        },
        [175] = { /* InvokeResponseStreamUpdate */
            .shape = {
                .name_ref = SHAPE_NAME(structures[175].shape.name_ref, shape_names[5722]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EVENT,
                .size = sizeof(struct awsc_lambda_invoke_response_stream_update),
            },
            .members_ref = REF(structures[175].members_ref, members[588]),
            .by_wire_name_ref = REF(structures[175].by_wire_name_ref, by_wire_name[588]),
            .member_count = 1,
        },
        [176] = { /* InvokeWithResponseStreamCompleteEvent */
            .shape = {
                .name_ref = SHAPE_NAME(structures[176].shape.name_ref, shape_names[5749]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EVENT,
                .size = sizeof(struct awsc_lambda_invoke_with_response_stream_complete_event),
            },
            .members_ref = REF(structures[176].members_ref, members[589]),
            .by_wire_name_ref = REF(structures[176].by_wire_name_ref, by_wire_name[589]),
            .member_count = 3,
        },
        [177] = { /* InvokeWithResponseStreamRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[177].shape.name_ref, shape_names[5787]),
                .traits_ref = REF(structures[177].shape.traits_ref, traits[88]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_invoke_with_response_stream_input),
            },
            .members_ref = REF(structures[177].members_ref, members[592]),
            .by_wire_name_ref = REF(structures[177].by_wire_name_ref, by_wire_name[592]),
            .member_count = 7,
        },
        [178] = { /* InvokeWithResponseStreamResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[178].shape.name_ref, shape_names[5819]),
                .traits_ref = REF(structures[178].shape.traits_ref, traits[90]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_invoke_with_response_stream_output),
            },
            .members_ref = REF(structures[178].members_ref, members[599]),
            .by_wire_name_ref = REF(structures[178].by_wire_name_ref, by_wire_name[599]),
            .member_count = 4,
        },
        [179] = { /* InvokeWithResponseStreamResponseEvent */
            .shape = {
                .name_ref = SHAPE_NAME(structures[179].shape.name_ref, shape_names[5852]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EVENTSTREAM,
                .size = sizeof(struct awsc_lambda_invoke_with_response_stream_event),
            },
            .members_ref = REF(structures[179].members_ref, members[603]),
            .by_wire_name_ref = REF(structures[179].by_wire_name_ref, by_wire_name[603]),
            .member_count = 2,
        },
        [180] = { /* KMSAccessDeniedException */
            .shape = {
                .name_ref = REF(structures[180].shape.name_ref, strings[6299]),
                .traits_ref = REF(structures[180].shape.traits_ref, traits[92]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_lambda_kms_access_denied_exception),
            },
            .members_ref = REF(structures[180].members_ref, members[605]),
            .by_wire_name_ref = REF(structures[180].by_wire_name_ref, by_wire_name[605]),
            .member_count = 2,
        },
        [181] = { /* KMSDisabledException */
            .shape = {
                .name_ref = REF(structures[181].shape.name_ref, strings[6324]),
                .traits_ref = REF(structures[181].shape.traits_ref, traits[93]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_lambda_kms_disabled_exception),
            },
            .members_ref = REF(structures[181].members_ref, members[607]),
            .by_wire_name_ref = REF(structures[181].by_wire_name_ref, by_wire_name[607]),
            .member_count = 2,
        },
        [182] = { /* KMSInvalidStateException */
            .shape = {
                .name_ref = REF(structures[182].shape.name_ref, strings[6345]),
                .traits_ref = REF(structures[182].shape.traits_ref, traits[94]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_lambda_kms_invalid_state_exception),
            },
            .members_ref = REF(structures[182].members_ref, members[609]),
            .by_wire_name_ref = REF(structures[182].by_wire_name_ref, by_wire_name[609]),
            .member_count = 2,
        },
        [183] = { /* KMSNotFoundException */
            .shape = {
                .name_ref = REF(structures[183].shape.name_ref, strings[6370]),
                .traits_ref = REF(structures[183].shape.traits_ref, traits[97]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_lambda_kms_not_found_exception),
            },
            .members_ref = REF(structures[183].members_ref, members[611]),
            .by_wire_name_ref = REF(structures[183].by_wire_name_ref, by_wire_name[611]),
            .member_count = 2,
        },
        [184] = { /* KafkaSchemaRegistryAccessConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[184].shape.name_ref, shape_names[5950]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_kafka_schema_registry_access_config),
            },
            .members_ref = REF(structures[184].members_ref, members[613]),
            .by_wire_name_ref = REF(structures[184].by_wire_name_ref, by_wire_name[613]),
            .member_count = 2,
        },
        [185] = { /* KafkaSchemaRegistryConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[185].shape.name_ref, shape_names[6046]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_kafka_schema_registry_config),
            },
            .members_ref = REF(structures[185].members_ref, members[615]),
            .by_wire_name_ref = REF(structures[185].by_wire_name_ref, by_wire_name[615]),
            .member_count = 4,
        },
        [186] = { /* KafkaSchemaValidationConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[186].shape.name_ref, shape_names[6103]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_kafka_schema_validation_config),
            },
            .members_ref = REF(structures[186].members_ref, members[619]),
            .by_wire_name_ref = REF(structures[186].by_wire_name_ref, by_wire_name[619]),
            .member_count = 1,
        },
        [187] = { /* LambdaManagedInstancesCapacityProviderConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[187].shape.name_ref, shape_names[6163]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_lambda_managed_instances_capacity_provider_config),
            },
            .members_ref = REF(structures[187].members_ref, members[620]),
            .by_wire_name_ref = REF(structures[187].by_wire_name_ref, by_wire_name[620]),
            .member_count = 3,
        },
        [188] = { /* Layer */
            .shape = {
                .name_ref = SHAPE_NAME(structures[188].shape.name_ref, shape_names[6275]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_layer),
            },
            .members_ref = REF(structures[188].members_ref, members[623]),
            .by_wire_name_ref = REF(structures[188].by_wire_name_ref, by_wire_name[623]),
            .member_count = 4,
        },
        [189] = { /* LayerVersionContentInput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[189].shape.name_ref, shape_names[6387]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_layer_version_content_input),
            },
            .members_ref = REF(structures[189].members_ref, members[627]),
            .by_wire_name_ref = REF(structures[189].by_wire_name_ref, by_wire_name[627]),
            .member_count = 5,
        },
        [190] = { /* LayerVersionContentOutput */
            .shape = {
                .name_ref = SHAPE_NAME(structures[190].shape.name_ref, shape_names[6412]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_layer_version_content_output),
            },
            .members_ref = REF(structures[190].members_ref, members[632]),
            .by_wire_name_ref = REF(structures[190].by_wire_name_ref, by_wire_name[632]),
            .member_count = 6,
        },
        [191] = { /* LayerVersionsListItem */
            .shape = {
                .name_ref = SHAPE_NAME(structures[191].shape.name_ref, shape_names[6475]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_layer_versions_list_item),
            },
            .members_ref = REF(structures[191].members_ref, members[638]),
            .by_wire_name_ref = REF(structures[191].by_wire_name_ref, by_wire_name[638]),
            .member_count = 7,
        },
        [192] = { /* LayersListItem */
            .shape = {
                .name_ref = SHAPE_NAME(structures[192].shape.name_ref, shape_names[6508]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_layers_list_item),
            },
            .members_ref = REF(structures[192].members_ref, members[645]),
            .by_wire_name_ref = REF(structures[192].by_wire_name_ref, by_wire_name[645]),
            .member_count = 3,
        },
        [193] = { /* ListAliasesRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[193].shape.name_ref, shape_names[6555]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_aliases_input),
            },
            .members_ref = REF(structures[193].members_ref, members[648]),
            .by_wire_name_ref = REF(structures[193].by_wire_name_ref, by_wire_name[648]),
            .member_count = 4,
        },
        [194] = { /* ListAliasesResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[194].shape.name_ref, shape_names[6574]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_aliases_output),
            },
            .members_ref = REF(structures[194].members_ref, members[652]),
            .by_wire_name_ref = REF(structures[194].by_wire_name_ref, by_wire_name[652]),
            .member_count = 2,
        },
        [195] = { /* ListCapacityProvidersRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[195].shape.name_ref, shape_names[6594]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_capacity_providers_input),
            },
            .members_ref = REF(structures[195].members_ref, members[654]),
            .by_wire_name_ref = REF(structures[195].by_wire_name_ref, by_wire_name[654]),
            .member_count = 3,
        },
        [196] = { /* ListCapacityProvidersResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[196].shape.name_ref, shape_names[6623]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_capacity_providers_output),
            },
            .members_ref = REF(structures[196].members_ref, members[657]),
            .by_wire_name_ref = REF(structures[196].by_wire_name_ref, by_wire_name[657]),
            .member_count = 2,
        },
        [197] = { /* ListCodeSigningConfigsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[197].shape.name_ref, shape_names[6653]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_code_signing_configs_input),
            },
            .members_ref = REF(structures[197].members_ref, members[659]),
            .by_wire_name_ref = REF(structures[197].by_wire_name_ref, by_wire_name[659]),
            .member_count = 2,
        },
        [198] = { /* ListCodeSigningConfigsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[198].shape.name_ref, shape_names[6683]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_code_signing_configs_output),
            },
            .members_ref = REF(structures[198].members_ref, members[661]),
            .by_wire_name_ref = REF(structures[198].by_wire_name_ref, by_wire_name[661]),
            .member_count = 2,
        },
        [199] = { /* ListDurableExecutionsByFunctionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[199].shape.name_ref, shape_names[6714]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_durable_executions_by_function_input),
            },
            .members_ref = REF(structures[199].members_ref, members[663]),
            .by_wire_name_ref = REF(structures[199].by_wire_name_ref, by_wire_name[663]),
            .member_count = 9,
        },
        [200] = { /* ListDurableExecutionsByFunctionResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[200].shape.name_ref, shape_names[6753]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_durable_executions_by_function_output),
            },
            .members_ref = REF(structures[200].members_ref, members[672]),
            .by_wire_name_ref = REF(structures[200].by_wire_name_ref, by_wire_name[672]),
            .member_count = 2,
        },
        [201] = { /* ListEventSourceMappingsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[201].shape.name_ref, shape_names[6793]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_event_source_mappings_input),
            },
            .members_ref = REF(structures[201].members_ref, members[674]),
            .by_wire_name_ref = REF(structures[201].by_wire_name_ref, by_wire_name[674]),
            .member_count = 4,
        },
        [202] = { /* ListEventSourceMappingsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[202].shape.name_ref, shape_names[6824]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_event_source_mappings_output),
            },
            .members_ref = REF(structures[202].members_ref, members[678]),
            .by_wire_name_ref = REF(structures[202].by_wire_name_ref, by_wire_name[678]),
            .member_count = 2,
        },
        [203] = { /* ListFunctionEventInvokeConfigsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[203].shape.name_ref, shape_names[6856]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_function_event_invoke_configs_input),
            },
            .members_ref = REF(structures[203].members_ref, members[680]),
            .by_wire_name_ref = REF(structures[203].by_wire_name_ref, by_wire_name[680]),
            .member_count = 3,
        },
        [204] = { /* ListFunctionEventInvokeConfigsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[204].shape.name_ref, shape_names[6894]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_function_event_invoke_configs_output),
            },
            .members_ref = REF(structures[204].members_ref, members[683]),
            .by_wire_name_ref = REF(structures[204].by_wire_name_ref, by_wire_name[683]),
            .member_count = 2,
        },
        [205] = { /* ListFunctionUrlConfigsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[205].shape.name_ref, shape_names[6933]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_function_url_configs_input),
            },
            .members_ref = REF(structures[205].members_ref, members[685]),
            .by_wire_name_ref = REF(structures[205].by_wire_name_ref, by_wire_name[685]),
            .member_count = 3,
        },
        [206] = { /* ListFunctionUrlConfigsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[206].shape.name_ref, shape_names[6963]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_function_url_configs_output),
            },
            .members_ref = REF(structures[206].members_ref, members[688]),
            .by_wire_name_ref = REF(structures[206].by_wire_name_ref, by_wire_name[688]),
            .member_count = 2,
        },
        [207] = { /* ListFunctionVersionsByCapacityProviderRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[207].shape.name_ref, shape_names[6994]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_function_versions_by_capacity_provider_input),
            },
            .members_ref = REF(structures[207].members_ref, members[690]),
            .by_wire_name_ref = REF(structures[207].by_wire_name_ref, by_wire_name[690]),
            .member_count = 3,
        },
        [208] = { /* ListFunctionVersionsByCapacityProviderResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[208].shape.name_ref, shape_names[7040]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_function_versions_by_capacity_provider_output),
            },
            .members_ref = REF(structures[208].members_ref, members[693]),
            .by_wire_name_ref = REF(structures[208].by_wire_name_ref, by_wire_name[693]),
            .member_count = 3,
        },
        [209] = { /* ListFunctionsByCodeSigningConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[209].shape.name_ref, shape_names[7087]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_functions_by_code_signing_config_input),
            },
            .members_ref = REF(structures[209].members_ref, members[696]),
            .by_wire_name_ref = REF(structures[209].by_wire_name_ref, by_wire_name[696]),
            .member_count = 3,
        },
        [210] = { /* ListFunctionsByCodeSigningConfigResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[210].shape.name_ref, shape_names[7127]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_functions_by_code_signing_config_output),
            },
            .members_ref = REF(structures[210].members_ref, members[699]),
            .by_wire_name_ref = REF(structures[210].by_wire_name_ref, by_wire_name[699]),
            .member_count = 2,
        },
        [211] = { /* ListFunctionsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[211].shape.name_ref, shape_names[7168]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_functions_input),
            },
            .members_ref = REF(structures[211].members_ref, members[701]),
            .by_wire_name_ref = REF(structures[211].by_wire_name_ref, by_wire_name[701]),
            .member_count = 4,
        },
        [212] = { /* ListFunctionsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[212].shape.name_ref, shape_names[7189]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_functions_output),
            },
            .members_ref = REF(structures[212].members_ref, members[705]),
            .by_wire_name_ref = REF(structures[212].by_wire_name_ref, by_wire_name[705]),
            .member_count = 2,
        },
        [213] = { /* ListLayerVersionsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[213].shape.name_ref, shape_names[7211]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_layer_versions_input),
            },
            .members_ref = REF(structures[213].members_ref, members[707]),
            .by_wire_name_ref = REF(structures[213].by_wire_name_ref, by_wire_name[707]),
            .member_count = 5,
        },
        [214] = { /* ListLayerVersionsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[214].shape.name_ref, shape_names[7236]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_layer_versions_output),
            },
            .members_ref = REF(structures[214].members_ref, members[712]),
            .by_wire_name_ref = REF(structures[214].by_wire_name_ref, by_wire_name[712]),
            .member_count = 2,
        },
        [215] = { /* ListLayersRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[215].shape.name_ref, shape_names[7262]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_layers_input),
            },
            .members_ref = REF(structures[215].members_ref, members[714]),
            .by_wire_name_ref = REF(structures[215].by_wire_name_ref, by_wire_name[714]),
            .member_count = 4,
        },
        [216] = { /* ListLayersResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[216].shape.name_ref, shape_names[7280]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_layers_output),
            },
            .members_ref = REF(structures[216].members_ref, members[718]),
            .by_wire_name_ref = REF(structures[216].by_wire_name_ref, by_wire_name[718]),
            .member_count = 2,
        },
        [217] = { /* ListProvisionedConcurrencyConfigsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[217].shape.name_ref, shape_names[7299]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_provisioned_concurrency_configs_input),
            },
            .members_ref = REF(structures[217].members_ref, members[720]),
            .by_wire_name_ref = REF(structures[217].by_wire_name_ref, by_wire_name[720]),
            .member_count = 3,
        },
        [218] = { /* ListProvisionedConcurrencyConfigsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[218].shape.name_ref, shape_names[7340]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_provisioned_concurrency_configs_output),
            },
            .members_ref = REF(structures[218].members_ref, members[723]),
            .by_wire_name_ref = REF(structures[218].by_wire_name_ref, by_wire_name[723]),
            .member_count = 2,
        },
        [219] = { /* ListTagsRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[219].shape.name_ref, shape_names[7382]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_tags_input),
            },
            .members_ref = REF(structures[219].members_ref, members[725]),
            .by_wire_name_ref = REF(structures[219].by_wire_name_ref, by_wire_name[725]),
            .member_count = 1,
        },
        [220] = { /* ListTagsResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[220].shape.name_ref, shape_names[7398]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_tags_output),
            },
            .members_ref = REF(structures[220].members_ref, members[726]),
            .by_wire_name_ref = REF(structures[220].by_wire_name_ref, by_wire_name[726]),
            .member_count = 1,
        },
        [221] = { /* ListVersionsByFunctionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[221].shape.name_ref, shape_names[7415]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_versions_by_function_input),
            },
            .members_ref = REF(structures[221].members_ref, members[727]),
            .by_wire_name_ref = REF(structures[221].by_wire_name_ref, by_wire_name[727]),
            .member_count = 3,
        },
        [222] = { /* ListVersionsByFunctionResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[222].shape.name_ref, shape_names[7445]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_list_versions_by_function_output),
            },
            .members_ref = REF(structures[222].members_ref, members[730]),
            .by_wire_name_ref = REF(structures[222].by_wire_name_ref, by_wire_name[730]),
            .member_count = 2,
        },
        [223] = { /* LoggingConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[223].shape.name_ref, shape_names[7518]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_logging_config),
            },
            .members_ref = REF(structures[223].members_ref, members[732]),
            .by_wire_name_ref = REF(structures[223].by_wire_name_ref, by_wire_name[732]),
            .member_count = 4,
        },
        [224] = { /* ModeNotSupportedException */
            .shape = {
                .name_ref = REF(structures[224].shape.name_ref, strings[7862]),
                .traits_ref = REF(structures[224].shape.traits_ref, traits[125]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_mode_not_supported_exception),
            },
            .members_ref = REF(structures[224].members_ref, members[736]),
            .by_wire_name_ref = REF(structures[224].by_wire_name_ref, by_wire_name[736]),
            .member_count = 2,
        },
        [225] = { /* NoPublishedVersionException */
            .shape = {
                .name_ref = REF(structures[225].shape.name_ref, strings[7888]),
                .traits_ref = REF(structures[225].shape.traits_ref, traits[129]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_no_published_version_exception),
            },
            .members_ref = REF(structures[225].members_ref, members[738]),
            .by_wire_name_ref = REF(structures[225].by_wire_name_ref, by_wire_name[738]),
            .member_count = 2,
        },
        [226] = { /* OnFailure */
            .shape = {
                .name_ref = SHAPE_NAME(structures[226].shape.name_ref, shape_names[8078]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_on_failure),
            },
            .members_ref = REF(structures[226].members_ref, members[740]),
            .by_wire_name_ref = REF(structures[226].by_wire_name_ref, by_wire_name[740]),
            .member_count = 1,
        },
        [227] = { /* OnSuccess */
            .shape = {
                .name_ref = SHAPE_NAME(structures[227].shape.name_ref, shape_names[8088]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_on_success),
            },
            .members_ref = REF(structures[227].members_ref, members[741]),
            .by_wire_name_ref = REF(structures[227].by_wire_name_ref, by_wire_name[741]),
            .member_count = 1,
        },
        [228] = { /* Operation */
            .shape = {
                .name_ref = SHAPE_NAME(structures[228].shape.name_ref, shape_names[8098]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_operation),
            },
            .members_ref = REF(structures[228].members_ref, members[742]),
            .by_wire_name_ref = REF(structures[228].by_wire_name_ref, by_wire_name[742]),
            .member_count = 14,
        },
        [229] = { /* OperationUpdate */
            .shape = {
                .name_ref = SHAPE_NAME(structures[229].shape.name_ref, shape_names[8214]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_operation_update),
            },
            .members_ref = REF(structures[229].members_ref, members[756]),
            .by_wire_name_ref = REF(structures[229].by_wire_name_ref, by_wire_name[756]),
            .member_count = 13,
        },
        [230] = { /* PolicyLengthExceededException */
            .shape = {
                .name_ref = REF(structures[230].shape.name_ref, strings[8258]),
                .traits_ref = REF(structures[230].shape.traits_ref, traits[142]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_policy_length_exceeded_exception),
            },
            .members_ref = REF(structures[230].members_ref, members[769]),
            .by_wire_name_ref = REF(structures[230].by_wire_name_ref, by_wire_name[769]),
            .member_count = 2,
        },
        [231] = { /* PreconditionFailedException */
            .shape = {
                .name_ref = REF(structures[231].shape.name_ref, strings[8288]),
                .traits_ref = REF(structures[231].shape.traits_ref, traits[144]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_precondition_failed_exception),
            },
            .members_ref = REF(structures[231].members_ref, members[771]),
            .by_wire_name_ref = REF(structures[231].by_wire_name_ref, by_wire_name[771]),
            .member_count = 2,
        },
        [232] = { /* PropagateTags */
            .shape = {
                .name_ref = SHAPE_NAME(structures[232].shape.name_ref, shape_names[8415]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_propagate_tags),
            },
            .members_ref = REF(structures[232].members_ref, members[773]),
            .by_wire_name_ref = REF(structures[232].by_wire_name_ref, by_wire_name[773]),
            .member_count = 2,
        },
        [233] = { /* ProvisionedConcurrencyConfigListItem */
            .shape = {
                .name_ref = SHAPE_NAME(structures[233].shape.name_ref, shape_names[8509]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_provisioned_concurrency_config_list_item),
            },
            .members_ref = REF(structures[233].members_ref, members[775]),
            .by_wire_name_ref = REF(structures[233].by_wire_name_ref, by_wire_name[775]),
            .member_count = 7,
        },
        [234] = { /* ProvisionedConcurrencyConfigNotFoundException */
            .shape = {
                .name_ref = REF(structures[234].shape.name_ref, strings[8348]),
                .traits_ref = REF(structures[234].shape.traits_ref, traits[148]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_provisioned_concurrency_config_not_found_exception),
            },
            .members_ref = REF(structures[234].members_ref, members[782]),
            .by_wire_name_ref = REF(structures[234].by_wire_name_ref, by_wire_name[782]),
            .member_count = 2,
        },
        [235] = { /* ProvisionedPollerConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[235].shape.name_ref, shape_names[8579]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_provisioned_poller_config),
            },
            .members_ref = REF(structures[235].members_ref, members[784]),
            .by_wire_name_ref = REF(structures[235].by_wire_name_ref, by_wire_name[784]),
            .member_count = 3,
        },
        [236] = { /* PublicPolicyException */
            .shape = {
                .name_ref = REF(structures[236].shape.name_ref, strings[8465]),
                .traits_ref = REF(structures[236].shape.traits_ref, traits[150]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_public_policy_exception),
            },
            .members_ref = REF(structures[236].members_ref, members[787]),
            .by_wire_name_ref = REF(structures[236].by_wire_name_ref, by_wire_name[787]),
            .member_count = 2,
        },
        [237] = { /* PublishLayerVersionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[237].shape.name_ref, shape_names[8630]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_publish_layer_version_input),
            },
            .members_ref = REF(structures[237].members_ref, members[789]),
            .by_wire_name_ref = REF(structures[237].by_wire_name_ref, by_wire_name[789]),
            .member_count = 6,
        },
        [238] = { /* PublishLayerVersionResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[238].shape.name_ref, shape_names[8657]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_publish_layer_version_output),
            },
            .members_ref = REF(structures[238].members_ref, members[795]),
            .by_wire_name_ref = REF(structures[238].by_wire_name_ref, by_wire_name[795]),
            .member_count = 9,
        },
        [239] = { /* PublishVersionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[239].shape.name_ref, shape_names[8685]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_publish_version_input),
            },
            .members_ref = REF(structures[239].members_ref, members[804]),
            .by_wire_name_ref = REF(structures[239].by_wire_name_ref, by_wire_name[804]),
            .member_count = 5,
        },
        [240] = { /* PutFunctionCodeSigningConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[240].shape.name_ref, shape_names[8734]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_put_function_code_signing_config_input),
            },
            .members_ref = REF(structures[240].members_ref, members[809]),
            .by_wire_name_ref = REF(structures[240].by_wire_name_ref, by_wire_name[809]),
            .member_count = 2,
        },
        [241] = { /* PutFunctionCodeSigningConfigResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[241].shape.name_ref, shape_names[8770]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_put_function_code_signing_config_output),
            },
            .members_ref = REF(structures[241].members_ref, members[811]),
            .by_wire_name_ref = REF(structures[241].by_wire_name_ref, by_wire_name[811]),
            .member_count = 2,
        },
        [242] = { /* PutFunctionConcurrencyRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[242].shape.name_ref, shape_names[8807]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_put_function_concurrency_input),
            },
            .members_ref = REF(structures[242].members_ref, members[813]),
            .by_wire_name_ref = REF(structures[242].by_wire_name_ref, by_wire_name[813]),
            .member_count = 2,
        },
        [243] = { /* PutFunctionEventInvokeConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[243].shape.name_ref, shape_names[8837]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_put_function_event_invoke_config_input),
            },
            .members_ref = REF(structures[243].members_ref, members[815]),
            .by_wire_name_ref = REF(structures[243].by_wire_name_ref, by_wire_name[815]),
            .member_count = 5,
        },
        [244] = { /* PutFunctionRecursionConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[244].shape.name_ref, shape_names[8873]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_put_function_recursion_config_input),
            },
            .members_ref = REF(structures[244].members_ref, members[820]),
            .by_wire_name_ref = REF(structures[244].by_wire_name_ref, by_wire_name[820]),
            .member_count = 2,
        },
        [245] = { /* PutFunctionRecursionConfigResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[245].shape.name_ref, shape_names[8907]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_put_function_recursion_config_output),
            },
            .members_ref = REF(structures[245].members_ref, members[822]),
            .by_wire_name_ref = REF(structures[245].by_wire_name_ref, by_wire_name[822]),
            .member_count = 1,
        },
        [246] = { /* PutFunctionScalingConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[246].shape.name_ref, shape_names[8942]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_put_function_scaling_config_input),
            },
            .members_ref = REF(structures[246].members_ref, members[823]),
            .by_wire_name_ref = REF(structures[246].by_wire_name_ref, by_wire_name[823]),
            .member_count = 3,
        },
        [247] = { /* PutFunctionScalingConfigResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[247].shape.name_ref, shape_names[8974]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_put_function_scaling_config_output),
            },
            .members_ref = REF(structures[247].members_ref, members[826]),
            .by_wire_name_ref = REF(structures[247].by_wire_name_ref, by_wire_name[826]),
            .member_count = 1,
        },
        [248] = { /* PutProvisionedConcurrencyConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[248].shape.name_ref, shape_names[9007]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_put_provisioned_concurrency_config_input),
            },
            .members_ref = REF(structures[248].members_ref, members[827]),
            .by_wire_name_ref = REF(structures[248].by_wire_name_ref, by_wire_name[827]),
            .member_count = 3,
        },
        [249] = { /* PutProvisionedConcurrencyConfigResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[249].shape.name_ref, shape_names[9046]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_put_provisioned_concurrency_config_output),
            },
            .members_ref = REF(structures[249].members_ref, members[830]),
            .by_wire_name_ref = REF(structures[249].by_wire_name_ref, by_wire_name[830]),
            .member_count = 6,
        },
        [250] = { /* PutRuntimeManagementConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[250].shape.name_ref, shape_names[9086]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_put_runtime_management_config_input),
            },
            .members_ref = REF(structures[250].members_ref, members[836]),
            .by_wire_name_ref = REF(structures[250].by_wire_name_ref, by_wire_name[836]),
            .member_count = 4,
        },
        [251] = { /* PutRuntimeManagementConfigResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[251].shape.name_ref, shape_names[9120]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_put_runtime_management_config_output),
            },
            .members_ref = REF(structures[251].members_ref, members[840]),
            .by_wire_name_ref = REF(structures[251].by_wire_name_ref, by_wire_name[840]),
            .member_count = 3,
        },
        [252] = { /* RecursiveInvocationException */
            .shape = {
                .name_ref = REF(structures[252].shape.name_ref, strings[8555]),
                .traits_ref = REF(structures[252].shape.traits_ref, traits[155]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_recursive_invocation_exception),
            },
            .members_ref = REF(structures[252].members_ref, members[843]),
            .by_wire_name_ref = REF(structures[252].by_wire_name_ref, by_wire_name[843]),
            .member_count = 2,
        },
        [253] = { /* RemoveLayerVersionPermissionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[253].shape.name_ref, shape_names[9192]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_remove_layer_version_permission_input),
            },
            .members_ref = REF(structures[253].members_ref, members[845]),
            .by_wire_name_ref = REF(structures[253].by_wire_name_ref, by_wire_name[845]),
            .member_count = 4,
        },
        [254] = { /* RemovePermissionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[254].shape.name_ref, shape_names[9228]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_remove_permission_input),
            },
            .members_ref = REF(structures[254].members_ref, members[849]),
            .by_wire_name_ref = REF(structures[254].by_wire_name_ref, by_wire_name[849]),
            .member_count = 4,
        },
        [255] = { /* RequestTooLargeException */
            .shape = {
                .name_ref = REF(structures[255].shape.name_ref, strings[8600]),
                .traits_ref = REF(structures[255].shape.traits_ref, traits[156]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_request_too_large_exception),
            },
            .members_ref = REF(structures[255].members_ref, members[853]),
            .by_wire_name_ref = REF(structures[255].by_wire_name_ref, by_wire_name[853]),
            .member_count = 2,
        },
        [256] = { /* ResolvedS3Object */
            .shape = {
                .name_ref = SHAPE_NAME(structures[256].shape.name_ref, shape_names[9296]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_resolved_s3_object),
            },
            .members_ref = REF(structures[256].members_ref, members[855]),
            .by_wire_name_ref = REF(structures[256].by_wire_name_ref, by_wire_name[855]),
            .member_count = 3,
        },
        [257] = { /* ResourceConflictException */
            .shape = {
                .name_ref = REF(structures[257].shape.name_ref, strings[8625]),
                .traits_ref = REF(structures[257].shape.traits_ref, traits[159]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_resource_conflict_exception),
            },
            .members_ref = REF(structures[257].members_ref, members[858]),
            .by_wire_name_ref = REF(structures[257].by_wire_name_ref, by_wire_name[858]),
            .member_count = 2,
        },
        [258] = { /* ResourceInUseException */
            .shape = {
                .name_ref = REF(structures[258].shape.name_ref, strings[8651]),
                .traits_ref = REF(structures[258].shape.traits_ref, traits[160]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_resource_in_use_exception),
            },
            .members_ref = REF(structures[258].members_ref, members[860]),
            .by_wire_name_ref = REF(structures[258].by_wire_name_ref, by_wire_name[860]),
            .member_count = 2,
        },
        [259] = { /* ResourceNotFoundException */
            .shape = {
                .name_ref = REF(structures[259].shape.name_ref, strings[8674]),
                .traits_ref = REF(structures[259].shape.traits_ref, traits[161]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_resource_not_found_exception),
            },
            .members_ref = REF(structures[259].members_ref, members[862]),
            .by_wire_name_ref = REF(structures[259].by_wire_name_ref, by_wire_name[862]),
            .member_count = 2,
        },
        [260] = { /* ResourceNotReadyException */
            .shape = {
                .name_ref = REF(structures[260].shape.name_ref, strings[8700]),
                .traits_ref = REF(structures[260].shape.traits_ref, traits[162]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_lambda_resource_not_ready_exception),
            },
            .members_ref = REF(structures[260].members_ref, members[864]),
            .by_wire_name_ref = REF(structures[260].by_wire_name_ref, by_wire_name[864]),
            .member_count = 2,
        },
        [261] = { /* RetryDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[261].shape.name_ref, shape_names[9379]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_retry_details),
            },
            .members_ref = REF(structures[261].members_ref, members[866]),
            .by_wire_name_ref = REF(structures[261].by_wire_name_ref, by_wire_name[866]),
            .member_count = 2,
        },
        [262] = { /* RuntimeVersionConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[262].shape.name_ref, shape_names[9439]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_runtime_version_config),
            },
            .members_ref = REF(structures[262].members_ref, members[868]),
            .by_wire_name_ref = REF(structures[262].by_wire_name_ref, by_wire_name[868]),
            .member_count = 2,
        },
        [263] = { /* RuntimeVersionError */
            .shape = {
                .name_ref = SHAPE_NAME(structures[263].shape.name_ref, shape_names[9460]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_runtime_version_error),
            },
            .members_ref = REF(structures[263].members_ref, members[870]),
            .by_wire_name_ref = REF(structures[263].by_wire_name_ref, by_wire_name[870]),
            .member_count = 2,
        },
        [264] = { /* S3FilesMountConnectivityException */
            .shape = {
                .name_ref = REF(structures[264].shape.name_ref, strings[9315]),
                .traits_ref = REF(structures[264].shape.traits_ref, traits[167]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_s3_files_mount_connectivity_exception),
            },
            .members_ref = REF(structures[264].members_ref, members[872]),
            .by_wire_name_ref = REF(structures[264].by_wire_name_ref, by_wire_name[872]),
            .member_count = 2,
        },
        [265] = { /* S3FilesMountFailureException */
            .shape = {
                .name_ref = REF(structures[265].shape.name_ref, strings[9349]),
                .traits_ref = REF(structures[265].shape.traits_ref, traits[168]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_s3_files_mount_failure_exception),
            },
            .members_ref = REF(structures[265].members_ref, members[874]),
            .by_wire_name_ref = REF(structures[265].by_wire_name_ref, by_wire_name[874]),
            .member_count = 2,
        },
        [266] = { /* S3FilesMountTimeoutException */
            .shape = {
                .name_ref = REF(structures[266].shape.name_ref, strings[9378]),
                .traits_ref = REF(structures[266].shape.traits_ref, traits[169]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_s3_files_mount_timeout_exception),
            },
            .members_ref = REF(structures[266].members_ref, members[876]),
            .by_wire_name_ref = REF(structures[266].by_wire_name_ref, by_wire_name[876]),
            .member_count = 2,
        },
        [267] = { /* ScalingConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[267].shape.name_ref, shape_names[9531]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_scaling_config),
            },
            .members_ref = REF(structures[267].members_ref, members[878]),
            .by_wire_name_ref = REF(structures[267].by_wire_name_ref, by_wire_name[878]),
            .member_count = 1,
        },
        [268] = { /* SelfManagedEventSource */
            .shape = {
                .name_ref = SHAPE_NAME(structures[268].shape.name_ref, shape_names[9628]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_self_managed_event_source),
            },
            .members_ref = REF(structures[268].members_ref, members[879]),
            .by_wire_name_ref = REF(structures[268].by_wire_name_ref, by_wire_name[879]),
            .member_count = 1,
        },
        [269] = { /* SelfManagedKafkaEventSourceConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[269].shape.name_ref, shape_names[9651]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_self_managed_kafka_event_source_config),
            },
            .members_ref = REF(structures[269].members_ref, members[880]),
            .by_wire_name_ref = REF(structures[269].by_wire_name_ref, by_wire_name[880]),
            .member_count = 2,
        },
        [270] = { /* SendDurableExecutionCallbackFailureRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[270].shape.name_ref, shape_names[9685]),
                .traits_ref = REF(structures[270].shape.traits_ref, traits[175]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_send_durable_execution_callback_failure_input),
            },
            .members_ref = REF(structures[270].members_ref, members[882]),
            .by_wire_name_ref = REF(structures[270].by_wire_name_ref, by_wire_name[882]),
            .member_count = 2,
        },
        [271] = { /* SendDurableExecutionCallbackFailureResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[271].shape.name_ref, shape_names[9728]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_send_durable_execution_callback_failure_output),
            },
        },
        [272] = { /* SendDurableExecutionCallbackHeartbeatRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[272].shape.name_ref, shape_names[9772]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_send_durable_execution_callback_heartbeat_input),
            },
            .members_ref = REF(structures[272].members_ref, members[884]),
            .by_wire_name_ref = REF(structures[272].by_wire_name_ref, by_wire_name[884]),
            .member_count = 1,
        },
        [273] = { /* SendDurableExecutionCallbackHeartbeatResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[273].shape.name_ref, shape_names[9817]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_send_durable_execution_callback_heartbeat_output),
            },
        },
        [274] = { /* SendDurableExecutionCallbackSuccessRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[274].shape.name_ref, shape_names[9863]),
                .traits_ref = REF(structures[274].shape.traits_ref, traits[176]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_send_durable_execution_callback_success_input),
            },
            .members_ref = REF(structures[274].members_ref, members[885]),
            .by_wire_name_ref = REF(structures[274].by_wire_name_ref, by_wire_name[885]),
            .member_count = 2,
        },
        [275] = { /* SendDurableExecutionCallbackSuccessResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[275].shape.name_ref, shape_names[9906]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_send_durable_execution_callback_success_output),
            },
        },
        [276] = { /* SerializedRequestEntityTooLargeException */
            .shape = {
                .name_ref = REF(structures[276].shape.name_ref, strings[9463]),
                .traits_ref = REF(structures[276].shape.traits_ref, traits[178]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_serialized_request_entity_too_large_exception),
            },
            .members_ref = REF(structures[276].members_ref, members[887]),
            .by_wire_name_ref = REF(structures[276].by_wire_name_ref, by_wire_name[887]),
            .member_count = 2,
        },
        [277] = { /* ServiceException */
            .shape = {
                .name_ref = REF(structures[277].shape.name_ref, strings[9504]),
                .traits_ref = REF(structures[277].shape.traits_ref, traits[179]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_lambda_service_exception),
            },
            .members_ref = REF(structures[277].members_ref, members[889]),
            .by_wire_name_ref = REF(structures[277].by_wire_name_ref, by_wire_name[889]),
            .member_count = 2,
        },
        [278] = { /* ServiceQuotaExceededException */
            .shape = {
                .name_ref = REF(structures[278].shape.name_ref, strings[9521]),
                .traits_ref = REF(structures[278].shape.traits_ref, traits[180]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_service_quota_exceeded_exception),
            },
            .members_ref = REF(structures[278].members_ref, members[891]),
            .by_wire_name_ref = REF(structures[278].by_wire_name_ref, by_wire_name[891]),
            .member_count = 2,
        },
        [279] = { /* SnapStart */
            .shape = {
                .name_ref = SHAPE_NAME(structures[279].shape.name_ref, shape_names[10020]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_snap_start),
            },
            .members_ref = REF(structures[279].members_ref, members[893]),
            .by_wire_name_ref = REF(structures[279].by_wire_name_ref, by_wire_name[893]),
            .member_count = 1,
        },
        [280] = { /* SnapStartException */
            .shape = {
                .name_ref = REF(structures[280].shape.name_ref, strings[9582]),
                .traits_ref = REF(structures[280].shape.traits_ref, traits[182]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_snap_start_exception),
            },
            .members_ref = REF(structures[280].members_ref, members[894]),
            .by_wire_name_ref = REF(structures[280].by_wire_name_ref, by_wire_name[894]),
            .member_count = 2,
        },
        [281] = { /* SnapStartNotReadyException */
            .shape = {
                .name_ref = REF(structures[281].shape.name_ref, strings[9601]),
                .traits_ref = REF(structures[281].shape.traits_ref, traits[183]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_snap_start_not_ready_exception),
            },
            .members_ref = REF(structures[281].members_ref, members[896]),
            .by_wire_name_ref = REF(structures[281].by_wire_name_ref, by_wire_name[896]),
            .member_count = 2,
        },
        [282] = { /* SnapStartRegenerationFailureException */
            .shape = {
                .name_ref = REF(structures[282].shape.name_ref, strings[9635]),
                .traits_ref = REF(structures[282].shape.traits_ref, traits[184]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_snap_start_regeneration_failure_exception),
            },
            .members_ref = REF(structures[282].members_ref, members[898]),
            .by_wire_name_ref = REF(structures[282].by_wire_name_ref, by_wire_name[898]),
            .member_count = 2,
        },
        [283] = { /* SnapStartResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[283].shape.name_ref, shape_names[10075]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_snap_start_response),
            },
            .members_ref = REF(structures[283].members_ref, members[900]),
            .by_wire_name_ref = REF(structures[283].by_wire_name_ref, by_wire_name[900]),
            .member_count = 2,
        },
        [284] = { /* SnapStartTimeoutException */
            .shape = {
                .name_ref = REF(structures[284].shape.name_ref, strings[9692]),
                .traits_ref = REF(structures[284].shape.traits_ref, traits[185]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_snap_start_timeout_exception),
            },
            .members_ref = REF(structures[284].members_ref, members[902]),
            .by_wire_name_ref = REF(structures[284].by_wire_name_ref, by_wire_name[902]),
            .member_count = 2,
        },
        [285] = { /* SourceAccessConfiguration */
            .shape = {
                .name_ref = SHAPE_NAME(structures[285].shape.name_ref, shape_names[10093]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_source_access_configuration),
            },
            .members_ref = REF(structures[285].members_ref, members[904]),
            .by_wire_name_ref = REF(structures[285].by_wire_name_ref, by_wire_name[904]),
            .member_count = 2,
        },
        [286] = { /* StepDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[286].shape.name_ref, shape_names[10255]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_step_details),
            },
            .members_ref = REF(structures[286].members_ref, members[906]),
            .by_wire_name_ref = REF(structures[286].by_wire_name_ref, by_wire_name[906]),
            .member_count = 4,
        },
        [287] = { /* StepFailedDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[287].shape.name_ref, shape_names[10267]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_step_failed_details),
            },
            .members_ref = REF(structures[287].members_ref, members[910]),
            .by_wire_name_ref = REF(structures[287].by_wire_name_ref, by_wire_name[910]),
            .member_count = 2,
        },
        [288] = { /* StepOptions */
            .shape = {
                .name_ref = SHAPE_NAME(structures[288].shape.name_ref, shape_names[10285]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_step_options),
            },
            .members_ref = REF(structures[288].members_ref, members[912]),
            .by_wire_name_ref = REF(structures[288].by_wire_name_ref, by_wire_name[912]),
            .member_count = 1,
        },
        [289] = { /* StepStartedDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[289].shape.name_ref, shape_names[10339]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_step_started_details),
            },
        },
        [290] = { /* StepSucceededDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[290].shape.name_ref, shape_names[10358]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_step_succeeded_details),
            },
            .members_ref = REF(structures[290].members_ref, members[913]),
            .by_wire_name_ref = REF(structures[290].by_wire_name_ref, by_wire_name[913]),
            .member_count = 2,
        },
        [291] = { /* StopDurableExecutionRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[291].shape.name_ref, shape_names[10379]),
                .traits_ref = REF(structures[291].shape.traits_ref, traits[175]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_stop_durable_execution_input),
            },
            .members_ref = REF(structures[291].members_ref, members[915]),
            .by_wire_name_ref = REF(structures[291].by_wire_name_ref, by_wire_name[915]),
            .member_count = 2,
        },
        [292] = { /* StopDurableExecutionResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[292].shape.name_ref, shape_names[10407]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_stop_durable_execution_output),
            },
            .members_ref = REF(structures[292].members_ref, members[917]),
            .by_wire_name_ref = REF(structures[292].by_wire_name_ref, by_wire_name[917]),
            .member_count = 1,
        },
        [293] = { /* SubnetIPAddressLimitReachedException */
            .shape = {
                .name_ref = REF(structures[293].shape.name_ref, strings[10867]),
                .traits_ref = REF(structures[293].shape.traits_ref, traits[191]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION,
                .size = sizeof(struct awsc_lambda_subnet_ip_address_limit_reached_exception),
            },
            .members_ref = REF(structures[293].members_ref, members[918]),
            .by_wire_name_ref = REF(structures[293].by_wire_name_ref, by_wire_name[918]),
            .member_count = 2,
        },
        [294] = { /* TagResourceRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[294].shape.name_ref, shape_names[10506]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_tag_resource_input),
            },
            .members_ref = REF(structures[294].members_ref, members[920]),
            .by_wire_name_ref = REF(structures[294].by_wire_name_ref, by_wire_name[920]),
            .member_count = 2,
        },
        [295] = { /* TagsError */
            .shape = {
                .name_ref = SHAPE_NAME(structures[295].shape.name_ref, shape_names[10556]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_tags_error),
            },
            .members_ref = REF(structures[295].members_ref, members[922]),
            .by_wire_name_ref = REF(structures[295].by_wire_name_ref, by_wire_name[922]),
            .member_count = 2,
        },
        [296] = { /* TargetTrackingScalingPolicy */
            .shape = {
                .name_ref = SHAPE_NAME(structures[296].shape.name_ref, shape_names[10597]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_target_tracking_scaling_policy),
            },
            .members_ref = REF(structures[296].members_ref, members[924]),
            .by_wire_name_ref = REF(structures[296].by_wire_name_ref, by_wire_name[924]),
            .member_count = 2,
        },
        [297] = { /* TenancyConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[297].shape.name_ref, shape_names[10625]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_tenancy_config),
            },
            .members_ref = REF(structures[297].members_ref, members[926]),
            .by_wire_name_ref = REF(structures[297].by_wire_name_ref, by_wire_name[926]),
            .member_count = 1,
        },
        [298] = { /* TooManyRequestsException */
            .shape = {
                .name_ref = REF(structures[298].shape.name_ref, strings[11194]),
                .traits_ref = REF(structures[298].shape.traits_ref, traits[202]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_too_many_requests_exception),
            },
            .members_ref = REF(structures[298].members_ref, members[927]),
            .by_wire_name_ref = REF(structures[298].by_wire_name_ref, by_wire_name[927]),
            .member_count = 4,
        },
        [299] = { /* TraceHeader */
            .shape = {
                .name_ref = SHAPE_NAME(structures[299].shape.name_ref, shape_names[10714]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_trace_header),
            },
            .members_ref = REF(structures[299].members_ref, members[931]),
            .by_wire_name_ref = REF(structures[299].by_wire_name_ref, by_wire_name[931]),
            .member_count = 1,
        },
        [300] = { /* TracingConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[300].shape.name_ref, shape_names[10726]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_tracing_config),
            },
            .members_ref = REF(structures[300].members_ref, members[932]),
            .by_wire_name_ref = REF(structures[300].by_wire_name_ref, by_wire_name[932]),
            .member_count = 1,
        },
        [301] = { /* TracingConfigResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[301].shape.name_ref, shape_names[10740]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_tracing_config_response),
            },
            .members_ref = REF(structures[301].members_ref, members[933]),
            .by_wire_name_ref = REF(structures[301].by_wire_name_ref, by_wire_name[933]),
            .member_count = 1,
        },
        [302] = { /* UnsupportedMediaTypeException */
            .shape = {
                .name_ref = REF(structures[302].shape.name_ref, strings[11288]),
                .traits_ref = REF(structures[302].shape.traits_ref, traits[210]),
                .type = AWSC_SHAPE_STRUCTURE,
                .flags = AWSC_SF_EXCEPTION | AWSC_SF_SENDER_FAULT,
                .size = sizeof(struct awsc_lambda_unsupported_media_type_exception),
            },
            .members_ref = REF(structures[302].members_ref, members[934]),
            .by_wire_name_ref = REF(structures[302].by_wire_name_ref, by_wire_name[934]),
            .member_count = 2,
        },
        [303] = { /* UntagResourceRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[303].shape.name_ref, shape_names[10878]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_untag_resource_input),
            },
            .members_ref = REF(structures[303].members_ref, members[936]),
            .by_wire_name_ref = REF(structures[303].by_wire_name_ref, by_wire_name[936]),
            .member_count = 2,
        },
        [304] = { /* UpdateAliasRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[304].shape.name_ref, shape_names[10899]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_update_alias_input),
            },
            .members_ref = REF(structures[304].members_ref, members[938]),
            .by_wire_name_ref = REF(structures[304].by_wire_name_ref, by_wire_name[938]),
            .member_count = 6,
        },
        [305] = { /* UpdateCapacityProviderRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[305].shape.name_ref, shape_names[10918]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_update_capacity_provider_input),
            },
            .members_ref = REF(structures[305].members_ref, members[944]),
            .by_wire_name_ref = REF(structures[305].by_wire_name_ref, by_wire_name[944]),
            .member_count = 4,
        },
        [306] = { /* UpdateCapacityProviderResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[306].shape.name_ref, shape_names[10948]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_update_capacity_provider_output),
            },
            .members_ref = REF(structures[306].members_ref, members[948]),
            .by_wire_name_ref = REF(structures[306].by_wire_name_ref, by_wire_name[948]),
            .member_count = 1,
        },
        [307] = { /* UpdateCodeSigningConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[307].shape.name_ref, shape_names[10979]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_update_code_signing_config_input),
            },
            .members_ref = REF(structures[307].members_ref, members[949]),
            .by_wire_name_ref = REF(structures[307].by_wire_name_ref, by_wire_name[949]),
            .member_count = 4,
        },
        [308] = { /* UpdateCodeSigningConfigResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[308].shape.name_ref, shape_names[11010]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_update_code_signing_config_output),
            },
            .members_ref = REF(structures[308].members_ref, members[953]),
            .by_wire_name_ref = REF(structures[308].by_wire_name_ref, by_wire_name[953]),
            .member_count = 1,
        },
        [309] = { /* UpdateEventSourceMappingRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[309].shape.name_ref, shape_names[11042]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_update_event_source_mapping_input),
            },
            .members_ref = REF(structures[309].members_ref, members[954]),
            .by_wire_name_ref = REF(structures[309].by_wire_name_ref, by_wire_name[954]),
            .member_count = 22,
        },
        [310] = { /* UpdateFunctionCodeRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[310].shape.name_ref, shape_names[11074]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_update_function_code_input),
            },
            .members_ref = REF(structures[310].members_ref, members[976]),
            .by_wire_name_ref = REF(structures[310].by_wire_name_ref, by_wire_name[976]),
            .member_count = 13,
        },
        [311] = { /* UpdateFunctionConfigurationRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[311].shape.name_ref, shape_names[11100]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_update_function_configuration_input),
            },
            .members_ref = REF(structures[311].members_ref, members[989]),
            .by_wire_name_ref = REF(structures[311].by_wire_name_ref, by_wire_name[989]),
            .member_count = 21,
        },
        [312] = { /* UpdateFunctionEventInvokeConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[312].shape.name_ref, shape_names[11135]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_update_function_event_invoke_config_input),
            },
            .members_ref = REF(structures[312].members_ref, members[1010]),
            .by_wire_name_ref = REF(structures[312].by_wire_name_ref, by_wire_name[1010]),
            .member_count = 5,
        },
        [313] = { /* UpdateFunctionUrlConfigRequest */
            .shape = {
                .name_ref = SHAPE_NAME(structures[313].shape.name_ref, shape_names[11174]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_update_function_url_config_input),
            },
            .members_ref = REF(structures[313].members_ref, members[1015]),
            .by_wire_name_ref = REF(structures[313].by_wire_name_ref, by_wire_name[1015]),
            .member_count = 5,
        },
        [314] = { /* UpdateFunctionUrlConfigResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[314].shape.name_ref, shape_names[11205]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_update_function_url_config_output),
            },
            .members_ref = REF(structures[314].members_ref, members[1020]),
            .by_wire_name_ref = REF(structures[314].by_wire_name_ref, by_wire_name[1020]),
            .member_count = 7,
        },
        [315] = { /* VpcConfig */
            .shape = {
                .name_ref = SHAPE_NAME(structures[315].shape.name_ref, shape_names[11288]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_vpc_config),
            },
            .members_ref = REF(structures[315].members_ref, members[1027]),
            .by_wire_name_ref = REF(structures[315].by_wire_name_ref, by_wire_name[1027]),
            .member_count = 3,
        },
        [316] = { /* VpcConfigResponse */
            .shape = {
                .name_ref = SHAPE_NAME(structures[316].shape.name_ref, shape_names[11298]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_vpc_config_response),
            },
            .members_ref = REF(structures[316].members_ref, members[1030]),
            .by_wire_name_ref = REF(structures[316].by_wire_name_ref, by_wire_name[1030]),
            .member_count = 4,
        },
        [317] = { /* WaitCancelledDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[317].shape.name_ref, shape_names[11322]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_wait_cancelled_details),
            },
            .members_ref = REF(structures[317].members_ref, members[1034]),
            .by_wire_name_ref = REF(structures[317].by_wire_name_ref, by_wire_name[1034]),
            .member_count = 1,
        },
        [318] = { /* WaitDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[318].shape.name_ref, shape_names[11343]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_wait_details),
            },
            .members_ref = REF(structures[318].members_ref, members[1035]),
            .by_wire_name_ref = REF(structures[318].by_wire_name_ref, by_wire_name[1035]),
            .member_count = 1,
        },
        [319] = { /* WaitOptions */
            .shape = {
                .name_ref = SHAPE_NAME(structures[319].shape.name_ref, shape_names[11355]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_wait_options),
            },
            .members_ref = REF(structures[319].members_ref, members[1036]),
            .by_wire_name_ref = REF(structures[319].by_wire_name_ref, by_wire_name[1036]),
            .member_count = 1,
        },
        [320] = { /* WaitStartedDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[320].shape.name_ref, shape_names[11397]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_wait_started_details),
            },
            .members_ref = REF(structures[320].members_ref, members[1037]),
            .by_wire_name_ref = REF(structures[320].by_wire_name_ref, by_wire_name[1037]),
            .member_count = 2,
        },
        [321] = { /* WaitSucceededDetails */
            .shape = {
                .name_ref = SHAPE_NAME(structures[321].shape.name_ref, shape_names[11416]),
                .type = AWSC_SHAPE_STRUCTURE,
                .size = sizeof(struct awsc_lambda_wait_succeeded_details),
            },
            .members_ref = REF(structures[321].members_ref, members[1039]),
            .by_wire_name_ref = REF(structures[321].by_wire_name_ref, by_wire_name[1039]),
            .member_count = 1,
        },
    },
    .collections = {
        [0] = { /* AdditionalVersionWeights */
            .shape = {
                .name_ref = SHAPE_NAME(collections[0].shape.name_ref, shape_names[161]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_lambda_additional_version_weights),
            },
            .item_ref = REF(collections[0].item_ref, scalars[158]),
            .key_ref = REF(collections[0].key_ref, scalars[1]),
            .value_offset = offsetof(struct awsc_lambda_additional_version_weights_entry, value),
            .entry_size = sizeof(struct awsc_lambda_additional_version_weights_entry),
        },
        [1] = { /* AliasList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[1].shape.name_ref, shape_names[211]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_alias_list),
            },
            .item_ref = REF(collections[1].item_ref, structures[6].shape),
        },
        [2] = { /* AllowMethodsList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[2].shape.name_ref, shape_names[264]),
                .traits_ref = REF(collections[2].shape.traits_ref, traits[4]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_architectures_list),
            },
            .item_ref = REF(collections[2].item_ref, scalars[92]),
        },
        [3] = { /* AllowOriginsList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[3].shape.name_ref, shape_names[281]),
                .traits_ref = REF(collections[3].shape.traits_ref, traits[5]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_architectures_list),
            },
            .item_ref = REF(collections[3].item_ref, scalars[106]),
        },
        [4] = { /* ArchitecturesList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[4].shape.name_ref, shape_names[385]),
                .traits_ref = REF(collections[4].shape.traits_ref, traits[6]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_architectures_list),
            },
            .item_ref = REF(collections[4].item_ref, enums[1].shape),
        },
        [5] = { /* CapacityProviderScalingPoliciesList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[5].shape.name_ref, shape_names[993]),
                .traits_ref = REF(collections[5].shape.traits_ref, traits[19]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_capacity_provider_scaling_policies_list),
            },
            .item_ref = REF(collections[5].item_ref, structures[296].shape),
        },
        [6] = { /* CapacityProviderSecurityGroupIds */
            .shape = {
                .name_ref = SHAPE_NAME(collections[6].shape.name_ref, shape_names[1029]),
                .traits_ref = REF(collections[6].shape.traits_ref, traits[20]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_architectures_list),
            },
            .item_ref = REF(collections[6].item_ref, scalars[129]),
        },
        [7] = { /* CapacityProviderSubnetIds */
            .shape = {
                .name_ref = SHAPE_NAME(collections[7].shape.name_ref, shape_names[1084]),
                .traits_ref = REF(collections[7].shape.traits_ref, traits[21]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_architectures_list),
            },
            .item_ref = REF(collections[7].item_ref, scalars[138]),
        },
        [8] = { /* CapacityProvidersList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[8].shape.name_ref, shape_names[1168]),
                .traits_ref = REF(collections[8].shape.traits_ref, traits[22]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_capacity_providers_list),
            },
            .item_ref = REF(collections[8].item_ref, structures[18].shape),
        },
        [9] = { /* CodeSigningConfigList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[9].shape.name_ref, shape_names[1562]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_code_signing_config_list),
            },
            .item_ref = REF(collections[9].item_ref, structures[39].shape),
        },
        [10] = { /* CompatibleArchitectures */
            .shape = {
                .name_ref = SHAPE_NAME(collections[10].shape.name_ref, shape_names[1637]),
                .traits_ref = REF(collections[10].shape.traits_ref, traits[33]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_architectures_list),
            },
            .item_ref = REF(collections[10].item_ref, enums[1].shape),
        },
        [11] = { /* CompatibleRuntimes */
            .shape = {
                .name_ref = SHAPE_NAME(collections[11].shape.name_ref, shape_names[1661]),
                .traits_ref = REF(collections[11].shape.traits_ref, traits[34]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_architectures_list),
            },
            .item_ref = REF(collections[11].item_ref, enums[33].shape),
        },
        [12] = { /* DurableExecutions */
            .shape = {
                .name_ref = SHAPE_NAME(collections[12].shape.name_ref, shape_names[2647]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_durable_executions),
            },
            .item_ref = REF(collections[12].item_ref, structures[100].shape),
        },
        [13] = { /* EndpointLists */
            .shape = {
                .name_ref = SHAPE_NAME(collections[13].shape.name_ref, shape_names[2711]),
                .traits_ref = REF(collections[13].shape.traits_ref, traits[52]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_architectures_list),
            },
            .item_ref = REF(collections[13].item_ref, scalars[31]),
        },
        [14] = { /* Endpoints */
            .shape = {
                .name_ref = SHAPE_NAME(collections[14].shape.name_ref, shape_names[2725]),
                .traits_ref = REF(collections[14].shape.traits_ref, traits[53]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_lambda_endpoints),
            },
            .item_ref = REF(collections[14].item_ref, collections[13].shape),
            .key_ref = REF(collections[14].key_ref, enums[6].shape),
            .value_offset = offsetof(struct awsc_lambda_endpoints_entry, value),
            .entry_size = sizeof(struct awsc_lambda_endpoints_entry),
        },
        [15] = { /* EnvironmentVariables */
            .shape = {
                .name_ref = SHAPE_NAME(collections[15].shape.name_ref, shape_names[2833]),
                .type = AWSC_SHAPE_MAP,
                .flags = AWSC_SF_SENSITIVE,
                .size = sizeof(struct awsc_lambda_propagate_tags_explicit_tags_map),
            },
            .item_ref = REF(collections[15].item_ref, scalars[33]),
            .key_ref = REF(collections[15].key_ref, scalars[32]),
            .value_offset = offsetof(struct awsc_lambda_propagate_tags_explicit_tags_map_entry, value),
            .entry_size = sizeof(struct awsc_lambda_propagate_tags_explicit_tags_map_entry),
        },
        [16] = { /* EventSourceMappingMetricList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[16].shape.name_ref, shape_names[3096]),
                .traits_ref = REF(collections[16].shape.traits_ref, traits[57]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_architectures_list),
            },
            .item_ref = REF(collections[16].item_ref, enums[7].shape),
        },
        [17] = { /* EventSourceMappingsList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[17].shape.name_ref, shape_names[3190]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_event_source_mappings_list),
            },
            .item_ref = REF(collections[17].item_ref, structures[97].shape),
        },
        [18] = { /* Events */
            .shape = {
                .name_ref = SHAPE_NAME(collections[18].shape.name_ref, shape_names[3261]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_events),
            },
            .item_ref = REF(collections[18].item_ref, structures[93].shape),
        },
        [19] = { /* ExecutionStatusList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[19].shape.name_ref, shape_names[3417]),
                .traits_ref = REF(collections[19].shape.traits_ref, traits[60]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_architectures_list),
            },
            .item_ref = REF(collections[19].item_ref, enums[11].shape),
        },
        [20] = { /* FileSystemConfigList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[20].shape.name_ref, shape_names[3579]),
                .traits_ref = REF(collections[20].shape.traits_ref, traits[63]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_file_system_config_list),
            },
            .item_ref = REF(collections[20].item_ref, structures[107].shape),
        },
        [21] = { /* FilterList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[21].shape.name_ref, shape_names[3693]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_filter_list),
            },
            .item_ref = REF(collections[21].item_ref, structures[108].shape),
        },
        [22] = { /* FunctionArnList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[22].shape.name_ref, shape_names[3729]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_architectures_list),
            },
            .item_ref = REF(collections[22].item_ref, scalars[48]),
        },
        [23] = { /* FunctionEventInvokeConfigList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[23].shape.name_ref, shape_names[3853]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_function_event_invoke_config_list),
            },
            .item_ref = REF(collections[23].item_ref, structures[115].shape),
        },
        [24] = { /* FunctionList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[24].shape.name_ref, shape_names[3883]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_function_list),
            },
            .item_ref = REF(collections[24].item_ref, structures[114].shape),
        },
        [25] = { /* FunctionResponseTypeList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[25].shape.name_ref, shape_names[3930]),
                .traits_ref = REF(collections[25].shape.traits_ref, traits[68]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_architectures_list),
            },
            .item_ref = REF(collections[25].item_ref, enums[13].shape),
        },
        [26] = { /* FunctionUrlConfigList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[26].shape.name_ref, shape_names[4070]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_function_url_config_list),
            },
            .item_ref = REF(collections[26].item_ref, structures[117].shape),
        },
        [27] = { /* FunctionVersionsByCapacityProviderList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[27].shape.name_ref, shape_names[4184]),
                .traits_ref = REF(collections[27].shape.traits_ref, traits[73]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_function_versions_by_capacity_provider_list),
            },
            .item_ref = REF(collections[27].item_ref, structures[118].shape),
        },
        [28] = { /* HeadersList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[28].shape.name_ref, shape_names[5429]),
                .traits_ref = REF(collections[28].shape.traits_ref, traits[77]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_architectures_list),
            },
            .item_ref = REF(collections[28].item_ref, scalars[55]),
        },
        [29] = { /* InstanceTypeSet */
            .shape = {
                .name_ref = SHAPE_NAME(collections[29].shape.name_ref, shape_names[5569]),
                .traits_ref = REF(collections[29].shape.traits_ref, traits[80]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_architectures_list),
            },
            .item_ref = REF(collections[29].item_ref, scalars[59]),
        },
        [30] = { /* KafkaSchemaRegistryAccessConfigList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[30].shape.name_ref, shape_names[5982]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_kafka_schema_registry_access_config_list),
            },
            .item_ref = REF(collections[30].item_ref, structures[184].shape),
        },
        [31] = { /* KafkaSchemaValidationConfigList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[31].shape.name_ref, shape_names[6131]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_kafka_schema_validation_config_list),
            },
            .item_ref = REF(collections[31].item_ref, structures[186].shape),
        },
        [32] = { /* LayerList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[32].shape.name_ref, shape_names[6290]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_architectures_list),
            },
            .item_ref = REF(collections[32].item_ref, scalars[70]),
        },
        [33] = { /* LayerVersionsList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[33].shape.name_ref, shape_names[6457]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_layer_versions_list),
            },
            .item_ref = REF(collections[33].item_ref, structures[191].shape),
        },
        [34] = { /* LayersList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[34].shape.name_ref, shape_names[6497]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_layers_list),
            },
            .item_ref = REF(collections[34].item_ref, structures[192].shape),
        },
        [35] = { /* LayersReferenceList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[35].shape.name_ref, shape_names[6523]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_layers_reference_list),
            },
            .item_ref = REF(collections[35].item_ref, structures[188].shape),
        },
        [36] = { /* OperationUpdates */
            .shape = {
                .name_ref = SHAPE_NAME(collections[36].shape.name_ref, shape_names[8230]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_operation_updates),
            },
            .item_ref = REF(collections[36].item_ref, structures[229].shape),
        },
        [37] = { /* Operations */
            .shape = {
                .name_ref = SHAPE_NAME(collections[37].shape.name_ref, shape_names[8247]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_operations),
            },
            .item_ref = REF(collections[37].item_ref, structures[228].shape),
        },
        [38] = { /* PropagateTagsExplicitTagsMap */
            .shape = {
                .name_ref = SHAPE_NAME(collections[38].shape.name_ref, shape_names[8429]),
                .traits_ref = REF(collections[38].shape.traits_ref, traits[147]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_lambda_propagate_tags_explicit_tags_map),
            },
            .item_ref = REF(collections[38].item_ref, scalars[140]),
            .key_ref = REF(collections[38].key_ref, scalars[139]),
            .value_offset = offsetof(struct awsc_lambda_propagate_tags_explicit_tags_map_entry, value),
            .entry_size = sizeof(struct awsc_lambda_propagate_tags_explicit_tags_map_entry),
        },
        [39] = { /* ProvisionedConcurrencyConfigList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[39].shape.name_ref, shape_names[8476]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_provisioned_concurrency_config_list),
            },
            .item_ref = REF(collections[39].item_ref, structures[233].shape),
        },
        [40] = { /* Queues */
            .shape = {
                .name_ref = SHAPE_NAME(collections[40].shape.name_ref, shape_names[9171]),
                .traits_ref = REF(collections[40].shape.traits_ref, traits[154]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_architectures_list),
            },
            .item_ref = REF(collections[40].item_ref, scalars[117]),
        },
        [41] = { /* SecurityGroupIds */
            .shape = {
                .name_ref = SHAPE_NAME(collections[41].shape.name_ref, shape_names[9611]),
                .traits_ref = REF(collections[41].shape.traits_ref, traits[174]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_architectures_list),
            },
            .item_ref = REF(collections[41].item_ref, scalars[129]),
        },
        [42] = { /* SigningProfileVersionArns */
            .shape = {
                .name_ref = SHAPE_NAME(collections[42].shape.name_ref, shape_names[9994]),
                .traits_ref = REF(collections[42].shape.traits_ref, traits[181]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_architectures_list),
            },
            .item_ref = REF(collections[42].item_ref, scalars[4]),
        },
        [43] = { /* SourceAccessConfigurations */
            .shape = {
                .name_ref = SHAPE_NAME(collections[43].shape.name_ref, shape_names[10119]),
                .traits_ref = REF(collections[43].shape.traits_ref, traits[186]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_source_access_configurations),
            },
            .item_ref = REF(collections[43].item_ref, structures[285].shape),
        },
        [44] = { /* StackTraceEntries */
            .shape = {
                .name_ref = SHAPE_NAME(collections[44].shape.name_ref, shape_names[10175]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_architectures_list),
            },
            .item_ref = REF(collections[44].item_ref, scalars[133]),
        },
        [45] = { /* StringList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[45].shape.name_ref, shape_names[10443]),
                .traits_ref = REF(collections[45].shape.traits_ref, traits[190]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_architectures_list),
            },
            .item_ref = REF(collections[45].item_ref, scalars[137]),
        },
        [46] = { /* SubnetIds */
            .shape = {
                .name_ref = SHAPE_NAME(collections[46].shape.name_ref, shape_names[10463]),
                .traits_ref = REF(collections[46].shape.traits_ref, traits[193]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_architectures_list),
            },
            .item_ref = REF(collections[46].item_ref, scalars[138]),
        },
        [47] = { /* TagKeyList */
            .shape = {
                .name_ref = SHAPE_NAME(collections[47].shape.name_ref, shape_names[10495]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_architectures_list),
            },
            .item_ref = REF(collections[47].item_ref, scalars[139]),
        },
        [48] = { /* Tags */
            .shape = {
                .name_ref = SHAPE_NAME(collections[48].shape.name_ref, shape_names[10551]),
                .type = AWSC_SHAPE_MAP,
                .size = sizeof(struct awsc_lambda_propagate_tags_explicit_tags_map),
            },
            .item_ref = REF(collections[48].item_ref, scalars[140]),
            .key_ref = REF(collections[48].key_ref, scalars[139]),
            .value_offset = offsetof(struct awsc_lambda_propagate_tags_explicit_tags_map_entry, value),
            .entry_size = sizeof(struct awsc_lambda_propagate_tags_explicit_tags_map_entry),
        },
        [49] = { /* Topics */
            .shape = {
                .name_ref = SHAPE_NAME(collections[49].shape.name_ref, shape_names[10707]),
                .traits_ref = REF(collections[49].shape.traits_ref, traits[204]),
                .type = AWSC_SHAPE_LIST,
                .size = sizeof(struct awsc_lambda_architectures_list),
            },
            .item_ref = REF(collections[49].item_ref, scalars[147]),
        },
    },
    .enums = {
        [0] = { /* ApplicationLogLevel */
            .shape = {
                .name_ref = SHAPE_NAME(enums[0].shape.name_ref, shape_names[352]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[0].enum_values_ref, strings[507]),
            .enum_count = 6,
        },
        [1] = { /* Architecture */
            .shape = {
                .name_ref = SHAPE_NAME(enums[1].shape.name_ref, shape_names[372]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[1].enum_values_ref, strings[541]),
            .enum_count = 2,
        },
        [2] = { /* CapacityProviderPredefinedMetricType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[2].shape.name_ref, shape_names[898]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[2].enum_values_ref, strings[973]),
            .enum_count = 1,
        },
        [3] = { /* CapacityProviderScalingMode */
            .shape = {
                .name_ref = SHAPE_NAME(enums[3].shape.name_ref, shape_names[965]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[3].enum_values_ref, strings[1058]),
            .enum_count = 2,
        },
        [4] = { /* CapacityProviderState */
            .shape = {
                .name_ref = SHAPE_NAME(enums[4].shape.name_ref, shape_names[1062]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[4].enum_values_ref, strings[1070]),
            .enum_count = 4,
        },
        [5] = { /* CodeSigningPolicy */
            .shape = {
                .name_ref = SHAPE_NAME(enums[5].shape.name_ref, shape_names[1604]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[5].enum_values_ref, strings[1511]),
            .enum_count = 2,
        },
        [6] = { /* EndPointType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[6].shape.name_ref, shape_names[2689]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[6].enum_values_ref, strings[2964]),
            .enum_count = 1,
        },
        [7] = { /* EventSourceMappingMetric */
            .shape = {
                .name_ref = SHAPE_NAME(enums[7].shape.name_ref, shape_names[3071]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[7].enum_values_ref, strings[3784]),
            .enum_count = 3,
        },
        [8] = { /* EventSourceMappingSystemLogLevel */
            .shape = {
                .name_ref = SHAPE_NAME(enums[8].shape.name_ref, shape_names[3157]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[8].enum_values_ref, strings[3827]),
            .enum_count = 3,
        },
        [9] = { /* EventSourcePosition */
            .shape = {
                .name_ref = SHAPE_NAME(enums[9].shape.name_ref, shape_names[3214]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[9].enum_values_ref, strings[3843]),
            .enum_count = 3,
        },
        [10] = { /* EventType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[10].shape.name_ref, shape_names[3251]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[10].enum_values_ref, strings[3876]),
            .enum_count = 24,
        },
        [11] = { /* ExecutionStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[11].shape.name_ref, shape_names[3401]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[11].enum_values_ref, strings[4348]),
            .enum_count = 5,
        },
        [12] = { /* FullDocument */
            .shape = {
                .name_ref = SHAPE_NAME(enums[12].shape.name_ref, shape_names[3704]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[12].enum_values_ref, strings[4426]),
            .enum_count = 2,
        },
        [13] = { /* FunctionResponseType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[13].shape.name_ref, shape_names[3909]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[13].enum_values_ref, strings[4840]),
            .enum_count = 1,
        },
        [14] = { /* FunctionUrlAuthType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[14].shape.name_ref, shape_names[4032]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[14].enum_values_ref, strings[4914]),
            .enum_count = 2,
        },
        [15] = { /* FunctionVersion */
            .shape = {
                .name_ref = SHAPE_NAME(enums[15].shape.name_ref, shape_names[4137]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[15].enum_values_ref, strings[4944]),
            .enum_count = 1,
        },
        [16] = { /* FunctionVersionLatestPublished */
            .shape = {
                .name_ref = SHAPE_NAME(enums[16].shape.name_ref, shape_names[4153]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[16].enum_values_ref, strings[4948]),
            .enum_count = 1,
        },
        [17] = { /* InvocationType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[17].shape.name_ref, shape_names[5657]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[17].enum_values_ref, strings[6132]),
            .enum_count = 3,
        },
        [18] = { /* InvokeMode */
            .shape = {
                .name_ref = SHAPE_NAME(enums[18].shape.name_ref, shape_names[5711]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[18].enum_values_ref, strings[6172]),
            .enum_count = 2,
        },
        [19] = { /* KafkaSchemaRegistryAuthType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[19].shape.name_ref, shape_names[6018]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[19].enum_values_ref, strings[6395]),
            .enum_count = 3,
        },
        [20] = { /* KafkaSchemaValidationAttribute */
            .shape = {
                .name_ref = SHAPE_NAME(enums[20].shape.name_ref, shape_names[6072]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[20].enum_values_ref, strings[6535]),
            .enum_count = 2,
        },
        [21] = { /* LastUpdateStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[21].shape.name_ref, shape_names[6208]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[21].enum_values_ref, strings[6630]),
            .enum_count = 3,
        },
        [22] = { /* LastUpdateStatusReasonCode */
            .shape = {
                .name_ref = SHAPE_NAME(enums[22].shape.name_ref, shape_names[6248]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[22].enum_values_ref, strings[6659]),
            .enum_count = 36,
        },
        [23] = { /* LogFormat */
            .shape = {
                .name_ref = SHAPE_NAME(enums[23].shape.name_ref, shape_names[7491]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[23].enum_values_ref, strings[7812]),
            .enum_count = 2,
        },
        [24] = { /* LogType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[24].shape.name_ref, shape_names[7510]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[24].enum_values_ref, strings[7822]),
            .enum_count = 2,
        },
        [25] = { /* OperationAction */
            .shape = {
                .name_ref = SHAPE_NAME(enums[25].shape.name_ref, shape_names[8108]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[25].enum_values_ref, strings[8021]),
            .enum_count = 5,
        },
        [26] = { /* OperationStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[26].shape.name_ref, shape_names[8167]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[26].enum_values_ref, strings[8053]),
            .enum_count = 8,
        },
        [27] = { /* OperationType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[27].shape.name_ref, shape_names[8200]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[27].enum_values_ref, strings[8120]),
            .enum_count = 6,
        },
        [28] = { /* PackageType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[28].shape.name_ref, shape_names[8294]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[28].enum_values_ref, strings[8248]),
            .enum_count = 2,
        },
        [29] = { /* PropagateTagsMode */
            .shape = {
                .name_ref = SHAPE_NAME(enums[29].shape.name_ref, shape_names[8458]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[29].enum_values_ref, strings[8334]),
            .enum_count = 2,
        },
        [30] = { /* ProvisionedConcurrencyStatusEnum */
            .shape = {
                .name_ref = SHAPE_NAME(enums[30].shape.name_ref, shape_names[8546]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[30].enum_values_ref, strings[8394]),
            .enum_count = 3,
        },
        [31] = { /* RecursiveLoop */
            .shape = {
                .name_ref = SHAPE_NAME(enums[31].shape.name_ref, shape_names[9178]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[31].enum_values_ref, strings[8584]),
            .enum_count = 2,
        },
        [32] = { /* ResponseStreamingInvocationType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[32].shape.name_ref, shape_names[9325]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[32].enum_values_ref, strings[8726]),
            .enum_count = 2,
        },
        [33] = { /* Runtime */
            .shape = {
                .name_ref = SHAPE_NAME(enums[33].shape.name_ref, shape_names[9413]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[33].enum_values_ref, strings[8788]),
            .enum_count = 51,
        },
        [34] = { /* S3ObjectStorageMode */
            .shape = {
                .name_ref = SHAPE_NAME(enums[34].shape.name_ref, shape_names[9495]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[34].enum_values_ref, strings[9407]),
            .enum_count = 2,
        },
        [35] = { /* SchemaRegistryEventRecordFormat */
            .shape = {
                .name_ref = SHAPE_NAME(enums[35].shape.name_ref, shape_names[9545]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[35].enum_values_ref, strings[9441]),
            .enum_count = 2,
        },
        [36] = { /* SnapStartApplyOn */
            .shape = {
                .name_ref = SHAPE_NAME(enums[36].shape.name_ref, shape_names[10030]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[36].enum_values_ref, strings[9559]),
            .enum_count = 2,
        },
        [37] = { /* SnapStartOptimizationStatus */
            .shape = {
                .name_ref = SHAPE_NAME(enums[37].shape.name_ref, shape_names[10047]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[37].enum_values_ref, strings[9628]),
            .enum_count = 2,
        },
        [38] = { /* SourceAccessType */
            .shape = {
                .name_ref = SHAPE_NAME(enums[38].shape.name_ref, shape_names[10146]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[38].enum_values_ref, strings[9718]),
            .enum_count = 8,
        },
        [39] = { /* State */
            .shape = {
                .name_ref = SHAPE_NAME(enums[39].shape.name_ref, shape_names[10209]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[39].enum_values_ref, strings[9867]),
            .enum_count = 8,
        },
        [40] = { /* StateReasonCode */
            .shape = {
                .name_ref = SHAPE_NAME(enums[40].shape.name_ref, shape_names[10227]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[40].enum_values_ref, strings[9951]),
            .enum_count = 40,
        },
        [41] = { /* SystemLogLevel */
            .shape = {
                .name_ref = SHAPE_NAME(enums[41].shape.name_ref, shape_names[10473]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[41].enum_values_ref, strings[3827]),
            .enum_count = 3,
        },
        [42] = { /* TenantIsolationMode */
            .shape = {
                .name_ref = SHAPE_NAME(enums[42].shape.name_ref, shape_names[10648]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[42].enum_values_ref, strings[10957]),
            .enum_count = 1,
        },
        [43] = { /* ThrottleReason */
            .shape = {
                .name_ref = SHAPE_NAME(enums[43].shape.name_ref, shape_names[10668]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[43].enum_values_ref, strings[10968]),
            .enum_count = 6,
        },
        [44] = { /* TracingMode */
            .shape = {
                .name_ref = SHAPE_NAME(enums[44].shape.name_ref, shape_names[10762]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[44].enum_values_ref, strings[11269]),
            .enum_count = 2,
        },
        [45] = { /* UpdateRuntimeOn */
            .shape = {
                .name_ref = SHAPE_NAME(enums[45].shape.name_ref, shape_names[11237]),
                .type = AWSC_SHAPE_STRING,
                .flags = AWSC_SF_ENUM,
                .size = sizeof(const char *),
            },
            .enum_values_ref = REF(enums[45].enum_values_ref, strings[11341]),
            .enum_count = 3,
        },
    },
    .scalars = {
        [0] = { /* Action */
            .name_ref = SHAPE_NAME(scalars[0].name_ref, shape_names[26]),
            .traits_ref = REF(scalars[0].traits_ref, traits[0]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [1] = { /* AdditionalVersion */
            .name_ref = SHAPE_NAME(scalars[1].name_ref, shape_names[143]),
            .traits_ref = REF(scalars[1].traits_ref, traits[1]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [2] = { /* Alias */
            .name_ref = SHAPE_NAME(scalars[2].name_ref, shape_names[186]),
            .traits_ref = REF(scalars[2].traits_ref, traits[2]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [3] = { /* AllowCredentials */
            .name_ref = SHAPE_NAME(scalars[3].name_ref, shape_names[247]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [4] = { /* Arn */
            .name_ref = SHAPE_NAME(scalars[4].name_ref, shape_names[403]),
            .traits_ref = REF(scalars[4].traits_ref, traits[7]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [5] = { /* AttemptCount */
            .name_ref = SHAPE_NAME(scalars[5].name_ref, shape_names[407]),
            .traits_ref = REF(scalars[5].traits_ref, traits[8]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [6] = { /* BatchSize */
            .name_ref = SHAPE_NAME(scalars[6].name_ref, shape_names[420]),
            .traits_ref = REF(scalars[6].traits_ref, traits[9]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [7] = { /* BinaryOperationPayload */
            .name_ref = SHAPE_NAME(scalars[7].name_ref, shape_names[430]),
            .traits_ref = REF(scalars[7].traits_ref, traits[10]),
            .type = AWSC_SHAPE_BLOB,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_blob),
        },
        [8] = { /* BisectBatchOnFunctionError */
            .name_ref = SHAPE_NAME(scalars[8].name_ref, shape_names[453]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [9] = { /* Blob */
            .name_ref = SHAPE_NAME(scalars[9].name_ref, shape_names[480]),
            .type = AWSC_SHAPE_BLOB,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_blob),
        },
        [10] = { /* BlobStream */
            .name_ref = SHAPE_NAME(scalars[10].name_ref, shape_names[485]),
            .type = AWSC_SHAPE_BLOB,
            .flags = AWSC_SF_STREAMING,
            .size = sizeof(struct awsc_stream),
        },
        [11] = { /* Boolean */
            .name_ref = SHAPE_NAME(scalars[11].name_ref, shape_names[496]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [12] = { /* CallbackId */
            .name_ref = SHAPE_NAME(scalars[12].name_ref, shape_names[542]),
            .traits_ref = REF(scalars[12].traits_ref, traits[11]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [13] = { /* CallbackOptionsHeartbeatTimeoutSecondsInteger */
            .name_ref = SHAPE_NAME(scalars[13].name_ref, shape_names[569]),
            .traits_ref = REF(scalars[13].traits_ref, traits[12]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [14] = { /* CallbackOptionsTimeoutSecondsInteger */
            .name_ref = SHAPE_NAME(scalars[14].name_ref, shape_names[615]),
            .traits_ref = REF(scalars[14].traits_ref, traits[13]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [15] = { /* CapacityProviderArn */
            .name_ref = SHAPE_NAME(scalars[15].name_ref, shape_names[741]),
            .traits_ref = REF(scalars[15].traits_ref, traits[15]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [16] = { /* CapacityProviderMaxVCpuCount */
            .name_ref = SHAPE_NAME(scalars[16].name_ref, shape_names[814]),
            .traits_ref = REF(scalars[16].traits_ref, traits[17]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [17] = { /* CapacityProviderName */
            .name_ref = SHAPE_NAME(scalars[17].name_ref, shape_names[843]),
            .traits_ref = REF(scalars[17].traits_ref, traits[18]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [18] = { /* CheckpointToken */
            .name_ref = SHAPE_NAME(scalars[18].name_ref, shape_names[1443]),
            .traits_ref = REF(scalars[18].traits_ref, traits[23]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [19] = { /* ClientToken */
            .name_ref = SHAPE_NAME(scalars[19].name_ref, shape_names[1491]),
            .traits_ref = REF(scalars[19].traits_ref, traits[24]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [20] = { /* CodeSigningConfigArn */
            .name_ref = SHAPE_NAME(scalars[20].name_ref, shape_names[1521]),
            .traits_ref = REF(scalars[20].traits_ref, traits[28]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [21] = { /* CodeSigningConfigId */
            .name_ref = SHAPE_NAME(scalars[21].name_ref, shape_names[1542]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [22] = { /* CollectionName */
            .name_ref = SHAPE_NAME(scalars[22].name_ref, shape_names[1622]),
            .traits_ref = REF(scalars[22].traits_ref, traits[32]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [23] = { /* DatabaseName */
            .name_ref = SHAPE_NAME(scalars[23].name_ref, shape_names[2054]),
            .traits_ref = REF(scalars[23].traits_ref, traits[35]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [24] = { /* Date */
            .name_ref = SHAPE_NAME(scalars[24].name_ref, shape_names[2067]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [25] = { /* Description */
            .name_ref = SHAPE_NAME(scalars[25].name_ref, shape_names[2519]),
            .traits_ref = REF(scalars[25].traits_ref, traits[36]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [26] = { /* DestinationArn */
            .name_ref = SHAPE_NAME(scalars[26].name_ref, shape_names[2531]),
            .traits_ref = REF(scalars[26].traits_ref, traits[37]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [27] = { /* DurableExecutionArn */
            .name_ref = SHAPE_NAME(scalars[27].name_ref, shape_names[2606]),
            .traits_ref = REF(scalars[27].traits_ref, traits[39]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [28] = { /* DurableExecutionName */
            .name_ref = SHAPE_NAME(scalars[28].name_ref, shape_names[2626]),
            .traits_ref = REF(scalars[28].traits_ref, traits[40]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [29] = { /* DurationSeconds */
            .name_ref = SHAPE_NAME(scalars[29].name_ref, shape_names[2665]),
            .traits_ref = REF(scalars[29].traits_ref, traits[41]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [30] = { /* Enabled */
            .name_ref = SHAPE_NAME(scalars[30].name_ref, shape_names[2681]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [31] = { /* Endpoint */
            .name_ref = SHAPE_NAME(scalars[31].name_ref, shape_names[2702]),
            .traits_ref = REF(scalars[31].traits_ref, traits[51]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [32] = { /* EnvironmentVariableName */
            .name_ref = SHAPE_NAME(scalars[32].name_ref, shape_names[2784]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [33] = { /* EnvironmentVariableValue */
            .name_ref = SHAPE_NAME(scalars[33].name_ref, shape_names[2808]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [34] = { /* EphemeralStorageSize */
            .name_ref = SHAPE_NAME(scalars[34].name_ref, shape_names[2871]),
            .traits_ref = REF(scalars[34].traits_ref, traits[54]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [35] = { /* ErrorData */
            .name_ref = SHAPE_NAME(scalars[35].name_ref, shape_names[2892]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [36] = { /* ErrorMessage */
            .name_ref = SHAPE_NAME(scalars[36].name_ref, shape_names[2902]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [37] = { /* ErrorType */
            .name_ref = SHAPE_NAME(scalars[37].name_ref, shape_names[2927]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [38] = { /* EventId */
            .name_ref = SHAPE_NAME(scalars[38].name_ref, shape_names[2954]),
            .traits_ref = REF(scalars[38].traits_ref, traits[55]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [39] = { /* EventSourceMappingArn */
            .name_ref = SHAPE_NAME(scalars[39].name_ref, shape_names[2985]),
            .traits_ref = REF(scalars[39].traits_ref, traits[56]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [40] = { /* EventSourceToken */
            .name_ref = SHAPE_NAME(scalars[40].name_ref, shape_names[3234]),
            .traits_ref = REF(scalars[40].traits_ref, traits[58]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [41] = { /* ExecutionDataIncluded */
            .name_ref = SHAPE_NAME(scalars[41].name_ref, shape_names[3278]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [42] = { /* ExecutionEnvironmentMemoryGiBPerVCpu */
            .name_ref = SHAPE_NAME(scalars[42].name_ref, shape_names[3317]),
            .traits_ref = REF(scalars[42].traits_ref, traits[59]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [43] = { /* ExecutionTimeout */
            .name_ref = SHAPE_NAME(scalars[43].name_ref, shape_names[3512]),
            .traits_ref = REF(scalars[43].traits_ref, traits[61]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [44] = { /* ExecutionTimestamp */
            .name_ref = SHAPE_NAME(scalars[44].name_ref, shape_names[3529]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [45] = { /* FileSystemArn */
            .name_ref = SHAPE_NAME(scalars[45].name_ref, shape_names[3548]),
            .traits_ref = REF(scalars[45].traits_ref, traits[62]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [46] = { /* FilterCriteriaErrorCode */
            .name_ref = SHAPE_NAME(scalars[46].name_ref, shape_names[3642]),
            .traits_ref = REF(scalars[46].traits_ref, traits[64]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [47] = { /* FilterCriteriaErrorMessage */
            .name_ref = SHAPE_NAME(scalars[47].name_ref, shape_names[3666]),
            .traits_ref = REF(scalars[47].traits_ref, traits[65]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [48] = { /* FunctionArn */
            .name_ref = SHAPE_NAME(scalars[48].name_ref, shape_names[3717]),
            .traits_ref = REF(scalars[48].traits_ref, traits[66]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [49] = { /* FunctionName */
            .name_ref = SHAPE_NAME(scalars[49].name_ref, shape_names[3896]),
            .traits_ref = REF(scalars[49].traits_ref, traits[67]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [50] = { /* FunctionScalingConfigExecutionEnvironments */
            .name_ref = SHAPE_NAME(scalars[50].name_ref, shape_names[3977]),
            .traits_ref = REF(scalars[50].traits_ref, traits[69]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [51] = { /* FunctionUrl */
            .name_ref = SHAPE_NAME(scalars[51].name_ref, shape_names[4020]),
            .traits_ref = REF(scalars[51].traits_ref, traits[70]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [52] = { /* FunctionUrlFunctionName */
            .name_ref = SHAPE_NAME(scalars[52].name_ref, shape_names[4092]),
            .traits_ref = REF(scalars[52].traits_ref, traits[71]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [53] = { /* FunctionUrlQualifier */
            .name_ref = SHAPE_NAME(scalars[53].name_ref, shape_names[4116]),
            .traits_ref = REF(scalars[53].traits_ref, traits[72]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [54] = { /* Handler */
            .name_ref = SHAPE_NAME(scalars[54].name_ref, shape_names[5414]),
            .traits_ref = REF(scalars[54].traits_ref, traits[75]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [55] = { /* Header */
            .name_ref = SHAPE_NAME(scalars[55].name_ref, shape_names[5422]),
            .traits_ref = REF(scalars[55].traits_ref, traits[76]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [56] = { /* HttpStatus */
            .name_ref = SHAPE_NAME(scalars[56].name_ref, shape_names[5441]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [57] = { /* IncludeExecutionData */
            .name_ref = SHAPE_NAME(scalars[57].name_ref, shape_names[5501]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [58] = { /* InputPayload */
            .name_ref = SHAPE_NAME(scalars[58].name_ref, shape_names[5522]),
            .traits_ref = REF(scalars[58].traits_ref, traits[78]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [59] = { /* InstanceType */
            .name_ref = SHAPE_NAME(scalars[59].name_ref, shape_names[5556]),
            .traits_ref = REF(scalars[59].traits_ref, traits[79]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [60] = { /* Integer */
            .name_ref = SHAPE_NAME(scalars[60].name_ref, shape_names[5585]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [61] = { /* InvokedViaFunctionUrl */
            .name_ref = SHAPE_NAME(scalars[61].name_ref, shape_names[5890]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [62] = { /* ItemCount */
            .name_ref = SHAPE_NAME(scalars[62].name_ref, shape_names[5912]),
            .traits_ref = REF(scalars[62].traits_ref, traits[91]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [63] = { /* KMSKeyArn */
            .name_ref = SHAPE_NAME(scalars[63].name_ref, shape_names[5922]),
            .traits_ref = REF(scalars[63].traits_ref, traits[95]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [64] = { /* KMSKeyArnNonEmpty */
            .name_ref = SHAPE_NAME(scalars[64].name_ref, shape_names[5932]),
            .traits_ref = REF(scalars[64].traits_ref, traits[96]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [65] = { /* LastUpdateStatusReason */
            .name_ref = SHAPE_NAME(scalars[65].name_ref, shape_names[6225]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [66] = { /* LayerArn */
            .name_ref = SHAPE_NAME(scalars[66].name_ref, shape_names[6281]),
            .traits_ref = REF(scalars[66].traits_ref, traits[98]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [67] = { /* LayerName */
            .name_ref = SHAPE_NAME(scalars[67].name_ref, shape_names[6300]),
            .traits_ref = REF(scalars[67].traits_ref, traits[99]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [68] = { /* LayerPermissionAllowedAction */
            .name_ref = SHAPE_NAME(scalars[68].name_ref, shape_names[6310]),
            .traits_ref = REF(scalars[68].traits_ref, traits[100]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [69] = { /* LayerPermissionAllowedPrincipal */
            .name_ref = SHAPE_NAME(scalars[69].name_ref, shape_names[6339]),
            .traits_ref = REF(scalars[69].traits_ref, traits[101]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [70] = { /* LayerVersionArn */
            .name_ref = SHAPE_NAME(scalars[70].name_ref, shape_names[6371]),
            .traits_ref = REF(scalars[70].traits_ref, traits[102]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [71] = { /* LayerVersionNumber */
            .name_ref = SHAPE_NAME(scalars[71].name_ref, shape_names[6438]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [72] = { /* LicenseInfo */
            .name_ref = SHAPE_NAME(scalars[72].name_ref, shape_names[6543]),
            .traits_ref = REF(scalars[72].traits_ref, traits[103]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [73] = { /* LocalMountPath */
            .name_ref = SHAPE_NAME(scalars[73].name_ref, shape_names[7476]),
            .traits_ref = REF(scalars[73].traits_ref, traits[104]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [74] = { /* LogGroup */
            .name_ref = SHAPE_NAME(scalars[74].name_ref, shape_names[7501]),
            .traits_ref = REF(scalars[74].traits_ref, traits[105]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [75] = { /* Long */
            .name_ref = SHAPE_NAME(scalars[75].name_ref, shape_names[7532]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [76] = { /* MasterRegion */
            .name_ref = SHAPE_NAME(scalars[76].name_ref, shape_names[7537]),
            .traits_ref = REF(scalars[76].traits_ref, traits[106]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [77] = { /* MaxAge */
            .name_ref = SHAPE_NAME(scalars[77].name_ref, shape_names[7550]),
            .traits_ref = REF(scalars[77].traits_ref, traits[107]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [78] = { /* MaxFiftyListItems */
            .name_ref = SHAPE_NAME(scalars[78].name_ref, shape_names[7557]),
            .traits_ref = REF(scalars[78].traits_ref, traits[108]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [79] = { /* MaxFunctionEventInvokeConfigListItems */
            .name_ref = SHAPE_NAME(scalars[79].name_ref, shape_names[7575]),
            .traits_ref = REF(scalars[79].traits_ref, traits[109]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [80] = { /* MaxItems */
            .name_ref = SHAPE_NAME(scalars[80].name_ref, shape_names[7613]),
            .traits_ref = REF(scalars[80].traits_ref, traits[110]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [81] = { /* MaxLayerListItems */
            .name_ref = SHAPE_NAME(scalars[81].name_ref, shape_names[7622]),
            .traits_ref = REF(scalars[81].traits_ref, traits[111]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [82] = { /* MaxListItems */
            .name_ref = SHAPE_NAME(scalars[82].name_ref, shape_names[7640]),
            .traits_ref = REF(scalars[82].traits_ref, traits[112]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [83] = { /* MaxProvisionedConcurrencyConfigListItems */
            .name_ref = SHAPE_NAME(scalars[83].name_ref, shape_names[7653]),
            .traits_ref = REF(scalars[83].traits_ref, traits[113]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [84] = { /* MaximumBatchingWindowInSeconds */
            .name_ref = SHAPE_NAME(scalars[84].name_ref, shape_names[7694]),
            .traits_ref = REF(scalars[84].traits_ref, traits[114]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [85] = { /* MaximumConcurrency */
            .name_ref = SHAPE_NAME(scalars[85].name_ref, shape_names[7725]),
            .traits_ref = REF(scalars[85].traits_ref, traits[115]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [86] = { /* MaximumEventAgeInSeconds */
            .name_ref = SHAPE_NAME(scalars[86].name_ref, shape_names[7744]),
            .traits_ref = REF(scalars[86].traits_ref, traits[116]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [87] = { /* MaximumNumberOfPollers */
            .name_ref = SHAPE_NAME(scalars[87].name_ref, shape_names[7769]),
            .traits_ref = REF(scalars[87].traits_ref, traits[117]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [88] = { /* MaximumRecordAgeInSeconds */
            .name_ref = SHAPE_NAME(scalars[88].name_ref, shape_names[7792]),
            .traits_ref = REF(scalars[88].traits_ref, traits[118]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [89] = { /* MaximumRetryAttempts */
            .name_ref = SHAPE_NAME(scalars[89].name_ref, shape_names[7818]),
            .traits_ref = REF(scalars[89].traits_ref, traits[119]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [90] = { /* MaximumRetryAttemptsEventSourceMapping */
            .name_ref = SHAPE_NAME(scalars[90].name_ref, shape_names[7839]),
            .traits_ref = REF(scalars[90].traits_ref, traits[120]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [91] = { /* MemorySize */
            .name_ref = SHAPE_NAME(scalars[91].name_ref, shape_names[7878]),
            .traits_ref = REF(scalars[91].traits_ref, traits[121]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [92] = { /* Method */
            .name_ref = SHAPE_NAME(scalars[92].name_ref, shape_names[7889]),
            .traits_ref = REF(scalars[92].traits_ref, traits[122]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [93] = { /* MetricTargetValue */
            .name_ref = SHAPE_NAME(scalars[93].name_ref, shape_names[7896]),
            .traits_ref = REF(scalars[93].traits_ref, traits[123]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [94] = { /* MinimumNumberOfPollers */
            .name_ref = SHAPE_NAME(scalars[94].name_ref, shape_names[7914]),
            .traits_ref = REF(scalars[94].traits_ref, traits[124]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [95] = { /* NameSpacedFunctionArn */
            .name_ref = SHAPE_NAME(scalars[95].name_ref, shape_names[7937]),
            .traits_ref = REF(scalars[95].traits_ref, traits[126]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [96] = { /* NamespacedFunctionName */
            .name_ref = SHAPE_NAME(scalars[96].name_ref, shape_names[7959]),
            .traits_ref = REF(scalars[96].traits_ref, traits[127]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [97] = { /* NamespacedStatementId */
            .name_ref = SHAPE_NAME(scalars[97].name_ref, shape_names[7982]),
            .traits_ref = REF(scalars[97].traits_ref, traits[128]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [98] = { /* NonNegativeInteger */
            .name_ref = SHAPE_NAME(scalars[98].name_ref, shape_names[8004]),
            .traits_ref = REF(scalars[98].traits_ref, traits[130]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [99] = { /* NullableBoolean */
            .name_ref = SHAPE_NAME(scalars[99].name_ref, shape_names[8023]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [100] = { /* NumericLatestPublishedOrAliasQualifier */
            .name_ref = SHAPE_NAME(scalars[100].name_ref, shape_names[8039]),
            .traits_ref = REF(scalars[100].traits_ref, traits[131]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [101] = { /* OperationId */
            .name_ref = SHAPE_NAME(scalars[101].name_ref, shape_names[8124]),
            .traits_ref = REF(scalars[101].traits_ref, traits[132]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [102] = { /* OperationName */
            .name_ref = SHAPE_NAME(scalars[102].name_ref, shape_names[8136]),
            .traits_ref = REF(scalars[102].traits_ref, traits[133]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [103] = { /* OperationPayload */
            .name_ref = SHAPE_NAME(scalars[103].name_ref, shape_names[8150]),
            .traits_ref = REF(scalars[103].traits_ref, traits[134]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [104] = { /* OperationSubType */
            .name_ref = SHAPE_NAME(scalars[104].name_ref, shape_names[8183]),
            .traits_ref = REF(scalars[104].traits_ref, traits[135]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [105] = { /* OrganizationId */
            .name_ref = SHAPE_NAME(scalars[105].name_ref, shape_names[8258]),
            .traits_ref = REF(scalars[105].traits_ref, traits[136]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [106] = { /* Origin */
            .name_ref = SHAPE_NAME(scalars[106].name_ref, shape_names[8273]),
            .traits_ref = REF(scalars[106].traits_ref, traits[137]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [107] = { /* OutputPayload */
            .name_ref = SHAPE_NAME(scalars[107].name_ref, shape_names[8280]),
            .traits_ref = REF(scalars[107].traits_ref, traits[138]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [108] = { /* ParallelizationFactor */
            .name_ref = SHAPE_NAME(scalars[108].name_ref, shape_names[8306]),
            .traits_ref = REF(scalars[108].traits_ref, traits[139]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [109] = { /* Pattern */
            .name_ref = SHAPE_NAME(scalars[109].name_ref, shape_names[8328]),
            .traits_ref = REF(scalars[109].traits_ref, traits[140]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [110] = { /* PerExecutionEnvironmentMaxConcurrency */
            .name_ref = SHAPE_NAME(scalars[110].name_ref, shape_names[8336]),
            .traits_ref = REF(scalars[110].traits_ref, traits[141]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [111] = { /* PositiveInteger */
            .name_ref = SHAPE_NAME(scalars[111].name_ref, shape_names[8374]),
            .traits_ref = REF(scalars[111].traits_ref, traits[143]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [112] = { /* Principal */
            .name_ref = SHAPE_NAME(scalars[112].name_ref, shape_names[8390]),
            .traits_ref = REF(scalars[112].traits_ref, traits[145]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [113] = { /* PrincipalOrgID */
            .name_ref = SHAPE_NAME(scalars[113].name_ref, shape_names[8400]),
            .traits_ref = REF(scalars[113].traits_ref, traits[146]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [114] = { /* ProvisionedPollerGroupName */
            .name_ref = SHAPE_NAME(scalars[114].name_ref, shape_names[8603]),
            .traits_ref = REF(scalars[114].traits_ref, traits[149]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [115] = { /* PublishedFunctionQualifier */
            .name_ref = SHAPE_NAME(scalars[115].name_ref, shape_names[8707]),
            .traits_ref = REF(scalars[115].traits_ref, traits[151]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [116] = { /* Qualifier */
            .name_ref = SHAPE_NAME(scalars[116].name_ref, shape_names[9155]),
            .traits_ref = REF(scalars[116].traits_ref, traits[152]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [117] = { /* Queue */
            .name_ref = SHAPE_NAME(scalars[117].name_ref, shape_names[9165]),
            .traits_ref = REF(scalars[117].traits_ref, traits[153]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [118] = { /* ReplayChildren */
            .name_ref = SHAPE_NAME(scalars[118].name_ref, shape_names[9252]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [119] = { /* ReservedConcurrentExecutions */
            .name_ref = SHAPE_NAME(scalars[119].name_ref, shape_names[9267]),
            .traits_ref = REF(scalars[119].traits_ref, traits[157]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [120] = { /* ResourceArn */
            .name_ref = SHAPE_NAME(scalars[120].name_ref, shape_names[9313]),
            .traits_ref = REF(scalars[120].traits_ref, traits[158]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [121] = { /* RetentionPeriodInDays */
            .name_ref = SHAPE_NAME(scalars[121].name_ref, shape_names[9357]),
            .traits_ref = REF(scalars[121].traits_ref, traits[163]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [122] = { /* ReverseOrder */
            .name_ref = SHAPE_NAME(scalars[122].name_ref, shape_names[9392]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [123] = { /* RoleArn */
            .name_ref = SHAPE_NAME(scalars[123].name_ref, shape_names[9405]),
            .traits_ref = REF(scalars[123].traits_ref, traits[164]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [124] = { /* RuntimeVersionArn */
            .name_ref = SHAPE_NAME(scalars[124].name_ref, shape_names[9421]),
            .traits_ref = REF(scalars[124].traits_ref, traits[165]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [125] = { /* S3Bucket */
            .name_ref = SHAPE_NAME(scalars[125].name_ref, shape_names[9480]),
            .traits_ref = REF(scalars[125].traits_ref, traits[166]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [126] = { /* S3Key */
            .name_ref = SHAPE_NAME(scalars[126].name_ref, shape_names[9489]),
            .traits_ref = REF(scalars[126].traits_ref, traits[170]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [127] = { /* S3ObjectVersion */
            .name_ref = SHAPE_NAME(scalars[127].name_ref, shape_names[9515]),
            .traits_ref = REF(scalars[127].traits_ref, traits[171]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [128] = { /* SchemaRegistryUri */
            .name_ref = SHAPE_NAME(scalars[128].name_ref, shape_names[9577]),
            .traits_ref = REF(scalars[128].traits_ref, traits[172]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [129] = { /* SecurityGroupId */
            .name_ref = SHAPE_NAME(scalars[129].name_ref, shape_names[9595]),
            .traits_ref = REF(scalars[129].traits_ref, traits[173]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [130] = { /* SensitiveString */
            .name_ref = SHAPE_NAME(scalars[130].name_ref, shape_names[9950]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [131] = { /* SensitiveStringOnServerOnly */
            .name_ref = SHAPE_NAME(scalars[131].name_ref, shape_names[9966]),
            .traits_ref = REF(scalars[131].traits_ref, traits[177]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [132] = { /* SourceOwner */
            .name_ref = SHAPE_NAME(scalars[132].name_ref, shape_names[10163]),
            .traits_ref = REF(scalars[132].traits_ref, traits[187]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [133] = { /* StackTraceEntry */
            .name_ref = SHAPE_NAME(scalars[133].name_ref, shape_names[10193]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [134] = { /* StateReason */
            .name_ref = SHAPE_NAME(scalars[134].name_ref, shape_names[10215]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [135] = { /* StatementId */
            .name_ref = SHAPE_NAME(scalars[135].name_ref, shape_names[10243]),
            .traits_ref = REF(scalars[135].traits_ref, traits[188]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [136] = { /* StepOptionsNextAttemptDelaySecondsInteger */
            .name_ref = SHAPE_NAME(scalars[136].name_ref, shape_names[10297]),
            .traits_ref = REF(scalars[136].traits_ref, traits[189]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [137] = { /* String */
            .name_ref = SHAPE_NAME(scalars[137].name_ref, shape_names[10436]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [138] = { /* SubnetId */
            .name_ref = SHAPE_NAME(scalars[138].name_ref, shape_names[10454]),
            .traits_ref = REF(scalars[138].traits_ref, traits[192]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [139] = { /* TagKey */
            .name_ref = SHAPE_NAME(scalars[139].name_ref, shape_names[10488]),
            .traits_ref = REF(scalars[139].traits_ref, traits[194]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [140] = { /* TagValue */
            .name_ref = SHAPE_NAME(scalars[140].name_ref, shape_names[10525]),
            .traits_ref = REF(scalars[140].traits_ref, traits[195]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [141] = { /* TaggableResource */
            .name_ref = SHAPE_NAME(scalars[141].name_ref, shape_names[10534]),
            .traits_ref = REF(scalars[141].traits_ref, traits[196]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [142] = { /* TagsErrorCode */
            .name_ref = SHAPE_NAME(scalars[142].name_ref, shape_names[10566]),
            .traits_ref = REF(scalars[142].traits_ref, traits[197]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [143] = { /* TagsErrorMessage */
            .name_ref = SHAPE_NAME(scalars[143].name_ref, shape_names[10580]),
            .traits_ref = REF(scalars[143].traits_ref, traits[198]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [144] = { /* TenantId */
            .name_ref = SHAPE_NAME(scalars[144].name_ref, shape_names[10639]),
            .traits_ref = REF(scalars[144].traits_ref, traits[199]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [145] = { /* Timeout */
            .name_ref = SHAPE_NAME(scalars[145].name_ref, shape_names[10683]),
            .traits_ref = REF(scalars[145].traits_ref, traits[200]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [146] = { /* Timestamp */
            .name_ref = SHAPE_NAME(scalars[146].name_ref, shape_names[10691]),
            .traits_ref = REF(scalars[146].traits_ref, traits[201]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [147] = { /* Topic */
            .name_ref = SHAPE_NAME(scalars[147].name_ref, shape_names[10701]),
            .traits_ref = REF(scalars[147].traits_ref, traits[203]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [148] = { /* Truncated */
            .name_ref = SHAPE_NAME(scalars[148].name_ref, shape_names[10774]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [149] = { /* TumblingWindowInSeconds */
            .name_ref = SHAPE_NAME(scalars[149].name_ref, shape_names[10784]),
            .traits_ref = REF(scalars[149].traits_ref, traits[205]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [150] = { /* URI */
            .name_ref = SHAPE_NAME(scalars[150].name_ref, shape_names[10808]),
            .traits_ref = REF(scalars[150].traits_ref, traits[206]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [151] = { /* UUIDString */
            .name_ref = SHAPE_NAME(scalars[151].name_ref, shape_names[10812]),
            .traits_ref = REF(scalars[151].traits_ref, traits[207]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [152] = { /* UnqualifiedFunctionName */
            .name_ref = SHAPE_NAME(scalars[152].name_ref, shape_names[10823]),
            .traits_ref = REF(scalars[152].traits_ref, traits[208]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [153] = { /* UnreservedConcurrentExecutions */
            .name_ref = SHAPE_NAME(scalars[153].name_ref, shape_names[10847]),
            .traits_ref = REF(scalars[153].traits_ref, traits[209]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [154] = { /* Version */
            .name_ref = SHAPE_NAME(scalars[154].name_ref, shape_names[11253]),
            .traits_ref = REF(scalars[154].traits_ref, traits[211]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [155] = { /* VersionWithLatestPublished */
            .name_ref = SHAPE_NAME(scalars[155].name_ref, shape_names[11261]),
            .traits_ref = REF(scalars[155].traits_ref, traits[212]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [156] = { /* VpcId */
            .name_ref = SHAPE_NAME(scalars[156].name_ref, shape_names[11316]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [157] = { /* WaitOptionsWaitSecondsInteger */
            .name_ref = SHAPE_NAME(scalars[157].name_ref, shape_names[11367]),
            .traits_ref = REF(scalars[157].traits_ref, traits[213]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [158] = { /* Weight */
            .name_ref = SHAPE_NAME(scalars[158].name_ref, shape_names[11437]),
            .traits_ref = REF(scalars[158].traits_ref, traits[214]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [159] = { /* WorkingDirectory */
            .name_ref = SHAPE_NAME(scalars[159].name_ref, shape_names[11444]),
            .traits_ref = REF(scalars[159].traits_ref, traits[215]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [160] = { /* XAmznTraceId */
            .name_ref = SHAPE_NAME(scalars[160].name_ref, shape_names[11461]),
            .traits_ref = REF(scalars[160].traits_ref, traits[216]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
    },
    /* the shapes' rarer traits: ranges, XML names and namespaces, payload
     * members, errors' codes and statuses, sinks */
    .traits = {
        [0] = { /* Action */
            .range_ref = REF(traits[0].range_ref, ranges[0]),
        },
        [1] = { /* AdditionalVersion */
            .range_ref = REF(traits[1].range_ref, ranges[1]),
        },
        [2] = { /* Alias */
            .range_ref = REF(traits[2].range_ref, ranges[2]),
        },
        [3] = { /* AliasLimitExceededException */
            .error_code_ref = REF(traits[3].error_code_ref, strings[378]),
            .http_status = 400,
        },
        [4] = { /* AllowMethodsList */
            .range_ref = REF(traits[4].range_ref, ranges[3]),
        },
        [5] = { /* AllowOriginsList */
            .range_ref = REF(traits[5].range_ref, ranges[4]),
        },
        [6] = { /* ArchitecturesList */
            .range_ref = REF(traits[6].range_ref, ranges[5]),
        },
        [7] = { /* Arn */
            .range_ref = REF(traits[7].range_ref, ranges[6]),
        },
        [8] = { /* AttemptCount */
            .range_ref = REF(traits[8].range_ref, ranges[7]),
        },
        [9] = { /* BatchSize */
            .range_ref = REF(traits[9].range_ref, ranges[8]),
        },
        [10] = { /* BinaryOperationPayload */
            .range_ref = REF(traits[10].range_ref, ranges[9]),
        },
        [11] = { /* CallbackId */
            .range_ref = REF(traits[11].range_ref, ranges[10]),
        },
        [12] = { /* CallbackOptionsHeartbeatTimeoutSecondsInteger */
            .range_ref = REF(traits[12].range_ref, ranges[11]),
        },
        [13] = { /* CallbackOptionsTimeoutSecondsInteger */
            .range_ref = REF(traits[13].range_ref, ranges[12]),
        },
        [14] = { /* CallbackTimeoutException */
            .error_code_ref = REF(traits[14].error_code_ref, strings[642]),
            .http_status = 400,
        },
        [15] = { /* CapacityProviderArn */
            .range_ref = REF(traits[15].range_ref, ranges[13]),
        },
        [16] = { /* CapacityProviderLimitExceededException */
            .error_code_ref = REF(traits[16].error_code_ref, strings[878]),
            .http_status = 400,
        },
        [17] = { /* CapacityProviderMaxVCpuCount */
            .range_ref = REF(traits[17].range_ref, ranges[14]),
        },
        [18] = { /* CapacityProviderName */
            .range_ref = REF(traits[18].range_ref, ranges[15]),
        },
        [19] = { /* CapacityProviderScalingPoliciesList */
            .range_ref = REF(traits[19].range_ref, ranges[16]),
        },
        [20] = { /* CapacityProviderSecurityGroupIds */
            .range_ref = REF(traits[20].range_ref, ranges[17]),
        },
        [21] = { /* CapacityProviderSubnetIds */
            .range_ref = REF(traits[21].range_ref, ranges[18]),
        },
        [22] = { /* CapacityProvidersList */
            .range_ref = REF(traits[22].range_ref, ranges[19]),
        },
        [23] = { /* CheckpointToken */
            .range_ref = REF(traits[23].range_ref, ranges[20]),
        },
        [24] = { /* ClientToken */
            .range_ref = REF(traits[24].range_ref, ranges[21]),
        },
        [25] = { /* CodeArtifactUserDeletedException */
            .error_code_ref = REF(traits[25].error_code_ref, strings[1269]),
            .http_status = 409,
        },
        [26] = { /* CodeArtifactUserFailedException */
            .error_code_ref = REF(traits[26].error_code_ref, strings[1302]),
            .http_status = 409,
        },
        [27] = { /* CodeArtifactUserPendingException */
            .error_code_ref = REF(traits[27].error_code_ref, strings[1334]),
            .http_status = 409,
        },
        [28] = { /* CodeSigningConfigArn */
            .range_ref = REF(traits[28].range_ref, ranges[22]),
        },
        [29] = { /* CodeSigningConfigNotFoundException */
            .error_code_ref = REF(traits[29].error_code_ref, strings[1446]),
            .http_status = 404,
        },
        [30] = { /* CodeStorageExceededException */
            .error_code_ref = REF(traits[30].error_code_ref, strings[1524]),
            .http_status = 400,
        },
        [31] = { /* CodeVerificationFailedException */
            .error_code_ref = REF(traits[31].error_code_ref, strings[1553]),
            .http_status = 400,
        },
        [32] = { /* CollectionName */
            .range_ref = REF(traits[32].range_ref, ranges[23]),
        },
        [33] = { /* CompatibleArchitectures */
            .range_ref = REF(traits[33].range_ref, ranges[24]),
        },
        [34] = { /* CompatibleRuntimes */
            .range_ref = REF(traits[34].range_ref, ranges[25]),
        },
        [35] = { /* DatabaseName */
            .range_ref = REF(traits[35].range_ref, ranges[26]),
        },
        [36] = { /* Description */
            .range_ref = REF(traits[36].range_ref, ranges[27]),
        },
        [37] = { /* DestinationArn */
            .range_ref = REF(traits[37].range_ref, ranges[28]),
        },
        [38] = { /* DurableExecutionAlreadyStartedException */
            .error_code_ref = REF(traits[38].error_code_ref, strings[2700]),
            .http_status = 409,
        },
        [39] = { /* DurableExecutionArn */
            .range_ref = REF(traits[39].range_ref, ranges[29]),
        },
        [40] = { /* DurableExecutionName */
            .range_ref = REF(traits[40].range_ref, ranges[30]),
        },
        [41] = { /* DurationSeconds */
            .range_ref = REF(traits[41].range_ref, ranges[31]),
        },
        [42] = { /* EC2AccessDeniedException */
            .error_code_ref = REF(traits[42].error_code_ref, strings[2740]),
            .http_status = 502,
        },
        [43] = { /* EC2ThrottledException */
            .error_code_ref = REF(traits[43].error_code_ref, strings[2765]),
            .http_status = 502,
        },
        [44] = { /* EC2UnexpectedException */
            .error_code_ref = REF(traits[44].error_code_ref, strings[2787]),
            .http_status = 502,
        },
        [45] = { /* EFSIOException */
            .error_code_ref = REF(traits[45].error_code_ref, strings[2823]),
            .http_status = 410,
        },
        [46] = { /* EFSMountConnectivityException */
            .error_code_ref = REF(traits[46].error_code_ref, strings[2838]),
            .http_status = 408,
        },
        [47] = { /* EFSMountFailureException */
            .error_code_ref = REF(traits[47].error_code_ref, strings[2868]),
            .http_status = 403,
        },
        [48] = { /* EFSMountTimeoutException */
            .error_code_ref = REF(traits[48].error_code_ref, strings[2893]),
            .http_status = 408,
        },
        [49] = { /* ENILimitReachedException */
            .error_code_ref = REF(traits[49].error_code_ref, strings[2918]),
            .http_status = 502,
        },
        [50] = { /* ENINotReadyException */
            .error_code_ref = REF(traits[50].error_code_ref, strings[2943]),
            .http_status = 502,
        },
        [51] = { /* Endpoint */
            .range_ref = REF(traits[51].range_ref, ranges[32]),
        },
        [52] = { /* EndpointLists */
            .range_ref = REF(traits[52].range_ref, ranges[33]),
        },
        [53] = { /* Endpoints */
            .range_ref = REF(traits[53].range_ref, ranges[34]),
        },
        [54] = { /* EphemeralStorageSize */
            .range_ref = REF(traits[54].range_ref, ranges[35]),
        },
        [55] = { /* EventId */
            .range_ref = REF(traits[55].range_ref, ranges[36]),
        },
        [56] = { /* EventSourceMappingArn */
            .range_ref = REF(traits[56].range_ref, ranges[37]),
        },
        [57] = { /* EventSourceMappingMetricList */
            .range_ref = REF(traits[57].range_ref, ranges[38]),
        },
        [58] = { /* EventSourceToken */
            .range_ref = REF(traits[58].range_ref, ranges[39]),
        },
        [59] = { /* ExecutionEnvironmentMemoryGiBPerVCpu */
            .range_ref = REF(traits[59].range_ref, ranges[40]),
        },
        [60] = { /* ExecutionStatusList */
            .range_ref = REF(traits[60].range_ref, ranges[41]),
        },
        [61] = { /* ExecutionTimeout */
            .range_ref = REF(traits[61].range_ref, ranges[42]),
        },
        [62] = { /* FileSystemArn */
            .range_ref = REF(traits[62].range_ref, ranges[43]),
        },
        [63] = { /* FileSystemConfigList */
            .range_ref = REF(traits[63].range_ref, ranges[44]),
        },
        [64] = { /* FilterCriteriaErrorCode */
            .range_ref = REF(traits[64].range_ref, ranges[45]),
        },
        [65] = { /* FilterCriteriaErrorMessage */
            .range_ref = REF(traits[65].range_ref, ranges[46]),
        },
        [66] = { /* FunctionArn */
            .range_ref = REF(traits[66].range_ref, ranges[47]),
        },
        [67] = { /* FunctionName */
            .range_ref = REF(traits[67].range_ref, ranges[48]),
        },
        [68] = { /* FunctionResponseTypeList */
            .range_ref = REF(traits[68].range_ref, ranges[49]),
        },
        [69] = { /* FunctionScalingConfigExecutionEnvironments */
            .range_ref = REF(traits[69].range_ref, ranges[50]),
        },
        [70] = { /* FunctionUrl */
            .range_ref = REF(traits[70].range_ref, ranges[51]),
        },
        [71] = { /* FunctionUrlFunctionName */
            .range_ref = REF(traits[71].range_ref, ranges[52]),
        },
        [72] = { /* FunctionUrlQualifier */
            .range_ref = REF(traits[72].range_ref, ranges[53]),
        },
        [73] = { /* FunctionVersionsByCapacityProviderList */
            .range_ref = REF(traits[73].range_ref, ranges[54]),
        },
        [74] = { /* FunctionVersionsPerCapacityProviderLimitExceededException */
            .error_code_ref = REF(traits[74].error_code_ref, strings[4965]),
            .http_status = 400,
        },
        [75] = { /* Handler */
            .range_ref = REF(traits[75].range_ref, ranges[55]),
        },
        [76] = { /* Header */
            .range_ref = REF(traits[76].range_ref, ranges[56]),
        },
        [77] = { /* HeadersList */
            .range_ref = REF(traits[77].range_ref, ranges[57]),
        },
        [78] = { /* InputPayload */
            .range_ref = REF(traits[78].range_ref, ranges[58]),
        },
        [79] = { /* InstanceType */
            .range_ref = REF(traits[79].range_ref, ranges[59]),
        },
        [80] = { /* InstanceTypeSet */
            .range_ref = REF(traits[80].range_ref, ranges[60]),
        },
        [81] = { /* InvalidCodeSignatureException */
            .error_code_ref = REF(traits[81].error_code_ref, strings[5606]),
            .http_status = 400,
        },
        [82] = { /* InvalidParameterValueException */
            .error_code_ref = REF(traits[82].error_code_ref, strings[5636]),
            .http_status = 400,
        },
        [83] = { /* InvalidRequestContentException */
            .error_code_ref = REF(traits[83].error_code_ref, strings[5667]),
            .http_status = 400,
        },
        [84] = { /* InvalidRuntimeException */
            .error_code_ref = REF(traits[84].error_code_ref, strings[5698]),
            .http_status = 502,
        },
        [85] = { /* InvalidSecurityGroupIDException */
            .error_code_ref = REF(traits[85].error_code_ref, strings[5722]),
            .http_status = 502,
        },
        [86] = { /* InvalidSubnetIDException */
            .error_code_ref = REF(traits[86].error_code_ref, strings[5754]),
            .http_status = 502,
        },
        [87] = { /* InvalidZipFileException */
            .error_code_ref = REF(traits[87].error_code_ref, strings[5779]),
            .http_status = 502,
        },
        [88] = { /* InvocationRequest, InvocationResponse, InvokeWithResponseStreamRequest */
            .payload_ref = REF(traits[88].payload_ref, strings[3681]),
        },
        [89] = { /* InvokeAsyncRequest */
            .payload_ref = REF(traits[89].payload_ref, strings[6161]),
        },
        [90] = { /* InvokeWithResponseStreamResponse */
            .payload_ref = REF(traits[90].payload_ref, strings[6220]),
        },
        [91] = { /* ItemCount */
            .range_ref = REF(traits[91].range_ref, ranges[61]),
        },
        [92] = { /* KMSAccessDeniedException */
            .error_code_ref = REF(traits[92].error_code_ref, strings[6299]),
            .http_status = 502,
        },
        [93] = { /* KMSDisabledException */
            .error_code_ref = REF(traits[93].error_code_ref, strings[6324]),
            .http_status = 502,
        },
        [94] = { /* KMSInvalidStateException */
            .error_code_ref = REF(traits[94].error_code_ref, strings[6345]),
            .http_status = 502,
        },
        [95] = { /* KMSKeyArn */
            .range_ref = REF(traits[95].range_ref, ranges[62]),
        },
        [96] = { /* KMSKeyArnNonEmpty */
            .range_ref = REF(traits[96].range_ref, ranges[63]),
        },
        [97] = { /* KMSNotFoundException */
            .error_code_ref = REF(traits[97].error_code_ref, strings[6370]),
            .http_status = 502,
        },
        [98] = { /* LayerArn */
            .range_ref = REF(traits[98].range_ref, ranges[64]),
        },
        [99] = { /* LayerName */
            .range_ref = REF(traits[99].range_ref, ranges[65]),
        },
        [100] = { /* LayerPermissionAllowedAction */
            .range_ref = REF(traits[100].range_ref, ranges[66]),
        },
        [101] = { /* LayerPermissionAllowedPrincipal */
            .range_ref = REF(traits[101].range_ref, ranges[67]),
        },
        [102] = { /* LayerVersionArn */
            .range_ref = REF(traits[102].range_ref, ranges[68]),
        },
        [103] = { /* LicenseInfo */
            .range_ref = REF(traits[103].range_ref, ranges[69]),
        },
        [104] = { /* LocalMountPath */
            .range_ref = REF(traits[104].range_ref, ranges[70]),
        },
        [105] = { /* LogGroup */
            .range_ref = REF(traits[105].range_ref, ranges[71]),
        },
        [106] = { /* MasterRegion */
            .range_ref = REF(traits[106].range_ref, ranges[72]),
        },
        [107] = { /* MaxAge */
            .range_ref = REF(traits[107].range_ref, ranges[73]),
        },
        [108] = { /* MaxFiftyListItems */
            .range_ref = REF(traits[108].range_ref, ranges[74]),
        },
        [109] = { /* MaxFunctionEventInvokeConfigListItems */
            .range_ref = REF(traits[109].range_ref, ranges[75]),
        },
        [110] = { /* MaxItems */
            .range_ref = REF(traits[110].range_ref, ranges[76]),
        },
        [111] = { /* MaxLayerListItems */
            .range_ref = REF(traits[111].range_ref, ranges[77]),
        },
        [112] = { /* MaxListItems */
            .range_ref = REF(traits[112].range_ref, ranges[78]),
        },
        [113] = { /* MaxProvisionedConcurrencyConfigListItems */
            .range_ref = REF(traits[113].range_ref, ranges[79]),
        },
        [114] = { /* MaximumBatchingWindowInSeconds */
            .range_ref = REF(traits[114].range_ref, ranges[80]),
        },
        [115] = { /* MaximumConcurrency */
            .range_ref = REF(traits[115].range_ref, ranges[81]),
        },
        [116] = { /* MaximumEventAgeInSeconds */
            .range_ref = REF(traits[116].range_ref, ranges[82]),
        },
        [117] = { /* MaximumNumberOfPollers */
            .range_ref = REF(traits[117].range_ref, ranges[83]),
        },
        [118] = { /* MaximumRecordAgeInSeconds */
            .range_ref = REF(traits[118].range_ref, ranges[84]),
        },
        [119] = { /* MaximumRetryAttempts */
            .range_ref = REF(traits[119].range_ref, ranges[85]),
        },
        [120] = { /* MaximumRetryAttemptsEventSourceMapping */
            .range_ref = REF(traits[120].range_ref, ranges[86]),
        },
        [121] = { /* MemorySize */
            .range_ref = REF(traits[121].range_ref, ranges[87]),
        },
        [122] = { /* Method */
            .range_ref = REF(traits[122].range_ref, ranges[88]),
        },
        [123] = { /* MetricTargetValue */
            .range_ref = REF(traits[123].range_ref, ranges[89]),
        },
        [124] = { /* MinimumNumberOfPollers */
            .range_ref = REF(traits[124].range_ref, ranges[90]),
        },
        [125] = { /* ModeNotSupportedException */
            .error_code_ref = REF(traits[125].error_code_ref, strings[7862]),
            .http_status = 400,
        },
        [126] = { /* NameSpacedFunctionArn */
            .range_ref = REF(traits[126].range_ref, ranges[91]),
        },
        [127] = { /* NamespacedFunctionName */
            .range_ref = REF(traits[127].range_ref, ranges[92]),
        },
        [128] = { /* NamespacedStatementId */
            .range_ref = REF(traits[128].range_ref, ranges[93]),
        },
        [129] = { /* NoPublishedVersionException */
            .error_code_ref = REF(traits[129].error_code_ref, strings[7888]),
            .http_status = 400,
        },
        [130] = { /* NonNegativeInteger */
            .range_ref = REF(traits[130].range_ref, ranges[94]),
        },
        [131] = { /* NumericLatestPublishedOrAliasQualifier */
            .range_ref = REF(traits[131].range_ref, ranges[95]),
        },
        [132] = { /* OperationId */
            .range_ref = REF(traits[132].range_ref, ranges[96]),
        },
        [133] = { /* OperationName */
            .range_ref = REF(traits[133].range_ref, ranges[97]),
        },
        [134] = { /* OperationPayload */
            .range_ref = REF(traits[134].range_ref, ranges[98]),
        },
        [135] = { /* OperationSubType */
            .range_ref = REF(traits[135].range_ref, ranges[99]),
        },
        [136] = { /* OrganizationId */
            .range_ref = REF(traits[136].range_ref, ranges[100]),
        },
        [137] = { /* Origin */
            .range_ref = REF(traits[137].range_ref, ranges[101]),
        },
        [138] = { /* OutputPayload */
            .range_ref = REF(traits[138].range_ref, ranges[102]),
        },
        [139] = { /* ParallelizationFactor */
            .range_ref = REF(traits[139].range_ref, ranges[103]),
        },
        [140] = { /* Pattern */
            .range_ref = REF(traits[140].range_ref, ranges[104]),
        },
        [141] = { /* PerExecutionEnvironmentMaxConcurrency */
            .range_ref = REF(traits[141].range_ref, ranges[105]),
        },
        [142] = { /* PolicyLengthExceededException */
            .error_code_ref = REF(traits[142].error_code_ref, strings[8258]),
            .http_status = 400,
        },
        [143] = { /* PositiveInteger */
            .range_ref = REF(traits[143].range_ref, ranges[106]),
        },
        [144] = { /* PreconditionFailedException */
            .error_code_ref = REF(traits[144].error_code_ref, strings[8288]),
            .http_status = 412,
        },
        [145] = { /* Principal */
            .range_ref = REF(traits[145].range_ref, ranges[107]),
        },
        [146] = { /* PrincipalOrgID */
            .range_ref = REF(traits[146].range_ref, ranges[108]),
        },
        [147] = { /* PropagateTagsExplicitTagsMap */
            .range_ref = REF(traits[147].range_ref, ranges[109]),
        },
        [148] = { /* ProvisionedConcurrencyConfigNotFoundException */
            .error_code_ref = REF(traits[148].error_code_ref, strings[8348]),
            .http_status = 404,
        },
        [149] = { /* ProvisionedPollerGroupName */
            .range_ref = REF(traits[149].range_ref, ranges[110]),
        },
        [150] = { /* PublicPolicyException */
            .error_code_ref = REF(traits[150].error_code_ref, strings[8465]),
            .http_status = 400,
        },
        [151] = { /* PublishedFunctionQualifier */
            .range_ref = REF(traits[151].range_ref, ranges[111]),
        },
        [152] = { /* Qualifier */
            .range_ref = REF(traits[152].range_ref, ranges[112]),
        },
        [153] = { /* Queue */
            .range_ref = REF(traits[153].range_ref, ranges[113]),
        },
        [154] = { /* Queues */
            .range_ref = REF(traits[154].range_ref, ranges[114]),
        },
        [155] = { /* RecursiveInvocationException */
            .error_code_ref = REF(traits[155].error_code_ref, strings[8555]),
            .http_status = 400,
        },
        [156] = { /* RequestTooLargeException */
            .error_code_ref = REF(traits[156].error_code_ref, strings[8600]),
            .http_status = 413,
        },
        [157] = { /* ReservedConcurrentExecutions */
            .range_ref = REF(traits[157].range_ref, ranges[115]),
        },
        [158] = { /* ResourceArn */
            .range_ref = REF(traits[158].range_ref, ranges[116]),
        },
        [159] = { /* ResourceConflictException */
            .error_code_ref = REF(traits[159].error_code_ref, strings[8625]),
            .http_status = 409,
        },
        [160] = { /* ResourceInUseException */
            .error_code_ref = REF(traits[160].error_code_ref, strings[8651]),
            .http_status = 400,
        },
        [161] = { /* ResourceNotFoundException */
            .error_code_ref = REF(traits[161].error_code_ref, strings[8674]),
            .http_status = 404,
        },
        [162] = { /* ResourceNotReadyException */
            .error_code_ref = REF(traits[162].error_code_ref, strings[8700]),
            .http_status = 502,
        },
        [163] = { /* RetentionPeriodInDays */
            .range_ref = REF(traits[163].range_ref, ranges[117]),
        },
        [164] = { /* RoleArn */
            .range_ref = REF(traits[164].range_ref, ranges[118]),
        },
        [165] = { /* RuntimeVersionArn */
            .range_ref = REF(traits[165].range_ref, ranges[119]),
        },
        [166] = { /* S3Bucket */
            .range_ref = REF(traits[166].range_ref, ranges[120]),
        },
        [167] = { /* S3FilesMountConnectivityException */
            .error_code_ref = REF(traits[167].error_code_ref, strings[9315]),
            .http_status = 408,
        },
        [168] = { /* S3FilesMountFailureException */
            .error_code_ref = REF(traits[168].error_code_ref, strings[9349]),
            .http_status = 403,
        },
        [169] = { /* S3FilesMountTimeoutException */
            .error_code_ref = REF(traits[169].error_code_ref, strings[9378]),
            .http_status = 408,
        },
        [170] = { /* S3Key */
            .range_ref = REF(traits[170].range_ref, ranges[121]),
        },
        [171] = { /* S3ObjectVersion */
            .range_ref = REF(traits[171].range_ref, ranges[122]),
        },
        [172] = { /* SchemaRegistryUri */
            .range_ref = REF(traits[172].range_ref, ranges[123]),
        },
        [173] = { /* SecurityGroupId */
            .range_ref = REF(traits[173].range_ref, ranges[124]),
        },
        [174] = { /* SecurityGroupIds */
            .range_ref = REF(traits[174].range_ref, ranges[125]),
        },
        [175] = { /* SendDurableExecutionCallbackFailureRequest, StopDurableExecutionRequest */
            .payload_ref = REF(traits[175].payload_ref, strings[572]),
        },
        [176] = { /* SendDurableExecutionCallbackSuccessRequest */
            .payload_ref = REF(traits[176].payload_ref, strings[565]),
        },
        [177] = { /* SensitiveStringOnServerOnly */
            .range_ref = REF(traits[177].range_ref, ranges[126]),
        },
        [178] = { /* SerializedRequestEntityTooLargeException */
            .error_code_ref = REF(traits[178].error_code_ref, strings[9463]),
            .http_status = 413,
        },
        [179] = { /* ServiceException */
            .error_code_ref = REF(traits[179].error_code_ref, strings[9504]),
            .http_status = 500,
        },
        [180] = { /* ServiceQuotaExceededException */
            .error_code_ref = REF(traits[180].error_code_ref, strings[9521]),
            .http_status = 402,
        },
        [181] = { /* SigningProfileVersionArns */
            .range_ref = REF(traits[181].range_ref, ranges[127]),
        },
        [182] = { /* SnapStartException */
            .error_code_ref = REF(traits[182].error_code_ref, strings[9582]),
            .http_status = 400,
        },
        [183] = { /* SnapStartNotReadyException */
            .error_code_ref = REF(traits[183].error_code_ref, strings[9601]),
            .http_status = 409,
        },
        [184] = { /* SnapStartRegenerationFailureException */
            .error_code_ref = REF(traits[184].error_code_ref, strings[9635]),
            .http_status = 409,
        },
        [185] = { /* SnapStartTimeoutException */
            .error_code_ref = REF(traits[185].error_code_ref, strings[9692]),
            .http_status = 408,
        },
        [186] = { /* SourceAccessConfigurations */
            .range_ref = REF(traits[186].range_ref, ranges[128]),
        },
        [187] = { /* SourceOwner */
            .range_ref = REF(traits[187].range_ref, ranges[129]),
        },
        [188] = { /* StatementId */
            .range_ref = REF(traits[188].range_ref, ranges[130]),
        },
        [189] = { /* StepOptionsNextAttemptDelaySecondsInteger */
            .range_ref = REF(traits[189].range_ref, ranges[131]),
        },
        [190] = { /* StringList */
            .range_ref = REF(traits[190].range_ref, ranges[132]),
        },
        [191] = { /* SubnetIPAddressLimitReachedException */
            .error_code_ref = REF(traits[191].error_code_ref, strings[10867]),
            .http_status = 502,
        },
        [192] = { /* SubnetId */
            .range_ref = REF(traits[192].range_ref, ranges[133]),
        },
        [193] = { /* SubnetIds */
            .range_ref = REF(traits[193].range_ref, ranges[134]),
        },
        [194] = { /* TagKey */
            .range_ref = REF(traits[194].range_ref, ranges[135]),
        },
        [195] = { /* TagValue */
            .range_ref = REF(traits[195].range_ref, ranges[136]),
        },
        [196] = { /* TaggableResource */
            .range_ref = REF(traits[196].range_ref, ranges[137]),
        },
        [197] = { /* TagsErrorCode */
            .range_ref = REF(traits[197].range_ref, ranges[138]),
        },
        [198] = { /* TagsErrorMessage */
            .range_ref = REF(traits[198].range_ref, ranges[139]),
        },
        [199] = { /* TenantId */
            .range_ref = REF(traits[199].range_ref, ranges[140]),
        },
        [200] = { /* Timeout */
            .range_ref = REF(traits[200].range_ref, ranges[141]),
        },
        [201] = { /* Timestamp */
            .range_ref = REF(traits[201].range_ref, ranges[142]),
        },
        [202] = { /* TooManyRequestsException */
            .error_code_ref = REF(traits[202].error_code_ref, strings[11194]),
            .http_status = 429,
        },
        [203] = { /* Topic */
            .range_ref = REF(traits[203].range_ref, ranges[143]),
        },
        [204] = { /* Topics */
            .range_ref = REF(traits[204].range_ref, ranges[144]),
        },
        [205] = { /* TumblingWindowInSeconds */
            .range_ref = REF(traits[205].range_ref, ranges[145]),
        },
        [206] = { /* URI */
            .range_ref = REF(traits[206].range_ref, ranges[146]),
        },
        [207] = { /* UUIDString */
            .range_ref = REF(traits[207].range_ref, ranges[147]),
        },
        [208] = { /* UnqualifiedFunctionName */
            .range_ref = REF(traits[208].range_ref, ranges[148]),
        },
        [209] = { /* UnreservedConcurrentExecutions */
            .range_ref = REF(traits[209].range_ref, ranges[149]),
        },
        [210] = { /* UnsupportedMediaTypeException */
            .error_code_ref = REF(traits[210].error_code_ref, strings[11288]),
            .http_status = 415,
        },
        [211] = { /* Version */
            .range_ref = REF(traits[211].range_ref, ranges[150]),
        },
        [212] = { /* VersionWithLatestPublished */
            .range_ref = REF(traits[212].range_ref, ranges[151]),
        },
        [213] = { /* WaitOptionsWaitSecondsInteger */
            .range_ref = REF(traits[213].range_ref, ranges[152]),
        },
        [214] = { /* Weight */
            .range_ref = REF(traits[214].range_ref, ranges[153]),
        },
        [215] = { /* WorkingDirectory */
            .range_ref = REF(traits[215].range_ref, ranges[154]),
        },
        [216] = { /* XAmznTraceId */
            .range_ref = REF(traits[216].range_ref, ranges[155]),
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * location, timestamp format, shape, has_ flag (how far before the
     * value), offset (of the C member), flags */
    .members = {
        [0] = {MREF(0, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(0, scalars[75]), AWSC_MEMBER_HAS(struct awsc_lambda_account_limit, total_code_size, has_total_code_size), offsetof(struct awsc_lambda_account_limit, total_code_size), 0}, /* AccountLimit.TotalCodeSize: Long */
        [1] = {MREF(1, strings[14]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1, scalars[75]), AWSC_MEMBER_HAS(struct awsc_lambda_account_limit, code_size_unzipped, has_code_size_unzipped), offsetof(struct awsc_lambda_account_limit, code_size_unzipped), 0}, /* AccountLimit.CodeSizeUnzipped: Long */
        [2] = {MREF(2, strings[31]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(2, scalars[75]), AWSC_MEMBER_HAS(struct awsc_lambda_account_limit, code_size_zipped, has_code_size_zipped), offsetof(struct awsc_lambda_account_limit, code_size_zipped), 0}, /* AccountLimit.CodeSizeZipped: Long */
        [3] = {MREF(3, strings[46]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(3, scalars[60]), AWSC_MEMBER_HAS(struct awsc_lambda_account_limit, concurrent_executions, has_concurrent_executions), offsetof(struct awsc_lambda_account_limit, concurrent_executions), 0}, /* AccountLimit.ConcurrentExecutions: Integer */
        [4] = {MREF(4, strings[67]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(4, scalars[153]), AWSC_MEMBER_HAS(struct awsc_lambda_account_limit, unreserved_concurrent_executions, has_unreserved_concurrent_executions), offsetof(struct awsc_lambda_account_limit, unreserved_concurrent_executions), 0}, /* AccountLimit.UnreservedConcurrentExecutions: UnreservedConcurrentExecutions */
        [5] = {MREF(5, strings[0]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(5, scalars[75]), AWSC_MEMBER_HAS(struct awsc_lambda_account_usage, total_code_size, has_total_code_size), offsetof(struct awsc_lambda_account_usage, total_code_size), 0}, /* AccountUsage.TotalCodeSize: Long */
        [6] = {MREF(6, strings[98]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(6, scalars[75]), AWSC_MEMBER_HAS(struct awsc_lambda_account_usage, function_count, has_function_count), offsetof(struct awsc_lambda_account_usage, function_count), 0}, /* AccountUsage.FunctionCount: Long */
        [7] = {MREF(7, strings[112]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(7, scalars[67]), 0, offsetof(struct awsc_lambda_add_layer_version_permission_input, layer_name), AWSC_MF_REQUIRED}, /* AddLayerVersionPermissionRequest.LayerName: LayerName */
        [8] = {MREF(8, strings[122]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(8, scalars[71]), AWSC_MEMBER_HAS(struct awsc_lambda_add_layer_version_permission_input, version_number, has_version_number), offsetof(struct awsc_lambda_add_layer_version_permission_input, version_number), AWSC_MF_REQUIRED}, /* AddLayerVersionPermissionRequest.VersionNumber: LayerVersionNumber */
        [9] = {MREF(9, strings[136]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(9, scalars[135]), 0, offsetof(struct awsc_lambda_add_layer_version_permission_input, statement_id), AWSC_MF_REQUIRED}, /* AddLayerVersionPermissionRequest.StatementId: StatementId */
        [10] = {MREF(10, strings[148]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(10, scalars[68]), 0, offsetof(struct awsc_lambda_add_layer_version_permission_input, action), AWSC_MF_REQUIRED}, /* AddLayerVersionPermissionRequest.Action: LayerPermissionAllowedAction */
        [11] = {MREF(11, strings[155]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(11, scalars[69]), 0, offsetof(struct awsc_lambda_add_layer_version_permission_input, principal), AWSC_MF_REQUIRED}, /* AddLayerVersionPermissionRequest.Principal: LayerPermissionAllowedPrincipal */
        [12] = {MREF(12, strings[165]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(12, scalars[105]), 0, offsetof(struct awsc_lambda_add_layer_version_permission_input, organization_id), 0}, /* AddLayerVersionPermissionRequest.OrganizationId: OrganizationId */
        [13] = {MREF(13, strings[180]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(13, scalars[137]), 0, offsetof(struct awsc_lambda_add_layer_version_permission_input, revision_id), 0}, /* AddLayerVersionPermissionRequest.RevisionId: String */
        [14] = {MREF(14, strings[191]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(14, scalars[137]), 0, offsetof(struct awsc_lambda_add_layer_version_permission_output, statement), 0}, /* AddLayerVersionPermissionResponse.Statement: String */
        [15] = {MREF(15, strings[180]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(15, scalars[137]), 0, offsetof(struct awsc_lambda_add_layer_version_permission_output, revision_id), 0}, /* AddLayerVersionPermissionResponse.RevisionId: String */
        [16] = {MREF(16, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(16, scalars[96]), 0, offsetof(struct awsc_lambda_add_permission_input, function_name), AWSC_MF_REQUIRED}, /* AddPermissionRequest.FunctionName: NamespacedFunctionName */
        [17] = {MREF(17, strings[136]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(17, scalars[135]), 0, offsetof(struct awsc_lambda_add_permission_input, statement_id), AWSC_MF_REQUIRED}, /* AddPermissionRequest.StatementId: StatementId */
        [18] = {MREF(18, strings[148]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(18, scalars[0]), 0, offsetof(struct awsc_lambda_add_permission_input, action), AWSC_MF_REQUIRED}, /* AddPermissionRequest.Action: Action */
        [19] = {MREF(19, strings[155]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(19, scalars[112]), 0, offsetof(struct awsc_lambda_add_permission_input, principal), AWSC_MF_REQUIRED}, /* AddPermissionRequest.Principal: Principal */
        [20] = {MREF(20, strings[214]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(20, scalars[4]), 0, offsetof(struct awsc_lambda_add_permission_input, source_arn), 0}, /* AddPermissionRequest.SourceArn: Arn */
        [21] = {MREF(21, strings[224]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(21, enums[14].shape), 0, offsetof(struct awsc_lambda_add_permission_input, function_url_auth_type), 0}, /* AddPermissionRequest.FunctionUrlAuthType: FunctionUrlAuthType */
        [22] = {MREF(22, strings[244]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(22, scalars[61]), AWSC_MEMBER_HAS(struct awsc_lambda_add_permission_input, invoked_via_function_url, has_invoked_via_function_url), offsetof(struct awsc_lambda_add_permission_input, invoked_via_function_url), 0}, /* AddPermissionRequest.InvokedViaFunctionUrl: InvokedViaFunctionUrl */
        [23] = {MREF(23, strings[266]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(23, scalars[132]), 0, offsetof(struct awsc_lambda_add_permission_input, source_account), 0}, /* AddPermissionRequest.SourceAccount: SourceOwner */
        [24] = {MREF(24, strings[280]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(24, scalars[40]), 0, offsetof(struct awsc_lambda_add_permission_input, event_source_token), 0}, /* AddPermissionRequest.EventSourceToken: EventSourceToken */
        [25] = {MREF(25, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(25, scalars[100]), 0, offsetof(struct awsc_lambda_add_permission_input, qualifier), 0}, /* AddPermissionRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [26] = {MREF(26, strings[180]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(26, scalars[137]), 0, offsetof(struct awsc_lambda_add_permission_input, revision_id), 0}, /* AddPermissionRequest.RevisionId: String */
        [27] = {MREF(27, strings[307]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(27, scalars[113]), 0, offsetof(struct awsc_lambda_add_permission_input, principal_org_id), 0}, /* AddPermissionRequest.PrincipalOrgID: PrincipalOrgID */
        [28] = {MREF(28, strings[191]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(28, scalars[137]), 0, offsetof(struct awsc_lambda_add_permission_output, statement), 0}, /* AddPermissionResponse.Statement: String */
        [29] = {MREF(29, strings[322]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(29, scalars[48]), 0, offsetof(struct awsc_lambda_alias_configuration, alias_arn), 0}, /* AliasConfiguration.AliasArn: FunctionArn */
        [30] = {MREF(30, strings[331]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(30, scalars[2]), 0, offsetof(struct awsc_lambda_alias_configuration, name), 0}, /* AliasConfiguration.Name: Alias */
        [31] = {MREF(31, strings[336]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(31, scalars[154]), 0, offsetof(struct awsc_lambda_alias_configuration, function_version), 0}, /* AliasConfiguration.FunctionVersion: Version */
        [32] = {MREF(32, strings[352]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(32, scalars[25]), 0, offsetof(struct awsc_lambda_alias_configuration, description), 0}, /* AliasConfiguration.Description: Description */
        [33] = {MREF(33, strings[364]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(33, structures[8].shape), 0, offsetof(struct awsc_lambda_alias_configuration, routing_config), 0}, /* AliasConfiguration.RoutingConfig: AliasRoutingConfiguration */
        [34] = {MREF(34, strings[180]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(34, scalars[137]), 0, offsetof(struct awsc_lambda_alias_configuration, revision_id), 0}, /* AliasConfiguration.RevisionId: String */
        [35] = {MREF(35, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(35, scalars[137]), 0, offsetof(struct awsc_lambda_alias_limit_exceeded_exception, type), 0}, /* AliasLimitExceededException.Type: String */
        [36] = {MREF(36, strings[411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(36, scalars[137]), 0, offsetof(struct awsc_lambda_alias_limit_exceeded_exception, message), 0}, /* AliasLimitExceededException.message: String */
        [37] = {MREF(37, strings[419]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(37, collections[0].shape), 0, offsetof(struct awsc_lambda_alias_routing_configuration, additional_version_weights), 0}, /* AliasRoutingConfiguration.AdditionalVersionWeights: AdditionalVersionWeights */
        [38] = {MREF(38, strings[444]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(38, collections[42].shape), 0, offsetof(struct awsc_lambda_allowed_publishers, signing_profile_version_arns), AWSC_MF_REQUIRED}, /* AllowedPublishers.SigningProfileVersionArns: SigningProfileVersionArns */
        [39] = {MREF(39, strings[470]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(39, scalars[150]), 0, offsetof(struct awsc_lambda_amazon_managed_kafka_event_source_config, consumer_group_id), 0}, /* AmazonManagedKafkaEventSourceConfig.ConsumerGroupId: URI */
        [40] = {MREF(40, strings[486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(40, structures[185].shape), 0, offsetof(struct awsc_lambda_amazon_managed_kafka_event_source_config, schema_registry_config), 0}, /* AmazonManagedKafkaEventSourceConfig.SchemaRegistryConfig: KafkaSchemaRegistryConfig */
        [41] = {MREF(41, strings[554]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(41, scalars[12]), 0, offsetof(struct awsc_lambda_callback_details, callback_id), 0}, /* CallbackDetails.CallbackId: CallbackId */
        [42] = {MREF(42, strings[565]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(42, scalars[103]), 0, offsetof(struct awsc_lambda_callback_details, result), AWSC_MF_SENSITIVE}, /* CallbackDetails.Result: OperationPayload */
        [43] = {MREF(43, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(43, structures[92].shape), 0, offsetof(struct awsc_lambda_callback_details, error), 0}, /* CallbackDetails.Error: ErrorObject */
        [44] = {MREF(44, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(44, structures[94].shape), 0, offsetof(struct awsc_lambda_callback_failed_details, error), AWSC_MF_REQUIRED}, /* CallbackFailedDetails.Error: EventError */
        [45] = {MREF(45, strings[578]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(45, scalars[14]), AWSC_MEMBER_HAS(struct awsc_lambda_callback_options, timeout_seconds, has_timeout_seconds), offsetof(struct awsc_lambda_callback_options, timeout_seconds), 0}, /* CallbackOptions.TimeoutSeconds: CallbackOptionsTimeoutSecondsInteger */
        [46] = {MREF(46, strings[593]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(46, scalars[13]), AWSC_MEMBER_HAS(struct awsc_lambda_callback_options, heartbeat_timeout_seconds, has_heartbeat_timeout_seconds), offsetof(struct awsc_lambda_callback_options, heartbeat_timeout_seconds), 0}, /* CallbackOptions.HeartbeatTimeoutSeconds: CallbackOptionsHeartbeatTimeoutSecondsInteger */
        [47] = {MREF(47, strings[554]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(47, scalars[12]), 0, offsetof(struct awsc_lambda_callback_started_details, callback_id), AWSC_MF_REQUIRED}, /* CallbackStartedDetails.CallbackId: CallbackId */
        [48] = {MREF(48, strings[617]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(48, scalars[29]), AWSC_MEMBER_HAS(struct awsc_lambda_callback_started_details, heartbeat_timeout, has_heartbeat_timeout), offsetof(struct awsc_lambda_callback_started_details, heartbeat_timeout), 0}, /* CallbackStartedDetails.HeartbeatTimeout: DurationSeconds */
        [49] = {MREF(49, strings[634]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(49, scalars[29]), AWSC_MEMBER_HAS(struct awsc_lambda_callback_started_details, timeout, has_timeout), offsetof(struct awsc_lambda_callback_started_details, timeout), 0}, /* CallbackStartedDetails.Timeout: DurationSeconds */
        [50] = {MREF(50, strings[565]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(50, structures[96].shape), 0, offsetof(struct awsc_lambda_callback_succeeded_details, result), AWSC_MF_REQUIRED}, /* CallbackSucceededDetails.Result: EventResult */
        [51] = {MREF(51, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(51, structures[94].shape), 0, offsetof(struct awsc_lambda_callback_timed_out_details, error), AWSC_MF_REQUIRED}, /* CallbackTimedOutDetails.Error: EventError */
        [52] = {MREF(52, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(52, scalars[137]), 0, offsetof(struct awsc_lambda_callback_timeout_exception, type), 0}, /* CallbackTimeoutException.Type: String */
        [53] = {MREF(53, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(53, scalars[137]), 0, offsetof(struct awsc_lambda_callback_timeout_exception, message), 0}, /* CallbackTimeoutException.Message: String */
        [54] = {MREF(54, strings[675]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(54, scalars[15]), 0, offsetof(struct awsc_lambda_capacity_provider, capacity_provider_arn), AWSC_MF_REQUIRED}, /* CapacityProvider.CapacityProviderArn: CapacityProviderArn */
        [55] = {MREF(55, strings[695]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(55, enums[4].shape), 0, offsetof(struct awsc_lambda_capacity_provider, state), AWSC_MF_REQUIRED}, /* CapacityProvider.State: CapacityProviderState */
        [56] = {MREF(56, strings[701]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(56, structures[25].shape), 0, offsetof(struct awsc_lambda_capacity_provider, vpc_config), AWSC_MF_REQUIRED}, /* CapacityProvider.VpcConfig: CapacityProviderVpcConfig */
        [57] = {MREF(57, strings[711]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(57, structures[22].shape), 0, offsetof(struct awsc_lambda_capacity_provider, permissions_config), AWSC_MF_REQUIRED}, /* CapacityProvider.PermissionsConfig: CapacityProviderPermissionsConfig */
        [58] = {MREF(58, strings[729]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(58, structures[162].shape), 0, offsetof(struct awsc_lambda_capacity_provider, instance_requirements), 0}, /* CapacityProvider.InstanceRequirements: InstanceRequirements */
        [59] = {MREF(59, strings[750]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(59, structures[23].shape), 0, offsetof(struct awsc_lambda_capacity_provider, capacity_provider_scaling_config), 0}, /* CapacityProvider.CapacityProviderScalingConfig: CapacityProviderScalingConfig */
        [60] = {MREF(60, strings[780]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(60, scalars[63]), 0, offsetof(struct awsc_lambda_capacity_provider, kms_key_arn), 0}, /* CapacityProvider.KmsKeyArn: KMSKeyArn */
        [61] = {MREF(61, strings[790]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(61, scalars[146]), 0, offsetof(struct awsc_lambda_capacity_provider, last_modified), 0}, /* CapacityProvider.LastModified: Timestamp */
        [62] = {MREF(62, strings[803]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(62, structures[232].shape), 0, offsetof(struct awsc_lambda_capacity_provider, propagate_tags), 0}, /* CapacityProvider.PropagateTags: PropagateTags */
        [63] = {MREF(63, strings[817]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(63, structures[24].shape), 0, offsetof(struct awsc_lambda_capacity_provider, telemetry_config), 0}, /* CapacityProvider.TelemetryConfig: CapacityProviderTelemetryConfig */
        [64] = {MREF(64, strings[833]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(64, structures[187].shape), 0, offsetof(struct awsc_lambda_capacity_provider_config, lambda_managed_instances_capacity_provider_config), AWSC_MF_REQUIRED}, /* CapacityProviderConfig.LambdaManagedInstancesCapacityProviderConfig: LambdaManagedInstancesCapacityProviderConfig */
        [65] = {MREF(65, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(65, scalars[137]), 0, offsetof(struct awsc_lambda_capacity_provider_limit_exceeded_exception, type), 0}, /* CapacityProviderLimitExceededException.Type: String */
        [66] = {MREF(66, strings[411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(66, scalars[137]), 0, offsetof(struct awsc_lambda_capacity_provider_limit_exceeded_exception, message), 0}, /* CapacityProviderLimitExceededException.message: String */
        [67] = {MREF(67, strings[917]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(67, enums[41].shape), 0, offsetof(struct awsc_lambda_capacity_provider_logging_config, system_log_level), 0}, /* CapacityProviderLoggingConfig.SystemLogLevel: SystemLogLevel */
        [68] = {MREF(68, strings[932]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(68, scalars[74]), 0, offsetof(struct awsc_lambda_capacity_provider_logging_config, log_group), 0}, /* CapacityProviderLoggingConfig.LogGroup: LogGroup */
        [69] = {MREF(69, strings[941]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(69, scalars[123]), 0, offsetof(struct awsc_lambda_capacity_provider_permissions_config, capacity_provider_operator_role_arn), AWSC_MF_REQUIRED}, /* CapacityProviderPermissionsConfig.CapacityProviderOperatorRoleArn: RoleArn */
        [70] = {MREF(70, strings[1017]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(70, scalars[16]), AWSC_MEMBER_HAS(struct awsc_lambda_capacity_provider_scaling_config, max_v_cpu_count, has_max_v_cpu_count), offsetof(struct awsc_lambda_capacity_provider_scaling_config, max_v_cpu_count), 0}, /* CapacityProviderScalingConfig.MaxVCpuCount: CapacityProviderMaxVCpuCount */
        [71] = {MREF(71, strings[1030]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(71, enums[3].shape), 0, offsetof(struct awsc_lambda_capacity_provider_scaling_config, scaling_mode), 0}, /* CapacityProviderScalingConfig.ScalingMode: CapacityProviderScalingMode */
        [72] = {MREF(72, strings[1042]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(72, collections[5].shape), 0, offsetof(struct awsc_lambda_capacity_provider_scaling_config, scaling_policies), 0}, /* CapacityProviderScalingConfig.ScalingPolicies: CapacityProviderScalingPoliciesList */
        [73] = {MREF(73, strings[1101]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(73, structures[21].shape), 0, offsetof(struct awsc_lambda_capacity_provider_telemetry_config, logging_config), 0}, /* CapacityProviderTelemetryConfig.LoggingConfig: CapacityProviderLoggingConfig */
        [74] = {MREF(74, strings[1115]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(74, collections[7].shape), 0, offsetof(struct awsc_lambda_capacity_provider_vpc_config, subnet_ids), AWSC_MF_REQUIRED}, /* CapacityProviderVpcConfig.SubnetIds: CapacityProviderSubnetIds */
        [75] = {MREF(75, strings[1125]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(75, collections[6].shape), 0, offsetof(struct awsc_lambda_capacity_provider_vpc_config, security_group_ids), AWSC_MF_REQUIRED}, /* CapacityProviderVpcConfig.SecurityGroupIds: CapacityProviderSecurityGroupIds */
        [76] = {MREF(76, strings[565]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(76, scalars[103]), 0, offsetof(struct awsc_lambda_chained_invoke_details, result), AWSC_MF_SENSITIVE}, /* ChainedInvokeDetails.Result: OperationPayload */
        [77] = {MREF(77, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(77, structures[92].shape), 0, offsetof(struct awsc_lambda_chained_invoke_details, error), 0}, /* ChainedInvokeDetails.Error: ErrorObject */
        [78] = {MREF(78, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(78, structures[94].shape), 0, offsetof(struct awsc_lambda_chained_invoke_failed_details, error), AWSC_MF_REQUIRED}, /* ChainedInvokeFailedDetails.Error: EventError */
        [79] = {MREF(79, strings[201]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(79, scalars[96]), 0, offsetof(struct awsc_lambda_chained_invoke_options, function_name), AWSC_MF_REQUIRED}, /* ChainedInvokeOptions.FunctionName: NamespacedFunctionName */
        [80] = {MREF(80, strings[1142]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(80, scalars[144]), 0, offsetof(struct awsc_lambda_chained_invoke_options, tenant_id), 0}, /* ChainedInvokeOptions.TenantId: TenantId */
        [81] = {MREF(81, strings[201]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(81, scalars[96]), 0, offsetof(struct awsc_lambda_chained_invoke_started_details, function_name), AWSC_MF_REQUIRED}, /* ChainedInvokeStartedDetails.FunctionName: NamespacedFunctionName */
        [82] = {MREF(82, strings[1142]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(82, scalars[144]), 0, offsetof(struct awsc_lambda_chained_invoke_started_details, tenant_id), 0}, /* ChainedInvokeStartedDetails.TenantId: TenantId */
        [83] = {MREF(83, strings[1151]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(83, structures[95].shape), 0, offsetof(struct awsc_lambda_chained_invoke_started_details, input), 0}, /* ChainedInvokeStartedDetails.Input: EventInput */
        [84] = {MREF(84, strings[1157]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(84, scalars[155]), 0, offsetof(struct awsc_lambda_chained_invoke_started_details, executed_version), 0}, /* ChainedInvokeStartedDetails.ExecutedVersion: VersionWithLatestPublished */
        [85] = {MREF(85, strings[1173]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(85, scalars[27]), 0, offsetof(struct awsc_lambda_chained_invoke_started_details, durable_execution_arn), 0}, /* ChainedInvokeStartedDetails.DurableExecutionArn: DurableExecutionArn */
        [86] = {MREF(86, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(86, structures[94].shape), 0, offsetof(struct awsc_lambda_chained_invoke_stopped_details, error), AWSC_MF_REQUIRED}, /* ChainedInvokeStoppedDetails.Error: EventError */
        [87] = {MREF(87, strings[565]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(87, structures[96].shape), 0, offsetof(struct awsc_lambda_chained_invoke_succeeded_details, result), AWSC_MF_REQUIRED}, /* ChainedInvokeSucceededDetails.Result: EventResult */
        [88] = {MREF(88, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(88, structures[94].shape), 0, offsetof(struct awsc_lambda_chained_invoke_timed_out_details, error), AWSC_MF_REQUIRED}, /* ChainedInvokeTimedOutDetails.Error: EventError */
        [89] = {MREF(89, strings[1173]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(89, scalars[27]), 0, offsetof(struct awsc_lambda_checkpoint_durable_execution_input, durable_execution_arn), AWSC_MF_REQUIRED}, /* CheckpointDurableExecutionRequest.DurableExecutionArn: DurableExecutionArn */
        [90] = {MREF(90, strings[1193]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(90, scalars[18]), 0, offsetof(struct awsc_lambda_checkpoint_durable_execution_input, checkpoint_token), AWSC_MF_REQUIRED}, /* CheckpointDurableExecutionRequest.CheckpointToken: CheckpointToken */
        [91] = {MREF(91, strings[1209]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(91, collections[36].shape), 0, offsetof(struct awsc_lambda_checkpoint_durable_execution_input, updates), 0}, /* CheckpointDurableExecutionRequest.Updates: OperationUpdates */
        [92] = {MREF(92, strings[1217]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(92, scalars[19]), 0, offsetof(struct awsc_lambda_checkpoint_durable_execution_input, client_token), AWSC_MF_IDEMPOTENCY_TOKEN}, /* CheckpointDurableExecutionRequest.ClientToken: ClientToken */
        [93] = {MREF(93, strings[1193]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(93, scalars[18]), 0, offsetof(struct awsc_lambda_checkpoint_durable_execution_output, checkpoint_token), 0}, /* CheckpointDurableExecutionResponse.CheckpointToken: CheckpointToken */
        [94] = {MREF(94, strings[1229]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(94, structures[35].shape), 0, offsetof(struct awsc_lambda_checkpoint_durable_execution_output, new_execution_state), AWSC_MF_REQUIRED}, /* CheckpointDurableExecutionResponse.NewExecutionState: CheckpointUpdatedExecutionState */
        [95] = {MREF(95, strings[1247]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(95, collections[37].shape), 0, offsetof(struct awsc_lambda_checkpoint_updated_execution_state, operations), 0}, /* CheckpointUpdatedExecutionState.Operations: Operations */
        [96] = {MREF(96, strings[1258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(96, scalars[137]), 0, offsetof(struct awsc_lambda_checkpoint_updated_execution_state, next_marker), 0}, /* CheckpointUpdatedExecutionState.NextMarker: String */
        [97] = {MREF(97, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(97, scalars[137]), 0, offsetof(struct awsc_lambda_code_artifact_user_deleted_exception, type), 0}, /* CodeArtifactUserDeletedException.Type: String */
        [98] = {MREF(98, strings[411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(98, scalars[137]), 0, offsetof(struct awsc_lambda_code_artifact_user_deleted_exception, message), 0}, /* CodeArtifactUserDeletedException.message: String */
        [99] = {MREF(99, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(99, scalars[137]), 0, offsetof(struct awsc_lambda_code_artifact_user_failed_exception, type), 0}, /* CodeArtifactUserFailedException.Type: String */
        [100] = {MREF(100, strings[411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(100, scalars[137]), 0, offsetof(struct awsc_lambda_code_artifact_user_failed_exception, message), 0}, /* CodeArtifactUserFailedException.message: String */
        [101] = {MREF(101, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(101, scalars[137]), 0, offsetof(struct awsc_lambda_code_artifact_user_pending_exception, type), 0}, /* CodeArtifactUserPendingException.Type: String */
        [102] = {MREF(102, strings[411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(102, scalars[137]), 0, offsetof(struct awsc_lambda_code_artifact_user_pending_exception, message), 0}, /* CodeArtifactUserPendingException.message: String */
        [103] = {MREF(103, strings[1367]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(103, scalars[21]), 0, offsetof(struct awsc_lambda_code_signing_config, code_signing_config_id), AWSC_MF_REQUIRED}, /* CodeSigningConfig.CodeSigningConfigId: CodeSigningConfigId */
        [104] = {MREF(104, strings[1387]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(104, scalars[20]), 0, offsetof(struct awsc_lambda_code_signing_config, code_signing_config_arn), AWSC_MF_REQUIRED}, /* CodeSigningConfig.CodeSigningConfigArn: CodeSigningConfigArn */
        [105] = {MREF(105, strings[352]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(105, scalars[25]), 0, offsetof(struct awsc_lambda_code_signing_config, description), 0}, /* CodeSigningConfig.Description: Description */
        [106] = {MREF(106, strings[1408]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(106, structures[9].shape), 0, offsetof(struct awsc_lambda_code_signing_config, allowed_publishers), AWSC_MF_REQUIRED}, /* CodeSigningConfig.AllowedPublishers: AllowedPublishers */
        [107] = {MREF(107, strings[1426]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(107, structures[41].shape), 0, offsetof(struct awsc_lambda_code_signing_config, code_signing_policies), AWSC_MF_REQUIRED}, /* CodeSigningConfig.CodeSigningPolicies: CodeSigningPolicies */
        [108] = {MREF(108, strings[790]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(108, scalars[146]), 0, offsetof(struct awsc_lambda_code_signing_config, last_modified), AWSC_MF_REQUIRED}, /* CodeSigningConfig.LastModified: Timestamp */
        [109] = {MREF(109, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(109, scalars[137]), 0, offsetof(struct awsc_lambda_code_signing_config_not_found_exception, type), 0}, /* CodeSigningConfigNotFoundException.Type: String */
        [110] = {MREF(110, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(110, scalars[137]), 0, offsetof(struct awsc_lambda_code_signing_config_not_found_exception, message), 0}, /* CodeSigningConfigNotFoundException.Message: String */
        [111] = {MREF(111, strings[1481]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(111, enums[5].shape), 0, offsetof(struct awsc_lambda_code_signing_policies, untrusted_artifact_on_deployment), 0}, /* CodeSigningPolicies.UntrustedArtifactOnDeployment: CodeSigningPolicy */
        [112] = {MREF(112, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(112, scalars[137]), 0, offsetof(struct awsc_lambda_code_storage_exceeded_exception, type), 0}, /* CodeStorageExceededException.Type: String */
        [113] = {MREF(113, strings[411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(113, scalars[137]), 0, offsetof(struct awsc_lambda_code_storage_exceeded_exception, message), 0}, /* CodeStorageExceededException.message: String */
        [114] = {MREF(114, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(114, scalars[137]), 0, offsetof(struct awsc_lambda_code_verification_failed_exception, type), 0}, /* CodeVerificationFailedException.Type: String */
        [115] = {MREF(115, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(115, scalars[137]), 0, offsetof(struct awsc_lambda_code_verification_failed_exception, message), 0}, /* CodeVerificationFailedException.Message: String */
        [116] = {MREF(116, strings[1585]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(116, scalars[119]), AWSC_MEMBER_HAS(struct awsc_lambda_concurrency, reserved_concurrent_executions, has_reserved_concurrent_executions), offsetof(struct awsc_lambda_concurrency, reserved_concurrent_executions), 0}, /* Concurrency.ReservedConcurrentExecutions: ReservedConcurrentExecutions */
        [117] = {MREF(117, strings[1614]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(117, scalars[118]), AWSC_MEMBER_HAS(struct awsc_lambda_context_details, replay_children, has_replay_children), offsetof(struct awsc_lambda_context_details, replay_children), 0}, /* ContextDetails.ReplayChildren: ReplayChildren */
        [118] = {MREF(118, strings[565]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(118, scalars[103]), 0, offsetof(struct awsc_lambda_context_details, result), AWSC_MF_SENSITIVE}, /* ContextDetails.Result: OperationPayload */
        [119] = {MREF(119, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(119, structures[92].shape), 0, offsetof(struct awsc_lambda_context_details, error), 0}, /* ContextDetails.Error: ErrorObject */
        [120] = {MREF(120, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(120, structures[94].shape), 0, offsetof(struct awsc_lambda_context_failed_details, error), AWSC_MF_REQUIRED}, /* ContextFailedDetails.Error: EventError */
        [121] = {MREF(121, strings[1614]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(121, scalars[118]), AWSC_MEMBER_HAS(struct awsc_lambda_context_options, replay_children, has_replay_children), offsetof(struct awsc_lambda_context_options, replay_children), 0}, /* ContextOptions.ReplayChildren: ReplayChildren */
        [122] = {MREF(122, strings[565]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(122, structures[96].shape), 0, offsetof(struct awsc_lambda_context_succeeded_details, result), AWSC_MF_REQUIRED}, /* ContextSucceededDetails.Result: EventResult */
        [123] = {MREF(123, strings[1629]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(123, scalars[3]), AWSC_MEMBER_HAS(struct awsc_lambda_cors, allow_credentials, has_allow_credentials), offsetof(struct awsc_lambda_cors, allow_credentials), 0}, /* Cors.AllowCredentials: AllowCredentials */
        [124] = {MREF(124, strings[1646]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(124, collections[28].shape), 0, offsetof(struct awsc_lambda_cors, allow_headers), 0}, /* Cors.AllowHeaders: HeadersList */
        [125] = {MREF(125, strings[1659]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(125, collections[2].shape), 0, offsetof(struct awsc_lambda_cors, allow_methods), 0}, /* Cors.AllowMethods: AllowMethodsList */
        [126] = {MREF(126, strings[1672]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(126, collections[3].shape), 0, offsetof(struct awsc_lambda_cors, allow_origins), 0}, /* Cors.AllowOrigins: AllowOriginsList */
        [127] = {MREF(127, strings[1685]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(127, collections[28].shape), 0, offsetof(struct awsc_lambda_cors, expose_headers), 0}, /* Cors.ExposeHeaders: HeadersList */
        [128] = {MREF(128, strings[1699]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(128, scalars[77]), AWSC_MEMBER_HAS(struct awsc_lambda_cors, max_age, has_max_age), offsetof(struct awsc_lambda_cors, max_age), 0}, /* Cors.MaxAge: MaxAge */
        [129] = {MREF(129, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(129, scalars[49]), 0, offsetof(struct awsc_lambda_create_alias_input, function_name), AWSC_MF_REQUIRED}, /* CreateAliasRequest.FunctionName: FunctionName */
        [130] = {MREF(130, strings[331]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(130, scalars[2]), 0, offsetof(struct awsc_lambda_create_alias_input, name), AWSC_MF_REQUIRED}, /* CreateAliasRequest.Name: Alias */
        [131] = {MREF(131, strings[336]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(131, scalars[155]), 0, offsetof(struct awsc_lambda_create_alias_input, function_version), AWSC_MF_REQUIRED}, /* CreateAliasRequest.FunctionVersion: VersionWithLatestPublished */
        [132] = {MREF(132, strings[352]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(132, scalars[25]), 0, offsetof(struct awsc_lambda_create_alias_input, description), 0}, /* CreateAliasRequest.Description: Description */
        [133] = {MREF(133, strings[364]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(133, structures[8].shape), 0, offsetof(struct awsc_lambda_create_alias_input, routing_config), 0}, /* CreateAliasRequest.RoutingConfig: AliasRoutingConfiguration */
        [134] = {MREF(134, strings[1706]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(134, scalars[17]), 0, offsetof(struct awsc_lambda_create_capacity_provider_input, capacity_provider_name), AWSC_MF_REQUIRED}, /* CreateCapacityProviderRequest.CapacityProviderName: CapacityProviderName */
        [135] = {MREF(135, strings[701]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(135, structures[25].shape), 0, offsetof(struct awsc_lambda_create_capacity_provider_input, vpc_config), AWSC_MF_REQUIRED}, /* CreateCapacityProviderRequest.VpcConfig: CapacityProviderVpcConfig */
        [136] = {MREF(136, strings[711]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(136, structures[22].shape), 0, offsetof(struct awsc_lambda_create_capacity_provider_input, permissions_config), AWSC_MF_REQUIRED}, /* CreateCapacityProviderRequest.PermissionsConfig: CapacityProviderPermissionsConfig */
        [137] = {MREF(137, strings[729]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(137, structures[162].shape), 0, offsetof(struct awsc_lambda_create_capacity_provider_input, instance_requirements), 0}, /* CreateCapacityProviderRequest.InstanceRequirements: InstanceRequirements */
        [138] = {MREF(138, strings[750]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(138, structures[23].shape), 0, offsetof(struct awsc_lambda_create_capacity_provider_input, capacity_provider_scaling_config), 0}, /* CreateCapacityProviderRequest.CapacityProviderScalingConfig: CapacityProviderScalingConfig */
        [139] = {MREF(139, strings[780]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(139, scalars[64]), 0, offsetof(struct awsc_lambda_create_capacity_provider_input, kms_key_arn), 0}, /* CreateCapacityProviderRequest.KmsKeyArn: KMSKeyArnNonEmpty */
        [140] = {MREF(140, strings[1727]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(140, collections[48].shape), 0, offsetof(struct awsc_lambda_create_capacity_provider_input, tags), 0}, /* CreateCapacityProviderRequest.Tags: Tags */
        [141] = {MREF(141, strings[803]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(141, structures[232].shape), 0, offsetof(struct awsc_lambda_create_capacity_provider_input, propagate_tags), 0}, /* CreateCapacityProviderRequest.PropagateTags: PropagateTags */
        [142] = {MREF(142, strings[817]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(142, structures[24].shape), 0, offsetof(struct awsc_lambda_create_capacity_provider_input, telemetry_config), 0}, /* CreateCapacityProviderRequest.TelemetryConfig: CapacityProviderTelemetryConfig */
        [143] = {MREF(143, strings[1732]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(143, structures[18].shape), 0, offsetof(struct awsc_lambda_create_capacity_provider_output, capacity_provider), AWSC_MF_REQUIRED}, /* CreateCapacityProviderResponse.CapacityProvider: CapacityProvider */
        [144] = {MREF(144, strings[352]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(144, scalars[25]), 0, offsetof(struct awsc_lambda_create_code_signing_config_input, description), 0}, /* CreateCodeSigningConfigRequest.Description: Description */
        [145] = {MREF(145, strings[1408]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(145, structures[9].shape), 0, offsetof(struct awsc_lambda_create_code_signing_config_input, allowed_publishers), AWSC_MF_REQUIRED}, /* CreateCodeSigningConfigRequest.AllowedPublishers: AllowedPublishers */
        [146] = {MREF(146, strings[1426]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(146, structures[41].shape), 0, offsetof(struct awsc_lambda_create_code_signing_config_input, code_signing_policies), 0}, /* CreateCodeSigningConfigRequest.CodeSigningPolicies: CodeSigningPolicies */
        [147] = {MREF(147, strings[1727]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(147, collections[48].shape), 0, offsetof(struct awsc_lambda_create_code_signing_config_input, tags), 0}, /* CreateCodeSigningConfigRequest.Tags: Tags */
        [148] = {MREF(148, strings[1749]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(148, structures[39].shape), 0, offsetof(struct awsc_lambda_create_code_signing_config_output, code_signing_config), AWSC_MF_REQUIRED}, /* CreateCodeSigningConfigResponse.CodeSigningConfig: CodeSigningConfig */
        [149] = {MREF(149, strings[1767]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(149, scalars[4]), 0, offsetof(struct awsc_lambda_create_event_source_mapping_input, event_source_arn), 0}, /* CreateEventSourceMappingRequest.EventSourceArn: Arn */
        [150] = {MREF(150, strings[201]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(150, scalars[96]), 0, offsetof(struct awsc_lambda_create_event_source_mapping_input, function_name), AWSC_MF_REQUIRED}, /* CreateEventSourceMappingRequest.FunctionName: NamespacedFunctionName */
        [151] = {MREF(151, strings[1782]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(151, scalars[30]), AWSC_MEMBER_HAS(struct awsc_lambda_create_event_source_mapping_input, enabled, has_enabled), offsetof(struct awsc_lambda_create_event_source_mapping_input, enabled), 0}, /* CreateEventSourceMappingRequest.Enabled: Enabled */
        [152] = {MREF(152, strings[1790]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(152, scalars[6]), AWSC_MEMBER_HAS(struct awsc_lambda_create_event_source_mapping_input, batch_size, has_batch_size), offsetof(struct awsc_lambda_create_event_source_mapping_input, batch_size), 0}, /* CreateEventSourceMappingRequest.BatchSize: BatchSize */
        [153] = {MREF(153, strings[1800]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(153, structures[109].shape), 0, offsetof(struct awsc_lambda_create_event_source_mapping_input, filter_criteria), 0}, /* CreateEventSourceMappingRequest.FilterCriteria: FilterCriteria */
        [154] = {MREF(154, strings[1815]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(154, scalars[63]), 0, offsetof(struct awsc_lambda_create_event_source_mapping_input, kms_key_arn), 0}, /* CreateEventSourceMappingRequest.KMSKeyArn: KMSKeyArn */
        [155] = {MREF(155, strings[1825]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(155, structures[99].shape), 0, offsetof(struct awsc_lambda_create_event_source_mapping_input, metrics_config), 0}, /* CreateEventSourceMappingRequest.MetricsConfig: EventSourceMappingMetricsConfig */
        [156] = {MREF(156, strings[1101]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(156, structures[98].shape), 0, offsetof(struct awsc_lambda_create_event_source_mapping_input, logging_config), 0}, /* CreateEventSourceMappingRequest.LoggingConfig: EventSourceMappingLoggingConfig */
        [157] = {MREF(157, strings[1839]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(157, structures[267].shape), 0, offsetof(struct awsc_lambda_create_event_source_mapping_input, scaling_config), 0}, /* CreateEventSourceMappingRequest.ScalingConfig: ScalingConfig */
        [158] = {MREF(158, strings[1853]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(158, scalars[84]), AWSC_MEMBER_HAS(struct awsc_lambda_create_event_source_mapping_input, maximum_batching_window_in_seconds, has_maximum_batching_window_in_seconds), offsetof(struct awsc_lambda_create_event_source_mapping_input, maximum_batching_window_in_seconds), 0}, /* CreateEventSourceMappingRequest.MaximumBatchingWindowInSeconds: MaximumBatchingWindowInSeconds */
        [159] = {MREF(159, strings[1884]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(159, scalars[108]), AWSC_MEMBER_HAS(struct awsc_lambda_create_event_source_mapping_input, parallelization_factor, has_parallelization_factor), offsetof(struct awsc_lambda_create_event_source_mapping_input, parallelization_factor), 0}, /* CreateEventSourceMappingRequest.ParallelizationFactor: ParallelizationFactor */
        [160] = {MREF(160, strings[1906]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(160, enums[9].shape), 0, offsetof(struct awsc_lambda_create_event_source_mapping_input, starting_position), 0}, /* CreateEventSourceMappingRequest.StartingPosition: EventSourcePosition */
        [161] = {MREF(161, strings[1923]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(161, scalars[24]), AWSC_MEMBER_HAS(struct awsc_lambda_create_event_source_mapping_input, starting_position_timestamp, has_starting_position_timestamp), offsetof(struct awsc_lambda_create_event_source_mapping_input, starting_position_timestamp), 0}, /* CreateEventSourceMappingRequest.StartingPositionTimestamp: Date */
        [162] = {MREF(162, strings[1949]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(162, structures[75].shape), 0, offsetof(struct awsc_lambda_create_event_source_mapping_input, destination_config), 0}, /* CreateEventSourceMappingRequest.DestinationConfig: DestinationConfig */
        [163] = {MREF(163, strings[1967]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(163, scalars[88]), AWSC_MEMBER_HAS(struct awsc_lambda_create_event_source_mapping_input, maximum_record_age_in_seconds, has_maximum_record_age_in_seconds), offsetof(struct awsc_lambda_create_event_source_mapping_input, maximum_record_age_in_seconds), 0}, /* CreateEventSourceMappingRequest.MaximumRecordAgeInSeconds: MaximumRecordAgeInSeconds */
        [164] = {MREF(164, strings[1993]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(164, scalars[8]), AWSC_MEMBER_HAS(struct awsc_lambda_create_event_source_mapping_input, bisect_batch_on_function_error, has_bisect_batch_on_function_error), offsetof(struct awsc_lambda_create_event_source_mapping_input, bisect_batch_on_function_error), 0}, /* CreateEventSourceMappingRequest.BisectBatchOnFunctionError: BisectBatchOnFunctionError */
        [165] = {MREF(165, strings[2020]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(165, scalars[90]), AWSC_MEMBER_HAS(struct awsc_lambda_create_event_source_mapping_input, maximum_retry_attempts, has_maximum_retry_attempts), offsetof(struct awsc_lambda_create_event_source_mapping_input, maximum_retry_attempts), 0}, /* CreateEventSourceMappingRequest.MaximumRetryAttempts: MaximumRetryAttemptsEventSourceMapping */
        [166] = {MREF(166, strings[1727]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(166, collections[48].shape), 0, offsetof(struct awsc_lambda_create_event_source_mapping_input, tags), 0}, /* CreateEventSourceMappingRequest.Tags: Tags */
        [167] = {MREF(167, strings[2041]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(167, scalars[149]), AWSC_MEMBER_HAS(struct awsc_lambda_create_event_source_mapping_input, tumbling_window_in_seconds, has_tumbling_window_in_seconds), offsetof(struct awsc_lambda_create_event_source_mapping_input, tumbling_window_in_seconds), 0}, /* CreateEventSourceMappingRequest.TumblingWindowInSeconds: TumblingWindowInSeconds */
        [168] = {MREF(168, strings[2065]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(168, collections[49].shape), 0, offsetof(struct awsc_lambda_create_event_source_mapping_input, topics), 0}, /* CreateEventSourceMappingRequest.Topics: Topics */
        [169] = {MREF(169, strings[2072]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(169, collections[40].shape), 0, offsetof(struct awsc_lambda_create_event_source_mapping_input, queues), 0}, /* CreateEventSourceMappingRequest.Queues: Queues */
        [170] = {MREF(170, strings[2079]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(170, collections[43].shape), 0, offsetof(struct awsc_lambda_create_event_source_mapping_input, source_access_configurations), 0}, /* CreateEventSourceMappingRequest.SourceAccessConfigurations: SourceAccessConfigurations */
        [171] = {MREF(171, strings[2106]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(171, structures[268].shape), 0, offsetof(struct awsc_lambda_create_event_source_mapping_input, self_managed_event_source), 0}, /* CreateEventSourceMappingRequest.SelfManagedEventSource: SelfManagedEventSource */
        [172] = {MREF(172, strings[2129]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(172, collections[25].shape), 0, offsetof(struct awsc_lambda_create_event_source_mapping_input, function_response_types), 0}, /* CreateEventSourceMappingRequest.FunctionResponseTypes: FunctionResponseTypeList */
        [173] = {MREF(173, strings[2151]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(173, structures[10].shape), 0, offsetof(struct awsc_lambda_create_event_source_mapping_input, amazon_managed_kafka_event_source_config), 0}, /* CreateEventSourceMappingRequest.AmazonManagedKafkaEventSourceConfig: AmazonManagedKafkaEventSourceConfig */
        [174] = {MREF(174, strings[2187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(174, structures[269].shape), 0, offsetof(struct awsc_lambda_create_event_source_mapping_input, self_managed_kafka_event_source_config), 0}, /* CreateEventSourceMappingRequest.SelfManagedKafkaEventSourceConfig: SelfManagedKafkaEventSourceConfig */
        [175] = {MREF(175, strings[2221]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(175, structures[76].shape), 0, offsetof(struct awsc_lambda_create_event_source_mapping_input, document_db_event_source_config), 0}, /* CreateEventSourceMappingRequest.DocumentDBEventSourceConfig: DocumentDBEventSourceConfig */
        [176] = {MREF(176, strings[2249]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(176, structures[235].shape), 0, offsetof(struct awsc_lambda_create_event_source_mapping_input, provisioned_poller_config), 0}, /* CreateEventSourceMappingRequest.ProvisionedPollerConfig: ProvisionedPollerConfig */
        [177] = {MREF(177, strings[201]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(177, scalars[49]), 0, offsetof(struct awsc_lambda_create_function_input, function_name), AWSC_MF_REQUIRED}, /* CreateFunctionRequest.FunctionName: FunctionName */
        [178] = {MREF(178, strings[2273]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(178, enums[33].shape), 0, offsetof(struct awsc_lambda_create_function_input, runtime), 0}, /* CreateFunctionRequest.Runtime: Runtime */
        [179] = {MREF(179, strings[2281]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(179, scalars[123]), 0, offsetof(struct awsc_lambda_create_function_input, role), AWSC_MF_REQUIRED}, /* CreateFunctionRequest.Role: RoleArn */
        [180] = {MREF(180, strings[2286]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(180, scalars[54]), 0, offsetof(struct awsc_lambda_create_function_input, handler), 0}, /* CreateFunctionRequest.Handler: Handler */
        [181] = {MREF(181, strings[2294]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(181, structures[111].shape), 0, offsetof(struct awsc_lambda_create_function_input, code), AWSC_MF_REQUIRED}, /* CreateFunctionRequest.Code: FunctionCode */
        [182] = {MREF(182, strings[352]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(182, scalars[25]), 0, offsetof(struct awsc_lambda_create_function_input, description), 0}, /* CreateFunctionRequest.Description: Description */
        [183] = {MREF(183, strings[634]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(183, scalars[145]), AWSC_MEMBER_HAS(struct awsc_lambda_create_function_input, timeout, has_timeout), offsetof(struct awsc_lambda_create_function_input, timeout), 0}, /* CreateFunctionRequest.Timeout: Timeout */
        [184] = {MREF(184, strings[2299]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(184, scalars[91]), AWSC_MEMBER_HAS(struct awsc_lambda_create_function_input, memory_size, has_memory_size), offsetof(struct awsc_lambda_create_function_input, memory_size), 0}, /* CreateFunctionRequest.MemorySize: MemorySize */
        [185] = {MREF(185, strings[2310]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(185, scalars[11]), AWSC_MEMBER_HAS(struct awsc_lambda_create_function_input, publish, has_publish), offsetof(struct awsc_lambda_create_function_input, publish), 0}, /* CreateFunctionRequest.Publish: Boolean */
        [186] = {MREF(186, strings[2318]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(186, enums[16].shape), 0, offsetof(struct awsc_lambda_create_function_input, publish_to), 0}, /* CreateFunctionRequest.PublishTo: FunctionVersionLatestPublished */
        [187] = {MREF(187, strings[701]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(187, structures[315].shape), 0, offsetof(struct awsc_lambda_create_function_input, vpc_config), 0}, /* CreateFunctionRequest.VpcConfig: VpcConfig */
        [188] = {MREF(188, strings[2328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(188, enums[28].shape), 0, offsetof(struct awsc_lambda_create_function_input, package_type), 0}, /* CreateFunctionRequest.PackageType: PackageType */
        [189] = {MREF(189, strings[2340]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(189, structures[60].shape), 0, offsetof(struct awsc_lambda_create_function_input, dead_letter_config), 0}, /* CreateFunctionRequest.DeadLetterConfig: DeadLetterConfig */
        [190] = {MREF(190, strings[2357]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(190, structures[88].shape), 0, offsetof(struct awsc_lambda_create_function_input, environment), 0}, /* CreateFunctionRequest.Environment: Environment */
        [191] = {MREF(191, strings[1815]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(191, scalars[63]), 0, offsetof(struct awsc_lambda_create_function_input, kms_key_arn), 0}, /* CreateFunctionRequest.KMSKeyArn: KMSKeyArn */
        [192] = {MREF(192, strings[2369]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(192, structures[300].shape), 0, offsetof(struct awsc_lambda_create_function_input, tracing_config), 0}, /* CreateFunctionRequest.TracingConfig: TracingConfig */
        [193] = {MREF(193, strings[1727]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(193, collections[48].shape), 0, offsetof(struct awsc_lambda_create_function_input, tags), 0}, /* CreateFunctionRequest.Tags: Tags */
        [194] = {MREF(194, strings[2383]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(194, collections[32].shape), 0, offsetof(struct awsc_lambda_create_function_input, layers), 0}, /* CreateFunctionRequest.Layers: LayerList */
        [195] = {MREF(195, strings[2390]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(195, collections[20].shape), 0, offsetof(struct awsc_lambda_create_function_input, file_system_configs), 0}, /* CreateFunctionRequest.FileSystemConfigs: FileSystemConfigList */
        [196] = {MREF(196, strings[1387]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(196, scalars[20]), 0, offsetof(struct awsc_lambda_create_function_input, code_signing_config_arn), 0}, /* CreateFunctionRequest.CodeSigningConfigArn: CodeSigningConfigArn */
        [197] = {MREF(197, strings[2408]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(197, structures[159].shape), 0, offsetof(struct awsc_lambda_create_function_input, image_config), 0}, /* CreateFunctionRequest.ImageConfig: ImageConfig */
        [198] = {MREF(198, strings[2420]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(198, collections[4].shape), 0, offsetof(struct awsc_lambda_create_function_input, architectures), 0}, /* CreateFunctionRequest.Architectures: ArchitecturesList */
        [199] = {MREF(199, strings[2434]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(199, structures[91].shape), 0, offsetof(struct awsc_lambda_create_function_input, ephemeral_storage), 0}, /* CreateFunctionRequest.EphemeralStorage: EphemeralStorage */
        [200] = {MREF(200, strings[2451]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(200, structures[279].shape), 0, offsetof(struct awsc_lambda_create_function_input, snap_start), 0}, /* CreateFunctionRequest.SnapStart: SnapStart */
        [201] = {MREF(201, strings[1101]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(201, structures[223].shape), 0, offsetof(struct awsc_lambda_create_function_input, logging_config), 0}, /* CreateFunctionRequest.LoggingConfig: LoggingConfig */
        [202] = {MREF(202, strings[2461]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(202, structures[297].shape), 0, offsetof(struct awsc_lambda_create_function_input, tenancy_config), 0}, /* CreateFunctionRequest.TenancyConfig: TenancyConfig */
        [203] = {MREF(203, strings[2475]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(203, structures[19].shape), 0, offsetof(struct awsc_lambda_create_function_input, capacity_provider_config), 0}, /* CreateFunctionRequest.CapacityProviderConfig: CapacityProviderConfig */
        [204] = {MREF(204, strings[2498]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(204, structures[77].shape), 0, offsetof(struct awsc_lambda_create_function_input, durable_config), 0}, /* CreateFunctionRequest.DurableConfig: DurableConfig */
        [205] = {MREF(205, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(205, scalars[52]), 0, offsetof(struct awsc_lambda_create_function_url_config_input, function_name), AWSC_MF_REQUIRED}, /* CreateFunctionUrlConfigRequest.FunctionName: FunctionUrlFunctionName */
        [206] = {MREF(206, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(206, scalars[53]), 0, offsetof(struct awsc_lambda_create_function_url_config_input, qualifier), 0}, /* CreateFunctionUrlConfigRequest.Qualifier: FunctionUrlQualifier */
        [207] = {MREF(207, strings[2512]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(207, enums[14].shape), 0, offsetof(struct awsc_lambda_create_function_url_config_input, auth_type), AWSC_MF_REQUIRED}, /* CreateFunctionUrlConfigRequest.AuthType: FunctionUrlAuthType */
        [208] = {MREF(208, strings[2521]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(208, structures[50].shape), 0, offsetof(struct awsc_lambda_create_function_url_config_input, cors), 0}, /* CreateFunctionUrlConfigRequest.Cors: Cors */
        [209] = {MREF(209, strings[2526]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(209, enums[18].shape), 0, offsetof(struct awsc_lambda_create_function_url_config_input, invoke_mode), 0}, /* CreateFunctionUrlConfigRequest.InvokeMode: InvokeMode */
        [210] = {MREF(210, strings[2537]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(210, scalars[51]), 0, offsetof(struct awsc_lambda_create_function_url_config_output, function_url), AWSC_MF_REQUIRED}, /* CreateFunctionUrlConfigResponse.FunctionUrl: FunctionUrl */
        [211] = {MREF(211, strings[2549]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(211, scalars[48]), 0, offsetof(struct awsc_lambda_create_function_url_config_output, function_arn), AWSC_MF_REQUIRED}, /* CreateFunctionUrlConfigResponse.FunctionArn: FunctionArn */
        [212] = {MREF(212, strings[2512]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(212, enums[14].shape), 0, offsetof(struct awsc_lambda_create_function_url_config_output, auth_type), AWSC_MF_REQUIRED}, /* CreateFunctionUrlConfigResponse.AuthType: FunctionUrlAuthType */
        [213] = {MREF(213, strings[2521]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(213, structures[50].shape), 0, offsetof(struct awsc_lambda_create_function_url_config_output, cors), 0}, /* CreateFunctionUrlConfigResponse.Cors: Cors */
        [214] = {MREF(214, strings[2561]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(214, scalars[146]), 0, offsetof(struct awsc_lambda_create_function_url_config_output, creation_time), AWSC_MF_REQUIRED}, /* CreateFunctionUrlConfigResponse.CreationTime: Timestamp */
        [215] = {MREF(215, strings[2526]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(215, enums[18].shape), 0, offsetof(struct awsc_lambda_create_function_url_config_output, invoke_mode), 0}, /* CreateFunctionUrlConfigResponse.InvokeMode: InvokeMode */
        [216] = {MREF(216, strings[2574]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(216, scalars[120]), 0, offsetof(struct awsc_lambda_dead_letter_config, target_arn), 0}, /* DeadLetterConfig.TargetArn: ResourceArn */
        [217] = {MREF(217, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(217, scalars[49]), 0, offsetof(struct awsc_lambda_delete_alias_input, function_name), AWSC_MF_REQUIRED}, /* DeleteAliasRequest.FunctionName: FunctionName */
        [218] = {MREF(218, strings[331]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(218, scalars[2]), 0, offsetof(struct awsc_lambda_delete_alias_input, name), AWSC_MF_REQUIRED}, /* DeleteAliasRequest.Name: Alias */
        [219] = {MREF(219, strings[1706]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(219, scalars[17]), 0, offsetof(struct awsc_lambda_delete_capacity_provider_input, capacity_provider_name), AWSC_MF_REQUIRED}, /* DeleteCapacityProviderRequest.CapacityProviderName: CapacityProviderName */
        [220] = {MREF(220, strings[1732]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(220, structures[18].shape), 0, offsetof(struct awsc_lambda_delete_capacity_provider_output, capacity_provider), AWSC_MF_REQUIRED}, /* DeleteCapacityProviderResponse.CapacityProvider: CapacityProvider */
        [221] = {MREF(221, strings[1387]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(221, scalars[20]), 0, offsetof(struct awsc_lambda_delete_code_signing_config_input, code_signing_config_arn), AWSC_MF_REQUIRED}, /* DeleteCodeSigningConfigRequest.CodeSigningConfigArn: CodeSigningConfigArn */
        [222] = {MREF(222, strings[2584]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(222, scalars[151]), 0, offsetof(struct awsc_lambda_delete_event_source_mapping_input, uuid), AWSC_MF_REQUIRED}, /* DeleteEventSourceMappingRequest.UUID: UUIDString */
        [223] = {MREF(223, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(223, scalars[96]), 0, offsetof(struct awsc_lambda_delete_function_code_signing_config_input, function_name), AWSC_MF_REQUIRED}, /* DeleteFunctionCodeSigningConfigRequest.FunctionName: NamespacedFunctionName */
        [224] = {MREF(224, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(224, scalars[49]), 0, offsetof(struct awsc_lambda_delete_function_concurrency_input, function_name), AWSC_MF_REQUIRED}, /* DeleteFunctionConcurrencyRequest.FunctionName: FunctionName */
        [225] = {MREF(225, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(225, scalars[96]), 0, offsetof(struct awsc_lambda_delete_function_event_invoke_config_input, function_name), AWSC_MF_REQUIRED}, /* DeleteFunctionEventInvokeConfigRequest.FunctionName: NamespacedFunctionName */
        [226] = {MREF(226, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(226, scalars[100]), 0, offsetof(struct awsc_lambda_delete_function_event_invoke_config_input, qualifier), 0}, /* DeleteFunctionEventInvokeConfigRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [227] = {MREF(227, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(227, scalars[96]), 0, offsetof(struct awsc_lambda_delete_function_input, function_name), AWSC_MF_REQUIRED}, /* DeleteFunctionRequest.FunctionName: NamespacedFunctionName */
        [228] = {MREF(228, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(228, scalars[100]), 0, offsetof(struct awsc_lambda_delete_function_input, qualifier), 0}, /* DeleteFunctionRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [229] = {MREF(229, strings[2589]), AWSC_LOC_STATUS_CODE, AWSC_TSFMT_DEFAULT, MREF(229, scalars[60]), AWSC_MEMBER_HAS(struct awsc_lambda_delete_function_output, status_code, has_status_code), offsetof(struct awsc_lambda_delete_function_output, status_code), 0}, /* DeleteFunctionResponse.StatusCode: Integer */
        [230] = {MREF(230, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(230, scalars[52]), 0, offsetof(struct awsc_lambda_delete_function_url_config_input, function_name), AWSC_MF_REQUIRED}, /* DeleteFunctionUrlConfigRequest.FunctionName: FunctionUrlFunctionName */
        [231] = {MREF(231, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(231, scalars[53]), 0, offsetof(struct awsc_lambda_delete_function_url_config_input, qualifier), 0}, /* DeleteFunctionUrlConfigRequest.Qualifier: FunctionUrlQualifier */
        [232] = {MREF(232, strings[112]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(232, scalars[67]), 0, offsetof(struct awsc_lambda_delete_layer_version_input, layer_name), AWSC_MF_REQUIRED}, /* DeleteLayerVersionRequest.LayerName: LayerName */
        [233] = {MREF(233, strings[122]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(233, scalars[71]), AWSC_MEMBER_HAS(struct awsc_lambda_delete_layer_version_input, version_number, has_version_number), offsetof(struct awsc_lambda_delete_layer_version_input, version_number), AWSC_MF_REQUIRED}, /* DeleteLayerVersionRequest.VersionNumber: LayerVersionNumber */
        [234] = {MREF(234, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(234, scalars[49]), 0, offsetof(struct awsc_lambda_delete_provisioned_concurrency_config_input, function_name), AWSC_MF_REQUIRED}, /* DeleteProvisionedConcurrencyConfigRequest.FunctionName: FunctionName */
        [235] = {MREF(235, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(235, scalars[116]), 0, offsetof(struct awsc_lambda_delete_provisioned_concurrency_config_input, qualifier), AWSC_MF_REQUIRED}, /* DeleteProvisionedConcurrencyConfigRequest.Qualifier: Qualifier */
        [236] = {MREF(236, strings[2600]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(236, structures[227].shape), 0, offsetof(struct awsc_lambda_destination_config, on_success), 0}, /* DestinationConfig.OnSuccess: OnSuccess */
        [237] = {MREF(237, strings[2610]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(237, structures[226].shape), 0, offsetof(struct awsc_lambda_destination_config, on_failure), 0}, /* DestinationConfig.OnFailure: OnFailure */
        [238] = {MREF(238, strings[2620]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(238, scalars[23]), 0, offsetof(struct awsc_lambda_document_db_event_source_config, database_name), 0}, /* DocumentDBEventSourceConfig.DatabaseName: DatabaseName */
        [239] = {MREF(239, strings[2633]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(239, scalars[22]), 0, offsetof(struct awsc_lambda_document_db_event_source_config, collection_name), 0}, /* DocumentDBEventSourceConfig.CollectionName: CollectionName */
        [240] = {MREF(240, strings[2648]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(240, enums[12].shape), 0, offsetof(struct awsc_lambda_document_db_event_source_config, full_document), 0}, /* DocumentDBEventSourceConfig.FullDocument: FullDocument */
        [241] = {MREF(241, strings[1815]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(241, scalars[63]), 0, offsetof(struct awsc_lambda_durable_config, kms_key_arn), 0}, /* DurableConfig.KMSKeyArn: KMSKeyArn */
        [242] = {MREF(242, strings[2661]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(242, scalars[121]), AWSC_MEMBER_HAS(struct awsc_lambda_durable_config, retention_period_in_days, has_retention_period_in_days), offsetof(struct awsc_lambda_durable_config, retention_period_in_days), 0}, /* DurableConfig.RetentionPeriodInDays: RetentionPeriodInDays */
        [243] = {MREF(243, strings[2683]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(243, scalars[43]), AWSC_MEMBER_HAS(struct awsc_lambda_durable_config, execution_timeout, has_execution_timeout), offsetof(struct awsc_lambda_durable_config, execution_timeout), 0}, /* DurableConfig.ExecutionTimeout: ExecutionTimeout */
        [244] = {MREF(244, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(244, scalars[137]), 0, offsetof(struct awsc_lambda_durable_execution_already_started_exception, type), 0}, /* DurableExecutionAlreadyStartedException.Type: String */
        [245] = {MREF(245, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(245, scalars[137]), 0, offsetof(struct awsc_lambda_durable_execution_already_started_exception, message), 0}, /* DurableExecutionAlreadyStartedException.Message: String */
        [246] = {MREF(246, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(246, scalars[137]), 0, offsetof(struct awsc_lambda_ec2_access_denied_exception, type), 0}, /* EC2AccessDeniedException.Type: String */
        [247] = {MREF(247, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(247, scalars[137]), 0, offsetof(struct awsc_lambda_ec2_access_denied_exception, message), 0}, /* EC2AccessDeniedException.Message: String */
        [248] = {MREF(248, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(248, scalars[137]), 0, offsetof(struct awsc_lambda_ec2_throttled_exception, type), 0}, /* EC2ThrottledException.Type: String */
        [249] = {MREF(249, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(249, scalars[137]), 0, offsetof(struct awsc_lambda_ec2_throttled_exception, message), 0}, /* EC2ThrottledException.Message: String */
        [250] = {MREF(250, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(250, scalars[137]), 0, offsetof(struct awsc_lambda_ec2_unexpected_exception, type), 0}, /* EC2UnexpectedException.Type: String */
        [251] = {MREF(251, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(251, scalars[137]), 0, offsetof(struct awsc_lambda_ec2_unexpected_exception, message), 0}, /* EC2UnexpectedException.Message: String */
        [252] = {MREF(252, strings[2810]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(252, scalars[137]), 0, offsetof(struct awsc_lambda_ec2_unexpected_exception, ec2_error_code), 0}, /* EC2UnexpectedException.EC2ErrorCode: String */
        [253] = {MREF(253, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(253, scalars[137]), 0, offsetof(struct awsc_lambda_efsio_exception, type), 0}, /* EFSIOException.Type: String */
        [254] = {MREF(254, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(254, scalars[137]), 0, offsetof(struct awsc_lambda_efsio_exception, message), 0}, /* EFSIOException.Message: String */
        [255] = {MREF(255, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(255, scalars[137]), 0, offsetof(struct awsc_lambda_efs_mount_connectivity_exception, type), 0}, /* EFSMountConnectivityException.Type: String */
        [256] = {MREF(256, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(256, scalars[137]), 0, offsetof(struct awsc_lambda_efs_mount_connectivity_exception, message), 0}, /* EFSMountConnectivityException.Message: String */
        [257] = {MREF(257, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(257, scalars[137]), 0, offsetof(struct awsc_lambda_efs_mount_failure_exception, type), 0}, /* EFSMountFailureException.Type: String */
        [258] = {MREF(258, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(258, scalars[137]), 0, offsetof(struct awsc_lambda_efs_mount_failure_exception, message), 0}, /* EFSMountFailureException.Message: String */
        [259] = {MREF(259, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(259, scalars[137]), 0, offsetof(struct awsc_lambda_efs_mount_timeout_exception, type), 0}, /* EFSMountTimeoutException.Type: String */
        [260] = {MREF(260, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(260, scalars[137]), 0, offsetof(struct awsc_lambda_efs_mount_timeout_exception, message), 0}, /* EFSMountTimeoutException.Message: String */
        [261] = {MREF(261, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(261, scalars[137]), 0, offsetof(struct awsc_lambda_eni_limit_reached_exception, type), 0}, /* ENILimitReachedException.Type: String */
        [262] = {MREF(262, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(262, scalars[137]), 0, offsetof(struct awsc_lambda_eni_limit_reached_exception, message), 0}, /* ENILimitReachedException.Message: String */
        [263] = {MREF(263, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(263, scalars[137]), 0, offsetof(struct awsc_lambda_eni_not_ready_exception, type), 0}, /* ENINotReadyException.Type: String */
        [264] = {MREF(264, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(264, scalars[137]), 0, offsetof(struct awsc_lambda_eni_not_ready_exception, message), 0}, /* ENINotReadyException.Message: String */
        [265] = {MREF(265, strings[2988]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(265, collections[15].shape), 0, offsetof(struct awsc_lambda_environment, variables), AWSC_MF_SENSITIVE}, /* Environment.Variables: EnvironmentVariables */
        [266] = {MREF(266, strings[2998]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(266, scalars[137]), 0, offsetof(struct awsc_lambda_environment_error, error_code), 0}, /* EnvironmentError.ErrorCode: String */
        [267] = {MREF(267, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(267, scalars[130]), 0, offsetof(struct awsc_lambda_environment_error, message), AWSC_MF_SENSITIVE}, /* EnvironmentError.Message: SensitiveString */
        [268] = {MREF(268, strings[2988]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(268, collections[15].shape), 0, offsetof(struct awsc_lambda_environment_response, variables), AWSC_MF_SENSITIVE}, /* EnvironmentResponse.Variables: EnvironmentVariables */
        [269] = {MREF(269, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(269, structures[89].shape), 0, offsetof(struct awsc_lambda_environment_response, error), 0}, /* EnvironmentResponse.Error: EnvironmentError */
        [270] = {MREF(270, strings[3008]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(270, scalars[34]), AWSC_MEMBER_HAS(struct awsc_lambda_ephemeral_storage, size, has_size), offsetof(struct awsc_lambda_ephemeral_storage, size), AWSC_MF_REQUIRED}, /* EphemeralStorage.Size: EphemeralStorageSize */
        [271] = {MREF(271, strings[3013]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(271, scalars[36]), 0, offsetof(struct awsc_lambda_error_object, error_message), AWSC_MF_SENSITIVE}, /* ErrorObject.ErrorMessage: ErrorMessage */
        [272] = {MREF(272, strings[3026]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(272, scalars[37]), 0, offsetof(struct awsc_lambda_error_object, error_type), AWSC_MF_SENSITIVE}, /* ErrorObject.ErrorType: ErrorType */
        [273] = {MREF(273, strings[3036]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(273, scalars[35]), 0, offsetof(struct awsc_lambda_error_object, error_data), AWSC_MF_SENSITIVE}, /* ErrorObject.ErrorData: ErrorData */
        [274] = {MREF(274, strings[3046]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(274, collections[44].shape), 0, offsetof(struct awsc_lambda_error_object, stack_trace), 0}, /* ErrorObject.StackTrace: StackTraceEntries */
        [275] = {MREF(275, strings[3057]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(275, enums[10].shape), 0, offsetof(struct awsc_lambda_event, event_type), 0}, /* Event.EventType: EventType */
        [276] = {MREF(276, strings[3067]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(276, scalars[104]), 0, offsetof(struct awsc_lambda_event, sub_type), 0}, /* Event.SubType: OperationSubType */
        [277] = {MREF(277, strings[3075]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(277, scalars[38]), AWSC_MEMBER_HAS(struct awsc_lambda_event, event_id, has_event_id), offsetof(struct awsc_lambda_event, event_id), 0}, /* Event.EventId: EventId */
        [278] = {MREF(278, strings[3083]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(278, scalars[101]), 0, offsetof(struct awsc_lambda_event, id), 0}, /* Event.Id: OperationId */
        [279] = {MREF(279, strings[331]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(279, scalars[102]), 0, offsetof(struct awsc_lambda_event, name), 0}, /* Event.Name: OperationName */
        [280] = {MREF(280, strings[3086]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(280, scalars[44]), AWSC_MEMBER_HAS(struct awsc_lambda_event, event_timestamp, has_event_timestamp), offsetof(struct awsc_lambda_event, event_timestamp), 0}, /* Event.EventTimestamp: ExecutionTimestamp */
        [281] = {MREF(281, strings[3101]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(281, scalars[101]), 0, offsetof(struct awsc_lambda_event, parent_id), 0}, /* Event.ParentId: OperationId */
        [282] = {MREF(282, strings[3110]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(282, structures[103].shape), 0, offsetof(struct awsc_lambda_event, execution_started_details), 0}, /* Event.ExecutionStartedDetails: ExecutionStartedDetails */
        [283] = {MREF(283, strings[3134]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(283, structures[105].shape), 0, offsetof(struct awsc_lambda_event, execution_succeeded_details), 0}, /* Event.ExecutionSucceededDetails: ExecutionSucceededDetails */
        [284] = {MREF(284, strings[3160]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(284, structures[102].shape), 0, offsetof(struct awsc_lambda_event, execution_failed_details), 0}, /* Event.ExecutionFailedDetails: ExecutionFailedDetails */
        [285] = {MREF(285, strings[3183]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(285, structures[106].shape), 0, offsetof(struct awsc_lambda_event, execution_timed_out_details), 0}, /* Event.ExecutionTimedOutDetails: ExecutionTimedOutDetails */
        [286] = {MREF(286, strings[3208]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(286, structures[104].shape), 0, offsetof(struct awsc_lambda_event, execution_stopped_details), 0}, /* Event.ExecutionStoppedDetails: ExecutionStoppedDetails */
        [287] = {MREF(287, strings[3232]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(287, structures[48].shape), 0, offsetof(struct awsc_lambda_event, context_started_details), 0}, /* Event.ContextStartedDetails: ContextStartedDetails */
        [288] = {MREF(288, strings[3254]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(288, structures[49].shape), 0, offsetof(struct awsc_lambda_event, context_succeeded_details), 0}, /* Event.ContextSucceededDetails: ContextSucceededDetails */
        [289] = {MREF(289, strings[3278]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(289, structures[46].shape), 0, offsetof(struct awsc_lambda_event, context_failed_details), 0}, /* Event.ContextFailedDetails: ContextFailedDetails */
        [290] = {MREF(290, strings[3299]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(290, structures[320].shape), 0, offsetof(struct awsc_lambda_event, wait_started_details), 0}, /* Event.WaitStartedDetails: WaitStartedDetails */
        [291] = {MREF(291, strings[3318]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(291, structures[321].shape), 0, offsetof(struct awsc_lambda_event, wait_succeeded_details), 0}, /* Event.WaitSucceededDetails: WaitSucceededDetails */
        [292] = {MREF(292, strings[3339]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(292, structures[317].shape), 0, offsetof(struct awsc_lambda_event, wait_cancelled_details), 0}, /* Event.WaitCancelledDetails: WaitCancelledDetails */
        [293] = {MREF(293, strings[3360]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(293, structures[289].shape), 0, offsetof(struct awsc_lambda_event, step_started_details), 0}, /* Event.StepStartedDetails: StepStartedDetails */
        [294] = {MREF(294, strings[3379]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(294, structures[290].shape), 0, offsetof(struct awsc_lambda_event, step_succeeded_details), 0}, /* Event.StepSucceededDetails: StepSucceededDetails */
        [295] = {MREF(295, strings[3400]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(295, structures[287].shape), 0, offsetof(struct awsc_lambda_event, step_failed_details), 0}, /* Event.StepFailedDetails: StepFailedDetails */
        [296] = {MREF(296, strings[3418]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(296, structures[29].shape), 0, offsetof(struct awsc_lambda_event, chained_invoke_started_details), 0}, /* Event.ChainedInvokeStartedDetails: ChainedInvokeStartedDetails */
        [297] = {MREF(297, strings[3446]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(297, structures[31].shape), 0, offsetof(struct awsc_lambda_event, chained_invoke_succeeded_details), 0}, /* Event.ChainedInvokeSucceededDetails: ChainedInvokeSucceededDetails */
        [298] = {MREF(298, strings[3476]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(298, structures[27].shape), 0, offsetof(struct awsc_lambda_event, chained_invoke_failed_details), 0}, /* Event.ChainedInvokeFailedDetails: ChainedInvokeFailedDetails */
        [299] = {MREF(299, strings[3503]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(299, structures[32].shape), 0, offsetof(struct awsc_lambda_event, chained_invoke_timed_out_details), 0}, /* Event.ChainedInvokeTimedOutDetails: ChainedInvokeTimedOutDetails */
        [300] = {MREF(300, strings[3532]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(300, structures[30].shape), 0, offsetof(struct awsc_lambda_event, chained_invoke_stopped_details), 0}, /* Event.ChainedInvokeStoppedDetails: ChainedInvokeStoppedDetails */
        [301] = {MREF(301, strings[3560]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(301, structures[14].shape), 0, offsetof(struct awsc_lambda_event, callback_started_details), 0}, /* Event.CallbackStartedDetails: CallbackStartedDetails */
        [302] = {MREF(302, strings[3583]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(302, structures[15].shape), 0, offsetof(struct awsc_lambda_event, callback_succeeded_details), 0}, /* Event.CallbackSucceededDetails: CallbackSucceededDetails */
        [303] = {MREF(303, strings[3608]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(303, structures[12].shape), 0, offsetof(struct awsc_lambda_event, callback_failed_details), 0}, /* Event.CallbackFailedDetails: CallbackFailedDetails */
        [304] = {MREF(304, strings[3630]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(304, structures[16].shape), 0, offsetof(struct awsc_lambda_event, callback_timed_out_details), 0}, /* Event.CallbackTimedOutDetails: CallbackTimedOutDetails */
        [305] = {MREF(305, strings[3654]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(305, structures[170].shape), 0, offsetof(struct awsc_lambda_event, invocation_completed_details), 0}, /* Event.InvocationCompletedDetails: InvocationCompletedDetails */
        [306] = {MREF(306, strings[3681]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(306, structures[92].shape), 0, offsetof(struct awsc_lambda_event_error, payload), 0}, /* EventError.Payload: ErrorObject */
        [307] = {MREF(307, strings[3689]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(307, scalars[148]), AWSC_MEMBER_HAS(struct awsc_lambda_event_error, truncated, has_truncated), offsetof(struct awsc_lambda_event_error, truncated), 0}, /* EventError.Truncated: Truncated */
        [308] = {MREF(308, strings[3681]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(308, scalars[58]), 0, offsetof(struct awsc_lambda_event_input, payload), AWSC_MF_SENSITIVE}, /* EventInput.Payload: InputPayload */
        [309] = {MREF(309, strings[3689]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(309, scalars[148]), AWSC_MEMBER_HAS(struct awsc_lambda_event_input, truncated, has_truncated), offsetof(struct awsc_lambda_event_input, truncated), 0}, /* EventInput.Truncated: Truncated */
        [310] = {MREF(310, strings[3681]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(310, scalars[103]), 0, offsetof(struct awsc_lambda_event_result, payload), AWSC_MF_SENSITIVE}, /* EventResult.Payload: OperationPayload */
        [311] = {MREF(311, strings[3689]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(311, scalars[148]), AWSC_MEMBER_HAS(struct awsc_lambda_event_result, truncated, has_truncated), offsetof(struct awsc_lambda_event_result, truncated), 0}, /* EventResult.Truncated: Truncated */
        [312] = {MREF(312, strings[2584]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(312, scalars[151]), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, uuid), 0}, /* EventSourceMappingConfiguration.UUID: UUIDString */
        [313] = {MREF(313, strings[1906]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(313, enums[9].shape), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, starting_position), 0}, /* EventSourceMappingConfiguration.StartingPosition: EventSourcePosition */
        [314] = {MREF(314, strings[1923]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(314, scalars[24]), AWSC_MEMBER_HAS(struct awsc_lambda_event_source_mapping_configuration, starting_position_timestamp, has_starting_position_timestamp), offsetof(struct awsc_lambda_event_source_mapping_configuration, starting_position_timestamp), 0}, /* EventSourceMappingConfiguration.StartingPositionTimestamp: Date */
        [315] = {MREF(315, strings[1790]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(315, scalars[6]), AWSC_MEMBER_HAS(struct awsc_lambda_event_source_mapping_configuration, batch_size, has_batch_size), offsetof(struct awsc_lambda_event_source_mapping_configuration, batch_size), 0}, /* EventSourceMappingConfiguration.BatchSize: BatchSize */
        [316] = {MREF(316, strings[1853]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(316, scalars[84]), AWSC_MEMBER_HAS(struct awsc_lambda_event_source_mapping_configuration, maximum_batching_window_in_seconds, has_maximum_batching_window_in_seconds), offsetof(struct awsc_lambda_event_source_mapping_configuration, maximum_batching_window_in_seconds), 0}, /* EventSourceMappingConfiguration.MaximumBatchingWindowInSeconds: MaximumBatchingWindowInSeconds */
        [317] = {MREF(317, strings[1884]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(317, scalars[108]), AWSC_MEMBER_HAS(struct awsc_lambda_event_source_mapping_configuration, parallelization_factor, has_parallelization_factor), offsetof(struct awsc_lambda_event_source_mapping_configuration, parallelization_factor), 0}, /* EventSourceMappingConfiguration.ParallelizationFactor: ParallelizationFactor */
        [318] = {MREF(318, strings[1767]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(318, scalars[4]), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, event_source_arn), 0}, /* EventSourceMappingConfiguration.EventSourceArn: Arn */
        [319] = {MREF(319, strings[1800]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(319, structures[109].shape), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, filter_criteria), 0}, /* EventSourceMappingConfiguration.FilterCriteria: FilterCriteria */
        [320] = {MREF(320, strings[3699]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(320, structures[110].shape), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, filter_criteria_error), 0}, /* EventSourceMappingConfiguration.FilterCriteriaError: FilterCriteriaError */
        [321] = {MREF(321, strings[1815]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(321, scalars[63]), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, kms_key_arn), 0}, /* EventSourceMappingConfiguration.KMSKeyArn: KMSKeyArn */
        [322] = {MREF(322, strings[1825]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(322, structures[99].shape), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, metrics_config), 0}, /* EventSourceMappingConfiguration.MetricsConfig: EventSourceMappingMetricsConfig */
        [323] = {MREF(323, strings[1101]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(323, structures[98].shape), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, logging_config), 0}, /* EventSourceMappingConfiguration.LoggingConfig: EventSourceMappingLoggingConfig */
        [324] = {MREF(324, strings[1839]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(324, structures[267].shape), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, scaling_config), 0}, /* EventSourceMappingConfiguration.ScalingConfig: ScalingConfig */
        [325] = {MREF(325, strings[2549]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(325, scalars[48]), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, function_arn), 0}, /* EventSourceMappingConfiguration.FunctionArn: FunctionArn */
        [326] = {MREF(326, strings[790]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(326, scalars[24]), AWSC_MEMBER_HAS(struct awsc_lambda_event_source_mapping_configuration, last_modified, has_last_modified), offsetof(struct awsc_lambda_event_source_mapping_configuration, last_modified), 0}, /* EventSourceMappingConfiguration.LastModified: Date */
        [327] = {MREF(327, strings[3719]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(327, scalars[137]), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, last_processing_result), 0}, /* EventSourceMappingConfiguration.LastProcessingResult: String */
        [328] = {MREF(328, strings[695]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(328, scalars[137]), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, state), 0}, /* EventSourceMappingConfiguration.State: String */
        [329] = {MREF(329, strings[3740]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(329, scalars[137]), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, state_transition_reason), 0}, /* EventSourceMappingConfiguration.StateTransitionReason: String */
        [330] = {MREF(330, strings[1949]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(330, structures[75].shape), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, destination_config), 0}, /* EventSourceMappingConfiguration.DestinationConfig: DestinationConfig */
        [331] = {MREF(331, strings[2065]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(331, collections[49].shape), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, topics), 0}, /* EventSourceMappingConfiguration.Topics: Topics */
        [332] = {MREF(332, strings[2072]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(332, collections[40].shape), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, queues), 0}, /* EventSourceMappingConfiguration.Queues: Queues */
        [333] = {MREF(333, strings[2079]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(333, collections[43].shape), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, source_access_configurations), 0}, /* EventSourceMappingConfiguration.SourceAccessConfigurations: SourceAccessConfigurations */
        [334] = {MREF(334, strings[2106]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(334, structures[268].shape), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, self_managed_event_source), 0}, /* EventSourceMappingConfiguration.SelfManagedEventSource: SelfManagedEventSource */
        [335] = {MREF(335, strings[1967]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(335, scalars[88]), AWSC_MEMBER_HAS(struct awsc_lambda_event_source_mapping_configuration, maximum_record_age_in_seconds, has_maximum_record_age_in_seconds), offsetof(struct awsc_lambda_event_source_mapping_configuration, maximum_record_age_in_seconds), 0}, /* EventSourceMappingConfiguration.MaximumRecordAgeInSeconds: MaximumRecordAgeInSeconds */
        [336] = {MREF(336, strings[1993]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(336, scalars[8]), AWSC_MEMBER_HAS(struct awsc_lambda_event_source_mapping_configuration, bisect_batch_on_function_error, has_bisect_batch_on_function_error), offsetof(struct awsc_lambda_event_source_mapping_configuration, bisect_batch_on_function_error), 0}, /* EventSourceMappingConfiguration.BisectBatchOnFunctionError: BisectBatchOnFunctionError */
        [337] = {MREF(337, strings[2020]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(337, scalars[90]), AWSC_MEMBER_HAS(struct awsc_lambda_event_source_mapping_configuration, maximum_retry_attempts, has_maximum_retry_attempts), offsetof(struct awsc_lambda_event_source_mapping_configuration, maximum_retry_attempts), 0}, /* EventSourceMappingConfiguration.MaximumRetryAttempts: MaximumRetryAttemptsEventSourceMapping */
        [338] = {MREF(338, strings[2041]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(338, scalars[149]), AWSC_MEMBER_HAS(struct awsc_lambda_event_source_mapping_configuration, tumbling_window_in_seconds, has_tumbling_window_in_seconds), offsetof(struct awsc_lambda_event_source_mapping_configuration, tumbling_window_in_seconds), 0}, /* EventSourceMappingConfiguration.TumblingWindowInSeconds: TumblingWindowInSeconds */
        [339] = {MREF(339, strings[2129]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(339, collections[25].shape), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, function_response_types), 0}, /* EventSourceMappingConfiguration.FunctionResponseTypes: FunctionResponseTypeList */
        [340] = {MREF(340, strings[2151]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(340, structures[10].shape), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, amazon_managed_kafka_event_source_config), 0}, /* EventSourceMappingConfiguration.AmazonManagedKafkaEventSourceConfig: AmazonManagedKafkaEventSourceConfig */
        [341] = {MREF(341, strings[2187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(341, structures[269].shape), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, self_managed_kafka_event_source_config), 0}, /* EventSourceMappingConfiguration.SelfManagedKafkaEventSourceConfig: SelfManagedKafkaEventSourceConfig */
        [342] = {MREF(342, strings[2221]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(342, structures[76].shape), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, document_db_event_source_config), 0}, /* EventSourceMappingConfiguration.DocumentDBEventSourceConfig: DocumentDBEventSourceConfig */
        [343] = {MREF(343, strings[3762]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(343, scalars[39]), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, event_source_mapping_arn), 0}, /* EventSourceMappingConfiguration.EventSourceMappingArn: EventSourceMappingArn */
        [344] = {MREF(344, strings[2249]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(344, structures[235].shape), 0, offsetof(struct awsc_lambda_event_source_mapping_configuration, provisioned_poller_config), 0}, /* EventSourceMappingConfiguration.ProvisionedPollerConfig: ProvisionedPollerConfig */
        [345] = {MREF(345, strings[917]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(345, enums[8].shape), 0, offsetof(struct awsc_lambda_event_source_mapping_logging_config, system_log_level), 0}, /* EventSourceMappingLoggingConfig.SystemLogLevel: EventSourceMappingSystemLogLevel */
        [346] = {MREF(346, strings[3819]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(346, collections[16].shape), 0, offsetof(struct awsc_lambda_event_source_mapping_metrics_config, metrics), 0}, /* EventSourceMappingMetricsConfig.Metrics: EventSourceMappingMetricList */
        [347] = {MREF(347, strings[1173]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(347, scalars[27]), 0, offsetof(struct awsc_lambda_execution, durable_execution_arn), AWSC_MF_REQUIRED}, /* Execution.DurableExecutionArn: DurableExecutionArn */
        [348] = {MREF(348, strings[4279]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(348, scalars[28]), 0, offsetof(struct awsc_lambda_execution, durable_execution_name), AWSC_MF_REQUIRED}, /* Execution.DurableExecutionName: DurableExecutionName */
        [349] = {MREF(349, strings[2549]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(349, scalars[95]), 0, offsetof(struct awsc_lambda_execution, function_arn), AWSC_MF_REQUIRED}, /* Execution.FunctionArn: NameSpacedFunctionArn */
        [350] = {MREF(350, strings[4300]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(350, enums[11].shape), 0, offsetof(struct awsc_lambda_execution, status), AWSC_MF_REQUIRED}, /* Execution.Status: ExecutionStatus */
        [351] = {MREF(351, strings[4307]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(351, scalars[44]), AWSC_MEMBER_HAS(struct awsc_lambda_execution, start_timestamp, has_start_timestamp), offsetof(struct awsc_lambda_execution, start_timestamp), AWSC_MF_REQUIRED}, /* Execution.StartTimestamp: ExecutionTimestamp */
        [352] = {MREF(352, strings[4322]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(352, scalars[44]), AWSC_MEMBER_HAS(struct awsc_lambda_execution, end_timestamp, has_end_timestamp), offsetof(struct awsc_lambda_execution, end_timestamp), 0}, /* Execution.EndTimestamp: ExecutionTimestamp */
        [353] = {MREF(353, strings[1815]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(353, scalars[63]), 0, offsetof(struct awsc_lambda_execution, kms_key_arn), 0}, /* Execution.KMSKeyArn: KMSKeyArn */
        [354] = {MREF(354, strings[4335]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(354, scalars[58]), 0, offsetof(struct awsc_lambda_execution_details, input_payload), AWSC_MF_SENSITIVE}, /* ExecutionDetails.InputPayload: InputPayload */
        [355] = {MREF(355, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(355, structures[94].shape), 0, offsetof(struct awsc_lambda_execution_failed_details, error), AWSC_MF_REQUIRED}, /* ExecutionFailedDetails.Error: EventError */
        [356] = {MREF(356, strings[1151]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(356, structures[95].shape), 0, offsetof(struct awsc_lambda_execution_started_details, input), AWSC_MF_REQUIRED}, /* ExecutionStartedDetails.Input: EventInput */
        [357] = {MREF(357, strings[2683]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(357, scalars[29]), AWSC_MEMBER_HAS(struct awsc_lambda_execution_started_details, execution_timeout, has_execution_timeout), offsetof(struct awsc_lambda_execution_started_details, execution_timeout), AWSC_MF_REQUIRED}, /* ExecutionStartedDetails.ExecutionTimeout: DurationSeconds */
        [358] = {MREF(358, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(358, structures[94].shape), 0, offsetof(struct awsc_lambda_execution_stopped_details, error), AWSC_MF_REQUIRED}, /* ExecutionStoppedDetails.Error: EventError */
        [359] = {MREF(359, strings[565]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(359, structures[96].shape), 0, offsetof(struct awsc_lambda_execution_succeeded_details, result), AWSC_MF_REQUIRED}, /* ExecutionSucceededDetails.Result: EventResult */
        [360] = {MREF(360, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(360, structures[94].shape), 0, offsetof(struct awsc_lambda_execution_timed_out_details, error), 0}, /* ExecutionTimedOutDetails.Error: EventError */
        [361] = {MREF(361, strings[4391]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(361, scalars[45]), 0, offsetof(struct awsc_lambda_file_system_config, arn), AWSC_MF_REQUIRED}, /* FileSystemConfig.Arn: FileSystemArn */
        [362] = {MREF(362, strings[4395]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(362, scalars[73]), 0, offsetof(struct awsc_lambda_file_system_config, local_mount_path), AWSC_MF_REQUIRED}, /* FileSystemConfig.LocalMountPath: LocalMountPath */
        [363] = {MREF(363, strings[4410]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(363, scalars[109]), 0, offsetof(struct awsc_lambda_filter, pattern), 0}, /* Filter.Pattern: Pattern */
        [364] = {MREF(364, strings[4418]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(364, collections[21].shape), 0, offsetof(struct awsc_lambda_filter_criteria, filters), 0}, /* FilterCriteria.Filters: FilterList */
        [365] = {MREF(365, strings[2998]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(365, scalars[46]), 0, offsetof(struct awsc_lambda_filter_criteria_error, error_code), 0}, /* FilterCriteriaError.ErrorCode: FilterCriteriaErrorCode */
        [366] = {MREF(366, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(366, scalars[47]), 0, offsetof(struct awsc_lambda_filter_criteria_error, message), 0}, /* FilterCriteriaError.Message: FilterCriteriaErrorMessage */
        [367] = {MREF(367, strings[4447]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(367, scalars[9]), 0, offsetof(struct awsc_lambda_function_code, zip_file), AWSC_MF_SENSITIVE}, /* FunctionCode.ZipFile: Blob */
        [368] = {MREF(368, strings[4455]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(368, scalars[125]), 0, offsetof(struct awsc_lambda_function_code, s3_bucket), 0}, /* FunctionCode.S3Bucket: S3Bucket */
        [369] = {MREF(369, strings[4464]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(369, scalars[126]), 0, offsetof(struct awsc_lambda_function_code, s3_key), 0}, /* FunctionCode.S3Key: S3Key */
        [370] = {MREF(370, strings[4470]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(370, scalars[127]), 0, offsetof(struct awsc_lambda_function_code, s3_object_version), 0}, /* FunctionCode.S3ObjectVersion: S3ObjectVersion */
        [371] = {MREF(371, strings[4486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(371, enums[34].shape), 0, offsetof(struct awsc_lambda_function_code, s3_object_storage_mode), 0}, /* FunctionCode.S3ObjectStorageMode: S3ObjectStorageMode */
        [372] = {MREF(372, strings[4506]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(372, scalars[137]), 0, offsetof(struct awsc_lambda_function_code, image_uri), 0}, /* FunctionCode.ImageUri: String */
        [373] = {MREF(373, strings[4515]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(373, scalars[63]), 0, offsetof(struct awsc_lambda_function_code, source_kms_key_arn), 0}, /* FunctionCode.SourceKMSKeyArn: KMSKeyArn */
        [374] = {MREF(374, strings[4531]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(374, scalars[137]), 0, offsetof(struct awsc_lambda_function_code_location, repository_type), 0}, /* FunctionCodeLocation.RepositoryType: String */
        [375] = {MREF(375, strings[4546]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(375, scalars[131]), 0, offsetof(struct awsc_lambda_function_code_location, location), 0}, /* FunctionCodeLocation.Location: SensitiveStringOnServerOnly */
        [376] = {MREF(376, strings[4506]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(376, scalars[137]), 0, offsetof(struct awsc_lambda_function_code_location, image_uri), 0}, /* FunctionCodeLocation.ImageUri: String */
        [377] = {MREF(377, strings[4555]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(377, scalars[137]), 0, offsetof(struct awsc_lambda_function_code_location, resolved_image_uri), 0}, /* FunctionCodeLocation.ResolvedImageUri: String */
        [378] = {MREF(378, strings[4572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(378, structures[256].shape), 0, offsetof(struct awsc_lambda_function_code_location, resolved_s3_object), 0}, /* FunctionCodeLocation.ResolvedS3Object: ResolvedS3Object */
        [379] = {MREF(379, strings[4515]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(379, scalars[63]), 0, offsetof(struct awsc_lambda_function_code_location, source_kms_key_arn), 0}, /* FunctionCodeLocation.SourceKMSKeyArn: KMSKeyArn */
        [380] = {MREF(380, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(380, structures[113].shape), 0, offsetof(struct awsc_lambda_function_code_location, error), 0}, /* FunctionCodeLocation.Error: FunctionCodeLocationError */
        [381] = {MREF(381, strings[2998]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(381, scalars[137]), 0, offsetof(struct awsc_lambda_function_code_location_error, error_code), 0}, /* FunctionCodeLocationError.ErrorCode: String */
        [382] = {MREF(382, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(382, scalars[130]), 0, offsetof(struct awsc_lambda_function_code_location_error, message), AWSC_MF_SENSITIVE}, /* FunctionCodeLocationError.Message: SensitiveString */
        [383] = {MREF(383, strings[201]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(383, scalars[96]), 0, offsetof(struct awsc_lambda_function_configuration, function_name), 0}, /* FunctionConfiguration.FunctionName: NamespacedFunctionName */
        [384] = {MREF(384, strings[2549]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(384, scalars[95]), 0, offsetof(struct awsc_lambda_function_configuration, function_arn), 0}, /* FunctionConfiguration.FunctionArn: NameSpacedFunctionArn */
        [385] = {MREF(385, strings[2273]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(385, enums[33].shape), 0, offsetof(struct awsc_lambda_function_configuration, runtime), 0}, /* FunctionConfiguration.Runtime: Runtime */
        [386] = {MREF(386, strings[2281]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(386, scalars[123]), 0, offsetof(struct awsc_lambda_function_configuration, role), 0}, /* FunctionConfiguration.Role: RoleArn */
        [387] = {MREF(387, strings[2286]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(387, scalars[54]), 0, offsetof(struct awsc_lambda_function_configuration, handler), 0}, /* FunctionConfiguration.Handler: Handler */
        [388] = {MREF(388, strings[4589]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(388, scalars[75]), AWSC_MEMBER_HAS(struct awsc_lambda_function_configuration, code_size, has_code_size), offsetof(struct awsc_lambda_function_configuration, code_size), 0}, /* FunctionConfiguration.CodeSize: Long */
        [389] = {MREF(389, strings[352]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(389, scalars[25]), 0, offsetof(struct awsc_lambda_function_configuration, description), 0}, /* FunctionConfiguration.Description: Description */
        [390] = {MREF(390, strings[634]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(390, scalars[145]), AWSC_MEMBER_HAS(struct awsc_lambda_function_configuration, timeout, has_timeout), offsetof(struct awsc_lambda_function_configuration, timeout), 0}, /* FunctionConfiguration.Timeout: Timeout */
        [391] = {MREF(391, strings[2299]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(391, scalars[91]), AWSC_MEMBER_HAS(struct awsc_lambda_function_configuration, memory_size, has_memory_size), offsetof(struct awsc_lambda_function_configuration, memory_size), 0}, /* FunctionConfiguration.MemorySize: MemorySize */
        [392] = {MREF(392, strings[790]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(392, scalars[146]), 0, offsetof(struct awsc_lambda_function_configuration, last_modified), 0}, /* FunctionConfiguration.LastModified: Timestamp */
        [393] = {MREF(393, strings[4598]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(393, scalars[137]), 0, offsetof(struct awsc_lambda_function_configuration, code_sha256), 0}, /* FunctionConfiguration.CodeSha256: String */
        [394] = {MREF(394, strings[4609]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(394, scalars[154]), 0, offsetof(struct awsc_lambda_function_configuration, version), 0}, /* FunctionConfiguration.Version: Version */
        [395] = {MREF(395, strings[701]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(395, structures[316].shape), 0, offsetof(struct awsc_lambda_function_configuration, vpc_config), 0}, /* FunctionConfiguration.VpcConfig: VpcConfigResponse */
        [396] = {MREF(396, strings[2340]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(396, structures[60].shape), 0, offsetof(struct awsc_lambda_function_configuration, dead_letter_config), 0}, /* FunctionConfiguration.DeadLetterConfig: DeadLetterConfig */
        [397] = {MREF(397, strings[2357]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(397, structures[90].shape), 0, offsetof(struct awsc_lambda_function_configuration, environment), 0}, /* FunctionConfiguration.Environment: EnvironmentResponse */
        [398] = {MREF(398, strings[1815]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(398, scalars[63]), 0, offsetof(struct awsc_lambda_function_configuration, kms_key_arn), 0}, /* FunctionConfiguration.KMSKeyArn: KMSKeyArn */
        [399] = {MREF(399, strings[2369]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(399, structures[301].shape), 0, offsetof(struct awsc_lambda_function_configuration, tracing_config), 0}, /* FunctionConfiguration.TracingConfig: TracingConfigResponse */
        [400] = {MREF(400, strings[4617]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(400, scalars[48]), 0, offsetof(struct awsc_lambda_function_configuration, master_arn), 0}, /* FunctionConfiguration.MasterArn: FunctionArn */
        [401] = {MREF(401, strings[180]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(401, scalars[137]), 0, offsetof(struct awsc_lambda_function_configuration, revision_id), 0}, /* FunctionConfiguration.RevisionId: String */
        [402] = {MREF(402, strings[2383]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(402, collections[35].shape), 0, offsetof(struct awsc_lambda_function_configuration, layers), 0}, /* FunctionConfiguration.Layers: LayersReferenceList */
        [403] = {MREF(403, strings[695]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(403, enums[39].shape), 0, offsetof(struct awsc_lambda_function_configuration, state), 0}, /* FunctionConfiguration.State: State */
        [404] = {MREF(404, strings[4627]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(404, scalars[134]), 0, offsetof(struct awsc_lambda_function_configuration, state_reason), 0}, /* FunctionConfiguration.StateReason: StateReason */
        [405] = {MREF(405, strings[4639]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(405, enums[40].shape), 0, offsetof(struct awsc_lambda_function_configuration, state_reason_code), 0}, /* FunctionConfiguration.StateReasonCode: StateReasonCode */
        [406] = {MREF(406, strings[4655]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(406, enums[21].shape), 0, offsetof(struct awsc_lambda_function_configuration, last_update_status), 0}, /* FunctionConfiguration.LastUpdateStatus: LastUpdateStatus */
        [407] = {MREF(407, strings[4672]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(407, scalars[65]), 0, offsetof(struct awsc_lambda_function_configuration, last_update_status_reason), 0}, /* FunctionConfiguration.LastUpdateStatusReason: LastUpdateStatusReason */
        [408] = {MREF(408, strings[4695]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(408, enums[22].shape), 0, offsetof(struct awsc_lambda_function_configuration, last_update_status_reason_code), 0}, /* FunctionConfiguration.LastUpdateStatusReasonCode: LastUpdateStatusReasonCode */
        [409] = {MREF(409, strings[2390]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(409, collections[20].shape), 0, offsetof(struct awsc_lambda_function_configuration, file_system_configs), 0}, /* FunctionConfiguration.FileSystemConfigs: FileSystemConfigList */
        [410] = {MREF(410, strings[4722]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(410, scalars[4]), 0, offsetof(struct awsc_lambda_function_configuration, signing_profile_version_arn), 0}, /* FunctionConfiguration.SigningProfileVersionArn: Arn */
        [411] = {MREF(411, strings[4747]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(411, scalars[4]), 0, offsetof(struct awsc_lambda_function_configuration, signing_job_arn), 0}, /* FunctionConfiguration.SigningJobArn: Arn */
        [412] = {MREF(412, strings[2328]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(412, enums[28].shape), 0, offsetof(struct awsc_lambda_function_configuration, package_type), 0}, /* FunctionConfiguration.PackageType: PackageType */
        [413] = {MREF(413, strings[4761]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(413, structures[161].shape), 0, offsetof(struct awsc_lambda_function_configuration, image_config_response), 0}, /* FunctionConfiguration.ImageConfigResponse: ImageConfigResponse */
        [414] = {MREF(414, strings[2420]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(414, collections[4].shape), 0, offsetof(struct awsc_lambda_function_configuration, architectures), 0}, /* FunctionConfiguration.Architectures: ArchitecturesList */
        [415] = {MREF(415, strings[2434]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(415, structures[91].shape), 0, offsetof(struct awsc_lambda_function_configuration, ephemeral_storage), 0}, /* FunctionConfiguration.EphemeralStorage: EphemeralStorage */
        [416] = {MREF(416, strings[2451]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(416, structures[283].shape), 0, offsetof(struct awsc_lambda_function_configuration, snap_start), 0}, /* FunctionConfiguration.SnapStart: SnapStartResponse */
        [417] = {MREF(417, strings[4781]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(417, structures[262].shape), 0, offsetof(struct awsc_lambda_function_configuration, runtime_version_config), 0}, /* FunctionConfiguration.RuntimeVersionConfig: RuntimeVersionConfig */
        [418] = {MREF(418, strings[1101]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(418, structures[223].shape), 0, offsetof(struct awsc_lambda_function_configuration, logging_config), 0}, /* FunctionConfiguration.LoggingConfig: LoggingConfig */
        [419] = {MREF(419, strings[2461]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(419, structures[297].shape), 0, offsetof(struct awsc_lambda_function_configuration, tenancy_config), 0}, /* FunctionConfiguration.TenancyConfig: TenancyConfig */
        [420] = {MREF(420, strings[2475]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(420, structures[19].shape), 0, offsetof(struct awsc_lambda_function_configuration, capacity_provider_config), 0}, /* FunctionConfiguration.CapacityProviderConfig: CapacityProviderConfig */
        [421] = {MREF(421, strings[4802]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(421, scalars[137]), 0, offsetof(struct awsc_lambda_function_configuration, config_sha256), 0}, /* FunctionConfiguration.ConfigSha256: String */
        [422] = {MREF(422, strings[2498]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(422, structures[77].shape), 0, offsetof(struct awsc_lambda_function_configuration, durable_config), 0}, /* FunctionConfiguration.DurableConfig: DurableConfig */
        [423] = {MREF(423, strings[790]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(423, scalars[24]), AWSC_MEMBER_HAS(struct awsc_lambda_function_event_invoke_config, last_modified, has_last_modified), offsetof(struct awsc_lambda_function_event_invoke_config, last_modified), 0}, /* FunctionEventInvokeConfig.LastModified: Date */
        [424] = {MREF(424, strings[2549]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(424, scalars[48]), 0, offsetof(struct awsc_lambda_function_event_invoke_config, function_arn), 0}, /* FunctionEventInvokeConfig.FunctionArn: FunctionArn */
        [425] = {MREF(425, strings[2020]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(425, scalars[89]), AWSC_MEMBER_HAS(struct awsc_lambda_function_event_invoke_config, maximum_retry_attempts, has_maximum_retry_attempts), offsetof(struct awsc_lambda_function_event_invoke_config, maximum_retry_attempts), 0}, /* FunctionEventInvokeConfig.MaximumRetryAttempts: MaximumRetryAttempts */
        [426] = {MREF(426, strings[4815]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(426, scalars[86]), AWSC_MEMBER_HAS(struct awsc_lambda_function_event_invoke_config, maximum_event_age_in_seconds, has_maximum_event_age_in_seconds), offsetof(struct awsc_lambda_function_event_invoke_config, maximum_event_age_in_seconds), 0}, /* FunctionEventInvokeConfig.MaximumEventAgeInSeconds: MaximumEventAgeInSeconds */
        [427] = {MREF(427, strings[1949]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(427, structures[75].shape), 0, offsetof(struct awsc_lambda_function_event_invoke_config, destination_config), 0}, /* FunctionEventInvokeConfig.DestinationConfig: DestinationConfig */
        [428] = {MREF(428, strings[4864]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(428, scalars[50]), AWSC_MEMBER_HAS(struct awsc_lambda_function_scaling_config, min_execution_environments, has_min_execution_environments), offsetof(struct awsc_lambda_function_scaling_config, min_execution_environments), 0}, /* FunctionScalingConfig.MinExecutionEnvironments: FunctionScalingConfigExecutionEnvironments */
        [429] = {MREF(429, strings[4889]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(429, scalars[50]), AWSC_MEMBER_HAS(struct awsc_lambda_function_scaling_config, max_execution_environments, has_max_execution_environments), offsetof(struct awsc_lambda_function_scaling_config, max_execution_environments), 0}, /* FunctionScalingConfig.MaxExecutionEnvironments: FunctionScalingConfigExecutionEnvironments */
        [430] = {MREF(430, strings[2537]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(430, scalars[51]), 0, offsetof(struct awsc_lambda_function_url_config, function_url), AWSC_MF_REQUIRED}, /* FunctionUrlConfig.FunctionUrl: FunctionUrl */
        [431] = {MREF(431, strings[2549]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(431, scalars[48]), 0, offsetof(struct awsc_lambda_function_url_config, function_arn), AWSC_MF_REQUIRED}, /* FunctionUrlConfig.FunctionArn: FunctionArn */
        [432] = {MREF(432, strings[2561]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(432, scalars[146]), 0, offsetof(struct awsc_lambda_function_url_config, creation_time), AWSC_MF_REQUIRED}, /* FunctionUrlConfig.CreationTime: Timestamp */
        [433] = {MREF(433, strings[4927]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(433, scalars[146]), 0, offsetof(struct awsc_lambda_function_url_config, last_modified_time), AWSC_MF_REQUIRED}, /* FunctionUrlConfig.LastModifiedTime: Timestamp */
        [434] = {MREF(434, strings[2521]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(434, structures[50].shape), 0, offsetof(struct awsc_lambda_function_url_config, cors), 0}, /* FunctionUrlConfig.Cors: Cors */
        [435] = {MREF(435, strings[2512]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(435, enums[14].shape), 0, offsetof(struct awsc_lambda_function_url_config, auth_type), AWSC_MF_REQUIRED}, /* FunctionUrlConfig.AuthType: FunctionUrlAuthType */
        [436] = {MREF(436, strings[2526]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(436, enums[18].shape), 0, offsetof(struct awsc_lambda_function_url_config, invoke_mode), 0}, /* FunctionUrlConfig.InvokeMode: InvokeMode */
        [437] = {MREF(437, strings[2549]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(437, scalars[95]), 0, offsetof(struct awsc_lambda_function_versions_by_capacity_provider_list_item, function_arn), AWSC_MF_REQUIRED}, /* FunctionVersionsByCapacityProviderListItem.FunctionArn: NameSpacedFunctionArn */
        [438] = {MREF(438, strings[695]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(438, enums[39].shape), 0, offsetof(struct awsc_lambda_function_versions_by_capacity_provider_list_item, state), AWSC_MF_REQUIRED}, /* FunctionVersionsByCapacityProviderListItem.State: State */
        [439] = {MREF(439, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(439, scalars[137]), 0, offsetof(struct awsc_lambda_function_versions_per_capacity_provider_limit_exceeded_exception, type), 0}, /* FunctionVersionsPerCapacityProviderLimitExceededException.Type: String */
        [440] = {MREF(440, strings[411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(440, scalars[137]), 0, offsetof(struct awsc_lambda_function_versions_per_capacity_provider_limit_exceeded_exception, message), 0}, /* FunctionVersionsPerCapacityProviderLimitExceededException.message: String */
        [441] = {MREF(441, strings[5023]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(441, structures[0].shape), 0, offsetof(struct awsc_lambda_get_account_settings_output, account_limit), 0}, /* GetAccountSettingsResponse.AccountLimit: AccountLimit */
        [442] = {MREF(442, strings[5036]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(442, structures[1].shape), 0, offsetof(struct awsc_lambda_get_account_settings_output, account_usage), 0}, /* GetAccountSettingsResponse.AccountUsage: AccountUsage */
        [443] = {MREF(443, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(443, scalars[49]), 0, offsetof(struct awsc_lambda_get_alias_input, function_name), AWSC_MF_REQUIRED}, /* GetAliasRequest.FunctionName: FunctionName */
        [444] = {MREF(444, strings[331]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(444, scalars[2]), 0, offsetof(struct awsc_lambda_get_alias_input, name), AWSC_MF_REQUIRED}, /* GetAliasRequest.Name: Alias */
        [445] = {MREF(445, strings[1706]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(445, scalars[17]), 0, offsetof(struct awsc_lambda_get_capacity_provider_input, capacity_provider_name), AWSC_MF_REQUIRED}, /* GetCapacityProviderRequest.CapacityProviderName: CapacityProviderName */
        [446] = {MREF(446, strings[1732]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(446, structures[18].shape), 0, offsetof(struct awsc_lambda_get_capacity_provider_output, capacity_provider), AWSC_MF_REQUIRED}, /* GetCapacityProviderResponse.CapacityProvider: CapacityProvider */
        [447] = {MREF(447, strings[1387]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(447, scalars[20]), 0, offsetof(struct awsc_lambda_get_code_signing_config_input, code_signing_config_arn), AWSC_MF_REQUIRED}, /* GetCodeSigningConfigRequest.CodeSigningConfigArn: CodeSigningConfigArn */
        [448] = {MREF(448, strings[1749]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(448, structures[39].shape), 0, offsetof(struct awsc_lambda_get_code_signing_config_output, code_signing_config), AWSC_MF_REQUIRED}, /* GetCodeSigningConfigResponse.CodeSigningConfig: CodeSigningConfig */
        [449] = {MREF(449, strings[1173]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(449, scalars[27]), 0, offsetof(struct awsc_lambda_get_durable_execution_history_input, durable_execution_arn), AWSC_MF_REQUIRED}, /* GetDurableExecutionHistoryRequest.DurableExecutionArn: DurableExecutionArn */
        [450] = {MREF(450, strings[5049]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(450, scalars[57]), AWSC_MEMBER_HAS(struct awsc_lambda_get_durable_execution_history_input, include_execution_data, has_include_execution_data), offsetof(struct awsc_lambda_get_durable_execution_history_input, include_execution_data), 0}, /* GetDurableExecutionHistoryRequest.IncludeExecutionData: IncludeExecutionData */
        [451] = {MREF(451, strings[5070]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(451, scalars[62]), AWSC_MEMBER_HAS(struct awsc_lambda_get_durable_execution_history_input, max_items, has_max_items), offsetof(struct awsc_lambda_get_durable_execution_history_input, max_items), 0}, /* GetDurableExecutionHistoryRequest.MaxItems: ItemCount */
        [452] = {MREF(452, strings[5079]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(452, scalars[137]), 0, offsetof(struct awsc_lambda_get_durable_execution_history_input, marker), 0}, /* GetDurableExecutionHistoryRequest.Marker: String */
        [453] = {MREF(453, strings[5086]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(453, scalars[122]), AWSC_MEMBER_HAS(struct awsc_lambda_get_durable_execution_history_input, reverse_order, has_reverse_order), offsetof(struct awsc_lambda_get_durable_execution_history_input, reverse_order), 0}, /* GetDurableExecutionHistoryRequest.ReverseOrder: ReverseOrder */
        [454] = {MREF(454, strings[5099]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(454, collections[18].shape), 0, offsetof(struct awsc_lambda_get_durable_execution_history_output, events), AWSC_MF_REQUIRED}, /* GetDurableExecutionHistoryResponse.Events: Events */
        [455] = {MREF(455, strings[1258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(455, scalars[137]), 0, offsetof(struct awsc_lambda_get_durable_execution_history_output, next_marker), 0}, /* GetDurableExecutionHistoryResponse.NextMarker: String */
        [456] = {MREF(456, strings[1173]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(456, scalars[27]), 0, offsetof(struct awsc_lambda_get_durable_execution_input, durable_execution_arn), AWSC_MF_REQUIRED}, /* GetDurableExecutionRequest.DurableExecutionArn: DurableExecutionArn */
        [457] = {MREF(457, strings[5049]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(457, scalars[57]), AWSC_MEMBER_HAS(struct awsc_lambda_get_durable_execution_input, include_execution_data, has_include_execution_data), offsetof(struct awsc_lambda_get_durable_execution_input, include_execution_data), 0}, /* GetDurableExecutionRequest.IncludeExecutionData: IncludeExecutionData */
        [458] = {MREF(458, strings[1173]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(458, scalars[27]), 0, offsetof(struct awsc_lambda_get_durable_execution_output, durable_execution_arn), AWSC_MF_REQUIRED}, /* GetDurableExecutionResponse.DurableExecutionArn: DurableExecutionArn */
        [459] = {MREF(459, strings[4279]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(459, scalars[28]), 0, offsetof(struct awsc_lambda_get_durable_execution_output, durable_execution_name), AWSC_MF_REQUIRED}, /* GetDurableExecutionResponse.DurableExecutionName: DurableExecutionName */
        [460] = {MREF(460, strings[2549]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(460, scalars[95]), 0, offsetof(struct awsc_lambda_get_durable_execution_output, function_arn), AWSC_MF_REQUIRED}, /* GetDurableExecutionResponse.FunctionArn: NameSpacedFunctionArn */
        [461] = {MREF(461, strings[4335]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(461, scalars[58]), 0, offsetof(struct awsc_lambda_get_durable_execution_output, input_payload), AWSC_MF_SENSITIVE}, /* GetDurableExecutionResponse.InputPayload: InputPayload */
        [462] = {MREF(462, strings[565]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(462, scalars[107]), 0, offsetof(struct awsc_lambda_get_durable_execution_output, result), AWSC_MF_SENSITIVE}, /* GetDurableExecutionResponse.Result: OutputPayload */
        [463] = {MREF(463, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(463, structures[92].shape), 0, offsetof(struct awsc_lambda_get_durable_execution_output, error), 0}, /* GetDurableExecutionResponse.Error: ErrorObject */
        [464] = {MREF(464, strings[4307]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(464, scalars[44]), AWSC_MEMBER_HAS(struct awsc_lambda_get_durable_execution_output, start_timestamp, has_start_timestamp), offsetof(struct awsc_lambda_get_durable_execution_output, start_timestamp), AWSC_MF_REQUIRED}, /* GetDurableExecutionResponse.StartTimestamp: ExecutionTimestamp */
        [465] = {MREF(465, strings[4300]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(465, enums[11].shape), 0, offsetof(struct awsc_lambda_get_durable_execution_output, status), AWSC_MF_REQUIRED}, /* GetDurableExecutionResponse.Status: ExecutionStatus */
        [466] = {MREF(466, strings[4322]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(466, scalars[44]), AWSC_MEMBER_HAS(struct awsc_lambda_get_durable_execution_output, end_timestamp, has_end_timestamp), offsetof(struct awsc_lambda_get_durable_execution_output, end_timestamp), 0}, /* GetDurableExecutionResponse.EndTimestamp: ExecutionTimestamp */
        [467] = {MREF(467, strings[4609]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(467, scalars[155]), 0, offsetof(struct awsc_lambda_get_durable_execution_output, version), 0}, /* GetDurableExecutionResponse.Version: VersionWithLatestPublished */
        [468] = {MREF(468, strings[5106]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(468, structures[299].shape), 0, offsetof(struct awsc_lambda_get_durable_execution_output, trace_header), 0}, /* GetDurableExecutionResponse.TraceHeader: TraceHeader */
        [469] = {MREF(469, strings[5118]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(469, scalars[41]), AWSC_MEMBER_HAS(struct awsc_lambda_get_durable_execution_output, execution_data_included, has_execution_data_included), offsetof(struct awsc_lambda_get_durable_execution_output, execution_data_included), 0}, /* GetDurableExecutionResponse.ExecutionDataIncluded: ExecutionDataIncluded */
        [470] = {MREF(470, strings[2498]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(470, structures[77].shape), 0, offsetof(struct awsc_lambda_get_durable_execution_output, durable_config), 0}, /* GetDurableExecutionResponse.DurableConfig: DurableConfig */
        [471] = {MREF(471, strings[1173]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(471, scalars[27]), 0, offsetof(struct awsc_lambda_get_durable_execution_state_input, durable_execution_arn), AWSC_MF_REQUIRED}, /* GetDurableExecutionStateRequest.DurableExecutionArn: DurableExecutionArn */
        [472] = {MREF(472, strings[1193]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(472, scalars[18]), 0, offsetof(struct awsc_lambda_get_durable_execution_state_input, checkpoint_token), AWSC_MF_REQUIRED}, /* GetDurableExecutionStateRequest.CheckpointToken: CheckpointToken */
        [473] = {MREF(473, strings[5079]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(473, scalars[137]), 0, offsetof(struct awsc_lambda_get_durable_execution_state_input, marker), 0}, /* GetDurableExecutionStateRequest.Marker: String */
        [474] = {MREF(474, strings[5070]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(474, scalars[62]), AWSC_MEMBER_HAS(struct awsc_lambda_get_durable_execution_state_input, max_items, has_max_items), offsetof(struct awsc_lambda_get_durable_execution_state_input, max_items), 0}, /* GetDurableExecutionStateRequest.MaxItems: ItemCount */
        [475] = {MREF(475, strings[1247]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(475, collections[37].shape), 0, offsetof(struct awsc_lambda_get_durable_execution_state_output, operations), AWSC_MF_REQUIRED}, /* GetDurableExecutionStateResponse.Operations: Operations */
        [476] = {MREF(476, strings[1258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(476, scalars[137]), 0, offsetof(struct awsc_lambda_get_durable_execution_state_output, next_marker), 0}, /* GetDurableExecutionStateResponse.NextMarker: String */
        [477] = {MREF(477, strings[2584]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(477, scalars[151]), 0, offsetof(struct awsc_lambda_get_event_source_mapping_input, uuid), AWSC_MF_REQUIRED}, /* GetEventSourceMappingRequest.UUID: UUIDString */
        [478] = {MREF(478, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(478, scalars[96]), 0, offsetof(struct awsc_lambda_get_function_code_signing_config_input, function_name), AWSC_MF_REQUIRED}, /* GetFunctionCodeSigningConfigRequest.FunctionName: NamespacedFunctionName */
        [479] = {MREF(479, strings[1387]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(479, scalars[20]), 0, offsetof(struct awsc_lambda_get_function_code_signing_config_output, code_signing_config_arn), AWSC_MF_REQUIRED}, /* GetFunctionCodeSigningConfigResponse.CodeSigningConfigArn: CodeSigningConfigArn */
        [480] = {MREF(480, strings[201]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(480, scalars[49]), 0, offsetof(struct awsc_lambda_get_function_code_signing_config_output, function_name), AWSC_MF_REQUIRED}, /* GetFunctionCodeSigningConfigResponse.FunctionName: FunctionName */
        [481] = {MREF(481, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(481, scalars[49]), 0, offsetof(struct awsc_lambda_get_function_concurrency_input, function_name), AWSC_MF_REQUIRED}, /* GetFunctionConcurrencyRequest.FunctionName: FunctionName */
        [482] = {MREF(482, strings[1585]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(482, scalars[119]), AWSC_MEMBER_HAS(struct awsc_lambda_get_function_concurrency_output, reserved_concurrent_executions, has_reserved_concurrent_executions), offsetof(struct awsc_lambda_get_function_concurrency_output, reserved_concurrent_executions), 0}, /* GetFunctionConcurrencyResponse.ReservedConcurrentExecutions: ReservedConcurrentExecutions */
        [483] = {MREF(483, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(483, scalars[96]), 0, offsetof(struct awsc_lambda_get_function_configuration_input, function_name), AWSC_MF_REQUIRED}, /* GetFunctionConfigurationRequest.FunctionName: NamespacedFunctionName */
        [484] = {MREF(484, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(484, scalars[100]), 0, offsetof(struct awsc_lambda_get_function_configuration_input, qualifier), 0}, /* GetFunctionConfigurationRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [485] = {MREF(485, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(485, scalars[96]), 0, offsetof(struct awsc_lambda_get_function_event_invoke_config_input, function_name), AWSC_MF_REQUIRED}, /* GetFunctionEventInvokeConfigRequest.FunctionName: NamespacedFunctionName */
        [486] = {MREF(486, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(486, scalars[100]), 0, offsetof(struct awsc_lambda_get_function_event_invoke_config_input, qualifier), 0}, /* GetFunctionEventInvokeConfigRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [487] = {MREF(487, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(487, scalars[152]), 0, offsetof(struct awsc_lambda_get_function_recursion_config_input, function_name), AWSC_MF_REQUIRED}, /* GetFunctionRecursionConfigRequest.FunctionName: UnqualifiedFunctionName */
        [488] = {MREF(488, strings[5140]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(488, enums[31].shape), 0, offsetof(struct awsc_lambda_get_function_recursion_config_output, recursive_loop), 0}, /* GetFunctionRecursionConfigResponse.RecursiveLoop: RecursiveLoop */
        [489] = {MREF(489, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(489, scalars[96]), 0, offsetof(struct awsc_lambda_get_function_input, function_name), AWSC_MF_REQUIRED}, /* GetFunctionRequest.FunctionName: NamespacedFunctionName */
        [490] = {MREF(490, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(490, scalars[100]), 0, offsetof(struct awsc_lambda_get_function_input, qualifier), 0}, /* GetFunctionRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [491] = {MREF(491, strings[5154]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(491, structures[114].shape), 0, offsetof(struct awsc_lambda_get_function_output, configuration), 0}, /* GetFunctionResponse.Configuration: FunctionConfiguration */
        [492] = {MREF(492, strings[2294]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(492, structures[112].shape), 0, offsetof(struct awsc_lambda_get_function_output, code), 0}, /* GetFunctionResponse.Code: FunctionCodeLocation */
        [493] = {MREF(493, strings[1727]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(493, collections[48].shape), 0, offsetof(struct awsc_lambda_get_function_output, tags), 0}, /* GetFunctionResponse.Tags: Tags */
        [494] = {MREF(494, strings[5168]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(494, structures[295].shape), 0, offsetof(struct awsc_lambda_get_function_output, tags_error), 0}, /* GetFunctionResponse.TagsError: TagsError */
        [495] = {MREF(495, strings[5178]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(495, structures[44].shape), 0, offsetof(struct awsc_lambda_get_function_output, concurrency), 0}, /* GetFunctionResponse.Concurrency: Concurrency */
        [496] = {MREF(496, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(496, scalars[152]), 0, offsetof(struct awsc_lambda_get_function_scaling_config_input, function_name), AWSC_MF_REQUIRED}, /* GetFunctionScalingConfigRequest.FunctionName: UnqualifiedFunctionName */
        [497] = {MREF(497, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(497, scalars[115]), 0, offsetof(struct awsc_lambda_get_function_scaling_config_input, qualifier), AWSC_MF_REQUIRED}, /* GetFunctionScalingConfigRequest.Qualifier: PublishedFunctionQualifier */
        [498] = {MREF(498, strings[2549]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(498, scalars[48]), 0, offsetof(struct awsc_lambda_get_function_scaling_config_output, function_arn), 0}, /* GetFunctionScalingConfigResponse.FunctionArn: FunctionArn */
        [499] = {MREF(499, strings[5190]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(499, structures[116].shape), 0, offsetof(struct awsc_lambda_get_function_scaling_config_output, applied_function_scaling_config), 0}, /* GetFunctionScalingConfigResponse.AppliedFunctionScalingConfig: FunctionScalingConfig */
        [500] = {MREF(500, strings[5219]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(500, structures[116].shape), 0, offsetof(struct awsc_lambda_get_function_scaling_config_output, requested_function_scaling_config), 0}, /* GetFunctionScalingConfigResponse.RequestedFunctionScalingConfig: FunctionScalingConfig */
        [501] = {MREF(501, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(501, scalars[52]), 0, offsetof(struct awsc_lambda_get_function_url_config_input, function_name), AWSC_MF_REQUIRED}, /* GetFunctionUrlConfigRequest.FunctionName: FunctionUrlFunctionName */
        [502] = {MREF(502, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(502, scalars[53]), 0, offsetof(struct awsc_lambda_get_function_url_config_input, qualifier), 0}, /* GetFunctionUrlConfigRequest.Qualifier: FunctionUrlQualifier */
        [503] = {MREF(503, strings[2537]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(503, scalars[51]), 0, offsetof(struct awsc_lambda_get_function_url_config_output, function_url), AWSC_MF_REQUIRED}, /* GetFunctionUrlConfigResponse.FunctionUrl: FunctionUrl */
        [504] = {MREF(504, strings[2549]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(504, scalars[48]), 0, offsetof(struct awsc_lambda_get_function_url_config_output, function_arn), AWSC_MF_REQUIRED}, /* GetFunctionUrlConfigResponse.FunctionArn: FunctionArn */
        [505] = {MREF(505, strings[2512]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(505, enums[14].shape), 0, offsetof(struct awsc_lambda_get_function_url_config_output, auth_type), AWSC_MF_REQUIRED}, /* GetFunctionUrlConfigResponse.AuthType: FunctionUrlAuthType */
        [506] = {MREF(506, strings[2521]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(506, structures[50].shape), 0, offsetof(struct awsc_lambda_get_function_url_config_output, cors), 0}, /* GetFunctionUrlConfigResponse.Cors: Cors */
        [507] = {MREF(507, strings[2561]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(507, scalars[146]), 0, offsetof(struct awsc_lambda_get_function_url_config_output, creation_time), AWSC_MF_REQUIRED}, /* GetFunctionUrlConfigResponse.CreationTime: Timestamp */
        [508] = {MREF(508, strings[4927]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(508, scalars[146]), 0, offsetof(struct awsc_lambda_get_function_url_config_output, last_modified_time), AWSC_MF_REQUIRED}, /* GetFunctionUrlConfigResponse.LastModifiedTime: Timestamp */
        [509] = {MREF(509, strings[2526]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(509, enums[18].shape), 0, offsetof(struct awsc_lambda_get_function_url_config_output, invoke_mode), 0}, /* GetFunctionUrlConfigResponse.InvokeMode: InvokeMode */
        [510] = {MREF(510, strings[4391]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(510, scalars[70]), 0, offsetof(struct awsc_lambda_get_layer_version_by_arn_input, arn), AWSC_MF_REQUIRED}, /* GetLayerVersionByArnRequest.Arn: LayerVersionArn */
        [511] = {MREF(511, strings[112]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(511, scalars[67]), 0, offsetof(struct awsc_lambda_get_layer_version_policy_input, layer_name), AWSC_MF_REQUIRED}, /* GetLayerVersionPolicyRequest.LayerName: LayerName */
        [512] = {MREF(512, strings[122]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(512, scalars[71]), AWSC_MEMBER_HAS(struct awsc_lambda_get_layer_version_policy_input, version_number, has_version_number), offsetof(struct awsc_lambda_get_layer_version_policy_input, version_number), AWSC_MF_REQUIRED}, /* GetLayerVersionPolicyRequest.VersionNumber: LayerVersionNumber */
        [513] = {MREF(513, strings[5250]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(513, scalars[137]), 0, offsetof(struct awsc_lambda_get_layer_version_policy_output, policy), 0}, /* GetLayerVersionPolicyResponse.Policy: String */
        [514] = {MREF(514, strings[180]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(514, scalars[137]), 0, offsetof(struct awsc_lambda_get_layer_version_policy_output, revision_id), 0}, /* GetLayerVersionPolicyResponse.RevisionId: String */
        [515] = {MREF(515, strings[112]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(515, scalars[67]), 0, offsetof(struct awsc_lambda_get_layer_version_input, layer_name), AWSC_MF_REQUIRED}, /* GetLayerVersionRequest.LayerName: LayerName */
        [516] = {MREF(516, strings[122]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(516, scalars[71]), AWSC_MEMBER_HAS(struct awsc_lambda_get_layer_version_input, version_number, has_version_number), offsetof(struct awsc_lambda_get_layer_version_input, version_number), AWSC_MF_REQUIRED}, /* GetLayerVersionRequest.VersionNumber: LayerVersionNumber */
        [517] = {MREF(517, strings[5257]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(517, structures[190].shape), 0, offsetof(struct awsc_lambda_get_layer_version_response, content), 0}, /* GetLayerVersionResponse.Content: LayerVersionContentOutput */
        [518] = {MREF(518, strings[5265]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(518, scalars[66]), 0, offsetof(struct awsc_lambda_get_layer_version_response, layer_arn), 0}, /* GetLayerVersionResponse.LayerArn: LayerArn */
        [519] = {MREF(519, strings[5274]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(519, scalars[70]), 0, offsetof(struct awsc_lambda_get_layer_version_response, layer_version_arn), 0}, /* GetLayerVersionResponse.LayerVersionArn: LayerVersionArn */
        [520] = {MREF(520, strings[352]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(520, scalars[25]), 0, offsetof(struct awsc_lambda_get_layer_version_response, description), 0}, /* GetLayerVersionResponse.Description: Description */
        [521] = {MREF(521, strings[5290]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(521, scalars[146]), 0, offsetof(struct awsc_lambda_get_layer_version_response, created_date), 0}, /* GetLayerVersionResponse.CreatedDate: Timestamp */
        [522] = {MREF(522, strings[4609]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(522, scalars[71]), AWSC_MEMBER_HAS(struct awsc_lambda_get_layer_version_response, version, has_version), offsetof(struct awsc_lambda_get_layer_version_response, version), 0}, /* GetLayerVersionResponse.Version: LayerVersionNumber */
        [523] = {MREF(523, strings[5302]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(523, collections[10].shape), 0, offsetof(struct awsc_lambda_get_layer_version_response, compatible_architectures), 0}, /* GetLayerVersionResponse.CompatibleArchitectures: CompatibleArchitectures */
        [524] = {MREF(524, strings[5326]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(524, collections[11].shape), 0, offsetof(struct awsc_lambda_get_layer_version_response, compatible_runtimes), 0}, /* GetLayerVersionResponse.CompatibleRuntimes: CompatibleRuntimes */
        [525] = {MREF(525, strings[5345]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(525, scalars[72]), 0, offsetof(struct awsc_lambda_get_layer_version_response, license_info), 0}, /* GetLayerVersionResponse.LicenseInfo: LicenseInfo */
        [526] = {MREF(526, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(526, scalars[96]), 0, offsetof(struct awsc_lambda_get_policy_input, function_name), AWSC_MF_REQUIRED}, /* GetPolicyRequest.FunctionName: NamespacedFunctionName */
        [527] = {MREF(527, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(527, scalars[100]), 0, offsetof(struct awsc_lambda_get_policy_input, qualifier), 0}, /* GetPolicyRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [528] = {MREF(528, strings[5250]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(528, scalars[137]), 0, offsetof(struct awsc_lambda_get_policy_output, policy), 0}, /* GetPolicyResponse.Policy: String */
        [529] = {MREF(529, strings[180]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(529, scalars[137]), 0, offsetof(struct awsc_lambda_get_policy_output, revision_id), 0}, /* GetPolicyResponse.RevisionId: String */
        [530] = {MREF(530, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(530, scalars[49]), 0, offsetof(struct awsc_lambda_get_provisioned_concurrency_config_input, function_name), AWSC_MF_REQUIRED}, /* GetProvisionedConcurrencyConfigRequest.FunctionName: FunctionName */
        [531] = {MREF(531, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(531, scalars[116]), 0, offsetof(struct awsc_lambda_get_provisioned_concurrency_config_input, qualifier), AWSC_MF_REQUIRED}, /* GetProvisionedConcurrencyConfigRequest.Qualifier: Qualifier */
        [532] = {MREF(532, strings[5357]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(532, scalars[111]), AWSC_MEMBER_HAS(struct awsc_lambda_get_provisioned_concurrency_config_output, requested_provisioned_concurrent_executions, has_requested_provisioned_concurrent_executions), offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, requested_provisioned_concurrent_executions), 0}, /* GetProvisionedConcurrencyConfigResponse.RequestedProvisionedConcurrentExecutions: PositiveInteger */
        [533] = {MREF(533, strings[5398]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(533, scalars[98]), AWSC_MEMBER_HAS(struct awsc_lambda_get_provisioned_concurrency_config_output, available_provisioned_concurrent_executions, has_available_provisioned_concurrent_executions), offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, available_provisioned_concurrent_executions), 0}, /* GetProvisionedConcurrencyConfigResponse.AvailableProvisionedConcurrentExecutions: NonNegativeInteger */
        [534] = {MREF(534, strings[5439]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(534, scalars[98]), AWSC_MEMBER_HAS(struct awsc_lambda_get_provisioned_concurrency_config_output, allocated_provisioned_concurrent_executions, has_allocated_provisioned_concurrent_executions), offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, allocated_provisioned_concurrent_executions), 0}, /* GetProvisionedConcurrencyConfigResponse.AllocatedProvisionedConcurrentExecutions: NonNegativeInteger */
        [535] = {MREF(535, strings[4300]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(535, enums[30].shape), 0, offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, status), 0}, /* GetProvisionedConcurrencyConfigResponse.Status: ProvisionedConcurrencyStatusEnum */
        [536] = {MREF(536, strings[5480]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(536, scalars[137]), 0, offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, status_reason), 0}, /* GetProvisionedConcurrencyConfigResponse.StatusReason: String */
        [537] = {MREF(537, strings[790]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(537, scalars[146]), 0, offsetof(struct awsc_lambda_get_provisioned_concurrency_config_output, last_modified), 0}, /* GetProvisionedConcurrencyConfigResponse.LastModified: Timestamp */
        [538] = {MREF(538, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(538, scalars[96]), 0, offsetof(struct awsc_lambda_get_runtime_management_config_input, function_name), AWSC_MF_REQUIRED}, /* GetRuntimeManagementConfigRequest.FunctionName: NamespacedFunctionName */
        [539] = {MREF(539, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(539, scalars[100]), 0, offsetof(struct awsc_lambda_get_runtime_management_config_input, qualifier), 0}, /* GetRuntimeManagementConfigRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [540] = {MREF(540, strings[5493]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(540, enums[45].shape), 0, offsetof(struct awsc_lambda_get_runtime_management_config_output, update_runtime_on), 0}, /* GetRuntimeManagementConfigResponse.UpdateRuntimeOn: UpdateRuntimeOn */
        [541] = {MREF(541, strings[2549]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(541, scalars[95]), 0, offsetof(struct awsc_lambda_get_runtime_management_config_output, function_arn), 0}, /* GetRuntimeManagementConfigResponse.FunctionArn: NameSpacedFunctionArn */
        [542] = {MREF(542, strings[5509]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(542, scalars[124]), 0, offsetof(struct awsc_lambda_get_runtime_management_config_output, runtime_version_arn), 0}, /* GetRuntimeManagementConfigResponse.RuntimeVersionArn: RuntimeVersionArn */
        [543] = {MREF(543, strings[5527]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(543, collections[45].shape), 0, offsetof(struct awsc_lambda_image_config, entry_point), 0}, /* ImageConfig.EntryPoint: StringList */
        [544] = {MREF(544, strings[5538]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(544, collections[45].shape), 0, offsetof(struct awsc_lambda_image_config, command), 0}, /* ImageConfig.Command: StringList */
        [545] = {MREF(545, strings[5546]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(545, scalars[159]), 0, offsetof(struct awsc_lambda_image_config, working_directory), 0}, /* ImageConfig.WorkingDirectory: WorkingDirectory */
        [546] = {MREF(546, strings[2998]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(546, scalars[137]), 0, offsetof(struct awsc_lambda_image_config_error, error_code), 0}, /* ImageConfigError.ErrorCode: String */
        [547] = {MREF(547, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(547, scalars[130]), 0, offsetof(struct awsc_lambda_image_config_error, message), AWSC_MF_SENSITIVE}, /* ImageConfigError.Message: SensitiveString */
        [548] = {MREF(548, strings[2408]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(548, structures[159].shape), 0, offsetof(struct awsc_lambda_image_config_response, image_config), 0}, /* ImageConfigResponse.ImageConfig: ImageConfig */
        [549] = {MREF(549, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(549, structures[160].shape), 0, offsetof(struct awsc_lambda_image_config_response, error), 0}, /* ImageConfigResponse.Error: ImageConfigError */
        [550] = {MREF(550, strings[2420]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(550, collections[4].shape), 0, offsetof(struct awsc_lambda_instance_requirements, architectures), 0}, /* InstanceRequirements.Architectures: ArchitecturesList */
        [551] = {MREF(551, strings[5563]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(551, collections[29].shape), 0, offsetof(struct awsc_lambda_instance_requirements, allowed_instance_types), 0}, /* InstanceRequirements.AllowedInstanceTypes: InstanceTypeSet */
        [552] = {MREF(552, strings[5584]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(552, collections[29].shape), 0, offsetof(struct awsc_lambda_instance_requirements, excluded_instance_types), 0}, /* InstanceRequirements.ExcludedInstanceTypes: InstanceTypeSet */
        [553] = {MREF(553, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(553, scalars[137]), 0, offsetof(struct awsc_lambda_invalid_code_signature_exception, type), 0}, /* InvalidCodeSignatureException.Type: String */
        [554] = {MREF(554, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(554, scalars[137]), 0, offsetof(struct awsc_lambda_invalid_code_signature_exception, message), 0}, /* InvalidCodeSignatureException.Message: String */
        [555] = {MREF(555, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(555, scalars[137]), 0, offsetof(struct awsc_lambda_invalid_parameter_value_exception, type), 0}, /* InvalidParameterValueException.Type: String */
        [556] = {MREF(556, strings[411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(556, scalars[137]), 0, offsetof(struct awsc_lambda_invalid_parameter_value_exception, message), 0}, /* InvalidParameterValueException.message: String */
        [557] = {MREF(557, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(557, scalars[137]), 0, offsetof(struct awsc_lambda_invalid_request_content_exception, type), 0}, /* InvalidRequestContentException.Type: String */
        [558] = {MREF(558, strings[411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(558, scalars[137]), 0, offsetof(struct awsc_lambda_invalid_request_content_exception, message), 0}, /* InvalidRequestContentException.message: String */
        [559] = {MREF(559, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(559, scalars[137]), 0, offsetof(struct awsc_lambda_invalid_runtime_exception, type), 0}, /* InvalidRuntimeException.Type: String */
        [560] = {MREF(560, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(560, scalars[137]), 0, offsetof(struct awsc_lambda_invalid_runtime_exception, message), 0}, /* InvalidRuntimeException.Message: String */
        [561] = {MREF(561, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(561, scalars[137]), 0, offsetof(struct awsc_lambda_invalid_security_group_id_exception, type), 0}, /* InvalidSecurityGroupIDException.Type: String */
        [562] = {MREF(562, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(562, scalars[137]), 0, offsetof(struct awsc_lambda_invalid_security_group_id_exception, message), 0}, /* InvalidSecurityGroupIDException.Message: String */
        [563] = {MREF(563, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(563, scalars[137]), 0, offsetof(struct awsc_lambda_invalid_subnet_id_exception, type), 0}, /* InvalidSubnetIDException.Type: String */
        [564] = {MREF(564, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(564, scalars[137]), 0, offsetof(struct awsc_lambda_invalid_subnet_id_exception, message), 0}, /* InvalidSubnetIDException.Message: String */
        [565] = {MREF(565, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(565, scalars[137]), 0, offsetof(struct awsc_lambda_invalid_zip_file_exception, type), 0}, /* InvalidZipFileException.Type: String */
        [566] = {MREF(566, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(566, scalars[137]), 0, offsetof(struct awsc_lambda_invalid_zip_file_exception, message), 0}, /* InvalidZipFileException.Message: String */
        [567] = {MREF(567, strings[4307]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(567, scalars[44]), AWSC_MEMBER_HAS(struct awsc_lambda_invocation_completed_details, start_timestamp, has_start_timestamp), offsetof(struct awsc_lambda_invocation_completed_details, start_timestamp), AWSC_MF_REQUIRED}, /* InvocationCompletedDetails.StartTimestamp: ExecutionTimestamp */
        [568] = {MREF(568, strings[4322]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(568, scalars[44]), AWSC_MEMBER_HAS(struct awsc_lambda_invocation_completed_details, end_timestamp, has_end_timestamp), offsetof(struct awsc_lambda_invocation_completed_details, end_timestamp), AWSC_MF_REQUIRED}, /* InvocationCompletedDetails.EndTimestamp: ExecutionTimestamp */
        [569] = {MREF(569, strings[5803]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(569, scalars[137]), 0, offsetof(struct awsc_lambda_invocation_completed_details, request_id), AWSC_MF_REQUIRED}, /* InvocationCompletedDetails.RequestId: String */
        [570] = {MREF(570, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(570, structures[94].shape), 0, offsetof(struct awsc_lambda_invocation_completed_details, error), 0}, /* InvocationCompletedDetails.Error: EventError */
        [571] = {MREF(571, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(571, scalars[96]), 0, offsetof(struct awsc_lambda_invoke_input, function_name), AWSC_MF_REQUIRED}, /* InvocationRequest.FunctionName: NamespacedFunctionName */
        [572] = {MREF(572, strings[5813]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(572, enums[17].shape), 0, offsetof(struct awsc_lambda_invoke_input, invocation_type), AWSC_MF_WIRE_NAME}, /* InvocationRequest.InvocationType: InvocationType */
        [573] = {MREF(573, strings[5850]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(573, enums[24].shape), 0, offsetof(struct awsc_lambda_invoke_input, log_type), AWSC_MF_WIRE_NAME}, /* InvocationRequest.LogType: LogType */
        [574] = {MREF(574, strings[5873]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(574, scalars[137]), 0, offsetof(struct awsc_lambda_invoke_input, client_context), AWSC_MF_WIRE_NAME}, /* InvocationRequest.ClientContext: String */
        [575] = {MREF(575, strings[5908]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(575, scalars[28]), 0, offsetof(struct awsc_lambda_invoke_input, durable_execution_name), AWSC_MF_WIRE_NAME}, /* InvocationRequest.DurableExecutionName: DurableExecutionName */
        [576] = {MREF(576, strings[3681]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(576, scalars[9]), 0, offsetof(struct awsc_lambda_invoke_input, payload), AWSC_MF_PAYLOAD | AWSC_MF_SENSITIVE}, /* InvocationRequest.Payload: Blob */
        [577] = {MREF(577, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(577, scalars[100]), 0, offsetof(struct awsc_lambda_invoke_input, qualifier), 0}, /* InvocationRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [578] = {MREF(578, strings[5958]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(578, scalars[144]), 0, offsetof(struct awsc_lambda_invoke_input, tenant_id), AWSC_MF_WIRE_NAME}, /* InvocationRequest.TenantId: TenantId */
        [579] = {MREF(579, strings[2589]), AWSC_LOC_STATUS_CODE, AWSC_TSFMT_DEFAULT, MREF(579, scalars[60]), AWSC_MEMBER_HAS(struct awsc_lambda_invoke_output, status_code, has_status_code), offsetof(struct awsc_lambda_invoke_output, status_code), 0}, /* InvocationResponse.StatusCode: Integer */
        [580] = {MREF(580, strings[5983]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(580, scalars[137]), 0, offsetof(struct awsc_lambda_invoke_output, function_error), AWSC_MF_WIRE_NAME}, /* InvocationResponse.FunctionError: String */
        [581] = {MREF(581, strings[6018]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(581, scalars[137]), 0, offsetof(struct awsc_lambda_invoke_output, log_result), AWSC_MF_WIRE_NAME}, /* InvocationResponse.LogResult: String */
        [582] = {MREF(582, strings[3681]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(582, scalars[9]), 0, offsetof(struct awsc_lambda_invoke_output, payload), AWSC_MF_PAYLOAD | AWSC_MF_SENSITIVE}, /* InvocationResponse.Payload: Blob */
        [583] = {MREF(583, strings[6045]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(583, scalars[154]), 0, offsetof(struct awsc_lambda_invoke_output, executed_version), AWSC_MF_WIRE_NAME}, /* InvocationResponse.ExecutedVersion: Version */
        [584] = {MREF(584, strings[6084]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(584, scalars[27]), 0, offsetof(struct awsc_lambda_invoke_output, durable_execution_arn), AWSC_MF_WIRE_NAME}, /* InvocationResponse.DurableExecutionArn: DurableExecutionArn */
        [585] = {MREF(585, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(585, scalars[96]), 0, offsetof(struct awsc_lambda_invoke_async_input, function_name), AWSC_MF_REQUIRED}, /* InvokeAsyncRequest.FunctionName: NamespacedFunctionName */
        [586] = {MREF(586, strings[6161]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(586, scalars[10]), 0, offsetof(struct awsc_lambda_invoke_async_input, invoke_args), AWSC_MF_REQUIRED | AWSC_MF_PAYLOAD | AWSC_MF_STREAMING}, /* InvokeAsyncRequest.InvokeArgs: BlobStream */
        [587] = {MREF(587, strings[4300]), AWSC_LOC_STATUS_CODE, AWSC_TSFMT_DEFAULT, MREF(587, scalars[56]), AWSC_MEMBER_HAS(struct awsc_lambda_invoke_async_output, status, has_status), offsetof(struct awsc_lambda_invoke_async_output, status), 0}, /* InvokeAsyncResponse.Status: HttpStatus */
        [588] = {MREF(588, strings[3681]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(588, scalars[9]), 0, offsetof(struct awsc_lambda_invoke_response_stream_update, payload), AWSC_MF_EVENTPAYLOAD | AWSC_MF_SENSITIVE}, /* InvokeResponseStreamUpdate.Payload: Blob */
        [589] = {MREF(589, strings[2998]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(589, scalars[137]), 0, offsetof(struct awsc_lambda_invoke_with_response_stream_complete_event, error_code), 0}, /* InvokeWithResponseStreamCompleteEvent.ErrorCode: String */
        [590] = {MREF(590, strings[6197]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(590, scalars[137]), 0, offsetof(struct awsc_lambda_invoke_with_response_stream_complete_event, error_details), 0}, /* InvokeWithResponseStreamCompleteEvent.ErrorDetails: String */
        [591] = {MREF(591, strings[6210]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(591, scalars[137]), 0, offsetof(struct awsc_lambda_invoke_with_response_stream_complete_event, log_result), 0}, /* InvokeWithResponseStreamCompleteEvent.LogResult: String */
        [592] = {MREF(592, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(592, scalars[96]), 0, offsetof(struct awsc_lambda_invoke_with_response_stream_input, function_name), AWSC_MF_REQUIRED}, /* InvokeWithResponseStreamRequest.FunctionName: NamespacedFunctionName */
        [593] = {MREF(593, strings[5850]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(593, enums[24].shape), 0, offsetof(struct awsc_lambda_invoke_with_response_stream_input, log_type), AWSC_MF_WIRE_NAME}, /* InvokeWithResponseStreamRequest.LogType: LogType */
        [594] = {MREF(594, strings[5873]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(594, scalars[137]), 0, offsetof(struct awsc_lambda_invoke_with_response_stream_input, client_context), AWSC_MF_WIRE_NAME}, /* InvokeWithResponseStreamRequest.ClientContext: String */
        [595] = {MREF(595, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(595, scalars[100]), 0, offsetof(struct awsc_lambda_invoke_with_response_stream_input, qualifier), 0}, /* InvokeWithResponseStreamRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [596] = {MREF(596, strings[3681]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(596, scalars[9]), 0, offsetof(struct awsc_lambda_invoke_with_response_stream_input, payload), AWSC_MF_PAYLOAD | AWSC_MF_SENSITIVE}, /* InvokeWithResponseStreamRequest.Payload: Blob */
        [597] = {MREF(597, strings[5958]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(597, scalars[144]), 0, offsetof(struct awsc_lambda_invoke_with_response_stream_input, tenant_id), AWSC_MF_WIRE_NAME}, /* InvokeWithResponseStreamRequest.TenantId: TenantId */
        [598] = {MREF(598, strings[5813]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(598, enums[32].shape), 0, offsetof(struct awsc_lambda_invoke_with_response_stream_input, invocation_type), AWSC_MF_WIRE_NAME}, /* InvokeWithResponseStreamRequest.InvocationType: ResponseStreamingInvocationType */
        [599] = {MREF(599, strings[2589]), AWSC_LOC_STATUS_CODE, AWSC_TSFMT_DEFAULT, MREF(599, scalars[60]), AWSC_MEMBER_HAS(struct awsc_lambda_invoke_with_response_stream_output, status_code, has_status_code), offsetof(struct awsc_lambda_invoke_with_response_stream_output, status_code), 0}, /* InvokeWithResponseStreamResponse.StatusCode: Integer */
        [600] = {MREF(600, strings[6045]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(600, scalars[154]), 0, offsetof(struct awsc_lambda_invoke_with_response_stream_output, executed_version), AWSC_MF_WIRE_NAME}, /* InvokeWithResponseStreamResponse.ExecutedVersion: Version */
        [601] = {MREF(601, strings[6220]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(601, structures[179].shape), 0, offsetof(struct awsc_lambda_invoke_with_response_stream_output, event_stream), AWSC_MF_PAYLOAD}, /* InvokeWithResponseStreamResponse.EventStream: InvokeWithResponseStreamResponseEvent */
        [602] = {MREF(602, strings[6232]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(602, scalars[137]), 0, offsetof(struct awsc_lambda_invoke_with_response_stream_output, response_stream_content_type), AWSC_MF_WIRE_NAME}, /* InvokeWithResponseStreamResponse.ResponseStreamContentType: String */
        [603] = {MREF(603, strings[6271]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(603, structures[175].shape), 0, offsetof(struct awsc_lambda_invoke_with_response_stream_event, payload_chunk), 0}, /* InvokeWithResponseStreamResponseEvent.PayloadChunk: InvokeResponseStreamUpdate */
        [604] = {MREF(604, strings[6284]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(604, structures[176].shape), 0, offsetof(struct awsc_lambda_invoke_with_response_stream_event, invoke_complete), 0}, /* InvokeWithResponseStreamResponseEvent.InvokeComplete: InvokeWithResponseStreamCompleteEvent */
        [605] = {MREF(605, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(605, scalars[137]), 0, offsetof(struct awsc_lambda_kms_access_denied_exception, type), 0}, /* KMSAccessDeniedException.Type: String */
        [606] = {MREF(606, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(606, scalars[137]), 0, offsetof(struct awsc_lambda_kms_access_denied_exception, message), 0}, /* KMSAccessDeniedException.Message: String */
        [607] = {MREF(607, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(607, scalars[137]), 0, offsetof(struct awsc_lambda_kms_disabled_exception, type), 0}, /* KMSDisabledException.Type: String */
        [608] = {MREF(608, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(608, scalars[137]), 0, offsetof(struct awsc_lambda_kms_disabled_exception, message), 0}, /* KMSDisabledException.Message: String */
        [609] = {MREF(609, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(609, scalars[137]), 0, offsetof(struct awsc_lambda_kms_invalid_state_exception, type), 0}, /* KMSInvalidStateException.Type: String */
        [610] = {MREF(610, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(610, scalars[137]), 0, offsetof(struct awsc_lambda_kms_invalid_state_exception, message), 0}, /* KMSInvalidStateException.Message: String */
        [611] = {MREF(611, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(611, scalars[137]), 0, offsetof(struct awsc_lambda_kms_not_found_exception, type), 0}, /* KMSNotFoundException.Type: String */
        [612] = {MREF(612, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(612, scalars[137]), 0, offsetof(struct awsc_lambda_kms_not_found_exception, message), 0}, /* KMSNotFoundException.Message: String */
        [613] = {MREF(613, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(613, enums[19].shape), 0, offsetof(struct awsc_lambda_kafka_schema_registry_access_config, type), 0}, /* KafkaSchemaRegistryAccessConfig.Type: KafkaSchemaRegistryAuthType */
        [614] = {MREF(614, strings[6391]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(614, scalars[4]), 0, offsetof(struct awsc_lambda_kafka_schema_registry_access_config, uri), 0}, /* KafkaSchemaRegistryAccessConfig.URI: Arn */
        [615] = {MREF(615, strings[6461]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(615, scalars[128]), 0, offsetof(struct awsc_lambda_kafka_schema_registry_config, schema_registry_uri), 0}, /* KafkaSchemaRegistryConfig.SchemaRegistryURI: SchemaRegistryUri */
        [616] = {MREF(616, strings[6479]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(616, enums[35].shape), 0, offsetof(struct awsc_lambda_kafka_schema_registry_config, event_record_format), 0}, /* KafkaSchemaRegistryConfig.EventRecordFormat: SchemaRegistryEventRecordFormat */
        [617] = {MREF(617, strings[6497]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(617, collections[30].shape), 0, offsetof(struct awsc_lambda_kafka_schema_registry_config, access_configs), 0}, /* KafkaSchemaRegistryConfig.AccessConfigs: KafkaSchemaRegistryAccessConfigList */
        [618] = {MREF(618, strings[6511]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(618, collections[31].shape), 0, offsetof(struct awsc_lambda_kafka_schema_registry_config, schema_validation_configs), 0}, /* KafkaSchemaRegistryConfig.SchemaValidationConfigs: KafkaSchemaValidationConfigList */
        [619] = {MREF(619, strings[6545]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(619, enums[20].shape), 0, offsetof(struct awsc_lambda_kafka_schema_validation_config, attribute), 0}, /* KafkaSchemaValidationConfig.Attribute: KafkaSchemaValidationAttribute */
        [620] = {MREF(620, strings[675]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(620, scalars[15]), 0, offsetof(struct awsc_lambda_lambda_managed_instances_capacity_provider_config, capacity_provider_arn), AWSC_MF_REQUIRED}, /* LambdaManagedInstancesCapacityProviderConfig.CapacityProviderArn: CapacityProviderArn */
        [621] = {MREF(621, strings[6555]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(621, scalars[110]), AWSC_MEMBER_HAS(struct awsc_lambda_lambda_managed_instances_capacity_provider_config, per_execution_environment_max_concurrency, has_per_execution_environment_max_concurrency), offsetof(struct awsc_lambda_lambda_managed_instances_capacity_provider_config, per_execution_environment_max_concurrency), 0}, /* LambdaManagedInstancesCapacityProviderConfig.PerExecutionEnvironmentMaxConcurrency: PerExecutionEnvironmentMaxConcurrency */
        [622] = {MREF(622, strings[6593]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(622, scalars[42]), AWSC_MEMBER_HAS(struct awsc_lambda_lambda_managed_instances_capacity_provider_config, execution_environment_memory_gi_b_per_v_cpu, has_execution_environment_memory_gi_b_per_v_cpu), offsetof(struct awsc_lambda_lambda_managed_instances_capacity_provider_config, execution_environment_memory_gi_b_per_v_cpu), 0}, /* LambdaManagedInstancesCapacityProviderConfig.ExecutionEnvironmentMemoryGiBPerVCpu: ExecutionEnvironmentMemoryGiBPerVCpu */
        [623] = {MREF(623, strings[4391]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(623, scalars[70]), 0, offsetof(struct awsc_lambda_layer, arn), 0}, /* Layer.Arn: LayerVersionArn */
        [624] = {MREF(624, strings[4589]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(624, scalars[75]), AWSC_MEMBER_HAS(struct awsc_lambda_layer, code_size, has_code_size), offsetof(struct awsc_lambda_layer, code_size), 0}, /* Layer.CodeSize: Long */
        [625] = {MREF(625, strings[4722]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(625, scalars[4]), 0, offsetof(struct awsc_lambda_layer, signing_profile_version_arn), 0}, /* Layer.SigningProfileVersionArn: Arn */
        [626] = {MREF(626, strings[4747]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(626, scalars[4]), 0, offsetof(struct awsc_lambda_layer, signing_job_arn), 0}, /* Layer.SigningJobArn: Arn */
        [627] = {MREF(627, strings[4455]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(627, scalars[125]), 0, offsetof(struct awsc_lambda_layer_version_content_input, s3_bucket), 0}, /* LayerVersionContentInput.S3Bucket: S3Bucket */
        [628] = {MREF(628, strings[4464]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(628, scalars[126]), 0, offsetof(struct awsc_lambda_layer_version_content_input, s3_key), 0}, /* LayerVersionContentInput.S3Key: S3Key */
        [629] = {MREF(629, strings[4470]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(629, scalars[127]), 0, offsetof(struct awsc_lambda_layer_version_content_input, s3_object_version), 0}, /* LayerVersionContentInput.S3ObjectVersion: S3ObjectVersion */
        [630] = {MREF(630, strings[4486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(630, enums[34].shape), 0, offsetof(struct awsc_lambda_layer_version_content_input, s3_object_storage_mode), 0}, /* LayerVersionContentInput.S3ObjectStorageMode: S3ObjectStorageMode */
        [631] = {MREF(631, strings[4447]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(631, scalars[9]), 0, offsetof(struct awsc_lambda_layer_version_content_input, zip_file), AWSC_MF_SENSITIVE}, /* LayerVersionContentInput.ZipFile: Blob */
        [632] = {MREF(632, strings[4546]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(632, scalars[131]), 0, offsetof(struct awsc_lambda_layer_version_content_output, location), 0}, /* LayerVersionContentOutput.Location: SensitiveStringOnServerOnly */
        [633] = {MREF(633, strings[4598]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(633, scalars[137]), 0, offsetof(struct awsc_lambda_layer_version_content_output, code_sha256), 0}, /* LayerVersionContentOutput.CodeSha256: String */
        [634] = {MREF(634, strings[4589]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(634, scalars[75]), AWSC_MEMBER_HAS(struct awsc_lambda_layer_version_content_output, code_size, has_code_size), offsetof(struct awsc_lambda_layer_version_content_output, code_size), 0}, /* LayerVersionContentOutput.CodeSize: Long */
        [635] = {MREF(635, strings[4722]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(635, scalars[4]), 0, offsetof(struct awsc_lambda_layer_version_content_output, signing_profile_version_arn), 0}, /* LayerVersionContentOutput.SigningProfileVersionArn: Arn */
        [636] = {MREF(636, strings[4747]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(636, scalars[4]), 0, offsetof(struct awsc_lambda_layer_version_content_output, signing_job_arn), 0}, /* LayerVersionContentOutput.SigningJobArn: Arn */
        [637] = {MREF(637, strings[4572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(637, structures[256].shape), 0, offsetof(struct awsc_lambda_layer_version_content_output, resolved_s3_object), 0}, /* LayerVersionContentOutput.ResolvedS3Object: ResolvedS3Object */
        [638] = {MREF(638, strings[5274]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(638, scalars[70]), 0, offsetof(struct awsc_lambda_layer_versions_list_item, layer_version_arn), 0}, /* LayerVersionsListItem.LayerVersionArn: LayerVersionArn */
        [639] = {MREF(639, strings[4609]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(639, scalars[71]), AWSC_MEMBER_HAS(struct awsc_lambda_layer_versions_list_item, version, has_version), offsetof(struct awsc_lambda_layer_versions_list_item, version), 0}, /* LayerVersionsListItem.Version: LayerVersionNumber */
        [640] = {MREF(640, strings[352]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(640, scalars[25]), 0, offsetof(struct awsc_lambda_layer_versions_list_item, description), 0}, /* LayerVersionsListItem.Description: Description */
        [641] = {MREF(641, strings[5290]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(641, scalars[146]), 0, offsetof(struct awsc_lambda_layer_versions_list_item, created_date), 0}, /* LayerVersionsListItem.CreatedDate: Timestamp */
        [642] = {MREF(642, strings[5302]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(642, collections[10].shape), 0, offsetof(struct awsc_lambda_layer_versions_list_item, compatible_architectures), 0}, /* LayerVersionsListItem.CompatibleArchitectures: CompatibleArchitectures */
        [643] = {MREF(643, strings[5326]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(643, collections[11].shape), 0, offsetof(struct awsc_lambda_layer_versions_list_item, compatible_runtimes), 0}, /* LayerVersionsListItem.CompatibleRuntimes: CompatibleRuntimes */
        [644] = {MREF(644, strings[5345]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(644, scalars[72]), 0, offsetof(struct awsc_lambda_layer_versions_list_item, license_info), 0}, /* LayerVersionsListItem.LicenseInfo: LicenseInfo */
        [645] = {MREF(645, strings[112]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(645, scalars[67]), 0, offsetof(struct awsc_lambda_layers_list_item, layer_name), 0}, /* LayersListItem.LayerName: LayerName */
        [646] = {MREF(646, strings[5265]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(646, scalars[66]), 0, offsetof(struct awsc_lambda_layers_list_item, layer_arn), 0}, /* LayersListItem.LayerArn: LayerArn */
        [647] = {MREF(647, strings[7469]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(647, structures[191].shape), 0, offsetof(struct awsc_lambda_layers_list_item, latest_matching_version), 0}, /* LayersListItem.LatestMatchingVersion: LayerVersionsListItem */
        [648] = {MREF(648, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(648, scalars[49]), 0, offsetof(struct awsc_lambda_list_aliases_input, function_name), AWSC_MF_REQUIRED}, /* ListAliasesRequest.FunctionName: FunctionName */
        [649] = {MREF(649, strings[336]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(649, scalars[155]), 0, offsetof(struct awsc_lambda_list_aliases_input, function_version), 0}, /* ListAliasesRequest.FunctionVersion: VersionWithLatestPublished */
        [650] = {MREF(650, strings[5079]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(650, scalars[137]), 0, offsetof(struct awsc_lambda_list_aliases_input, marker), 0}, /* ListAliasesRequest.Marker: String */
        [651] = {MREF(651, strings[5070]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(651, scalars[82]), AWSC_MEMBER_HAS(struct awsc_lambda_list_aliases_input, max_items, has_max_items), offsetof(struct awsc_lambda_list_aliases_input, max_items), 0}, /* ListAliasesRequest.MaxItems: MaxListItems */
        [652] = {MREF(652, strings[1258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(652, scalars[137]), 0, offsetof(struct awsc_lambda_list_aliases_output, next_marker), 0}, /* ListAliasesResponse.NextMarker: String */
        [653] = {MREF(653, strings[7491]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(653, collections[1].shape), 0, offsetof(struct awsc_lambda_list_aliases_output, aliases), 0}, /* ListAliasesResponse.Aliases: AliasList */
        [654] = {MREF(654, strings[695]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(654, enums[4].shape), 0, offsetof(struct awsc_lambda_list_capacity_providers_input, state), 0}, /* ListCapacityProvidersRequest.State: CapacityProviderState */
        [655] = {MREF(655, strings[5079]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(655, scalars[137]), 0, offsetof(struct awsc_lambda_list_capacity_providers_input, marker), 0}, /* ListCapacityProvidersRequest.Marker: String */
        [656] = {MREF(656, strings[5070]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(656, scalars[78]), AWSC_MEMBER_HAS(struct awsc_lambda_list_capacity_providers_input, max_items, has_max_items), offsetof(struct awsc_lambda_list_capacity_providers_input, max_items), 0}, /* ListCapacityProvidersRequest.MaxItems: MaxFiftyListItems */
        [657] = {MREF(657, strings[7499]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(657, collections[8].shape), 0, offsetof(struct awsc_lambda_list_capacity_providers_output, capacity_providers), AWSC_MF_REQUIRED}, /* ListCapacityProvidersResponse.CapacityProviders: CapacityProvidersList */
        [658] = {MREF(658, strings[1258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(658, scalars[137]), 0, offsetof(struct awsc_lambda_list_capacity_providers_output, next_marker), 0}, /* ListCapacityProvidersResponse.NextMarker: String */
        [659] = {MREF(659, strings[5079]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(659, scalars[137]), 0, offsetof(struct awsc_lambda_list_code_signing_configs_input, marker), 0}, /* ListCodeSigningConfigsRequest.Marker: String */
        [660] = {MREF(660, strings[5070]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(660, scalars[82]), AWSC_MEMBER_HAS(struct awsc_lambda_list_code_signing_configs_input, max_items, has_max_items), offsetof(struct awsc_lambda_list_code_signing_configs_input, max_items), 0}, /* ListCodeSigningConfigsRequest.MaxItems: MaxListItems */
        [661] = {MREF(661, strings[1258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(661, scalars[137]), 0, offsetof(struct awsc_lambda_list_code_signing_configs_output, next_marker), 0}, /* ListCodeSigningConfigsResponse.NextMarker: String */
        [662] = {MREF(662, strings[7517]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(662, collections[9].shape), 0, offsetof(struct awsc_lambda_list_code_signing_configs_output, code_signing_configs), 0}, /* ListCodeSigningConfigsResponse.CodeSigningConfigs: CodeSigningConfigList */
        [663] = {MREF(663, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(663, scalars[96]), 0, offsetof(struct awsc_lambda_list_durable_executions_by_function_input, function_name), AWSC_MF_REQUIRED}, /* ListDurableExecutionsByFunctionRequest.FunctionName: NamespacedFunctionName */
        [664] = {MREF(664, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(664, scalars[100]), 0, offsetof(struct awsc_lambda_list_durable_executions_by_function_input, qualifier), 0}, /* ListDurableExecutionsByFunctionRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [665] = {MREF(665, strings[4279]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(665, scalars[28]), 0, offsetof(struct awsc_lambda_list_durable_executions_by_function_input, durable_execution_name), 0}, /* ListDurableExecutionsByFunctionRequest.DurableExecutionName: DurableExecutionName */
        [666] = {MREF(666, strings[7536]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(666, collections[19].shape), 0, offsetof(struct awsc_lambda_list_durable_executions_by_function_input, statuses), 0}, /* ListDurableExecutionsByFunctionRequest.Statuses: ExecutionStatusList */
        [667] = {MREF(667, strings[7545]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(667, scalars[44]), AWSC_MEMBER_HAS(struct awsc_lambda_list_durable_executions_by_function_input, started_after, has_started_after), offsetof(struct awsc_lambda_list_durable_executions_by_function_input, started_after), 0}, /* ListDurableExecutionsByFunctionRequest.StartedAfter: ExecutionTimestamp */
        [668] = {MREF(668, strings[7558]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(668, scalars[44]), AWSC_MEMBER_HAS(struct awsc_lambda_list_durable_executions_by_function_input, started_before, has_started_before), offsetof(struct awsc_lambda_list_durable_executions_by_function_input, started_before), 0}, /* ListDurableExecutionsByFunctionRequest.StartedBefore: ExecutionTimestamp */
        [669] = {MREF(669, strings[5086]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(669, scalars[122]), AWSC_MEMBER_HAS(struct awsc_lambda_list_durable_executions_by_function_input, reverse_order, has_reverse_order), offsetof(struct awsc_lambda_list_durable_executions_by_function_input, reverse_order), 0}, /* ListDurableExecutionsByFunctionRequest.ReverseOrder: ReverseOrder */
        [670] = {MREF(670, strings[5079]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(670, scalars[137]), 0, offsetof(struct awsc_lambda_list_durable_executions_by_function_input, marker), 0}, /* ListDurableExecutionsByFunctionRequest.Marker: String */
        [671] = {MREF(671, strings[5070]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(671, scalars[62]), AWSC_MEMBER_HAS(struct awsc_lambda_list_durable_executions_by_function_input, max_items, has_max_items), offsetof(struct awsc_lambda_list_durable_executions_by_function_input, max_items), 0}, /* ListDurableExecutionsByFunctionRequest.MaxItems: ItemCount */
        [672] = {MREF(672, strings[7572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(672, collections[12].shape), 0, offsetof(struct awsc_lambda_list_durable_executions_by_function_output, durable_executions), 0}, /* ListDurableExecutionsByFunctionResponse.DurableExecutions: DurableExecutions */
        [673] = {MREF(673, strings[1258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(673, scalars[137]), 0, offsetof(struct awsc_lambda_list_durable_executions_by_function_output, next_marker), 0}, /* ListDurableExecutionsByFunctionResponse.NextMarker: String */
        [674] = {MREF(674, strings[1767]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(674, scalars[4]), 0, offsetof(struct awsc_lambda_list_event_source_mappings_input, event_source_arn), 0}, /* ListEventSourceMappingsRequest.EventSourceArn: Arn */
        [675] = {MREF(675, strings[201]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(675, scalars[96]), 0, offsetof(struct awsc_lambda_list_event_source_mappings_input, function_name), 0}, /* ListEventSourceMappingsRequest.FunctionName: NamespacedFunctionName */
        [676] = {MREF(676, strings[5079]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(676, scalars[137]), 0, offsetof(struct awsc_lambda_list_event_source_mappings_input, marker), 0}, /* ListEventSourceMappingsRequest.Marker: String */
        [677] = {MREF(677, strings[5070]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(677, scalars[82]), AWSC_MEMBER_HAS(struct awsc_lambda_list_event_source_mappings_input, max_items, has_max_items), offsetof(struct awsc_lambda_list_event_source_mappings_input, max_items), 0}, /* ListEventSourceMappingsRequest.MaxItems: MaxListItems */
        [678] = {MREF(678, strings[1258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(678, scalars[137]), 0, offsetof(struct awsc_lambda_list_event_source_mappings_output, next_marker), 0}, /* ListEventSourceMappingsResponse.NextMarker: String */
        [679] = {MREF(679, strings[7590]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(679, collections[17].shape), 0, offsetof(struct awsc_lambda_list_event_source_mappings_output, event_source_mappings), 0}, /* ListEventSourceMappingsResponse.EventSourceMappings: EventSourceMappingsList */
        [680] = {MREF(680, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(680, scalars[96]), 0, offsetof(struct awsc_lambda_list_function_event_invoke_configs_input, function_name), AWSC_MF_REQUIRED}, /* ListFunctionEventInvokeConfigsRequest.FunctionName: NamespacedFunctionName */
        [681] = {MREF(681, strings[5079]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(681, scalars[137]), 0, offsetof(struct awsc_lambda_list_function_event_invoke_configs_input, marker), 0}, /* ListFunctionEventInvokeConfigsRequest.Marker: String */
        [682] = {MREF(682, strings[5070]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(682, scalars[79]), AWSC_MEMBER_HAS(struct awsc_lambda_list_function_event_invoke_configs_input, max_items, has_max_items), offsetof(struct awsc_lambda_list_function_event_invoke_configs_input, max_items), 0}, /* ListFunctionEventInvokeConfigsRequest.MaxItems: MaxFunctionEventInvokeConfigListItems */
        [683] = {MREF(683, strings[7610]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(683, collections[23].shape), 0, offsetof(struct awsc_lambda_list_function_event_invoke_configs_output, function_event_invoke_configs), 0}, /* ListFunctionEventInvokeConfigsResponse.FunctionEventInvokeConfigs: FunctionEventInvokeConfigList */
        [684] = {MREF(684, strings[1258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(684, scalars[137]), 0, offsetof(struct awsc_lambda_list_function_event_invoke_configs_output, next_marker), 0}, /* ListFunctionEventInvokeConfigsResponse.NextMarker: String */
        [685] = {MREF(685, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(685, scalars[52]), 0, offsetof(struct awsc_lambda_list_function_url_configs_input, function_name), AWSC_MF_REQUIRED}, /* ListFunctionUrlConfigsRequest.FunctionName: FunctionUrlFunctionName */
        [686] = {MREF(686, strings[5079]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(686, scalars[137]), 0, offsetof(struct awsc_lambda_list_function_url_configs_input, marker), 0}, /* ListFunctionUrlConfigsRequest.Marker: String */
        [687] = {MREF(687, strings[5070]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(687, scalars[80]), AWSC_MEMBER_HAS(struct awsc_lambda_list_function_url_configs_input, max_items, has_max_items), offsetof(struct awsc_lambda_list_function_url_configs_input, max_items), 0}, /* ListFunctionUrlConfigsRequest.MaxItems: MaxItems */
        [688] = {MREF(688, strings[7637]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(688, collections[26].shape), 0, offsetof(struct awsc_lambda_list_function_url_configs_output, function_url_configs), AWSC_MF_REQUIRED}, /* ListFunctionUrlConfigsResponse.FunctionUrlConfigs: FunctionUrlConfigList */
        [689] = {MREF(689, strings[1258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(689, scalars[137]), 0, offsetof(struct awsc_lambda_list_function_url_configs_output, next_marker), 0}, /* ListFunctionUrlConfigsResponse.NextMarker: String */
        [690] = {MREF(690, strings[1706]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(690, scalars[17]), 0, offsetof(struct awsc_lambda_list_function_versions_by_capacity_provider_input, capacity_provider_name), AWSC_MF_REQUIRED}, /* ListFunctionVersionsByCapacityProviderRequest.CapacityProviderName: CapacityProviderName */
        [691] = {MREF(691, strings[5079]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(691, scalars[137]), 0, offsetof(struct awsc_lambda_list_function_versions_by_capacity_provider_input, marker), 0}, /* ListFunctionVersionsByCapacityProviderRequest.Marker: String */
        [692] = {MREF(692, strings[5070]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(692, scalars[78]), AWSC_MEMBER_HAS(struct awsc_lambda_list_function_versions_by_capacity_provider_input, max_items, has_max_items), offsetof(struct awsc_lambda_list_function_versions_by_capacity_provider_input, max_items), 0}, /* ListFunctionVersionsByCapacityProviderRequest.MaxItems: MaxFiftyListItems */
        [693] = {MREF(693, strings[675]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(693, scalars[15]), 0, offsetof(struct awsc_lambda_list_function_versions_by_capacity_provider_output, capacity_provider_arn), AWSC_MF_REQUIRED}, /* ListFunctionVersionsByCapacityProviderResponse.CapacityProviderArn: CapacityProviderArn */
        [694] = {MREF(694, strings[7656]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(694, collections[27].shape), 0, offsetof(struct awsc_lambda_list_function_versions_by_capacity_provider_output, function_versions), AWSC_MF_REQUIRED}, /* ListFunctionVersionsByCapacityProviderResponse.FunctionVersions: FunctionVersionsByCapacityProviderList */
        [695] = {MREF(695, strings[1258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(695, scalars[137]), 0, offsetof(struct awsc_lambda_list_function_versions_by_capacity_provider_output, next_marker), 0}, /* ListFunctionVersionsByCapacityProviderResponse.NextMarker: String */
        [696] = {MREF(696, strings[1387]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(696, scalars[20]), 0, offsetof(struct awsc_lambda_list_functions_by_code_signing_config_input, code_signing_config_arn), AWSC_MF_REQUIRED}, /* ListFunctionsByCodeSigningConfigRequest.CodeSigningConfigArn: CodeSigningConfigArn */
        [697] = {MREF(697, strings[5079]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(697, scalars[137]), 0, offsetof(struct awsc_lambda_list_functions_by_code_signing_config_input, marker), 0}, /* ListFunctionsByCodeSigningConfigRequest.Marker: String */
        [698] = {MREF(698, strings[5070]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(698, scalars[82]), AWSC_MEMBER_HAS(struct awsc_lambda_list_functions_by_code_signing_config_input, max_items, has_max_items), offsetof(struct awsc_lambda_list_functions_by_code_signing_config_input, max_items), 0}, /* ListFunctionsByCodeSigningConfigRequest.MaxItems: MaxListItems */
        [699] = {MREF(699, strings[1258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(699, scalars[137]), 0, offsetof(struct awsc_lambda_list_functions_by_code_signing_config_output, next_marker), 0}, /* ListFunctionsByCodeSigningConfigResponse.NextMarker: String */
        [700] = {MREF(700, strings[7673]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(700, collections[22].shape), 0, offsetof(struct awsc_lambda_list_functions_by_code_signing_config_output, function_arns), 0}, /* ListFunctionsByCodeSigningConfigResponse.FunctionArns: FunctionArnList */
        [701] = {MREF(701, strings[7686]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(701, scalars[76]), 0, offsetof(struct awsc_lambda_list_functions_input, master_region), 0}, /* ListFunctionsRequest.MasterRegion: MasterRegion */
        [702] = {MREF(702, strings[336]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(702, enums[15].shape), 0, offsetof(struct awsc_lambda_list_functions_input, function_version), 0}, /* ListFunctionsRequest.FunctionVersion: FunctionVersion */
        [703] = {MREF(703, strings[5079]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(703, scalars[137]), 0, offsetof(struct awsc_lambda_list_functions_input, marker), 0}, /* ListFunctionsRequest.Marker: String */
        [704] = {MREF(704, strings[5070]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(704, scalars[82]), AWSC_MEMBER_HAS(struct awsc_lambda_list_functions_input, max_items, has_max_items), offsetof(struct awsc_lambda_list_functions_input, max_items), 0}, /* ListFunctionsRequest.MaxItems: MaxListItems */
        [705] = {MREF(705, strings[1258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(705, scalars[137]), 0, offsetof(struct awsc_lambda_list_functions_output, next_marker), 0}, /* ListFunctionsResponse.NextMarker: String */
        [706] = {MREF(706, strings[7699]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(706, collections[24].shape), 0, offsetof(struct awsc_lambda_list_functions_output, functions), 0}, /* ListFunctionsResponse.Functions: FunctionList */
        [707] = {MREF(707, strings[7709]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(707, enums[1].shape), 0, offsetof(struct awsc_lambda_list_layer_versions_input, compatible_architecture), 0}, /* ListLayerVersionsRequest.CompatibleArchitecture: Architecture */
        [708] = {MREF(708, strings[7732]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(708, enums[33].shape), 0, offsetof(struct awsc_lambda_list_layer_versions_input, compatible_runtime), 0}, /* ListLayerVersionsRequest.CompatibleRuntime: Runtime */
        [709] = {MREF(709, strings[112]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(709, scalars[67]), 0, offsetof(struct awsc_lambda_list_layer_versions_input, layer_name), AWSC_MF_REQUIRED}, /* ListLayerVersionsRequest.LayerName: LayerName */
        [710] = {MREF(710, strings[5079]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(710, scalars[137]), 0, offsetof(struct awsc_lambda_list_layer_versions_input, marker), 0}, /* ListLayerVersionsRequest.Marker: String */
        [711] = {MREF(711, strings[5070]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(711, scalars[81]), AWSC_MEMBER_HAS(struct awsc_lambda_list_layer_versions_input, max_items, has_max_items), offsetof(struct awsc_lambda_list_layer_versions_input, max_items), 0}, /* ListLayerVersionsRequest.MaxItems: MaxLayerListItems */
        [712] = {MREF(712, strings[1258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(712, scalars[137]), 0, offsetof(struct awsc_lambda_list_layer_versions_output, next_marker), 0}, /* ListLayerVersionsResponse.NextMarker: String */
        [713] = {MREF(713, strings[7750]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(713, collections[33].shape), 0, offsetof(struct awsc_lambda_list_layer_versions_output, layer_versions), 0}, /* ListLayerVersionsResponse.LayerVersions: LayerVersionsList */
        [714] = {MREF(714, strings[7709]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(714, enums[1].shape), 0, offsetof(struct awsc_lambda_list_layers_input, compatible_architecture), 0}, /* ListLayersRequest.CompatibleArchitecture: Architecture */
        [715] = {MREF(715, strings[7732]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(715, enums[33].shape), 0, offsetof(struct awsc_lambda_list_layers_input, compatible_runtime), 0}, /* ListLayersRequest.CompatibleRuntime: Runtime */
        [716] = {MREF(716, strings[5079]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(716, scalars[137]), 0, offsetof(struct awsc_lambda_list_layers_input, marker), 0}, /* ListLayersRequest.Marker: String */
        [717] = {MREF(717, strings[5070]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(717, scalars[81]), AWSC_MEMBER_HAS(struct awsc_lambda_list_layers_input, max_items, has_max_items), offsetof(struct awsc_lambda_list_layers_input, max_items), 0}, /* ListLayersRequest.MaxItems: MaxLayerListItems */
        [718] = {MREF(718, strings[1258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(718, scalars[137]), 0, offsetof(struct awsc_lambda_list_layers_output, next_marker), 0}, /* ListLayersResponse.NextMarker: String */
        [719] = {MREF(719, strings[2383]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(719, collections[34].shape), 0, offsetof(struct awsc_lambda_list_layers_output, layers), 0}, /* ListLayersResponse.Layers: LayersList */
        [720] = {MREF(720, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(720, scalars[49]), 0, offsetof(struct awsc_lambda_list_provisioned_concurrency_configs_input, function_name), AWSC_MF_REQUIRED}, /* ListProvisionedConcurrencyConfigsRequest.FunctionName: FunctionName */
        [721] = {MREF(721, strings[5079]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(721, scalars[137]), 0, offsetof(struct awsc_lambda_list_provisioned_concurrency_configs_input, marker), 0}, /* ListProvisionedConcurrencyConfigsRequest.Marker: String */
        [722] = {MREF(722, strings[5070]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(722, scalars[83]), AWSC_MEMBER_HAS(struct awsc_lambda_list_provisioned_concurrency_configs_input, max_items, has_max_items), offsetof(struct awsc_lambda_list_provisioned_concurrency_configs_input, max_items), 0}, /* ListProvisionedConcurrencyConfigsRequest.MaxItems: MaxProvisionedConcurrencyConfigListItems */
        [723] = {MREF(723, strings[7764]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(723, collections[39].shape), 0, offsetof(struct awsc_lambda_list_provisioned_concurrency_configs_output, provisioned_concurrency_configs), 0}, /* ListProvisionedConcurrencyConfigsResponse.ProvisionedConcurrencyConfigs: ProvisionedConcurrencyConfigList */
        [724] = {MREF(724, strings[1258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(724, scalars[137]), 0, offsetof(struct awsc_lambda_list_provisioned_concurrency_configs_output, next_marker), 0}, /* ListProvisionedConcurrencyConfigsResponse.NextMarker: String */
        [725] = {MREF(725, strings[7794]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(725, scalars[141]), 0, offsetof(struct awsc_lambda_list_tags_input, resource), AWSC_MF_REQUIRED}, /* ListTagsRequest.Resource: TaggableResource */
        [726] = {MREF(726, strings[1727]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(726, collections[48].shape), 0, offsetof(struct awsc_lambda_list_tags_output, tags), 0}, /* ListTagsResponse.Tags: Tags */
        [727] = {MREF(727, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(727, scalars[96]), 0, offsetof(struct awsc_lambda_list_versions_by_function_input, function_name), AWSC_MF_REQUIRED}, /* ListVersionsByFunctionRequest.FunctionName: NamespacedFunctionName */
        [728] = {MREF(728, strings[5079]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(728, scalars[137]), 0, offsetof(struct awsc_lambda_list_versions_by_function_input, marker), 0}, /* ListVersionsByFunctionRequest.Marker: String */
        [729] = {MREF(729, strings[5070]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(729, scalars[82]), AWSC_MEMBER_HAS(struct awsc_lambda_list_versions_by_function_input, max_items, has_max_items), offsetof(struct awsc_lambda_list_versions_by_function_input, max_items), 0}, /* ListVersionsByFunctionRequest.MaxItems: MaxListItems */
        [730] = {MREF(730, strings[1258]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(730, scalars[137]), 0, offsetof(struct awsc_lambda_list_versions_by_function_output, next_marker), 0}, /* ListVersionsByFunctionResponse.NextMarker: String */
        [731] = {MREF(731, strings[7803]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(731, collections[24].shape), 0, offsetof(struct awsc_lambda_list_versions_by_function_output, versions), 0}, /* ListVersionsByFunctionResponse.Versions: FunctionList */
        [732] = {MREF(732, strings[7832]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(732, enums[23].shape), 0, offsetof(struct awsc_lambda_logging_config, log_format), 0}, /* LoggingConfig.LogFormat: LogFormat */
        [733] = {MREF(733, strings[7842]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(733, enums[0].shape), 0, offsetof(struct awsc_lambda_logging_config, application_log_level), 0}, /* LoggingConfig.ApplicationLogLevel: ApplicationLogLevel */
        [734] = {MREF(734, strings[917]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(734, enums[41].shape), 0, offsetof(struct awsc_lambda_logging_config, system_log_level), 0}, /* LoggingConfig.SystemLogLevel: SystemLogLevel */
        [735] = {MREF(735, strings[932]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(735, scalars[74]), 0, offsetof(struct awsc_lambda_logging_config, log_group), 0}, /* LoggingConfig.LogGroup: LogGroup */
        [736] = {MREF(736, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(736, scalars[137]), 0, offsetof(struct awsc_lambda_mode_not_supported_exception, type), 0}, /* ModeNotSupportedException.Type: String */
        [737] = {MREF(737, strings[411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(737, scalars[137]), 0, offsetof(struct awsc_lambda_mode_not_supported_exception, message), 0}, /* ModeNotSupportedException.message: String */
        [738] = {MREF(738, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(738, scalars[137]), 0, offsetof(struct awsc_lambda_no_published_version_exception, type), 0}, /* NoPublishedVersionException.Type: String */
        [739] = {MREF(739, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(739, scalars[137]), 0, offsetof(struct awsc_lambda_no_published_version_exception, message), 0}, /* NoPublishedVersionException.Message: String */
        [740] = {MREF(740, strings[7916]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(740, scalars[26]), 0, offsetof(struct awsc_lambda_on_failure, destination), 0}, /* OnFailure.Destination: DestinationArn */
        [741] = {MREF(741, strings[7916]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(741, scalars[26]), 0, offsetof(struct awsc_lambda_on_success, destination), 0}, /* OnSuccess.Destination: DestinationArn */
        [742] = {MREF(742, strings[3083]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(742, scalars[101]), 0, offsetof(struct awsc_lambda_operation, id), AWSC_MF_REQUIRED}, /* Operation.Id: OperationId */
        [743] = {MREF(743, strings[3101]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(743, scalars[101]), 0, offsetof(struct awsc_lambda_operation, parent_id), 0}, /* Operation.ParentId: OperationId */
        [744] = {MREF(744, strings[331]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(744, scalars[102]), 0, offsetof(struct awsc_lambda_operation, name), 0}, /* Operation.Name: OperationName */
        [745] = {MREF(745, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(745, enums[27].shape), 0, offsetof(struct awsc_lambda_operation, type), AWSC_MF_REQUIRED}, /* Operation.Type: OperationType */
        [746] = {MREF(746, strings[3067]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(746, scalars[104]), 0, offsetof(struct awsc_lambda_operation, sub_type), 0}, /* Operation.SubType: OperationSubType */
        [747] = {MREF(747, strings[4307]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(747, scalars[44]), AWSC_MEMBER_HAS(struct awsc_lambda_operation, start_timestamp, has_start_timestamp), offsetof(struct awsc_lambda_operation, start_timestamp), AWSC_MF_REQUIRED}, /* Operation.StartTimestamp: ExecutionTimestamp */
        [748] = {MREF(748, strings[4322]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(748, scalars[44]), AWSC_MEMBER_HAS(struct awsc_lambda_operation, end_timestamp, has_end_timestamp), offsetof(struct awsc_lambda_operation, end_timestamp), 0}, /* Operation.EndTimestamp: ExecutionTimestamp */
        [749] = {MREF(749, strings[4300]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(749, enums[26].shape), 0, offsetof(struct awsc_lambda_operation, status), AWSC_MF_REQUIRED}, /* Operation.Status: OperationStatus */
        [750] = {MREF(750, strings[7928]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(750, structures[101].shape), 0, offsetof(struct awsc_lambda_operation, execution_details), 0}, /* Operation.ExecutionDetails: ExecutionDetails */
        [751] = {MREF(751, strings[7945]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(751, structures[45].shape), 0, offsetof(struct awsc_lambda_operation, context_details), 0}, /* Operation.ContextDetails: ContextDetails */
        [752] = {MREF(752, strings[7960]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(752, structures[286].shape), 0, offsetof(struct awsc_lambda_operation, step_details), 0}, /* Operation.StepDetails: StepDetails */
        [753] = {MREF(753, strings[7972]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(753, structures[318].shape), 0, offsetof(struct awsc_lambda_operation, wait_details), 0}, /* Operation.WaitDetails: WaitDetails */
        [754] = {MREF(754, strings[7984]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(754, structures[11].shape), 0, offsetof(struct awsc_lambda_operation, callback_details), 0}, /* Operation.CallbackDetails: CallbackDetails */
        [755] = {MREF(755, strings[8000]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(755, structures[26].shape), 0, offsetof(struct awsc_lambda_operation, chained_invoke_details), 0}, /* Operation.ChainedInvokeDetails: ChainedInvokeDetails */
        [756] = {MREF(756, strings[3083]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(756, scalars[101]), 0, offsetof(struct awsc_lambda_operation_update, id), AWSC_MF_REQUIRED}, /* OperationUpdate.Id: OperationId */
        [757] = {MREF(757, strings[3101]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(757, scalars[101]), 0, offsetof(struct awsc_lambda_operation_update, parent_id), 0}, /* OperationUpdate.ParentId: OperationId */
        [758] = {MREF(758, strings[331]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(758, scalars[102]), 0, offsetof(struct awsc_lambda_operation_update, name), 0}, /* OperationUpdate.Name: OperationName */
        [759] = {MREF(759, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(759, enums[27].shape), 0, offsetof(struct awsc_lambda_operation_update, type), AWSC_MF_REQUIRED}, /* OperationUpdate.Type: OperationType */
        [760] = {MREF(760, strings[3067]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(760, scalars[104]), 0, offsetof(struct awsc_lambda_operation_update, sub_type), 0}, /* OperationUpdate.SubType: OperationSubType */
        [761] = {MREF(761, strings[148]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(761, enums[25].shape), 0, offsetof(struct awsc_lambda_operation_update, action), AWSC_MF_REQUIRED}, /* OperationUpdate.Action: OperationAction */
        [762] = {MREF(762, strings[3681]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(762, scalars[103]), 0, offsetof(struct awsc_lambda_operation_update, payload), AWSC_MF_SENSITIVE}, /* OperationUpdate.Payload: OperationPayload */
        [763] = {MREF(763, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(763, structures[92].shape), 0, offsetof(struct awsc_lambda_operation_update, error), 0}, /* OperationUpdate.Error: ErrorObject */
        [764] = {MREF(764, strings[8172]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(764, structures[47].shape), 0, offsetof(struct awsc_lambda_operation_update, context_options), 0}, /* OperationUpdate.ContextOptions: ContextOptions */
        [765] = {MREF(765, strings[8187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(765, structures[288].shape), 0, offsetof(struct awsc_lambda_operation_update, step_options), 0}, /* OperationUpdate.StepOptions: StepOptions */
        [766] = {MREF(766, strings[8199]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(766, structures[319].shape), 0, offsetof(struct awsc_lambda_operation_update, wait_options), 0}, /* OperationUpdate.WaitOptions: WaitOptions */
        [767] = {MREF(767, strings[8211]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(767, structures[13].shape), 0, offsetof(struct awsc_lambda_operation_update, callback_options), 0}, /* OperationUpdate.CallbackOptions: CallbackOptions */
        [768] = {MREF(768, strings[8227]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(768, structures[28].shape), 0, offsetof(struct awsc_lambda_operation_update, chained_invoke_options), 0}, /* OperationUpdate.ChainedInvokeOptions: ChainedInvokeOptions */
        [769] = {MREF(769, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(769, scalars[137]), 0, offsetof(struct awsc_lambda_policy_length_exceeded_exception, type), 0}, /* PolicyLengthExceededException.Type: String */
        [770] = {MREF(770, strings[411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(770, scalars[137]), 0, offsetof(struct awsc_lambda_policy_length_exceeded_exception, message), 0}, /* PolicyLengthExceededException.message: String */
        [771] = {MREF(771, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(771, scalars[137]), 0, offsetof(struct awsc_lambda_precondition_failed_exception, type), 0}, /* PreconditionFailedException.Type: String */
        [772] = {MREF(772, strings[411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(772, scalars[137]), 0, offsetof(struct awsc_lambda_precondition_failed_exception, message), 0}, /* PreconditionFailedException.message: String */
        [773] = {MREF(773, strings[8316]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(773, enums[29].shape), 0, offsetof(struct awsc_lambda_propagate_tags, mode), 0}, /* PropagateTags.Mode: PropagateTagsMode */
        [774] = {MREF(774, strings[8321]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(774, collections[38].shape), 0, offsetof(struct awsc_lambda_propagate_tags, explicit_tags), 0}, /* PropagateTags.ExplicitTags: PropagateTagsExplicitTagsMap */
        [775] = {MREF(775, strings[2549]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(775, scalars[48]), 0, offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, function_arn), 0}, /* ProvisionedConcurrencyConfigListItem.FunctionArn: FunctionArn */
        [776] = {MREF(776, strings[5357]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(776, scalars[111]), AWSC_MEMBER_HAS(struct awsc_lambda_provisioned_concurrency_config_list_item, requested_provisioned_concurrent_executions, has_requested_provisioned_concurrent_executions), offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, requested_provisioned_concurrent_executions), 0}, /* ProvisionedConcurrencyConfigListItem.RequestedProvisionedConcurrentExecutions: PositiveInteger */
        [777] = {MREF(777, strings[5398]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(777, scalars[98]), AWSC_MEMBER_HAS(struct awsc_lambda_provisioned_concurrency_config_list_item, available_provisioned_concurrent_executions, has_available_provisioned_concurrent_executions), offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, available_provisioned_concurrent_executions), 0}, /* ProvisionedConcurrencyConfigListItem.AvailableProvisionedConcurrentExecutions: NonNegativeInteger */
        [778] = {MREF(778, strings[5439]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(778, scalars[98]), AWSC_MEMBER_HAS(struct awsc_lambda_provisioned_concurrency_config_list_item, allocated_provisioned_concurrent_executions, has_allocated_provisioned_concurrent_executions), offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, allocated_provisioned_concurrent_executions), 0}, /* ProvisionedConcurrencyConfigListItem.AllocatedProvisionedConcurrentExecutions: NonNegativeInteger */
        [779] = {MREF(779, strings[4300]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(779, enums[30].shape), 0, offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, status), 0}, /* ProvisionedConcurrencyConfigListItem.Status: ProvisionedConcurrencyStatusEnum */
        [780] = {MREF(780, strings[5480]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(780, scalars[137]), 0, offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, status_reason), 0}, /* ProvisionedConcurrencyConfigListItem.StatusReason: String */
        [781] = {MREF(781, strings[790]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(781, scalars[146]), 0, offsetof(struct awsc_lambda_provisioned_concurrency_config_list_item, last_modified), 0}, /* ProvisionedConcurrencyConfigListItem.LastModified: Timestamp */
        [782] = {MREF(782, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(782, scalars[137]), 0, offsetof(struct awsc_lambda_provisioned_concurrency_config_not_found_exception, type), 0}, /* ProvisionedConcurrencyConfigNotFoundException.Type: String */
        [783] = {MREF(783, strings[411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(783, scalars[137]), 0, offsetof(struct awsc_lambda_provisioned_concurrency_config_not_found_exception, message), 0}, /* ProvisionedConcurrencyConfigNotFoundException.message: String */
        [784] = {MREF(784, strings[8419]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(784, scalars[94]), AWSC_MEMBER_HAS(struct awsc_lambda_provisioned_poller_config, minimum_pollers, has_minimum_pollers), offsetof(struct awsc_lambda_provisioned_poller_config, minimum_pollers), 0}, /* ProvisionedPollerConfig.MinimumPollers: MinimumNumberOfPollers */
        [785] = {MREF(785, strings[8434]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(785, scalars[87]), AWSC_MEMBER_HAS(struct awsc_lambda_provisioned_poller_config, maximum_pollers, has_maximum_pollers), offsetof(struct awsc_lambda_provisioned_poller_config, maximum_pollers), 0}, /* ProvisionedPollerConfig.MaximumPollers: MaximumNumberOfPollers */
        [786] = {MREF(786, strings[8449]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(786, scalars[114]), 0, offsetof(struct awsc_lambda_provisioned_poller_config, poller_group_name), 0}, /* ProvisionedPollerConfig.PollerGroupName: ProvisionedPollerGroupName */
        [787] = {MREF(787, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(787, scalars[137]), 0, offsetof(struct awsc_lambda_public_policy_exception, type), 0}, /* PublicPolicyException.Type: String */
        [788] = {MREF(788, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(788, scalars[137]), 0, offsetof(struct awsc_lambda_public_policy_exception, message), 0}, /* PublicPolicyException.Message: String */
        [789] = {MREF(789, strings[112]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(789, scalars[67]), 0, offsetof(struct awsc_lambda_publish_layer_version_input, layer_name), AWSC_MF_REQUIRED}, /* PublishLayerVersionRequest.LayerName: LayerName */
        [790] = {MREF(790, strings[352]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(790, scalars[25]), 0, offsetof(struct awsc_lambda_publish_layer_version_input, description), 0}, /* PublishLayerVersionRequest.Description: Description */
        [791] = {MREF(791, strings[5257]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(791, structures[189].shape), 0, offsetof(struct awsc_lambda_publish_layer_version_input, content), AWSC_MF_REQUIRED}, /* PublishLayerVersionRequest.Content: LayerVersionContentInput */
        [792] = {MREF(792, strings[5302]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(792, collections[10].shape), 0, offsetof(struct awsc_lambda_publish_layer_version_input, compatible_architectures), 0}, /* PublishLayerVersionRequest.CompatibleArchitectures: CompatibleArchitectures */
        [793] = {MREF(793, strings[5326]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(793, collections[11].shape), 0, offsetof(struct awsc_lambda_publish_layer_version_input, compatible_runtimes), 0}, /* PublishLayerVersionRequest.CompatibleRuntimes: CompatibleRuntimes */
        [794] = {MREF(794, strings[5345]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(794, scalars[72]), 0, offsetof(struct awsc_lambda_publish_layer_version_input, license_info), 0}, /* PublishLayerVersionRequest.LicenseInfo: LicenseInfo */
        [795] = {MREF(795, strings[5257]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(795, structures[190].shape), 0, offsetof(struct awsc_lambda_publish_layer_version_output, content), 0}, /* PublishLayerVersionResponse.Content: LayerVersionContentOutput */
        [796] = {MREF(796, strings[5265]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(796, scalars[66]), 0, offsetof(struct awsc_lambda_publish_layer_version_output, layer_arn), 0}, /* PublishLayerVersionResponse.LayerArn: LayerArn */
        [797] = {MREF(797, strings[5274]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(797, scalars[70]), 0, offsetof(struct awsc_lambda_publish_layer_version_output, layer_version_arn), 0}, /* PublishLayerVersionResponse.LayerVersionArn: LayerVersionArn */
        [798] = {MREF(798, strings[352]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(798, scalars[25]), 0, offsetof(struct awsc_lambda_publish_layer_version_output, description), 0}, /* PublishLayerVersionResponse.Description: Description */
        [799] = {MREF(799, strings[5290]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(799, scalars[146]), 0, offsetof(struct awsc_lambda_publish_layer_version_output, created_date), 0}, /* PublishLayerVersionResponse.CreatedDate: Timestamp */
        [800] = {MREF(800, strings[4609]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(800, scalars[71]), AWSC_MEMBER_HAS(struct awsc_lambda_publish_layer_version_output, version, has_version), offsetof(struct awsc_lambda_publish_layer_version_output, version), 0}, /* PublishLayerVersionResponse.Version: LayerVersionNumber */
        [801] = {MREF(801, strings[5302]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(801, collections[10].shape), 0, offsetof(struct awsc_lambda_publish_layer_version_output, compatible_architectures), 0}, /* PublishLayerVersionResponse.CompatibleArchitectures: CompatibleArchitectures */
        [802] = {MREF(802, strings[5326]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(802, collections[11].shape), 0, offsetof(struct awsc_lambda_publish_layer_version_output, compatible_runtimes), 0}, /* PublishLayerVersionResponse.CompatibleRuntimes: CompatibleRuntimes */
        [803] = {MREF(803, strings[5345]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(803, scalars[72]), 0, offsetof(struct awsc_lambda_publish_layer_version_output, license_info), 0}, /* PublishLayerVersionResponse.LicenseInfo: LicenseInfo */
        [804] = {MREF(804, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(804, scalars[49]), 0, offsetof(struct awsc_lambda_publish_version_input, function_name), AWSC_MF_REQUIRED}, /* PublishVersionRequest.FunctionName: FunctionName */
        [805] = {MREF(805, strings[4598]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(805, scalars[137]), 0, offsetof(struct awsc_lambda_publish_version_input, code_sha256), 0}, /* PublishVersionRequest.CodeSha256: String */
        [806] = {MREF(806, strings[352]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(806, scalars[25]), 0, offsetof(struct awsc_lambda_publish_version_input, description), 0}, /* PublishVersionRequest.Description: Description */
        [807] = {MREF(807, strings[180]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(807, scalars[137]), 0, offsetof(struct awsc_lambda_publish_version_input, revision_id), 0}, /* PublishVersionRequest.RevisionId: String */
        [808] = {MREF(808, strings[2318]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(808, enums[16].shape), 0, offsetof(struct awsc_lambda_publish_version_input, publish_to), 0}, /* PublishVersionRequest.PublishTo: FunctionVersionLatestPublished */
        [809] = {MREF(809, strings[1387]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(809, scalars[20]), 0, offsetof(struct awsc_lambda_put_function_code_signing_config_input, code_signing_config_arn), AWSC_MF_REQUIRED}, /* PutFunctionCodeSigningConfigRequest.CodeSigningConfigArn: CodeSigningConfigArn */
        [810] = {MREF(810, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(810, scalars[96]), 0, offsetof(struct awsc_lambda_put_function_code_signing_config_input, function_name), AWSC_MF_REQUIRED}, /* PutFunctionCodeSigningConfigRequest.FunctionName: NamespacedFunctionName */
        [811] = {MREF(811, strings[1387]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(811, scalars[20]), 0, offsetof(struct awsc_lambda_put_function_code_signing_config_output, code_signing_config_arn), AWSC_MF_REQUIRED}, /* PutFunctionCodeSigningConfigResponse.CodeSigningConfigArn: CodeSigningConfigArn */
        [812] = {MREF(812, strings[201]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(812, scalars[49]), 0, offsetof(struct awsc_lambda_put_function_code_signing_config_output, function_name), AWSC_MF_REQUIRED}, /* PutFunctionCodeSigningConfigResponse.FunctionName: FunctionName */
        [813] = {MREF(813, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(813, scalars[49]), 0, offsetof(struct awsc_lambda_put_function_concurrency_input, function_name), AWSC_MF_REQUIRED}, /* PutFunctionConcurrencyRequest.FunctionName: FunctionName */
        [814] = {MREF(814, strings[1585]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(814, scalars[119]), AWSC_MEMBER_HAS(struct awsc_lambda_put_function_concurrency_input, reserved_concurrent_executions, has_reserved_concurrent_executions), offsetof(struct awsc_lambda_put_function_concurrency_input, reserved_concurrent_executions), AWSC_MF_REQUIRED}, /* PutFunctionConcurrencyRequest.ReservedConcurrentExecutions: ReservedConcurrentExecutions */
        [815] = {MREF(815, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(815, scalars[96]), 0, offsetof(struct awsc_lambda_put_function_event_invoke_config_input, function_name), AWSC_MF_REQUIRED}, /* PutFunctionEventInvokeConfigRequest.FunctionName: NamespacedFunctionName */
        [816] = {MREF(816, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(816, scalars[100]), 0, offsetof(struct awsc_lambda_put_function_event_invoke_config_input, qualifier), 0}, /* PutFunctionEventInvokeConfigRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [817] = {MREF(817, strings[2020]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(817, scalars[89]), AWSC_MEMBER_HAS(struct awsc_lambda_put_function_event_invoke_config_input, maximum_retry_attempts, has_maximum_retry_attempts), offsetof(struct awsc_lambda_put_function_event_invoke_config_input, maximum_retry_attempts), 0}, /* PutFunctionEventInvokeConfigRequest.MaximumRetryAttempts: MaximumRetryAttempts */
        [818] = {MREF(818, strings[4815]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(818, scalars[86]), AWSC_MEMBER_HAS(struct awsc_lambda_put_function_event_invoke_config_input, maximum_event_age_in_seconds, has_maximum_event_age_in_seconds), offsetof(struct awsc_lambda_put_function_event_invoke_config_input, maximum_event_age_in_seconds), 0}, /* PutFunctionEventInvokeConfigRequest.MaximumEventAgeInSeconds: MaximumEventAgeInSeconds */
        [819] = {MREF(819, strings[1949]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(819, structures[75].shape), 0, offsetof(struct awsc_lambda_put_function_event_invoke_config_input, destination_config), 0}, /* PutFunctionEventInvokeConfigRequest.DestinationConfig: DestinationConfig */
        [820] = {MREF(820, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(820, scalars[152]), 0, offsetof(struct awsc_lambda_put_function_recursion_config_input, function_name), AWSC_MF_REQUIRED}, /* PutFunctionRecursionConfigRequest.FunctionName: UnqualifiedFunctionName */
        [821] = {MREF(821, strings[5140]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(821, enums[31].shape), 0, offsetof(struct awsc_lambda_put_function_recursion_config_input, recursive_loop), AWSC_MF_REQUIRED}, /* PutFunctionRecursionConfigRequest.RecursiveLoop: RecursiveLoop */
        [822] = {MREF(822, strings[5140]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(822, enums[31].shape), 0, offsetof(struct awsc_lambda_put_function_recursion_config_output, recursive_loop), 0}, /* PutFunctionRecursionConfigResponse.RecursiveLoop: RecursiveLoop */
        [823] = {MREF(823, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(823, scalars[152]), 0, offsetof(struct awsc_lambda_put_function_scaling_config_input, function_name), AWSC_MF_REQUIRED}, /* PutFunctionScalingConfigRequest.FunctionName: UnqualifiedFunctionName */
        [824] = {MREF(824, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(824, scalars[115]), 0, offsetof(struct awsc_lambda_put_function_scaling_config_input, qualifier), AWSC_MF_REQUIRED}, /* PutFunctionScalingConfigRequest.Qualifier: PublishedFunctionQualifier */
        [825] = {MREF(825, strings[8487]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(825, structures[116].shape), 0, offsetof(struct awsc_lambda_put_function_scaling_config_input, function_scaling_config), 0}, /* PutFunctionScalingConfigRequest.FunctionScalingConfig: FunctionScalingConfig */
        [826] = {MREF(826, strings[8509]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(826, enums[39].shape), 0, offsetof(struct awsc_lambda_put_function_scaling_config_output, function_state), 0}, /* PutFunctionScalingConfigResponse.FunctionState: State */
        [827] = {MREF(827, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(827, scalars[49]), 0, offsetof(struct awsc_lambda_put_provisioned_concurrency_config_input, function_name), AWSC_MF_REQUIRED}, /* PutProvisionedConcurrencyConfigRequest.FunctionName: FunctionName */
        [828] = {MREF(828, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(828, scalars[116]), 0, offsetof(struct awsc_lambda_put_provisioned_concurrency_config_input, qualifier), AWSC_MF_REQUIRED}, /* PutProvisionedConcurrencyConfigRequest.Qualifier: Qualifier */
        [829] = {MREF(829, strings[8523]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(829, scalars[111]), AWSC_MEMBER_HAS(struct awsc_lambda_put_provisioned_concurrency_config_input, provisioned_concurrent_executions, has_provisioned_concurrent_executions), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_input, provisioned_concurrent_executions), AWSC_MF_REQUIRED}, /* PutProvisionedConcurrencyConfigRequest.ProvisionedConcurrentExecutions: PositiveInteger */
        [830] = {MREF(830, strings[5357]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(830, scalars[111]), AWSC_MEMBER_HAS(struct awsc_lambda_put_provisioned_concurrency_config_output, requested_provisioned_concurrent_executions, has_requested_provisioned_concurrent_executions), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, requested_provisioned_concurrent_executions), 0}, /* PutProvisionedConcurrencyConfigResponse.RequestedProvisionedConcurrentExecutions: PositiveInteger */
        [831] = {MREF(831, strings[5439]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(831, scalars[98]), AWSC_MEMBER_HAS(struct awsc_lambda_put_provisioned_concurrency_config_output, allocated_provisioned_concurrent_executions, has_allocated_provisioned_concurrent_executions), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, allocated_provisioned_concurrent_executions), 0}, /* PutProvisionedConcurrencyConfigResponse.AllocatedProvisionedConcurrentExecutions: NonNegativeInteger */
        [832] = {MREF(832, strings[5398]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(832, scalars[98]), AWSC_MEMBER_HAS(struct awsc_lambda_put_provisioned_concurrency_config_output, available_provisioned_concurrent_executions, has_available_provisioned_concurrent_executions), offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, available_provisioned_concurrent_executions), 0}, /* PutProvisionedConcurrencyConfigResponse.AvailableProvisionedConcurrentExecutions: NonNegativeInteger */
        [833] = {MREF(833, strings[4300]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(833, enums[30].shape), 0, offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, status), 0}, /* PutProvisionedConcurrencyConfigResponse.Status: ProvisionedConcurrencyStatusEnum */
        [834] = {MREF(834, strings[5480]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(834, scalars[137]), 0, offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, status_reason), 0}, /* PutProvisionedConcurrencyConfigResponse.StatusReason: String */
        [835] = {MREF(835, strings[790]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(835, scalars[146]), 0, offsetof(struct awsc_lambda_put_provisioned_concurrency_config_output, last_modified), 0}, /* PutProvisionedConcurrencyConfigResponse.LastModified: Timestamp */
        [836] = {MREF(836, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(836, scalars[96]), 0, offsetof(struct awsc_lambda_put_runtime_management_config_input, function_name), AWSC_MF_REQUIRED}, /* PutRuntimeManagementConfigRequest.FunctionName: NamespacedFunctionName */
        [837] = {MREF(837, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(837, scalars[100]), 0, offsetof(struct awsc_lambda_put_runtime_management_config_input, qualifier), 0}, /* PutRuntimeManagementConfigRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [838] = {MREF(838, strings[5493]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(838, enums[45].shape), 0, offsetof(struct awsc_lambda_put_runtime_management_config_input, update_runtime_on), AWSC_MF_REQUIRED}, /* PutRuntimeManagementConfigRequest.UpdateRuntimeOn: UpdateRuntimeOn */
        [839] = {MREF(839, strings[5509]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(839, scalars[124]), 0, offsetof(struct awsc_lambda_put_runtime_management_config_input, runtime_version_arn), 0}, /* PutRuntimeManagementConfigRequest.RuntimeVersionArn: RuntimeVersionArn */
        [840] = {MREF(840, strings[5493]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(840, enums[45].shape), 0, offsetof(struct awsc_lambda_put_runtime_management_config_output, update_runtime_on), AWSC_MF_REQUIRED}, /* PutRuntimeManagementConfigResponse.UpdateRuntimeOn: UpdateRuntimeOn */
        [841] = {MREF(841, strings[2549]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(841, scalars[48]), 0, offsetof(struct awsc_lambda_put_runtime_management_config_output, function_arn), AWSC_MF_REQUIRED}, /* PutRuntimeManagementConfigResponse.FunctionArn: FunctionArn */
        [842] = {MREF(842, strings[5509]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(842, scalars[124]), 0, offsetof(struct awsc_lambda_put_runtime_management_config_output, runtime_version_arn), 0}, /* PutRuntimeManagementConfigResponse.RuntimeVersionArn: RuntimeVersionArn */
        [843] = {MREF(843, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(843, scalars[137]), 0, offsetof(struct awsc_lambda_recursive_invocation_exception, type), 0}, /* RecursiveInvocationException.Type: String */
        [844] = {MREF(844, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(844, scalars[137]), 0, offsetof(struct awsc_lambda_recursive_invocation_exception, message), 0}, /* RecursiveInvocationException.Message: String */
        [845] = {MREF(845, strings[112]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(845, scalars[67]), 0, offsetof(struct awsc_lambda_remove_layer_version_permission_input, layer_name), AWSC_MF_REQUIRED}, /* RemoveLayerVersionPermissionRequest.LayerName: LayerName */
        [846] = {MREF(846, strings[122]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(846, scalars[71]), AWSC_MEMBER_HAS(struct awsc_lambda_remove_layer_version_permission_input, version_number, has_version_number), offsetof(struct awsc_lambda_remove_layer_version_permission_input, version_number), AWSC_MF_REQUIRED}, /* RemoveLayerVersionPermissionRequest.VersionNumber: LayerVersionNumber */
        [847] = {MREF(847, strings[136]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(847, scalars[135]), 0, offsetof(struct awsc_lambda_remove_layer_version_permission_input, statement_id), AWSC_MF_REQUIRED}, /* RemoveLayerVersionPermissionRequest.StatementId: StatementId */
        [848] = {MREF(848, strings[180]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(848, scalars[137]), 0, offsetof(struct awsc_lambda_remove_layer_version_permission_input, revision_id), 0}, /* RemoveLayerVersionPermissionRequest.RevisionId: String */
        [849] = {MREF(849, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(849, scalars[96]), 0, offsetof(struct awsc_lambda_remove_permission_input, function_name), AWSC_MF_REQUIRED}, /* RemovePermissionRequest.FunctionName: NamespacedFunctionName */
        [850] = {MREF(850, strings[136]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(850, scalars[97]), 0, offsetof(struct awsc_lambda_remove_permission_input, statement_id), AWSC_MF_REQUIRED}, /* RemovePermissionRequest.StatementId: NamespacedStatementId */
        [851] = {MREF(851, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(851, scalars[100]), 0, offsetof(struct awsc_lambda_remove_permission_input, qualifier), 0}, /* RemovePermissionRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [852] = {MREF(852, strings[180]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(852, scalars[137]), 0, offsetof(struct awsc_lambda_remove_permission_input, revision_id), 0}, /* RemovePermissionRequest.RevisionId: String */
        [853] = {MREF(853, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(853, scalars[137]), 0, offsetof(struct awsc_lambda_request_too_large_exception, type), 0}, /* RequestTooLargeException.Type: String */
        [854] = {MREF(854, strings[411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(854, scalars[137]), 0, offsetof(struct awsc_lambda_request_too_large_exception, message), 0}, /* RequestTooLargeException.message: String */
        [855] = {MREF(855, strings[4455]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(855, scalars[125]), 0, offsetof(struct awsc_lambda_resolved_s3_object, s3_bucket), 0}, /* ResolvedS3Object.S3Bucket: S3Bucket */
        [856] = {MREF(856, strings[4464]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(856, scalars[126]), 0, offsetof(struct awsc_lambda_resolved_s3_object, s3_key), 0}, /* ResolvedS3Object.S3Key: S3Key */
        [857] = {MREF(857, strings[4470]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(857, scalars[127]), 0, offsetof(struct awsc_lambda_resolved_s3_object, s3_object_version), 0}, /* ResolvedS3Object.S3ObjectVersion: S3ObjectVersion */
        [858] = {MREF(858, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(858, scalars[137]), 0, offsetof(struct awsc_lambda_resource_conflict_exception, type), 0}, /* ResourceConflictException.Type: String */
        [859] = {MREF(859, strings[411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(859, scalars[137]), 0, offsetof(struct awsc_lambda_resource_conflict_exception, message), 0}, /* ResourceConflictException.message: String */
        [860] = {MREF(860, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(860, scalars[137]), 0, offsetof(struct awsc_lambda_resource_in_use_exception, type), 0}, /* ResourceInUseException.Type: String */
        [861] = {MREF(861, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(861, scalars[137]), 0, offsetof(struct awsc_lambda_resource_in_use_exception, message), 0}, /* ResourceInUseException.Message: String */
        [862] = {MREF(862, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(862, scalars[137]), 0, offsetof(struct awsc_lambda_resource_not_found_exception, type), 0}, /* ResourceNotFoundException.Type: String */
        [863] = {MREF(863, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(863, scalars[137]), 0, offsetof(struct awsc_lambda_resource_not_found_exception, message), 0}, /* ResourceNotFoundException.Message: String */
        [864] = {MREF(864, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(864, scalars[137]), 0, offsetof(struct awsc_lambda_resource_not_ready_exception, type), 0}, /* ResourceNotReadyException.Type: String */
        [865] = {MREF(865, strings[411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(865, scalars[137]), 0, offsetof(struct awsc_lambda_resource_not_ready_exception, message), 0}, /* ResourceNotReadyException.message: String */
        [866] = {MREF(866, strings[8749]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(866, scalars[5]), AWSC_MEMBER_HAS(struct awsc_lambda_retry_details, current_attempt, has_current_attempt), offsetof(struct awsc_lambda_retry_details, current_attempt), 0}, /* RetryDetails.CurrentAttempt: AttemptCount */
        [867] = {MREF(867, strings[8764]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(867, scalars[29]), AWSC_MEMBER_HAS(struct awsc_lambda_retry_details, next_attempt_delay_seconds, has_next_attempt_delay_seconds), offsetof(struct awsc_lambda_retry_details, next_attempt_delay_seconds), 0}, /* RetryDetails.NextAttemptDelaySeconds: DurationSeconds */
        [868] = {MREF(868, strings[5509]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(868, scalars[124]), 0, offsetof(struct awsc_lambda_runtime_version_config, runtime_version_arn), 0}, /* RuntimeVersionConfig.RuntimeVersionArn: RuntimeVersionArn */
        [869] = {MREF(869, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(869, structures[263].shape), 0, offsetof(struct awsc_lambda_runtime_version_config, error), 0}, /* RuntimeVersionConfig.Error: RuntimeVersionError */
        [870] = {MREF(870, strings[2998]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(870, scalars[137]), 0, offsetof(struct awsc_lambda_runtime_version_error, error_code), 0}, /* RuntimeVersionError.ErrorCode: String */
        [871] = {MREF(871, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(871, scalars[130]), 0, offsetof(struct awsc_lambda_runtime_version_error, message), AWSC_MF_SENSITIVE}, /* RuntimeVersionError.Message: SensitiveString */
        [872] = {MREF(872, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(872, scalars[137]), 0, offsetof(struct awsc_lambda_s3_files_mount_connectivity_exception, type), 0}, /* S3FilesMountConnectivityException.Type: String */
        [873] = {MREF(873, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(873, scalars[137]), 0, offsetof(struct awsc_lambda_s3_files_mount_connectivity_exception, message), 0}, /* S3FilesMountConnectivityException.Message: String */
        [874] = {MREF(874, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(874, scalars[137]), 0, offsetof(struct awsc_lambda_s3_files_mount_failure_exception, type), 0}, /* S3FilesMountFailureException.Type: String */
        [875] = {MREF(875, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(875, scalars[137]), 0, offsetof(struct awsc_lambda_s3_files_mount_failure_exception, message), 0}, /* S3FilesMountFailureException.Message: String */
        [876] = {MREF(876, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(876, scalars[137]), 0, offsetof(struct awsc_lambda_s3_files_mount_timeout_exception, type), 0}, /* S3FilesMountTimeoutException.Type: String */
        [877] = {MREF(877, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(877, scalars[137]), 0, offsetof(struct awsc_lambda_s3_files_mount_timeout_exception, message), 0}, /* S3FilesMountTimeoutException.Message: String */
        [878] = {MREF(878, strings[9422]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(878, scalars[85]), AWSC_MEMBER_HAS(struct awsc_lambda_scaling_config, maximum_concurrency, has_maximum_concurrency), offsetof(struct awsc_lambda_scaling_config, maximum_concurrency), 0}, /* ScalingConfig.MaximumConcurrency: MaximumConcurrency */
        [879] = {MREF(879, strings[9453]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(879, collections[14].shape), 0, offsetof(struct awsc_lambda_self_managed_event_source, endpoints), 0}, /* SelfManagedEventSource.Endpoints: Endpoints */
        [880] = {MREF(880, strings[470]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(880, scalars[150]), 0, offsetof(struct awsc_lambda_self_managed_kafka_event_source_config, consumer_group_id), 0}, /* SelfManagedKafkaEventSourceConfig.ConsumerGroupId: URI */
        [881] = {MREF(881, strings[486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(881, structures[185].shape), 0, offsetof(struct awsc_lambda_self_managed_kafka_event_source_config, schema_registry_config), 0}, /* SelfManagedKafkaEventSourceConfig.SchemaRegistryConfig: KafkaSchemaRegistryConfig */
        [882] = {MREF(882, strings[554]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(882, scalars[12]), 0, offsetof(struct awsc_lambda_send_durable_execution_callback_failure_input, callback_id), AWSC_MF_REQUIRED}, /* SendDurableExecutionCallbackFailureRequest.CallbackId: CallbackId */
        [883] = {MREF(883, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(883, structures[92].shape), 0, offsetof(struct awsc_lambda_send_durable_execution_callback_failure_input, error), AWSC_MF_PAYLOAD}, /* SendDurableExecutionCallbackFailureRequest.Error: ErrorObject */
        [884] = {MREF(884, strings[554]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(884, scalars[12]), 0, offsetof(struct awsc_lambda_send_durable_execution_callback_heartbeat_input, callback_id), AWSC_MF_REQUIRED}, /* SendDurableExecutionCallbackHeartbeatRequest.CallbackId: CallbackId */
        [885] = {MREF(885, strings[554]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(885, scalars[12]), 0, offsetof(struct awsc_lambda_send_durable_execution_callback_success_input, callback_id), AWSC_MF_REQUIRED}, /* SendDurableExecutionCallbackSuccessRequest.CallbackId: CallbackId */
        [886] = {MREF(886, strings[565]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(886, scalars[7]), 0, offsetof(struct awsc_lambda_send_durable_execution_callback_success_input, result), AWSC_MF_PAYLOAD | AWSC_MF_SENSITIVE}, /* SendDurableExecutionCallbackSuccessRequest.Result: BinaryOperationPayload */
        [887] = {MREF(887, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(887, scalars[137]), 0, offsetof(struct awsc_lambda_serialized_request_entity_too_large_exception, type), 0}, /* SerializedRequestEntityTooLargeException.Type: String */
        [888] = {MREF(888, strings[411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(888, scalars[137]), 0, offsetof(struct awsc_lambda_serialized_request_entity_too_large_exception, message), 0}, /* SerializedRequestEntityTooLargeException.message: String */
        [889] = {MREF(889, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(889, scalars[137]), 0, offsetof(struct awsc_lambda_service_exception, type), 0}, /* ServiceException.Type: String */
        [890] = {MREF(890, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(890, scalars[137]), 0, offsetof(struct awsc_lambda_service_exception, message), 0}, /* ServiceException.Message: String */
        [891] = {MREF(891, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(891, scalars[137]), 0, offsetof(struct awsc_lambda_service_quota_exceeded_exception, type), 0}, /* ServiceQuotaExceededException.Type: String */
        [892] = {MREF(892, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(892, scalars[137]), 0, offsetof(struct awsc_lambda_service_quota_exceeded_exception, message), 0}, /* ServiceQuotaExceededException.Message: String */
        [893] = {MREF(893, strings[9551]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(893, enums[36].shape), 0, offsetof(struct awsc_lambda_snap_start, apply_on), 0}, /* SnapStart.ApplyOn: SnapStartApplyOn */
        [894] = {MREF(894, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(894, scalars[137]), 0, offsetof(struct awsc_lambda_snap_start_exception, type), 0}, /* SnapStartException.Type: String */
        [895] = {MREF(895, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(895, scalars[137]), 0, offsetof(struct awsc_lambda_snap_start_exception, message), 0}, /* SnapStartException.Message: String */
        [896] = {MREF(896, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(896, scalars[137]), 0, offsetof(struct awsc_lambda_snap_start_not_ready_exception, type), 0}, /* SnapStartNotReadyException.Type: String */
        [897] = {MREF(897, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(897, scalars[137]), 0, offsetof(struct awsc_lambda_snap_start_not_ready_exception, message), 0}, /* SnapStartNotReadyException.Message: String */
        [898] = {MREF(898, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(898, scalars[137]), 0, offsetof(struct awsc_lambda_snap_start_regeneration_failure_exception, type), 0}, /* SnapStartRegenerationFailureException.Type: String */
        [899] = {MREF(899, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(899, scalars[137]), 0, offsetof(struct awsc_lambda_snap_start_regeneration_failure_exception, message), 0}, /* SnapStartRegenerationFailureException.Message: String */
        [900] = {MREF(900, strings[9551]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(900, enums[36].shape), 0, offsetof(struct awsc_lambda_snap_start_response, apply_on), 0}, /* SnapStartResponse.ApplyOn: SnapStartApplyOn */
        [901] = {MREF(901, strings[9673]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(901, enums[37].shape), 0, offsetof(struct awsc_lambda_snap_start_response, optimization_status), 0}, /* SnapStartResponse.OptimizationStatus: SnapStartOptimizationStatus */
        [902] = {MREF(902, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(902, scalars[137]), 0, offsetof(struct awsc_lambda_snap_start_timeout_exception, type), 0}, /* SnapStartTimeoutException.Type: String */
        [903] = {MREF(903, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(903, scalars[137]), 0, offsetof(struct awsc_lambda_snap_start_timeout_exception, message), 0}, /* SnapStartTimeoutException.Message: String */
        [904] = {MREF(904, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(904, enums[38].shape), 0, offsetof(struct awsc_lambda_source_access_configuration, type), 0}, /* SourceAccessConfiguration.Type: SourceAccessType */
        [905] = {MREF(905, strings[6391]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(905, scalars[150]), 0, offsetof(struct awsc_lambda_source_access_configuration, uri), 0}, /* SourceAccessConfiguration.URI: URI */
        [906] = {MREF(906, strings[10811]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(906, scalars[5]), AWSC_MEMBER_HAS(struct awsc_lambda_step_details, attempt, has_attempt), offsetof(struct awsc_lambda_step_details, attempt), 0}, /* StepDetails.Attempt: AttemptCount */
        [907] = {MREF(907, strings[10819]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(907, scalars[44]), AWSC_MEMBER_HAS(struct awsc_lambda_step_details, next_attempt_timestamp, has_next_attempt_timestamp), offsetof(struct awsc_lambda_step_details, next_attempt_timestamp), 0}, /* StepDetails.NextAttemptTimestamp: ExecutionTimestamp */
        [908] = {MREF(908, strings[565]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(908, scalars[103]), 0, offsetof(struct awsc_lambda_step_details, result), AWSC_MF_SENSITIVE}, /* StepDetails.Result: OperationPayload */
        [909] = {MREF(909, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(909, structures[92].shape), 0, offsetof(struct awsc_lambda_step_details, error), 0}, /* StepDetails.Error: ErrorObject */
        [910] = {MREF(910, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(910, structures[94].shape), 0, offsetof(struct awsc_lambda_step_failed_details, error), AWSC_MF_REQUIRED}, /* StepFailedDetails.Error: EventError */
        [911] = {MREF(911, strings[10840]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(911, structures[261].shape), 0, offsetof(struct awsc_lambda_step_failed_details, retry_details), AWSC_MF_REQUIRED}, /* StepFailedDetails.RetryDetails: RetryDetails */
        [912] = {MREF(912, strings[8764]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(912, scalars[136]), AWSC_MEMBER_HAS(struct awsc_lambda_step_options, next_attempt_delay_seconds, has_next_attempt_delay_seconds), offsetof(struct awsc_lambda_step_options, next_attempt_delay_seconds), 0}, /* StepOptions.NextAttemptDelaySeconds: StepOptionsNextAttemptDelaySecondsInteger */
        [913] = {MREF(913, strings[565]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(913, structures[96].shape), 0, offsetof(struct awsc_lambda_step_succeeded_details, result), AWSC_MF_REQUIRED}, /* StepSucceededDetails.Result: EventResult */
        [914] = {MREF(914, strings[10840]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(914, structures[261].shape), 0, offsetof(struct awsc_lambda_step_succeeded_details, retry_details), AWSC_MF_REQUIRED}, /* StepSucceededDetails.RetryDetails: RetryDetails */
        [915] = {MREF(915, strings[1173]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(915, scalars[27]), 0, offsetof(struct awsc_lambda_stop_durable_execution_input, durable_execution_arn), AWSC_MF_REQUIRED}, /* StopDurableExecutionRequest.DurableExecutionArn: DurableExecutionArn */
        [916] = {MREF(916, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(916, structures[92].shape), 0, offsetof(struct awsc_lambda_stop_durable_execution_input, error), AWSC_MF_PAYLOAD}, /* StopDurableExecutionRequest.Error: ErrorObject */
        [917] = {MREF(917, strings[10853]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(917, scalars[44]), AWSC_MEMBER_HAS(struct awsc_lambda_stop_durable_execution_output, stop_timestamp, has_stop_timestamp), offsetof(struct awsc_lambda_stop_durable_execution_output, stop_timestamp), AWSC_MF_REQUIRED}, /* StopDurableExecutionResponse.StopTimestamp: ExecutionTimestamp */
        [918] = {MREF(918, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(918, scalars[137]), 0, offsetof(struct awsc_lambda_subnet_ip_address_limit_reached_exception, type), 0}, /* SubnetIPAddressLimitReachedException.Type: String */
        [919] = {MREF(919, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(919, scalars[137]), 0, offsetof(struct awsc_lambda_subnet_ip_address_limit_reached_exception, message), 0}, /* SubnetIPAddressLimitReachedException.Message: String */
        [920] = {MREF(920, strings[7794]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(920, scalars[141]), 0, offsetof(struct awsc_lambda_tag_resource_input, resource), AWSC_MF_REQUIRED}, /* TagResourceRequest.Resource: TaggableResource */
        [921] = {MREF(921, strings[1727]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(921, collections[48].shape), 0, offsetof(struct awsc_lambda_tag_resource_input, tags), AWSC_MF_REQUIRED}, /* TagResourceRequest.Tags: Tags */
        [922] = {MREF(922, strings[2998]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(922, scalars[142]), 0, offsetof(struct awsc_lambda_tags_error, error_code), AWSC_MF_REQUIRED}, /* TagsError.ErrorCode: TagsErrorCode */
        [923] = {MREF(923, strings[667]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(923, scalars[143]), 0, offsetof(struct awsc_lambda_tags_error, message), AWSC_MF_REQUIRED}, /* TagsError.Message: TagsErrorMessage */
        [924] = {MREF(924, strings[10904]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(924, enums[2].shape), 0, offsetof(struct awsc_lambda_target_tracking_scaling_policy, predefined_metric_type), AWSC_MF_REQUIRED}, /* TargetTrackingScalingPolicy.PredefinedMetricType: CapacityProviderPredefinedMetricType */
        [925] = {MREF(925, strings[10925]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(925, scalars[93]), AWSC_MEMBER_HAS(struct awsc_lambda_target_tracking_scaling_policy, target_value, has_target_value), offsetof(struct awsc_lambda_target_tracking_scaling_policy, target_value), AWSC_MF_REQUIRED}, /* TargetTrackingScalingPolicy.TargetValue: MetricTargetValue */
        [926] = {MREF(926, strings[10937]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(926, enums[42].shape), 0, offsetof(struct awsc_lambda_tenancy_config, tenant_isolation_mode), AWSC_MF_REQUIRED}, /* TenancyConfig.TenantIsolationMode: TenantIsolationMode */
        [927] = {MREF(927, strings[11219]), AWSC_LOC_HEADER, AWSC_TSFMT_DEFAULT, MREF(927, scalars[137]), 0, offsetof(struct awsc_lambda_too_many_requests_exception, retry_after_seconds), AWSC_MF_WIRE_NAME}, /* TooManyRequestsException.retryAfterSeconds: String */
        [928] = {MREF(928, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(928, scalars[137]), 0, offsetof(struct awsc_lambda_too_many_requests_exception, type), 0}, /* TooManyRequestsException.Type: String */
        [929] = {MREF(929, strings[411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(929, scalars[137]), 0, offsetof(struct awsc_lambda_too_many_requests_exception, message), 0}, /* TooManyRequestsException.message: String */
        [930] = {MREF(930, strings[11249]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(930, enums[43].shape), 0, offsetof(struct awsc_lambda_too_many_requests_exception, reason), 0}, /* TooManyRequestsException.Reason: ThrottleReason */
        [931] = {MREF(931, strings[11256]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(931, scalars[160]), 0, offsetof(struct awsc_lambda_trace_header, x_amzn_trace_id), 0}, /* TraceHeader.XAmznTraceId: XAmznTraceId */
        [932] = {MREF(932, strings[8316]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(932, enums[44].shape), 0, offsetof(struct awsc_lambda_tracing_config, mode), 0}, /* TracingConfig.Mode: TracingMode */
        [933] = {MREF(933, strings[8316]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(933, enums[44].shape), 0, offsetof(struct awsc_lambda_tracing_config_response, mode), 0}, /* TracingConfigResponse.Mode: TracingMode */
        [934] = {MREF(934, strings[406]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(934, scalars[137]), 0, offsetof(struct awsc_lambda_unsupported_media_type_exception, type), 0}, /* UnsupportedMediaTypeException.Type: String */
        [935] = {MREF(935, strings[411]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(935, scalars[137]), 0, offsetof(struct awsc_lambda_unsupported_media_type_exception, message), 0}, /* UnsupportedMediaTypeException.message: String */
        [936] = {MREF(936, strings[7794]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(936, scalars[141]), 0, offsetof(struct awsc_lambda_untag_resource_input, resource), AWSC_MF_REQUIRED}, /* UntagResourceRequest.Resource: TaggableResource */
        [937] = {MREF(937, strings[11318]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(937, collections[47].shape), 0, offsetof(struct awsc_lambda_untag_resource_input, tag_keys), AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME}, /* UntagResourceRequest.TagKeys: TagKeyList */
        [938] = {MREF(938, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(938, scalars[49]), 0, offsetof(struct awsc_lambda_update_alias_input, function_name), AWSC_MF_REQUIRED}, /* UpdateAliasRequest.FunctionName: FunctionName */
        [939] = {MREF(939, strings[331]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(939, scalars[2]), 0, offsetof(struct awsc_lambda_update_alias_input, name), AWSC_MF_REQUIRED}, /* UpdateAliasRequest.Name: Alias */
        [940] = {MREF(940, strings[336]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(940, scalars[155]), 0, offsetof(struct awsc_lambda_update_alias_input, function_version), 0}, /* UpdateAliasRequest.FunctionVersion: VersionWithLatestPublished */
        [941] = {MREF(941, strings[352]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(941, scalars[25]), 0, offsetof(struct awsc_lambda_update_alias_input, description), 0}, /* UpdateAliasRequest.Description: Description */
        [942] = {MREF(942, strings[364]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(942, structures[8].shape), 0, offsetof(struct awsc_lambda_update_alias_input, routing_config), 0}, /* UpdateAliasRequest.RoutingConfig: AliasRoutingConfiguration */
        [943] = {MREF(943, strings[180]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(943, scalars[137]), 0, offsetof(struct awsc_lambda_update_alias_input, revision_id), 0}, /* UpdateAliasRequest.RevisionId: String */
        [944] = {MREF(944, strings[1706]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(944, scalars[17]), 0, offsetof(struct awsc_lambda_update_capacity_provider_input, capacity_provider_name), AWSC_MF_REQUIRED}, /* UpdateCapacityProviderRequest.CapacityProviderName: CapacityProviderName */
        [945] = {MREF(945, strings[750]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(945, structures[23].shape), 0, offsetof(struct awsc_lambda_update_capacity_provider_input, capacity_provider_scaling_config), 0}, /* UpdateCapacityProviderRequest.CapacityProviderScalingConfig: CapacityProviderScalingConfig */
        [946] = {MREF(946, strings[803]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(946, structures[232].shape), 0, offsetof(struct awsc_lambda_update_capacity_provider_input, propagate_tags), 0}, /* UpdateCapacityProviderRequest.PropagateTags: PropagateTags */
        [947] = {MREF(947, strings[817]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(947, structures[24].shape), 0, offsetof(struct awsc_lambda_update_capacity_provider_input, telemetry_config), 0}, /* UpdateCapacityProviderRequest.TelemetryConfig: CapacityProviderTelemetryConfig */
        [948] = {MREF(948, strings[1732]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(948, structures[18].shape), 0, offsetof(struct awsc_lambda_update_capacity_provider_output, capacity_provider), AWSC_MF_REQUIRED}, /* UpdateCapacityProviderResponse.CapacityProvider: CapacityProvider */
        [949] = {MREF(949, strings[1387]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(949, scalars[20]), 0, offsetof(struct awsc_lambda_update_code_signing_config_input, code_signing_config_arn), AWSC_MF_REQUIRED}, /* UpdateCodeSigningConfigRequest.CodeSigningConfigArn: CodeSigningConfigArn */
        [950] = {MREF(950, strings[352]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(950, scalars[25]), 0, offsetof(struct awsc_lambda_update_code_signing_config_input, description), 0}, /* UpdateCodeSigningConfigRequest.Description: Description */
        [951] = {MREF(951, strings[1408]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(951, structures[9].shape), 0, offsetof(struct awsc_lambda_update_code_signing_config_input, allowed_publishers), 0}, /* UpdateCodeSigningConfigRequest.AllowedPublishers: AllowedPublishers */
        [952] = {MREF(952, strings[1426]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(952, structures[41].shape), 0, offsetof(struct awsc_lambda_update_code_signing_config_input, code_signing_policies), 0}, /* UpdateCodeSigningConfigRequest.CodeSigningPolicies: CodeSigningPolicies */
        [953] = {MREF(953, strings[1749]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(953, structures[39].shape), 0, offsetof(struct awsc_lambda_update_code_signing_config_output, code_signing_config), AWSC_MF_REQUIRED}, /* UpdateCodeSigningConfigResponse.CodeSigningConfig: CodeSigningConfig */
        [954] = {MREF(954, strings[2584]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(954, scalars[151]), 0, offsetof(struct awsc_lambda_update_event_source_mapping_input, uuid), AWSC_MF_REQUIRED}, /* UpdateEventSourceMappingRequest.UUID: UUIDString */
        [955] = {MREF(955, strings[201]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(955, scalars[96]), 0, offsetof(struct awsc_lambda_update_event_source_mapping_input, function_name), 0}, /* UpdateEventSourceMappingRequest.FunctionName: NamespacedFunctionName */
        [956] = {MREF(956, strings[1782]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(956, scalars[30]), AWSC_MEMBER_HAS(struct awsc_lambda_update_event_source_mapping_input, enabled, has_enabled), offsetof(struct awsc_lambda_update_event_source_mapping_input, enabled), 0}, /* UpdateEventSourceMappingRequest.Enabled: Enabled */
        [957] = {MREF(957, strings[1790]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(957, scalars[6]), AWSC_MEMBER_HAS(struct awsc_lambda_update_event_source_mapping_input, batch_size, has_batch_size), offsetof(struct awsc_lambda_update_event_source_mapping_input, batch_size), 0}, /* UpdateEventSourceMappingRequest.BatchSize: BatchSize */
        [958] = {MREF(958, strings[1800]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(958, structures[109].shape), 0, offsetof(struct awsc_lambda_update_event_source_mapping_input, filter_criteria), 0}, /* UpdateEventSourceMappingRequest.FilterCriteria: FilterCriteria */
        [959] = {MREF(959, strings[1815]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(959, scalars[63]), 0, offsetof(struct awsc_lambda_update_event_source_mapping_input, kms_key_arn), 0}, /* UpdateEventSourceMappingRequest.KMSKeyArn: KMSKeyArn */
        [960] = {MREF(960, strings[1825]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(960, structures[99].shape), 0, offsetof(struct awsc_lambda_update_event_source_mapping_input, metrics_config), 0}, /* UpdateEventSourceMappingRequest.MetricsConfig: EventSourceMappingMetricsConfig */
        [961] = {MREF(961, strings[1101]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(961, structures[98].shape), 0, offsetof(struct awsc_lambda_update_event_source_mapping_input, logging_config), 0}, /* UpdateEventSourceMappingRequest.LoggingConfig: EventSourceMappingLoggingConfig */
        [962] = {MREF(962, strings[1839]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(962, structures[267].shape), 0, offsetof(struct awsc_lambda_update_event_source_mapping_input, scaling_config), 0}, /* UpdateEventSourceMappingRequest.ScalingConfig: ScalingConfig */
        [963] = {MREF(963, strings[1853]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(963, scalars[84]), AWSC_MEMBER_HAS(struct awsc_lambda_update_event_source_mapping_input, maximum_batching_window_in_seconds, has_maximum_batching_window_in_seconds), offsetof(struct awsc_lambda_update_event_source_mapping_input, maximum_batching_window_in_seconds), 0}, /* UpdateEventSourceMappingRequest.MaximumBatchingWindowInSeconds: MaximumBatchingWindowInSeconds */
        [964] = {MREF(964, strings[1884]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(964, scalars[108]), AWSC_MEMBER_HAS(struct awsc_lambda_update_event_source_mapping_input, parallelization_factor, has_parallelization_factor), offsetof(struct awsc_lambda_update_event_source_mapping_input, parallelization_factor), 0}, /* UpdateEventSourceMappingRequest.ParallelizationFactor: ParallelizationFactor */
        [965] = {MREF(965, strings[1949]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(965, structures[75].shape), 0, offsetof(struct awsc_lambda_update_event_source_mapping_input, destination_config), 0}, /* UpdateEventSourceMappingRequest.DestinationConfig: DestinationConfig */
        [966] = {MREF(966, strings[1967]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(966, scalars[88]), AWSC_MEMBER_HAS(struct awsc_lambda_update_event_source_mapping_input, maximum_record_age_in_seconds, has_maximum_record_age_in_seconds), offsetof(struct awsc_lambda_update_event_source_mapping_input, maximum_record_age_in_seconds), 0}, /* UpdateEventSourceMappingRequest.MaximumRecordAgeInSeconds: MaximumRecordAgeInSeconds */
        [967] = {MREF(967, strings[1993]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(967, scalars[8]), AWSC_MEMBER_HAS(struct awsc_lambda_update_event_source_mapping_input, bisect_batch_on_function_error, has_bisect_batch_on_function_error), offsetof(struct awsc_lambda_update_event_source_mapping_input, bisect_batch_on_function_error), 0}, /* UpdateEventSourceMappingRequest.BisectBatchOnFunctionError: BisectBatchOnFunctionError */
        [968] = {MREF(968, strings[2020]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(968, scalars[90]), AWSC_MEMBER_HAS(struct awsc_lambda_update_event_source_mapping_input, maximum_retry_attempts, has_maximum_retry_attempts), offsetof(struct awsc_lambda_update_event_source_mapping_input, maximum_retry_attempts), 0}, /* UpdateEventSourceMappingRequest.MaximumRetryAttempts: MaximumRetryAttemptsEventSourceMapping */
        [969] = {MREF(969, strings[2041]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(969, scalars[149]), AWSC_MEMBER_HAS(struct awsc_lambda_update_event_source_mapping_input, tumbling_window_in_seconds, has_tumbling_window_in_seconds), offsetof(struct awsc_lambda_update_event_source_mapping_input, tumbling_window_in_seconds), 0}, /* UpdateEventSourceMappingRequest.TumblingWindowInSeconds: TumblingWindowInSeconds */
        [970] = {MREF(970, strings[2079]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(970, collections[43].shape), 0, offsetof(struct awsc_lambda_update_event_source_mapping_input, source_access_configurations), 0}, /* UpdateEventSourceMappingRequest.SourceAccessConfigurations: SourceAccessConfigurations */
        [971] = {MREF(971, strings[2129]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(971, collections[25].shape), 0, offsetof(struct awsc_lambda_update_event_source_mapping_input, function_response_types), 0}, /* UpdateEventSourceMappingRequest.FunctionResponseTypes: FunctionResponseTypeList */
        [972] = {MREF(972, strings[2151]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(972, structures[10].shape), 0, offsetof(struct awsc_lambda_update_event_source_mapping_input, amazon_managed_kafka_event_source_config), 0}, /* UpdateEventSourceMappingRequest.AmazonManagedKafkaEventSourceConfig: AmazonManagedKafkaEventSourceConfig */
        [973] = {MREF(973, strings[2187]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(973, structures[269].shape), 0, offsetof(struct awsc_lambda_update_event_source_mapping_input, self_managed_kafka_event_source_config), 0}, /* UpdateEventSourceMappingRequest.SelfManagedKafkaEventSourceConfig: SelfManagedKafkaEventSourceConfig */
        [974] = {MREF(974, strings[2221]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(974, structures[76].shape), 0, offsetof(struct awsc_lambda_update_event_source_mapping_input, document_db_event_source_config), 0}, /* UpdateEventSourceMappingRequest.DocumentDBEventSourceConfig: DocumentDBEventSourceConfig */
        [975] = {MREF(975, strings[2249]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(975, structures[235].shape), 0, offsetof(struct awsc_lambda_update_event_source_mapping_input, provisioned_poller_config), 0}, /* UpdateEventSourceMappingRequest.ProvisionedPollerConfig: ProvisionedPollerConfig */
        [976] = {MREF(976, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(976, scalars[49]), 0, offsetof(struct awsc_lambda_update_function_code_input, function_name), AWSC_MF_REQUIRED}, /* UpdateFunctionCodeRequest.FunctionName: FunctionName */
        [977] = {MREF(977, strings[4447]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(977, scalars[9]), 0, offsetof(struct awsc_lambda_update_function_code_input, zip_file), AWSC_MF_SENSITIVE}, /* UpdateFunctionCodeRequest.ZipFile: Blob */
        [978] = {MREF(978, strings[4455]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(978, scalars[125]), 0, offsetof(struct awsc_lambda_update_function_code_input, s3_bucket), 0}, /* UpdateFunctionCodeRequest.S3Bucket: S3Bucket */
        [979] = {MREF(979, strings[4464]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(979, scalars[126]), 0, offsetof(struct awsc_lambda_update_function_code_input, s3_key), 0}, /* UpdateFunctionCodeRequest.S3Key: S3Key */
        [980] = {MREF(980, strings[4470]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(980, scalars[127]), 0, offsetof(struct awsc_lambda_update_function_code_input, s3_object_version), 0}, /* UpdateFunctionCodeRequest.S3ObjectVersion: S3ObjectVersion */
        [981] = {MREF(981, strings[4486]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(981, enums[34].shape), 0, offsetof(struct awsc_lambda_update_function_code_input, s3_object_storage_mode), 0}, /* UpdateFunctionCodeRequest.S3ObjectStorageMode: S3ObjectStorageMode */
        [982] = {MREF(982, strings[4506]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(982, scalars[137]), 0, offsetof(struct awsc_lambda_update_function_code_input, image_uri), 0}, /* UpdateFunctionCodeRequest.ImageUri: String */
        [983] = {MREF(983, strings[2420]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(983, collections[4].shape), 0, offsetof(struct awsc_lambda_update_function_code_input, architectures), 0}, /* UpdateFunctionCodeRequest.Architectures: ArchitecturesList */
        [984] = {MREF(984, strings[2310]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(984, scalars[11]), AWSC_MEMBER_HAS(struct awsc_lambda_update_function_code_input, publish, has_publish), offsetof(struct awsc_lambda_update_function_code_input, publish), 0}, /* UpdateFunctionCodeRequest.Publish: Boolean */
        [985] = {MREF(985, strings[2318]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(985, enums[16].shape), 0, offsetof(struct awsc_lambda_update_function_code_input, publish_to), 0}, /* UpdateFunctionCodeRequest.PublishTo: FunctionVersionLatestPublished */
        [986] = {MREF(986, strings[11334]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(986, scalars[11]), AWSC_MEMBER_HAS(struct awsc_lambda_update_function_code_input, dry_run, has_dry_run), offsetof(struct awsc_lambda_update_function_code_input, dry_run), 0}, /* UpdateFunctionCodeRequest.DryRun: Boolean */
        [987] = {MREF(987, strings[180]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(987, scalars[137]), 0, offsetof(struct awsc_lambda_update_function_code_input, revision_id), 0}, /* UpdateFunctionCodeRequest.RevisionId: String */
        [988] = {MREF(988, strings[4515]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(988, scalars[63]), 0, offsetof(struct awsc_lambda_update_function_code_input, source_kms_key_arn), 0}, /* UpdateFunctionCodeRequest.SourceKMSKeyArn: KMSKeyArn */
        [989] = {MREF(989, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(989, scalars[49]), 0, offsetof(struct awsc_lambda_update_function_configuration_input, function_name), AWSC_MF_REQUIRED}, /* UpdateFunctionConfigurationRequest.FunctionName: FunctionName */
        [990] = {MREF(990, strings[2281]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(990, scalars[123]), 0, offsetof(struct awsc_lambda_update_function_configuration_input, role), 0}, /* UpdateFunctionConfigurationRequest.Role: RoleArn */
        [991] = {MREF(991, strings[2286]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(991, scalars[54]), 0, offsetof(struct awsc_lambda_update_function_configuration_input, handler), 0}, /* UpdateFunctionConfigurationRequest.Handler: Handler */
        [992] = {MREF(992, strings[352]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(992, scalars[25]), 0, offsetof(struct awsc_lambda_update_function_configuration_input, description), 0}, /* UpdateFunctionConfigurationRequest.Description: Description */
        [993] = {MREF(993, strings[634]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(993, scalars[145]), AWSC_MEMBER_HAS(struct awsc_lambda_update_function_configuration_input, timeout, has_timeout), offsetof(struct awsc_lambda_update_function_configuration_input, timeout), 0}, /* UpdateFunctionConfigurationRequest.Timeout: Timeout */
        [994] = {MREF(994, strings[2299]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(994, scalars[91]), AWSC_MEMBER_HAS(struct awsc_lambda_update_function_configuration_input, memory_size, has_memory_size), offsetof(struct awsc_lambda_update_function_configuration_input, memory_size), 0}, /* UpdateFunctionConfigurationRequest.MemorySize: MemorySize */
        [995] = {MREF(995, strings[701]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(995, structures[315].shape), 0, offsetof(struct awsc_lambda_update_function_configuration_input, vpc_config), 0}, /* UpdateFunctionConfigurationRequest.VpcConfig: VpcConfig */
        [996] = {MREF(996, strings[2357]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(996, structures[88].shape), 0, offsetof(struct awsc_lambda_update_function_configuration_input, environment), 0}, /* UpdateFunctionConfigurationRequest.Environment: Environment */
        [997] = {MREF(997, strings[2273]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(997, enums[33].shape), 0, offsetof(struct awsc_lambda_update_function_configuration_input, runtime), 0}, /* UpdateFunctionConfigurationRequest.Runtime: Runtime */
        [998] = {MREF(998, strings[2340]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(998, structures[60].shape), 0, offsetof(struct awsc_lambda_update_function_configuration_input, dead_letter_config), 0}, /* UpdateFunctionConfigurationRequest.DeadLetterConfig: DeadLetterConfig */
        [999] = {MREF(999, strings[1815]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(999, scalars[63]), 0, offsetof(struct awsc_lambda_update_function_configuration_input, kms_key_arn), 0}, /* UpdateFunctionConfigurationRequest.KMSKeyArn: KMSKeyArn */
        [1000] = {MREF(1000, strings[2369]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1000, structures[300].shape), 0, offsetof(struct awsc_lambda_update_function_configuration_input, tracing_config), 0}, /* UpdateFunctionConfigurationRequest.TracingConfig: TracingConfig */
        [1001] = {MREF(1001, strings[180]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1001, scalars[137]), 0, offsetof(struct awsc_lambda_update_function_configuration_input, revision_id), 0}, /* UpdateFunctionConfigurationRequest.RevisionId: String */
        [1002] = {MREF(1002, strings[2383]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1002, collections[32].shape), 0, offsetof(struct awsc_lambda_update_function_configuration_input, layers), 0}, /* UpdateFunctionConfigurationRequest.Layers: LayerList */
        [1003] = {MREF(1003, strings[2390]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1003, collections[20].shape), 0, offsetof(struct awsc_lambda_update_function_configuration_input, file_system_configs), 0}, /* UpdateFunctionConfigurationRequest.FileSystemConfigs: FileSystemConfigList */
        [1004] = {MREF(1004, strings[2408]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1004, structures[159].shape), 0, offsetof(struct awsc_lambda_update_function_configuration_input, image_config), 0}, /* UpdateFunctionConfigurationRequest.ImageConfig: ImageConfig */
        [1005] = {MREF(1005, strings[2434]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1005, structures[91].shape), 0, offsetof(struct awsc_lambda_update_function_configuration_input, ephemeral_storage), 0}, /* UpdateFunctionConfigurationRequest.EphemeralStorage: EphemeralStorage */
        [1006] = {MREF(1006, strings[2451]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1006, structures[279].shape), 0, offsetof(struct awsc_lambda_update_function_configuration_input, snap_start), 0}, /* UpdateFunctionConfigurationRequest.SnapStart: SnapStart */
        [1007] = {MREF(1007, strings[1101]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1007, structures[223].shape), 0, offsetof(struct awsc_lambda_update_function_configuration_input, logging_config), 0}, /* UpdateFunctionConfigurationRequest.LoggingConfig: LoggingConfig */
        [1008] = {MREF(1008, strings[2475]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1008, structures[19].shape), 0, offsetof(struct awsc_lambda_update_function_configuration_input, capacity_provider_config), 0}, /* UpdateFunctionConfigurationRequest.CapacityProviderConfig: CapacityProviderConfig */
        [1009] = {MREF(1009, strings[2498]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1009, structures[77].shape), 0, offsetof(struct awsc_lambda_update_function_configuration_input, durable_config), 0}, /* UpdateFunctionConfigurationRequest.DurableConfig: DurableConfig */
        [1010] = {MREF(1010, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(1010, scalars[96]), 0, offsetof(struct awsc_lambda_update_function_event_invoke_config_input, function_name), AWSC_MF_REQUIRED}, /* UpdateFunctionEventInvokeConfigRequest.FunctionName: NamespacedFunctionName */
        [1011] = {MREF(1011, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(1011, scalars[100]), 0, offsetof(struct awsc_lambda_update_function_event_invoke_config_input, qualifier), 0}, /* UpdateFunctionEventInvokeConfigRequest.Qualifier: NumericLatestPublishedOrAliasQualifier */
        [1012] = {MREF(1012, strings[2020]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1012, scalars[89]), AWSC_MEMBER_HAS(struct awsc_lambda_update_function_event_invoke_config_input, maximum_retry_attempts, has_maximum_retry_attempts), offsetof(struct awsc_lambda_update_function_event_invoke_config_input, maximum_retry_attempts), 0}, /* UpdateFunctionEventInvokeConfigRequest.MaximumRetryAttempts: MaximumRetryAttempts */
        [1013] = {MREF(1013, strings[4815]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1013, scalars[86]), AWSC_MEMBER_HAS(struct awsc_lambda_update_function_event_invoke_config_input, maximum_event_age_in_seconds, has_maximum_event_age_in_seconds), offsetof(struct awsc_lambda_update_function_event_invoke_config_input, maximum_event_age_in_seconds), 0}, /* UpdateFunctionEventInvokeConfigRequest.MaximumEventAgeInSeconds: MaximumEventAgeInSeconds */
        [1014] = {MREF(1014, strings[1949]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1014, structures[75].shape), 0, offsetof(struct awsc_lambda_update_function_event_invoke_config_input, destination_config), 0}, /* UpdateFunctionEventInvokeConfigRequest.DestinationConfig: DestinationConfig */
        [1015] = {MREF(1015, strings[201]), AWSC_LOC_URI, AWSC_TSFMT_DEFAULT, MREF(1015, scalars[52]), 0, offsetof(struct awsc_lambda_update_function_url_config_input, function_name), AWSC_MF_REQUIRED}, /* UpdateFunctionUrlConfigRequest.FunctionName: FunctionUrlFunctionName */
        [1016] = {MREF(1016, strings[297]), AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT, MREF(1016, scalars[53]), 0, offsetof(struct awsc_lambda_update_function_url_config_input, qualifier), 0}, /* UpdateFunctionUrlConfigRequest.Qualifier: FunctionUrlQualifier */
        [1017] = {MREF(1017, strings[2512]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1017, enums[14].shape), 0, offsetof(struct awsc_lambda_update_function_url_config_input, auth_type), 0}, /* UpdateFunctionUrlConfigRequest.AuthType: FunctionUrlAuthType */
        [1018] = {MREF(1018, strings[2521]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1018, structures[50].shape), 0, offsetof(struct awsc_lambda_update_function_url_config_input, cors), 0}, /* UpdateFunctionUrlConfigRequest.Cors: Cors */
        [1019] = {MREF(1019, strings[2526]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1019, enums[18].shape), 0, offsetof(struct awsc_lambda_update_function_url_config_input, invoke_mode), 0}, /* UpdateFunctionUrlConfigRequest.InvokeMode: InvokeMode */
        [1020] = {MREF(1020, strings[2537]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1020, scalars[51]), 0, offsetof(struct awsc_lambda_update_function_url_config_output, function_url), AWSC_MF_REQUIRED}, /* UpdateFunctionUrlConfigResponse.FunctionUrl: FunctionUrl */
        [1021] = {MREF(1021, strings[2549]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1021, scalars[48]), 0, offsetof(struct awsc_lambda_update_function_url_config_output, function_arn), AWSC_MF_REQUIRED}, /* UpdateFunctionUrlConfigResponse.FunctionArn: FunctionArn */
        [1022] = {MREF(1022, strings[2512]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1022, enums[14].shape), 0, offsetof(struct awsc_lambda_update_function_url_config_output, auth_type), AWSC_MF_REQUIRED}, /* UpdateFunctionUrlConfigResponse.AuthType: FunctionUrlAuthType */
        [1023] = {MREF(1023, strings[2521]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1023, structures[50].shape), 0, offsetof(struct awsc_lambda_update_function_url_config_output, cors), 0}, /* UpdateFunctionUrlConfigResponse.Cors: Cors */
        [1024] = {MREF(1024, strings[2561]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1024, scalars[146]), 0, offsetof(struct awsc_lambda_update_function_url_config_output, creation_time), AWSC_MF_REQUIRED}, /* UpdateFunctionUrlConfigResponse.CreationTime: Timestamp */
        [1025] = {MREF(1025, strings[4927]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1025, scalars[146]), 0, offsetof(struct awsc_lambda_update_function_url_config_output, last_modified_time), AWSC_MF_REQUIRED}, /* UpdateFunctionUrlConfigResponse.LastModifiedTime: Timestamp */
        [1026] = {MREF(1026, strings[2526]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1026, enums[18].shape), 0, offsetof(struct awsc_lambda_update_function_url_config_output, invoke_mode), 0}, /* UpdateFunctionUrlConfigResponse.InvokeMode: InvokeMode */
        [1027] = {MREF(1027, strings[1115]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1027, collections[46].shape), 0, offsetof(struct awsc_lambda_vpc_config, subnet_ids), 0}, /* VpcConfig.SubnetIds: SubnetIds */
        [1028] = {MREF(1028, strings[1125]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1028, collections[41].shape), 0, offsetof(struct awsc_lambda_vpc_config, security_group_ids), 0}, /* VpcConfig.SecurityGroupIds: SecurityGroupIds */
        [1029] = {MREF(1029, strings[11368]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1029, scalars[99]), AWSC_MEMBER_HAS(struct awsc_lambda_vpc_config, ipv6_allowed_for_dual_stack, has_ipv6_allowed_for_dual_stack), offsetof(struct awsc_lambda_vpc_config, ipv6_allowed_for_dual_stack), 0}, /* VpcConfig.Ipv6AllowedForDualStack: NullableBoolean */
        [1030] = {MREF(1030, strings[1115]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1030, collections[46].shape), 0, offsetof(struct awsc_lambda_vpc_config_response, subnet_ids), 0}, /* VpcConfigResponse.SubnetIds: SubnetIds */
        [1031] = {MREF(1031, strings[1125]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1031, collections[41].shape), 0, offsetof(struct awsc_lambda_vpc_config_response, security_group_ids), 0}, /* VpcConfigResponse.SecurityGroupIds: SecurityGroupIds */
        [1032] = {MREF(1032, strings[11392]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1032, scalars[156]), 0, offsetof(struct awsc_lambda_vpc_config_response, vpc_id), 0}, /* VpcConfigResponse.VpcId: VpcId */
        [1033] = {MREF(1033, strings[11368]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1033, scalars[99]), AWSC_MEMBER_HAS(struct awsc_lambda_vpc_config_response, ipv6_allowed_for_dual_stack, has_ipv6_allowed_for_dual_stack), offsetof(struct awsc_lambda_vpc_config_response, ipv6_allowed_for_dual_stack), 0}, /* VpcConfigResponse.Ipv6AllowedForDualStack: NullableBoolean */
        [1034] = {MREF(1034, strings[572]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1034, structures[94].shape), 0, offsetof(struct awsc_lambda_wait_cancelled_details, error), 0}, /* WaitCancelledDetails.Error: EventError */
        [1035] = {MREF(1035, strings[11398]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1035, scalars[44]), AWSC_MEMBER_HAS(struct awsc_lambda_wait_details, scheduled_end_timestamp, has_scheduled_end_timestamp), offsetof(struct awsc_lambda_wait_details, scheduled_end_timestamp), 0}, /* WaitDetails.ScheduledEndTimestamp: ExecutionTimestamp */
        [1036] = {MREF(1036, strings[11420]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1036, scalars[157]), AWSC_MEMBER_HAS(struct awsc_lambda_wait_options, wait_seconds, has_wait_seconds), offsetof(struct awsc_lambda_wait_options, wait_seconds), 0}, /* WaitOptions.WaitSeconds: WaitOptionsWaitSecondsInteger */
        [1037] = {MREF(1037, strings[11432]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1037, scalars[29]), AWSC_MEMBER_HAS(struct awsc_lambda_wait_started_details, duration, has_duration), offsetof(struct awsc_lambda_wait_started_details, duration), AWSC_MF_REQUIRED}, /* WaitStartedDetails.Duration: DurationSeconds */
        [1038] = {MREF(1038, strings[11398]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1038, scalars[44]), AWSC_MEMBER_HAS(struct awsc_lambda_wait_started_details, scheduled_end_timestamp, has_scheduled_end_timestamp), offsetof(struct awsc_lambda_wait_started_details, scheduled_end_timestamp), AWSC_MF_REQUIRED}, /* WaitStartedDetails.ScheduledEndTimestamp: ExecutionTimestamp */
        [1039] = {MREF(1039, strings[11432]), AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT, MREF(1039, scalars[29]), AWSC_MEMBER_HAS(struct awsc_lambda_wait_succeeded_details, duration, has_duration), offsetof(struct awsc_lambda_wait_succeeded_details, duration), 0}, /* WaitSucceededDetails.Duration: DurationSeconds */
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
        /*      0 */ "TotalCodeSize\0"
        /*     14 */ "CodeSizeUnzipped\0"
        /*     31 */ "CodeSizeZipped\0"
        /*     46 */ "ConcurrentExecutions\0"
        /*     67 */ "UnreservedConcurrentExecutions\0"
        /*     98 */ "FunctionCount\0"
        /*    112 */ "LayerName\0"
        /*    122 */ "VersionNumber\0"
        /*    136 */ "StatementId\0"
        /*    148 */ "Action\0"
        /*    155 */ "Principal\0"
        /*    165 */ "OrganizationId\0"
        /*    180 */ "RevisionId\0"
        /*    191 */ "Statement\0"
        /*    201 */ "FunctionName\0"
        /*    214 */ "SourceArn\0"
        /*    224 */ "FunctionUrlAuthType\0"
        /*    244 */ "InvokedViaFunctionUrl\0"
        /*    266 */ "SourceAccount\0"
        /*    280 */ "EventSourceToken\0"
        /*    297 */ "Qualifier\0"
        /*    307 */ "PrincipalOrgID\0"
        /*    322 */ "AliasArn\0"
        /*    331 */ "Name\0"
        /*    336 */ "FunctionVersion\0"
        /*    352 */ "Description\0"
        /*    364 */ "RoutingConfig\0"
        /*    378 */ "AliasLimitExceededException\0"
        /*    406 */ "Type\0"
        /*    411 */ "message\0"
        /*    419 */ "AdditionalVersionWeights\0"
        /*    444 */ "SigningProfileVersionArns\0"
        /*    470 */ "ConsumerGroupId\0"
        /*    486 */ "SchemaRegistryConfig\0"
        /*    507 */ "TRACE\0" "DEBUG\0" "INFO\0" "WARN\0" "ERROR\0" "FATAL\0"
        /*    541 */ "x86_64\0" "arm64\0"
        /*    554 */ "CallbackId\0"
        /*    565 */ "Result\0"
        /*    572 */ "Error\0"
        /*    578 */ "TimeoutSeconds\0"
        /*    593 */ "HeartbeatTimeoutSeconds\0"
        /*    617 */ "HeartbeatTimeout\0"
        /*    634 */ "Timeout\0"
        /*    642 */ "CallbackTimeoutException\0"
        /*    667 */ "Message\0"
        /*    675 */ "CapacityProviderArn\0"
        /*    695 */ "State\0"
        /*    701 */ "VpcConfig\0"
        /*    711 */ "PermissionsConfig\0"
        /*    729 */ "InstanceRequirements\0"
        /*    750 */ "CapacityProviderScalingConfig\0"
        /*    780 */ "KmsKeyArn\0"
        /*    790 */ "LastModified\0"
        /*    803 */ "PropagateTags\0"
        /*    817 */ "TelemetryConfig\0"
        /*    833 */ "LambdaManagedInstancesCapacityProviderConfig\0"
        /*    878 */ "CapacityProviderLimitExceededException\0"
        /*    917 */ "SystemLogLevel\0"
        /*    932 */ "LogGroup\0"
        /*    941 */ "CapacityProviderOperatorRoleArn\0"
        /*    973 */ "LambdaCapacityProviderAverageCPUUtilization\0"
        /*   1017 */ "MaxVCpuCount\0"
        /*   1030 */ "ScalingMode\0"
        /*   1042 */ "ScalingPolicies\0"
        /*   1058 */ "Auto\0" "Manual\0"
        /*   1070 */ "Pending\0" "Active\0" "Failed\0" "Deleting\0"
        /*   1101 */ "LoggingConfig\0"
        /*   1115 */ "SubnetIds\0"
        /*   1125 */ "SecurityGroupIds\0"
        /*   1142 */ "TenantId\0"
        /*   1151 */ "Input\0"
        /*   1157 */ "ExecutedVersion\0"
        /*   1173 */ "DurableExecutionArn\0"
        /*   1193 */ "CheckpointToken\0"
        /*   1209 */ "Updates\0"
        /*   1217 */ "ClientToken\0"
        /*   1229 */ "NewExecutionState\0"
        /*   1247 */ "Operations\0"
        /*   1258 */ "NextMarker\0"
        /*   1269 */ "CodeArtifactUserDeletedException\0"
        /*   1302 */ "CodeArtifactUserFailedException\0"
        /*   1334 */ "CodeArtifactUserPendingException\0"
        /*   1367 */ "CodeSigningConfigId\0"
        /*   1387 */ "CodeSigningConfigArn\0"
        /*   1408 */ "AllowedPublishers\0"
        /*   1426 */ "CodeSigningPolicies\0"
        /*   1446 */ "CodeSigningConfigNotFoundException\0"
        /*   1481 */ "UntrustedArtifactOnDeployment\0"
        /*   1511 */ "Warn\0" "Enforce\0"
        /*   1524 */ "CodeStorageExceededException\0"
        /*   1553 */ "CodeVerificationFailedException\0"
        /*   1585 */ "ReservedConcurrentExecutions\0"
        /*   1614 */ "ReplayChildren\0"
        /*   1629 */ "AllowCredentials\0"
        /*   1646 */ "AllowHeaders\0"
        /*   1659 */ "AllowMethods\0"
        /*   1672 */ "AllowOrigins\0"
        /*   1685 */ "ExposeHeaders\0"
        /*   1699 */ "MaxAge\0"
        /*   1706 */ "CapacityProviderName\0"
        /*   1727 */ "Tags\0"
        /*   1732 */ "CapacityProvider\0"
        /*   1749 */ "CodeSigningConfig\0"
        /*   1767 */ "EventSourceArn\0"
        /*   1782 */ "Enabled\0"
        /*   1790 */ "BatchSize\0"
        /*   1800 */ "FilterCriteria\0"
        /*   1815 */ "KMSKeyArn\0"
        /*   1825 */ "MetricsConfig\0"
        /*   1839 */ "ScalingConfig\0"
        /*   1853 */ "MaximumBatchingWindowInSeconds\0"
        /*   1884 */ "ParallelizationFactor\0"
        /*   1906 */ "StartingPosition\0"
        /*   1923 */ "StartingPositionTimestamp\0"
        /*   1949 */ "DestinationConfig\0"
        /*   1967 */ "MaximumRecordAgeInSeconds\0"
        /*   1993 */ "BisectBatchOnFunctionError\0"
        /*   2020 */ "MaximumRetryAttempts\0"
        /*   2041 */ "TumblingWindowInSeconds\0"
        /*   2065 */ "Topics\0"
        /*   2072 */ "Queues\0"
        /*   2079 */ "SourceAccessConfigurations\0"
        /*   2106 */ "SelfManagedEventSource\0"
        /*   2129 */ "FunctionResponseTypes\0"
        /*   2151 */ "AmazonManagedKafkaEventSourceConfig\0"
        /*   2187 */ "SelfManagedKafkaEventSourceConfig\0"
        /*   2221 */ "DocumentDBEventSourceConfig\0"
        /*   2249 */ "ProvisionedPollerConfig\0"
        /*   2273 */ "Runtime\0"
        /*   2281 */ "Role\0"
        /*   2286 */ "Handler\0"
        /*   2294 */ "Code\0"
        /*   2299 */ "MemorySize\0"
        /*   2310 */ "Publish\0"
        /*   2318 */ "PublishTo\0"
        /*   2328 */ "PackageType\0"
        /*   2340 */ "DeadLetterConfig\0"
        /*   2357 */ "Environment\0"
        /*   2369 */ "TracingConfig\0"
        /*   2383 */ "Layers\0"
        /*   2390 */ "FileSystemConfigs\0"
        /*   2408 */ "ImageConfig\0"
        /*   2420 */ "Architectures\0"
        /*   2434 */ "EphemeralStorage\0"
        /*   2451 */ "SnapStart\0"
        /*   2461 */ "TenancyConfig\0"
        /*   2475 */ "CapacityProviderConfig\0"
        /*   2498 */ "DurableConfig\0"
        /*   2512 */ "AuthType\0"
        /*   2521 */ "Cors\0"
        /*   2526 */ "InvokeMode\0"
        /*   2537 */ "FunctionUrl\0"
        /*   2549 */ "FunctionArn\0"
        /*   2561 */ "CreationTime\0"
        /*   2574 */ "TargetArn\0"
        /*   2584 */ "UUID\0"
        /*   2589 */ "StatusCode\0"
        /*   2600 */ "OnSuccess\0"
        /*   2610 */ "OnFailure\0"
        /*   2620 */ "DatabaseName\0"
        /*   2633 */ "CollectionName\0"
        /*   2648 */ "FullDocument\0"
        /*   2661 */ "RetentionPeriodInDays\0"
        /*   2683 */ "ExecutionTimeout\0"
        /*   2700 */ "DurableExecutionAlreadyStartedException\0"
        /*   2740 */ "EC2AccessDeniedException\0"
        /*   2765 */ "EC2ThrottledException\0"
        /*   2787 */ "EC2UnexpectedException\0"
        /*   2810 */ "EC2ErrorCode\0"
        /*   2823 */ "EFSIOException\0"
        /*   2838 */ "EFSMountConnectivityException\0"
        /*   2868 */ "EFSMountFailureException\0"
        /*   2893 */ "EFSMountTimeoutException\0"
        /*   2918 */ "ENILimitReachedException\0"
        /*   2943 */ "ENINotReadyException\0"
        /*   2964 */ "KAFKA_BOOTSTRAP_SERVERS\0"
        /*   2988 */ "Variables\0"
        /*   2998 */ "ErrorCode\0"
        /*   3008 */ "Size\0"
        /*   3013 */ "ErrorMessage\0"
        /*   3026 */ "ErrorType\0"
        /*   3036 */ "ErrorData\0"
        /*   3046 */ "StackTrace\0"
        /*   3057 */ "EventType\0"
        /*   3067 */ "SubType\0"
        /*   3075 */ "EventId\0"
        /*   3083 */ "Id\0"
        /*   3086 */ "EventTimestamp\0"
        /*   3101 */ "ParentId\0"
        /*   3110 */ "ExecutionStartedDetails\0"
        /*   3134 */ "ExecutionSucceededDetails\0"
        /*   3160 */ "ExecutionFailedDetails\0"
        /*   3183 */ "ExecutionTimedOutDetails\0"
        /*   3208 */ "ExecutionStoppedDetails\0"
        /*   3232 */ "ContextStartedDetails\0"
        /*   3254 */ "ContextSucceededDetails\0"
        /*   3278 */ "ContextFailedDetails\0"
        /*   3299 */ "WaitStartedDetails\0"
        /*   3318 */ "WaitSucceededDetails\0"
        /*   3339 */ "WaitCancelledDetails\0"
        /*   3360 */ "StepStartedDetails\0"
        /*   3379 */ "StepSucceededDetails\0"
        /*   3400 */ "StepFailedDetails\0"
        /*   3418 */ "ChainedInvokeStartedDetails\0"
        /*   3446 */ "ChainedInvokeSucceededDetails\0"
        /*   3476 */ "ChainedInvokeFailedDetails\0"
        /*   3503 */ "ChainedInvokeTimedOutDetails\0"
        /*   3532 */ "ChainedInvokeStoppedDetails\0"
        /*   3560 */ "CallbackStartedDetails\0"
        /*   3583 */ "CallbackSucceededDetails\0"
        /*   3608 */ "CallbackFailedDetails\0"
        /*   3630 */ "CallbackTimedOutDetails\0"
        /*   3654 */ "InvocationCompletedDetails\0"
        /*   3681 */ "Payload\0"
        /*   3689 */ "Truncated\0"
        /*   3699 */ "FilterCriteriaError\0"
        /*   3719 */ "LastProcessingResult\0"
        /*   3740 */ "StateTransitionReason\0"
        /*   3762 */ "EventSourceMappingArn\0"
        /*   3784 */ "EventCount\0" "ErrorCount\0" "KafkaMetrics\0"
        /*   3819 */ "Metrics\0"
        /*   3827 */ "DEBUG\0" "INFO\0" "WARN\0"
        /*   3843 */ "TRIM_HORIZON\0" "LATEST\0" "AT_TIMESTAMP\0"
        /*   3876 */ "ExecutionStarted\0" "ExecutionSucceeded\0" "ExecutionFailed\0" "ExecutionTimedOut\0" "ExecutionStopped\0" "ContextStarted\0" "ContextSucceeded\0" "ContextFailed\0" "WaitStarted\0" "WaitSucceeded\0" "WaitCancelled\0" "StepStarted\0" "StepSucceeded\0" "StepFailed\0" "ChainedInvokeStarted\0" "ChainedInvokeSucceeded\0" "ChainedInvokeFailed\0" "ChainedInvokeTimedOut\0" "ChainedInvokeStopped\0" "CallbackStarted\0" "CallbackSucceeded\0" "CallbackFailed\0" "CallbackTimedOut\0" "InvocationCompleted\0"
        /*   4279 */ "DurableExecutionName\0"
        /*   4300 */ "Status\0"
        /*   4307 */ "StartTimestamp\0"
        /*   4322 */ "EndTimestamp\0"
        /*   4335 */ "InputPayload\0"
        /*   4348 */ "RUNNING\0" "SUCCEEDED\0" "FAILED\0" "TIMED_OUT\0" "STOPPED\0"
        /*   4391 */ "Arn\0"
        /*   4395 */ "LocalMountPath\0"
        /*   4410 */ "Pattern\0"
        /*   4418 */ "Filters\0"
        /*   4426 */ "UpdateLookup\0" "Default\0"
        /*   4447 */ "ZipFile\0"
        /*   4455 */ "S3Bucket\0"
        /*   4464 */ "S3Key\0"
        /*   4470 */ "S3ObjectVersion\0"
        /*   4486 */ "S3ObjectStorageMode\0"
        /*   4506 */ "ImageUri\0"
        /*   4515 */ "SourceKMSKeyArn\0"
        /*   4531 */ "RepositoryType\0"
        /*   4546 */ "Location\0"
        /*   4555 */ "ResolvedImageUri\0"
        /*   4572 */ "ResolvedS3Object\0"
        /*   4589 */ "CodeSize\0"
        /*   4598 */ "CodeSha256\0"
        /*   4609 */ "Version\0"
        /*   4617 */ "MasterArn\0"
        /*   4627 */ "StateReason\0"
        /*   4639 */ "StateReasonCode\0"
        /*   4655 */ "LastUpdateStatus\0"
        /*   4672 */ "LastUpdateStatusReason\0"
        /*   4695 */ "LastUpdateStatusReasonCode\0"
        /*   4722 */ "SigningProfileVersionArn\0"
        /*   4747 */ "SigningJobArn\0"
        /*   4761 */ "ImageConfigResponse\0"
        /*   4781 */ "RuntimeVersionConfig\0"
        /*   4802 */ "ConfigSha256\0"
        /*   4815 */ "MaximumEventAgeInSeconds\0"
        /*   4840 */ "ReportBatchItemFailures\0"
        /*   4864 */ "MinExecutionEnvironments\0"
        /*   4889 */ "MaxExecutionEnvironments\0"
        /*   4914 */ "NONE\0" "AWS_IAM\0"
        /*   4927 */ "LastModifiedTime\0"
        /*   4944 */ "ALL\0"
        /*   4948 */ "LATEST_PUBLISHED\0"
        /*   4965 */ "FunctionVersionsPerCapacityProviderLimitExceededException\0"
        /*   5023 */ "AccountLimit\0"
        /*   5036 */ "AccountUsage\0"
        /*   5049 */ "IncludeExecutionData\0"
        /*   5070 */ "MaxItems\0"
        /*   5079 */ "Marker\0"
        /*   5086 */ "ReverseOrder\0"
        /*   5099 */ "Events\0"
        /*   5106 */ "TraceHeader\0"
        /*   5118 */ "ExecutionDataIncluded\0"
        /*   5140 */ "RecursiveLoop\0"
        /*   5154 */ "Configuration\0"
        /*   5168 */ "TagsError\0"
        /*   5178 */ "Concurrency\0"
        /*   5190 */ "AppliedFunctionScalingConfig\0"
        /*   5219 */ "RequestedFunctionScalingConfig\0"
        /*   5250 */ "Policy\0"
        /*   5257 */ "Content\0"
        /*   5265 */ "LayerArn\0"
        /*   5274 */ "LayerVersionArn\0"
        /*   5290 */ "CreatedDate\0"
        /*   5302 */ "CompatibleArchitectures\0"
        /*   5326 */ "CompatibleRuntimes\0"
        /*   5345 */ "LicenseInfo\0"
        /*   5357 */ "RequestedProvisionedConcurrentExecutions\0"
        /*   5398 */ "AvailableProvisionedConcurrentExecutions\0"
        /*   5439 */ "AllocatedProvisionedConcurrentExecutions\0"
        /*   5480 */ "StatusReason\0"
        /*   5493 */ "UpdateRuntimeOn\0"
        /*   5509 */ "RuntimeVersionArn\0"
        /*   5527 */ "EntryPoint\0"
        /*   5538 */ "Command\0"
        /*   5546 */ "WorkingDirectory\0"
        /*   5563 */ "AllowedInstanceTypes\0"
        /*   5584 */ "ExcludedInstanceTypes\0"
        /*   5606 */ "InvalidCodeSignatureException\0"
        /*   5636 */ "InvalidParameterValueException\0"
        /*   5667 */ "InvalidRequestContentException\0"
        /*   5698 */ "InvalidRuntimeException\0"
        /*   5722 */ "InvalidSecurityGroupIDException\0"
        /*   5754 */ "InvalidSubnetIDException\0"
        /*   5779 */ "InvalidZipFileException\0"
        /*   5803 */ "RequestId\0"
        /*   5813 */ "InvocationType\0" "X-Amz-Invocation-Type\0"
        /*   5850 */ "LogType\0" "X-Amz-Log-Type\0"
        /*   5873 */ "ClientContext\0" "X-Amz-Client-Context\0"
        /*   5908 */ "DurableExecutionName\0" "X-Amz-Durable-Execution-Name\0"
        /*   5958 */ "TenantId\0" "X-Amz-Tenant-Id\0"
        /*   5983 */ "FunctionError\0" "X-Amz-Function-Error\0"
        /*   6018 */ "LogResult\0" "X-Amz-Log-Result\0"
        /*   6045 */ "ExecutedVersion\0" "X-Amz-Executed-Version\0"
        /*   6084 */ "DurableExecutionArn\0" "X-Amz-Durable-Execution-Arn\0"
        /*   6132 */ "Event\0" "RequestResponse\0" "DryRun\0"
        /*   6161 */ "InvokeArgs\0"
        /*   6172 */ "BUFFERED\0" "RESPONSE_STREAM\0"
        /*   6197 */ "ErrorDetails\0"
        /*   6210 */ "LogResult\0"
        /*   6220 */ "EventStream\0"
        /*   6232 */ "ResponseStreamContentType\0" "Content-Type\0"
        /*   6271 */ "PayloadChunk\0"
        /*   6284 */ "InvokeComplete\0"
        /*   6299 */ "KMSAccessDeniedException\0"
        /*   6324 */ "KMSDisabledException\0"
        /*   6345 */ "KMSInvalidStateException\0"
        /*   6370 */ "KMSNotFoundException\0"
        /*   6391 */ "URI\0"
        /*   6395 */ "BASIC_AUTH\0" "CLIENT_CERTIFICATE_TLS_AUTH\0" "SERVER_ROOT_CA_CERTIFICATE\0"
        /*   6461 */ "SchemaRegistryURI\0"
        /*   6479 */ "EventRecordFormat\0"
        /*   6497 */ "AccessConfigs\0"
        /*   6511 */ "SchemaValidationConfigs\0"
        /*   6535 */ "KEY\0" "VALUE\0"
        /*   6545 */ "Attribute\0"
        /*   6555 */ "PerExecutionEnvironmentMaxConcurrency\0"
        /*   6593 */ "ExecutionEnvironmentMemoryGiBPerVCpu\0"
        /*   6630 */ "Successful\0" "Failed\0" "InProgress\0"
        /*   6659 */ "EniLimitExceeded\0" "InsufficientRolePermissions\0" "InvalidConfiguration\0" "InternalError\0" "SubnetOutOfIPAddresses\0" "InvalidSubnet\0" "InvalidSecurityGroup\0" "ImageDeleted\0" "ImageAccessDenied\0" "InvalidImage\0" "KMSKeyAccessDenied\0" "KMSKeyNotFound\0" "InvalidStateKMSKey\0" "DisabledKMSKey\0" "EFSIOError\0" "EFSMountConnectivityError\0" "EFSMountFailure\0" "EFSMountTimeout\0" "InvalidRuntime\0" "InvalidZipFileException\0" "FunctionError\0" "ServiceQuotaExceededException\0" "VcpuLimitExceeded\0" "CapacityProviderScalingLimitExceeded\0" "InsufficientCapacity\0" "EC2RequestLimitExceeded\0" "FunctionError.InitTimeout\0" "FunctionError.RuntimeInitError\0" "FunctionError.ExtensionInitError\0" "FunctionError.InvalidEntryPoint\0" "FunctionError.InvalidWorkingDirectory\0" "FunctionError.PermissionDenied\0" "FunctionError.TooManyExtensions\0" "FunctionError.InitResourceExhausted\0" "DisallowedByVpcEncryptionControl\0" "DependencyError\0"
        /*   7469 */ "LatestMatchingVersion\0"
        /*   7491 */ "Aliases\0"
        /*   7499 */ "CapacityProviders\0"
        /*   7517 */ "CodeSigningConfigs\0"
        /*   7536 */ "Statuses\0"
        /*   7545 */ "StartedAfter\0"
        /*   7558 */ "StartedBefore\0"
        /*   7572 */ "DurableExecutions\0"
        /*   7590 */ "EventSourceMappings\0"
        /*   7610 */ "FunctionEventInvokeConfigs\0"
        /*   7637 */ "FunctionUrlConfigs\0"
        /*   7656 */ "FunctionVersions\0"
        /*   7673 */ "FunctionArns\0"
        /*   7686 */ "MasterRegion\0"
        /*   7699 */ "Functions\0"
        /*   7709 */ "CompatibleArchitecture\0"
        /*   7732 */ "CompatibleRuntime\0"
        /*   7750 */ "LayerVersions\0"
        /*   7764 */ "ProvisionedConcurrencyConfigs\0"
        /*   7794 */ "Resource\0"
        /*   7803 */ "Versions\0"
        /*   7812 */ "JSON\0" "Text\0"
        /*   7822 */ "None\0" "Tail\0"
        /*   7832 */ "LogFormat\0"
        /*   7842 */ "ApplicationLogLevel\0"
        /*   7862 */ "ModeNotSupportedException\0"
        /*   7888 */ "NoPublishedVersionException\0"
        /*   7916 */ "Destination\0"
        /*   7928 */ "ExecutionDetails\0"
        /*   7945 */ "ContextDetails\0"
        /*   7960 */ "StepDetails\0"
        /*   7972 */ "WaitDetails\0"
        /*   7984 */ "CallbackDetails\0"
        /*   8000 */ "ChainedInvokeDetails\0"
        /*   8021 */ "START\0" "SUCCEED\0" "FAIL\0" "RETRY\0" "CANCEL\0"
        /*   8053 */ "STARTED\0" "PENDING\0" "READY\0" "SUCCEEDED\0" "FAILED\0" "CANCELLED\0" "TIMED_OUT\0" "STOPPED\0"
        /*   8120 */ "EXECUTION\0" "CONTEXT\0" "STEP\0" "WAIT\0" "CALLBACK\0" "CHAINED_INVOKE\0"
        /*   8172 */ "ContextOptions\0"
        /*   8187 */ "StepOptions\0"
        /*   8199 */ "WaitOptions\0"
        /*   8211 */ "CallbackOptions\0"
        /*   8227 */ "ChainedInvokeOptions\0"
        /*   8248 */ "Zip\0" "Image\0"
        /*   8258 */ "PolicyLengthExceededException\0"
        /*   8288 */ "PreconditionFailedException\0"
        /*   8316 */ "Mode\0"
        /*   8321 */ "ExplicitTags\0"
        /*   8334 */ "None\0" "Explicit\0"
        /*   8348 */ "ProvisionedConcurrencyConfigNotFoundException\0"
        /*   8394 */ "IN_PROGRESS\0" "READY\0" "FAILED\0"
        /*   8419 */ "MinimumPollers\0"
        /*   8434 */ "MaximumPollers\0"
        /*   8449 */ "PollerGroupName\0"
        /*   8465 */ "PublicPolicyException\0"
        /*   8487 */ "FunctionScalingConfig\0"
        /*   8509 */ "FunctionState\0"
        /*   8523 */ "ProvisionedConcurrentExecutions\0"
        /*   8555 */ "RecursiveInvocationException\0"
        /*   8584 */ "Allow\0" "Terminate\0"
        /*   8600 */ "RequestTooLargeException\0"
        /*   8625 */ "ResourceConflictException\0"
        /*   8651 */ "ResourceInUseException\0"
        /*   8674 */ "ResourceNotFoundException\0"
        /*   8700 */ "ResourceNotReadyException\0"
        /*   8726 */ "RequestResponse\0" "DryRun\0"
        /*   8749 */ "CurrentAttempt\0"
        /*   8764 */ "NextAttemptDelaySeconds\0"
        /*   8788 */ "nodejs\0" "nodejs4.3\0" "nodejs6.10\0" "nodejs8.10\0" "nodejs10.x\0" "nodejs12.x\0" "nodejs14.x\0" "nodejs16.x\0" "nodejs18.x\0" "nodejs20.x\0" "nodejs22.x\0" "nodejs24.x\0" "java8\0" "java8.al2\0" "java11\0" "java17\0" "java21\0" "java25\0" "python2.7\0" "python3.6\0" "python3.7\0" "python3.8\0" "python3.9\0" "python3.10\0" "python3.11\0" "python3.12\0" "python3.13\0" "python3.14\0" "dotnetcore1.0\0" "dotnetcore2.0\0" "dotnetcore2.1\0" "dotnetcore3.1\0" "dotnet6\0" "dotnet8\0" "dotnet10\0" "nodejs4.3-edge\0" "go1.x\0" "ruby2.5\0" "ruby2.7\0" "ruby3.2\0" "ruby3.3\0" "ruby3.4\0" "ruby4.0\0" "provided\0" "provided.al2\0" "provided.al2023\0" "nodejs26.x\0" "python3.15\0" "java8.al2023\0" "java11.al2023\0" "java17.al2023\0"
        /*   9315 */ "S3FilesMountConnectivityException\0"
        /*   9349 */ "S3FilesMountFailureException\0"
        /*   9378 */ "S3FilesMountTimeoutException\0"
        /*   9407 */ "COPY\0" "REFERENCE\0"
        /*   9422 */ "MaximumConcurrency\0"
        /*   9441 */ "JSON\0" "SOURCE\0"
        /*   9453 */ "Endpoints\0"
        /*   9463 */ "SerializedRequestEntityTooLargeException\0"
        /*   9504 */ "ServiceException\0"
        /*   9521 */ "ServiceQuotaExceededException\0"
        /*   9551 */ "ApplyOn\0"
        /*   9559 */ "PublishedVersions\0" "None\0"
        /*   9582 */ "SnapStartException\0"
        /*   9601 */ "SnapStartNotReadyException\0"
        /*   9628 */ "On\0" "Off\0"
        /*   9635 */ "SnapStartRegenerationFailureException\0"
        /*   9673 */ "OptimizationStatus\0"
        /*   9692 */ "SnapStartTimeoutException\0"
        /*   9718 */ "BASIC_AUTH\0" "VPC_SUBNET\0" "VPC_SECURITY_GROUP\0" "SASL_SCRAM_512_AUTH\0" "SASL_SCRAM_256_AUTH\0" "VIRTUAL_HOST\0" "CLIENT_CERTIFICATE_TLS_AUTH\0" "SERVER_ROOT_CA_CERTIFICATE\0"
        /*   9867 */ "Pending\0" "Active\0" "Inactive\0" "Failed\0" "Deactivating\0" "Deactivated\0" "ActiveNonInvocable\0" "Deleting\0"
        /*   9951 */ "Idle\0" "Creating\0" "Restoring\0" "EniLimitExceeded\0" "InsufficientRolePermissions\0" "InvalidConfiguration\0" "InternalError\0" "SubnetOutOfIPAddresses\0" "InvalidSubnet\0" "InvalidSecurityGroup\0" "ImageDeleted\0" "ImageAccessDenied\0" "InvalidImage\0" "KMSKeyAccessDenied\0" "KMSKeyNotFound\0" "InvalidStateKMSKey\0" "DisabledKMSKey\0" "EFSIOError\0" "EFSMountConnectivityError\0" "EFSMountFailure\0" "EFSMountTimeout\0" "InvalidRuntime\0" "InvalidZipFileException\0" "FunctionError\0" "ServiceQuotaExceededException\0" "VcpuLimitExceeded\0" "CapacityProviderScalingLimitExceeded\0" "InsufficientCapacity\0" "EC2RequestLimitExceeded\0" "FunctionError.InitTimeout\0" "FunctionError.RuntimeInitError\0" "FunctionError.ExtensionInitError\0" "FunctionError.InvalidEntryPoint\0" "FunctionError.InvalidWorkingDirectory\0" "FunctionError.PermissionDenied\0" "FunctionError.TooManyExtensions\0" "FunctionError.InitResourceExhausted\0" "DisallowedByVpcEncryptionControl\0" "DrainingDurableExecutions\0" "DependencyError\0"
        /*  10811 */ "Attempt\0"
        /*  10819 */ "NextAttemptTimestamp\0"
        /*  10840 */ "RetryDetails\0"
        /*  10853 */ "StopTimestamp\0"
        /*  10867 */ "SubnetIPAddressLimitReachedException\0"
        /*  10904 */ "PredefinedMetricType\0"
        /*  10925 */ "TargetValue\0"
        /*  10937 */ "TenantIsolationMode\0"
        /*  10957 */ "PER_TENANT\0"
        /*  10968 */ "ConcurrentInvocationLimitExceeded\0" "FunctionInvocationRateLimitExceeded\0" "ReservedFunctionConcurrentInvocationLimitExceeded\0" "ReservedFunctionInvocationRateLimitExceeded\0" "CallerRateLimitExceeded\0" "ConcurrentSnapshotCreateLimitExceeded\0"
        /*  11194 */ "TooManyRequestsException\0"
        /*  11219 */ "retryAfterSeconds\0" "Retry-After\0"
        /*  11249 */ "Reason\0"
        /*  11256 */ "XAmznTraceId\0"
        /*  11269 */ "Active\0" "PassThrough\0"
        /*  11288 */ "UnsupportedMediaTypeException\0"
        /*  11318 */ "TagKeys\0" "tagKeys\0"
        /*  11334 */ "DryRun\0"
        /*  11341 */ "Auto\0" "Manual\0" "FunctionUpdate\0"
        /*  11368 */ "Ipv6AllowedForDualStack\0"
        /*  11392 */ "VpcId\0"
        /*  11398 */ "ScheduledEndTimestamp\0"
        /*  11420 */ "WaitSeconds\0"
        /*  11432 */ "Duration\0"
        /*  11441 */ "AddLayerVersionPermission\0"
        /*  11467 */ "POST\0"
        /*  11472 */ "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy\0"
        /*  11535 */ "AddPermission\0"
        /*  11549 */ "/2015-03-31/functions/{FunctionName}/policy\0"
        /*  11593 */ "CheckpointDurableExecution\0"
        /*  11620 */ "/2025-12-01/durable-executions/{DurableExecutionArn}/checkpoint\0"
        /*  11684 */ "CreateAlias\0"
        /*  11696 */ "/2015-03-31/functions/{FunctionName}/aliases\0"
        /*  11741 */ "CreateCapacityProvider\0"
        /*  11764 */ "/2025-11-30/capacity-providers\0"
        /*  11795 */ "CreateCodeSigningConfig\0"
        /*  11819 */ "/2020-04-22/code-signing-configs\0"
        /*  11852 */ "CreateEventSourceMapping\0"
        /*  11877 */ "/2015-03-31/event-source-mappings\0"
        /*  11911 */ "CreateFunction\0"
        /*  11926 */ "/2015-03-31/functions\0"
        /*  11948 */ "CreateFunctionUrlConfig\0"
        /*  11972 */ "/2021-10-31/functions/{FunctionName}/url\0"
        /*  12013 */ "DeleteAlias\0"
        /*  12025 */ "DELETE\0"
        /*  12032 */ "/2015-03-31/functions/{FunctionName}/aliases/{Name}\0"
        /*  12084 */ "DeleteCapacityProvider\0"
        /*  12107 */ "/2025-11-30/capacity-providers/{CapacityProviderName}\0"
        /*  12161 */ "DeleteCodeSigningConfig\0"
        /*  12185 */ "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}\0"
        /*  12241 */ "DeleteEventSourceMapping\0"
        /*  12266 */ "/2015-03-31/event-source-mappings/{UUID}\0"
        /*  12307 */ "DeleteFunction\0"
        /*  12322 */ "/2015-03-31/functions/{FunctionName}\0"
        /*  12359 */ "DeleteFunctionCodeSigningConfig\0"
        /*  12391 */ "/2020-06-30/functions/{FunctionName}/code-signing-config\0"
        /*  12448 */ "DeleteFunctionConcurrency\0"
        /*  12474 */ "/2017-10-31/functions/{FunctionName}/concurrency\0"
        /*  12523 */ "DeleteFunctionEventInvokeConfig\0"
        /*  12555 */ "/2019-09-25/functions/{FunctionName}/event-invoke-config\0"
        /*  12612 */ "DeleteFunctionUrlConfig\0"
        /*  12636 */ "DeleteLayerVersion\0"
        /*  12655 */ "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}\0"
        /*  12711 */ "DeleteProvisionedConcurrencyConfig\0"
        /*  12746 */ "/2019-09-30/functions/{FunctionName}/provisioned-concurrency\0"
        /*  12807 */ "GetAccountSettings\0"
        /*  12826 */ "GET\0"
        /*  12830 */ "/2016-08-19/account-settings\0"
        /*  12859 */ "GetAlias\0"
        /*  12868 */ "GetCapacityProvider\0"
        /*  12888 */ "GetCodeSigningConfig\0"
        /*  12909 */ "GetDurableExecution\0"
        /*  12929 */ "/2025-12-01/durable-executions/{DurableExecutionArn}\0"
        /*  12982 */ "GetDurableExecutionHistory\0"
        /*  13009 */ "/2025-12-01/durable-executions/{DurableExecutionArn}/history\0"
        /*  13070 */ "GetDurableExecutionState\0"
        /*  13095 */ "/2025-12-01/durable-executions/{DurableExecutionArn}/state\0"
        /*  13154 */ "GetEventSourceMapping\0"
        /*  13176 */ "GetFunction\0"
        /*  13188 */ "GetFunctionCodeSigningConfig\0"
        /*  13217 */ "GetFunctionConcurrency\0"
        /*  13240 */ "/2019-09-30/functions/{FunctionName}/concurrency\0"
        /*  13289 */ "GetFunctionConfiguration\0"
        /*  13314 */ "/2015-03-31/functions/{FunctionName}/configuration\0"
        /*  13365 */ "GetFunctionEventInvokeConfig\0"
        /*  13394 */ "GetFunctionRecursionConfig\0"
        /*  13421 */ "/2024-08-31/functions/{FunctionName}/recursion-config\0"
        /*  13475 */ "GetFunctionScalingConfig\0"
        /*  13500 */ "/2025-11-30/functions/{FunctionName}/function-scaling-config\0"
        /*  13561 */ "GetFunctionUrlConfig\0"
        /*  13582 */ "GetLayerVersion\0"
        /*  13598 */ "GetLayerVersionByArn\0"
        /*  13619 */ "/2018-10-31/layers?find=LayerVersion\0"
        /*  13656 */ "GetLayerVersionPolicy\0"
        /*  13678 */ "GetPolicy\0"
        /*  13688 */ "GetProvisionedConcurrencyConfig\0"
        /*  13720 */ "GetRuntimeManagementConfig\0"
        /*  13747 */ "/2021-07-20/functions/{FunctionName}/runtime-management-config\0"
        /*  13810 */ "Invoke\0"
        /*  13817 */ "/2015-03-31/functions/{FunctionName}/invocations\0"
        /*  13866 */ "InvokeAsync\0"
        /*  13878 */ "/2014-11-13/functions/{FunctionName}/invoke-async\0"
        /*  13928 */ "InvokeWithResponseStream\0"
        /*  13953 */ "/2021-11-15/functions/{FunctionName}/response-streaming-invocations\0"
        /*  14021 */ "ListAliases\0"
        /*  14033 */ "ListCapacityProviders\0"
        /*  14055 */ "ListCodeSigningConfigs\0"
        /*  14078 */ "ListDurableExecutionsByFunction\0"
        /*  14110 */ "/2025-12-01/functions/{FunctionName}/durable-executions\0"
        /*  14166 */ "ListEventSourceMappings\0"
        /*  14190 */ "ListFunctionEventInvokeConfigs\0"
        /*  14221 */ "/2019-09-25/functions/{FunctionName}/event-invoke-config/list\0"
        /*  14283 */ "ListFunctionUrlConfigs\0"
        /*  14306 */ "/2021-10-31/functions/{FunctionName}/urls\0"
        /*  14348 */ "ListFunctionVersionsByCapacityProvider\0"
        /*  14387 */ "/2025-11-30/capacity-providers/{CapacityProviderName}/function-versions\0"
        /*  14459 */ "ListFunctions\0"
        /*  14473 */ "ListFunctionsByCodeSigningConfig\0"
        /*  14506 */ "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}/functions\0"
        /*  14572 */ "ListLayerVersions\0"
        /*  14590 */ "/2018-10-31/layers/{LayerName}/versions\0"
        /*  14630 */ "ListLayers\0"
        /*  14641 */ "/2018-10-31/layers\0"
        /*  14660 */ "ListProvisionedConcurrencyConfigs\0"
        /*  14694 */ "/2019-09-30/functions/{FunctionName}/provisioned-concurrency?List=ALL\0"
        /*  14764 */ "ListTags\0"
        /*  14773 */ "/2017-03-31/tags/{Resource}\0"
        /*  14801 */ "ListVersionsByFunction\0"
        /*  14824 */ "/2015-03-31/functions/{FunctionName}/versions\0"
        /*  14870 */ "PublishLayerVersion\0"
        /*  14890 */ "PublishVersion\0"
        /*  14905 */ "PutFunctionCodeSigningConfig\0"
        /*  14934 */ "PUT\0"
        /*  14938 */ "PutFunctionConcurrency\0"
        /*  14961 */ "PutFunctionEventInvokeConfig\0"
        /*  14990 */ "PutFunctionRecursionConfig\0"
        /*  15017 */ "PutFunctionScalingConfig\0"
        /*  15042 */ "PutProvisionedConcurrencyConfig\0"
        /*  15074 */ "PutRuntimeManagementConfig\0"
        /*  15101 */ "RemoveLayerVersionPermission\0"
        /*  15130 */ "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy/{StatementId}\0"
        /*  15207 */ "RemovePermission\0"
        /*  15224 */ "/2015-03-31/functions/{FunctionName}/policy/{StatementId}\0"
        /*  15282 */ "SendDurableExecutionCallbackFailure\0"
        /*  15318 */ "/2025-12-01/durable-execution-callbacks/{CallbackId}/fail\0"
        /*  15376 */ "SendDurableExecutionCallbackHeartbeat\0"
        /*  15414 */ "/2025-12-01/durable-execution-callbacks/{CallbackId}/heartbeat\0"
        /*  15477 */ "SendDurableExecutionCallbackSuccess\0"
        /*  15513 */ "/2025-12-01/durable-execution-callbacks/{CallbackId}/succeed\0"
        /*  15574 */ "StopDurableExecution\0"
        /*  15595 */ "/2025-12-01/durable-executions/{DurableExecutionArn}/stop\0"
        /*  15653 */ "TagResource\0"
        /*  15665 */ "UntagResource\0"
        /*  15679 */ "UpdateAlias\0"
        /*  15691 */ "UpdateCapacityProvider\0"
        /*  15714 */ "UpdateCodeSigningConfig\0"
        /*  15738 */ "UpdateEventSourceMapping\0"
        /*  15763 */ "UpdateFunctionCode\0"
        /*  15782 */ "/2015-03-31/functions/{FunctionName}/code\0"
        /*  15824 */ "UpdateFunctionConfiguration\0"
        /*  15852 */ "UpdateFunctionEventInvokeConfig\0"
        /*  15884 */ "UpdateFunctionUrlConfig\0"
        /*  15908 */ "lambda\0"
        /*  15915 */ "Lambda\0"
        /*  15922 */ "AWS Lambda\0"
        /*  15933 */ "2015-03-31\0"
        /*  15944 */ "LAMBDA",
#if AWSC_WITH_SHAPE_NAMES
    .shape_names =
        /*      0 */ "AccountLimit\0"
        /*     13 */ "AccountUsage\0"
        /*     26 */ "Action\0"
        /*     33 */ "AddLayerVersionPermissionRequest\0"
        /*     66 */ "AddLayerVersionPermissionResponse\0"
        /*    100 */ "AddPermissionRequest\0"
        /*    121 */ "AddPermissionResponse\0"
        /*    143 */ "AdditionalVersion\0"
        /*    161 */ "AdditionalVersionWeights\0"
        /*    186 */ "Alias\0"
        /*    192 */ "AliasConfiguration\0"
        /*    211 */ "AliasList\0"
        /*    221 */ "AliasRoutingConfiguration\0"
        /*    247 */ "AllowCredentials\0"
        /*    264 */ "AllowMethodsList\0"
        /*    281 */ "AllowOriginsList\0"
        /*    298 */ "AllowedPublishers\0"
        /*    316 */ "AmazonManagedKafkaEventSourceConfig\0"
        /*    352 */ "ApplicationLogLevel\0"
        /*    372 */ "Architecture\0"
        /*    385 */ "ArchitecturesList\0"
        /*    403 */ "Arn\0"
        /*    407 */ "AttemptCount\0"
        /*    420 */ "BatchSize\0"
        /*    430 */ "BinaryOperationPayload\0"
        /*    453 */ "BisectBatchOnFunctionError\0"
        /*    480 */ "Blob\0"
        /*    485 */ "BlobStream\0"
        /*    496 */ "Boolean\0"
        /*    504 */ "CallbackDetails\0"
        /*    520 */ "CallbackFailedDetails\0"
        /*    542 */ "CallbackId\0"
        /*    553 */ "CallbackOptions\0"
        /*    569 */ "CallbackOptionsHeartbeatTimeoutSecondsInteger\0"
        /*    615 */ "CallbackOptionsTimeoutSecondsInteger\0"
        /*    652 */ "CallbackStartedDetails\0"
        /*    675 */ "CallbackSucceededDetails\0"
        /*    700 */ "CallbackTimedOutDetails\0"
        /*    724 */ "CapacityProvider\0"
        /*    741 */ "CapacityProviderArn\0"
        /*    761 */ "CapacityProviderConfig\0"
        /*    784 */ "CapacityProviderLoggingConfig\0"
        /*    814 */ "CapacityProviderMaxVCpuCount\0"
        /*    843 */ "CapacityProviderName\0"
        /*    864 */ "CapacityProviderPermissionsConfig\0"
        /*    898 */ "CapacityProviderPredefinedMetricType\0"
        /*    935 */ "CapacityProviderScalingConfig\0"
        /*    965 */ "CapacityProviderScalingMode\0"
        /*    993 */ "CapacityProviderScalingPoliciesList\0"
        /*   1029 */ "CapacityProviderSecurityGroupIds\0"
        /*   1062 */ "CapacityProviderState\0"
        /*   1084 */ "CapacityProviderSubnetIds\0"
        /*   1110 */ "CapacityProviderTelemetryConfig\0"
        /*   1142 */ "CapacityProviderVpcConfig\0"
        /*   1168 */ "CapacityProvidersList\0"
        /*   1190 */ "ChainedInvokeDetails\0"
        /*   1211 */ "ChainedInvokeFailedDetails\0"
        /*   1238 */ "ChainedInvokeOptions\0"
        /*   1259 */ "ChainedInvokeStartedDetails\0"
        /*   1287 */ "ChainedInvokeStoppedDetails\0"
        /*   1315 */ "ChainedInvokeSucceededDetails\0"
        /*   1345 */ "ChainedInvokeTimedOutDetails\0"
        /*   1374 */ "CheckpointDurableExecutionRequest\0"
        /*   1408 */ "CheckpointDurableExecutionResponse\0"
        /*   1443 */ "CheckpointToken\0"
        /*   1459 */ "CheckpointUpdatedExecutionState\0"
        /*   1491 */ "ClientToken\0"
        /*   1503 */ "CodeSigningConfig\0"
        /*   1521 */ "CodeSigningConfigArn\0"
        /*   1542 */ "CodeSigningConfigId\0"
        /*   1562 */ "CodeSigningConfigList\0"
        /*   1584 */ "CodeSigningPolicies\0"
        /*   1604 */ "CodeSigningPolicy\0"
        /*   1622 */ "CollectionName\0"
        /*   1637 */ "CompatibleArchitectures\0"
        /*   1661 */ "CompatibleRuntimes\0"
        /*   1680 */ "Concurrency\0"
        /*   1692 */ "ContextDetails\0"
        /*   1707 */ "ContextFailedDetails\0"
        /*   1728 */ "ContextOptions\0"
        /*   1743 */ "ContextStartedDetails\0"
        /*   1765 */ "ContextSucceededDetails\0"
        /*   1789 */ "Cors\0"
        /*   1794 */ "CreateAliasRequest\0"
        /*   1813 */ "CreateCapacityProviderRequest\0"
        /*   1843 */ "CreateCapacityProviderResponse\0"
        /*   1874 */ "CreateCodeSigningConfigRequest\0"
        /*   1905 */ "CreateCodeSigningConfigResponse\0"
        /*   1937 */ "CreateEventSourceMappingRequest\0"
        /*   1969 */ "CreateFunctionRequest\0"
        /*   1991 */ "CreateFunctionUrlConfigRequest\0"
        /*   2022 */ "CreateFunctionUrlConfigResponse\0"
        /*   2054 */ "DatabaseName\0"
        /*   2067 */ "Date\0"
        /*   2072 */ "DeadLetterConfig\0"
        /*   2089 */ "DeleteAliasRequest\0"
        /*   2108 */ "DeleteCapacityProviderRequest\0"
        /*   2138 */ "DeleteCapacityProviderResponse\0"
        /*   2169 */ "DeleteCodeSigningConfigRequest\0"
        /*   2200 */ "DeleteCodeSigningConfigResponse\0"
        /*   2232 */ "DeleteEventSourceMappingRequest\0"
        /*   2264 */ "DeleteFunctionCodeSigningConfigRequest\0"
        /*   2303 */ "DeleteFunctionConcurrencyRequest\0"
        /*   2336 */ "DeleteFunctionEventInvokeConfigRequest\0"
        /*   2375 */ "DeleteFunctionRequest\0"
        /*   2397 */ "DeleteFunctionResponse\0"
        /*   2420 */ "DeleteFunctionUrlConfigRequest\0"
        /*   2451 */ "DeleteLayerVersionRequest\0"
        /*   2477 */ "DeleteProvisionedConcurrencyConfigRequest\0"
        /*   2519 */ "Description\0"
        /*   2531 */ "DestinationArn\0"
        /*   2546 */ "DestinationConfig\0"
        /*   2564 */ "DocumentDBEventSourceConfig\0"
        /*   2592 */ "DurableConfig\0"
        /*   2606 */ "DurableExecutionArn\0"
        /*   2626 */ "DurableExecutionName\0"
        /*   2647 */ "DurableExecutions\0"
        /*   2665 */ "DurationSeconds\0"
        /*   2681 */ "Enabled\0"
        /*   2689 */ "EndPointType\0"
        /*   2702 */ "Endpoint\0"
        /*   2711 */ "EndpointLists\0"
        /*   2725 */ "Endpoints\0"
        /*   2735 */ "Environment\0"
        /*   2747 */ "EnvironmentError\0"
        /*   2764 */ "EnvironmentResponse\0"
        /*   2784 */ "EnvironmentVariableName\0"
        /*   2808 */ "EnvironmentVariableValue\0"
        /*   2833 */ "EnvironmentVariables\0"
        /*   2854 */ "EphemeralStorage\0"
        /*   2871 */ "EphemeralStorageSize\0"
        /*   2892 */ "ErrorData\0"
        /*   2902 */ "ErrorMessage\0"
        /*   2915 */ "ErrorObject\0"
        /*   2927 */ "ErrorType\0"
        /*   2937 */ "Event\0"
        /*   2943 */ "EventError\0"
        /*   2954 */ "EventId\0"
        /*   2962 */ "EventInput\0"
        /*   2973 */ "EventResult\0"
        /*   2985 */ "EventSourceMappingArn\0"
        /*   3007 */ "EventSourceMappingConfiguration\0"
        /*   3039 */ "EventSourceMappingLoggingConfig\0"
        /*   3071 */ "EventSourceMappingMetric\0"
        /*   3096 */ "EventSourceMappingMetricList\0"
        /*   3125 */ "EventSourceMappingMetricsConfig\0"
        /*   3157 */ "EventSourceMappingSystemLogLevel\0"
        /*   3190 */ "EventSourceMappingsList\0"
        /*   3214 */ "EventSourcePosition\0"
        /*   3234 */ "EventSourceToken\0"
        /*   3251 */ "EventType\0"
        /*   3261 */ "Events\0"
        /*   3268 */ "Execution\0"
        /*   3278 */ "ExecutionDataIncluded\0"
        /*   3300 */ "ExecutionDetails\0"
        /*   3317 */ "ExecutionEnvironmentMemoryGiBPerVCpu\0"
        /*   3354 */ "ExecutionFailedDetails\0"
        /*   3377 */ "ExecutionStartedDetails\0"
        /*   3401 */ "ExecutionStatus\0"
        /*   3417 */ "ExecutionStatusList\0"
        /*   3437 */ "ExecutionStoppedDetails\0"
        /*   3461 */ "ExecutionSucceededDetails\0"
        /*   3487 */ "ExecutionTimedOutDetails\0"
        /*   3512 */ "ExecutionTimeout\0"
        /*   3529 */ "ExecutionTimestamp\0"
        /*   3548 */ "FileSystemArn\0"
        /*   3562 */ "FileSystemConfig\0"
        /*   3579 */ "FileSystemConfigList\0"
        /*   3600 */ "Filter\0"
        /*   3607 */ "FilterCriteria\0"
        /*   3622 */ "FilterCriteriaError\0"
        /*   3642 */ "FilterCriteriaErrorCode\0"
        /*   3666 */ "FilterCriteriaErrorMessage\0"
        /*   3693 */ "FilterList\0"
        /*   3704 */ "FullDocument\0"
        /*   3717 */ "FunctionArn\0"
        /*   3729 */ "FunctionArnList\0"
        /*   3745 */ "FunctionCode\0"
        /*   3758 */ "FunctionCodeLocation\0"
        /*   3779 */ "FunctionCodeLocationError\0"
        /*   3805 */ "FunctionConfiguration\0"
        /*   3827 */ "FunctionEventInvokeConfig\0"
        /*   3853 */ "FunctionEventInvokeConfigList\0"
        /*   3883 */ "FunctionList\0"
        /*   3896 */ "FunctionName\0"
        /*   3909 */ "FunctionResponseType\0"
        /*   3930 */ "FunctionResponseTypeList\0"
        /*   3955 */ "FunctionScalingConfig\0"
        /*   3977 */ "FunctionScalingConfigExecutionEnvironments\0"
        /*   4020 */ "FunctionUrl\0"
        /*   4032 */ "FunctionUrlAuthType\0"
        /*   4052 */ "FunctionUrlConfig\0"
        /*   4070 */ "FunctionUrlConfigList\0"
        /*   4092 */ "FunctionUrlFunctionName\0"
        /*   4116 */ "FunctionUrlQualifier\0"
        /*   4137 */ "FunctionVersion\0"
        /*   4153 */ "FunctionVersionLatestPublished\0"
        /*   4184 */ "FunctionVersionsByCapacityProviderList\0"
        /*   4223 */ "FunctionVersionsByCapacityProviderListItem\0"
        /*   4266 */ "GetAccountSettingsRequest\0"
        /*   4292 */ "GetAccountSettingsResponse\0"
        /*   4319 */ "GetAliasRequest\0"
        /*   4335 */ "GetCapacityProviderRequest\0"
        /*   4362 */ "GetCapacityProviderResponse\0"
        /*   4390 */ "GetCodeSigningConfigRequest\0"
        /*   4418 */ "GetCodeSigningConfigResponse\0"
        /*   4447 */ "GetDurableExecutionHistoryRequest\0"
        /*   4481 */ "GetDurableExecutionHistoryResponse\0"
        /*   4516 */ "GetDurableExecutionRequest\0"
        /*   4543 */ "GetDurableExecutionResponse\0"
        /*   4571 */ "GetDurableExecutionStateRequest\0"
        /*   4603 */ "GetDurableExecutionStateResponse\0"
        /*   4636 */ "GetEventSourceMappingRequest\0"
        /*   4665 */ "GetFunctionCodeSigningConfigRequest\0"
        /*   4701 */ "GetFunctionCodeSigningConfigResponse\0"
        /*   4738 */ "GetFunctionConcurrencyRequest\0"
        /*   4768 */ "GetFunctionConcurrencyResponse\0"
        /*   4799 */ "GetFunctionConfigurationRequest\0"
        /*   4831 */ "GetFunctionEventInvokeConfigRequest\0"
        /*   4867 */ "GetFunctionRecursionConfigRequest\0"
        /*   4901 */ "GetFunctionRecursionConfigResponse\0"
        /*   4936 */ "GetFunctionRequest\0"
        /*   4955 */ "GetFunctionResponse\0"
        /*   4975 */ "GetFunctionScalingConfigRequest\0"
        /*   5007 */ "GetFunctionScalingConfigResponse\0"
        /*   5040 */ "GetFunctionUrlConfigRequest\0"
        /*   5068 */ "GetFunctionUrlConfigResponse\0"
        /*   5097 */ "GetLayerVersionByArnRequest\0"
        /*   5125 */ "GetLayerVersionPolicyRequest\0"
        /*   5154 */ "GetLayerVersionPolicyResponse\0"
        /*   5184 */ "GetLayerVersionRequest\0"
        /*   5207 */ "GetLayerVersionResponse\0"
        /*   5231 */ "GetPolicyRequest\0"
        /*   5248 */ "GetPolicyResponse\0"
        /*   5266 */ "GetProvisionedConcurrencyConfigRequest\0"
        /*   5305 */ "GetProvisionedConcurrencyConfigResponse\0"
        /*   5345 */ "GetRuntimeManagementConfigRequest\0"
        /*   5379 */ "GetRuntimeManagementConfigResponse\0"
        /*   5414 */ "Handler\0"
        /*   5422 */ "Header\0"
        /*   5429 */ "HeadersList\0"
        /*   5441 */ "HttpStatus\0"
        /*   5452 */ "ImageConfig\0"
        /*   5464 */ "ImageConfigError\0"
        /*   5481 */ "ImageConfigResponse\0"
        /*   5501 */ "IncludeExecutionData\0"
        /*   5522 */ "InputPayload\0"
        /*   5535 */ "InstanceRequirements\0"
        /*   5556 */ "InstanceType\0"
        /*   5569 */ "InstanceTypeSet\0"
        /*   5585 */ "Integer\0"
        /*   5593 */ "InvocationCompletedDetails\0"
        /*   5620 */ "InvocationRequest\0"
        /*   5638 */ "InvocationResponse\0"
        /*   5657 */ "InvocationType\0"
        /*   5672 */ "InvokeAsyncRequest\0"
        /*   5691 */ "InvokeAsyncResponse\0"
        /*   5711 */ "InvokeMode\0"
        /*   5722 */ "InvokeResponseStreamUpdate\0"
        /*   5749 */ "InvokeWithResponseStreamCompleteEvent\0"
        /*   5787 */ "InvokeWithResponseStreamRequest\0"
        /*   5819 */ "InvokeWithResponseStreamResponse\0"
        /*   5852 */ "InvokeWithResponseStreamResponseEvent\0"
        /*   5890 */ "InvokedViaFunctionUrl\0"
        /*   5912 */ "ItemCount\0"
        /*   5922 */ "KMSKeyArn\0"
        /*   5932 */ "KMSKeyArnNonEmpty\0"
        /*   5950 */ "KafkaSchemaRegistryAccessConfig\0"
        /*   5982 */ "KafkaSchemaRegistryAccessConfigList\0"
        /*   6018 */ "KafkaSchemaRegistryAuthType\0"
        /*   6046 */ "KafkaSchemaRegistryConfig\0"
        /*   6072 */ "KafkaSchemaValidationAttribute\0"
        /*   6103 */ "KafkaSchemaValidationConfig\0"
        /*   6131 */ "KafkaSchemaValidationConfigList\0"
        /*   6163 */ "LambdaManagedInstancesCapacityProviderConfig\0"
        /*   6208 */ "LastUpdateStatus\0"
        /*   6225 */ "LastUpdateStatusReason\0"
        /*   6248 */ "LastUpdateStatusReasonCode\0"
        /*   6275 */ "Layer\0"
        /*   6281 */ "LayerArn\0"
        /*   6290 */ "LayerList\0"
        /*   6300 */ "LayerName\0"
        /*   6310 */ "LayerPermissionAllowedAction\0"
        /*   6339 */ "LayerPermissionAllowedPrincipal\0"
        /*   6371 */ "LayerVersionArn\0"
        /*   6387 */ "LayerVersionContentInput\0"
        /*   6412 */ "LayerVersionContentOutput\0"
        /*   6438 */ "LayerVersionNumber\0"
        /*   6457 */ "LayerVersionsList\0"
        /*   6475 */ "LayerVersionsListItem\0"
        /*   6497 */ "LayersList\0"
        /*   6508 */ "LayersListItem\0"
        /*   6523 */ "LayersReferenceList\0"
        /*   6543 */ "LicenseInfo\0"
        /*   6555 */ "ListAliasesRequest\0"
        /*   6574 */ "ListAliasesResponse\0"
        /*   6594 */ "ListCapacityProvidersRequest\0"
        /*   6623 */ "ListCapacityProvidersResponse\0"
        /*   6653 */ "ListCodeSigningConfigsRequest\0"
        /*   6683 */ "ListCodeSigningConfigsResponse\0"
        /*   6714 */ "ListDurableExecutionsByFunctionRequest\0"
        /*   6753 */ "ListDurableExecutionsByFunctionResponse\0"
        /*   6793 */ "ListEventSourceMappingsRequest\0"
        /*   6824 */ "ListEventSourceMappingsResponse\0"
        /*   6856 */ "ListFunctionEventInvokeConfigsRequest\0"
        /*   6894 */ "ListFunctionEventInvokeConfigsResponse\0"
        /*   6933 */ "ListFunctionUrlConfigsRequest\0"
        /*   6963 */ "ListFunctionUrlConfigsResponse\0"
        /*   6994 */ "ListFunctionVersionsByCapacityProviderRequest\0"
        /*   7040 */ "ListFunctionVersionsByCapacityProviderResponse\0"
        /*   7087 */ "ListFunctionsByCodeSigningConfigRequest\0"
        /*   7127 */ "ListFunctionsByCodeSigningConfigResponse\0"
        /*   7168 */ "ListFunctionsRequest\0"
        /*   7189 */ "ListFunctionsResponse\0"
        /*   7211 */ "ListLayerVersionsRequest\0"
        /*   7236 */ "ListLayerVersionsResponse\0"
        /*   7262 */ "ListLayersRequest\0"
        /*   7280 */ "ListLayersResponse\0"
        /*   7299 */ "ListProvisionedConcurrencyConfigsRequest\0"
        /*   7340 */ "ListProvisionedConcurrencyConfigsResponse\0"
        /*   7382 */ "ListTagsRequest\0"
        /*   7398 */ "ListTagsResponse\0"
        /*   7415 */ "ListVersionsByFunctionRequest\0"
        /*   7445 */ "ListVersionsByFunctionResponse\0"
        /*   7476 */ "LocalMountPath\0"
        /*   7491 */ "LogFormat\0"
        /*   7501 */ "LogGroup\0"
        /*   7510 */ "LogType\0"
        /*   7518 */ "LoggingConfig\0"
        /*   7532 */ "Long\0"
        /*   7537 */ "MasterRegion\0"
        /*   7550 */ "MaxAge\0"
        /*   7557 */ "MaxFiftyListItems\0"
        /*   7575 */ "MaxFunctionEventInvokeConfigListItems\0"
        /*   7613 */ "MaxItems\0"
        /*   7622 */ "MaxLayerListItems\0"
        /*   7640 */ "MaxListItems\0"
        /*   7653 */ "MaxProvisionedConcurrencyConfigListItems\0"
        /*   7694 */ "MaximumBatchingWindowInSeconds\0"
        /*   7725 */ "MaximumConcurrency\0"
        /*   7744 */ "MaximumEventAgeInSeconds\0"
        /*   7769 */ "MaximumNumberOfPollers\0"
        /*   7792 */ "MaximumRecordAgeInSeconds\0"
        /*   7818 */ "MaximumRetryAttempts\0"
        /*   7839 */ "MaximumRetryAttemptsEventSourceMapping\0"
        /*   7878 */ "MemorySize\0"
        /*   7889 */ "Method\0"
        /*   7896 */ "MetricTargetValue\0"
        /*   7914 */ "MinimumNumberOfPollers\0"
        /*   7937 */ "NameSpacedFunctionArn\0"
        /*   7959 */ "NamespacedFunctionName\0"
        /*   7982 */ "NamespacedStatementId\0"
        /*   8004 */ "NonNegativeInteger\0"
        /*   8023 */ "NullableBoolean\0"
        /*   8039 */ "NumericLatestPublishedOrAliasQualifier\0"
        /*   8078 */ "OnFailure\0"
        /*   8088 */ "OnSuccess\0"
        /*   8098 */ "Operation\0"
        /*   8108 */ "OperationAction\0"
        /*   8124 */ "OperationId\0"
        /*   8136 */ "OperationName\0"
        /*   8150 */ "OperationPayload\0"
        /*   8167 */ "OperationStatus\0"
        /*   8183 */ "OperationSubType\0"
        /*   8200 */ "OperationType\0"
        /*   8214 */ "OperationUpdate\0"
        /*   8230 */ "OperationUpdates\0"
        /*   8247 */ "Operations\0"
        /*   8258 */ "OrganizationId\0"
        /*   8273 */ "Origin\0"
        /*   8280 */ "OutputPayload\0"
        /*   8294 */ "PackageType\0"
        /*   8306 */ "ParallelizationFactor\0"
        /*   8328 */ "Pattern\0"
        /*   8336 */ "PerExecutionEnvironmentMaxConcurrency\0"
        /*   8374 */ "PositiveInteger\0"
        /*   8390 */ "Principal\0"
        /*   8400 */ "PrincipalOrgID\0"
        /*   8415 */ "PropagateTags\0"
        /*   8429 */ "PropagateTagsExplicitTagsMap\0"
        /*   8458 */ "PropagateTagsMode\0"
        /*   8476 */ "ProvisionedConcurrencyConfigList\0"
        /*   8509 */ "ProvisionedConcurrencyConfigListItem\0"
        /*   8546 */ "ProvisionedConcurrencyStatusEnum\0"
        /*   8579 */ "ProvisionedPollerConfig\0"
        /*   8603 */ "ProvisionedPollerGroupName\0"
        /*   8630 */ "PublishLayerVersionRequest\0"
        /*   8657 */ "PublishLayerVersionResponse\0"
        /*   8685 */ "PublishVersionRequest\0"
        /*   8707 */ "PublishedFunctionQualifier\0"
        /*   8734 */ "PutFunctionCodeSigningConfigRequest\0"
        /*   8770 */ "PutFunctionCodeSigningConfigResponse\0"
        /*   8807 */ "PutFunctionConcurrencyRequest\0"
        /*   8837 */ "PutFunctionEventInvokeConfigRequest\0"
        /*   8873 */ "PutFunctionRecursionConfigRequest\0"
        /*   8907 */ "PutFunctionRecursionConfigResponse\0"
        /*   8942 */ "PutFunctionScalingConfigRequest\0"
        /*   8974 */ "PutFunctionScalingConfigResponse\0"
        /*   9007 */ "PutProvisionedConcurrencyConfigRequest\0"
        /*   9046 */ "PutProvisionedConcurrencyConfigResponse\0"
        /*   9086 */ "PutRuntimeManagementConfigRequest\0"
        /*   9120 */ "PutRuntimeManagementConfigResponse\0"
        /*   9155 */ "Qualifier\0"
        /*   9165 */ "Queue\0"
        /*   9171 */ "Queues\0"
        /*   9178 */ "RecursiveLoop\0"
        /*   9192 */ "RemoveLayerVersionPermissionRequest\0"
        /*   9228 */ "RemovePermissionRequest\0"
        /*   9252 */ "ReplayChildren\0"
        /*   9267 */ "ReservedConcurrentExecutions\0"
        /*   9296 */ "ResolvedS3Object\0"
        /*   9313 */ "ResourceArn\0"
        /*   9325 */ "ResponseStreamingInvocationType\0"
        /*   9357 */ "RetentionPeriodInDays\0"
        /*   9379 */ "RetryDetails\0"
        /*   9392 */ "ReverseOrder\0"
        /*   9405 */ "RoleArn\0"
        /*   9413 */ "Runtime\0"
        /*   9421 */ "RuntimeVersionArn\0"
        /*   9439 */ "RuntimeVersionConfig\0"
        /*   9460 */ "RuntimeVersionError\0"
        /*   9480 */ "S3Bucket\0"
        /*   9489 */ "S3Key\0"
        /*   9495 */ "S3ObjectStorageMode\0"
        /*   9515 */ "S3ObjectVersion\0"
        /*   9531 */ "ScalingConfig\0"
        /*   9545 */ "SchemaRegistryEventRecordFormat\0"
        /*   9577 */ "SchemaRegistryUri\0"
        /*   9595 */ "SecurityGroupId\0"
        /*   9611 */ "SecurityGroupIds\0"
        /*   9628 */ "SelfManagedEventSource\0"
        /*   9651 */ "SelfManagedKafkaEventSourceConfig\0"
        /*   9685 */ "SendDurableExecutionCallbackFailureRequest\0"
        /*   9728 */ "SendDurableExecutionCallbackFailureResponse\0"
        /*   9772 */ "SendDurableExecutionCallbackHeartbeatRequest\0"
        /*   9817 */ "SendDurableExecutionCallbackHeartbeatResponse\0"
        /*   9863 */ "SendDurableExecutionCallbackSuccessRequest\0"
        /*   9906 */ "SendDurableExecutionCallbackSuccessResponse\0"
        /*   9950 */ "SensitiveString\0"
        /*   9966 */ "SensitiveStringOnServerOnly\0"
        /*   9994 */ "SigningProfileVersionArns\0"
        /*  10020 */ "SnapStart\0"
        /*  10030 */ "SnapStartApplyOn\0"
        /*  10047 */ "SnapStartOptimizationStatus\0"
        /*  10075 */ "SnapStartResponse\0"
        /*  10093 */ "SourceAccessConfiguration\0"
        /*  10119 */ "SourceAccessConfigurations\0"
        /*  10146 */ "SourceAccessType\0"
        /*  10163 */ "SourceOwner\0"
        /*  10175 */ "StackTraceEntries\0"
        /*  10193 */ "StackTraceEntry\0"
        /*  10209 */ "State\0"
        /*  10215 */ "StateReason\0"
        /*  10227 */ "StateReasonCode\0"
        /*  10243 */ "StatementId\0"
        /*  10255 */ "StepDetails\0"
        /*  10267 */ "StepFailedDetails\0"
        /*  10285 */ "StepOptions\0"
        /*  10297 */ "StepOptionsNextAttemptDelaySecondsInteger\0"
        /*  10339 */ "StepStartedDetails\0"
        /*  10358 */ "StepSucceededDetails\0"
        /*  10379 */ "StopDurableExecutionRequest\0"
        /*  10407 */ "StopDurableExecutionResponse\0"
        /*  10436 */ "String\0"
        /*  10443 */ "StringList\0"
        /*  10454 */ "SubnetId\0"
        /*  10463 */ "SubnetIds\0"
        /*  10473 */ "SystemLogLevel\0"
        /*  10488 */ "TagKey\0"
        /*  10495 */ "TagKeyList\0"
        /*  10506 */ "TagResourceRequest\0"
        /*  10525 */ "TagValue\0"
        /*  10534 */ "TaggableResource\0"
        /*  10551 */ "Tags\0"
        /*  10556 */ "TagsError\0"
        /*  10566 */ "TagsErrorCode\0"
        /*  10580 */ "TagsErrorMessage\0"
        /*  10597 */ "TargetTrackingScalingPolicy\0"
        /*  10625 */ "TenancyConfig\0"
        /*  10639 */ "TenantId\0"
        /*  10648 */ "TenantIsolationMode\0"
        /*  10668 */ "ThrottleReason\0"
        /*  10683 */ "Timeout\0"
        /*  10691 */ "Timestamp\0"
        /*  10701 */ "Topic\0"
        /*  10707 */ "Topics\0"
        /*  10714 */ "TraceHeader\0"
        /*  10726 */ "TracingConfig\0"
        /*  10740 */ "TracingConfigResponse\0"
        /*  10762 */ "TracingMode\0"
        /*  10774 */ "Truncated\0"
        /*  10784 */ "TumblingWindowInSeconds\0"
        /*  10808 */ "URI\0"
        /*  10812 */ "UUIDString\0"
        /*  10823 */ "UnqualifiedFunctionName\0"
        /*  10847 */ "UnreservedConcurrentExecutions\0"
        /*  10878 */ "UntagResourceRequest\0"
        /*  10899 */ "UpdateAliasRequest\0"
        /*  10918 */ "UpdateCapacityProviderRequest\0"
        /*  10948 */ "UpdateCapacityProviderResponse\0"
        /*  10979 */ "UpdateCodeSigningConfigRequest\0"
        /*  11010 */ "UpdateCodeSigningConfigResponse\0"
        /*  11042 */ "UpdateEventSourceMappingRequest\0"
        /*  11074 */ "UpdateFunctionCodeRequest\0"
        /*  11100 */ "UpdateFunctionConfigurationRequest\0"
        /*  11135 */ "UpdateFunctionEventInvokeConfigRequest\0"
        /*  11174 */ "UpdateFunctionUrlConfigRequest\0"
        /*  11205 */ "UpdateFunctionUrlConfigResponse\0"
        /*  11237 */ "UpdateRuntimeOn\0"
        /*  11253 */ "Version\0"
        /*  11261 */ "VersionWithLatestPublished\0"
        /*  11288 */ "VpcConfig\0"
        /*  11298 */ "VpcConfigResponse\0"
        /*  11316 */ "VpcId\0"
        /*  11322 */ "WaitCancelledDetails\0"
        /*  11343 */ "WaitDetails\0"
        /*  11355 */ "WaitOptions\0"
        /*  11367 */ "WaitOptionsWaitSecondsInteger\0"
        /*  11397 */ "WaitStartedDetails\0"
        /*  11416 */ "WaitSucceededDetails\0"
        /*  11437 */ "Weight\0"
        /*  11444 */ "WorkingDirectory\0"
        /*  11461 */ "XAmznTraceId",
#endif
};

/* The descriptor programs use (<awsc/lambda.h>): the one in the tables. */
const struct awsc_service *awsc_lambda_service(void)
{
    return &T.service;
}

enum awsc_lambda_application_log_level awsc_lambda_application_log_level_parse(const char *value)
{
    return (enum awsc_lambda_application_log_level)awsc_enum_parse(&T.strings[507], 6, value);
}

const char *awsc_lambda_application_log_level_str(enum awsc_lambda_application_log_level value)
{
    return awsc_enum_str(&T.strings[507], 6, (int)value);
}

enum awsc_lambda_architecture awsc_lambda_architecture_parse(const char *value)
{
    return (enum awsc_lambda_architecture)awsc_enum_parse(&T.strings[541], 2, value);
}

const char *awsc_lambda_architecture_str(enum awsc_lambda_architecture value)
{
    return awsc_enum_str(&T.strings[541], 2, (int)value);
}

enum awsc_lambda_capacity_provider_predefined_metric_type awsc_lambda_capacity_provider_predefined_metric_type_parse(const char *value)
{
    return (enum awsc_lambda_capacity_provider_predefined_metric_type)awsc_enum_parse(&T.strings[973], 1, value);
}

const char *awsc_lambda_capacity_provider_predefined_metric_type_str(enum awsc_lambda_capacity_provider_predefined_metric_type value)
{
    return awsc_enum_str(&T.strings[973], 1, (int)value);
}

enum awsc_lambda_capacity_provider_scaling_mode awsc_lambda_capacity_provider_scaling_mode_parse(const char *value)
{
    return (enum awsc_lambda_capacity_provider_scaling_mode)awsc_enum_parse(&T.strings[1058], 2, value);
}

const char *awsc_lambda_capacity_provider_scaling_mode_str(enum awsc_lambda_capacity_provider_scaling_mode value)
{
    return awsc_enum_str(&T.strings[1058], 2, (int)value);
}

enum awsc_lambda_capacity_provider_state awsc_lambda_capacity_provider_state_parse(const char *value)
{
    return (enum awsc_lambda_capacity_provider_state)awsc_enum_parse(&T.strings[1070], 4, value);
}

const char *awsc_lambda_capacity_provider_state_str(enum awsc_lambda_capacity_provider_state value)
{
    return awsc_enum_str(&T.strings[1070], 4, (int)value);
}

enum awsc_lambda_code_signing_policy awsc_lambda_code_signing_policy_parse(const char *value)
{
    return (enum awsc_lambda_code_signing_policy)awsc_enum_parse(&T.strings[1511], 2, value);
}

const char *awsc_lambda_code_signing_policy_str(enum awsc_lambda_code_signing_policy value)
{
    return awsc_enum_str(&T.strings[1511], 2, (int)value);
}

enum awsc_lambda_end_point_type awsc_lambda_end_point_type_parse(const char *value)
{
    return (enum awsc_lambda_end_point_type)awsc_enum_parse(&T.strings[2964], 1, value);
}

const char *awsc_lambda_end_point_type_str(enum awsc_lambda_end_point_type value)
{
    return awsc_enum_str(&T.strings[2964], 1, (int)value);
}

enum awsc_lambda_event_source_mapping_metric awsc_lambda_event_source_mapping_metric_parse(const char *value)
{
    return (enum awsc_lambda_event_source_mapping_metric)awsc_enum_parse(&T.strings[3784], 3, value);
}

const char *awsc_lambda_event_source_mapping_metric_str(enum awsc_lambda_event_source_mapping_metric value)
{
    return awsc_enum_str(&T.strings[3784], 3, (int)value);
}

enum awsc_lambda_event_source_mapping_system_log_level awsc_lambda_event_source_mapping_system_log_level_parse(const char *value)
{
    return (enum awsc_lambda_event_source_mapping_system_log_level)awsc_enum_parse(&T.strings[3827], 3, value);
}

const char *awsc_lambda_event_source_mapping_system_log_level_str(enum awsc_lambda_event_source_mapping_system_log_level value)
{
    return awsc_enum_str(&T.strings[3827], 3, (int)value);
}

enum awsc_lambda_event_source_position awsc_lambda_event_source_position_parse(const char *value)
{
    return (enum awsc_lambda_event_source_position)awsc_enum_parse(&T.strings[3843], 3, value);
}

const char *awsc_lambda_event_source_position_str(enum awsc_lambda_event_source_position value)
{
    return awsc_enum_str(&T.strings[3843], 3, (int)value);
}

enum awsc_lambda_event_type awsc_lambda_event_type_parse(const char *value)
{
    return (enum awsc_lambda_event_type)awsc_enum_parse(&T.strings[3876], 24, value);
}

const char *awsc_lambda_event_type_str(enum awsc_lambda_event_type value)
{
    return awsc_enum_str(&T.strings[3876], 24, (int)value);
}

enum awsc_lambda_execution_status awsc_lambda_execution_status_parse(const char *value)
{
    return (enum awsc_lambda_execution_status)awsc_enum_parse(&T.strings[4348], 5, value);
}

const char *awsc_lambda_execution_status_str(enum awsc_lambda_execution_status value)
{
    return awsc_enum_str(&T.strings[4348], 5, (int)value);
}

enum awsc_lambda_full_document awsc_lambda_full_document_parse(const char *value)
{
    return (enum awsc_lambda_full_document)awsc_enum_parse(&T.strings[4426], 2, value);
}

const char *awsc_lambda_full_document_str(enum awsc_lambda_full_document value)
{
    return awsc_enum_str(&T.strings[4426], 2, (int)value);
}

enum awsc_lambda_function_response_type awsc_lambda_function_response_type_parse(const char *value)
{
    return (enum awsc_lambda_function_response_type)awsc_enum_parse(&T.strings[4840], 1, value);
}

const char *awsc_lambda_function_response_type_str(enum awsc_lambda_function_response_type value)
{
    return awsc_enum_str(&T.strings[4840], 1, (int)value);
}

enum awsc_lambda_function_url_auth_type awsc_lambda_function_url_auth_type_parse(const char *value)
{
    return (enum awsc_lambda_function_url_auth_type)awsc_enum_parse(&T.strings[4914], 2, value);
}

const char *awsc_lambda_function_url_auth_type_str(enum awsc_lambda_function_url_auth_type value)
{
    return awsc_enum_str(&T.strings[4914], 2, (int)value);
}

enum awsc_lambda_function_version awsc_lambda_function_version_parse(const char *value)
{
    return (enum awsc_lambda_function_version)awsc_enum_parse(&T.strings[4944], 1, value);
}

const char *awsc_lambda_function_version_str(enum awsc_lambda_function_version value)
{
    return awsc_enum_str(&T.strings[4944], 1, (int)value);
}

enum awsc_lambda_function_version_latest_published awsc_lambda_function_version_latest_published_parse(const char *value)
{
    return (enum awsc_lambda_function_version_latest_published)awsc_enum_parse(&T.strings[4948], 1, value);
}

const char *awsc_lambda_function_version_latest_published_str(enum awsc_lambda_function_version_latest_published value)
{
    return awsc_enum_str(&T.strings[4948], 1, (int)value);
}

enum awsc_lambda_invocation_type awsc_lambda_invocation_type_parse(const char *value)
{
    return (enum awsc_lambda_invocation_type)awsc_enum_parse(&T.strings[6132], 3, value);
}

const char *awsc_lambda_invocation_type_str(enum awsc_lambda_invocation_type value)
{
    return awsc_enum_str(&T.strings[6132], 3, (int)value);
}

enum awsc_lambda_invoke_mode awsc_lambda_invoke_mode_parse(const char *value)
{
    return (enum awsc_lambda_invoke_mode)awsc_enum_parse(&T.strings[6172], 2, value);
}

const char *awsc_lambda_invoke_mode_str(enum awsc_lambda_invoke_mode value)
{
    return awsc_enum_str(&T.strings[6172], 2, (int)value);
}

enum awsc_lambda_kafka_schema_registry_auth_type awsc_lambda_kafka_schema_registry_auth_type_parse(const char *value)
{
    return (enum awsc_lambda_kafka_schema_registry_auth_type)awsc_enum_parse(&T.strings[6395], 3, value);
}

const char *awsc_lambda_kafka_schema_registry_auth_type_str(enum awsc_lambda_kafka_schema_registry_auth_type value)
{
    return awsc_enum_str(&T.strings[6395], 3, (int)value);
}

enum awsc_lambda_kafka_schema_validation_attribute awsc_lambda_kafka_schema_validation_attribute_parse(const char *value)
{
    return (enum awsc_lambda_kafka_schema_validation_attribute)awsc_enum_parse(&T.strings[6535], 2, value);
}

const char *awsc_lambda_kafka_schema_validation_attribute_str(enum awsc_lambda_kafka_schema_validation_attribute value)
{
    return awsc_enum_str(&T.strings[6535], 2, (int)value);
}

enum awsc_lambda_last_update_status awsc_lambda_last_update_status_parse(const char *value)
{
    return (enum awsc_lambda_last_update_status)awsc_enum_parse(&T.strings[6630], 3, value);
}

const char *awsc_lambda_last_update_status_str(enum awsc_lambda_last_update_status value)
{
    return awsc_enum_str(&T.strings[6630], 3, (int)value);
}

enum awsc_lambda_last_update_status_reason_code awsc_lambda_last_update_status_reason_code_parse(const char *value)
{
    return (enum awsc_lambda_last_update_status_reason_code)awsc_enum_parse(&T.strings[6659], 36, value);
}

const char *awsc_lambda_last_update_status_reason_code_str(enum awsc_lambda_last_update_status_reason_code value)
{
    return awsc_enum_str(&T.strings[6659], 36, (int)value);
}

enum awsc_lambda_log_format awsc_lambda_log_format_parse(const char *value)
{
    return (enum awsc_lambda_log_format)awsc_enum_parse(&T.strings[7812], 2, value);
}

const char *awsc_lambda_log_format_str(enum awsc_lambda_log_format value)
{
    return awsc_enum_str(&T.strings[7812], 2, (int)value);
}

enum awsc_lambda_log_type awsc_lambda_log_type_parse(const char *value)
{
    return (enum awsc_lambda_log_type)awsc_enum_parse(&T.strings[7822], 2, value);
}

const char *awsc_lambda_log_type_str(enum awsc_lambda_log_type value)
{
    return awsc_enum_str(&T.strings[7822], 2, (int)value);
}

enum awsc_lambda_operation_action awsc_lambda_operation_action_parse(const char *value)
{
    return (enum awsc_lambda_operation_action)awsc_enum_parse(&T.strings[8021], 5, value);
}

const char *awsc_lambda_operation_action_str(enum awsc_lambda_operation_action value)
{
    return awsc_enum_str(&T.strings[8021], 5, (int)value);
}

enum awsc_lambda_operation_status awsc_lambda_operation_status_parse(const char *value)
{
    return (enum awsc_lambda_operation_status)awsc_enum_parse(&T.strings[8053], 8, value);
}

const char *awsc_lambda_operation_status_str(enum awsc_lambda_operation_status value)
{
    return awsc_enum_str(&T.strings[8053], 8, (int)value);
}

enum awsc_lambda_operation_type awsc_lambda_operation_type_parse(const char *value)
{
    return (enum awsc_lambda_operation_type)awsc_enum_parse(&T.strings[8120], 6, value);
}

const char *awsc_lambda_operation_type_str(enum awsc_lambda_operation_type value)
{
    return awsc_enum_str(&T.strings[8120], 6, (int)value);
}

enum awsc_lambda_package_type awsc_lambda_package_type_parse(const char *value)
{
    return (enum awsc_lambda_package_type)awsc_enum_parse(&T.strings[8248], 2, value);
}

const char *awsc_lambda_package_type_str(enum awsc_lambda_package_type value)
{
    return awsc_enum_str(&T.strings[8248], 2, (int)value);
}

enum awsc_lambda_propagate_tags_mode awsc_lambda_propagate_tags_mode_parse(const char *value)
{
    return (enum awsc_lambda_propagate_tags_mode)awsc_enum_parse(&T.strings[8334], 2, value);
}

const char *awsc_lambda_propagate_tags_mode_str(enum awsc_lambda_propagate_tags_mode value)
{
    return awsc_enum_str(&T.strings[8334], 2, (int)value);
}

enum awsc_lambda_provisioned_concurrency_status_enum awsc_lambda_provisioned_concurrency_status_enum_parse(const char *value)
{
    return (enum awsc_lambda_provisioned_concurrency_status_enum)awsc_enum_parse(&T.strings[8394], 3, value);
}

const char *awsc_lambda_provisioned_concurrency_status_enum_str(enum awsc_lambda_provisioned_concurrency_status_enum value)
{
    return awsc_enum_str(&T.strings[8394], 3, (int)value);
}

enum awsc_lambda_recursive_loop awsc_lambda_recursive_loop_parse(const char *value)
{
    return (enum awsc_lambda_recursive_loop)awsc_enum_parse(&T.strings[8584], 2, value);
}

const char *awsc_lambda_recursive_loop_str(enum awsc_lambda_recursive_loop value)
{
    return awsc_enum_str(&T.strings[8584], 2, (int)value);
}

enum awsc_lambda_response_streaming_invocation_type awsc_lambda_response_streaming_invocation_type_parse(const char *value)
{
    return (enum awsc_lambda_response_streaming_invocation_type)awsc_enum_parse(&T.strings[8726], 2, value);
}

const char *awsc_lambda_response_streaming_invocation_type_str(enum awsc_lambda_response_streaming_invocation_type value)
{
    return awsc_enum_str(&T.strings[8726], 2, (int)value);
}

enum awsc_lambda_runtime awsc_lambda_runtime_parse(const char *value)
{
    return (enum awsc_lambda_runtime)awsc_enum_parse(&T.strings[8788], 51, value);
}

const char *awsc_lambda_runtime_str(enum awsc_lambda_runtime value)
{
    return awsc_enum_str(&T.strings[8788], 51, (int)value);
}

enum awsc_lambda_s3_object_storage_mode awsc_lambda_s3_object_storage_mode_parse(const char *value)
{
    return (enum awsc_lambda_s3_object_storage_mode)awsc_enum_parse(&T.strings[9407], 2, value);
}

const char *awsc_lambda_s3_object_storage_mode_str(enum awsc_lambda_s3_object_storage_mode value)
{
    return awsc_enum_str(&T.strings[9407], 2, (int)value);
}

enum awsc_lambda_schema_registry_event_record_format awsc_lambda_schema_registry_event_record_format_parse(const char *value)
{
    return (enum awsc_lambda_schema_registry_event_record_format)awsc_enum_parse(&T.strings[9441], 2, value);
}

const char *awsc_lambda_schema_registry_event_record_format_str(enum awsc_lambda_schema_registry_event_record_format value)
{
    return awsc_enum_str(&T.strings[9441], 2, (int)value);
}

enum awsc_lambda_snap_start_apply_on awsc_lambda_snap_start_apply_on_parse(const char *value)
{
    return (enum awsc_lambda_snap_start_apply_on)awsc_enum_parse(&T.strings[9559], 2, value);
}

const char *awsc_lambda_snap_start_apply_on_str(enum awsc_lambda_snap_start_apply_on value)
{
    return awsc_enum_str(&T.strings[9559], 2, (int)value);
}

enum awsc_lambda_snap_start_optimization_status awsc_lambda_snap_start_optimization_status_parse(const char *value)
{
    return (enum awsc_lambda_snap_start_optimization_status)awsc_enum_parse(&T.strings[9628], 2, value);
}

const char *awsc_lambda_snap_start_optimization_status_str(enum awsc_lambda_snap_start_optimization_status value)
{
    return awsc_enum_str(&T.strings[9628], 2, (int)value);
}

enum awsc_lambda_source_access_type awsc_lambda_source_access_type_parse(const char *value)
{
    return (enum awsc_lambda_source_access_type)awsc_enum_parse(&T.strings[9718], 8, value);
}

const char *awsc_lambda_source_access_type_str(enum awsc_lambda_source_access_type value)
{
    return awsc_enum_str(&T.strings[9718], 8, (int)value);
}

enum awsc_lambda_state awsc_lambda_state_parse(const char *value)
{
    return (enum awsc_lambda_state)awsc_enum_parse(&T.strings[9867], 8, value);
}

const char *awsc_lambda_state_str(enum awsc_lambda_state value)
{
    return awsc_enum_str(&T.strings[9867], 8, (int)value);
}

enum awsc_lambda_state_reason_code awsc_lambda_state_reason_code_parse(const char *value)
{
    return (enum awsc_lambda_state_reason_code)awsc_enum_parse(&T.strings[9951], 40, value);
}

const char *awsc_lambda_state_reason_code_str(enum awsc_lambda_state_reason_code value)
{
    return awsc_enum_str(&T.strings[9951], 40, (int)value);
}

enum awsc_lambda_system_log_level awsc_lambda_system_log_level_parse(const char *value)
{
    return (enum awsc_lambda_system_log_level)awsc_enum_parse(&T.strings[3827], 3, value);
}

const char *awsc_lambda_system_log_level_str(enum awsc_lambda_system_log_level value)
{
    return awsc_enum_str(&T.strings[3827], 3, (int)value);
}

enum awsc_lambda_tenant_isolation_mode awsc_lambda_tenant_isolation_mode_parse(const char *value)
{
    return (enum awsc_lambda_tenant_isolation_mode)awsc_enum_parse(&T.strings[10957], 1, value);
}

const char *awsc_lambda_tenant_isolation_mode_str(enum awsc_lambda_tenant_isolation_mode value)
{
    return awsc_enum_str(&T.strings[10957], 1, (int)value);
}

enum awsc_lambda_throttle_reason awsc_lambda_throttle_reason_parse(const char *value)
{
    return (enum awsc_lambda_throttle_reason)awsc_enum_parse(&T.strings[10968], 6, value);
}

const char *awsc_lambda_throttle_reason_str(enum awsc_lambda_throttle_reason value)
{
    return awsc_enum_str(&T.strings[10968], 6, (int)value);
}

enum awsc_lambda_tracing_mode awsc_lambda_tracing_mode_parse(const char *value)
{
    return (enum awsc_lambda_tracing_mode)awsc_enum_parse(&T.strings[11269], 2, value);
}

const char *awsc_lambda_tracing_mode_str(enum awsc_lambda_tracing_mode value)
{
    return awsc_enum_str(&T.strings[11269], 2, (int)value);
}

enum awsc_lambda_update_runtime_on awsc_lambda_update_runtime_on_parse(const char *value)
{
    return (enum awsc_lambda_update_runtime_on)awsc_enum_parse(&T.strings[11341], 3, value);
}

const char *awsc_lambda_update_runtime_on_str(enum awsc_lambda_update_runtime_on value)
{
    return awsc_enum_str(&T.strings[11341], 3, (int)value);
}

#undef PREF
#undef PAGERS
#undef RULES_REF
#undef RULES
#undef SHAPE_NAME
#undef MREF
#undef REF
#undef T
