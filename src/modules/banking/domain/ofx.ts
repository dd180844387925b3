import { canonicalDecimal, isoDateOf, parseFail, type ParsedFile, type ParsedLine, type ParsedStatement } from './statement.js';

/**
 * OFX / QFX, both 1.x SGML (leaf tags left unclosed, header lines before `<OFX>`) and 2.x XML
 * (including files that claim XML but leave tags unclosed, and CDATA sections). Written here rather
 * than with `ofx-js`: that library refuses CDATA (suncorp) and blank lines between aggregates
 * (nubank), and collapses whitespace inside memos. Amounts stay decimal strings.
 */

interface Node {
  name: string;
  text: string | null;
  children: Node[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decodeEntities = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[e.toLowerCase()] ?? whole;
  });

const AFTER_TRANLIST = new Set(['LEDGERBAL', 'AVAILBAL', 'BALLIST', 'MKTGINFO']);

function tree(text: string): Node {
  const start = text.search(/<OFX>/i);
  if (start < 0) parseFail('no <OFX> element: not an OFX file');
  const root: Node = { name: '#root', text: null, children: [] };
  const stack: Node[] = [root];
  const token = /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<(\/?)([A-Za-z0-9_.]+)\s*>|([^<]+)|(<)/g;
  const body = text.slice(start);
  let m: RegExpExecArray | null;
  while ((m = token.exec(body)) !== null) {
    const top = stack[stack.length - 1]!;
    if (m[1] !== undefined) {
      top.text = (top.text ?? '') + m[1];
    } else if (m[3] !== undefined) {
      const name = m[3].toUpperCase();
      if (m[2] === '/') {
        const at = stack.map((n) => n.name).lastIndexOf(name);
        if (at > 0) stack.length = at;
      } else {
        // A new tag after a leaf's text closes the leaf (SGML leaves have no end tag).
        if (top.text !== null && top.text.trim() !== '' && stack.length > 1) stack.pop();
        // Balances follow the transaction list; some banks forget </BANKTRANLIST> (nubank).
        if (AFTER_TRANLIST.has(name)) {
          const list = stack.map((n) => n.name).lastIndexOf('BANKTRANLIST');
          if (list > 0) stack.length = list;
        }
        const node: Node = { name, text: null, children: [] };
        stack[stack.length - 1]!.children.push(node);
        stack.push(node);
      }
    } else if (m[4] !== undefined) {
      if (m[4].trim() !== '') top.text = (top.text ?? '') + decodeEntities(m[4]);
    } else if (m[5] !== undefined) {
      parseFail('a stray "<" in the OFX body');
    }
  }
  const ofx = root.children.find((n) => n.name === 'OFX');
  if (!ofx) parseFail('no <OFX> element: not an OFX file');
  return ofx;
}

const all = (node: Node, name: string): Node[] => {
  const out: Node[] = [];
  const walk = (n: Node) => {
    for (const c of n.children) {
      if (c.name === name) out.push(c);
      else walk(c);
    }
  };
  walk(node);
  return out;
};
const child = (node: Node | undefined, name: string): Node | undefined => node?.children.find((c) => c.name === name);
const textOf = (node: Node | undefined, name: string): string | null => {
  const t = child(node, name)?.text;
  return t === undefined || t === null ? null : t.trim() || null;
};

/** OFX dates: YYYYMMDD[HHMMSS[.XXX]][[gmt offset:tz]]; the calendar day as written. */
function ofxDate(value: string | null, path: string): string | null {
  if (value === null) return null;
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(value);
  const date = m ? isoDateOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (!date) parseFail(`"${value.slice(0, 40)}" is not an OFX date`, path);
  return date;
}

/** OFX amounts: "-6.60", "+5", and the comma decimals some European banks write ("12,50"). */
function ofxAmount(value: string | null, path: string): string {
  if (value === null) parseFail('amount missing', path);
  const v = value.trim();
  return canonicalDecimal(/^[+-]?\d*,\d+$/.test(v) ? v.replace(',', '.') : v, path);
}

export function parseOfx(text: string): ParsedFile {
  const ofx = tree(text);
  const blocks = [...all(ofx, 'STMTRS'), ...all(ofx, 'CCSTMTRS')];
  if (blocks.length === 0) parseFail('the OFX file holds no bank or credit-card statement (STMTRS / CCSTMTRS)');
  const statements: ParsedStatement[] = blocks.map((block, b) => {
    const at = `body.content.statements[${b}]`;
    const account = child(block, 'BANKACCTFROM') ?? child(block, 'CCACCTFROM');
    const list = child(block, 'BANKTRANLIST');
    const lines: ParsedLine[] = (list ? list.children.filter((c) => c.name === 'STMTTRN') : []).map((t, i) => {
      const path = `${at}.lines[${i}]`;
      const name = textOf(t, 'NAME');
      const memo = textOf(t, 'MEMO');
      const checkNum = textOf(t, 'CHECKNUM');
      const date = ofxDate(textOf(t, 'DTPOSTED'), `${path}.DTPOSTED`);
      if (!date) parseFail('DTPOSTED missing', `${path}.DTPOSTED`);
      return {
        date,
        valueDate: ofxDate(textOf(t, 'DTAVAIL'), `${path}.DTAVAIL`),
        amount: ofxAmount(textOf(t, 'TRNAMT'), `${path}.TRNAMT`),
        description: memo ?? name ?? textOf(t, 'TRNTYPE') ?? '',
        reference: checkNum && checkNum !== '0' ? checkNum : textOf(t, 'REFNUM'),
        bankRef: textOf(t, 'FITID'),
        counterparty: name,
        balance: null,
      };
    });
    const ledgerBal = child(block, 'LEDGERBAL');
    const availBal = child(block, 'AVAILBAL');
    const closing = ledgerBal ? ofxAmount(textOf(ledgerBal, 'BALAMT'), `${at}.LEDGERBAL.BALAMT`) : null;
    return {
      statementId: null,
      account: textOf(account, 'ACCTID'),
      currency: textOf(block, 'CURDEF'),
      // OFX states only the balance at the end: the opening balance is not in the file.
      openingBalance: null,
      closingBalance: closing,
      openingDate: ofxDate(textOf(list, 'DTSTART'), `${at}.DTSTART`),
      closingDate: ledgerBal ? ofxDate(textOf(ledgerBal, 'DTASOF'), `${at}.LEDGERBAL.DTASOF`) : ofxDate(textOf(list, 'DTEND'), `${at}.DTEND`),
      availableBalance: availBal ? ofxAmount(textOf(availBal, 'BALAMT'), `${at}.AVAILBAL.BALAMT`) : null,
      lines,
    };
  });
  return { format: 'ofx', statements };
}
