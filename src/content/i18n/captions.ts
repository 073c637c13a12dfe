// Texts of the captions shown over the cluster and group views (what just happened and why, in
// Kafka's terms), the upcoming scripted events, a member joining a rebalance and the grouped
// high-watermark lines of the event list. Spread into en.ts and ko.ts; the Korean object is typed
// against the English keys.

export const captionsEn = {
  'captions.title': 'What just happened',
} satisfies Record<string, string>;

export const captionsKo: Record<keyof typeof captionsEn, string> = {
  'captions.title': '방금 일어난 일',
};
