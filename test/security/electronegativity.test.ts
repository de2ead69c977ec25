import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

interface ScanReport {
  findings: { check: string; file: string; line?: number; allowed: boolean; reason?: string }[];
  stale: { check: string; file: string }[];
  unparsed: string[];
}

function scan(): Promise<{ code: number; report: ScanReport }> {
  return new Promise((done, failed) => {
    execFile(process.execPath, [resolve(ROOT, 'scripts/security-scan.mjs')], { cwd: ROOT, timeout: 120_000 }, (error, stdout, stderr) => {
      try {
        done({ code: error ? Number(error.code ?? 1) : 0, report: JSON.parse(stdout) as ScanReport });
      } catch {
        failed(new Error(`the scan printed no report: ${stderr.slice(0, 500)}`));
      }
    });
  });
}

describe('Electron security scan (electronegativity over main/, preload/ and the built page)', () => {
  it('has no finding that the allowlist does not explain, no stale allowlist entry and no unscanned file', async () => {
    const { code, report } = await scan();
    expect(report.findings.filter((finding) => !finding.allowed).map((f) => `${f.check} ${f.file}:${f.line}`)).toEqual([]);
    expect(report.stale).toEqual([]);
    expect(report.unparsed).toEqual([]);
    expect(code).toBe(0);
  });
});
