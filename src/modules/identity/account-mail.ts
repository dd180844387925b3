import type { MailMessage, MailPort } from '../../platform/mail/port.js';
import type { BackgroundWork } from './background.js';

function minutes(ms: number): string {
  const m = Math.round(ms / 60_000);
  return m >= 120 ? `${Math.round(m / 60)} hours` : `${m} minutes`;
}

export function verifyEmailMail(to: string, name: string, code: string, validForMs: number): MailMessage {
  return {
    to,
    tag: 'identity.verify-email',
    subject: `Your Kontor verification code: ${code}`,
    text: [
      `Hello ${name},`,
      '',
      `Your code to confirm this email address for Kontor is: ${code}`,
      '',
      `It works once and expires in ${minutes(validForMs)}. If you did not create a Kontor account, ignore this mail.`,
    ].join('\n'),
  };
}

export function resetPasswordMail(to: string, name: string, code: string, validForMs: number): MailMessage {
  return {
    to,
    tag: 'identity.reset-password',
    subject: `Your Kontor password reset code: ${code}`,
    text: [
      `Hello ${name},`,
      '',
      `Someone asked to reset the password of your Kontor account. Your code is: ${code}`,
      '',
      `It works once and expires in ${minutes(validForMs)}. Using it signs you out everywhere.`,
      'If you did not ask for this, ignore this mail: your password stays as it is.',
    ].join('\n'),
  };
}

export function accountExistsMail(to: string, name: string): MailMessage {
  return {
    to,
    tag: 'identity.account-exists',
    subject: 'You already have a Kontor account',
    text: [
      `Hello ${name},`,
      '',
      'Someone tried to create a Kontor account with this email address, which already has one.',
      'If it was you, sign in, or use "Forgot password" to set a new password. Otherwise ignore this mail.',
    ].join('\n'),
  };
}

export function passwordChangedMail(to: string, name: string): MailMessage {
  return {
    to,
    tag: 'identity.password-changed',
    subject: 'Your Kontor password was changed',
    text: [
      `Hello ${name},`,
      '',
      'The password of your Kontor account was just reset, and every session was signed out.',
      'If this was not you, reset your password again at once and tell your administrator.',
    ].join('\n'),
  };
}

/** Sends account mail after the request has been answered (see BackgroundWork). */
export class AccountMailer {
  constructor(
    private readonly mail: MailPort,
    private readonly background: BackgroundWork,
  ) {}

  dispatch(message: MailMessage): void {
    this.background.run(`mail ${message.tag ?? ''}`.trim(), () => this.mail.send(message));
  }
}
