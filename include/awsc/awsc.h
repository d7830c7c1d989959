/*
 * awsc/awsc.h - the whole runtime API. Service headers (<awsc/dynamodb.h>,
 * <awsc/s3.h>, ...) include this; include it yourself for the client,
 * transport and error APIs alone.
 */
#ifndef AWSC_AWSC_H
#define AWSC_AWSC_H

#include <awsc/common.h>
#include <awsc/shape.h>
#include <awsc/credentials.h>
#include <awsc/client.h>
#include <awsc/transport.h>
#include <awsc/paginate.h>
#include <awsc/wait.h>
#include <awsc/presign.h>
#include <awsc/eventstream.h>

#endif
