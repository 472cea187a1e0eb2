import 'server-only';
import { randomBytes } from 'node:crypto';

/** 16 random bytes (128 bits) as base64url: 22 characters, safe in a URL path. */
export function generateReferralCode(): string {
  return randomBytes(16).toString('base64url');
}

const CODE_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** Cheap shape check before touching the database with a code from a URL. */
export function isWellFormedReferralCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}
