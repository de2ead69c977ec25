import type { SandboxState } from './state';

export interface EndpointContext {
  state: SandboxState;
  body: Record<string, unknown>;
  /** Sandbox clock, epoch ms. */
  now: number;
  /** The caller's address, for the endpoints that enforce the account's IP whitelist. */
  clientIp: string;
}

/** One emulated endpoint. `handle` returns the envelope's `data` or throws a Refusal. */
export interface Route {
  method: 'POST';
  path: string;
  handle(context: EndpointContext): unknown;
  /** The vendor answers this endpoint's `status` as a JSON number instead of a string. */
  numericStatus?: boolean;
  /** The code for a disabled key where the endpoint documents one; -1 otherwise. */
  disabledKeyCode?: string;
}
