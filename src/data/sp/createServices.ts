/**
 * The one composition point: given an SPFI (built by the host: SPFx(context) in SharePoint/Teams, SPBrowser in
 * the local workbench and tests) and optionally a Graph client, build everything the UI uses.
 */
import '@pnp/sp/batching';
import type { SPFI } from '@pnp/sp';
import type { Client } from '@microsoft/microsoft-graph-client';
import { classifyError } from '../errors';
import { GraphPeopleService } from '../graph/people';
import type { Repositories, Services, Settled } from '../ports';
import { LISTS } from '../schema/lists';
import type { ListKey } from '../schema/types';
import { ListRepository } from './repository';
import { SpSiteService } from './site';
import type { SiteLanguage } from './provisioning';

export function createRepositories(sp: SPFI): Repositories {
  const repos: Partial<Record<ListKey, unknown>> = {};
  for (const list of LISTS) repos[list.key] = new ListRepository(sp, list);
  return repos as Repositories;
}

export interface ServiceOptions {
  graph?: Client;
  /** The site's language: provisioning writes list and column display names in it. */
  siteLanguage?: SiteLanguage;
}

/** Requests per `$batch` POST (SharePoint's commonly used ceiling is about 100 operations). */
export const BATCH_MAX_REQUESTS = 100;

export function createServices(sp: SPFI, options: ServiceOptions = {}): Services {
  const repos = createRepositories(sp);
  return {
    repos,
    site: new SpSiteService(sp, options.siteLanguage ?? 'fi'),
    people: options.graph ? new GraphPeopleService(options.graph) : undefined,
    async batch(build) {
      // PnPjs splits a batch into POSTs of 20 requests by default, sent one after another; SharePoint takes about
      // 100 operations in one `$batch`, so a first screen of up to 100 reads stays one round trip.
      const [batchedSp, execute] = sp.batched({ maxRequests: BATCH_MAX_REQUESTS });
      const started = build(createRepositories(batchedSp), new SpSiteService(batchedSp, options.siteLanguage ?? 'fi'));
      const keys = Object.keys(started);
      // Attach handlers before executing so a failed part never becomes an unhandled rejection.
      const settled = Promise.all(
        keys.map((k) =>
          started[k].then(
            (value): Settled<unknown> => ({ ok: true, value }),
            (error): Settled<unknown> => ({ ok: false, error: classifyError(error) }),
          ),
        ),
      );
      await execute();
      const results = await settled;
      const out: Record<string, Settled<unknown>> = {};
      keys.forEach((k, i) => (out[k] = results[i]));
      return out as never;
    },
  };
}
