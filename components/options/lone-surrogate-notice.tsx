import type { Pack } from '../../lib/packs/schema';
import { findLoneSurrogates } from '../../lib/packs/surrogates';
import { useT } from '../i18n';

/** Names the places in an imported pack whose text would be saved with "�" (lone UTF-16 surrogates). */
export function LoneSurrogateNotice({ pack }: { pack: Pack }) {
  const t = useT();
  const found = findLoneSurrogates(pack);
  if (found.length === 0) return null;
  return (
    <div className="notice warn" role="alert">
      <p>{t('optImportLoneSurrogates', String(found.length))}</p>
      <ul>
        {found.map(({ path, phraseId }) => (
          <li key={path}>
            <span className="mono">{path}</span>
            {phraseId && ` (${t('optImportPhraseId', phraseId)})`}
          </li>
        ))}
      </ul>
    </div>
  );
}
