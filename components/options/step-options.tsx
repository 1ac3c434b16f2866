import { STEPS } from '../../lib/packs/schema';
import { useT } from '../i18n';
import { stepKey } from '../labels';

/** The `<option>`s of a step select: "1 · Plan" … "5 · Check back", and "No step" (value "") where allowed. */
export function StepOptions({ noStep }: { noStep: boolean }) {
  const t = useT();
  return (
    <>
      {STEPS.map((s) => (
        <option key={s} value={s}>
          {s} · {t(stepKey(s))}
        </option>
      ))}
      {noStep && <option value="">{t('optNoStep')}</option>}
    </>
  );
}
