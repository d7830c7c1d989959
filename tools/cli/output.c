/*
 * tools/cli/output.c - what the tool prints: the --debug log, the events
 * of an event stream, and NextToken added to a paged output.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "protocol/json.h"

void cli_log_line(void *ud, const char *line)
{
    (void)ud;
    fprintf(stderr, "%s\n", line);
}

/* An event of an event stream, printed as it arrives: one JSON object,
 * the event's type as its key, as boto3 yields it. */
int cli_print_event(void *ud, const void *event)
{
    const struct awsc_shape *stream = ud;
    struct awsc__json_opts o = {
        .member_names = true, .timestamps = AWSC__JSON_TS_CLI, .pretty = true};
    struct awsc_buf text = AWSC_BUF_INIT;
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = awsc__json_write(&text, stream, event, &o, &err);
    if (rc == AWSC_OK && text.data) {
        printf("%s\n", text.data);
        fflush(stdout);
    } else {
        fprintf(stderr, "awsc: %s\n", err.message ? err.message : awsc_strerror(rc));
    }
    awsc__buf_clean_up(&text);
    awsc_error_clean_up(&err);
    return rc == AWSC_OK ? 0 : 1;
}

/* Adds "NextToken": token as the last member of the pretty-printed object
 * in text, as the AWS CLI does when --max-items stopped short. */
void cli_add_next_token(struct awsc_buf *text, const char *token)
{
    struct awsc_buf b = AWSC_BUF_INIT;
    size_t end = text->len;
    while (end > 0 && text->data[end - 1] != '}')
        end--;
    if (end == 0)
        return;
    size_t body = end - 1;
    while (body > 0 && isspace((unsigned char)text->data[body - 1]))
        body--;
    bool empty = body > 0 && text->data[body - 1] == '{';
    awsc__buf_append(&b, text->data, body);
    awsc__buf_puts(&b, empty ? "\n    \"NextToken\": " : ",\n    \"NextToken\": ");
    awsc__json_put_string(&b, token, strlen(token));
    awsc__buf_puts(&b, "\n}");
    if (b.failed) {
        awsc__buf_clean_up(&b);
        return;
    }
    awsc__buf_clean_up(text);
    *text = b;
}
