import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { serve } from '../serve.mjs';
import { CHROMIUM } from './chromium';

let servers: Server[] = [];

/** Serves dist/ and, on another port (another origin), the embedding host fixture. */
export async function setup(project: TestProject) {
  console.log(`browser tests run in ${CHROMIUM}`);
  const site = (await serve({ port: 0, dir: process.env.DIST_DIR ?? 'dist' })) as Server;
  const host = (await serve({ port: 0, dir: 'test/fixtures/host' })) as Server;
  servers = [site, host];
  project.provide('siteUrl', `http://127.0.0.1:${(site.address() as AddressInfo).port}`);
  project.provide('hostUrl', `http://localhost:${(host.address() as AddressInfo).port}`);
}

export async function teardown() {
  await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    hostUrl: string;
  }
}
