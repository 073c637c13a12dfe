// A decompression bomb for tests: lz-string's bit stream (URI-safe form) of 'a' followed by codes
// that each name the dictionary entry just made, so n codes decode to 1 + 2 + … + (n + 1)
// characters. Written directly: compressing that many characters would take seconds.

const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/** lz-string's bit stream of 'a' then `codes` codes each naming the entry just made, then the end. */
export function bombStream(codes: number): string {
  let out = '';
  let val = 0;
  let position = 0;
  const write = (value: number, width: number) => {
    for (let i = 0; i < width; i++) {
      val = (val << 1) | (value & 1);
      if (position === 5) {
        out += URI_SAFE.charAt(val);
        position = 0;
        val = 0;
      } else position++;
      value >>= 1;
    }
  };
  write(0, 2);
  write(97, 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  for (let i = 0; i < codes; i++) {
    write(dictSize, numBits);
    dictSize++;
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
  write(2, numBits);
  for (;;) {
    val <<= 1;
    if (position === 5) {
      out += URI_SAFE.charAt(val);
      break;
    }
    position++;
  }
  return out;
}
