/**
 * Whether a console line came from CalmReply, in either browser. A line names its source script when the
 * browser knows it (chrome-extension:// or moz-extension:// pages, the content script, the worker); the
 * browser's own notes about the add-on (manifest warnings, unimplemented APIs) name its id; CalmReply's
 * own messages start with its name. Firefox reports a promise rejected by an extension API and never
 * handled without any source: in these tests only the extension calls such APIs, so those count too.
 */
export function fromCalmReply(line: string, extension: { origin: string; addonId?: string }): boolean {
  if (line.includes(extension.origin)) return true;
  if (extension.addonId && line.includes(extension.addonId)) return true;
  if (/calmreply/i.test(line)) return true;
  return /^error \(no source\)/.test(line);
}
