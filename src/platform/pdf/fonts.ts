import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * DejaVu Sans (regular and bold) from the `dejavu-fonts-ttf` package: it has the rupee sign (U+20B9)
 * and the Latin, Greek and Cyrillic letters names and addresses use. Resolved through Node's module
 * resolution, so it works from `src/` under tsx/vitest and from `dist/` alike. pdfkit embeds a
 * subset of each font in every PDF (`/FontFile2`).
 *
 * The files are read and parsed once per process: parsing a 700 KB TrueType font is most of the
 * cost of a small PDF, so the parsed font (fontkit's, loaded through pdfkit's own dependency) is
 * shared by every document. pdfkit accepts a parsed font wherever it accepts a font file; each
 * document still builds its own subset.
 */
export interface PdfFonts {
  /** What `registerFont` gets: a parsed fontkit font, or the file's bytes if fontkit cannot be loaded. */
  regular: Buffer;
  bold: Buffer;
}

let cached: PdfFonts | undefined;

export function fontDirectory(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

function parser(): ((data: Buffer) => unknown) | undefined {
  try {
    const fromPdfkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
    const fontkit = fromPdfkit('fontkit') as { create(data: Buffer): unknown };
    return (data) => fontkit.create(data);
  } catch {
    return undefined;
  }
}

export function loadFonts(): PdfFonts {
  if (!cached) {
    const dir = fontDirectory();
    const parse = parser();
    const load = (file: string) => {
      const data = readFileSync(path.join(dir, file));
      // A parsed font stands in for the bytes (pdfkit checks for its `layout` method).
      return (parse ? parse(data) : data) as Buffer;
    };
    cached = { regular: load('DejaVuSans.ttf'), bold: load('DejaVuSans-Bold.ttf') };
  }
  return cached;
}
