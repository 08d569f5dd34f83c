import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { dutchPrefix } from './patterns.ts';
import { textRedactor } from './redact-text.ts';

const word = (min: number, max: number) =>
  fc.stringMatching(new RegExp(`^[a-zäëéïöü]{${min},${max}}$`));
const capitalised = word(3, 10).map((letters) => letters[0]!.toUpperCase() + letters.slice(1));

const personName = fc
  .tuple(capitalised, fc.constantFrom('', 'de ', 'van ', 'van der ', 'ter ', 'el '), capitalised)
  .map(([first, prefix, last]) => `${first} ${prefix}${last}`);

const email = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,15}$/),
    fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/),
    fc.constantFrom('nl', 'com', 'org', 'minvws.nl'),
  )
  .map(([local, host, top]) => ({ original: `${local}@${host}.${top}`, kept: `@${host}.${top}` }));

/** Nine digits after the 0, with a real prefix, written in one of the ways people write them. */
const phone = fc
  .tuple(fc.constantFrom('6', '20', '88', '10', '70', '513', '800'), fc.stringMatching(/^\d{8}$/))
  .chain(([prefix, rest]) => {
    const subscriber = rest.slice(0, 9 - prefix.length);
    const spaced = `${subscriber.slice(0, 3)} ${subscriber.slice(3)}`;
    return fc.constantFrom(
      { original: `0${prefix}${subscriber}`, subscriber },
      { original: `0${prefix}-${subscriber}`, subscriber },
      { original: `0${prefix} ${spaced}`, subscriber },
      { original: `+31 ${prefix} ${subscriber}`, subscriber },
      { original: `+31(0)${prefix}-${spaced}`, subscriber },
      { original: `0031 ${prefix} ${spaced}`, subscriber },
    );
  });

/** Words around the personal data, numbers and times among them, never touching it. */
const filler = fc.array(
  fc.oneof(
    word(1, 12),
    fc.constantFrom('I 2026 1234', '14:02', '–', '“ok”', '2 uur,', '#42', '(', ')'),
  ),
  { maxLength: 6 },
);

describe('redaction, for any text', () => {
  it('lets no known name, e-mail address or Dutch phone number through', () => {
    fc.assert(
      fc.property(personName, email, phone, filler, filler, filler, (name, mail, tel, a, b, c) => {
        const input = [...a, name, ...b, mail.original, tel.original, ...c].join(' ');
        const output = textRedactor([name])(input).text;
        assert.ok(!output.toLowerCase().includes(name.toLowerCase()), output);
        // The mark itself ends in "e": "e@aa.nl" must not be found inside "5.1.2e@aa.nl".
        assert.ok(!output.replaceAll('5.1.2e@', '@').includes(mail.original), output);
        assert.ok(output.includes(`5.1.2e${mail.kept}`), output);
        assert.ok(!output.includes(tel.original), output);
        assert.ok(!output.replace(/\D/g, ' ').includes(tel.subscriber), output);
        assert.ok(output.includes('5.1.2e'), output);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the same prefix however a number is written', () => {
    fc.assert(
      fc.property(phone, (tel) => {
        const output = textRedactor([])(tel.original).text;
        const digits = tel.original
          .replace(/^(\+31|0031)/, '')
          .replace(/\D/g, '')
          .replace(/^0/, '');
        assert.ok(output.endsWith(`${dutchPrefix(digits)}- 5.1.2e`), output);
      }),
    );
  });
});
