import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';

/**
 * Request Tracker 5 from Debian (request-tracker5, rt5-db-sqlite, rt5-standalone, rt5-clients), run on
 * loopback for one test file by scripts/rt-local.sh. `.ci/run` installs it; elsewhere the test skips.
 */
const RT_SERVER = '/usr/share/request-tracker5/libexec/rt-server';
const MAILGATE = '/usr/bin/rt-mailgate';
/** The login the Debian package creates. */
export const RT_ROOT = { user: 'root', password: 'password' };
/** RT's $rtname as scripts/rt-local.sh sets it: the tag in mail subjects, "[calmreply.test #12]". */
export const RT_NAME = 'calmreply.test';

/** Why the RT tests cannot run here, or null when they can. */
export function requestTrackerMissing(): string | null {
  if (!existsSync(RT_SERVER) || !existsSync(MAILGATE)) {
    return 'Request Tracker 5 is not installed (apt-get install request-tracker5 rt5-db-sqlite rt5-standalone rt5-clients; .ci/run does this)';
  }
  if (process.getuid?.() !== 0) return 'Request Tracker runs as www-data, which needs root to start';
  return null;
}

export interface RequestTracker {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** REST 2.0 as root; throws on an HTTP error with RT's answer. */
  rest<T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T>;
  /** Delivers a raw e-mail as RT's mail gateway would (a customer writing in). */
  receiveMail(raw: string): Promise<void>;
  stop(): Promise<void>;
}

/** Starts RT on a free loopback port and waits until it answers (≈ 15 s cold). */
export async function startRequestTracker(): Promise<RequestTracker> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn('scripts/rt-local.sh', [String(port)], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((ok) => server.once('exit', ok));
  try {
    await waitUntilAnswering(origin, exited, () => output);
  } catch (error) {
    await stopGroup(server, exited);
    throw error;
  }
  const authorization = `Basic ${Buffer.from(`${RT_ROOT.user}:${RT_ROOT.password}`).toString('base64')}`;
  return {
    origin,
    async rest<T>(method: string, path: string, body?: unknown) {
      const response = await fetch(`${origin}/REST/2.0/${path}`, {
        method,
        headers: { authorization, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`RT REST ${method} ${path}: ${response.status} ${text}`);
      return JSON.parse(text) as T;
    },
    receiveMail: (raw) => mailgate(origin, raw),
    stop: () => stopGroup(server, exited),
  };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
  const { port } = probe.address() as AddressInfo;
  await new Promise((ok) => probe.close(ok));
  return port;
}

async function waitUntilAnswering(origin: string, exited: Promise<number | null>, output: () => string) {
  let gone: number | null | undefined;
  void exited.then((code) => (gone = code));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (gone !== undefined) throw new Error(`rt-server stopped (exit ${gone}):\n${output()}`);
    const status = await fetch(`${origin}/`, { redirect: 'manual' }).then((r) => r.status, () => 0);
    if (status === 200) return;
    await new Promise((ok) => setTimeout(ok, 500));
  }
  throw new Error(`rt-server did not answer on ${origin} within 90 s:\n${output()}`);
}

/** The script, runuser and rt-server share one process group: end them together. */
async function stopGroup(server: ChildProcess, exited: Promise<number | null>) {
  if (server.exitCode !== null || server.pid === undefined) return;
  process.kill(-server.pid, 'SIGTERM');
  const timeout = new Promise<'timeout'>((ok) => setTimeout(() => ok('timeout'), 5_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') process.kill(-server.pid, 'SIGKILL');
}

function mailgate(origin: string, raw: string): Promise<void> {
  return new Promise((ok, fail) => {
    const gate = spawn(MAILGATE, ['--queue', 'General', '--action', 'correspond', '--url', `${origin}/`], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    gate.stdout.on('data', (chunk) => (output += chunk));
    gate.stderr.on('data', (chunk) => (output += chunk));
    gate.on('error', fail);
    gate.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`rt-mailgate exit ${code}: ${output}`))));
    gate.stdin.end(raw);
  });
}

const encodedWord = (text: string) => `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;

/** A plain-text e-mail from a customer, as their mail program would send it (UTF-8, base64). */
export function customerMail(mail: { name: string; address: string; subject: string; body: string; id: string }): string {
  return [
    `From: ${encodedWord(mail.name)} <${mail.address}>`,
    `To: support@${RT_NAME}`,
    `Subject: ${encodedWord(mail.subject)}`,
    `Message-ID: <${mail.id}@example.test>`,
    `Date: ${new Date().toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(mail.body).toString('base64').replace(/.{76}/g, '$&\n'),
    '',
  ].join('\n');
}
