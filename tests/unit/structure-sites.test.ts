import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapters, generic } from '../../lib/sites';

/**
 * Every helpdesk adapter has a file of its own, a fixture page that names where its structure comes
 * from, and a row in the README's table of verified sites; every editor fixture has a row in the
 * README's editor table.
 */
const SECTION = '## Helpdesks and editors';
const readme = (() => {
  const main = readFileSync('README.md', 'utf8');
  if (!main.includes(SECTION)) throw new Error(`README.md has no "${SECTION}" section`);
  return main;
})();
const tableRows = readme.split('\n').filter((line) => line.startsWith('|'));
const hasRow = (id: string) => tableRows.some((row) => row.includes(`\`${id}\``));

describe.each([...adapters, generic].map((a) => [a.id, a] as const))('site adapter %s', (id, adapter) => {
  it('lives in its own file under lib/sites', () => {
    expect(existsSync(`lib/sites/${id}.ts`)).toBe(true);
    expect(readFileSync(`lib/sites/${id}.ts`, 'utf8')).toContain(`id: '${id}'`);
  });

  it('has a fixture page whose opening comment says what it reproduces', () => {
    const page = `tests/fixtures/${id}/index.html`;
    expect(existsSync(page), `${page} is missing`).toBe(true);
    expect(readFileSync(page, 'utf8')).toMatch(/<!--[\s\S]{40,}?-->/);
  });

  it('has a row in the README table of sites', () => {
    expect(hasRow(id), `README has no row with \`${id}\``).toBe(true);
    expect(adapter.name.length).toBeGreaterThan(0);
  });
});

describe('editor fixtures', () => {
  const editors = readdirSync('tests/fixtures/editors', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

  it.each(editors)('%s has a page and a row in the README table of editors', (editor) => {
    expect(existsSync(`tests/fixtures/editors/${editor}/index.html`)).toBe(true);
    expect(hasRow(editor), `README has no row with \`${editor}\``).toBe(true);
  });

  it('covers the editors helpdesks use', () => {
    expect(editors).toEqual(expect.arrayContaining(['ckeditor5', 'tiptap', 'quill', 'lexical', 'draftjs', 'tinymce', 'slate', 'textarea', 'contenteditable']));
  });
});
