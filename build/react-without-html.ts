import type { WxtViteConfig } from 'wxt';

type Plugin = NonNullable<WxtViteConfig['plugins']>[number];

/** React DOM's only two ways to write an HTML string into the page: the dangerouslySetInnerHTML prop. */
const HTML_WRITE = '(domElement.innerHTML = key)';
const EXPECTED_WRITES = 2;
const REFUSAL = '(() => { throw Error("CalmReply renders text, never HTML: dangerouslySetInnerHTML is switched off"); })()';

/**
 * Takes the HTML-string path out of React DOM in every bundle. CalmReply never uses dangerouslySetInnerHTML
 * (ESLint forbids it), so the code only matters to a store reviewer, for whom an innerHTML assignment in a
 * script that runs in a helpdesk page is a question to answer. If a React update changes that code, the
 * build stops here instead of shipping it unnoticed.
 */
export function reactWithoutHtml(): Plugin {
  return {
    name: 'calmreply-react-without-html',
    enforce: 'pre',
    transform(code: string, id: string) {
      if (!/react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/.test(id)) return null;
      const writes = code.split(HTML_WRITE).length - 1;
      if (writes !== EXPECTED_WRITES) {
        throw new Error(`react-dom changed: expected ${EXPECTED_WRITES} "${HTML_WRITE}", found ${writes}; review build/react-without-html.ts`);
      }
      return { code: code.replaceAll(HTML_WRITE, REFUSAL), map: null };
    },
  };
}
