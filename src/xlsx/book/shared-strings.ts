/**
 * The package's shared strings (xl/sharedStrings.xml) as plain texts: rich-text runs joined,
 * phonetic guides (rPh) left out, as Excel shows the cell.
 */
import { SaxesParser } from 'saxes';
import { localName } from '../package/xml-scan';
import { decodeXstring } from '../package/xstring';

export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const parser = new SaxesParser();
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  let current = '';
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (name === 'si') {
      inItem = true;
      current = '';
    } else if (name === 'rPh') phonetic++;
    else if (name === 't' && inItem && phonetic === 0) inText = true;
  });
  parser.on('text', (t) => {
    if (inText) current += t;
  });
  parser.on('cdata', (t) => {
    if (inText) current += t;
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    if (name === 't') inText = false;
    else if (name === 'rPh') phonetic--;
    else if (name === 'si') {
      out.push(decodeXstring(current));
      inItem = false;
    }
  });
  parser.write(xml).close();
  return out;
}
