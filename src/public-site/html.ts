/**
 * HTML for the public portal, built with a tagged template: every interpolated value is escaped
 * unless it is itself the result of `html` or `raw`, so a page cannot print an unescaped name by
 * accident. Arrays are joined; null, undefined and false print nothing.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Markup that is already safe to print as is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  // Most text needs nothing; testing first avoids building a new string for it.
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ESCAPES[c]) : text;
}
const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;

/** Trusted markup (from this code, or already escaped, like the search's `nameHtml`). */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

export type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

function render(value: Interpolation): string {
  if (typeof value === 'string') return escapeHtml(value);
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) {
    let out = '';
    for (const v of value) out += render(v);
    return out;
  }
  return escapeHtml(String(value));
}

/** html`<p>${name}</p>`: the template's literal parts are trusted, every value is escaped. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Escaped text whose line breaks become `<br>`. */
export function lines(text: string): SafeHtml {
  return raw(escapeHtml(text).replace(/\r?\n/g, '<br>'));
}

/** Joins fragments with a separator (both escaped unless safe). */
export function join(parts: readonly Interpolation[], separator: Interpolation = ''): SafeHtml {
  return raw(parts.map(render).join(render(separator)));
}
