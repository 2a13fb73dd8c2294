import { useState } from 'react';

/** Writes text to the clipboard: the async Clipboard API, else a hidden textarea and execCommand (old WebViews). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the old way (e.g. a WebView that refuses the permission).
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** A copy button with a status line that says whether it copied (announced by screen readers). */
export function CopyButton({
  text,
  label,
  done,
  failed,
  id,
  secondary = false,
}: {
  text: string;
  label: string;
  done: string;
  failed: string;
  id: string;
  secondary?: boolean;
}) {
  const [result, setResult] = useState<'copied' | 'failed' | undefined>();
  return (
    <>
      <button
        type="button"
        className={secondary ? 'button button-secondary' : 'button'}
        aria-describedby={`${id}-status`}
        onClick={async () => {
          setResult(undefined);
          setResult((await copyText(text)) ? 'copied' : 'failed');
        }}
      >
        {label}
      </button>
      <p className={result === 'failed' ? 'field-error copy-status' : 'copy-status'} id={`${id}-status`} role="status">
        {result === 'copied' ? done : result === 'failed' ? failed : ''}
      </p>
    </>
  );
}
