/**
 * The floor of the CLI start-up benchmark (startup-cli.mts): the shortest Node script an operator
 * could write in place of `switchboard balance`. It signs (md5 of key + secret + timestamp, the
 * vendor's rule) and sends GET /sms/getBalance with undici, with the credentials the CLI would
 * take from the environment, and prints the balance.
 */
import { createHash } from 'node:crypto';
import { request } from 'undici';

const { ITNIO_API_KEY: apiKey = '', ITNIO_API_SECRET: apiSecret = '', ITNIO_BASE_URL: baseUrl } = process.env;
const timestamp = String(Math.floor(Date.now() / 1000));
const response = await request(new URL('/sms/getBalance', baseUrl), {
  headers: {
    'Content-Type': 'application/json;charset=UTF-8',
    'Api-Key': apiKey,
    Timestamp: timestamp,
    Sign: createHash('md5').update(apiKey + apiSecret + timestamp).digest('hex'),
  },
});
const answer = await response.body.json();
if (String(answer.status) === '0') {
  console.log(`balance ${answer.balance}`);
} else {
  console.error(`refused: ${answer.status}`);
  process.exitCode = 3;
}
