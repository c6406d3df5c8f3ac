const fallbackName = 'upload.csv';
const maxNameLength = 120;
/** Names Windows reserves for devices, whatever the extension. */
const reservedNames = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/**
 * A file name that is safe to create inside the harness's upload folder, kept as close to what the
 * analyst's file was called as possible, because the import history shows it. Only the last path
 * segment survives; control characters and characters no file system accepts are dropped; leading
 * dots go, so nothing becomes hidden or climbs a folder; very long names keep their extension.
 */
export function sanitiseUploadName(raw: string | undefined): string {
  let name = raw ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded after all: the raw text is the name.
  }
  name = name.normalize('NFC');
  name = name.split(/[/\\]/).pop() ?? '';
  name = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '');
  if (reservedNames.test(name)) name = `_${name}`;
  if ([...name].length > maxNameLength) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    const stem = [...name.slice(0, name.length - extension.length)]
      .slice(0, maxNameLength - extension.length)
      .join('')
      .trimEnd();
    name = `${stem}${extension}`;
  }
  return name || fallbackName;
}
