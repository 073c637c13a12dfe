// Messages are typed by their api (ApiMessages): no payload is cast to its type anywhere in the
// engine, tests included. This check reads the sources, so a cast that comes back fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Message } from './Network';
import type { FetchResponse, ProduceResponse } from './requests';
import type { MetadataFetchRequest } from './controllerRequests';
import { createSimulation } from '../index';
import { isResponseTo } from './ApiMessages';

const ENGINE = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function occurrences(pattern: RegExp): string[] {
  return sources(ENGINE).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        pattern.test(line) ? [`${relative(ENGINE, file)}:${i + 1}: ${line.trim()}`] : [],
      ),
  );
}

describe('typed messages', () => {
  it('no payload is cast in the engine', () => {
    expect(occurrences(/payload\s+as\b|\bas\s+Message\s*<|\bas\s+\w+(Request|Response)\b/)).toEqual(
      [],
    );
  });

  it('only the network restates a message built for a generic api as its Message member', () => {
    const casts = occurrences(/\bas\s+(Controller)?(Request|Response)Messages?\b/);
    expect(casts.every((c) => c.startsWith('network/Network.ts:'))).toBe(true);
    expect(casts).toHaveLength(4);
  });

  it('api, listener and direction narrow the payload', () => {
    // Compile-time checks: these assignments only type-check if the narrowing works.
    // Produce exists on the broker listener only; Fetch on both, so the listener tells them apart.
    const produced = (msg: Message): ProduceResponse | null =>
      msg.api === 'Produce' && msg.response ? msg.payload : null;
    const fetched = (msg: Message): FetchResponse | null =>
      msg.listener === 'PLAINTEXT' && msg.api === 'Fetch' && msg.response ? msg.payload : null;
    const metadataFetch = (msg: Message): MetadataFetchRequest | null =>
      msg.listener === 'CONTROLLER' && msg.api === 'Fetch' && !msg.response ? msg.payload : null;
    const sim = createSimulation({
      version: 1,
      cluster: { brokers: 1 },
      topics: [{ name: 't', partitions: 1, replicationFactor: 1 }],
    });
    const seen: Message[] = [];
    sim.network.register({ nodeId: 'client:t', isUp: () => true, receive: (m) => seen.push(m) });
    sim.advanceTo(1000);
    sim.network.send('client:t', 'broker:1', 'Metadata', { topics: ['t'] });
    sim.advanceTo(2000);
    expect(seen).toHaveLength(1);
    const [answer] = seen;
    expect(isResponseTo(answer!, 'Metadata') && answer.payload.topics[0]!.name).toBe('t');
    expect(produced(answer!)).toBeNull();
    expect(fetched(answer!)).toBeNull();
    expect(metadataFetch(answer!)).toBeNull();
  });
});
