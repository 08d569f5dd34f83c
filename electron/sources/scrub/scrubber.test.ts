import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceError } from '../source-error.ts';
import { SCRUBBED, Scrubber } from './scrubber.ts';
import { secretForms } from './secret-forms.ts';

const SECRET = 'S3cr3t+/=token';
const scrubber = new Scrubber(secretForms(SECRET, 'me'));

describe('Scrubber', () => {
  it('replaces every form, the longest first', () => {
    const basic = Buffer.from(`me:${SECRET}`).toString('base64');
    const text = `Authorization: Basic ${basic}, raw ${SECRET}, ${encodeURIComponent(SECRET)}`;
    assert.equal(
      scrubber.text(text),
      `Authorization: Basic ${SCRUBBED}, raw ${SCRUBBED}, ${SCRUBBED}`,
    );
  });

  it('treats regular-expression characters in a secret as text', () => {
    const tricky = new Scrubber(['a.b*(c)?[d]\\e$']);
    assert.equal(tricky.text('x a.b*(c)?[d]\\e$ y aXb'), `x ${SCRUBBED} y aXb`);
  });

  it('strips the query string of every URL in an error, absolute or a path', () => {
    const detail = 'go to https://login.example/sso?token=abc and /api/x?key=1#top';
    assert.equal(scrubber.errorText(detail), 'go to https://login.example/sso?… and /api/x?…#top');
  });

  it('rebuilds an error from its scrubbed detail, keeping category and Retry-After', () => {
    const error = scrubber.error(new SourceError('rate-limited', `HTTP 429: ${SECRET}`, 5000));
    assert.equal(error.category, 'rate-limited');
    assert.equal(error.retryAfterMs, 5000);
    assert.equal(error.detail, `HTTP 429: ${SCRUBBED}`);
    assert.ok(!error.message.includes(SECRET));
  });

  it('scrubs the strings and keys of plain data, and copies only what changed', () => {
    const clean = { id: '1', tags: ['a'] };
    const dirty = { id: '2', labels: { [SECRET]: `said ${SECRET}` } };
    const data = { kind: 'x', items: [clean, dirty] };
    const scrubbed = scrubber.deep(data);
    assert.equal(scrubbed.items[0], clean, 'a clean object is passed on as it is');
    assert.deepEqual(scrubbed.items[1], { id: '2', labels: { [SCRUBBED]: `said ${SCRUBBED}` } });
    assert.equal(data.items[1], dirty, 'the input is not changed');
    assert.equal(dirty.labels[SECRET], `said ${SECRET}`);
  });

  it('remembers objects it has scrubbed, so a repeated poll costs nothing', () => {
    const dirty = { text: SECRET };
    const first = scrubber.deep([dirty]);
    const second = scrubber.deep([dirty]);
    assert.equal(first[0], second[0]);
  });

  it('with no secrets, changes nothing', () => {
    const none = new Scrubber([]);
    assert.equal(none.text('anything at all'), 'anything at all');
  });
});
