/**
 * Runs "ensure schema" (the same code as the setup web part) against a site of the local SharePoint service:
 *   npm run provision -- --site http://127.0.0.1:4400/sites/ork [--user johan.westerberg@asiakkuus.example]
 * On a real tenant, a site owner uses the Account Care setup web part instead (it runs in the user's session;
 * this CLI has no tenant authentication by design: no secrets in the project).
 */
import { createServices } from '../src/data/sp/createServices';
import { spForSite, SITE_OWNER_UPN } from './demo/seed';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const site = arg('site');
  if (!site) {
    console.error('Usage: npm run provision -- --site <site url> [--user <upn>]');
    process.exit(2);
  }
  const services = createServices(spForSite(site, arg('user') ?? SITE_OWNER_UPN));
  const report = await services.site.ensureSchema((m) => console.error(m));
  console.log(`schema ${report.fromVersion ?? 'none'} → ${report.toVersion}: ${report.createdLists.length} lists, ${report.addedFields.length} fields, ${report.addedIndexes.length} indexes added`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
