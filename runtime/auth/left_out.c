/*
 * The signers a build leaves out (-Dsigv4a=false, -Dsigv2=false, see
 * <awsc/build_config.h>): their entry points fail the call with
 * AWSC_E_UNSUPPORTED and say which option would have built them.
 */
#include "auth.h"

#if !AWSC_WITH_SIGV4A
int awsc__sigv4a_derive(const char *access_key_id, const char *secret, uint8_t priv[32],
                        uint8_t pub[65], struct awsc_error *err)
{
    (void)access_key_id, (void)secret, (void)priv, (void)pub;
    return awsc__fail(err, AWSC_E_UNSUPPORTED,
                      "this request must be signed with SigV4a, which this build of awsc "
                      "leaves out (-Dsigv4a=false)");
}

int awsc__sigv4a_sign_digest(const uint8_t priv[32], const uint8_t digest[32], char *hex,
                             struct awsc_error *err)
{
    (void)priv, (void)digest, (void)hex;
    return awsc__fail(err, AWSC_E_UNSUPPORTED,
                      "this request must be signed with SigV4a, which this build of awsc "
                      "leaves out (-Dsigv4a=false)");
}
#endif

#if !AWSC_WITH_SIGV2
int awsc__sigv2_sign_form(const char *method, const char *url, const struct awsc_credentials *creds,
                          struct awsc_timestamp t, const struct awsc_buf *form,
                          struct awsc_buf *out, struct awsc_error *err)
{
    (void)method, (void)url, (void)creds, (void)t, (void)form, (void)out;
    return awsc__fail(err, AWSC_E_UNSUPPORTED,
                      "this service signs with Signature Version 2, which this build of awsc "
                      "leaves out (-Dsigv2=false)");
}
#endif

#if AWSC_WITH_SIGV4A && AWSC_WITH_SIGV2
/* ISO C wants a translation unit to declare something. */
typedef int awsc__every_signer_built;
#endif
