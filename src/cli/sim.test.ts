// The CLI prints a design.md snapshot (or the trace) on stdout, and bad input fails with the
// reason on stderr and a non-zero exit.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './sim';

const scenarioDir = join(__dirname, '../content/scenarios');
const starters = readdirSync(scenarioDir).filter((f) => f.endsWith('.json'));

async function capture(argv: string[]): Promise<string> {
  let out = '';
  await run(argv, (s) => (out += s));
  return out;
}

describe('sim CLI', () => {
  it.each(starters)('prints a design.md snapshot for the starter %s', async (file) => {
    const snap = JSON.parse(
      await capture([join(scenarioDir, file), '--until', '10000', '--records']),
    );
    expect(snap.time).toBe(10000);
    expect(snap.controller).toMatchObject({
      mode: file.startsWith('zookeeper') ? 'zookeeper' : 'kraft',
      leader: expect.any(Number),
      epoch: expect.any(Number),
    });
    for (const b of snap.brokers) expect(['online', 'offline', 'fenced']).toContain(b.status);
    for (const t of snap.topics) {
      for (const p of t.partitions) {
        expect(Object.keys(p)).toEqual([
          'partition',
          'leader',
          'leaderEpoch',
          'replicas',
          'isr',
          'highWatermark',
          'logStartOffset',
          'replicaStates',
        ]);
        if (p.leader !== null) expect(p.replicas).toContain(p.leader);
        for (const r of p.replicaStates) {
          for (const s of r.segments) {
            expect(Object.keys(s)).toEqual([
              'baseOffset',
              'sizeBytes',
              'nextOffset',
              'index',
              'timeIndex',
              'records',
            ]);
            for (const rec of s.records)
              expect(Object.keys(rec)).toEqual(['offset', 'key', 'value', 'timestamp']);
          }
        }
      }
    }
    for (const p of snap.producers) {
      expect(p).toMatchObject({
        id: expect.any(String),
        sent: expect.any(Number),
        acknowledged: expect.any(Number),
      });
      expect(p.sent).toBeGreaterThan(0);
      expect(Array.isArray(p.acked)).toBe(true);
    }
    for (const g of snap.consumerGroups) {
      // design.md's fields first, in order; the fields the group view adds follow.
      expect(Object.keys(g).slice(0, 8)).toEqual([
        'id',
        'state',
        'generation',
        'members',
        'committed',
        'lag',
        'consumed',
        'redelivered',
      ]);
      // A group whose members join later (fast-lagging-consumer's replay, at 15 s) has read nothing yet.
      if (g.members.length > 0) expect(g.consumed).toBeGreaterThan(0);
    }
    for (const k of [
      'UnderReplicatedPartitions',
      'OfflinePartitionsCount',
      'ActiveControllerCount',
      'AcknowledgedRecordsLost',
      'IsrShrinks',
      'IsrExpands',
    ])
      expect(typeof snap.metrics[k]).toBe('number');
    // ZooKeeper mode at 10 s: the controller broker crashed at 7 s and /controller still names
    // it until its session expires, so no broker acts as controller yet.
    expect(snap.metrics.ActiveControllerCount).toBe(file.startsWith('zookeeper') ? 0 : 1);
  });

  it('leaves payloads out without --records', async () => {
    const snap = JSON.parse(
      await capture([join(scenarioDir, 'waiting-events.json'), '--until', '3000']),
    );
    const seg = snap.topics[0].partitions[0].replicaStates[0].segments[0];
    expect(seg.records).toBeUndefined();
    expect(snap.producers[0].acked).toBeUndefined();
  });

  it('defaults --until to the last action plus 30 s', async () => {
    const snap = JSON.parse(await capture([join(scenarioDir, 'waiting-events.json')]));
    expect(snap.time).toBe(2000 + 30000);
  });

  it('prints one JSON trace event a line with --trace', async () => {
    const lines = (
      await capture([join(scenarioDir, 'waiting-events.json'), '--until', '2000', '--trace'])
    )
      .trim()
      .split('\n');
    expect(lines.length).toBeGreaterThan(50);
    const events = lines.map((l) => JSON.parse(l));
    events.forEach((e, i) => expect(e.seq).toBe(events[0].seq + i));
    expect(events.some((e) => e.type === 'log.append')).toBe(true);
  });

  it('as a process: stdout holds only JSON; bad input exits 1 with the reason on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kscli-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        version: 1,
        seed: 1,
        cluster: { brokers: 3 },
        topics: [{ name: 't', partitions: 1, replicationFactor: 4 }],
      }),
    );
    const tsx = join(__dirname, '../../node_modules/.bin/tsx');
    const cli = join(__dirname, 'sim.ts');
    const ok = spawnSync(tsx, [cli, join(scenarioDir, 'waiting-events.json'), '--until', '1000'], {
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).time).toBe(1000);
    const res = spawnSync(tsx, [cli, bad], { encoding: 'utf8' });
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('');
    // The English sentence (src/content/errors), not the engine's codes.
    expect(res.stderr).toBe(
      'invalid scenario:\ntopics[0].replicationFactor: Unable to replicate the partition 4 time(s): The target replication factor of 4 cannot be reached because only 3 broker(s) are registered.\n',
    );
    const garbage = join(dir, 'garbage.json');
    writeFileSync(garbage, '{ not json');
    const res2 = spawnSync(tsx, [cli, garbage], { encoding: 'utf8' });
    expect(res2.status).toBe(1);
    expect(res2.stderr).toContain('not valid JSON');
  }, 30000);
});
