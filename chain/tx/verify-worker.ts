/**
 * A signature-verification worker of `SignatureVerifyPool`: loads the backend the pool names and
 * answers batches of fixed-size records (see `verify-pool.ts` for the layout) with one verdict byte
 * per record. It holds no state between batches.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadSecp256k1Backend, type Secp256k1BackendName } from './secp256k1-backend.js';
import { RECORD_BYTES, readRecord, type WorkerReply, type WorkerRequest } from './verify-protocol.js';

const port = parentPort;
if (port === null) throw new Error('verify-worker.ts runs only as a worker thread of SignatureVerifyPool');

let reply: WorkerReply;
try {
  const backend = loadSecp256k1Backend((workerData as { backend: Secp256k1BackendName }).backend);
  port.on('message', (req: WorkerRequest) => {
    const records = new Uint8Array(req.records);
    const verdicts = new Uint8Array(req.count);
    for (let i = 0; i < req.count; i++) {
      const r = readRecord(records, i * RECORD_BYTES);
      verdicts[i] = backend.verify(r.sig, r.digest, r.pubKey) ? 1 : 0;
    }
    const out: WorkerReply = { kind: 'verdicts', id: req.id, verdicts: verdicts.buffer };
    port.postMessage(out, [verdicts.buffer]);
  });
  reply = { kind: 'ready', backend: backend.name };
} catch (e) {
  reply = { kind: 'failed', error: (e as Error).message };
}
port.postMessage(reply);
