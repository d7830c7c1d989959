/*
 * s3_pagers.c - paginators and waiters of S3: their
 * descriptors and JMESPath expressions compiled into node tables, and the
 * typed wrappers around <awsc/paginate.h> and <awsc/wait.h>. Generated
 * from the service model by awsc's generator; do not edit.
 */
#include <awsc/s3.h>

/*
 * The paginators, waiters, their expressions (compiled into node tables)
 * and names in one object, so that each refers to another by its distance
 * from it (awsc_ref, <awsc/shape.h>): plain read-only data, with no
 * relocation at load time. PREF(field, target) is the reference stored at
 * field that names target.
 */
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
#define PAGERS awsc__s3_pagers
#define PREF(field, target) AWSC_REF(PAGERS.field, PAGERS.target)
#pragma GCC diagnostic ignored "-Woverlength-strings"

const struct awsc__s3_pagers PAGERS = {
#if AWSC_WITH_PAGINATORS
    .paginators = {
        [0] = { /* ListBuckets */
            .name_ref = PREF(paginators[0].name_ref, strings[0]),
            .operation = 69,
            .input_tokens_ref = PREF(paginators[0].input_tokens_ref, input_tokens[0]),
            .output_tokens_ref = PREF(paginators[0].output_tokens_ref, expr_refs[0]),
            .token_count = 1,
            .limit_key = 0,
            .result_keys_ref = PREF(paginators[0].result_keys_ref, expr_refs[1]),
            .result_key_count = 1,
            .non_aggregate_keys_ref = PREF(paginators[0].non_aggregate_keys_ref, expr_refs[2]),
            .non_aggregate_key_count = 2,
        },
        [1] = { /* ListDirectoryBuckets */
            .name_ref = PREF(paginators[1].name_ref, strings[12]),
            .operation = 70,
            .input_tokens_ref = PREF(paginators[1].input_tokens_ref, input_tokens[1]),
            .output_tokens_ref = PREF(paginators[1].output_tokens_ref, expr_refs[4]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[1].result_keys_ref, expr_refs[5]),
            .result_key_count = 1,
        },
        [2] = { /* ListMultipartUploads */
            .name_ref = PREF(paginators[2].name_ref, strings[33]),
            .operation = 71,
            .input_tokens_ref = PREF(paginators[2].input_tokens_ref, input_tokens[2]),
            .output_tokens_ref = PREF(paginators[2].output_tokens_ref, expr_refs[6]),
            .token_count = 2,
            .more_results_ref = PREF(paginators[2].more_results_ref, exprs[7]),
            .limit_key = 4,
            .result_keys_ref = PREF(paginators[2].result_keys_ref, expr_refs[8]),
            .result_key_count = 2,
            .non_aggregate_keys_ref = PREF(paginators[2].non_aggregate_keys_ref, expr_refs[10]),
            .non_aggregate_key_count = 2,
        },
        [3] = { /* ListObjectAnnotations */
            .name_ref = PREF(paginators[3].name_ref, strings[54]),
            .operation = 72,
            .input_tokens_ref = PREF(paginators[3].input_tokens_ref, input_tokens[4]),
            .output_tokens_ref = PREF(paginators[3].output_tokens_ref, expr_refs[12]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[3].result_keys_ref, expr_refs[13]),
            .result_key_count = 1,
            .non_aggregate_keys_ref = PREF(paginators[3].non_aggregate_keys_ref, expr_refs[14]),
            .non_aggregate_key_count = 6,
        },
        [4] = { /* ListObjectVersions */
            .name_ref = PREF(paginators[4].name_ref, strings[76]),
            .operation = 73,
            .input_tokens_ref = PREF(paginators[4].input_tokens_ref, input_tokens[5]),
            .output_tokens_ref = PREF(paginators[4].output_tokens_ref, expr_refs[20]),
            .token_count = 2,
            .more_results_ref = PREF(paginators[4].more_results_ref, exprs[21]),
            .limit_key = 4,
            .result_keys_ref = PREF(paginators[4].result_keys_ref, expr_refs[22]),
            .result_key_count = 3,
            .non_aggregate_keys_ref = PREF(paginators[4].non_aggregate_keys_ref, expr_refs[25]),
            .non_aggregate_key_count = 2,
        },
        [5] = { /* ListObjects */
            .name_ref = PREF(paginators[5].name_ref, strings[95]),
            .operation = 74,
            .input_tokens_ref = PREF(paginators[5].input_tokens_ref, input_tokens[7]),
            .output_tokens_ref = PREF(paginators[5].output_tokens_ref, expr_refs[27]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[5].more_results_ref, exprs[21]),
            .limit_key = 4,
            .result_keys_ref = PREF(paginators[5].result_keys_ref, expr_refs[28]),
            .result_key_count = 2,
            .non_aggregate_keys_ref = PREF(paginators[5].non_aggregate_keys_ref, expr_refs[30]),
            .non_aggregate_key_count = 2,
        },
        [6] = { /* ListObjectsV2 */
            .name_ref = PREF(paginators[6].name_ref, strings[107]),
            .operation = 75,
            .input_tokens_ref = PREF(paginators[6].input_tokens_ref, input_tokens[8]),
            .output_tokens_ref = PREF(paginators[6].output_tokens_ref, expr_refs[32]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[6].more_results_ref, exprs[21]),
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[6].result_keys_ref, expr_refs[33]),
            .result_key_count = 2,
            .non_aggregate_keys_ref = PREF(paginators[6].non_aggregate_keys_ref, expr_refs[35]),
            .non_aggregate_key_count = 2,
        },
        [7] = { /* ListParts */
            .name_ref = PREF(paginators[7].name_ref, strings[121]),
            .operation = 76,
            .input_tokens_ref = PREF(paginators[7].input_tokens_ref, input_tokens[9]),
            .output_tokens_ref = PREF(paginators[7].output_tokens_ref, expr_refs[37]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[7].more_results_ref, exprs[7]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[7].result_keys_ref, expr_refs[38]),
            .result_key_count = 1,
            .non_aggregate_keys_ref = PREF(paginators[7].non_aggregate_keys_ref, expr_refs[39]),
            .non_aggregate_key_count = 5,
        },
    },
    .input_tokens = {
        1, /* ContinuationToken */
        0, /* ContinuationToken */
        3, /* KeyMarker */
        6, /* UploadIdMarker */
        5, /* ContinuationToken */
        3, /* KeyMarker */
        6, /* VersionIdMarker */
        3, /* Marker */
        5, /* ContinuationToken */
        3, /* PartNumberMarker */
    },
    .expr_refs = {
        PREF(expr_refs[0], exprs[0]), /* ContinuationToken */
        PREF(expr_refs[1], exprs[1]), /* Buckets */
        PREF(expr_refs[2], exprs[2]), /* Owner */
        PREF(expr_refs[3], exprs[3]), /* Prefix */
        PREF(expr_refs[4], exprs[4]), /* ContinuationToken */
        PREF(expr_refs[5], exprs[1]), /* Buckets */
        PREF(expr_refs[6], exprs[5]), /* NextKeyMarker */
        PREF(expr_refs[7], exprs[6]), /* NextUploadIdMarker */
        PREF(expr_refs[8], exprs[8]), /* Uploads */
        PREF(expr_refs[9], exprs[9]), /* CommonPrefixes */
        PREF(expr_refs[10], exprs[10]), /* RequestCharged */
        PREF(expr_refs[11], exprs[11]), /* Prefix */
        PREF(expr_refs[12], exprs[12]), /* NextContinuationToken */
        PREF(expr_refs[13], exprs[13]), /* Annotations */
        PREF(expr_refs[14], exprs[14]), /* AnnotationCount */
        PREF(expr_refs[15], exprs[15]), /* AnnotationPrefix */
        PREF(expr_refs[16], exprs[16]), /* Bucket */
        PREF(expr_refs[17], exprs[17]), /* Key */
        PREF(expr_refs[18], exprs[18]), /* ObjectVersionId */
        PREF(expr_refs[19], exprs[19]), /* RequestCharged */
        PREF(expr_refs[20], exprs[5]), /* NextKeyMarker */
        PREF(expr_refs[21], exprs[20]), /* NextVersionIdMarker */
        PREF(expr_refs[22], exprs[22]), /* Versions */
        PREF(expr_refs[23], exprs[23]), /* DeleteMarkers */
        PREF(expr_refs[24], exprs[24]), /* CommonPrefixes */
        PREF(expr_refs[25], exprs[25]), /* RequestCharged */
        PREF(expr_refs[26], exprs[26]), /* Prefix */
        PREF(expr_refs[27], exprs[27]), /* NextMarker || Contents[-1].Key */
        PREF(expr_refs[28], exprs[28]), /* Contents */
        PREF(expr_refs[29], exprs[29]), /* CommonPrefixes */
        PREF(expr_refs[30], exprs[30]), /* RequestCharged */
        PREF(expr_refs[31], exprs[31]), /* Prefix */
        PREF(expr_refs[32], exprs[32]), /* NextContinuationToken */
        PREF(expr_refs[33], exprs[33]), /* Contents */
        PREF(expr_refs[34], exprs[34]), /* CommonPrefixes */
        PREF(expr_refs[35], exprs[10]), /* RequestCharged */
        PREF(expr_refs[36], exprs[3]), /* Prefix */
        PREF(expr_refs[37], exprs[35]), /* NextPartNumberMarker */
        PREF(expr_refs[38], exprs[36]), /* Parts */
        PREF(expr_refs[39], exprs[37]), /* ChecksumAlgorithm */
        PREF(expr_refs[40], exprs[38]), /* Initiator */
        PREF(expr_refs[41], exprs[39]), /* Owner */
        PREF(expr_refs[42], exprs[40]), /* StorageClass */
        PREF(expr_refs[43], exprs[41]), /* ChecksumType */
    },
#endif
#if AWSC_WITH_WAITERS
    .waiters = {
        [0] = { /* BucketExists */
            .name_ref = PREF(waiters[0].name_ref, strings[131]),
            .operation = 63,
            .delay = 5,
            .max_attempts = 20,
            .acceptors_ref = PREF(waiters[0].acceptors_ref, acceptors[0]),
            .acceptor_count = 4,
        },
        [1] = { /* BucketNotExists */
            .name_ref = PREF(waiters[1].name_ref, strings[144]),
            .operation = 63,
            .delay = 5,
            .max_attempts = 20,
            .acceptors_ref = PREF(waiters[1].acceptors_ref, acceptors[4]),
            .acceptor_count = 1,
        },
        [2] = { /* ObjectExists */
            .name_ref = PREF(waiters[2].name_ref, strings[160]),
            .operation = 64,
            .delay = 5,
            .max_attempts = 20,
            .acceptors_ref = PREF(waiters[2].acceptors_ref, acceptors[5]),
            .acceptor_count = 2,
        },
        [3] = { /* ObjectNotExists */
            .name_ref = PREF(waiters[3].name_ref, strings[173]),
            .operation = 64,
            .delay = 5,
            .max_attempts = 20,
            .acceptors_ref = PREF(waiters[3].acceptors_ref, acceptors[7]),
            .acceptor_count = 1,
        },
    },
    .acceptors = {
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 200.0}}, /* BucketExists: status success */
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 301.0}}, /* BucketExists: status success */
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 403.0}}, /* BucketExists: status success */
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_NUMBER, .number = 404.0}}, /* BucketExists: status retry */
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 404.0}}, /* BucketNotExists: status success */
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 200.0}}, /* ObjectExists: status success */
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_NUMBER, .number = 404.0}}, /* ObjectExists: status retry */
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 404.0}}, /* ObjectNotExists: status success */
    },
#endif
    .exprs = {
        {.text_ref = PREF(exprs[0].text_ref, strings[189]), .nodes_ref = PREF(exprs[0].nodes_ref, nodes[0]), .node_count = 1}, /* ContinuationToken */
        {.text_ref = PREF(exprs[1].text_ref, strings[207]), .nodes_ref = PREF(exprs[1].nodes_ref, nodes[1]), .node_count = 1}, /* Buckets */
        {.text_ref = PREF(exprs[2].text_ref, strings[215]), .nodes_ref = PREF(exprs[2].nodes_ref, nodes[2]), .node_count = 1}, /* Owner */
        {.text_ref = PREF(exprs[3].text_ref, strings[221]), .nodes_ref = PREF(exprs[3].nodes_ref, nodes[3]), .node_count = 1}, /* Prefix */
        {.text_ref = PREF(exprs[4].text_ref, strings[189]), .nodes_ref = PREF(exprs[4].nodes_ref, nodes[4]), .node_count = 1}, /* ContinuationToken */
        {.text_ref = PREF(exprs[5].text_ref, strings[228]), .nodes_ref = PREF(exprs[5].nodes_ref, nodes[5]), .node_count = 1}, /* NextKeyMarker */
        {.text_ref = PREF(exprs[6].text_ref, strings[242]), .nodes_ref = PREF(exprs[6].nodes_ref, nodes[6]), .node_count = 1}, /* NextUploadIdMarker */
        {.text_ref = PREF(exprs[7].text_ref, strings[261]), .nodes_ref = PREF(exprs[7].nodes_ref, nodes[7]), .node_count = 1}, /* IsTruncated */
        {.text_ref = PREF(exprs[8].text_ref, strings[273]), .nodes_ref = PREF(exprs[8].nodes_ref, nodes[8]), .node_count = 1}, /* Uploads */
        {.text_ref = PREF(exprs[9].text_ref, strings[281]), .nodes_ref = PREF(exprs[9].nodes_ref, nodes[9]), .node_count = 1}, /* CommonPrefixes */
        {.text_ref = PREF(exprs[10].text_ref, strings[296]), .nodes_ref = PREF(exprs[10].nodes_ref, nodes[10]), .node_count = 1}, /* RequestCharged */
        {.text_ref = PREF(exprs[11].text_ref, strings[221]), .nodes_ref = PREF(exprs[11].nodes_ref, nodes[11]), .node_count = 1}, /* Prefix */
        {.text_ref = PREF(exprs[12].text_ref, strings[311]), .nodes_ref = PREF(exprs[12].nodes_ref, nodes[12]), .node_count = 1}, /* NextContinuationToken */
        {.text_ref = PREF(exprs[13].text_ref, strings[333]), .nodes_ref = PREF(exprs[13].nodes_ref, nodes[13]), .node_count = 1}, /* Annotations */
        {.text_ref = PREF(exprs[14].text_ref, strings[345]), .nodes_ref = PREF(exprs[14].nodes_ref, nodes[14]), .node_count = 1}, /* AnnotationCount */
        {.text_ref = PREF(exprs[15].text_ref, strings[361]), .nodes_ref = PREF(exprs[15].nodes_ref, nodes[15]), .node_count = 1}, /* AnnotationPrefix */
        {.text_ref = PREF(exprs[16].text_ref, strings[378]), .nodes_ref = PREF(exprs[16].nodes_ref, nodes[16]), .node_count = 1}, /* Bucket */
        {.text_ref = PREF(exprs[17].text_ref, strings[385]), .nodes_ref = PREF(exprs[17].nodes_ref, nodes[17]), .node_count = 1}, /* Key */
        {.text_ref = PREF(exprs[18].text_ref, strings[389]), .nodes_ref = PREF(exprs[18].nodes_ref, nodes[18]), .node_count = 1}, /* ObjectVersionId */
        {.text_ref = PREF(exprs[19].text_ref, strings[296]), .nodes_ref = PREF(exprs[19].nodes_ref, nodes[19]), .node_count = 1}, /* RequestCharged */
        {.text_ref = PREF(exprs[20].text_ref, strings[405]), .nodes_ref = PREF(exprs[20].nodes_ref, nodes[20]), .node_count = 1}, /* NextVersionIdMarker */
        {.text_ref = PREF(exprs[21].text_ref, strings[261]), .nodes_ref = PREF(exprs[21].nodes_ref, nodes[21]), .node_count = 1}, /* IsTruncated */
        {.text_ref = PREF(exprs[22].text_ref, strings[425]), .nodes_ref = PREF(exprs[22].nodes_ref, nodes[22]), .node_count = 1}, /* Versions */
        {.text_ref = PREF(exprs[23].text_ref, strings[434]), .nodes_ref = PREF(exprs[23].nodes_ref, nodes[23]), .node_count = 1}, /* DeleteMarkers */
        {.text_ref = PREF(exprs[24].text_ref, strings[281]), .nodes_ref = PREF(exprs[24].nodes_ref, nodes[24]), .node_count = 1}, /* CommonPrefixes */
        {.text_ref = PREF(exprs[25].text_ref, strings[296]), .nodes_ref = PREF(exprs[25].nodes_ref, nodes[25]), .node_count = 1}, /* RequestCharged */
        {.text_ref = PREF(exprs[26].text_ref, strings[221]), .nodes_ref = PREF(exprs[26].nodes_ref, nodes[26]), .node_count = 1}, /* Prefix */
        {.text_ref = PREF(exprs[27].text_ref, strings[448]), .nodes_ref = PREF(exprs[27].nodes_ref, nodes[27]), .node_count = 7}, /* NextMarker || Contents[-1].Key */
        {.text_ref = PREF(exprs[28].text_ref, strings[490]), .nodes_ref = PREF(exprs[28].nodes_ref, nodes[34]), .node_count = 1}, /* Contents */
        {.text_ref = PREF(exprs[29].text_ref, strings[281]), .nodes_ref = PREF(exprs[29].nodes_ref, nodes[35]), .node_count = 1}, /* CommonPrefixes */
        {.text_ref = PREF(exprs[30].text_ref, strings[296]), .nodes_ref = PREF(exprs[30].nodes_ref, nodes[36]), .node_count = 1}, /* RequestCharged */
        {.text_ref = PREF(exprs[31].text_ref, strings[221]), .nodes_ref = PREF(exprs[31].nodes_ref, nodes[37]), .node_count = 1}, /* Prefix */
        {.text_ref = PREF(exprs[32].text_ref, strings[311]), .nodes_ref = PREF(exprs[32].nodes_ref, nodes[38]), .node_count = 1}, /* NextContinuationToken */
        {.text_ref = PREF(exprs[33].text_ref, strings[490]), .nodes_ref = PREF(exprs[33].nodes_ref, nodes[39]), .node_count = 1}, /* Contents */
        {.text_ref = PREF(exprs[34].text_ref, strings[281]), .nodes_ref = PREF(exprs[34].nodes_ref, nodes[40]), .node_count = 1}, /* CommonPrefixes */
        {.text_ref = PREF(exprs[35].text_ref, strings[499]), .nodes_ref = PREF(exprs[35].nodes_ref, nodes[41]), .node_count = 1}, /* NextPartNumberMarker */
        {.text_ref = PREF(exprs[36].text_ref, strings[520]), .nodes_ref = PREF(exprs[36].nodes_ref, nodes[42]), .node_count = 1}, /* Parts */
        {.text_ref = PREF(exprs[37].text_ref, strings[526]), .nodes_ref = PREF(exprs[37].nodes_ref, nodes[43]), .node_count = 1}, /* ChecksumAlgorithm */
        {.text_ref = PREF(exprs[38].text_ref, strings[544]), .nodes_ref = PREF(exprs[38].nodes_ref, nodes[44]), .node_count = 1}, /* Initiator */
        {.text_ref = PREF(exprs[39].text_ref, strings[215]), .nodes_ref = PREF(exprs[39].nodes_ref, nodes[45]), .node_count = 1}, /* Owner */
        {.text_ref = PREF(exprs[40].text_ref, strings[554]), .nodes_ref = PREF(exprs[40].nodes_ref, nodes[46]), .node_count = 1}, /* StorageClass */
        {.text_ref = PREF(exprs[41].text_ref, strings[567]), .nodes_ref = PREF(exprs[41].nodes_ref, nodes[47]), .node_count = 1}, /* ChecksumType */
    },
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[0].string_ref, strings[189])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[1].string_ref, strings[207])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[2].string_ref, strings[215])},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[3].string_ref, strings[221])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[4].string_ref, strings[189])},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[5].string_ref, strings[228])},
        {.op = AWSC_JP_MEMBER, .member = 6, .string_ref = PREF(nodes[6].string_ref, strings[242])},
        {.op = AWSC_JP_MEMBER, .member = 8, .string_ref = PREF(nodes[7].string_ref, strings[261])},
        {.op = AWSC_JP_MEMBER, .member = 9, .string_ref = PREF(nodes[8].string_ref, strings[273])},
        {.op = AWSC_JP_MEMBER, .member = 10, .string_ref = PREF(nodes[9].string_ref, strings[281])},
        {.op = AWSC_JP_MEMBER, .member = 12, .string_ref = PREF(nodes[10].string_ref, strings[296])},
        {.op = AWSC_JP_MEMBER, .member = 4, .string_ref = PREF(nodes[11].string_ref, strings[221])},
        {.op = AWSC_JP_MEMBER, .member = 8, .string_ref = PREF(nodes[12].string_ref, strings[311])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[13].string_ref, strings[333])},
        {.op = AWSC_JP_MEMBER, .member = 6, .string_ref = PREF(nodes[14].string_ref, strings[345])},
        {.op = AWSC_JP_MEMBER, .member = 4, .string_ref = PREF(nodes[15].string_ref, strings[361])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[16].string_ref, strings[378])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[17].string_ref, strings[385])},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[18].string_ref, strings[389])},
        {.op = AWSC_JP_MEMBER, .member = 9, .string_ref = PREF(nodes[19].string_ref, strings[296])},
        {.op = AWSC_JP_MEMBER, .member = 4, .string_ref = PREF(nodes[20].string_ref, strings[405])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[21].string_ref, strings[261])},
        {.op = AWSC_JP_MEMBER, .member = 5, .string_ref = PREF(nodes[22].string_ref, strings[425])},
        {.op = AWSC_JP_MEMBER, .member = 6, .string_ref = PREF(nodes[23].string_ref, strings[434])},
        {.op = AWSC_JP_MEMBER, .member = 11, .string_ref = PREF(nodes[24].string_ref, strings[281])},
        {.op = AWSC_JP_MEMBER, .member = 13, .string_ref = PREF(nodes[25].string_ref, strings[296])},
        {.op = AWSC_JP_MEMBER, .member = 8, .string_ref = PREF(nodes[26].string_ref, strings[221])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[27].string_ref, strings[479])},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[28].string_ref, strings[490])},
        {.op = AWSC_JP_INDEX, .index = -1},
        {.op = AWSC_JP_SUB, .a = 1, .b = 2},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[31].string_ref, strings[385])},
        {.op = AWSC_JP_SUB, .a = 3, .b = 4},
        {.op = AWSC_JP_OR, .a = 0, .b = 5},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[34].string_ref, strings[490])},
        {.op = AWSC_JP_MEMBER, .member = 8, .string_ref = PREF(nodes[35].string_ref, strings[281])},
        {.op = AWSC_JP_MEMBER, .member = 10, .string_ref = PREF(nodes[36].string_ref, strings[296])},
        {.op = AWSC_JP_MEMBER, .member = 5, .string_ref = PREF(nodes[37].string_ref, strings[221])},
        {.op = AWSC_JP_MEMBER, .member = 10, .string_ref = PREF(nodes[38].string_ref, strings[311])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[39].string_ref, strings[490])},
        {.op = AWSC_JP_MEMBER, .member = 6, .string_ref = PREF(nodes[40].string_ref, strings[281])},
        {.op = AWSC_JP_MEMBER, .member = 6, .string_ref = PREF(nodes[41].string_ref, strings[499])},
        {.op = AWSC_JP_MEMBER, .member = 9, .string_ref = PREF(nodes[42].string_ref, strings[520])},
        {.op = AWSC_JP_MEMBER, .member = 14, .string_ref = PREF(nodes[43].string_ref, strings[526])},
        {.op = AWSC_JP_MEMBER, .member = 10, .string_ref = PREF(nodes[44].string_ref, strings[544])},
        {.op = AWSC_JP_MEMBER, .member = 11, .string_ref = PREF(nodes[45].string_ref, strings[215])},
        {.op = AWSC_JP_MEMBER, .member = 12, .string_ref = PREF(nodes[46].string_ref, strings[554])},
        {.op = AWSC_JP_MEMBER, .member = 15, .string_ref = PREF(nodes[47].string_ref, strings[567])},
    },
    .strings =
        /*      0 */ "ListBuckets\0"
        /*     12 */ "ListDirectoryBuckets\0"
        /*     33 */ "ListMultipartUploads\0"
        /*     54 */ "ListObjectAnnotations\0"
        /*     76 */ "ListObjectVersions\0"
        /*     95 */ "ListObjects\0"
        /*    107 */ "ListObjectsV2\0"
        /*    121 */ "ListParts\0"
        /*    131 */ "BucketExists\0"
        /*    144 */ "BucketNotExists\0"
        /*    160 */ "ObjectExists\0"
        /*    173 */ "ObjectNotExists\0"
        /*    189 */ "ContinuationToken\0"
        /*    207 */ "Buckets\0"
        /*    215 */ "Owner\0"
        /*    221 */ "Prefix\0"
        /*    228 */ "NextKeyMarker\0"
        /*    242 */ "NextUploadIdMarker\0"
        /*    261 */ "IsTruncated\0"
        /*    273 */ "Uploads\0"
        /*    281 */ "CommonPrefixes\0"
        /*    296 */ "RequestCharged\0"
        /*    311 */ "NextContinuationToken\0"
        /*    333 */ "Annotations\0"
        /*    345 */ "AnnotationCount\0"
        /*    361 */ "AnnotationPrefix\0"
        /*    378 */ "Bucket\0"
        /*    385 */ "Key\0"
        /*    389 */ "ObjectVersionId\0"
        /*    405 */ "NextVersionIdMarker\0"
        /*    425 */ "Versions\0"
        /*    434 */ "DeleteMarkers\0"
        /*    448 */ "NextMarker || Contents[-1].Key\0"
        /*    479 */ "NextMarker\0"
        /*    490 */ "Contents\0"
        /*    499 */ "NextPartNumberMarker\0"
        /*    520 */ "Parts\0"
        /*    526 */ "ChecksumAlgorithm\0"
        /*    544 */ "Initiator\0"
        /*    554 */ "StorageClass\0"
        /*    567 */ "ChecksumType",
};
#endif

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

int awsc_s3_list_buckets_paginate(struct awsc_client *client,
                                  const struct awsc_s3_list_buckets_input *input,
                                  const struct awsc_page_options *options,
                                  struct awsc_pager **pager,
                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[0], input, options, pager, err);
}

int awsc_s3_list_buckets_next_page(struct awsc_pager *pager,
                                   struct awsc_s3_list_buckets_output **page,
                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[0], page, err);
}

static void pg_0_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_s3_list_buckets_cb *)cb)(user_data, status, page, err);
}

int awsc_s3_list_buckets_next_page_async(struct awsc_pager *pager,
                                         awsc_s3_list_buckets_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_buckets_next_item(struct awsc_pager *pager,
                                   const struct awsc_s3_bucket **item,
                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[0], false, item, err);
}

static void pg_0_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_s3_list_buckets_item_cb *)cb)(user_data, status, item, err);
}

int awsc_s3_list_buckets_next_item_async(struct awsc_pager *pager,
                                         awsc_s3_list_buckets_item_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_buckets_collect(struct awsc_pager *pager,
                                 struct awsc_s3_list_buckets_output **output,
                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[0], output, err);
}

int awsc_s3_list_directory_buckets_paginate(struct awsc_client *client,
                                            const struct awsc_s3_list_directory_buckets_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[1], input, options, pager, err);
}

int awsc_s3_list_directory_buckets_next_page(struct awsc_pager *pager,
                                             struct awsc_s3_list_directory_buckets_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[1], page, err);
}

static void pg_1_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_s3_list_directory_buckets_cb *)cb)(user_data, status, page, err);
}

int awsc_s3_list_directory_buckets_next_page_async(struct awsc_pager *pager,
                                                   awsc_s3_list_directory_buckets_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_directory_buckets_next_item(struct awsc_pager *pager,
                                             const struct awsc_s3_bucket **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[1], false, item, err);
}

static void pg_1_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_s3_list_directory_buckets_item_cb *)cb)(user_data, status, item, err);
}

int awsc_s3_list_directory_buckets_next_item_async(struct awsc_pager *pager,
                                                   awsc_s3_list_directory_buckets_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_directory_buckets_collect(struct awsc_pager *pager,
                                           struct awsc_s3_list_directory_buckets_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[1], output, err);
}

int awsc_s3_list_multipart_uploads_paginate(struct awsc_client *client,
                                            const struct awsc_s3_list_multipart_uploads_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[2], input, options, pager, err);
}

int awsc_s3_list_multipart_uploads_next_page(struct awsc_pager *pager,
                                             struct awsc_s3_list_multipart_uploads_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[2], page, err);
}

static void pg_2_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_s3_list_multipart_uploads_cb *)cb)(user_data, status, page, err);
}

int awsc_s3_list_multipart_uploads_next_page_async(struct awsc_pager *pager,
                                                   awsc_s3_list_multipart_uploads_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_multipart_uploads_next_item(struct awsc_pager *pager,
                                             const struct awsc_s3_multipart_upload **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[2], false, item, err);
}

static void pg_2_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_s3_list_multipart_uploads_item_cb *)cb)(user_data, status, item, err);
}

int awsc_s3_list_multipart_uploads_next_item_async(struct awsc_pager *pager,
                                                   awsc_s3_list_multipart_uploads_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_multipart_uploads_collect(struct awsc_pager *pager,
                                           struct awsc_s3_list_multipart_uploads_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[2], output, err);
}

int awsc_s3_list_object_annotations_paginate(struct awsc_client *client,
                                             const struct awsc_s3_list_object_annotations_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[3], input, options, pager, err);
}

int awsc_s3_list_object_annotations_next_page(struct awsc_pager *pager,
                                              struct awsc_s3_list_object_annotations_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[3], page, err);
}

static void pg_3_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_s3_list_object_annotations_cb *)cb)(user_data, status, page, err);
}

int awsc_s3_list_object_annotations_next_page_async(struct awsc_pager *pager,
                                                    awsc_s3_list_object_annotations_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_object_annotations_next_item(struct awsc_pager *pager,
                                              const struct awsc_s3_annotation_entry **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[3], false, item, err);
}

static void pg_3_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_s3_list_object_annotations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_s3_list_object_annotations_next_item_async(struct awsc_pager *pager,
                                                    awsc_s3_list_object_annotations_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_object_annotations_collect(struct awsc_pager *pager,
                                            struct awsc_s3_list_object_annotations_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[3], output, err);
}

int awsc_s3_list_object_versions_paginate(struct awsc_client *client,
                                          const struct awsc_s3_list_object_versions_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[4], input, options, pager, err);
}

int awsc_s3_list_object_versions_next_page(struct awsc_pager *pager,
                                           struct awsc_s3_list_object_versions_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[4], page, err);
}

static void pg_4_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_s3_list_object_versions_cb *)cb)(user_data, status, page, err);
}

int awsc_s3_list_object_versions_next_page_async(struct awsc_pager *pager,
                                                 awsc_s3_list_object_versions_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_object_versions_next_item(struct awsc_pager *pager,
                                           const struct awsc_s3_object_version **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[4], false, item, err);
}

static void pg_4_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_s3_list_object_versions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_s3_list_object_versions_next_item_async(struct awsc_pager *pager,
                                                 awsc_s3_list_object_versions_item_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_object_versions_collect(struct awsc_pager *pager,
                                         struct awsc_s3_list_object_versions_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[4], output, err);
}

int awsc_s3_list_objects_paginate(struct awsc_client *client,
                                  const struct awsc_s3_list_objects_input *input,
                                  const struct awsc_page_options *options,
                                  struct awsc_pager **pager,
                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[5], input, options, pager, err);
}

int awsc_s3_list_objects_next_page(struct awsc_pager *pager,
                                   struct awsc_s3_list_objects_output **page,
                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[5], page, err);
}

static void pg_5_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_s3_list_objects_cb *)cb)(user_data, status, page, err);
}

int awsc_s3_list_objects_next_page_async(struct awsc_pager *pager,
                                         awsc_s3_list_objects_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[5], pg_5_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_objects_next_item(struct awsc_pager *pager,
                                   const struct awsc_s3_object **item,
                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[5], false, item, err);
}

static void pg_5_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_s3_list_objects_item_cb *)cb)(user_data, status, item, err);
}

int awsc_s3_list_objects_next_item_async(struct awsc_pager *pager,
                                         awsc_s3_list_objects_item_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[5], pg_5_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_objects_collect(struct awsc_pager *pager,
                                 struct awsc_s3_list_objects_output **output,
                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[5], output, err);
}

int awsc_s3_list_objects_v2_paginate(struct awsc_client *client,
                                     const struct awsc_s3_list_objects_v2_input *input,
                                     const struct awsc_page_options *options,
                                     struct awsc_pager **pager,
                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[6], input, options, pager, err);
}

int awsc_s3_list_objects_v2_next_page(struct awsc_pager *pager,
                                      struct awsc_s3_list_objects_v2_output **page,
                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[6], page, err);
}

static void pg_6_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_s3_list_objects_v2_cb *)cb)(user_data, status, page, err);
}

int awsc_s3_list_objects_v2_next_page_async(struct awsc_pager *pager,
                                            awsc_s3_list_objects_v2_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[6], pg_6_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_objects_v2_next_item(struct awsc_pager *pager,
                                      const struct awsc_s3_object **item,
                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[6], false, item, err);
}

static void pg_6_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_s3_list_objects_v2_item_cb *)cb)(user_data, status, item, err);
}

int awsc_s3_list_objects_v2_next_item_async(struct awsc_pager *pager,
                                            awsc_s3_list_objects_v2_item_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[6], pg_6_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_objects_v2_collect(struct awsc_pager *pager,
                                    struct awsc_s3_list_objects_v2_output **output,
                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[6], output, err);
}

int awsc_s3_list_parts_paginate(struct awsc_client *client,
                                const struct awsc_s3_list_parts_input *input,
                                const struct awsc_page_options *options,
                                struct awsc_pager **pager,
                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[7], input, options, pager, err);
}

int awsc_s3_list_parts_next_page(struct awsc_pager *pager,
                                 struct awsc_s3_list_parts_output **page,
                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[7], page, err);
}

static void pg_7_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_s3_list_parts_cb *)cb)(user_data, status, page, err);
}

int awsc_s3_list_parts_next_page_async(struct awsc_pager *pager,
                                       awsc_s3_list_parts_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[7], pg_7_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_parts_next_item(struct awsc_pager *pager,
                                 const struct awsc_s3_part **item,
                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[7], false, item, err);
}

static void pg_7_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_s3_list_parts_item_cb *)cb)(user_data, status, item, err);
}

int awsc_s3_list_parts_next_item_async(struct awsc_pager *pager,
                                       awsc_s3_list_parts_item_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[7], pg_7_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_s3_list_parts_collect(struct awsc_pager *pager,
                               struct awsc_s3_list_parts_output **output,
                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[7], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */

/* ------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

int awsc_s3_wait_bucket_exists(struct awsc_client *client,
                               const struct awsc_s3_head_bucket_input *input,
                               const struct awsc_wait_options *options,
                               struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[0], input, options, err);
}

int awsc_s3_wait_bucket_exists_async(struct awsc_client *client,
                                     const struct awsc_s3_head_bucket_input *input,
                                     const struct awsc_wait_options *options,
                                     awsc_wait_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[0], input, options, cb, user_data, err);
}

int awsc_s3_wait_bucket_not_exists(struct awsc_client *client,
                                   const struct awsc_s3_head_bucket_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[1], input, options, err);
}

int awsc_s3_wait_bucket_not_exists_async(struct awsc_client *client,
                                         const struct awsc_s3_head_bucket_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[1], input, options, cb, user_data, err);
}

int awsc_s3_wait_object_exists(struct awsc_client *client,
                               const struct awsc_s3_head_object_input *input,
                               const struct awsc_wait_options *options,
                               struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[2], input, options, err);
}

int awsc_s3_wait_object_exists_async(struct awsc_client *client,
                                     const struct awsc_s3_head_object_input *input,
                                     const struct awsc_wait_options *options,
                                     awsc_wait_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[2], input, options, cb, user_data, err);
}

int awsc_s3_wait_object_not_exists(struct awsc_client *client,
                                   const struct awsc_s3_head_object_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[3], input, options, err);
}

int awsc_s3_wait_object_not_exists_async(struct awsc_client *client,
                                         const struct awsc_s3_head_object_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[3], input, options, cb, user_data, err);
}
#endif /* AWSC_WITH_WAITERS */
