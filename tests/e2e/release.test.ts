import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELPDESK_MATCHES } from '../../lib/sites';
import { OUT_DIR } from './support/browser';

// What a store reviewer and an administrator see: the published manifests and packages (`npm run zip`).
const manifest = (dir: string) => JSON.parse(readFileSync(join(OUT_DIR, dir, 'manifest.json'), 'utf8'));
const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

/** The first column of README's "Permissions and why" table, without backticks. */
function readmePermissions(): Set<string> {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Permissions and why'));
  if (!section) throw new Error('README.md has no "## Permissions and why" section');
  const names = [...section.matchAll(/^\|\s*`([^`]+)`/gm)].map((m) => m[1]!);
  return new Set(names);
}

describe('the published Chrome build', () => {
  const published = manifest('chrome-mv3');

  it('asks only for what README explains, and for helpdesk hosts only', () => {
    const listed = readmePermissions();
    const asked = [...published.permissions, ...published.host_permissions, ...(published.optional_host_permissions ?? [])];
    const unexplained = asked.filter((p: string) => !listed.has(p));
    expect(unexplained, 'add each to README "Permissions and why"').toEqual([]);
    expect(published.host_permissions).toEqual(HELPDESK_MATCHES);
  });

  it('does not run on the test hosts', () => {
    const matches = published.content_scripts.flatMap((s: { matches: string[] }) => s.matches);
    expect(matches.some((m: string) => /localhost|127\.0\.0\.1|\.test\//.test(m))).toBe(false);
    expect(JSON.stringify(published)).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('loads no remote code: no external scripts, no eval in its content security policy', () => {
    expect(JSON.stringify(published.content_security_policy ?? {})).not.toMatch(/unsafe-eval|https?:/);
  });
});

describe('release packages', () => {
  it('are made for Chrome and Firefox', () => {
    for (const browser of ['chrome', 'firefox']) {
      expect(existsSync(join(OUT_DIR, `calmreply-${version}-${browser}.zip`)), browser).toBe(true);
    }
  });

  it('the Firefox zip passes web-ext lint: no errors, and no warning other than the one README explains', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'calmreply-firefox-zip-'));
    try {
      execFileSync('unzip', ['-q', join(OUT_DIR, `calmreply-${version}-firefox.zip`), '-d', dir]);
      const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { encoding: 'utf8' });
      const report = JSON.parse(out.slice(out.indexOf('{'))) as Record<'errors' | 'warnings', { code: string; file?: string; message: string }[]>;
      expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
      // README "Firefox": the content script import()s the palette from the extension's own package.
      expect(report.warnings.map((w) => `${w.code} ${w.file}: ${w.message}`)).toEqual([
        'UNSAFE_VAR_ASSIGNMENT content-scripts/content.js: Unsafe call to import for argument 0',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('the Firefox manifest has no key Firefox would warn about at install', () => {
    const firefox = manifest('firefox-mv2');
    expect(firefox.storage).toBeUndefined();
    expect(firefox.browser_action.default_area).toBe('navbar');
    expect(manifest('chrome-mv3').storage).toEqual({ managed_schema: 'managed-schema.json' });
  });
});
