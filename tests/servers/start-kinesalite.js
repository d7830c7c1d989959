// Starts kinesalite on 127.0.0.1 (its own CLI listens on every interface).
// usage: node start-kinesalite.js PORT [JSON options for kinesalite()]
'use strict';
const kinesalite = require('kinesalite');

const port = Number(process.argv[2]);
const opts = JSON.parse(process.argv[3] || '{}');
if (!Number.isInteger(port) || port <= 0) {
  console.error('usage: node start-kinesalite.js PORT [JSON options]');
  process.exit(2);
}
const server = kinesalite(opts).listen(port, '127.0.0.1', () => {
  console.log('kinesalite listening on 127.0.0.1:%d', server.address().port);
});
server.on('error', (err) => {
  console.error(err.stack || String(err));
  process.exit(1);
});
