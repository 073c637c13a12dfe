// Every walkthrough, run headless against the real engine (issue #13, "done when"): each step's
// "where" is reached, every highlighted hook's entity exists at that moment, every placeholder has a
// value, every act is accepted by the engine and its awaited event happens. Then the negative side:
// broken walkthroughs are refused by the validator or fail the run, each with its code.
import { describe, expect, it } from 'vitest';
import { planWalkthrough, type PlanResult } from '../../store/walkthroughPlan';
import { walkthroughErrorText, walkthroughProblemText } from './errors';
import type { Walkthrough } from './format';
import { hookExists, hookSelector, parseHook } from './highlight';
import { WALKTHROUGH_IDS, loadAllWalkthroughs, loadWalkthrough } from './index';
import { placeholderNames, resolveVars, stepText } from './placeholders';
import { validateWalkthrough } from './validate';
import { findStarter } from '../scenarios';

function problems(r: PlanResult): string[] {
  return r.ok ? [] : r.problems.map((p) => walkthroughProblemText(p, 'en'));
}

describe('walkthrough files', () => {
  it('there are walkthroughs for the seed sections the engine supports', async () => {
    const all = await loadAllWalkthroughs();
    const sections = new Set(all.flatMap((l) => (l.ok ? [l.walkthrough.section] : [])));
    for (const s of ['structure', 'partitions', 'groups', 'segments', 'replication'] as const)
      expect(sections.has(s), s).toBe(true);
  });

  it.each(WALKTHROUGH_IDS)('%s passes the validator', async (id) => {
    const r = await loadWalkthrough(id)!;
    expect(r.ok ? [] : r.errors.map((e) => walkthroughErrorText(e, 'en'))).toEqual([]);
  });

  it.each(WALKTHROUGH_IDS)(
    '%s runs headless: every step reached, hooks present, placeholders defined, acts satisfied',
    async (id) => {
      const r = await loadWalkthrough(id)!;
      if (!r.ok) throw new Error(`invalid: ${id}`);
      const w = r.walkthrough;
      const texts: string[] = [];
      const result = planWalkthrough(w, {
        onStep(i, snapshot) {
          const step = w.steps[i]!;
          for (const lang of ['ko', 'en'] as const) {
            const text = stepText(step, lang, snapshot);
            // Every placeholder filled: no `{name}` left in the text shown.
            for (const name of placeholderNames(step.say[lang]))
              expect(text, `step ${i + 1} ${lang}`).not.toContain(`{${name}`);
            texts.push(text);
          }
          const values = resolveVars(step, snapshot);
          for (const v of Object.values(values)) expect(String(v)).not.toMatch(/undefined|NaN/);
        },
      });
      expect(problems(result)).toEqual([]);
      expect(result.ok && result.plan.steps.length).toBe(w.steps.length);
      // Moments never go backwards.
      if (result.ok)
        result.plan.steps.forEach((s, i, all) => {
          if (i > 0) expect(s.at).toBeGreaterThanOrEqual(all[i - 1]!.awaitedAt ?? all[i - 1]!.at);
        });
      expect(texts.length).toBe(w.steps.length * 2);
    },
    120_000,
  );

  it('a moment a text names (“at 4 s”, “4초에”) is one of the scenario’s scripted actions', async () => {
    for (const l of await loadAllWalkthroughs()) {
      if (!l.ok) continue;
      const w = l.walkthrough;
      const scenario = (
        typeof w.scenario === 'string' ? findStarter(w.scenario)!.scenario : w.scenario
      ) as { actions?: { at: number }[] };
      const moments = new Set((scenario.actions ?? []).map((a) => a.at));
      w.steps.forEach((step, i) => {
        const named = [
          ...[...step.say.en.matchAll(/\bat (\d+(?:\.\d+)?) s\b/gi)].map((m) => m[1]!),
          ...[...step.say.ko.matchAll(/(\d+(?:\.\d+)?)초에/g)].map((m) => m[1]!),
        ];
        for (const s of named)
          expect(moments.has(Number(s) * 1000), `${w.id} step ${i + 1}: ${s} s`).toBe(true);
      });
    }
  });

  it('a config a text names with its value (“segment.bytes is 1024”, “acks=all”) is the scenario’s', async () => {
    for (const l of await loadAllWalkthroughs()) {
      if (!l.ok) continue;
      const w = l.walkthrough;
      const scenario = (
        typeof w.scenario === 'string' ? findStarter(w.scenario)!.scenario : w.scenario
      ) as {
        cluster?: { config?: Record<string, unknown> };
        topics?: { config?: Record<string, unknown> }[];
        producers?: { config?: Record<string, unknown> }[];
      };
      const maps = [
        scenario.cluster?.config ?? {},
        ...(scenario.topics ?? []).map((t) => t.config ?? {}),
        ...(scenario.producers ?? []).map((p) => p.config ?? {}),
        // A value the reader sets in an act (setConfig) may be named too.
        ...w.steps.flatMap((s) => {
          const a = s.act?.action;
          return a?.do === 'setConfig' ? [{ [a.key]: a.value }] : [];
        }),
      ];
      w.steps.forEach((step, i) => {
        for (const m of step.say.en.matchAll(/\b([a-z]+(?:\.[a-z]+)+)(?:=| is )(\w+)( s\b)?/g)) {
          const [, key, raw, seconds] = m;
          const set = maps.filter((c) => key! in c).map((c) => String(c[key!]));
          if (set.length === 0) continue; // a Kafka default the scenario does not set
          const value = seconds ? String(Number(raw) * 1000) : raw!;
          expect(set, `${w.id} step ${i + 1}: ${m[0]}`).toContain(value);
        }
      });
    }
  });

  it('every highlight names an on-screen selector', async () => {
    for (const l of await loadAllWalkthroughs()) {
      if (!l.ok) continue;
      for (const step of l.walkthrough.steps)
        for (const hook of step.highlight ?? []) expect(hookSelector(hook), hook).not.toBeNull();
    }
  });
});

/** A small, valid walkthrough to break in the negative tests. */
function sample(): Walkthrough {
  return {
    id: 'sample',
    section: 'replication',
    title: { en: 'Sample', ko: '예시' },
    summary: { en: 'A sample.', ko: '예시입니다.' },
    scenario: {
      version: 1,
      seed: 1,
      cluster: { brokers: 3, metadata: 'kraft' },
      topics: [{ name: 't', partitions: 1, replicationFactor: 3, assignment: [[1, 2, 3]] }],
      producers: [
        {
          id: 'p1',
          config: { acks: 'all' },
          workload: { topic: 't', ratePerSec: 2, keys: ['k'], valueBytes: 20 },
        },
      ],
      actions: [],
    },
    steps: [
      {
        at: 3000,
        view: 'replication',
        focus: { topic: 't', partition: 0 },
        highlight: ['broker-1', 'partition-t-0', 'replica-t-0@2'],
        vars: { hw: { q: 'hw', topic: 't', partition: 0 } },
        say: { en: 'HW is {hw}.', ko: 'HW는 {hw}입니다.' },
      },
      {
        at: 4000,
        view: 'replication',
        say: { en: 'Kill the leader.', ko: '리더를 멈추세요.' },
        act: {
          action: { do: 'killBroker', broker: 1 },
          await: { type: 'broker.status', match: { broker: 1, status: 'offline' } },
        },
      },
      {
        until: { type: 'leader.elected', match: { topic: 't' } },
        view: 'replication',
        vars: { leader: { q: 'leader', topic: 't', partition: 0 } },
        say: { en: 'Broker {leader} leads.', ko: 'broker {leader}{leader:이/가} 리더입니다.' },
      },
    ],
  };
}

describe('the runner refuses a broken step', () => {
  it('the sample passes, with the act applied at its step’s moment', () => {
    const r = planWalkthrough(sample());
    expect(problems(r)).toEqual([]);
    if (!r.ok) return;
    expect(r.plan.steps[1]!.action).toEqual({ at: 4000, do: 'killBroker', broker: 1 });
    expect(r.plan.steps[2]!.at).toBeGreaterThan(4000);
  });

  it('an `until` that never happens', () => {
    const w = sample();
    w.steps[2]!.until = { type: 'leader.elected', match: { topic: 'nope' } };
    const r = planWalkthrough(w);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => [p.step, p.code])).toEqual([[2, 'untilNotReached']]);
  });

  it('a highlighted broker that does not exist', () => {
    const w = sample();
    w.steps[0]!.highlight = ['broker-9', 'replica-t-0@4', 'consumer-g-m'];
    const r = planWalkthrough(w);
    expect(!r.ok && r.problems.map((p) => p.code)).toEqual([
      'hookMissing',
      'hookMissing',
      'hookMissing',
    ]);
  });

  it('a placeholder with no value at that moment (no leader once all replicas are down)', () => {
    const w = sample();
    w.steps[0]!.vars = { hw: { q: 'hw', topic: 'missing-topic', partition: 0 } };
    const r = planWalkthrough(w);
    expect(!r.ok && r.problems.map((p) => [p.step, p.code, p.params.name])).toEqual([
      [0, 'placeholderUndefined', 'hw'],
    ]);
  });

  it('an act the engine refuses, and an awaited event that never comes', () => {
    const refused = sample();
    refused.steps[1]!.act!.action = { do: 'killBroker', broker: 7 };
    const r1 = planWalkthrough(refused);
    expect(!r1.ok && r1.problems.map((p) => p.code)).toEqual(['actRefused']);

    const never = sample();
    never.steps[1]!.act!.await = { type: 'broker.status', match: { broker: 2, status: 'offline' } };
    const r2 = planWalkthrough(never);
    expect(!r2.ok && r2.problems.map((p) => p.code)).toEqual(['awaitNotReached']);
  });

  it('a moment before where the previous step ended', () => {
    const w = sample();
    w.steps.push({ at: 1000, view: 'cluster', say: { en: 'x', ko: 'x' } });
    const r = planWalkthrough(w);
    expect(!r.ok && r.problems.map((p) => p.code)).toEqual(['momentBeforePrevious']);
  });
});

describe('the validator refuses malformed walkthroughs, naming the field', () => {
  const codes = (input: unknown, file?: string) => {
    const r = validateWalkthrough(input, file);
    return r.ok ? [] : r.errors.map((e) => `${e.path}:${e.code}`);
  };

  it('accepts the sample', () => {
    expect(codes(sample(), 'sample')).toEqual([]);
  });

  it('refuses what is not an object, and unknown fields', () => {
    expect(codes(null)).toEqual([':notObject']);
    expect(codes({ ...sample(), extra: 1 })).toEqual(['extra:unknownField']);
  });

  it('refuses bad ids, sections, views, moments and trace types', () => {
    const w = sample() as unknown as Record<string, unknown> & Walkthrough;
    expect(codes(w, 'other')).toEqual(['id:idMismatch']);
    expect(codes({ ...w, id: 'Bad Id' })).toEqual(['id:badId']);
    expect(codes({ ...w, section: 'nowhere' })).toEqual(['section:badSection']);
    const steps = structuredClone(w.steps) as unknown as Record<string, unknown>[];
    steps[0]!.view = 'moon';
    steps[1]!.at = -5;
    steps[2]!.until = { type: 'leader.elected.twice' };
    expect(codes({ ...w, steps })).toEqual([
      'steps[0].view:badView',
      'steps[1].at:badMoment',
      'steps[2].until.type:badTraceType',
    ]);
  });

  it('refuses a step with no where or both, and moments going backwards', () => {
    const w = sample();
    const steps = structuredClone(w.steps) as unknown as Record<string, unknown>[];
    delete steps[0]!.at;
    steps[2]!.at = 5000;
    steps.push({ at: 50, view: 'cluster', say: { en: 'x', ko: 'x' } });
    expect(codes({ ...w, steps })).toEqual([
      'steps[0]:whereNone',
      'steps[2]:whereBoth',
      'steps[3].at:momentBackwards',
    ]);
  });

  it('refuses texts missing a language, undeclared placeholders and bad vars', () => {
    const w = sample();
    const steps = structuredClone(w.steps) as unknown as Record<string, unknown>[];
    steps[0]!.say = { en: 'HW {hw} at {when}' };
    steps[2]!.vars = { leader: { q: 'leader', topic: 't' }, x: { q: 'nonsense' } };
    expect(codes({ ...w, steps })).toEqual([
      'steps[0].say.ko:missing',
      'steps[2].vars.leader.partition:missing',
      'steps[2].vars.x.q:badVar',
    ]);
    const steps2 = structuredClone(w.steps) as unknown as Record<string, unknown>[];
    steps2[0]!.say = { en: 'HW {hw} at {when}', ko: '{hw}' };
    expect(codes({ ...w, steps: steps2 })).toEqual(['steps[0].say.en:undeclaredPlaceholder']);
  });

  it('refuses bad hooks, storage hooks without a focus, and acts with a moment', () => {
    const w = sample();
    const steps = structuredClone(w.steps) as unknown as Record<string, unknown>[];
    steps[0]!.highlight = ['broker-one', 'segment-file-00000000000000000000.log'];
    delete steps[0]!.focus;
    steps[1]!.act = { action: { at: 5, do: 'killBroker', broker: 1 }, await: { type: 'x' } };
    expect(codes({ ...w, steps })).toEqual([
      'steps[0].highlight[0]:badHook',
      'steps[0].highlight[1]:focusNeeded',
      'steps[1].act.action:badAction',
      'steps[1].act.await.type:badTraceType',
    ]);
    const chatter = structuredClone(w.steps) as unknown as Record<string, unknown>[];
    chatter[1]!.act = { action: { do: 'killBroker', broker: 1 }, await: { type: 'replica.fetch' } };
    expect(codes({ ...w, steps: chatter })).toEqual(['steps[1].act.await.type:unawaitable']);
  });

  it('refuses an unknown starter and an invalid inline scenario', () => {
    expect(codes({ ...sample(), scenario: 'no-such-starter' })).toEqual([
      'scenario:unknownStarter',
    ]);
    const bad = { ...sample(), scenario: { version: 1, cluster: { brokers: 0 } } };
    expect(codes(bad).every((c) => c.startsWith('scenario') && c.endsWith(':badScenario'))).toBe(
      true,
    );
  });

  it('words every error in both languages', () => {
    const r = validateWalkthrough({ ...sample(), section: 'x', title: { en: '' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const e of r.errors)
      for (const lang of ['ko', 'en'] as const) {
        const text = walkthroughErrorText(e, lang);
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text.length).toBeGreaterThan(e.path.length + 3);
      }
    expect(walkthroughErrorText(r.errors[0]!, 'ko')).toMatch(/[가-힣]/);
  });
});

describe('hooks', () => {
  it('split member hooks at the group the snapshot has', () => {
    const snapshot = {
      consumerGroups: [{ id: 'group-a', members: [{ id: 'group-a-1' }] }],
    } as unknown as Parameters<typeof parseHook>[1];
    expect(parseHook('consumer-group-a-group-a-1', snapshot)).toEqual({
      kind: 'member',
      group: 'group-a',
      member: 'group-a-1',
    });
    expect(parseHook('partition-waiting-events-2', null)).toEqual({
      kind: 'partition',
      topic: 'waiting-events',
      partition: 2,
    });
    expect(hookSelector('replica-waiting-events-0@3')).toBe('[data-replica="waiting-events-0@3"]');
    expect(hookSelector('segment-file-00000000000000000012.index')).toBe(
      '[data-testid="segment-file"][data-name="00000000000000000012.index"]',
    );
  });

  it('a controller hook names a KRaft voter of the moment', () => {
    const snapshot = (mode: 'kraft' | 'zookeeper') =>
      ({
        controller: { mode, leader: 3001, epoch: 1, quorum: [{ id: 3001 }, { id: 3002 }] },
      }) as unknown as Parameters<typeof hookExists>[1];
    expect(parseHook('controller-3002', null)).toEqual({ kind: 'controller', controller: 3002 });
    expect(hookSelector('controller-3002')).toBe('[data-testid="controller-3002"]');
    expect(hookExists('controller-3002', snapshot('kraft'), undefined)).toBe(true);
    expect(hookExists('controller-3003', snapshot('kraft'), undefined)).toBe(false);
    // In ZooKeeper mode the quorum lists ZooKeeper servers, not controllers.
    expect(hookExists('controller-3002', snapshot('zookeeper'), undefined)).toBe(false);
  });

  it('ZooKeeper mode’s hooks name its servers and brokers, in that mode only', () => {
    const snapshot = (mode: 'kraft' | 'zookeeper') =>
      ({
        controller: { mode, leader: 1, epoch: 1, quorum: [{ id: 4001 }] },
        brokers: [{ id: 1 }],
      }) as unknown as Parameters<typeof hookExists>[1];
    expect(parseHook('zookeeper-4001', null)).toEqual({ kind: 'zookeeper', server: 4001 });
    expect(parseHook('zk-broker-1', null)).toEqual({ kind: 'zkBroker', broker: 1 });
    expect(hookSelector('zk-broker-1')).toBe('[data-testid="zk-broker-1"]');
    expect(hookExists('zookeeper-4001', snapshot('zookeeper'), undefined)).toBe(true);
    expect(hookExists('zookeeper-4002', snapshot('zookeeper'), undefined)).toBe(false);
    expect(hookExists('zk-broker-1', snapshot('zookeeper'), undefined)).toBe(true);
    expect(hookExists('zk-broker-2', snapshot('zookeeper'), undefined)).toBe(false);
    expect(hookExists('zk-broker-1', snapshot('kraft'), undefined)).toBe(false);
  });
});
