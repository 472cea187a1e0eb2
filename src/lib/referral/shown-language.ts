import { z } from 'zod';
import type { ClientLanguage } from './occurrence-text';

const languageSchema = z.enum(['fi', 'sv', 'en']);

/** The `?lang=` of the PDF and QR routes: the language the client page was shown in, if valid. */
export function shownLanguageOf(request: Request): ClientLanguage | undefined {
  const parsed = languageSchema.safeParse(new URL(request.url).searchParams.get('lang'));
  return parsed.success ? parsed.data : undefined;
}
