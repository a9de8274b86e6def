/**
 * @jest-environment node
 *
 * The source layers are enforced by `.eslintrc.js` (no-restricted-imports per layer and folder depth). This lints
 * small snippets under virtual file names in each layer through the project's own ESLint config and checks that a
 * layer violation is an error and a legal import is not. The config has no `parserOptions.project`, so the files
 * need not exist.
 */
import { ESLint } from 'eslint';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const LAYER_RULES = new Set(['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax']);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: path.join(ROOT, '.eslintrc.js') });
});

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length) throw new Error(`${filePath} did not parse: ${fatal.map((m) => m.message).join('; ')}`);
  return result.messages.filter((m) => m.ruleId && LAYER_RULES.has(m.ruleId) && m.severity === 2).map((m) => m.message);
}

const use = (spec: string) => `import { x } from '${spec}'; export const y = x;`;

describe('layer violations are lint errors', () => {
  it.each([
    ['src/domain/x.ts', use('../data/ports'), 'src/domain is pure TypeScript'],
    ['src/domain/x.ts', `import type { Lang } from '../loc/locale'; export type L = Lang;`, 'src/domain'],
    ['src/ui/x.tsx', use('../features/accountTab'), 'src/ui is shared React'],
    ['src/ui/forms/x.tsx', use('../../host/spfxHost'), 'src/ui'],
    ['src/features/a/x.tsx', use('@pnp/sp'), 'A feature imports'],
    ['src/features/a/x.tsx', use('../../data/sp/repository'), 'A feature imports'],
    ['src/features/a/x.tsx', use('../../data/odata'), 'A feature imports'],
    ['src/features/a/b/x.tsx', use('../../../webparts/AccountCareWebPart'), 'A feature imports'],
    ['src/features/myAccounts/x.tsx', use('../accountTab/AccountTab'), 'A feature imports'],
    ['src/features/a/x.tsx', `export const load = () => import('../../data/sp/createServices');`, 'dynamic import()'],
    ['src/webparts/a/x.ts', `export const load = () => import('../../features/setup/SiteContents');`, "a feature's index or first read"],
    ['src/features/a/x.tsx', `export const load = () => import('../annualClock/firstRead');`, 'dynamic import()'],
    ['src/data/x.ts', use('react'), 'no React'],
    ['src/data/queries/x.ts', use('@pnp/sp'), 'PnPjs and the Graph client live in data/sp'],
    ['src/data/x.ts', use('../ui/AppContext'), 'src/data imports only data and domain'],
    ['src/loc/x.ts', use('react'), 'no React'],
    ['src/loc/x.ts', use('../domain/types'), '`import type` only'],
    ['src/host/other.ts', use('@pnp/sp'), 'only in host/spfxHost.ts'],
    ['src/webparts/a/x.ts', use('@microsoft/microsoft-graph-client'), 'only through src/host'],
    ['src/webparts/a/x.ts', use('../../data/sp/createServices'), 'A web part imports'],
    ['src/domain/x.ts', use('../../workbench/server'), 'src/domain'],
    ['src/features/a/x.tsx', use('../../../workbench/demo/people'), 'A feature imports'],
  ])('%s: %s', async (filePath, code, message) => {
    const errors = await layerErrors(filePath, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });
});

describe('legal imports pass', () => {
  it.each([
    ['src/domain/x.ts', use('./dates')],
    ['src/loc/x.ts', `import type { Account } from '../domain/types'; export type A = Account;`],
    ['src/data/x.ts', use('../domain/dates')],
    ['src/data/queries/x.ts', use('../odata')],
    ['src/data/sp/x.ts', use('@pnp/sp')],
    ['src/data/graph/x.ts', use('@microsoft/microsoft-graph-client')],
    ['src/ui/x.tsx', use('react')],
    ['src/ui/x.tsx', use('../data/ports')],
    ['src/ui/forms/x.tsx', use('../../data/schema/lists')],
    ['src/features/a/x.tsx', use('../../data/queries/accountTab')],
    ['src/features/a/b/x.tsx', use('../../../ui/AppContext')],
    ['src/features/a/b/x.tsx', use('../Sibling')],
    ['src/features/myAccounts/x.tsx', `export const load = () => import('../accountTab');`],
    ['src/features/a/strings.ts', `export const fi = () => import('./strings.fi');`],
    ['src/host/spfxHost.ts', use('@pnp/sp')],
    ['src/webparts/a/x.ts', use('../../features/accountTab/firstRead')],
    ['src/webparts/a/x.ts', `export const load = () => import('../../features/setup');`],
    ['src/webparts/a/x.ts', `export const load = () => import('../../features/annualClock/firstRead');`],
  ])('%s: %s', async (filePath, code) => {
    expect(await layerErrors(filePath, code)).toEqual([]);
  });
});
