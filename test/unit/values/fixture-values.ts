/** Loads a value fixture page and describes what findValue reads there, as the expected JSON does. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { findValue, type FindValueOptions } from '../../../lib/values/find-value';
import type { ParsedValue } from '../../../lib/values/parse-value';

const ROOT = path.resolve(__dirname, '../../..');

export interface ExpectedValue {
  name: string;
  found?: false;
  source?: string;
  text?: string;
  parsed?: Partial<ParsedValue> | null;
  rows?: { rowHeader: string; text: string }[];
}

export function loadPage(file: string): Document {
  return new JSDOM(readFileSync(path.join(ROOT, file), 'utf8')).window.document;
}

export function expectedValues(file: string): ExpectedValue[] {
  return JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as ExpectedValue[];
}

const collapse = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** The deepest element whose text holds the whole name: what the scanner's hit range spans. */
export function labelElement(doc: Document, name: string): Element {
  const wanted = name.toLowerCase();
  let el: Element | undefined = doc.body;
  while (el) {
    const child: Element | undefined = [...el.children].find((c) =>
      collapse(c.textContent).includes(wanted),
    );
    if (!child) break;
    el = child;
  }
  if (!el || el === doc.body) throw new Error(`No element holds "${name}"`);
  return el;
}

/** What a reader would be told: where the value came from, its text and what it parses to. */
export function describeValue(doc: Document, name: string, options: FindValueOptions = {}) {
  const found = findValue(labelElement(doc, name), {
    name,
    locale: doc.documentElement.lang,
    ...options,
  });
  if (!found) return { name, found: false as const };
  // A column of several rows without a total reads no single value (text and parsed null).
  const parsed = found.reading?.parsed ?? null;
  return {
    name,
    source: found.source,
    text: found.reading?.text ?? null,
    parsed: parsed && Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined)),
    rows: found.rows?.map((r) => ({ rowHeader: r.rowHeader, text: r.text })),
  };
}
