/**
 * Hands a file's bytes to the browser's or the desktop's download under a readable name (the
 * desktop app asks where to save it, and before replacing a file). The object address is released
 * once the download has taken it.
 */
export function downloadBytes(base64: string, fileName: string, type: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
