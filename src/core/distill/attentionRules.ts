import type { ExperimentConfig } from '../config/params';
import { parseArch } from '../config/arch';
import { reason, withText } from '../compress/reasons';
import type { Refusal } from '../compress/registry';

/**
 * When attention transfer (`distill.attention` > 0) cannot run, and why. It compares attention
 * maps token by token, so both models must be vision transformers, and with the same patch size
 * (one image, the same grid of patches, the same tokens); widths, heads and blocks may differ
 * (the maps are head-averaged and blocks mapped uniformly, see attentionTransfer.ts).
 * Tensor-free, so the app shows the refusal the engine enforces.
 */
export function distillRefusals(config: ExperimentConfig): Refusal[] {
  const weight = config.distill.attention;
  if (!(weight > 0)) return [];
  const refuse = (r: ReturnType<typeof reason>): Refusal[] => [
    { method: 'attention', key: 'distill.attention', value: String(weight), ...withText(r) },
  ];
  const teacher = parseArch(config.teacher.arch);
  const student = parseArch(config.student.arch);
  if (!teacher.vit || !student.vit)
    return refuse(
      reason('attentionNeedsVit', {
        arch: !teacher.vit ? config.teacher.arch : config.student.arch,
      }),
    );
  if (teacher.vit.patch !== student.vit.patch)
    return refuse(
      reason('attentionGridMismatch', {
        teacher: config.teacher.arch,
        student: config.student.arch,
      }),
    );
  return [];
}
