// Korean texts: keyboard (the English ones, which define the keys, are in ./keyboard.ts). Loaded with
// the Korean dictionary only (ko.ts), never with the English one.
import type { keyboardEn } from './keyboard';

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
  'keys.learn': 'walkthrough에서: N 다음 단계, P 이전 단계 (패널에 포커스가 있을 때는 ← →도)',
  'keys.note':
    '입력 칸에 입력하거나 목록에서 고르는 동안, 그리고 대화 상자가 열려 있는 동안에는 단축키가 동작하지 않습니다.',
};
