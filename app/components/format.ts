// Numbers, money and dates through Intl, in the page's language.
import { currentLanguage, INTL_LOCALE } from '../i18n/i18n.ts';

const pageLocale = () => INTL_LOCALE[currentLanguage()];

export function formatFen(fen: number, locale = pageLocale()): string {
  const yuan = fen / 100;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    minimumFractionDigits: Number.isInteger(yuan) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(yuan);
}

/** A calendar date (YYYY-MM-DD) written out, read as a date with no time zone shift. */
export function formatDate(iso: string, locale = pageLocale()): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

export function telHref(areaCode: string | undefined, number: string): string {
  return `tel:${areaCode ?? ''}${number}`;
}

export function phoneText(areaCode: string | undefined, number: string): string {
  return areaCode ? `${areaCode}-${number}` : number;
}
