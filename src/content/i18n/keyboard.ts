// Texts of the keyboard: the shortcuts, their help dialog (opened with ?) and the skip link.
// English here; the Korean ones, typed against these keys, in keyboard.ko.ts (each language is its
// own chunk: en.ts, ko.ts).

export const keyboardEn = {
  'keys.skipToPlayback': 'Skip to playback',
  'keys.open': 'Keyboard shortcuts',
  'keys.open.hint': 'List the keyboard shortcuts (?)',
  'keys.title': 'Keyboard shortcuts',
  'keys.key': 'Key',
  'keys.action': 'What it does',
  'keys.space': 'Space',
  'keys.or': 'or',
  'keys.playPause': 'Play or pause',
  'keys.step': 'Run the next simulated event (while paused)',
  'keys.seekBack': 'Back 1 s (with Shift: 10 s)',
  'keys.seekAhead': 'Ahead 1 s (with Shift: 10 s)',
  'keys.view': 'Show the {view} view',
  'keys.help': 'Open this list',
  'keys.close': 'Close this list',
  'keys.tabs': 'On the view tabs: ← → Home End move between the tabs',
  'keys.timeline':
    'On the timeline: ← → one event, Shift 1 s, Page Up/Down 10 s, Home start, End latest',
  'keys.learn': 'In a walkthrough: N next step, P back; ← → while focus is in its panel',
  'keys.note':
    'The shortcuts wait while you type in a field or choose in a list, and while a dialog is open.',
};
