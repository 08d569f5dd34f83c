import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeMrkdwn, webhookPayload } from './mrkdwn.ts';

describe('text for Slack', () => {
  it('escapes exactly &, < and >, & first', () => {
    assert.equal(escapeMrkdwn('a & b < c > d'), 'a &amp; b &lt; c &gt; d');
    assert.equal(escapeMrkdwn('&lt;'), '&amp;lt;');
    assert.equal(
      escapeMrkdwn('"quotes" \'and\' *stars* _under_'),
      '"quotes" \'and\' *stars* _under_',
    );
  });

  it('cannot mention the channel or make a link out of what a coordinator typed', () => {
    const text = JSON.parse(webhookPayload('bevestigd door <!channel> <https://x.example|klik>'))
      .text as string;
    assert.ok(!text.includes('<') && !text.includes('>'), text);
  });

  it('is a JSON body with text only', () => {
    assert.deepEqual(Object.keys(JSON.parse(webhookPayload('x'))), ['text']);
  });
});
