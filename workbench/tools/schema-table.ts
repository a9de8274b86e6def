/**
 * Prints the schema as the Markdown table in README.md (between the schema markers). A unit test keeps the README
 * in step with src/data/schema: run `npx tsx workbench/tools/schema-table.ts --write` after changing the schema.
 */
import * as fs from 'fs';
import * as path from 'path';
import { LISTS, SCHEMA_VERSION } from '../../src/data/schema/lists';

export const BEGIN = '<!-- schema:begin -->';
export const END = '<!-- schema:end -->';

export function schemaMarkdown(): string {
  const lines = [`Schema version ${SCHEMA_VERSION}. Internal names are ASCII with the \`AC\` prefix; display names are provisioned in the site's language. ✱ = required, ⚡ = indexed, ① = unique.`, ''];
  for (const list of LISTS) {
    const security = list.readSecurity === 2 || list.writeSecurity === 2 ? ` — item-level security: read ${list.readSecurity ?? 1}, write ${list.writeSecurity ?? 1}` : '';
    lines.push(`**${list.title}** — ${list.displayName.en} (${list.displayName.fi})${security}`, '');
    lines.push('| column | type | flags | choices / target |', '|---|---|---|---|');
    if (list.titleProp) lines.push(`| Title | text | ✱ | holds \`${list.titleProp}\` |`);
    for (const field of list.fields) {
      const flags = `${field.required ? '✱' : ''}${field.indexed ? '⚡' : ''}${field.unique ? '①' : ''}`;
      const extra = field.choices ? field.choices.join(', ') : field.lookupList ? `→ ${LISTS.find((l) => l.key === field.lookupList)!.title}` : '';
      lines.push(`| ${field.name} | ${field.kind} | ${flags} | ${extra} |`);
    }
    lines.push('');
  }
  return lines.join('\n').trim();
}

if (require.main === module) {
  const readme = path.join(__dirname, '..', '..', 'README.md');
  const text = fs.readFileSync(readme, 'utf8');
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < 0) throw new Error('README.md has no schema markers');
  const next = `${text.slice(0, start + BEGIN.length)}\n${schemaMarkdown()}\n${text.slice(end)}`;
  if (process.argv.includes('--write')) fs.writeFileSync(readme, next);
  else process.stdout.write(schemaMarkdown() + '\n');
}
