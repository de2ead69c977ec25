/**
 * A signed request through the ITNIO client (sign, envelope, status table, clock tracking, logging)
 * against the same request sent with bare undici, both to the sandbox on loopback: p50 per request.
 * Interleaved in one run, so the machine's load affects both alike.
 */
import { createHash } from 'node:crypto';
import { Pool } from 'undici';
import { createLogger } from '../../main/platform/log';
import { createItnioClient, ENDPOINTS } from '../../main/platform/itnio';
import { startSandbox } from '../../main/sandbox';
import { pairedP50, type Figure } from './stats.mts';

const KEY = 'benchKey';
const SECRET = 'bench-secret';

export async function clientOverhead(rounds = 2_000): Promise<Figure> {
  const sandbox = await startSandbox({ port: 0, credentials: [{ apiKey: KEY, apiSecret: SECRET }], logger: createLogger(() => undefined) });
  const body = { current: 1, size: 20, params: { appId: sandbox.state.appId } };
  const client = createItnioClient({ baseUrl: sandbox.url, apiKey: KEY, apiSecret: SECRET, logger: createLogger(() => undefined) });
  const pool = new Pool(sandbox.url);
  const raw = async () => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const response = await pool.request({
      method: 'POST',
      path: ENDPOINTS.sipQuery.path,
      headers: {
        'Content-Type': 'application/json;charset=UTF-8',
        'Api-Key': KEY,
        Timestamp: timestamp,
        Sign: createHash('md5').update(KEY + SECRET + timestamp).digest('hex'),
      },
      body: JSON.stringify(body),
    });
    const parsed = (await response.body.json()) as { status: string };
    if (String(parsed.status) !== '0') throw new Error(`raw request refused: ${parsed.status}`);
  };
  const signed = async () => {
    const result = await client.request(ENDPOINTS.sipQuery, body);
    if (!result.ok) throw new Error(`client request failed: ${result.error.message}`);
  };
  try {
    const p50 = await pairedP50(signed, raw, rounds, 200);
    return {
      name: `Signed request, p50 of ${rounds} (sipQuery on the loopback sandbox)`,
      subject: 'ITNIO client',
      baseline: 'bare undici',
      subjectValue: p50.subject,
      baselineValue: p50.baseline,
      unit: 'ms',
    };
  } finally {
    await client.close();
    await pool.close();
    await sandbox.close();
  }
}
