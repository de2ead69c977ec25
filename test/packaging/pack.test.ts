/**
 * electron-builder.yml without the Electron binary (its zip cannot be downloaded on the build
 * machines): the config is loaded and schema-checked the way `electron-builder` does it, then the
 * app is packed `--dir` for linux x64 against a stand-in Electron folder, and the resulting
 * app.asar is inspected: the built output and keytar go in, sources, tests and dev packages stay
 * out, keytar's native addon is unpacked next to the archive.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage, statFile } from '@electron/asar';
import type * as BuilderConfig from 'app-builder-lib/out/util/config/config';
import type * as LinuxTargets from 'app-builder-lib/out/targets/LinuxTargetHelper';
import type * as BuilderUtil from 'builder-util';
import { Arch, build, Platform, type Configuration, type TargetConfigType } from 'electron-builder';
import { APP_ID } from '../../main/platform/paths';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRODUCT_NAME } from '../../main/platform/paths';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'out');
const KEYTAR_NODE = 'node_modules/keytar/build/Release/keytar.node';
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  homepage?: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

// electron-builder's own loader and validator, taken from the copy electron-builder itself uses
// (app-builder-lib is pinned by electron-builder, not a dependency of ours).
const fromBuilder = createRequire(createRequire(import.meta.filename).resolve('electron-builder'));
const { getConfig, validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config') as typeof BuilderConfig;
const { DebugLogger } = fromBuilder('builder-util') as typeof BuilderUtil;
const { LinuxTargetHelper } = fromBuilder('app-builder-lib/out/targets/LinuxTargetHelper') as typeof LinuxTargets;

/** Target names of one platform section, whether written as strings or `{ target }` objects. */
function targetNames(target: TargetConfigType | undefined): string[] {
  if (target == null) return [];
  return (Array.isArray(target) ? target : [target]).map((t) => (typeof t === 'string' ? t : t.target));
}

/** Every file under `dir`, relative to ROOT with forward slashes. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

type PackageMeta = { name: string; version: string; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };

/**
 * `name@version` of the production dependencies and everything they depend on, resolved from
 * node_modules the way Node does. (Versions, not folders: electron-builder re-hoists the copy.)
 */
function productionClosure(): Set<string> {
  const seen = new Set<string>();
  const visited = new Set<string>();
  const visit = (name: string, fromDir: string) => {
    for (let dir = fromDir; ; dir = dirname(dir)) {
      const pkgDir = join(dir, 'node_modules', name);
      if (existsSync(join(pkgDir, 'package.json'))) {
        if (visited.has(pkgDir)) return;
        visited.add(pkgDir);
        const meta = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as PackageMeta;
        seen.add(`${meta.name}@${meta.version}`);
        for (const dep of Object.keys({ ...meta.dependencies, ...meta.optionalDependencies })) visit(dep, pkgDir);
        return;
      }
      if (dir === ROOT || dirname(dir) === dir) return;
    }
  };
  for (const name of Object.keys(pkg.dependencies)) visit(name, ROOT);
  return seen;
}

/** The glob patterns of `files`, whether the entries are strings or `{ filter }` sets (getConfig normalises to the latter). */
type FilePattern = string | { from: string | undefined; to: string | undefined };
function filePatterns(files: Configuration['files']): FilePattern[] {
  if (files == null) return [];
  return (Array.isArray(files) ? files : [files]).flatMap((set): FilePattern[] => {
    if (typeof set === 'string') return [set];
    if (set.from != null || set.to != null) return [{ from: set.from, to: set.to }];
    return set.filter == null ? [] : Array.isArray(set.filter) ? set.filter : [set.filter];
  });
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('electron-builder.yml', () => {
  let config: Configuration;

  beforeAll(async () => {
    config = await getConfig(ROOT, null, null);
  });

  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and writes installers to dist/', () => {
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe('Switchboard');
    // The same name Electron gets at run time, so the data folder matches the installed app.
    expect(config.productName).toBe(PRODUCT_NAME);
    expect(config.directories?.output).toBe('dist');
    // Taken from node_modules/electron, never pinned twice; and nothing points at a local Electron.
    expect(config.electronVersion).toBeUndefined();
    expect(config.electronDist).toBeUndefined();
  });

  it('builds AppImage + deb on Linux, NSIS on Windows, dmg and the updater’s zip on macOS', () => {
    expect(targetNames(config.linux?.target).sort()).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Network');
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
    expect(targetNames(config.mac?.target)).toEqual(['dmg', 'zip']);
    expect(config.mac?.category).toBe('public.app-category.business-tools');
  });

  it('has what the deb refuses to build without: a maintainer with an email and a homepage', () => {
    expect(config.linux?.maintainer).toMatch(/^[^<>]+ <[^@\s<>]+@[^@\s<>]+\.[a-z]+>$/);
    const homepage = (config.extraMetadata as { homepage?: string } | undefined)?.homepage ?? pkg.homepage;
    expect(homepage).toMatch(/^https:\/\//);
  });

  it('declares tel: and callto: for macOS and Linux, and lists Switchboard for both in the Windows installer without taking the default', () => {
    expect(config.protocols).toEqual([{ name: 'Telephone link', schemes: ['tel', 'callto'] }]);
    const include = (config.nsis as { include?: string } | undefined)?.include;
    expect(include).toBe('build/installer.nsh');
    const script = readFileSync(join(ROOT, include!), 'utf8');
    expect(script).toContain('"Software\\Switchboard\\Capabilities\\URLAssociations" "tel" "Switchboard.TelephoneLink"');
    expect(script).toContain('"Software\\Switchboard\\Capabilities\\URLAssociations" "callto" "Switchboard.TelephoneLink"');
    expect(script).toContain('"Software\\RegisteredApplications" "Switchboard"');
    // The open command hands the link over as one argument; nothing writes the user's choice of default.
    expect(script).toContain(`'"$INSTDIR\\\${APP_EXECUTABLE_FILENAME}" "%1"'`);
    expect(script).not.toMatch(/UserChoice|Software\\Classes\\(tel|callto)\b/i);
    // What is installed is taken away again.
    expect(script).toMatch(/!macro customUnInstall[\s\S]*DeleteRegKey SHELL_CONTEXT "Software\\Classes\\Switchboard\.TelephoneLink"/);
  });

  it('packs only the built output, unpacks native addons, and rebuilds them for Electron', () => {
    expect(filePatterns(config.files)).toEqual(['out/**', '!**/*.map', 'package.json']);
    expect(config.asar).not.toBe(false);
    expect(config.asarUnpack).toContain('**/*.node');
    // keytar must be rebuilt against Electron's ABI for real installers; only the test turns it off.
    expect(config.npmRebuild).not.toBe(false);
  });
});

describe('pack --dir (linux x64) against a stand-in Electron', () => {
  let tmp: string;
  let resources: string;
  let asarPath: string;
  let entries: string[];
  let desktopEntry = '';

  beforeAll(async () => {
    if (!['main/index.js', 'renderer/index.html'].every((file) => existsSync(join(OUT, file))) || !existsSync(join(OUT, 'preload'))) {
      const electronVite = join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js');
      try {
        await promisify(execFile)(process.execPath, [electronVite, 'build'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, maxBuffer: 64 * 1024 * 1024 });
      } catch (error) {
        const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
        throw new Error(`out/ is missing and \`electron-vite build\` failed, so there is nothing to pack:\n${`${stdout}\n${stderr}`.trim().slice(-4000)}`, { cause: error });
      }
    }

    tmp = await mkdtemp(join(tmpdir(), 'switchboard-pack-'));
    // All electron-builder copies from an unpacked Electron is the folder itself; an executable
    // named `electron` (renamed to the app's executable) is the one file it insists on.
    const electronDist = join(tmp, 'electron-dist');
    await mkdir(electronDist);
    await writeFile(join(electronDist, 'electron'), '#!/bin/sh\necho "stand-in Electron, not runnable" >&2\nexit 1\n');
    await chmod(join(electronDist, 'electron'), 0o755);

    const output = join(tmp, 'dist');
    await build({
      projectDir: ROOT,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      publish: 'never',
      // Merged over electron-builder.yml. No rebuild: it would download Electron's headers.
      config: {
        electronDist,
        npmRebuild: false,
        directories: { output },
        // The desktop entry the deb and the AppImage install, as their targets compute it from the packed app.
        afterPack: async (context) => {
          const packager = context.packager as unknown as ConstructorParameters<typeof LinuxTargetHelper>[0];
          desktopEntry = await new LinuxTargetHelper(packager).computeDesktopEntry(packager.platformSpecificBuildOptions);
        },
      },
    });

    resources = join(output, 'linux-unpacked', 'resources');
    asarPath = join(resources, 'app.asar');
    entries = listPackage(asarPath, { isPack: false }).map((entry) => entry.replace(/^[/\\]+/, '').split(sep).join('/'));
  });

  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('installs a desktop entry that offers Switchboard for tel: and callto: links, passing the link on', () => {
    const lines = desktopEntry.split('\n');
    expect(lines).toContain('MimeType=x-scheme-handler/tel;x-scheme-handler/callto;');
    expect(lines.find((line) => line.startsWith('Exec='))).toMatch(/^Exec=\/opt\/Switchboard\/switchboard %U$/);
  });

  it('writes the updater’s app-update.yml, naming its cache and an address that is never asked', () => {
    const appUpdate = readFileSync(join(resources, 'app-update.yml'), 'utf8');
    expect(appUpdate).toMatch(/^updaterCacheDirName: switchboard-updater$/m);
    expect(appUpdate).toMatch(/^provider: generic$/m);
    // .invalid never resolves: the feed the app asks is the policy's, set at run time.
    expect(appUpdate).toMatch(/^url: https:\/\/updates\.invalid\//m);
  });

  it('renames the stand-in executable after the app', () => {
    expect(existsSync(join(resources, '..', 'switchboard'))).toBe(true);
  });

  it('contains the whole built app, package.json and keytar', () => {
    const built = filesUnder(OUT).filter((file) => !file.endsWith('.map'));
    expect(built).toContain('out/main/index.js');
    expect(built).toContain('out/renderer/index.html');
    expect(built.some((file) => file.startsWith('out/preload/'))).toBe(true);
    expect(entries).toEqual(expect.arrayContaining([...built, 'package.json', 'node_modules/keytar/package.json', KEYTAR_NODE]));

    const packaged = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as { main: string; homepage?: string };
    expect(packaged.main).toBe(pkg.main);
    expect(entries).toContain(packaged.main);
  });

  it('contains nothing but out/, node_modules/ and package.json at the top', () => {
    expect(new Set(entries.map((entry) => entry.split('/')[0]))).toEqual(new Set(['out', 'node_modules', 'package.json']));
  });

  it('contains no sources, tests or source maps', () => {
    const appFiles = entries.filter((entry) => !entry.startsWith('node_modules/'));
    expect(appFiles.filter((entry) => /\.(ts|tsx|mts|cts)$/.test(entry))).toEqual([]);
    expect(entries.filter((entry) => entry.endsWith('.map'))).toEqual([]);
    expect(appFiles.filter((entry) => /^(main|preload|renderer|contract|test|scripts|bin)(\/|$)/.test(entry) || entry.includes('/src/'))).toEqual([]);
  });

  it('contains only production packages: keytar and what it depends on, no dev dependency', () => {
    const packages = entries
      .filter((entry) => /(^|\/)node_modules\/(@[^/]+\/)?[^/@]+\/package\.json$/.test(entry))
      .map((entry) => JSON.parse(extractFile(asarPath, entry).toString('utf8')) as PackageMeta)
      .map((meta) => `${meta.name}@${meta.version}`);
    const closure = productionClosure();
    expect(packages.filter((id) => id.startsWith('keytar@'))).toHaveLength(1);
    expect(packages.filter((id) => !closure.has(id))).toEqual([]);
    for (const name of [...Object.keys(pkg.devDependencies), 'react', 'zod', 'electron', 'vitest']) {
      expect(entries, `${name} is a dev dependency`).not.toContain(`node_modules/${name}`);
    }
  });

  it('unpacks keytar.node next to app.asar, byte for byte', () => {
    const unpacked = join(resources, 'app.asar.unpacked', KEYTAR_NODE);
    expect(existsSync(unpacked)).toBe(true);
    expect(sha256(readFileSync(unpacked))).toBe(sha256(readFileSync(join(ROOT, KEYTAR_NODE))));
    for (const addon of entries.filter((entry) => entry.endsWith('.node'))) {
      expect((statFile(asarPath, addon) as { unpacked?: boolean }).unpacked, `${addon} is unpacked`).toBe(true);
    }
  });
});
