// Texts of the keyboard: the shortcuts, their help dialog (opened with ?) and the skip link.
// Spread into en.ts and ko.ts; the Korean object is typed against the English keys.

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
  'keys.note':
    'The shortcuts wait while you type in a field or choose in a list, and while a dialog is open.',
};

export const keyboardKo: Record<keyof typeof keyboardEn, string> = {
  'keys.skipToPlayback': '재생 컨트롤로 건너뛰기',
  'keys.open': '키보드 단축키',
  'keys.open.hint': '키보드 단축키 목록 보기 (?)',
  'keys.title': '키보드 단축키',
  'keys.key': '키',
  'keys.action': '동작',
  'keys.space': 'Space',
  'keys.or': '또는',
  'keys.playPause': '재생 또는 일시 정지',
  'keys.step': '다음 시뮬레이션 이벤트 하나 실행 (일시 정지 중)',
  'keys.seekBack': '1초 뒤로 (Shift와 함께: 10초)',
  'keys.seekAhead': '1초 앞으로 (Shift와 함께: 10초)',
  'keys.view': '{view} 화면 보기',
  'keys.help': '이 목록 열기',
  'keys.close': '이 목록 닫기',
  'keys.tabs': '화면 탭에서: ← → Home End로 탭 사이를 이동',
  'keys.timeline':
    '타임라인에서: ← → 이벤트 하나, Shift 1초, Page Up/Down 10초, Home 처음, End 가장 최근',
  'keys.note':
    '입력 칸에 입력하거나 목록에서 고르는 동안, 그리고 대화 상자가 열려 있는 동안에는 단축키가 동작하지 않습니다.',
};
