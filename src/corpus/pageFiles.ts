/** Saved web pages: these files are read through the page reader instead of as plain text. */
const PAGE_EXTENSIONS = ['.html', '.htm'] as const;

export function isPageFile(file: string): boolean {
  const lower = file.toLowerCase();
  return PAGE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
