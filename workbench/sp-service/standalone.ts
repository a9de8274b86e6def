// A node:http server with only the SharePoint handler (tests; the lead's full server composes the same handler
// with the Graph service and static files).
import * as http from 'http';
import type { AddressInfo } from 'net';
import { createSpService, setOrigin } from './index';
import type { DirectoryUser, SiteConfig, SpService } from './types';

export interface StandaloneOptions {
  port?: number;
  dbFile: string;
  directory: DirectoryUser[];
  sites: SiteConfig[];
  listViewThreshold?: number;
  enforceRequired?: boolean;
}

export interface Standalone {
  origin: string;
  /** absolute web URLs, in the order of `sites` */
  siteUrls: string[];
  svc: SpService;
  close(): Promise<void>;
}

export async function startStandalone(opts: StandaloneOptions): Promise<Standalone> {
  const svc = createSpService({ dbFile: opts.dbFile, directory: opts.directory, sites: opts.sites, listViewThreshold: opts.listViewThreshold, enforceRequired: opts.enforceRequired });
  const server = http.createServer((req, res) => {
    svc.handle(req, res)
      .then((handled) => {
        if (!handled) {
          res.writeHead(404, { 'Content-Type': 'text/plain' });
          res.end(`Not a SharePoint URL: ${req.url}`);
        }
      })
      .catch((e) => {
        console.error('[sp-service standalone]', e);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  setOrigin(svc, origin);
  return {
    origin,
    siteUrls: opts.sites.map((s) => `${origin}${s.serverRelativeUrl.replace(/\/+$/, '')}`),
    svc,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => {
          svc.close();
          resolve();
        });
      }),
  };
}
