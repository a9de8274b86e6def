import * as fs from 'fs';
import * as path from 'path';
import { BEGIN, END, schemaMarkdown } from '../../workbench/tools/schema-table';

it('README documents the schema exactly as the code declares it (npx tsx workbench/tools/schema-table.ts --write)', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  const inReadme = readme.slice(readme.indexOf(BEGIN) + BEGIN.length, readme.indexOf(END)).trim();
  expect(inReadme).toBe(schemaMarkdown());
});
