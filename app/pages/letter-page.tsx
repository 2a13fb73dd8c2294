import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLayout } from '../components/page-layout.tsx';
import { FocusHeading } from '../components/focus-heading.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { loadReader, preloadLetterWords, useLetterWords } from '../components/use-letter.ts';
import type { Language } from '../i18n/i18n.ts';
import { useHydrated, useToday } from '../components/use-hydrated.ts';
import { LETTER_NS } from '../i18n/letter-words.ts';
import { planPath, questionPath } from '../policies/answers/links.ts';
import { firstUnanswered, isComplete } from '../policies/answers/questions.ts';
import { LETTER_MAX_CHARS } from '../policies/letter/letter-types.ts';
import type { LetterReading } from '../policies/letter/letter-types.ts';
import { LETTER_ID } from '../policies/model/types.ts';
import { rereadLetter, useLetterStore } from '../state/letter-store.ts';
import type { LetterFromPicture } from '../state/letter-store.ts';
import { LetterPhoto } from '../components/letter-photo.tsx';
import { answersFromSearch } from './use-route-answers.ts';

/** The paste form's words, before its first render (or the build-time render). */
export function preloadLetter(language?: Language): Promise<unknown> {
  return preloadLetterWords(language);
}

type Problem = 'empty' | 'too-long' | 'doubts' | NonNullable<LetterReading['notLetter']>;

/**
 * /letter[?answers]: one form, the school's letter pasted into a box. A letter goes on to the questions not yet
 * answered (answers in the query preset them, as on a region's link), then to its plan; the text never leaves the
 * phone and never goes into a link. Too long, or not a letter: a plain message, and the text stays in the box.
 */
export function LetterPage() {
  useLetterWords();
  const { t } = useTranslation(LETTER_NS);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const today = useToday();
  const { answers } = answersFromSearch(params.toString(), today);
  const [text, setText] = useState('');
  const [stored, setStored] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();
  const [reading, setReadingBusy] = useState(false);
  // A letter read from pictures, and its figures not yet checked (letter-photo.tsx).
  const [photo, setPhoto] = useState<LetterFromPicture>({ picture: false, doubts: [] });
  const [doubtCount, setDoubtCount] = useState(0);
  // The prerendered form submits only once hydrated: before, a tap would submit it natively, putting the letter in
  // the address and a request (the letter never leaves the phone), and dropping the answers in the query.
  const hydrated = useHydrated();

  // The letter kept on the device fills the box after the first render (the prerendered form is empty).
  useEffect(() => {
    const kept = rereadLetter();
    if (kept) {
      setText(kept);
      setStored(true);
      // Its unchecked figures stay stored for the plan (withoutDoubtful); their crops are gone with the pictures.
      setPhoto({ picture: useLetterStore.getState().picture, doubts: [] });
    }
  }, []);

  const next = isComplete(answers) ? planPath(LETTER_ID, answers) : questionPath(LETTER_ID, firstUnanswered(answers)!, answers);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The box as it is now: text pasted before the page had hydrated is in the box but not yet in the state.
    const text = event.currentTarget.querySelector('textarea')?.value ?? '';
    setText(text);
    if (!text.trim()) return setProblem('empty');
    if (text.length > LETTER_MAX_CHARS) return setProblem('too-long');
    setReadingBusy(true);
    try {
      const reader = await loadReader();
      // A figure from a picture the parent has neither corrected nor confirmed: not a fact, so no plan yet.
      const left = reader.doubtsLeft(text, photo.doubts);
      if (left.length) {
        setDoubtCount(left.length);
        return setProblem('doubts');
      }
      const result = reader.readLetter(text);
      if (!result.isLetter) return setProblem(result.notLetter ?? 'other-topic');
      useLetterStore.getState().save(text, { picture: photo.picture && text.trim() !== '', doubts: photo.doubts });
      navigate(next);
    } finally {
      setReadingBusy(false);
    }
  };

  const remove = () => {
    useLetterStore.getState().remove();
    setText('');
    setStored(false);
    setDeleted(true);
    setProblem(undefined);
  };

  const message =
    problem === 'empty'
      ? t('errorEmpty')
      : problem === 'too-long'
        ? t('errorTooLong', { count: text.length })
        : problem === 'doubts'
          ? t('photo.errorDoubts', { count: doubtCount })
          : problem
            ? `${t('notLetter')} ${t(`notLetterWhy.${problem}`)} ${t('notLetterNext')}`
            : undefined;

  return (
    <PageLayout>
      <ErrorSummary errors={message ? [{ text: message, href: problem === 'doubts' ? '#letter-doubts' : '#letter' }] : []} />
      <FocusHeading focusKey="letter">{t('title')}</FocusHeading>
      <p>{t('intro')}</p>
      {stored && (
        <p className="letter-stored">
          {t('stored')} <Link to={next}>{t('openPlan')}</Link>
        </p>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className={message ? 'field has-error' : 'field'}>
          <label className="label" htmlFor="letter">
            {t('label')}
          </label>
          <p className="hint" id="letter-hint">
            {t('hint')}
          </p>
          {message && (
            <p className="field-error" id="letter-error">
              {message}
            </p>
          )}
          <textarea
            className="input letter-input"
            id="letter"
            rows={10}
            value={text}
            onChange={(e) => {
              // The paste is the moment to fetch what the tap will need: the reader and the plan's screens.
              void loadReader();
              void import('./letter-route.tsx');
              setText(e.target.value);
              setProblem(undefined);
              setDeleted(false);
              // An emptied box starts afresh: what is typed or pasted next did not come from a picture.
              if (!e.target.value.trim()) setPhoto({ picture: false, doubts: [] });
            }}
            aria-describedby={message ? 'letter-error letter-hint' : 'letter-hint'}
            aria-invalid={message ? true : undefined}
            spellCheck={false}
            autoComplete="off"
          />
        </div>
        <LetterPhoto
          box="letter"
          text={text}
          setText={(next) => {
            setText(next);
            setProblem(undefined);
            setDeleted(false);
          }}
          onPicture={setPhoto}
        />
        <button type="submit" className="button" disabled={reading || !hydrated}>
          {t('submit')}
        </button>
      </form>
      {stored && (
        <p>
          <button type="button" className="button button-secondary" onClick={remove}>
            {t('delete')}
          </button>
        </p>
      )}
      <p role="status">{deleted ? t('deleted') : ''}</p>
      <p>
        <Link to="/not-listed">{t('noLetter')}</Link>
      </p>
    </PageLayout>
  );
}
