/*
 * Prints the --generate-cli-skeleton documents of every operation of every
 * service built, one JSON object a line:
 *   {"service": "dynamodb", "operation": "GetItem", "input": "<text>", "output": "<text>"}
 * where each text is the skeleton as the command line prints it (four
 * spaces of indent, as the AWS CLI). skeleton.py compares them with
 * botocore's ArgumentGenerator on the same models.
 */
#include <stdio.h>
#include <string.h>

#include "cli/skeleton.h"
#include "protocol/json.h"

static int text(const struct awsc_shape *shape, bool names, struct awsc_arena *arena,
                struct awsc_buf *line)
{
    struct awsc_document d;
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_buf b = AWSC_BUF_INIT;
    struct awsc__json_opts o = {.pretty = true, .ascii = true};
    int rc = awsc_cli_skeleton(shape, names, arena, &d, &err);
    if (rc == AWSC_OK)
        rc = awsc__json_write_document(&b, &d, &o, &err);
    if (rc != AWSC_OK) {
        fprintf(stderr, "skeleton of %s: %s\n", shape ? awsc_shape_name(shape) : "(none)",
                err.message);
        awsc_error_clean_up(&err);
        return rc;
    }
    awsc__json_put_string(line, b.data ? b.data : "", b.len);
    awsc__buf_clean_up(&b);
    return AWSC_OK;
}

int main(void)
{
    size_t n;
    const struct awsc_service *const *all = awsc_services(&n);
    for (size_t s = 0; s < n; s++) {
        for (uint32_t i = 0; i < all[s]->operation_count; i++) {
            const struct awsc_operation *op = awsc_service_operation_at(all[s], i);
            struct awsc_arena *arena = awsc__arena_new();
            struct awsc_buf line = AWSC_BUF_INIT;
            awsc__buf_printf(&line, "{\"service\": \"%s\", \"operation\": \"%s\", \"input\": ",
                             awsc_service_name(all[s]), awsc_operation_name(op));
            if (text(awsc_operation_input(op), false, arena, &line) != AWSC_OK)
                return 1;
            awsc__buf_puts(&line, ", \"output\": ");
            if (text(awsc_operation_output(op), true, arena, &line) != AWSC_OK)
                return 1;
            awsc__buf_puts(&line, "}\n");
            fwrite(line.data, 1, line.len, stdout);
            awsc__buf_clean_up(&line);
            awsc__arena_destroy(arena);
        }
    }
    return 0;
}
