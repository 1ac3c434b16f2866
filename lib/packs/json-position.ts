const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

/**
 * Where JSON text first goes wrong, as an offset (or -1 when it is fine). Engines word JSON.parse
 * errors differently and some give no position at all, so import errors find it here. Iterative,
 * so deeply nested input can't overflow the stack.
 */
export function jsonErrorOffset(s: string): number {
  let i = 0;
  const stack: ('o' | 'a')[] = [];
  let state: 'value' | 'key' | 'after' = 'value';
  let justOpened = false;

  const skipSpace = () => {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  };
  const string = (): boolean => {
    i++; // opening quote
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const next = s[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else return false;
        continue;
      }
      i++;
    }
    return false;
  };
  const sticky = (pattern: RegExp): boolean => {
    pattern.lastIndex = i;
    if (!pattern.test(s)) return false;
    i = pattern.lastIndex;
    return true;
  };

  for (;;) {
    skipSpace();
    if (i >= s.length) return state === 'after' && stack.length === 0 ? -1 : i;
    const c = s[i];
    if (state === 'value') {
      if (c === '{') {
        stack.push('o');
        i++;
        state = 'key';
        justOpened = true;
      } else if (c === '[') {
        stack.push('a');
        i++;
        skipSpace();
        if (s[i] === ']') {
          stack.pop();
          i++;
          state = 'after';
        }
      } else if (c === '"') {
        if (!string()) return i;
        state = 'after';
      } else if (sticky(NUMBER) || sticky(LITERAL)) state = 'after';
      else return i;
    } else if (state === 'key') {
      if (c === '}' && justOpened) {
        stack.pop();
        i++;
        state = 'after';
        continue;
      }
      if (c !== '"' || !string()) return i;
      skipSpace();
      if (s[i] !== ':') return i;
      i++;
      state = 'value';
      justOpened = false;
    } else {
      const top = stack[stack.length - 1];
      if (!top) return i; // text after the end of the value
      if (c === ',') {
        i++;
        state = top === 'o' ? 'key' : 'value';
        justOpened = false;
      } else if (c === (top === 'o' ? '}' : ']')) {
        stack.pop();
        i++;
      } else return i;
    }
  }
}
