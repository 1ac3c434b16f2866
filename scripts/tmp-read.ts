import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { pickAdapter, configureSites } from '../lib/sites';
const file = process.argv[2]!; const url = process.argv[3]!;
const dom = new JSDOM(readFileSync(file, 'utf8'), { url, pretendToBeVisual: true });
configureSites({ genericFallback: true, customSites: [] });
const a = pickAdapter(url, dom.window.document);
console.log(a?.id, JSON.stringify(a?.readWithEvidence?.(dom.window.document), null, 1));
console.log('editor', a?.findReplyEditor(dom.window.document)?.outerHTML.slice(0, 80), a?.replyBoxHint?.(dom.window.document));
