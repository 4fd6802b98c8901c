/**
 * build:publish refuses a threshold below 3 and a missing, empty, unreadable or published
 * secret file, before it computes or builds anything, with a message that says what to do.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseK, readSecretFile } from '../../src/cli/secret';

const dir = mkdtempSync(join(tmpdir(), 'ww-secret-'));
const file = (name: string, text: string) => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};

describe('the deployment secret file', () => {
  it('is read and trimmed when it is a real secret: a trailing newline changes nothing', () => {
    const a = readSecretFile(file('ok.txt', 'a3f9c2e71b0d44e8a6c1f2b3d4e5f607\n'));
    const b = readSecretFile(file('ok2.txt', 'a3f9c2e71b0d44e8a6c1f2b3d4e5f607'));
    expect(a).toEqual(b);
    expect((a as { text: string }).text).toBe('a3f9c2e71b0d44e8a6c1f2b3d4e5f607');
    expect((a as { bytes: Uint8Array }).bytes).toHaveLength(32);
  });

  it('is refused when missing, empty, too short, unreadable or inside a published folder, saying how to make one', () => {
    const cases: Array<[string | undefined, RegExp]> = [
      [undefined, /--secret-file FILE is required/],
      [join(dir, 'nope.txt'), /cannot be read \(ENOENT\)/],
      [file('empty.txt', ' \n'), /is empty/],
      [file('short.txt', 'abc'), /at least 16/],
      [dir, /not a file/]
    ];
    for (const [path, message] of cases) {
      const r = readSecretFile(path);
      expect(r).toBeInstanceOf(Error);
      expect((r as Error).message).toMatch(message);
      expect((r as Error).message).toMatch(/randomBytes|Keep the secret|Check the path/);
    }
    mkdirSync(join(dir, 'site'), { recursive: true });
    expect((readSecretFile(file('site/secret.txt', 'a3f9c2e71b0d44e8a6c1f2b3d4e5f607'), { outside: [join(dir, 'site')] }) as Error).message).toMatch(/inside .* which is published/);
  });

  it('is refused when this user may not read it', () => {
    const f = file('locked.txt', 'a3f9c2e71b0d44e8a6c1f2b3d4e5f607');
    chmodSync(f, 0o000);
    const r = readSecretFile(f);
    chmodSync(f, 0o600);
    // root reads anything: then the file is simply read.
    if (process.getuid?.() === 0) expect((r as { text: string }).text).toBe('a3f9c2e71b0d44e8a6c1f2b3d4e5f607');
    else expect((r as Error).message).toMatch(/cannot be read \(EACCES\)/);
  });

  it('goes with a threshold of at least 3', () => {
    expect(parseK('5')).toBe(5);
    for (const k of ['2', '0', '-1', '4.5', 'x', undefined]) expect((parseK(k) as Error).message).toMatch(/at least 3/);
  });
});

describe('npm run build:publish refuses before building', () => {
  const run = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli/build-publish.ts', '--data', 'tests/fixtures/dialect', '--out', join(dir, 'out'), ...args], { encoding: 'utf8', timeout: 60_000 });
  it('without a secret file', () => {
    const r = run();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/build:publish refused: --secret-file FILE is required/);
  });
  it('with k below 3', () => {
    const r = run('--k', '2', '--secret-file', file('k.txt', 'a3f9c2e71b0d44e8a6c1f2b3d4e5f607'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--k 2: the threshold must be a whole number of at least 3/);
  });
});
