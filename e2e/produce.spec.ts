// The produce form says which partition a record went to and why, and points at it (#12 item 4);
// the colour legend names the keys the scenario's own actions produce.
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectedPartition, open } from './helpers';

const require = createRequire(import.meta.url);
// kafkajs's murmur2: an independent implementation of the Java client's.
const kafkajsMurmur2 = require('kafkajs/src/producer/partitioners/default/murmur2') as (
  key: string,
) => number;

const hex = (n: number) => `0x${(n >>> 0).toString(16).padStart(8, '0')}`;

async function send(page: Page, key: string, value: string, submit: string): Promise<void> {
  await page.getByTestId('produce-key').fill(key);
  await page.getByTestId('produce-value').fill(value);
  await page.getByRole('button', { name: submit, exact: true }).click();
}

test('a keyed record: the murmur2 arithmetic, the partition, and the partition highlighted', async ({
  page,
}) => {
  const errors = collectErrors(page);
  // At 3 s the producer knows the topic's partitions; the run is paused there.
  await open(page, 'lang=en&scenario=more-consumers-than-partitions&t=3000');
  const key = 'restaurant-42';
  const partition = expectedPartition('waiting-events', key, 3);
  await send(page, key, 'table for 4', 'Send');

  const why = page.getByTestId('produce-why');
  await expect(why).toHaveAttribute('data-kind', 'key');
  await expect(why).toHaveAttribute('data-partition', String(partition));
  await expect(page.getByTestId('produce-formula')).toHaveText(
    `murmur2("${key}") → ${hex(kafkajsMurmur2(key))} → toPositive % 3 = ${partition}`,
  );
  await expect(why).toContainText(`Why partition ${partition}`);
  await expect(why).toContainText('same key always lands on partition');

  // Every replica row of that partition, and only those, is highlighted for a moment.
  const highlighted = page.locator('[data-replica][data-highlight="true"]');
  await expect(highlighted).toHaveCount(3);
  for (const row of await highlighted.all())
    expect(await row.getAttribute('data-replica')).toMatch(
      new RegExp(`^waiting-events-${partition}@\\d+$`),
    );
  await page.screenshot({ path: 'e2e/screenshots/produce-cluster-en.png' });
  await page.getByTestId('produce-form').screenshot({ path: 'e2e/screenshots/produce-key-en.png' });
  await expect(highlighted).toHaveCount(0, { timeout: 8000 });

  // The record really is there once the run goes on.
  await page.getByTestId('play-toggle').click();
  await expect(
    page.getByTestId(`partition-waiting-events-${partition}`).locator(`[data-key="${key}"]`),
  ).toHaveCount(1, { timeout: 10_000 });
  expect(errors).toEqual([]);
});

test('in Korean: a keyed record sent before the producer knows the topic, then a keyless one', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await open(page, 'lang=ko&scenario=more-consumers-than-partitions');
  const key = 'order-17';
  const partition = expectedPartition('waiting-events', key, 3);
  await send(page, key, 'v', '보내기');
  // At 0 s the producer has no metadata yet: the form says it waits, then tells the choice.
  const why = page.getByTestId('produce-why');
  await expect(why).toHaveAttribute('data-kind', 'waiting');
  await expect(why).toContainText('메타데이터를 기다리는 중');
  await page.getByTestId('play-toggle').click();
  await expect(why).toHaveAttribute('data-kind', 'key', { timeout: 10_000 });
  await expect(why).toHaveAttribute('data-partition', String(partition));
  await expect(why).toContainText(`왜 partition ${partition}인가`);
  await expect(why).toContainText('같은 키는 언제나');
  await page.getByTestId('play-toggle').click();

  await send(page, '', 'no key', '보내기');
  await expect(why).toHaveAttribute('data-kind', /^sticky-(new|stay)$/);
  const sticky = Number(await why.getAttribute('data-partition'));
  await expect(why).toContainText('uniform sticky partitioner(KIP-794)');
  await expect(why).toContainText('batch.size');
  await expect(page.locator('[data-replica][data-highlight="true"]').first()).toHaveAttribute(
    'data-replica',
    new RegExp(`^waiting-events-${sticky}@`),
  );
  await page.screenshot({ path: 'e2e/screenshots/produce-cluster-ko.png' });
  await page
    .getByTestId('produce-form')
    .screenshot({ path: 'e2e/screenshots/produce-sticky-ko.png' });
  expect(errors).toEqual([]);
});

test('the legend names a key the scenario produces by a scripted action, and one sent by hand', async ({
  page,
}) => {
  // The default starter's only restaurant-42 record comes from its action at 2 s.
  await open(page, 'lang=en&scenario=waiting-events');
  const legend = page.getByTestId('key-legend');
  await expect(legend.locator('[data-key="restaurant-42"]')).toHaveText('restaurant-42');
  await expect(legend.locator('[data-key="restaurant-1"]')).toBeVisible();
  await expect(legend.locator('[data-key="hand-made"]')).toHaveCount(0);
  await send(page, 'hand-made', 'v', 'Send');
  await expect(legend.locator('[data-key="hand-made"]')).toHaveText('hand-made');
  await legend.screenshot({ path: 'e2e/screenshots/produce-legend-en.png' });
});
