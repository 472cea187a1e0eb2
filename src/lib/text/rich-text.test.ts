import { describe, expect, it } from 'vitest';
import { parseRichText, richTextToPlain } from './rich-text';

describe('parseRichText', () => {
  it('splits plain text into paragraphs and line breaks', () => {
    expect(parseRichText('Ensimmäinen kappale.\nToinen rivi.\n\n  Toinen kappale <3 ')).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Ensimmäinen kappale.' },
          { type: 'br' },
          { type: 'text', text: 'Toinen rivi.' },
        ],
      },
      { type: 'paragraph', children: [{ type: 'text', text: 'Toinen kappale <3' }] },
    ]);
    expect(parseRichText('   ')).toEqual([]);
    expect(parseRichText(null)).toEqual([]);
  });

  it('keeps the allowed HTML subset as data and decodes entities', () => {
    expect(parseRichText('<p>Hei <strong>kaikki</strong> &amp; <a href="https://example.org">linkki</a></p><ul><li>yksi</li><li>kaksi</li></ul>')).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Hei ' },
          { type: 'strong', children: [{ type: 'text', text: 'kaikki' }] },
          { type: 'text', text: ' & ' },
          { type: 'link', href: 'https://example.org', children: [{ type: 'text', text: 'linkki' }] },
        ],
      },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'yksi' }], [{ type: 'text', text: 'kaksi' }]] },
    ]);
  });

  it('drops scripts, unknown markup and unsafe link targets', () => {
    const blocks = parseRichText('<p onclick="x()">A<script>alert(1)</script><span>B</span><a href="javascript:alert(1)">C</a></p><img src=x onerror=alert(1)>');
    expect(blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'ABC' }] },
    ]);
  });

  it('turns loose text and breaks into paragraphs', () => {
    expect(parseRichText('Rivi<br>toinen <h2>Otsikko</h2>')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Rivi' }, { type: 'br' }, { type: 'text', text: 'toinen' }] },
      { type: 'heading', children: [{ type: 'text', text: 'Otsikko' }] },
    ]);
  });
});

describe('richTextToPlain', () => {
  it('gives the text without markup', () => {
    expect(richTextToPlain('<p>Yksi</p><ul><li>a</li><li>b</li></ul>')).toBe('Yksi\n\n- a\n- b');
  });
});
