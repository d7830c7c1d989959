/*
 * lambda_pagers.c - paginators and waiters of Lambda: their
 * descriptors and JMESPath expressions compiled into node tables, and the
 * typed wrappers around <awsc/paginate.h> and <awsc/wait.h>. Generated
 * from the service model by awsc's generator; do not edit.
 */
#include <awsc/lambda.h>

/*
 * The paginators, waiters, their expressions (compiled into node tables)
 * and names in one object, so that each refers to another by its distance
 * from it (awsc_ref, <awsc/shape.h>): plain read-only data, with no
 * relocation at load time. PREF(field, target) is the reference stored at
 * field that names target.
 */
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
#define PAGERS awsc__lambda_pagers
#define PREF(field, target) AWSC_REF(PAGERS.field, PAGERS.target)
#pragma GCC diagnostic ignored "-Woverlength-strings"

const struct awsc__lambda_pagers PAGERS = {
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
};
#endif

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

int awsc_lambda_get_durable_execution_history_paginate(struct awsc_client *client,
                                                       const struct awsc_lambda_get_durable_execution_history_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[0], input, options, pager, err);
}

int awsc_lambda_get_durable_execution_history_next_page(struct awsc_pager *pager,
                                                        struct awsc_lambda_get_durable_execution_history_output **page,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[0], page, err);
}

static void pg_0_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_get_durable_execution_history_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_get_durable_execution_history_next_page_async(struct awsc_pager *pager,
                                                              awsc_lambda_get_durable_execution_history_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_durable_execution_history_next_item(struct awsc_pager *pager,
                                                        const struct awsc_lambda_event **item,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[0], false, item, err);
}

static void pg_0_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_get_durable_execution_history_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_get_durable_execution_history_next_item_async(struct awsc_pager *pager,
                                                              awsc_lambda_get_durable_execution_history_item_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_durable_execution_history_collect(struct awsc_pager *pager,
                                                      struct awsc_lambda_get_durable_execution_history_output **output,
                                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[0], output, err);
}

int awsc_lambda_get_durable_execution_state_paginate(struct awsc_client *client,
                                                     const struct awsc_lambda_get_durable_execution_state_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[1], input, options, pager, err);
}

int awsc_lambda_get_durable_execution_state_next_page(struct awsc_pager *pager,
                                                      struct awsc_lambda_get_durable_execution_state_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[1], page, err);
}

static void pg_1_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_get_durable_execution_state_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_get_durable_execution_state_next_page_async(struct awsc_pager *pager,
                                                            awsc_lambda_get_durable_execution_state_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_durable_execution_state_next_item(struct awsc_pager *pager,
                                                      const struct awsc_lambda_operation **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[1], false, item, err);
}

static void pg_1_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_get_durable_execution_state_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_get_durable_execution_state_next_item_async(struct awsc_pager *pager,
                                                            awsc_lambda_get_durable_execution_state_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_get_durable_execution_state_collect(struct awsc_pager *pager,
                                                    struct awsc_lambda_get_durable_execution_state_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[1], output, err);
}

int awsc_lambda_list_aliases_paginate(struct awsc_client *client,
                                      const struct awsc_lambda_list_aliases_input *input,
                                      const struct awsc_page_options *options,
                                      struct awsc_pager **pager,
                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[2], input, options, pager, err);
}

int awsc_lambda_list_aliases_next_page(struct awsc_pager *pager,
                                       struct awsc_lambda_list_aliases_output **page,
                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[2], page, err);
}

static void pg_2_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_aliases_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_aliases_next_page_async(struct awsc_pager *pager,
                                             awsc_lambda_list_aliases_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_aliases_next_item(struct awsc_pager *pager,
                                       const struct awsc_lambda_alias_configuration **item,
                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[2], false, item, err);
}

static void pg_2_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_aliases_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_aliases_next_item_async(struct awsc_pager *pager,
                                             awsc_lambda_list_aliases_item_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_aliases_collect(struct awsc_pager *pager,
                                     struct awsc_lambda_list_aliases_output **output,
                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[2], output, err);
}

int awsc_lambda_list_capacity_providers_paginate(struct awsc_client *client,
                                                 const struct awsc_lambda_list_capacity_providers_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[3], input, options, pager, err);
}

int awsc_lambda_list_capacity_providers_next_page(struct awsc_pager *pager,
                                                  struct awsc_lambda_list_capacity_providers_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[3], page, err);
}

static void pg_3_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_capacity_providers_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_capacity_providers_next_page_async(struct awsc_pager *pager,
                                                        awsc_lambda_list_capacity_providers_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_capacity_providers_next_item(struct awsc_pager *pager,
                                                  const struct awsc_lambda_capacity_provider **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[3], false, item, err);
}

static void pg_3_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_capacity_providers_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_capacity_providers_next_item_async(struct awsc_pager *pager,
                                                        awsc_lambda_list_capacity_providers_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_capacity_providers_collect(struct awsc_pager *pager,
                                                struct awsc_lambda_list_capacity_providers_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[3], output, err);
}

int awsc_lambda_list_code_signing_configs_paginate(struct awsc_client *client,
                                                   const struct awsc_lambda_list_code_signing_configs_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[4], input, options, pager, err);
}

int awsc_lambda_list_code_signing_configs_next_page(struct awsc_pager *pager,
                                                    struct awsc_lambda_list_code_signing_configs_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[4], page, err);
}

static void pg_4_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_code_signing_configs_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_code_signing_configs_next_page_async(struct awsc_pager *pager,
                                                          awsc_lambda_list_code_signing_configs_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_code_signing_configs_next_item(struct awsc_pager *pager,
                                                    const struct awsc_lambda_code_signing_config **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[4], false, item, err);
}

static void pg_4_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_code_signing_configs_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_code_signing_configs_next_item_async(struct awsc_pager *pager,
                                                          awsc_lambda_list_code_signing_configs_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_code_signing_configs_collect(struct awsc_pager *pager,
                                                  struct awsc_lambda_list_code_signing_configs_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[4], output, err);
}

int awsc_lambda_list_durable_executions_by_function_paginate(struct awsc_client *client,
                                                             const struct awsc_lambda_list_durable_executions_by_function_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[5], input, options, pager, err);
}

int awsc_lambda_list_durable_executions_by_function_next_page(struct awsc_pager *pager,
                                                              struct awsc_lambda_list_durable_executions_by_function_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[5], page, err);
}

static void pg_5_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_durable_executions_by_function_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_durable_executions_by_function_next_page_async(struct awsc_pager *pager,
                                                                    awsc_lambda_list_durable_executions_by_function_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[5], pg_5_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_durable_executions_by_function_next_item(struct awsc_pager *pager,
                                                              const struct awsc_lambda_execution **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[5], false, item, err);
}

static void pg_5_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_durable_executions_by_function_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_durable_executions_by_function_next_item_async(struct awsc_pager *pager,
                                                                    awsc_lambda_list_durable_executions_by_function_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[5], pg_5_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_durable_executions_by_function_collect(struct awsc_pager *pager,
                                                            struct awsc_lambda_list_durable_executions_by_function_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[5], output, err);
}

int awsc_lambda_list_event_source_mappings_paginate(struct awsc_client *client,
                                                    const struct awsc_lambda_list_event_source_mappings_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[6], input, options, pager, err);
}

int awsc_lambda_list_event_source_mappings_next_page(struct awsc_pager *pager,
                                                     struct awsc_lambda_list_event_source_mappings_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[6], page, err);
}

static void pg_6_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_event_source_mappings_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_event_source_mappings_next_page_async(struct awsc_pager *pager,
                                                           awsc_lambda_list_event_source_mappings_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[6], pg_6_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_event_source_mappings_next_item(struct awsc_pager *pager,
                                                     const struct awsc_lambda_event_source_mapping_configuration **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[6], false, item, err);
}

static void pg_6_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_event_source_mappings_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_event_source_mappings_next_item_async(struct awsc_pager *pager,
                                                           awsc_lambda_list_event_source_mappings_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[6], pg_6_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_event_source_mappings_collect(struct awsc_pager *pager,
                                                   struct awsc_lambda_list_event_source_mappings_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[6], output, err);
}

int awsc_lambda_list_function_event_invoke_configs_paginate(struct awsc_client *client,
                                                            const struct awsc_lambda_list_function_event_invoke_configs_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[7], input, options, pager, err);
}

int awsc_lambda_list_function_event_invoke_configs_next_page(struct awsc_pager *pager,
                                                             struct awsc_lambda_list_function_event_invoke_configs_output **page,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[7], page, err);
}

static void pg_7_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_function_event_invoke_configs_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_function_event_invoke_configs_next_page_async(struct awsc_pager *pager,
                                                                   awsc_lambda_list_function_event_invoke_configs_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[7], pg_7_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_function_event_invoke_configs_next_item(struct awsc_pager *pager,
                                                             const struct awsc_lambda_function_event_invoke_config **item,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[7], false, item, err);
}

static void pg_7_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_function_event_invoke_configs_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_function_event_invoke_configs_next_item_async(struct awsc_pager *pager,
                                                                   awsc_lambda_list_function_event_invoke_configs_item_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[7], pg_7_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_function_event_invoke_configs_collect(struct awsc_pager *pager,
                                                           struct awsc_lambda_list_function_event_invoke_configs_output **output,
                                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[7], output, err);
}

int awsc_lambda_list_function_url_configs_paginate(struct awsc_client *client,
                                                   const struct awsc_lambda_list_function_url_configs_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[8], input, options, pager, err);
}

int awsc_lambda_list_function_url_configs_next_page(struct awsc_pager *pager,
                                                    struct awsc_lambda_list_function_url_configs_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[8], page, err);
}

static void pg_8_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_function_url_configs_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_function_url_configs_next_page_async(struct awsc_pager *pager,
                                                          awsc_lambda_list_function_url_configs_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[8], pg_8_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_function_url_configs_next_item(struct awsc_pager *pager,
                                                    const struct awsc_lambda_function_url_config **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[8], false, item, err);
}

static void pg_8_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_function_url_configs_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_function_url_configs_next_item_async(struct awsc_pager *pager,
                                                          awsc_lambda_list_function_url_configs_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[8], pg_8_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_function_url_configs_collect(struct awsc_pager *pager,
                                                  struct awsc_lambda_list_function_url_configs_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[8], output, err);
}

int awsc_lambda_list_function_versions_by_capacity_provider_paginate(struct awsc_client *client,
                                                                     const struct awsc_lambda_list_function_versions_by_capacity_provider_input *input,
                                                                     const struct awsc_page_options *options,
                                                                     struct awsc_pager **pager,
                                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[9], input, options, pager, err);
}

int awsc_lambda_list_function_versions_by_capacity_provider_next_page(struct awsc_pager *pager,
                                                                      struct awsc_lambda_list_function_versions_by_capacity_provider_output **page,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[9], page, err);
}

static void pg_9_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_function_versions_by_capacity_provider_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_function_versions_by_capacity_provider_next_page_async(struct awsc_pager *pager,
                                                                            awsc_lambda_list_function_versions_by_capacity_provider_cb *cb,
                                                                            void *user_data,
                                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[9], pg_9_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_function_versions_by_capacity_provider_next_item(struct awsc_pager *pager,
                                                                      const struct awsc_lambda_function_versions_by_capacity_provider_list_item **item,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[9], false, item, err);
}

static void pg_9_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_function_versions_by_capacity_provider_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_function_versions_by_capacity_provider_next_item_async(struct awsc_pager *pager,
                                                                            awsc_lambda_list_function_versions_by_capacity_provider_item_cb *cb,
                                                                            void *user_data,
                                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[9], pg_9_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_function_versions_by_capacity_provider_collect(struct awsc_pager *pager,
                                                                    struct awsc_lambda_list_function_versions_by_capacity_provider_output **output,
                                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[9], output, err);
}

int awsc_lambda_list_functions_paginate(struct awsc_client *client,
                                        const struct awsc_lambda_list_functions_input *input,
                                        const struct awsc_page_options *options,
                                        struct awsc_pager **pager,
                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[10], input, options, pager, err);
}

int awsc_lambda_list_functions_next_page(struct awsc_pager *pager,
                                         struct awsc_lambda_list_functions_output **page,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[10], page, err);
}

static void pg_10_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_functions_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_functions_next_page_async(struct awsc_pager *pager,
                                               awsc_lambda_list_functions_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[10], pg_10_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_functions_next_item(struct awsc_pager *pager,
                                         const struct awsc_lambda_function_configuration **item,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[10], false, item, err);
}

static void pg_10_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_functions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_functions_next_item_async(struct awsc_pager *pager,
                                               awsc_lambda_list_functions_item_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[10], pg_10_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_functions_collect(struct awsc_pager *pager,
                                       struct awsc_lambda_list_functions_output **output,
                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[10], output, err);
}

int awsc_lambda_list_functions_by_code_signing_config_paginate(struct awsc_client *client,
                                                               const struct awsc_lambda_list_functions_by_code_signing_config_input *input,
                                                               const struct awsc_page_options *options,
                                                               struct awsc_pager **pager,
                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[11], input, options, pager, err);
}

int awsc_lambda_list_functions_by_code_signing_config_next_page(struct awsc_pager *pager,
                                                                struct awsc_lambda_list_functions_by_code_signing_config_output **page,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[11], page, err);
}

static void pg_11_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_functions_by_code_signing_config_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_functions_by_code_signing_config_next_page_async(struct awsc_pager *pager,
                                                                      awsc_lambda_list_functions_by_code_signing_config_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[11], pg_11_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_functions_by_code_signing_config_next_item(struct awsc_pager *pager,
                                                                const char **item,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[11], true, item, err);
}

static void pg_11_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_functions_by_code_signing_config_item_cb *)cb)(user_data, status, item ? *(const char *const *)item : NULL, err);
}

int awsc_lambda_list_functions_by_code_signing_config_next_item_async(struct awsc_pager *pager,
                                                                      awsc_lambda_list_functions_by_code_signing_config_item_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[11], pg_11_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_functions_by_code_signing_config_collect(struct awsc_pager *pager,
                                                              struct awsc_lambda_list_functions_by_code_signing_config_output **output,
                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[11], output, err);
}

int awsc_lambda_list_layer_versions_paginate(struct awsc_client *client,
                                             const struct awsc_lambda_list_layer_versions_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[12], input, options, pager, err);
}

int awsc_lambda_list_layer_versions_next_page(struct awsc_pager *pager,
                                              struct awsc_lambda_list_layer_versions_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[12], page, err);
}

static void pg_12_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_layer_versions_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_layer_versions_next_page_async(struct awsc_pager *pager,
                                                    awsc_lambda_list_layer_versions_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[12], pg_12_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_layer_versions_next_item(struct awsc_pager *pager,
                                              const struct awsc_lambda_layer_versions_list_item **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[12], false, item, err);
}

static void pg_12_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_layer_versions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_layer_versions_next_item_async(struct awsc_pager *pager,
                                                    awsc_lambda_list_layer_versions_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[12], pg_12_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_layer_versions_collect(struct awsc_pager *pager,
                                            struct awsc_lambda_list_layer_versions_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[12], output, err);
}

int awsc_lambda_list_layers_paginate(struct awsc_client *client,
                                     const struct awsc_lambda_list_layers_input *input,
                                     const struct awsc_page_options *options,
                                     struct awsc_pager **pager,
                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[13], input, options, pager, err);
}

int awsc_lambda_list_layers_next_page(struct awsc_pager *pager,
                                      struct awsc_lambda_list_layers_output **page,
                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[13], page, err);
}

static void pg_13_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_layers_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_layers_next_page_async(struct awsc_pager *pager,
                                            awsc_lambda_list_layers_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[13], pg_13_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_layers_next_item(struct awsc_pager *pager,
                                      const struct awsc_lambda_layers_list_item **item,
                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[13], false, item, err);
}

static void pg_13_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_layers_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_layers_next_item_async(struct awsc_pager *pager,
                                            awsc_lambda_list_layers_item_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[13], pg_13_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_layers_collect(struct awsc_pager *pager,
                                    struct awsc_lambda_list_layers_output **output,
                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[13], output, err);
}

int awsc_lambda_list_provisioned_concurrency_configs_paginate(struct awsc_client *client,
                                                              const struct awsc_lambda_list_provisioned_concurrency_configs_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[14], input, options, pager, err);
}

int awsc_lambda_list_provisioned_concurrency_configs_next_page(struct awsc_pager *pager,
                                                               struct awsc_lambda_list_provisioned_concurrency_configs_output **page,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[14], page, err);
}

static void pg_14_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_provisioned_concurrency_configs_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_provisioned_concurrency_configs_next_page_async(struct awsc_pager *pager,
                                                                     awsc_lambda_list_provisioned_concurrency_configs_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[14], pg_14_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_provisioned_concurrency_configs_next_item(struct awsc_pager *pager,
                                                               const struct awsc_lambda_provisioned_concurrency_config_list_item **item,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[14], false, item, err);
}

static void pg_14_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_provisioned_concurrency_configs_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_provisioned_concurrency_configs_next_item_async(struct awsc_pager *pager,
                                                                     awsc_lambda_list_provisioned_concurrency_configs_item_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[14], pg_14_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_provisioned_concurrency_configs_collect(struct awsc_pager *pager,
                                                             struct awsc_lambda_list_provisioned_concurrency_configs_output **output,
                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[14], output, err);
}

int awsc_lambda_list_versions_by_function_paginate(struct awsc_client *client,
                                                   const struct awsc_lambda_list_versions_by_function_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[15], input, options, pager, err);
}

int awsc_lambda_list_versions_by_function_next_page(struct awsc_pager *pager,
                                                    struct awsc_lambda_list_versions_by_function_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[15], page, err);
}

static void pg_15_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_lambda_list_versions_by_function_cb *)cb)(user_data, status, page, err);
}

int awsc_lambda_list_versions_by_function_next_page_async(struct awsc_pager *pager,
                                                          awsc_lambda_list_versions_by_function_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[15], pg_15_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_versions_by_function_next_item(struct awsc_pager *pager,
                                                    const struct awsc_lambda_function_configuration **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[15], false, item, err);
}

static void pg_15_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_lambda_list_versions_by_function_item_cb *)cb)(user_data, status, item, err);
}

int awsc_lambda_list_versions_by_function_next_item_async(struct awsc_pager *pager,
                                                          awsc_lambda_list_versions_by_function_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[15], pg_15_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_lambda_list_versions_by_function_collect(struct awsc_pager *pager,
                                                  struct awsc_lambda_list_versions_by_function_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[15], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */

/* ------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

int awsc_lambda_wait_function_active(struct awsc_client *client,
                                     const struct awsc_lambda_get_function_configuration_input *input,
                                     const struct awsc_wait_options *options,
                                     struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[0], input, options, err);
}

int awsc_lambda_wait_function_active_async(struct awsc_client *client,
                                           const struct awsc_lambda_get_function_configuration_input *input,
                                           const struct awsc_wait_options *options,
                                           awsc_wait_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[0], input, options, cb, user_data, err);
}

int awsc_lambda_wait_function_active_v2(struct awsc_client *client,
                                        const struct awsc_lambda_get_function_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[1], input, options, err);
}

int awsc_lambda_wait_function_active_v2_async(struct awsc_client *client,
                                              const struct awsc_lambda_get_function_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[1], input, options, cb, user_data, err);
}

int awsc_lambda_wait_function_exists(struct awsc_client *client,
                                     const struct awsc_lambda_get_function_input *input,
                                     const struct awsc_wait_options *options,
                                     struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[2], input, options, err);
}

int awsc_lambda_wait_function_exists_async(struct awsc_client *client,
                                           const struct awsc_lambda_get_function_input *input,
                                           const struct awsc_wait_options *options,
                                           awsc_wait_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[2], input, options, cb, user_data, err);
}

int awsc_lambda_wait_function_updated(struct awsc_client *client,
                                      const struct awsc_lambda_get_function_configuration_input *input,
                                      const struct awsc_wait_options *options,
                                      struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[3], input, options, err);
}

int awsc_lambda_wait_function_updated_async(struct awsc_client *client,
                                            const struct awsc_lambda_get_function_configuration_input *input,
                                            const struct awsc_wait_options *options,
                                            awsc_wait_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[3], input, options, cb, user_data, err);
}

int awsc_lambda_wait_function_updated_v2(struct awsc_client *client,
                                         const struct awsc_lambda_get_function_input *input,
                                         const struct awsc_wait_options *options,
                                         struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[4], input, options, err);
}

int awsc_lambda_wait_function_updated_v2_async(struct awsc_client *client,
                                               const struct awsc_lambda_get_function_input *input,
                                               const struct awsc_wait_options *options,
                                               awsc_wait_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[4], input, options, cb, user_data, err);
}

int awsc_lambda_wait_published_version_active(struct awsc_client *client,
                                              const struct awsc_lambda_get_function_configuration_input *input,
                                              const struct awsc_wait_options *options,
                                              struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[5], input, options, err);
}

int awsc_lambda_wait_published_version_active_async(struct awsc_client *client,
                                                    const struct awsc_lambda_get_function_configuration_input *input,
                                                    const struct awsc_wait_options *options,
                                                    awsc_wait_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[5], input, options, cb, user_data, err);
}
#endif /* AWSC_WITH_WAITERS */
