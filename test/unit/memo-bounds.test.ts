// The content-keyed memos (core/cache.ts) are bounded by the characters of their keys as well as by entries:
// keys are copies of provision texts, so an entry bound alone would let one memo hold gigabytes.
import assert from 'node:assert/strict';
import { Memo, memoStats } from '../../server/src/core/cache';

describe('memo bounds (core/cache.ts)', function () {
  it('drops the older generation when the younger holds maxChars characters of keys', function () {
    const m = new Memo<number>(1000, 100, 'test-chars');
    const key = (i: number) => String(i).padStart(30, '-');
    for (let i = 0; i < 20; i++) m.set(key(i), i);
    const stats = memoStats().find(s => s.name === 'test-chars')!;
    assert.ok(stats.chars <= 2 * 100, `at most two generations of 100 characters: ${stats.chars}`);
    assert.equal(m.get(key(19)), 19, 'the newest entries are kept');
    assert.equal(m.get(key(0)), undefined, 'the oldest are gone');
  });

  it('still bounds entries, counts a key set twice once, and answers from the older generation', function () {
    const m = new Memo<number>(3, 1e9, 'test-entries');
    m.set('a', 1); m.set('a', 1); m.set('b', 2); m.set('c', 3);
    assert.equal(memoStats().find(s => s.name === 'test-entries')!.chars, 3);
    m.set('d', 4); // young is full (3 entries): it becomes the old generation
    assert.equal(m.size, 4);
    assert.equal(m.get('a'), 1, 'found in the old generation (and promoted)');
    m.clear();
    assert.deepEqual(memoStats().find(s => s.name === 'test-entries'), { name: 'test-entries', entries: 0, chars: 0 });
  });
});
