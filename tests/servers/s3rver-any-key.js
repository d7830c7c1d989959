// Preloaded with `node -r` before s3rver's CLI: s3rver knows one access key
// (S3RVER) and rejects any other with InvalidAccessKeyId. Here every access
// key is registered on first use, for s3rver's single account, with the key
// itself as its secret. s3rver never checks SigV4 signatures, so any key
// works for SigV4 clients; a SigV2 client must also use the key as secret.
'use strict';
const path = require('path');

const s3rverMain = require.resolve('s3rver');
const Account = require(path.join(path.dirname(s3rverMain), 'models', 'account'));

const registry = Account.registry;
const lookup = registry.get.bind(registry);
registry.get = (accessKeyId) => {
  if (typeof accessKeyId === 'string' && accessKeyId !== '' && !registry.has(accessKeyId)) {
    Account.DUMMY_ACCOUNT.createKeyPair(accessKeyId, accessKeyId);
  }
  return lookup(accessKeyId);
};
