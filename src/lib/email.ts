import { z } from 'zod';

/** An e-mail address as we store it: trimmed, lower-cased, at most 254 characters. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'email' }).max(254, { message: 'email' }));
