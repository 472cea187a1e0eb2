import 'server-only';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { MESSAGES } from '@/i18n/messages';
import { contactRole, priceNoteBeyond } from '@/lib/i18n/format';
import { fillText, formatClientDate, type ClientTexts } from '@/lib/referral/client-texts';
import type { ClientLanguage } from '@/lib/referral/occurrence-text';
import type { ClientReferral, ClientActivity } from './queries';
import { qrPng } from './qr';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const WIDTH = A4[0] - 2 * MARGIN;

/**
 * Replaces characters the standard Helvetica font cannot draw (it covers WinAnsi: Finnish and
 * Swedish letters, €, dashes) so that an odd character in upstream data never breaks the PDF.
 */
function drawable(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  return [...text.replace(/[\u00a0\u202f]/g, ' ')]
    .map((char) => (char === '\n' || supported.has(char.codePointAt(0)!) ? char : '?'))
    .join('');
}

function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of drawable(font, text).split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

class Writer {
  page: PDFPage;
  y: number;
  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: { regular: PDFFont; bold: PDFFont },
  ) {
    this.page = doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  ensure(height: number) {
    if (this.y - height >= MARGIN) return;
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  text(text: string, options: { size?: number; bold?: boolean; indent?: number; gapAfter?: number } = {}) {
    const size = options.size ?? 12;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const indent = options.indent ?? 0;
    for (const line of wrap(font, text, size, WIDTH - indent)) {
      this.ensure(size * 1.4);
      this.page.drawText(line, { x: MARGIN + indent, y: this.y - size, size, font, color: rgb(0, 0, 0) });
      this.y -= size * 1.4;
    }
    this.y -= options.gapAfter ?? 0;
  }
}

function activityBlock(writer: Writer, activity: ClientActivity, index: number, texts: ClientTexts, shownIn: ClientLanguage) {
  writer.ensure(80);
  writer.text(`${index + 1}. ${activity.title?.text ?? texts.removedTitle}`, { size: 16, bold: true, gapAfter: 4 });
  if (activity.state === 'unknown') return writer.text(texts.removedNotice, { gapAfter: 14 });
  if (activity.state === 'ended') writer.text(texts.endedNotice, { bold: true, gapAfter: 4 });
  if (activity.state === 'archived') writer.text(texts.archivedNotice, { bold: true, gapAfter: 4 });
  const fallback = [activity.title, activity.summary].find((text) => text && text.lang !== shownIn);
  if (fallback) writer.text(fillText(texts.fallbackNote, { language: MESSAGES[shownIn].Common.inLanguage[fallback.lang] }), { size: 10, gapAfter: 2 });
  if (activity.organization) writer.text(`${texts.organizer}: ${activity.organization.text}`, { gapAfter: 2 });
  if (activity.summary) writer.text(activity.summary.text, { gapAfter: 6 });

  writer.text(texts.when, { bold: true });
  for (const line of activity.scheduleSummaries) writer.text(line, { indent: 12 });
  if (activity.upcoming.length) {
    writer.text(`${texts.nextTimes}:`, { indent: 12 });
    for (const line of activity.upcoming.slice(0, 3)) writer.text(line, { indent: 24 });
  } else if (!activity.scheduleSummaries.length) writer.text(texts.noTimes, { indent: 12 });
  for (const note of activity.scheduleNotes) writer.text(note.text, { indent: 12 });
  writer.y -= 4;

  if (activity.places.length || activity.online.length || activity.isRemote) {
    writer.text(texts.where, { bold: true });
    for (const place of activity.places) writer.text([place.name, place.address].filter(Boolean).join(', '), { indent: 12 });
    for (const channel of activity.online) {
      const label = channel.type === 'PHONE' ? texts.byPhone : texts.online;
      writer.text(`${label}: ${[channel.url, channel.phone].filter(Boolean).join(', ')}`, { indent: 12 });
    }
    if (activity.isRemote && !activity.online.length) writer.text(texts.remote, { indent: 12 });
    writer.y -= 4;
  }

  writer.text(texts.howToJoin, { bold: true });
  const registration = activity.registration;
  writer.text(registration.required ? texts.registrationRequired : texts.noRegistration, { indent: 12 });
  if (registration.note) writer.text(registration.note.text, { indent: 12 });
  if (registration.url) writer.text(`${texts.signUpOnline}: ${registration.url}`, { indent: 12 });
  if (registration.email) writer.text(`${texts.email}: ${registration.email}`, { indent: 12 });
  if (registration.phone) writer.text(`${texts.phone}: ${registration.phone}`, { indent: 12 });
  writer.y -= 4;

  if (activity.contacts.length) {
    writer.text(texts.contacts, { bold: true });
    for (const contact of activity.contacts) {
      const kind = contact.type === 'EMAIL' ? texts.email : contact.type === 'PHONE' ? texts.phone : texts.web;
      const role = contact.label ? `${contactRole(contact.label, shownIn).text}, ` : '';
      writer.text(`${role}${kind}: ${contact.value}`, { indent: 12 });
    }
    writer.y -= 4;
  }

  writer.text(texts.price, { bold: true });
  const priceLabel = activity.price.isFree ? texts.free : texts.notFree;
  writer.text([priceLabel, priceNoteBeyond(priceLabel, activity.price.note?.text)].filter(Boolean).join('. '), {
    indent: 12,
    gapAfter: 16,
  });
}

/**
 * The referral as an A4 PDF in the language it is shown in: the activities with when, where, how to
 * join and contacts, and a QR code to the client's page. Saved without object streams so that
 * simple tools (and our tests) can read the page text.
 */
export async function buildReferralPdf(referral: ClientReferral, texts: ClientTexts, clientUrl: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(texts.metaTitle);
  doc.setLanguage({ fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[referral.shownIn]);
  doc.setProducer('Polku');
  doc.setCreator('Polku');
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const writer = new Writer(doc, fonts);

  const qr = await doc.embedPng(await qrPng(clientUrl));
  const qrSize = 120;
  writer.page.drawImage(qr, { x: A4[0] - MARGIN - qrSize, y: A4[1] - MARGIN - qrSize, width: qrSize, height: qrSize });

  const headerWidth = WIDTH - qrSize - 16;
  const header = (text: string, size: number, bold = false) => {
    const font = bold ? fonts.bold : fonts.regular;
    for (const line of wrap(font, text, size, headerWidth)) {
      writer.page.drawText(line, { x: MARGIN, y: writer.y - size, size, font });
      writer.y -= size * 1.4;
    }
  };
  header(texts.metaTitle, 12);
  header(texts.heading, 22, true);
  writer.y -= 4;
  header(fillText(texts.createdOn, { date: formatClientDate(referral.createdAt, referral.shownIn) }), 11);
  header(fillText(texts.validUntil, { date: formatClientDate(referral.expiresAt, referral.shownIn) }), 11);
  writer.y = Math.min(writer.y, A4[1] - MARGIN - qrSize) - 8;
  writer.text(texts.qrCaption, { size: 10 });
  writer.text(clientUrl, { size: 10, gapAfter: 16 });

  if (referral.message) {
    writer.text(texts.messageHeading, { size: 14, bold: true, gapAfter: 2 });
    writer.text(referral.message, { gapAfter: 16 });
  }

  referral.activities.forEach((activity, index) => activityBlock(writer, activity, index, texts, referral.shownIn));
  writer.text(texts.footer, { size: 9 });

  return doc.save({ useObjectStreams: false });
}
