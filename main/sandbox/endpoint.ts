import type { SandboxState } from './state';

export interface EndpointContext {
  state: SandboxState;
  /** The JSON body of a POST; the query string's fields (all strings) of a GET. */
  body: Record<string, unknown>;
  /** Path parameters, decoded: `/voice/recordSip/:voiceId` gives `voiceId`. */
  pathParams: Record<string, string>;
  /** Sandbox clock, epoch ms. */
  now: number;
  /** The caller's address, for the endpoints that enforce the account's IP whitelist. */
  clientIp: string;
  /** Where the sandbox itself is reached (http://127.0.0.1:PORT), for the links it hands out. */
  origin: string;
}

/** One emulated endpoint. `handle` returns the envelope's `data` or throws a Refusal. */
export interface Route {
  method: 'POST' | 'GET';
  /** `:name` segments are path parameters. */
  path: string;
  handle(context: EndpointContext): unknown;
  /** The vendor answers this endpoint's `status` as a JSON number instead of a string. */
  numericStatus?: boolean;
  /** The answer's fields sit beside status and reason, with no `data` (getBalance). */
  fieldsAtTopLevel?: boolean;
  /** The code for a disabled key where the endpoint documents one; -1 otherwise. */
  disabledKeyCode?: string;
}
