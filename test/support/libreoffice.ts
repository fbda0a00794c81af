/**
 * LibreOffice for the document tests: converts a .docx or .xlsx to PDF the way a department's office
 * suite opens it (`soffice --headless --convert-to pdf`). Each call uses a fresh user profile, so
 * conversions running in parallel test files do not fight over the profile's lock.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const TIMEOUT_MS = 120_000;

/** The LibreOffice executable on PATH (`soffice`, else `libreoffice`), or null. */
export function findSoffice(): string | null {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of ['soffice', 'libreoffice']) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

/** Converts a document (its bytes and extension, e.g. `docx`) to PDF with LibreOffice; throws when it cannot. */
export async function convertToPdf(buffer: Buffer, ext: string): Promise<Buffer> {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui');
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'qd-soffice-'));
  try {
    const input = path.join(dir, `document.${ext.replace(/^\./, '')}`);
    await fs.promises.writeFile(input, buffer);
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    const args = ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', dir, input];
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
      execFile(soffice, args, { timeout: TIMEOUT_MS, killSignal: 'SIGKILL', env: { ...process.env, HOME: dir } }, (err, out, errOut) => {
        if (err) reject(new Error(`soffice failed: ${err.message}\n${out}\n${errOut}`));
        else resolve({ stdout: out, stderr: errOut });
      });
    });
    const pdf = path.join(dir, 'document.pdf');
    if (!fs.existsSync(pdf)) throw new Error(`soffice wrote no PDF for the .${ext}:\n${stdout}\n${stderr}`);
    return await fs.promises.readFile(pdf);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

/** The number of pages of a PDF (the page tree's /Count), or 0 when it has none. */
export function pdfPageCount(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  return counts.length > 0 ? Math.max(...counts) : 0;
}
