// Preloaded with `node -r` for every test server: any TCP listen() is bound
// to 127.0.0.1 whatever host the server asks for. fauxqs, for one, always
// listens on 0.0.0.0; tests must never open a port on other interfaces.
'use strict';
const net = require('net');

const LOOPBACK = '127.0.0.1';
const listen = net.Server.prototype.listen;

net.Server.prototype.listen = function (...args) {
  const first = args[0];
  if (first !== null && typeof first === 'object' && !('fd' in first) && !('_handle' in first)) {
    // listen({port, host, ...}, cb); a unix socket ({path}) stays as it is
    if (first.path === undefined) args[0] = { ...first, host: LOOPBACK };
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    // listen(port[, host][, backlog][, cb])
    if (typeof args[1] === 'string') args[1] = LOOPBACK;
    else args.splice(1, 0, LOOPBACK);
  } else if (first === undefined || typeof first === 'function') {
    // listen() or listen(cb): a random port on every interface
    args.unshift(0, LOOPBACK);
  }
  return listen.apply(this, args);
};
