import { z } from 'zod';
import { ROLE_CODES, type Role } from '../../domain/roles.ts';

export const RoleCodeSchema = z.enum(ROLE_CODES as [Role, ...Role[]]);

export const UserViewSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    unitId: z.uuid(),
    unitName: z.string(),
    roles: z.array(RoleCodeSchema),
    roleLabels: z.array(z.string()),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    isDisabled: z.boolean(),
    isLocked: z.boolean(),
    lockedUntil: z.string().nullable(),
    totpEnabled: z.boolean(),
    mustChangePassword: z.boolean(),
    lastLoginAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'User' });

export const MeSchema = z
  .object({
    user: z.object({
      id: z.uuid(),
      username: z.string(),
      displayName: z.string(),
      unitId: z.uuid(),
      unitName: z.string(),
      regionCode: z.string(),
      roles: z.array(RoleCodeSchema),
      roleLabels: z.array(z.string()),
      totpEnabled: z.boolean(),
    }),
    csrfToken: z.string(),
    mfaState: z.enum(['complete', 'enroll_required']),
    mustChangePassword: z.boolean(),
    idleTimeoutMinutes: z.number().int(),
  })
  .meta({ id: 'Me' });

export const LoginBodySchema = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(256),
  totp: z.string().trim().max(10).optional().describe('动态口令，已绑定时必填'),
});
