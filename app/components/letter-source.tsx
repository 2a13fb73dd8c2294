// What a plan read from a pasted letter shows beyond a region's plan: the line that says where it comes from, the
// parts of the letter to check before paying (never links), the note on our own region's older data, and each
// fact's 出处 as the letter itself with the sentence marked. The letter's words are shown as written, as text.
import { use, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterWarning } from '../policies/letter/letter-types.ts';
import { withoutSpaces } from '../policies/letter/ocr-text.ts';
import { NATIONAL_FACTS } from '../policies/model/national.ts';
import type { Citation, RegionId, RegionModule } from '../policies/model/types.ts';
import { loadRegion } from '../policies/catalog/region-loader.ts';
import { regionName } from '../i18n/i18n.ts';
import { LETTER_NS } from '../i18n/letter-words.ts';

/** The first screen's line: made from the parent's own letter, not checked by the app; the year as the letter words it. */
export function LetterPlanLine({ year, picture = false }: { year: string; picture?: boolean }) {
  const { t } = useTranslation(LETTER_NS);
  return (
    <p className="letter-line">
      <strong>{t(picture ? 'planLinePicture' : 'planLine')}</strong> {year ? t('yearIs', { year }) : t('noYear')}
    </p>
  );
}

/** The plan's source: the pasted letter, its issuer and first line as the letter gives them. */
export function LetterSourceLine({ issuer, title }: { issuer: string; title: string }) {
  const { t } = useTranslation(LETTER_NS);
  return <p>{t('source', { issuer, title })}</p>;
}

/**
 * Where a quote is in the letter, [from, to), spaces and line ends aside: a letter read from a picture breaks its
 * sentences where the picture's lines end, and the reader quotes them whole.
 */
export function quoteSpan(letter: string, quote: string): [number, number] | undefined {
  const exact = letter.indexOf(quote);
  if (exact >= 0) return [exact, exact + quote.length];
  const wanted = quote.replace(/\s+/g, '');
  if (!wanted) return undefined;
  const { text: squeezed, at: positions } = withoutSpaces(letter);
  const at = squeezed.indexOf(wanted);
  return at < 0 ? undefined : [positions[at]!, positions[at + wanted.length - 1]! + 1];
}

/** A fact's 出处 on a letter's plan: the whole letter, scrolled to the sentence, which is marked. */
export function LetterCitationLine({ cite, letter, picture = false }: { cite: Citation; letter: string; picture?: boolean }) {
  const { t } = useTranslation(LETTER_NS);
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  // Found only once opened (a long letter, a search for every fact).
  const span = open ? quoteSpan(letter, cite.quote) : undefined;
  useLayoutEffect(() => {
    const mark = box.current?.querySelector('mark');
    if (open && box.current && mark instanceof HTMLElement)
      box.current.scrollTop = Math.max(0, mark.offsetTop - box.current.offsetTop - 48);
  }, [open]);
  return (
    <details className="cite cite-letter" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span className="cite-label">{t(picture ? 'citeLabelPicture' : 'citeLabel')}</span>
      </summary>
      <p className="muted">{t(picture ? 'citeNotePicture' : 'citeNote')}</p>
      {/* Drawn only when opened: a long letter under every fact would weigh on a slow phone. */}
      {open &&
        (!span ? (
          <q>{cite.quote}</q>
        ) : (
          <div className="letter-text" ref={box} tabIndex={0} role="region" aria-label={t('citeText')}>
            {letter.slice(0, span[0])}
            <mark>{letter.slice(span[0], span[1])}</mark>
            {letter.slice(span[1])}
          </div>
        ))}
    </details>
  );
}

/** Links, QR codes, accounts and requests to pay a person: shown as plain text, with national rule N5. */
export function LetterWarnings({ warnings }: { warnings: LetterWarning[] }) {
  const { t } = useTranslation(LETTER_NS);
  const { t: tApp } = useTranslation();
  if (!warnings.length) return null;
  const n5 = NATIONAL_FACTS.N5;
  return (
    <section className="letter-warnings" aria-labelledby="letter-warnings-title">
      <h2 id="letter-warnings-title">{t('warningsTitle')}</h2>
      <ul>
        {warnings.map((w) => (
          <li key={`${w.kind}-${w.at}`}>
            <span className="warning-kind">{t(`warningKind.${w.kind}`)}</span>
            <span className="letter-quote">{w.quote}</span>
          </li>
        ))}
      </ul>
      <div className="item national">
        <p className="if">{t('warningMarker', { document: n5.cite.document })}</p>
        <p>{tApp('national.N5')}</p>
      </div>
    </section>
  );
}

/** The letter names one of our regions: our data is of an older year, and the letter wins where they differ. */
export function LetterRegionNote({ region }: { region: RegionId }) {
  const { t } = useTranslation(LETTER_NS);
  const module = use(loadRegion(region) as Promise<RegionModule>);
  const year = module.years.at(-1)?.label ?? '';
  return <p className="letter-region">{t('regionNote', { region: regionName(region), year })}</p>;
}
