/** Hands a rendered image to the browser's or the desktop's download, under a readable file name. */
export function saveDataUrl(dataUrl: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = dataUrl;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/** A file name from a chart's title, safe on every platform. */
export const pngFileName = (title: string): string =>
  `${
    title
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'chart'
  }.png`;
