/*
 * The ec2 protocol: the query protocol's form and XML (query.c), with
 * EC2's own parameter names and response shape:
 *
 *  - a member is sent under its queryName, else its locationName (or,
 *    without one, its member name) with the first letter upper-cased.
 *    botocore upper-cases only locationNames, but every input member of
 *    the EC2 model without one starts with a capital letter anyway; the
 *    Smithy rule kept here also passes the protocol suites;
 *  - a list is sent as Name.1, Name.2 ... whatever its member's name or
 *    `flattened`, and an empty list is not sent at all;
 *  - the output is the response's root element itself (no result
 *    wrapper); errors are <Response><Errors><Error><Code/><Message/>
 *    </Error></Errors><RequestID/></Response>.
 */
#include <string.h>

#include "protocol.h"
#include "xml.h"

void awsc__ec2_put_name(struct awsc_buf *b, const char *location_name, const char *dflt)
{
    if (!location_name || !*location_name) {
        awsc__buf_puts(b, dflt);
        return;
    }
    char first = location_name[0];
    if (first >= 'a' && first <= 'z')
        first = (char)(first - 'a' + 'A');
    awsc__buf_putc(b, first);
    awsc__buf_puts(b, location_name + 1);
}

void awsc__ec2_put_member_name(struct awsc_buf *b, const struct awsc_member *m)
{
    const char *query_name = awsc_member_query_name(m);
    if (query_name && *query_name)
        awsc__buf_puts(b, query_name);
    else
        awsc__ec2_put_name(b, awsc__xml_member_name(m), awsc_member_name(m));
}

static int ec2_serialize(const struct awsc_operation *op, const void *input,
                         struct awsc__request *req, struct awsc_error *err)
{
    return awsc__query_serialize(op, input, true, req, err);
}

static int ec2_parse(const struct awsc_operation *op, const struct awsc__response *resp,
                     struct awsc_arena *arena, void **output, struct awsc_error *err)
{
    return awsc__query_parse(op, resp, true, arena, output, err);
}

static const struct awsc__protocol EC2_PROTOCOL = {
    "ec2",
    ec2_serialize,
    ec2_parse,
    awsc__query_parse_error,
    /* read_payload: no event streams */
    NULL,
};

const struct awsc__protocol *awsc__ec2_protocol(void)
{
    return &EC2_PROTOCOL;
}
