import nodemailer from "nodemailer";

/**
 * E-mail for notifications, through nodemailer when SMTP is configured (the server passes SMTP_URL and
 * MAIL_FROM; without them nothing is sent and nothing is required). Mail goes out after the event's
 * transaction committed, and a failure is logged, never the request's failure.
 */

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export interface MailConfig {
  /** smtp://user:pass@host:port or smtps://… */
  url: string;
  /** The sender: "年报 <nianbao@example.gov.cn>". */
  from: string;
}

export function createMailer(config: MailConfig): Mailer {
  const transport = nodemailer.createTransport(config.url);
  return {
    async send(message) {
      await transport.sendMail({
        from: config.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
    },
  };
}

/** Addresses mail is never sent to: the reserved `.invalid` domain the platform gives accounts without e-mail. */
export function deliverable(address: string | null | undefined): address is string {
  return !!address && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) && !/\.invalid$/i.test(address);
}

/**
 * What an event leaves to do after its transaction commits: the messages to send. Services push into it
 * inside the transaction; the router flushes it once the service returned (a rolled-back event sends nothing).
 */
export class Outbox {
  readonly messages: MailMessage[] = [];
  push(...messages: MailMessage[]) {
    this.messages.push(...messages.filter((m) => deliverable(m.to)));
  }
  /** Send everything without waiting for it; each failure is reported to `onError` (the server logs it). */
  flush(mailer: Mailer | undefined, onError: (error: unknown) => void = () => {}): Promise<void> {
    const pending = this.messages.splice(0);
    if (!mailer || pending.length === 0) return Promise.resolve();
    return Promise.all(pending.map((m) => mailer.send(m).catch(onError))).then(() => undefined);
  }
}
