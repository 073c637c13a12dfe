// Korean particles chosen by the sound before them, and `format`'s `{name:이/가}` placeholders.
import { describe, expect, it } from 'vitest';
import { finalSound, particle, withParticle } from './particles';
import { format } from './index';

describe('finalSound', () => {
  it('reads a Hangul syllable’s final consonant (받침)', () => {
    expect(finalSound('파일')).toBe('rieul');
    expect(finalSound('그룹')).toBe('consonant');
    expect(finalSound('리더')).toBe('vowel');
    expect(finalSound('멤버')).toBe('vowel');
    expect(finalSound('세그먼트')).toBe('vowel');
    expect(finalSound('복제본')).toBe('consonant');
  });

  it('reads numbers as Korean says them', () => {
    const sounds = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map(finalSound);
    // 영 일 이 삼 사 오 육 칠 팔 구
    expect(sounds).toEqual([
      'consonant',
      'rieul',
      'vowel',
      'consonant',
      'vowel',
      'vowel',
      'consonant',
      'rieul',
      'rieul',
      'vowel',
    ]);
    expect(finalSound('17')).toBe('rieul'); // 십칠
    expect(finalSound('42')).toBe('vowel'); // 사십이
    expect(finalSound('10')).toBe('consonant'); // 십
    expect(finalSound('100')).toBe('consonant'); // 백
    expect(finalSound('3000')).toBe('consonant'); // 삼천
    expect(finalSound('20000')).toBe('consonant'); // 이만
    expect(finalSound('1000000000000')).toBe('vowel'); // 일조
    expect(finalSound('1.5')).toBe('vowel'); // 일 점 오
    expect(finalSound('2.0')).toBe('consonant'); // 이 점 영
    expect(finalSound('30%')).toBe('consonant');
  });

  it('reads names that end in a number or a letter', () => {
    expect(finalSound('broker 1')).toBe('rieul');
    expect(finalSound('group-a-2')).toBe('vowel');
    expect(finalSound('p1')).toBe('rieul');
    expect(finalSound('ISR')).toBe('rieul'); // 아이에스알
    expect(finalSound('HW')).toBe('vowel'); // 에이치더블유
    expect(finalSound('LEO')).toBe('vowel');
    expect(finalSound('KRaft')).toBe('vowel'); // 크래프트
    expect(finalSound('P')).toBe('vowel'); // 피
    expect(finalSound('M')).toBe('consonant'); // 엠
    expect(finalSound('topic')).toBe('consonant'); // 토픽
    expect(finalSound('group')).toBe('consonant'); // 그룹
    expect(finalSound('partition')).toBe('consonant'); // 파티션
    expect(finalSound('leader')).toBe('vowel'); // 리더
    expect(finalSound('uniform')).toBe('consonant'); // 유니폼
    expect(finalSound('sticky')).toBe('vowel');
    expect(finalSound('pool')).toBe('rieul');
    expect(finalSound('waiting-events')).toBe('vowel'); // 이벤츠
    expect(finalSound('offset')).toBe('consonant'); // 오프셋
    expect(finalSound('heartbeat')).toBe('vowel'); // 하트비트
    expect(finalSound('request')).toBe('vowel'); // 리퀘스트
    expect(finalSound('TIMEOUT')).toBe('consonant'); // 타임아웃
    expect(finalSound('NOT_ENOUGH_REPLICAS')).toBe('vowel'); // 레플리카스
    expect(finalSound('big')).toBeNull(); // 빅? 비그?
  });

  it('skips closing quotes and brackets; gives up on symbols alone', () => {
    expect(finalSound('[1, 2]')).toBe('vowel');
    expect(finalSound('"restaurant-42"')).toBe('vowel');
    expect(finalSound('(3)')).toBe('consonant');
    expect(finalSound('')).toBeNull();
    expect(finalSound('—')).toBeNull();
  });
});

describe('particle', () => {
  it('picks 이/가, 을/를, 은/는, 과/와 by the final consonant', () => {
    expect(withParticle('17', '이/가')).toBe('17이'); // the old slip was "17가"
    expect(withParticle(2, '이/가')).toBe('2가');
    expect(withParticle('Broker 3', '이/가')).toBe('Broker 3이');
    expect(withParticle('파일', '을/를')).toBe('파일을');
    expect(withParticle('리더', '을/를')).toBe('리더를');
    expect(withParticle('6', '은/는')).toBe('6은');
    expect(withParticle('9', '은/는')).toBe('9는');
    expect(withParticle('ISR', '과/와')).toBe('ISR과');
    expect(withParticle('HW', '과/와')).toBe('HW와');
  });

  it('puts 로 after ㄹ and a vowel, 으로 after other consonants', () => {
    expect(withParticle('파일', '으로/로')).toBe('파일로');
    expect(withParticle('7', '으로/로')).toBe('7로'); // 칠로
    expect(withParticle('8', '으로/로')).toBe('8로');
    expect(withParticle('3', '으로/로')).toBe('3으로'); // 삼으로
    expect(withParticle('10', '으로/로')).toBe('10으로'); // 십으로
    expect(withParticle('리더', '으로/로')).toBe('리더로');
    expect(withParticle('그룹', '으로/로')).toBe('그룹으로');
  });

  it('accepts either order or one form, and writes both forms when the sound is unknown', () => {
    expect(particle('2', '가/이')).toBe('가');
    expect(particle('1', '가')).toBe('이');
    expect(particle('…', '이/가')).toBe('이(가)');
    expect(particle('…', '을/를')).toBe('을(를)');
    expect(particle('…', '으로/로')).toBe('(으)로');
    expect(() => particle('x', '의')).toThrow(RangeError);
  });
});

describe('format with particles', () => {
  it('fills {name:이/가} with the value and its particle', () => {
    const t = 'Broker {broker:이/가} 새 leader, offset {offset:을/를} 읽음';
    expect(format(t, { broker: 1, offset: 17 })).toBe('Broker 1이 새 leader, offset 17을 읽음');
    expect(format(t, { broker: 2, offset: 42 })).toBe('Broker 2가 새 leader, offset 42를 읽음');
    expect(format('{file:으로/로} 넘어감', { file: '00000000000000000017.log' })).toBe(
      '00000000000000000017.log로 넘어감',
    );
  });

  it('leaves unknown placeholders and plain {name} alone', () => {
    expect(format('{a} {b:이/가}', { a: 'x' })).toBe('x {b:이/가}');
    expect(format('{a:unknown}', { a: 'x' })).toBe('x');
  });
});
