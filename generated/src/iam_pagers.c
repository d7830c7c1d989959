/*
 * iam_pagers.c - paginators and waiters of IAM: their
 * descriptors and JMESPath expressions compiled into node tables, and the
 * typed wrappers around <awsc/paginate.h> and <awsc/wait.h>. Generated
 * from the service model by awsc's generator; do not edit.
 */
#include <awsc/iam.h>

/*
 * The paginators, waiters, their expressions (compiled into node tables)
 * and names in one object, so that each refers to another by its distance
 * from it (awsc_ref, <awsc/shape.h>): plain read-only data, with no
 * relocation at load time. PREF(field, target) is the reference stored at
 * field that names target.
 */
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
#define PAGERS awsc__iam_pagers
#define PREF(field, target) AWSC_REF(PAGERS.field, PAGERS.target)
#pragma GCC diagnostic ignored "-Woverlength-strings"

const struct awsc__iam_pagers PAGERS = {
#if AWSC_WITH_PAGINATORS
    .paginators = {
        [0] = { /* GetAccountAuthorizationDetails */
            .name_ref = PREF(paginators[0].name_ref, strings[0]),
            .operation = 62,
            .input_tokens_ref = PREF(paginators[0].input_tokens_ref, input_tokens[0]),
            .output_tokens_ref = PREF(paginators[0].output_tokens_ref, expr_refs[0]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[0].more_results_ref, exprs[1]),
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[0].result_keys_ref, expr_refs[1]),
            .result_key_count = 4,
        },
        [1] = { /* GetGroup */
            .name_ref = PREF(paginators[1].name_ref, strings[31]),
            .operation = 69,
            .input_tokens_ref = PREF(paginators[1].input_tokens_ref, input_tokens[1]),
            .output_tokens_ref = PREF(paginators[1].output_tokens_ref, expr_refs[5]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[1].more_results_ref, exprs[7]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[1].result_keys_ref, expr_refs[6]),
            .result_key_count = 1,
            .non_aggregate_keys_ref = PREF(paginators[1].non_aggregate_keys_ref, expr_refs[7]),
            .non_aggregate_key_count = 1,
        },
        [2] = { /* ListAccessKeys */
            .name_ref = PREF(paginators[2].name_ref, strings[40]),
            .operation = 90,
            .input_tokens_ref = PREF(paginators[2].input_tokens_ref, input_tokens[2]),
            .output_tokens_ref = PREF(paginators[2].output_tokens_ref, expr_refs[8]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[2].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[2].result_keys_ref, expr_refs[9]),
            .result_key_count = 1,
        },
        [3] = { /* ListAccountAliases */
            .name_ref = PREF(paginators[3].name_ref, strings[55]),
            .operation = 91,
            .input_tokens_ref = PREF(paginators[3].input_tokens_ref, input_tokens[3]),
            .output_tokens_ref = PREF(paginators[3].output_tokens_ref, expr_refs[10]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[3].more_results_ref, exprs[11]),
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[3].result_keys_ref, expr_refs[11]),
            .result_key_count = 1,
        },
        [4] = { /* ListAttachedGroupPolicies */
            .name_ref = PREF(paginators[4].name_ref, strings[74]),
            .operation = 92,
            .input_tokens_ref = PREF(paginators[4].input_tokens_ref, input_tokens[4]),
            .output_tokens_ref = PREF(paginators[4].output_tokens_ref, expr_refs[12]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[4].more_results_ref, exprs[11]),
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[4].result_keys_ref, expr_refs[13]),
            .result_key_count = 1,
        },
        [5] = { /* ListAttachedRolePolicies */
            .name_ref = PREF(paginators[5].name_ref, strings[100]),
            .operation = 93,
            .input_tokens_ref = PREF(paginators[5].input_tokens_ref, input_tokens[5]),
            .output_tokens_ref = PREF(paginators[5].output_tokens_ref, expr_refs[14]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[5].more_results_ref, exprs[11]),
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[5].result_keys_ref, expr_refs[15]),
            .result_key_count = 1,
        },
        [6] = { /* ListAttachedUserPolicies */
            .name_ref = PREF(paginators[6].name_ref, strings[125]),
            .operation = 94,
            .input_tokens_ref = PREF(paginators[6].input_tokens_ref, input_tokens[6]),
            .output_tokens_ref = PREF(paginators[6].output_tokens_ref, expr_refs[16]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[6].more_results_ref, exprs[11]),
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[6].result_keys_ref, expr_refs[17]),
            .result_key_count = 1,
        },
        [7] = { /* ListEntitiesForPolicy */
            .name_ref = PREF(paginators[7].name_ref, strings[150]),
            .operation = 96,
            .input_tokens_ref = PREF(paginators[7].input_tokens_ref, input_tokens[7]),
            .output_tokens_ref = PREF(paginators[7].output_tokens_ref, expr_refs[18]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[7].more_results_ref, exprs[16]),
            .limit_key = 5,
            .result_keys_ref = PREF(paginators[7].result_keys_ref, expr_refs[19]),
            .result_key_count = 3,
        },
        [8] = { /* ListGroupPolicies */
            .name_ref = PREF(paginators[8].name_ref, strings[172]),
            .operation = 97,
            .input_tokens_ref = PREF(paginators[8].input_tokens_ref, input_tokens[8]),
            .output_tokens_ref = PREF(paginators[8].output_tokens_ref, expr_refs[22]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[8].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[8].result_keys_ref, expr_refs[23]),
            .result_key_count = 1,
        },
        [9] = { /* ListGroups */
            .name_ref = PREF(paginators[9].name_ref, strings[190]),
            .operation = 98,
            .input_tokens_ref = PREF(paginators[9].input_tokens_ref, input_tokens[9]),
            .output_tokens_ref = PREF(paginators[9].output_tokens_ref, expr_refs[24]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[9].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[9].result_keys_ref, expr_refs[25]),
            .result_key_count = 1,
        },
        [10] = { /* ListGroupsForUser */
            .name_ref = PREF(paginators[10].name_ref, strings[201]),
            .operation = 99,
            .input_tokens_ref = PREF(paginators[10].input_tokens_ref, input_tokens[10]),
            .output_tokens_ref = PREF(paginators[10].output_tokens_ref, expr_refs[26]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[10].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[10].result_keys_ref, expr_refs[27]),
            .result_key_count = 1,
        },
        [11] = { /* ListInstanceProfileTags */
            .name_ref = PREF(paginators[11].name_ref, strings[219]),
            .operation = 100,
            .input_tokens_ref = PREF(paginators[11].input_tokens_ref, input_tokens[11]),
            .output_tokens_ref = PREF(paginators[11].output_tokens_ref, expr_refs[28]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[11].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[11].result_keys_ref, expr_refs[29]),
            .result_key_count = 1,
        },
        [12] = { /* ListInstanceProfiles */
            .name_ref = PREF(paginators[12].name_ref, strings[243]),
            .operation = 101,
            .input_tokens_ref = PREF(paginators[12].input_tokens_ref, input_tokens[12]),
            .output_tokens_ref = PREF(paginators[12].output_tokens_ref, expr_refs[30]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[12].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[12].result_keys_ref, expr_refs[31]),
            .result_key_count = 1,
        },
        [13] = { /* ListInstanceProfilesForRole */
            .name_ref = PREF(paginators[13].name_ref, strings[264]),
            .operation = 102,
            .input_tokens_ref = PREF(paginators[13].input_tokens_ref, input_tokens[13]),
            .output_tokens_ref = PREF(paginators[13].output_tokens_ref, expr_refs[32]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[13].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[13].result_keys_ref, expr_refs[33]),
            .result_key_count = 1,
        },
        [14] = { /* ListMFADeviceTags */
            .name_ref = PREF(paginators[14].name_ref, strings[292]),
            .operation = 103,
            .input_tokens_ref = PREF(paginators[14].input_tokens_ref, input_tokens[14]),
            .output_tokens_ref = PREF(paginators[14].output_tokens_ref, expr_refs[34]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[14].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[14].result_keys_ref, expr_refs[35]),
            .result_key_count = 1,
        },
        [15] = { /* ListMFADevices */
            .name_ref = PREF(paginators[15].name_ref, strings[310]),
            .operation = 104,
            .input_tokens_ref = PREF(paginators[15].input_tokens_ref, input_tokens[15]),
            .output_tokens_ref = PREF(paginators[15].output_tokens_ref, expr_refs[36]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[15].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[15].result_keys_ref, expr_refs[37]),
            .result_key_count = 1,
        },
        [16] = { /* ListOpenIDConnectProviderTags */
            .name_ref = PREF(paginators[16].name_ref, strings[325]),
            .operation = 105,
            .input_tokens_ref = PREF(paginators[16].input_tokens_ref, input_tokens[16]),
            .output_tokens_ref = PREF(paginators[16].output_tokens_ref, expr_refs[38]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[16].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[16].result_keys_ref, expr_refs[39]),
            .result_key_count = 1,
        },
        [17] = { /* ListPolicies */
            .name_ref = PREF(paginators[17].name_ref, strings[355]),
            .operation = 108,
            .input_tokens_ref = PREF(paginators[17].input_tokens_ref, input_tokens[17]),
            .output_tokens_ref = PREF(paginators[17].output_tokens_ref, expr_refs[40]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[17].more_results_ref, exprs[11]),
            .limit_key = 5,
            .result_keys_ref = PREF(paginators[17].result_keys_ref, expr_refs[41]),
            .result_key_count = 1,
        },
        [18] = { /* ListPolicyTags */
            .name_ref = PREF(paginators[18].name_ref, strings[368]),
            .operation = 110,
            .input_tokens_ref = PREF(paginators[18].input_tokens_ref, input_tokens[18]),
            .output_tokens_ref = PREF(paginators[18].output_tokens_ref, expr_refs[42]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[18].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[18].result_keys_ref, expr_refs[43]),
            .result_key_count = 1,
        },
        [19] = { /* ListPolicyVersions */
            .name_ref = PREF(paginators[19].name_ref, strings[383]),
            .operation = 111,
            .input_tokens_ref = PREF(paginators[19].input_tokens_ref, input_tokens[19]),
            .output_tokens_ref = PREF(paginators[19].output_tokens_ref, expr_refs[44]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[19].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[19].result_keys_ref, expr_refs[45]),
            .result_key_count = 1,
        },
        [20] = { /* ListRolePolicies */
            .name_ref = PREF(paginators[20].name_ref, strings[402]),
            .operation = 112,
            .input_tokens_ref = PREF(paginators[20].input_tokens_ref, input_tokens[20]),
            .output_tokens_ref = PREF(paginators[20].output_tokens_ref, expr_refs[46]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[20].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[20].result_keys_ref, expr_refs[47]),
            .result_key_count = 1,
        },
        [21] = { /* ListRoleTags */
            .name_ref = PREF(paginators[21].name_ref, strings[419]),
            .operation = 113,
            .input_tokens_ref = PREF(paginators[21].input_tokens_ref, input_tokens[21]),
            .output_tokens_ref = PREF(paginators[21].output_tokens_ref, expr_refs[48]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[21].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[21].result_keys_ref, expr_refs[49]),
            .result_key_count = 1,
        },
        [22] = { /* ListRoles */
            .name_ref = PREF(paginators[22].name_ref, strings[432]),
            .operation = 114,
            .input_tokens_ref = PREF(paginators[22].input_tokens_ref, input_tokens[22]),
            .output_tokens_ref = PREF(paginators[22].output_tokens_ref, expr_refs[50]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[22].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[22].result_keys_ref, expr_refs[51]),
            .result_key_count = 1,
        },
        [23] = { /* ListSAMLProviderTags */
            .name_ref = PREF(paginators[23].name_ref, strings[442]),
            .operation = 115,
            .input_tokens_ref = PREF(paginators[23].input_tokens_ref, input_tokens[23]),
            .output_tokens_ref = PREF(paginators[23].output_tokens_ref, expr_refs[52]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[23].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[23].result_keys_ref, expr_refs[53]),
            .result_key_count = 1,
        },
        [24] = { /* ListSSHPublicKeys */
            .name_ref = PREF(paginators[24].name_ref, strings[463]),
            .operation = 117,
            .input_tokens_ref = PREF(paginators[24].input_tokens_ref, input_tokens[24]),
            .output_tokens_ref = PREF(paginators[24].output_tokens_ref, expr_refs[54]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[24].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[24].result_keys_ref, expr_refs[55]),
            .result_key_count = 1,
        },
        [25] = { /* ListServerCertificateTags */
            .name_ref = PREF(paginators[25].name_ref, strings[481]),
            .operation = 118,
            .input_tokens_ref = PREF(paginators[25].input_tokens_ref, input_tokens[25]),
            .output_tokens_ref = PREF(paginators[25].output_tokens_ref, expr_refs[56]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[25].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[25].result_keys_ref, expr_refs[57]),
            .result_key_count = 1,
        },
        [26] = { /* ListServerCertificates */
            .name_ref = PREF(paginators[26].name_ref, strings[507]),
            .operation = 119,
            .input_tokens_ref = PREF(paginators[26].input_tokens_ref, input_tokens[26]),
            .output_tokens_ref = PREF(paginators[26].output_tokens_ref, expr_refs[58]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[26].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[26].result_keys_ref, expr_refs[59]),
            .result_key_count = 1,
        },
        [27] = { /* ListSigningCertificates */
            .name_ref = PREF(paginators[27].name_ref, strings[530]),
            .operation = 121,
            .input_tokens_ref = PREF(paginators[27].input_tokens_ref, input_tokens[27]),
            .output_tokens_ref = PREF(paginators[27].output_tokens_ref, expr_refs[60]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[27].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[27].result_keys_ref, expr_refs[61]),
            .result_key_count = 1,
        },
        [28] = { /* ListUserPolicies */
            .name_ref = PREF(paginators[28].name_ref, strings[554]),
            .operation = 122,
            .input_tokens_ref = PREF(paginators[28].input_tokens_ref, input_tokens[28]),
            .output_tokens_ref = PREF(paginators[28].output_tokens_ref, expr_refs[62]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[28].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[28].result_keys_ref, expr_refs[63]),
            .result_key_count = 1,
        },
        [29] = { /* ListUserTags */
            .name_ref = PREF(paginators[29].name_ref, strings[571]),
            .operation = 123,
            .input_tokens_ref = PREF(paginators[29].input_tokens_ref, input_tokens[29]),
            .output_tokens_ref = PREF(paginators[29].output_tokens_ref, expr_refs[64]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[29].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[29].result_keys_ref, expr_refs[65]),
            .result_key_count = 1,
        },
        [30] = { /* ListUsers */
            .name_ref = PREF(paginators[30].name_ref, strings[584]),
            .operation = 124,
            .input_tokens_ref = PREF(paginators[30].input_tokens_ref, input_tokens[30]),
            .output_tokens_ref = PREF(paginators[30].output_tokens_ref, expr_refs[66]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[30].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[30].result_keys_ref, expr_refs[67]),
            .result_key_count = 1,
        },
        [31] = { /* ListVirtualMFADevices */
            .name_ref = PREF(paginators[31].name_ref, strings[594]),
            .operation = 125,
            .input_tokens_ref = PREF(paginators[31].input_tokens_ref, input_tokens[31]),
            .output_tokens_ref = PREF(paginators[31].output_tokens_ref, expr_refs[68]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[31].more_results_ref, exprs[11]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[31].result_keys_ref, expr_refs[69]),
            .result_key_count = 1,
        },
        [32] = { /* SimulateCustomPolicy */
            .name_ref = PREF(paginators[32].name_ref, strings[616]),
            .operation = 140,
            .input_tokens_ref = PREF(paginators[32].input_tokens_ref, input_tokens[32]),
            .output_tokens_ref = PREF(paginators[32].output_tokens_ref, expr_refs[70]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[32].more_results_ref, exprs[11]),
            .limit_key = 10,
            .result_keys_ref = PREF(paginators[32].result_keys_ref, expr_refs[71]),
            .result_key_count = 1,
        },
        [33] = { /* SimulatePrincipalPolicy */
            .name_ref = PREF(paginators[33].name_ref, strings[637]),
            .operation = 141,
            .input_tokens_ref = PREF(paginators[33].input_tokens_ref, input_tokens[33]),
            .output_tokens_ref = PREF(paginators[33].output_tokens_ref, expr_refs[72]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[33].more_results_ref, exprs[11]),
            .limit_key = 11,
            .result_keys_ref = PREF(paginators[33].result_keys_ref, expr_refs[73]),
            .result_key_count = 1,
        },
    },
    .input_tokens = {
        2, /* Marker */
        1, /* Marker */
        1, /* Marker */
        0, /* Marker */
        2, /* Marker */
        2, /* Marker */
        2, /* Marker */
        4, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        4, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        1, /* Marker */
        11, /* Marker */
        12, /* Marker */
    },
    .expr_refs = {
        PREF(expr_refs[0], exprs[0]), /* Marker */
        PREF(expr_refs[1], exprs[2]), /* UserDetailList */
        PREF(expr_refs[2], exprs[3]), /* GroupDetailList */
        PREF(expr_refs[3], exprs[4]), /* RoleDetailList */
        PREF(expr_refs[4], exprs[5]), /* Policies */
        PREF(expr_refs[5], exprs[6]), /* Marker */
        PREF(expr_refs[6], exprs[8]), /* Users */
        PREF(expr_refs[7], exprs[9]), /* Group */
        PREF(expr_refs[8], exprs[10]), /* Marker */
        PREF(expr_refs[9], exprs[12]), /* AccessKeyMetadata */
        PREF(expr_refs[10], exprs[10]), /* Marker */
        PREF(expr_refs[11], exprs[13]), /* AccountAliases */
        PREF(expr_refs[12], exprs[10]), /* Marker */
        PREF(expr_refs[13], exprs[14]), /* AttachedPolicies */
        PREF(expr_refs[14], exprs[10]), /* Marker */
        PREF(expr_refs[15], exprs[14]), /* AttachedPolicies */
        PREF(expr_refs[16], exprs[10]), /* Marker */
        PREF(expr_refs[17], exprs[14]), /* AttachedPolicies */
        PREF(expr_refs[18], exprs[15]), /* Marker */
        PREF(expr_refs[19], exprs[17]), /* PolicyGroups */
        PREF(expr_refs[20], exprs[18]), /* PolicyUsers */
        PREF(expr_refs[21], exprs[19]), /* PolicyRoles */
        PREF(expr_refs[22], exprs[10]), /* Marker */
        PREF(expr_refs[23], exprs[20]), /* PolicyNames */
        PREF(expr_refs[24], exprs[10]), /* Marker */
        PREF(expr_refs[25], exprs[21]), /* Groups */
        PREF(expr_refs[26], exprs[10]), /* Marker */
        PREF(expr_refs[27], exprs[21]), /* Groups */
        PREF(expr_refs[28], exprs[10]), /* Marker */
        PREF(expr_refs[29], exprs[22]), /* Tags */
        PREF(expr_refs[30], exprs[10]), /* Marker */
        PREF(expr_refs[31], exprs[23]), /* InstanceProfiles */
        PREF(expr_refs[32], exprs[10]), /* Marker */
        PREF(expr_refs[33], exprs[23]), /* InstanceProfiles */
        PREF(expr_refs[34], exprs[10]), /* Marker */
        PREF(expr_refs[35], exprs[22]), /* Tags */
        PREF(expr_refs[36], exprs[10]), /* Marker */
        PREF(expr_refs[37], exprs[24]), /* MFADevices */
        PREF(expr_refs[38], exprs[10]), /* Marker */
        PREF(expr_refs[39], exprs[22]), /* Tags */
        PREF(expr_refs[40], exprs[10]), /* Marker */
        PREF(expr_refs[41], exprs[25]), /* Policies */
        PREF(expr_refs[42], exprs[10]), /* Marker */
        PREF(expr_refs[43], exprs[22]), /* Tags */
        PREF(expr_refs[44], exprs[10]), /* Marker */
        PREF(expr_refs[45], exprs[26]), /* Versions */
        PREF(expr_refs[46], exprs[10]), /* Marker */
        PREF(expr_refs[47], exprs[20]), /* PolicyNames */
        PREF(expr_refs[48], exprs[10]), /* Marker */
        PREF(expr_refs[49], exprs[22]), /* Tags */
        PREF(expr_refs[50], exprs[10]), /* Marker */
        PREF(expr_refs[51], exprs[27]), /* Roles */
        PREF(expr_refs[52], exprs[10]), /* Marker */
        PREF(expr_refs[53], exprs[22]), /* Tags */
        PREF(expr_refs[54], exprs[10]), /* Marker */
        PREF(expr_refs[55], exprs[28]), /* SSHPublicKeys */
        PREF(expr_refs[56], exprs[10]), /* Marker */
        PREF(expr_refs[57], exprs[22]), /* Tags */
        PREF(expr_refs[58], exprs[10]), /* Marker */
        PREF(expr_refs[59], exprs[29]), /* ServerCertificateMetadataList */
        PREF(expr_refs[60], exprs[10]), /* Marker */
        PREF(expr_refs[61], exprs[30]), /* Certificates */
        PREF(expr_refs[62], exprs[10]), /* Marker */
        PREF(expr_refs[63], exprs[20]), /* PolicyNames */
        PREF(expr_refs[64], exprs[10]), /* Marker */
        PREF(expr_refs[65], exprs[22]), /* Tags */
        PREF(expr_refs[66], exprs[10]), /* Marker */
        PREF(expr_refs[67], exprs[31]), /* Users */
        PREF(expr_refs[68], exprs[10]), /* Marker */
        PREF(expr_refs[69], exprs[32]), /* VirtualMFADevices */
        PREF(expr_refs[70], exprs[10]), /* Marker */
        PREF(expr_refs[71], exprs[33]), /* EvaluationResults */
        PREF(expr_refs[72], exprs[10]), /* Marker */
        PREF(expr_refs[73], exprs[33]), /* EvaluationResults */
    },
#endif
#if AWSC_WITH_WAITERS
    .waiters = {
        [0] = { /* InstanceProfileExists */
            .name_ref = PREF(waiters[0].name_ref, strings[661]),
            .operation = 72,
            .delay = 1,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[0].acceptors_ref, acceptors[0]),
            .acceptor_count = 2,
        },
        [1] = { /* PolicyExists */
            .name_ref = PREF(waiters[1].name_ref, strings[683]),
            .operation = 78,
            .delay = 1,
            .max_attempts = 20,
            .acceptors_ref = PREF(waiters[1].acceptors_ref, acceptors[2]),
            .acceptor_count = 2,
        },
        [2] = { /* RoleExists */
            .name_ref = PREF(waiters[2].name_ref, strings[709]),
            .operation = 80,
            .delay = 1,
            .max_attempts = 20,
            .acceptors_ref = PREF(waiters[2].acceptors_ref, acceptors[4]),
            .acceptor_count = 2,
        },
        [3] = { /* UserExists */
            .name_ref = PREF(waiters[3].name_ref, strings[720]),
            .operation = 88,
            .delay = 1,
            .max_attempts = 20,
            .acceptors_ref = PREF(waiters[3].acceptors_ref, acceptors[6]),
            .acceptor_count = 2,
        },
    },
    .acceptors = {
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 200.0}}, /* InstanceProfileExists: status success */
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_NUMBER, .number = 404.0}}, /* InstanceProfileExists: status retry */
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 200.0}}, /* PolicyExists: status success */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[3].expected.string_ref, strings[696])}}, /* PolicyExists: error retry */
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 200.0}}, /* RoleExists: status success */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[5].expected.string_ref, strings[696])}}, /* RoleExists: error retry */
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 200.0}}, /* UserExists: status success */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[7].expected.string_ref, strings[696])}}, /* UserExists: error retry */
    },
#endif
    .exprs = {
        {.text_ref = PREF(exprs[0].text_ref, strings[731]), .nodes_ref = PREF(exprs[0].nodes_ref, nodes[0]), .node_count = 1}, /* Marker */
        {.text_ref = PREF(exprs[1].text_ref, strings[738]), .nodes_ref = PREF(exprs[1].nodes_ref, nodes[1]), .node_count = 1}, /* IsTruncated */
        {.text_ref = PREF(exprs[2].text_ref, strings[750]), .nodes_ref = PREF(exprs[2].nodes_ref, nodes[2]), .node_count = 1}, /* UserDetailList */
        {.text_ref = PREF(exprs[3].text_ref, strings[765]), .nodes_ref = PREF(exprs[3].nodes_ref, nodes[3]), .node_count = 1}, /* GroupDetailList */
        {.text_ref = PREF(exprs[4].text_ref, strings[781]), .nodes_ref = PREF(exprs[4].nodes_ref, nodes[4]), .node_count = 1}, /* RoleDetailList */
        {.text_ref = PREF(exprs[5].text_ref, strings[796]), .nodes_ref = PREF(exprs[5].nodes_ref, nodes[5]), .node_count = 1}, /* Policies */
        {.text_ref = PREF(exprs[6].text_ref, strings[731]), .nodes_ref = PREF(exprs[6].nodes_ref, nodes[6]), .node_count = 1}, /* Marker */
        {.text_ref = PREF(exprs[7].text_ref, strings[738]), .nodes_ref = PREF(exprs[7].nodes_ref, nodes[7]), .node_count = 1}, /* IsTruncated */
        {.text_ref = PREF(exprs[8].text_ref, strings[805]), .nodes_ref = PREF(exprs[8].nodes_ref, nodes[8]), .node_count = 1}, /* Users */
        {.text_ref = PREF(exprs[9].text_ref, strings[811]), .nodes_ref = PREF(exprs[9].nodes_ref, nodes[9]), .node_count = 1}, /* Group */
        {.text_ref = PREF(exprs[10].text_ref, strings[731]), .nodes_ref = PREF(exprs[10].nodes_ref, nodes[10]), .node_count = 1}, /* Marker */
        {.text_ref = PREF(exprs[11].text_ref, strings[738]), .nodes_ref = PREF(exprs[11].nodes_ref, nodes[11]), .node_count = 1}, /* IsTruncated */
        {.text_ref = PREF(exprs[12].text_ref, strings[817]), .nodes_ref = PREF(exprs[12].nodes_ref, nodes[12]), .node_count = 1}, /* AccessKeyMetadata */
        {.text_ref = PREF(exprs[13].text_ref, strings[835]), .nodes_ref = PREF(exprs[13].nodes_ref, nodes[13]), .node_count = 1}, /* AccountAliases */
        {.text_ref = PREF(exprs[14].text_ref, strings[850]), .nodes_ref = PREF(exprs[14].nodes_ref, nodes[14]), .node_count = 1}, /* AttachedPolicies */
        {.text_ref = PREF(exprs[15].text_ref, strings[731]), .nodes_ref = PREF(exprs[15].nodes_ref, nodes[15]), .node_count = 1}, /* Marker */
        {.text_ref = PREF(exprs[16].text_ref, strings[738]), .nodes_ref = PREF(exprs[16].nodes_ref, nodes[16]), .node_count = 1}, /* IsTruncated */
        {.text_ref = PREF(exprs[17].text_ref, strings[867]), .nodes_ref = PREF(exprs[17].nodes_ref, nodes[17]), .node_count = 1}, /* PolicyGroups */
        {.text_ref = PREF(exprs[18].text_ref, strings[880]), .nodes_ref = PREF(exprs[18].nodes_ref, nodes[18]), .node_count = 1}, /* PolicyUsers */
        {.text_ref = PREF(exprs[19].text_ref, strings[892]), .nodes_ref = PREF(exprs[19].nodes_ref, nodes[19]), .node_count = 1}, /* PolicyRoles */
        {.text_ref = PREF(exprs[20].text_ref, strings[904]), .nodes_ref = PREF(exprs[20].nodes_ref, nodes[20]), .node_count = 1}, /* PolicyNames */
        {.text_ref = PREF(exprs[21].text_ref, strings[916]), .nodes_ref = PREF(exprs[21].nodes_ref, nodes[21]), .node_count = 1}, /* Groups */
        {.text_ref = PREF(exprs[22].text_ref, strings[923]), .nodes_ref = PREF(exprs[22].nodes_ref, nodes[22]), .node_count = 1}, /* Tags */
        {.text_ref = PREF(exprs[23].text_ref, strings[928]), .nodes_ref = PREF(exprs[23].nodes_ref, nodes[23]), .node_count = 1}, /* InstanceProfiles */
        {.text_ref = PREF(exprs[24].text_ref, strings[945]), .nodes_ref = PREF(exprs[24].nodes_ref, nodes[24]), .node_count = 1}, /* MFADevices */
        {.text_ref = PREF(exprs[25].text_ref, strings[796]), .nodes_ref = PREF(exprs[25].nodes_ref, nodes[25]), .node_count = 1}, /* Policies */
        {.text_ref = PREF(exprs[26].text_ref, strings[956]), .nodes_ref = PREF(exprs[26].nodes_ref, nodes[26]), .node_count = 1}, /* Versions */
        {.text_ref = PREF(exprs[27].text_ref, strings[965]), .nodes_ref = PREF(exprs[27].nodes_ref, nodes[27]), .node_count = 1}, /* Roles */
        {.text_ref = PREF(exprs[28].text_ref, strings[971]), .nodes_ref = PREF(exprs[28].nodes_ref, nodes[28]), .node_count = 1}, /* SSHPublicKeys */
        {.text_ref = PREF(exprs[29].text_ref, strings[985]), .nodes_ref = PREF(exprs[29].nodes_ref, nodes[29]), .node_count = 1}, /* ServerCertificateMetadataList */
        {.text_ref = PREF(exprs[30].text_ref, strings[1015]), .nodes_ref = PREF(exprs[30].nodes_ref, nodes[30]), .node_count = 1}, /* Certificates */
        {.text_ref = PREF(exprs[31].text_ref, strings[805]), .nodes_ref = PREF(exprs[31].nodes_ref, nodes[31]), .node_count = 1}, /* Users */
        {.text_ref = PREF(exprs[32].text_ref, strings[1028]), .nodes_ref = PREF(exprs[32].nodes_ref, nodes[32]), .node_count = 1}, /* VirtualMFADevices */
        {.text_ref = PREF(exprs[33].text_ref, strings[1046]), .nodes_ref = PREF(exprs[33].nodes_ref, nodes[33]), .node_count = 1}, /* EvaluationResults */
    },
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 5, .string_ref = PREF(nodes[0].string_ref, strings[731])},
        {.op = AWSC_JP_MEMBER, .member = 4, .string_ref = PREF(nodes[1].string_ref, strings[738])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[2].string_ref, strings[750])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[3].string_ref, strings[765])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[4].string_ref, strings[781])},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[5].string_ref, strings[796])},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[6].string_ref, strings[731])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[7].string_ref, strings[738])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[8].string_ref, strings[805])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[9].string_ref, strings[811])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[10].string_ref, strings[731])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[11].string_ref, strings[738])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[12].string_ref, strings[817])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[13].string_ref, strings[835])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[14].string_ref, strings[850])},
        {.op = AWSC_JP_MEMBER, .member = 4, .string_ref = PREF(nodes[15].string_ref, strings[731])},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[16].string_ref, strings[738])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[17].string_ref, strings[867])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[18].string_ref, strings[880])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[19].string_ref, strings[892])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[20].string_ref, strings[904])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[21].string_ref, strings[916])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[22].string_ref, strings[923])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[23].string_ref, strings[928])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[24].string_ref, strings[945])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[25].string_ref, strings[796])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[26].string_ref, strings[956])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[27].string_ref, strings[965])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[28].string_ref, strings[971])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[29].string_ref, strings[985])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[30].string_ref, strings[1015])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[31].string_ref, strings[805])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[32].string_ref, strings[1028])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[33].string_ref, strings[1046])},
    },
    .strings =
        /*      0 */ "GetAccountAuthorizationDetails\0"
        /*     31 */ "GetGroup\0"
        /*     40 */ "ListAccessKeys\0"
        /*     55 */ "ListAccountAliases\0"
        /*     74 */ "ListAttachedGroupPolicies\0"
        /*    100 */ "ListAttachedRolePolicies\0"
        /*    125 */ "ListAttachedUserPolicies\0"
        /*    150 */ "ListEntitiesForPolicy\0"
        /*    172 */ "ListGroupPolicies\0"
        /*    190 */ "ListGroups\0"
        /*    201 */ "ListGroupsForUser\0"
        /*    219 */ "ListInstanceProfileTags\0"
        /*    243 */ "ListInstanceProfiles\0"
        /*    264 */ "ListInstanceProfilesForRole\0"
        /*    292 */ "ListMFADeviceTags\0"
        /*    310 */ "ListMFADevices\0"
        /*    325 */ "ListOpenIDConnectProviderTags\0"
        /*    355 */ "ListPolicies\0"
        /*    368 */ "ListPolicyTags\0"
        /*    383 */ "ListPolicyVersions\0"
        /*    402 */ "ListRolePolicies\0"
        /*    419 */ "ListRoleTags\0"
        /*    432 */ "ListRoles\0"
        /*    442 */ "ListSAMLProviderTags\0"
        /*    463 */ "ListSSHPublicKeys\0"
        /*    481 */ "ListServerCertificateTags\0"
        /*    507 */ "ListServerCertificates\0"
        /*    530 */ "ListSigningCertificates\0"
        /*    554 */ "ListUserPolicies\0"
        /*    571 */ "ListUserTags\0"
        /*    584 */ "ListUsers\0"
        /*    594 */ "ListVirtualMFADevices\0"
        /*    616 */ "SimulateCustomPolicy\0"
        /*    637 */ "SimulatePrincipalPolicy\0"
        /*    661 */ "InstanceProfileExists\0"
        /*    683 */ "PolicyExists\0"
        /*    696 */ "NoSuchEntity\0"
        /*    709 */ "RoleExists\0"
        /*    720 */ "UserExists\0"
        /*    731 */ "Marker\0"
        /*    738 */ "IsTruncated\0"
        /*    750 */ "UserDetailList\0"
        /*    765 */ "GroupDetailList\0"
        /*    781 */ "RoleDetailList\0"
        /*    796 */ "Policies\0"
        /*    805 */ "Users\0"
        /*    811 */ "Group\0"
        /*    817 */ "AccessKeyMetadata\0"
        /*    835 */ "AccountAliases\0"
        /*    850 */ "AttachedPolicies\0"
        /*    867 */ "PolicyGroups\0"
        /*    880 */ "PolicyUsers\0"
        /*    892 */ "PolicyRoles\0"
        /*    904 */ "PolicyNames\0"
        /*    916 */ "Groups\0"
        /*    923 */ "Tags\0"
        /*    928 */ "InstanceProfiles\0"
        /*    945 */ "MFADevices\0"
        /*    956 */ "Versions\0"
        /*    965 */ "Roles\0"
        /*    971 */ "SSHPublicKeys\0"
        /*    985 */ "ServerCertificateMetadataList\0"
        /*   1015 */ "Certificates\0"
        /*   1028 */ "VirtualMFADevices\0"
        /*   1046 */ "EvaluationResults",
};
#endif

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

int awsc_iam_get_account_authorization_details_paginate(struct awsc_client *client,
                                                        const struct awsc_iam_get_account_authorization_details_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[0], input, options, pager, err);
}

int awsc_iam_get_account_authorization_details_next_page(struct awsc_pager *pager,
                                                         struct awsc_iam_get_account_authorization_details_output **page,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[0], page, err);
}

static void pg_0_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_get_account_authorization_details_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_get_account_authorization_details_next_page_async(struct awsc_pager *pager,
                                                               awsc_iam_get_account_authorization_details_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_account_authorization_details_next_item(struct awsc_pager *pager,
                                                         const struct awsc_iam_user_detail **item,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[0], false, item, err);
}

static void pg_0_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_get_account_authorization_details_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_get_account_authorization_details_next_item_async(struct awsc_pager *pager,
                                                               awsc_iam_get_account_authorization_details_item_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_account_authorization_details_collect(struct awsc_pager *pager,
                                                       struct awsc_iam_get_account_authorization_details_output **output,
                                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[0], output, err);
}

int awsc_iam_get_group_paginate(struct awsc_client *client,
                                const struct awsc_iam_get_group_input *input,
                                const struct awsc_page_options *options,
                                struct awsc_pager **pager,
                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[1], input, options, pager, err);
}

int awsc_iam_get_group_next_page(struct awsc_pager *pager,
                                 struct awsc_iam_get_group_output **page,
                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[1], page, err);
}

static void pg_1_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_get_group_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_get_group_next_page_async(struct awsc_pager *pager,
                                       awsc_iam_get_group_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_group_next_item(struct awsc_pager *pager,
                                 const struct awsc_iam_user **item,
                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[1], false, item, err);
}

static void pg_1_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_get_group_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_get_group_next_item_async(struct awsc_pager *pager,
                                       awsc_iam_get_group_item_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_get_group_collect(struct awsc_pager *pager,
                               struct awsc_iam_get_group_output **output,
                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[1], output, err);
}

int awsc_iam_list_access_keys_paginate(struct awsc_client *client,
                                       const struct awsc_iam_list_access_keys_input *input,
                                       const struct awsc_page_options *options,
                                       struct awsc_pager **pager,
                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[2], input, options, pager, err);
}

int awsc_iam_list_access_keys_next_page(struct awsc_pager *pager,
                                        struct awsc_iam_list_access_keys_output **page,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[2], page, err);
}

static void pg_2_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_access_keys_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_access_keys_next_page_async(struct awsc_pager *pager,
                                              awsc_iam_list_access_keys_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_access_keys_next_item(struct awsc_pager *pager,
                                        const struct awsc_iam_access_key_metadata **item,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[2], false, item, err);
}

static void pg_2_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_access_keys_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_access_keys_next_item_async(struct awsc_pager *pager,
                                              awsc_iam_list_access_keys_item_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_access_keys_collect(struct awsc_pager *pager,
                                      struct awsc_iam_list_access_keys_output **output,
                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[2], output, err);
}

int awsc_iam_list_account_aliases_paginate(struct awsc_client *client,
                                           const struct awsc_iam_list_account_aliases_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[3], input, options, pager, err);
}

int awsc_iam_list_account_aliases_next_page(struct awsc_pager *pager,
                                            struct awsc_iam_list_account_aliases_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[3], page, err);
}

static void pg_3_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_account_aliases_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_account_aliases_next_page_async(struct awsc_pager *pager,
                                                  awsc_iam_list_account_aliases_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_account_aliases_next_item(struct awsc_pager *pager,
                                            const char **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[3], true, item, err);
}

static void pg_3_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_account_aliases_item_cb *)cb)(user_data, status, item ? *(const char *const *)item : NULL, err);
}

int awsc_iam_list_account_aliases_next_item_async(struct awsc_pager *pager,
                                                  awsc_iam_list_account_aliases_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_account_aliases_collect(struct awsc_pager *pager,
                                          struct awsc_iam_list_account_aliases_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[3], output, err);
}

int awsc_iam_list_attached_group_policies_paginate(struct awsc_client *client,
                                                   const struct awsc_iam_list_attached_group_policies_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[4], input, options, pager, err);
}

int awsc_iam_list_attached_group_policies_next_page(struct awsc_pager *pager,
                                                    struct awsc_iam_list_attached_group_policies_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[4], page, err);
}

static void pg_4_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_attached_group_policies_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_attached_group_policies_next_page_async(struct awsc_pager *pager,
                                                          awsc_iam_list_attached_group_policies_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_attached_group_policies_next_item(struct awsc_pager *pager,
                                                    const struct awsc_iam_attached_policy **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[4], false, item, err);
}

static void pg_4_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_attached_group_policies_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_attached_group_policies_next_item_async(struct awsc_pager *pager,
                                                          awsc_iam_list_attached_group_policies_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_attached_group_policies_collect(struct awsc_pager *pager,
                                                  struct awsc_iam_list_attached_group_policies_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[4], output, err);
}

int awsc_iam_list_attached_role_policies_paginate(struct awsc_client *client,
                                                  const struct awsc_iam_list_attached_role_policies_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[5], input, options, pager, err);
}

int awsc_iam_list_attached_role_policies_next_page(struct awsc_pager *pager,
                                                   struct awsc_iam_list_attached_role_policies_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[5], page, err);
}

static void pg_5_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_attached_role_policies_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_attached_role_policies_next_page_async(struct awsc_pager *pager,
                                                         awsc_iam_list_attached_role_policies_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[5], pg_5_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_attached_role_policies_next_item(struct awsc_pager *pager,
                                                   const struct awsc_iam_attached_policy **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[5], false, item, err);
}

static void pg_5_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_attached_role_policies_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_attached_role_policies_next_item_async(struct awsc_pager *pager,
                                                         awsc_iam_list_attached_role_policies_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[5], pg_5_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_attached_role_policies_collect(struct awsc_pager *pager,
                                                 struct awsc_iam_list_attached_role_policies_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[5], output, err);
}

int awsc_iam_list_attached_user_policies_paginate(struct awsc_client *client,
                                                  const struct awsc_iam_list_attached_user_policies_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[6], input, options, pager, err);
}

int awsc_iam_list_attached_user_policies_next_page(struct awsc_pager *pager,
                                                   struct awsc_iam_list_attached_user_policies_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[6], page, err);
}

static void pg_6_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_attached_user_policies_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_attached_user_policies_next_page_async(struct awsc_pager *pager,
                                                         awsc_iam_list_attached_user_policies_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[6], pg_6_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_attached_user_policies_next_item(struct awsc_pager *pager,
                                                   const struct awsc_iam_attached_policy **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[6], false, item, err);
}

static void pg_6_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_attached_user_policies_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_attached_user_policies_next_item_async(struct awsc_pager *pager,
                                                         awsc_iam_list_attached_user_policies_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[6], pg_6_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_attached_user_policies_collect(struct awsc_pager *pager,
                                                 struct awsc_iam_list_attached_user_policies_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[6], output, err);
}

int awsc_iam_list_entities_for_policy_paginate(struct awsc_client *client,
                                               const struct awsc_iam_list_entities_for_policy_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[7], input, options, pager, err);
}

int awsc_iam_list_entities_for_policy_next_page(struct awsc_pager *pager,
                                                struct awsc_iam_list_entities_for_policy_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[7], page, err);
}

static void pg_7_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_entities_for_policy_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_entities_for_policy_next_page_async(struct awsc_pager *pager,
                                                      awsc_iam_list_entities_for_policy_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[7], pg_7_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_entities_for_policy_next_item(struct awsc_pager *pager,
                                                const struct awsc_iam_policy_group **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[7], false, item, err);
}

static void pg_7_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_entities_for_policy_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_entities_for_policy_next_item_async(struct awsc_pager *pager,
                                                      awsc_iam_list_entities_for_policy_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[7], pg_7_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_entities_for_policy_collect(struct awsc_pager *pager,
                                              struct awsc_iam_list_entities_for_policy_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[7], output, err);
}

int awsc_iam_list_group_policies_paginate(struct awsc_client *client,
                                          const struct awsc_iam_list_group_policies_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[8], input, options, pager, err);
}

int awsc_iam_list_group_policies_next_page(struct awsc_pager *pager,
                                           struct awsc_iam_list_group_policies_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[8], page, err);
}

static void pg_8_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_group_policies_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_group_policies_next_page_async(struct awsc_pager *pager,
                                                 awsc_iam_list_group_policies_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[8], pg_8_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_group_policies_next_item(struct awsc_pager *pager,
                                           const char **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[8], true, item, err);
}

static void pg_8_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_group_policies_item_cb *)cb)(user_data, status, item ? *(const char *const *)item : NULL, err);
}

int awsc_iam_list_group_policies_next_item_async(struct awsc_pager *pager,
                                                 awsc_iam_list_group_policies_item_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[8], pg_8_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_group_policies_collect(struct awsc_pager *pager,
                                         struct awsc_iam_list_group_policies_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[8], output, err);
}

int awsc_iam_list_groups_paginate(struct awsc_client *client,
                                  const struct awsc_iam_list_groups_input *input,
                                  const struct awsc_page_options *options,
                                  struct awsc_pager **pager,
                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[9], input, options, pager, err);
}

int awsc_iam_list_groups_next_page(struct awsc_pager *pager,
                                   struct awsc_iam_list_groups_output **page,
                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[9], page, err);
}

static void pg_9_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_groups_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_groups_next_page_async(struct awsc_pager *pager,
                                         awsc_iam_list_groups_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[9], pg_9_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_groups_next_item(struct awsc_pager *pager,
                                   const struct awsc_iam_group **item,
                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[9], false, item, err);
}

static void pg_9_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_groups_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_groups_next_item_async(struct awsc_pager *pager,
                                         awsc_iam_list_groups_item_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[9], pg_9_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_groups_collect(struct awsc_pager *pager,
                                 struct awsc_iam_list_groups_output **output,
                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[9], output, err);
}

int awsc_iam_list_groups_for_user_paginate(struct awsc_client *client,
                                           const struct awsc_iam_list_groups_for_user_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[10], input, options, pager, err);
}

int awsc_iam_list_groups_for_user_next_page(struct awsc_pager *pager,
                                            struct awsc_iam_list_groups_for_user_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[10], page, err);
}

static void pg_10_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_groups_for_user_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_groups_for_user_next_page_async(struct awsc_pager *pager,
                                                  awsc_iam_list_groups_for_user_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[10], pg_10_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_groups_for_user_next_item(struct awsc_pager *pager,
                                            const struct awsc_iam_group **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[10], false, item, err);
}

static void pg_10_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_groups_for_user_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_groups_for_user_next_item_async(struct awsc_pager *pager,
                                                  awsc_iam_list_groups_for_user_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[10], pg_10_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_groups_for_user_collect(struct awsc_pager *pager,
                                          struct awsc_iam_list_groups_for_user_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[10], output, err);
}

int awsc_iam_list_instance_profile_tags_paginate(struct awsc_client *client,
                                                 const struct awsc_iam_list_instance_profile_tags_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[11], input, options, pager, err);
}

int awsc_iam_list_instance_profile_tags_next_page(struct awsc_pager *pager,
                                                  struct awsc_iam_list_instance_profile_tags_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[11], page, err);
}

static void pg_11_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_instance_profile_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_instance_profile_tags_next_page_async(struct awsc_pager *pager,
                                                        awsc_iam_list_instance_profile_tags_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[11], pg_11_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_instance_profile_tags_next_item(struct awsc_pager *pager,
                                                  const struct awsc_iam_tag **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[11], false, item, err);
}

static void pg_11_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_instance_profile_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_instance_profile_tags_next_item_async(struct awsc_pager *pager,
                                                        awsc_iam_list_instance_profile_tags_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[11], pg_11_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_instance_profile_tags_collect(struct awsc_pager *pager,
                                                struct awsc_iam_list_instance_profile_tags_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[11], output, err);
}

int awsc_iam_list_instance_profiles_paginate(struct awsc_client *client,
                                             const struct awsc_iam_list_instance_profiles_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[12], input, options, pager, err);
}

int awsc_iam_list_instance_profiles_next_page(struct awsc_pager *pager,
                                              struct awsc_iam_list_instance_profiles_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[12], page, err);
}

static void pg_12_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_instance_profiles_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_instance_profiles_next_page_async(struct awsc_pager *pager,
                                                    awsc_iam_list_instance_profiles_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[12], pg_12_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_instance_profiles_next_item(struct awsc_pager *pager,
                                              const struct awsc_iam_instance_profile **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[12], false, item, err);
}

static void pg_12_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_instance_profiles_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_instance_profiles_next_item_async(struct awsc_pager *pager,
                                                    awsc_iam_list_instance_profiles_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[12], pg_12_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_instance_profiles_collect(struct awsc_pager *pager,
                                            struct awsc_iam_list_instance_profiles_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[12], output, err);
}

int awsc_iam_list_instance_profiles_for_role_paginate(struct awsc_client *client,
                                                      const struct awsc_iam_list_instance_profiles_for_role_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[13], input, options, pager, err);
}

int awsc_iam_list_instance_profiles_for_role_next_page(struct awsc_pager *pager,
                                                       struct awsc_iam_list_instance_profiles_for_role_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[13], page, err);
}

static void pg_13_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_instance_profiles_for_role_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_instance_profiles_for_role_next_page_async(struct awsc_pager *pager,
                                                             awsc_iam_list_instance_profiles_for_role_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[13], pg_13_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_instance_profiles_for_role_next_item(struct awsc_pager *pager,
                                                       const struct awsc_iam_instance_profile **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[13], false, item, err);
}

static void pg_13_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_instance_profiles_for_role_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_instance_profiles_for_role_next_item_async(struct awsc_pager *pager,
                                                             awsc_iam_list_instance_profiles_for_role_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[13], pg_13_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_instance_profiles_for_role_collect(struct awsc_pager *pager,
                                                     struct awsc_iam_list_instance_profiles_for_role_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[13], output, err);
}

int awsc_iam_list_mfa_device_tags_paginate(struct awsc_client *client,
                                           const struct awsc_iam_list_mfa_device_tags_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[14], input, options, pager, err);
}

int awsc_iam_list_mfa_device_tags_next_page(struct awsc_pager *pager,
                                            struct awsc_iam_list_mfa_device_tags_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[14], page, err);
}

static void pg_14_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_mfa_device_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_mfa_device_tags_next_page_async(struct awsc_pager *pager,
                                                  awsc_iam_list_mfa_device_tags_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[14], pg_14_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_mfa_device_tags_next_item(struct awsc_pager *pager,
                                            const struct awsc_iam_tag **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[14], false, item, err);
}

static void pg_14_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_mfa_device_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_mfa_device_tags_next_item_async(struct awsc_pager *pager,
                                                  awsc_iam_list_mfa_device_tags_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[14], pg_14_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_mfa_device_tags_collect(struct awsc_pager *pager,
                                          struct awsc_iam_list_mfa_device_tags_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[14], output, err);
}

int awsc_iam_list_mfa_devices_paginate(struct awsc_client *client,
                                       const struct awsc_iam_list_mfa_devices_input *input,
                                       const struct awsc_page_options *options,
                                       struct awsc_pager **pager,
                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[15], input, options, pager, err);
}

int awsc_iam_list_mfa_devices_next_page(struct awsc_pager *pager,
                                        struct awsc_iam_list_mfa_devices_output **page,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[15], page, err);
}

static void pg_15_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_mfa_devices_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_mfa_devices_next_page_async(struct awsc_pager *pager,
                                              awsc_iam_list_mfa_devices_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[15], pg_15_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_mfa_devices_next_item(struct awsc_pager *pager,
                                        const struct awsc_iam_mfa_device **item,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[15], false, item, err);
}

static void pg_15_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_mfa_devices_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_mfa_devices_next_item_async(struct awsc_pager *pager,
                                              awsc_iam_list_mfa_devices_item_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[15], pg_15_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_mfa_devices_collect(struct awsc_pager *pager,
                                      struct awsc_iam_list_mfa_devices_output **output,
                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[15], output, err);
}

int awsc_iam_list_open_id_connect_provider_tags_paginate(struct awsc_client *client,
                                                         const struct awsc_iam_list_open_id_connect_provider_tags_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[16], input, options, pager, err);
}

int awsc_iam_list_open_id_connect_provider_tags_next_page(struct awsc_pager *pager,
                                                          struct awsc_iam_list_open_id_connect_provider_tags_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[16], page, err);
}

static void pg_16_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_open_id_connect_provider_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_open_id_connect_provider_tags_next_page_async(struct awsc_pager *pager,
                                                                awsc_iam_list_open_id_connect_provider_tags_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[16], pg_16_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_open_id_connect_provider_tags_next_item(struct awsc_pager *pager,
                                                          const struct awsc_iam_tag **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[16], false, item, err);
}

static void pg_16_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_open_id_connect_provider_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_open_id_connect_provider_tags_next_item_async(struct awsc_pager *pager,
                                                                awsc_iam_list_open_id_connect_provider_tags_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[16], pg_16_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_open_id_connect_provider_tags_collect(struct awsc_pager *pager,
                                                        struct awsc_iam_list_open_id_connect_provider_tags_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[16], output, err);
}

int awsc_iam_list_policies_paginate(struct awsc_client *client,
                                    const struct awsc_iam_list_policies_input *input,
                                    const struct awsc_page_options *options,
                                    struct awsc_pager **pager,
                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[17], input, options, pager, err);
}

int awsc_iam_list_policies_next_page(struct awsc_pager *pager,
                                     struct awsc_iam_list_policies_output **page,
                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[17], page, err);
}

static void pg_17_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_policies_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_policies_next_page_async(struct awsc_pager *pager,
                                           awsc_iam_list_policies_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[17], pg_17_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_policies_next_item(struct awsc_pager *pager,
                                     const struct awsc_iam_policy **item,
                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[17], false, item, err);
}

static void pg_17_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_policies_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_policies_next_item_async(struct awsc_pager *pager,
                                           awsc_iam_list_policies_item_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[17], pg_17_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_policies_collect(struct awsc_pager *pager,
                                   struct awsc_iam_list_policies_output **output,
                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[17], output, err);
}

int awsc_iam_list_policy_tags_paginate(struct awsc_client *client,
                                       const struct awsc_iam_list_policy_tags_input *input,
                                       const struct awsc_page_options *options,
                                       struct awsc_pager **pager,
                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[18], input, options, pager, err);
}

int awsc_iam_list_policy_tags_next_page(struct awsc_pager *pager,
                                        struct awsc_iam_list_policy_tags_output **page,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[18], page, err);
}

static void pg_18_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_policy_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_policy_tags_next_page_async(struct awsc_pager *pager,
                                              awsc_iam_list_policy_tags_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[18], pg_18_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_policy_tags_next_item(struct awsc_pager *pager,
                                        const struct awsc_iam_tag **item,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[18], false, item, err);
}

static void pg_18_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_policy_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_policy_tags_next_item_async(struct awsc_pager *pager,
                                              awsc_iam_list_policy_tags_item_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[18], pg_18_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_policy_tags_collect(struct awsc_pager *pager,
                                      struct awsc_iam_list_policy_tags_output **output,
                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[18], output, err);
}

int awsc_iam_list_policy_versions_paginate(struct awsc_client *client,
                                           const struct awsc_iam_list_policy_versions_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[19], input, options, pager, err);
}

int awsc_iam_list_policy_versions_next_page(struct awsc_pager *pager,
                                            struct awsc_iam_list_policy_versions_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[19], page, err);
}

static void pg_19_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_policy_versions_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_policy_versions_next_page_async(struct awsc_pager *pager,
                                                  awsc_iam_list_policy_versions_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[19], pg_19_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_policy_versions_next_item(struct awsc_pager *pager,
                                            const struct awsc_iam_policy_version **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[19], false, item, err);
}

static void pg_19_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_policy_versions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_policy_versions_next_item_async(struct awsc_pager *pager,
                                                  awsc_iam_list_policy_versions_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[19], pg_19_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_policy_versions_collect(struct awsc_pager *pager,
                                          struct awsc_iam_list_policy_versions_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[19], output, err);
}

int awsc_iam_list_role_policies_paginate(struct awsc_client *client,
                                         const struct awsc_iam_list_role_policies_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[20], input, options, pager, err);
}

int awsc_iam_list_role_policies_next_page(struct awsc_pager *pager,
                                          struct awsc_iam_list_role_policies_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[20], page, err);
}

static void pg_20_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_role_policies_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_role_policies_next_page_async(struct awsc_pager *pager,
                                                awsc_iam_list_role_policies_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[20], pg_20_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_role_policies_next_item(struct awsc_pager *pager,
                                          const char **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[20], true, item, err);
}

static void pg_20_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_role_policies_item_cb *)cb)(user_data, status, item ? *(const char *const *)item : NULL, err);
}

int awsc_iam_list_role_policies_next_item_async(struct awsc_pager *pager,
                                                awsc_iam_list_role_policies_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[20], pg_20_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_role_policies_collect(struct awsc_pager *pager,
                                        struct awsc_iam_list_role_policies_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[20], output, err);
}

int awsc_iam_list_role_tags_paginate(struct awsc_client *client,
                                     const struct awsc_iam_list_role_tags_input *input,
                                     const struct awsc_page_options *options,
                                     struct awsc_pager **pager,
                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[21], input, options, pager, err);
}

int awsc_iam_list_role_tags_next_page(struct awsc_pager *pager,
                                      struct awsc_iam_list_role_tags_output **page,
                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[21], page, err);
}

static void pg_21_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_role_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_role_tags_next_page_async(struct awsc_pager *pager,
                                            awsc_iam_list_role_tags_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[21], pg_21_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_role_tags_next_item(struct awsc_pager *pager,
                                      const struct awsc_iam_tag **item,
                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[21], false, item, err);
}

static void pg_21_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_role_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_role_tags_next_item_async(struct awsc_pager *pager,
                                            awsc_iam_list_role_tags_item_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[21], pg_21_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_role_tags_collect(struct awsc_pager *pager,
                                    struct awsc_iam_list_role_tags_output **output,
                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[21], output, err);
}

int awsc_iam_list_roles_paginate(struct awsc_client *client,
                                 const struct awsc_iam_list_roles_input *input,
                                 const struct awsc_page_options *options,
                                 struct awsc_pager **pager,
                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[22], input, options, pager, err);
}

int awsc_iam_list_roles_next_page(struct awsc_pager *pager,
                                  struct awsc_iam_list_roles_output **page,
                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[22], page, err);
}

static void pg_22_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_roles_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_roles_next_page_async(struct awsc_pager *pager,
                                        awsc_iam_list_roles_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[22], pg_22_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_roles_next_item(struct awsc_pager *pager,
                                  const struct awsc_iam_role **item,
                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[22], false, item, err);
}

static void pg_22_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_roles_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_roles_next_item_async(struct awsc_pager *pager,
                                        awsc_iam_list_roles_item_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[22], pg_22_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_roles_collect(struct awsc_pager *pager,
                                struct awsc_iam_list_roles_output **output,
                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[22], output, err);
}

int awsc_iam_list_saml_provider_tags_paginate(struct awsc_client *client,
                                              const struct awsc_iam_list_saml_provider_tags_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[23], input, options, pager, err);
}

int awsc_iam_list_saml_provider_tags_next_page(struct awsc_pager *pager,
                                               struct awsc_iam_list_saml_provider_tags_output **page,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[23], page, err);
}

static void pg_23_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_saml_provider_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_saml_provider_tags_next_page_async(struct awsc_pager *pager,
                                                     awsc_iam_list_saml_provider_tags_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[23], pg_23_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_saml_provider_tags_next_item(struct awsc_pager *pager,
                                               const struct awsc_iam_tag **item,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[23], false, item, err);
}

static void pg_23_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_saml_provider_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_saml_provider_tags_next_item_async(struct awsc_pager *pager,
                                                     awsc_iam_list_saml_provider_tags_item_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[23], pg_23_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_saml_provider_tags_collect(struct awsc_pager *pager,
                                             struct awsc_iam_list_saml_provider_tags_output **output,
                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[23], output, err);
}

int awsc_iam_list_ssh_public_keys_paginate(struct awsc_client *client,
                                           const struct awsc_iam_list_ssh_public_keys_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[24], input, options, pager, err);
}

int awsc_iam_list_ssh_public_keys_next_page(struct awsc_pager *pager,
                                            struct awsc_iam_list_ssh_public_keys_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[24], page, err);
}

static void pg_24_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_ssh_public_keys_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_ssh_public_keys_next_page_async(struct awsc_pager *pager,
                                                  awsc_iam_list_ssh_public_keys_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[24], pg_24_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_ssh_public_keys_next_item(struct awsc_pager *pager,
                                            const struct awsc_iam_ssh_public_key_metadata **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[24], false, item, err);
}

static void pg_24_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_ssh_public_keys_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_ssh_public_keys_next_item_async(struct awsc_pager *pager,
                                                  awsc_iam_list_ssh_public_keys_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[24], pg_24_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_ssh_public_keys_collect(struct awsc_pager *pager,
                                          struct awsc_iam_list_ssh_public_keys_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[24], output, err);
}

int awsc_iam_list_server_certificate_tags_paginate(struct awsc_client *client,
                                                   const struct awsc_iam_list_server_certificate_tags_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[25], input, options, pager, err);
}

int awsc_iam_list_server_certificate_tags_next_page(struct awsc_pager *pager,
                                                    struct awsc_iam_list_server_certificate_tags_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[25], page, err);
}

static void pg_25_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_server_certificate_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_server_certificate_tags_next_page_async(struct awsc_pager *pager,
                                                          awsc_iam_list_server_certificate_tags_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[25], pg_25_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_server_certificate_tags_next_item(struct awsc_pager *pager,
                                                    const struct awsc_iam_tag **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[25], false, item, err);
}

static void pg_25_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_server_certificate_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_server_certificate_tags_next_item_async(struct awsc_pager *pager,
                                                          awsc_iam_list_server_certificate_tags_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[25], pg_25_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_server_certificate_tags_collect(struct awsc_pager *pager,
                                                  struct awsc_iam_list_server_certificate_tags_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[25], output, err);
}

int awsc_iam_list_server_certificates_paginate(struct awsc_client *client,
                                               const struct awsc_iam_list_server_certificates_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[26], input, options, pager, err);
}

int awsc_iam_list_server_certificates_next_page(struct awsc_pager *pager,
                                                struct awsc_iam_list_server_certificates_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[26], page, err);
}

static void pg_26_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_server_certificates_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_server_certificates_next_page_async(struct awsc_pager *pager,
                                                      awsc_iam_list_server_certificates_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[26], pg_26_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_server_certificates_next_item(struct awsc_pager *pager,
                                                const struct awsc_iam_server_certificate_metadata **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[26], false, item, err);
}

static void pg_26_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_server_certificates_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_server_certificates_next_item_async(struct awsc_pager *pager,
                                                      awsc_iam_list_server_certificates_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[26], pg_26_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_server_certificates_collect(struct awsc_pager *pager,
                                              struct awsc_iam_list_server_certificates_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[26], output, err);
}

int awsc_iam_list_signing_certificates_paginate(struct awsc_client *client,
                                                const struct awsc_iam_list_signing_certificates_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[27], input, options, pager, err);
}

int awsc_iam_list_signing_certificates_next_page(struct awsc_pager *pager,
                                                 struct awsc_iam_list_signing_certificates_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[27], page, err);
}

static void pg_27_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_signing_certificates_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_signing_certificates_next_page_async(struct awsc_pager *pager,
                                                       awsc_iam_list_signing_certificates_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[27], pg_27_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_signing_certificates_next_item(struct awsc_pager *pager,
                                                 const struct awsc_iam_signing_certificate **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[27], false, item, err);
}

static void pg_27_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_signing_certificates_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_signing_certificates_next_item_async(struct awsc_pager *pager,
                                                       awsc_iam_list_signing_certificates_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[27], pg_27_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_signing_certificates_collect(struct awsc_pager *pager,
                                               struct awsc_iam_list_signing_certificates_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[27], output, err);
}

int awsc_iam_list_user_policies_paginate(struct awsc_client *client,
                                         const struct awsc_iam_list_user_policies_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[28], input, options, pager, err);
}

int awsc_iam_list_user_policies_next_page(struct awsc_pager *pager,
                                          struct awsc_iam_list_user_policies_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[28], page, err);
}

static void pg_28_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_user_policies_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_user_policies_next_page_async(struct awsc_pager *pager,
                                                awsc_iam_list_user_policies_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[28], pg_28_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_user_policies_next_item(struct awsc_pager *pager,
                                          const char **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[28], true, item, err);
}

static void pg_28_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_user_policies_item_cb *)cb)(user_data, status, item ? *(const char *const *)item : NULL, err);
}

int awsc_iam_list_user_policies_next_item_async(struct awsc_pager *pager,
                                                awsc_iam_list_user_policies_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[28], pg_28_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_user_policies_collect(struct awsc_pager *pager,
                                        struct awsc_iam_list_user_policies_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[28], output, err);
}

int awsc_iam_list_user_tags_paginate(struct awsc_client *client,
                                     const struct awsc_iam_list_user_tags_input *input,
                                     const struct awsc_page_options *options,
                                     struct awsc_pager **pager,
                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[29], input, options, pager, err);
}

int awsc_iam_list_user_tags_next_page(struct awsc_pager *pager,
                                      struct awsc_iam_list_user_tags_output **page,
                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[29], page, err);
}

static void pg_29_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_user_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_user_tags_next_page_async(struct awsc_pager *pager,
                                            awsc_iam_list_user_tags_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[29], pg_29_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_user_tags_next_item(struct awsc_pager *pager,
                                      const struct awsc_iam_tag **item,
                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[29], false, item, err);
}

static void pg_29_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_user_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_user_tags_next_item_async(struct awsc_pager *pager,
                                            awsc_iam_list_user_tags_item_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[29], pg_29_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_user_tags_collect(struct awsc_pager *pager,
                                    struct awsc_iam_list_user_tags_output **output,
                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[29], output, err);
}

int awsc_iam_list_users_paginate(struct awsc_client *client,
                                 const struct awsc_iam_list_users_input *input,
                                 const struct awsc_page_options *options,
                                 struct awsc_pager **pager,
                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[30], input, options, pager, err);
}

int awsc_iam_list_users_next_page(struct awsc_pager *pager,
                                  struct awsc_iam_list_users_output **page,
                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[30], page, err);
}

static void pg_30_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_users_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_users_next_page_async(struct awsc_pager *pager,
                                        awsc_iam_list_users_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[30], pg_30_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_users_next_item(struct awsc_pager *pager,
                                  const struct awsc_iam_user **item,
                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[30], false, item, err);
}

static void pg_30_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_users_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_users_next_item_async(struct awsc_pager *pager,
                                        awsc_iam_list_users_item_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[30], pg_30_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_users_collect(struct awsc_pager *pager,
                                struct awsc_iam_list_users_output **output,
                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[30], output, err);
}

int awsc_iam_list_virtual_mfa_devices_paginate(struct awsc_client *client,
                                               const struct awsc_iam_list_virtual_mfa_devices_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[31], input, options, pager, err);
}

int awsc_iam_list_virtual_mfa_devices_next_page(struct awsc_pager *pager,
                                                struct awsc_iam_list_virtual_mfa_devices_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[31], page, err);
}

static void pg_31_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_list_virtual_mfa_devices_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_list_virtual_mfa_devices_next_page_async(struct awsc_pager *pager,
                                                      awsc_iam_list_virtual_mfa_devices_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[31], pg_31_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_virtual_mfa_devices_next_item(struct awsc_pager *pager,
                                                const struct awsc_iam_virtual_mfa_device **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[31], false, item, err);
}

static void pg_31_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_list_virtual_mfa_devices_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_list_virtual_mfa_devices_next_item_async(struct awsc_pager *pager,
                                                      awsc_iam_list_virtual_mfa_devices_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[31], pg_31_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_list_virtual_mfa_devices_collect(struct awsc_pager *pager,
                                              struct awsc_iam_list_virtual_mfa_devices_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[31], output, err);
}

int awsc_iam_simulate_custom_policy_paginate(struct awsc_client *client,
                                             const struct awsc_iam_simulate_custom_policy_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[32], input, options, pager, err);
}

int awsc_iam_simulate_custom_policy_next_page(struct awsc_pager *pager,
                                              struct awsc_iam_simulate_policy_response **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[32], page, err);
}

static void pg_32_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_simulate_custom_policy_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_simulate_custom_policy_next_page_async(struct awsc_pager *pager,
                                                    awsc_iam_simulate_custom_policy_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[32], pg_32_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_simulate_custom_policy_next_item(struct awsc_pager *pager,
                                              const struct awsc_iam_evaluation_result **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[32], false, item, err);
}

static void pg_32_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_simulate_custom_policy_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_simulate_custom_policy_next_item_async(struct awsc_pager *pager,
                                                    awsc_iam_simulate_custom_policy_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[32], pg_32_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_simulate_custom_policy_collect(struct awsc_pager *pager,
                                            struct awsc_iam_simulate_policy_response **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[32], output, err);
}

int awsc_iam_simulate_principal_policy_paginate(struct awsc_client *client,
                                                const struct awsc_iam_simulate_principal_policy_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[33], input, options, pager, err);
}

int awsc_iam_simulate_principal_policy_next_page(struct awsc_pager *pager,
                                                 struct awsc_iam_simulate_policy_response **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[33], page, err);
}

static void pg_33_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_iam_simulate_principal_policy_cb *)cb)(user_data, status, page, err);
}

int awsc_iam_simulate_principal_policy_next_page_async(struct awsc_pager *pager,
                                                       awsc_iam_simulate_principal_policy_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[33], pg_33_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_simulate_principal_policy_next_item(struct awsc_pager *pager,
                                                 const struct awsc_iam_evaluation_result **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[33], false, item, err);
}

static void pg_33_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_iam_simulate_principal_policy_item_cb *)cb)(user_data, status, item, err);
}

int awsc_iam_simulate_principal_policy_next_item_async(struct awsc_pager *pager,
                                                       awsc_iam_simulate_principal_policy_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[33], pg_33_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_iam_simulate_principal_policy_collect(struct awsc_pager *pager,
                                               struct awsc_iam_simulate_policy_response **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[33], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */

/* ------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

int awsc_iam_wait_instance_profile_exists(struct awsc_client *client,
                                          const struct awsc_iam_get_instance_profile_input *input,
                                          const struct awsc_wait_options *options,
                                          struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[0], input, options, err);
}

int awsc_iam_wait_instance_profile_exists_async(struct awsc_client *client,
                                                const struct awsc_iam_get_instance_profile_input *input,
                                                const struct awsc_wait_options *options,
                                                awsc_wait_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[0], input, options, cb, user_data, err);
}

int awsc_iam_wait_policy_exists(struct awsc_client *client,
                                const struct awsc_iam_get_policy_input *input,
                                const struct awsc_wait_options *options,
                                struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[1], input, options, err);
}

int awsc_iam_wait_policy_exists_async(struct awsc_client *client,
                                      const struct awsc_iam_get_policy_input *input,
                                      const struct awsc_wait_options *options,
                                      awsc_wait_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[1], input, options, cb, user_data, err);
}

int awsc_iam_wait_role_exists(struct awsc_client *client,
                              const struct awsc_iam_get_role_input *input,
                              const struct awsc_wait_options *options,
                              struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[2], input, options, err);
}

int awsc_iam_wait_role_exists_async(struct awsc_client *client,
                                    const struct awsc_iam_get_role_input *input,
                                    const struct awsc_wait_options *options,
                                    awsc_wait_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[2], input, options, cb, user_data, err);
}

int awsc_iam_wait_user_exists(struct awsc_client *client,
                              const struct awsc_iam_get_user_input *input,
                              const struct awsc_wait_options *options,
                              struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[3], input, options, err);
}

int awsc_iam_wait_user_exists_async(struct awsc_client *client,
                                    const struct awsc_iam_get_user_input *input,
                                    const struct awsc_wait_options *options,
                                    awsc_wait_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[3], input, options, cb, user_data, err);
}
#endif /* AWSC_WITH_WAITERS */
