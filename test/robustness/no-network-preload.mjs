// Preloaded with `node --import` by the no-network test: every way Node can
// open a connection or look up a name is replaced by a function that writes
// one line to $PLAIN_IG_NET_LOG and throws. Worker threads inherit --import,
// so they are covered too. Nothing here ever connects.
import { appendFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

const log = process.env.PLAIN_IG_NET_LOG;

function blocked(name) {
  return function () {
    const line = `${process.pid} ${name} ${JSON.stringify([...arguments].filter((a) => typeof a !== 'function').map(String))}\n`;
    if (log) appendFileSync(log, line);
    throw new Error(`network is blocked in this test: ${name}`);
  };
}

net.Socket.prototype.connect = blocked('net.Socket.connect');
net.connect = blocked('net.connect');
net.createConnection = blocked('net.createConnection');
tls.connect = blocked('tls.connect');
for (const [name, mod] of [['http', http], ['https', https]]) {
  mod.request = blocked(`${name}.request`);
  mod.get = blocked(`${name}.get`);
}
http2.connect = blocked('http2.connect');
dgram.createSocket = blocked('dgram.createSocket');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveTxt', 'reverse']) {
  dns[name] = blocked(`dns.${name}`);
  if (dns.promises[name]) dns.promises[name] = blocked(`dns.promises.${name}`);
}
globalThis.fetch = blocked('fetch');
if (globalThis.WebSocket) globalThis.WebSocket = blocked('WebSocket');
if (globalThis.EventSource) globalThis.EventSource = blocked('EventSource');
syncBuiltinESMExports();

if (process.env.PLAIN_IG_NET_SELFTEST) {
  // Proves the stubs are in place: each attempt below must be recorded.
  const attempts = [
    () => fetch('https://example.org/'),
    () => http.get('http://example.org/'),
    () => https.request('https://example.org/'),
    () => net.connect(80, 'example.org'),
    () => new net.Socket().connect(80, 'example.org'),
    () => tls.connect(443, 'example.org'),
    () => dns.lookup('example.org', () => {}),
    () => dgram.createSocket('udp4'),
  ];
  for (const attempt of attempts) {
    try {
      attempt();
    } catch {
      // Expected: blocked.
    }
  }
}
