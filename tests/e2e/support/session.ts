import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from './browser';
import { startFixtureServer, type FixtureServer } from './server';

export interface Session {
  server: FixtureServer;
  browser: ExtensionBrowser;
}

/**
 * One fixture server and one Chromium with the extension for a test file; closing the browser also fails
 * the file on unexpected network requests or extension errors (see launchWithExtension).
 */
export function useExtension(options: (server: FixtureServer) => LaunchOptions = () => ({})): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.server = await startFixtureServer();
    session.browser = await launchWithExtension(options(session.server));
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
