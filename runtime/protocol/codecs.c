/*
 * Every codec by its protocol, built or not for a service of this build:
 * the tests and fuzzers that drive a codec with tables of their own reach
 * it here. The call path uses awsc__protocol_for() (common.c), which names
 * only the codecs of the built services; this file, named by nothing in the
 * library, stays out of libawsc.so.
 */
#include "protocol.h"
#include "cbor.h"
#include "json.h"
#include "rest.h"
#include "xml.h"

const struct awsc__protocol *awsc__protocol_any(int protocol)
{
    switch (protocol) {
    case AWSC_PROTO_JSON:
        return awsc__json_protocol();
    case AWSC_PROTO_QUERY:
        return awsc__query_protocol();
    case AWSC_PROTO_EC2:
        return awsc__ec2_protocol();
    case AWSC_PROTO_REST_JSON:
        return awsc__rest_json_protocol();
    case AWSC_PROTO_REST_XML:
        return awsc__rest_xml_protocol();
    case AWSC_PROTO_RPC_V2_CBOR:
        return awsc__cbor_protocol();
    default:
        return NULL;
    }
}
