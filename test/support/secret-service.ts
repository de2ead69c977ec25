/**
 * A private D-Bus session bus, optionally with an unlocked GNOME Keyring on it, for this test
 * process only: the developer's own keyring is never touched, and nothing outlives the suite.
 *
 * Recipe (every step checked, every failure explained):
 * 1. `dbus-daemon --config-file=<tmp>/bus.conf --nofork --nopidfile --print-address=1`, with a
 *    config that listens in the temp dir and has NO service directories, so nothing is ever
 *    auto-activated (the system's org.freedesktop.secrets.service would start a second keyring on
 *    the real HOME). Its first stdout line is the bus address.
 * 2. `gnome-keyring-daemon --foreground --unlock --components=secrets`, the password on stdin
 *    (then EOF), HOME/XDG_DATA_HOME/XDG_CONFIG_HOME/XDG_CACHE_HOME/XDG_RUNTIME_DIR in the temp
 *    dir: it creates a fresh "login" keyring, unlocked, and makes it the default.
 * 3. Poll (dbus-send) until org.freedesktop.secrets has an owner, the `default` alias points at
 *    a collection, and that collection says Locked=false.
 * Both daemons run in the foreground as our children, so stop() can kill exactly them and Node
 * reaps them (no forked orphans or zombies).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const PACKAGES = 'Install dbus-daemon (dbus-bin), gnome-keyring and libsecret-1-0 (CI installs them: apt-get install dbus-daemon gnome-keyring libsecret-1-0).';

export interface PrivateBus {
  address: string;
  dir: string;
  /** `dbus-send --print-reply` on this bus; answers its stdout. */
  send(destination: string, path: string, method: string, ...args: string[]): Promise<string>;
  stop(): Promise<void>;
}

export interface Keyring {
  /** The D-Bus object path of the default (login) collection. */
  collection: string;
  stop(): Promise<void>;
}

export async function startPrivateBus(): Promise<PrivateBus> {
  const dir = mkdtempSync(join(tmpdir(), 'sb-keychain-'));
  const config = join(dir, 'bus.conf');
  writeFileSync(
    config,
    `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=${dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`,
  );
  let bus: ChildProcess | undefined;
  try {
    bus = spawn('dbus-daemon', [`--config-file=${config}`, '--nofork', '--nopidfile', '--print-address=1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const address = await firstLine(bus, 'dbus-daemon', 10_000);
    const send = async (destination: string, path: string, method: string, ...args: string[]) => {
      const { stdout } = await run('dbus-send', ['--session', '--print-reply', `--dest=${destination}`, path, method, ...args], {
        env: { PATH: process.env.PATH, DBUS_SESSION_BUS_ADDRESS: address },
        timeout: 5_000,
      });
      return stdout;
    };
    const started = bus;
    return { address, dir, send, stop: () => stopAll([started], dir) };
  } catch (error) {
    await stopAll(bus ? [bus] : [], dir);
    throw error;
  }
}

/** An unlocked GNOME Keyring with a fresh login keyring, on the given bus. */
export async function startKeyring(bus: PrivateBus, options: { unlock?: boolean } = {}): Promise<Keyring> {
  const unlock = options.unlock ?? true;
  const home = join(bus.dir, 'home');
  const runtime = join(bus.dir, 'run');
  for (const sub of ['home', 'home/.local/share', 'home/.config', 'home/.cache', 'run']) mkdirSync(join(bus.dir, sub), { recursive: true, mode: 0o700 });
  const daemon = spawn('gnome-keyring-daemon', ['--foreground', ...(unlock ? ['--unlock'] : []), '--components=secrets'], {
    env: {
      PATH: process.env.PATH,
      LANG: 'C.UTF-8',
      HOME: home,
      XDG_DATA_HOME: join(home, '.local/share'),
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_CACHE_HOME: join(home, '.cache'),
      XDG_RUNTIME_DIR: runtime,
      DBUS_SESSION_BUS_ADDRESS: bus.address,
    },
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let stderr = '';
  daemon.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4_000)));
  const spawnError = new Promise<never>((_resolve, reject) =>
    daemon.once('error', (error) => reject(new Error(`Could not start gnome-keyring-daemon: ${error.message}. ${PACKAGES}`))),
  );
  spawnError.catch(() => undefined);
  // The keyring's password: random, never printed, only good for this temp dir.
  daemon.stdin?.on('error', () => undefined);
  daemon.stdin?.end(unlock ? randomBytes(16).toString('hex') : '');

  const stop = () => stopAll([daemon], undefined);
  try {
    const collection = await Promise.race([spawnError, waitForSecrets(bus, daemon, unlock, () => stderr)]);
    return { collection, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Resolves with the default collection's path once the Secret Service is usable as asked. */
async function waitForSecrets(bus: PrivateBus, daemon: ChildProcess, unlock: boolean, stderr: () => string): Promise<string> {
  const deadline = Date.now() + 20_000;
  let last = 'nothing tried yet';
  while (Date.now() < deadline) {
    if (daemon.exitCode !== null || daemon.signalCode !== null) {
      throw new Error(`gnome-keyring-daemon exited (${daemon.exitCode ?? daemon.signalCode}) before it offered org.freedesktop.secrets. Its stderr: ${stderr() || '(empty)'}`);
    }
    try {
      const owned = await bus.send('org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.NameHasOwner', 'string:org.freedesktop.secrets');
      if (!/boolean true/.test(owned)) {
        last = 'org.freedesktop.secrets has no owner yet';
      } else if (!unlock) {
        return '';
      } else {
        const alias = await bus.send('org.freedesktop.secrets', '/org/freedesktop/secrets', 'org.freedesktop.Secret.Service.ReadAlias', 'string:default');
        const collection = /object path "([^"]+)"/.exec(alias)?.[1];
        if (!collection || collection === '/') {
          last = 'no default keyring yet';
        } else {
          const locked = await bus.send('org.freedesktop.secrets', collection, 'org.freedesktop.DBus.Properties.Get', 'string:org.freedesktop.Secret.Collection', 'string:Locked');
          if (/boolean false/.test(locked)) return collection;
          last = `default keyring ${collection} is locked`;
        }
      }
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      if (/ENOENT/.test(text)) throw new Error(`dbus-send is missing, so the suite cannot check the keyring. ${PACKAGES}`, { cause: error });
      last = text.split('\n').slice(0, 3).join(' ');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gnome-keyring-daemon did not offer an unlocked default keyring within 20 s (last check: ${last}). Its stderr: ${stderr() || '(empty)'}`);
}

function firstLine(child: ChildProcess, name: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => done(new Error(`${name} printed no address within ${timeoutMs / 1000} s. Its stderr: ${err || '(empty)'}`)), timeoutMs);
    const done = (error: Error | undefined, line?: string) => {
      clearTimeout(timer);
      child.stdout?.removeAllListeners('data');
      child.removeAllListeners('exit');
      if (error) reject(error);
      else resolve(line ?? '');
    };
    child.once('error', (error) => done(new Error(`Could not start ${name}: ${error.message}. ${PACKAGES}`)));
    child.once('exit', (code, signal) => done(new Error(`${name} exited (${code ?? signal}) before printing its address. Its stderr: ${err || '(empty)'}`)));
    child.stderr?.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-4_000)));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const newline = out.indexOf('\n');
      if (newline >= 0) done(undefined, out.slice(0, newline).trim());
    });
  });
}

async function stopAll(children: ChildProcess[], dir: string | undefined): Promise<void> {
  await Promise.all(children.map(stopChild));
  if (dir) rmSync(dir, { recursive: true, force: true });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const hard = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
