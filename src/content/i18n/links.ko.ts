// Korean texts: links (the English ones, which define the keys, are in ./links.ts). Loaded with
// the Korean dictionary only (ko.ts), never with the English one.
import type { linksEn } from './links';

export const linksKo: Record<keyof typeof linksEn, string> = {
  'share.copy': '링크 복사',
  'share.copy.hint': '이 실행을 지금 시점, 이 화면 그대로 여는 링크를 복사합니다',
  'share.copied': '링크를 복사했습니다.',
  'share.copyFailed':
    '브라우저가 클립보드를 막았습니다. 링크를 선택해 두었으니 Ctrl+C로 복사하세요.',
  'share.field': '이 시점으로 가는 링크',
  'share.summary': '{time} 시점에서, 내가 한 동작 {count}개와 함께 이 화면과 언어로 열립니다.',
  'share.close': '닫기',

  'error.link.title': '이 링크를 적힌 그대로 열 수 없어 기본 시나리오를 열었습니다.',
  'error.link.partial': '이 링크에서 이해하지 못한 부분은 빼고 열었습니다:',
  'link.error.tooLong': '링크가 {limit}자보다 길어서 읽지 않았습니다.',
  'link.error.newerVersion':
    '더 새로운 KafkaScope에서 만든 링크입니다(링크 형식 {value}). 이 버전은 형식 {limit}까지 읽습니다.',
  'link.error.badVersion': '링크 형식 버전이 정수가 아닙니다: "{value}".',
  'link.error.notCompressed': '데이터가 손상되었거나 잘렸습니다(lz-string 텍스트가 아닙니다).',
  'link.error.tooLarge': '풀면 {limit}자를 넘기 때문에 풀지 않았습니다.',
  'link.error.notJson': '풀어 보니 JSON이 아닙니다.',
  'link.error.badActions': '동작 목록이 아닙니다(시간 순서대로 놓인 { at, do, … }).',
  'link.error.tooManyActions': '동작이 {value}개입니다. 최대 {limit}개까지 됩니다.',
  'link.error.badNumber': '{limit} 범위의 정수가 아닙니다: "{value}".',
  'link.error.badSpeed': '속도가 아닙니다(0보다 크고 {limit} 이하인 수): "{value}".',
  'link.error.speedRounded': '{value}× 속도는 없어서 {limit}×로 재생합니다.',
  'link.error.badValue': '다음 중 하나가 아닙니다({limit}): "{value}".',
  'link.error.badName': '이름으로 쓸 수 없는 값입니다: "{value}".',
  'link.error.noTopic': '토픽 없이 파티션이나 broker를 지정했습니다.',
  'link.error.notLoaded':
    'KafkaScope에서 링크를 읽는 부분을 내려받지 못했습니다(오프라인이거나 새 버전이 배포됨). 페이지를 새로 고쳐 다시 시도하세요.',
};
