import { REASONS_EN } from '../core/compress/reasons';

/** Why a combination of compression methods is refused (or worth a note), by reason code. The
 * English is the engine's own (the CLI prints the same sentences). */
export const refusalReasonsEn: Record<keyof typeof REASONS_EN, string> = { ...REASONS_EN };
