// /school — a teacher picks the region and may type the school and class; the page makes the link, a WeChat
// message, a QR code and a printable A4 notice. Or the teacher pastes this year's letter: the message and notice
// then quote the letter's facts and link to /letter (never the letter's words in a link). Loaded lazily: none of it
// is in the first screen's bundle.
import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { LoadingLine } from '../components/loading.tsx';
import { regionName } from '../i18n/i18n.ts';
import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLayout } from '../components/page-layout.tsx';
import { FocusHeading } from '../components/focus-heading.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { RadioGroup } from '../components/radio-group.tsx';
import { CopyButton } from '../components/copy-button.tsx';
import { TextField } from '../components/text-field.tsx';
import { QrImage, useQrDataUrl } from '../components/qr-code.tsx';
import { SchoolNotice } from '../components/school-notice.tsx';
import { schoolHeading, schoolMessage } from '../components/school-message.ts';
import { useLocalRegion } from '../components/use-local-region.ts';
import { linkRegion, SCHOOL_NAME_MAX, schoolLabel, schoolLink } from '../policies/answers/school-link.ts';
import { schoolNameProblem } from '../policies/common/clean-text.ts';
import { schoolFacts } from '../policies/plan/school-facts.ts';
import { schoolLetterFacts } from '../policies/plan/school-letter-facts.ts';
import type { LetterPolicy } from '../policies/plan/school-letter-facts.ts';
import { letterPath } from '../policies/answers/links.ts';
import { LETTER_MAX_CHARS } from '../policies/letter/letter-types.ts';
import type { LetterReading } from '../policies/letter/letter-types.ts';
import { loadReader, useLetterWords } from '../components/use-letter.ts';
import { useToday } from '../components/use-hydrated.ts';
import { LETTER_NS } from '../i18n/letter-words.ts';
import { letterBlockedLines, schoolLetterMessage } from '../components/school-letter-message.ts';
import { SchoolLetterNotice } from '../components/school-letter-notice.tsx';
import { LetterPhoto } from '../components/letter-photo.tsx';
import type { OcrDoubt } from '../policies/letter/ocr-text.ts';
import { REGION_IDS } from '../policies/model/types.ts';
import type { RegionId } from '../policies/model/types.ts';

const CLASS_MAX = 20;

function useCanShare(): boolean {
  const [can, setCan] = useState(false);
  useEffect(() => setCan(typeof navigator.share === 'function'), []);
  return can;
}

/** The class message in a box, with buttons to copy it and its link and, where the phone can, to share it. */
function MessageBox({ message, link, school, rows }: { message: string; link: string; school: string; rows: number }) {
  const { t } = useTranslation();
  const canShare = useCanShare();
  return (
    <>
      <h3>
        <label className="message-label" htmlFor="school-message">
          {t('school.messageTitle')}
        </label>
      </h3>
      <textarea id="school-message" className="message-box" readOnly rows={rows} value={message} />
      <div className="button-row">
        <CopyButton id="copy-message" text={message} label={t('school.copy')} done={t('school.copied')} failed={t('school.copyFailed')} />
        <CopyButton
          id="copy-link"
          text={link}
          label={t('school.copyLink')}
          done={t('school.linkCopied')}
          failed={t('school.copyFailed')}
          secondary
        />
        {canShare && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              navigator.share({ title: schoolHeading(t, school), text: message }).catch(() => undefined);
            }}
          >
            {t('school.share')}
          </button>
        )}
      </div>
    </>
  );
}

function SchoolKit({ region, school }: { region: RegionId; school: string }) {
  const { t } = useTranslation();
  const localRegion = useLocalRegion(region)!;
  const facts = useMemo(() => schoolFacts(localRegion), [localRegion]);
  // The message's link is short (the region only); the school's name is in the message's first line. The QR code
  // and the printed notice carry the name, so a parent who scans sees which school sent it.
  const link = schoolLink(window.location.origin, region, '');
  const namedLink = schoolLink(window.location.origin, region, school);
  const message = schoolMessage(t, facts, school, link);
  const qr = useQrDataUrl(namedLink);

  return (
    <>
      <div className="no-print">
        <p className="school-preview">
          {school
            ? t('school.preview', { heading: t('school.sharedBy', { school }) })
            : t('school.previewNoSchool', { region: facts.regionName })}
        </p>
        <p className="muted">{t('school.scope')}</p>

        <h3>{t('school.linkTitle')}</h3>
        <p className="school-link" data-testid="school-link">
          {link}
        </p>
        <p>
          <a href={link} target="_blank" rel="noopener noreferrer">
            {t('school.linkOpen')}
          </a>
        </p>

        <MessageBox message={message} link={link} school={school} rows={12} />

        <h3>{t('school.qrTitle')}</h3>
        <QrImage url={qr.url} failed={qr.failed} alt={t('school.qrAlt', { region: facts.regionName })} className="qr qr-screen" />
        {qr.url && (
          <p>
            <a className="button button-secondary" href={qr.url} download={`xsyb-${region}-qr.png`}>
              {t('school.qrDownload')}
            </a>
          </p>
        )}

        <h3>{t('school.noticeTitle')}</h3>
        <p className="muted">{t('school.noticeHint')}</p>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('school.print')}
        </button>
      </div>
      <SchoolNotice facts={facts} school={school} link={namedLink} qr={qr} />
    </>
  );
}

/** A letter the teacher pasted, read on this device (the reader's chunk loads with the first letter). */
interface PastedLetter {
  reading: LetterReading;
  policy: LetterPolicy;
}

/**
 * The kit from this year's letter: the message quotes the letter under "摘自学校通知" and ends with the app's
 * /letter link, which carries nothing of the letter. A letter the reader warns about (a personal account, a request
 * to pay a person, an unknown link or QR code) gets no message: the page says why (N5) and whom to call.
 */
function SchoolLetterKit({ letter, school }: { letter: PastedLetter; school: string }) {
  useLetterWords();
  const { t } = useTranslation();
  const today = useToday();
  const facts = useMemo(() => schoolLetterFacts(letter.policy, letter.reading.warnings, today), [letter, today]);
  const link = `${window.location.origin}${letterPath()}`;
  const qr = useQrDataUrl(link);

  if (facts.blocked) {
    return (
      <div className="notice notice-warning" role="alert" data-testid="school-letter-blocked">
        <h3>{t('letter:school.blockedTitle')}</h3>
        {letterBlockedLines(t, facts).map((line) => (
          <p key={line}>{line}</p>
        ))}
        <h4>{t('letter:school.warningsTitle')}</h4>
        <ul>
          {facts.warnings.map((w) => (
            <li key={`${w.kind}-${w.at}`}>
              <span className="warning-kind">{t(`warningKind.${w.kind}`, { ns: LETTER_NS })}</span>{' '}
              <span className="letter-quote">{w.quote}</span>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  const message = schoolLetterMessage(t, facts, school, link, today);
  return (
    <>
      <div className="no-print">
        <p className="school-preview">{t('letter:school.preview')}</p>

        <h3>{t('school.linkTitle')}</h3>
        <p className="school-link" data-testid="school-link">
          {link}
        </p>

        <MessageBox message={message} link={link} school={school} rows={14} />

        <h3>{t('school.qrTitle')}</h3>
        <QrImage url={qr.url} failed={qr.failed} alt={t('letter:school.noticeScan')} className="qr qr-screen" />

        <h3>{t('school.noticeTitle')}</h3>
        <p className="muted">{t('school.noticeHint')}</p>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('school.print')}
        </button>
      </div>
      <SchoolLetterNotice facts={facts} school={school} link={link} qr={qr} today={today} />
    </>
  );
}

export function SchoolPage() {
  // The words for pasting a letter are the letter screens' (their own chunk, loaded with this page).
  useLetterWords();
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const preset = params.get('region');
  const [region, setRegion] = useState<string | undefined>(linkRegion(preset));
  const [name, setName] = useState('');
  const [className, setClassName] = useState('');
  const [error, setError] = useState(false);
  const [nameError, setNameError] = useState(false);
  const [shown, setShown] = useState(false);
  const [letterText, setLetterText] = useState('');
  const [letterProblem, setLetterProblem] = useState<'too-long' | 'not-letter' | 'doubts' | undefined>();
  // Figures read from a picture of the letter and not yet checked (letter-photo.tsx): none may reach the message.
  const [doubts, setDoubts] = useState<OcrDoubt[]>([]);
  const [doubtCount, setDoubtCount] = useState(0);
  const [letter, setLetter] = useState<PastedLetter | undefined>();
  const [busy, setBusy] = useState(false);
  const today = useToday();
  const resultRef = useRef<HTMLHeadingElement>(null);
  const focusResult = useRef(false);

  useEffect(() => {
    if (shown && focusResult.current) {
      focusResult.current = false;
      resultRef.current?.focus();
    }
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A school name or class holds no web address, phone or account number (see schoolNameProblem).
    const badName = Boolean(schoolNameProblem(school));
    setNameError(badName);
    // With this year's letter pasted, the region is not needed: the message is the letter's.
    const pasted = letterText.trim() !== '';
    let read: PastedLetter | undefined;
    let problem: typeof letterProblem;
    if (pasted && letterText.length > LETTER_MAX_CHARS) problem = 'too-long';
    else if (pasted) {
      setBusy(true);
      try {
        const reader = await loadReader();
        const left = reader.doubtsLeft(letterText, doubts);
        setDoubtCount(left.length);
        const reading = reader.readLetter(letterText);
        if (left.length) problem = 'doubts';
        else if (reading.isLetter) read = { reading, policy: reader.letterPolicy(reading, today) };
        else problem = 'not-letter';
      } finally {
        setBusy(false);
      }
    }
    setLetterProblem(problem);
    setLetter(read);
    const noRegion = !pasted && !linkRegion(region);
    setError(noRegion);
    if (badName || noRegion || problem) {
      setShown(false);
      return;
    }
    setShown(true);
    focusResult.current = true;
  };

  const school = schoolLabel(name, className);
  const chosen = linkRegion(region);
  const letterError =
    letterProblem === 'too-long'
      ? t('letter:school.errorTooLong', { count: letterText.length })
      : letterProblem === 'not-letter'
        ? t('letter:school.errorNotLetter')
        : letterProblem === 'doubts'
          ? t('letter:photo.errorDoubts', { count: doubtCount })
          : undefined;

  return (
    <PageLayout>
      <div className="no-print">
        <ErrorSummary
          errors={[
            ...(error ? [{ text: t('letter:school.errorRegionOrLetter'), href: '#region' }] : []),
            ...(nameError ? [{ text: t('school.errorName'), href: '#school-name' }] : []),
            ...(letterError ? [{ text: letterError, href: letterProblem === 'doubts' ? '#school-letter-doubts' : '#school-letter' }] : []),
          ]}
        />
        <FocusHeading focusKey="school">{t('school.title')}</FocusHeading>
        <p className="lead">{t('school.lead')}</p>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <fieldset>
            <legend>
              <h2 className="legend-heading">{t('school.regionLegend')}</h2>
            </legend>
            <p className="hint" id="region-hint">
              {t('school.regionHint')}
            </p>
            <RadioGroup
              name="region"
              options={REGION_IDS.map((id) => ({ value: id, label: regionName(id) }))}
              value={region}
              onChange={(v) => {
                setRegion(v);
                setError(false);
              }}
              error={error ? t('letter:school.errorRegionOrLetter') : undefined}
              describedBy="region-hint"
            />
          </fieldset>
          <TextField
            id="school-name"
            name="school"
            label={t('school.nameLabel')}
            hint={t('school.nameHint')}
            className="input input-wide"
            autoComplete="organization"
            maxLength={SCHOOL_NAME_MAX}
            value={name}
            error={nameError ? t('school.errorName') : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          <TextField
            id="school-class"
            name="class"
            label={t('school.classLabel')}
            hint={t('school.classHint')}
            autoComplete="off"
            maxLength={CLASS_MAX}
            value={className}
            onChange={(e) => setClassName(e.target.value)}
          />
          <div className={letterError ? 'field has-error' : 'field'}>
            <label className="label" htmlFor="school-letter">
              {t('letter:school.pasteLabel')}
            </label>
            <p className="hint" id="school-letter-hint">
              {t('letter:school.pasteHint')}
            </p>
            {letterError && (
              <p className="field-error" id="school-letter-error">
                {letterError}
              </p>
            )}
            <textarea
              className="input letter-input"
              id="school-letter"
              name="letter"
              rows={8}
              value={letterText}
              onChange={(e) => {
                setLetterText(e.target.value);
                setLetterProblem(undefined);
              }}
              aria-describedby={letterError ? 'school-letter-error school-letter-hint' : 'school-letter-hint'}
              aria-invalid={letterError ? true : undefined}
              spellCheck={false}
              autoComplete="off"
            />
          </div>
          <LetterPhoto
            box="school-letter"
            text={letterText}
            setText={(next) => {
              setLetterText(next);
              setLetterProblem(undefined);
            }}
            onPicture={(from) => setDoubts(from.doubts)}
          />
          <button type="submit" className="button" disabled={busy}>
            {t('school.submit')}
          </button>
        </form>
      </div>
      {shown && (letter || chosen) && !schoolNameProblem(school) && (
        <section className="school-result" aria-labelledby="school-result-title">
          <h2 id="school-result-title" ref={resultRef} tabIndex={-1} className="no-print">
            {t('school.resultTitle')}
          </h2>
          <Suspense fallback={<LoadingLine />}>
            {letter ? <SchoolLetterKit letter={letter} school={school} /> : <SchoolKit region={chosen!} school={school} />}
          </Suspense>
        </section>
      )}
    </PageLayout>
  );
}
