import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scorePage } from '../../scripts/reader-pages';

/**
 * The development third of the pages written blind (tests/fixtures/blind-pages/README.md): every field of
 * every page read exactly as expected. The held-out pages are not here; they are only scored.
 */
const DIR = 'tests/fixtures/blind-pages';
const pages = readdirSync(DIR)
  .filter((f) => /^page-\d+\.json$/.test(f))
  .map((f) => f.replace(/\.json$/, ''));

describe('blind helpdesk pages, development third', () => {
  it('has the pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it.each(pages)('%s is read field by field as expected', (page) => {
    const expected = JSON.parse(readFileSync(`${DIR}/${page}.json`, 'utf8'));
    const result = scorePage(readFileSync(`${DIR}/${page}.html`, 'utf8'), expected);
    expect(result.got).toMatchObject(result.want);
  });
});
