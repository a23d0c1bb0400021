// What the language server keeps per document (lsp/retention.ts, lsp/scheduler.ts): analyses of the most
// recently used documents within a budget, the most recent always, nothing for a closed document — and a
// document whose result was let go is simply analysed again.
import assert from 'node:assert/strict';
import { Retention } from '../../server/src/lsp/retention';
import { Scheduler } from '../../server/src/lsp/scheduler';
import { IdleCollector } from '../../server/src/lsp/idleGc';

const tick = () => new Promise(r => setTimeout(r, 5));

describe('retention of analyses (lsp/retention.ts)', function () {
  it('lets the least recently used go when over budget, never the newest', function () {
    const evicted: string[] = [];
    const r = new Retention(10, u => evicted.push(u));
    r.touch('a', 4); r.touch('b', 4);
    assert.deepEqual(r.uris(), ['a', 'b']);
    r.use('a'); // a hover on a: b is now the least recently used
    r.touch('c', 4);
    assert.deepEqual(evicted, ['b']);
    assert.deepEqual(r.uris(), ['a', 'c']);
    r.touch('d', 50); // larger than the budget on its own: kept, everything else goes
    assert.deepEqual(r.uris(), ['d']);
    assert.deepEqual(evicted, ['b', 'a', 'c']);
    r.forget('d');
    assert.deepEqual(r.uris(), []);
  });

  it('a new result for a kept document replaces its weight instead of adding to it', function () {
    const evicted: string[] = [];
    const r = new Retention(10, u => evicted.push(u));
    r.touch('a', 5); r.touch('b', 5);
    for (let i = 0; i < 5; i++) r.touch('b', 5);
    assert.deepEqual(evicted, []);
    assert.deepEqual(r.uris(), ['a', 'b']);
  });
});

describe('scheduler retention (lsp/scheduler.ts)', function () {
  const make = (budget: number) => {
    const runs: string[] = [];
    const published: string[] = [];
    const s = new Scheduler<{ uri: string; version: number; size: number }>(
      (uri, version) => { runs.push(`${uri}@${version}`); return { uri, version, size: 10 }; },
      (uri, version) => { published.push(`${uri}@${version}`); },
      0,
      { weigh: r => r.size, budget },
    );
    return { s, runs, published };
  };

  it('keeps results within the budget and drops the least recently used', async function () {
    const { s } = make(20);
    s.schedule('a', 1); s.schedule('b', 1); await tick();
    assert.ok(s.resultFor('a', 1) && s.resultFor('b', 1));
    s.schedule('c', 1); await tick();
    assert.deepEqual(s.retained(), ['b', 'c']);
    assert.equal(s.resultFor('a', 1), undefined);
    assert.equal(s.lastResult('a'), undefined, 'the incremental base goes too');
    assert.ok(s.lastResult('c'));
  });

  it('forget (a closed document) drops its result', async function () {
    const { s } = make(Infinity);
    s.schedule('a', 1); s.schedule('b', 1); await tick();
    s.forget('a');
    assert.deepEqual(s.retained(), ['b']);
    assert.equal(s.lastResult('a'), undefined);
    assert.equal(s.resultFor('a'), undefined);
  });

  it('a result stored by a request for the pending version is published, not computed again', async function () {
    const { s, runs, published } = make(Infinity);
    s.schedule('a', 1, 1);
    s.store('a', 1, { uri: 'a', version: 1, size: 10 });
    s.store('a', 0, { uri: 'a', version: 0, size: 10 }); // an older version: ignored
    await tick();
    assert.deepEqual(runs, []);
    assert.deepEqual(published, ['a@1']);
    assert.equal(s.resultFor('a', 1)?.version, 1);
  });
});

describe('idle garbage collection (lsp/idleGc.ts)', function () {
  const wait = (ms: number) => new Promise(r => setTimeout(r, ms));

  it('collects once the server is idle, only after enough work, never while a run is pending', async function () {
    let calls = 0, busy = false;
    const c = new IdleCollector(() => { calls++; }, () => busy, 10, 100);
    c.noteAnalysis(60);
    await wait(30);
    assert.equal(calls, 0, 'not worth it yet');
    c.noteAnalysis(60);
    c.noteAnalysis(10); // a later analysis restarts the quiet period
    await wait(30);
    assert.equal(c.collections, 1);
    assert.ok(calls >= 1);
    busy = true;
    c.noteAnalysis(200);
    await wait(30);
    assert.equal(c.collections, 1, 'a pending analysis postpones it');
    busy = false;
    c.noteAnalysis(1);
    await wait(30);
    assert.equal(c.collections, 2);
  });

  it('closing large documents is worth a collection too', async function () {
    let calls = 0;
    const c = new IdleCollector(() => { calls++; }, () => false, 5, 100);
    c.noteClosed(60);
    c.noteClosed(60);
    await wait(30);
    assert.equal(c.collections, 1);
    assert.equal(calls, 2, 'two collections back to back (the second gives the pages back)');
  });

  it('does nothing without a gc function', async function () {
    const c = new IdleCollector(undefined, () => false, 1, 1);
    c.noteAnalysis(100);
    await wait(10);
    assert.equal(c.collections, 0);
  });
});
