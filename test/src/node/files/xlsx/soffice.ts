import { execFileSync } from 'node:child_process';

/**
 * LibreOffice's `soffice`, which some tests need to write or render workbooks. Missing, those tests
 * fail with this message rather than pass: .ci/run installs it.
 */
export function soffice(): string {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe', timeout: 60_000 });
    return 'soffice';
  } catch {
    throw new Error('LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc-nogui fonts-noto-cjk poppler-utils');
  }
}

/** Converts files with LibreOffice (headless, its own profile so runs do not collide) into `outDir`. */
export function convert(files: readonly string[], to: string, outDir: string, profile: string): void {
  execFileSync(soffice(), [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', outDir, ...files], {
    stdio: 'pipe',
    timeout: 180_000,
  });
}
