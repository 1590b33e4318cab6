import { describe, expect, it } from 'vitest';
import { snapshotFiles, snapshotKey } from '../bin/snapshot.js';

// A snapshot's file name is a 64-bit FNV-1a hash of what it belongs to (node binary and copy of
// the package), not node:crypto's, which the launcher would load at every run.
describe("the snapshot's key", () => {
  it('is FNV-1a over 64 bits (its published test vectors)', () => {
    expect(snapshotKey('')).toBe('cbf29ce484222325');
    expect(snapshotKey('a')).toBe('af63dc4c8601ec8c');
    expect(snapshotKey('foobar')).toBe('85944171f73967e8');
  });

  it('names the files of one snapshot with 16 hex digits, under the snapshot folder', () => {
    const files = snapshotFiles({ CLAIMCHECK_SNAPSHOT_DIR: '/tmp/snapshots' });
    expect(files.blob).toMatch(/^\/tmp\/snapshots\/snapshot-[0-9a-f]{16}\.blob$/);
    expect(files.manifest).toBe(files.blob.replace(/\.blob$/, '.json'));
  });

  it('differs with what it is made of', () => {
    expect(snapshotKey(JSON.stringify(['v20.20.2', 'x64', 'linux', '/usr/bin/node', '/a']))).not.toBe(snapshotKey(JSON.stringify(['v20.20.2', 'x64', 'linux', '/usr/bin/node', '/b'])));
  });
});
