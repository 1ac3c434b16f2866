import { copyFile, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { realpathSync } from 'node:fs';
import { FIREFOX } from './firefox';

export interface PolicyInstallation {
  /** The Firefox program of this installation. */
  executable: string;
  remove(): Promise<void>;
}

/**
 * A Firefox installation of its own, with `policies` in its distribution/policies.json: how an
 * administrator deploys policies without touching /etc. The program is copied, because Firefox finds its
 * installation (and so the distribution folder) from the program's real path; everything else is linked.
 */
export async function firefoxWithPolicies(policies: object): Promise<PolicyInstallation> {
  const installed = dirname(realpathSync(FIREFOX));
  const dir = await mkdtemp(join(tmpdir(), 'calmreply-firefox-'));
  const program = realpathSync(FIREFOX).slice(installed.length + 1);
  for (const name of await readdir(installed)) {
    if (name === 'distribution') continue;
    if (name === program) await copyFile(join(installed, name), join(dir, name));
    else await symlink(join(installed, name), join(dir, name));
  }
  await mkdir(join(dir, 'distribution'));
  await writeFile(join(dir, 'distribution', 'policies.json'), JSON.stringify({ policies }, null, 2));
  return { executable: join(dir, program), remove: () => rm(dir, { recursive: true, force: true }) };
}
