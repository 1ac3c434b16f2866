/**
 * Copies text for an agent on a page without a reply editor. The async Clipboard API works from the
 * key press or click that asked for it; where it is refused (an older browser, a page that denies it),
 * a selected, hidden text area and execCommand('copy') still do it.
 */
export async function copyText(text: string, scratchParent: Element): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Fall through to the legacy way.
  }
  const doc = scratchParent.ownerDocument;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;pointer-events:none;';
  scratchParent.append(area);
  try {
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
