// A fake Lähellä.fi and PTV for local development and benchmarks (tests/support/fake-upstream).
//
//   npm run dev:upstream -- [--port 4010] [--lahella 200] [--ptv 50] [--token dev-token]
//
// Prints the environment variables that point a local Polku at it, then serves until stopped.
// Faults are switched at run time, e.g.
//   curl -X POST localhost:4010/__control -d '{"fail5xxOnPage": 1}'
//   curl -X POST localhost:4010/__control -d '{"removeKeys": ["lh-gen-000003"], "changeKeys": ["lh-gen-000004"]}'
//   curl -X POST localhost:4010/__reset
import { parseArgs } from 'node:util';
import { startFakeUpstream } from '../tests/support/fake-upstream';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    lahella: { type: 'string', default: '200' },
    ptv: { type: 'string', default: '50' },
    'ptv-page-size': { type: 'string', default: '100' },
    token: { type: 'string' },
  },
});

const count = (name: string, value: string | undefined) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number (got ${value}).`);
    process.exit(1);
  }
  return n;
};

const upstream = await startFakeUpstream({
  port: count('port', values.port),
  host: values.host,
  lahellaCount: count('lahella', values.lahella),
  ptvCount: count('ptv', values.ptv),
  ptvPageSize: count('ptv-page-size', values['ptv-page-size']),
  lahellaToken: values.token,
});

for (const [key, value] of Object.entries(upstream.env)) console.log(`${key}=${value}`);
console.error(
  `Fake upstream on ${upstream.url}: ${values.lahella} Lähellä activities, ${values.ptv} PTV services.\n` +
    `Controls: POST ${upstream.url}/__control (JSON), POST ${upstream.url}/__reset, GET ${upstream.url}/__state. Ctrl-C stops.`,
);

const stop = () => void upstream.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
