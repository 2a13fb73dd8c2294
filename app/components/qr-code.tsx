import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type QrModule = typeof import('qrcode');

/** Pixels of the PNG made for download and print; the screen shows it scaled down. */
const QR_SIZE = 1024;

/**
 * A QR code of `text`, made on the device. The QR library is loaded only when this mounts, in its own chunk, and
 * the image is a PNG data URL, so the same picture is shown, printed and downloaded.
 */
export function useQrDataUrl(text: string): { url?: string; failed: boolean } {
  const [state, setState] = useState<{ text: string; url?: string; failed: boolean }>({ text, failed: false });
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then((mod: QrModule & { default?: QrModule }) =>
        (mod.default ?? mod).toDataURL(text, {
          errorCorrectionLevel: 'M',
          margin: 4,
          width: QR_SIZE,
          color: { dark: '#000000', light: '#ffffff' },
        }),
      )
      .then(
        (url) => live && setState({ text, url, failed: false }),
        () => live && setState({ text, failed: true }),
      );
    return () => {
      live = false;
    };
  }, [text]);
  // A result for an older text is never shown for the new one.
  return state.text === text ? state : { failed: false };
}

export function QrImage({ url, failed, alt, className }: { url?: string; failed: boolean; alt: string; className?: string }) {
  const { t } = useTranslation();
  if (failed) return <p className="field-error">{t('school.qrFailed')}</p>;
  if (!url) return <p className="muted qr-loading">{t('school.qrLoading')}</p>;
  return <img className={className ?? 'qr'} src={url} alt={alt} width={240} height={240} />;
}
