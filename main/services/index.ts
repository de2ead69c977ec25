import type { Services } from '../router';
import { createAppServices, type AppServiceDeps } from './app';

export type ServiceDeps = AppServiceDeps;

/** Every contract method's implementation, wired once for the app, the CLI and the e2e harness. */
export function createServices(deps: ServiceDeps): Services {
  return { ...createAppServices(deps) };
}
