import * as OTPAuth from 'otpauth';

const ISSUER = '清单 Qingdan';

/** 动态口令: a fresh TOTP secret and its otpauth:// URI for authenticator apps. */
export function newTotp(username: string): { secret: string; uri: string } {
  const secret = new OTPAuth.Secret({ size: 20 });
  const totp = new OTPAuth.TOTP({ issuer: ISSUER, label: username, algorithm: 'SHA1', digits: 6, period: 30, secret });
  return { secret: secret.base32, uri: totp.toString() };
}

/** Checks a 6-digit code against a base32 secret, allowing one step of clock drift. */
export function checkTotp(secret: string, code: string, at: Date): boolean {
  const clean = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(clean)) return false;
  const totp = new OTPAuth.TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: OTPAuth.Secret.fromBase32(secret) });
  return totp.validate({ token: clean, timestamp: at.getTime(), window: 1 }) !== null;
}

/** The code an authenticator would show at `at`; for tests and the CLI. */
export function totpCode(secret: string, at: Date): string {
  const totp = new OTPAuth.TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: OTPAuth.Secret.fromBase32(secret) });
  return totp.generate({ timestamp: at.getTime() });
}
