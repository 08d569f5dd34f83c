import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textRedactor } from './redact-text.ts';

const KNOWN = ['Jan de Vries', 'Fatima el Amrani', 'Piet Jansen', 'Anna Bos', 'jdekker'];
const redact = textRedactor(KNOWN);
const text = (value: string) => redact(value).text;

describe('names', () => {
  const cases: [string, string][] = [
    ['Jan de Vries belt KPN', '5.1.2e belt KPN'],
    ['JAN DE VRIES belt', '5.1.2e belt'],
    ['overleg met J. de Vries', 'overleg met 5.1.2e'],
    ['overleg met J.P. de Vries', 'overleg met 5.1.2e'],
    ['de Vries is gebeld', '5.1.2e is gebeld'],
    ['De Vries is gebeld', '5.1.2e is gebeld'],
    ['Jan belt, Vries ook', '5.1.2e belt, 5.1.2e ook'],
    ['Fatima El Amrani, el Amrani en F. el Amrani', '5.1.2e, 5.1.2e en 5.1.2e'],
    ['Jansen en P. Jansen', '5.1.2e en 5.1.2e'],
    ['Piet Jansen', '5.1.2e'],
    ['door jdekker en JDekker', 'door 5.1.2e en 5.1.2e'],
  ];
  for (const [input, expected] of cases)
    it(`"${input}"`, () => assert.equal(text(input), expected));

  it('leaves words that only look like a part of a name', () => {
    for (const input of [
      'op 3 jan. 2026 en in januari',
      'het bos achter de vriesvak',
      'Janssen en Jantje bij Bosman',
    ])
      assert.equal(text(input), input);
    assert.equal(text('Anna’s collega'), '5.1.2e’s collega');
  });

  it('says which kinds it took out', () => {
    assert.deepEqual(redact('Jan de Vries, jan@minvws.nl, 06-12345678').types, [
      'name',
      'email',
      'phone',
    ]);
    assert.deepEqual(redact('niets te zien').types, []);
  });
});

describe('e-mail addresses keep their organisation', () => {
  it('replaces the person and keeps the domain', () => {
    assert.equal(
      text('mail jan.devries@minvws.nl of J.de-Vries@KPN.com.'),
      'mail 5.1.2e@minvws.nl of 5.1.2e@KPN.com.',
    );
  });

  it('takes a name inside an address with the address', () => {
    assert.equal(text('jan.de.vries@jandevries.nl'), '5.1.2e@jandevries.nl');
  });
});

describe('Dutch phone numbers keep their country code and prefix', () => {
  const cases: [string, string][] = [
    ['06-12345678', '06- 5.1.2e'],
    ['06 1234 5678', '06- 5.1.2e'],
    ['0612345678', '06- 5.1.2e'],
    ['06 12 34 56 78', '06- 5.1.2e'],
    ['+31 6 12345678', '+31 6- 5.1.2e'],
    ['+31612345678', '+31 6- 5.1.2e'],
    ['+31(0)6-1234 5678', '+31 6- 5.1.2e'],
    ['+31 (0)20 123 4567', '+31 20- 5.1.2e'],
    ['0031 6 12345678', '0031 6- 5.1.2e'],
    ['088 123 4567', '088- 5.1.2e'],
    ['088-1234567', '088- 5.1.2e'],
    ['020-1234567', '020- 5.1.2e'],
    ['(020) 123 45 67', '020- 5.1.2e'],
    ['010-1234567', '010- 5.1.2e'],
    ['0513-123456', '0513- 5.1.2e'],
    ['+32 2 123 45 67', '+32 5.1.2e'],
  ];
  for (const [input, expected] of cases)
    it(`"${input}"`, () => assert.equal(text(`bel ${input}.`), `bel ${expected}.`));
});

describe('what is not personal stays', () => {
  const kept = [
    '2026-11-29T14:02:03.120+01:00',
    '2026-11-29T13:02:03.120Z',
    'om 14:02:03 op 29-11-2026',
    '01-05-2026 12:30',
    'ticket I 2026 1234 en I 2611 042',
    'seq 12345, #1234567890',
    'duurde 2 uur, 5 min (7.500 ms, 1.234 meldingen)',
    'fingerprint a1b2c3d4e5f60718',
    'https://coronamelder.nl/status?id=0612',
  ];
  for (const input of kept) it(`"${input}"`, () => assert.equal(text(input), input));
});
