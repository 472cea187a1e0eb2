/** What the resident feedback form and its server action share; no zod, so the browser can load it. */

export const FEEDBACK_REASONS = ['outdated', 'wrongTime', 'wrongPlace', 'wrongContact', 'ended', 'other'] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

export const FEEDBACK_MESSAGE_MAX_LENGTH = 1000;

/** The honeypot: hidden from people, so only a bot fills it in. */
export const HONEYPOT_FIELD = 'extraInfo';

export type FeedbackField = 'reason' | 'message';
export type FeedbackErrorKey = 'reason' | 'messageTooLong' | 'personalData';

export type FeedbackErrorCode = 'INVALID' | 'TOO_FAST' | 'EXPIRED' | 'REFUSED' | 'RATE_LIMITED' | 'NOT_FOUND' | 'FAILED';

export type FeedbackActionResult =
  | { ok: true; token: string }
  | {
      ok: false;
      code: FeedbackErrorCode;
      fieldErrors?: Partial<Record<FeedbackField, FeedbackErrorKey>>;
      /** A fresh form token, so the resident can send again without reloading the page. */
      token?: string;
      /** What was sent, so the form can show it again (the browser resets a form after posting). */
      values?: { reason: string; message: string };
    };

/** The form's texts, translated and formatted on the server (the browser loads no i18n runtime). */
export interface FeedbackFormTexts {
  reasonLegend: string;
  reasons: Record<FeedbackReason, string>;
  messageLabel: string;
  messageHint: string;
  honeypotLabel: string;
  submit: string;
  sending: string;
  thanks: string;
  errors: Record<FeedbackErrorKey | FeedbackErrorCode, string>;
}
