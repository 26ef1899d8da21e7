// The real consumers the export tests run: xmllint (Debian libxml2-utils) and translate-toolkit
// with lxml (Debian translate-toolkit). Without them, tests skip with a message on a developer's
// machine; in CI (CI set) they must be there, and the tests fail if they are not.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TOOLS_DIR = dirname(fileURLToPath(import.meta.url));
export const IN_CI = Boolean(process.env.CI);

function works(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.status === 0;
}

export const XMLLINT: string | null = works('xmllint', ['--version']) ? 'xmllint' : null;

/** The Python that has translate-toolkit and lxml: Debian's, not a pyenv shim's. */
export const PYTHON: string | null =
  ['/usr/bin/python3', 'python3'].find((python) => works(python, ['-c', 'import translate.storage.tmx, lxml.etree'])) ?? null;

/** True when the tests needing `tool` should be skipped (missing, and not in CI); says so once. */
export function skipWithout(tool: string, available: boolean, packages = 'libxml2-utils translate-toolkit'): boolean {
  if (available || IN_CI) return false;
  console.warn(`skipping tests that need ${tool}: not installed (apt-get install ${packages})`);
  return true;
}

export function run(command: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`${command} could not run: ${result.error.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function xmllintNoout(file: string): { status: number | null; stderr: string } {
  if (!XMLLINT) throw new Error('xmllint is not installed (apt-get install libxml2-utils)');
  const { status, stderr } = run(XMLLINT, ['--noout', '--nonet', file]);
  return { status, stderr };
}

export interface XmlReadBack {
  jaFile: string | null;
  segments: Array<{ id: string; ja: string; en: string }>;
}

export function readXmlSegments(file: string): XmlReadBack {
  if (!PYTHON) throw new Error('python3 with translate-toolkit and lxml is not installed (apt-get install translate-toolkit)');
  const result = run(PYTHON, [join(TOOLS_DIR, 'read_xml_segments.py'), file]);
  if (result.status !== 0) throw new Error(`read_xml_segments.py failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as XmlReadBack;
}

export function tmx2po(tmxFile: string, poFile: string): { status: number | null; stderr: string } {
  if (!PYTHON) throw new Error('python3 with translate-toolkit is not installed (apt-get install translate-toolkit)');
  return run(PYTHON, [join(TOOLS_DIR, 'tmx2po.py'), tmxFile, poFile]);
}
