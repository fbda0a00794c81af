import { and, asc, eq, isNull, lt } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { AppContext } from '../../app-context.ts';
import { mailOutbox } from '../../db/schema/index.ts';

/** Rows sent per run, oldest first; the job runs every minute. */
export const MAIL_BATCH = 50;
/** After this many failed attempts a mail is left alone (its last error stays on the row). */
export const MAIL_MAX_ATTEMPTS = 5;

export type MailTransport = Pick<Transporter, 'sendMail'>;

/** An SMTP transport from a URL such as smtp://user:pass@mail.example.gov.cn:25 (smtps:// for TLS). */
export function createMailTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport(smtpUrl);
}

let warnedUnconfigured = false;

export interface MailRunReport {
  sent: number;
  failed: number;
  /** True when SMTP is not configured: nothing was tried, the outbox keeps its rows. */
  skipped: boolean;
}

/**
 * 发送邮件: sends the outbox's unsent mails (oldest first, a batch at a time), stamping each sent
 * one and counting attempts; a failure keeps the row for the next run with its error, until
 * MAIL_MAX_ATTEMPTS. Without SMTP_URL nothing is sent and the mails wait in the outbox.
 */
export async function sendPendingMail(ctx: AppContext, transport?: MailTransport): Promise<MailRunReport> {
  let mailer = transport;
  if (!mailer) {
    if (!ctx.config.smtpUrl) {
      if (!warnedUnconfigured) {
        warnedUnconfigured = true;
        console.warn('[mail] SMTP_URL 未设置：邮件通知保留在发件箱中，设置后自动发送');
      }
      return { sent: 0, failed: 0, skipped: true };
    }
    mailer = createMailTransport(ctx.config.smtpUrl);
  }
  const pending = await ctx.db
    .select()
    .from(mailOutbox)
    .where(and(isNull(mailOutbox.sentAt), lt(mailOutbox.attempts, MAIL_MAX_ATTEMPTS)))
    .orderBy(asc(mailOutbox.createdAt), asc(mailOutbox.id))
    .limit(MAIL_BATCH);
  const report: MailRunReport = { sent: 0, failed: 0, skipped: false };
  for (const mail of pending) {
    try {
      await mailer.sendMail({ from: ctx.config.mailFrom, to: mail.toAddress, subject: mail.subject, text: mail.body });
      await ctx.db
        .update(mailOutbox)
        .set({ sentAt: ctx.clock.now(), attempts: mail.attempts + 1, lastError: null })
        .where(eq(mailOutbox.id, mail.id));
      report.sent++;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await ctx.db
        .update(mailOutbox)
        .set({ attempts: mail.attempts + 1, lastError: message.slice(0, 1000) })
        .where(eq(mailOutbox.id, mail.id));
      report.failed++;
    }
  }
  if (!transport && 'close' in mailer && typeof mailer.close === 'function') mailer.close();
  return report;
}
