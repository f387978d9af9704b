/** How much of the start of the input the binary check reads: enough to see a file's nature, cheap on big files. */
const PROBE_BYTES = 8 * 1024;
/** Share of control bytes above which input is not text (text has tabs and newlines, little else). */
const MAX_CONTROL_SHARE = 0.1;

// Magic numbers of formats that are not pages but can arrive as one: PDF, PNG,
// JPEG, GIF, ZIP (docx, epub…), gzip, WebP/RIFF, and bare UTF-16 is handled by its BOM.
const MAGIC: readonly number[][] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x50, 0x4b, 0x03, 0x04],
  [0x1f, 0x8b],
  [0x52, 0x49, 0x46, 0x46],
  [0x7f, 0x45, 0x4c, 0x46], // ELF
];

function hasUtf16Bom(b: Uint8Array): boolean {
  return (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}

/** True when bytes are a binary file (image, PDF, archive…) rather than a page or text. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  if (MAGIC.some((m) => m.every((v, i) => bytes[i] === v))) return true;
  if (hasUtf16Bom(bytes)) return false;
  const n = Math.min(bytes.length, PROBE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 0) return true; // no text encoding we read puts NUL in a page
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) control++;
  }
  return control / n > MAX_CONTROL_SHARE;
}

/** The same test for input that already is a string (a file read as text, a body handed over decoded). */
export function looksBinaryText(text: string): boolean {
  const n = Math.min(text.length, PROBE_BYTES);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) || c === 0xfffd) control++;
  }
  return control / n > MAX_CONTROL_SHARE;
}
