import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pauseNotes } from './pause-notes.ts';

describe('pauseNotes', () => {
  it('names the source, and the reason when one was given', () => {
    assert.equal(pauseNotes.paused('topdesk'), 'Bron topdesk gepauzeerd');
    assert.equal(pauseNotes.paused('topdesk', '  '), 'Bron topdesk gepauzeerd');
    assert.equal(
      pauseNotes.paused('topdesk', 'onderhoud tot 15:00'),
      'Bron topdesk gepauzeerd: onderhoud tot 15:00',
    );
    assert.equal(pauseNotes.resumed('topdesk'), 'Bron topdesk hervat');
  });
});
