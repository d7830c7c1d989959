/*
 * SES v2 (rest-json) through the typed C API against aws-ses-v2-local.
 *
 * - SendEmail with a simple message: a UTF-8 subject, text and HTML
 *   bodies, To, Cc and Bcc recipients, reply-to addresses and tags (a
 *   JSON body built from nested structures and lists). The message id of
 *   each mail sent is printed as "sent TAG ID" for ses_test.py, which
 *   reads the mail back through the server's own GET /store.
 * - Email templates: create, get (the name is a URI label holding a
 *   space, a slash and non-ASCII), list one per page (PageSize and
 *   NextToken in the query string), delete.
 * - Errors: a template that is not there (HTTP 404), a mail without a
 *   sender (HTTP 400), with their messages.
 *
 *   ses_test URL
 */
#include "itest.h"

#include <awsc/sesv2.h>

#include <stdio.h>
#include <string.h>

#define SUBJECT   "awsc SES v2 test \xe2\x80\x93 caf\xc3\xa9 \xe2\x9c\x93"
#define TEXT_BODY "Hello from awsc.\nSecond line: <not html> & \"quotes\" \xc3\xa9\xe2\x82\xac"
#define HTML_BODY "<p>Hello from <b>awsc</b> \xe2\x80\x94 caf\xc3\xa9</p>"
#define TEMPLATE1 "awsc tmpl a/b \xc3\xa9"
#define TEMPLATE2 "awsc-tmpl-2"

static bool send_simple(struct awsc_client *c)
{
    const char *to[] = {"to1@example.com", "to2@example.com"};
    const char *cc[] = {"cc@example.com"};
    const char *bcc[] = {"bcc@example.com"};
    const char *reply_to[] = {"reply@example.com"};
    struct awsc_sesv2_destination dest = {
        .to_addresses = AWSC_LIST(to),
        .cc_addresses = AWSC_LIST(cc),
        .bcc_addresses = AWSC_LIST(bcc),
    };
    struct awsc_sesv2_content subject = {.data = SUBJECT, .charset = "UTF-8"};
    struct awsc_sesv2_content text = {.data = TEXT_BODY, .charset = "UTF-8"};
    struct awsc_sesv2_content html = {.data = HTML_BODY};
    struct awsc_sesv2_body body = {.text = &text, .html = &html};
    struct awsc_sesv2_message msg = {.subject = &subject, .body = &body};
    struct awsc_sesv2_email_content content = {.simple = &msg};
    struct awsc_sesv2_message_tag tags[] = {{"campaign", "awsc"}, {"run", "1"}};
    struct awsc_sesv2_send_email_input in = {
        .from_email_address = "sender@example.com",
        .destination = &dest,
        .reply_to_addresses = AWSC_LIST(reply_to),
        .content = &content,
        .email_tags = AWSC_LIST(tags),
    };
    struct awsc_sesv2_send_email_output *out = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (!CHECK_OK(awsc_sesv2_send_email(c, &in, &out, &err), &err, "SendEmail"))
        return false;
    bool ok = CHECK(out->message_id && *out->message_id, "SendEmail: no MessageId");
    CHECK(awsc_output_http_status(out) == 200, "SendEmail: HTTP %d", awsc_output_http_status(out));
    if (ok)
        printf("sent simple %s\n", out->message_id);
    awsc_output_free(out);

    /* A second mail with only a text body and one recipient. */
    struct awsc_sesv2_destination dest2 = {.to_addresses = {to, 1}};
    struct awsc_sesv2_body body2 = {.text = &text};
    struct awsc_sesv2_message msg2 = {.subject = &subject, .body = &body2};
    struct awsc_sesv2_email_content content2 = {.simple = &msg2};
    struct awsc_sesv2_send_email_input in2 = {
        .from_email_address = "sender@example.com",
        .destination = &dest2,
        .content = &content2,
    };
    if (!CHECK_OK(awsc_sesv2_send_email(c, &in2, &out, &err), &err, "SendEmail (text only)"))
        return false;
    if (CHECK(out->message_id && *out->message_id, "SendEmail (text only): no MessageId"))
        printf("sent text-only %s\n", out->message_id);
    awsc_output_free(out);
    fflush(stdout);
    return ok;
}

static void templates(struct awsc_client *c)
{
    struct awsc_error err = AWSC_ERROR_INIT;
    const char *names[] = {TEMPLATE1, TEMPLATE2};
    for (size_t i = 0; i < 2; i++) {
        struct awsc_sesv2_email_template_content tc = {
            .subject = "Hi {{name}}", .text = "Text for {{name}}", .html = "<i>{{name}}</i>"};
        struct awsc_sesv2_create_email_template_input in = {.template_name = names[i],
                                                            .template_content = &tc};
        struct awsc_sesv2_create_email_template_output *out = NULL;
        CHECK_OK(awsc_sesv2_create_email_template(c, &in, &out, &err), &err, "CreateEmailTemplate");
        awsc_output_free(out);
    }

    /* The name travels as a URI label: space, '/' and UTF-8 encoded. */
    struct awsc_sesv2_get_email_template_input get = {.template_name = TEMPLATE1};
    struct awsc_sesv2_get_email_template_output *got = NULL;
    if (CHECK_OK(awsc_sesv2_get_email_template(c, &get, &got, &err), &err, "GetEmailTemplate")) {
        CHECK(got->template_name && strcmp(got->template_name, TEMPLATE1) == 0,
              "GetEmailTemplate: TemplateName %s", got->template_name ? got->template_name : "-");
        const struct awsc_sesv2_email_template_content *tc = got->template_content;
        CHECK(tc && tc->subject && strcmp(tc->subject, "Hi {{name}}") == 0 && tc->text &&
                  strcmp(tc->text, "Text for {{name}}") == 0 && tc->html &&
                  strcmp(tc->html, "<i>{{name}}</i>") == 0,
              "GetEmailTemplate: content differs");
        awsc_output_free(got);
    }

    /* One per page: PageSize and NextToken go in the query string. */
    size_t seen = 0;
    bool found[2] = {false, false};
    const char *token = NULL;
    struct awsc_sesv2_list_email_templates_output *page = NULL;
    for (int pages = 0; pages < 10; pages++) {
        struct awsc_sesv2_list_email_templates_input in = {
            .next_token = token, .has_page_size = true, .page_size = 1};
        struct awsc_sesv2_list_email_templates_output *next = NULL;
        int rc = awsc_sesv2_list_email_templates(c, &in, &next, &err);
        awsc_output_free(page); /* token pointed into it */
        page = next;
        if (!CHECK_OK(rc, &err, "ListEmailTemplates"))
            break;
        CHECK(page->templates_metadata.count <= 1, "ListEmailTemplates: %zu on a page of 1",
              page->templates_metadata.count);
        for (size_t i = 0; i < page->templates_metadata.count; i++) {
            const struct awsc_sesv2_email_template_metadata *m = &page->templates_metadata.items[i];
            seen++;
            for (size_t k = 0; k < 2; k++)
                if (m->template_name && strcmp(m->template_name, names[k]) == 0)
                    found[k] = true;
            CHECK(m->has_created_timestamp && m->created_timestamp.sec > 1600000000,
                  "ListEmailTemplates: CreatedTimestamp");
        }
        token = page->next_token;
        if (!token)
            break;
    }
    awsc_output_free(page);
    CHECK(seen == 2 && found[0] && found[1], "ListEmailTemplates: saw %zu, %d %d", seen, found[0],
          found[1]);

    for (size_t i = 0; i < 2; i++) {
        struct awsc_sesv2_delete_email_template_input del = {.template_name = names[i]};
        struct awsc_sesv2_delete_email_template_output *out = NULL;
        CHECK_OK(awsc_sesv2_delete_email_template(c, &del, &out, &err), &err,
                 "DeleteEmailTemplate");
        awsc_output_free(out);
    }

    /* Gone: the server answers 404 with a JSON message (and no error code
     * of its own, so the code is the HTTP status, as botocore has it). */
    int rc = awsc_sesv2_get_email_template(c, &get, &got, &err);
    CHECK(rc == AWSC_E_SERVICE && err.http_status == 404 && got == NULL,
          "GetEmailTemplate after delete: rc %d HTTP %d", rc, err.http_status);
    CHECK(err.code && strcmp(err.code, "404") == 0, "GetEmailTemplate: code %s",
          err.code ? err.code : "-");
    CHECK(err.message && strstr(err.message, "doesn't exist"), "GetEmailTemplate: message %s",
          err.message ? err.message : "-");
    CHECK(err.operation && strcmp(err.operation, "GetEmailTemplate") == 0,
          "GetEmailTemplate: operation %s", err.operation ? err.operation : "-");
    awsc_error_clean_up(&err);
}

static void bad_send(struct awsc_client *c)
{
    struct awsc_sesv2_content subject = {.data = "no sender"};
    struct awsc_sesv2_content text = {.data = "text"};
    struct awsc_sesv2_body body = {.text = &text};
    struct awsc_sesv2_message msg = {.subject = &subject, .body = &body};
    struct awsc_sesv2_email_content content = {.simple = &msg};
    struct awsc_sesv2_send_email_input in = {.content = &content};
    struct awsc_sesv2_send_email_output *out = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    int rc = awsc_sesv2_send_email(c, &in, &out, &err);
    CHECK(rc == AWSC_E_SERVICE && err.http_status == 400 && out == NULL,
          "SendEmail without a sender: rc %d HTTP %d", rc, err.http_status);
    CHECK(err.message && strcmp(err.message, "Bad Request Exception") == 0,
          "SendEmail without a sender: message %s", err.message ? err.message : "-");
    awsc_error_clean_up(&err);

    /* A header value from the caller with a line break is refused before
     * anything is sent. SES v2 has no header members in SendEmail; the
     * template name of a URI label cannot break a line either (encoded). */
    struct awsc_sesv2_get_email_template_input get = {.template_name = "x\r\nInjected: 1"};
    struct awsc_sesv2_get_email_template_output *got = NULL;
    rc = awsc_sesv2_get_email_template(c, &get, &got, &err);
    CHECK(rc == AWSC_E_SERVICE && err.http_status == 404,
          "GetEmailTemplate with CR LF in the label: rc %d HTTP %d (the label is encoded)", rc,
          err.http_status);
    awsc_error_clean_up(&err);
}

int main(int argc, char **argv)
{
    itest_env_set_up();
    const char *url = itest_server_url(argc, argv, "AWSC_TEST_SES_URL");
    struct awsc_config cfg = AWSC_CONFIG_INIT;
    cfg.endpoint_url = url;
    struct awsc_client *c = NULL;
    struct awsc_error err = AWSC_ERROR_INIT;
    if (!CHECK_OK(awsc_sesv2_client_new(&cfg, &c, &err), &err, "sesv2 client_new"))
        return itest_finish("ses_test");
    send_simple(c);
    templates(c);
    bad_send(c);
    awsc_client_destroy(c);
    itest_env_clean_up();
    return itest_finish("ses_test");
}
