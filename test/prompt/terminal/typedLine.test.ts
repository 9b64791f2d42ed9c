import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { typedLine } from '../../../src/prompt/terminal/typedLine.js';

describe('typedLine', () => {
  it('follows printable keys and Backspace, starts over on the arrow keys, and stops listening', () => {
    const input = new PassThrough();
    const typed = typedLine(input);
    const key = (ch: string | undefined, name?: string, mods: { ctrl?: boolean } = {}): void => void input.emit('keypress', ch, { name, ...mods });
    key('1', '1');
    key('2', '2');
    expect(typed.text()).toBe('12');
    key(undefined, 'backspace');
    expect(typed.text()).toBe('1');
    key('c', 'c', { ctrl: true });
    expect(typed.text()).toBe('1');
    key(undefined, 'down');
    expect(typed.text()).toBe('');
    key(' ', 'space');
    key('x', 'x');
    expect(typed.text()).toBe('x');
    typed.stop();
    key('y', 'y');
    expect(typed.text()).toBe('x');
    expect(input.listenerCount('keypress')).toBe(0);
  });
});
