// Shared steps for the e2e tests: open the app, collect console errors, run the clock.
import { expect, type Page } from '@playwright/test';
import kafkajs from 'kafkajs';

/** Fails the test later if the page logs an error or throws. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/**
 * Open the app at `./?query`. A page with no moment and no word on playing opens playing at 1×
 * (issue #12): unless the query says `autoplay` or `t`, this adds `autoplay=0`, so a test starts
 * paused at 0 and drives the clock itself (e2e/captions.spec.ts tests the playing start).
 */
export async function open(page: Page, query: string): Promise<void> {
  await page.goto(`./?${paused(query)}`);
  await expect(page.getByTestId('broker-1')).toBeVisible();
}

/** `query` with `autoplay=0` added (before any `#fragment`) unless it names `autoplay` or `t`. */
export function paused(query: string): string {
  const hash = query.indexOf('#');
  const search = hash < 0 ? query : query.slice(0, hash);
  const fragment = hash < 0 ? '' : query.slice(hash);
  const params = new URLSearchParams(search);
  if (params.has('autoplay') || params.has('t')) return query;
  return `${search}${search === '' ? '' : '&'}autoplay=0${fragment}`;
}

export async function simMs(page: Page): Promise<number> {
  return Number(await page.getByTestId('sim-time').getAttribute('data-ms'));
}

export async function setSpeed(page: Page, speed: number): Promise<void> {
  await page.getByTestId('speed').selectOption(String(speed));
}

/** Kafka's partition for a keyed record, computed by kafkajs (an independent oracle). */
export function expectedPartition(topic: string, key: string, partitions: number): number {
  const partitioner = kafkajs.Partitioners.DefaultPartitioner();
  return partitioner({
    topic,
    partitionMetadata: Array.from({ length: partitions }, (_, i) => ({
      partitionErrorCode: 0,
      partitionId: i,
      leader: 1,
      replicas: [1],
      isr: [1],
    })),
    message: { key, value: null },
  });
}
