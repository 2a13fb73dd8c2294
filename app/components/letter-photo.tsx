// "拍照或选图片" beside a letter's text box (/letter, and /school's letter paste): the pictures are read on the phone
// (ocr-engine.ts), the text fills the box for the parent to read and correct, and every figure the engine was not
// sure of is listed as "请核对" with its crop of the picture until the parent corrects or confirms it. The form refuses
// to go on while one is left (the page's job, with doubtsLeft), so a figure read wrong is never a fact.
import { useEffect, useId, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OcrBox, OcrDoubt } from '../policies/letter/ocr-text.ts';
import type { LetterFromPicture } from '../state/letter-store.ts';
import { LETTER_NS } from '../i18n/letter-words.ts';
import { loadReader } from './use-letter.ts';
import type { LetterReader } from './use-letter.ts';
import { deleteEngine, engineCached, OCR_DOWNLOAD_BYTES, OcrError, recognise } from './ocr-engine.ts';
import type { OcrProgress, OcrRun } from './ocr-engine.ts';

/** Megabytes as a parent reads them on the phone's storage screen (10⁶ bytes), one decimal. */
const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);

/** The figure with some of the line around it, cut from the picture it was read from, as a data: URL. */
function cropOf(image: HTMLCanvasElement, box: OcrBox): string {
  const h = box.y1 - box.y0;
  const x0 = Math.max(0, Math.floor(box.x0 - 2 * h));
  const x1 = Math.min(image.width, Math.ceil(box.x1 + 2 * h));
  const y0 = Math.max(0, Math.floor(box.y0 - h / 2));
  const y1 = Math.min(image.height, Math.ceil(box.y1 + h / 2));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, x1 - x0);
  canvas.height = Math.max(1, y1 - y0);
  canvas.getContext('2d')?.drawImage(image, x0, y0, canvas.width, canvas.height, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}

type Message = 'done' | 'no-text' | 'failed' | 'cancelled' | 'deleted' | undefined;

interface Doubt {
  doubt: OcrDoubt;
  crop: string;
  confirmed: boolean;
}

/**
 * The picture panel of a letter box (`box`: the textarea's id). `onPicture` hears what the form must know: that the
 * text came from pictures, and the doubtful figures not yet confirmed (the form checks which are still in its text).
 */
export function LetterPhoto({
  box,
  text,
  setText,
  onPicture,
}: {
  box: string;
  text: string;
  setText: (text: string) => void;
  onPicture: (from: LetterFromPicture) => void;
}) {
  const { t } = useTranslation(LETTER_NS);
  const id = useId();
  const [cached, setCached] = useState(false);
  const [asking, setAsking] = useState<File[] | undefined>();
  const [progress, setProgress] = useState<OcrProgress | undefined>();
  const [message, setMessage] = useState<Message>();
  const [freed, setFreed] = useState(0);
  const [doubts, setDoubts] = useState<Doubt[]>([]);
  const [reader, setReader] = useState<LetterReader | undefined>();
  const run = useRef<OcrRun | undefined>(undefined);
  const picture = useRef(false);

  useEffect(() => {
    let live = true;
    void engineCached().then((yes) => live && setCached(yes));
    return () => {
      live = false;
      run.current?.cancel();
    };
  }, []);

  const report = (next: Doubt[]) => {
    setDoubts(next);
    onPicture({ picture: picture.current, doubts: next.filter((d) => !d.confirmed).map((d) => d.doubt) });
  };

  const start = async (files: File[]) => {
    setAsking(undefined);
    setMessage(undefined);
    setProgress({ stage: 'loading', percent: 0 });
    const current = recognise(files, setProgress);
    run.current = current;
    try {
      const [{ pictures, images }, r] = await Promise.all([current.result, loadReader()]);
      const read = r.textFromOcr(pictures);
      setReader(r);
      const before = text.replace(/\s+$/, '');
      setText(before ? `${before}\n\n${read.text}` : read.text);
      picture.current = true;
      report(
        read.doubts.map((doubt) => ({
          doubt,
          crop: images[doubt.picture] ? cropOf(images[doubt.picture]!, doubt.bbox) : '',
          confirmed: false,
        })),
      );
      setCached(true);
      setMessage('done');
      document.getElementById(box)?.focus();
    } catch (error) {
      const kind = error instanceof OcrError ? error.kind : 'failed';
      setMessage(kind);
      void engineCached().then(setCached);
    } finally {
      if (run.current === current) run.current = undefined;
      setProgress(undefined);
    }
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.currentTarget.files ?? [])];
    // The same picture chosen again is a new choice.
    event.currentTarget.value = '';
    if (!files.length || run.current) return;
    setMessage(undefined);
    if (await engineCached()) void start(files);
    else setAsking(files);
  };

  const remove = async () => {
    setFreed(await deleteEngine());
    setCached(false);
    setMessage('deleted');
  };

  const open = doubts.filter((d) => !d.confirmed);
  const left = new Set(
    reader
      ? reader.doubtsLeft(
          text,
          open.map((d) => d.doubt),
        )
      : [],
  );
  const shown = open.filter((d) => left.has(d.doubt));
  const status =
    progress?.stage === 'reading'
      ? t('photo.reading', { n: progress.picture, m: progress.pictures })
      : progress
        ? t('photo.loading')
        : message === 'deleted'
          ? t('photo.deleted', { size: megabytes(freed) })
          : message
            ? t(`photo.${message}`)
            : '';

  return (
    <div className="letter-photo">
      <input
        type="file"
        accept="image/*"
        multiple
        id={`${id}-input`}
        className="visually-hidden photo-input"
        onChange={(e) => void choose(e)}
        disabled={Boolean(progress)}
        aria-describedby={`${id}-hint`}
      />
      <label
        htmlFor={`${id}-input`}
        className={progress ? 'button button-secondary photo-button is-disabled' : 'button button-secondary photo-button'}
      >
        {t('photo.choose')}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {t('photo.hint')}
      </p>
      {asking && (
        <div className="photo-ask">
          <p>{t('photo.download', { size: megabytes(OCR_DOWNLOAD_BYTES) })}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void start(asking)}>
              {t('photo.downloadGo')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setAsking(undefined)}>
              {t('photo.downloadNot')}
            </button>
          </div>
        </div>
      )}
      <p
        role="status"
        id={`${id}-status`}
        className={message && message !== 'done' && message !== 'deleted' ? 'photo-status field-error' : 'photo-status'}
      >
        {status}
      </p>
      {progress && (
        <div className="photo-progress">
          <progress
            max={100}
            value={progress.stage === 'loading' && progress.percent === 0 ? undefined : progress.percent}
            aria-labelledby={`${id}-status`}
          />
          <button type="button" className="button button-secondary" onClick={() => run.current?.cancel()}>
            {t('photo.cancel')}
          </button>
        </div>
      )}
      {shown.length > 0 && (
        <div className="photo-doubts" id={`${box}-doubts`} tabIndex={-1}>
          <p>
            <strong>{t('photo.checkTitle')}</strong> {t('photo.checkIntro')}
          </p>
          <ul>
            {shown.map((d) => (
              <li key={`${d.doubt.picture}-${d.doubt.bbox.x0}-${d.doubt.bbox.y0}`}>
                <span className="photo-check">{t('photo.check')}</span>
                {d.crop && <img src={d.crop} alt={t('photo.cropAlt', { n: d.doubt.picture + 1 })} className="photo-crop" />}
                <span className="photo-figure">{t('photo.recognised', { figure: d.doubt.figure })}</span>
                <button
                  type="button"
                  className="button button-secondary"
                  aria-label={t('photo.confirmFigure', { figure: d.doubt.figure })}
                  onClick={() => report(doubts.map((x) => (x === d ? { ...x, confirmed: true } : x)))}
                >
                  {t('photo.confirm')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {cached && !progress && (
        <p>
          <span className="hint">{t('photo.kept')}</span>{' '}
          <button type="button" className="button button-secondary" onClick={() => void remove()}>
            {t('photo.delete')}
          </button>
        </p>
      )}
    </div>
  );
}
