/*
 * resend_calls URL OP COUNT - makes COUNT calls of one operation, one
 * after the other on one client (so that they share kept-alive
 * connections), against the server at URL, and prints one JSON line per
 * call: the status, and the attempts the call says it made
 * (awsc_output_attempts on success, err.attempts on failure). OP is
 * get-item or put-item (DynamoDB), or put-object (S3, a body streamed from
 * a file). resend_test.py compares the lines with what its server saw.
 */
#include <awsc/dynamodb.h>
#ifdef HAVE_S3
#include <awsc/s3.h>
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const struct awsc_credentials CREDS = {"AKIDEXAMPLE", "resend-test-secret", NULL};

static void put_json_string(const char *s)
{
    putchar('"');
    for (; s && *s; s++) {
        if (*s == '"' || *s == '\\')
            printf("\\%c", *s);
        else if ((unsigned char)*s < 0x20)
            printf("\\u%04x", (unsigned char)*s);
        else
            putchar(*s);
    }
    putchar('"');
}

static void report(const char *op, int rc, void *out, const struct awsc_error *err)
{
    printf("{\"op\": \"%s\", \"status\": \"%s\", \"attempts\": %d, \"message\": ", op,
           awsc_status_name(rc), rc == AWSC_OK ? awsc_output_attempts(out) : err->attempts);
    put_json_string(rc == AWSC_OK ? "" : err->message);
    printf("}\n");
    fflush(stdout);
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: resend_calls URL get-item|put-item|put-object COUNT\n");
        return 2;
    }
    const char *url = argv[1], *what = argv[2];
    int count = atoi(argv[3]);
    setenv("AWS_CONFIG_FILE", "/nonexistent/awsc-config", 1);
    setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/awsc-credentials", 1);
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.region = "us-east-1";
    cfg.endpoint_url = url;
    cfg.credentials = &CREDS;
    cfg.max_attempts = 3;
    cfg.retry_mode = "standard";
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_client *c = NULL;
    const struct awsc_service *svc = awsc_dynamodb_service();
    char path[64] = "";
#ifdef HAVE_S3
    if (strcmp(what, "put-object") == 0) {
        svc = awsc_s3_service();
        snprintf(path, sizeof path, "/tmp/awsc-resend-%d.bin", (int)getpid());
        FILE *f = fopen(path, "wb");
        for (int i = 0; f && i < 100000; i++)
            fputc(i % 251, f);
        if (!f || fclose(f) != 0)
            return 2;
    }
#endif
    if (awsc_client_new(svc, &cfg, &c, &err) != AWSC_OK) {
        fprintf(stderr, "client: %s\n", err.message);
        return 2;
    }
    struct awsc_dynamodb_attribute_map_entry key = {"pk", {.s = "item"}};
    for (int i = 0; i < count; i++) {
        void *out = NULL;
        int rc;
        if (strcmp(what, "get-item") == 0) {
            struct awsc_dynamodb_get_item_input in = {.table_name = "music", .key = {&key, 1}};
            rc =
                awsc_dynamodb_get_item(c, &in, (struct awsc_dynamodb_get_item_output **)&out, &err);
        } else if (strcmp(what, "put-item") == 0) {
            struct awsc_dynamodb_attribute_map_entry attr = {"pk", {.s = "item"}};
            struct awsc_dynamodb_put_item_input in = {.table_name = "music", .item = {&attr, 1}};
            rc =
                awsc_dynamodb_put_item(c, &in, (struct awsc_dynamodb_put_item_output **)&out, &err);
        }
#ifdef HAVE_S3
        else if (strcmp(what, "put-object") == 0) {
            struct awsc_s3_put_object_input in = {
                .bucket = "bucket", .key = "object", .body = {.path = path}};
            rc = awsc_s3_put_object(c, &in, (struct awsc_s3_put_object_output **)&out, &err);
        }
#endif
        else {
            fprintf(stderr, "resend_calls: unknown operation %s\n", what);
            return 2;
        }
        report(what, rc, out, &err);
        awsc_output_free(out);
        awsc_error_clean_up(&err);
    }
    awsc_client_destroy(c);
    if (*path)
        unlink(path);
    return 0;
}
