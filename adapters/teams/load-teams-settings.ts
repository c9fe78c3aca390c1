// Teams settings from the environment, validated with zod at start. Teams is on when an app id is set
// (authentication on) or when TEAMS_ENABLED=true without an app id (authentication OFF: only for the
// Bot Framework Emulator on a developer's machine, and the start says so loudly).
import { z } from 'zod';
import { BotError } from '../../src/core/bot-error.ts';

const teamsEnvSchema = z.object({
  MICROSOFT_APP_ID: z
    .string()
    .regex(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
      'must be the bot registration’s app id (a GUID)',
    )
    .optional(),
  MICROSOFT_APP_PASSWORD: z.string().min(1).optional(),
  MICROSOFT_APP_TENANT_ID: z.string().min(1).optional(),
  MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  TEAMS_ENABLED: z.enum(['true', 'false']).optional(),
});

/** The settings the server reads for Teams (the README's "Install in Teams" names each). */
export const TEAMS_SETTING_NAMES = Object.keys(teamsEnvSchema.shape);
/** The values MICROSOFT_APP_TYPE takes. */
export const TEAMS_APP_TYPES = teamsEnvSchema.shape.MICROSOFT_APP_TYPE.unwrap().options;

export interface TeamsSettings {
  /** Empty when authentication is off. */
  appId: string;
  appPassword: string;
  tenantId: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  authentication: boolean;
}

/** The Teams settings, or undefined when Teams is not switched on. */
export function loadTeamsSettings(env: NodeJS.ProcessEnv): TeamsSettings | undefined {
  const set = Object.fromEntries(
    Object.entries(env).filter(
      ([key, value]) =>
        (key.startsWith('MICROSOFT_APP_') || key === 'TEAMS_ENABLED') && value !== undefined && value !== '',
    ),
  );
  const parsed = teamsEnvSchema.safeParse(set);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ');
    throw new BotError('config_invalid', `Invalid Teams settings: ${details}`);
  }
  const values = parsed.data;
  if (values.TEAMS_ENABLED === 'false') return undefined;
  if (!values.MICROSOFT_APP_ID) {
    // A password or tenant without an app id is a typo, not a wish to switch authentication off.
    if (values.MICROSOFT_APP_PASSWORD || values.MICROSOFT_APP_TENANT_ID) {
      throw new BotError(
        'config_invalid',
        'Invalid Teams settings: MICROSOFT_APP_PASSWORD or MICROSOFT_APP_TENANT_ID is set but MICROSOFT_APP_ID is missing.',
      );
    }
    if (values.TEAMS_ENABLED !== 'true') return undefined;
    return {
      appId: '',
      appPassword: '',
      tenantId: '',
      appType: values.MICROSOFT_APP_TYPE,
      authentication: false,
    };
  }
  if (values.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' && !values.MICROSOFT_APP_PASSWORD) {
    throw new BotError('config_invalid', 'Invalid Teams settings: MICROSOFT_APP_PASSWORD is missing.');
  }
  if (values.MICROSOFT_APP_TYPE !== 'MultiTenant' && !values.MICROSOFT_APP_TENANT_ID) {
    throw new BotError(
      'config_invalid',
      `Invalid Teams settings: MICROSOFT_APP_TENANT_ID is required for ${values.MICROSOFT_APP_TYPE}.`,
    );
  }
  return {
    appId: values.MICROSOFT_APP_ID,
    appPassword: values.MICROSOFT_APP_PASSWORD ?? '',
    tenantId: values.MICROSOFT_APP_TENANT_ID ?? '',
    appType: values.MICROSOFT_APP_TYPE,
    authentication: true,
  };
}
