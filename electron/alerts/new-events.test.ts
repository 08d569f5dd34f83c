import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minutesAfter, noteDraft } from '../../shared/timeline/testing/event-drafts.ts';
import { NewEvents } from './new-events.ts';
import { numbered } from './testing/numbered.ts';

function events(...seqs: number[]) {
  return seqs.flatMap((seq) =>
    numbered([noteDraft(minutesAfter(seq), null, 'Pat', `#${seq}`)], seq),
  );
}

const seqsOf = (list: readonly { seq: number }[]) => list.map((event) => event.seq);

describe('the events that are news', () => {
  it('are those after the start: the timeline as it was is history', () => {
    const news = new NewEvents(5);
    assert.deepEqual(seqsOf(news.take(events(4, 5, 6, 7))), [6, 7]);
  });

  it('are each handed out once, however often they are seen', () => {
    const news = new NewEvents(0);
    assert.deepEqual(seqsOf(news.take(events(1, 2))), [1, 2]);
    assert.deepEqual(seqsOf(news.take(events(2, 3))), [3]);
    assert.deepEqual(seqsOf(news.take(events(1, 2, 3))), []);
  });

  it('include another writer’s event read after ours (an ack from the command line)', () => {
    const news = new NewEvents(10);
    assert.deepEqual(seqsOf(news.take(events(12))), [12]);
    assert.deepEqual(seqsOf(news.take(events(11))), [11]);
    assert.deepEqual(seqsOf(news.take(events(11, 12, 13))), [13]);
  });
});
