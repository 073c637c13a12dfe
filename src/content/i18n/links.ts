// Texts of share links: the header's "Copy link" control and what the page says about a link it
// could not read as written (one sentence per LinkErrorCode in src/store/shareLink.ts). English
// here; the Korean ones, typed against these keys, in links.ko.ts (each language is its own chunk:
// en.ts, ko.ts). `{value}` is a piece of the link, cut short and made visible, and is always shown
// as text.

export const linksEn = {
  'share.copy': 'Copy link',
  'share.copy.hint': 'Copy a link that opens this run at this moment, in this view',
  'share.copied': 'Link copied.',
  'share.copyFailed':
    'The browser refused the clipboard: the link is selected, copy it with Ctrl+C.',
  'share.field': 'Link to this moment',
  'share.summary': 'It opens at {time} with {count} of your actions, in this view and language.',
  'share.close': 'Close',

  'error.link.title': 'This link could not be opened as written, so the default scenario is open.',
  'error.link.partial': 'Parts of this link were not understood and were left out:',
  'link.error.tooLong': 'The link is longer than {limit} characters and was not read.',
  'link.error.newerVersion':
    'It was made by a newer KafkaScope (link format {value}); this one reads formats up to {limit}.',
  'link.error.badVersion': 'The link format version is not a whole number: "{value}".',
  'link.error.notCompressed': 'The data is damaged or cut short (it is not lz-string text).',
  'link.error.tooLarge': 'It would unpack to more than {limit} characters, so it was not unpacked.',
  'link.error.notJson': 'It unpacks to text that is not JSON.',
  'link.error.badActions': 'It is not a list of actions ({ at, do, … } in time order).',
  'link.error.tooManyActions': 'It holds {value} actions; at most {limit} are allowed.',
  'link.error.badNumber': 'Not a whole number in {limit}: "{value}".',
  'link.error.badSpeed': 'Not a speed (a number above 0, at most {limit}): "{value}".',
  'link.error.speedRounded': 'Speed {value}× is not offered here; it plays at {limit}×.',
  'link.error.badValue': 'Not one of {limit}: "{value}".',
  'link.error.badName': 'Cannot be a name here: "{value}".',
  'link.error.noTopic': 'A partition or broker is named without a topic.',
  'link.error.notLoaded':
    'The part of KafkaScope that reads links could not be downloaded (offline, or a new version was published). Reload the page to try again.',
} satisfies Record<string, string>;
