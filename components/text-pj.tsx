import { PJ_PHONE, PJ_PHONE_DISPLAY, smsUri } from '../lib/contact';
import { t } from '../lib/i18n';
import { CopyButton } from './copy-button';
import { QrCode } from './qr-code';

export interface TextPjProps {
  /** The prefilled message (from `buildPjMessage`). */
  body: string;
}

/**
 * "Text PJ": an `sms:` link with the message prefilled, the same link as a QR code for desktop
 * users (a laptop often has no SMS handler), and a button that copies the number.
 */
export function TextPj({ body }: TextPjProps) {
  const href = smsUri(body);
  return (
    <div class="which-soc-textpj">
      <a class="which-soc-button which-soc-primary" href={href} data-testid="text-pj-link">
        {t('commonTextPjLink')}
      </a>
      <p class="which-soc-muted">{t('commonTextPjWhere', PJ_PHONE_DISPLAY)}</p>
      <QrCode value={href} label={t('commonTextPjQrLabel', PJ_PHONE_DISPLAY)} />
      <div class="which-soc-actions">
        <CopyButton
          text={PJ_PHONE}
          label={t('commonCopyNumber')}
          ariaLabel={t('commonCopyNumberLabel', PJ_PHONE_DISPLAY)}
        />
      </div>
    </div>
  );
}
